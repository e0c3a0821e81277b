/* test-quotes.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mention-helpers.h"

static const CorMention *
quote (GPtrArray  *mentions,
       const char *text)
{
  const CorMention *m = find (mentions, COR_MENTION_QUOTE, text);

  if (m == NULL)
    g_error ("no quote “%s”", text);
  return m;
}

static void
test_speaker_after (void)
{
  const char *text = "Governor Ruth Okafor spoke first. “The levee held,” Okafor said.";
  g_autoptr(GPtrArray) mentions = extract (text, NULL);
  const CorMention *m = quote (mentions, "The levee held");

  g_assert_cmpstr (m->speaker, ==, "Ruth Okafor");
  g_assert_cmpint (strncmp (text + m->start, "The levee held", 14), ==, 0);
}

/* A quotation in the other style of marks inside a quotation ends before
 * the outer one: the outer quotation keeps its words and its speaker. */
static void
test_nested_marks (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "\"The port has every right to turn these so-called “convoys” away. They must wait,\" "
    "Governor Ruth Okafor said.", NULL);
  const CorMention *m = quote (mentions, "The port has every right to turn these so-called “convoys” away. They must wait");

  g_assert_cmpstr (m->speaker, ==, "Ruth Okafor");
  g_assert_null (find (mentions, COR_MENTION_QUOTE, "The port has every right to turn these so-called “convoys"));
}

static void
test_partial_quote_and_apostrophe (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Mayor Ivo Kranj called the city’s response ‘far too slow’ on Friday.", NULL);
  const CorMention *m = quote (mentions, "far too slow");

  g_assert_cmpstr (m->speaker, ==, "Ivo Kranj");
  g_assert_cmpuint (count_kind (mentions, COR_MENTION_QUOTE), ==, 1);
}

/* The words between a speaker and the verb are no part of the speaker:
 * "have", "later", "initially"; a participle's subject is the clause's,
 * which a phrase right before it is not ("downplayed the unrest saying"). */
static void
test_speaker_before_adverbs (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Minister Lena Sorvik spoke first. She later added: \"We will not return.\" "
    "Other union leaders have called the cuts \"a savage attack\". "
    "A port official downplayed the unrest saying that \"strikes come and go\".", NULL);

  g_assert_cmpstr (quote (mentions, "We will not return.")->speaker, ==, "Lena Sorvik");
  g_assert_cmpstr (quote (mentions, "a savage attack")->speaker, ==, "Other union leaders");
  g_assert_null (quote (mentions, "strikes come and go")->speaker);
}

static void
test_pronoun_and_according_to (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Minister Lena Sorvik told Pablo Reyes the talks were over. "
    "\"We will not return,\" she said. \"Prices will rise,\" according to the central bank.", NULL);

  g_assert_cmpstr (quote (mentions, "We will not return")->speaker, ==, "Lena Sorvik");
  g_assert_cmpstr (quote (mentions, "Prices will rise")->speaker, ==, "the central bank");
}

static void
test_statement_and_continuation (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "“The border stays closed,” Chile’s statement said. “Trade will continue.”", NULL);

  g_assert_cmpstr (quote (mentions, "The border stays closed")->speaker, ==, "Chile’s statement");
  g_assert_cmpstr (quote (mentions, "Trade will continue.")->speaker, ==, "Chile’s statement");
}

/* "…,” added the doctor": a speaker that follows its verb, by name or by a
 * noun phrase with its determiner; an object ("told reporters") is none. */
static void
test_speaker_after_verb (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "A nurse treated the wounded all night. "
    "“We have received around 50 people,” added the doctor. "
    "“The road is closed,” said regional police chief Tomas Brandt.", NULL);
  g_autoptr(GPtrArray) object = extract ("“The water is falling,” told reporters on the bridge.", NULL);

  g_assert_cmpstr (quote (mentions, "We have received around 50 people")->speaker, ==, "the doctor");
  g_assert_cmpstr (quote (mentions, "The road is closed")->speaker, ==, "Tomas Brandt");
  g_assert_null (quote (object, "The water is falling")->speaker);
}

/* "…,” Bensu Elianita, a resident of the village, said": the name right
 * after the quote, its apposition before the verb, even when no lexicon
 * knows it. */
static void
test_speaker_with_apposition (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "\"I saw the roofs fall,\" Marit Olsund, a 22-year-old resident of the upper village, said shortly "
    "after the quake hit.", NULL);

  g_assert_cmpstr (quote (mentions, "I saw the roofs fall")->speaker, ==, "Marit Olsund");
}

/* A quote that opens the next paragraph, unattributed, goes on in the
 * voice of the one before; a paragraph that closes a quote the one before
 * left open is part of it, and its attribution names both. */
static void
test_continued_paragraphs (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Rescue teams reached the valley on Tuesday, said relief coordinator Ines Varga.\n"
    "\"We found a family under the rubble,\" Varga said.\n"
    "\"All of them were alive.\"\n"
    "The road was cleared by noon, officials said.\n"
    "Farmer Piet Lorenz described the night.\n"
    "\"The barn shook for a long time.\n"
    "Then the wall fell on the tractor,\" he said.\n", NULL);

  g_assert_nonnull (quote (mentions, "We found a family under the rubble")->speaker);
  g_assert_cmpstr (quote (mentions, "All of them were alive.")->speaker, ==,
                   quote (mentions, "We found a family under the rubble")->speaker);
  g_assert_true (g_str_has_suffix (quote (mentions, "The barn shook for a long time.")->speaker, "Piet Lorenz"));
  g_assert_true (g_str_has_suffix (quote (mentions, "Then the wall fell on the tractor")->speaker, "Piet Lorenz"));
}

/* A pronoun takes a person named near it, never one many sentences back:
 * a speaker the reader met in between may have gone unrecognized. */
static void
test_pronoun_reach (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "President Alma Reyes said the budget would pass. The vote is due on Friday. Unions have called a "
    "strike. Shops will close early. Buses will not run. Schools will stay open.\n"
    "\"I agree with the strike,\" he said.\n", NULL);

  g_assert_null (quote (mentions, "I agree with the strike")->speaker);
}

/* A statement "reads", and its owner's words are the speaker: "…,"
 * Nielsen's statement read; the club's media officer read out a
 * statement: "…". */
static void
test_statement_reads (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "\"Let me be clear,\" the minister's statement read. \"We will enforce the law.\"\n"
    "The club's media officer read out a statement outside the ground: \"We are saddened.\"\n", NULL);

  g_assert_cmpstr (quote (mentions, "Let me be clear")->speaker, ==, "the minister's statement");
  g_assert_cmpstr (quote (mentions, "We will enforce the law.")->speaker, ==, "the minister's statement");
  g_assert_cmpstr (quote (mentions, "We are saddened.")->speaker, ==, "The club's media officer");
}

/* A person named before an apposition that says who they are is the "he"
 * of a quote the next paragraph closes. */
static void
test_pronoun_after_apposition (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Teodor Vasilakis, a 70-year old pensioner who lives on less than 900 euros a month, said the "
    "walkouts were needed.\n\"I agree with the strikes.\nIf people don't protest, how will things change?\" "
    "he said.\n", NULL);

  g_assert_cmpstr (quote (mentions, "I agree with the strikes.")->speaker, ==, "Teodor Vasilakis");
  g_assert_cmpstr (quote (mentions, "If people don't protest, how will things change?")->speaker, ==,
                   "Teodor Vasilakis");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quotes/speaker-after", test_speaker_after);
  g_test_add_func ("/quotes/speaker-before-adverbs", test_speaker_before_adverbs);
  g_test_add_func ("/quotes/partial-and-apostrophe", test_partial_quote_and_apostrophe);
  g_test_add_func ("/quotes/nested-marks", test_nested_marks);
  g_test_add_func ("/quotes/pronoun-and-according-to", test_pronoun_and_according_to);
  g_test_add_func ("/quotes/statement-and-continuation", test_statement_and_continuation);
  g_test_add_func ("/quotes/speaker-after-verb", test_speaker_after_verb);
  g_test_add_func ("/quotes/speaker-with-apposition", test_speaker_with_apposition);
  g_test_add_func ("/quotes/continued-paragraphs", test_continued_paragraphs);
  g_test_add_func ("/quotes/pronoun-reach", test_pronoun_reach);
  g_test_add_func ("/quotes/pronoun-after-apposition", test_pronoun_after_apposition);
  g_test_add_func ("/quotes/statement-reads", test_statement_reads);
  return g_test_run ();
}
