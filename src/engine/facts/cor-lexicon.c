/* cor-lexicon.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-lexicon"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
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

/* WordNet's library binary-searches its files with a seek and a read per
 * step: tens of thousands of system calls for a story's words. The same
 * files read once into memory make every step a memory access; the
 * library reads them through the same FILE interface. */
static FILE *
in_memory (FILE *file)
{
  struct stat st;
  char *contents;
  FILE *copy;

  if (file == NULL || fstat (fileno (file), &st) != 0 || st.st_size <= 0)
    return file;
  contents = g_malloc (st.st_size);
  if (pread (fileno (file), contents, st.st_size, 0) != st.st_size
      || (copy = fmemopen (contents, st.st_size, "r")) == NULL)
    {
      g_free (contents);
      return file;
    }
  /* The contents stay for the life of the process, as the library's own
   * files would. */
  fclose (file);
  return copy;
}

static void
load_into_memory (void)
{
  for (int part = 1; part <= NUMPARTS; part++)
    {
      indexfps[part] = in_memory (indexfps[part]);
      datafps[part] = in_memory (datafps[part]);
    }
}

static gboolean
open_wordnet (void)
{
  if (!opened)
    {
      opened = TRUE;
      available = wninit () == 0;
      if (available)
        load_into_memory ();
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

static guint32
pointer_concept (SynsetPtr synset,
                 int       j)
{
  int pos = synset->ppos[j];

  return concept_id (pos > ADV ? ADJ : pos, synset->ptroff[j]);
}

/* WordNet's lexicographer files of the nouns that name acts and events. */
#define LEX_NOUN_ACT   4
#define LEX_NOUN_EVENT 11
#define LEX_NOUN_GROUP 14

/* Whether a sense of the noun @lemma names a body of people: "the
 * administration" and "the management" are more often who acts than the
 * act. */
static gboolean
names_a_group (char *lemma)
{
  SynsetPtr all = findtheinfo_ds (lemma, NOUN, SYNS, ALLSENSES);
  gboolean group = FALSE;

  for (SynsetPtr s = all; s != NULL && !group; s = s->nextss)
    group = s->fnum == LEX_NOUN_GROUP;
  if (all != NULL)
    free_syns (all);
  return group;
}

/* The first sense of @lemma as @wn_pos, and what it points to: the senses
 * derived from it ("death" from "die"), what it causes ("kill" → "die")
 * and its antonyms. One lookup reads them all from the synset's pointers.
 * A noun whose first sense is an act or an event is one to @sense. */
static void
add_first_sense (CorWordSense *sense,
                 GArray       *concepts,
                 GArray       *antonyms,
                 char         *lemma,
                 int           wn_pos)
{
  SynsetPtr found = findtheinfo_ds (lemma, wn_pos, SYNS, 1);
  guint32 id;

  if (found == NULL)
    return;
  id = concept_id (wn_pos, found->hereiam);
  g_array_append_val (concepts, id);
  if (wn_pos == NOUN && (found->fnum == LEX_NOUN_ACT || found->fnum == LEX_NOUN_EVENT)
      && !names_a_group (lemma))
    sense->event = id;
  for (int j = 0; j < found->ptrcount; j++)
    {
      /* A lexical pointer belongs to one word of the synset: ours. */
      gboolean ours = found->pfrm[j] == 0 || found->pfrm[j] == found->whichword;

      if ((found->ptrtyp[j] == DERIVATION && ours) || (found->ptrtyp[j] == CAUSETO && wn_pos == VERB))
        {
          id = pointer_concept (found, j);
          g_array_append_val (concepts, id);
        }
      else if (found->ptrtyp[j] == ANTPTR && ours)
        {
          id = pointer_concept (found, j);
          g_array_append_val (antonyms, id);
        }
    }
  free_syns (found);
}

/* Whether WordNet's index lists @word as @wn_pos: is_defined() would read
 * every sense of it to say which searches it has; the index entry is all
 * that is needed here. */
static gboolean
listed (char *word,
        int   wn_pos)
{
  IndexPtr entry = index_lookup (word, wn_pos);

  if (entry == NULL)
    return FALSE;
  free_index (entry);
  return TRUE;
}

static gboolean
may_be_inflected (const char *word,
                  int         wn_pos)
{
  static const char *noun_endings[] = { "s", "men", "ren", "ice", "eet", "eeth", "ae", "i", "a", "ves" };
  static const char *adj_endings[] = { "er", "est", "r", "st" };

  if (wn_pos == NOUN)
    {
      for (guint i = 0; i < G_N_ELEMENTS (noun_endings); i++)
        if (g_str_has_suffix (word, noun_endings[i]))
          return TRUE;
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (adj_endings); i++)
    if (g_str_has_suffix (word, adj_endings[i]))
      return TRUE;
  return FALSE;
}

/* The base form of @word as @wn_pos: the word itself when WordNet lists it,
 * else what its morphology gives ("struck" → "strike"). */
static char *
base_form (char *word,
           int   wn_pos)
{
  char *base;

  if (listed (word, wn_pos))
    {
      /* "fell" is a verb of its own, but far more often "fall" in the
       * past: a short irregular form from WordNet's exception list comes
       * first. (Regular forms end in -s, -ed or -ing; longer words are
       * rarely irregular pasts, and the exception list is slow to ask.) */
      if (wn_pos == VERB && strlen (word) <= 6 && !g_str_has_suffix (word, "s")
          && !g_str_has_suffix (word, "ed") && !g_str_has_suffix (word, "ing")
          && (base = morphstr (word, wn_pos)) != NULL && strcmp (base, word) != 0)
        return g_strdup (base);
      return g_strdup (word);
    }
  /* Nouns, adjectives and adverbs change their form only at the end:
   * "villages", "women", "larger", "hardest". A word with none of those
   * endings is no inflected form of theirs, and the exception lists are
   * slow to ask. */
  if (wn_pos != VERB && !may_be_inflected (word, wn_pos))
    return NULL;
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
      add_first_sense (sense, concepts, antonyms, base, parts[i].wn_pos);
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

/* Each thread remembers the words it has asked about, so that the lock is
 * taken once per word and thread, not once per use: statements are read on
 * every core, and a story repeats its words. */
static GPrivate thread_cache = G_PRIVATE_INIT ((GDestroyNotify)g_hash_table_unref);

static GHashTable *
get_thread_cache (void)
{
  GHashTable *cache = g_private_get (&thread_cache);

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_private_set (&thread_cache, cache);
    }
  return cache;
}

static const CorWordSense *lookup_shared (const char *word);

const CorWordSense *
cor_lexicon_lookup (const char *word)
{
  GHashTable *cache;
  gpointer found;
  const CorWordSense *sense;

  g_return_val_if_fail (word != NULL, NULL);

  /* WordNet's index has no entry longer than this, nor any with spaces. */
  if (*word == '\0' || strlen (word) > 60 || strchr (word, ' ') != NULL)
    return NULL;
  cache = get_thread_cache ();
  if (g_hash_table_lookup_extended (cache, word, NULL, &found))
    return found;
  sense = lookup_shared (word);
  if (g_hash_table_size (cache) < MAX_CACHED)
    g_hash_table_insert (cache, g_strdup (word), (gpointer)sense);
  return sense;
}

static const CorWordSense *
lookup_shared (const char *word)
{
  CorWordSense *sense = NULL;

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

/* lemma → its simple past, for the verbs WordNet's exception list gives
 * one: "make" → "made", "stop" → "stopped". Read once. */
static gpointer
read_pasts (gpointer data)
{
  GHashTable *pasts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  (void)data;
  G_LOCK (wordnet);
  if (open_wordnet ())
    path = g_build_filename (SetSearchdir (), "verb.exc", NULL);
  G_UNLOCK (wordnet);
  if (path == NULL || !g_file_get_contents (path, &contents, NULL, NULL))
    return pasts;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], " ", 3);
      const char *form, *lemma, *had;
      gsize n;

      if (f[0] == NULL || f[1] == NULL)
        continue;
      form = f[0], lemma = f[1], n = strlen (form);
      /* Not "-ing" nor "-s" forms; of "took" and "taken", the past. */
      if (strchr (form, '_') != NULL || g_str_has_suffix (form, "ing") || (n > 2 && form[n - 1] == 's'))
        continue;
      had = g_hash_table_lookup (pasts, lemma);
      if (had != NULL && (g_str_has_suffix (had, "ed") || !g_str_has_suffix (form, "ed"))
          && !(g_str_has_suffix (had, "n") && !g_str_has_suffix (form, "n")))
        continue;
      g_hash_table_insert (pasts, g_strdup (lemma), g_strdup (form));
    }
  return pasts;
}

static gboolean
is_vowel (char c)
{
  return strchr ("aeiou", c) != NULL;
}

char *
cor_lexicon_past_tense (const char *lemma)
{
  /* Verbs whose past is their base form, which the exception list
   * therefore does not give. */
  static const char *unchanged[] = {
    "put", "cut", "hit", "set", "let", "cost", "hurt", "shut", "spread", "quit", "split", "burst",
    "cast", "bet", "bid", "broadcast", "upset", "thrust", "shed", "beat", "rid", "read", "forecast",
  };
  static GOnce once = G_ONCE_INIT;
  GHashTable *pasts;
  const char *irregular;
  gsize n;

  g_return_val_if_fail (lemma != NULL, NULL);

  pasts = g_once (&once, read_pasts, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (unchanged); i++)
    if (strcmp (lemma, unchanged[i]) == 0)
      return g_strdup (lemma);
  if ((irregular = g_hash_table_lookup (pasts, lemma)) != NULL)
    return g_strdup (irregular);
  n = strlen (lemma);
  if (n == 0)
    return g_strdup (lemma);
  if (lemma[n - 1] == 'e')
    return g_strconcat (lemma, "d", NULL);
  if (n > 1 && lemma[n - 1] == 'y' && !is_vowel (lemma[n - 2]))
    return g_strdup_printf ("%.*sied", (int)(n - 1), lemma);
  return g_strconcat (lemma, "ed", NULL);
}
