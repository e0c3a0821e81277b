/* cor-analysis.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-analysis"

#include "config.h"

#include "cor-analysis.h"

CorFactTable *
cor_analysis_run (GPtrArray                *sources,
                  const CorAnalysisOptions *options,
                  CorProgressFunc           progress,
                  gpointer                  progress_data,
                  GCancellable             *cancellable,
                  GError                  **error)
{
  static const CorAnalysisOptions defaults = COR_ANALYSIS_OPTIONS_INIT;
  g_autoptr(CorFactTable) table = cor_fact_table_new ();

  g_return_val_if_fail (sources != NULL, NULL);

  if (options == NULL)
    options = &defaults;

  for (guint i = 0; i < sources->len; i++)
    {
      CorSource *source = g_ptr_array_index (sources, i);
      g_autoptr(CorDocument) document = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if (cor_source_get_error (source) == NULL && cor_source_get_text (source) != NULL)
        document = cor_document_new (source, options->published);
      cor_fact_table_add_source (table, source, document);

      if (progress != NULL)
        progress (0.8 * (i + 1) / sources->len, progress_data);
    }

  cor_align_build (table, options, cancellable);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (progress != NULL)
    progress (1.0, progress_data);

  return g_steal_pointer (&table);
}
