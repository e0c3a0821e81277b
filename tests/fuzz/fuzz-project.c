/* fuzz-project.c: opening a project file of any contents.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cor-project.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorProject) project = NULL;
  g_autoptr(CorProject) again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *resaved = NULL;
  gsize length = 0;

  if (size > 1024 * 1024)
    return 0;

  project = cor_project_load_data ((const char *) data, size, "fuzz.corroborate", &error);
  if (project == NULL)
    {
      /* Refused, with a sentence that names the file. */
      g_assert (error != NULL && error->domain == COR_ERROR && error->code == COR_ERROR_PROJECT);
      g_assert (strstr (error->message, "fuzz.corroborate") != NULL);
      return 0;
    }
  g_assert (error == NULL);

  /* Whatever was accepted saves and opens again, unchanged. */
  saved = cor_project_to_data (project, &length);
  again = cor_project_load_data (saved, length, "fuzz.corroborate", &error);
  g_assert (again != NULL);
  resaved = cor_project_to_data (again, NULL);
  g_assert (strcmp (saved, resaved) == 0);
  return 0;
}
