/* cor-number-parse.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-numbers"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cor-number-digits.h"
#include "cor-number-parse.h"

/* Reads one number at a token: digits (read in cor-number-digits.c) with
 * their scale suffixes ("$11bn", "2 million"), or English words ("twenty-five", "three hundred and two", "a dozen", "two thirds",
 * "one and a half"), and ordinals ("21st", "twenty-first"). */

#define DIGITS_CLASS 100   /* a run of digits, in the word accumulator */

static gboolean
is_alnum_tok (const CorScan *scan,
              guint          i)
{
  return i < scan->n_toks && scan->toks[i].kind != TOK_SYM;
}

const CorPhrase *
cor_phrase_match_at (const CorScan   *scan,
                     guint            i,
                     PhraseRole       role,
                     CorPhraseFilter  filter,
                     gconstpointer    data,
                     guint           *end)
{
  const CorPhrase *best = NULL;
  const CorLex *lex = scan->toks[i].lex;
  for (guint p = 0; p < lex->phrases->len; p++)
    {
      const CorPhrase *phrase = g_ptr_array_index (lex->phrases, p);
      gboolean ok = phrase->role == role && i + phrase->n_words <= scan->n_toks;

      for (guint k = 0; ok && k < phrase->n_words; k++)
        {
          const CorTok *tok = &scan->toks[i + k];

          if (tok->lex != phrase->words[k])
            ok = FALSE;
          else if (phrase->exact[k] != NULL &&
                   strncmp (scan->text + tok->start, phrase->exact[k], tok->end - tok->start) != 0)
            ok = FALSE;
          else if (k > 0 && tok->space && (phrase->flags & PHRASE_ATTACHED))
            ok = FALSE;
          /* "u . s ." and "km / h" are written without spaces */
          else if (k > 0 && tok->space && tok->kind == TOK_SYM &&
                   scan->toks[i + k - 1].kind != TOK_SYM && tok->end - tok->start == 1 &&
                   scan->text[tok->start] == '.')
            ok = FALSE;
        }
      if (ok && filter != NULL && !filter (scan, phrase, i + phrase->n_words, data))
        ok = FALSE;
      if (ok && (best == NULL || phrase->n_words > best->n_words))
        best = phrase;
    }
  if (best != NULL)
    *end = i + best->n_words;
  return best;
}

guint
cor_tok_at_byte (const CorScan *scan,
                 guint          i,
                 gsize          byte)
{
  while (i < scan->n_toks && scan->toks[i].start < byte)
    i++;
  return i;
}

static gboolean
word_class (const CorScan *scan,
            guint          i,
            guint          num_class)
{
  const CorLex *lex = i < scan->n_toks ? scan->toks[i].lex : NULL;

  return lex != NULL && scan->toks[i].kind == TOK_WORD && lex->num_class == num_class;
}

static gboolean
is_cardinal_word (const CorScan *scan,
                  guint          i)
{
  return word_class (scan, i, NUM_UNIT) || word_class (scan, i, NUM_TEEN) ||
         word_class (scan, i, NUM_TENS);
}

typedef struct
{
  double   total;
  double   cur;
  guint    last;        /* NumClass, or DIGITS_CLASS */
  double   last_scale;
  gboolean after_and;
  double   last_add;    /* what the words since the last hundred or scale added */
} Acc;

/* Whether @j continues the number in @acc after "and" or a scale. */
static gboolean
digits_continue (const CorScan *scan,
                 guint          j,
                 const Acc     *acc,
                 gboolean       after_and)
{
  CorNum tmp = { 0 };
  gsize end;
  guint k;

  if (j >= scan->n_toks || scan->toks[j].kind != TOK_NUM)
    return FALSE;
  if (acc->last != NUM_SCALE && acc->last != NUM_HUNDRED)
    return FALSE;
  cor_num_parse_digit_string (scan, j, &tmp, &end);
  k = cor_tok_at_byte (scan, j, end);
  if (!tmp.plain_int || tmp.value >= (acc->last == NUM_HUNDRED ? 100 : acc->last_scale))
    return FALSE;
  return after_and || word_class (scan, k, NUM_HUNDRED) || word_class (scan, k, NUM_SCALE);
}

static gboolean
is_denominator (const CorScan *scan,
                guint          j)
{
  return j < scan->n_toks && scan->toks[j].kind == TOK_WORD && scan->toks[j].lex != NULL &&
         scan->toks[j].lex->denominator;
}

/* "and three quarters": the words after "and" are a fraction of their own,
 * when it is a proper one. "one hundred and thirty-two fifths" is 132
 * fifths: a mixed number never ends in more than a whole. */
static gboolean
fraction_follows (const CorScan *scan,
                  guint          j)
{
  double numerator = scan->toks[j].lex->num_value;

  if (word_class (scan, j, NUM_TENS) && cor_tok_is (scan, j + 1, "-") &&
      word_class (scan, j + 2, NUM_UNIT))
    {
      numerator += scan->toks[j + 2].lex->num_value;
      j += 2;
    }
  if (cor_tok_is (scan, j + 1, "-"))
    j++;
  return is_denominator (scan, j + 1) && numerator < scan->toks[j + 1].lex->ordinal;
}

/* "five million and twelve million": after "and", a scale as large as the
 * last one starts a second number. */
static gboolean
new_number_follows (const CorScan *scan,
                    guint          j,
                    const Acc     *acc)
{
  double limit = acc->last == NUM_HUNDRED ? 100 : acc->last_scale;

  while (j < scan->n_toks && (is_cardinal_word (scan, j) || cor_tok_is (scan, j, "-") ||
                              scan->toks[j].kind == TOK_NUM || cor_tok_is (scan, j, ",") ||
                              cor_tok_is (scan, j, ".")))
    j++;
  if (acc->last == NUM_HUNDRED)
    return word_class (scan, j, NUM_HUNDRED);
  return word_class (scan, j, NUM_SCALE) && scan->toks[j].lex->num_value >= limit;
}

/* Adds number words (and digits between scale words) from @j on. */
static guint
accumulate (const CorScan *scan,
            guint          j,
            Acc           *acc)
{
  while (j < scan->n_toks)
    {
      const CorTok *tok = &scan->toks[j];
      const CorLex *lex = tok->kind == TOK_WORD ? tok->lex : NULL;
      guint cls = lex != NULL ? lex->num_class : NUM_NONE;

      if (tok->kind == TOK_NUM && digits_continue (scan, j, acc, acc->after_and))
        {
          CorNum tmp = { 0 };
          gsize end;

          cor_num_parse_digit_string (scan, j, &tmp, &end);
          acc->cur += tmp.value;
          acc->last = DIGITS_CLASS;
          j = cor_tok_at_byte (scan, j, end);
          continue;
        }
      if (cor_tok_is (scan, j, "and") && (acc->last == NUM_HUNDRED || acc->last == NUM_SCALE) &&
          !new_number_follows (scan, j + 1, acc) &&
          ((is_cardinal_word (scan, j + 1) && !fraction_follows (scan, j + 1)) ||
           (acc->last == NUM_HUNDRED && digits_continue (scan, j + 1, acc, TRUE))))
        {
          acc->after_and = TRUE;
          j++;
          continue;
        }
      acc->after_and = FALSE;
      if (cor_tok_is (scan, j, "-") && acc->last == NUM_TENS && word_class (scan, j + 1, NUM_UNIT))
        {
          j++;
          continue;
        }
      switch (cls)
        {
        case NUM_UNIT:
        case NUM_TEEN:
          if (acc->last == NUM_UNIT || acc->last == NUM_TEEN || acc->last == DIGITS_CLASS ||
              (acc->last == NUM_TENS && cls == NUM_TEEN))
            return j;
          acc->cur += lex->num_value;
          acc->last_add += lex->num_value;
          break;
        case NUM_TENS:
          if (acc->last == NUM_UNIT || acc->last == NUM_TEEN || acc->last == NUM_TENS ||
              acc->last == DIGITS_CLASS)
            return j;
          acc->cur += lex->num_value;
          acc->last_add += lex->num_value;
          break;
        case NUM_HUNDRED:
          if (acc->last == NUM_HUNDRED || acc->last == NUM_NONE || acc->cur == 0)
            return j;
          acc->cur *= 100;
          acc->last_add = 0;
          break;
        case NUM_SCALE:
          if (acc->last == NUM_NONE)
            return j;
          if (acc->last == NUM_SCALE)
            {
              if (lex->num_value <= acc->last_scale)
                return j;
              acc->total *= lex->num_value;   /* "lakh crore", "thousand million" */
            }
          else
            {
              if (acc->cur == 0)
                return j;
              acc->total += acc->cur * lex->num_value;
              acc->cur = 0;
            }
          acc->last_scale = lex->num_value;
          acc->last_add = 0;
          break;
        case NUM_DOZEN:
          if (acc->last == NUM_NONE || acc->cur == 0)
            return j;
          /* "three hundred and two dozen": the dozen takes the two */
          if (acc->last_add > 0)
            acc->cur += acc->last_add * 11;
          else
            acc->cur *= 12;
          acc->last_add = 0;
          break;
        case NUM_NONE:
        case NUM_ARTICLE:
        case NUM_HALF:
        default:
          return j;
        }
      acc->last = cls;
      j++;
    }
  return j;
}

/* The bottom of a fraction: its value, and whether it is plural. */
typedef struct
{
  double   value;
  gboolean plural;
  gboolean half;        /* "half", "quarter": a fraction however it stands */
  guint    end;
} Denom;

/* "fifth", "firsts": the ordinal that ends a compound one */
static const CorLex *
ordinal_unit (const CorScan *scan,
              guint          j)
{
  const CorLex *lex = j < scan->n_toks && scan->toks[j].kind == TOK_WORD ? scan->toks[j].lex : NULL;

  if (lex == NULL || lex->num_class != NUM_NONE || lex->ordinal < 1 || lex->ordinal > 9)
    return NULL;
  return lex;
}

/* "twenty-fifth", "thirty-fifths", "twenty firsts": tens and an ordinal,
 * with a hyphen or, in the plural, without one ("twenty fifth" is left
 * alone: "the twenty fifth" of a month is written so too). */
static gboolean
compound_ordinal (const CorScan *scan,
                  guint          j,
                  Denom         *d)
{
  gboolean hyphen;
  const CorLex *unit;

  if (!word_class (scan, j, NUM_TENS))
    return FALSE;
  hyphen = cor_tok_is (scan, j + 1, "-") && cor_tok_adjacent (scan, j + 1) &&
           cor_tok_adjacent (scan, j + 2);
  unit = ordinal_unit (scan, hyphen ? j + 2 : j + 1);
  if (unit == NULL || !(hyphen || unit->plural))
    return FALSE;
  d->value = scan->toks[j].lex->num_value + unit->ordinal;
  d->plural = unit->plural;
  d->half = FALSE;
  d->end = hyphen ? j + 3 : j + 2;
  return TRUE;
}

/* "one hundred fifth", "one hundred and fifth": a cardinal of hundreds or
 * more, then the ordinal of what is left. */
static gboolean
scaled_ordinal (const CorScan *scan,
                guint          j,
                Denom         *d)
{
  Acc acc = { 0, 0, NUM_NONE, 1, FALSE, 0 };
  const CorLex *lex;
  guint k;

  if (!is_cardinal_word (scan, j))
    return FALSE;
  k = accumulate (scan, j, &acc);
  if (acc.last != NUM_HUNDRED && acc.last != NUM_SCALE)
    return FALSE;
  if (cor_tok_is (scan, k, "and"))
    k++;
  if (compound_ordinal (scan, k, d))
    {
      d->value += acc.total + acc.cur;
      return TRUE;
    }
  lex = k < scan->n_toks && scan->toks[k].kind == TOK_WORD ? scan->toks[k].lex : NULL;
  if (lex == NULL || lex->num_class != NUM_NONE || lex->ordinal < 1 || lex->ordinal >= 100)
    return FALSE;
  d->value = acc.total + acc.cur + lex->ordinal;
  d->plural = lex->plural;
  d->half = FALSE;
  d->end = k + 1;
  return TRUE;
}

static gboolean
read_denominator (const CorScan *scan,
                  guint          j,
                  Denom         *d)
{
  const CorLex *lex;

  if (compound_ordinal (scan, j, d) || scaled_ordinal (scan, j, d))
    return TRUE;
  if (!is_denominator (scan, j))
    return FALSE;
  lex = scan->toks[j].lex;
  d->value = lex->ordinal;
  d->plural = lex->plural;
  d->half = lex->num_class == NUM_HALF;
  d->end = j + 1;
  return TRUE;
}

/* A word after a singular ordinal, which makes it an ordinal of that word:
 * "a third term", "one fifth grader", "a third-quarter profit". */
static gboolean
word_follows (const CorScan *scan,
              guint          j)
{
  if (cor_tok_is (scan, j, "-") && cor_tok_adjacent (scan, j) && cor_tok_adjacent (scan, j + 1))
    j++;
  return j < scan->n_toks && scan->toks[j].kind == TOK_WORD && !cor_tok_is (scan, j, "of");
}

/* "two thirds", "a quarter", "three-fifths", "one twenty-fifth", "three
 * one-hundredths": @j is at the denominator. Joined to its numerator by a
 * hyphen ("a one-fifth stake"), a singular is a fraction before a noun too. */
static gboolean
fraction_after (const CorScan *scan,
                guint          j,
                double         numerator,
                gboolean       article,
                double        *value,
                guint         *end)
{
  gboolean joined = FALSE;
  Denom d;

  if (cor_tok_is (scan, j, "-") && cor_tok_adjacent (scan, j) == cor_tok_adjacent (scan, j + 1))
    {
      joined = cor_tok_adjacent (scan, j);
      j++;
    }
  if (!read_denominator (scan, j, &d) || d.value <= 0)
    return FALSE;
  if (!d.plural && !d.half && !(joined && !article) && word_follows (scan, d.end))
    return FALSE;
  if (numerator > 1 && !d.plural && !d.half)
    return FALSE;
  if (article && d.plural)
    return FALSE;
  *value = numerator / d.value;
  *end = d.end;
  return TRUE;
}

/* A hyphen with no space either side: "three-and-a-half" */
static gboolean
inner_hyphen (const CorScan *scan,
              guint          j)
{
  return cor_tok_is (scan, j, "-") && cor_tok_adjacent (scan, j) && cor_tok_adjacent (scan, j + 1);
}

/* "and a half", "and three quarters", "-and-a-half" after a number. */
static void
and_fraction (const CorScan *scan,
              CorNum        *num)
{
  guint j = num->last;
  gboolean hyphens = inner_hyphen (scan, j);
  double frac, numerator;
  guint end;

  if (hyphens)
    j++;
  if (!cor_tok_is (scan, j, "and"))
    return;
  j++;
  if (hyphens && !inner_hyphen (scan, j++))
    return;
  if (word_class (scan, j, NUM_ARTICLE))
    numerator = 1;
  else if (word_class (scan, j, NUM_UNIT) || word_class (scan, j, NUM_TEEN))
    numerator = scan->toks[j].lex->num_value;
  else
    return;
  if (fraction_after (scan, j + 1, numerator, word_class (scan, j, NUM_ARTICLE), &frac, &end))
    {
      double scale = num->scale;

      /* "one billion and a half million" */
      if (word_class (scan, end, NUM_SCALE) && scan->toks[end].lex->num_value < scale)
        scale = scan->toks[end++].lex->num_value;
      /* "one and a half million": the scale takes the whole */
      else if (scale <= 1 && word_class (scan, end, NUM_SCALE))
        {
          num->scale = scan->toks[end++].lex->num_value;
          num->value *= num->scale;
          scale = num->scale;
        }
      num->value += frac * scale;
      num->last = end;
      num->fraction = TRUE;
      num->plain_int = FALSE;
    }
}

/* "point zero three", "point seventy-one" */
static void
spelled_decimals (const CorScan *scan,
                  CorNum        *num)
{
  guint j = num->last;
  double frac = 0, scale = 1;

  if (!cor_tok_is (scan, j, "point") || !is_cardinal_word (scan, j + 1))
    return;
  j++;
  if (word_class (scan, j, NUM_UNIT))
    {
      while (word_class (scan, j, NUM_UNIT))
        {
          scale /= 10;
          frac += scan->toks[j].lex->num_value * scale;
          j++;
        }
    }
  else
    {
      Acc acc = { 0, 0, NUM_NONE, 1, FALSE, 0 };

      j = accumulate (scan, j, &acc);
      frac = acc.cur;
      while (frac >= 1)
        frac /= 10;
    }
  num->value += frac;
  num->last = j;
}

/* "two thirds of a million": a fraction of a scale word */
static void
fraction_of_scale (const CorScan *scan,
                   CorNum        *num)
{
  guint j = num->last;

  if (!cor_tok_is (scan, j, "of"))
    return;
  j++;
  if (word_class (scan, j, NUM_ARTICLE))
    j++;
  if (!word_class (scan, j, NUM_SCALE) || cor_tok_is (scan, j + 1, "of"))
    return;
  num->value *= scan->toks[j].lex->num_value;
  num->scale = scan->toks[j].lex->num_value;
  num->last = j + 1;
}

/* A fraction at @j after @numerator makes @num. */
static gboolean
take_fraction (const CorScan *scan,
               guint          j,
               double         numerator,
               gboolean       article,
               CorNum        *num)
{
  double frac;
  guint end;

  if (!fraction_after (scan, j, numerator, article, &frac, &end))
    return FALSE;
  num->value = frac;
  num->fraction = TRUE;
  num->last = end;
  fraction_of_scale (scan, num);
  return TRUE;
}

/* "fifths", "-fifths", "twenty-firsts": a plural denominator, which any
 * number can stand over ("ninety-five hundred fifths", "a hundred
 * trillionths"). */
static gboolean
plural_denominator_at (const CorScan *scan,
                       guint          j)
{
  Denom d;

  if (cor_tok_is (scan, j, "-"))
    j++;
  return read_denominator (scan, j, &d) && d.plural;
}

static gboolean
parse_words (const CorScan *scan,
             guint          i,
             CorNum        *num)
{
  const CorLex *lex = scan->toks[i].lex;
  Acc acc = { 0, 0, NUM_NONE, 1, FALSE, 0 };
  guint j = i;

  if (lex == NULL)
    return FALSE;
  num->spelled = TRUE;
  if (lex->num_class == NUM_ARTICLE || lex->num_class == NUM_HALF)
    {
      double lead = lex->num_class == NUM_ARTICLE ? 1 : lex->num_value;

      j = i + 1;
      if (lex->num_class == NUM_HALF && word_class (scan, j, NUM_ARTICLE))
        j++;
      if (word_class (scan, j, NUM_HUNDRED) || word_class (scan, j, NUM_SCALE) ||
          word_class (scan, j, NUM_DOZEN))
        {
          acc.cur = lead;
          acc.last = NUM_UNIT;
          j = accumulate (scan, j, &acc);
          num->value = acc.total + acc.cur;
          num->scale = acc.last == NUM_SCALE ? acc.last_scale : 1;
          num->last = j;
          if (plural_denominator_at (scan, j))
            take_fraction (scan, j, num->value, FALSE, num);
          return TRUE;
        }
      if (lex->num_class == NUM_ARTICLE && take_fraction (scan, i + 1, 1, TRUE, num))
        return TRUE;
      if (lex->num_class == NUM_HALF && g_str_equal (lex->key, "half"))
        {
          /* "half a ton", "half an hour": the article goes with the half */
          num->value = 0.5;
          num->fraction = TRUE;
          num->last = word_class (scan, i + 1, NUM_ARTICLE) ? i + 2 : i + 1;
          return TRUE;
        }
      return FALSE;
    }
  if (lex->ordinal > 0 && lex->num_class == NUM_NONE && !lex->plural)
    {
      num->value = lex->ordinal;
      num->ordinal = TRUE;
      num->last = i + 1;
      return TRUE;
    }
  if (!is_cardinal_word (scan, i))
    return FALSE;
  j = accumulate (scan, i, &acc);
  num->value = acc.total + acc.cur;
  num->scale = acc.last == NUM_SCALE ? acc.last_scale : 1;
  num->last = j;
  /* "twenty-first" */
  if (acc.last == NUM_TENS && acc.total == 0 && cor_tok_is (scan, j, "-") &&
      cor_tok_adjacent (scan, j + 1) && scan->toks[j + 1].kind == TOK_WORD && scan->toks[j + 1].lex &&
      scan->toks[j + 1].lex->ordinal > 0 && scan->toks[j + 1].lex->ordinal < 10 &&
      !scan->toks[j + 1].lex->plural)
    {
      num->value += scan->toks[j + 1].lex->ordinal;
      num->ordinal = TRUE;
      num->last = j + 2;
      return TRUE;
    }
  /* "one hundred thirty-fifths": the hyphen binds the tens to the ordinal */
  if (acc.last == NUM_TENS && num->value > scan->toks[j - 1].lex->num_value &&
      cor_tok_is (scan, j, "-") && cor_tok_adjacent (scan, j) && cor_tok_adjacent (scan, j + 1) &&
      ordinal_unit (scan, j + 1) != NULL && ordinal_unit (scan, j + 1)->plural &&
      take_fraction (scan, j - 1, num->value - scan->toks[j - 1].lex->num_value, FALSE, num))
    return TRUE;
  /* "two thirds", "one twenty-fifth"; with a plural, any number */
  if (((acc.total == 0 && acc.cur < 100) || plural_denominator_at (scan, j)) &&
      take_fraction (scan, j, acc.total + acc.cur, FALSE, num))
    return TRUE;
  spelled_decimals (scan, num);
  return TRUE;
}

static gboolean
scale_fits (const CorScan   *scan,
            const CorPhrase *phrase,
            guint            end,
            gconstpointer    data)
{
  const gboolean *money = data;
  guint j = end - phrase->n_words;

  if ((phrase->flags & PHRASE_ATTACHED) && !cor_tok_adjacent (scan, j))
    return FALSE;
  /* "2m euros": the currency after the scale makes it money too */
  if ((phrase->flags & PHRASE_MONEY_ONLY) && !*money)
    {
      guint uend;
      const CorPhrase *unit = cor_phrase_match (scan, end, ROLE_SUFFIX, &uend);

      if (unit == NULL || unit->kind != COR_MENTION_MONEY || (unit->flags & PHRASE_MINOR))
        return FALSE;
    }
  return !(is_alnum_tok (scan, end) && cor_tok_adjacent (scan, end));
}

/* Scale after digits: "2 million", "$11bn", "10k", "€2m", "322 hundred". */
void
cor_num_digit_scale (const CorScan *scan,
                     CorNum        *num,
                     gboolean       money)
{
  guint j = num->last, end;
  const CorPhrase *phrase;

  /* "$2.6-million", "€1.2-billion" */
  if (cor_tok_is (scan, j, "-") && cor_tok_adjacent (scan, j) && cor_tok_adjacent (scan, j + 1) &&
      word_class (scan, j + 1, NUM_SCALE))
    j++;
  if (word_class (scan, j, NUM_HUNDRED) || word_class (scan, j, NUM_SCALE) ||
      word_class (scan, j, NUM_DOZEN))
    {
      Acc acc = { 0, num->value, NUM_UNIT, 1, FALSE, 0 };

      num->last = accumulate (scan, j, &acc);
      num->value = acc.total + acc.cur;
      num->scale = acc.last == NUM_SCALE ? acc.last_scale : 1;
      num->plain_int = FALSE;
      return;
    }
  phrase = cor_phrase_match_full (scan, j, ROLE_SCALE, scale_fits, &money, &end);
  if (phrase == NULL)
    return;
  num->value *= phrase->factor;
  num->scale = phrase->factor;
  num->last = end;
  num->plain_int = FALSE;
}

gboolean
cor_num_parse (const CorScan *scan,
               guint          i,
               gboolean       money,
               CorNum        *num)
{
  gboolean negative = FALSE;
  guint first = i;
  gboolean ok;

  memset (num, 0, sizeof *num);
  num->scale = 1;
  if (i >= scan->n_toks)
    return FALSE;
  if ((cor_tok_is (scan, i, "minus") || cor_tok_is (scan, i, "negative")) && i + 1 < scan->n_toks)
    {
      negative = TRUE;
      i++;
    }
  else if ((cor_tok_is (scan, i, "-") || cor_tok_is (scan, i, "−")) && i + 1 < scan->n_toks &&
           scan->toks[i + 1].kind == TOK_NUM &&
           (i == 0 ||
            (scan->toks[i - 1].kind == TOK_SYM && !cor_tok_is (scan, i - 1, ")") &&
             !cor_tok_is (scan, i - 1, "-") && !cor_tok_is (scan, i - 1, "—") &&
             !cor_tok_is (scan, i - 1, "–")) ||
            (scan->toks[i].space && scan->toks[i - 1].kind == TOK_WORD &&
             !scan->toks[i + 1].space)))
    {
      negative = TRUE;
      i++;
    }
  /* ".08": a decimal without its zero */
  if (cor_tok_is (scan, i, ".") && (i == 0 || scan->toks[i].space) && cor_tok_adjacent (scan, i + 1) &&
      i + 1 < scan->n_toks && scan->toks[i + 1].kind == TOK_NUM)
    {
      gsize end;

      cor_num_parse_digit_string (scan, i + 1, num, &end);
      num->value /= pow (10, num->n_digits);
      num->plain_int = FALSE;
      num->last = cor_tok_at_byte (scan, i + 1, end);
      ok = TRUE;
    }
  else if (scan->toks[i].kind == TOK_NUM)
    ok = cor_num_parse_digits (scan, i, money, num);
  else if (scan->toks[i].kind == TOK_WORD)
    ok = parse_words (scan, i, num);
  else
    ok = FALSE;
  if (!ok || (negative && (num->ordinal || num->skip)))
    return FALSE;
  num->first = first;
  if (!num->ordinal && !num->skip && !num->fraction)
    and_fraction (scan, num);
  if (negative)
    num->value = -num->value;
  return TRUE;
}
