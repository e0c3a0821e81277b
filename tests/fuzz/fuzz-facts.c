/* fuzz-facts.c: any reports, read, aligned into a fact table and exported.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the date relative dates fall back on and the
 * strictness; the rest is cut at NUL bytes into up to four reports, each
 * made UTF-8 as a report is. The whole engine runs on them: sentences,
 * mentions, stories, statements, propositions, rows, comparison and
 * summaries. Every quote must lie inside its report on character
 * boundaries and be its text there; every cell must name a report; every
 * summary and the JSON export must be UTF-8.
 */

#include "config.h"

#include "cor-analysis.h"
#include "cor-export.h"
#include "fuzz-common.h"

#define MAX_REPORTS 4

static gboolean
at_boundary (const char *text,
             gsize       length,
             gsize       offset)
{
  return offset == length || (((guchar) text[offset]) & 0xC0) != 0x80;
}

static void
check_quote (CorFactTable   *table,
             const CorCell  *cell,
             const CorQuote *quote)
{
  CorDocument *doc = g_ptr_array_index (table->documents, cell->source);

  g_assert (quote->start <= quote->end && quote->end <= doc->length);
  g_assert (at_boundary (doc->text, doc->length, quote->start));
  g_assert (at_boundary (doc->text, doc->length, quote->end));
  g_assert (g_utf8_validate (quote->text, -1, NULL));
  g_assert (quote->speaker == NULL || g_utf8_validate (quote->speaker, -1, NULL));
}

static void
check_table (CorFactTable *table)
{
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);
      guint present = 0;

      g_assert (fact->summary != NULL && g_utf8_validate (fact->summary, -1, NULL));
      for (guint c = 0; c < fact->cells->len; c++)
        {
          const CorCell *cell = g_ptr_array_index (fact->cells, c);

          g_assert (cell->source < table->sources->len);
          g_assert (cell->note == NULL || g_utf8_validate (cell->note, -1, NULL));
          for (guint q = 0; q < cell->quotes->len; q++)
            check_quote (table, cell, g_ptr_array_index (cell->quotes, q));
          present += cell->status != COR_CELL_ABSENT;
        }
      /* A row states something some report says. */
      g_assert (present >= 1);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char *dates[] = { NULL, "2026-02-05", "1999-12-31", "2026-02-29" };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GError) error = NULL;
  CorAnalysisOptions options = { 0 };
  const char *p, *end;
  gsize length;
  const char *json_data;

  if (size < 1 || size > 128 * 1024)
    return 0;

  options.published = dates[data[0] % G_N_ELEMENTS (dates)];
  options.strictness = (data[0] >> 2) % 5 / 4.0;
  options.n_threads = 1;
  p = (const char *) data + 1;
  end = (const char *) data + size;
  while (p <= end && sources->len < MAX_REPORTS)
    {
      const char *nul = memchr (p, '\0', end - p);
      const char *stop = nul != NULL ? nul : end;
      g_autofree char *text = g_utf8_make_valid (p, stop - p);
      CorSource *source = cor_source_new ();

      cor_source_set_name (source, "report");
      cor_source_set_text (source, text);
      g_ptr_array_add (sources, source);
      p = stop + 1;
    }

  table = cor_analysis_run (sources, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert (table != NULL);
  g_assert (table->sources->len == sources->len);
  check_table (table);

  json = cor_export_table (table, COR_EXPORT_JSON);
  json_data = g_bytes_get_data (json, &length);
  g_assert (g_utf8_validate (json_data, length, NULL));
  return 0;
}
