/* test-corrections.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cor-corrections.h"
#include "cor-source-load.h"

/* Three invented notices of a library's reopening. */
static const char *texts[] = {
  "The library reopens on Monday. It has 40,000 books.",
  "The library will reopen on Monday. Entry stays free.",
  "The mayor cut the ribbon.",
};

static CorFact *
add_fact (CorFactTable *table,
          const char   *id,
          guint         source,
          gsize         start,
          gsize         end)
{
  CorFact *fact = cor_fact_new ();
  CorSource *s = g_ptr_array_index (table->sources, source);
  g_autofree char *text = g_strndup (cor_source_get_text (s) + start, end - start);
  CorCell *cell = cor_cell_new (source, COR_CELL_SUPPORTS);

  fact->id = g_strdup (id);
  fact->summary = g_strdup (text);
  g_ptr_array_add (cell->quotes, cor_quote_new (text, start, end, NULL));
  g_ptr_array_add (fact->cells, cell);
  cor_fact_update_agreement (fact);
  g_ptr_array_add (table->facts, fact);
  return fact;
}

static void
add_cell (CorFact *fact,
          guint    source,
          gsize    start,
          gsize    end)
{
  CorCell *cell = cor_cell_new (source, COR_CELL_SUPPORTS);

  g_ptr_array_add (cell->quotes, cor_quote_new ("…", start, end, NULL));
  g_ptr_array_add (fact->cells, cell);
  cor_fact_update_agreement (fact);
}

/* The table a (placeholder-like) analysis would give; @extra puts an
 * unrelated source first, so every index shifts by one. */
static CorFactTable *
build_table (gboolean extra)
{
  CorFactTable *table = cor_fact_table_new ();
  guint o = extra ? 1 : 0;
  CorFact *reopen;

  if (extra)
    {
      g_autoptr(CorSource) s = cor_source_load_text ("Rain is expected.", "Weather", NULL);
      cor_fact_table_add_source (table, s, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CorSource) s = cor_source_load_text (texts[i], NULL, NULL);
      cor_fact_table_add_source (table, s, NULL);
    }

  if (extra)
    add_fact (table, "f0", 0, 0, 17);
  reopen = add_fact (table, "f1", o + 0, 0, 30);
  add_cell (reopen, o + 1, 0, 35);
  add_fact (table, "f2", o + 0, 31, 51);
  add_fact (table, "f3", o + 1, 36, 52);
  add_fact (table, "f4", o + 2, 0, 25);
  return table;
}

static CorFact *
fact_at (CorFactTable *table,
         guint         i)
{
  return g_ptr_array_index (table->facts, i);
}

static void
test_override (void)
{
  g_autoptr(CorFactTable) table = build_table (FALSE);
  g_autoptr(CorFactTable) shifted = build_table (TRUE);
  g_autoptr(CorCorrections) corrections = cor_corrections_new ();

  g_assert_cmpint (fact_at (table, 0)->agreement, ==, COR_AGREEMENT_AGREED);
  g_assert_true (cor_corrections_add_override (corrections, table, fact_at (table, 0), 1,
                                               COR_CELL_CONFLICTS));
  g_assert_cmpint (fact_at (table, 0)->agreement, ==, COR_AGREEMENT_CONFLICT);
  g_assert_true (cor_fact_get_cell (fact_at (table, 0), 1)->overridden);

  /* A source added in front shifts the indices; the correction still lands. */
  g_assert_cmpuint (cor_corrections_apply (corrections, shifted), ==, 1);
  g_assert_cmpint (cor_fact_get_status (fact_at (shifted, 1), 2), ==, COR_CELL_CONFLICTS);
  g_assert_cmpint (fact_at (shifted, 1)->agreement, ==, COR_AGREEMENT_CONFLICT);

  /* A cell that does not exist cannot be overridden. */
  g_assert_false (cor_corrections_add_override (corrections, table, fact_at (table, 3), 0,
                                                COR_CELL_PARTIAL));
  g_assert_cmpuint (cor_corrections_get_n_items (corrections), ==, 1);
}

static void
test_merge_split (void)
{
  g_autoptr(CorFactTable) table = build_table (FALSE);
  g_autoptr(CorFactTable) shifted = build_table (TRUE);
  g_autoptr(CorCorrections) corrections = cor_corrections_new ();

  g_assert_cmpuint (table->facts->len, ==, 4);
  g_assert_true (cor_corrections_add_merge (corrections, table, fact_at (table, 1), fact_at (table, 2)));
  g_assert_cmpuint (table->facts->len, ==, 3);
  g_assert_cmpuint (fact_at (table, 1)->cells->len, ==, 2);
  g_assert_cmpint (fact_at (table, 1)->agreement, ==, COR_AGREEMENT_AGREED);
  /* The window badges a row the user merged or split, and so do the exports. */
  g_assert_true (fact_at (table, 1)->edited);
  g_assert_false (fact_at (table, 0)->edited);
  g_assert_false (cor_corrections_add_merge (corrections, table, fact_at (table, 1), fact_at (table, 1)));

  g_assert_true (cor_corrections_add_split (corrections, table, fact_at (table, 0), 1));
  g_assert_cmpuint (table->facts->len, ==, 4);
  g_assert_cmpint (fact_at (table, 0)->agreement, ==, COR_AGREEMENT_SINGLE);
  g_assert_cmpint (fact_at (table, 1)->agreement, ==, COR_AGREEMENT_SINGLE);
  g_assert_cmpstr (fact_at (table, 1)->summary, ==, "…");
  g_assert_true (fact_at (table, 0)->edited && fact_at (table, 1)->edited);

  g_assert_cmpuint (cor_corrections_apply (corrections, shifted), ==, 2);
  g_assert_cmpuint (shifted->facts->len, ==, 5);
  g_assert_cmpint (fact_at (shifted, 1)->agreement, ==, COR_AGREEMENT_SINGLE);
  g_assert_cmpint (fact_at (shifted, 3)->agreement, ==, COR_AGREEMENT_AGREED);
}

static void
test_json (void)
{
  g_autoptr(CorFactTable) table = build_table (FALSE);
  g_autoptr(CorFactTable) again = build_table (TRUE);
  g_autoptr(CorCorrections) corrections = cor_corrections_new ();
  g_autoptr(CorCorrections) read = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) not_a_list = json_from_string ("{\"kind\": \"override\"}", NULL);
  g_autoptr(GError) error = NULL;

  cor_corrections_add_override (corrections, table, fact_at (table, 0), 0, COR_CELL_PARTIAL);
  cor_corrections_add_merge (corrections, table, fact_at (table, 1), fact_at (table, 3));
  node = cor_corrections_to_json (corrections);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 2);

  read = cor_corrections_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cor_corrections_apply (read, again), ==, 2);
  g_assert_cmpint (fact_at (again, 1)->agreement, ==, COR_AGREEMENT_PARTIAL);
  g_assert_cmpuint (again->facts->len, ==, 4);

  g_assert_null (cor_corrections_new_from_json (not_a_list, &error));
  g_assert_error (error, COR_ERROR, COR_ERROR_PROJECT);
}

/* Issue 17: one negative offset made the whole project refuse to open.
 * That correction is left out and counted; the others still apply. */
static void
test_json_damaged_one (void)
{
  g_autoptr(CorFactTable) table = build_table (FALSE);
  g_autoptr(CorFactTable) again = build_table (TRUE);
  g_autoptr(CorCorrections) corrections = cor_corrections_new ();
  g_autoptr(CorCorrections) read = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *unknown = json_object_new ();

  cor_corrections_add_override (corrections, table, fact_at (table, 0), 0, COR_CELL_PARTIAL);
  cor_corrections_add_merge (corrections, table, fact_at (table, 1), fact_at (table, 3));
  node = cor_corrections_to_json (corrections);
  array = json_node_get_array (node);
  /* The override gets a negative offset; a kind no version knows follows. */
  json_object_set_int_member (json_array_get_object_element (array, 0), "start", -4);
  json_object_set_string_member (unknown, "kind", "shuffle");
  json_array_add_object_element (array, unknown);

  read = cor_corrections_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cor_corrections_get_n_items (read), ==, 1);
  g_assert_cmpuint (cor_corrections_get_n_unreadable (read), ==, 2);
  g_assert_cmpuint (cor_corrections_apply (read, again), ==, 1);
  g_assert_cmpuint (again->facts->len, ==, 4);
}

/* A sentence that states two facts is in two rows: a correction to its
 * cell in the second row lands there, now and when the project is read
 * again. */
static void
test_sentence_in_two_rows (void)
{
  g_autoptr(CorFactTable) table = build_table (FALSE);
  g_autoptr(CorFactTable) again = build_table (TRUE);
  g_autoptr(CorCorrections) corrections = cor_corrections_new ();
  g_autoptr(CorCorrections) read = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  /* The first sentence of the first notice, again, with the third. */
  CorFact *second = add_fact (table, "f5", 0, 0, 30);
  CorFact *second_again = add_fact (again, "f5", 1, 0, 30);
  JsonObject *override;

  add_cell (second, 2, 0, 25);
  add_cell (second_again, 3, 0, 25);
  g_assert_true (cor_corrections_add_override (corrections, table, second, 0, COR_CELL_PARTIAL));
  g_assert_cmpint (cor_fact_get_status (second, 0), ==, COR_CELL_PARTIAL);
  g_assert_cmpint (cor_fact_get_status (fact_at (table, 0), 0), ==, COR_CELL_SUPPORTS);

  node = cor_corrections_to_json (corrections);
  override = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpint (json_object_get_int_member (override, "row"), ==, 1);
  read = cor_corrections_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cor_corrections_apply (read, again), ==, 1);
  g_assert_cmpint (cor_fact_get_status (second_again, 1), ==, COR_CELL_PARTIAL);
  g_assert_cmpint (cor_fact_get_status (fact_at (again, 1), 1), ==, COR_CELL_SUPPORTS);

  /* A row count that is no count leaves the correction out. */
  json_object_set_string_member (override, "row", "second");
  g_clear_pointer (&read, cor_corrections_free);
  read = cor_corrections_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cor_corrections_get_n_unreadable (read), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corrections/override", test_override);
  g_test_add_func ("/corrections/merge-split", test_merge_split);
  g_test_add_func ("/corrections/json", test_json);
  g_test_add_func ("/corrections/json-damaged-one", test_json_damaged_one);
  g_test_add_func ("/corrections/sentence-in-two-rows", test_sentence_in_two_rows);

  return g_test_run ();
}
