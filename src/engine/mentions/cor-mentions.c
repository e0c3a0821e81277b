/* cor-mentions.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-mentions"

#include "config.h"

#include "cor-dates.h"
#include "cor-entities.h"
#include "cor-mentions.h"
#include "cor-numbers.h"
#include "cor-quotes.h"

GPtrArray *
cor_mentions_extract (const char   *text,
                      gsize         length,
                      const GArray *sentences,
                      const char   *published)
{
  g_autoptr(CorWords) words = NULL;

  g_return_val_if_fail (text != NULL, g_ptr_array_new_with_free_func ((GDestroyNotify)cor_mention_free));

  words = cor_words_new (text, length);
  return cor_mentions_extract_words (words, sentences, published);
}

GPtrArray *
cor_mentions_extract_words (const CorWords *words,
                            const GArray   *sentences,
                            const char     *published)
{
  /* news text has a mention every 60 bytes or so: rarely grown */
  GPtrArray *out = g_ptr_array_new_full (words->length / 48 + 16, (GDestroyNotify)cor_mention_free);
  CorMentionContext context = { words->text, words->length, sentences, published, words };

  cor_numbers_extract (&context, out);
  cor_dates_extract (&context, out);
  cor_entities_extract (&context, out);
  cor_quotes_extract (&context, out);

  g_ptr_array_sort (out, cor_mention_compare);
  return out;
}
