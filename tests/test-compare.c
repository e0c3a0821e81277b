/* test-compare.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cor-compare.h"
#include "cor-summary.h"

/* Statements are built by hand so each comparison rule is tested alone. */
static CorMention *
value (CorMentionKind  kind,
       const char     *text,
       double          v,
       const char     *unit,
       gboolean        approximate)
{
  CorMention *m = cor_mention_new (kind, text, 0, strlen (text));

  m->value = v;
  m->unit = g_strdup (unit);
  m->approximate = approximate;
  return m;
}

static CorStatement *
statement (CorCertainty  certainty,
           const char   *cue,
           CorMention   *m1,
           CorMention   *m2)
{
  CorStatement *st = g_new0 (CorStatement, 1);

  st->text = g_strdup ("The council bought the land.");
  st->keys = g_ptr_array_new_with_free_func (g_free);
  st->mentions = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_mention_free);
  st->certainty = certainty;
  st->cue = g_strdup (cue);
  if (m1)
    g_ptr_array_add (st->mentions, m1);
  if (m2)
    g_ptr_array_add (st->mentions, m2);
  return st;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Content-word keys, as the statement extractor writes them ('a' + COR_KEY_WORD). */
static CorStatement *
with_words (CorStatement *st,
            const char   *words)
{
  g_auto(GStrv) list = g_strsplit (words, " ", -1);

  for (guint i = 0; list[i] != NULL; i++)
    g_ptr_array_add (st->keys, g_strdup_printf ("%c%s", 'a' + COR_KEY_WORD, list[i]));
  g_ptr_array_sort (st->keys, compare_keys);
  return st;
}

static CorCellStatus
compare (CorStatement *a,
         CorStatement *b,
         char        **note)
{
  g_autofree char *ignored = NULL;
  CorCellStatus status = cor_compare_statements (a, b, note ? note : &ignored);

  cor_statement_free (a);
  cor_statement_free (b);
  return status;
}

static void
test_precision (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_MONEY, "$4 billion", 4e9, "USD", FALSE), NULL);
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_MONEY, "$4.2 billion", 4.2e9, "USD", FALSE), NULL);

  /* "4 billion" is written to one digit: 4.2 is within it. */
  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
}

static void
test_approximate (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_QUANTITY, "about 30 million tonnes", 30e6, "t", TRUE), NULL);
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_QUANTITY, "30 million tons", 30e6, "tons", FALSE), NULL);

  /* Tons are tonnes; the approximation is flagged but agrees. */
  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_SUPPORTS);
  g_assert_nonnull (strstr (note, "about 30 million tonnes"));
}

static void
test_currencies (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_MONEY, "€5 million", 5e6, "EUR", FALSE), NULL);
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_MONEY, "$5 million", 5e6, "USD", FALSE), NULL);

  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_PARTIAL);
  g_assert_nonnull (strstr (note, "EUR"));
  g_assert_nonnull (strstr (note, "USD"));
}

static void
test_conflicting_values (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_QUANTITY, "150 m", 150, "m", FALSE), NULL);
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_QUANTITY, "60 m", 60, "m", FALSE), NULL);

  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "150 m vs 60 m");
}

static CorStatement *
measured (const char *text,
          double      v,
          const char *unit,
          gboolean    approximate)
{
  CorMentionKind kind = g_strcmp0 (unit, "person") == 0 || unit == NULL
                        ? COR_MENTION_NUMBER : COR_MENTION_QUANTITY;

  return statement (COR_CERTAINTY_ASSERTED, NULL, value (kind, text, v, unit, approximate), NULL);
}

static void
test_units_converted (void)
{
  g_autofree char *note = NULL;

  /* 200 feet is 61 metres: the same fall, written in another unit. */
  g_assert_cmpint (compare (measured ("200 feet", 200, "foot", FALSE),
                            measured ("about 60 metres", 60, "m", TRUE), NULL), ==, COR_CELL_SUPPORTS);
  g_assert_cmpint (compare (measured ("six miles", 6, "mile", FALSE),
                            measured ("10 km", 10, "km", FALSE), NULL), ==, COR_CELL_SUPPORTS);
  g_assert_cmpint (compare (measured ("150 metres", 150, "m", FALSE),
                            measured ("200 feet", 200, "foot", FALSE), &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "150 metres vs 200 feet");
  g_assert_cmpint (compare (measured ("2 tonnes", 2, "t", FALSE),
                            measured ("2,000 kg", 2000, "kg", FALSE), NULL), ==, COR_CELL_SUPPORTS);
}

static void
test_counts_compared (void)
{
  g_autofree char *note = NULL;
  CorStatement *least = measured ("at least ten people", 10, "person", TRUE);

  ((CorMention *)g_ptr_array_index (least->mentions, 0))->bound = COR_BOUND_AT_LEAST;

  /* A count of people is a value like any other… */
  g_assert_cmpint (compare (measured ("12 people", 12, "person", FALSE),
                            measured ("15 people", 15, "person", FALSE), &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "12 people vs 15 people");
  /* …that a lower bound does not contradict… */
  g_assert_cmpint (compare (measured ("15 people", 15, "person", FALSE), least, NULL), !=, COR_CELL_CONFLICTS);
  /* …while two bare numbers may count different things. */
  g_assert_cmpint (compare (measured ("three", 3, NULL, FALSE),
                            measured ("four", 4, NULL, FALSE), NULL), ==, COR_CELL_SUPPORTS);
}

static void
test_round_values_differ (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_QUANTITY, "150 m", 150, "m", FALSE), NULL);
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_QUANTITY, "200 m", 200, "m", FALSE), NULL);

  /* "200" is written to one digit, but rounding does not stretch it to 150. */
  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "150 m vs 200 m");
}

static void
test_values_clash (void)
{
  g_autoptr(CorStatement) a = statement (COR_CERTAINTY_ASSERTED, NULL,
                                         value (COR_MENTION_MONEY, "€3 million", 3e6, "EUR", FALSE), NULL);
  g_autoptr(CorStatement) b = statement (COR_CERTAINTY_ASSERTED, NULL,
                                         value (COR_MENTION_MONEY, "€90 million", 90e6, "EUR", FALSE), NULL);
  g_autoptr(CorStatement) c = statement (COR_CERTAINTY_ASSERTED, NULL,
                                         value (COR_MENTION_MONEY, "about €3m", 3e6, "EUR", TRUE),
                                         value (COR_MENTION_MONEY, "€1 million", 1e6, "EUR", FALSE));
  g_autoptr(CorStatement) d = statement (COR_CERTAINTY_ASSERTED, NULL,
                                         value (COR_MENTION_PERCENT, "40%", 40, NULL, FALSE), NULL);
  g_autoptr(CorStatement) e = statement (COR_CERTAINTY_ASSERTED, NULL,
                                         value (COR_MENTION_MONEY, "$90 million", 90e6, "USD", FALSE), NULL);

  /* Different amounts of one kind: different facts, or a conflict. */
  g_assert_true (cor_compare_values_clash (a, b));
  /* One shared amount is enough to agree. */
  g_assert_false (cor_compare_values_clash (a, c));
  /* Two different days clash; a month does not clash with a day in it. */
  g_ptr_array_add (d->mentions, cor_mention_new (COR_MENTION_DATE, "on 3 May", 0, 8));
  ((CorMention *)g_ptr_array_index (d->mentions, 1))->date = g_strdup ("2030-05-03");
  g_ptr_array_add (e->mentions, cor_mention_new (COR_MENTION_DATE, "in May", 0, 6));
  ((CorMention *)g_ptr_array_index (e->mentions, 1))->date = g_strdup ("2030-05");
  g_ptr_array_add (b->mentions, cor_mention_new (COR_MENTION_DATE, "on 5 May", 0, 8));
  ((CorMention *)g_ptr_array_index (b->mentions, 1))->date = g_strdup ("2030-05-05");
  g_assert_true (cor_compare_values_clash (d, b));
  g_assert_false (cor_compare_values_clash (d, e));
  /* Amounts of different kinds or currencies are not compared. */
  g_assert_false (cor_compare_values_clash (a, d));
  g_assert_false (cor_compare_values_clash (a, e));
}

static void
test_word_overlap (void)
{
  g_autoptr(CorStatement) a = with_words (statement (COR_CERTAINTY_ASSERTED, NULL, NULL, NULL),
                                          "bridg reopen june");
  g_autoptr(CorStatement) b = with_words (statement (COR_CERTAINTY_ASSERTED, NULL, NULL, NULL),
                                          "bridg reopen june mayor confirm");
  g_autoptr(CorStatement) c = with_words (statement (COR_CERTAINTY_ASSERTED, NULL, NULL, NULL),
                                          "bridg damag flood");

  g_assert_cmpfloat (cor_compare_word_overlap (a, b), ==, 1.0);
  g_assert_cmpfloat (cor_compare_word_overlap (a, c), <, 0.5);
}

static void
test_extra_detail (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_PERCENT, "12%", 12, NULL, FALSE),
                               value (COR_MENTION_PERCENT, "15%", 15, NULL, FALSE));
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, NULL,
                               value (COR_MENTION_PERCENT, "15%", 15, NULL, FALSE), NULL);

  /* One more value is more detail, not a contradiction. */
  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_SUPPORTS);
}

static void
test_hedged (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_HEDGED, "is considering", NULL, NULL);
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, "agreed", NULL, NULL);

  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_PARTIAL);
  g_assert_cmpstr (note, ==, "says “is considering”, not “agreed”");
}

static void
test_planned_is_firm (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_PLANNED, "is due to", NULL, NULL);
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, NULL, NULL, NULL);

  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_SUPPORTS);
}

static void
test_negated (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = statement (COR_CERTAINTY_NEGATED, "not", NULL, NULL);
  CorStatement *b = statement (COR_CERTAINTY_ASSERTED, NULL, NULL, NULL);

  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_CONFLICTS);
  g_assert_nonnull (note);
}

static void
test_negation_elsewhere (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = with_words (statement (COR_CERTAINTY_NEGATED, "not", NULL, NULL),
                                "ferri sank storm caus engin fault weather");
  CorStatement *b = with_words (statement (COR_CERTAINTY_ASSERTED, NULL, NULL, NULL),
                                "ferri sank harbour passeng rescu");

  /* "not caused by the weather" denies nothing the other says. */
  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
}

static void
test_negated_near_identical (void)
{
  g_autofree char *note = NULL;
  CorStatement *a = with_words (statement (COR_CERTAINTY_NEGATED, "did not", NULL, NULL),
                                "mayor sign contract");
  CorStatement *b = with_words (statement (COR_CERTAINTY_ASSERTED, NULL, NULL, NULL),
                                "mayor sign contract tuesday");

  g_assert_cmpint (compare (a, b, &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "denies it: “did not”");
}

static void
test_dates (void)
{
  CorMention *a = cor_mention_new (COR_MENTION_DATE, "in March", 0, 8);
  CorMention *b = cor_mention_new (COR_MENTION_DATE, "on 3 March", 0, 10);
  CorMention *c = cor_mention_new (COR_MENTION_DATE, "in May", 0, 6);

  a->date = g_strdup ("2030-03");
  b->date = g_strdup ("2030-03-03");
  c->date = g_strdup ("2030-05");
  g_assert_true (cor_compare_values_agree (a, b));
  g_assert_false (cor_compare_values_agree (a, c));
  cor_mention_free (a);
  cor_mention_free (b);
  cor_mention_free (c);
}

static void
test_row_values (void)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_statement_free);
  g_autoptr(GPtrArray) values = NULL;
  const CorMention *m;

  g_ptr_array_add (statements, statement (COR_CERTAINTY_ASSERTED, NULL,
                                          value (COR_MENTION_MONEY, "around $7 bn", 7e9, "USD", TRUE), NULL));
  g_ptr_array_add (statements, statement (COR_CERTAINTY_ASSERTED, NULL,
                                          value (COR_MENTION_MONEY, "$7 billion", 7e9, "USD", FALSE), NULL));
  values = cor_compare_row_values (statements);
  g_assert_cmpuint (values->len, ==, 1);
  m = g_ptr_array_index (values, 0);
  g_assert_false (m->approximate);
  g_assert_cmpfloat (m->value, ==, 7e9);
}

static void
test_summary (void)
{
  g_autofree char *a = cor_summary_from_text ("The mayor said the bridge will reopen in June.", 120);
  g_autofree char *b = cor_summary_from_text ("According to the police, three people were hurt.", 120);
  g_autofree char *c = cor_summary_from_text ("The river rose by two metres overnight and flooded "
                                              "the lower town, the old market, the station and "
                                              "most of the farms along the eastern bank of the valley.", 60);

  g_assert_cmpstr (a, ==, "The bridge will reopen in June.");
  g_assert_cmpstr (b, ==, "Three people were hurt.");
  g_assert_cmpint (g_utf8_strlen (c, -1), <=, 60);
  g_assert_true (g_str_has_suffix (c, "…"));
}

/* A statement of @text whose money mentions are at the offsets of @words. */
static CorStatement *
money_statement (const char *text,
                 const char *w1,
                 double      v1,
                 const char *u1,
                 const char *w2,
                 double      v2,
                 const char *u2)
{
  CorStatement *st = statement (COR_CERTAINTY_ASSERTED, NULL, NULL, NULL);
  const char *words[] = { w1, w2 };
  double values[] = { v1, v2 };
  const char *units[] = { u1, u2 };

  g_free (st->text);
  st->text = g_strdup (text);
  st->end = strlen (text);
  for (guint i = 0; i < 2 && words[i] != NULL; i++)
    {
      const char *at = strstr (text, words[i]);
      CorMention *m = cor_mention_new (COR_MENTION_MONEY, words[i], at - text, at - text + strlen (words[i]));

      m->value = values[i];
      m->unit = g_strdup (units[i]);
      g_ptr_array_add (st->mentions, m);
    }
  return st;
}

static void
test_conversion (void)
{
  g_autofree char *note = NULL;
  g_autofree char *control = NULL;
  CorCellStatus status;

  /* The dollars in brackets are the euros converted: no "in EUR, not USD". */
  status = compare (money_statement ("The club paid €2m ($2.6m) for the keeper.", "€2m", 2e6, "EUR",
                                     "$2.6m", 2.6e6, "USD"),
                    money_statement ("The keeper cost $2.7 million.", "$2.7 million", 2.7e6, "USD", NULL, 0, NULL),
                    &note);
  g_assert_cmpint (status, ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
  /* Either way round. */
  g_clear_pointer (&note, g_free);
  status = compare (money_statement ("The keeper cost $2.7 million.", "$2.7 million", 2.7e6, "USD", NULL, 0, NULL),
                    money_statement ("The club paid €2m ($2.6m) for the keeper.", "€2m", 2e6, "EUR",
                                     "$2.6m", 2.6e6, "USD"),
                    &note);
  g_assert_cmpint (status, ==, COR_CELL_SUPPORTS);
  /* Without the brackets, two amounts in two currencies stay partial. */
  status = compare (money_statement ("The club paid €2m for the keeper.", "€2m", 2e6, "EUR", NULL, 0, NULL),
                    money_statement ("The keeper cost $2.7 million.", "$2.7 million", 2.7e6, "USD", NULL, 0, NULL),
                    &control);
  g_assert_cmpint (status, ==, COR_CELL_PARTIAL);
  g_assert_nonnull (strstr (control, "EUR"));
}

static CorMention *
date (const char *text,
      const char *iso)
{
  CorMention *m = cor_mention_new (COR_MENTION_DATE, text, 0, strlen (text));

  m->date = g_strdup (iso);
  return m;
}

static void
test_date_roles (void)
{
  g_autofree char *note = NULL;
  g_autofree char *note2 = NULL;
  g_autofree char *note3 = NULL;

  /* A month and a weekday are not the same role: no "March vs Tuesday". */
  g_assert_cmpint (compare (statement (COR_CERTAINTY_ASSERTED, NULL, date ("in March", "2030-03"), NULL),
                            statement (COR_CERTAINTY_ASSERTED, NULL, date ("on Tuesday", "2030-02-26"), NULL),
                            &note), ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
  /* Once the day agrees, another day is a detail of its own. */
  g_assert_cmpint (compare (statement (COR_CERTAINTY_ASSERTED, NULL, date ("on 3 May", "2030-05-03"),
                                       date ("on 10 May", "2030-05-10")),
                            statement (COR_CERTAINTY_ASSERTED, NULL, date ("on Friday", "2030-05-03"), NULL),
                            &note2), ==, COR_CELL_SUPPORTS);
  /* Two different days for the one event still conflict. */
  g_assert_cmpint (compare (statement (COR_CERTAINTY_ASSERTED, NULL, date ("on 5 May", "2030-05-05"), NULL),
                            statement (COR_CERTAINTY_ASSERTED, NULL, date ("on 3 May", "2030-05-03"), NULL),
                            &note3), ==, COR_CELL_CONFLICTS);
  g_assert_nonnull (strstr (note3, "5 May"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/precision", test_precision);
  g_test_add_func ("/compare/approximate", test_approximate);
  g_test_add_func ("/compare/currencies", test_currencies);
  g_test_add_func ("/compare/conflicting-values", test_conflicting_values);
  g_test_add_func ("/compare/round-values-differ", test_round_values_differ);
  g_test_add_func ("/compare/units-converted", test_units_converted);
  g_test_add_func ("/compare/counts-compared", test_counts_compared);
  g_test_add_func ("/compare/values-clash", test_values_clash);
  g_test_add_func ("/compare/word-overlap", test_word_overlap);
  g_test_add_func ("/compare/extra-detail", test_extra_detail);
  g_test_add_func ("/compare/hedged", test_hedged);
  g_test_add_func ("/compare/planned-is-firm", test_planned_is_firm);
  g_test_add_func ("/compare/negated", test_negated);
  g_test_add_func ("/compare/negation-elsewhere", test_negation_elsewhere);
  g_test_add_func ("/compare/negated-near-identical", test_negated_near_identical);
  g_test_add_func ("/compare/dates", test_dates);
  g_test_add_func ("/compare/row-values", test_row_values);
  g_test_add_func ("/compare/summary", test_summary);
  g_test_add_func ("/compare/conversion", test_conversion);
  g_test_add_func ("/compare/date-roles", test_date_roles);

  return g_test_run ();
}
