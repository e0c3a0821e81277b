/* test-source-limits.c: no file or page crashes, hangs or loses text.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inputs of issue 17, made here at run time: bytes that are not UTF-8
 * in a report and in its file name, a declared charset that lies, HTML and
 * JSON-LD nested past the parsers' limits, a FIFO, /dev/zero, a file in a
 * folder one may not search, web addresses with no host.
 */

#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cor-analysis.h"
#include "cor-export.h"
#include "cor-project.h"
#include "cor-source-load.h"

static double
time_limit (void)
{
  return g_getenv ("COR_UNDER_VALGRIND") != NULL ? 200.0 : 10.0;
}

static CorSource *
load_bytes_timed (const char *data,
                  gsize       length,
                  const char *type)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  gint64 start = g_get_monotonic_time ();
  CorSource *source = cor_source_load_bytes (bytes, "limits", type, NULL);
  double seconds = (g_get_monotonic_time () - start) / 1e6;

  g_test_message ("%.2f s for %" G_GSIZE_FORMAT " bytes", seconds, length);
  g_assert_cmpfloat (seconds, <, time_limit ());
  return source;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Issue 17, defect 6: one stray 0xFF made a UTF-8 report Windows-1252
 * ("JosÃ©", the euro lost); a 0x9D as well had it refused. Only the bad
 * bytes are replaced, and the report says so. */
static void
test_stray_bytes (void)
{
  static const char one[] = "José Ruiz said the repairs would cost €2.4 million.\xff It rose 5%.\n";
  static const char two[] = "José Ruiz said\x9d the repairs would cost €2.4 million.\xff It rose 5%.\n";
  g_autoptr(CorSource) a = load_bytes_timed (one, sizeof one - 1, NULL);
  g_autoptr(CorSource) b = load_bytes_timed (two, sizeof two - 1, NULL);

  g_assert_null (cor_source_get_error (a));
  g_assert_cmpstr (cor_source_get_text (a), ==,
                   "José Ruiz said the repairs would cost €2.4 million.\xef\xbf\xbd It rose 5%.");
  g_assert_nonnull (strstr (cor_source_get_warning (a), "1 byte of the report is not valid UTF-8"));

  g_assert_null (cor_source_get_error (b));
  g_assert_cmpstr (cor_source_get_text (b), ==,
                   "José Ruiz said\xef\xbf\xbd the repairs would cost €2.4 million.\xef\xbf\xbd It rose 5%.");
  g_assert_nonnull (strstr (cor_source_get_warning (b), "2 bytes of the report are not valid UTF-8"));
}

/* A Windows-1252 file, with no UTF-8 in it, is still read as one. */
static void
test_windows_1252_kept (void)
{
  static const char data[] = "Jos\xe9 paid \x80" "5 for the caf\xe9's tables, he said.\n";
  g_autoptr(CorSource) source = load_bytes_timed (data, sizeof data - 1, NULL);

  g_assert_null (cor_source_get_error (source));
  g_assert_cmpstr (cor_source_get_text (source), ==, "José paid €5 for the café's tables, he said.");
  g_assert_null (cor_source_get_warning (source));
}

/* Issue 17, defect 5: <meta charset="utf-16"> on an ASCII page made it CJK;
 * the HTML standard reads it as UTF-8. */
static void
test_declared_utf16 (void)
{
  static const char page[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-16\"><title>Bridge</title></head><body>"
    "<article><p>The council closed the bridge on Monday after engineers found 3 cracked supports, "
    "and said it would stay shut for 10 days while repairs costing €1 million went ahead.</p>"
    "</article></body></html>";
  g_autoptr(CorSource) source = load_bytes_timed (page, sizeof page - 1, NULL);

  g_assert_null (cor_source_get_error (source));
  g_assert_true (g_str_has_prefix (cor_source_get_text (source), "The council closed the bridge on Monday"));
  g_assert_nonnull (strstr (cor_source_get_text (source), "costing €1 million"));
}

/* Issue 17, defect 4: libxml2 stops at 256 levels; 400 unclosed <font>
 * paragraphs ended at paragraph 254 (127 here, two levels each), exit 0. */
static void
test_deep_html (void)
{
  static const guint sizes[] = { 400, 5000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GString) page = g_string_new ("<html><body>\n");
      g_autoptr(CorSource) source = NULL;
      g_autofree char *last = g_strdup_printf ("Paragraph %u says", sizes[s]);

      for (guint i = 1; i <= sizes[s]; i++)
        g_string_append_printf (page, "<p><font>Paragraph %u says the council met on Monday and "
                                "agreed to spend %u dollars on the bridge.\n", i, i * 10);
      g_string_append (page, "</body></html>\n");
      source = load_bytes_timed (page->str, page->len, NULL);
      g_assert_null (cor_source_get_error (source));
      g_assert_cmpuint (count (cor_source_get_text (source), "Paragraph "), ==, sizes[s]);
      g_assert_nonnull (strstr (cor_source_get_text (source), last));
    }
}

/* JSON-LD is parsed by json-glib too: the same hundred thousand brackets in
 * a page's script overflowed the stack. The page is read, its data not. */
static void
test_deep_json_ld (void)
{
  g_autoptr(GString) page = g_string_new ("<html><head><script type=\"application/ld+json\">{\"a\":");
  g_autoptr(CorSource) source = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (page, '[');
  g_string_append (page, "}</script></head><body><article><p>The council met on Monday and agreed to "
                   "repair the bridge by the end of May, officials said on Tuesday.</p></article>"
                   "</body></html>");
  source = load_bytes_timed (page->str, page->len, NULL);
  g_assert_null (cor_source_get_error (source));
  g_assert_nonnull (strstr (cor_source_get_text (source), "repair the bridge"));
}

/* Issue 17, defect 9 for reports: neither blocks, and each says why. */
static void
test_not_regular (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-limits-XXXXXX", &error);
  g_autofree char *fifo = g_build_filename (dir, "pipe.txt", NULL);
  const char *paths[] = { fifo, "/dev/zero", "/dev/null" };

  g_assert_no_error (error);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(CorSource) source = NULL;

      alarm (30);
      source = cor_source_load_path (paths[i], NULL);
      alarm (0);
      g_assert_error ((GError *) cor_source_get_error (source), COR_ERROR, COR_ERROR_NOT_A_FILE);
      g_assert_cmpstr (cor_source_get_error (source)->message, ==, "This is not a regular file.");
    }
  g_unlink (fifo);
  g_rmdir (dir);
}

/* Runs in a subprocess that cannot override permissions (root drops to
 * nobody, as CI runs as root): a file in a folder it may not search. The
 * subprocess is the test program run again, so valgrind and the
 * sanitizers see a process of its own with nothing left over. */
static void
open_unsearchable (void)
{
  const char *report = g_getenv ("COR_TEST_LOCKED_REPORT");
  const char *project_path = g_getenv ("COR_TEST_LOCKED_PROJECT");
  g_autoptr(CorSource) source = NULL;
  g_autoptr(CorProject) project = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (report);
  g_assert_nonnull (project_path);
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
  source = cor_source_load_path (report, NULL);
  g_assert_nonnull (cor_source_get_error (source));
  g_assert_cmpstr (cor_source_get_error (source)->message, ==,
                   "The file cannot be opened: permission denied.");
  project = cor_project_load (project_path, &error);
  g_assert_null (project);
  g_assert_nonnull (strstr (error->message, g_strerror (EACCES)));
}

/* Issue 17: a file in a folder one may not search was "not a regular file". */
static void
test_unsearchable_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *locked = NULL;
  g_autofree char *report = NULL;
  g_autofree char *project = NULL;

  if (g_test_subprocess ())
    {
      open_unsearchable ();
      return;
    }
  dir = g_dir_make_tmp ("cor-limits-XXXXXX", &error);
  locked = g_build_filename (dir, "locked", NULL);
  report = g_build_filename (locked, "report.txt", NULL);
  project = g_build_filename (locked, "saved.corroborate", NULL);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (locked, 0700), ==, 0);
  g_assert_true (g_file_set_contents (report, "The bridge reopened on Monday.", -1, NULL));
  g_assert_true (g_file_set_contents (project, "{}", -1, NULL));
  /* The child may enter the test's folder, read the locked one's names
   * (r), but not search it (no x). */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (locked, 0644), ==, 0);

  g_setenv ("COR_TEST_LOCKED_REPORT", report, TRUE);
  g_setenv ("COR_TEST_LOCKED_PROJECT", project, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  g_chmod (locked, 0700);
  g_unlink (report);
  g_unlink (project);
  g_rmdir (locked);
  g_rmdir (dir);
}

/* Issue 17, defect 3: a file name that is not UTF-8 put raw bytes into
 * every export, and the project that held it did not open again. */
static void
test_file_name_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-limits-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "c\xff\xfe.txt", NULL);
  g_autofree char *saved = g_build_filename (dir, "names.corroborate", NULL);
  g_autoptr(CorSource) source = NULL;
  g_autoptr(CorProject) project = cor_project_new ();
  g_autoptr(CorProject) reopened = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CorFactTable) table = NULL;
  CorSource *again;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "The ferry was cancelled on Friday, the operator said.",
                                      -1, NULL));
  source = cor_source_load_path (path, NULL);
  g_assert_null (cor_source_get_error (source));
  g_assert_cmpstr (cor_source_get_name (source), ==, "c\\xFF\\xFE.txt");
  g_assert_true (g_str_has_suffix (cor_source_get_path (source), "/c\\xFF\\xFE.txt"));

  /* Every export is UTF-8 and names the file. */
  g_ptr_array_add (sources, g_object_ref (source));
  table = cor_analysis_run (sources, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint f = COR_EXPORT_JSON; f <= COR_EXPORT_HTML; f++)
    {
      g_autoptr(GBytes) bytes = cor_export_table (table, f);
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      g_autofree char *text = g_strndup (data, size);

      g_assert_true (g_utf8_validate_len (data, size, NULL));
      g_assert_nonnull (strstr (text, "xFF"));
    }

  /* The project saves, opens again and names the report as before. */
  g_ptr_array_add (project->sources, g_object_ref (source));
  g_assert_true (cor_project_save (project, saved, &error));
  g_assert_no_error (error);
  reopened = cor_project_load (saved, &error);
  g_assert_no_error (error);
  again = g_ptr_array_index (reopened->sources, 0);
  g_assert_cmpstr (cor_source_get_name (again), ==, cor_source_get_name (source));
  g_assert_cmpstr (cor_source_get_path (again), ==, cor_source_get_path (source));
  g_assert_cmpstr (cor_source_get_text (again), ==, cor_source_get_text (source));

  g_unlink (path);
  g_unlink (saved);
  g_rmdir (dir);
}

/* Issue 17, defect 8: "http://" has no host. It is refused in a sentence,
 * not a libsoup critical (criticals are fatal in tests) nor a GIO error. */
static void
test_web_address_without_host (void)
{
  const char *addresses[] = { "http://", "https://", "http:///report", "http://:80/", "HTTP://" };

  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    {
      g_autoptr(CorSource) source = cor_source_load_location (addresses[i], NULL);

      g_assert_nonnull (cor_source_get_error (source));
      g_assert_cmpstr (cor_source_get_error (source)->message, ==, "This is not a valid web address.");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-limits/stray-bytes", test_stray_bytes);
  g_test_add_func ("/source-limits/windows-1252-kept", test_windows_1252_kept);
  g_test_add_func ("/source-limits/declared-utf16", test_declared_utf16);
  g_test_add_func ("/source-limits/deep-html", test_deep_html);
  g_test_add_func ("/source-limits/deep-json-ld", test_deep_json_ld);
  g_test_add_func ("/source-limits/not-regular", test_not_regular);
  g_test_add_func ("/source-limits/unsearchable-folder", test_unsearchable_folder);
  g_test_add_func ("/source-limits/file-name-bytes", test_file_name_bytes);
  g_test_add_func ("/source-limits/web-address-without-host", test_web_address_without_host);

  return g_test_run ();
}
