/* test-compare.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cor-compare.h"

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

static CorCellStatus
compare (CorStatement *a,
         CorStatement *b,
         char        **note)
{
  CorCellStatus status = cor_compare_statements (a, b, note);

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/precision", test_precision);
  g_test_add_func ("/compare/approximate", test_approximate);
  g_test_add_func ("/compare/currencies", test_currencies);
  g_test_add_func ("/compare/conflicting-values", test_conflicting_values);
  g_test_add_func ("/compare/extra-detail", test_extra_detail);
  g_test_add_func ("/compare/hedged", test_hedged);
  g_test_add_func ("/compare/planned-is-firm", test_planned_is_firm);
  g_test_add_func ("/compare/negated", test_negated);
  g_test_add_func ("/compare/dates", test_dates);
  g_test_add_func ("/compare/row-values", test_row_values);
  g_test_add_func ("/compare/summary", test_summary);

  return g_test_run ();
}
