/* cor-threads.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many threads to share @n_items among: @requested, or one per core
 * when it is 0; at least one, and no more than one per @items_per_thread
 * items, since a thread is not worth starting for fewer. */
guint cor_threads_count (guint requested,
                         guint n_items,
                         guint items_per_thread);

/* Calls @func on each of @n_threads jobs, @jobs being an array of them
 * @job_size bytes apart: the first on this thread, the others each on a
 * thread of its own named @name; returns when all are done. */
void  cor_threads_run   (const char  *name,
                         GThreadFunc  func,
                         gpointer     jobs,
                         gsize        job_size,
                         guint        n_threads);

/* Called with a share [@start, @end) of the items of cor_threads_split(). */
typedef void (*CorThreadsRangeFunc) (guint    start,
                                     guint    end,
                                     gpointer data);

/* Calls @func on consecutive shares of @n_items, none empty, one share a
 * thread, as many threads as cor_threads_count() gives, this one among
 * them, and returns when all are done. */
void  cor_threads_split (guint               requested,
                         guint               n_items,
                         guint               items_per_thread,
                         CorThreadsRangeFunc func,
                         gpointer            data);

G_END_DECLS
