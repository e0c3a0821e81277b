/* cor-stories.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-stories"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cor-copies.h"
#include "cor-stemmer.h"
#include "cor-stories.h"
#include "cor-story-cluster.h"
#include "cor-words.h"

/* Each report is a TF-IDF vector of its word stems and of its names,
 * places, dates and values; stories are groups whose reports resemble each
 * other on average at least a threshold (cor-story-cluster.c). Two
 * reports of one event share its rare names, places and dates; two events
 * of one kind (two earthquakes) share only its common words, which the
 * IDF weighs down.
 *
 * The IDF is taken as if IDF_PRIOR + IDF_SHARE × n more reports, sharing
 * nothing, were in the set: the words of an event that every report tells
 * (a hundred reports of one bridge closure) then weigh log 3 instead of
 * nothing, and with two or three reports a shared word still counts. The IDF of a few reports
 * is flat, so their similarities are lower: the bar rises from
 * THRESHOLD_FEW at FEW_REPORTS originals to THRESHOLD_MANY at MANY_REPORTS.
 * Measured on the corpus of ../shared: its 51 reports of 9 events are
 * separated for a bar from 0.14 to 0.26, each event's reports alone (and
 * any two of them) stay together up to 0.14 to 0.18, and 120 generated
 * reports of one story stay one up to 0.25. */
#define IDF_PRIOR        10.0
#define IDF_SHARE        2.0
#define THRESHOLD_FEW    0.13
#define THRESHOLD_MANY   0.19
#define FEW_REPORTS      8
#define MANY_REPORTS     32
/* Names, places, dates and values weigh this much more than a word. */
#define MENTION_FACTOR   2.0
/* A title taken from a report's first line is cut at this many bytes. */
#define TITLE_BYTES      100
/* Stems shorter than this say nothing about an event. */
#define MIN_WORD_BYTES   3

typedef struct
{
  GHashTable *ids;        /* feature string → id + 1 */
  GArray     *df;         /* guint per id: originals that have it */
  GArray     *seen_in;    /* guint per id: the last report counted in, + 1 */
  GArray     *slot;       /* guint per id: its place in that report's counts */
} Features;

static guint
feature_id (Features   *features,
            const char *key)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (features->ids, key));
  guint zero = 0;

  if (id == 0)
    {
      id = g_hash_table_size (features->ids) + 1;
      g_hash_table_insert (features->ids, g_strdup (key), GUINT_TO_POINTER (id));
      g_array_append_val (features->df, zero);
      g_array_append_val (features->seen_in, zero);
      g_array_append_val (features->slot, zero);
    }
  return id - 1;
}

/* One more of @key in report @report's @counts (CorStoryTerm whose weight
 * is the count so far): an array a report, where a hash table a report
 * cost more than the counting on 100,000 small reports. */
static void
count (Features   *features,
       GArray     *counts,
       guint       report,
       const char *key)
{
  guint id = feature_id (features, key);
  guint *seen_in = &g_array_index (features->seen_in, guint, id);
  guint *slot = &g_array_index (features->slot, guint, id);

  if (*seen_in != report + 1)
    {
      CorStoryTerm term = { id, 0 };

      *seen_in = report + 1;
      *slot = counts->len;
      g_array_append_val (counts, term);
    }
  g_array_index (counts, CorStoryTerm, *slot).weight++;
}

static void
count_words (Features       *features,
             CorStemmer     *stemmer,
             const CorWords *words,
             GArray         *counts,
             guint           report)
{
  const char *text = words->text;
  g_autoptr(GString) key = g_string_new (NULL);

  /* One key string for every word: a long report has millions. */
  for (guint i = 0; i < words->n_words; i++)
    {
      const CorWord *w = &words->words[i];
      g_autofree char *folded = NULL;
      char ascii[64];
      const char *lower = ascii;
      gsize n = w->end - w->start;
      const char *stem;

      if (w->type != COR_WORD_ALPHA || n < MIN_WORD_BYTES)
        continue;
      if ((w->flags & COR_WORD_FLAG_NON_ASCII) || n >= sizeof ascii)
        lower = folded = g_utf8_strdown (text + w->start, n);
      else
        {
          for (gsize k = 0; k < n; k++)
            ascii[k] = g_ascii_tolower (text[w->start + k]);
          ascii[n] = '\0';
        }
      stem = cor_stemmer_peek (stemmer, lower);
      if (stem == NULL)
        continue;
      g_string_assign (key, "w:");
      g_string_append (key, stem);
      count (features, counts, report, key->str);
    }
}

/* A mention as a feature: a name by its canonical form, a date to the
 * month, a value with its unit. */
static gboolean
mention_key (const CorMention *m,
             GString          *key)
{
  switch (m->kind)
    {
    case COR_MENTION_PERSON:
    case COR_MENTION_ORGANIZATION:
    case COR_MENTION_PLACE:
      {
        g_autofree char *name = g_utf8_strdown (m->canonical ? m->canonical : m->text, -1);

        g_string_assign (key, "e:");
        g_string_append (key, name);
        return TRUE;
      }
    case COR_MENTION_DATE:
      if (m->date == NULL)
        return FALSE;
      g_string_assign (key, "d:");
      g_string_append_len (key, m->date, MIN (strlen (m->date), 7));
      return TRUE;
    case COR_MENTION_NUMBER:
    case COR_MENTION_MONEY:
    case COR_MENTION_QUANTITY:
    case COR_MENTION_PERCENT:
      if (isnan (m->value))
        return FALSE;
      {
        /* No printf: its own buffer costs an allocation a value. */
        char number[G_ASCII_DTOSTR_BUF_SIZE];

        g_string_assign (key, "v:");
        g_string_append (key, m->unit ? m->unit : "");
        g_string_append_c (key, ':');
        g_string_append (key, g_ascii_formatd (number, sizeof number, "%g", m->value));
        return TRUE;
      }
    case COR_MENTION_ORDINAL:
    case COR_MENTION_TIME:
    case COR_MENTION_DURATION:
    case COR_MENTION_QUOTE:
    case COR_N_MENTION_KINDS:
    default:
      return FALSE;
    }
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const CorStoryTerm *x = a, *y = b;

  return x->id < y->id ? -1 : x->id > y->id;
}

/* How often each feature comes in report @report, by id: a CorStoryTerm
 * whose weight is the count. @counts is scratch. */
static GArray *
term_counts (Features       *features,
             CorStemmer     *stemmer,
             CorDocument    *doc,
             const CorWords *words,
             guint           report,
             GArray         *counts)
{
  g_autoptr(GString) key = g_string_new (NULL);
  GArray *terms;

  g_array_set_size (counts, 0);
  count_words (features, stemmer, words, counts, report);
  for (guint i = 0; i < doc->mentions->len; i++)
    if (mention_key (g_ptr_array_index (doc->mentions, i), key))
      count (features, counts, report, key->str);
  g_array_sort (counts, compare_terms);
  terms = g_array_sized_new (FALSE, FALSE, sizeof (CorStoryTerm), counts->len);
  g_array_append_vals (terms, counts->data, counts->len);
  return terms;
}

/* Turns the counts of one report into its TF-IDF vector, of unit length. */
static void
weigh (Features *features,
       GArray   *vector,
       guint     n_reports)
{
  double norm = 0;

  for (guint t = 0; t < vector->len; t++)
    {
      CorStoryTerm *term = &g_array_index (vector, CorStoryTerm, t);
      guint df = g_array_index (features->df, guint, term->id);

      term->weight = (1 + log (term->weight)) * log ((n_reports + IDF_PRIOR + IDF_SHARE * n_reports) / df);
    }
  for (guint t = 0; t < vector->len; t++)
    norm += pow (g_array_index (vector, CorStoryTerm, t).weight, 2);
  norm = sqrt (norm);
  for (guint t = 0; t < vector->len && norm > 0; t++)
    g_array_index (vector, CorStoryTerm, t).weight /= norm;
}

/* Mentions' features weigh more: their keys start with another letter. */
static void
boost_mentions (Features *features,
                GArray  **vectors,
                guint     n)
{
  g_autofree gboolean *is_mention = g_new0 (gboolean, MAX (features->df->len, 1));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, features->ids);
  while (g_hash_table_iter_next (&iter, &key, &value))
    is_mention[GPOINTER_TO_UINT (value) - 1] = ((const char *)key)[0] != 'w';

  for (guint i = 0; i < n; i++)
    {
      double norm = 0;

      for (guint t = 0; t < vectors[i]->len; t++)
        {
          CorStoryTerm *term = &g_array_index (vectors[i], CorStoryTerm, t);

          if (is_mention[term->id])
            term->weight *= MENTION_FACTOR;
          norm += term->weight * term->weight;
        }
      norm = sqrt (norm);
      for (guint t = 0; t < vectors[i]->len && norm > 0; t++)
        g_array_index (vectors[i], CorStoryTerm, t).weight /= norm;
    }
}

/* The vectors of the originals (one per copy group: thirty copies of one
 * text are one account, and weigh as one in the IDF). */
static GArray **
build_vectors (CorFactTable  *table,
               CorWords     **words,
               const guint   *originals,
               guint          n,
               guint         *n_features)
{
  Features features = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                        g_array_new (FALSE, FALSE, sizeof (guint)),
                        g_array_new (FALSE, FALSE, sizeof (guint)),
                        g_array_new (FALSE, FALSE, sizeof (guint)) };
  g_autoptr(CorStemmer) stemmer = cor_stemmer_new ();
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (CorStoryTerm));
  GArray **vectors = g_new0 (GArray *, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      vectors[i] = term_counts (&features, stemmer, g_ptr_array_index (table->documents, originals[i]),
                                words[originals[i]], i, counts);
      for (guint t = 0; t < vectors[i]->len; t++)
        g_array_index (features.df, guint, g_array_index (vectors[i], CorStoryTerm, t).id)++;
    }
  for (guint i = 0; i < n; i++)
    weigh (&features, vectors[i], n);
  boost_mentions (&features, vectors, n);
  *n_features = features.df->len;
  g_hash_table_unref (features.ids);
  g_array_unref (features.df);
  g_array_unref (features.seen_in);
  g_array_unref (features.slot);
  return vectors;
}

static double
story_threshold (guint n_reports)
{
  double t = ((double)n_reports - FEW_REPORTS) / (MANY_REPORTS - FEW_REPORTS);

  return THRESHOLD_FEW + CLAMP (t, 0.0, 1.0) * (THRESHOLD_MANY - THRESHOLD_FEW);
}

/* Numbers the stories in the order of their first source, and drops the
 * numbers no source has (an edit may empty a story). */
static guint
renumber (guint *story_of,
          guint  n_sources,
          guint  n_stories)
{
  g_autofree guint *number = g_new (guint, MAX (n_stories, 1));
  guint next = 0;

  for (guint s = 0; s < n_stories; s++)
    number[s] = COR_NO_STORY;
  for (guint i = 0; i < n_sources; i++)
    {
      if (story_of[i] == COR_NO_STORY)
        continue;
      if (number[story_of[i]] == COR_NO_STORY)
        number[story_of[i]] = next++;
      story_of[i] = number[story_of[i]];
    }
  return next;
}

/* A report's headline, else its first line, else its label. */
static char *
report_title (CorFactTable *table,
              guint         index)
{
  CorSource *source = g_ptr_array_index (table->sources, index);
  CorDocument *doc = g_ptr_array_index (table->documents, index);
  const char *title = cor_source_get_title (source);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (doc != NULL && doc->sentences->len > 0)
    {
      const CorSpan *span = &g_array_index (doc->sentences, CorSpan, 0);
      const char *start = doc->text + span->start;
      const char *end = memchr (start, '\n', span->end - span->start);
      gsize n = (end ? (gsize)(end - start) : span->end - span->start);

      if (n > TITLE_BYTES)
        n = g_utf8_find_prev_char (start, start + TITLE_BYTES + 1) - start;
      if (n > 0)
        return g_strstrip (g_strndup (start, n));
    }
  return g_strdup (cor_source_get_label (source));
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* The sum of the vectors of @members (in order), sorted by id; @dense
 * (a weight per feature, all 0) is left as it was found. Each weight is
 * added in the members' order, as a merge of the sorted vectors would. */
static GArray *
sum_vectors (GArray      **vectors,
             const GArray *members,
             double       *dense)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *sum;

  for (guint m = 0; m < members->len; m++)
    {
      GArray *vector = vectors[g_array_index (members, guint, m)];

      for (guint t = 0; t < vector->len; t++)
        {
          const CorStoryTerm *term = &g_array_index (vector, CorStoryTerm, t);

          /* Weights are positive: a feature at 0 is not in the sum yet. */
          if (dense[term->id] == 0)
            g_array_append_val (ids, term->id);
          dense[term->id] += term->weight;
        }
    }
  g_array_sort (ids, compare_ids);
  sum = g_array_sized_new (FALSE, FALSE, sizeof (CorStoryTerm), ids->len);
  for (guint k = 0; k < ids->len; k++)
    {
      guint id = g_array_index (ids, guint, k);
      CorStoryTerm term = { id, dense[id] };

      g_array_append_val (sum, term);
      dense[id] = 0;
    }
  return sum;
}

/* A story is named after the headline of the report nearest its middle:
 * the one whose vector is closest to the sum of its members' (@members,
 * indices of originals). */
static char *
story_title (CorFactTable *table,
             GArray      **vectors,
             const guint  *originals,
             const GArray *members,
             double       *dense)
{
  g_autoptr(GArray) sum = sum_vectors (vectors, members, dense);
  double best_score = -1;
  guint best = G_MAXUINT;

  for (guint m = 0; m < members->len; m++)
    {
      guint i = g_array_index (members, guint, m);
      const char *title = cor_source_get_title (g_ptr_array_index (table->sources, originals[i]));
      /* A report with a headline of its own names the story first. */
      double score = cor_story_cluster_dot (vectors[i], sum) + (title && *title ? 1e6 : 0);

      if (score > best_score + 1e-9)
        best_score = score, best = i;
    }
  if (best == G_MAXUINT)
    return NULL;
  return report_title (table, originals[best]);
}

static GPtrArray *
make_stories (CorFactTable *table,
              const guint  *story_of,
              guint         n_stories,
              GArray      **vectors,
              const guint  *originals,
              guint         n,
              guint         n_features)
{
  GPtrArray *stories = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_story_free);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autofree double *dense = g_new0 (double, MAX (n_features, 1));

  for (guint s = 0; s < n_stories; s++)
    {
      g_ptr_array_add (members, g_array_new (FALSE, FALSE, sizeof (guint)));
      g_ptr_array_add (stories, cor_story_new (NULL));
    }
  for (guint i = 0; i < n; i++)
    if (story_of[originals[i]] < n_stories)
      g_array_append_val (g_ptr_array_index (members, story_of[originals[i]]), i);
  for (guint i = 0; i < table->sources->len; i++)
    if (story_of[i] < n_stories)
      g_array_append_val (((CorStory *)g_ptr_array_index (stories, story_of[i]))->sources, i);
  for (guint s = 0; s < n_stories; s++)
    {
      CorStory *story = g_ptr_array_index (stories, s);
      char *title = story_title (table, vectors, originals, g_ptr_array_index (members, s), dense);

      /* A story the user made of copies alone has no original of its own. */
      if (title == NULL && story->sources->len > 0)
        title = report_title (table, g_array_index (story->sources, guint, 0));
      story->title = title;
    }
  return stories;
}

void
cor_stories_find (CorFactTable  *table,
                  CorStoryEdits *edits,
                  CorWords     **words,
                  guint          n_threads)
{
  guint n_sources, n = 0, n_features = 0, n_stories = 0;
  g_autofree guint *copy_of = NULL;
  g_autofree guint *originals = NULL;
  g_autofree guint *story_of = NULL;
  g_autofree guint *label = NULL;
  g_autofree CorWords **own_words = NULL;
  GArray **vectors;

  g_return_if_fail (table != NULL);

  n_sources = table->sources->len;
  if (words == NULL)
    {
      words = own_words = g_new0 (CorWords *, MAX (n_sources, 1));
      for (guint i = 0; i < n_sources; i++)
        {
          CorDocument *doc = g_ptr_array_index (table->documents, i);

          if (doc != NULL)
            own_words[i] = cor_words_new (doc->text, doc->length);
        }
    }
  copy_of = cor_copies_find (table, words, n_threads);
  originals = g_new (guint, MAX (n_sources, 1));
  for (guint i = 0; i < n_sources; i++)
    if (g_ptr_array_index (table->documents, i) != NULL && copy_of[i] == i)
      originals[n++] = i;

  vectors = build_vectors (table, words, originals, n, &n_features);
  /* Not needed past here: freed before the clustering takes its room. */
  for (guint i = 0; i < n_sources; i++)
    g_clear_pointer (&words[i], cor_words_free);
  label = cor_story_cluster (vectors, n, n_features, story_threshold (n));

  story_of = g_new (guint, MAX (n_sources, 1));
  for (guint i = 0; i < n_sources; i++)
    story_of[i] = COR_NO_STORY;
  for (guint i = 0; i < n; i++)
    {
      story_of[originals[i]] = label[i];
      n_stories = MAX (n_stories, label[i] + 1);
    }
  for (guint i = 0; i < n_sources; i++)
    if (g_ptr_array_index (table->documents, i) != NULL)
      story_of[i] = story_of[copy_of[i]];

  if (edits != NULL)
    n_stories = cor_story_edits_apply (edits, table, story_of, n_stories);
  n_stories = renumber (story_of, n_sources, n_stories);

  cor_fact_table_set_stories (table, make_stories (table, story_of, n_stories, vectors, originals, n, n_features),
                              story_of, copy_of);
  for (guint i = 0; i < n; i++)
    g_array_unref (vectors[i]);
  g_free (vectors);
}

void
cor_stories_stamp_facts (CorFactTable *table)
{
  g_return_if_fail (table != NULL);

  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);
      CorCell *first = fact->cells->len > 0 ? g_ptr_array_index (fact->cells, 0) : NULL;

      fact->story = first ? cor_fact_table_get_story (table, first->source) : COR_NO_STORY;
    }
}

static gboolean
states (CorCell *cell)
{
  return cell->status == COR_CELL_SUPPORTS || cell->status == COR_CELL_PARTIAL;
}

/* Past this many cells a fact's groups are sorted rather than each
 * compared with those before it: a fact of a thousand cells made half a
 * million comparisons for each export of its count. */
#define FEW_CELLS 32

guint
cor_stories_count_independent (CorFactTable *table,
                               CorFact      *fact)
{
  g_autoptr(GArray) groups = NULL;
  guint n = 0;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (fact != NULL, 0);

  if (fact->cells->len > FEW_CELLS)
    {
      groups = g_array_sized_new (FALSE, FALSE, sizeof (guint), fact->cells->len);
      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          guint group = cor_fact_table_get_copy_group (table, cell->source);

          if (states (cell))
            g_array_append_val (groups, group);
        }
      g_array_sort (groups, compare_ids);
      for (guint g = 0; g < groups->len; g++)
        n += g == 0 || g_array_index (groups, guint, g) != g_array_index (groups, guint, g - 1);
      return n;
    }

  /* Cells are few: a group counts at its first stating cell. */
  for (guint c = 0; c < fact->cells->len; c++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, c);
      guint group = cor_fact_table_get_copy_group (table, cell->source);
      gboolean seen = FALSE;

      if (!states (cell))
        continue;
      for (guint d = 0; d < c && !seen; d++)
        {
          CorCell *other = g_ptr_array_index (fact->cells, d);

          seen = states (other) && cor_fact_table_get_copy_group (table, other->source) == group;
        }
      n += !seen;
    }
  return n;
}

gboolean
cor_stories_is_only_in (CorFactTable *table,
                        CorFact      *fact,
                        guint         source)
{
  CorCell *cell;
  guint group;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (fact != NULL, FALSE);

  cell = cor_fact_get_cell (fact, source);
  if (cell == NULL || !states (cell))
    return FALSE;
  group = cor_fact_table_get_copy_group (table, source);
  for (guint c = 0; c < fact->cells->len; c++)
    {
      CorCell *other = g_ptr_array_index (fact->cells, c);

      if (states (other) && cor_fact_table_get_copy_group (table, other->source) != group)
        return FALSE;
    }
  return TRUE;
}

guint
cor_stories_count_only_in (CorFactTable *table,
                           guint         source)
{
  guint n = 0;

  g_return_val_if_fail (table != NULL, 0);

  for (guint f = 0; f < table->facts->len; f++)
    n += cor_stories_is_only_in (table, g_ptr_array_index (table->facts, f), source);
  return n;
}

guint *
cor_stories_count_only_in_all (CorFactTable *table)
{
  guint *counts;

  g_return_val_if_fail (table != NULL, NULL);

  counts = g_new0 (guint, MAX (table->sources->len, 1));
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);
      guint group = G_MAXUINT, last = G_MAXUINT;
      gboolean one_group = TRUE;

      for (guint c = 0; c < fact->cells->len && one_group; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          guint mine = cor_fact_table_get_copy_group (table, cell->source);

          if (!states (cell))
            continue;
          if (group == G_MAXUINT)
            group = mine;
          one_group = mine == group;
        }
      if (group == G_MAXUINT || !one_group)
        continue;
      /* A report with two sentences in the row counts the fact once. */
      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          if (states (cell) && cell->source != last && cell->source < table->sources->len)
            counts[cell->source]++;
          if (states (cell))
            last = cell->source;
        }
    }
  return counts;
}

static CorCell *
copy_cell (const CorCell *cell,
           guint          source)
{
  CorCell *copy = cor_cell_new (source, cell->status);

  copy->note = g_strdup (cell->note);
  copy->overridden = cell->overridden;
  copy->narrower = cell->narrower;
  for (guint q = 0; q < cell->quotes->len; q++)
    {
      const CorQuote *quote = g_ptr_array_index (cell->quotes, q);

      g_ptr_array_add (copy->quotes, cor_quote_new (quote->text, quote->start, quote->end, quote->speaker));
    }
  for (guint v = 0; v < cell->values->len; v++)
    g_ptr_array_add (copy->values, cor_mention_copy (g_ptr_array_index (cell->values, v)));
  return copy;
}

static CorFact *
copy_fact (const CorFact *fact,
           const guint   *new_index)
{
  CorFact *copy = cor_fact_new ();

  copy->id = g_strdup (fact->id);
  copy->summary = g_strdup (fact->summary);
  copy->agreement = fact->agreement;
  copy->support = fact->support;
  copy->story = 0;
  for (guint v = 0; v < fact->values->len; v++)
    g_ptr_array_add (copy->values, cor_mention_copy (g_ptr_array_index (fact->values, v)));
  for (guint c = 0; c < fact->cells->len; c++)
    {
      const CorCell *cell = g_ptr_array_index (fact->cells, c);

      g_ptr_array_add (copy->cells, copy_cell (cell, new_index[cell->source]));
    }
  return copy;
}

CorFactTable *
cor_stories_new_table (CorFactTable *table,
                       guint         story)
{
  CorFactTable *sub;
  CorStory *from, *to;
  g_autofree guint *new_index = NULL;
  g_autofree guint *story_of = NULL;
  g_autofree guint *copy_of = NULL;
  GPtrArray *stories;
  char buf[16];

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (story < table->stories->len, NULL);

  sub = cor_fact_table_new ();
  from = g_ptr_array_index (table->stories, story);
  new_index = g_new (guint, MAX (table->sources->len, 1));
  story_of = g_new0 (guint, MAX (from->sources->len, 1));
  copy_of = g_new (guint, MAX (from->sources->len, 1));
  sub->numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  sub->story_offset = table->story_offset + story;
  for (guint i = 0; i < table->sources->len; i++)
    new_index[i] = G_MAXUINT;
  for (guint k = 0; k < from->sources->len; k++)
    {
      guint i = g_array_index (from->sources, guint, k);
      guint number = 0;

      new_index[i] = cor_fact_table_add_source (sub, g_ptr_array_index (table->sources, i),
                                                g_ptr_array_index (table->documents, i));
      sscanf (cor_fact_table_source_id (table, i, buf), "s%u", &number);
      g_array_append_val (sub->numbers, number);
    }
  for (guint k = 0; k < from->sources->len; k++)
    {
      guint original = new_index[cor_fact_table_get_copy_group (table, g_array_index (from->sources, guint, k))];

      /* A copy the user moved away from its original names itself. */
      copy_of[k] = original != G_MAXUINT ? original : k;
    }

  to = cor_story_new (from->title);
  for (guint k = 0; k < from->sources->len; k++)
    g_array_append_val (to->sources, k);
  stories = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_story_free);
  g_ptr_array_add (stories, to);
  cor_fact_table_set_stories (sub, stories, story_of, copy_of);

  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);

      if (fact->story == story)
        g_ptr_array_add (sub->facts, copy_fact (fact, new_index));
    }
  return sub;
}
