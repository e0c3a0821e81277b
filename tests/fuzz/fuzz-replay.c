/* fuzz-replay.c: runs a fuzz target once on each file it is given, so the
 * seeds and every input that once crashed are replayed by the ordinary test
 * suite (and under the sanitizers and valgrind) without clang.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "fuzz-common.h"

static void
replay_path (const char *path,
             guint      *n)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      for (guint i = 0; i < names->len; i++)
        replay_path (g_ptr_array_index (names, i), n);
    }
  else
    {
      g_autofree char *data = NULL;
      gsize size = 0;
      g_autoptr(GError) error = NULL;

      if (!g_file_get_contents (path, &data, &size, &error))
        g_error ("%s", error->message);
      LLVMFuzzerTestOneInput ((const guint8 *) data, size);
      printf ("ok %u %s\n", ++*n, path);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    replay_path (argv[i], &n);
  printf ("1..%u\n", n);
  return 0;
}
