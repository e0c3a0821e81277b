/* cor-lexicon.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-lexicon"

#include "config.h"

#include <string.h>
#include <wn.h>

#include "cor-lexicon.h"

/* WordNet's library keeps its files and its answers in globals: every call
 * into it holds this lock, and each word is asked about once. */
G_LOCK_DEFINE_STATIC (wordnet);
static GHashTable *senses;        /* word → CorWordSense, or &unknown */
static gboolean    opened;
static gboolean    available;
static CorWordSense unknown;

/* Past this many words, new words are unknown: memory stays bounded on
 * hostile input (real news uses a few thousand words a story). */
#define MAX_CACHED 200000

static const struct
{
  int    wn_pos;
  CorPos pos;
} parts[] = {
  { VERB, COR_POS_VERB },
  { NOUN, COR_POS_NOUN },
  { ADJ, COR_POS_ADJ },
  { ADV, COR_POS_ADV },
};

static gboolean
open_wordnet (void)
{
  if (!opened)
    {
      opened = TRUE;
      available = wninit () == 0;
      senses = g_hash_table_new (g_str_hash, g_str_equal);
      if (!available)
        g_debug ("WordNet's files are not installed: words meet only on their stems");
    }
  return available;
}

gboolean
cor_lexicon_available (void)
{
  gboolean ok;

  G_LOCK (wordnet);
  ok = open_wordnet ();
  G_UNLOCK (wordnet);
  return ok;
}

/* A concept names a synset: its part of speech (two bits) and its offset in
 * the data file (26 bits; WordNet 3.0's largest file is 15 MB), so that it
 * fits a term with room for the term's kind. */
static guint32
concept_id (int    wn_pos,
            long   offset)
{
  return ((guint32)(wn_pos - 1) << 26) | ((guint32)offset & 0x03ffffff);
}

static int
pos_of_synset (SynsetPtr synset,
               int       fallback)
{
  const char *pos = synset->pos;

  if (pos == NULL)
    return fallback;
  switch (pos[0])
    {
    case 'n': return NOUN;
    case 'v': return VERB;
    case 'a': case 's': return ADJ;
    case 'r': return ADV;
    default: return fallback;
    }
}

/* The synsets @ptr_type reaches from the first sense of @lemma. */
static void
add_related (GArray     *out,
             char       *lemma,
             int         wn_pos,
             int         ptr_type)
{
  SynsetPtr found = findtheinfo_ds (lemma, wn_pos, ptr_type, 1);

  if (found == NULL)
    return;
  for (SynsetPtr s = found->ptrlist; s != NULL; s = s->nextss)
    {
      guint32 id = concept_id (pos_of_synset (s, wn_pos), s->hereiam);

      g_array_append_val (out, id);
    }
  free_syns (found);
}

static void
add_first_sense (GArray *out,
                 char   *lemma,
                 int     wn_pos)
{
  SynsetPtr found = findtheinfo_ds (lemma, wn_pos, SYNS, 1);

  if (found == NULL)
    return;
  {
    guint32 id = concept_id (wn_pos, found->hereiam);

    g_array_append_val (out, id);
  }
  free_syns (found);
}

/* The base form of @word as @wn_pos: the word itself when WordNet lists it,
 * else what its morphology gives ("struck" → "strike"). */
static char *
base_form (char *word,
           int   wn_pos)
{
  char *base;

  /* "fell" is a verb of its own, but far more often "fall" in the past:
   * an irregular form from WordNet's exception list comes first. */
  if (wn_pos == VERB && (base = morphstr (word, wn_pos)) != NULL && strcmp (base, word) != 0
      && is_defined (word, wn_pos) != 0 && !g_str_has_suffix (word, "s") && !g_str_has_suffix (word, "ed")
      && !g_str_has_suffix (word, "ing"))
    return g_strdup (base);
  if (is_defined (word, wn_pos) != 0)
    return g_strdup (word);
  base = morphstr (word, wn_pos);
  return base != NULL ? g_strdup (base) : NULL;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return x < y ? -1 : x > y;
}

static guint32 *
sorted_unique (GArray *ids,
               guint  *n)
{
  guint kept = 0;

  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    if (kept == 0 || g_array_index (ids, guint32, i) != g_array_index (ids, guint32, kept - 1))
      g_array_index (ids, guint32, kept++) = g_array_index (ids, guint32, i);
  *n = kept;
  g_array_set_size (ids, kept);
  return (guint32 *)g_array_free (ids, kept == 0);
}

static CorWordSense *
sense_new (const char *word)
{
  g_autofree char *copy = g_strdup (word);
  GArray *concepts = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *antonyms = g_array_new (FALSE, FALSE, sizeof (guint32));
  CorWordSense *sense = g_new0 (CorWordSense, 1);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *base = base_form (copy, parts[i].wn_pos);

      if (base == NULL)
        continue;
      sense->pos |= parts[i].pos;
      if (sense->lemma == NULL)
        sense->lemma = g_strdup (base);
      if (parts[i].wn_pos == VERB && strcmp (base, word) != 0)
        sense->verb_form = TRUE;
      add_first_sense (concepts, base, parts[i].wn_pos);
      add_related (concepts, base, parts[i].wn_pos, DERIVATION);
      if (parts[i].wn_pos == VERB)
        add_related (concepts, base, VERB, CAUSETO);
      add_related (antonyms, base, parts[i].wn_pos, ANTPTR);
    }
  sense->concepts = sorted_unique (concepts, &sense->n_concepts);
  sense->antonyms = sorted_unique (antonyms, &sense->n_antonyms);
  if (sense->lemma == NULL)
    {
      g_free (sense->concepts);
      g_free (sense->antonyms);
      g_free (sense);
      return NULL;
    }
  return sense;
}

const CorWordSense *
cor_lexicon_lookup (const char *word)
{
  CorWordSense *sense = NULL;

  g_return_val_if_fail (word != NULL, NULL);

  /* WordNet's index has no entry longer than this, nor any with spaces. */
  if (*word == '\0' || strlen (word) > 60 || strchr (word, ' ') != NULL)
    return NULL;
  G_LOCK (wordnet);
  if (open_wordnet ())
    {
      sense = g_hash_table_lookup (senses, word);
      if (sense == NULL && g_hash_table_size (senses) < MAX_CACHED)
        {
          sense = sense_new (word);
          g_hash_table_insert (senses, g_strdup (word), sense != NULL ? sense : &unknown);
        }
    }
  G_UNLOCK (wordnet);
  return sense == &unknown ? NULL : sense;
}

gboolean
cor_lexicon_concepts_meet (const guint32 *a,
                           guint          n_a,
                           const guint32 *b,
                           guint          n_b)
{
  guint i = 0, j = 0;

  while (i < n_a && j < n_b)
    {
      if (a[i] == b[j])
        return TRUE;
      if (a[i] < b[j])
        i++;
      else
        j++;
    }
  return FALSE;
}
