/* test-project.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cor-project.h"

static char *
make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cor-project-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static CorSource *
make_source (const char *name,
             const char *text)
{
  CorSource *source = cor_source_new ();

  cor_source_set_name (source, name);
  cor_source_set_text (source, text);
  return source;
}

static CorProject *
sample_project (void)
{
  CorProject *project = cor_project_new ();
  g_autoptr(GError) unread = g_error_new_literal (COR_ERROR, COR_ERROR_BINARY, "binary");
  g_autoptr(JsonParser) parser = json_parser_new ();
  CorSource *source;

  source = make_source ("ferry-gazette.html",
                        "The Marrow ferry stopped on Friday. « Nous attendons », dit Léa Brun.\n"
                        "Tickets cost €4.50; \"quotes\", back\\slashes and \t tabs survive.");
  cor_source_set_title (source, "Ferry halted — again");
  cor_source_set_path (source, "/home/ana/Reports/ferry-gazette.html");
  cor_source_set_uri (source, "https://gazette.example/ferry?id=7&lang=en");
  cor_source_set_published (source, "2026-03-14");
  cor_source_set_language (source, "en");
  cor_source_set_byline (source, "Léa Brun");
  cor_source_set_kind (source, COR_SOURCE_KIND_HTML);
  g_ptr_array_add (project->sources, source);

  source = make_source ("Pasted text", "Ferry service resumes Monday, operator says.");
  cor_source_set_kind (source, COR_SOURCE_KIND_PASTED);
  g_ptr_array_add (project->sources, source);

  source = cor_source_new ();
  cor_source_set_path (source, "/tmp/scan.pdf");
  cor_source_set_name (source, "scan.pdf");
  cor_source_set_kind (source, COR_SOURCE_KIND_PDF);
  cor_source_set_error (source, unread);
  g_ptr_array_add (project->sources, source);

  project->strictness = 0.75;
  g_assert_true (json_parser_load_from_data (parser,
                                             "[{\"fact\":\"f3\",\"source\":1,\"status\":\"conflicts\"}]",
                                             -1, NULL));
  project->corrections = json_node_copy (json_parser_get_root (parser));
  return project;
}

static void
test_round_trip (void)
{
  g_autoptr(CorProject) project = sample_project ();
  g_autoptr(CorProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "ferry.corroborate", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *corrections = NULL;
  CorSource *source;

  g_assert_true (cor_project_save (project, path, &error));
  g_assert_no_error (error);
  /* Saving twice replaces the file rather than failing on it. */
  g_assert_true (cor_project_save (project, path, &error));
  g_assert_no_error (error);

  loaded = cor_project_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (loaded->sources->len, ==, 3);
  g_assert_cmpfloat (loaded->strictness, ==, 0.75);

  source = g_ptr_array_index (loaded->sources, 0);
  g_assert_cmpstr (cor_source_get_text (source), ==,
                   cor_source_get_text (g_ptr_array_index (project->sources, 0)));
  g_assert_cmpstr (cor_source_get_title (source), ==, "Ferry halted — again");
  g_assert_cmpstr (cor_source_get_uri (source), ==, "https://gazette.example/ferry?id=7&lang=en");
  g_assert_cmpstr (cor_source_get_published (source), ==, "2026-03-14");
  g_assert_cmpstr (cor_source_get_byline (source), ==, "Léa Brun");
  g_assert_cmpint (cor_source_get_kind (source), ==, COR_SOURCE_KIND_HTML);

  source = g_ptr_array_index (loaded->sources, 1);
  g_assert_cmpint (cor_source_get_kind (source), ==, COR_SOURCE_KIND_PASTED);
  g_assert_null (cor_source_get_published (source));

  /* The unread report stays a column, with no text and an error. */
  source = g_ptr_array_index (loaded->sources, 2);
  g_assert_null (cor_source_get_text (source));
  g_assert_nonnull (cor_source_get_error (source));
  g_assert_cmpint (cor_source_get_kind (source), ==, COR_SOURCE_KIND_PDF);

  g_assert_nonnull (loaded->corrections);
  corrections = json_to_string (loaded->corrections, FALSE);
  g_assert_cmpstr (corrections, ==, "[{\"fact\":\"f3\",\"source\":1,\"status\":\"conflicts\"}]");

  /* Loading and saving again changes nothing. */
  before = cor_project_to_data (project, NULL);
  after = cor_project_to_data (loaded, NULL);
  g_assert_cmpstr (before, ==, after);

  /* No temporary file is left beside the project. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (d) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  remove_tree (dir);
}

static void
test_empty_project (void)
{
  g_autoptr(CorProject) project = cor_project_new ();
  g_autoptr(CorProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = cor_project_to_data (project, NULL);

  g_assert_nonnull (strstr (data, "\"corrections\" : ["));
  loaded = cor_project_load_data (data, strlen (data), "empty.corroborate", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->sources->len, ==, 0);
  g_assert_null (loaded->corrections);
}

/* Writes @contents to a file, fails to load it, and checks the message
 * names the file and the file is exactly as it was. */
static void
assert_load_fails (const char *contents,
                   gssize      length,
                   const char *expect_in_message)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "damaged.corroborate", NULL);
  g_autofree char *after = NULL;
  g_autoptr(CorProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st_before, st_after;
  gsize after_length;

  if (length < 0)
    length = strlen (contents);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_assert_cmpint (g_stat (path, &st_before), ==, 0);

  project = cor_project_load (path, &error);
  g_assert_null (project);
  g_assert_error (error, COR_ERROR, COR_ERROR_PROJECT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "damaged.corroborate"));
  if (expect_in_message != NULL)
    g_assert_nonnull (strstr (error->message, expect_in_message));

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, contents, length);
  g_assert_cmpint (g_stat (path, &st_after), ==, 0);
  g_assert_cmpint (st_after.st_mtime, ==, st_before.st_mtime);
  g_assert_cmpint (st_after.st_ino, ==, st_before.st_ino);

  remove_tree (dir);
}

static void
test_truncated (void)
{
  g_autoptr(CorProject) project = sample_project ();
  gsize length = 0;
  g_autofree char *data = cor_project_to_data (project, &length);

  /* Cut anywhere, the file is refused, never half read. */
  for (gsize cut = 1; cut < length; cut += 1 + length / 23)
    assert_load_fails (data, cut, NULL);
  assert_load_fails (data, length - 2, "incomplete");
}

static void
test_not_json (void)
{
  static const char binary[] = { 'P', 'K', 3, 4, 0, 0, (char) 0xff, (char) 0xfe, 1, 2 };
  static const char nul[] = "{\"format\":\"corroborate.project\",\"version\":1,\"sources\":[]}\0junk";

  assert_load_fails ("", 0, "empty");
  assert_load_fails ("The bridge reopened on Monday.\n", -1, "not a Corroborate project");
  assert_load_fails (binary, sizeof binary, "not a Corroborate project");
  assert_load_fails ("[1, 2, 3]", -1, "not a Corroborate project");
  assert_load_fails ("{\"format\":\"something.else\",\"version\":1}", -1, "not a Corroborate project");
  assert_load_fails (nul, sizeof nul - 1, "not a Corroborate project");
  /* Found by fuzz-project: data after the object (json-glib leaked on it). */
  assert_load_fails ("{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5,"
                     "\"sources\":[],\"corrections\":[]}[]}", -1, "damaged");
}

/* Found by fuzz-project: json-glib leaks on a broken \\u escape, so they
 * are refused before parsing; whole pairs still read. */
static void
test_escapes (void)
{
  static const char pair[] =
    "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5,"
    "\"sources\":[{\"name\":\"\\ud83d\\ude00 \\u00e9\\n\\/\",\"text\":\"\\\"q\\\"\"}],\"corrections\":[]}";
  g_autoptr(CorProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = cor_project_load_data (pair, sizeof pair - 1, "pair.corroborate", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_source_get_name (g_ptr_array_index (project->sources, 0)), ==, "😀 é\n/");
  g_assert_cmpstr (cor_source_get_text (g_ptr_array_index (project->sources, 0)), ==, "\"q\"");

  assert_load_fails ("{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":1,"
                     "\"sources\":[{\"name\":\"x\",\"text\":\"\\ud83d\\ud~00\"}],\"corrections\":[]}",
                     -1, "damaged");
  assert_load_fails ("{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":1,"
                     "\"sources\":[{\"name\":\"\\ude00\",\"text\":\"x\"}],\"corrections\":[]}",
                     -1, "damaged");
  assert_load_fails ("{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":1,"
                     "\"sources\":[{\"name\":\"\\q\",\"text\":\"x\"}],\"corrections\":[]}",
                     -1, "damaged");
  assert_load_fails ("{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":1,"
                     "\"sources\":[{\"name\":\"x\",\"text\":\"\\u12\"}]}", -1, "damaged");
}

static void
test_newer_version (void)
{
  assert_load_fails ("{\"format\":\"corroborate.project\",\"version\":2,\"strictness\":0.5,"
                     "\"sources\":[],\"corrections\":[],\"timeline\":{}}", -1, "newer version");
}

static void
test_missing_fields (void)
{
  const struct { const char *json; const char *field; } cases[] = {
    { "{\"format\":\"corroborate.project\",\"strictness\":0.5,\"sources\":[]}", "version" },
    { "{\"format\":\"corroborate.project\",\"version\":\"1\",\"strictness\":0.5,\"sources\":[]}", "version" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"sources\":[]}", "strictness" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":7,\"sources\":[]}", "strictness" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5}", "sources" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5,\"sources\":{}}", "sources" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5,\"sources\":[],"
      "\"corrections\":7}", "corrections" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5,"
      "\"sources\":[{\"name\":\"a.txt\"}]}", "text" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5,"
      "\"sources\":[{\"name\":\"a.txt\",\"text\":\"Fine.\"},{\"name\":[],\"text\":\"x\"}]}", "report 2" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5,"
      "\"sources\":[\"a.txt\"]}", "report 1" },
    { "{\"format\":\"corroborate.project\",\"version\":1,\"strictness\":0.5,"
      "\"sources\":[{\"name\":\"a.txt\",\"text\":42}]}", "text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_load_fails (cases[i].json, -1, cases[i].field);
}

static void
test_not_a_file (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "gone.corroborate", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no", "such", "dir.corroborate", NULL);
  g_autoptr(CorProject) project = cor_project_new ();
  g_autoptr(CorProject) loaded = NULL;
  g_autoptr(GError) error = NULL;

  loaded = cor_project_load (missing, &error);
  g_assert_null (loaded);
  g_assert_error (error, COR_ERROR, COR_ERROR_PROJECT);
  g_assert_nonnull (strstr (error->message, "gone.corroborate"));
  g_clear_error (&error);

  loaded = cor_project_load (dir, &error);
  g_assert_null (loaded);
  g_assert_error (error, COR_ERROR, COR_ERROR_PROJECT);
  g_clear_error (&error);

  g_assert_false (cor_project_save (project, nowhere, &error));
  g_assert_error (error, COR_ERROR, COR_ERROR_PROJECT);
  g_assert_nonnull (strstr (error->message, "dir.corroborate"));

  remove_tree (dir);
}

/* The save-kill test: a child saves a large project over and over; it is
 * killed at random moments, often in the middle of writing. After every
 * kill the file must load and be one whole generation. */

#define KILL_SOURCES 40
#define KILL_TEXT_WORDS 6000

static CorProject *
generation_project (guint generation)
{
  CorProject *project = cor_project_new ();

  for (guint s = 0; s < KILL_SOURCES; s++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("g%u-s%u", generation, s);

      for (guint w = 0; w < KILL_TEXT_WORDS; w++)
        g_string_append_printf (text, "w%u ", (w * 7 + generation) % 1000);
      g_ptr_array_add (project->sources, make_source (name, text->str));
    }
  return project;
}

static void
assert_whole_generation (const char *path)
{
  g_autoptr(CorProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorProject) expected = NULL;
  guint generation;

  project = cor_project_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (project->sources->len, ==, KILL_SOURCES);
  generation = g_ascii_strtoull (cor_source_get_name (g_ptr_array_index (project->sources, 0)) + 1,
                                 NULL, 10);
  expected = generation_project (generation);
  for (guint s = 0; s < KILL_SOURCES; s++)
    {
      CorSource *a = g_ptr_array_index (project->sources, s);
      CorSource *b = g_ptr_array_index (expected->sources, s);

      g_assert_cmpstr (cor_source_get_name (a), ==, cor_source_get_name (b));
      g_assert_cmpstr (cor_source_get_text (a), ==, cor_source_get_text (b));
    }
}

#define N_GENERATIONS 5

/* The projects are built before the fork, so the child spends its time
 * saving rather than building them. */
G_GNUC_NORETURN static void
save_forever (const char  *path,
              CorProject **generations)
{
  for (guint i = 0;; i = (i + 1) % N_GENERATIONS)
    {
      if (!cor_project_save (generations[i], path, NULL))
        _exit (3);
    }
}

/* Saving writes a temporary file beside the project (GLib names it after
 * the project, with a random suffix) and renames it over the project. */
static guint
count_leftovers (const char *dir,
                 const char *project)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (project);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (g_strcmp0 (name, base) != 0)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          g_unlink (path);
          n++;
        }
    }
  return n;
}

static void
test_save_kill (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "big.corroborate", NULL);
  g_autoptr(CorProject) first = generation_project (0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  CorProject *generations[N_GENERATIONS];
  guint kills = 40, max_kills = 400;
  guint mid_write = 0, done;
  gint64 started;
  gint32 save_ms;

  if (g_getenv ("COR_UNDER_VALGRIND") != NULL)
    kills = max_kills = 5;

  /* How long one save takes here (a sanitizer or a busy machine makes it
   * several times longer): the kills are spread over a few saves' time, so
   * that some land while a temporary file is being written, not all while
   * the next table is still being made in memory. */
  started = g_get_monotonic_time ();
  g_assert_true (cor_project_save (first, path, &error));
  g_assert_no_error (error);
  save_ms = (gint32) MAX ((g_get_monotonic_time () - started) / 1000, 20);
  for (guint i = 0; i < N_GENERATIONS; i++)
    generations[i] = generation_project (i + 1);

  /* At least @kills, and more while none has hit a save in progress:
   * where a kill lands is chance, and 40 can all miss. */
  for (done = 0; done < kills || (mid_write == 0 && done < max_kills); done++)
    {
      pid_t pid = fork ();
      int status = 0;

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        save_forever (path, generations);

      g_usleep (g_rand_int_range (rand, 5, 5 + 3 * save_ms) * 1000);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      /* A temporary file left behind means the kill hit a save in progress. */
      if (count_leftovers (dir, path) > 0)
        mid_write++;
      assert_whole_generation (path);
    }

  g_test_message ("%u of %u kills interrupted a save (one save: %d ms)", mid_write, done, save_ms);
  if (g_getenv ("COR_UNDER_VALGRIND") == NULL)
    g_assert_cmpuint (mid_write, >, 0);
  for (guint i = 0; i < N_GENERATIONS; i++)
    cor_project_free (generations[i]);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project/round-trip", test_round_trip);
  g_test_add_func ("/project/empty", test_empty_project);
  g_test_add_func ("/project/truncated", test_truncated);
  g_test_add_func ("/project/not-json", test_not_json);
  g_test_add_func ("/project/escapes", test_escapes);
  g_test_add_func ("/project/newer-version", test_newer_version);
  g_test_add_func ("/project/missing-fields", test_missing_fields);
  g_test_add_func ("/project/not-a-file", test_not_a_file);
  g_test_add_func ("/project/save-kill", test_save_kill);

  return g_test_run ();
}
