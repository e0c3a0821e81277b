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

#include "cor-dates-private.h"

/* Dates are written as precisely as the text gives them: "2026",
 * "2026-04" or "2026-02-04". A phrase that names a week ("this week",
 * "last week") gives the Monday that starts it, as a day: the contract has
 * no week precision, and the Monday is what ISO 8601 calls the week's start.
 * Quarters, seasons and decades are not written as dates (no format holds
 * them). Without a reference date, relative phrases are not resolved: a
 * guessed date would be worse than none. */

typedef enum
{
  PRECISION_YEAR,
  PRECISION_MONTH,
  PRECISION_DAY,
} Precision;

typedef struct
{
  const CorWords *words;
  GPtrArray      *out;
  GDate           ref;
  gboolean        has_ref;
} Scan;

typedef struct
{
  int       year;     /* -1 when the text gives none */
  guint     month;    /* 0 when none */
  guint     day;      /* 0 when none */
  guint     last;     /* the last token of the phrase */
} Parts;

static void
emit (Scan      *scan,
      guint      first,
      guint      last,
      int        year,
      guint      month,
      guint      day,
      Precision  precision)
{
  const CorWords *w = scan->words;
  CorMention *m;
  char buf[16];

  if (year < 1 || year > 9999)
    return;
  if (precision == PRECISION_DAY && !g_date_valid_dmy (day, month, year))
    return;
  if (precision == PRECISION_YEAR)
    g_snprintf (buf, sizeof buf, "%04d", year);
  else if (precision == PRECISION_MONTH)
    g_snprintf (buf, sizeof buf, "%04d-%02u", year, month);
  else
    g_snprintf (buf, sizeof buf, "%04d-%02u-%02u", year, month, day);

  m = cor_mention_new (COR_MENTION_DATE, NULL, w->words[first].start, w->words[last].end);
  m->text = cor_words_dup_span (w, first, last);
  m->date = g_strdup (buf);
  g_ptr_array_add (scan->out, m);
}

static void
emit_gdate (Scan        *scan,
            guint        first,
            guint        last,
            const GDate *date)
{
  emit (scan, first, last, g_date_get_year (date), g_date_get_month (date),
        g_date_get_day (date), PRECISION_DAY);
}

static void
emit_time (Scan  *scan,
           guint  first,
           guint  last)
{
  const CorWords *w = scan->words;
  CorMention *m = cor_mention_new (COR_MENTION_TIME, NULL, w->words[first].start,
                                   w->words[last].end);

  m->text = cor_words_dup_span (w, first, last);
  g_ptr_array_add (scan->out, m);
}

/* Adjacent tokens, with no space between: "2026-02-04", "Dec-2018". */
static gboolean
touching (const CorWords *w,
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
static int
year_at (const CorWords *w,
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
expand_two_digit_year (const Scan *scan,
                       int         yy)
{
  int ref_year = scan->has_ref ? g_date_get_year (&scan->ref) : 2026;

  return 2000 + yy > ref_year + 10 ? 1900 + yy : 2000 + yy;
}

/* Optional trailing year after a month and day: ", 2026", " 2026",
 * " of 2026", "/2026", "-2026". */
static void
trailing_year (const CorWords *w,
               Parts          *parts)
{
  guint j = parts->last + 1;
  int y;

  if (cor_word_is_punct (w, j, ',') || cor_word_is (w, j, "of") ||
      ((cor_word_is_punct (w, j, '/') || cor_word_is_punct (w, j, '-')) && touching (w, j - 1, j)))
    j++;
  if (cor_word_is (w, j, "in") && year_at (w, j + 1) > 0)
    j++;
  y = year_at (w, j);
  if (y > 0 && !touching (w, j, j + 1))
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
static gboolean
parse_month_first (const CorWords *w,
                   guint           i,
                   Parts          *parts)
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
           (year_at (w, j + 1) > 0 || (j + 1 < w->n_words &&
                                        (w->words[j + 1].flags & COR_WORD_FLAG_ORDINAL))))
    j++;
  else if (cor_word_is (w, j, "the") && cor_dates_day_at (w, j + 1, &dnext) > 0)
    j++;
  else if (cor_word_is (w, j, "of") && year_at (w, j + 1) > 0)
    j++;

  y = year_at (w, j);
  if (y > 0)
    {
      parts->year = y;
      parts->last = j;
      /* "September-2020-23" */
      if (cor_word_is_punct (w, j + 1, '-') && touching (w, j, j + 1) &&
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
          touching (w, j, dnext) && cor_word_int (w, dnext + 1, &nd) >= 0)
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
static gboolean
parse_day_first (const CorWords *w,
                 guint           i,
                 Parts          *parts)
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
  else if ((cor_word_is_punct (w, j, '-') || cor_word_is_punct (w, j, '/')) && touching (w, j - 1, j))
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
static gboolean
parse_numeric (const Scan *scan,
               guint       i,
               gboolean    after_cue,
               Parts      *parts)
{
  const CorWords *w = scan->words;
  guint n1 = 0, n2 = 0, n3 = 0, mnext;
  gint64 a, b = 0, c;
  int y = year_at (w, i);
  guint month;

  if (w->words[i].type != COR_WORD_DIGITS || (w->words[i].flags & COR_WORD_FLAG_ORDINAL))
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

      if (is_sep (w, j) && touching (w, i, j))
        j++;
      else if (!touching (w, i, j) && cor_dates_month_at (w, j, &mnext) > 0 &&
               !touching (w, j, j + 1) && y != 0)
        {
          /* "2017 April" */
          parts->year = y;
          parts->month = cor_dates_month_at (w, j, &mnext);
          parts->last = mnext - 1;
          return TRUE;
        }
      else
        return FALSE;
      if (!touching (w, j - 1, j))
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
      if (is_sep (w, mnext) && touching (w, mnext - 1, mnext) && touching (w, mnext, mnext + 1))
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
  if (a < 1 || n1 > 2 || !is_sep (w, i + 1) || !touching (w, i, i + 1) || !touching (w, i + 1, i + 2))
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
  y = year_at (w, i + 2);
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
  if (is_sep (w, i + 3) && touching (w, i + 2, i + 3) && touching (w, i + 3, i + 4) &&
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

/* Year for a month (and day) the text gave without one, from the tense. */
static int
infer_year (Scan  *scan,
            Parts *parts,
            guint  first,
            int    direction)
{
  guint year;

  if (direction == 0)
    direction = cor_dates_tense (scan->words, first, parts->last) == COR_TENSE_FUTURE ? 1 : -1;
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

static gboolean
emit_parts (Scan  *scan,
            guint  first,
            Parts *parts,
            int    direction)
{
  int year = parts->year;

  if (parts->month == 0)
    return FALSE;
  if (year < 0)
    {
      if (!scan->has_ref)
        return FALSE;
      year = infer_year (scan, parts, first, direction);
    }
  if (parts->day > 0)
    {
      if (!g_date_valid_dmy (parts->day, parts->month, year))
        return FALSE;
      emit (scan, first, parts->last, year, parts->month, parts->day, PRECISION_DAY);
    }
  else
    emit (scan, first, parts->last, year, parts->month, 0, PRECISION_MONTH);
  return TRUE;
}


/* "Tuesday the 11th", "Mon 13th": the nearest such day that falls on that
 * weekday, looking the way the clause's tense points. */
static gboolean
emit_weekday_day (Scan  *scan,
                  guint  first,
                  guint  last,
                  guint  weekday,
                  guint  day)
{
  int direction;
  guint year, month;

  if (!scan->has_ref)
    return FALSE;
  direction = cor_dates_tense (scan->words, first, last) == COR_TENSE_FUTURE ? 1 : -1;
  year = g_date_get_year (&scan->ref);
  month = g_date_get_month (&scan->ref);
  if (direction < 0 && day > g_date_get_day (&scan->ref))
    month == 1 ? (month = 12, year--) : month--;
  else if (direction > 0 && day < g_date_get_day (&scan->ref))
    month == 12 ? (month = 1, year++) : month++;
  for (guint k = 0; k < 28; k++)
    {
      if (g_date_valid_dmy (day, month, year))
        {
          GDate d;

          g_date_clear (&d, 1);
          g_date_set_dmy (&d, day, month, year);
          if (g_date_get_weekday (&d) == weekday)
            {
              emit_gdate (scan, first, last, &d);
              return TRUE;
            }
        }
      if (direction < 0)
        month == 1 ? (month = 12, year--) : month--;
      else
        month == 12 ? (month = 1, year++) : month++;
    }
  return FALSE;
}

/* "Tuesday of next week", "next week Wednesday", "this week Monday" */
static guint
week_offset_at (const CorWords *w,
                guint           i,
                int            *weeks)
{
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

static void
emit_week_day (Scan  *scan,
               guint  first,
               guint  last,
               guint  weekday,
               int    weeks)
{
  GDate d = scan->ref;

  g_date_subtract_days (&d, g_date_get_weekday (&d) - 1);
  if (weeks < 0)
    g_date_subtract_days (&d, 7 * -weeks);
  else
    g_date_add_days (&d, 7 * weeks);
  g_date_add_days (&d, weekday - 1);
  emit_gdate (scan, first, last, &d);
}

/* A range gives its year once: "Nov 18-Dec 19, 2015", "from May to
 * October 2020", "9 to 12 of June". The first end borrows it. */
static void
borrow_from_range_end (Scan  *scan,
                       Parts *parts)
{
  const CorWords *w = scan->words;
  guint j = parts->last + 1;
  Parts end = { -1, 0, 0, 0 };

  if (cor_word_is_punct (w, j, '-') || cor_word_is_punct (w, j, 0x2013) ||
      cor_word_is (w, j, "to") || cor_word_is (w, j, "through") || cor_word_is (w, j, "until") ||
      cor_word_is (w, j, "and") || cor_word_is (w, j, "till"))
    j++;
  else
    return;
  if (!parse_month_first (w, j, &end) && !parse_day_first (w, j, &end) &&
      !parse_numeric (scan, j, TRUE, &end))
    return;
  if (parts->month == 0 && end.month > 0 && parts->day > 0)
    parts->month = end.month;
  if (end.year > 0 && parts->month > 0)
    parts->year = (parts->month > end.month ||
                   (parts->month == end.month && parts->day > end.day && end.day > 0))
                  ? end.year - 1 : end.year;
}

COR_WORD_SET (year_cues,
  "in", "since", "by", "until", "till", "before", "after", "from", "of", "to", "between",
  "and", "or", "during", "through", "year", "early", "mid", "late", "than", "not", "end",
  "beginning", "start", "fiscal", "for", "around", "circa", "throughout", "spring", "summer",
  "autumn", "fall", "winter", "at", "about");
COR_WORD_SET (month_cues,
  "in", "since", "by", "until", "till", "before", "after", "from", "of", "to", "between",
  "and", "or", "during", "through", "early", "mid", "late", "end", "beginning", "start",
  "throughout", "last", "next", "this", "on", "for");
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

/* A month named alone is a date only when the text frames it as one:
 * "in April", "since December", "last March"; "April Smith" is not. */
static gboolean
month_alone_is_date (const CorWords *w,
                     guint           first,
                     guint           last)
{
  gboolean cue = first > 0 && cor_word_in (w, first - 1, month_cues) >= 0;
  gboolean full = last == first && w->words[first].end - w->words[first].start > 3;

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
scan_bare_year (Scan  *scan,
                guint  i)
{
  const CorWords *w = scan->words;
  int year = year_at (w, i);
  gboolean cue;
  guint prev = i - 1;

  if (year < 0 || year < 1500 || year > 2100)
    return i + 1;
  if (touching (w, i, i + 1) && !cor_word_is_punct (w, i + 1, ',') &&
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
  emit (scan, i, i, year, 0, 0, PRECISION_YEAR);
  return i + 1;
}

/* "this week", "last month", "next year", "earlier this year" */
static guint
scan_period (Scan  *scan,
             guint  i)
{
  const CorWords *w = scan->words;
  guint first = i, j = i;
  int shift;
  GDate d = scan->ref;

  if (cor_word_is (w, j, "earlier") || cor_word_is (w, j, "later"))
    j++;
  if (cor_word_is (w, j, "this") || cor_word_is (w, j, "current"))
    shift = 0;
  else if (cor_word_is (w, j, "last") || cor_word_is (w, j, "previous"))
    shift = -1;
  else if (cor_word_is (w, j, "next") || cor_word_is (w, j, "coming") ||
           cor_word_is (w, j, "following"))
    shift = 1;
  else
    return 0;
  if (j > i && shift != 0)
    return 0;  /* "later next week" is rare; "earlier last year" reads as last year */
  j++;

  if (cor_word_is (w, j, "week"))
    {
      g_date_subtract_days (&d, g_date_get_weekday (&d) - 1);
      if (shift < 0)
        g_date_subtract_days (&d, 7);
      else if (shift > 0)
        g_date_add_days (&d, 7);
      emit_gdate (scan, first, j, &d);
    }
  else if (cor_word_is (w, j, "weekend"))
    {
      cor_dates_weekday_relative (&d, &scan->ref, G_DATE_SATURDAY, shift < 0 ? -2 : 1);
      if (shift == 0 && g_date_get_weekday (&scan->ref) == G_DATE_SUNDAY)
        g_date_subtract_days (&d, 7);
      else if (shift > 0)
        cor_dates_weekday_relative (&d, &scan->ref, G_DATE_SATURDAY, 2);
      emit_gdate (scan, first, j, &d);
    }
  else if (cor_word_is (w, j, "month"))
    {
      g_date_set_day (&d, 1);
      if (shift < 0)
        g_date_subtract_months (&d, 1);
      else if (shift > 0)
        g_date_add_months (&d, 1);
      emit (scan, first, j, g_date_get_year (&d), g_date_get_month (&d), 0, PRECISION_MONTH);
    }
  else if (cor_word_is (w, j, "year"))
    emit (scan, first, j, g_date_get_year (&d) + shift, 0, 0, PRECISION_YEAR);
  else
    return 0;
  return j + 1;
}

/* "three days ago", "two weeks from now", "in two months" (future only) */
static guint
scan_offset (Scan  *scan,
             guint  i)
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
  if (cor_word_is (w, j + 1, "ago") || cor_word_is (w, j + 1, "earlier"))
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
      emit (scan, first, j, g_date_get_year (&d), g_date_get_month (&d), 0, PRECISION_MONTH);
      return j + 1;
    }
  else
    {
      emit (scan, first, j, g_date_get_year (&d) + sign * n, 0, 0, PRECISION_YEAR);
      return j + 1;
    }
  emit_gdate (scan, first, j, &d);
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
scan_holiday (Scan  *scan,
              guint  i)
{
  const CorWords *w = scan->words;

  if (!(w->words[i].flags & COR_WORD_FLAG_UPPER_INITIAL) && w->words[i].type == COR_WORD_ALPHA &&
      !cor_word_is (w, i, "christmas"))
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (holidays); k++)
    {
      Parts parts = { -1, holidays[k].month, holidays[k].day, i };

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
      if (year_at (w, parts.last + 1) > 0)
        parts.year = year_at (w, ++parts.last);
      return emit_parts (scan, i, &parts, 0) ? parts.last + 1 : 0;
    }
  /* New Year's Day / Eve */
  if (cor_word_is (w, i, "new") && cor_word_is (w, i + 1, "year") &&
      (cor_word_is_punct (w, i + 2, '\'') || cor_word_is_punct (w, i + 2, 0x2019)) &&
      cor_word_is (w, i + 3, "s") && (cor_word_is (w, i + 4, "day") || cor_word_is (w, i + 4, "eve")))
    {
      gboolean eve = cor_word_is (w, i + 4, "eve");
      Parts parts = { -1, eve ? 12 : 1, eve ? 31 : 1, i + 4 };

      return emit_parts (scan, i, &parts, 0) ? parts.last + 1 : 0;
    }
  return 0;
}

/* "9 a.m.", "10:30", "noon", "midnight" */
static guint
scan_time (Scan  *scan,
           guint  i)
{
  const CorWords *w = scan->words;
  guint n, j = i;
  gint64 h;

  if (cor_word_is (w, i, "noon") || cor_word_is (w, i, "midnight"))
    {
      emit_time (scan, i, i);
      return i + 1;
    }
  h = cor_word_int (w, i, &n);
  if (h < 0 || n > 2 || h > 24)
    return 0;
  if (cor_word_is_punct (w, i + 1, ':') && touching (w, i, i + 1) && touching (w, i + 1, i + 2) &&
      cor_word_int (w, i + 2, &n) >= 0 && n == 2 && !cor_word_is_punct (w, i + 3, ':'))
    j = i + 2;
  if (cor_word_is (w, j + 1, "a.m.") || cor_word_is (w, j + 1, "p.m.") ||
      cor_word_is (w, j + 1, "a.m") || cor_word_is (w, j + 1, "p.m") ||
      cor_word_is (w, j + 1, "am") || cor_word_is (w, j + 1, "pm"))
    {
      if (h > 12 || (cor_word_is (w, j + 1, "am") && !touching (w, j, j + 1) &&
                     (w->words[j + 1].flags & COR_WORD_FLAG_UPPER_INITIAL)))
        return 0;
      j++;
    }
  else if (j == i)
    return 0;
  emit_time (scan, i, j);
  return j + 1;
}

static guint
scan_relative (Scan  *scan,
               guint  i)
{
  const CorWords *w = scan->words;
  guint next, weekday, first = i;
  int direction = 0;
  guint r;

  if ((r = scan_time (scan, i)) > 0)
    return r;
  if (year_at (w, i) > 0)
    return scan_bare_year (scan, i);
  if (!scan->has_ref)
    return i + 1;

  if (cor_word_is (w, i, "today") || cor_word_is (w, i, "tonight"))
    {
      emit_gdate (scan, i, i, &scan->ref);
      return i + 1;
    }
  if (cor_word_is (w, i, "yesterday") || cor_word_is (w, i, "tomorrow"))
    {
      GDate d = scan->ref;

      if (cor_word_is (w, i, "yesterday"))
        g_date_subtract_days (&d, 1);
      else
        g_date_add_days (&d, 1);
      emit_gdate (scan, i, i, &d);
      return i + 1;
    }
  if ((r = scan_period (scan, i)) > 0)
    return r;
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
          emit_week_day (scan, first, next - 1, weekday, 1);
          return next;
        }
      if (direction == -2)
        {
          emit_week_day (scan, first, next - 1, weekday, -1);
          return next;
        }
      if (direction == 3)
        {
          /* the day of the current Monday-based week */
          d = scan->ref;
          g_date_subtract_days (&d, g_date_get_weekday (&d) - 1);
          g_date_add_days (&d, weekday - 1);
        }
      else
        {
          if (direction == 0)
            direction = cor_dates_tense (w, first, next - 1) == COR_TENSE_FUTURE ? 1 : -1;
          cor_dates_weekday_relative (&d, &scan->ref, weekday, direction);
        }
      emit_gdate (scan, first, next - 1, &d);
      return next;
    }
  return first + 1;
}


static guint
scan_at (Scan  *scan,
         guint  i)
{
  const CorWords *w = scan->words;
  Parts parts = { -1, 0, 0, i };
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
      if (parse_month_first (w, j, &parts) || parse_day_first (w, j, &parts) ||
          parse_numeric (scan, j, TRUE, &parts))
        {
          if (emit_parts (scan, first, &parts, direction))
            return parts.last + 1;
        }
      parts = (Parts) { -1, 0, 0, i };
      if (cor_word_is (w, j, "the"))
        j++;
      if (cor_dates_day_at (w, j, &next) > 0 && cor_dates_month_at (w, next, &next) == 0 &&
          emit_weekday_day (scan, first, j, weekday, cor_dates_day_at (w, j, &next)))
        return j + 1;
      if (cor_word_is (w, next, "of") && scan->has_ref)
        {
          int weeks;
          guint end = week_offset_at (w, next + 1, &weeks);

          if (end > 0)
            {
              emit_week_day (scan, first, end - 1, weekday, weeks);
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
          emit_week_day (scan, first, next - 1, weekday, weeks);
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
      if (emit_parts (scan, first, &parts, direction))
        return parts.last + 1;
      parts = (Parts) { -1, 0, 0, i };
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
  if (parse_month_first (w, i, &parts) || parse_day_first (w, i, &parts) ||
      parse_numeric (scan, i, cue, &parts))
    {
      if (parts.month == 0 && parts.year > 0)
        return i + 1;
      if (parts.day == 0 && parts.year < 0 && !month_alone_is_date (w, i, parts.last))
        return parts.last + 1;
      if (parts.year < 0)
        borrow_from_range_end (scan, &parts);
      if (parts.day > 0 && cor_word_is (w, first, "the"))
        first++;
      if (emit_parts (scan, first, &parts, direction))
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
         (w->words[j].flags & COR_WORD_FLAG_ORDINAL)))
      {
        parts.day = day;
        parts.last = j;
        first = j;
        borrow_from_range_end (scan, &parts);
        if (parts.month == 0 && (w->words[j].flags & COR_WORD_FLAG_ORDINAL) &&
            i > 0 && cor_word_is (w, i - 1, "on"))
          {
            parts.month = g_date_get_month (&scan->ref);
            parts.year = g_date_get_year (&scan->ref);
            if (day > g_date_get_day (&scan->ref))
              parts.month == 1 ? (parts.month = 12, parts.year--) : parts.month--;
          }
        if (parts.month > 0 && emit_parts (scan, first, &parts, 0))
          return parts.last + 1;
        parts = (Parts) { -1, 0, 0, i };
      }
  }

  return scan_relative (scan, i);
}

void
cor_dates_extract (const CorMentionContext *context,
                   GPtrArray               *out)
{
  Scan scan = { context->words, out, };
  const CorWords *w = context->words;
  guint i = 0;

  g_date_clear (&scan.ref, 1);
  if (context->published != NULL)
    {
      guint y, m, d;

      if (sscanf (context->published, "%4u-%2u-%2u", &y, &m, &d) == 3 &&
          g_date_valid_dmy (d, m, y))
        {
          g_date_set_dmy (&scan.ref, d, m, y);
          scan.has_ref = TRUE;
        }
    }

  while (i < w->n_words)
    {
      if (w->words[i].type == COR_WORD_PUNCT)
        i++;
      else
        {
          guint next = scan_at (&scan, i);

          i = MAX (next, i + 1);
        }
    }
}
