/* cor-copies.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-copies"

#include "config.h"

#include <string.h>

#include "cor-copies.h"
#include "cor-threads.h"
#include "cor-words.h"

/* A report is cut into shingles of SHINGLE_WORDS words of one paragraph;
 * MinHash keeps N_HASHES minima of them, and each band of BAND_ROWS minima
 * is a bucket key: two reports that share most of their shingles very likely share a
 * bucket (locality-sensitive hashing), so the work grows with the number
 * of reports, not with its square. A shared bucket is only a candidate:
 * the shingles themselves decide. */
#define SHINGLE_WORDS   4
#define HASH_BITS       6
#define N_HASHES        (1 << HASH_BITS)
#define BAND_ROWS       2
#define N_BANDS         (N_HASHES / BAND_ROWS)
/* Each report is checked against at most this many earlier members of a
 * bucket (a bucket of a thousand copies costs a thousand checks). */
#define BUCKET_CHECKS   4
/* A copy: this share of the shorter report's shingles is in the longer
 * one, and the shorter keeps at least this share of the longer. Two
 * outlets' rewrites of one agency text keep less than that. */
#define MIN_CONTAINMENT 0.9
#define MIN_SIZE_RATIO  0.3
/* Such a pair's Jaccard index is at least 0.26; below this share of equal
 * minima (64 of them: a margin of three standard deviations) the shingles
 * are not compared. */
#define MIN_SHARED_MINIMA 0.1

typedef struct
{
  GArray  *shingles;             /* guint64, sorted, distinct */
  guint64  minhash[N_HASHES];
} Sketch;

static inline guint64
mix64 (guint64 x)
{
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  x ^= x >> 33;
  return x;
}

static int
compare_guint64 (gconstpointer a,
                 gconstpointer b)
{
  guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;

  return x < y ? -1 : x > y;
}

static GArray *
shingles_of (const CorWords *words)
{
  const char *text = words->text;
  /* At most a shingle a word: never grown. */
  GArray *shingles = g_array_sized_new (FALSE, FALSE, sizeof (guint64), words->n_words);
  guint32 window[SHINGLE_WORDS] = { 0 };
  guint n = 0, kept = 0;

  for (guint i = 0; i < words->n_words; i++)
    {
      const CorWord *w = &words->words[i];
      guint64 h = 0;

      /* A shingle never spans two paragraphs: a dropped paragraph then
       * costs only its own shingles. */
      if (w->flags & COR_WORD_FLAG_NEWLINE_BEFORE)
        n = 0;
      if (w->type == COR_WORD_PUNCT)
        continue;
      window[n++ % SHINGLE_WORDS] = cor_word_hash (text + w->start, w->end - w->start);
      if (n < SHINGLE_WORDS)
        continue;
      for (guint k = 0; k < SHINGLE_WORDS; k++)
        h = mix64 (h ^ window[(n + k) % SHINGLE_WORDS]);
      g_array_append_val (shingles, h);
    }
  g_array_sort (shingles, compare_guint64);
  for (guint i = 0; i < shingles->len; i++)
    if (kept == 0 || g_array_index (shingles, guint64, i) != g_array_index (shingles, guint64, kept - 1))
      g_array_index (shingles, guint64, kept++) = g_array_index (shingles, guint64, i);
  g_array_set_size (shingles, kept);
  return shingles;
}

/* One permutation hashing: each shingle's hash falls in one of N_HASHES
 * bins by its top bits, and each bin keeps its least; a single hash per
 * shingle, where N_HASHES hash functions would cost N_HASHES. A bin no
 * shingle fell in stays at G_MAXUINT64: two short reports may then share a
 * bucket by chance, and the shingles tell them apart. */
static void
sketch_init (Sketch         *sketch,
             const CorWords *words)
{
  sketch->shingles = shingles_of (words);
  for (guint k = 0; k < N_HASHES; k++)
    sketch->minhash[k] = G_MAXUINT64;
  for (guint i = 0; i < sketch->shingles->len; i++)
    {
      guint64 h = mix64 (g_array_index (sketch->shingles, guint64, i));
      guint bin = h >> (64 - HASH_BITS);

      sketch->minhash[bin] = MIN (sketch->minhash[bin], h);
    }
}

typedef struct
{
  Sketch    *sketches;
  CorWords **words;
  guint     *readable;
} SketchJob;

/* Each report's sketch is its own, and for many short reports making
 * them is half the work of finding copies. */
#define SKETCHES_PER_THREAD 1000

static void
sketch_share (guint    start,
              guint    end,
              gpointer data)
{
  SketchJob *job = data;

  for (guint r = start; r < end; r++)
    sketch_init (&job->sketches[r], job->words[job->readable[r]]);
}

/* Both tests below stop as soon as their answer is known: on 100,000
 * near-identical reports, a million and a half pairs pass the first, and
 * nearly all of them fail the second within a few shingles. */
static gboolean
may_be_copy (const Sketch *a,
             const Sketch *b)
{
  guint equal = 0;

  for (guint k = 0; k < N_HASHES; k++)
    {
      equal += a->minhash[k] == b->minhash[k] && a->minhash[k] != G_MAXUINT64;
      if (equal >= MIN_SHARED_MINIMA * N_HASHES)
        return TRUE;
      /* Not enough minima left to reach it. */
      if (equal + (N_HASHES - 1 - k) < MIN_SHARED_MINIMA * N_HASHES)
        return FALSE;
    }
  return FALSE;
}

/* Whether the shorter of two reports is nearly all in the longer. */
static gboolean
is_copy (const Sketch *a,
         const Sketch *b)
{
  const guint64 *x = (const guint64 *)a->shingles->data, *y = (const guint64 *)b->shingles->data;
  guint nx = a->shingles->len, ny = b->shingles->len;
  guint shorter = MIN (nx, ny), shared = 0;
  double needed = MIN_CONTAINMENT * shorter;

  if (shorter == 0 || shorter < MIN_SIZE_RATIO * MAX (nx, ny))
    return FALSE;
  for (guint i = 0, j = 0; i < nx && j < ny;)
    {
      if (x[i] == y[j])
        shared++, i++, j++;
      else if (x[i] < y[j])
        i++;
      else
        j++;
      /* Every shingle left could match at most once. */
      if (shared + MIN (nx - i, ny - j) < needed)
        return FALSE;
    }
  return shared >= needed;
}

/* Two reports short enough that comparing their shingles costs less than
 * comparing their minima first. */
static gboolean
short_pair (const Sketch *a,
            const Sketch *b)
{
  return a->shingles->len + b->shingles->len <= N_HASHES;
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/* Whether @a should be named the original rather than @b. */
static gboolean
is_earlier (CorFactTable *table,
            guint         a,
            guint         b)
{
  CorSource *sa = g_ptr_array_index (table->sources, a);
  CorSource *sb = g_ptr_array_index (table->sources, b);
  const char *da = cor_source_get_published (sa), *db = cor_source_get_published (sb);
  gsize la = cor_source_get_text_length (sa), lb = cor_source_get_text_length (sb);

  /* A dated report comes before an undated one. */
  if ((da == NULL) != (db == NULL))
    return da != NULL;
  if (da != NULL && strcmp (da, db) != 0)
    return strcmp (da, db) < 0;
  if (la != lb)
    return la > lb;
  return a < b;
}

/* A bucket of one band: its key (first, so that the bucket is its own key
 * in a set of g_int64_hash()) and its last BUCKET_CHECKS members. */
typedef struct
{
  gint64 key;
  guint  last[BUCKET_CHECKS];
  guint  n_members;
} Bucket;

static void
add_candidate (guint *candidates,
               guint *n,
               guint  other)
{
  for (guint k = 0; k < *n; k++)
    if (candidates[k] == other)
      return;
  candidates[(*n)++] = other;
}

/* The earlier reports @r meets in its buckets, each once, into
 * @candidates; @r joins its buckets. */
static guint
meet (GHashTable   **buckets,
      const Sketch  *s,
      guint          r,
      guint         *candidates)
{
  guint n = 0;

  for (guint band = 0; band < N_BANDS; band++)
    {
      gint64 key = 0;
      Bucket *bucket;

      for (guint k = 0; k < BAND_ROWS; k++)
        key = mix64 (key ^ s->minhash[band * BAND_ROWS + k]);
      bucket = g_hash_table_lookup (buckets[band], &key);
      if (bucket == NULL)
        {
          bucket = g_new0 (Bucket, 1);
          bucket->key = key;
          g_hash_table_add (buckets[band], bucket);
        }
      for (guint m = 0; m < MIN (bucket->n_members, BUCKET_CHECKS); m++)
        add_candidate (candidates, &n, bucket->last[(bucket->n_members - 1 - m) % BUCKET_CHECKS]);
      bucket->last[bucket->n_members++ % BUCKET_CHECKS] = r;
    }
  return n;
}

/* Two sketches are of one text when their shingles are the same; their
 * minima then are too, and are a digest of them. */
static guint
sketch_hash (gconstpointer key)
{
  const Sketch *s = key;
  guint64 h = s->shingles->len;

  for (guint k = 0; k < N_HASHES; k++)
    h = mix64 (h ^ s->minhash[k]);
  return (guint)h;
}

static gboolean
sketch_equal (gconstpointer a,
              gconstpointer b)
{
  const Sketch *x = a, *y = b;

  return x->shingles->len == y->shingles->len
         && memcmp (x->shingles->data, y->shingles->data, x->shingles->len * sizeof (guint64)) == 0;
}

/* Each report is compared with the last BUCKET_CHECKS earlier members of
 * each of its buckets, and joined to those it copies or is copied by. The
 * groups are the connected parts of those pairs, whatever the order they
 * are compared in: a report's pairs are gathered from all bands first, so
 * that a pair found in several bands is compared once without a set of
 * every pair (a quarter of the stage's time on 100,000 reports). */
static void
link_buckets (Sketch *sketches,
              guint   n,
              guint  *parent)
{
  GHashTable *buckets[N_BANDS];
  guint candidates[N_BANDS * BUCKET_CHECKS];
  g_autoptr(GHashTable) seen = g_hash_table_new (sketch_hash, sketch_equal);

  for (guint band = 0; band < N_BANDS; band++)
    buckets[band] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint r = 0; r < n; r++)
    {
      const Sketch *s = &sketches[r];
      const Sketch *same;
      guint n_candidates;

      if (s->shingles->len == 0)
        continue;
      /* The same text again is a copy, whatever the buckets hold: many
       * reports that differ only in their figures fill every bucket they
       * share, and its last members are not this one's twin. Nor does it
       * take a place in a bucket: its twin already has one. */
      same = g_hash_table_lookup (seen, s);
      if (same != NULL)
        {
          guint ra = find_root (parent, r), rb = find_root (parent, same - sketches);

          parent[MAX (ra, rb)] = MIN (ra, rb);
          continue;
        }
      g_hash_table_add (seen, (gpointer)s);
      n_candidates = meet (buckets, s, r, candidates);
      for (guint c = 0; c < n_candidates; c++)
        {
          guint other = candidates[c];
          guint ra = find_root (parent, r), rb = find_root (parent, other);

          if (ra != rb && (short_pair (s, &sketches[other]) || may_be_copy (s, &sketches[other]))
              && is_copy (s, &sketches[other]))
            parent[MAX (ra, rb)] = MIN (ra, rb);
        }
    }

  for (guint band = 0; band < N_BANDS; band++)
    g_hash_table_unref (buckets[band]);
}

guint *
cor_copies_find (CorFactTable  *table,
                 CorWords     **words,
                 guint          n_threads)
{
  guint n_sources, n = 0;
  SketchJob job;
  g_autofree guint *readable = NULL;
  g_autofree guint *parent = NULL;
  g_autofree Sketch *sketches = NULL;
  guint *copy_of;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (words != NULL, NULL);

  n_sources = table->sources->len;
  copy_of = g_new (guint, MAX (n_sources, 1));
  readable = g_new (guint, MAX (n_sources, 1));
  for (guint i = 0; i < n_sources; i++)
    {
      copy_of[i] = i;
      if (g_ptr_array_index (table->documents, i) != NULL)
        readable[n++] = i;
    }

  sketches = g_new0 (Sketch, MAX (n, 1));
  parent = g_new (guint, MAX (n, 1));
  job = (SketchJob) { sketches, words, readable };
  cor_threads_split (n_threads, n, SKETCHES_PER_THREAD, sketch_share, &job);
  for (guint r = 0; r < n; r++)
    parent[r] = r;
  link_buckets (sketches, n, parent);

  /* Each group's original, then every member names it. */
  for (guint r = 0; r < n; r++)
    {
      guint root = find_root (parent, r);

      if (is_earlier (table, readable[r], copy_of[readable[root]]))
        copy_of[readable[root]] = readable[r];
    }
  for (guint r = 0; r < n; r++)
    copy_of[readable[r]] = copy_of[readable[find_root (parent, r)]];

  for (guint r = 0; r < n; r++)
    g_array_unref (sketches[r].shingles);
  return copy_of;
}
