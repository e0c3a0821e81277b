/* cor-dates-periods.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-dates-private.h"

G_BEGIN_DECLS

/* Spans of days the text names: weeks and weekends ("later this week",
 * "over the weekend"), "overnight", parts of a month or a year ("early
 * May", "late 2025", "by the end of the year"), quarters and halves ("the
 * first quarter", "H2 2019"), seasons, decades, "the next three days".
 * Returns the index after what it read, or 0 when nothing starts at @i. */
guint     cor_dates_scan_period      (CorDateScan *scan,
                                      guint        i);

/* The span a recurring period has in @year: a month, a season, a quarter. */
typedef void (*CorDateSpanFunc) (int          year,
                                 gconstpointer data,
                                 GDate       *from,
                                 GDate       *to);

/* Which year a recurring period named without one falls in, by news
 * convention: the clause's tense, when it has one, points back or forward
 * from the report's date; without one, the span that holds the report's
 * date or, failing that, the nearest. */
int       cor_dates_pick_year        (CorDateScan     *scan,
                                      guint            first,
                                      guint            last,
                                      CorDateSpanFunc  span_of,
                                      gconstpointer    data);

G_END_DECLS
