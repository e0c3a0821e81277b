/* cor-dates-relative.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-dates-private.h"

G_BEGIN_DECLS

/* Times, bare years, "last week", "three days ago", holidays and weekdays
 * at @i; returns the index after what it read. */
guint cor_dates_scan_relative (CorDateScan *scan,
                               guint        i);

G_END_DECLS
