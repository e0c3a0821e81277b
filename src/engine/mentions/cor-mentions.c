/* cor-mentions.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-mentions"

#include "config.h"

#include <math.h>
#include <string.h>

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

/* The oldest age a bare figure after a name is read as. */
#define MAX_AGE 120

/* "Dennis Hale, 81, a retired farmer", "Ellery, 58, was jailed": a whole
 * number between commas right after a person's name is the person's
 * age. */
static void
mark_ages (const char *text,
           gsize       length,
           GPtrArray  *mentions)
{
  for (guint i = 1; i < mentions->len; i++)
    {
      CorMention *m = g_ptr_array_index (mentions, i);
      const CorMention *before = g_ptr_array_index (mentions, i - 1);

      if (m->kind != COR_MENTION_NUMBER || m->unit != NULL || m->approximate || isnan (m->value)
          || m->value < 1 || m->value > MAX_AGE || m->value != floor (m->value)
          || before->kind != COR_MENTION_PERSON || before->end + 2 != m->start
          || strncmp (text + before->end, ", ", 2) != 0 || m->end >= length
          || (text[m->end] != ',' && text[m->end] != ')'))
        continue;
      m->unit = g_strdup (COR_UNIT_AGE);
      m->whose = g_strdup (before->canonical != NULL ? before->canonical : before->text);
    }
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
  mark_ages (words->text, words->length, out);
  return out;
}
