/* cor-stemmer.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-statement"

#include "config.h"

#include <string.h>
#include <libstemmer.h>

#include "cor-stemmer.h"

struct _CorStemmer
{
  struct sb_stemmer *stemmer;
  GHashTable        *stop_words;
  GHashTable        *memo;        /* word → stem: a story repeats its words */
};

/* Past this many words the memo is emptied, so memory stays bounded. */
#define MAX_MEMO 50000

/* Function words and the verbs of attribution: they say nothing about which
 * fact a sentence states. */
static const char *stop_words[] = {
  "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
  "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
  "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
  "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
  "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
  "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
  "meanwhile", "more", "most", "much", "my", "myself", "no", "nor", "not", "now", "of",
  "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out",
  "over", "own", "same", "she", "should", "since", "so", "some", "such", "than",
  "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
  "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon",
  "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
  "whom", "why", "will", "with", "would", "you", "your", "yours", "yet", "said",
  "says", "say", "saying", "told", "tell", "tells", "according", "added", "adds",
  "mr", "mrs", "ms", "dr", "s", "t", "may", "might", "must", "shall", "us", "via",
  "within", "without", "among", "amid", "per", "another", "every", "many", "several",
  "around", "nearly", "almost", "approximately", "roughly", "some", "least",
};

gboolean
cor_stemmer_is_stop_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    if (strcmp (stop_words[i], word) == 0)
      return TRUE;
  return FALSE;
}

CorStemmer *
cor_stemmer_new (void)
{
  CorStemmer *self = g_new0 (CorStemmer, 1);

  self->stemmer = sb_stemmer_new ("english", NULL);
  self->stop_words = g_hash_table_new (g_str_hash, g_str_equal);
  self->memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    g_hash_table_add (self->stop_words, (gpointer)stop_words[i]);
  return self;
}

void
cor_stemmer_free (CorStemmer *self)
{
  if (self == NULL)
    return;
  if (self->stemmer != NULL)
    sb_stemmer_delete (self->stemmer);
  g_hash_table_unref (self->stop_words);
  g_hash_table_unref (self->memo);
  g_free (self);
}

const char *
cor_stemmer_peek (CorStemmer *self,
                  const char *word)
{
  const sb_symbol *stem;
  const char *known;
  char *out;

  if (g_hash_table_contains (self->stop_words, word))
    return NULL;
  if (self->stemmer == NULL)
    return word;
  known = g_hash_table_lookup (self->memo, word);
  if (known != NULL)
    return known;
  stem = sb_stemmer_stem (self->stemmer, (const sb_symbol *)word, strlen (word));
  out = stem ? g_strndup ((const char *)stem, sb_stemmer_length (self->stemmer)) : g_strdup (word);
  if (g_hash_table_size (self->memo) >= MAX_MEMO)
    g_hash_table_remove_all (self->memo);
  g_hash_table_insert (self->memo, g_strdup (word), out);
  return out;
}

char *
cor_stemmer_stem (CorStemmer *self,
                  const char *word)
{
  return g_strdup (cor_stemmer_peek (self, word));
}
