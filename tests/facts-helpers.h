/* facts-helpers.h: invented reports read into statements and fact tables,
 * for the tests of src/engine/facts/.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib.h>

#include "cor-analysis.h"
#include "cor-document.h"
#include "cor-source-load.h"
#include "cor-statement.h"

G_BEGIN_DECLS

/* One report's statements; the document lives as long as they do, since
 * they borrow its mentions. */
typedef struct
{
  CorDocument *doc;
  GPtrArray   *statements;
} Reading;

static inline Reading *
reading_new (const char *text,
             const char *published)
{
  g_autoptr(CorSource) source = cor_source_load_text (text, "Test", published);
  g_autoptr(CorStemmer) stemmer = cor_stemmer_new ();
  Reading *r = g_new0 (Reading, 1);

  r->doc = cor_document_new (source, published);
  r->statements = cor_statements_extract (r->doc, 0, stemmer, NULL);
  return r;
}

static inline void
reading_free (Reading *r)
{
  g_ptr_array_unref (r->statements);
  cor_document_unref (r->doc);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reading, reading_free)

static inline CorStatement *
reading_get (Reading *r,
             guint    i)
{
  g_assert_cmpuint (i, <, r->statements->len);
  return g_ptr_array_index (r->statements, i);
}

/* The first statement whose text holds @words. */
static inline CorStatement *
reading_find (Reading    *r,
              const char *words)
{
  for (guint i = 0; i < r->statements->len; i++)
    if (strstr (((CorStatement *)g_ptr_array_index (r->statements, i))->text, words) != NULL)
      return g_ptr_array_index (r->statements, i);
  g_error ("no statement holds “%s”", words);
  return NULL;
}

/* The fact table of @n invented reports, each published @published. */
static inline CorFactTable *
table_of (const char * const *reports,
          guint               n,
          const char         *published,
          double              strictness)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;

  options.strictness = strictness;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Outlet %u", i + 1);

      g_ptr_array_add (sources, cor_source_load_text (reports[i], name, published));
    }
  return cor_analysis_run (sources, &options, NULL, NULL, NULL, NULL);
}

/* Three invented reports of a bridge shut; the second leaves out the
 * crack's length that the others give. */
static inline CorFactTable *
bridge_table (void)
{
  static const char *reports[] = {
    "Harbour Bridge shut\n\nThe city shut the Harbour Bridge to all traffic on Tuesday after engineers found a "
    "crack 40 centimetres long in its main span, the transport department said.\n",
    "Bridge closed\n\nThe city shut the Harbour Bridge to all traffic on Tuesday after engineers found a crack "
    "in its main span, the transport department said.\n",
    "Crack closes bridge\n\nThe city shut the Harbour Bridge to all traffic on Tuesday after engineers found a "
    "crack 40 centimetres long in its main span, the transport department said.\n",
  };

  return table_of (reports, G_N_ELEMENTS (reports), "2031-05-06", 0.5);
}

/* The row that quotes @words, or NULL. */
static inline CorFact *
table_find (CorFactTable *table,
            const char   *words)
{
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          CorQuote *quote = g_ptr_array_index (cell->quotes, 0);

          if (strstr (quote->text, words) != NULL)
            return fact;
        }
    }
  return NULL;
}

G_END_DECLS
