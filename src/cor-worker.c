/* cor-worker.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-worker"

#include "config.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "cor-worker.h"

/* Shared by the worker and the main thread; the worker only stores the
 * latest fraction and queues one idle when none is pending. */
typedef struct
{
  GMainContext      *context;
  GCancellable      *cancellable;
  CorWorkerProgress  callback;
  gpointer           user_data;
  gint               permille;
  gint               pending;
} Progress;

typedef struct
{
  GPtrArray          *sources;
  CorAnalysisOptions  options;
  CorCorrections     *corrections;
  CorStoryEdits      *story_edits;
  Progress           *progress;
} AnalyseData;

static void
progress_clear (gpointer data)
{
  Progress *progress = data;

  g_main_context_unref (progress->context);
  g_clear_object (&progress->cancellable);
}

static void
analyse_data_free (gpointer data)
{
  AnalyseData *d = data;

  g_ptr_array_unref (d->sources);
  cor_corrections_free (d->corrections);
  cor_story_edits_free (d->story_edits);
  if (d->progress != NULL)
    g_atomic_rc_box_release_full (d->progress, progress_clear);
  g_free (d);
}

static gboolean
progress_dispatch (gpointer data)
{
  Progress *progress = data;

  g_atomic_int_set (&progress->pending, 0);
  if (!g_cancellable_is_cancelled (progress->cancellable))
    progress->callback (g_atomic_int_get (&progress->permille) / 1000.0, progress->user_data);
  return G_SOURCE_REMOVE;
}

static void
progress_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, progress_clear);
}

/* Reading and analysis leave one core to the window: with every core busy,
 * its main loop waited up to half a second for its turn. */
static guint
worker_threads (void)
{
  return MAX (1, (int)g_get_num_processors () - 1);
}

/* Runs in the worker thread. */
static void
progress_report (double   fraction,
                 gpointer data)
{
  Progress *progress = data;
  g_autoptr(GSource) idle = NULL;

  g_atomic_int_set (&progress->permille, (gint)(fraction * 1000));
  if (!g_atomic_int_compare_and_exchange (&progress->pending, 0, 1))
    return;

  idle = g_idle_source_new ();
  g_source_set_priority (idle, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (idle, progress_dispatch, g_atomic_rc_box_acquire (progress), progress_release);
  g_source_set_static_name (idle, "[corroborate] analysis progress");
  g_source_attach (idle, progress->context);
}

/* Reading and comparing yield to the window's thread: on a busy machine
 * the main loop otherwise waited for a core behind them (a stall of 130 ms
 * of which 25 ms were its own work). Linux sets the niceness of a thread
 * by its id; a thread of GTask's pool keeps it, as it only ever runs
 * background work. */
static void
yield_to_window (void)
{
#ifdef SYS_gettid
  setpriority (PRIO_PROCESS, (id_t)syscall (SYS_gettid), 10);
#endif
}

static void
analyse_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AnalyseData *d = task_data;
  g_autoptr(CorFactTable) table = NULL;
  GError *error = NULL;

  yield_to_window ();
  table = cor_analysis_run (d->sources, &d->options,
                            d->progress ? progress_report : NULL, d->progress,
                            cancellable, &error);
  if (table == NULL)
    {
      if (error == NULL)
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
      g_task_return_error (task, error);
      return;
    }
  if (d->corrections != NULL)
    cor_corrections_apply (d->corrections, table);
  g_task_return_pointer (task, g_steal_pointer (&table), (GDestroyNotify)cor_fact_table_unref);
}

CorSource *
cor_worker_copy_source (CorSource *source)
{
  CorSource *copy = cor_source_new ();

  cor_source_set_path (copy, cor_source_get_path (source));
  cor_source_set_uri (copy, cor_source_get_uri (source));
  cor_source_set_name (copy, cor_source_get_name (source));
  cor_source_set_title (copy, cor_source_get_title (source));
  cor_source_set_byline (copy, cor_source_get_byline (source));
  cor_source_set_published (copy, cor_source_get_published (source));
  cor_source_set_published_from (copy, cor_source_get_published_from (source));
  cor_source_set_language (copy, cor_source_get_language (source));
  cor_source_set_text (copy, cor_source_get_text (source));
  cor_source_set_kind (copy, cor_source_get_kind (source));
  cor_source_set_error (copy, cor_source_get_error (source));
  return copy;
}

void
cor_worker_analyse_async (GPtrArray           *sources,
                          double               strictness,
                          CorCorrections      *corrections,
                          CorStoryEdits       *story_edits,
                          CorWorkerProgress    progress,
                          gpointer             progress_data,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AnalyseData *d = g_new0 (AnalyseData, 1);

  g_return_if_fail (sources != NULL);

  d->sources = g_ptr_array_new_full (sources->len, g_object_unref);
  for (guint i = 0; i < sources->len; i++)
    g_ptr_array_add (d->sources, cor_worker_copy_source (g_ptr_array_index (sources, i)));
  d->options = (CorAnalysisOptions) COR_ANALYSIS_OPTIONS_INIT;
  d->options.strictness = strictness;
  d->options.n_threads = worker_threads ();
  d->corrections = corrections ? cor_corrections_copy (corrections) : NULL;
  d->story_edits = story_edits ? cor_story_edits_copy (story_edits) : NULL;
  d->options.story_edits = d->story_edits;
  if (progress != NULL)
    {
      d->progress = g_atomic_rc_box_new0 (Progress);
      d->progress->context = g_main_context_ref_thread_default ();
      d->progress->cancellable = cancellable ? g_object_ref (cancellable) : g_cancellable_new ();
      d->progress->callback = progress;
      d->progress->user_data = progress_data;
    }

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cor_worker_analyse_async);
  g_task_set_task_data (task, d, analyse_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, analyse_thread);
}

CorFactTable *
cor_worker_analyse_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GPtrArray *files = task_data;
  g_autoptr(GPtrArray) locations = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sources = NULL;

  yield_to_window ();
  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      char *path = g_file_get_path (file);

      g_ptr_array_add (locations, path ? path : g_file_get_uri (file));
    }
  sources = cor_analysis_load_locations ((const char * const *)locations->pdata, locations->len,
                                         worker_threads (), cancellable);
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, g_steal_pointer (&sources), (GDestroyNotify)g_ptr_array_unref);
}

void
cor_worker_load_async (GPtrArray           *files,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (files != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cor_worker_load_async);
  g_task_set_task_data (task, g_ptr_array_ref (files), (GDestroyNotify)g_ptr_array_unref);
  g_task_run_in_thread (task, load_thread);
}

GPtrArray *
cor_worker_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
