/* test-align.c: rows of statements across reports.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cor-pair.h"

#include <math.h>
#include <stdlib.h>

#include "cor-analysis.h"
#include "corpus-helpers.h"
#include "facts-helpers.h"

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

/* The reports in @order, each named after its report, not its place. */
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

static void
test_rows (void)
{
  static const guint order[] = { 0, 1, 2 };
  g_autoptr(CorFactTable) table = analyse (order, 0.5);
  CorFact *fire = table_find (table, "destroyed");
  CorFact *smoke = table_find (table, "lighthouse");
  CorFact *inquiry = table_find (table, "full inquiry");

  g_assert_nonnull (fire);
  g_assert_cmpuint (fire->cells->len, ==, 2);
  g_assert_cmpint (fire->agreement, ==, COR_AGREEMENT_AGREED);
  g_assert_cmpuint (inquiry->cells->len, ==, 2);
  /* A fact one report alone states is a single row. */
  g_assert_cmpint (smoke->agreement, ==, COR_AGREEMENT_SINGLE);
  g_assert_cmpuint (smoke->support, ==, 1);
}

/* Summaries a reader can take on their own: never cut short, never a
 * clause that leans on a sentence they do not show. */
static void
assert_summary_stands_alone (const char *summary)
{
  static const char *openers[] = { "and ", "but ", "though ", "while ", "during ", "which ", "who ",
                                   "adding ", "saying ", "that " };
  g_autofree char *lower = g_utf8_strdown (summary, -1);

  g_assert_false (g_str_has_suffix (summary, "…"));
  g_assert_false (g_unichar_islower (g_utf8_get_char (summary)));
  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    g_assert_false (g_str_has_prefix (lower, openers[i]));
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
      assert_summary_stands_alone (fact->summary);
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

static void
test_story_names_are_weak (void)
{
  g_autoptr(CorFactTable) table = table_of (summit, G_N_ELEMENTS (summit), "2031-03-04", 0.5);
  CorFact *cordial = table_find (table, "cordial and productive");
  CorFact *quotas = table_find (table, "hardest dispute");

  /* The leaders name the story, not the fact: each row keeps its own. */
  g_assert_nonnull (cordial);
  g_assert_nonnull (quotas);
  g_assert_true (cordial != quotas);
  g_assert_true (table_find (table, "pledged €40 million") != quotas);
}

static void
test_different_amounts (void)
{
  g_autoptr(CorFactTable) table = table_of (summit, G_N_ELEMENTS (summit), "2031-03-04", 0.5);
  CorFact *old_cost = table_find (table, "€3 million");
  CorFact *staff = table_find (table, "€9 million");
  CorFact *pier = table_find (table, "150 m");
  CorCell *cell;

  /* Different amounts in otherwise different statements: different facts. */
  g_assert_true (old_cost != staff);
  g_assert_cmpint (old_cost->agreement, ==, COR_AGREEMENT_SINGLE);
  /* Different amounts of one measure in one statement: a conflict. */
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

static guint
count_shared_rows (CorFactTable *table)
{
  guint n = 0;

  for (guint i = 0; i < table->facts->len; i++)
    n += ((CorFact *)g_ptr_array_index (table->facts, i))->cells->len > 1;
  return n;
}

static void
test_strictness (void)
{
  static const guint order[] = { 0, 1, 2 };
  g_autoptr(CorFactTable) loose = analyse (order, 0.0);
  g_autoptr(CorFactTable) strict = analyse (order, 1.0);

  /* Joining less never makes more shared rows. */
  g_assert_cmpuint (count_shared_rows (strict), <=, count_shared_rows (loose));
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
  g_autoptr(CorFactTable) table = table_of (regatta, G_N_ELEMENTS (regatta), "2031-06-13", 0.5);
  CorFact *crews = table_find (table, "forty crews");
  CorFact *capsized = table_find (table, "capsized");

  /* The day every report gives does not glue a fact to another. */
  g_assert_cmpuint (crews->support, >=, 3);
  g_assert_true (capsized != crews);
  g_assert_cmpuint (capsized->support, ==, 1);
}

/* Two invented reports of one climbing accident and a tsunami long ago. */
static const char *mountain[] = {
  "A climber fell 150 metres from the north ridge of Mount Arvel on Friday.\n"
  "In 1998 an avalanche on the same ridge killed four skiers.\n",

  "The climber fell about 60 metres from the north ridge of Mount Arvel on Friday.\n"
  "An avalanche killed two hikers on the south face on Friday.\n",
};

static void
test_years_and_measures (void)
{
  g_autoptr(CorFactTable) table = table_of (mountain, G_N_ELEMENTS (mountain), "2031-06-14", 0.5);
  CorFact *fall = table_find (table, "150 metres");

  /* One fall, two heights: one row, in conflict. */
  g_assert_true (fall == table_find (table, "about 60 metres"));
  g_assert_cmpint (fall->agreement, ==, COR_AGREEMENT_CONFLICT);
  /* An avalanche in 1998 is not the one on Friday. */
  g_assert_true (table_find (table, "In 1998") != table_find (table, "two hikers"));
}

/* Two invented reports of one march: two people of one age, on one
 * morning, in sentences that share no other words. */
static const char *march[] = {
  "Tomas Ruiz, 30, and Carla Mendes, 23, from Ostrand, were among four couples who married at the "
  "beach on Sunday morning, with their daughter.\n",

  "Another marcher, 23-year-old Ilse Varga, cried when she reached the park on Sunday morning and saw "
  "the crowd behind the fence.\n",
};

static void
test_values_alone_do_not_link (void)
{
  g_autoptr(CorFactTable) table = table_of (march, G_N_ELEMENTS (march), "2031-06-14", 0.5);
  CorFact *couples = table_find (table, "four couples");
  CorFact *marcher = table_find (table, "Ilse Varga");

  double f[COR_N_PAIR_FEATURES] = { 0 };

  /* An age and a morning in common make no fact of two, nor a conflict. */
  g_assert_nonnull (couples);
  g_assert_true (couples != marcher);
  g_assert_cmpint (couples->agreement, ==, COR_AGREEMENT_SINGLE);
  g_assert_cmpint (marcher->agreement, ==, COR_AGREEMENT_SINGLE);

  /* However many values and dates two statements share, without words,
   * concepts, names or quoted words in common they are not one fact. */
  f[COR_PAIR_VALUES_SHARED] = 1.0;
  f[COR_PAIR_DATES_SHARED] = 1.0;
  f[COR_PAIR_MEASURE_SAME] = 1.0;
  f[COR_PAIR_MAX_SHARED] = 0.7;
  f[COR_PAIR_SHORTER_LENGTH] = 1.0;
  f[COR_PAIR_STEM_COSINE] = 0.04;
  f[COR_PAIR_SENTENCE_COSINE] = 0.04;
  g_assert_cmpfloat (cor_pair_score (f), ==, 0.0);
  /* The same, with some wording in common, is for the model to weigh. */
  f[COR_PAIR_STEM_COSINE] = 0.3;
  g_assert_cmpfloat (cor_pair_score (f), >, cor_pair_threshold (0.5));
}

static const char *ferry[] = {
  "Passenger ferry sank off the coast of Kelvale on Monday\n\nA passenger ferry sank off the coast of Kelvale on Monday, and "
  "coastguards rescued all 40 people on board, the harbour master said.\n\nThe ferry had left Ostrand at dawn "
  "with a cargo of timber.\n\nDivers will inspect the wreck on Wednesday.\n",

  "A passenger ferry sank off the Kelvale coast on Monday\n\nCoastguards rescued all 40 people aboard a passenger ferry that "
  "sank off the coast of Kelvale on Monday, the harbour master said.\n\nThe vessel, which had left Ostrand at "
  "dawn, was carrying timber.\n\nThe cause of the sinking is not yet known.\n",

  "Passenger ferry sinks off the coast of Kelvale\n\nA passenger ferry sank off Kelvale on Monday, and all 40 people on "
  "board were rescued by coastguards, according to the harbour master.\n\nThe ship was built in 1998.\n",
};

/* A report's headline and its sentence that state one fact share its
 * cell in one row, the sentence first; a report never gives one row two
 * sentences, nor two headlines. */
static void
test_headline_joins_its_sentence (void)
{
  g_autoptr(CorFactTable) table = table_of (ferry, G_N_ELEMENTS (ferry), "2031-05-05", 0.5);
  guint joined = 0;

  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          CorDocument *doc = g_ptr_array_index (table->documents, cell->source);
          guint headlines = 0;

          g_assert_cmpuint (cell->quotes->len, <=, 2);
          for (guint q = 0; q < cell->quotes->len; q++)
            {
              CorQuote *quote = g_ptr_array_index (cell->quotes, q);

              /* The headlines are each report's first line. */
              headlines += quote->start == 0;
              g_assert_true (doc != NULL);
            }
          if (cell->quotes->len == 2)
            {
              g_assert_cmpuint (headlines, ==, 1);
              g_assert_cmpuint (((CorQuote *)g_ptr_array_index (cell->quotes, 0))->start, >, 0);
              joined++;
            }
        }
    }
  g_assert_cmpuint (joined, >, 0);
}

/* No two rows of @table read the same. */
static void
assert_summaries_once (CorFactTable *table)
{
  g_autoptr(GHashTable) summaries = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < table->facts->len; i++)
    g_assert_true (g_hash_table_add (summaries, ((CorFact *)g_ptr_array_index (table->facts, i))->summary));
}

/* The row of @table whose summary starts with @start, or NULL. */
static CorFact *
fact_summarised (CorFactTable *table,
                 const char   *start)
{
  for (guint i = 0; i < table->facts->len; i++)
    if (g_str_has_prefix (((CorFact *)g_ptr_array_index (table->facts, i))->summary, start))
      return g_ptr_array_index (table->facts, i);
  return NULL;
}

/* The cell of report @source in the row of @table summarised by words
 * that start with @start; the test fails when there is none. */
static CorCell *
summarised_cell (CorFactTable *table,
                 const char   *start,
                 guint         source)
{
  CorFact *fact = fact_summarised (table, start);
  CorCell *cell;

  g_assert_nonnull (fact);
  cell = cor_fact_get_cell (fact, source);
  g_assert_nonnull (cell);
  return cell;
}

/* How many rows of @table quote @words. */
static guint
rows_quoting (CorFactTable *table,
              const char   *words)
{
  guint n = 0;

  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      for (guint c = 0; c < fact->cells->len; c++)
        n += strstr (((CorQuote *)g_ptr_array_index (((CorCell *)g_ptr_array_index (fact->cells, c))->quotes, 0))->text,
                     words) != NULL;
    }
  return n;
}

/* Four invented reports that open with different facts, each naming the
 * dock strike in passing; one of them is about the strike. */
static const char *strike[] = {
  "Ferries stayed in Brask harbour on Monday during the 24-hour dock strike called by the transport union "
  "against pay cuts.\n"
  "The ferry company refunded every ticket.\n",

  "The 24-hour dock strike called by the transport union against pay cuts closed the container terminal at "
  "Brask on Monday.\n"
  "Union leaders said talks would resume on Friday.\n",

  "Fishermen unloaded their catch on a beach north of Brask on Monday during the 24-hour dock strike "
  "called by the transport union.\n"
  "Fish prices rose at the market in the afternoon.\n",

  "Lorries queued for ten kilometres outside Brask on Monday as the transport union's dock strike against "
  "pay cuts began.\n"
  "Police closed the motorway exit for the night.\n",
};

/* The act or event most reports name at their opening is a row of its
 * own, summarised by the statement about it. A statement that says more
 * stays in the row of what else it says too, and a row the event's row
 * holds whole gives way to it. */
static void
test_event_row (void)
{
  g_autoptr(CorFactTable) table = table_of (strike, G_N_ELEMENTS (strike), "2031-06-02", 0.5);
  CorFact *event = fact_summarised (table, "The 24-hour dock strike");

  assert_summaries_once (table);
  g_assert_nonnull (event);
  g_assert_cmpuint (event->cells->len, ==, 4);
  g_assert_cmpuint (rows_quoting (table, "Lorries"), ==, 2);
  /* The ferries and the fishermen name the strike in passing: partial,
   * and said so; the report about the strike supports its row. */
  g_assert_cmpint (cor_fact_get_status (event, 1), ==, COR_CELL_SUPPORTS);
  for (guint source = 0; source <= 2; source += 2)
    {
      CorCell *cell = cor_fact_get_cell (event, source);

      g_assert_cmpint (cell->status, ==, COR_CELL_PARTIAL);
      g_assert_cmpstr (cell->note, ==, "names it in passing");
    }
  g_assert_cmpint (event->agreement, ==, COR_AGREEMENT_AGREED);
}

/* A row summed up by a clause's whole sentence says what the sentence
 * says: a report that states the clause alone leaves out its day. */
static const char *dredging[] = {
  "Harbour talks\n\nMayor Ana Ruiz said on Monday that she had met Governor Ilse Marr in Kelvale, during which "
  "the two leaders agreed to dredge the silted channel of the old port.\n",
  "Port to be dredged\n\nRuiz said the two leaders agreed to dredge the silted channel of the old port.\n",
};

static void
test_marked_against_sentence (void)
{
  g_autoptr(CorFactTable) table = table_of (dredging, G_N_ELEMENTS (dredging), "2031-05-08", 0.5);
  CorCell *cell = summarised_cell (table, "Mayor Ana Ruiz said on Monday", 1);

  g_assert_cmpint (cell->status, ==, COR_CELL_PARTIAL);
  g_assert_cmpstr (cell->note, ==, "does not give “Monday”");
}

/* The statement that sums up an event's row has no row of its own that
 * would say the same: one row reads "A dock strike closed …", not two. */
static void
test_event_row_summary_once (void)
{
  static const char *reports4[] = {
    "A dock strike closed the container terminal at Brask on Monday.\n"
    "Union leaders said talks would resume on Friday.\n",
    "Ferries stayed in Brask harbour on Monday during the dock strike over pay cuts.\n"
    "The ferry company refunded every ticket.\n",
    "Lorries queued outside Brask on Monday because of the dock strike over pay cuts.\n"
    "Police closed the motorway exit.\n",
    "Fishermen landed their catch on a beach near Brask on Monday during the dock strike over pay cuts.\n"
    "Fish prices rose.\n",
  };
  g_autoptr(CorFactTable) table = table_of (reports4, G_N_ELEMENTS (reports4), "2031-06-02", 0.5);
  CorFact *event = table_find (table, "A dock strike closed");

  g_assert_nonnull (event);
  g_assert_cmpuint (event->cells->len, ==, 4);
  assert_summaries_once (table);
}

/* Two clauses of one sentence whose summaries both fall back to the
 * whole sentence are one row, with both quotes in the report's cell. */
static void
test_one_summary_one_row (void)
{
  static const char *reports2[] = {
    "As the fans tried to push through a steward line in front of the stadium, they first threw cans and "
    "bottles of beer, prompting the mounted officers to respond with pepper spray.\n"
    "The match started an hour late.\n",
    "The mayor promised an inquiry into the fire.\n",
  };
  g_autoptr(CorFactTable) table = table_of (reports2, G_N_ELEMENTS (reports2), "2031-06-02", 0.5);
  CorFact *thrown = fact_summarised (table, "They first threw");

  assert_summaries_once (table);
  g_assert_nonnull (thrown);
  g_assert_cmpuint (thrown->cells->len, ==, 1);
  g_assert_cmpuint (((CorCell *)g_ptr_array_index (thrown->cells, 0))->quotes->len, ==, 2);
}

/* Named by two reports of five, an event is no row of its own. */
static void
test_event_row_needs_most_reports (void)
{
  const char *reports5[] = {
    strike[0], strike[1],
    "Fishermen unloaded their catch at a beach north of Brask on Monday.\n",
    "Lorries queued for ten kilometres outside Brask on Monday.\n",
    "The ferry company refunded every ticket sold for Monday.\n",
  };
  g_autoptr(CorFactTable) table = table_of (reports5, G_N_ELEMENTS (reports5), "2031-06-02", 0.5);

  for (guint i = 0; i < table->facts->len; i++)
    g_assert_cmpuint (((CorFact *)g_ptr_array_index (table->facts, i))->cells->len, <, 3);
}

/* Feature @k of the first statements of two readings. */
static double
pair_feature (const char     *a,
              const char     *b,
              CorPairFeature  k)
{
  g_autoptr(Reading) x = reading_new (a, NULL);
  g_autoptr(Reading) y = reading_new (b, NULL);
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  CorTermStats *stats;
  CorPairSide sa, sb;
  double f[COR_N_PAIR_FEATURES];

  g_assert_cmpuint (x->statements->len, >, 0);
  g_assert_cmpuint (y->statements->len, >, 0);
  g_ptr_array_add (both, g_ptr_array_index (x->statements, 0));
  g_ptr_array_add (both, g_ptr_array_index (y->statements, 0));
  stats = cor_term_stats_new (both, 2);
  cor_pair_side_init (&sa, g_ptr_array_index (both, 0), 0, NULL, stats);
  cor_pair_side_init (&sb, g_ptr_array_index (both, 1), 0, NULL, stats);
  cor_pair_features (&sa, &sb, stats, f);
  cor_term_stats_free (stats);
  return f[k];
}

static double
values_shared (const char *a,
               const char *b)
{
  return pair_feature (a, b, COR_PAIR_VALUES_SHARED);
}

/* "At least one person" is true of "twelve people" but is no sign that
 * they count the same dead; "at least 20" and "22" are. */
static void
test_loose_bound (void)
{
  g_assert_cmpfloat (pair_feature ("The storm killed at least one person in the valley.\n",
                                   "The storm killed twelve people in the valley.\n", COR_PAIR_MEASURE_SAME), ==, 0.0);
  g_assert_cmpfloat (pair_feature ("The storm killed at least one person in the valley.\n",
                                   "The storm killed twelve people in the valley.\n", COR_PAIR_MEASURE_CLASH), ==, 0.0);
  g_assert_cmpfloat (pair_feature ("The storm killed at least 20 people in the valley.\n",
                                   "The storm killed 22 people in the valley.\n", COR_PAIR_MEASURE_SAME), ==, 1.0);
}

/* One number counting two things is no value in common: "10 people were
 * killed" and "10 houses were damaged"; the same count in other words is. */
static void
test_numbers_of_different_things (void)
{
  g_assert_cmpfloat (values_shared ("In the valley, 10 people were killed by the storm.\n",
                                    "In the valley, 10 houses were damaged by the storm.\n"), ==, 0.0);
  g_assert_cmpfloat (values_shared ("In the valley, 10 people were killed by the storm.\n",
                                    "The storm killed 10 people in the valley.\n"), >, 0.0);
  g_assert_cmpfloat (values_shared ("Three people died in the valley.\n",
                                    "The storm left 3 dead in the valley.\n"), >, 0.0);
}

/* Two speakers keep statements apart only when both are named and neither
 * statement names the other: an agency relaying a man's words does not
 * clash with the man, nor "officials" with anyone. */
static void
test_speakers_clash (void)
{
  g_assert_cmpfloat (pair_feature ("The harbour will reopen on Friday, Mayor Ana Ruiz said.\n",
                                   "The harbour will reopen on Friday, Tomas Berg said.\n", COR_PAIR_SPEAKER_CLASH), ==, 1.0);
  g_assert_cmpfloat (pair_feature ("Ana Ruiz dismissed fears that the harbour would close, the Valley Times reported.\n",
                                   "The harbour will reopen on Friday, Ana Ruiz said.\n", COR_PAIR_SPEAKER_CLASH), ==, 0.0);
  g_assert_cmpfloat (pair_feature ("The harbour will reopen on Friday, officials said.\n",
                                   "The harbour will reopen on Friday, Tomas Berg said.\n", COR_PAIR_SPEAKER_CLASH), ==, 0.0);
}

static void
test_copies_share_rows (void)
{
  const char *texts[30];
  g_autoptr(CorFactTable) table = NULL;

  /* Thirty outlets running one wire text: every row holds all thirty. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    texts[i] = reports[i % 3 == 0 ? 0 : 0];
  table = table_of (texts, G_N_ELEMENTS (texts), "2031-03-04", 0.5);
  g_assert_cmpuint (table->facts->len, >, 0);
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      g_assert_cmpuint (fact->cells->len, ==, G_N_ELEMENTS (texts));
      g_assert_cmpint (fact->agreement, ==, COR_AGREEMENT_AGREED);
    }
}

/* A report that leaves out a figure the row's summary gives is marked
 * partial, with the figure named; the reports still agree, so the row
 * stays agreed until a reader marks the cell partial. */
static void
test_narrower_cell (void)
{
  g_autoptr(CorFactTable) table = bridge_table ();
  CorFact *fact = fact_summarised (table, "The city shut the Harbour Bridge");
  CorCell *cell;

  g_assert_nonnull (fact);
  g_assert_nonnull (strstr (fact->summary, "40 centimetres"));
  g_assert_cmpuint (fact->cells->len, ==, 3);
  cell = cor_fact_get_cell (fact, 1);
  g_assert_nonnull (cell);
  g_assert_cmpint (cell->status, ==, COR_CELL_PARTIAL);
  g_assert_cmpstr (cell->note, ==, "does not give “40 centimetres”");
  g_assert_cmpint (cor_fact_get_status (fact, 0), ==, COR_CELL_SUPPORTS);
  g_assert_cmpint (fact->agreement, ==, COR_AGREEMENT_AGREED);
  g_assert_cmpuint (fact->support, ==, 3);
  g_assert_cmpint (cor_cell_get_stance (cell), ==, COR_CELL_SUPPORTS);

  /* A reader who marks it partial says the reports differ. */
  cell->overridden = TRUE;
  cor_fact_update_agreement (fact);
  g_assert_cmpint (fact->agreement, ==, COR_AGREEMENT_PARTIAL);
  g_assert_cmpint (cor_cell_get_stance (cell), ==, COR_CELL_PARTIAL);
}

/* A report that leaves out the day the others give states less of the
 * fact, if it could have said it: a report with no date of its own
 * resolves no "on Tuesday", said or not, and is not asked for it. */
static const char *aground[] = {
  "Ferry aground\n\nThe ferry Northern Star ran aground off Kelvale Point on Tuesday with 212 passengers on "
  "board, the coastguard said.\n",
  "Ferry runs aground\n\nThe ferry Northern Star ran aground off Kelvale Point with 212 passengers on board, "
  "the coastguard said.\n",
  "Passengers stranded\n\nThe Northern Star ferry ran aground off Kelvale Point on Tuesday carrying 212 "
  "passengers, the coastguard said.\n",
};

static void
test_day_left_out (void)
{
  for (guint undated = 0; undated < 2; undated++)
    {
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(CorFactTable) table = NULL;
      CorFact *fact;
      CorCell *cell;

      for (guint i = 0; i < G_N_ELEMENTS (aground); i++)
        g_ptr_array_add (sources, cor_source_load_text (aground[i], i == 1 ? "Outlet 2" : "Outlet",
                                                        i == 1 && undated ? NULL : "2031-05-08"));
      table = cor_analysis_run (sources, NULL, NULL, NULL, NULL, NULL);
      fact = fact_summarised (table, "The ferry Northern Star ran aground");
      g_assert_nonnull (fact);
      g_assert_nonnull (strstr (fact->summary, "Tuesday"));
      g_assert_cmpint (fact->agreement, ==, COR_AGREEMENT_AGREED);
      cell = cor_fact_get_cell (fact, 1);
      g_assert_nonnull (cell);
      if (undated)
        {
          g_assert_cmpint (cell->status, ==, COR_CELL_SUPPORTS);
          g_assert_null (cell->note);
        }
      else
        {
          g_assert_cmpint (cell->status, ==, COR_CELL_PARTIAL);
          g_assert_true (cell->narrower);
          g_assert_cmpstr (cell->note, ==, "does not give “Tuesday”");
        }
      g_assert_cmpint (cor_fact_get_status (fact, 2), ==, COR_CELL_SUPPORTS);
    }
}

/* Whether @fact has cells that are not absent quoting each of @words
 * (NULL-terminated). */
static gboolean
row_quotes_all_in (CorFact            *fact,
                   const char * const *words)
{
  gboolean all = TRUE;

  for (guint w = 0; words[w] != NULL && all; w++)
    {
      gboolean found = FALSE;

      for (guint c = 0; c < fact->cells->len && !found; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          for (guint q = 0; q < cell->quotes->len && !found; q++)
            found = cell->status != COR_CELL_ABSENT
                    && strstr (((CorQuote *)g_ptr_array_index (cell->quotes, q))->text, words[w]) != NULL;
        }
      all = found;
    }
  return all;
}

/* Whether a row of @table does. */
static gboolean
row_quotes_all (CorFactTable       *table,
                const char * const *words)
{
  for (guint i = 0; i < table->facts->len; i++)
    if (row_quotes_all_in (g_ptr_array_index (table->facts, i), words))
      return TRUE;
  return FALSE;
}

/* A figure several reports give of one thing is a row of its own, though
 * their sentences say different things besides: the depth of a quake.
 * The same figure of another thing (a distance from a town) stays out,
 * and so does a bound the figure falls within ("more than 200"). */
static const char *tremor[] = {
  "Quake shakes Valdoria\n\nA moderate earthquake shook the hill town of Brennick on Thursday and damaged an old "
  "bridge over the river. The quake struck at a depth of 12 kilometres, the national seismology office said. "
  "Doctors at the district hospital treated 249 injured people.\n",
  "Brennick tremor\n\nThe tremor, which hit at a shallow depth of 12 kilometres, cracked walls across the valley "
  "and cut power to thousands of homes on Thursday. More than 200 people were injured, the mayor said.\n",
  "Valdoria earthquake\n\nThe epicentre of Thursday's earthquake lay 12 kilometres west of Brennick, in farmland. "
  "Schools across the region will stay closed until Monday.\n",
};

static void
test_figure_rows (void)
{
  g_autoptr(CorFactTable) table = table_of (tremor, G_N_ELEMENTS (tremor), "2031-05-08", 0.5);
  const char *depth[] = { "struck at a depth of 12 kilometres", "shallow depth of 12 kilometres", NULL };
  const char *west[] = { "shallow depth of 12 kilometres", "12 kilometres west of Brennick", NULL };
  const char *west_too[] = { "struck at a depth of 12 kilometres", "12 kilometres west of Brennick", NULL };
  const char *bound[] = { "249 injured people", "More than 200 people were injured", NULL };

  g_assert_true (row_quotes_all (table, depth));
  g_assert_false (row_quotes_all (table, west));
  g_assert_false (row_quotes_all (table, west_too));
  g_assert_false (row_quotes_all (table, bound));
}

/* Two reports that quote the same four words or more quote one statement,
 * however differently they tell the rest; three words in common ("the
 * whole region") may be anyone's. */
static const char *turning[] = {
  "Port deal signed\n\nThe harbour minister signed the port deal on Friday, which also covers new rail links to "
  "three inland towns and a dredging contract, and called the agreement \"a turning point for the whole coast\" "
  "in a speech at the quay.\n",
  "Minister hails port deal\n\n\"This is a turning point for the whole coast,\" Ruiz said.\n",
  "Drought hits farms\n\nFarmers near Calvera said the long drought had hurt \"the whole coast\" and asked the "
  "ministry for help with water.\n",
};

static void
test_quote_rows (void)
{
  g_autoptr(CorFactTable) table = table_of (turning, G_N_ELEMENTS (turning), "2031-05-08", 0.5);
  const char *same[] = { "called the agreement", "Ruiz said", NULL };
  const char *three[] = { "Ruiz said", "the long drought", NULL };

  g_assert_true (row_quotes_all (table, same));
  g_assert_false (row_quotes_all (table, three));
}

/* A short quotation two reports quote whole ("productive") is one
 * statement of it. */
static const char *talks[] = {
  "Port talks\n\nThe city council approved the school budget on Tuesday. The harbour minister described the port "
  "talks as \"productive\" before flying home. Bus fares will rise next year.\n",
  "Council news\n\nThe council approved the school budget on Tuesday after a long debate. The minister said the "
  "talks on the port had been \"productive\". Fares on the city buses will go up next year.\n",
  "Budget passes\n\nThe city council approved the school budget on Tuesday. Teachers welcomed the new money for "
  "the schools.\n",
};

static void
test_quote_rows_short (void)
{
  g_autoptr(CorFactTable) table = table_of (talks, G_N_ELEMENTS (talks), "2031-05-08", 0.5);
  const char *both[] = { "described the port talks", "the talks on the port had been", NULL };

  g_assert_true (row_quotes_all (table, both));
}

/* Two reports that tell a fact in the same six words or more tell one
 * fact, whatever else their sentences say. */
static const char *cordon[] = {
  "Farm protest\n\nThe city council approved the school budget on Tuesday. Angry farmers attempted to break "
  "through a police cordon guarding the town hall as the vote was held. Bus fares will rise next year.\n",
  "Council news\n\nThe council approved the school budget on Tuesday after a long debate. Outside, a crowd that "
  "had marched from the valley attempted to break through a police cordon guarding the town hall and threw eggs "
  "at the windows. Fares on the city buses will go up next year.\n",
  "Budget passes\n\nThe city council approved the school budget on Tuesday. Teachers welcomed the new money for "
  "the schools.\n",
};

static void
test_phrase_rows (void)
{
  g_autoptr(CorFactTable) table = table_of (cordon, G_N_ELEMENTS (cordon), "2031-05-08", 0.5);
  const char *both[] = { "Angry farmers attempted", "a crowd that had marched", NULL };

  g_assert_true (row_quotes_all (table, both));
}

/* Six words in common do not make one fact of two that contradict each
 * other: a crowd's size told in the same words may be two counts, of two
 * places or times. */
static const char *farmers[] = {
  "Farm protest\n\nThe city council approved the school budget on Tuesday. As many as 2,000 farmers marched "
  "through the narrow streets of the old market town, police said. Bus fares will rise next year.\n",
  "Council news\n\nThe council approved the school budget on Tuesday after a long debate. Shops closed early and "
  "buses were stopped for hours as an estimated 9,000 farmers marched through the narrow streets of the old market "
  "town, while the mayor met union leaders to discuss the price of water. Fares on the city buses will go up next "
  "year.\n",
  "Budget passes\n\nThe city council approved the school budget on Tuesday. Teachers welcomed the new money for "
  "the schools.\n",
};

/* A wire's dateline gives its day without a year ("LONDON, Nov 17
 * (Wire) —"): the other reports' own dates give the year, and its dates
 * are read and compared. */
static void
test_dateline_day (void)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CorFactTable) table = NULL;
  const char *both[] = { "must make a firm offer by 12 December", "must make a firm offer by 15 December", NULL };
  gboolean conflict = FALSE;

  g_ptr_array_add (sources, cor_source_load_text ("Varnex bid rejected\nLONDON, Nov 17 (Press Wire) — Brantwell "
                                                  "rejected a takeover approach from Varnex Foods on Monday. Varnex "
                                                  "must make a firm offer by 12 December or walk away.\n",
                                                  "Press Wire", NULL));
  g_ptr_array_add (sources, cor_source_load_text ("Brantwell says no\nPublished 17 November 2025\n\nBrantwell "
                                                  "rejected a takeover approach from Varnex Foods. Varnex must make a "
                                                  "firm offer by 15 December or walk away.\n", "Ledger", NULL));
  table = cor_analysis_run (sources, NULL, NULL, NULL, NULL, NULL);
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      conflict |= fact->agreement == COR_AGREEMENT_CONFLICT && row_quotes_all_in (fact, both);
    }
  g_assert_true (conflict);
}

/* A day told of as done and a day planned, in words alike, are two days
 * of two acts: "imposed a tariff on March 23", "the tariffs were set to
 * take effect on Tuesday". */
static const char *tolls[] = {
  "Tolls delayed\n\nThe council on March 23 imposed a 25 percent toll on lorries and a 10 percent toll on vans. "
  "It delayed the tolls for farms until June.\n",
  "Farm tolls put off\n\nThe 25 percent tolls on lorries and 10 percent on vans were set to go into effect on "
  "Tuesday and had set off a scramble by farms for exemptions. The council delayed them for farms.\n",
};

static void
test_done_and_planned_days (void)
{
  g_autoptr(CorFactTable) table = table_of (tolls, G_N_ELEMENTS (tolls), "2031-05-08", 0.5);

  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      if (fact->agreement == COR_AGREEMENT_CONFLICT)
        g_error ("row %u conflicts: %s", i, fact->summary);
    }
}

/* Six words in common, after two names: two acts of two. */
static const char *comments[] = {
  "Bid talks\n\nVarnex Foods made a takeover approach for Brantwell on Monday. Varnex declined to comment on "
  "whether it would raise its offer. Shares in Brantwell rose 20 percent.\n",
  "Brantwell rejects bid\n\nBrantwell has rejected a takeover approach from Varnex Foods. Brantwell declined to "
  "comment on whether it had been approached by other bidders. Its chairman called the offer too low.\n",
};

static void
test_phrase_rows_other_names (void)
{
  g_autoptr(CorFactTable) table = table_of (comments, G_N_ELEMENTS (comments), "2031-05-08", 0.5);
  const char *both[] = { "Varnex declined to comment", "Brantwell declined to comment", NULL };

  g_assert_false (row_quotes_all (table, both));
}

/* Two reports that tie a statement to one day named by its month tell
 * one fact of it, however else they word it; a day beside the reports'
 * own is the story's, and ties two facts of it into no row. */
static const char *deadline[] = {
  "Dock strike\n\nDock workers at Port Selby walked out on Wednesday over pay. The union has threatened to "
  "widen the strike to other ports as soon as June 2 if talks fail. Talks broke down on May 7, the union said.\n",
  "Port shut\n\nDockers at Port Selby went on strike on Wednesday. The employers face a June 2 deadline before "
  "the strike spreads. Police were called to the gates on May 7.\n",
  "Grain stuck\n\nShipping firms have sent their vessels to other ports. The port handles a third of the "
  "country's grain.\n",
};

static void
test_day_rows (void)
{
  g_autoptr(CorFactTable) table = table_of (deadline, G_N_ELEMENTS (deadline), "2031-05-08", 0.5);
  const char *june[] = { "as soon as June 2", "face a June 2 deadline", NULL };
  const char *may[] = { "Talks broke down", "Police were called", NULL };

  g_assert_true (row_quotes_all (table, june));
  g_assert_false (row_quotes_all (table, may));
}

static void
test_phrase_rows_contradicting (void)
{
  g_autoptr(CorFactTable) table = table_of (farmers, G_N_ELEMENTS (farmers), "2031-05-08", 0.5);
  const char *both[] = { "As many as 2,000", "an estimated 9,000", NULL };

  g_assert_false (row_quotes_all (table, both));
}

/* A report that tells one fact twice, in its lede and again further
 * down, is in two rows of several reports each: they are one row. A row
 * of another fact that the same report is in stays apart. */
static const char *bridge[] = {
  "Dorvan bridge\n\nThe old rail bridge over the Lenna river in Dorvan collapsed on Monday morning, killing four "
  "people who were walking across it. Divers searched the water for a fifth man until dark.\n",
  "Collapse in Dorvan\n\nThe old rail bridge over the Lenna river in Dorvan gave way on Monday morning, killing four "
  "people who were walking across it. Divers searched the water for a fifth man. Police said four people had died "
  "when the bridge fell in Dorvan.\n",
  "Dorvan mourns\n\nPolice said four people had died when a bridge fell in Dorvan. Schools in the town will close "
  "on Tuesday.\n",
};

static void
test_restated_rows (void)
{
  g_autoptr(CorFactTable) table = table_of (bridge, G_N_ELEMENTS (bridge), "2031-05-08", 0.5);
  const char *told_twice[] = { "killing four people", "when the bridge fell", "when a bridge fell", NULL };
  const char *divers[] = { "Divers searched the water for a fifth man until dark", "Divers searched the water for a fifth man.", NULL };
  const char *apart[] = { "Divers searched", "when a bridge fell", NULL };

  g_assert_true (row_quotes_all (table, told_twice));
  g_assert_true (row_quotes_all (table, divers));
  g_assert_false (row_quotes_all (table, apart));
}

/* Reports that word one fact two ways make two rows of it, with no report
 * in both: the mean of the four pairs across is a harder bar than one
 * pair's. They are one row, summed up by the statement that says least.
 * The rows of what else they say stay apart. */
static const char *sandbank[] = {
  "Ferry aground off Varholm\n\nThe ferry Kestrel ran aground on a sandbank near the harbour of Varholm island on "
  "Sunday night with 212 passengers on board, the coast guard said. Tugboats pulled it free at dawn.\n",
  "Kestrel stuck on sandbank\n\nThe ferry Kestrel struck a sandbank near the harbour of Varholm island late on "
  "Sunday with 212 passengers aboard, the coast guard said. Nobody was hurt.\n",
  "Passengers spend night on stranded ferry\n\nThe Kestrel, a passenger ferry, struck a sandbank near the harbour "
  "of Varholm island on Sunday night. Passengers slept in the lounge until tugboats arrived.\n",
  "Varholm ferry stranded\n\nThe Kestrel, a passenger ferry, struck a sandbank near the harbour of Varholm island "
  "on Sunday. The ferry company apologised to its customers.\n",
};

static void
test_rows_worded_two_ways (void)
{
  g_autoptr(CorFactTable) table = table_of (sandbank, G_N_ELEMENTS (sandbank), "2031-05-08", 0.5);
  const char *one_fact[] = { "ran aground on a sandbank", "struck a sandbank near the harbour of Varholm island late",
                             "on Sunday night.", "island on Sunday.", NULL };
  const char *apart[] = { "Tugboats pulled", "Passengers slept", NULL };

  g_assert_true (row_quotes_all (table, one_fact));
  g_assert_false (row_quotes_all (table, apart));
  /* The row is summed up by what both wordings tell, so that each report
   * states all of it. */
  g_assert_nonnull (fact_summarised (table, "The Kestrel, a passenger ferry, struck a sandbank near the harbour of "
                                            "Varholm island on Sunday."));
  g_assert_cmpint (summarised_cell (table, "The Kestrel, a passenger ferry, struck a sandbank near the harbour of "
                                           "Varholm island on Sunday.", 0)->status, ==, COR_CELL_SUPPORTS);
}

/* Two reports that tell of one act, worded two ways, tell one fact:
 * "a general strike that grounded all flights" and "flights … were
 * grounded". The same act at another place, in other words, stays
 * apart. */
static const char *grounded[] = {
  "Strike shuts Lenna\n\nA 24-hour general strike against pay cuts began in Lenna on Monday. The marches came amid a "
  "general strike that grounded all flights to and from Lenna and shut down schools. In the evening, police fired "
  "tear gas at students outside the university in Dorvan. Unions plan another walkout next month.\n",
  "Lenna at a standstill\n\nUnions held a 24-hour general strike across Lenna on Monday. Flights to and from Lenna "
  "were grounded and schools were shut down. The finance minister said the cuts would stay.\n",
  "Lenna strike\n\nThousands of workers joined a general strike in Lenna on Monday. Police fired tear gas at "
  "protesters near the parliament.\n",
};

static void
test_act_rows (void)
{
  g_autoptr(CorFactTable) table = table_of (grounded, G_N_ELEMENTS (grounded), "2031-05-08", 0.5);
  const char *one_act[] = { "strike that grounded all flights", "Flights to and from Lenna were grounded", NULL };
  const char *apart[] = { "at students outside the university", "at protesters near the parliament", NULL };

  g_assert_true (row_quotes_all (table, one_act));
  g_assert_false (row_quotes_all (table, apart));
}

/* Two reports that tell of one act done to a name, in other words, share
 * a row; and the report's clause that states no more than the row sits
 * in no row of its own besides. */
static const char *visit[] = {
  "Presidents talk trade\n\nThe two presidents spoke by phone on Tuesday about trade. Mirov is due to visit "
  "Orvia himself in April, a trip he said he \"very much looks forward to\".\n",
  "Kestria and Orvia resume talks\n\nKestrian President Anton Mirov held talks with his Orvian counterpart on "
  "Tuesday. He is scheduled to visit Orvia in April, touting his ties with the Orvian government. Trade was "
  "also discussed.\n",
  "Phone talks\n\nThe ministers discussed fishing rights on Tuesday.\n",
};

static void
test_named_act_rows (void)
{
  g_autoptr(CorFactTable) table = table_of (visit, G_N_ELEMENTS (visit), "2031-05-08", 0.5);
  const char *one_act[] = { "is scheduled to visit Orvia in April", "is due to visit Orvia himself", NULL };

  g_assert_true (row_quotes_all (table, one_act));
  g_assert_cmpuint (rows_quoting (table, "He is scheduled to visit Orvia in April"), ==, 1);
}

/* How many cells of @table quote a text that starts with @start, and
 * whether one in a row of two reports or more quotes @words. */
static guint
quotes_starting (CorFactTable *table,
                 const char   *start)
{
  guint n = 0;

  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          for (guint q = 0; q < cell->quotes->len; q++)
            n += g_str_has_prefix (((CorQuote *)g_ptr_array_index (cell->quotes, q))->text, start);
        }
    }
  return n;
}

static gboolean
shared_row_quotes (CorFactTable *table,
                   const char   *words)
{
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);
      guint sources = 0;
      gboolean quotes = FALSE;

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          if (cell->status == COR_CELL_ABSENT)
            continue;
          sources++;
          for (guint q = 0; q < cell->quotes->len; q++)
            quotes |= strstr (((CorQuote *)g_ptr_array_index (cell->quotes, q))->text, words) != NULL;
        }
      if (sources > 1 && quotes)
        return TRUE;
    }
  return FALSE;
}

/* Five reports of a ferry's capsize, invented for the project
 * (tests/data/invented/ferry). One act done by two who are named apart is
 * two facts ("BIWTA has formed a five-member committee", "Deputy
 * Commissioner … has formed a three-member committee"); an act a
 * speaker's own words tell of is the speaker's ("Every time a launch
 * sinks, a committee is formed"); the reports that tell of BIWTA's
 * committee share a row; a list's bullet and a publication line with no
 * year are no statements. */
static void
test_invented_ferry (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "invented", "ferry", NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = corpus_list (folder, FALSE);
  g_autoptr(CorFactTable) table = NULL;
  const char *one_act[] = { "BIWTA has formed a five-member committee", "A five-member committee of the Bangladesh",
                            NULL };
  const char *two_doers[] = { "has formed a five-member committee", "has formed a three-member committee", NULL };

  g_assert_cmpuint (names->len, ==, 5);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      g_ptr_array_add (sources, cor_source_load_path (path, NULL));
    }
  table = cor_analysis_run (sources, NULL, NULL, NULL, NULL, NULL);
  g_assert_true (row_quotes_all (table, one_act));
  g_assert_false (row_quotes_all (table, two_doers));
  g_assert_false (shared_row_quotes (table, "Every time a launch sinks"));
  g_assert_cmpuint (quotes_starting (table, "- "), ==, 0);
  g_assert_cmpuint (quotes_starting (table, "Published"), ==, 0);
}

/* The tables of a folder of tests/data/invented. */
static CorFactTable *
invented_table (const char *name,
                guint       n_reports)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "invented", name, NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = corpus_list (folder, FALSE);

  g_assert_cmpuint (names->len, ==, n_reports);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      g_ptr_array_add (sources, cor_source_load_path (path, NULL));
    }
  return cor_analysis_run (sources, NULL, NULL, NULL, NULL, NULL);
}

/* Four reports of a rate decision, invented for the project: no report
 * conflicts with the sentence of its own that the row's summary reads,
 * and "from 5.25%" is no date to compare. */
static void
test_invented_rates (void)
{
  g_autoptr(CorFactTable) table = invented_table ("rates", 4);

  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);
      g_autofree char *head = g_strndup (fact->summary, MAX (strlen (fact->summary), 2) - 2);

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          for (guint q = 0; q < cell->quotes->len; q++)
            if (cell->status == COR_CELL_CONFLICTS
                && g_str_has_prefix (((CorQuote *)g_ptr_array_index (cell->quotes, q))->text, head))
              g_error ("row %u: a report conflicts with its own words: %s", i, fact->summary);
          if (cell->note != NULL)
            g_assert_null (strstr (cell->note, "vs 5.25"));
        }
    }
}

/* Four reports of a recall, invented for the project: a company's words
 * and a regulator's, alike, are two facts, whatever row the company's
 * words join; no campaign number ("25V-614") is compared with model
 * years; and no cell conflicts with a value written as the row's is
 * ("Oct. 14 vs Oct. 14"). */
static void
test_invented_recall (void)
{
  g_autoptr(CorFactTable) table = invented_table ("recall", 4);
  const char *two_speakers[] = { "The safety of our customers is our highest priority",
                                 "Driver safety is our highest priority", NULL };

  g_assert_false (row_quotes_all (table, two_speakers));
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          g_auto(GStrv) sides = cell->note != NULL ? g_strsplit (cell->note, " vs ", 2) : NULL;

          if (cell->status != COR_CELL_CONFLICTS)
            continue;
          g_assert_nonnull (sides);
          g_assert_nonnull (sides[0]);
          if (sides[1] != NULL && g_str_has_prefix (sides[1], sides[0]))
            g_error ("row %u conflicts with its own value: %s", i, cell->note);
          g_assert_false (g_str_has_prefix (cell->note, "25 vs"));
        }
    }
}

/* Five reports of a data breach, invented for the project: a trade
 * outlet dated by its section's line ("SECURITY | 12 March 2025") gives
 * another day for the breach's discovery, which conflicts; and a clause
 * that leans on its sentence ("…, allowing the intruders to log in from
 * 14 February onwards") ties no day, as its sentence's head, of another
 * fact, would be shown for it. */
static void
test_invented_breach (void)
{
  g_autoptr(CorFactTable) table = invented_table ("breach", 5);
  const char *days[] = { "first identified suspicious activity on 28 February",
                         "became aware of suspicious activity on 3 March", NULL };
  const char *apart[] = { "Investigators later established", "Two people familiar", NULL };
  gboolean conflict = FALSE;

  g_assert_true (row_quotes_all (table, days));
  g_assert_false (row_quotes_all (table, apart));
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      conflict |= fact->agreement == COR_AGREEMENT_CONFLICT && row_quotes_all_in (fact, days);
    }
  g_assert_true (conflict);
}

/* Five reports of a flood, invented for the project: two people quoted in
 * alike words of their own said two things. */
static void
test_invented_flood (void)
{
  g_autoptr(CorFactTable) table = invented_table ("flood", 5);
  const char *two_speakers[] = { "We have never seen anything like this", "never seen anything like it", NULL };

  g_assert_false (row_quotes_all (table, two_speakers));
}

/* Four reports of a building's collapse, invented for the project: a
 * cell whose sentence gives the collapse another time of day than the
 * row's ("came down at 5.10am" against "collapsed at 4.40am") conflicts,
 * whether the cell's statement is that clause or another of its
 * sentence. */
static void
test_invented_collapse (void)
{
  g_autoptr(CorFactTable) table = invented_table ("collapse", 4);
  guint compared = 0;

  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      if (strstr (fact->summary, "4.40") == NULL)
        continue;
      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          for (guint q = 0; q < cell->quotes->len; q++)
            if (strstr (((CorQuote *)g_ptr_array_index (cell->quotes, q))->text, "5.10am") != NULL)
              {
                g_assert_cmpint (cell->status, ==, COR_CELL_CONFLICTS);
                compared++;
              }
        }
    }
  g_assert_cmpuint (compared, >, 0);
}

/* A summary that opens with "He" or "She" names the one person the
 * sentence before names; with two people, or an organisation first, it
 * keeps the pronoun. */
static const char *pronoun_reports[] = {
  "Rail strike goes on\n\nTransport Minister Lina Osk called the strike unjustified on Monday. She is due to meet "
  "the rail unions on Thursday. Union leader Pavel Dorn and Tomas Brel spoke to reporters at the station. He said "
  "the union would not give in to the ministry over pay. The Velmar Rail Company, which Anna Rusk runs, cancelled 400 trains. She said "
  "the company had lost two million euros.\n",
};

static void
test_summary_pronoun_named (void)
{
  g_autoptr(CorFactTable) table = table_of (pronoun_reports, G_N_ELEMENTS (pronoun_reports), "2031-05-08", 0.5);

  g_assert_nonnull (fact_summarised (table, "Lina Osk is due to meet the rail unions on Thursday"));
  g_assert_nonnull (fact_summarised (table, "He said the union would not give in"));
  g_assert_null (fact_summarised (table, "Pavel Dorn said"));
  g_assert_null (fact_summarised (table, "Tomas Brel said"));
  g_assert_nonnull (fact_summarised (table, "She said the company had lost"));
  g_assert_null (fact_summarised (table, "Anna Rusk said"));
}

/* A row is summed up by a statement that names whom it tells of, not by
 * one that says "him". */
static const char *him_reports[] = {
  "Banker convicted\n\nThe trial of the former banker Marcus Ellery ended on Friday. A jury at Eastbridge Crown Court "
  "found him guilty of six counts of fraud by false representation on Friday.\n",
  "Verdict in fraud trial\n\nThe trial of Marcus Ellery ended on Friday. A jury at Eastbridge Crown Court found him "
  "guilty of six counts of fraud by false representation.\n",
  "Ellery guilty\n\nMarcus Ellery was found guilty of six counts of fraud by false representation at Eastbridge "
  "Crown Court on Friday.\n",
};

static void
test_summary_names_whom (void)
{
  g_autoptr(CorFactTable) table = table_of (him_reports, G_N_ELEMENTS (him_reports), "2031-05-08", 0.5);

  g_assert_nonnull (fact_summarised (table, "Marcus Ellery was found guilty"));
  g_assert_null (fact_summarised (table, "found him guilty"));
}

/* A quotation's first sentence is its speaker's, though only the last
 * one says who spoke. */
static const char *long_quote[] = {
  "Fire reaches town\n\nThe fire reached the town of Orsk on Monday night. \"The next 24 hours are critical. Our "
  "priority is human life,\" regional fire chief Nils Vare told reporters.\n",
};

static void
test_summary_quote_speaker (void)
{
  g_autoptr(CorFactTable) table = table_of (long_quote, G_N_ELEMENTS (long_quote), "2031-05-08", 0.5);

  g_assert_nonnull (fact_summarised (table, "Nils Vare said: \u201cThe next 24 hours are critical.\u201d"));
}

/* Two heights of one climber's fall are one fact in conflict; the other
 * climber's fall is another fact. */
static const char *falls[] = {
  "Climbers die on Mount Orlan\n\nOn Sunday, 41-year-old Tomas Reyna fell about 300 metres while crossing a "
  "glacier below the summit. On Saturday, 29-year-old Ilse Varga fell 50 metres from a ridge near the hut.\n",
  "Two deaths on Orlan\n\nTomas Reyna, 41, fell 300 metres while crossing a glacier on Sunday, police said. On "
  "Saturday Ilse Varga, 29, fell about 50 metres from a ridge.\n",
  "Second climber dies\n\nTomas Reyna, 41, slipped on the ice and fell 500 metres to his death on Sunday. "
  "Rescuers reached the body on Monday.\n",
};

static void
test_figure_rows_conflicting (void)
{
  g_autoptr(CorFactTable) table = table_of (falls, G_N_ELEMENTS (falls), "2031-05-12", 0.5);
  const char *heights[] = { "fell about 300 metres", "fell 300 metres", "fell 500 metres", NULL };
  const char *climbers[] = { "fell 500 metres", "fell 50 metres", NULL };
  const char *other_climber[] = { "fell 500 metres", "fell about 50 metres", NULL };

  g_assert_true (row_quotes_all (table, heights));
  g_assert_false (row_quotes_all (table, climbers));
  g_assert_false (row_quotes_all (table, other_climber));
  for (guint i = 0; i < table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, i);

      if (strstr (fact->summary, "Reyna") != NULL && fact->cells->len == 3)
        g_assert_cmpint (fact->agreement, ==, COR_AGREEMENT_CONFLICT);
    }
}

/* A row of headlines and one sentence that says much more besides is
 * summed up by a headline: the sentence's depth and village would make
 * the headlines read as another fact. Of headlines alike, by the one that
 * says least: the floods are two reports' own, and the best liked of
 * the headlines is one of theirs. */
static const char *norvia[] = {
  "5.8-magnitude quake strikes Norvia province in region hit by 1990 floods\n\nRescuers searched the rubble of "
  "the market in Telsa overnight. "
  "Schools will stay closed.\n",
  "5.8-magnitude quake hits Norvia\n\nThe town hall of Telsa was evacuated. The mayor asked people to stay "
  "calm.\n",
  "5.8-magnitude quake strikes Norvia province in region hit by floods\n\nPower was cut in three districts of "
  "Telsa.\n",
  "Quake in Norvia\n\nThe 5.8-magnitude quake struck Norvia province at a depth of 12 kilometres near the "
  "mountain village of Orsk, the national seismic institute said.\n",
};

static void
test_headline_row_summary (void)
{
  g_autoptr(CorFactTable) table = table_of (norvia, G_N_ELEMENTS (norvia), "2031-05-08", 0.5);
  const char *all[] = { "hit by 1990 floods", "quake hits Norvia", "hit by floods", "at a depth of 12", NULL };
  CorFact *fact = fact_summarised (table, "5.8-magnitude quake hits Norvia");

  g_assert_true (row_quotes_all (table, all));
  g_assert_nonnull (fact);
  g_assert_cmpuint (fact->cells->len, ==, 4);
}

/* Two people quoted in like words said two things: a few words in common
 * do not make their quotations one. */
static const char *witnesses[] = {
  "Quake shakes port\n\n\"People ran into the streets in fear of aftershocks,\" teacher Lina Moss said of "
  "Thursday night in Calvera.\n",
  "Night of fear in Calvera\n\n\"People ran into the streets in panic,\" shopkeeper Omar Reyes said of Thursday "
  "night in Calvera.\n",
};

static void
test_quote_rows_two_speakers (void)
{
  g_autoptr(CorFactTable) table = table_of (witnesses, G_N_ELEMENTS (witnesses), "2031-05-08", 0.5);
  const char *both[] = { "Lina Moss", "Omar Reyes", NULL };

  g_assert_false (row_quotes_all (table, both));
}

/* A row whose summary would open "The statement said" while another of
 * its reports says whose statement it was is summed up by that one. */
static const char *clinic[] = {
  "Clinic to reopen\n\nThe health ministry's inspectors visited the clinic on Monday. The statement said, \"The "
  "clinic in Kelvale will reopen within a week and treat everyone who comes.\"\n",
  "Kelvale clinic\n\nThe World Health Organization said in a statement on Monday that the clinic would reopen. "
  "\"The clinic in Kelvale will reopen within a week and treat everyone who comes,\" the statement said.\n",
};

static void
test_summary_names_statement (void)
{
  g_autoptr(CorFactTable) table = table_of (clinic, G_N_ELEMENTS (clinic), "2031-05-06", 0.5);
  CorFact *fact = fact_summarised (table, "The World Health Organization said: ");

  /* One row holds both quotes, summed up by the report that names the
   * speaker. */
  g_assert_nonnull (fact);
  g_assert_nonnull (cor_fact_get_cell (fact, 0));
  g_assert_nonnull (cor_fact_get_cell (fact, 1));
  g_assert_null (fact_summarised (table, "The statement said"));
}

/* A clause that starts past its sentence's start is quoted with its whole
 * sentence: "and firefighters rescued …" alone leans on what came before. */
static const char *market[] = {
  "Harbour fire\n\nA fire broke out at the old fish market late on Monday, and firefighters rescued twelve "
  "stall owners from the burning roof of the main hall. The mayor toured the ruins on Tuesday, and she "
  "promised the traders new stalls within a month.\n",
  "Market blaze\n\nFirefighters rescued twelve stall owners from the burning roof of the main hall of the "
  "old fish market.\n",
  "Fish market burns\n\nFirefighters rescued twelve stall owners from the burning roof of the main hall at "
  "the old fish market.\n",
};

static void
test_clause_quoted_whole (void)
{
  g_autoptr(CorFactTable) table = table_of (market, G_N_ELEMENTS (market), "2031-05-06", 0.5);
  CorFact *fact = fact_summarised (table, "Firefighters rescued twelve stall owners");
  CorDocument *doc = g_ptr_array_index (table->documents, 0);
  const char *sentence = strstr (doc->text, "A fire broke out");
  CorCell *cell;
  CorQuote *quote;
  gboolean dated;

  g_assert_nonnull (fact);
  g_assert_nonnull (sentence);
  cell = cor_fact_get_cell (fact, 0);
  g_assert_nonnull (cell);
  quote = g_ptr_array_index (cell->quotes, 0);
  g_assert_true (g_str_has_prefix (quote->text, "A fire broke out"));
  g_assert_true (g_str_has_suffix (quote->text, "main hall."));
  g_assert_cmpuint (quote->start, ==, sentence - doc->text);
  g_assert_cmpuint (quote->end - quote->start, ==, strlen (quote->text));
  /* The cell's values are those of the sentence it shows: Monday too. */
  dated = FALSE;
  for (guint v = 0; v < cell->values->len; v++)
    dated |= ((CorMention *)g_ptr_array_index (cell->values, v))->kind == COR_MENTION_DATE;
  g_assert_true (dated);

  /* A clause alone in its row keeps its words: the summary gives the
   * sentence. */
  fact = NULL;
  for (guint i = 0; i < table->facts->len && fact == NULL; i++)
    {
      CorFact *f = g_ptr_array_index (table->facts, i);

      if (strstr (f->summary, "promised the traders") != NULL)
        fact = f;
    }
  g_assert_nonnull (fact);
  g_assert_cmpuint (fact->cells->len, ==, 1);
  quote = g_ptr_array_index (((CorCell *)g_ptr_array_index (fact->cells, 0))->quotes, 0);
  g_assert_false (g_str_has_prefix (quote->text, "The mayor"));
  g_assert_nonnull (strstr (quote->text, "promised the traders"));
}

/* A clause left alone joins the row of the other clause of its sentence:
 * one report's sentence, missing its opening quotation mark, reads as one
 * statement, and the other report's as two. The cell shows the sentence
 * once. */
static const char *varna[] = {
  "Flood in Varna\n\nA landslide buried a farmhouse near the river on Sunday. \"His body was pulled from the mud "
  "of the collapsed farmhouse an hour after the landslide struck,\" the fire chief said, adding that two sons "
  "were missing.\n",
  "Varna flood\n\nRain fell for a week in the valley. His body was pulled from the mud of the collapsed farmhouse "
  "an hour after the landslide struck,\" the fire chief said, adding that two sons were missing.\n",
};

static void
test_sibling_clauses (void)
{
  g_autoptr(CorFactTable) table = table_of (varna, G_N_ELEMENTS (varna), "2031-05-10", 0.5);
  CorFact *fact = table_find (table, "His body");
  CorCell *cell;

  /* One cell of each report quotes the body, both in one row. */
  g_assert_cmpuint (rows_quoting (table, "His body"), ==, 2);
  g_assert_nonnull (fact);
  g_assert_nonnull (cor_fact_get_cell (fact, 1));
  cell = cor_fact_get_cell (fact, 0);
  g_assert_nonnull (cell);
  g_assert_cmpuint (cell->quotes->len, ==, 1);
  g_assert_nonnull (strstr (((CorQuote *)g_ptr_array_index (cell->quotes, 0))->text, "two sons were missing"));
}

/* A cell is marked on all it shows: the second clause of "… drove a
 * large 4×4 car into the store …, and grabbed … worth an estimated €2
 * million" gives the figure the first leaves out. */
static const char *varo[] = {
  "Heist in Varo\n\nThe police source, who wished to remain anonymous, said the men drove a large four-by-four "
  "car into the store in the early hours of the morning and grabbed jewellery and luxury watches worth an "
  "estimated €2 million.\n",
  "Varo jewellery raid\n\nThe police source, who wished to remain anonymous, said the men drove a large 4×4 car "
  "into the store in the early hours of the morning, and grabbed jewellery and luxury watches worth an "
  "estimated €2 million.\n",
  "Raid in Varo\n\nThe police source said the men drove a large four-by-four car into the store in the early "
  "hours of the morning and grabbed jewellery and luxury watches worth an estimated two million euros.\n",
};

static void
test_marked_on_all_shown (void)
{
  g_autoptr(CorFactTable) table = table_of (varo, G_N_ELEMENTS (varo), "2031-05-09", 0.5);
  CorCell *cell = summarised_cell (table, "The police source", 1);

  g_assert_cmpuint (cell->quotes->len, ==, 1);
  g_assert_nonnull (strstr (((CorQuote *)g_ptr_array_index (cell->quotes, 0))->text, "€2 million"));
  g_assert_cmpint (cell->status, ==, COR_CELL_SUPPORTS);
  g_assert_null (cell->note);
}

/* A report's headline and sentence in one row: the one that conflicts
 * with the row gives the cell its marker. "80 hurt" is no support for
 * "hurt about 50" because "kills 10" is. */
static const char *pella[] = {
  "Storm kills 10 in Pella; 80 hurt\n\nThe storm killed 10 people in Pella on Sunday. Rescue teams reached the "
  "villages on Monday. The army sent tents.\n",
  "Pella storm\n\nThe storm killed 10 people in Pella and hurt about 50, officials said. Power was cut in the "
  "valley.\n",
  "Storm in Pella\n\nThe storm destroyed the old bridge at Pella on Sunday.\n",
};

static void
test_conflicting_cell_first (void)
{
  g_autoptr(CorFactTable) table = table_of (pella, G_N_ELEMENTS (pella), "2031-05-11", 0.5);
  const char *storm[] = { "80 hurt", "hurt about 50", NULL };
  CorFact *fact = table_find (table, "about 50");

  g_assert_true (row_quotes_all (table, storm));
  g_assert_nonnull (fact);
  g_assert_cmpint (cor_fact_get_cell (fact, 0)->status, ==, COR_CELL_CONFLICTS);
  g_assert_cmpint (fact->agreement, ==, COR_AGREEMENT_CONFLICT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/align/rows", test_rows);
  g_test_add_func ("/align/speakers-clash", test_speakers_clash);
  g_test_add_func ("/align/quotes-point-into-text", test_quotes_point_into_text);
  g_test_add_func ("/align/story-names-are-weak", test_story_names_are_weak);
  g_test_add_func ("/align/different-amounts", test_different_amounts);
  g_test_add_func ("/align/order-independent", test_order_independent);
  g_test_add_func ("/align/strictness", test_strictness);
  g_test_add_func ("/align/event-day-is-weak", test_event_day_is_weak);
  g_test_add_func ("/align/years-and-measures", test_years_and_measures);
  g_test_add_func ("/align/copies-share-rows", test_copies_share_rows);
  g_test_add_func ("/align/numbers-of-different-things", test_numbers_of_different_things);
  g_test_add_func ("/align/loose-bound", test_loose_bound);
  g_test_add_func ("/align/headline-joins-its-sentence", test_headline_joins_its_sentence);
  g_test_add_func ("/align/values-alone-do-not-link", test_values_alone_do_not_link);
  g_test_add_func ("/align/event-row", test_event_row);
  g_test_add_func ("/align/event-row-needs-most-reports", test_event_row_needs_most_reports);
  g_test_add_func ("/align/event-row-summary-once", test_event_row_summary_once);
  g_test_add_func ("/align/one-summary-one-row", test_one_summary_one_row);
  g_test_add_func ("/align/narrower-cell", test_narrower_cell);
  g_test_add_func ("/align/day-left-out", test_day_left_out);
  g_test_add_func ("/align/figure-rows", test_figure_rows);
  g_test_add_func ("/align/quote-rows", test_quote_rows);
  g_test_add_func ("/align/quote-rows-two-speakers", test_quote_rows_two_speakers);
  g_test_add_func ("/align/quote-rows-short", test_quote_rows_short);
  g_test_add_func ("/align/phrase-rows", test_phrase_rows);
  g_test_add_func ("/align/phrase-rows-contradicting", test_phrase_rows_contradicting);
  g_test_add_func ("/align/phrase-rows-other-names", test_phrase_rows_other_names);
  g_test_add_func ("/align/dateline-day", test_dateline_day);
  g_test_add_func ("/align/done-and-planned-days", test_done_and_planned_days);
  g_test_add_func ("/align/day-rows", test_day_rows);
  g_test_add_func ("/align/restated-rows", test_restated_rows);
  g_test_add_func ("/align/rows-worded-two-ways", test_rows_worded_two_ways);
  g_test_add_func ("/align/act-rows", test_act_rows);
  g_test_add_func ("/align/named-act-rows", test_named_act_rows);
  g_test_add_func ("/align/invented-ferry", test_invented_ferry);
  g_test_add_func ("/align/invented-rates", test_invented_rates);
  g_test_add_func ("/align/invented-recall", test_invented_recall);
  g_test_add_func ("/align/invented-breach", test_invented_breach);
  g_test_add_func ("/align/invented-flood", test_invented_flood);
  g_test_add_func ("/align/invented-collapse", test_invented_collapse);
  g_test_add_func ("/align/summary-pronoun-named", test_summary_pronoun_named);
  g_test_add_func ("/align/summary-quote-speaker", test_summary_quote_speaker);
  g_test_add_func ("/align/summary-names-whom", test_summary_names_whom);
  g_test_add_func ("/align/figure-rows-conflicting", test_figure_rows_conflicting);
  g_test_add_func ("/align/headline-row-summary", test_headline_row_summary);
  g_test_add_func ("/align/summary-names-statement", test_summary_names_statement);
  g_test_add_func ("/align/clause-quoted-whole", test_clause_quoted_whole);
  g_test_add_func ("/align/sibling-clauses", test_sibling_clauses);
  g_test_add_func ("/align/conflicting-cell-first", test_conflicting_cell_first);
  g_test_add_func ("/align/marked-on-all-shown", test_marked_on_all_shown);
  g_test_add_func ("/align/marked-against-sentence", test_marked_against_sentence);

  return g_test_run ();
}
