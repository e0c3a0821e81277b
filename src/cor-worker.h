/* cor-worker.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cor-analysis.h"
#include "cor-corrections.h"

G_BEGIN_DECLS

/* Called on the main thread, at most once per main-loop iteration. */
typedef void (*CorWorkerProgress) (double   fraction,
                                   gpointer user_data);

/* Analyses copies of @sources (CorSource) in a thread, its stories
 * corrected by @story_edits (may be NULL), then applies @corrections to
 * the result. Cancelling @cancellable drops the progress
 * still queued and makes the finish fail with G_IO_ERROR_CANCELLED. */
void          cor_worker_analyse_async  (GPtrArray           *sources,
                                         double               strictness,
                                         CorCorrections      *corrections,
                                         CorStoryEdits       *story_edits,
                                         CorWorkerProgress    progress,
                                         gpointer             progress_data,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
CorFactTable *cor_worker_analyse_finish (GAsyncResult        *result,
                                         GError             **error);

/* Reads files (GFile) in a thread; the result is a GPtrArray of CorSource,
 * one per file, those that could not be read carrying their error. */
void          cor_worker_load_async     (GPtrArray           *files,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
GPtrArray    *cor_worker_load_finish    (GAsyncResult        *result,
                                         GError             **error);

/* A copy the worker can read while the original is edited. */
CorSource    *cor_worker_copy_source    (CorSource           *source);

G_END_DECLS
