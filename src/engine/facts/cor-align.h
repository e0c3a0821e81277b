/* cor-align.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cor-analysis.h"
#include "cor-fact-table.h"

G_BEGIN_DECLS

/* Extracts the statements of @table's documents, groups them into facts
 * across the reports and compares each cell: fills @table->facts. */
void cor_align_build (CorFactTable             *table,
                      const CorAnalysisOptions *options,
                      GCancellable             *cancellable);

/* For fitting the pair model (build-aux/fit-align-weights): every
 * statement and every candidate pair of @table with its features, as
 * tab-separated lines ("F" names, "S" statements, "P" pairs). */
void cor_align_dump  (CorFactTable             *table,
                      const CorAnalysisOptions *options,
                      GString                  *out);

G_END_DECLS
