/* test-text.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cor-text.h"
#include "cor-words.h"

/* Splits @text and joins the sentences with " | ". */
static char *
split (const char *text)
{
  g_autoptr(GArray) spans = cor_text_split_sentences (text, strlen (text));
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const CorSpan *span = &g_array_index (spans, CorSpan, i);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, strlen (text));
      if (i > 0)
        {
          g_assert_cmpuint (span->start, >=, g_array_index (spans, CorSpan, i - 1).end);
          g_string_append (joined, " | ");
        }
      g_string_append_len (joined, text + span->start, span->end - span->start);
    }
  return g_string_free (joined, FALSE);
}

static void
check (const char *text,
       const char *want)
{
  g_autofree char *got = split (text);

  g_assert_cmpstr (got, ==, want);
}

static void
test_plain (void)
{
  check ("The dam held. Villagers returned home!", "The dam held. | Villagers returned home!");
  check ("Did it rain? Nobody knows.", "Did it rain? | Nobody knows.");
  check ("", "");
  check ("   \n  ", "");
}

static void
test_abbreviations (void)
{
  check ("Mr. Osei met Dr. Tan at 9 a.m. on Jan. 5 in the city. They spoke briefly.",
         "Mr. Osei met Dr. Tan at 9 a.m. on Jan. 5 in the city. | They spoke briefly.");
  check ("The U.S. Senate passed the bill. The House did not.",
         "The U.S. Senate passed the bill. | The House did not.");
  check ("Troops were withdrawn from the U.S. They went home.",
         "Troops were withdrawn from the U.S. | They went home.");
  check ("Proposal No. 7 was rejected.", "Proposal No. 7 was rejected.");
  check ("The memo by A. B. Carvalho leaked. It was short.",
         "The memo by A. B. Carvalho leaked. | It was short.");
  /* A line that ends on an abbreviation ends its sentence. */
  check ("The permits lapse at 6 a.m.\nOrtega signed the order on Monday.",
         "The permits lapse at 6 a.m. | Ortega signed the order on Monday.");
  check ("The permits lapse at 6 a.m. Ortega time, officials said.",
         "The permits lapse at 6 a.m. Ortega time, officials said.");
  /* A count after a time ends it: "Twelve" opens the next sentence. */
  check ("The match was due to start at 3:30 p.m. Twelve people were taken to hospital.",
         "The match was due to start at 3:30 p.m. | Twelve people were taken to hospital.");
  check ("The gate opened at 1 p.m. Forty-seven people were hurt.",
         "The gate opened at 1 p.m. | Forty-seven people were hurt.");
}

static void
test_numbers_and_ellipses (void)
{
  check ("Growth was 2.5 percent. Inflation fell.", "Growth was 2.5 percent. | Inflation fell.");
  check ("He paused ... then spoke. Nobody answered.",
         "He paused ... then spoke. | Nobody answered.");
  check ("It ended.... Then the rain came.", "It ended.... | Then the rain came.");
  /* A currency sign the text lost to a question mark ends no sentence… */
  check ("They agreed to cuts in return for? 110bn in loans. Markets rose.",
         "They agreed to cuts in return for? 110bn in loans. | Markets rose.");
  /* …but a question does, before a number too. */
  check ("Who pays? 20 towns share the bill.", "Who pays? | 20 towns share the bill.");
}

static void
test_quotes (void)
{
  check ("“We will rebuild.” The crowd cheered.", "“We will rebuild.” | The crowd cheered.");
  check ("\"We will rebuild.\" she said.", "\"We will rebuild.\" she said.");
}

static void
test_lines_and_lists (void)
{
  check ("Floods hit the coast\nHundreds of homes were damaged.",
         "Floods hit the coast | Hundreds of homes were damaged.");
  check ("1) Raise taxes 2) Cut spending 3) Borrow",
         "1) Raise taxes | 2) Cut spending | 3) Borrow");
}

static void
test_offsets (void)
{
  const char *text = "Prices rose — sharply. Café owners complained.";
  g_autoptr(GArray) spans = cor_text_split_sentences (text, strlen (text));

  g_assert_cmpuint (spans->len, ==, 2);
  g_assert_cmpuint (g_array_index (spans, CorSpan, 1).start, ==, strstr (text, "Café") - text);
  g_assert_cmpuint (g_array_index (spans, CorSpan, 1).end, ==, strlen (text));
}

/* Offsets stay byte offsets past characters beyond the BMP, and text
 * that is not valid UTF-8 is still split. */
static void
test_unicode_offsets (void)
{
  const char *astral = "Fans cheered \xf0\x9f\x8e\x89 loudly. Then the band played.";
  const char *invalid = "The vote was close \xff here. Then it was counted.";

  check (astral, "Fans cheered \xf0\x9f\x8e\x89 loudly. | Then the band played.");
  check (invalid, "The vote was close \xff here. | Then it was counted.");
}

static void
test_hyphenated_titles (void)
{
  check ("The ex-Gov. Harlan Voss spoke first. Then the mayor spoke.",
         "The ex-Gov. Harlan Voss spoke first. | Then the mayor spoke.");
  check ("She met Prof./Dr. Ilse Marr at noon. They talked.",
         "She met Prof./Dr. Ilse Marr at noon. | They talked.");
}

/* A CorWords cut again into another text holds what a new one would:
 * nothing is left of the longer text before it, and it grows as needed. */
static void
test_words_reset (void)
{
  const char *texts[] = {
    "The ferry left at 6.30 a.m. on Tuesday.\nIts 212 passengers, the U.S. consul among them, landed safely.",
    "Rain.",
    "",
    "It rose 5%. It rose 6%. It fell 2%. It rose 1%. It fell 3%. It rose 4%. It fell 7%. It rose 9%.",
  };
  g_autoptr(CorWords) reused = cor_words_new ("", 0);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CorWords) fresh = cor_words_new (texts[i], strlen (texts[i]));

      cor_words_reset (reused, texts[i], strlen (texts[i]));
      g_assert_true (reused->text == texts[i]);
      g_assert_cmpuint (reused->length, ==, strlen (texts[i]));
      g_assert_cmpuint (reused->n_words, ==, fresh->n_words);
      g_assert_cmpuint (reused->allocated, >=, reused->n_words);
      g_assert_cmpmem (reused->words, reused->n_words * sizeof (CorWord),
                       fresh->words, fresh->n_words * sizeof (CorWord));
    }
  /* The last text has more words than its length / 4 + 8 guessed. */
  g_assert_cmpuint (reused->n_words, >, strlen (texts[3]) / 4 + 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/plain", test_plain);
  g_test_add_func ("/text/abbreviations", test_abbreviations);
  g_test_add_func ("/text/numbers-and-ellipses", test_numbers_and_ellipses);
  g_test_add_func ("/text/quotes", test_quotes);
  g_test_add_func ("/text/lines-and-lists", test_lines_and_lists);
  g_test_add_func ("/text/offsets", test_offsets);
  g_test_add_func ("/text/unicode-offsets", test_unicode_offsets);
  g_test_add_func ("/text/hyphenated-titles", test_hyphenated_titles);
  g_test_add_func ("/text/words-reset", test_words_reset);

  return g_test_run ();
}
