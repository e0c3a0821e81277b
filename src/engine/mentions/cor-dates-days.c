/* cor-dates-days.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-dates"

#include "config.h"

#include "cor-dates-days.h"
#include "cor-dates-lexicon.h"

/* Spans counted in days from the report's date rather than named by the
 * calendar: "the next three days", "overnight", "the year to date", and
 * ISO week numbers. */

/* Words after "overnight" that keep it an adverb ("killed overnight in
 * Gaza"); a noun after it makes it an adjective ("an overnight stay"). */
COR_WORD_SET (after_overnight,
  "in", "on", "at", "and", "as", "to", "from", "near", "after", "before", "when", "while",
  "but", "into", "across", "along", "outside", "inside", "around", "amid", "despite",
  "until", "with", "without", "by", "local", "time");

/* "the next three days", "the past two weeks", "the past week" */
static guint
scan_days (CorDateScan *scan,
           guint        i)
{
  const CorWords *w = scan->words;
  guint j = cor_word_is (w, i, "the") ? i + 1 : i, next;
  int sign, n = 1;
  GDate from = scan->ref, to = scan->ref;

  if (!scan->has_ref)
    return 0;
  if (cor_word_is (w, j, "next") || cor_word_is (w, j, "coming"))
    sign = 1;
  else if (cor_word_is (w, j, "past") || (j > i && (cor_word_is (w, j, "last") ||
                                                    cor_word_is (w, j, "previous"))))
    sign = -1;
  else
    return 0;
  next = j + 1;
  /* "the past week" is seven days; "next week" is a week of the calendar */
  if (!(sign < 0 && cor_word_is (w, j, "past") && cor_word_is (w, next, "week")) &&
      ((n = cor_dates_count_at (w, j + 1, &next)) < 2 || n > 100))
    return 0;
  if (cor_word_is (w, next, "weeks") || cor_word_is (w, next, "week"))
    n *= 7;
  else if (!cor_word_is (w, next, "days"))
    return 0;
  if (sign > 0)
    {
      g_date_add_days (&from, 1);
      g_date_add_days (&to, n);
    }
  else
    {
      g_date_subtract_days (&from, n);
      g_date_subtract_days (&to, 1);
    }
  cor_dates_emit_span (scan, i, next, &from, &to, "days");
  return next + 1;
}

/* "killed overnight": the night before the report's date */
static guint
scan_overnight (CorDateScan *scan,
                guint        i)
{
  const CorWords *w = scan->words;
  GDate from = scan->ref;

  if (!scan->has_ref || !cor_word_is (w, i, "overnight"))
    return 0;
  if (i + 1 < w->n_words && w->words[i + 1].type == COR_WORD_ALPHA &&
      cor_word_in (w, i + 1, after_overnight) < 0)
    return 0;
  g_date_subtract_days (&from, 1);
  cor_dates_emit_span (scan, i, i, &from, &scan->ref, "night");
  return i + 1;
}

/* "the year to date", "year-to-date", "this calendar year" */
static guint
scan_year_to_date (CorDateScan *scan,
                   guint        i)
{
  const CorWords *w = scan->words;
  guint j = i;
  GDate from, to;

  if (!scan->has_ref)
    return 0;
  if (cor_word_is (w, j, "the"))
    j++;
  if (cor_word_is (w, j, "this") && cor_word_is (w, j + 1, "calendar") && cor_word_is (w, j + 2, "year"))
    {
      g_date_clear (&from, 1);
      g_date_clear (&to, 1);
      g_date_set_dmy (&from, 1, 1, g_date_get_year (&scan->ref));
      g_date_set_dmy (&to, 31, 12, g_date_get_year (&scan->ref));
      cor_dates_emit_span (scan, i, j + 2, &from, &to, "year");
      return j + 3;
    }
  if (!cor_word_is (w, j, "year"))
    return 0;
  if (cor_word_is_punct (w, j + 1, '-') && cor_word_is (w, j + 2, "to") &&
      cor_word_is_punct (w, j + 3, '-') && cor_word_is (w, j + 4, "date"))
    j += 4;
  else if (cor_word_is (w, j + 1, "to") && cor_word_is (w, j + 2, "date"))
    j += 2;
  else
    return 0;
  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 1, 1, g_date_get_year (&scan->ref));
  cor_dates_emit_span (scan, i, j, &from, &scan->ref, "year");
  return j + 1;
}

/* "week 23", "in week 10": a week of the calendar by its ISO 8601 number,
 * in the report's year; "week 3 of the trial" counts something else. */
static guint
scan_week_number (CorDateScan *scan,
                  guint        i)
{
  const CorWords *w = scan->words;
  guint n_digits;
  gint64 n = cor_word_int (w, i + 1, &n_digits);
  GDate from, to;

  if (!scan->has_ref || !cor_word_is (w, i, "week") || w->words[i + 1 < w->n_words ? i + 1 : i].type != COR_WORD_DIGITS ||
      n < 1 || n > 53 || cor_word_is (w, i + 2, "of") || cor_word_is_punct (w, i + 2, '-'))
    return 0;
  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 4, 1, g_date_get_year (&scan->ref));
  g_date_subtract_days (&from, g_date_get_weekday (&from) - 1);
  g_date_add_days (&from, 7 * (n - 1));
  to = from;
  g_date_add_days (&to, 6);
  cor_dates_emit_span (scan, i, i + 1, &from, &to, "week");
  return i + 2;
}

guint
cor_dates_scan_days (CorDateScan *scan,
                     guint        i)
{
  guint r;

  if ((r = scan_days (scan, i)) > 0 || (r = scan_overnight (scan, i)) > 0 ||
      (r = scan_year_to_date (scan, i)) > 0 || (r = scan_week_number (scan, i)) > 0)
    return r;
  return 0;
}
