/* test-source-limits.c: no file or page crashes, hangs or loses text.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inputs of issue 17, made here at run time.
 */

#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-limits/deep-json-ld", test_deep_json_ld);

  return g_test_run ();
}
