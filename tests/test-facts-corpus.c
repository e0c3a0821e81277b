/* test-facts-corpus.c: rows of the corpus's real reports that the rules
 * for making rows are measured on.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads ../shared/corpus (COR_SHARED_DIR); every test skips itself when it
 * is absent. The reports belong to their publishers and stay there.
 */

#include "config.h"

#include <string.h>

#include "cor-analysis.h"
#include "cor-source-load.h"
#include "corpus-helpers.h"

/* The fact table of the reports of corpus folder @event, or NULL (and the
 * test skipped) without the corpus. */
static CorFactTable *
table_of_event (const char *event)
{
  g_autofree char *root = corpus_root ();
  g_autofree char *folder = root != NULL ? g_build_filename (root, event, NULL) : NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = NULL;

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("no corpus beside the project (COR_SHARED_DIR)");
      return NULL;
    }
  names = corpus_list (folder, FALSE);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      CorSource *source = cor_source_load_path (path, NULL);

      g_assert_null (cor_source_get_error (source));
      g_ptr_array_add (sources, source);
    }
  return cor_analysis_run (sources, NULL, NULL, NULL, NULL, NULL);
}

/* Whether a quote of @fact starts with @words. */
static gboolean
quotes (CorFact    *fact,
        const char *words)
{
  for (guint j = 0; j < fact->cells->len; j++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, j);

      for (guint k = 0; k < cell->quotes->len; k++)
        if (g_str_has_prefix (((CorQuote *)g_ptr_array_index (cell->quotes, k))->text, words))
          return TRUE;
    }
  return FALSE;
}

/* The first row of @table with a quote that starts with @words, or NULL. */
static CorFact *
row_quoting (CorFactTable *table,
             const char   *words)
{
  for (guint i = 0; i < table->facts->len; i++)
    if (quotes (g_ptr_array_index (table->facts, i), words))
      return g_ptr_array_index (table->facts, i);
  return NULL;
}

/* A headline left alone while the sentence and headline of its row joined
 * first joins them when it scores nearly as well with both; a sentence
 * that shares only the story's words and a figure with a row does not. */
static void
test_left_alone_joins (void)
{
  g_autoptr(CorFactTable) yida = table_of_event ("2011-11-yida-refugee-camp-bombing");
  g_autoptr(CorFactTable) paris = NULL;
  g_autoptr(CorFactTable) tariff = NULL;
  CorFact *row;

  if (yida == NULL)
    return;
  row = row_quoting (yida, "Sudan Bombs South Sudanese Refugee Camp");
  g_assert_nonnull (row);
  g_assert_true (quotes (row, "A refugee camp in South Sudan's Unity state was bombed Thursday"));

  paris = table_of_event ("2013-09-paris-jewellery-heist");
  row = row_quoting (paris, "A smash-and-grab on a high end Paris store");
  g_assert_nonnull (row);
  g_assert_true (quotes (row, "Four men rammed their car into an up-market jewellery store"));

  tariff = table_of_event ("2018-04-us-steel-aluminum-tariff-delay");
  row = row_quoting (tariff, "Countries such as China that don't have exemptions");
  g_assert_nonnull (row);
  g_assert_cmpuint (row->cells->len, ==, 1);
}

/* No row is summed up by a statement its own reference contradicts: the
 * cell that quotes the summary would read `conflicts` against it. And no
 * cell shows one sentence twice, though two clauses of it, or two rows
 * folded into one, brought it twice. Over every folder of the corpus. */
static void
test_summary_not_contradicted (void)
{
  g_autofree char *root = corpus_root ();
  g_autoptr(GPtrArray) events = NULL;
  guint checked = 0;

  if (root == NULL)
    {
      g_test_skip ("no corpus beside the project (COR_SHARED_DIR)");
      return;
    }
  events = corpus_list (root, TRUE);
  for (guint e = 0; e < events->len; e++)
    {
      g_autoptr(CorFactTable) table = table_of_event (g_ptr_array_index (events, e));

      for (guint i = 0; i < table->facts->len; i++)
        {
          CorFact *fact = g_ptr_array_index (table->facts, i);

          for (guint c = 0; c < fact->cells->len; c++)
            {
              CorCell *cell = g_ptr_array_index (fact->cells, c);
              const char *quote = ((CorQuote *)g_ptr_array_index (cell->quotes, 0))->text;

              if (cell->status == COR_CELL_CONFLICTS && strlen (quote) >= 24)
                g_assert_false (strncmp (quote, fact->summary, 24) == 0);
              for (guint a = 0; a < cell->quotes->len; a++)
                for (guint b = a + 1; b < cell->quotes->len; b++)
                  {
                    const CorQuote *x = g_ptr_array_index (cell->quotes, a), *y = g_ptr_array_index (cell->quotes, b);

                    g_assert_false (x->start == y->start && x->end == y->end);
                  }
            }
        }
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

/* A report that names the event of its row only in passing, and leaves
 * out its day, is partial for the day: the note names what it leaves out,
 * which tells the reader more than how it names the event. */
static void
test_passing_names_gap (void)
{
  g_autoptr(CorFactTable) aceh = table_of_event ("2013-07-aceh-earthquake");
  CorFact *row;
  guint days = 0;

  if (aceh == NULL)
    return;
  row = row_quoting (aceh, "A strong earthquake struck Indonesia's Aceh province on Tuesday");
  g_assert_nonnull (row);
  for (guint i = 0; i < row->cells->len; i++)
    {
      CorCell *cell = g_ptr_array_index (row->cells, i);

      days += cell->status == COR_CELL_PARTIAL && g_strcmp0 (cell->note, "does not give “Tuesday”") == 0;
    }
  g_assert_cmpuint (days, >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/facts-corpus/left-alone-joins", test_left_alone_joins);
  g_test_add_func ("/facts-corpus/summary-not-contradicted", test_summary_not_contradicted);
  g_test_add_func ("/facts-corpus/passing-names-gap", test_passing_names_gap);

  return g_test_run ();
}
