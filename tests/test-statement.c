/* test-statement.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cor-source-load.h"
#include "cor-statement.h"
#include "facts-helpers.h"

static void
check_certainty (const char   *text,
                 CorCertainty  expected,
                 gboolean      expected_omission)
{
  g_autofree char *cue = NULL;
  gboolean omission;
  CorCertainty certainty = cor_attribution_find_certainty (text, &cue, &omission);

  g_assert_cmpstr (cor_certainty_to_string (certainty), ==, cor_certainty_to_string (expected));
  g_assert_cmpint (omission, ==, expected_omission);
}

static void
test_certainty (void)
{
  check_certainty ("The league is considering a shorter season.", COR_CERTAINTY_HEDGED, FALSE);
  check_certainty ("The ferry is expected to resume on Friday.", COR_CERTAINTY_HEDGED, FALSE);
  check_certainty ("The minister is due to visit the port.", COR_CERTAINTY_PLANNED, FALSE);
  check_certainty ("The firm intends to close two plants.", COR_CERTAINTY_PLANNED, FALSE);
  check_certainty ("The singer reportedly cancelled the tour.", COR_CERTAINTY_REPORTED, FALSE);
  check_certainty ("The club did not sign the striker.", COR_CERTAINTY_NEGATED, FALSE);
  check_certainty ("No injuries were reported by the crew.", COR_CERTAINTY_NEGATED, FALSE);
  check_certainty ("The board agreed to sell the stadium.", COR_CERTAINTY_ASSERTED, FALSE);
  /* The month is not a hedge. */
  check_certainty ("The vote took place in May.", COR_CERTAINTY_ASSERTED, FALSE);
  /* Saying a thing went unmentioned is about an omission, not a denial. */
  check_certainty ("The club's statement did not mention the fine.", COR_CERTAINTY_ASSERTED, TRUE);
  check_certainty ("The report made no mention of the delay.", COR_CERTAINTY_ASSERTED, TRUE);
}

static void
check_speaker (const char *text,
               const char *expected)
{
  g_autofree char *speaker = cor_attribution_find_speaker (text);

  g_assert_cmpstr (speaker, ==, expected);
}

static void
test_speaker (void)
{
  check_speaker ("Mayor Ana Lopez said the bridge would reopen.", "Mayor Ana Lopez");
  check_speaker ("According to the fire brigade, the blaze started at night.", "fire brigade");
  check_speaker ("“We are ready,” said Coach Tim Berg.", "Coach Tim Berg");
  check_speaker ("The union, in a short note, said talks had failed.", "union");
  /* An aside that is a name is the speaker's name. */
  check_speaker ("The bus company, Lakeway Transit, said a brake had failed.", "Lakeway Transit");
  check_speaker ("He said the road was closed.", NULL);
  check_speaker ("The United States imposed new rules.", NULL);
  /* After a clause of its own, the speaker follows the verb; after an
   * apposition, the name before it is the speaker. */
  check_speaker ("In a hamlet in Varn district, one man was killed when a wall fell, said relief official Mira Tosk.",
                 "relief official Mira Tosk");
  check_speaker ("Jon Aldre, the head of the rescue service, said the road in Kelvale, the county town, was shut.",
                 "Jon Aldre");
  check_speaker ("The governor of the province, Ilse Marr, said Mr Dorn should be held responsible.", "Ilse Marr");
  check_speaker ("Four people died, said Ola Berg of the National Flood Agency.", "Ola Berg");
  check_speaker ("“We are ready,” said Rep. Ana Lund.", "Rep. Ana Lund");
  /* Who heard it, where and when, are not who said it. */
  check_speaker ("The ferry sank, a witness told Radio Kelvale.", "witness");
  /* Two who said it together; a clause before "and" is no speaker. */
  check_speaker ("The ferry sank on Sunday, officials and state media said.", "officials and state media");
  check_speaker ("The ferry sank on Sunday, Ana Ruiz and the coastguard said.", "Ana Ruiz and the coastguard");
  check_speaker ("Police arrived and officials said the ferry sank.", "officials");
  check_speaker ("The mayor on Sunday announced new cuts.", "mayor");
  check_speaker ("Lina Ostrova wrote on Twitter that the ferry sank.", "Lina Ostrova");
  /* A reporting word that is no attribution: passive, or a noun. */
  check_speaker ("Five people had so far been confirmed dead in the town.", NULL);
  check_speaker ("The rebel group is active in the north and denies claims that it is armed.", NULL);
  check_speaker ("The quake was felt in the Gulf states of Oman and Qatar.", NULL);
  check_speaker ("Some fear the cuts insisted upon by the lenders could hurt growth.", NULL);
  /* A state after a town is where, not who; an initial is inside a name. */
  check_speaker ("The survey office in Golden, Colo., said it was a magnitude-6.1 quake.", "survey office");
  check_speaker ("“We are searching the rubble,” said Rusli M. Saleh, the deputy mayor.", "Rusli M. Saleh");
  /* "states", "reports" and "claims" are as often nouns. */
  check_speaker ("Rebels fight in the Varn and Lower Ost states.", NULL);
  check_speaker ("The two states are home to thousands of fighters.", NULL);
  check_speaker ("The ferry was late, the harbour office reports.", "harbour office");
  check_speaker ("The harbour office states that the ferry was late.", "harbour office");
  check_speaker ("A harbour official initially reported two deaths.", "harbour official");
  check_speaker ("And the ferry was found, I'm told.", NULL);
  check_speaker ("US President Ana Lund said the bridge would reopen.", "US President Ana Lund");
  check_speaker ("Few in the town said they expected the ferry back.", NULL);
  check_speaker ("Report: U.S. confirmed the ferry files as authentic.", "U.S.");
  check_speaker ("Guards patrol the four border states, despite the cost.", NULL);
  /* Words of a clause are no speaker. */
  check_speaker ("Officials could not process their claims in time.", NULL);
}

/* A clause longer than the working room on the stack, with curly quotes,
 * "n't" and a name longer than any word buffer, is read as a short one. */
static void
test_long_clauses (void)
{
  g_autoptr(GString) text = g_string_new ("The Ostrand\xe2\x80\x93Kelvale ferry operator ");
  g_autofree char *cue = NULL;
  g_autofree char *speaker = NULL;
  gboolean omission;

  while (text->len < 3000)
    g_string_append (text, "and its \xe2\x80\x9clong\xe2\x80\x9d sister line ");
  g_string_append (text, "said it couldn\xe2\x80\x99t sail.");
  g_assert_cmpint (cor_attribution_find_certainty (text->str, &cue, &omission), ==, COR_CERTAINTY_NEGATED);
  g_assert_cmpstr (cue, ==, "not");
  g_assert_false (omission);
  g_clear_pointer (&cue, g_free);
  g_assert_cmpint (cor_attribution_find_certainty ("Reportedly, it wasn\xe2\x80\x99t.", &cue, &omission), ==,
                   COR_CERTAINTY_NEGATED);

  check_speaker ("Engineer Hildegardvonundzuostrandkelvalemarrowbaytilburycrossfenwickhausen said it sank.",
                 "Engineer Hildegardvonundzuostrandkelvalemarrowbaytilburycrossfenwickhausen");
  g_string_assign (text, "\xe2\x80\x9cWe will sail,\xe2\x80\x9d said Captain Ilse Marr, ");
  while (text->len < 3000)
    g_string_append (text, "as the wind dropped and the harbour ");
  speaker = cor_attribution_find_speaker (text->str);
  g_assert_cmpstr (speaker, ==, "Captain Ilse Marr");
}

/* The statements of @text, which outlive its document only as far as
 * their own texts and offsets go. */
static GPtrArray *
statements_of (const char *text)
{
  g_autoptr(Reading) r = reading_new (text, NULL);

  return g_ptr_array_ref (r->statements);
}

static void
test_repeats_and_furniture (void)
{
  g_autoptr(GPtrArray) sts = statements_of ("The harbour crane collapsed during the storm on Monday.\n"
                                            "Share this\n"
                                            "The harbour crane collapsed during the storm on Monday.\n"
                                            "Two workers escaped without injury.\n");

  g_assert_cmpuint (sts->len, ==, 2);
  g_assert_cmpstr (((CorStatement *)g_ptr_array_index (sts, 1))->text, ==,
                   "Two workers escaped without injury.");
}

static void
test_clauses (void)
{
  g_autoptr(GPtrArray) sts = statements_of ("The orchestra cancelled its spring tour of northern cities; "
                                            "the conductor will record a new symphony album instead.\n"
                                            "The museum bought paintings, sculptures, and old maps.\n");
  CorStatement *first;

  g_assert_cmpuint (sts->len, ==, 3);
  first = g_ptr_array_index (sts, 0);
  g_assert_cmpstr (first->text, ==, "The orchestra cancelled its spring tour of northern cities");
  /* Offsets point at the clause in the text. */
  g_assert_cmpuint (first->start, ==, 0);
  g_assert_cmpuint (first->end, ==, strlen (first->text));
  /* A list is not a clause. */
  g_assert_cmpstr (((CorStatement *)g_ptr_array_index (sts, 2))->text, ==,
                   "The museum bought paintings, sculptures, and old maps.");
}

static void
test_stems (void)
{
  g_autoptr(CorStemmer) stemmer = cor_stemmer_new ();
  g_autofree char *a = cor_stemmer_stem (stemmer, "purchases");
  g_autofree char *b = cor_stemmer_stem (stemmer, "purchasing");
  g_autofree char *c = cor_stemmer_stem (stemmer, "the");

  g_assert_cmpstr (a, ==, b);
  g_assert_null (c);
}

static void
test_captions_and_datelines (void)
{
  g_autoptr(GPtrArray) sts = statements_of ("LINDAU (Coastal Wire).\n"
                                            "The ferry ran aground off the northern cape on Tuesday.\n"
                                            "Passengers waiting for a bus at the quay.\n"
                                            "The storm hit the coast on Monday.\n");

  /* A dateline and a caption state nothing; a verb like "hit", whose past
   * is its base form, still makes a sentence. */
  g_assert_cmpuint (sts->len, ==, 2);
  g_assert_true (g_str_has_prefix (((CorStatement *)g_ptr_array_index (sts, 0))->text, "The ferry"));
  g_assert_true (g_str_has_prefix (((CorStatement *)g_ptr_array_index (sts, 1))->text, "The storm"));
}

/* Advice to the reader states no fact of the story; a sentence that
 * opens with a verb's past, or a noun, does. A time's "am" is no verb. */
static void
test_instructions (void)
{
  g_autoptr(GPtrArray) sts = statements_of ("WHAT OWNERS SHOULD DO\n\n"
                                            "\u2022 Call your dealer if the brake warning light comes on\n"
                                            "\u2022 Check the recall website for your car\n\n"
                                            "Called to the scene, the police closed the road on Monday.\n\n"
                                            "Rain the previous night had flooded the road.\n\n"
                                            "The advice was lifted at 2.30 p.m.\n");

  g_assert_cmpuint (sts->len, ==, 3);
  g_assert_true (g_str_has_prefix (((CorStatement *)g_ptr_array_index (sts, 0))->text, "Called"));
  g_assert_true (g_str_has_prefix (((CorStatement *)g_ptr_array_index (sts, 1))->text, "Rain"));
  g_assert_cmpstr (((CorStatement *)g_ptr_array_index (sts, 2))->prop.predicate_word, ==, "lift");
}

static void
test_headline (void)
{
  g_autoptr(GPtrArray) sts = statements_of ("Storm floods valley villages\n"
                                            "Heavy rain flooded four villages in the upper valley on Sunday.\n"
                                            "“Water reached the first floors,” said the mayor\n");

  g_assert_cmpuint (sts->len, ==, 3);
  /* A short line without terminal punctuation is a headline. */
  g_assert_true (((CorStatement *)g_ptr_array_index (sts, 0))->headline);
  g_assert_false (((CorStatement *)g_ptr_array_index (sts, 1))->headline);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/statement/certainty", test_certainty);
  g_test_add_func ("/statement/speaker", test_speaker);
  g_test_add_func ("/statement/long-clauses", test_long_clauses);
  g_test_add_func ("/statement/repeats-and-furniture", test_repeats_and_furniture);
  g_test_add_func ("/statement/clauses", test_clauses);
  g_test_add_func ("/statement/stems", test_stems);
  g_test_add_func ("/statement/headline", test_headline);
  g_test_add_func ("/statement/instructions", test_instructions);
  g_test_add_func ("/statement/captions-and-datelines", test_captions_and_datelines);

  return g_test_run ();
}
