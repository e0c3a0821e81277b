/* benchmark.c: how Corroborate scales with the number of reports.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates sets of N reports of one invented story (cor-report-generator.c),
 * writes them to a temporary folder and times each stage of a comparison:
 * reading the files, sentences and mentions, alignment and comparison, the
 * JSON export. Each N runs in its own process so its peak memory is its own.
 *
 * Then one report of 16 MB of varied news text (the most a report may
 * hold), read, compared and exported on one thread as --export=json does,
 * and read and written as --mentions does: the goal is 10 s each.
 *
 *   benchmark                      N = 10, 100, 1000, the growth ratio, 16 MB
 *   benchmark --sizes 50,500 --threads 1 --words 600 --report-mb 4
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "cor-analysis.h"
#include "cor-export.h"
#include "cor-report-generator.h"

static char *opt_sizes = NULL;
static int opt_one = 0;
static int opt_threads = 0;
static int opt_words = 600;
static int opt_seed = 2026;
static char *opt_fixtures = NULL;
static int opt_report_mb = 16;
static int opt_one_report = 0;

static GOptionEntry entries[] = {
  { "sizes", 0, 0, G_OPTION_ARG_STRING, &opt_sizes, "Numbers of reports, comma-separated (10,100,1000)", "N,N" },
  { "threads", 0, 0, G_OPTION_ARG_INT, &opt_threads, "Threads for per-report work (0: one per core)", "N" },
  { "words", 0, 0, G_OPTION_ARG_INT, &opt_words, "Words per report (600)", "N" },
  { "seed", 0, 0, G_OPTION_ARG_INT, &opt_seed, "Seed of the generated set", "N" },
  { "fixtures", 0, 0, G_OPTION_ARG_FILENAME, &opt_fixtures, "Folder of *.txt fixtures to draw paragraphs from", "DIR" },
  { "report-mb", 0, 0, G_OPTION_ARG_INT, &opt_report_mb, "Size of the one large report (16; 0: none)", "MB" },
  { "one", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &opt_one, NULL, NULL },
  { "one-report", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &opt_one_report, NULL, NULL },
  { NULL }
};

/* Peak resident memory since the last reset, in MB. Linux resets the peak
 * when "5" is written to clear_refs; where it cannot, peaks only grow. */
static double
peak_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line ? g_ascii_strtod (line + 6, NULL) / 1024.0 : 0;
}

static void
reset_peak (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");

  if (f != NULL)
    {
      fputs ("5", f);
      fclose (f);
    }
}

/* Processor time of every thread of the process, in seconds: on a shared
 * machine, wall time alone says more about the neighbours than the code. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

typedef struct
{
  const char *name;
  double      seconds;
  double      cpu;
  double      peak;
} Stage;

typedef struct
{
  gint64 start;
  gint64 documents_done;
  double documents_cpu;
  double documents_peak;
} AnalysisClock;

/* The analysis reports 0.8 once every document is read: the boundary
 * between the mention stage and alignment. */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  AnalysisClock *clock = user_data;

  if (clock->documents_done == 0 && fraction >= 0.8 - 1e-9)
    {
      clock->documents_done = g_get_monotonic_time ();
      clock->documents_cpu = cpu_seconds ();
      clock->documents_peak = peak_mb ();
      reset_peak ();
    }
}

static char *
write_reports (guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = cor_generate_reports (n, opt_words, opt_seed, opt_fixtures);
  char *dir = g_dir_make_tmp ("cor-bench-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < reports->len; i++)
    {
      CorGeneratedReport *report = g_ptr_array_index (reports, i);
      g_autofree char *path = g_build_filename (dir, report->name, NULL);

      g_file_set_contents (path, report->data, -1, &error);
      g_assert_no_error (error);
    }
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
list_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
print_stage (const Stage *stage,
             double       mb)
{
  g_print ("  %-22s %9.3f %8.3f %10.1f %12.1f\n", stage->name, stage->seconds, stage->cpu,
           stage->seconds > 0 ? mb / stage->seconds : 0.0, stage->peak);
}

static int
run_one (guint n)
{
  g_autofree char *dir = write_reports (n);
  g_autoptr(GPtrArray) paths = list_files (dir);
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GError) error = NULL;
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;
  AnalysisClock clock = { 0 };
  Stage stages[5] = {
    { "reading", 0, 0, 0 },
    { "mentions", 0, 0, 0 },
    { "alignment+comparison", 0, 0, 0 },
    { "export (JSON)", 0, 0, 0 },
    { "total", 0, 0, 0 },
  };
  Stage single = { "mentions, 1 thread", 0, 0, 0 };
  guint threads = opt_threads > 0 ? (guint) opt_threads : g_get_num_processors ();
  guint64 input_bytes = 0, text_bytes = 0, words = 0;
  guint n_facts;
  gint64 start;
  double cpu;
  double mb, text_mb;

  options.n_threads = threads;

  /* Reading: every file from the disk (cache) into a source. */
  reset_peak ();
  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  sources = cor_analysis_load_locations ((const char * const *) paths->pdata, paths->len, threads, NULL);
  stages[0].seconds = seconds_since (start);
  stages[0].cpu = cpu_seconds () - cpu;
  stages[0].peak = peak_mb ();

  for (guint i = 0; i < paths->len; i++)
    {
      GStatBuf st;
      CorSource *source = g_ptr_array_index (sources, i);
      const char *text = cor_source_get_text (source);

      if (g_stat (g_ptr_array_index (paths, i), &st) == 0)
        input_bytes += st.st_size;
      if (cor_source_get_error (source) != NULL)
        g_printerr ("benchmark: %s: %s\n", (char *) g_ptr_array_index (paths, i),
                    cor_source_get_error (source)->message);
      text_bytes += cor_source_get_text_length (source);
      for (const char *p = text; p != NULL && *p != '\0'; p++)
        if (!g_ascii_isspace (*p) && (p == text || g_ascii_isspace (p[-1])))
          words++;
    }

  /* Mentions, then alignment and comparison, in one analysis run. */
  reset_peak ();
  clock.start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  table = cor_analysis_run (sources, &options, on_progress, &clock, NULL, &error);
  g_assert_no_error (error);
  if (clock.documents_done == 0)
    {
      clock.documents_done = clock.start;
      clock.documents_cpu = cpu;
    }
  stages[1].seconds = (clock.documents_done - clock.start) / 1e6;
  stages[1].cpu = clock.documents_cpu - cpu;
  stages[2].cpu = cpu_seconds () - clock.documents_cpu;
  stages[1].peak = clock.documents_peak;
  stages[2].seconds = seconds_since (clock.documents_done);
  stages[2].peak = peak_mb ();
  n_facts = table->facts->len;

  reset_peak ();
  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  json = cor_export_table (table, COR_EXPORT_JSON);
  stages[3].seconds = seconds_since (start);
  stages[3].cpu = cpu_seconds () - cpu;
  stages[3].peak = peak_mb ();

  for (guint i = 0; i < 4; i++)
    {
      stages[4].seconds += stages[i].seconds;
      stages[4].cpu += stages[i].cpu;
      stages[4].peak = MAX (stages[4].peak, stages[i].peak);
    }

  /* The per-core rate of mention extraction, on one thread. */
  g_clear_pointer (&table, cor_fact_table_unref);
  g_clear_pointer (&json, g_bytes_unref);
  reset_peak ();
  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  for (guint i = 0; i < sources->len; i++)
    {
      CorSource *source = g_ptr_array_index (sources, i);

      if (cor_source_get_text (source) != NULL)
        cor_document_unref (cor_document_new (source, NULL));
    }
  single.seconds = seconds_since (start);
  single.cpu = cpu_seconds () - cpu;
  single.peak = peak_mb ();

  mb = input_bytes / 1e6;
  text_mb = text_bytes / 1e6;
  g_print ("N = %u reports: %.2f MB of files, %.2f MB of text, %" G_GUINT64_FORMAT " words per report, "
           "%u facts, %u threads\n", n, mb, text_mb, n ? words / n : 0, n_facts, threads);
  g_print ("  %-22s %9s %8s %10s %12s\n", "stage", "time (s)", "cpu (s)", "input MB/s", "peak RSS MB");
  for (guint i = 0; i < 5; i++)
    print_stage (&stages[i], mb);
  print_stage (&single, mb);
  g_print ("  mention extraction per core: %.1f MB/s of text on 1 thread (%.1f MB/s of its cpu time), "
           "%.1f MB/s per core on %u\n",
           single.seconds > 0 ? text_mb / single.seconds : 0.0,
           single.cpu > 0 ? text_mb / single.cpu : 0.0,
           stages[1].seconds > 0 ? text_mb / stages[1].seconds / threads : 0.0, threads);
  {
    double load[1] = { 0 };

    if (getloadavg (load, 1) == 1)
      g_print ("  load average of the machine during the run: %.2f on %u cores\n", load[0],
               g_get_num_processors ());
  }
  /* For the parent: one line it can read. */
  g_print ("RESULT %u %.6f %.1f\n", n, stages[4].seconds, stages[4].peak);

  remove_dir (dir);
  return 0;
}

/* One command on the report at @path, on one thread, as the command line
 * runs it: --mentions when @mentions, else --export=json. */
static void
run_command (const char *path,
             gboolean    mentions,
             Stage      *stage)
{
  const char *paths[] = { path };
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GError) error = NULL;
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds ();

  options.n_threads = 1;
  reset_peak ();
  sources = cor_analysis_load_locations (paths, 1, 1, NULL);
  g_assert_null (cor_source_get_error (g_ptr_array_index (sources, 0)));
  if (mentions)
    {
      table = cor_analysis_read_documents (sources, &options, NULL, NULL, NULL, &error);
      out = cor_export_mentions (table->documents);
    }
  else
    {
      table = cor_analysis_run (sources, &options, NULL, NULL, NULL, &error);
      out = cor_export_table (table, COR_EXPORT_JSON);
    }
  g_assert_no_error (error);
  stage->seconds = seconds_since (start);
  stage->cpu = cpu_seconds () - cpu;
  stage->peak = peak_mb ();
}

static int
run_one_report (guint megabytes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = cor_generate_long_report ((gsize) megabytes * 1024 * 1024, opt_seed,
                                                    opt_fixtures);
  g_autofree char *dir = g_dir_make_tmp ("cor-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  Stage stages[2] = { { "--mentions", 0, 0, 0 }, { "--export=json", 0, 0, 0 } };
  const char *paths[1];
  double mb = strlen (text) / 1e6;

  g_assert_no_error (error);
  path = g_build_filename (dir, "long-report.txt", NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  paths[0] = path;
  sources = cor_analysis_load_locations (paths, 1, 1, NULL);

  run_command (path, TRUE, &stages[0]);
  run_command (path, FALSE, &stages[1]);
  g_print ("One report of %u MB (%zu bytes) of news text, %zu bytes after reading, on one thread; "
           "goal 10 s each\n", megabytes, strlen (text),
           cor_source_get_text_length (g_ptr_array_index (sources, 0)));
  g_print ("  %-22s %9s %8s %10s %12s\n", "command", "time (s)", "cpu (s)", "input MB/s", "peak RSS MB");
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    print_stage (&stages[i], mb);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sizes = NULL;
  g_autoptr(GArray) totals = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) ns = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autofree char *self = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("benchmark: %s\n", error->message);
      return 2;
    }
  if (opt_fixtures == NULL && g_getenv ("G_TEST_SRCDIR") != NULL)
    opt_fixtures = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", NULL);

  if (opt_one > 0)
    return run_one (opt_one);
  if (opt_one_report > 0)
    return run_one_report (opt_one_report);

  self = g_file_read_link ("/proc/self/exe", NULL);
  sizes = g_strsplit (opt_sizes ? opt_sizes : "10,100,1000", ",", -1);
  for (guint i = 0; sizes[i] != NULL; i++)
    {
      g_autofree char *one = g_strdup_printf ("--one=%s", sizes[i]);
      g_autofree char *threads = g_strdup_printf ("--threads=%d", opt_threads);
      g_autofree char *words = g_strdup_printf ("--words=%d", opt_words);
      g_autofree char *seed = g_strdup_printf ("--seed=%d", opt_seed);
      g_autofree char *out = NULL;
      const char *child[] = { self ? self : argv[0], one, threads, words, seed,
                              opt_fixtures ? "--fixtures" : NULL, opt_fixtures, NULL };
      const char *result;
      int status = 0;
      guint n = 0;
      double total = 0;

      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                         &out, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("benchmark: N = %s: %s\n", sizes[i], error->message);
          return 1;
        }
      result = strstr (out, "RESULT ");
      if (result != NULL && sscanf (result, "RESULT %u %lf", &n, &total) == 2)
        {
          g_array_append_val (ns, n);
          g_array_append_val (totals, total);
        }
      fwrite (out, 1, result ? (gsize) (result - out) : strlen (out), stdout);
      g_print ("\n");
    }

  for (guint i = 1; i < ns->len; i++)
    g_print ("growth: time(%u)/time(%u) = %.2f\n",
             g_array_index (ns, guint, i), g_array_index (ns, guint, i - 1),
             g_array_index (totals, double, i) / MAX (g_array_index (totals, double, i - 1), 1e-6));

  /* The large report in a process of its own too, so its peak is its own. */
  if (opt_report_mb > 0)
    {
      g_autofree char *one = g_strdup_printf ("--one-report=%d", opt_report_mb);
      g_autofree char *seed = g_strdup_printf ("--seed=%d", opt_seed);
      const char *child[] = { self ? self : argv[0], one, seed,
                              opt_fixtures ? "--fixtures" : NULL, opt_fixtures, NULL };
      int status = 0;

      g_print ("\n");
      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN |
                         G_SPAWN_CHILD_INHERITS_STDOUT, NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("benchmark: one report of %d MB: %s\n", opt_report_mb, error->message);
          return 1;
        }
    }
  return 0;
}
