/* cor-dates-relative.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-dates"

#include "config.h"

#include <string.h>

#include "cor-dates-absolute.h"
#include "cor-dates-lexicon.h"
#include "cor-dates-periods.h"
#include "cor-dates-relative.h"
#include "cor-dates.h"

/* Dates and times the text gives against the report's date: bare years,
 * "last week", "three days ago", holidays, weekdays, "9 a.m.". */

COR_WORD_SET (year_cues,
  "in", "since", "by", "until", "till", "before", "after", "from", "of", "to", "between",
  "and", "or", "during", "through", "year", "early", "mid", "late", "than", "not", "end",
  "beginning", "start", "fiscal", "for", "around", "circa", "throughout", "spring", "summer",
  "autumn", "fall", "winter", "at", "about");
/* Lower-case words that may follow a year without making it a count
 * ("2024 people" is not a date; "in 2024 and" is). */
COR_WORD_SET (after_year,
  "and", "or", "to", "when", "after", "before", "as", "the", "was", "were", "is", "has",
  "had", "with", "for", "in", "on", "at", "but", "while", "that", "which", "until",
  "through", "compared", "than", "alone", "saw", "election", "elections", "budget",
  "season", "census", "report", "survey", "levels", "level", "figures", "data", "by",
  "amid", "during", "following", "where", "it", "he", "she", "they", "we", "i");
COR_WORD_SET (unit_words,
  "day", "days", "week", "weeks", "month", "months", "year", "years");

COR_WORD_SET (year_units,
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
COR_WORD_SET (year_teens,
  "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
  "eighteen", "nineteen");
COR_WORD_SET (year_tens,
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

/* 1..99 in words at @i ("ninety six", "fifteen", "twenty-one"); 0 if none */
static guint
small_number_at (const CorWords *w,
                 guint           i,
                 guint          *next)
{
  int k;

  *next = i + 1;
  if ((k = cor_word_in (w, i, year_units)) >= 0)
    return k + 1;
  if ((k = cor_word_in (w, i, year_teens)) >= 0)
    return k + 10;
  if ((k = cor_word_in (w, i, year_tens)) < 0)
    return 0;
  if (cor_word_is_punct (w, i + 1, '-') && cor_word_in (w, i + 2, year_units) >= 0)
    {
      *next = i + 3;
      return 10 * (k + 2) + cor_word_in (w, i + 2, year_units) + 1;
    }
  if (cor_word_in (w, i + 1, year_units) >= 0)
    {
      *next = i + 2;
      return 10 * (k + 2) + cor_word_in (w, i + 1, year_units) + 1;
    }
  return 10 * (k + 2);
}

/* A year in words after a cue: "in nineteen ninety six", "since two
 * thousand and fifteen", "by twenty thirty". */
static guint
scan_spelled_year (CorDateScan *scan,
                   guint        i)
{
  const CorWords *w = scan->words;
  guint next, low, year;
  int century = -1;

  if (i == 0 || cor_word_in (w, i - 1, year_cues) < 0)
    return 0;
  if (cor_word_is (w, i, "two") && cor_word_is (w, i + 1, "thousand"))
    {
      next = i + 2;
      if (cor_word_is (w, next, "and"))
        next++;
      low = small_number_at (w, next, &next);
      year = 2000 + low;
      if (low == 0)
        next = i + 2;
    }
  else
    {
      if (cor_word_is (w, i, "nineteen") || cor_word_is (w, i, "eighteen"))
        century = cor_word_is (w, i, "nineteen") ? 19 : 18;
      else if (cor_word_is (w, i, "twenty") && !cor_word_is_punct (w, i + 1, '-') &&
               cor_word_in (w, i + 1, year_units) < 0)
        century = 20;
      if (century < 0)
        return 0;
      low = small_number_at (w, i + 1, &next);
      if (low < 10)
        return 0;
      year = century * 100 + low;
    }
  /* "in two thousand people" counts people */
  if (next < w->n_words && w->words[next].type == COR_WORD_ALPHA &&
      !(w->words[next].flags & COR_WORD_FLAG_UPPER_INITIAL) && cor_word_in (w, next, after_year) < 0)
    return 0;
  cor_dates_emit (scan, i, next - 1, year, 0, 0, COR_DATE_PRECISION_YEAR);
  return next;
}

static guint
scan_bare_year (CorDateScan *scan,
                guint        i)
{
  const CorWords *w = scan->words;
  int year = cor_dates_year_at (w, i);
  gboolean cue;
  guint prev = i - 1;

  if (year < 0 || year < 1500 || year > 2100)
    return i + 1;
  if (cor_dates_touching (w, i, i + 1) && !cor_word_is_punct (w, i + 1, ',') &&
      !cor_word_is_punct (w, i + 1, '.') && !cor_word_is_punct (w, i + 1, ')') &&
      !cor_word_is_punct (w, i + 1, ';') && !cor_word_is_punct (w, i + 1, 0x2019) &&
      !cor_word_is_punct (w, i + 1, '\''))
    return i + 1;  /* "1990s", "2024-25", "2000%" */
  if (i > 0 && cor_word_is_punct (w, i - 1, '-') && i > 1 && cor_word_is (w, i - 2, "mid"))
    prev = i - 2;
  cue = i > 0 && cor_word_in (w, prev, year_cues) >= 0;
  if (i > 0 && (w->words[i - 1].type == COR_WORD_DIGITS || cor_word_is_punct (w, i - 1, '$') ||
                cor_word_is_punct (w, i - 1, 0x20AC) || cor_word_is_punct (w, i - 1, 0xA3)))
    return i + 1;
  if (i + 1 < w->n_words && w->words[i + 1].type == COR_WORD_ALPHA &&
      !(w->words[i + 1].flags & COR_WORD_FLAG_UPPER_INITIAL) &&
      cor_word_in (w, i + 1, after_year) < 0)
    return i + 1;
  if (!cue && i + 1 < w->n_words && w->words[i + 1].type == COR_WORD_ALPHA &&
      cor_word_in (w, i + 1, after_year) < 0)
    return i + 1;
  cor_dates_emit (scan, i, i, year, 0, 0, COR_DATE_PRECISION_YEAR);
  return i + 1;
}

/* The day of the last date before @before that the scan found, in @day. */
static gboolean
last_day (CorDateScan *scan,
          gsize        before,
          GDate       *day)
{
  for (guint k = scan->out->len; k > 0; k--)
    {
      const CorMention *m = g_ptr_array_index (scan->out, k - 1);

      if (m->kind == COR_MENTION_DATE && m->start < before && m->date != NULL)
        return cor_dates_parse_day (m->date, day);
    }
  return FALSE;
}

/* "three days ago", "two weeks from now", "in two months" (future only);
 * "a day earlier", "two days later" */
static guint
scan_offset (CorDateScan *scan,
             guint        i)
{
  const CorWords *w = scan->words;
  guint first = i, next, j;
  int n, unit, sign;
  GDate d = scan->ref;

  if (cor_word_is (w, i, "in"))
    i++;
  n = cor_dates_count_at (w, i, &next);
  if (n < 0 || n > 500)
    return 0;
  unit = cor_word_in (w, next, unit_words);
  if (unit < 0)
    return 0;
  j = next;
  /* "A day earlier", "two days later" count from the day the report
   * spoke of last, not from its own: without one, they give no date. */
  if (cor_word_is (w, j + 1, "earlier") || cor_word_is (w, j + 1, "later"))
    {
      if (!last_day (scan, w->words[first].start, &d))
        return 0;
      sign = cor_word_is (w, j + 1, "later") ? 1 : -1;
      j++;
      first = i;
    }
  else if (cor_word_is (w, j + 1, "ago"))
    {
      sign = -1;
      j++;
      if (first != i)
        first = i;
    }
  else if (cor_word_is (w, j + 1, "from") &&
           (cor_word_is (w, j + 2, "now") || cor_word_is (w, j + 2, "today")))
    {
      sign = 1;
      j += 2;
      if (first != i)
        first = i;
    }
  else if (first != i && cor_dates_tense (w, first, j) == COR_TENSE_FUTURE)
    sign = 1;
  else
    return 0;

  unit /= 2;
  if (unit == 0)
    sign > 0 ? g_date_add_days (&d, n) : g_date_subtract_days (&d, n);
  else if (unit == 1)
    sign > 0 ? g_date_add_days (&d, 7 * n) : g_date_subtract_days (&d, 7 * n);
  else if (unit == 2)
    {
      sign > 0 ? g_date_add_months (&d, n) : g_date_subtract_months (&d, n);
      cor_dates_emit (scan, first, j, g_date_get_year (&d), g_date_get_month (&d), 0, COR_DATE_PRECISION_MONTH);
      return j + 1;
    }
  else
    {
      cor_dates_emit (scan, first, j, g_date_get_year (&d) + sign * n, 0, 0, COR_DATE_PRECISION_YEAR);
      return j + 1;
    }
  cor_dates_emit_gdate (scan, first, j, &d);
  return j + 1;
}

typedef struct
{
  const char *first;
  const char *second;
  guint       month;
  guint       day;
} Holiday;

/* Fixed-date holidays only; movable feasts need a calendar of their own. */
static const Holiday holidays[] = {
  { "christmas", "eve", 12, 24 },
  { "christmas", "day", 12, 25 },
  { "christmas", NULL, 12, 25 },
  { "halloween", NULL, 10, 31 },
  { "juneteenth", NULL, 6, 19 },
  { "valentine", NULL, 2, 14 },
};

static guint
scan_holiday (CorDateScan *scan,
              guint        i)
{
  const CorWords *w = scan->words;

  if (!(w->words[i].flags & COR_WORD_FLAG_UPPER_INITIAL) && w->words[i].type == COR_WORD_ALPHA &&
      !cor_word_is (w, i, "christmas"))
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (holidays); k++)
    {
      CorDateParts parts = { -1, holidays[k].month, holidays[k].day, i };

      if (!cor_word_is (w, i, holidays[k].first))
        continue;
      if (holidays[k].second != NULL)
        {
          if (!cor_word_is (w, i + 1, holidays[k].second))
            continue;
          parts.last = i + 1;
        }
      if (k == 4 && cor_word_is_punct (w, i + 1, 0x2019) + cor_word_is_punct (w, i + 1, '\'') &&
          cor_word_is (w, i + 2, "s") && cor_word_is (w, i + 3, "day"))
        parts.last = i + 3;
      else if (k == 4)
        return 0;
      if (cor_dates_year_at (w, parts.last + 1) > 0)
        parts.year = cor_dates_year_at (w, ++parts.last);
      return cor_dates_emit_parts (scan, i, &parts, 0) ? parts.last + 1 : 0;
    }
  /* New Year's Day / Eve */
  if (cor_word_is (w, i, "new") && cor_word_is (w, i + 1, "year") &&
      (cor_word_is_punct (w, i + 2, '\'') || cor_word_is_punct (w, i + 2, 0x2019)) &&
      cor_word_is (w, i + 3, "s") && (cor_word_is (w, i + 4, "day") || cor_word_is (w, i + 4, "eve")))
    {
      gboolean eve = cor_word_is (w, i + 4, "eve");
      CorDateParts parts = { -1, eve ? 12 : 1, eve ? 31 : 1, i + 4 };

      return cor_dates_emit_parts (scan, i, &parts, 0) ? parts.last + 1 : 0;
    }
  return 0;
}

/* The hours and minutes of word @i written with a dot, as British papers
 * write times ("6.42", "11.50"), or FALSE. Only a following "am" or "pm"
 * makes them a time. */
static gboolean
dotted_time (const CorWords *w,
             guint           i,
             gint64         *hours,
             gint64         *minutes)
{
  const char *p;
  guint length;

  if (i >= w->n_words)
    return FALSE;
  p = w->text + w->words[i].start;
  length = w->words[i].end - w->words[i].start;
  if (length == 4 && g_ascii_isdigit (p[0]) && p[1] == '.' && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]))
    *hours = p[0] - '0';
  else if (length == 5 && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && p[2] == '.'
           && g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]))
    *hours = (p[0] - '0') * 10 + (p[1] - '0'), p += 1;
  else
    return FALSE;
  *minutes = (p[2] - '0') * 10 + (p[3] - '0');
  return *minutes < 60;
}

/* "9 a.m.", "10:30", "6.42pm", "noon", "midnight" */
static guint
scan_time (CorDateScan *scan,
           guint        i)
{
  const CorWords *w = scan->words;
  guint n, j = i;
  gint64 h, minutes = 0;
  gboolean dotted = FALSE;

  if (cor_word_is (w, i, "noon") || cor_word_is (w, i, "midnight"))
    {
      cor_dates_emit_time (scan, i, i, cor_word_is (w, i, "noon") ? 12 * 60 : 0);
      return i + 1;
    }
  if (dotted_time (w, i, &h, &minutes))
    dotted = TRUE;
  else if ((h = cor_word_int (w, i, &n)) < 0 || n > 2)
    return 0;
  if (h > 24)
    return 0;
  if (!dotted && cor_word_is_punct (w, i + 1, ':') && cor_dates_touching (w, i, i + 1)
      && cor_dates_touching (w, i + 1, i + 2) && (minutes = cor_word_int (w, i + 2, &n)) >= 0 && n == 2
      && minutes < 60 && !cor_word_is_punct (w, i + 3, ':'))
    j = i + 2;
  if (cor_word_is (w, j + 1, "a.m.") || cor_word_is (w, j + 1, "p.m.") ||
      cor_word_is (w, j + 1, "a.m") || cor_word_is (w, j + 1, "p.m") ||
      cor_word_is (w, j + 1, "am") || cor_word_is (w, j + 1, "pm"))
    {
      if (h > 12 || h == 0 || (cor_word_is (w, j + 1, "am") && !cor_dates_touching (w, j, j + 1) &&
                               (w->words[j + 1].flags & COR_WORD_FLAG_UPPER_INITIAL)))
        return 0;
      j++;
      h = h % 12 + (cor_word_is (w, j, "pm") || cor_word_is (w, j, "p.m.") || cor_word_is (w, j, "p.m") ? 12 : 0);
    }
  else if (j == i || h == 24)
    return 0;
  cor_dates_emit_time (scan, i, j, h * 60 + minutes);
  return j + 1;
}

COR_WORD_SET (every_words, "every", "each");

/* A weekday named alone is the nearest such day to the report's date, as
 * reporters write them: "said Monday" in a report of Sunday night is the
 * next day, already Monday where it happened. Only when the two candidates
 * are about as near, three or four days either way, does the clause's
 * tense decide; and a future auxiliary on the verb itself ("will resign on
 * Tuesday") never points back. */
static void
nearest_weekday (CorDateScan *scan,
                 guint        first,
                 guint        last,
                 guint        weekday,
                 GDate       *date)
{
  guint back = (g_date_get_weekday (&scan->ref) + 7 - weekday) % 7;
  int direction;

  if (back == 0)
    direction = -1;
  else if (back <= 2)
    direction = cor_dates_future_governs (scan->words, first) ? 1 : -1;
  else if (back >= 5)
    direction = 1;
  else
    direction = cor_dates_tense (scan->words, first, last) == COR_TENSE_FUTURE ? 1 : -1;
  cor_dates_weekday_relative (date, &scan->ref, weekday, direction);
}

guint
cor_dates_scan_relative (CorDateScan *scan,
                         guint        i)
{
  const CorWords *w = scan->words;
  guint next, weekday, first = i;
  int direction = 0;
  guint r;

  if ((r = scan_time (scan, i)) > 0)
    return r;
  if ((r = cor_dates_scan_period (scan, i)) > 0 || (r = scan_spelled_year (scan, i)) > 0)
    return r;
  if (cor_dates_year_at (w, i) > 0)
    return scan_bare_year (scan, i);
  if (!scan->has_ref)
    return i + 1;

  if (cor_word_is (w, i, "today") || cor_word_is (w, i, "tonight"))
    {
      cor_dates_emit_gdate (scan, i, i, &scan->ref);
      return i + 1;
    }
  if (cor_word_is (w, i, "yesterday") || cor_word_is (w, i, "tomorrow"))
    {
      GDate d = scan->ref;

      if (cor_word_is (w, i, "yesterday"))
        g_date_subtract_days (&d, 1);
      else
        g_date_add_days (&d, 1);
      cor_dates_emit_gdate (scan, i, i, &d);
      return i + 1;
    }
  if ((r = scan_offset (scan, i)) > 0)
    return r;
  if ((r = scan_holiday (scan, i)) > 0)
    return r;

  if (cor_word_is (w, i, "last") || cor_word_is (w, i, "previous"))
    direction = -2, i++;
  else if (cor_word_is (w, i, "next") || cor_word_is (w, i, "coming") ||
           cor_word_is (w, i, "following"))
    direction = 2, i++;
  else if (cor_word_is (w, i, "this"))
    direction = 3, i++;
  weekday = cor_dates_weekday_at (w, i, FALSE, &next);
  if (weekday > 0)
    {
      GDate d;

      if (direction == 2 && !cor_word_is (w, first, "coming"))
        {
          /* "next Friday" is the Friday of next week; "last Friday" that of
           * the week before, as Recognizers-Text reads them */
          cor_dates_emit_week_day (scan, first, next - 1, weekday, 1);
          return next;
        }
      if (direction == -2)
        {
          cor_dates_emit_week_day (scan, first, next - 1, weekday, -1);
          return next;
        }
      if (direction == 3)
        {
          /* the day of the current Monday-based week */
          d = scan->ref;
          g_date_subtract_days (&d, g_date_get_weekday (&d) - 1);
          g_date_add_days (&d, weekday - 1);
        }
      else if (direction == 0)
        {
          if (first > 0 && cor_word_in (w, first - 1, every_words) >= 0)
            return next;   /* "every Monday" is a habit */
          nearest_weekday (scan, first, next - 1, weekday, &d);
        }
      else
        cor_dates_weekday_relative (&d, &scan->ref, weekday, direction);
      cor_dates_emit_gdate (scan, first, next - 1, &d);
      return next;
    }
  return first + 1;
}

