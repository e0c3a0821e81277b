/* cor-dates-lexicon.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-dates"

#include "config.h"

#include <string.h>

#include "cor-dates-lexicon.h"

COR_WORD_SET (months,
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december");
COR_WORD_SET (month_abbrevs,
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  "sept");
COR_WORD_SET (weekdays,
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
COR_WORD_SET (weekday_abbrevs,
  "mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "thur", "thurs");
static const guint weekday_abbrev_values[] = { 1, 2, 3, 4, 5, 6, 7, 2, 4, 4 };

COR_WORD_SET (ordinal_words,
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
  "seventeenth", "eighteenth", "nineteenth", "twentieth");
COR_WORD_SET (count_words,
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve");

/* The other words a date or time can start with, in cor_dates_extract()'s
 * scan and cor_dates_scan_relative(). Keep in step with them: a word
 * missing here is never read as the start of a date. */
static const char * const starter_words_list[] = {
  "the", "this", "last", "previous", "next", "coming", "following", "current", "past",
  "earlier", "later", "today", "tonight", "yesterday", "tomorrow", "noon", "midnight", "in",
  "a", "an", "twenty", "thirty", "thirtieth", "christmas", "halloween", "juneteenth",
  "valentine", "new", "early", "late", "mid", "overnight", "q", "h", "spring", "summer",
  "autumn", "fall", "winter", "final", "year", "week", "end", "nineteen", "eighteen", "two",
  NULL
};

static gpointer
build_starters (gpointer data)
{
  const char * const *lists[] = {
    months_list, month_abbrevs_list, weekdays_list, weekday_abbrevs_list,
    ordinal_words_list, count_words_list, starter_words_list,
  };
  GPtrArray *all = g_ptr_array_new ();
  CorWordSet *set = g_new0 (CorWordSet, 1);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint k = 0; lists[l][k] != NULL; k++)
      g_ptr_array_add (all, (gpointer)lists[l][k]);
  g_ptr_array_add (all, NULL);
  set->list = (const char * const *)g_ptr_array_free (all, FALSE);
  return set;
}

gboolean
cor_dates_may_start (const CorWords *words,
                     guint           i)
{
  static GOnce once = G_ONCE_INIT;

  if (words->words[i].type != COR_WORD_ALPHA)
    return TRUE;
  return cor_word_in (words, i, g_once (&once, build_starters, NULL)) >= 0;
}

/* Words that point a clause forward or back. Checked nearest first, so
 * "said he will visit in April" is future and "visited in April" past. */
COR_WORD_SET (future_words,
  "will", "shall", "would", "ll", "upcoming", "next", "scheduled", "expected", "due",
  "plans", "plan", "planned", "planning", "intends", "intend", "intention", "aims",
  "tomorrow", "coming", "hopes", "slated", "expects", "preparing", "might");
COR_WORD_SET (past_words,
  "was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "said", "told",
  "met", "held", "took", "came", "went", "made", "spoke", "saw", "gave", "began",
  "left", "won", "lost", "sent", "hit", "struck", "since", "became", "fell", "rose",
  "grew", "paid", "sold", "bought", "led", "ran", "wrote", "knew", "thought", "found",
  "felt", "brought", "kept", "agreed", "signed");

COR_WORD_SET (reporting_words, "said", "told", "says", "added", "reported", "announced");

static gboolean
clause_edge (const CorWords *words,
             guint           i)
{
  const CorWord *w = &words->words[i];

  if (w->type == COR_WORD_PUNCT)
    return w->ch == '.' || w->ch == '!' || w->ch == '?' || w->ch == ';' || w->ch == ':';
  return FALSE;
}

static CorTense
word_tense (const CorWords *words,
            guint           i)
{
  const CorWord *w = &words->words[i];
  guint n = w->end - w->start;

  if (w->type != COR_WORD_ALPHA)
    return COR_TENSE_NONE;
  if (cor_word_in (words, i, future_words) >= 0)
    return COR_TENSE_FUTURE;
  /* "set to expire", "going to visit"; but "set a record" */
  if ((cor_word_is (words, i, "set") || cor_word_is (words, i, "going")) &&
      cor_word_is (words, i + 1, "to"))
    return COR_TENSE_FUTURE;
  if (cor_word_in (words, i, past_words) >= 0)
    return COR_TENSE_PAST;
  /* Regular past tense; not "need", "speed", "red", nor a compound's
   * participle ("self-imposed", "highly-anticipated") */
  if (i > 0 && cor_word_is_punct (words, i - 1, '-') && words->words[i - 1].end == w->start)
    return COR_TENSE_NONE;
  if (n >= 5 && g_ascii_strncasecmp (words->text + w->end - 2, "ed", 2) == 0 &&
      !(w->flags & COR_WORD_FLAG_UPPER_INITIAL) && words->text[w->end - 3] != 'e')
    return COR_TENSE_PAST;
  return COR_TENSE_NONE;
}

COR_WORD_SET (later_words, "before", "until", "till", "ahead");
COR_WORD_SET (not_verbs,
  "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
  "those", "be", "date");

/* Whether word @i is the "to" of an infinitive: "to scrap", not "to
 * Paris", "to the market". */
static gboolean
infinitive_at (const CorWords *words,
               guint           i)
{
  if (!cor_word_is (words, i, "to") || i + 1 >= words->n_words)
    return FALSE;
  return words->words[i + 1].type == COR_WORD_ALPHA
         && !(words->words[i + 1].flags & COR_WORD_FLAG_UPPER_INITIAL)
         && cor_word_in (words, i + 1, not_verbs) < 0;
}

CorTense
cor_dates_tense (const CorWords *words,
                 guint           first,
                 guint           last)
{
  /* Back to the start of the clause, then forward to its end: the nearest
   * word with a tense decides. Bounded, so the whole scan stays linear. */
  gboolean later = FALSE;

  for (guint k = first, steps = 0; k > 0 && steps < 25; k--, steps++)
    {
      CorTense tense;

      if (clause_edge (words, k - 1) || (words->words[k].flags & COR_WORD_FLAG_NEWLINE_BEFORE))
        break;
      tense = word_tense (words, k - 1);
      /* A past verb before an infinitive or "before" sets no tense for
       * the date after them: "threatened to scrap the deal as soon as
       * May 12", "came days before the May 12 deadline". */
      if (tense == COR_TENSE_PAST && later)
        return COR_TENSE_NONE;
      if (tense != COR_TENSE_NONE)
        return tense;
      later = later || cor_word_in (words, k - 1, later_words) >= 0 || infinitive_at (words, k - 1);
    }
  for (guint k = last + 1, steps = 0; k < words->n_words && steps < 25; k++, steps++)
    {
      CorTense tense;

      if (clause_edge (words, k) || (words->words[k].flags & COR_WORD_FLAG_NEWLINE_BEFORE))
        break;
      /* "…on 12 June, the council said": the report's tense, not the event's */
      if (cor_word_in (words, k, reporting_words) >= 0)
        continue;
      tense = word_tense (words, k);
      if (tense != COR_TENSE_NONE)
        return tense;
    }
  return COR_TENSE_NONE;
}

COR_WORD_SET (habit_words,
  "generally", "usually", "typically", "normally", "traditionally", "annually", "routinely",
  "customarily", "habitually");
COR_WORD_SET (every_words, "every", "each");

gboolean
cor_dates_is_habitual (const CorWords *words,
                       guint           first,
                       guint           last)
{
  if (first > 0 && cor_word_in (words, first - 1, every_words) >= 0)
    return TRUE;
  for (guint k = first, steps = 0; k > 0 && steps < 25; k--, steps++)
    {
      if (clause_edge (words, k - 1) || (words->words[k].flags & COR_WORD_FLAG_NEWLINE_BEFORE))
        break;
      if (cor_word_in (words, k - 1, habit_words) >= 0 ||
          (cor_word_in (words, k - 1, every_words) >= 0 && cor_word_is (words, k, "year")))
        return TRUE;
    }
  for (guint k = last + 1, steps = 0; k < words->n_words && steps < 25; k++, steps++)
    {
      if (clause_edge (words, k) || (words->words[k].flags & COR_WORD_FLAG_NEWLINE_BEFORE))
        break;
      if (cor_word_in (words, k, habit_words) >= 0 ||
          (cor_word_in (words, k, every_words) >= 0 && cor_word_is (words, k + 1, "year")))
        return TRUE;
    }
  return FALSE;
}

COR_WORD_SET (future_auxiliaries,
  "will", "shall", "ll", "due", "scheduled", "slated", "set", "expected", "plans", "planned",
  "intends", "going");

gboolean
cor_dates_future_governs (const CorWords *words,
                          guint           first)
{
  /* "will [formally] resign [on]": a few words back, before any other tense */
  for (guint k = first, steps = 0; k > 0 && steps < 5; k--, steps++)
    {
      if (clause_edge (words, k - 1) || words->words[k - 1].type == COR_WORD_PUNCT)
        return FALSE;
      if (cor_word_in (words, k - 1, future_auxiliaries) >= 0)
        return TRUE;
      if (word_tense (words, k - 1) == COR_TENSE_PAST)
        return FALSE;
    }
  return FALSE;
}

guint
cor_dates_month_at (const CorWords *words,
                    guint           i,
                    guint          *next)
{
  const CorWord *w;
  int k;

  if (i >= words->n_words || words->words[i].type != COR_WORD_ALPHA)
    return 0;
  w = &words->words[i];
  *next = i + 1;
  k = cor_word_in (words, i, months);
  if (k >= 0)
    {
      /* "may" and "march" are verbs too: only capitalised. */
      if ((k == 4 || k == 2) && !(w->flags & COR_WORD_FLAG_UPPER_INITIAL))
        return 0;
      return k + 1;
    }
  k = cor_word_in (words, i, month_abbrevs);
  if (k < 0 || k == 4)
    return 0;
  if (k == 2 && !(w->flags & COR_WORD_FLAG_UPPER_INITIAL))
    return 0;
  if (cor_word_is_punct (words, i + 1, '.') && words->words[i + 1].start == w->end)
    *next = i + 2;
  return k == 12 ? 9 : k + 1;
}

guint
cor_dates_weekday_at (const CorWords *words,
                      guint           i,
                      gboolean        allow_short,
                      guint          *next)
{
  int k;

  if (i >= words->n_words || words->words[i].type != COR_WORD_ALPHA)
    return 0;
  *next = i + 1;
  k = cor_word_in (words, i, weekdays);
  if (k >= 0)
    return k + 1;
  if (!allow_short || !(words->words[i].flags & COR_WORD_FLAG_UPPER_INITIAL))
    return 0;
  k = cor_word_in (words, i, weekday_abbrevs);
  if (k < 0)
    return 0;
  if (cor_word_is_punct (words, i + 1, '.') && words->words[i + 1].start == words->words[i].end)
    *next = i + 2;
  return weekday_abbrev_values[k];
}

guint
cor_dates_day_at (const CorWords *words,
                  guint           i,
                  guint          *next)
{
  guint n_digits = 0;
  gint64 v;
  int k;

  if (i >= words->n_words)
    return 0;
  *next = i + 1;
  v = cor_word_int (words, i, &n_digits);
  if (v >= 0)
    return (n_digits <= 2 && v >= 1 && v <= 31) ? (guint)v : 0;
  k = cor_word_in (words, i, ordinal_words);
  if (k >= 0)
    return k + 1;
  /* twenty-first, thirty first */
  if (cor_word_is (words, i, "twenty") || cor_word_is (words, i, "thirty"))
    {
      guint base = cor_word_is (words, i, "twenty") ? 20 : 30;
      guint j = i + 1;

      if (cor_word_is_punct (words, j, '-'))
        j++;
      k = cor_word_in (words, j, ordinal_words);
      if (k >= 0 && k < 9 && base + k + 1 <= 31)
        {
          *next = j + 1;
          return base + k + 1;
        }
    }
  if (cor_word_is (words, i, "thirtieth"))
    return 30;
  return 0;
}

int
cor_dates_count_at (const CorWords *words,
                    guint           i,
                    guint          *next)
{
  guint n_digits;
  gint64 v;
  int k;

  if (i >= words->n_words)
    return -1;
  *next = i + 1;
  v = cor_word_int (words, i, &n_digits);
  if (v >= 0)
    return v <= 1000 ? (int)v : -1;
  if (cor_word_is (words, i, "a") || cor_word_is (words, i, "an"))
    return 1;
  k = cor_word_in (words, i, count_words);
  return k >= 0 ? k + 1 : -1;
}

/* direction: -1 latest on or before @ref, +1 first on or after, -2 strictly
 * before ("last Monday"), +2 strictly after ("next Monday"). */
void
cor_dates_weekday_relative (GDate       *date,
                            const GDate *ref,
                            guint        weekday,
                            int          direction)
{
  int have = g_date_get_weekday (ref);
  int diff;

  *date = *ref;
  if (direction < 0)
    {
      diff = (have - (int)weekday + 7) % 7;
      if (diff == 0 && direction == -2)
        diff = 7;
      g_date_subtract_days (date, diff);
    }
  else
    {
      diff = ((int)weekday - have + 7) % 7;
      if (diff == 0 && direction == 2)
        diff = 7;
      g_date_add_days (date, diff);
    }
}

void
cor_dates_month_relative (const GDate *ref,
                          guint        month,
                          int          direction,
                          guint       *year)
{
  guint ref_month = g_date_get_month (ref);

  *year = g_date_get_year (ref);
  if (direction < 0)
    {
      if (month > ref_month || (month == ref_month && direction == -2))
        (*year)--;
    }
  else
    {
      if (month < ref_month || (month == ref_month && direction == 2))
        (*year)++;
    }
}
