/* cor-align.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-align"

#include "config.h"

#include "cor-analysis.h"

/* Placeholder until the aligner lands: one single-source fact per sentence. */
void
cor_align_build (CorFactTable             *table,
                 const CorAnalysisOptions *options,
                 GCancellable             *cancellable)
{
  guint n = 0;

  for (guint s = 0; s < table->documents->len; s++)
    {
      CorDocument *doc = g_ptr_array_index (table->documents, s);

      if (doc == NULL)
        continue;

      for (guint i = 0; i < doc->sentences->len; i++)
        {
          const CorSpan *span = &g_array_index (doc->sentences, CorSpan, i);
          g_autofree char *text = g_strndup (doc->text + span->start, span->end - span->start);
          CorFact *fact = cor_fact_new ();
          CorCell *cell = cor_cell_new (s, COR_CELL_SUPPORTS);

          fact->id = g_strdup_printf ("f%u", ++n);
          fact->summary = g_strdup (text);
          g_ptr_array_add (cell->quotes, cor_quote_new (text, span->start, span->end, NULL));
          g_ptr_array_add (fact->cells, cell);
          cor_fact_update_agreement (fact);
          g_ptr_array_add (table->facts, fact);
        }
    }
}
