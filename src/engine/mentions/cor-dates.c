/* cor-dates.c
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
#include "cor-dates-periods.h"
#include "cor-dates-private.h"
#include "cor-dates-relative.h"
#include "cor-dates.h"

/* Dates are written as precisely as the text gives them: "2026",
 * "2026-04" or "2026-02-04". A phrase that names a span ("this week",
 * "the first quarter", "late 2025", "the 1990s") gives the most precise of
 * these that holds all of it, and the span itself in date_from and date_to
 * (cor_dates_emit_span()): a week is not its Monday. Without a reference
 * date, relative phrases are not resolved: a guessed date would be worse
 * than none. */

/* Words that may follow a day of the month: "on Tuesday the 11th in
 * Lima". */
COR_WORD_SET (after_day_words,
  "of", "in", "at", "on", "and", "or", "but", "the", "when", "as", "to", "for", "from", "with", "by",
  "after", "before", "this", "next", "last", "that", "which", "while", "until");

/* Whether word @k, after a number, says what the number counts ("Monday,
 * the first day of the strike", "On Monday, 14 people were hurt"): then
 * the number is no day of the month. */
static gboolean
counts_a_thing (const CorWords *w,
                guint           k)
{
  return k < w->n_words && w->words[k].type == COR_WORD_ALPHA
         && !(w->words[k].flags & COR_WORD_FLAG_UPPER_INITIAL) && cor_word_in (w, k, after_day_words) < 0;
}

static char *
put_digits (char  *p,
            guint  value,
            guint  width)
{
  for (guint k = width; k > 0; k--)
    {
      p[k - 1] = '0' + value % 10;
      value /= 10;
    }
  return p + width;
}

/* As "%04d-%02u-%02u" would, for a year of 1 to 9999 (and a day that
 * g_date_valid_dmy() accepted), without parsing a format for each of the
 * many dates a report holds. */
static void
format_date (char             *buf,
             int               year,
             guint             month,
             guint             day,
             CorDatePrecision  precision)
{
  char *p;

  /* a day's month and day are valid (checked before); a month's is not */
  if (precision == COR_DATE_PRECISION_MONTH && month > 99)
    {
      g_snprintf (buf, 16, "%04d-%02u", year, month);
      return;
    }
  p = put_digits (buf, year, 4);

  if (precision != COR_DATE_PRECISION_YEAR)
    {
      *p++ = '-';
      p = put_digits (p, month, 2);
      if (precision != COR_DATE_PRECISION_MONTH)
        {
          *p++ = '-';
          p = put_digits (p, day, 2);
        }
    }
  *p = '\0';
}

CorMention *
cor_dates_emit (CorDateScan     *scan,
                guint            first,
                guint            last,
                int              year,
                guint            month,
                guint            day,
                CorDatePrecision precision)
{
  const CorWords *w = scan->words;
  CorMention *m;
  char buf[16];

  if (year < 1 || year > 9999)
    return NULL;
  if (precision == COR_DATE_PRECISION_DAY && !g_date_valid_dmy (day, month, year))
    return NULL;
  format_date (buf, year, month, day, precision);

  m = cor_mention_new (COR_MENTION_DATE, NULL, w->words[first].start, w->words[last].end);
  m->text = cor_words_dup_span (w, first, last);
  m->date = g_strdup (buf);
  /* "by Friday", "by the end of May": a deadline, on or before that date */
  if (first > 0 && cor_word_is (w, first - 1, "by"))
    m->bound = COR_BOUND_AT_MOST;
  switch (cor_dates_tense (w, first, last))
    {
    case COR_TENSE_PAST:
      m->tense = -1;
      break;
    case COR_TENSE_FUTURE:
      m->tense = 1;
      break;
    case COR_TENSE_NONE:
    default:
      break;
    }
  g_ptr_array_add (scan->out, m);
  return m;
}

CorMention *
cor_dates_emit_gdate (CorDateScan *scan,
                      guint        first,
                      guint        last,
                      const GDate *date)
{
  return cor_dates_emit (scan, first, last, g_date_get_year (date), g_date_get_month (date),
                         g_date_get_day (date), COR_DATE_PRECISION_DAY);
}

static char *
iso_day (const GDate *date)
{
  char buf[16];

  format_date (buf, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
               COR_DATE_PRECISION_DAY);
  return g_strdup (buf);
}

CorMention *
cor_dates_emit_span (CorDateScan *scan,
                     guint        first,
                     guint        last,
                     const GDate *from,
                     const GDate *to,
                     const char  *period)
{
  guint fy = g_date_get_year (from), ty = g_date_get_year (to);
  guint fm = g_date_get_month (from), tm = g_date_get_month (to);
  gboolean whole_month = g_date_get_day (from) == 1 && g_date_is_last_of_month (to);
  CorMention *m;

  if (!g_date_valid (from) || !g_date_valid (to) || g_date_compare (from, to) > 0 ||
      fy < 1 || ty > 9999)
    return NULL;
  if (g_date_compare (from, to) == 0)
    return cor_dates_emit_gdate (scan, first, last, from);
  if (fy == ty && fm == tm)
    m = cor_dates_emit (scan, first, last, fy, fm, 0, COR_DATE_PRECISION_MONTH);
  else if (fy == ty)
    m = cor_dates_emit (scan, first, last, fy, 0, 0, COR_DATE_PRECISION_YEAR);
  else
    {
      /* no ISO date holds it: only the span says when */
      m = cor_dates_emit (scan, first, last, fy, 0, 0, COR_DATE_PRECISION_YEAR);
      if (m != NULL)
        g_clear_pointer (&m->date, g_free);
    }
  if (m == NULL)
    return NULL;
  m->period = period;
  if ((fy == ty && fm == tm && whole_month) ||
      (fy == ty && fm == 1 && tm == 12 && whole_month))
    return m;
  m->date_from = iso_day (from);
  m->date_to = iso_day (to);
  return m;
}

COR_WORD_SET (rough_words,
  "about", "around", "approximately", "roughly", "circa", "nearly", "almost", "shortly", "just", "soon");

void
cor_dates_emit_time (CorDateScan *scan,
                     guint        first,
                     guint        last,
                     gint         minutes)
{
  const CorWords *w = scan->words;
  CorMention *m = cor_mention_new (COR_MENTION_TIME, NULL, w->words[first].start,
                                   w->words[last].end);

  m->text = cor_words_dup_span (w, first, last);
  m->minutes = minutes;
  /* "at about 4.15am", "shortly after 1pm": a time rounded or guessed */
  m->approximate = (first > 0 && cor_word_in (w, first - 1, rough_words) >= 0)
                   || (first > 1 && cor_word_in (w, first - 2, rough_words) >= 0
                       && (cor_word_is (w, first - 1, "after") || cor_word_is (w, first - 1, "before")));
  g_ptr_array_add (scan->out, m);
}

static void
day_of_year (int           year,
             gconstpointer data,
             GDate        *from,
             GDate        *to)
{
  const CorDateParts *parts = data;

  g_date_clear (from, 1);
  if (parts->day == 0)
    {
      g_date_set_dmy (from, 1, parts->month, year);
      *to = *from;
      g_date_set_day (to, g_date_get_days_in_month (parts->month, year));
    }
  else if (g_date_valid_dmy (parts->day, parts->month, year))
    {
      g_date_set_dmy (from, parts->day, parts->month, year);
      *to = *from;
    }
}

/* Year for a month (and day) the text gave without one: the way the
 * tense points, or without a tense the nearest ("by the end of May" in
 * April is this May, not last year's). */
static int
infer_year (CorDateScan  *scan,
            CorDateParts *parts,
            guint         first,
            int           direction)
{
  guint year;

  if (direction == 0)
    {
      CorTense tense = cor_dates_tense (scan->words, first, parts->last);

      if (tense == COR_TENSE_NONE)
        return cor_dates_pick_year (scan, first, parts->last, day_of_year, parts);
      direction = tense == COR_TENSE_FUTURE ? 1 : -1;
    }
  cor_dates_month_relative (&scan->ref, parts->month, direction, &year);
  if (parts->day > 0 && parts->month == g_date_get_month (&scan->ref))
    {
      guint ref_day = g_date_get_day (&scan->ref);

      if (direction < 0 && parts->day > ref_day)
        year--;
      else if (direction > 0 && parts->day < ref_day)
        year++;
    }
  /* 29 February: the nearest leap year that way */
  for (guint k = 0; k < 8 && parts->day > 0 && !g_date_valid_dmy (parts->day, parts->month, year); k++)
    year += direction < 0 ? -1 : 1;
  return year;
}

gboolean
cor_dates_emit_parts (CorDateScan  *scan,
                      guint         first,
                      CorDateParts *parts,
                      int           direction)
{
  int year = parts->year;

  if (parts->month == 0)
    return FALSE;
  if (year < 0)
    {
      if (!scan->has_ref || cor_dates_is_habitual (scan->words, first, parts->last))
        return FALSE;
      year = infer_year (scan, parts, first, direction);
    }
  if (parts->day > 0)
    {
      if (!g_date_valid_dmy (parts->day, parts->month, year))
        return FALSE;
      cor_dates_emit (scan, first, parts->last, year, parts->month, parts->day, COR_DATE_PRECISION_DAY);
    }
  else
    cor_dates_emit (scan, first, parts->last, year, parts->month, 0, COR_DATE_PRECISION_MONTH);
  return TRUE;
}

/* "Tuesday the 11th", "Mon 13th": the nearest month, either way, whose
 * day of that number falls on that weekday; the tense breaks a tie. */
static gboolean
emit_weekday_day (CorDateScan *scan,
                  guint        first,
                  guint        last,
                  guint        weekday,
                  guint        day)
{
  GDate best, d;
  gboolean found = FALSE;
  gboolean future;

  if (!scan->has_ref)
    return FALSE;
  future = cor_dates_tense (scan->words, first, last) == COR_TENSE_FUTURE;
  g_date_clear (&best, 1);
  for (int k = -14; k <= 14; k++)
    {
      int months = g_date_get_year (&scan->ref) * 12 + g_date_get_month (&scan->ref) - 1 + k;
      int year = months / 12, month = months % 12 + 1;
      gint gap, best_gap;

      if (!g_date_valid_dmy (day, month, year))
        continue;
      g_date_clear (&d, 1);
      g_date_set_dmy (&d, day, month, year);
      if (g_date_get_weekday (&d) != weekday)
        continue;
      gap = ABS (g_date_days_between (&scan->ref, &d));
      best_gap = found ? ABS (g_date_days_between (&scan->ref, &best)) : G_MAXINT;
      if (gap < best_gap || (gap == best_gap && future))
        {
          best = d;
          found = TRUE;
        }
    }
  if (found)
    cor_dates_emit_gdate (scan, first, last, &best);
  return found;
}

/* "Tuesday of next week", "next week Wednesday", "this week Monday" */
static guint
week_offset_at (const CorWords *w,
                guint           i,
                int            *weeks)
{
  /* "of the following week" */
  if (cor_word_is (w, i, "the") && !cor_word_is (w, i + 1, "week"))
    i++;
  if (cor_word_is (w, i + 1, "week") || cor_word_is (w, i + 1, "week's"))
    {
      if (cor_word_is (w, i, "next") || cor_word_is (w, i, "following") ||
          cor_word_is (w, i, "coming"))
        *weeks = 1;
      else if (cor_word_is (w, i, "last") || cor_word_is (w, i, "previous") ||
               cor_word_is (w, i, "past"))
        *weeks = -1;
      else if (cor_word_is (w, i, "this") || cor_word_is (w, i, "current"))
        *weeks = 0;
      else
        return 0;
      return i + 2;
    }
  return 0;
}

void
cor_dates_emit_week_day (CorDateScan *scan,
                         guint        first,
                         guint        last,
                         guint        weekday,
                         int          weeks)
{
  GDate d = scan->ref;

  g_date_subtract_days (&d, g_date_get_weekday (&d) - 1);
  if (weeks < 0)
    g_date_subtract_days (&d, 7 * -weeks);
  else
    g_date_add_days (&d, 7 * weeks);
  g_date_add_days (&d, weekday - 1);
  cor_dates_emit_gdate (scan, first, last, &d);
}

/* A range gives its year once: "Nov 18-Dec 19, 2015", "from May to
 * October 2020", "9 to 12 of June". The first end borrows it. */
static void
borrow_from_range_end (CorDateScan  *scan,
                       CorDateParts *parts)
{
  const CorWords *w = scan->words;
  guint j = parts->last + 1;
  CorDateParts end = { -1, 0, 0, 0 };

  if (cor_word_is_punct (w, j, '-') || cor_word_is_punct (w, j, 0x2013) ||
      cor_word_is (w, j, "to") || cor_word_is (w, j, "through") || cor_word_is (w, j, "until") ||
      cor_word_is (w, j, "and") || cor_word_is (w, j, "till"))
    j++;
  else
    return;
  if (!cor_dates_parse_month_first (w, j, &end) && !cor_dates_parse_day_first (w, j, &end) &&
      !cor_dates_parse_numeric (scan, j, TRUE, &end))
    return;
  if (parts->month == 0 && end.month > 0 && parts->day > 0)
    parts->month = end.month;
  if (end.year > 0 && parts->month > 0)
    parts->year = (parts->month > end.month ||
                   (parts->month == end.month && parts->day > end.day && end.day > 0))
                  ? end.year - 1 : end.year;
}

/* "April last year", "May of next year": a month given its year by the
 * report's own. */
static void
relative_year_after (CorDateScan  *scan,
                     CorDateParts *parts)
{
  const CorWords *w = scan->words;
  guint j = parts->last + 1;
  int shift;

  if (!scan->has_ref || parts->year > 0 || parts->month == 0)
    return;
  if (cor_word_is (w, j, "of"))
    j++;
  if (cor_word_is (w, j, "last"))
    shift = -1;
  else if (cor_word_is (w, j, "this"))
    shift = 0;
  else if (cor_word_is (w, j, "next"))
    shift = 1;
  else
    return;
  if (!cor_word_is (w, j + 1, "year"))
    return;
  parts->year = g_date_get_year (&scan->ref) + shift;
  parts->last = j + 1;
}

/* Whether token @j joins two ends of a range: "-", "to", "through", and
 * "and" after "between". */
static gboolean
range_joins (const CorWords *w,
             guint           first,
             guint           j)
{
  return cor_word_is_punct (w, j, '-') || cor_word_is_punct (w, j, 0x2013) ||
         cor_word_is (w, j, "to") || cor_word_is (w, j, "through") || cor_word_is (w, j, "until") ||
         cor_word_is (w, j, "till") ||
         (cor_word_is (w, j, "and") && first > 0 && cor_word_is (w, first - 1, "between"));
}

static void
parts_to_gdate (const CorDateParts *parts,
                gboolean            last_day,
                GDate              *date)
{
  guint day = parts->day;

  g_date_clear (date, 1);
  if (day == 0)
    day = last_day ? g_date_get_days_in_month (parts->month, parts->year) : 1;
  if (g_date_valid_dmy (day, parts->month, parts->year))
    g_date_set_dmy (date, day, parts->month, parts->year);
}

/* "Jan-Feb 2017", "June-August 1992", "10/1-11/2/2017", "May 9-12", "9 to
 * 12 of June", "from May to October 2020": one span from the first day of
 * one end to the last of the other. */
static gboolean
emit_range (CorDateScan  *scan,
            guint         first,
            CorDateParts *start)
{
  const CorWords *w = scan->words;
  guint j = start->last + 1, next;
  CorDateParts end = { -1, 0, 0, 0 };
  GDate from, to;

  if (!range_joins (w, first, j))
    return FALSE;
  j++;
  if (!cor_dates_parse_month_first (w, j, &end) && !cor_dates_parse_day_first (w, j, &end) &&
      !cor_dates_parse_numeric (scan, j, TRUE, &end))
    {
      /* "May 9-12": the end is a day of the same month */
      if (start->day == 0 || w->words[j].type != COR_WORD_DIGITS ||
          (end.day = cor_dates_day_at (w, j, &next)) == 0 || end.day <= start->day ||
          cor_dates_month_at (w, next, &next) > 0)
        return FALSE;
      end.month = start->month;
      end.last = j;
    }
  if (end.month == 0 || start->month == 0)
    return FALSE;
  if (end.year < 0 && start->year > 0)
    end.year = start->month > end.month ? start->year + 1 : start->year;
  if (start->year < 0 && end.year > 0)
    start->year = start->month > end.month ? end.year - 1 : end.year;
  if (start->year < 0)
    {
      if (!scan->has_ref || cor_dates_is_habitual (w, first, end.last))
        return FALSE;
      start->year = infer_year (scan, start, first, 0);
      end.year = start->month > end.month ? start->year + 1 : start->year;
    }
  parts_to_gdate (start, FALSE, &from);
  parts_to_gdate (&end, TRUE, &to);
  /* across a new year no ISO date holds it: its ends are written instead */
  if (!g_date_valid (&from) || !g_date_valid (&to) || g_date_compare (&from, &to) >= 0 ||
      g_date_get_year (&from) != g_date_get_year (&to))
    return FALSE;
  cor_dates_emit_span (scan, first, end.last, &from, &to,
                       start->day > 0 || end.day > 0 ? "days" : "months");
  start->last = end.last;
  return TRUE;
}

COR_WORD_SET (month_cues,
  "in", "since", "by", "until", "till", "before", "after", "from", "of", "to", "between",
  "and", "or", "during", "through", "early", "mid", "late", "end", "beginning", "start",
  "throughout", "last", "next", "this", "on", "for");

gboolean
cor_dates_parse_day (const char *text,
                     GDate      *date)
{
  guint y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* A month named alone is a date only when the text frames it as one:
 * "in April", "since December", "last March"; "April Smith" is not. */
static gboolean
month_alone_is_date (const CorWords *w,
                     guint           first,
                     guint           last)
{
  gboolean cue = first > 0 && cor_word_in (w, first - 1, month_cues) >= 0;
  gboolean full = last == first && w->words[first].end - w->words[first].start > 3;

  /* "in the April": the article after a cue */
  if (!cue && first > 1 && cor_word_is (w, first - 1, "the"))
    cue = cor_word_in (w, first - 2, month_cues) >= 0;

  if (cue)
    return TRUE;
  if (cor_word_is (w, first, "may") || cor_word_is (w, first, "march") ||
      cor_word_is (w, first, "june") || cor_word_is (w, first, "april") ||
      cor_word_is (w, first, "august"))
    return FALSE;  /* also names and verbs */
  if (last + 1 < w->n_words && (w->words[last + 1].flags & COR_WORD_FLAG_UPPER_INITIAL) &&
      !(w->words[last + 1].flags & COR_WORD_FLAG_SENTENCE_START))
    return FALSE;
  return full && (w->words[first].flags & COR_WORD_FLAG_UPPER_INITIAL);
}

static guint
scan_at (CorDateScan *scan,
         guint        i)
{
  const CorWords *w = scan->words;
  CorDateParts parts = { -1, 0, 0, i };
  guint first = i, next;
  guint weekday;
  gboolean cue;
  int direction = 0;

  /* "Tuesday, March 7" takes the date; "Wednesday" alone is relative. */
  weekday = cor_dates_weekday_at (w, i, TRUE, &next);
  if (weekday > 0)
    {
      guint j = next;

      if (cor_word_is_punct (w, j, ','))
        j++;
      if (cor_dates_parse_month_first (w, j, &parts) || cor_dates_parse_day_first (w, j, &parts) ||
          cor_dates_parse_numeric (scan, j, TRUE, &parts))
        {
          if (cor_dates_emit_parts (scan, first, &parts, direction))
            return parts.last + 1;
        }
      parts = (CorDateParts) { -1, 0, 0, i };
      if (cor_word_is (w, j, "the"))
        j++;
      {
        guint after_day, day_end = j + 1;

        /* "On Saturday, 29-year-old Ilse Varga": a number joined to the
         * next word by a hyphen is no day of the month. */
        if (cor_dates_day_at (w, j, &day_end) > 0 && cor_dates_month_at (w, day_end, &after_day) == 0 &&
            !(cor_word_is_punct (w, j + 1, '-') && w->words[j + 1].start == w->words[j].end) &&
            !counts_a_thing (w, day_end) &&
            emit_weekday_day (scan, first, j, weekday, cor_dates_day_at (w, j, &after_day)))
          return j + 1;
      }
      if (cor_word_is (w, next, "of") && scan->has_ref)
        {
          int weeks;
          guint end = week_offset_at (w, next + 1, &weeks);

          if (end > 0)
            {
              cor_dates_emit_week_day (scan, first, end - 1, weekday, weeks);
              return end;
            }
        }
    }
  else if (scan->has_ref)
    {
      int weeks;
      guint end = week_offset_at (w, i, &weeks);

      if (end > 0 && cor_word_is_punct (w, end, '-'))
        end++;
      if (end > 0 && cor_word_is (w, end, "on"))
        end++;
      if (end > 0 && (weekday = cor_dates_weekday_at (w, end, TRUE, &next)) > 0)
        {
          cor_dates_emit_week_day (scan, first, next - 1, weekday, weeks);
          return next;
        }
    }

  if (cor_word_is (w, i, "this"))
    direction = 1;
  else if (cor_word_is (w, i, "last") || cor_word_is (w, i, "previous"))
    direction = -2;
  else if (cor_word_is (w, i, "next") || cor_word_is (w, i, "coming"))
    direction = 2;
  if (direction != 0 && cor_dates_month_at (w, i + 1, &next) > 0 &&
      (w->words[i + 1].flags & COR_WORD_FLAG_UPPER_INITIAL))
    {
      parts.month = cor_dates_month_at (w, i + 1, &next);
      parts.last = next - 1;
      if (direction == 1)
        {
          parts.year = g_date_valid (&scan->ref) ? (int)g_date_get_year (&scan->ref) : -1;
          direction = 0;
        }
      if (cor_dates_emit_parts (scan, first, &parts, direction))
        return parts.last + 1;
      parts = (CorDateParts) { -1, 0, 0, i };
      direction = 0;
    }
  direction = 0;

  cue = i > 0 && (cor_word_is (w, i - 1, "on") || cor_word_is (w, i - 1, "from") ||
                  cor_word_is (w, i - 1, "to") || cor_word_is (w, i - 1, "between") ||
                  cor_word_is (w, i - 1, "until") || cor_word_is (w, i - 1, "by") ||
                  cor_word_is (w, i - 1, "since") || cor_word_is (w, i - 1, "dated"));
  /* a list of dates: "on 11/20, 11/22 or 11/25" */
  if (!cue && i > 1 && scan->out->len > 0 &&
      (cor_word_is_punct (w, i - 1, ',') || cor_word_is (w, i - 1, "or") ||
       cor_word_is (w, i - 1, "and")))
    {
      const CorMention *prev = g_ptr_array_index (scan->out, scan->out->len - 1);

      cue = prev->kind == COR_MENTION_DATE && prev->end == w->words[i - 2].end;
    }
  if (cor_dates_parse_month_first (w, i, &parts) || cor_dates_parse_day_first (w, i, &parts) ||
      cor_dates_parse_numeric (scan, i, cue, &parts))
    {
      if (parts.month == 0 && parts.year > 0)
        return i + 1;
      relative_year_after (scan, &parts);
      /* a range of months is a date however it is framed: "Jan-Feb 2017" */
      if (parts.day == 0 && parts.year < 0 && range_joins (w, first, parts.last + 1))
        {
          borrow_from_range_end (scan, &parts);
          if (parts.year > 0 && emit_range (scan, first, &parts))
            return parts.last + 1;
        }
      if (parts.day == 0 && parts.year < 0 && !month_alone_is_date (w, i, parts.last))
        return parts.last + 1;
      if (parts.year < 0)
        borrow_from_range_end (scan, &parts);
      if (parts.day > 0 && cor_word_is (w, first, "the"))
        first++;
      if (emit_range (scan, first, &parts))
        return parts.last + 1;
      if (cor_dates_emit_parts (scan, first, &parts, direction))
        return parts.last + 1;
      return parts.last + 1;
    }

  /* "on the 18th", "9 to 12 of June" */
  {
    guint j = cor_word_is (w, i, "the") ? i + 1 : i;
    guint day = cor_dates_day_at (w, j, &next);

    if (day > 0 && scan->has_ref && w->words[j].type == COR_WORD_DIGITS &&
        ((i > 0 && (cor_word_is (w, i - 1, "on") || cor_word_is (w, i - 1, "between") ||
                    cor_word_is (w, i - 1, "from"))) ||
         (w->words[j].flags & COR_WORD_FLAG_ORDINAL) ||
         /* "9 to 12 of June" */
         (range_joins (w, j, next) && cor_dates_parse_day_first (w, next + 1, &(CorDateParts) { -1, 0, 0, 0 }))))
      {
        parts.day = day;
        parts.last = j;
        first = j;
        borrow_from_range_end (scan, &parts);
        if (parts.month > 0 && emit_range (scan, first, &parts))
          return parts.last + 1;
        if (parts.month == 0 && (w->words[j].flags & COR_WORD_FLAG_ORDINAL) &&
            i > 0 && cor_word_is (w, i - 1, "on"))
          {
            parts.month = g_date_get_month (&scan->ref);
            parts.year = g_date_get_year (&scan->ref);
            if (day > g_date_get_day (&scan->ref))
              parts.month == 1 ? (parts.month = 12, parts.year--) : parts.month--;
          }
        if (parts.month > 0 && cor_dates_emit_parts (scan, first, &parts, 0))
          return parts.last + 1;
        parts = (CorDateParts) { -1, 0, 0, i };
      }
  }

  return cor_dates_scan_relative (scan, i);
}

void
cor_dates_extract (const CorMentionContext *context,
                   GPtrArray               *out)
{
  CorDateScan scan = { context->words, out, };
  const CorWords *w = context->words;
  guint i = 0;

  scan.has_ref = cor_dates_parse_day (context->published, &scan.ref);

  while (i < w->n_words)
    {
      if (w->words[i].type == COR_WORD_PUNCT || !cor_dates_may_start (w, i))
        i++;
      else
        {
          guint next = scan_at (&scan, i);

          i = MAX (next, i + 1);
        }
    }
}
