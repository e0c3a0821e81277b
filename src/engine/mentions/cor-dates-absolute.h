/* cor-dates-absolute.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-dates-private.h"

G_BEGIN_DECLS

/* Dates written out: "4 February 2026", "Feb. 4", "2026-02-04", "4/2/26". */
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

G_END_DECLS
