/* cor-numbers.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-numbers"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-number-counts.h"
#include "cor-number-parse.h"
#include "cor-number-tokens.h"
#include "cor-number-words.h"
#include "cor-numbers.h"

/* Assembles numbers into what a report states: a hedge ("around"), a
 * currency ("US$"), the number, a range ("10-12", "between 10 and 12"), and
 * a unit ("million tonnes", "percent", "12-day"). One mention per whole
 * expression, so a number inside money is never also a bare number. Years
 * and days of the month are left to the dates recogniser. */

typedef struct
{
  guint           first;
  guint           last;
  CorNum          num;
  double          value_max;
  const char     *unit;
  CorMentionKind  kind;
  gboolean        approximate;
  CorBound        bound;
  gboolean        emit;
  gboolean        vague;      /* "dozens": num.value is the least it allows */
  gboolean        minor;      /* in cents or pence already */
} Expr;

static gboolean
is_sym (const CorScan *scan,
        guint          i,
        const char    *sym)
{
  return cor_tok_is (scan, i, sym);
}

static gboolean
adjacent (const CorScan *scan,
          guint          i)
{
  return i < scan->n_toks && !scan->toks[i].space;
}

static gboolean
is_month (const CorScan *scan,
          guint          i)
{
  const CorTok *tok;

  if (i >= scan->n_toks)
    return FALSE;
  tok = &scan->toks[i];
  if (tok->lex == NULL || !tok->lex->month || tok->kind != TOK_WORD)
    return FALSE;
  /* "may" is a month only with its capital */
  return !(tok->end - tok->start == 3 && scan->text[tok->start] == 'm' &&
           g_ascii_strncasecmp (scan->text + tok->start, "may", 3) == 0);
}

/* "5 February", "February 5", "the 5th of May": a day of a date. */
static gboolean
next_to_month (const CorScan *scan,
               const Expr    *e)
{
  guint before = e->first, after = e->num.last;

  if (after < scan->n_toks && is_sym (scan, after, "."))
    after++;
  if (cor_tok_is (scan, after, "of"))
    after++;
  if (before > 0 && cor_tok_is (scan, before - 1, "the"))
    before--;
  if (before > 0 && is_sym (scan, before - 1, "."))
    before--;
  return is_month (scan, after) || (before > 0 && is_month (scan, before - 1));
}

/* "the one you mentioned", "which one": a pronoun, not a count. */
static gboolean
pronoun_one (const CorScan *scan,
             const Expr    *e)
{
  static const char *const before[] = {
    "the", "this", "that", "which", "each", "every", "any", "another", "no", "other",
    "only", "one", "someone", "anyone", "everyone", "no-one", "little", "big", "new", "old",
  };
  guint i = e->first;

  if (e->num.last != i + 1 || !cor_tok_is (scan, i, "one"))
    return FALSE;
  for (guint k = 0; i > 0 && k < G_N_ELEMENTS (before); k++)
    if (cor_tok_is (scan, i - 1, before[k]))
      return TRUE;
  return cor_tok_is (scan, i + 1, "another");
}

/* Digits glued to letters ("SCP-173", "A380", "F-16"): a code or a model,
 * which takes no unit. */
static gboolean
is_code (const CorScan *scan,
         guint          i)
{
  if (i == 0 || !adjacent (scan, i))
    return FALSE;
  if (scan->toks[i - 1].kind == TOK_WORD)
    return TRUE;
  return i >= 2 && is_sym (scan, i - 1, "-") && adjacent (scan, i - 1) &&
         scan->toks[i - 2].kind != TOK_SYM;
}

static gboolean
unit_ends_cleanly (const CorScan *scan,
                   guint          end)
{
  if (end >= scan->n_toks || !adjacent (scan, end))
    return TRUE;
  if (scan->toks[end].kind != TOK_SYM)
    return FALSE;                                 /* "24703m212" */
  return !(is_sym (scan, end, "-") && end + 1 < scan->n_toks &&
           scan->toks[end + 1].kind == TOK_NUM);  /* "L-202" */
}

static gboolean
suffix_fits (const CorScan   *scan,
             const CorPhrase *phrase,
             guint            end,
             gconstpointer    data)
{
  const Expr *e = data;
  guint k = end - phrase->n_words;

  if ((phrase->flags & PHRASE_SCALED) && e->num.scale <= 1)
    return FALSE;
  /* "5 t", "5 g": a lone letter after a space is too loose to be a unit */
  if ((phrase->flags & PHRASE_CASE) && phrase->n_words == 1 && scan->toks[k].space &&
      phrase->kind == COR_MENTION_QUANTITY && strlen (phrase->exact[0]) == 1 &&
      !g_str_equal (phrase->exact[0], "m"))
    return FALSE;
  if (phrase->kind == COR_MENTION_QUANTITY && is_code (scan, e->num.first))
    return FALSE;
  return unit_ends_cleanly (scan, end);
}

static const CorPhrase *
match_suffix (const CorScan *scan,
              const Expr    *e,
              guint          k,
              guint         *end)
{
  return cor_phrase_match_full (scan, k, ROLE_SUFFIX, suffix_fits, e, end);
}

/* A unit after the number, perhaps behind a hyphen ("12-day") or in
 * brackets ("20 (kg)"). */
static void
apply_suffix (const CorScan *scan,
              Expr          *e)
{
  static const char *const open[] = { "(", "[", "{", "<" };
  static const char *const close[] = { ")", "]", "}", ">" };
  guint k = e->last, end;
  const CorPhrase *phrase;

  phrase = match_suffix (scan, e, k, &end);
  if (phrase == NULL && is_sym (scan, k, "-") && adjacent (scan, k) && adjacent (scan, k + 1))
    phrase = match_suffix (scan, e, k + 1, &end);
  for (guint b = 0; phrase == NULL && b < G_N_ELEMENTS (open); b++)
    if (is_sym (scan, k, open[b]))
      {
        phrase = match_suffix (scan, e, k + 1, &end);
        if (phrase != NULL && is_sym (scan, end, close[b]))
          end++;
        else
          phrase = NULL;
      }
  if (phrase == NULL)
    return;
  if (e->kind == COR_MENTION_MONEY)
    {
      /* "$5 million dollars" repeats the currency; "$5 a barrel" is not ours */
      if (phrase->kind == COR_MENTION_MONEY && !(phrase->flags & PHRASE_MINOR))
        e->last = end;
      return;
    }
  e->kind = phrase->kind;
  e->unit = phrase->unit;
  e->minor = (phrase->flags & PHRASE_MINOR) != 0;
  e->last = end;
}

/* Whether the amount ends at token @k: the end, a sign, or a conjunction,
 * so that "thirteen dollars forty five" has nothing after its cents. */
static gboolean
amount_ends (const CorScan *scan,
             guint          k)
{
  return k >= scan->n_toks || scan->toks[k].kind == TOK_SYM || cor_tok_is (scan, k, "and") ||
         cor_tok_is (scan, k, "or");
}

/* "3 dollars 50 cents", "thirteen dollars and forty-five cents", and
 * without the minor unit where nothing follows: "thirteen dollars forty
 * five", "C$100 and fifty". Not after cents, and never "a …": "$5 a
 * dozen" and "64 cents a dozen" are prices per dozen. */
static void
add_cents (const CorScan *scan,
           Expr          *e)
{
  guint k = e->last, end;
  CorNum cents;
  const CorPhrase *phrase;

  if (e->kind != COR_MENTION_MONEY || e->minor || e->num.fraction || !isnan (e->value_max))
    return;
  if (cor_tok_is (scan, k, "and"))
    k++;
  if (k < scan->n_toks && scan->toks[k].lex != NULL && scan->toks[k].lex->num_class == NUM_ARTICLE)
    return;
  if (!cor_num_parse (scan, k, FALSE, &cents) || cents.skip || cents.ordinal ||
      cents.value >= 100 || cents.value < 1 || cents.fraction)
    return;
  phrase = cor_phrase_match (scan, cents.last, ROLE_SUFFIX, &end);
  if (phrase == NULL && e->num.scale <= 1 && cents.scale <= 1 && !cents.digits &&
      amount_ends (scan, cents.last))
    end = cents.last;
  else if (phrase == NULL || !(phrase->flags & PHRASE_MINOR))
    return;
  e->num.value += cents.value / 100;
  e->last = end;
}

/* "10 to 12", "10-12 million", "between 10 and 12", "$10m-$12m" */
static void
apply_range (const CorScan *scan,
             Expr          *e,
             gboolean       between)
{
  guint k = e->num.last, end;
  CorNum hi;
  gboolean dash;

  dash = is_sym (scan, k, "-") || is_sym (scan, k, "–");
  if (between ? !cor_tok_is (scan, k, "and") : !(dash || cor_tok_is (scan, k, "to")))
    return;
  if (dash && adjacent (scan, k) != adjacent (scan, k + 1))
    return;
  k++;
  if (cor_phrase_match (scan, k, ROLE_CURRENCY, &end) != NULL)
    k = end;
  if (!cor_num_parse (scan, k, e->kind == COR_MENTION_MONEY, &hi) || hi.skip || hi.ordinal ||
      hi.value < 0)
    return;
  if (dash && hi.spelled != e->num.spelled)
    return;
  if (e->num.scale <= 1 && hi.scale > 1 && e->num.value < hi.value / hi.scale)
    {
      e->num.value *= hi.scale;
      e->num.scale = hi.scale;
    }
  if (hi.value <= e->num.value)
    return;
  e->value_max = hi.value;
  e->num.plain_int = FALSE;
  e->last = hi.last;
}

/* "one in four adults", "1 in 10 homes", "one in a million": a share of
 * a population, when the second number is larger, no year, and counts
 * no unit ("one in five minutes" is a rate). */
static gboolean
share_in (const CorScan *scan,
          const Expr    *e,
          const CorNum  *den)
{
  guint end;

  if (!(e->num.plain_int || e->num.spelled) || e->num.value < 1 || den->value <= e->num.value ||
      (den->plain_int && den->n_digits == 4 && den->value >= 1900 && den->value <= 2100))
    return FALSE;
  return cor_phrase_match (scan, den->last, ROLE_SUFFIX, &end) == NULL &&
         cor_phrase_match (scan, den->last, ROLE_SCALE, &end) == NULL;
}

/* "one over three", "1 out of 3": a fraction said aloud, where nothing
 * follows the second number ("over 3 years" is a duration); and a share,
 * "one in four". */
static void
apply_ratio (const CorScan *scan,
             Expr          *e)
{
  guint k = e->num.last;
  gboolean in = FALSE;
  CorNum den;

  if (e->kind != COR_MENTION_NUMBER || e->num.fraction || e->num.ordinal)
    return;
  if (cor_tok_is (scan, k, "over"))
    k++;
  else if (cor_tok_is (scan, k, "out") && cor_tok_is (scan, k + 1, "of"))
    k += 2;
  else if ((in = cor_tok_is (scan, k, "in")))
    k++;
  else
    return;
  if (!cor_num_parse (scan, k, FALSE, &den) || den.skip || den.ordinal || den.value <= 0)
    return;
  if (in ? !share_in (scan, e, &den)
         : den.last < scan->n_toks && scan->toks[den.last].kind != TOK_SYM)
    return;
  e->num.value /= den.value;
  e->num.fraction = TRUE;
  e->num.plain_int = FALSE;
  e->num.last = den.last;
  e->last = den.last;
}

static gboolean
match_vague (const CorScan *scan,
             guint          i,
             Expr          *e)
{
  guint end;
  const CorPhrase *phrase = cor_phrase_match (scan, i, ROLE_VAGUE, &end);
  const CorPhrase *unit;
  guint uend;

  if (phrase == NULL || (i > 0 && scan->toks[i - 1].kind == TOK_NUM) ||
      (i > 0 && scan->toks[i - 1].lex != NULL && scan->toks[i - 1].lex->num_class != NUM_NONE) ||
      ((phrase->flags & PHRASE_NEEDS_OF) && !cor_tok_is (scan, end, "of")))
    return FALSE;
  /* a bound, not a number: "dozens" is no more 24 than it is 70 */
  e->num.value = phrase->factor;
  e->num.last = end;
  e->last = end;
  e->approximate = TRUE;
  e->vague = TRUE;
  e->emit = TRUE;
  /* "hundreds of people", "a few hundred people" */
  if (cor_tok_is (scan, end, "of") || scan->text[scan->toks[end - 1].end - 1] != 's')
    {
      unit = cor_phrase_match (scan, cor_tok_is (scan, end, "of") ? end + 1 : end, ROLE_SUFFIX,
                               &uend);
      if (unit != NULL && !(unit->flags & (PHRASE_MINOR | PHRASE_AGE)))
        {
          e->kind = unit->kind;
          e->unit = unit->unit;
          e->last = uend;
        }
    }
  return TRUE;
}

/* "percent of 10": a percentage named before its number */
static gboolean
match_percent_of (const CorScan *scan,
                  guint          i,
                  Expr          *e)
{
  guint end;
  const CorPhrase *phrase = cor_phrase_match (scan, i, ROLE_SUFFIX, &end);

  if (phrase == NULL || phrase->kind != COR_MENTION_PERCENT || phrase->unit != NULL ||
      !cor_tok_is (scan, end, "of") || !cor_num_parse (scan, end + 1, FALSE, &e->num) ||
      e->num.skip || e->num.ordinal)
    return FALSE;
  e->kind = COR_MENTION_PERCENT;
  e->last = e->num.last;
  e->emit = TRUE;
  return TRUE;
}

/* "http://…", "www.…": addresses hold digits that are no quantities */
static guint
skip_address (const CorScan *scan,
              guint          i)
{
  guint j = i;

  if (!((cor_tok_is (scan, i, "http") || cor_tok_is (scan, i, "https")) &&
        cor_tok_is (scan, i + 1, ":")) &&
      !(cor_tok_is (scan, i, "www") && cor_tok_is (scan, i + 1, ".")))
    return i;
  while (j + 1 < scan->n_toks && !scan->toks[j + 1].space)
    j++;
  return j + 1;
}

/* "4x4", "2x4", "1920x1080": numbers written into one word with "x" name
 * a vehicle, a plank or a size, not a quantity of anything. */
static guint
skip_dimensions (const CorScan *scan,
                 guint          i)
{
  guint j = i;

  while (j + 2 < scan->n_toks && scan->toks[j].kind == TOK_NUM && cor_tok_is (scan, j + 1, "x")
         && !scan->toks[j + 1].space && scan->toks[j + 2].kind == TOK_NUM && !scan->toks[j + 2].space)
    j += 2;
  return j > i ? j + 1 : i;
}

/* Whether word token @i is written in capitals: "F", "COVID", "CV". */
static gboolean
in_capitals (const CorScan *scan,
             guint          i)
{
  if (scan->toks[i].kind != TOK_WORD)
    return FALSE;
  for (guint32 k = scan->toks[i].start; k < scan->toks[i].end; k++)
    if (!g_ascii_isupper (scan->text[k]))
      return FALSE;
  return TRUE;
}

/* "F-16", "A38", "COVID-19", "G20", "25V-614", "4-CV-2231": digits glued
 * to a word in capitals, or to letters and another figure, name a model,
 * a road, a group or a case, not a quantity of anything. Skips the whole
 * code. */
static guint
skip_code (const CorScan *scan,
           guint          i)
{
  gboolean code = FALSE;
  guint j = i;

  if (scan->toks[i].kind != TOK_NUM)
    return i;
  if (i > 0 && adjacent (scan, i))
    {
      guint w = i - 1;

      if (is_sym (scan, w, "-") && w > 0 && adjacent (scan, w))
        w--;
      code = in_capitals (scan, w);
    }
  if (!code && i + 3 < scan->n_toks && adjacent (scan, i + 1) && scan->toks[i + 1].kind == TOK_WORD
      && adjacent (scan, i + 2) && is_sym (scan, i + 2, "-") && adjacent (scan, i + 3)
      && scan->toks[i + 3].kind == TOK_NUM)
    code = TRUE;
  if (!code)
    return i;
  while (j + 1 < scan->n_toks && adjacent (scan, j + 1)
         && (scan->toks[j + 1].kind != TOK_SYM
             || ((is_sym (scan, j + 1, "-") || is_sym (scan, j + 1, "/")) && adjacent (scan, j + 2)
                 && scan->toks[j + 2].kind != TOK_SYM)))
    j++;
  return j + 1;
}

static gboolean
match_at (const CorScan *scan,
          guint          i,
          Expr          *e)
{
  const CorPhrase *phrase;
  gboolean between = FALSE;
  guint j = i, end;

  memset (e, 0, sizeof *e);
  e->first = i;
  e->kind = COR_MENTION_NUMBER;
  e->value_max = NAN;
  if ((phrase = cor_phrase_match (scan, j, ROLE_APPROX, &end)) != NULL)
    {
      between = (phrase->flags & PHRASE_RANGE) != 0;
      e->approximate = !between;
      e->bound = phrase->bound;
      j = end;
    }
  if ((phrase = cor_phrase_match (scan, j, ROLE_CURRENCY, &end)) != NULL &&
      (!(phrase->flags & PHRASE_ATTACHED) || adjacent (scan, end)))
    {
      e->kind = COR_MENTION_MONEY;
      e->unit = phrase->unit;
      j = end;
    }
  /* "a magnitude 9.1 quake", "magnitude-7.2" */
  if (j == i && cor_tok_is (scan, j, "magnitude"))
    {
      const CorPhrase *hedge;

      j += cor_tok_is (scan, j + 1, "-") && adjacent (scan, j + 1) && adjacent (scan, j + 2) ? 2 : 1;
      if (cor_tok_is (scan, j, "of"))
        j++;
      if ((hedge = cor_phrase_match (scan, j, ROLE_APPROX, &end)) != NULL &&
          !(hedge->flags & PHRASE_RANGE))
        {
          e->approximate = TRUE;
          e->bound = hedge->bound;
          j = end;
        }
      if (!cor_num_parse (scan, j, FALSE, &e->num) || e->num.skip || e->num.ordinal ||
          e->num.value <= 0 || e->num.value >= 12)
        return FALSE;
      e->kind = COR_MENTION_NUMBER;
      e->unit = "magnitude";
      e->last = e->num.last;
      e->emit = TRUE;
      return TRUE;
    }
  if (!cor_num_parse (scan, j, e->kind == COR_MENTION_MONEY, &e->num))
    {
      if (j != i)
        return FALSE;
      return match_percent_of (scan, i, e) || match_vague (scan, i, e);
    }
  if (e->num.skip)
    {
      e->last = e->num.last;
      return TRUE;
    }
  e->emit = TRUE;
  e->last = e->num.last;
  if (e->num.ordinal)
    {
      e->kind = COR_MENTION_ORDINAL;
      e->approximate = FALSE;
      e->bound = COR_BOUND_NONE;
      e->first = j;
      e->emit = !next_to_month (scan, e);
      return TRUE;
    }
  apply_ratio (scan, e);
  apply_range (scan, e, between);
  if (between && isnan (e->value_max))
    e->first = j;
  apply_suffix (scan, e);
  add_cents (scan, e);
  if ((phrase = cor_phrase_match (scan, e->last, ROLE_AFTER, &end)) != NULL &&
      (!(phrase->flags & PHRASE_ATTACHED) || adjacent (scan, e->last)))
    {
      e->approximate = TRUE;
      if (phrase->bound != COR_BOUND_NONE)
        e->bound = phrase->bound;
      e->last = end;
    }
  if (e->kind == COR_MENTION_NUMBER && e->unit == NULL)
    {
      if (e->num.plain_int && e->num.n_digits == 4 && e->num.value >= 1900 &&
          e->num.value <= 2100)
        e->emit = FALSE;                          /* a year */
      else if (e->num.plain_int && e->num.value >= 1 && e->num.value <= 31 &&
               next_to_month (scan, e))
        e->emit = FALSE;                          /* a day of a date */
      else if (pronoun_one (scan, e))
        e->emit = FALSE;
    }
  return TRUE;
}

/* "20 million tonnes, up from 12 million": a figure the text corrects or
 * compares keeps the measure of the one before it in the sentence. */
static void
inherit_measure (const CorScan *scan,
                 const Expr    *prev,
                 Expr          *e)
{
  guint k = e->first;

  if (e->kind != COR_MENTION_NUMBER || e->unit != NULL || e->vague || !e->emit ||
      prev == NULL || prev->kind == COR_MENTION_ORDINAL ||
      prev->vague || k < 2 || !cor_tok_is (scan, k - 1, "from") ||
      !(cor_tok_is (scan, k - 2, "up") || cor_tok_is (scan, k - 2, "down")))
    return;
  for (guint t = prev->last; t < k; t++)
    if (cor_tok_is (scan, t, ".") || cor_tok_is (scan, t, ";") || cor_tok_is (scan, t, "!") ||
        cor_tok_is (scan, t, "?"))
      return;
  if (k - prev->last > 8)
    return;
  e->kind = prev->kind;
  e->unit = prev->unit;
  /* "8 million, down from 12": the scale goes with it */
  if (e->num.scale <= 1 && prev->num.scale > 1 && e->num.plain_int && e->num.value < 1000)
    e->num.value *= prev->num.scale;
}

static void
emit (const CorScan *scan,
      const Expr    *e,
      GPtrArray     *out)
{
  gsize start = scan->toks[e->first].start;
  gsize end = scan->toks[e->last - 1].end;
  CorMention *m = cor_mention_new (e->kind, NULL, start, end);

  /* the span straight into the mention: no copy to copy again */
  m->text = g_strndup (scan->text + start, end - start);

  if (e->vague)
    {
      m->min = e->num.value;
      m->vague = TRUE;
    }
  else
    m->value = e->num.value;
  m->value_max = e->value_max;
  m->unit = g_strdup (e->unit);
  m->approximate = e->approximate;
  m->bound = e->bound;
  g_ptr_array_add (out, m);
}

/* Words that end in "s" after a number without being what it counts. */
static const char * const not_counted[] = {
  "also", "always", "across", "besides", "does", "goes", "perhaps", "plus", "less",
  "unless", "thus", "this", "these", "those", "whereas", "various", "previous",
  "percent", "serious", "famous", "nervous", "dangerous", "numerous", "enormous",
  /* "70 others were hurt" and "two others missing" count different groups */
  "others", "times", "ones",
};

/* The singular of a plain English plural: "passengers", "casualties",
 * "buses"; NULL for a word that is not one. */
static char *
singular_of (const char *word,
             gsize       length)
{
  if (length < 4 || word[length - 1] != 's' || word[length - 2] == 's' || word[length - 2] == 'u'
      || word[length - 2] == 'i')
    return NULL;
  if (length > 4 && g_str_has_suffix (word, "ies"))
    return g_strdup_printf ("%.*sy", (int)(length - 3), word);
  if (length > 4 && (g_str_has_suffix (word, "sses") || g_str_has_suffix (word, "shes")
                     || g_str_has_suffix (word, "ches") || g_str_has_suffix (word, "xes")))
    return g_strndup (word, length - 2);
  return g_strndup (word, length - 1);
}

/* "212 passengers": a bare number followed by a plural noun counts it; the
 * noun becomes its unit and part of its words, as "12 people" is, so that
 * counts of the same thing are compared and counts of different things not. */
void
cor_numbers_find_counted_noun (const char *text,
                               gsize       length,
                               CorMention *m)
{
  gsize start = m->end, end;
  g_autofree char *word = NULL;

  if (m->kind != COR_MENTION_NUMBER || m->unit != NULL || (isnan (m->value) && !m->vague))
    return;
  /* "hundreds of protesters", but "several hundred protesters" */
  if (m->vague && start + 4 <= length && strncmp (text + start, " of ", 4) == 0)
    start += 3;
  else if (m->vague && text[start - 1] == 's')
    return;
  if (start >= length || text[start] != ' ')
    return;
  start++;
  for (end = start; end < length && g_ascii_islower (text[end]); end++)
    ;
  if (end < length && (g_ascii_isalnum (text[end]) || text[end] == '-'))
    return;
  word = g_strndup (text + start, end - start);
  for (guint i = 0; i < G_N_ELEMENTS (not_counted); i++)
    if (g_str_equal (word, not_counted[i]))
      return;
  m->unit = singular_of (word, end - start);
  if (m->unit != NULL)
    {
      g_free (m->text);
      m->text = g_strndup (text + m->start, end - m->start);
      m->end = end;
    }
}

void
cor_numbers_extract (const CorMentionContext *context,
                     GPtrArray               *out)
{
  guint first_new = out->len;
  g_autoptr(CorWords) own_words = NULL;
  g_autofree CorTok *toks = NULL;
  CorScan scan = { context->text, context->length, NULL, 0 };
  guint i = 0;
  Expr prev;
  gboolean have_prev = FALSE;

  if (context->words == NULL)
    own_words = cor_words_new (context->text, context->length);
  toks = cor_tokenize_words (context->words != NULL ? context->words : own_words, &scan.n_toks);
  scan.toks = toks;

  while (i < scan.n_toks)
    {
      const CorTok *tok = &scan.toks[i];
      Expr e;
      guint skip;

      /* only digits, known words and signs can start an expression; any
       * other word matters only as the start of an address */
      if (tok->kind == TOK_WORD && (tok->lex == NULL || !tok->lex->can_start))
        {
          if ((tok->end - tok->start == 3 || tok->end - tok->start == 4 ||
               tok->end - tok->start == 5) &&
              (context->text[tok->start] == 'h' || context->text[tok->start] == 'w') &&
              (skip = skip_address (&scan, i)) > i)
            i = skip;
          else
            i++;
          continue;
        }
      if (tok->kind == TOK_SYM && (tok->lex == NULL || !tok->lex->can_start) &&
          !(i + 1 < scan.n_toks && scan.toks[i + 1].kind == TOK_NUM))
        {
          i++;
          continue;
        }
      skip = skip_address (&scan, i);
      if (skip == i)
        skip = skip_dimensions (&scan, i);
      if (skip == i)
        skip = skip_code (&scan, i);
      if (skip > i)
        {
          i = skip;
          continue;
        }
      if (match_at (&scan, i, &e) && e.last > i)
        {
          if (e.emit)
            {
              inherit_measure (&scan, have_prev ? &prev : NULL, &e);
              emit (&scan, &e, out);
              prev = e;
              have_prev = TRUE;
            }
          i = e.last;
        }
      else
        i++;
    }

  for (guint m = first_new; m < out->len;)
    {
      CorMention *mention = g_ptr_array_index (out, m);

      cor_numbers_find_counted_noun (context->text, context->length, mention);
      if (cor_number_counts_is_reference (context->text, context->length, mention))
        g_ptr_array_remove_index (out, m);
      else
        m++;
    }
}
