/* cor-dates-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cor-mentions-private.h"

G_BEGIN_DECLS

/* Which way a clause points in time, from its verbs: "approved" looks back,
 * "is due to visit" forward. A relative date takes its direction from it. */
typedef enum
{
  COR_TENSE_NONE,
  COR_TENSE_PAST,
  COR_TENSE_FUTURE,
} CorTense;

/* The tense nearest to the tokens @first..@last: first looking back to the
 * start of the clause, then forward to its end. */
CorTense  cor_dates_tense            (const CorWords *words,
                                      guint           first,
                                      guint           last);

/* Months and weekdays by name. Return 1..12 / 1..7 (Monday = 1) or 0, and
 * the index after the name (and its abbreviation's full stop). */
guint     cor_dates_month_at         (const CorWords *words,
                                      guint           i,
                                      guint          *next);
guint     cor_dates_weekday_at       (const CorWords *words,
                                      guint           i,
                                      gboolean        allow_short,
                                      guint          *next);
/* A day of the month: "4", "4th", "fourth", "twenty-first". */
guint     cor_dates_day_at           (const CorWords *words,
                                      guint           i,
                                      guint          *next);
/* A small count in digits or words ("3", "three", "a"), or -1. */
int       cor_dates_count_at         (const CorWords *words,
                                      guint           i,
                                      guint          *next);

/* Whether a date or time may start at token @i: digits, or a word that
 * one starts with (a month, a weekday, "last", "yesterday"…). Most words
 * are none, and one lookup spares them every parser. */
gboolean  cor_dates_may_start        (const CorWords *words,
                                      guint           i);

/* Date arithmetic against the reference date. */
void      cor_dates_weekday_relative (GDate          *date,
                                      const GDate    *ref,
                                      guint           weekday,
                                      int             direction);
void      cor_dates_month_relative   (const GDate    *ref,
                                      guint           month,
                                      int             direction,
                                      guint          *year);

/* What a scan of one text shares between cor-dates.c (the scan and the
 * emitting), cor-dates-absolute.c (dates written out) and
 * cor-dates-relative.c (dates against the report's date). */
typedef enum
{
  COR_DATE_PRECISION_YEAR,
  COR_DATE_PRECISION_MONTH,
  COR_DATE_PRECISION_DAY,
} CorDatePrecision;

typedef struct
{
  const CorWords *words;
  GPtrArray      *out;
  GDate           ref;
  gboolean        has_ref;
} CorDateScan;

typedef struct
{
  int       year;     /* -1 when the text gives none */
  guint     month;    /* 0 when none */
  guint     day;      /* 0 when none */
  guint     last;     /* the last token of the phrase */
} CorDateParts;

void      cor_dates_emit             (CorDateScan      *scan,
                                      guint             first,
                                      guint             last,
                                      int               year,
                                      guint             month,
                                      guint             day,
                                      CorDatePrecision  precision);
void      cor_dates_emit_gdate       (CorDateScan      *scan,
                                      guint             first,
                                      guint             last,
                                      const GDate      *date);
void      cor_dates_emit_time        (CorDateScan      *scan,
                                      guint             first,
                                      guint             last);
/* Emits @parts from @first, inferring a missing year from @direction (or
 * the tense when 0); FALSE when they make no date. */
gboolean  cor_dates_emit_parts       (CorDateScan      *scan,
                                      guint             first,
                                      CorDateParts     *parts,
                                      int               direction);
/* @weekday of the week @weeks away from the reference date's. */
void      cor_dates_emit_week_day    (CorDateScan      *scan,
                                      guint             first,
                                      guint             last,
                                      guint             weekday,
                                      int               weeks);

/* cor-dates-absolute.c */
gboolean  cor_dates_touching         (const CorWords   *words,
                                      guint             a,
                                      guint             b);
int       cor_dates_year_at          (const CorWords   *words,
                                      guint             i);
gboolean  cor_dates_parse_month_first (const CorWords  *words,
                                       guint            i,
                                       CorDateParts    *parts);
gboolean  cor_dates_parse_day_first  (const CorWords   *words,
                                      guint             i,
                                      CorDateParts     *parts);
gboolean  cor_dates_parse_numeric    (const CorDateScan *scan,
                                      guint             i,
                                      gboolean          after_cue,
                                      CorDateParts     *parts);

/* cor-dates-relative.c: times, bare years, "last week", "three days ago",
 * holidays and weekdays at @i; returns the index after what it read. */
guint     cor_dates_scan_relative    (CorDateScan      *scan,
                                      guint             i);

G_END_DECLS
