/* cor-dates-absolute.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-dates"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cor-dates-absolute.h"
#include "cor-dates-lexicon.h"

/* Dates the text writes out: month and day names, numbers and their
 * separators. Each parser fills CorDateParts and says whether it read a date. */

/* Adjacent tokens, with no space between: "2026-02-04", "Dec-2018". */
gboolean
cor_dates_touching (const CorWords *w,
                    guint           a,
                    guint           b)
{
  return b < w->n_words && w->words[a].end == w->words[b].start;
}

static gboolean
is_sep (const CorWords *w,
        guint           i)
{
  return cor_word_is_punct (w, i, '-') || cor_word_is_punct (w, i, '/') ||
         cor_word_is_punct (w, i, '.');
}

/* A four-digit year, 1000..2999. */
int
cor_dates_year_at (const CorWords *w,
                   guint           i)
{
  guint n_digits;
  gint64 v;

  if (i >= w->n_words || (w->words[i].flags & COR_WORD_FLAG_ORDINAL))
    return -1;
  if (w->words[i].end - w->words[i].start != 4)
    return -1;
  v = cor_word_int (w, i, &n_digits);
  return (n_digits == 4 && v >= 1000 && v <= 2999) ? (int)v : -1;
}

static int
expand_two_digit_year (const CorDateScan *scan,
                       int                yy)
{
  int ref_year = scan->has_ref ? g_date_get_year (&scan->ref) : 2026;

  return 2000 + yy > ref_year + 10 ? 1900 + yy : 2000 + yy;
}

/* Optional trailing year after a month and day: ", 2026", " 2026",
 * " of 2026", "/2026", "-2026". */
static void
trailing_year (const CorWords *w,
               CorDateParts   *parts)
{
  guint j = parts->last + 1;
  int y;

  if (cor_word_is_punct (w, j, ',') || cor_word_is (w, j, "of") ||
      ((cor_word_is_punct (w, j, '/') || cor_word_is_punct (w, j, '-')) && cor_dates_touching (w, j - 1, j)))
    j++;
  if (cor_word_is (w, j, "in") && cor_dates_year_at (w, j + 1) > 0)
    j++;
  y = cor_dates_year_at (w, j);
  if (y > 0 && !cor_dates_touching (w, j, j + 1))
    {
      parts->year = y;
      parts->last = j;
    }
  else if (y > 0 && !cor_word_is_punct (w, j + 1, '-'))
    {
      parts->year = y;
      parts->last = j;
    }
}

/* "February 4", "Feb. 4, 2026", "July 1st", "December 2025", "Dec-2018",
 * "June of 1992", "oct/2", "sep-23-2020". */
gboolean
cor_dates_parse_month_first (const CorWords *w,
                             guint           i,
                             CorDateParts   *parts)
{
  guint next, j, dnext;
  guint month = cor_dates_month_at (w, i, &next);
  guint day;
  int y;

  if (month == 0)
    return FALSE;
  parts->month = month;
  parts->last = next - 1;
  j = next;
  if (cor_word_is_punct (w, j, '/') || cor_word_is_punct (w, j, '-'))
    j++;
  else if (cor_word_is_punct (w, j, ',') &&
           (cor_dates_year_at (w, j + 1) > 0 || (j + 1 < w->n_words &&
                                        (w->words[j + 1].flags & COR_WORD_FLAG_ORDINAL))))
    j++;
  else if (cor_word_is (w, j, "the") && cor_dates_day_at (w, j + 1, &dnext) > 0)
    j++;
  else if (cor_word_is (w, j, "of") && cor_dates_year_at (w, j + 1) > 0)
    j++;

  y = cor_dates_year_at (w, j);
  if (y > 0)
    {
      parts->year = y;
      parts->last = j;
      /* "September-2020-23" */
      if (cor_word_is_punct (w, j + 1, '-') && cor_dates_touching (w, j, j + 1) &&
          (day = cor_dates_day_at (w, j + 2, &dnext)) > 0)
        {
          parts->day = day;
          parts->last = dnext - 1;
        }
      return TRUE;
    }
  day = cor_dates_day_at (w, j, &dnext);
  if (day > 0 && !cor_word_is_punct (w, dnext, ':') && !cor_word_is_punct (w, dnext, '%'))
    {
      guint nd;

      /* not "March 5 million" nor "in May 2 people" */
      if (w->words[j].type == COR_WORD_DIGITS && cor_word_is_punct (w, dnext, '.') &&
          cor_dates_touching (w, j, dnext) && cor_word_int (w, dnext + 1, &nd) >= 0)
        return TRUE;
      parts->day = day;
      parts->last = dnext - 1;
      trailing_year (w, parts);
      return TRUE;
    }
  return TRUE;
}

/* "4 February 2026", "the 9th of May", "second of Aug", "05-aug-2016",
 * "23/sep/2020". */
gboolean
cor_dates_parse_day_first (const CorWords *w,
                           guint           i,
                           CorDateParts   *parts)
{
  guint j, next, mnext;
  guint day;
  guint month;

  if (cor_word_is (w, i, "the"))
    i++;
  /* "$12 December 27": the 12 is money */
  if (i > 0 && w->words[i - 1].type == COR_WORD_PUNCT && g_unichar_type (w->words[i - 1].ch) ==
      G_UNICODE_CURRENCY_SYMBOL)
    return FALSE;
  day = cor_dates_day_at (w, i, &next);
  if (day == 0)
    return FALSE;
  j = next;
  if (cor_word_is (w, j, "of"))
    j++;
  else if ((cor_word_is_punct (w, j, '-') || cor_word_is_punct (w, j, '/')) && cor_dates_touching (w, j - 1, j))
    j++;
  month = cor_dates_month_at (w, j, &mnext);
  if (month == 0)
    return FALSE;
  if (cor_dates_day_at (w, mnext, &next) > 0 && w->words[mnext].type == COR_WORD_DIGITS)
    return FALSE;  /* "12 December 27": the day follows the month */
  parts->day = day;
  parts->month = month;
  parts->last = mnext - 1;
  trailing_year (w, parts);
  /* "15 April of 87" */
  if (parts->year < 0 && cor_word_is (w, parts->last + 1, "of") &&
      w->words[parts->last + 2 < w->n_words ? parts->last + 2 : parts->last].type == COR_WORD_DIGITS &&
      cor_word_length (w, parts->last + 2) == 2)
    {
      parts->year = 1900 + cor_word_int (w, parts->last + 2, NULL);
      parts->last += 2;
    }
  return TRUE;
}

/* Numeric forms: 2026-02-04, 2019/aug/01, 2015-12, 2017 April, 02/04/2026,
 * 12-2015, 20161016. */
gboolean
cor_dates_parse_numeric (const CorDateScan *scan,
                         guint              i,
                         gboolean           after_cue,
                         CorDateParts      *parts)
{
  const CorWords *w = scan->words;
  guint n1 = 0, n2 = 0, n3 = 0, mnext;
  gint64 a, b = 0, c;
  int y = cor_dates_year_at (w, i);
  guint month;

  /* A range's end may be past the last word ("from 2019 to"). */
  if (i >= w->n_words ||
      w->words[i].type != COR_WORD_DIGITS || (w->words[i].flags & COR_WORD_FLAG_ORDINAL))
    return FALSE;
  /* "from 5.25%": a percentage, not the 25th of May. A date's own words
   * are few: the search stays short in text with no spaces. */
  for (guint j = i; j < i + 6 && j + 1 < w->n_words && cor_dates_touching (w, j, j + 1); j++)
    if (cor_word_is_punct (w, j + 1, '%'))
      return FALSE;
  a = cor_word_int (w, i, &n1);

  /* 20161016 */
  if (a >= 0 && n1 == 8 && w->words[i].end - w->words[i].start == 8 && a / 10000 >= 1900 &&
      a / 10000 <= 2100)
    {
      parts->year = a / 10000;
      parts->month = (a / 100) % 100;
      parts->day = a % 100;
      parts->last = i;
      return parts->month >= 1 && parts->month <= 12 && parts->day >= 1;
    }

  if (y > 0)
    {
      guint j = i + 1;

      if (is_sep (w, j) && cor_dates_touching (w, i, j))
        j++;
      else if (!cor_dates_touching (w, i, j) && cor_dates_month_at (w, j, &mnext) > 0 &&
               (!cor_dates_touching (w, mnext - 1, mnext) || cor_word_is_punct (w, mnext, '.') ||
                cor_word_is_punct (w, mnext, ',')) && y != 0)
        {
          /* "2017 April" */
          parts->year = y;
          parts->month = cor_dates_month_at (w, j, &mnext);
          parts->last = mnext - 1;
          return TRUE;
        }
      else
        return FALSE;
      if (!cor_dates_touching (w, j - 1, j))
        return FALSE;
      month = cor_dates_month_at (w, j, &mnext);
      if (month == 0)
        {
          b = cor_word_int (w, j, &n2);
          if (b < 1 || b > 12 || n2 > 2)
            return FALSE;
          month = b;
          mnext = j + 1;
        }
      parts->year = y;
      parts->month = month;
      parts->last = mnext - 1;
      if (is_sep (w, mnext) && cor_dates_touching (w, mnext - 1, mnext) && cor_dates_touching (w, mnext, mnext + 1))
        {
          c = cor_word_int (w, mnext + 1, &n3);
          if (c >= 1 && c <= 31 && n3 <= 2)
            {
              parts->day = c;
              parts->last = mnext + 1;
            }
          else if (cor_dates_month_at (w, mnext + 1, &n3) > 0 && b <= 31)
            {
              /* "2020/23/sep" */
              parts->day = month;
              parts->month = cor_dates_month_at (w, mnext + 1, &n3);
              parts->last = n3 - 1;
            }
        }
      return TRUE;
    }

  /* 02/04/2026, 10-1-2018, 12-2015, 11/20, 5.12 */
  if (a < 1 || n1 > 2 || !is_sep (w, i + 1) || !cor_dates_touching (w, i, i + 1) || !cor_dates_touching (w, i + 1, i + 2))
    {
      /* "7.6" and "5.12" are one token: month.day, only after a cue */
      if (after_cue && a < 0)
        {
          const char *t = w->text + w->words[i].start;
          guint m = 0, d = 0;
          int len = 0;

          if (sscanf (t, "%2u.%2u%n", &m, &d, &len) == 2 &&
              (guint)len == w->words[i].end - w->words[i].start && m >= 1 && m <= 12 &&
              d >= 1 && d <= 31)
            {
              parts->month = m;
              parts->day = d;
              parts->last = i;
              return TRUE;
            }
        }
      return FALSE;
    }
  y = cor_dates_year_at (w, i + 2);
  if (y > 0 && a <= 12 && !is_sep (w, i + 3))
    {
      parts->year = y;
      parts->month = a;
      parts->last = i + 2;
      return TRUE;
    }
  b = cor_word_int (w, i + 2, &n2);
  if (b < 1 || n2 > 2)
    return FALSE;
  parts->last = i + 2;
  /* US order, unless the first number cannot be a month */
  if (a > 12 && b <= 12)
    {
      parts->day = a;
      parts->month = b;
    }
  else
    {
      parts->month = a;
      parts->day = b;
    }
  if (parts->month > 12 || parts->day > 31)
    return FALSE;
  if (is_sep (w, i + 3) && cor_dates_touching (w, i + 2, i + 3) && cor_dates_touching (w, i + 3, i + 4) &&
      w->text[w->words[i + 3].start] == w->text[w->words[i + 1].start])
    {
      c = cor_word_int (w, i + 4, &n3);
      if (n3 == 4 && c >= 1000)
        parts->year = c;
      else if (n3 == 2 && c >= 0)
        parts->year = expand_two_digit_year (scan, c);
      else
        return FALSE;
      parts->last = i + 4;
      return TRUE;
    }
  /* A bare 3/4 may be a fraction: only dates after a cue ("on 11/20") */
  return after_cue && w->text[w->words[i + 1].start] != '.';
}
