/* cor-analysis.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-analysis"

#include "config.h"

#include <libxml/parser.h>

#include "cor-align.h"
#include "cor-analysis.h"
#include "cor-dates.h"
#include "cor-metadata.h"
#include "cor-source-load.h"
#include "cor-stories.h"
#include "cor-story-align.h"
#include "cor-threads.h"

/* Reading each report (its sentences and mentions) is independent of the
 * others, so it runs on every core; the documents land in their sources'
 * slots, so the table is the same whatever the number of threads. */
typedef struct
{
  GPtrArray                *sources;
  CorDocument             **documents;
  CorWords                **words;          /* each document's, for the stories, or NULL */
  const CorAnalysisOptions *options;
  GCancellable             *cancellable;
  GMutex                    lock;
  GCond                     cond;
  guint                     n_done;
  guint                     batch;          /* documents a task of the pool builds */
  GDate                     earliest_own;   /* of the dates the reports give themselves */
  GDate                     latest_own;
  char                    **dateline_days;  /* per source: the day its yearless dateline gives, or NULL */
} DocumentJob;

/* How far a file's time may lie from the dates the other reports give and
 * still be taken for when its report was published. */
#define FILE_DATE_SLACK_DAYS 7


/* How far into a report its dateline may come: after a headline, a
 * standfirst and a caption or two. */
#define DATELINE_LINES 8

/* The day @source's wire dateline gives without a year ("LONDON, Nov 17
 * (Agency) —"), in the year that puts it within FILE_DATE_SLACK_DAYS of
 * the days the other reports give themselves; NULL when none does. */
static char *
dateline_day (DocumentJob *job,
              CorSource   *source)
{
  const char *text = cor_source_get_text (source);
  guint month = 0, day = 0;

  if (text == NULL || !g_date_valid (&job->latest_own))
    return NULL;
  for (guint line = 0; line < DATELINE_LINES && text != NULL && *text != '\0'; line++)
    {
      const char *end = strchr (text, '\n');
      g_autofree char *one = g_strndup (text, end != NULL ? (gsize)(end - text) : strlen (text));

      if (cor_metadata_dateline_day (one, &month, &day))
        break;
      month = 0;
      text = end != NULL ? end + 1 : NULL;
    }
  if (month == 0)
    return NULL;
  for (int shift = -1; shift <= 1; shift++)
    {
      GDateYear year = g_date_get_year (&job->latest_own) + shift;
      GDate d, low = job->earliest_own, high = job->latest_own;
      char buf[16];

      if (!g_date_valid_dmy (day, month, year))
        continue;
      g_date_set_dmy (&d, day, month, year);
      g_date_subtract_days (&low, FILE_DATE_SLACK_DAYS);
      g_date_add_days (&high, FILE_DATE_SLACK_DAYS);
      if (g_date_compare (&d, &low) < 0 || g_date_compare (&d, &high) > 0)
        continue;
      g_date_strftime (buf, sizeof buf, "%Y-%m-%d", &d);
      return g_strdup (buf);
    }
  return NULL;
}

static void
find_own_dates (DocumentJob *job)
{
  g_date_clear (&job->earliest_own, 1);
  g_date_clear (&job->latest_own, 1);
  for (guint i = 0; i < job->sources->len; i++)
    {
      CorSource *source = g_ptr_array_index (job->sources, i);
      GDate d;

      if (g_strcmp0 (cor_source_get_published_from (source), COR_PUBLISHED_FROM_FILE) == 0 ||
          !cor_dates_parse_day (cor_source_get_published (source), &d))
        continue;
      if (!g_date_valid (&job->earliest_own) || g_date_compare (&d, &job->earliest_own) < 0)
        job->earliest_own = d;
      if (!g_date_valid (&job->latest_own) || g_date_compare (&d, &job->latest_own) > 0)
        job->latest_own = d;
    }
  job->dateline_days = g_new0 (char *, job->sources->len);
  for (guint i = 0; i < job->sources->len; i++)
    {
      CorSource *source = g_ptr_array_index (job->sources, i);

      if (cor_source_get_published (source) == NULL
          || g_strcmp0 (cor_source_get_published_from (source), COR_PUBLISHED_FROM_FILE) == 0)
        job->dateline_days[i] = dateline_day (job, source);
    }
}

/* The date a report's relative dates are resolved against when neither it
 * nor the user dates it: its file's time, unless the other reports' own
 * dates belie it (a file copied or saved long after the story). A date
 * nothing vouches for is no reference: its relative dates stay unresolved
 * rather than guessed. */
static const char *
fallback_date (DocumentJob *job,
               CorSource   *source,
               guint        index)
{
  GDate file, low, high;

  if (job->options->published != NULL)
    return job->options->published;
  if (job->dateline_days != NULL && job->dateline_days[index] != NULL)
    return job->dateline_days[index];
  if (g_strcmp0 (cor_source_get_published_from (source), COR_PUBLISHED_FROM_FILE) != 0 ||
      !cor_dates_parse_day (cor_source_get_published (source), &file))
    return NULL;
  if (!g_date_valid (&job->latest_own))
    return cor_source_get_published (source);
  low = job->earliest_own;
  high = job->latest_own;
  g_date_subtract_days (&low, FILE_DATE_SLACK_DAYS);
  g_date_add_days (&high, FILE_DATE_SLACK_DAYS);
  if (g_date_compare (&file, &low) < 0 || g_date_compare (&file, &high) > 0)
    return NULL;
  return cor_source_get_published (source);
}

static gboolean
wants_document (CorSource *source)
{
  return cor_source_get_error (source) == NULL && cor_source_get_text (source) != NULL;
}

static void
build_document (DocumentJob *job,
                guint        i)
{
  CorSource *source = g_ptr_array_index (job->sources, i);

  if (g_cancellable_is_cancelled (job->cancellable) || !wants_document (source))
    return;
  if (job->words != NULL)
    job->documents[i] = cor_document_new_with_words (source, fallback_date (job, source, i), &job->words[i]);
  else
    job->documents[i] = cor_document_new (source, fallback_date (job, source, i));
}

static void
document_worker (gpointer data,
                 gpointer user_data)
{
  DocumentJob *job = user_data;
  guint first = (GPOINTER_TO_UINT (data) - 1) * job->batch;
  guint end = MIN (first + job->batch, job->sources->len);

  for (guint i = first; i < end; i++)
    build_document (job, i);

  g_mutex_lock (&job->lock);
  job->n_done += end - first;
  g_cond_signal (&job->cond);
  g_mutex_unlock (&job->lock);
}

/* Fills job->documents; progress is reported from the calling thread only. */
static void
build_documents (DocumentJob     *job,
                 CorProgressFunc  progress,
                 gpointer         progress_data)
{
  guint n = job->sources->len;
  guint workers = cor_threads_count (job->options->n_threads, n, 1);
  GThreadPool *pool;
  guint reported = 0;

  if (workers == 1)
    {
      for (guint i = 0; i < n && !g_cancellable_is_cancelled (job->cancellable); i++)
        {
          build_document (job, i);
          if (progress != NULL)
            progress (0.8 * (i + 1) / n, progress_data);
        }
      return;
    }

  /* A task a batch of documents, a few dozen batches a thread: a task
   * and a wake-up of this thread for each of 100,000 small reports cost
   * as much processor time as reading them. */
  job->batch = MAX (1, n / (workers * 32));
  pool = g_thread_pool_new (document_worker, job, workers, FALSE, NULL);
  for (guint b = 0; b * job->batch < n; b++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (b + 1), NULL);

  g_mutex_lock (&job->lock);
  while (job->n_done < n)
    {
      guint done;

      g_cond_wait (&job->cond, &job->lock);
      done = job->n_done;
      if (progress != NULL && done > reported)
        {
          /* The callback may be slow: never hold the lock over it. */
          g_mutex_unlock (&job->lock);
          progress (0.8 * done / n, progress_data);
          g_mutex_lock (&job->lock);
          reported = done;
        }
    }
  g_mutex_unlock (&job->lock);

  /* The workers may all have finished before the first wait. */
  if (progress != NULL && reported < n)
    progress (0.8, progress_data);

  g_thread_pool_free (pool, FALSE, TRUE);
}

typedef struct
{
  const char * const *paths;
  CorSource         **sources;
  GCancellable       *cancellable;
} LoadJob;

static void
load_worker (gpointer data,
             gpointer user_data)
{
  LoadJob *job = user_data;
  guint i = GPOINTER_TO_UINT (data) - 1;

  job->sources[i] = cor_source_load_location (job->paths[i], job->cancellable);
}

GPtrArray *
cor_analysis_load_locations (const char * const *paths,
                             guint               n_paths,
                             guint               n_threads,
                             GCancellable       *cancellable)
{
  GPtrArray *sources = g_ptr_array_new_full (n_paths, g_object_unref);
  g_autofree CorSource **loaded = g_new0 (CorSource *, MAX (n_paths, 1));
  LoadJob job = { paths, loaded, cancellable };
  guint workers;

  g_return_val_if_fail (paths != NULL || n_paths == 0, sources);

  workers = cor_threads_count (n_threads, n_paths, 1);
  if (workers == 1)
    {
      for (guint i = 0; i < n_paths; i++)
        load_worker (GUINT_TO_POINTER (i + 1), &job);
    }
  else
    {
      GThreadPool *pool;

      /* libxml2 2.9 must be set up once before threads use it. */
      xmlInitParser ();
      pool = g_thread_pool_new (load_worker, &job, workers, FALSE, NULL);

      for (guint i = 0; i < n_paths; i++)
        g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
      /* Waits for every path: each one gets a source, read or not. */
      g_thread_pool_free (pool, FALSE, TRUE);
    }

  for (guint i = 0; i < n_paths; i++)
    g_ptr_array_add (sources, loaded[i]);
  return sources;
}

/* The table of @sources' documents; when @words is not NULL, each
 * document's words land in it, for the stories stage. */
static CorFactTable *
read_documents (GPtrArray                *sources,
                const CorAnalysisOptions *options,
                CorProgressFunc           progress,
                gpointer                  progress_data,
                GCancellable             *cancellable,
                CorWords                **words,
                GError                  **error)
{
  static const CorAnalysisOptions defaults = COR_ANALYSIS_OPTIONS_INIT;
  g_autoptr(CorFactTable) table = cor_fact_table_new ();
  g_autofree CorDocument **documents = NULL;
  DocumentJob job = { 0 };

  if (options == NULL)
    options = &defaults;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  documents = g_new0 (CorDocument *, MAX (sources->len, 1));
  job.sources = sources;
  job.documents = documents;
  job.words = words;
  job.options = options;
  job.cancellable = cancellable;
  g_mutex_init (&job.lock);
  g_cond_init (&job.cond);
  find_own_dates (&job);
  build_documents (&job, progress, progress_data);
  g_mutex_clear (&job.lock);
  g_cond_clear (&job.cond);
  /* Not g_strfreev (): most entries are NULL. */
  for (guint i = 0; i < sources->len; i++)
    g_free (job.dateline_days[i]);
  g_free (job.dateline_days);

  for (guint i = 0; i < sources->len; i++)
    {
      cor_fact_table_add_source (table, g_ptr_array_index (sources, i), documents[i]);
      g_clear_pointer (&documents[i], cor_document_unref);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return g_steal_pointer (&table);
}

CorFactTable *
cor_analysis_read_documents (GPtrArray                *sources,
                             const CorAnalysisOptions *options,
                             CorProgressFunc           progress,
                             gpointer                  progress_data,
                             GCancellable             *cancellable,
                             GError                  **error)
{
  g_return_val_if_fail (sources != NULL, NULL);

  return read_documents (sources, options, progress, progress_data, cancellable, NULL, error);
}

CorFactTable *
cor_analysis_run (GPtrArray                *sources,
                  const CorAnalysisOptions *options,
                  CorProgressFunc           progress,
                  gpointer                  progress_data,
                  GCancellable             *cancellable,
                  GError                  **error)
{
  g_autoptr(CorFactTable) table = NULL;
  g_autofree CorWords **words = NULL;

  g_return_val_if_fail (sources != NULL, NULL);

  /* source/ read the reports: cor_analysis_load_locations().
   * text/ and mentions/: each report's sentences and mentions, a
   * CorDocument in a column of the table, and its words until the
   * stories are found. */
  words = g_new0 (CorWords *, MAX (sources->len, 1));
  table = read_documents (sources, options, progress, progress_data, cancellable, words, error);

  /* stories/: which reports tell one event, and which are copies of one
   * text; rows never span two stories. */
  if (table != NULL)
    cor_stories_find (table, options ? options->story_edits : NULL, words, options ? options->n_threads : 0);
  for (guint i = 0; i < sources->len; i++)
    g_clear_pointer (&words[i], cor_words_free);
  if (table == NULL)
    return NULL;

  /* facts/: the documents' statements (cor-statement.c), grouped into rows
   * across the reports (cor-align.c) and compared cell by cell
   * (cor-compare.c), story by story (stories/cor-story-align.c). */
  cor_story_align_build (table, options, cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (progress != NULL)
    progress (1.0, progress_data);

  /* export/ writes the table out: cor_export_table(). */
  return g_steal_pointer (&table);
}
