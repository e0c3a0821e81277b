/* cor-export-text.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

/* The table as text for people: one row per fact, a column per source.
 * cor_export_table() picks among them. */
GBytes *cor_export_csv      (CorFactTable *table);
GBytes *cor_export_markdown (CorFactTable *table);
GBytes *cor_export_html     (CorFactTable *table);

G_END_DECLS
