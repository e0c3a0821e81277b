/* test-align.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "cor-analysis.h"
#include "cor-align-cluster.h"
#include "cor-align-private.h"
#include "cor-source-load.h"
#include "cor-statement.h"

/* Three invented reports of one harbour fire. */
static const char *reports[] = {
  "A fire destroyed the old grain warehouse at the harbour on Monday night.\n"
  "Firefighters from three towns fought the blaze until dawn.\n"
  "The mayor promised a full inquiry into the cause of the fire.\n",

  "The old grain warehouse at the harbour was destroyed by fire on Monday night.\n"
  "Local fishermen said the smoke could be seen from the lighthouse.\n"
  "The mayor promised a full inquiry into the cause.\n",

  "Firefighters from three towns battled the harbour blaze until dawn.\n"
  "Insurance experts expect the rebuilding to take several years.\n",
};

static CorFactTable *
analyse (const guint *order,
         double       strictness)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;

  options.strictness = strictness;
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *name = g_strdup_printf ("Outlet %u", order[i]);
      g_ptr_array_add (sources, cor_source_load_text (reports[order[i]], name, "2031-03-04"));
    }
  return cor_analysis_run (sources, &options, NULL, NULL, NULL, NULL);
}

static CorFact *
find_fact (CorFactTable *table,
           const char   *words)
{
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          CorQuote *quote = g_ptr_array_index (cell->quotes, 0);

          if (strstr (quote->text, words))
            return fact;
        }
    }
  return NULL;
}

static void
test_rows (void)
{
  static const guint order[] = { 0, 1, 2 };
  g_autoptr(CorFactTable) table = analyse (order, 0.5);
  CorFact *fire = find_fact (table, "destroyed");
  CorFact *smoke = find_fact (table, "lighthouse");
  CorFact *crews = find_fact (table, "three towns");

  g_assert_nonnull (fire);
  g_assert_cmpuint (fire->cells->len, ==, 2);
  g_assert_cmpint (fire->agreement, ==, COR_AGREEMENT_AGREED);
  g_assert_cmpuint (crews->cells->len, ==, 2);
  /* A fact one report alone states is a single row. */
  g_assert_cmpint (smoke->agreement, ==, COR_AGREEMENT_SINGLE);
  g_assert_cmpuint (smoke->support, ==, 1);
}

static void
test_quotes_point_into_text (void)
{
  static const guint order[] = { 0, 1, 2 };
  g_autoptr(CorFactTable) table = analyse (order, 0.5);

  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      g_assert_nonnull (fact->summary);
      g_assert_cmpuint (g_utf8_strlen (fact->summary, -1), <=, 120);
      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          CorDocument *doc = g_ptr_array_index (table->documents, cell->source);
          CorQuote *quote = g_ptr_array_index (cell->quotes, 0);

          /* Never two statements of one report in a row. */
          g_assert_true (g_hash_table_add (seen, GUINT_TO_POINTER (cell->source)));
          g_assert_cmpuint (quote->end, <=, doc->length);
          g_assert_cmpmem (doc->text + quote->start, quote->end - quote->start,
                           quote->text, strlen (quote->text));
        }
    }
}

/* Two invented reports of one summit, whose two leaders are in every
 * sentence, and which give different amounts for two different grants. */
static const char *summit[] = {
  "Premier Helga Brandt met President Tomas Varga in Lindau on Tuesday.\n"
  "Helga Brandt called the talks with Tomas Varga cordial and productive.\n"
  "Tomas Varga told Helga Brandt that fishing quotas remain the hardest dispute.\n"
  "Helga Brandt and Tomas Varga pledged €40 million for a new ferry terminal.\n"
  "The old ferry terminal was built for €3 million in 1961.\n"
  "The new terminal pier will be 150 m long.\n",

  "President Tomas Varga and Premier Helga Brandt held talks in Lindau on Tuesday.\n"
  "Tomas Varga said fishing quotas remain the hardest dispute with Helga Brandt.\n"
  "Helga Brandt described the talks with Tomas Varga as cordial.\n"
  "Helga Brandt and Tomas Varga pledged €40 million for a new ferry terminal.\n"
  "A separate fund of €9 million for the ferry terminal staff was set up in 1990.\n"
  "The new terminal pier will be 200 m long.\n",
};

static CorFactTable *
analyse_texts (const char **texts,
               guint        n)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Outlet %u", i);
      g_ptr_array_add (sources, cor_source_load_text (texts[i], name, "2031-03-04"));
    }
  return cor_analysis_run (sources, &options, NULL, NULL, NULL, NULL);
}

static void
test_story_names_are_weak (void)
{
  g_autoptr(CorFactTable) table = analyse_texts (summit, G_N_ELEMENTS (summit));
  CorFact *cordial = find_fact (table, "cordial and productive");
  CorFact *quotas = find_fact (table, "hardest dispute");

  /* The leaders name the story, not the fact: each row keeps its own. */
  g_assert_nonnull (cordial);
  g_assert_nonnull (quotas);
  g_assert_true (cordial != quotas);
  g_assert_cmpuint (cordial->support, ==, 2);
  g_assert_cmpuint (quotas->support, ==, 2);
}

static void
test_different_amounts (void)
{
  g_autoptr(CorFactTable) table = analyse_texts (summit, G_N_ELEMENTS (summit));
  CorFact *old_cost = find_fact (table, "€3 million");
  CorFact *staff = find_fact (table, "€9 million");
  CorFact *pier = find_fact (table, "150 m");
  CorCell *cell;

  /* Different amounts in otherwise different statements: different facts. */
  g_assert_true (old_cost != staff);
  g_assert_cmpint (old_cost->agreement, ==, COR_AGREEMENT_SINGLE);
  /* Different amounts in near-identical statements: a conflict. */
  g_assert_cmpint (pier->agreement, ==, COR_AGREEMENT_CONFLICT);
  g_assert_cmpuint (pier->cells->len, ==, 2);
  cell = g_ptr_array_index (pier->cells, 0);
  if (cell->note == NULL)
    cell = g_ptr_array_index (pier->cells, 1);
  g_assert_cmpint (cell->status, ==, COR_CELL_CONFLICTS);
  g_assert_nonnull (strstr (cell->note, "150 m"));
  g_assert_nonnull (strstr (cell->note, "200 m"));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static char *
describe (CorFactTable *table)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_string_append_printf (out, "%s|%s|%u", fact->summary, cor_agreement_to_string (fact->agreement),
                              fact->support);
      /* Columns follow the input order; what they hold must not. */
      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          CorSource *source = g_ptr_array_index (table->sources, cell->source);

          g_ptr_array_add (cells, g_strdup_printf ("|%s:%s:%s", cor_source_get_name (source),
                                                   cor_cell_status_to_string (cell->status),
                                                   cell->note ? cell->note : ""));
        }
      g_ptr_array_sort (cells, compare_strings);
      for (guint c = 0; c < cells->len; c++)
        g_string_append (out, g_ptr_array_index (cells, c));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
test_order_independent (void)
{
  static const guint a[] = { 0, 1, 2 }, b[] = { 2, 0, 1 };
  g_autoptr(CorFactTable) ta = analyse (a, 0.5);
  g_autoptr(CorFactTable) tb = analyse (b, 0.5);
  g_autofree char *da = describe (ta);
  g_autofree char *db = describe (tb);

  g_assert_cmpstr (da, ==, db);
}

static void
test_strictness (void)
{
  static const guint order[] = { 0, 1, 2 };
  g_autoptr(CorFactTable) loose = analyse (order, 0.0);
  g_autoptr(CorFactTable) strict = analyse (order, 1.0);

  /* Joining less never makes fewer rows. */
  g_assert_cmpuint (strict->facts->len, >=, loose->facts->len);
}

/* Four invented reports of one regatta: every report gives its day, and
 * a headline shares only the story's words with the body of another. */
static const char *regatta[] = {
  "Spring regatta on Lake Orvin\n"
  "The spring regatta on Lake Orvin drew forty crews on 12 June 2031.\n"
  "A rescue boat capsized at the finishing line on 12 June 2031.\n",

  "Forty crews entered the spring regatta on Lake Orvin on 12 June 2031.\n"
  "The town council funded new floating pontoons for the spectators.\n",

  "The spring regatta on Lake Orvin attracted forty crews on 12 June 2031.\n"
  "The mayor wants to reorganise the two orchestras.\n",

  "On 12 June 2031 forty crews rowed in the spring regatta on Lake Orvin.\n"
  "An organisation of both ensembles is expected.\n",
};

static void
test_event_day_is_weak (void)
{
  g_autoptr(CorFactTable) table = analyse_texts (regatta, G_N_ELEMENTS (regatta));
  CorFact *crews = find_fact (table, "forty crews");
  CorFact *capsized = find_fact (table, "capsized");

  /* The day every report gives does not glue a fact to another. */
  g_assert_cmpuint (crews->support, ==, 4);
  g_assert_true (capsized != crews);
  g_assert_cmpuint (capsized->support, ==, 1);
}

static void
test_headline_needs_rare_key (void)
{
  g_autoptr(CorFactTable) table = analyse_texts (regatta, G_N_ELEMENTS (regatta));
  CorFact *headline = find_fact (table, "Spring regatta on");

  g_assert_nonnull (headline);
  g_assert_cmpuint (headline->support, ==, 1);
}

static void
test_paraphrase_roots (void)
{
  g_autoptr(CorFactTable) table = analyse_texts (regatta, G_N_ELEMENTS (regatta));
  CorFact *groups = find_fact (table, "reorganise");

  /* "reorganise" and "organisation" meet at one root. */
  g_assert_nonnull (groups);
  g_assert_true (groups == find_fact (table, "An organisation"));
}

/* Statements given as key ids, each key of weight 1, grouped by the
 * clustering alone. */
static GPtrArray *
cluster_by_keys (const guint  *sources,
                 const char  **keys,
                 guint         n)
{
  Aligner al = { 0 };
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  double weights2[64];
  gboolean rare[64];
  GPtrArray *clusters;
  guint8 *marks;

  al.statements = g_ptr_array_new_with_free_func (g_free);
  al.ids = g_new0 (GArray *, n);
  al.norms = g_new0 (double, n);
  al.can_clash = g_new0 (gboolean, n);
  al.source_of = g_new0 (guint, n);
  al.weights2 = weights2;
  al.rare = rare;
  al.threshold = 0.16;
  al.link_min = 0.7 * al.threshold;
  for (guint k = 0; k < G_N_ELEMENTS (weights2); k++)
    weights2[k] = 1, rare[k] = TRUE;
  for (guint i = 0; i < n; i++)
    {
      CorStatement *st = g_new0 (CorStatement, 1);
      g_auto(GStrv) ids = g_strsplit (keys[i], " ", -1);

      st->source = al.source_of[i] = sources[i];
      g_ptr_array_add (al.statements, st);
      al.ids[i] = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint k = 0; ids[k] != NULL; k++)
        {
          guint id = atoi (ids[k]);
          g_array_append_val (al.ids[i], id);
        }
      al.norms[i] = sqrt (al.ids[i]->len);
    }
  marks = g_new0 (guint8, cor_aligner_n_keys (&al));
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        Pair pair = { a, b, cor_aligner_similarity (&al, a, b) };

        /* The shortcut with one side's keys marked gives the same bits,
         * whichever side is marked. */
        cor_aligner_mark (&al, marks, a, TRUE);
        g_assert_cmpfloat (cor_aligner_similarity_marked (&al, marks, a, b, b), ==, pair.sim);
        cor_aligner_mark (&al, marks, a, FALSE);
        cor_aligner_mark (&al, marks, b, TRUE);
        g_assert_cmpfloat (cor_aligner_similarity_marked (&al, marks, a, b, a), ==, pair.sim);
        cor_aligner_mark (&al, marks, b, FALSE);
        if (pair.sim >= al.threshold)
          g_array_append_val (pairs, pair);
      }
  g_free (marks);
  g_array_sort (pairs, cor_align_compare_pairs);
  clusters = cor_align_cluster (&al, pairs);
  for (guint i = 0; i < n; i++)
    g_array_unref (al.ids[i]);
  g_free (al.ids);
  g_free (al.norms);
  g_free (al.can_clash);
  g_free (al.source_of);
  g_ptr_array_unref (al.statements);
  return clusters;
}

static guint
count_rows (GPtrArray *clusters,
            guint      size)
{
  guint n = 0;

  for (guint c = 0; c < clusters->len; c++)
    {
      Cluster *cluster = g_ptr_array_index (clusters, c);

      if (cluster != NULL)
        {
          g_assert_cmpuint (cluster->members->len, ==, size);
          n++;
        }
    }
  return n;
}

static void
test_near_duplicate_rows (void)
{
  /* Rows {0, 1} and {2, 3} do not resemble each other as a whole (1 and
   * 3 are long), but statements 0 and 2 each share a word of the other
   * row's core and join it: the two rows then share most of their
   * statements, and become one. */
  static const guint sources[] = { 0, 1, 2, 3 };
  static const char *keys[] = {
    "1 2 3 4 20 21 22 23",
    "1 2 3 30 31 32 33 34 35 36 37 38 39 40 41 42",
    "1 4 5 6 24 25 26 27",
    "4 5 6 43 44 45 46 47 48 49 50 51 52 53 54 55",
  };
  static const guint clash_sources[] = { 0, 1, 2, 0 };
  g_autoptr(GPtrArray) clusters = cluster_by_keys (sources, keys, 4);
  g_autoptr(GPtrArray) kept = NULL;
  guint n_rows = 0;

  g_assert_cmpuint (count_rows (clusters, 4), ==, 1);

  /* Never when the union would hold two statements of one report. */
  kept = cluster_by_keys (clash_sources, keys, 4);
  for (guint c = 0; c < kept->len; c++)
    n_rows += g_ptr_array_index (kept, c) != NULL;
  g_assert_cmpuint (n_rows, ==, 2);
}

static void
test_second_row_needs_core (void)
{
  /* Statement 0 links to 2 through key 1, which 3 lacks: it meets row
   * {2, 3} on a side word and none of what 2 and 3 say in common, so it
   * states another fact and stays out, and so does 2 out of {0, 1}. */
  static const guint sources[] = { 0, 1, 2, 3 };
  static const char *keys[] = { "1 2 3 5", "2 3 4 6", "1 7 8 9", "7 8 9" };
  g_autoptr(GPtrArray) clusters = cluster_by_keys (sources, keys, 4);

  g_assert_cmpuint (count_rows (clusters, 2), ==, 2);
}

/* The inline merge sort of pairs puts them in cor_align_compare_pairs()'s
 * order, ties and repeats included. */
static void
test_sort_pairs (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GArray) expected = NULL;

  for (guint i = 0; i < 5000; i++)
    {
      Pair pair = { g_rand_int_range (rand, 0, 50), g_rand_int_range (rand, 0, 50),
                    g_rand_int_range (rand, 0, 20) / 20.0 };

      g_array_append_val (pairs, pair);
    }
  expected = g_array_copy (pairs);
  g_array_sort (expected, cor_align_compare_pairs);
  cor_align_sort_pairs (pairs);
  g_assert_cmpmem (pairs->data, pairs->len * sizeof (Pair), expected->data, expected->len * sizeof (Pair));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/align/rows", test_rows);
  g_test_add_func ("/align/quotes-point-into-text", test_quotes_point_into_text);
  g_test_add_func ("/align/order-independent", test_order_independent);
  g_test_add_func ("/align/strictness", test_strictness);
  g_test_add_func ("/align/story-names-are-weak", test_story_names_are_weak);
  g_test_add_func ("/align/different-amounts", test_different_amounts);
  g_test_add_func ("/align/event-day-is-weak", test_event_day_is_weak);
  g_test_add_func ("/align/headline-needs-rare-key", test_headline_needs_rare_key);
  g_test_add_func ("/align/paraphrase-roots", test_paraphrase_roots);
  g_test_add_func ("/align/near-duplicate-rows", test_near_duplicate_rows);
  g_test_add_func ("/align/second-row-needs-core", test_second_row_needs_core);
  g_test_add_func ("/align/sort-pairs", test_sort_pairs);

  return g_test_run ();
}
