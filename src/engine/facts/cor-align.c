/* cor-align.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-align"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-align.h"
#include "cor-align-cluster.h"
#include "cor-align-private.h"
#include "cor-compare.h"
#include "cor-statement.h"
#include "cor-summary.h"
#include "cor-threads.h"

/* Candidate pairs come from each statement's rarest keys, and a key's
 * posting list is cut short, so the work grows with the number of
 * statements, not with its square. */
#define MAX_QUERY_KEYS    12
#define MAX_POSTINGS      64
#define MAX_CANDIDATES    24
#define SUMMARY_CHARS     120
/* Two statements with different amounts of the same kind state different
 * facts ("a €2 million heist", "a €103 million heist"), unless they are
 * otherwise near-identical, when the row shows the conflict. */
#define CLASH_FACTOR      0.2
#define CLASH_OVERLAP     0.75
/* How much a key no other statement has weighs in a statement's norm. */
#define UNIQUE_FACTOR     0.5
/* A key in this share of the reports, in this many statements of each on
 * average, is a word of the story, and weighs this much less. */
#define TOPIC_SHARE       0.75
#define TOPIC_REPEAT      2.0
#define TOPIC_FACTOR      0.5
/* A date nearly every report gives is the event's own day: every
 * statement about the event may carry it, so it says little about which
 * fact a statement states. */
#define EVENT_DAY_SHARE   0.75
#define EVENT_DAY_FACTOR  0.3
/* A headline shares a row only through a key at most this share of the
 * reports have: its few words are the story's commonest. */
#define HEADLINE_SHARE    0.5

typedef struct
{
  guint  id;
  guint  df;
  guint  sdf;           /* reports that have it */
  guint  last_source;   /* 1 + the last report counted in sdf */
} KeyInfo;

static const double kind_boost[] = {
  [COR_KEY_WORD] = 1.0,
  [COR_KEY_BIGRAM] = 0.4,
  [COR_KEY_NUMBER] = 1.5,
  [COR_KEY_VALUE] = 2.0,
  [COR_KEY_NAME] = 0.7,
  [COR_KEY_QUOTE] = 0.6,
  [COR_KEY_DATE] = 2.0,
};

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* A statement's few dozen key ids: insertion sort beats a general sort
 * that calls back for every comparison, and runs once per statement. */
#define INSERTION_SORT_MAX 64

static void
sort_guints (GArray *array)
{
  guint *v = (guint *)array->data;

  if (array->len > INSERTION_SORT_MAX)
    {
      g_array_sort (array, compare_guint);
      return;
    }
  for (guint i = 1; i < array->len; i++)
    {
      guint x = v[i], j = i;

      while (j > 0 && v[j - 1] > x)
        {
          v[j] = v[j - 1];
          j--;
        }
      v[j] = x;
    }
}

static int
compare_hashes (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  GPtrArray *hashes = data;
  guint x = *(const guint *)a, y = *(const guint *)b;
  int c = strcmp (g_ptr_array_index (hashes, x), g_ptr_array_index (hashes, y));

  return c != 0 ? c : (x < y ? -1 : x > y);
}

/* The documents in the order of a hash of their text, so that the table
 * does not depend on the order the reports were given in. */
static GArray *
document_order (CorFactTable *table)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) hashes = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; s < table->documents->len; s++)
    {
      CorDocument *doc = g_ptr_array_index (table->documents, s);

      g_ptr_array_add (hashes, doc ? g_compute_checksum_for_string (G_CHECKSUM_SHA256, doc->text, doc->length)
                                   : NULL);
      if (doc != NULL)
        g_array_append_val (order, s);
    }
  g_array_sort_with_data (order, compare_hashes, hashes);
  return order;
}

static void
array_unref0 (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

/* Paraphrases use one word with different endings or a re-/un- prefix
 * ("reorganise", "organisation"): a word key meets them at the root
 * Snowball leaves, without the prefix, cut to ROOT_CHARS. */
#define ROOT_CHARS        6
#define ROOT_MIN_REST     4

static const char *
word_root (const char *key,
           char       *buf,
           gsize       size)
{
  const char *stem = key + 1;
  gsize len;

  if (cor_key_kind (key) != COR_KEY_WORD)
    return key;
  for (const char *p = stem; *p; p++)
    if (!g_ascii_islower (*p))
      return key;
  if ((g_str_has_prefix (stem, "re") || g_str_has_prefix (stem, "un")) && strlen (stem + 2) >= ROOT_MIN_REST)
    stem += 2;
  len = MIN (strlen (stem), ROOT_CHARS);
  len = MIN (len, size - 2);
  buf[0] = key[0];
  memcpy (buf + 1, stem, len);
  buf[len + 1] = '\0';
  return buf;
}

static void
index_keys (Aligner *al)
{
  g_autoptr(GHashTable) vocabulary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n = al->statements->len;
  GArray *dfs = al->dfs = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) kinds = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GPtrArray) infos = g_ptr_array_new ();
  guint n_sources = 0, last = 0;

  al->ids = g_new0 (GArray *, n);
  for (guint i = 0; i < n; i++)
    {
      CorStatement *st = g_ptr_array_index (al->statements, i);
      GArray *ids = al->ids[i] = g_array_sized_new (FALSE, FALSE, sizeof (guint), st->keys->len);
      guint kept = 0;

      if (i == 0 || st->source + 1 != last)
        n_sources++, last = st->source + 1;
      for (guint k = 0; k < st->keys->len; k++)
        {
          char buf[ROOT_CHARS + 2];
          const char *key = word_root (g_ptr_array_index (st->keys, k), buf, sizeof buf);
          KeyInfo *info = g_hash_table_lookup (vocabulary, key);

          if (info == NULL)
            {
              guint zero = 0, kind = cor_key_kind (key);

              info = g_new0 (KeyInfo, 1);
              info->id = dfs->len;
              g_hash_table_insert (vocabulary, g_strdup (key), info);
              g_ptr_array_add (infos, info);
              g_array_append_val (dfs, zero);
              g_array_append_val (kinds, kind);
            }
          g_array_append_val (ids, info->id);
        }
      /* Two words of a statement may share a root: it counts once. */
      sort_guints (ids);
      for (guint k = 0; k < ids->len; k++)
        {
          guint id = g_array_index (ids, guint, k);
          KeyInfo *info = g_ptr_array_index (infos, id);

          if (kept > 0 && g_array_index (ids, guint, kept - 1) == id)
            continue;
          g_array_index (ids, guint, kept++) = id;
          g_array_index (dfs, guint, id)++;
          /* Statements come grouped by report. */
          if (info->last_source != st->source + 1)
            {
              info->last_source = st->source + 1;
              info->sdf++;
            }
        }
      g_array_set_size (ids, kept);
    }

  al->rare = g_new0 (gboolean, dfs->len);
  al->weights = g_array_sized_new (FALSE, FALSE, sizeof (double), dfs->len);
  al->postings = g_ptr_array_new_full (dfs->len, array_unref0);
  for (guint k = 0; k < dfs->len; k++)
    {
      guint df = g_array_index (dfs, guint, k);
      const KeyInfo *info = g_ptr_array_index (infos, k);
      double w = log ((double)(n + 1) / df) * kind_boost[g_array_index (kinds, guint, k)];

      /* The story's own words (the leaders, "the call") recur in most
       * reports and in several statements of each: they say which story
       * a sentence is from, not which fact it states. */
      if (n_sources > 1 && info->sdf >= MAX (2.0, TOPIC_SHARE * n_sources) && df >= TOPIC_REPEAT * info->sdf)
        w *= TOPIC_FACTOR;
      else if (g_array_index (kinds, guint, k) == COR_KEY_DATE && n_sources > 2
               && info->sdf >= EVENT_DAY_SHARE * n_sources)
        w *= EVENT_DAY_FACTOR;
      al->rare[k] = info->sdf <= HEADLINE_SHARE * n_sources;

      g_array_append_val (al->weights, w);
      g_ptr_array_add (al->postings, df > 1 ? g_array_new (FALSE, FALSE, sizeof (guint)) : NULL);
    }
  /* Postings in rank order, cut short for the commonest keys. */
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < al->ids[i]->len; k++)
      {
        GArray *list = g_ptr_array_index (al->postings, g_array_index (al->ids[i], guint, k));

        if (list != NULL && list->len < MAX_POSTINGS)
          g_array_append_val (list, i);
      }

  al->weights2 = g_new (double, dfs->len);
  for (guint k = 0; k < dfs->len; k++)
    al->weights2[k] = g_array_index (al->weights, double, k) * g_array_index (al->weights, double, k);
  al->source_of = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    al->source_of[i] = ((CorStatement *)g_ptr_array_index (al->statements, i))->source;
  al->norms = g_new0 (double, n);
  al->can_clash = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    {
      double sum = 0;

      for (guint k = 0; k < al->ids[i]->len; k++)
        {
          guint id = g_array_index (al->ids[i], guint, k);
          double w = g_array_index (al->weights, double, id);

          /* Words no other statement has cannot match; they dilute a
           * paraphrase less than words another report uses differently. */
          if (g_array_index (al->dfs, guint, id) == 1)
            w *= UNIQUE_FACTOR;
          sum += w * w;
        }
      al->norms[i] = sqrt (sum);
      al->can_clash[i] = cor_compare_can_clash (g_ptr_array_index (al->statements, i));
    }
}

/* The cosine from the weight the two statements share, once the keys are
 * summed; 0 when they cannot share a row. */
static double
finish_similarity (Aligner  *al,
                   guint     a,
                   guint     b,
                   double    shared,
                   gboolean  rare)
{
  CorStatement *sa = g_ptr_array_index (al->statements, a);
  CorStatement *sb = g_ptr_array_index (al->statements, b);

  if (al->norms[a] == 0 || al->norms[b] == 0 || !rare)
    return 0;
  if (shared > 0 && al->can_clash[a] && al->can_clash[b] && cor_compare_values_clash (sa, sb) && cor_compare_word_overlap (sa, sb) < CLASH_OVERLAP)
    shared *= CLASH_FACTOR;
  /* Rounded so that the order of the sum never tips a decision. */
  return round (shared / (al->norms[a] * al->norms[b]) * 1e9) / 1e9;
}

static gboolean
may_share_row (Aligner *al,
               guint    a,
               guint    b)
{
  CorStatement *sa = g_ptr_array_index (al->statements, a);
  CorStatement *sb = g_ptr_array_index (al->statements, b);

  return sa->source != sb->source && sa->omission == sb->omission;
}

static gboolean
neither_headline (Aligner *al,
                  guint    a,
                  guint    b)
{
  return !((CorStatement *)g_ptr_array_index (al->statements, a))->headline
         && !((CorStatement *)g_ptr_array_index (al->statements, b))->headline;
}

/* Weighted cosine of two statements' keys; 0 when they cannot share a row. */
double
cor_aligner_similarity (Aligner *al,
                        guint    a,
                        guint    b)
{
  const guint *ka = (const guint *)al->ids[a]->data, *kb = (const guint *)al->ids[b]->data;
  guint na = al->ids[a]->len, nb = al->ids[b]->len;
  double shared = 0;
  guint i = 0, j = 0;
  gboolean rare;

  if (!may_share_row (al, a, b))
    return 0;
  rare = neither_headline (al, a, b);
  while (i < na && j < nb)
    {
      guint x = ka[i], y = kb[j];

      if (x == y)
        {
          shared += al->weights2[x];
          rare |= al->rare[x];
          i++, j++;
        }
      else if (x < y)
        i++;
      else
        j++;
    }
  return finish_similarity (al, a, b, shared, rare);
}

/* How many key ids there are: the size of a marks array. An aligner made
 * by hand (the tests) may have no vocabulary; its ids tell. */
guint
cor_aligner_n_keys (Aligner *al)
{
  guint n = 0;

  if (al->dfs != NULL)
    return al->dfs->len;
  for (guint i = 0; i < al->statements->len; i++)
    for (guint k = 0; k < al->ids[i]->len; k++)
      n = MAX (n, g_array_index (al->ids[i], guint, k) + 1);
  return n;
}

void
cor_aligner_mark (Aligner *al,
                  guint8  *marks,
                  guint    statement,
                  gboolean on)
{
  const guint *ids = (const guint *)al->ids[statement]->data;

  for (guint k = 0; k < al->ids[statement]->len; k++)
    marks[ids[k]] = on;
}

/* cor_aligner_similarity() when one of @a and @b has its keys set in
 * @marks (cor_aligner_mark()) and @scan is the other: one pass over
 * @scan's keys instead of a merge of both lists. The shared keys are met
 * in the same ascending order, so the sum is the same to the last bit. */
double
cor_aligner_similarity_marked (Aligner      *al,
                               const guint8 *marks,
                               guint         a,
                               guint         b,
                               guint         scan)
{
  const guint *ids = (const guint *)al->ids[scan]->data;
  guint n = al->ids[scan]->len;
  double shared = 0;
  gboolean rare;

  if (!may_share_row (al, a, b))
    return 0;
  rare = neither_headline (al, a, b);
  for (guint k = 0; k < n; k++)
    {
      guint x = ids[k];

      if (marks[x])
        {
          shared += al->weights2[x];
          rare |= al->rare[x];
        }
    }
  return finish_similarity (al, a, b, shared, rare);
}

typedef struct
{
  guint  id;
  guint  df;
} QueryKey;

static int
compare_query_keys (gconstpointer a,
                    gconstpointer b)
{
  const QueryKey *x = a, *y = b;

  if (x->df != y->df)
    return x->df < y->df ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static int
compare_by_score (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  const double *score = data;
  guint x = *(const guint *)a, y = *(const guint *)b;

  if (score[x] != score[y])
    return score[x] > score[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* Rarest first, as sort_guints() does it. */
static void
sort_query (GArray *query)
{
  QueryKey *v = (QueryKey *)query->data;

  if (query->len > INSERTION_SORT_MAX)
    {
      g_array_sort (query, compare_query_keys);
      return;
    }
  for (guint k = 1; k < query->len; k++)
    {
      QueryKey x = v[k];
      guint j = k;

      while (j > 0 && compare_query_keys (&v[j - 1], &x) > 0)
        {
          v[j] = v[j - 1];
          j--;
        }
      v[j] = x;
    }
}

static void
select_best (guint        *items,
             guint         n_items,
             const double *score,
             guint         k)
{
  guint n_best = 0;

  for (guint c = 0; c < n_items; c++)
    {
      guint j = items[c], at;

      if (n_best == k && compare_by_score (&j, &items[k - 1], (gpointer)score) >= 0)
        continue;
      /* Insertion into the sorted front; the one pushed out stays behind. */
      at = MIN (n_best, k - 1);
      items[c] = items[at];
      while (at > 0 && compare_by_score (&j, &items[at - 1], (gpointer)score) < 0)
        {
          items[at] = items[at - 1];
          at--;
        }
      items[at] = j;
      n_best = MIN (n_best + 1, k);
    }
}

/* The statements that share @i's rarest keys, into @touched (room for
 * every statement), the best MAX_CANDIDATES first; returns how many. */
static guint
find_candidates (Aligner *al,
                 guint    i,
                 double  *score,
                 guint   *touched,
                 GArray  *query)
{
  CorStatement *st = g_ptr_array_index (al->statements, i);
  guint n_touched = 0;

  g_array_set_size (query, 0);
  for (guint k = 0; k < al->ids[i]->len; k++)
    {
      QueryKey q = { g_array_index (al->ids[i], guint, k), 0 };

      q.df = g_array_index (al->dfs, guint, q.id);
      if (q.df > 1)
        g_array_append_val (query, q);
    }
  sort_query (query);
  for (guint k = 0; k < MIN (query->len, MAX_QUERY_KEYS); k++)
    {
      guint id = g_array_index (query, QueryKey, k).id;
      GArray *list = g_ptr_array_index (al->postings, id);
      const guint *postings = (const guint *)list->data;
      double w2 = al->weights2[id];

      for (guint p = 0; p < list->len; p++)
        {
          guint j = postings[p];

          if (al->source_of[j] == st->source
              || (al->table->stories->len > 1
                  && cor_fact_table_get_story (al->table, al->source_of[j])
                     != cor_fact_table_get_story (al->table, st->source)))
            continue;
          if (score[j] == 0)
            touched[n_touched++] = j;
          score[j] += w2;
        }
    }
  /* Only the best MAX_CANDIDATES are wanted: they go to the front, in
   * order, and the rest stay behind them unsorted (a full sort of a few
   * hundred statements per statement would cost more than the rest). */
  select_best (touched, n_touched, score, MAX_CANDIDATES);
  return n_touched;
}

int
cor_align_compare_pairs (gconstpointer a,
                         gconstpointer b)
{
  const Pair *x = a, *y = b;

  if (x->sim != y->sim)
    return x->sim > y->sim ? -1 : 1;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

static inline gboolean
pair_before (const Pair *x,
             const Pair *y)
{
  if (x->sim != y->sim)
    return x->sim > y->sim;
  if (x->a != y->a)
    return x->a < y->a;
  return x->b < y->b;
}

#define PAIR_RUN 16

static void
merge_pairs (Pair  *v,
             Pair  *tmp,
             gsize  n)
{
  gsize half = n / 2, i = 0, j = half, k = 0;

  if (n <= PAIR_RUN)
    {
      for (gsize a = 1; a < n; a++)
        {
          Pair x = v[a];
          gsize b = a;

          while (b > 0 && pair_before (&x, &v[b - 1]))
            {
              v[b] = v[b - 1];
              b--;
            }
          v[b] = x;
        }
      return;
    }
  merge_pairs (v, tmp, half);
  merge_pairs (v + half, tmp, n - half);
  if (!pair_before (&v[half], &v[half - 1]))
    return;
  while (i < half && j < n)
    tmp[k++] = pair_before (&v[j], &v[i]) ? v[j++] : v[i++];
  while (i < half)
    tmp[k++] = v[i++];
  memcpy (v, tmp, k * sizeof (Pair));
}

/* The order of cor_align_compare_pairs(), by a merge sort that compares
 * inline: hundreds of thousands of pairs at a thousand reports, where a
 * callback per comparison cost a third of finding them. */
void
cor_align_sort_pairs (GArray *pairs)
{
  g_autofree Pair *tmp = g_new (Pair, MAX (pairs->len, 1));

  merge_pairs ((Pair *)pairs->data, tmp, pairs->len);
}

typedef struct
{
  Aligner      *al;
  GCancellable *cancellable;
  guint         n_threads;
  guint         thread;
  GArray       *pairs;      /* Pair, found by this thread */
} PairJob;

/* Each thread takes every n-th statement, with its own scores. */
static gpointer
pair_worker (gpointer data)
{
  PairJob *job = data;
  Aligner *al = job->al;
  guint n = al->statements->len;
  g_autofree double *score = g_new0 (double, n);
  g_autofree guint *touched = g_new (guint, MAX (n, 1));
  g_autofree guint8 *marks = g_new0 (guint8, MAX (cor_aligner_n_keys (al), 1));
  g_autoptr(GArray) query = g_array_new (FALSE, FALSE, sizeof (QueryKey));

  for (guint i = job->thread; i < n && !g_cancellable_is_cancelled (job->cancellable); i += job->n_threads)
    {
      guint n_touched = find_candidates (al, i, score, touched, query);

      cor_aligner_mark (al, marks, i, TRUE);
      for (guint c = 0; c < n_touched; c++)
        {
          guint j = touched[c];
          Pair pair = { MIN (i, j), MAX (i, j), 0 };

          score[j] = 0;
          if (c >= MAX_CANDIDATES)
            continue;
          pair.sim = cor_aligner_similarity_marked (al, marks, pair.a, pair.b, j);
          if (pair.sim >= al->threshold)
            g_array_append_val (job->pairs, pair);
        }
      cor_aligner_mark (al, marks, i, FALSE);
    }
  return NULL;
}

static void
run_threads (GThreadFunc func,
             gpointer    jobs,
             gsize       job_size,
             guint       n_threads)
{
  g_autofree GThread **threads = g_new0 (GThread *, n_threads);

  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("cor-align", func, (char *)jobs + t * job_size);
  func (jobs);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
}

static GArray *
candidate_pairs (Aligner      *al,
                 guint         n_threads,
                 GCancellable *cancellable)
{
  g_autofree PairJob *jobs = g_new0 (PairJob, n_threads);
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  guint kept = 0;

  for (guint t = 0; t < n_threads; t++)
    jobs[t] = (PairJob) { al, cancellable, n_threads, t, g_array_new (FALSE, FALSE, sizeof (Pair)) };
  run_threads (pair_worker, jobs, sizeof (PairJob), n_threads);
  for (guint t = 0; t < n_threads; t++)
    {
      g_array_append_vals (pairs, jobs[t].pairs->data, jobs[t].pairs->len);
      g_array_unref (jobs[t].pairs);
    }
  /* Sorted, the pairs no longer depend on the threads; a pair found from
   * both ends is kept once. */
  cor_align_sort_pairs (pairs);
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *p = &g_array_index (pairs, Pair, i);

      if (kept == 0 || cor_align_compare_pairs (p, &g_array_index (pairs, Pair, kept - 1)) != 0)
        g_array_index (pairs, Pair, kept++) = *p;
    }
  g_array_set_size (pairs, kept);
  return pairs;
}

static gboolean
is_firm (const CorStatement *st)
{
  return st->certainty == COR_CERTAINTY_ASSERTED || st->certainty == COR_CERTAINTY_PLANNED;
}

/* The statement the others are compared with: on the side of the majority
 * when some deny it, firmly put when one is, and the most like the rest. */
static guint
pick_reference (Aligner *al,
                guint8  *marks,
                GArray  *members)
{
  guint negated = 0, best = 0;
  double best_score = -1;
  gboolean any_firm = FALSE;

  for (guint i = 0; i < members->len; i++)
    {
      CorStatement *st = g_ptr_array_index (al->statements, g_array_index (members, guint, i));
      negated += st->certainty == COR_CERTAINTY_NEGATED;
    }
  for (guint i = 0; i < members->len; i++)
    {
      CorStatement *st = g_ptr_array_index (al->statements, g_array_index (members, guint, i));
      any_firm |= is_firm (st) && (st->certainty == COR_CERTAINTY_NEGATED) == (negated * 2 > members->len);
    }
  for (guint i = 0; i < members->len; i++)
    {
      guint m = g_array_index (members, guint, i);
      CorStatement *st = g_ptr_array_index (al->statements, m);
      double score = 0;

      if ((st->certainty == COR_CERTAINTY_NEGATED) != (negated * 2 > members->len))
        continue;
      if (any_firm && !is_firm (st))
        continue;
      cor_aligner_mark (al, marks, m, TRUE);
      for (guint j = 0; j < MIN (members->len, 2 * MAX_LINK_MEMBERS); j++)
        if (j != i)
          {
            guint o = g_array_index (members, guint, j);

            score += cor_aligner_similarity_marked (al, marks, m, o, o);
          }
      cor_aligner_mark (al, marks, m, FALSE);
      if (score > best_score)
        best_score = score, best = m;
    }
  return best;
}

static CorCell *
make_cell (CorStatement *st,
           CorStatement *reference)
{
  g_autofree char *note = NULL;
  CorCellStatus status = cor_compare_statements (st, reference, &note);
  CorCell *cell = cor_cell_new (st->source, status);

  cell->note = g_steal_pointer (&note);
  g_ptr_array_add (cell->quotes, cor_quote_new (st->text, st->start, st->end, st->speaker));
  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);

      if (cor_mention_kind_is_value (m->kind))
        g_ptr_array_add (cell->values, cor_mention_copy (m));
    }
  return cell;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const CorCell *x = *(const CorCell * const *)a, *y = *(const CorCell * const *)b;

  return x->source < y->source ? -1 : x->source > y->source;
}

typedef struct
{
  CorFact *fact;
  double   position;   /* mean relative position of its statements in their reports */
  guint    first;      /* rank of its first statement */
} Row;

static Row
make_row (Aligner *al,
          guint8  *marks,
          GArray  *members)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new ();
  CorStatement *reference = g_ptr_array_index (al->statements, pick_reference (al, marks, members));
  Row row = { cor_fact_new (), 0, g_array_index (members, guint, 0) };

  for (guint i = 0; i < members->len; i++)
    {
      CorStatement *st = g_ptr_array_index (al->statements, g_array_index (members, guint, i));

      g_ptr_array_add (statements, st);
      g_ptr_array_add (row.fact->cells, make_cell (st, reference));
      row.position += (st->index + 0.5) / al->n_in_doc[st->source];
    }
  row.position /= members->len;
  g_ptr_array_sort (row.fact->cells, compare_cells);
  g_ptr_array_unref (row.fact->values);
  row.fact->values = cor_compare_row_values (statements);
  row.fact->summary = cor_summary_from_text (reference->text, SUMMARY_CHARS);
  cor_fact_update_agreement (row.fact);
  return row;
}

typedef struct
{
  Aligner      *al;
  GPtrArray    *clusters;
  Row          *slots;      /* per cluster; no fact where there is none */
  GCancellable *cancellable;
  guint         n_threads;
  guint         thread;
} RowJob;

static gpointer
row_worker (gpointer data)
{
  RowJob *job = data;
  g_autofree guint8 *marks = g_new0 (guint8, MAX (cor_aligner_n_keys (job->al), 1));

  for (guint c = job->thread; c < job->clusters->len; c += job->n_threads)
    {
      Cluster *cluster = g_ptr_array_index (job->clusters, c);

      if (g_cancellable_is_cancelled (job->cancellable))
        break;
      if (cluster != NULL)
        job->slots[c] = make_row (job->al, marks, cluster->members);
    }
  return NULL;
}

/* Each row is made on its own, on every core, and kept in the clusters'
 * order, so the table is the same on any number of threads. */
static void
make_rows (Aligner      *al,
           GPtrArray    *clusters,
           GArray       *rows,
           guint         n_threads,
           GCancellable *cancellable)
{
  g_autofree Row *slots = g_new0 (Row, MAX (clusters->len, 1));
  g_autofree RowJob *jobs = g_new0 (RowJob, n_threads);

  for (guint t = 0; t < n_threads; t++)
    jobs[t] = (RowJob) { al, clusters, slots, cancellable, n_threads, t };
  run_threads (row_worker, jobs, sizeof (RowJob), n_threads);
  for (guint c = 0; c < clusters->len; c++)
    if (slots[c].fact != NULL)
      g_array_append_val (rows, slots[c]);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;

  if (x->fact->support != y->fact->support)
    return x->fact->support > y->fact->support ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* Each report's statements are independent of the others', so they are
 * read on every core, each thread with its own stemmer; every report's
 * list lands in its own slot, so the order is the same on any number of
 * threads. */
typedef struct
{
  CorFactTable  *table;
  GArray        *order;
  GPtrArray    **slots;     /* per position in order */
  GCancellable  *cancellable;
  guint          n_threads;
  guint          thread;
} StatementJob;

static gpointer
statement_worker (gpointer data)
{
  StatementJob *job = data;
  g_autoptr(CorStemmer) stemmer = cor_stemmer_new ();

  for (guint o = job->thread; o < job->order->len; o += job->n_threads)
    {
      guint s = g_array_index (job->order, guint, o);

      if (g_cancellable_is_cancelled (job->cancellable))
        break;
      job->slots[o] = cor_statements_extract (g_ptr_array_index (job->table->documents, s), s, stemmer);
    }
  return NULL;
}

/* A thread is not worth starting for fewer than 8 items. */
static guint
n_threads_for (const CorAnalysisOptions *options,
               guint                     n_items)
{
  return cor_threads_count (options->n_threads, n_items, 8);
}

static void
collect_statements (Aligner                  *al,
                    CorFactTable             *table,
                    const CorAnalysisOptions *options,
                    GCancellable             *cancellable)
{
  g_autoptr(GArray) order = document_order (table);
  guint n_threads = n_threads_for (options, order->len);
  g_autofree GPtrArray **slots = g_new0 (GPtrArray *, MAX (order->len, 1));
  g_autofree StatementJob *jobs = g_new0 (StatementJob, n_threads);

  for (guint t = 0; t < n_threads; t++)
    jobs[t] = (StatementJob) { table, order, slots, cancellable, n_threads, t };
  run_threads (statement_worker, jobs, sizeof (StatementJob), n_threads);

  al->statements = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_statement_free);
  al->n_in_doc = g_new0 (guint, table->documents->len);
  for (guint o = 0; o < order->len; o++)
    {
      guint s = g_array_index (order, guint, o);
      GPtrArray *sts = slots[o];

      if (sts == NULL)
        continue;
      al->n_in_doc[s] = sts->len;
      for (guint i = 0; i < sts->len; i++)
        g_ptr_array_add (al->statements, g_steal_pointer (&g_ptr_array_index (sts, i)));
      g_ptr_array_set_free_func (sts, NULL);
      g_ptr_array_unref (sts);
    }
}

static void
aligner_clear (Aligner *al)
{
  for (guint i = 0; al->ids && i < al->statements->len; i++)
    g_array_unref (al->ids[i]);
  g_free (al->ids);
  g_free (al->norms);
  g_free (al->can_clash);
  g_free (al->weights2);
  g_free (al->rare);
  g_free (al->source_of);
  g_free (al->n_in_doc);
  g_clear_pointer (&al->dfs, g_array_unref);
  g_clear_pointer (&al->weights, g_array_unref);
  g_clear_pointer (&al->postings, g_ptr_array_unref);
  g_clear_pointer (&al->statements, g_ptr_array_unref);
}

void
cor_align_build (CorFactTable             *table,
                 const CorAnalysisOptions *options,
                 GCancellable             *cancellable)
{
  static const CorAnalysisOptions defaults = COR_ANALYSIS_OPTIONS_INIT;
  Aligner al = { 0 };
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GPtrArray) clusters = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));

  g_return_if_fail (table != NULL);

  if (options == NULL)
    options = &defaults;
  /* Strictness moves the bar a pair of statements must clear to share a row. */
  al.threshold = 0.04 + 0.24 * CLAMP (options->strictness, 0.0, 1.0);
  /* Rows merge when their statements resemble each other on average
   * nearly as much as a pair must: a looser average let one sentence
   * about the call glue two facts about it together. */
  al.link_min = 0.75 * al.threshold;

  al.table = table;
  collect_statements (&al, table, options, cancellable);
  index_keys (&al);
  pairs = candidate_pairs (&al, n_threads_for (options, al.statements->len / 64), cancellable);
  clusters = cor_align_cluster (&al, pairs);

  make_rows (&al, clusters, rows, n_threads_for (options, clusters->len / 64), cancellable);
  g_array_sort (rows, compare_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CorFact *fact = g_array_index (rows, Row, i).fact;

      fact->id = g_strdup_printf ("f%u", i + 1);
      g_ptr_array_add (table->facts, fact);
    }
  aligner_clear (&al);
}
