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

static void
test_partial_quote_and_apostrophe (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Mayor Ivo Kranj called the city’s response ‘far too slow’ on Friday.", NULL);
  const CorMention *m = quote (mentions, "far too slow");

  g_assert_cmpstr (m->speaker, ==, "Ivo Kranj");
  g_assert_cmpuint (count_kind (mentions, COR_MENTION_QUOTE), ==, 1);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quotes/speaker-after", test_speaker_after);
  g_test_add_func ("/quotes/partial-and-apostrophe", test_partial_quote_and_apostrophe);
  g_test_add_func ("/quotes/pronoun-and-according-to", test_pronoun_and_according_to);
  g_test_add_func ("/quotes/statement-and-continuation", test_statement_and_continuation);
  return g_test_run ();
}
