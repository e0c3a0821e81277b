/* test-fact-table.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cor-analysis.h"
#include "cor-source-load.h"

static CorFact *
fact_with (const CorCellStatus *statuses,
           guint                n)
{
  CorFact *fact = cor_fact_new ();

  for (guint i = 0; i < n; i++)
    if (statuses[i] != COR_CELL_ABSENT)
      g_ptr_array_add (fact->cells, cor_cell_new (i, statuses[i]));
  cor_fact_update_agreement (fact);
  return fact;
}

static void
test_agreement_labels (void)
{
  static const struct {
    CorCellStatus cells[4];
    CorAgreement agreement;
    guint support;
  } cases[] = {
    { { COR_CELL_SUPPORTS, COR_CELL_SUPPORTS, COR_CELL_ABSENT, COR_CELL_ABSENT }, COR_AGREEMENT_AGREED, 2 },
    { { COR_CELL_SUPPORTS, COR_CELL_PARTIAL, COR_CELL_ABSENT, COR_CELL_SUPPORTS }, COR_AGREEMENT_PARTIAL, 3 },
    { { COR_CELL_SUPPORTS, COR_CELL_CONFLICTS, COR_CELL_ABSENT, COR_CELL_ABSENT }, COR_AGREEMENT_CONFLICT, 1 },
    { { COR_CELL_ABSENT, COR_CELL_SUPPORTS, COR_CELL_ABSENT, COR_CELL_ABSENT }, COR_AGREEMENT_SINGLE, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CorFact *fact = fact_with (cases[i].cells, 4);

      g_assert_cmpstr (cor_agreement_to_string (fact->agreement), ==,
                       cor_agreement_to_string (cases[i].agreement));
      g_assert_cmpuint (fact->support, ==, cases[i].support);
      cor_fact_free (fact);
    }
}

/* A cell shows words once: a quote within one it has is dropped, and one
 * that holds it (the whole sentence of a clause) takes its place. */
static void
test_cell_quotes_once (void)
{
  CorCell *cell = cor_cell_new (0, COR_CELL_SUPPORTS);
  const CorQuote *q;

  cor_cell_take_quote (cell, cor_quote_new ("His body was found", 10, 28, NULL));
  cor_cell_take_quote (cell, cor_quote_new ("The road was shut.", 60, 78, NULL));
  cor_cell_take_quote (cell, cor_quote_new ("His body was found", 10, 28, NULL));
  g_assert_cmpuint (cell->quotes->len, ==, 2);
  cor_cell_take_quote (cell, cor_quote_new ("His body was found, he said, adding …", 10, 55, NULL));
  g_assert_cmpuint (cell->quotes->len, ==, 2);
  q = g_ptr_array_index (cell->quotes, 0);
  g_assert_cmpuint (q->start, ==, 10);
  g_assert_cmpuint (q->end, ==, 55);
  cor_cell_take_quote (cell, cor_quote_new ("adding …", 40, 55, NULL));
  g_assert_cmpuint (cell->quotes->len, ==, 2);
  /* A sentence that holds both. */
  cor_cell_take_quote (cell, cor_quote_new ("…", 0, 90, NULL));
  g_assert_cmpuint (cell->quotes->len, ==, 1);
  cor_cell_free (cell);
}

static void
test_strings_round_trip (void)
{
  for (CorCellStatus s = COR_CELL_ABSENT; s <= COR_CELL_CONFLICTS; s++)
    {
      CorCellStatus back;

      g_assert_true (cor_cell_status_from_string (cor_cell_status_to_string (s), &back));
      g_assert_cmpint (back, ==, s);
    }
  for (CorAgreement a = COR_AGREEMENT_AGREED; a <= COR_AGREEMENT_SINGLE; a++)
    {
      CorAgreement back;

      g_assert_true (cor_agreement_from_string (cor_agreement_to_string (a), &back));
      g_assert_cmpint (back, ==, a);
    }
  g_assert_false (cor_agreement_from_string ("maybe", &(CorAgreement) { 0 }));
}

static void
test_analysis_keeps_unread_sources (void)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GError) error = NULL;
  CorSource *broken = cor_source_new ();
  g_autoptr(GError) why = g_error_new_literal (COR_ERROR, COR_ERROR_EMPTY, "the file is empty");

  cor_source_set_error (broken, why);
  g_ptr_array_add (sources, cor_source_load_text ("The bridge opened on Monday.", "A", NULL));
  g_ptr_array_add (sources, broken);

  table = cor_analysis_run (sources, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->sources->len, ==, 2);
  g_assert_nonnull (g_ptr_array_index (table->documents, 0));
  g_assert_null (g_ptr_array_index (table->documents, 1));
  g_assert_cmpuint (cor_fact_table_count_facts_of (table, 1), ==, 0);
}

static void
test_analysis_cancelled (void)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CorFactTable *table;

  g_ptr_array_add (sources, cor_source_load_text ("A sentence.", "A", NULL));
  g_cancellable_cancel (cancellable);
  table = cor_analysis_run (sources, NULL, NULL, NULL, cancellable, &error);
  g_assert_null (table);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fact-table/agreement-labels", test_agreement_labels);
  g_test_add_func ("/fact-table/strings-round-trip", test_strings_round_trip);
  g_test_add_func ("/fact-table/cell-quotes-once", test_cell_quotes_once);
  g_test_add_func ("/analysis/keeps-unread-sources", test_analysis_keeps_unread_sources);
  g_test_add_func ("/analysis/cancelled", test_analysis_cancelled);

  return g_test_run ();
}
