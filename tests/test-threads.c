/* test-threads.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cor-analysis.h"
#include "cor-export.h"
#include "cor-report-generator.h"
#include "cor-source-load.h"
#include "cor-threads.h"

static GPtrArray *
generated_sources (guint n)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GPtrArray) reports = cor_generate_reports (n, 300, 11, fixtures);
  GPtrArray *sources = g_ptr_array_new_with_free_func (g_object_unref);
  static const char *types[] = { "text/plain", "text/html", "text/markdown" };

  for (guint i = 0; i < reports->len; i++)
    {
      CorGeneratedReport *report = g_ptr_array_index (reports, i);
      g_autoptr(GBytes) bytes = g_bytes_new (report->data, strlen (report->data));

      g_ptr_array_add (sources, cor_source_load_bytes (bytes, report->name, types[report->kind], NULL));
    }
  return sources;
}

static char *
export_with_threads (GPtrArray *sources,
                     guint      n_threads)
{
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  options.n_threads = n_threads;
  options.published = "2026-02-05";
  table = cor_analysis_run (sources, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  bytes = cor_export_table (table, COR_EXPORT_JSON);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The per-report work runs on several threads; the table must not depend
 * on how many, nor on which finished first. */
static void
test_same_output (void)
{
  g_autoptr(GPtrArray) sources = generated_sources (24);
  g_autofree char *one = export_with_threads (sources, 1);

  g_assert_cmpuint (strlen (one), >, 1000);
  for (guint threads = 2; threads <= 5; threads++)
    {
      g_autofree char *many = export_with_threads (sources, threads);

      g_assert_cmpstr (one, ==, many);
    }
}

typedef struct
{
  double        last;
  guint         calls;
  GThread      *thread;
  GCancellable *cancel_at_half;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_true (g_thread_self () == progress->thread);
  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  progress->last = fraction;
  progress->calls++;
  if (progress->cancel_at_half != NULL && fraction >= 0.4)
    g_cancellable_cancel (progress->cancel_at_half);
}

static void
test_progress_and_cancel (void)
{
  g_autoptr(GPtrArray) sources = generated_sources (16);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GError) error = NULL;
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;
  Progress progress = { 0, 0, g_thread_self (), NULL };

  options.n_threads = 3;
  table = cor_analysis_run (sources, &options, on_progress, &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  g_assert_cmpuint (table->sources->len, ==, 16);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_assert_cmpuint (progress.calls, >=, 2);
  g_clear_pointer (&table, cor_fact_table_unref);

  progress = (Progress) { 0, 0, g_thread_self (), cancellable };
  table = cor_analysis_run (sources, &options, on_progress, &progress, cancellable, &error);
  g_assert_null (table);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (progress.last, <, 1.0);
}

/* Reading files on several threads gives what reading them one by one
 * does, in the same order, errors included. */
static void
test_load_paths (void)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GPtrArray) reports = cor_generate_reports (12, 200, 5, fixtures);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) many = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-threads-XXXXXX", NULL);

  for (guint i = 0; i < reports->len; i++)
    {
      CorGeneratedReport *report = g_ptr_array_index (reports, i);
      char *path = g_build_filename (dir, report->name, NULL);

      g_assert_true (g_file_set_contents (path, report->data, -1, NULL));
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, g_build_filename (dir, "missing.txt", NULL));

  one = cor_analysis_load_locations ((const char * const *) paths->pdata, paths->len, 1, NULL);
  many = cor_analysis_load_locations ((const char * const *) paths->pdata, paths->len, 3, NULL);
  g_assert_cmpuint (one->len, ==, paths->len);
  g_assert_cmpuint (many->len, ==, paths->len);
  for (guint i = 0; i < paths->len; i++)
    {
      CorSource *a = g_ptr_array_index (one, i);
      CorSource *b = g_ptr_array_index (many, i);

      g_assert_cmpstr (cor_source_get_path (b), ==, g_ptr_array_index (paths, i));
      g_assert_cmpstr (cor_source_get_text (a), ==, cor_source_get_text (b));
      g_assert_cmpstr (cor_source_get_title (a), ==, cor_source_get_title (b));
      g_assert_true ((cor_source_get_error (a) == NULL) == (cor_source_get_error (b) == NULL));
    }
  g_assert_nonnull (cor_source_get_error (g_ptr_array_index (many, paths->len - 1)));
  g_assert_nonnull (cor_source_get_text (g_ptr_array_index (many, 0)));

  for (guint i = 0; i < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));
  g_rmdir (dir);
}

/* A generated set is varied, not one report copied. */
static void
test_generator_varies (void)
{
  g_autoptr(GPtrArray) reports = cor_generate_reports (30, 600, 3, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < reports->len; i++)
    {
      CorGeneratedReport *report = g_ptr_array_index (reports, i);

      g_assert_true (g_hash_table_add (seen, report->data));
      g_assert_cmpuint (strlen (report->data), >, 3000);
    }
}

static void
count_share (guint    start,
             guint    end,
             gpointer data)
{
  guint *visits = data;

  g_assert_cmpuint (start, <, end);
  for (guint i = start; i < end; i++)
    g_atomic_int_inc (&visits[i]);
}

/* Every item in exactly one share, whatever the number of threads. */
static void
test_split (void)
{
  static const guint counts[] = { 0, 1, 7, 999, 1000, 2001, 10007 };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    for (guint requested = 0; requested <= 5; requested++)
      {
        g_autofree guint *visits = g_new0 (guint, MAX (counts[c], 1));

        cor_threads_split (requested, counts[c], 1000, count_share, visits);
        for (guint i = 0; i < counts[c]; i++)
          g_assert_cmpuint (visits[i], ==, 1);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/threads/same-output", test_same_output);
  g_test_add_func ("/analysis/threads/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/analysis/threads/load-paths", test_load_paths);
  g_test_add_func ("/analysis/threads/generator-varies", test_generator_varies);
  g_test_add_func ("/analysis/threads/split", test_split);

  return g_test_run ();
}
