/* cor-dates-days.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-dates-private.h"

G_BEGIN_DECLS

/* "The next three days", "the past week", "overnight", "the year to date",
 * "week 23" at @i; returns the index after them, or 0. */
guint cor_dates_scan_days (CorDateScan *scan,
                           guint        i);

G_END_DECLS
