/* corpus-helpers.h: the corpus of ../shared (COR_SHARED_DIR), one folder
 * per event of reports by several outlets, for the tests that measure
 * rules on real reports. The reports belong to their publishers and stay
 * there; every test that reads them skips itself when they are absent.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

/* The corpus folder, or NULL when there is none. */
static inline char *
corpus_root (void)
{
  const char *shared = g_getenv ("COR_SHARED_DIR");
  g_autofree char *root = shared != NULL ? g_build_filename (shared, "corpus", NULL) : NULL;

  return root != NULL && g_file_test (root, G_FILE_TEST_IS_DIR) ? g_steal_pointer (&root) : NULL;
}

static inline int
corpus_compare_names (gconstpointer a,
                      gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The names in @path, sorted: its folders with @folders, else its reports
 * (*.txt). Report order is column order: s1 is the first. */
static inline GPtrArray *
corpus_list (const char *path,
             gboolean    folders)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = g_build_filename (path, name, NULL);

      if (folders ? g_file_test (full, G_FILE_TEST_IS_DIR) : g_str_has_suffix (name, ".txt"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, corpus_compare_names);
  return names;
}

G_END_DECLS
