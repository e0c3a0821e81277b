/* cor-threads.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-engine"

#include "config.h"

#include "cor-threads.h"

guint
cor_threads_count (guint requested,
                   guint n_items,
                   guint items_per_thread)
{
  guint n = requested;

  g_return_val_if_fail (items_per_thread > 0, 1);

  if (n == 0)
    n = g_get_num_processors ();
  return CLAMP (n, 1, MAX (1, n_items / items_per_thread));
}

void
cor_threads_run (const char  *name,
                 GThreadFunc  func,
                 gpointer     jobs,
                 gsize        job_size,
                 guint        n_threads)
{
  g_autofree GThread **threads = NULL;

  g_return_if_fail (func != NULL && n_threads > 0);

  threads = g_new0 (GThread *, n_threads);
  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new (name, func, (char *)jobs + t * job_size);
  func (jobs);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
}

typedef struct
{
  CorThreadsRangeFunc func;
  gpointer            data;
  guint               start;
  guint               end;
} Share;

static gpointer
run_share (gpointer data)
{
  Share *share = data;

  share->func (share->start, share->end, share->data);
  return NULL;
}

void
cor_threads_split (guint               requested,
                   guint               n_items,
                   guint               items_per_thread,
                   CorThreadsRangeFunc func,
                   gpointer            data)
{
  guint n_threads;
  g_autofree Share *shares = NULL;

  g_return_if_fail (func != NULL);

  if (n_items == 0)
    return;
  n_threads = cor_threads_count (requested, n_items, items_per_thread);
  shares = g_new (Share, n_threads);
  for (guint t = 0; t < n_threads; t++)
    shares[t] = (Share) { func, data, (guint)((guint64)n_items * t / n_threads),
                          (guint)((guint64)n_items * (t + 1) / n_threads) };
  cor_threads_run ("cor-split", run_share, shares, sizeof (Share), n_threads);
}
