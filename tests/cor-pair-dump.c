/* cor-pair-dump.c: the aligner's statements and candidate pairs, with the
 * pair model's features, for build-aux/fit-align-weights.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   build/tests/cor-pair-dump FILE…
 */

#include "config.h"

#include <stdio.h>

#include "cor-align.h"
#include "cor-analysis.h"

int
main (int   argc,
      char *argv[])
{
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (argc < 2)
    {
      fprintf (stderr, "usage: cor-pair-dump FILE…\n");
      return 2;
    }
  sources = cor_analysis_load_locations ((const char * const *)argv + 1, argc - 1, 0, NULL);
  table = cor_analysis_read_documents (sources, &options, NULL, NULL, NULL, NULL);
  cor_align_dump (table, &options, out);
  fwrite (out->str, 1, out->len, stdout);
  return 0;
}
