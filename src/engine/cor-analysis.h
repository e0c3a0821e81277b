/* cor-analysis.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cor-fact-table.h"
#include "cor-story-edits.h"

G_BEGIN_DECLS

typedef struct
{
  double      strictness;   /* 0 (join loosely) … 1 (join only near-identical statements); 0.5 default */
  const char *published;    /* fallback date for sources without one, or NULL */
  guint       n_threads;    /* 0: one per core */
  CorStoryEdits *story_edits; /* the user's corrections of the stories, or NULL */
} CorAnalysisOptions;

#define COR_ANALYSIS_OPTIONS_INIT { 0.5, NULL, 0, NULL }

/* Called from the analysing thread with the fraction done. */
typedef void (*CorProgressFunc) (double   fraction,
                                 gpointer user_data);

/* The pipeline: the sources are read first (cor_analysis_load_locations()
 * or a loader of source/cor-source-load.h); cor_analysis_run() takes them
 * through text/, mentions/ and facts/ to a CorFactTable, which export/
 * writes out. */

/* Builds the fact table of @sources (CorSource; unread ones are kept as
 * columns with no cells). Returns NULL only when cancelled. */
CorFactTable *cor_analysis_run (GPtrArray                *sources,
                                const CorAnalysisOptions *options,
                                CorProgressFunc           progress,
                                gpointer                  progress_data,
                                GCancellable             *cancellable,
                                GError                  **error);

/* The first half of cor_analysis_run(): a table with a column and a
 * CorDocument (sentences and mentions) per read source, and no facts. The
 * documents are read on every core; progress goes from 0 to 0.8. Returns
 * NULL only when cancelled. */
CorFactTable *cor_analysis_read_documents (GPtrArray                *sources,
                                           const CorAnalysisOptions *options,
                                           CorProgressFunc           progress,
                                           gpointer                  progress_data,
                                           GCancellable             *cancellable,
                                           GError                  **error);

/* Reads @paths — files, "-" for standard input, or http and https
 * addresses — as cor_source_load_location() does, on @n_threads threads
 * (0: one per core); the sources come back in the order of @paths, each
 * read or holding its error. */
GPtrArray    *cor_analysis_load_locations (const char * const *paths,
                                           guint               n_paths,
                                           guint               n_threads,
                                           GCancellable       *cancellable);

G_END_DECLS
