/* cor-story-align.h
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

/* Aligns the facts of each story of @table on its own, as if its reports
 * were the whole set, so that the words of one event weigh as they would
 * alone, then gathers the rows, most supported first, each with its story.
 * With one story it is cor_align_build() itself. */
void cor_story_align_build (CorFactTable             *table,
                            const CorAnalysisOptions *options,
                            GCancellable             *cancellable);

G_END_DECLS
