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

G_END_DECLS
