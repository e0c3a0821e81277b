/* cor-dates-periods.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-dates"

#include "config.h"

#include "cor-dates-absolute.h"
#include "cor-dates-lexicon.h"
#include "cor-dates-days.h"
#include "cor-dates-periods.h"

/* Spans the text names rather than days: each is resolved to its first and
 * last day and written with cor_dates_emit_span(). Weeks run from Monday
 * (ISO 8601); seasons are the meteorological ones of the northern
 * hemisphere (winter is December to February, named by the year of its
 * January); "early", "mid" and "late" are the first, middle and last
 * third of a month, a year or a decade. */

typedef enum
{
  PART_WHOLE,
  PART_EARLY,
  PART_MID,
  PART_LATE,
  PART_EARLIER,   /* before the report's date: "earlier this week" */
  PART_LATER,     /* after it: "later this month" */
  PART_DEADLINE,  /* "by the end of May": the whole of it, as a bound */
} Part;

typedef enum
{
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
  UNIT_DECADE,
  UNIT_OTHER,
} Unit;

typedef struct
{
  GDate       from;
  GDate       to;
  Unit        unit;
  const char *period;
  guint       end;      /* the token after the unit */
} Span;

COR_WORD_SET (ordinal_names, "first", "second", "third", "fourth", "final");
COR_WORD_SET (season_names, "spring", "summer", "autumn", "fall", "winter");
COR_WORD_SET (unit_names, "week", "month", "year", "quarter", "weekend");
COR_WORD_SET (span_cues,
  "in", "during", "over", "since", "until", "till", "through", "throughout", "for", "by",
  "from", "to", "before", "after", "of", "at", "on", "between", "and", "or", "this", "last",
  "next", "past", "coming", "early", "late", "mid", "the");

static void
set_dmy (GDate *date,
         int    day,
         int    month,
         int    year)
{
  g_date_clear (date, 1);
  if (year >= 1 && year <= 9999)
    g_date_set_dmy (date, day, month, year);
}

static void
month_span (int    year,
            guint  month,
            GDate *from,
            GDate *to)
{
  set_dmy (from, 1, month, year);
  set_dmy (to, g_date_get_days_in_month (month, year), month, year);
}

/* The months @first to @last of @year, @last perhaps past December. */
static void
months_span (int    year,
             guint  first,
             guint  last,
             GDate *from,
             GDate *to)
{
  GDate end;

  month_span (year, first, from, &end);
  month_span (year + (last - 1) / 12, (last - 1) % 12 + 1, &end, to);
}

static gint
distance (const GDate *ref,
          const GDate *from,
          const GDate *to)
{
  if (g_date_compare (ref, from) < 0)
    return g_date_days_between (ref, from);
  if (g_date_compare (ref, to) > 0)
    return g_date_days_between (to, ref);
  return 0;
}

int
cor_dates_pick_year (CorDateScan     *scan,
                     guint            first,
                     guint            last,
                     CorDateSpanFunc  span_of,
                     gconstpointer    data)
{
  int ref_year = g_date_get_year (&scan->ref);
  CorTense tense = cor_dates_tense (scan->words, first, last);
  int best = ref_year;
  gint best_distance = G_MAXINT;

  for (int year = ref_year - 1; year <= ref_year + 1; year++)
    {
      GDate from, to;

      span_of (year, data, &from, &to);
      if (!g_date_valid (&from) || !g_date_valid (&to))
        continue;
      if (tense == COR_TENSE_PAST && g_date_compare (&from, &scan->ref) <= 0)
        best = year;
      else if (tense == COR_TENSE_FUTURE && g_date_compare (&to, &scan->ref) >= 0)
        return year;
      else if (tense == COR_TENSE_NONE && distance (&scan->ref, &from, &to) < best_distance)
        {
          best = year;
          best_distance = distance (&scan->ref, &from, &to);
        }
    }
  return best;
}

/* "early May", "mid-2025", "the end of", "later this", "by the end of" */
static guint
part_at (const CorWords *w,
         guint           i,
         Part           *part)
{
  gboolean by = i > 0 && cor_word_is (w, i - 1, "by");
  guint j = cor_word_is (w, i, "the") ? i + 1 : i;

  *part = PART_WHOLE;
  if (cor_word_is (w, j + 1, "of") &&
      (cor_word_is (w, j, "end") || cor_word_is (w, j, "beginning") || cor_word_is (w, j, "start") ||
       cor_word_is (w, j, "middle")))
    {
      if (cor_word_is (w, j, "end"))
        *part = by ? PART_DEADLINE : PART_LATE;
      else
        *part = cor_word_is (w, j, "middle") ? PART_MID : PART_EARLY;
      return j + 2;
    }
  if (j != i)
    return i;
  if (cor_word_is (w, i, "early"))
    *part = PART_EARLY;
  else if (cor_word_is (w, i, "late"))
    *part = PART_LATE;
  else if (cor_word_is (w, i, "earlier"))
    *part = PART_EARLIER;
  else if (cor_word_is (w, i, "later"))
    *part = PART_LATER;
  else if (cor_word_is (w, i, "mid") && cor_word_is_punct (w, i + 1, '-') &&
           cor_dates_touching (w, i, i + 1) && cor_dates_touching (w, i + 1, i + 2))
    {
      *part = PART_MID;
      return i + 2;
    }
  else if (cor_word_is (w, i, "mid"))
    *part = PART_MID;
  else
    return i;
  return i + 1;
}

/* The week, month, year or quarter of @ref, @shift of them away. */
static void
unit_around (const GDate *ref,
             int          which,
             int          shift,
             GDate       *from,
             GDate       *to)
{
  *from = *ref;
  switch (which)
    {
    case 0:   /* week */
      g_date_subtract_days (from, g_date_get_weekday (from) - 1);
      if (shift < 0)
        g_date_subtract_days (from, 7 * -shift);
      else
        g_date_add_days (from, 7 * shift);
      *to = *from;
      g_date_add_days (to, 6);
      break;
    case 1:   /* month */
      g_date_set_day (from, 1);
      if (shift < 0)
        g_date_subtract_months (from, -shift);
      else
        g_date_add_months (from, shift);
      month_span (g_date_get_year (from), g_date_get_month (from), from, to);
      break;
    case 2:   /* year */
      months_span (g_date_get_year (ref) + shift, 1, 12, from, to);
      break;
    case 3:   /* quarter */
    default:
      {
        int q = (g_date_get_month (ref) - 1) / 3 + shift;
        int year = g_date_get_year (ref) + (q < 0 ? (q - 3) / 4 : q / 4);

        q = ((q % 4) + 4) % 4;
        months_span (year, 3 * q + 1, 3 * q + 3, from, to);
      }
      break;
    }
}

static int
shift_at (const CorWords *w,
          guint           i,
          gboolean        allow_the)
{
  if (cor_word_is (w, i, "this") || cor_word_is (w, i, "current") ||
      (allow_the && cor_word_is (w, i, "the")))
    return 0;
  if (cor_word_is (w, i, "last") || cor_word_is (w, i, "previous") || cor_word_is (w, i, "past"))
    return -1;
  if (cor_word_is (w, i, "next") || cor_word_is (w, i, "coming") || cor_word_is (w, i, "following"))
    return 1;
  return G_MININT;
}

/* "this week", "next month", "last quarter"; after a part also "the week"
 * and "in the year" ("later in the year", "the end of the month"). */
static gboolean
relative_unit (CorDateScan *scan,
               guint        j,
               gboolean     after_part,
               Span        *span)
{
  const CorWords *w = scan->words;
  static const char *const periods[] = { "week", "month", "year", "quarter" };
  static const Unit units[] = { UNIT_WEEK, UNIT_MONTH, UNIT_YEAR, UNIT_OTHER };
  int shift, which;

  if (!scan->has_ref)
    return FALSE;
  if (after_part && cor_word_is (w, j, "in") && cor_word_is (w, j + 1, "the"))
    j++;
  shift = shift_at (w, j, after_part);
  which = cor_word_in (w, j + 1, unit_names);
  /* "end of year", "end of month": the current one */
  if (after_part && shift == G_MININT && (which = cor_word_in (w, j, unit_names)) >= 0)
    {
      shift = 0;
      j--;
    }
  if (shift == G_MININT || which < 0 || which > 3)
    return FALSE;
  /* "the past week" is the seven days before, not last week */
  if (cor_word_is (w, j, "past") && which == 0)
    return FALSE;
  unit_around (&scan->ref, which, shift, &span->from, &span->to);
  span->unit = units[which];
  span->period = periods[which];
  span->end = j + 2;
  return TRUE;
}

static void
month_of_year (int           year,
               gconstpointer data,
               GDate        *from,
               GDate        *to)
{
  month_span (year, GPOINTER_TO_UINT (data), from, to);
}

/* "May", "May 2019": a month the text names, its year picked when it
 * gives none. */
static gboolean
month_unit (CorDateScan *scan,
            guint        first,
            guint        j,
            Span        *span)
{
  const CorWords *w = scan->words;
  guint next, month = cor_dates_month_at (w, j, &next);
  int year;

  if (month == 0)
    return FALSE;
  year = cor_dates_year_at (w, next);
  if (year > 0)
    next++;
  else if (!scan->has_ref || cor_dates_is_habitual (w, first, next - 1))
    return FALSE;
  else
    year = cor_dates_pick_year (scan, first, next - 1, month_of_year, GUINT_TO_POINTER (month));
  month_span (year, month, &span->from, &span->to);
  span->unit = UNIT_MONTH;
  span->period = "month";
  span->end = next;
  return TRUE;
}

/* A year alone after a part: "late 2025", "the end of 2019". */
static gboolean
year_unit (CorDateScan *scan,
           guint        j,
           Span        *span)
{
  const CorWords *w = scan->words;
  int year = cor_dates_year_at (w, j);

  if (year < 0 || (cor_dates_touching (w, j, j + 1) && !cor_word_is_punct (w, j + 1, ',') &&
                   !cor_word_is_punct (w, j + 1, '.') && !cor_word_is_punct (w, j + 1, ';')))
    return FALSE;
  months_span (year, 1, 12, &span->from, &span->to);
  span->unit = UNIT_YEAR;
  span->period = "year";
  span->end = j + 1;
  return TRUE;
}

/* "1990s", "the '90s" (as the 1990s) */
static gboolean
decade_unit (CorDateScan *scan,
             guint        j,
             Span        *span)
{
  const CorWords *w = scan->words;
  gint64 v;
  guint n_digits;
  int decade = -1;

  if (cor_word_is_punct (w, j, '\'') || cor_word_is_punct (w, j, 0x2019))
    {
      v = cor_word_int (w, j + 1, &n_digits);
      if (v >= 0 && n_digits == 2 && v % 10 == 0 && cor_dates_touching (w, j, j + 1))
        decade = (v >= 30 ? 1900 : 2000) + v;
      j++;
    }
  else
    {
      v = cor_word_int (w, j, &n_digits);
      if (v >= 1000 && v <= 2990 && n_digits == 4 && v % 10 == 0 &&
          !(w->words[j].flags & COR_WORD_FLAG_ORDINAL))
        decade = v;
    }
  if (decade < 0 || !cor_dates_touching (w, j, j + 1) || !cor_word_is (w, j + 1, "s") ||
      (j + 2 < w->n_words && cor_dates_touching (w, j + 1, j + 2) &&
       w->words[j + 2].type != COR_WORD_PUNCT))
    return FALSE;
  months_span (decade, 1, 12, &span->from, &span->to);
  set_dmy (&span->to, 31, 12, decade + 9);
  span->unit = UNIT_DECADE;
  span->period = "decade";
  span->end = j + 2;
  return TRUE;
}

static void
season_of_year (int           year,
                gconstpointer data,
                GDate        *from,
                GDate        *to)
{
  guint season = GPOINTER_TO_UINT (data);   /* 0 spring … 3 winter */

  if (season == 3)
    months_span (year - 1, 12, 14, from, to);
  else
    months_span (year, 3 * season + 3, 3 * season + 5, from, to);
}

/* "summer", "the summer of 2019", "winter 2020", "this autumn" */
static gboolean
season_unit (CorDateScan *scan,
             guint        first,
             guint        j,
             gboolean     framed,
             Span        *span)
{
  const CorWords *w = scan->words;
  int k = cor_word_in (w, j, season_names);
  int year, shift = G_MININT;
  guint season, end = j + 1;

  if (k < 0)
    return FALSE;
  season = k >= 3 ? k - 1 : k;
  if (cor_word_is (w, end, "of") && cor_dates_year_at (w, end + 1) > 0)
    end++;
  year = cor_dates_year_at (w, end);
  if (year > 0)
    end++;
  if (j > first)
    shift = shift_at (w, j - 1, FALSE);
  /* "fall" and "spring" are verbs and nouns too: only framed as a time */
  if (year < 0 && !framed && shift == G_MININT)
    return FALSE;
  if (year < 0)
    {
      if (!scan->has_ref || cor_dates_is_habitual (w, first, end - 1))
        return FALSE;
      year = cor_dates_pick_year (scan, first, end - 1, season_of_year, GUINT_TO_POINTER (season));
      if (shift != G_MININT && shift != 0)
        {
          /* "last summer": the one before the report's current or latest */
          GDate from, to;

          year = g_date_get_year (&scan->ref) + 1;
          do
            season_of_year (--year, GUINT_TO_POINTER (season), &from, &to);
          while (g_date_compare (&to, &scan->ref) >= 0 && year > 1);
          if (shift > 0)
            {
              year = g_date_get_year (&scan->ref) - 1;
              do
                season_of_year (++year, GUINT_TO_POINTER (season), &from, &to);
              while (g_date_compare (&from, &scan->ref) <= 0);
            }
        }
    }
  season_of_year (year, GUINT_TO_POINTER (season), &span->from, &span->to);
  span->unit = UNIT_OTHER;
  span->period = "season";
  span->end = end;
  return TRUE;
}

static void
narrow (Span        *span,
        Part         part,
        const GDate *ref)
{
  int fy = g_date_get_year (&span->from);
  guint n = g_date_days_between (&span->from, &span->to) + 1;
  GDate from = span->from, to = span->to;
  static const guint thirds[3][2] = { { 0, 3 }, { 4, 6 }, { 7, 9 } };

  if (part == PART_WHOLE || part == PART_DEADLINE)
    return;
  if (part == PART_EARLIER || part == PART_LATER)
    {
      if (ref == NULL || g_date_compare (ref, &from) < 0 || g_date_compare (ref, &to) > 0)
        return;
      if (part == PART_EARLIER && g_date_compare (ref, &from) > 0)
        {
          to = *ref;
          g_date_subtract_days (&to, 1);
        }
      else if (part == PART_LATER && g_date_compare (ref, &to) < 0)
        {
          from = *ref;
          g_date_add_days (&from, 1);
        }
    }
  else if (span->unit == UNIT_YEAR)
    months_span (fy, 4 * (part - PART_EARLY) + 1, 4 * (part - PART_EARLY) + 4, &from, &to);
  else if (span->unit == UNIT_DECADE)
    {
      set_dmy (&from, 1, 1, fy + thirds[part - PART_EARLY][0]);
      set_dmy (&to, 31, 12, fy + thirds[part - PART_EARLY][1]);
    }
  else if (span->unit == UNIT_WEEK)
    {
      /* Monday–Tuesday, Wednesday–Thursday, Friday–Sunday */
      g_date_add_days (&from, 2 * (part - PART_EARLY));
      to = from;
      g_date_add_days (&to, part == PART_LATE ? 2 : 1);
    }
  else if (span->unit == UNIT_MONTH)
    {
      g_date_set_day (&from, part == PART_EARLY ? 1 : part == PART_MID ? 11 : 21);
      if (part != PART_LATE)
        {
          to = from;
          g_date_add_days (&to, 9);
        }
    }
  else
    {
      guint third = MAX (n / 3, 1);

      if (part != PART_EARLY)
        g_date_add_days (&from, part == PART_MID ? third : n - third);
      to = from;
      g_date_add_days (&to, third - 1 + (part == PART_MID ? n - 3 * third : 0));
    }
  span->from = from;
  span->to = to;
}

/* The part of something: "early May", "the end of the week", "later this
 * year", "the late 1990s", "early summer". */
static guint
scan_part (CorDateScan *scan,
           guint        i)
{
  const CorWords *w = scan->words;
  guint first = i, j;
  Part part;
  Span span;
  CorMention *m;

  if (cor_word_is (w, i, "the") && (cor_word_is (w, i + 1, "early") ||
                                   cor_word_is (w, i + 1, "late") || cor_word_is (w, i + 1, "mid")))
    j = part_at (w, i + 1, &part);
  else
    j = part_at (w, i, &part);
  if (j == i)
    return 0;
  if (!relative_unit (scan, j, TRUE, &span) && !month_unit (scan, first, j, &span) &&
      !year_unit (scan, j, &span) && !decade_unit (scan, j, &span) &&
      !season_unit (scan, first, j, TRUE, &span))
    return 0;
  if ((part == PART_EARLIER || part == PART_LATER) && span.unit == UNIT_DECADE)
    return 0;
  narrow (&span, part, scan->has_ref ? &scan->ref : NULL);
  m = cor_dates_emit_span (scan, first, span.end - 1, &span.from, &span.to, span.period);
  if (m != NULL && part == PART_DEADLINE)
    m->bound = COR_BOUND_AT_MOST;
  return span.end;
}

static void
quarter_of_year (int           year,
                 gconstpointer data,
                 GDate        *from,
                 GDate        *to)
{
  guint n = GPOINTER_TO_UINT (data);   /* 1..4 quarters, 5..6 halves */

  if (n <= 4)
    months_span (year, 3 * n - 2, 3 * n, from, to);
  else
    months_span (year, 6 * (n - 5) + 1, 6 * (n - 5) + 6, from, to);
}

/* "Q1", "H2", "q3": the letter and its digit, touching. */
static guint
quarter_code_at (const CorWords *w,
                 guint           i)
{
  gint64 v;
  guint n_digits;

  if (!cor_dates_touching (w, i, i + 1))
    return 0;
  v = cor_word_int (w, i + 1, &n_digits);
  if (n_digits != 1 || (i + 2 < w->n_words && cor_dates_touching (w, i + 1, i + 2) &&
                        w->words[i + 2].type != COR_WORD_PUNCT))
    return 0;
  if (cor_word_is (w, i, "q") && v >= 1 && v <= 4)
    return v;
  if (cor_word_is (w, i, "h") && v >= 1 && v <= 2)
    return v + 4;
  return 0;
}

/* A year after a quarter: "of 2019", "2019", "of the year", "of next year". */
static guint
quarter_year (CorDateScan *scan,
              guint        j,
              int         *year)
{
  const CorWords *w = scan->words;
  guint k = cor_word_is (w, j, "of") ? j + 1 : j;
  int shift;

  if ((*year = cor_dates_year_at (w, k)) > 0)
    return k + 1;
  if (k == j || !scan->has_ref)
    return j;
  shift = shift_at (w, k, TRUE);
  if (shift != G_MININT && cor_word_is (w, k + 1, "year"))
    {
      *year = g_date_get_year (&scan->ref) + shift;
      return k + 2;
    }
  return j;
}

/* "the first quarter (of 2019)", "Q1 2019", "2019-Q1", "H2", "the second
 * half of next year", "next year's first quarter", "first-quarter". */
static guint
scan_quarter (CorDateScan *scan,
              guint        i)
{
  const CorWords *w = scan->words;
  guint first = i, j = i, end, n = 0;
  int year = -1, k;
  GDate from, to;

  /* a year first: "2019 Q1", "2019-H2", "next year's first quarter" */
  if ((year = cor_dates_year_at (w, j)) > 0)
    {
      j++;
      if (cor_word_is_punct (w, j, '-') && cor_dates_touching (w, j - 1, j))
        j++;
      if ((n = quarter_code_at (w, j)) == 0)
        return 0;
      end = j + 2;
    }
  else if ((n = quarter_code_at (w, j)) > 0)
    {
      end = quarter_year (scan, j + 2, &year);
      if (year < 0 && n > 4)
        return 0;   /* "H2" alone is hydrogen as often as a half-year */
    }
  else
    {
      if (scan->has_ref && shift_at (w, j, FALSE) != G_MININT && cor_word_is (w, j + 1, "year") &&
          (cor_word_is_punct (w, j + 2, '\'') || cor_word_is_punct (w, j + 2, 0x2019)) &&
          cor_word_is (w, j + 3, "s"))
        {
          year = g_date_get_year (&scan->ref) + shift_at (w, j, FALSE);
          j += 4;
        }
      else if (cor_word_is (w, j, "the"))
        j++;
      k = cor_word_in (w, j, ordinal_names);
      if (k < 0 && j < w->n_words && w->words[j].type == COR_WORD_DIGITS && (w->words[j].flags & COR_WORD_FLAG_ORDINAL))
        k = cor_word_int (w, j, NULL) - 1;
      if (k < 0 || k > 4)
        return 0;
      j++;
      if (cor_word_is_punct (w, j, '-') && cor_dates_touching (w, j - 1, j))
        j++;
      if (cor_word_is (w, j, "quarter"))
        n = k == 4 ? 4 : k + 1;
      else if (cor_word_is (w, j, "half") && (k < 2 || k == 4))
        n = k == 4 ? 6 : k + 5;
      else
        return 0;
      end = year > 0 ? j + 1 : quarter_year (scan, j + 1, &year);
      /* "the final quarter" of a match, "the first half" of a game: a
       * year must say it is a time of the calendar */
      if (year < 0 && (n > 4 || k == 4 || cor_word_is (w, end, "of") ||
                       first == 0 || cor_word_in (w, first - 1, span_cues) < 0))
        return 0;
    }
  if (year < 0)
    {
      if (!scan->has_ref)
        return 0;
      year = cor_dates_pick_year (scan, first, end - 1, quarter_of_year, GUINT_TO_POINTER (n));
    }
  quarter_of_year (year, GUINT_TO_POINTER (n), &from, &to);
  cor_dates_emit_span (scan, first, end - 1, &from, &to, n <= 4 ? "quarter" : "half");
  return end;
}

/* "this week", "last month", "next quarter" */
static guint
scan_relative_unit (CorDateScan *scan,
                    guint        i)
{
  Span span;

  if (!relative_unit (scan, i, FALSE, &span))
    return 0;
  cor_dates_emit_span (scan, i, span.end - 1, &span.from, &span.to, span.period);
  return span.end;
}

/* The weekend the text means: "this", "last" and "next" count in weeks;
 * "the weekend" alone is the nearer one, the tense deciding in the middle
 * of the week, as for a weekday. */
static guint
scan_weekend (CorDateScan *scan,
              guint        i)
{
  const CorWords *w = scan->words;
  int shift = shift_at (w, i, TRUE);
  GDate from, to;

  if (!scan->has_ref || shift == G_MININT || !cor_word_is (w, i + 1, "weekend"))
    return 0;
  if (cor_word_is (w, i, "the"))
    {
      guint since_sunday = g_date_get_weekday (&scan->ref) % 7;   /* Sunday 0 */
      guint to_saturday = 6 - g_date_get_weekday (&scan->ref) % 7;

      if (g_date_get_weekday (&scan->ref) >= G_DATE_SATURDAY)
        shift = 0;
      else if (since_sunday + 3 <= to_saturday)
        shift = -1;
      else if (to_saturday + 3 <= since_sunday)
        shift = 0;
      else
        shift = cor_dates_tense (w, i, i + 1) == COR_TENSE_FUTURE ? 0 : -1;
    }
  unit_around (&scan->ref, 0, shift, &from, &to);
  g_date_add_days (&from, 5);
  cor_dates_emit_span (scan, i, i + 1, &from, &to, "weekend");
  return i + 2;
}

/* A season with a determiner or a cue: "this summer", "in the autumn",
 * "over the summer", "summer 2019". */
static guint
scan_season (CorDateScan *scan,
             guint        i)
{
  const CorWords *w = scan->words;
  guint j = i;
  gboolean framed = i > 0 && cor_word_in (w, i - 1, span_cues) >= 0;
  Span span;

  if (cor_word_is (w, j, "the"))
    j++;
  else if (shift_at (w, j, FALSE) != G_MININT)
    j++;
  framed = framed && (j > i || !cor_word_is (w, i - 1, "the"));
  if (cor_word_in (w, j, season_names) < 0 || !season_unit (scan, i, j, framed && j > i, &span))
    return 0;
  cor_dates_emit_span (scan, i, span.end - 1, &span.from, &span.to, span.period);
  return span.end;
}

guint
cor_dates_scan_period (CorDateScan *scan,
                       guint        i)
{
  const CorWords *w = scan->words;
  Span span;
  guint r;

  if (w->words[i].type == COR_WORD_DIGITS)
    {
      if (decade_unit (scan, i, &span))
        {
          cor_dates_emit_span (scan, i, span.end - 1, &span.from, &span.to, span.period);
          return span.end;
        }
      return scan_quarter (scan, i);
    }
  if ((cor_word_is_punct (w, i, '\'') || cor_word_is_punct (w, i, 0x2019)) &&
      i > 0 && cor_word_is (w, i - 1, "the") && decade_unit (scan, i, &span))
    {
      cor_dates_emit_span (scan, i - 1, span.end - 1, &span.from, &span.to, span.period);
      return span.end;
    }
  if (w->words[i].type != COR_WORD_ALPHA)
    return 0;
  if (cor_word_is (w, i, "the") && decade_unit (scan, i + 1, &span))
    {
      cor_dates_emit_span (scan, i, span.end - 1, &span.from, &span.to, span.period);
      return span.end;
    }
  if ((r = scan_part (scan, i)) > 0 || (r = scan_quarter (scan, i)) > 0 ||
      (r = scan_weekend (scan, i)) > 0 || (r = cor_dates_scan_days (scan, i)) > 0 ||
      (r = scan_relative_unit (scan, i)) > 0 || (r = scan_season (scan, i)) > 0)
    return r;
  return 0;
}
