/* test-stories.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-analysis.h"
#include "cor-corrections.h"
#include "cor-export.h"
#include "cor-report-generator.h"
#include "cor-source-load.h"
#include "cor-stories.h"
#include "cor-story-cluster.h"

#include "story-reports.h"

static CorFactTable *
analyse (const char * const *texts,
         const char * const *dates,
         guint               n,
         CorStoryEdits      *edits)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;

  options.story_edits = edits;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Outlet %u", i + 1);

      g_ptr_array_add (sources, cor_source_load_text (texts[i], name, dates ? dates[i] : "2031-05-06"));
    }
  return cor_analysis_run (sources, &options, NULL, NULL, NULL, NULL);
}

static void
assert_facts_in_one_story (CorFactTable *table)
{
  g_assert_cmpuint (table->facts->len, >, 0);
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);

      g_assert_cmpuint (fact->story, <, table->stories->len);
      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          g_assert_cmpuint (cor_fact_table_get_story (table, cell->source), ==, fact->story);
        }
    }
}

/* The nine reports of three events, in an order: the event of each. */
static void
mixed_set (const guint *order,
           const char **texts,
           guint       *event)
{
  const char *all[7];
  guint events[7];
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (quake_a); i++)
    all[n] = quake_a[i], events[n++] = 0;
  for (guint i = 0; i < G_N_ELEMENTS (quake_b); i++)
    all[n] = quake_b[i], events[n++] = 1;
  for (guint i = 0; i < G_N_ELEMENTS (ferry); i++)
    all[n] = ferry[i], events[n++] = 2;
  for (guint i = 0; i < n; i++)
    texts[i] = all[order[i]], event[i] = events[order[i]];
}

static void
test_mixed (void)
{
  static const guint orders[][7] = {
    { 0, 1, 2, 3, 4, 5, 6 },
    { 6, 3, 0, 5, 1, 4, 2 },
    { 4, 2, 6, 0, 3, 5, 1 },
  };

  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      const char *texts[7];
      guint event[7];
      g_autoptr(CorFactTable) table = NULL;

      mixed_set (orders[o], texts, event);
      table = analyse (texts, NULL, 7, NULL);
      g_assert_cmpuint (table->stories->len, ==, 3);
      for (guint i = 0; i < 7; i++)
        for (guint j = 0; j < 7; j++)
          g_assert_cmpint (cor_fact_table_get_story (table, i) == cor_fact_table_get_story (table, j),
                           ==, event[i] == event[j]);
      assert_facts_in_one_story (table);
    }
}

/* A row the user splits stays in its story: its cell's report tells it. */
static void
test_split_keeps_story (void)
{
  const char *texts[7];
  guint event[7];
  static const guint order[7] = { 0, 1, 2, 3, 4, 5, 6 };
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(CorCorrections) corrections = cor_corrections_new ();
  CorFact *fact = NULL;

  mixed_set (order, texts, event);
  table = analyse (texts, NULL, 7, NULL);
  /* A row of a later story than the first, with two reports' cells. */
  for (guint f = 0; f < table->facts->len && fact == NULL; f++)
    {
      CorFact *candidate = g_ptr_array_index (table->facts, f);

      if (candidate->story != 0 && candidate->cells->len >= 2)
        fact = candidate;
    }
  g_assert_nonnull (fact);
  g_assert_true (cor_corrections_add_split (corrections, table, fact,
                                            ((CorCell *)g_ptr_array_index (fact->cells, 1))->source));
  assert_facts_in_one_story (table);
}

static void
test_one_story (void)
{
  g_autoptr(CorFactTable) table = analyse (quake_a, NULL, G_N_ELEMENTS (quake_a), NULL);
  CorStory *story;
  char id[16];

  g_assert_cmpuint (table->stories->len, ==, 1);
  story = g_ptr_array_index (table->stories, 0);
  g_assert_cmpuint (story->sources->len, ==, 3);
  g_assert_cmpstr (cor_fact_table_story_id (table, 0, id), ==, "t1");
  g_assert_cmpuint (strlen (story->title), >, 0);
  g_assert_true (strstr (quake_a[0], story->title) || strstr (quake_a[1], story->title)
                 || strstr (quake_a[2], story->title));
  assert_facts_in_one_story (table);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (cor_fact_table_get_copy_group (table, i), ==, i);
}

static CorFact *
find_fact (CorFactTable *table,
           guint         source,
           const char   *words)
{
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);
      CorCell *cell = cor_fact_get_cell (fact, source);

      for (guint q = 0; cell != NULL && q < cell->quotes->len; q++)
        if (strstr (((CorQuote *)g_ptr_array_index (cell->quotes, q))->text, words))
          return fact;
    }
  return NULL;
}

/* Reports from one template that differ only in two figures, each text
 * twice: the first of each pair fills every bucket the second meets, yet
 * the second is its copy (the 100,000 reports of issue 17 had 94,000 such
 * copies and found 600). */
static void
test_copies_among_templates (void)
{
  enum { N_TEXTS = 49 };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CorFactTable) table = NULL;

  for (guint i = 0; i < 2 * N_TEXTS; i++)
    g_ptr_array_add (texts, g_strdup_printf ("The council in Kelvale said on Monday that %u families left after "
                                             "the storm. Repairs will cost $%u million.",
                                             i % N_TEXTS % 7 + 3, i % N_TEXTS / 7 + 1));
  table = analyse ((const char **)texts->pdata, NULL, texts->len, NULL);
  for (guint i = 0; i < N_TEXTS; i++)
    {
      g_assert_cmpuint (cor_fact_table_get_copy_group (table, i), ==, i);
      g_assert_cmpuint (cor_fact_table_get_copy_group (table, N_TEXTS + i), ==, i);
    }
}

static void
test_copies (void)
{
  /* The copy is published first, the agency text a day later: the
   * earliest is the original. */
  const char *texts[] = { agency, agency, edited, independent };
  const char *dates[] = { "2031-05-06", "2031-05-05", "2031-05-07", "2031-05-06" };
  g_autoptr(CorFactTable) table = analyse (texts, dates, 4, NULL);
  CorFact *cost, *librarian;

  g_assert_cmpuint (table->stories->len, ==, 1);
  g_assert_cmpuint (cor_fact_table_get_copy_group (table, 0), ==, 1);
  g_assert_cmpuint (cor_fact_table_get_copy_group (table, 1), ==, 1);
  g_assert_cmpuint (cor_fact_table_get_copy_group (table, 2), ==, 1);
  g_assert_cmpuint (cor_fact_table_get_copy_group (table, 3), ==, 3);

  /* Four reports state it, two accounts. */
  librarian = find_fact (table, 0, "seventeenth century");
  g_assert_nonnull (librarian);
  g_assert_cmpuint (librarian->support, ==, 4);
  g_assert_cmpuint (cor_stories_count_independent (table, librarian), ==, 2);
  g_assert_false (cor_stories_is_only_in (table, librarian, 0));

  /* The edited figure is a conflict with the original, in one row. */
  cost = find_fact (table, 2, "5 million crowns");
  g_assert_nonnull (cost);
  g_assert_true (cost == find_fact (table, 1, "2 million crowns"));
  g_assert_cmpint (cost->agreement, ==, COR_AGREEMENT_CONFLICT);

  /* The text exports say it too. */
  {
    g_autoptr(GBytes) csv = cor_export_table (table, COR_EXPORT_CSV);
    g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));

    g_assert_nonnull (strstr (text, "4 of 4, 2 independent accounts"));
  }
  g_assert_cmpint (cor_fact_get_status (cost, 2), !=, cor_fact_get_status (cost, 1));
  g_assert_true (cor_fact_get_status (cost, 2) == COR_CELL_CONFLICTS
                 || cor_fact_get_status (cost, 1) == COR_CELL_CONFLICTS);
}

static void
test_only_here (void)
{
  const char *texts[] = { agency, agency, independent };
  g_autoptr(CorFactTable) table = analyse (texts, NULL, 3, NULL);
  CorFact *pumps = find_fact (table, 0, "pumped water");
  CorFact *neighbour = find_fact (table, 2, "Petra Lind");
  guint only_copy = cor_stories_count_only_in (table, 1);

  /* Stated by a report and its copy: still one account alone. */
  g_assert_nonnull (pumps);
  g_assert_cmpuint (pumps->support, ==, 2);
  g_assert_true (cor_stories_is_only_in (table, pumps, 0));
  g_assert_true (cor_stories_is_only_in (table, pumps, 1));
  g_assert_nonnull (neighbour);
  g_assert_true (cor_stories_is_only_in (table, neighbour, 2));
  g_assert_false (cor_stories_is_only_in (table, neighbour, 0));
  g_assert_cmpuint (only_copy, >=, 3);
  g_assert_cmpuint (only_copy, ==, cor_stories_count_only_in (table, 0));
  g_assert_cmpuint (cor_stories_count_only_in (table, 2), >=, 1);
  g_assert_cmpuint (cor_stories_count_only_in (table, 2), <, cor_fact_table_count_facts_of (table, 2));
  {
    g_autofree guint *all = cor_stories_count_only_in_all (table);

    for (guint i = 0; i < 3; i++)
      g_assert_cmpuint (all[i], ==, cor_stories_count_only_in (table, i));
  }
}

static void
test_edits (void)
{
  static const guint order[] = { 0, 1, 2, 3, 4, 5, 6 };
  const char *texts[7];
  guint event[7];
  g_autoptr(CorFactTable) first = NULL;
  g_autoptr(CorFactTable) moved = NULL;
  g_autoptr(CorFactTable) merged = NULL;
  g_autoptr(CorStoryEdits) edits = cor_story_edits_new ();
  g_autoptr(CorStoryEdits) back = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;

  mixed_set (order, texts, event);
  first = analyse (texts, NULL, 7, NULL);

  /* The ferry's first report (5) moves to the first earthquake (0). */
  cor_story_edits_add_move (edits, first, 5, 0);
  moved = analyse (texts, NULL, 7, edits);
  g_assert_cmpuint (moved->stories->len, ==, 3);
  g_assert_cmpuint (cor_fact_table_get_story (moved, 5), ==, cor_fact_table_get_story (moved, 0));
  g_assert_cmpuint (cor_fact_table_get_story (moved, 6), !=, cor_fact_table_get_story (moved, 0));
  assert_facts_in_one_story (moved);

  /* Then the two earthquakes merge, and the edits survive a round trip. */
  cor_story_edits_add_merge (edits, moved, 3, 0);
  json = cor_story_edits_to_json (edits);
  back = cor_story_edits_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cor_story_edits_get_n_items (back), ==, 2);
  merged = analyse (texts, NULL, 7, back);
  g_assert_cmpuint (merged->stories->len, ==, 2);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpuint (cor_fact_table_get_story (merged, i), ==, cor_fact_table_get_story (merged, 0));
  assert_facts_in_one_story (merged);

  g_assert_true (cor_story_edits_remove_last (back));
  g_assert_cmpuint (cor_story_edits_get_n_items (back), ==, 1);
}

static void
test_damaged_edits (void)
{
  g_autoptr(JsonNode) node = json_from_string ("[{\"kind\": \"teleport\", \"source\": \"a\", \"target\": \"b\"}]", NULL);
  g_autoptr(JsonNode) object = json_from_string ("{}", NULL);
  g_autoptr(GError) error = NULL;
  CorStoryEdits *edits;

  edits = cor_story_edits_new_from_json (node, &error);
  g_assert_null (edits);
  g_assert_error (error, COR_ERROR, COR_ERROR_PROJECT);
  g_assert_nonnull (strstr (error->message, "1"));
  g_clear_error (&error);
  g_assert_null (cor_story_edits_new_from_json (object, &error));
  g_assert_error (error, COR_ERROR, COR_ERROR_PROJECT);
}

static void
test_story_table (void)
{
  static const guint order[] = { 5, 0, 6, 1, 2, 3, 4 };
  const char *texts[7];
  guint event[7];
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(CorFactTable) ferry_table = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *sources, *stories, *facts;
  guint story;
  char id[16];

  mixed_set (order, texts, event);
  table = analyse (texts, NULL, 7, NULL);
  /* The ferry's reports came first and third: story t1, sources s1 and s3. */
  story = cor_fact_table_find_story (table, "t1");
  g_assert_cmpuint (story, ==, cor_fact_table_get_story (table, 0));
  g_assert_cmpuint (cor_fact_table_find_story (table, "t9"), ==, COR_NO_STORY);
  ferry_table = cor_stories_new_table (table, story);
  g_assert_cmpuint (ferry_table->sources->len, ==, 2);
  g_assert_cmpstr (cor_fact_table_source_id (ferry_table, 1, id), ==, "s3");

  bytes = cor_export_table (ferry_table, COR_EXPORT_JSON);
  root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  object = json_node_get_object (root);
  sources = json_object_get_array_member (object, "sources");
  stories = json_object_get_array_member (object, "stories");
  facts = json_object_get_array_member (object, "facts");
  g_assert_cmpuint (json_array_get_length (sources), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sources, 1), "id"), ==, "s3");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sources, 1), "copy_group"), ==, "s3");
  g_assert_cmpuint (json_array_get_length (stories), ==, 1);
  g_assert_cmpuint (json_array_get_length (facts), >, 0);
  for (guint f = 0; f < json_array_get_length (facts); f++)
    {
      JsonObject *fact = json_array_get_object_element (facts, f);

      g_assert_cmpstr (json_object_get_string_member (fact, "story"), ==, "t1");
      g_assert_cmpint (json_object_get_int_member (fact, "independent"), <=,
                       json_object_get_int_member (fact, "support"));
    }
}

/* Many reports of one invented story, varied in words, numbers and
 * names: still one story, and no copies. */
static void
test_generated_one_story (void)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GPtrArray) reports = cor_generate_reports (120, 400, 7, fixtures);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CorFactTable) table = NULL;
  static const char *types[] = { "text/plain", "text/html", "text/markdown" };

  for (guint i = 0; i < reports->len; i++)
    {
      CorGeneratedReport *report = g_ptr_array_index (reports, i);
      g_autoptr(GBytes) bytes = g_bytes_new (report->data, strlen (report->data));

      g_ptr_array_add (sources, cor_source_load_bytes (bytes, report->name, types[report->kind], NULL));
    }
  table = cor_analysis_run (sources, NULL, NULL, NULL, NULL, NULL);
  g_assert_cmpuint (table->stories->len, ==, 1);
  for (guint i = 0; i < table->sources->len; i++)
    g_assert_cmpuint (cor_fact_table_get_copy_group (table, i), ==, i);
}

/* A fact of many cells counts its accounts as one of a few does: each copy
 * group that states it once, whatever the order of its cells. */
static void
test_independent_many_cells (void)
{
  g_autoptr(CorFactTable) table = cor_fact_table_new ();
  g_autoptr(GPtrArray) stories = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_story_free);
  guint story_of[90], copy_of[90];
  CorFact *fact = cor_fact_new ();
  gboolean stated[90] = { FALSE };
  guint expected = 0;

  g_ptr_array_add (stories, cor_story_new ("Harbour flood"));
  for (guint i = 0; i < G_N_ELEMENTS (story_of); i++)
    {
      g_autoptr(CorSource) source = cor_source_load_text ("The harbour flooded.", "Wire copy", NULL);

      cor_fact_table_add_source (table, source, NULL);
      story_of[i] = 0;
      /* Groups of one to four reports, their originals anywhere in them. */
      copy_of[i] = i - i % (1 + i % 4) + (i % 3 == 0 ? 0 : i % (1 + i % 4));
    }
  cor_fact_table_set_stories (table, g_steal_pointer (&stories), story_of, copy_of);
  /* Cells in a shuffled order; every fifth neither supports nor is partial. */
  for (guint k = 0; k < G_N_ELEMENTS (story_of); k++)
    {
      guint source = (k * 37) % G_N_ELEMENTS (story_of);
      CorCellStatus status = k % 5 == 4 ? COR_CELL_CONFLICTS : k % 2 ? COR_CELL_PARTIAL : COR_CELL_SUPPORTS;

      g_ptr_array_add (fact->cells, cor_cell_new (source, status));
      if (k % 5 != 4 && !stated[copy_of[source]])
        {
          stated[copy_of[source]] = TRUE;
          expected++;
        }
    }
  g_assert_cmpuint (expected, >, 20);
  g_assert_cmpuint (cor_stories_count_independent (table, fact), ==, expected);
  /* Its first twenty cells, counted the way a few are. */
  g_ptr_array_set_size (fact->cells, 20);
  expected = 0;
  memset (stated, 0, sizeof stated);
  for (guint k = 0; k < 20; k++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, k);

      if (cell->status != COR_CELL_CONFLICTS && !stated[copy_of[cell->source]])
        stated[copy_of[cell->source]] = TRUE, expected++;
    }
  g_assert_cmpuint (cor_stories_count_independent (table, fact), ==, expected);
  cor_fact_free (fact);
}

static GArray *
vector_of (const double *weights,
           guint         n)
{
  GArray *vector = g_array_new (FALSE, FALSE, sizeof (CorStoryTerm));

  for (guint id = 0; id < n; id++)
    if (weights[id] > 0)
      {
        CorStoryTerm term = { id, weights[id] };

        g_array_append_val (vector, term);
      }
  return vector;
}

/* Identical vectors are searched once, as one group of their number: a
 * group of three copies of A and one B is too far from C, which is near B
 * alone (the mean over the four is 0.15; had the copies counted once, it
 * would be 0.3 and C would join). Empty vectors stay apart. */
static void
test_cluster_identical_vectors (void)
{
  const double a[] = { 1, 0, 0 }, b[] = { 0.6, 0.6, sqrt (0.28) }, c[] = { 0, 1, 0 }, none[] = { 0, 0, 0 };
  const double *shapes[] = { a, a, b, a, c, none, none };
  GArray *vectors[G_N_ELEMENTS (shapes)];
  g_autofree guint *label = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    vectors[i] = vector_of (shapes[i], 3);
  label = cor_story_cluster (vectors, G_N_ELEMENTS (shapes), 3, 0.25);
  g_assert_cmpuint (label[0], ==, 0);
  g_assert_cmpuint (label[1], ==, 0);
  g_assert_cmpuint (label[2], ==, 0);
  g_assert_cmpuint (label[3], ==, 0);
  g_assert_cmpuint (label[4], ==, 1);
  g_assert_cmpuint (label[5], ==, 2);
  g_assert_cmpuint (label[6], ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    g_array_unref (vectors[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stories/mixed", test_mixed);
  g_test_add_func ("/stories/cluster-identical-vectors", test_cluster_identical_vectors);
  g_test_add_func ("/stories/one-story", test_one_story);
  g_test_add_func ("/stories/split-keeps-story", test_split_keeps_story);
  g_test_add_func ("/stories/copies", test_copies);
  g_test_add_func ("/stories/copies-among-templates", test_copies_among_templates);
  g_test_add_func ("/stories/independent-many-cells", test_independent_many_cells);
  g_test_add_func ("/stories/only-here", test_only_here);
  g_test_add_func ("/stories/edits", test_edits);
  g_test_add_func ("/stories/damaged-edits", test_damaged_edits);
  g_test_add_func ("/stories/story-table", test_story_table);
  g_test_add_func ("/stories/generated-one-story", test_generated_one_story);

  return g_test_run ();
}
