/* cor-dates-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mentions-private.h"

G_BEGIN_DECLS

/* The internals of cor-dates.c: what a scan of one text shares between
 * cor-dates.c (the scan and the emitting), cor-dates-absolute.c (dates
 * written out) and cor-dates-relative.c (dates against the report's date). */
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

/* Each emitter returns the mention it added, or NULL when the date is not
 * valid. */
CorMention *cor_dates_emit           (CorDateScan      *scan,
                                      guint             first,
                                      guint             last,
                                      int               year,
                                      guint             month,
                                      guint             day,
                                      CorDatePrecision  precision);
CorMention *cor_dates_emit_gdate     (CorDateScan      *scan,
                                      guint             first,
                                      guint             last,
                                      const GDate      *date);
/* A span of days, @from to @to inclusive: "date" is the most precise ISO
 * form that holds all of it, "date_from" and "date_to" say it exactly
 * unless that form already does, and @period names what the text spoke of
 * ("week", "quarter"…). */
CorMention *cor_dates_emit_span      (CorDateScan      *scan,
                                      guint             first,
                                      guint             last,
                                      const GDate      *from,
                                      const GDate      *to,
                                      const char       *period);
void      cor_dates_emit_time        (CorDateScan      *scan,
                                      guint             first,
                                      guint             last,
                                      gint              minutes);
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

G_END_DECLS
