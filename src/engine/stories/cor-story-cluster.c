/* cor-story-cluster.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-story-cluster"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-story-cluster.h"

/* Candidate pairs come from each report's heaviest features, and a
 * feature's posting list is cut short, so the work grows with the number
 * of reports, not with its square. */
#define QUERY_TERMS   48
#define MAX_POSTINGS  512
/* Of the reports those features find, the cosine is taken with the best
 * this many by the weight they share there. */
#define MAX_CANDIDATES 24

typedef struct
{
  double sim;
  guint  a, b;
  guint  version_a, version_b;
} Edge;

typedef struct
{
  GArray     *sum;         /* CorStoryTerm: the sum of the members' vectors */
  guint       size;
  guint       version;
} Group;

typedef struct
{
  guint  doc;
  double weight;
} Posting;

/* The weight of @id in @terms (sorted), or 0. */
static double
find_weight (const CorStoryTerm *terms,
             guint               n,
             guint               id)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (terms[mid].id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < n && terms[lo].id == id ? terms[lo].weight : 0;
}

double
cor_story_cluster_dot (GArray *a,
                       GArray *b)
{
  const CorStoryTerm *x = (const CorStoryTerm *)a->data, *y = (const CorStoryTerm *)b->data;
  double dot = 0;

  /* A group's sum has thousands of features, a report a few hundred. */
  if (a->len > 16 * b->len || b->len > 16 * a->len)
    {
      GArray *small = a->len < b->len ? a : b, *large = small == a ? b : a;
      const CorStoryTerm *s = (const CorStoryTerm *)small->data;

      for (guint i = 0; i < small->len; i++)
        dot += s[i].weight * find_weight ((const CorStoryTerm *)large->data, large->len, s[i].id);
      return dot;
    }

  for (guint i = 0, j = 0; i < a->len && j < b->len;)
    {
      if (x[i].id == y[j].id)
        dot += x[i++].weight * y[j++].weight;
      else if (x[i].id < y[j].id)
        i++;
      else
        j++;
    }
  return dot;
}

static GArray *
add_vectors (GArray *a,
             GArray *b)
{
  const CorStoryTerm *x = (const CorStoryTerm *)a->data, *y = (const CorStoryTerm *)b->data;
  GArray *sum = g_array_sized_new (FALSE, FALSE, sizeof (CorStoryTerm), a->len + b->len);
  guint i = 0, j = 0;

  while (i < a->len || j < b->len)
    {
      CorStoryTerm t;

      if (j == b->len || (i < a->len && x[i].id < y[j].id))
        t = x[i++];
      else if (i == a->len || y[j].id < x[i].id)
        t = y[j++];
      else
        t = (CorStoryTerm) { x[i].id, x[i].weight + y[j].weight }, i++, j++;
      g_array_append_val (sum, t);
    }
  return sum;
}

/* A max-heap of edges, the best first; ties go to the lower indices. */
static gboolean
edge_before (const Edge *x,
             const Edge *y)
{
  if (x->sim != y->sim)
    return x->sim > y->sim;
  if (x->a != y->a)
    return x->a < y->a;
  return x->b < y->b;
}

static void
heap_push (GArray *heap,
           Edge    edge)
{
  guint i = heap->len;
  Edge *e;

  g_array_append_val (heap, edge);
  e = (Edge *)heap->data;
  while (i > 0 && edge_before (&e[i], &e[(i - 1) / 2]))
    {
      Edge tmp = e[i];

      e[i] = e[(i - 1) / 2];
      e[(i - 1) / 2] = tmp;
      i = (i - 1) / 2;
    }
}

static Edge
heap_pop (GArray *heap)
{
  Edge *e = (Edge *)heap->data;
  Edge top = e[0];
  guint i = 0, n = heap->len - 1;

  e[0] = e[n];
  g_array_set_size (heap, n);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, best = i;
      Edge tmp;

      if (l < n && edge_before (&e[l], &e[best]))
        best = l;
      if (r < n && edge_before (&e[r], &e[best]))
        best = r;
      if (best == i)
        break;
      tmp = e[i], e[i] = e[best], e[best] = tmp;
      i = best;
    }
  return top;
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/* Mean cosine of the members of two groups: the dot product of their
 * sums over the number of pairs. Rounded so that the order of a sum never
 * tips a decision. */
static double
linkage (Group *a,
         Group *b)
{
  double mean = cor_story_cluster_dot (a->sum, b->sum) / ((double)a->size * b->size);

  return round (mean * 1e9) / 1e9;
}

/* Heavier first; ties by id. */
static inline gboolean
term_before (const CorStoryTerm *x,
             const CorStoryTerm *y)
{
  return x->weight != y->weight ? x->weight > y->weight : x->id < y->id;
}

/* The @k heaviest terms of @vector into @query, heaviest first: the order
 * a sort of the whole vector by term_before() gives them, where copying
 * and sorting every vector took a sixth of the search for pairs on
 * 100,000 reports. Returns how many. */
static guint
heaviest_terms (GArray       *vector,
                CorStoryTerm *query,
                guint         k)
{
  const CorStoryTerm *terms = (const CorStoryTerm *)vector->data;
  guint n = 0;

  for (guint i = 0; i < vector->len; i++)
    {
      guint at;

      if (n == k && !term_before (&terms[i], &query[k - 1]))
        continue;
      at = MIN (n, k - 1);
      while (at > 0 && term_before (&terms[i], &query[at - 1]))
        {
          query[at] = query[at - 1];
          at--;
        }
      query[at] = terms[i];
      n = MIN (n + 1, k);
    }
  return n;
}

static inline gboolean
scores_before (const double *score,
               guint         x,
               guint         y)
{
  return score[x] != score[y] ? score[x] > score[y] : x < y;
}

/* Moves the best @k of @items (by @score) to the front, in order, and
 * sets the score of every other item back to 0 as it leaves the best or
 * is passed over (a second run over thousands of items a vector to clear
 * them cost as much again; the weights are positive, so a touched item's
 * score is never 0 and it is in @items once). Most items are no better than the last of the
 * best, whose score is kept at hand: a run over thousands of items a
 * vector reads each item's score once. */
static void
select_best (guint  *items,
             guint   n,
             double *score,
             guint   k)
{
  guint n_best = 0, last = 0;
  double last_score = 0;

  for (guint i = 0; i < n; i++)
    {
      guint item = items[i], at;
      double item_score = score[item];

      if (n_best == k && (item_score != last_score ? item_score < last_score : item > last))
        {
          score[item] = 0;
          continue;
        }
      at = MIN (n_best, k - 1);
      /* The one it pushes out of the best goes where @item was. */
      if (n_best == k)
        score[items[at]] = 0;
      items[i] = items[at];
      while (at > 0 && scores_before (score, item, items[at - 1]))
        {
          items[at] = items[at - 1];
          at--;
        }
      items[at] = item;
      n_best = MIN (n_best + 1, k);
      last = items[n_best - 1];
      last_score = score[last];
    }
}

static gboolean
was_chosen (const guint *chosen,
            guint        n_chosen,
            guint        i)
{
  for (guint k = 0; k < n_chosen; k++)
    if (chosen[k] == i)
      return TRUE;
  return FALSE;
}

/* Adds @weight times each of the @n postings' weight to its document's
 * score, but @self's; a document scored for the first time is @touched.
 * Returns the number touched. A function of its own, so that the arrays
 * are in registers: in find_edges() the stores to @score may alias
 * anything (the build has -fno-strict-aliasing), and every reload of a
 * pointer is one more check under the sanitizers. This loop runs 600
 * million times on 100,000 reports. */
static guint
accumulate (const Posting *posting,
            guint          n,
            double         weight,
            guint          self,
            double        *score,
            guint         *touched,
            guint          n_touched)
{
  for (const Posting *end = posting + n; posting < end; posting++)
    {
      guint doc = posting->doc;

      if (doc == self)
        continue;
      if (score[doc] == 0)
        touched[n_touched++] = doc;
      score[doc] += weight * posting->weight;
    }
  return n_touched;
}

/* The 16 bits of @edge's sort key at @digit (0 the lowest): the key is
 * its similarity's bits (made to order as the numbers do, highest
 * first), then a, then b, so that the key's order is edge_before()'s. */
static inline guint
edge_digit (const Edge *edge,
            guint       digit)
{
  double sim = edge->sim == 0 ? 0 : edge->sim;   /* -0 is 0 */
  guint64 bits;

  if (digit < 2)
    return (edge->b >> (16 * digit)) & 0xffff;
  if (digit < 4)
    return (edge->a >> (16 * (digit - 2))) & 0xffff;
  memcpy (&bits, &sim, sizeof bits);
  bits = bits >> 63 ? ~bits : bits | G_GUINT64_CONSTANT (0x8000000000000000);
  return (~bits >> (16 * (digit - 4))) & 0xffff;
}

/* Sorts @edges in edge_before()'s order, 16 bits of the key at a time
 * from the lowest (a stable radix sort; a pass where every edge has the
 * same digit is skipped). A merge sort of millions of pairs, each
 * comparison a call, took a sixth of the search for pairs on 100,000
 * reports. */
static void
sort_edges (GArray *edges)
{
  guint n = edges->len;
  g_autofree guint *count = NULL;
  g_autofree Edge *spare = NULL;
  Edge *from = (Edge *)edges->data, *to;

  if (n < 2)
    return;
  count = g_new (guint, 1 << 16);
  to = spare = g_new (Edge, n);
  for (guint digit = 0; digit < 8; digit++)
    {
      guint sum = 0;
      Edge *swap;

      memset (count, 0, sizeof (guint) << 16);
      for (guint i = 0; i < n; i++)
        count[edge_digit (&from[i], digit)]++;
      if (count[edge_digit (&from[0], digit)] == n)
        continue;
      for (guint d = 0; d < 1 << 16; d++)
        {
          guint c = count[d];

          count[d] = sum;
          sum += c;
        }
      for (guint i = 0; i < n; i++)
        to[count[edge_digit (&from[i], digit)]++] = from[i];
      swap = from, from = to, to = swap;
    }
  if (from != (Edge *)edges->data)
    memcpy (edges->data, from, sizeof (Edge) * n);
}

/* The pairs of vectors whose cosine reaches @threshold, into @edges: for
 * each vector, the others its heaviest features find, scored by the weight
 * they share there, the best MAX_CANDIDATES measured. */
static void
find_edges (GArray  **vectors,
            guint     n,
            guint     n_features,
            double    threshold,
            GArray   *edges)
{
  /* Each feature's postings, one block for all: feature f's are
   * posting[start[f]] to posting[start[f] + count[f]]. */
  g_autofree guint *start = g_new0 (guint, (gsize)n_features + 1);
  g_autofree guint *count = g_new0 (guint, MAX (n_features, 1));
  g_autofree Posting *posting = NULL;
  g_autofree double *score = g_new0 (double, MAX (n, 1));
  g_autofree guint *touched = g_new (guint, MAX (n, 1));
  CorStoryTerm query[QUERY_TERMS];
  /* Each vector's best candidates: a pair is measured from the first of
   * its two vectors that chose the other, where a set of every pair took
   * a tenth of the stage's time on 100,000 reports. */
  g_autofree guint *chosen = g_new (guint, (gsize)MAX (n, 1) * MAX_CANDIDATES);
  g_autofree guint8 *n_chosen = g_new0 (guint8, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    for (guint t = 0; t < vectors[i]->len; t++)
      {
        guint id = g_array_index (vectors[i], CorStoryTerm, t).id;

        count[id] = MIN (count[id] + 1, MAX_POSTINGS);
      }
  for (guint f = 0; f < n_features; f++)
    start[f + 1] = start[f] + count[f];
  posting = g_new (Posting, MAX (start[n_features], 1));
  memset (count, 0, sizeof (guint) * MAX (n_features, 1));
  for (guint i = 0; i < n; i++)
    for (guint t = 0; t < vectors[i]->len; t++)
      {
        const CorStoryTerm *term = &g_array_index (vectors[i], CorStoryTerm, t);

        if (count[term->id] < MAX_POSTINGS)
          posting[start[term->id] + count[term->id]++] = (Posting) { i, term->weight };
      }

  for (guint i = 0; i < n; i++)
    {
      guint n_touched = 0, n_query = heaviest_terms (vectors[i], query, QUERY_TERMS);

      for (guint q = 0; q < n_query; q++)
        {
          const CorStoryTerm *term = &query[q];

          n_touched = accumulate (posting + start[term->id], count[term->id], term->weight, i, score, touched,
                                  n_touched);
        }
      select_best (touched, n_touched, score, MAX_CANDIDATES);
      n_chosen[i] = MIN (n_touched, MAX_CANDIDATES);
      for (guint k = 0; k < n_chosen[i]; k++)
        {
          guint j = touched[k];
          Edge edge = { 0, MIN (i, j), MAX (i, j), 0, 0 };

          score[j] = 0;
          chosen[(gsize)i * MAX_CANDIDATES + k] = j;
          if (j < i && was_chosen (chosen + (gsize)j * MAX_CANDIDATES, n_chosen[j], i))
            continue;
          edge.sim = round (cor_story_cluster_dot (vectors[i], vectors[j]) * 1e9) / 1e9;
          if (edge.sim >= threshold)
            g_array_append_val (edges, edge);
        }
    }
  sort_edges (edges);
}

/* The best pair left: the first of the sorted pairs not taken yet, or the
 * top of the heap of pairs measured again. Taken from one heap of all of
 * them, each pair cost as many cache misses as the heap is deep (a fifth
 * of the stage's time on 100,000 reports). The order is edge_before()'s
 * either way; two entries equal in it are one pair of groups at one
 * value, and whichever comes first, the groups are joined once, there. */
static gboolean
next_edge (GArray *sorted,
           guint  *taken,
           GArray *heap,
           Edge   *edge)
{
  const Edge *first = *taken < sorted->len ? &g_array_index (sorted, Edge, *taken) : NULL;

  if (heap->len > 0 && (first == NULL || edge_before (&g_array_index (heap, Edge, 0), first)))
    {
      *edge = heap_pop (heap);
      return TRUE;
    }
  if (first == NULL)
    return FALSE;
  *edge = *first;
  (*taken)++;
  return TRUE;
}

/* The versions of the last measure of each pair of groups (@a < @b): a
 * pair of two large groups has hundreds of stale pairs of members in the
 * heap, which all come up as that one pair. Once it is measured at its
 * groups' versions, and pushed if it reaches the threshold, measuring it
 * again would push a second copy of the same entry (96% of the pairs
 * measured again on 100,000 reports); the first copy is still in the
 * heap, since popped while both groups are unchanged it would have
 * joined them. */
typedef struct
{
  guint version_a;
  guint version_b;
} Versions;

typedef struct
{
  GHashTable *pairs;      /* a * n + b → index in @versions + 1 */
  GArray     *versions;   /* Versions */
  guint       n;
} Measured;

static gboolean
measured_already (Measured *measured,
                  Group    *groups,
                  guint     a,
                  guint     b)
{
  gpointer key = GSIZE_TO_POINTER ((gsize)a * measured->n + b);
  guint at = GPOINTER_TO_UINT (g_hash_table_lookup (measured->pairs, key));
  Versions now = { groups[a].version, groups[b].version };
  Versions *last;

  if (at == 0)
    {
      g_array_append_val (measured->versions, now);
      g_hash_table_insert (measured->pairs, key, GUINT_TO_POINTER (measured->versions->len));
      return FALSE;
    }
  last = &g_array_index (measured->versions, Versions, at - 1);
  if (last->version_a == now.version_a && last->version_b == now.version_b)
    return TRUE;
  *last = now;
  return FALSE;
}

/* Joins @b into @a. Their other pairs in the heap are measured again
 * when they come up: average linkage never rises by a join (the new group's
 * linkage to a third is a mean of its parts'), so a stale pair's value is
 * an upper bound, and the heap's best pair, once measured again, is still
 * the best there is. */
static void
join (Group *groups,
      guint *parent,
      guint  a,
      guint  b)
{
  GArray *sum = add_vectors (groups[a].sum, groups[b].sum);

  g_array_unref (groups[a].sum);
  groups[a].sum = sum;
  groups[a].size += groups[b].size;
  groups[a].version++;
  parent[b] = a;
  g_clear_pointer (&groups[b].sum, g_array_unref);
}

/* Identical vectors, compared term by term (a term's padding is never
 * read). */
static guint
vector_hash (gconstpointer key)
{
  const GArray *vector = key;
  guint hash = vector->len;

  for (guint t = 0; t < vector->len; t++)
    {
      const CorStoryTerm *term = &g_array_index (vector, CorStoryTerm, t);
      guint64 bits;

      memcpy (&bits, &term->weight, sizeof bits);
      hash = hash * 31 + term->id;
      hash = hash * 31 + (guint)(bits ^ (bits >> 32));
    }
  return hash;
}

static gboolean
vector_equal (gconstpointer a,
              gconstpointer b)
{
  const GArray *x = a, *y = b;

  if (x->len != y->len)
    return FALSE;
  for (guint t = 0; t < x->len; t++)
    {
      const CorStoryTerm *p = &g_array_index (x, CorStoryTerm, t), *q = &g_array_index (y, CorStoryTerm, t);

      if (p->id != q->id || p->weight != q->weight)
        return FALSE;
    }
  return TRUE;
}

/* @vector times @times. */
static GArray *
scale_vector (GArray *vector,
              guint   times)
{
  GArray *scaled = g_array_sized_new (FALSE, FALSE, sizeof (CorStoryTerm), vector->len);

  for (guint t = 0; t < vector->len; t++)
    {
      CorStoryTerm term = g_array_index (vector, CorStoryTerm, t);

      term.weight *= times;
      g_array_append_val (scaled, term);
    }
  return scaled;
}

/* The distinct vectors of @vectors into @unique, and the one each vector
 * is into @unique_of. Identical vectors whose cosine reaches @threshold
 * would be the first pairs joined, so they are one group from the start:
 * reports that differ only in what the vectors leave out (100,000 reports
 * of a few shapes are a few thousand vectors) are searched once. An empty
 * vector joins nothing and stays alone. Returns each one's count. */
static GArray *
unique_vectors (GArray   **vectors,
                guint      n,
                double     threshold,
                GPtrArray *unique,
                guint     *unique_of)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (vector_hash, vector_equal);
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n; i++)
    {
      gpointer at;
      guint one = 1;

      if (round (cor_story_cluster_dot (vectors[i], vectors[i]) * 1e9) / 1e9 >= threshold
          && g_hash_table_lookup_extended (seen, vectors[i], NULL, &at))
        {
          unique_of[i] = GPOINTER_TO_UINT (at);
          g_array_index (sizes, guint, unique_of[i])++;
          continue;
        }
      unique_of[i] = unique->len;
      g_hash_table_insert (seen, vectors[i], GUINT_TO_POINTER (unique->len));
      g_ptr_array_add (unique, vectors[i]);
      g_array_append_val (sizes, one);
    }
  return sizes;
}

guint *
cor_story_cluster (GArray **vectors,
                   guint    n,
                   guint    n_features,
                   double   threshold)
{
  g_autoptr(GPtrArray) unique = g_ptr_array_new ();
  g_autofree guint *unique_of = g_new (guint, MAX (n, 1));
  g_autoptr(GArray) sizes = unique_vectors (vectors, n, threshold, unique, unique_of);
  guint k = unique->len;
  g_autofree Group *groups = g_new0 (Group, MAX (k, 1));
  g_autofree guint *parent = g_new (guint, MAX (k, 1));
  g_autofree guint *number = g_new (guint, MAX (k, 1));
  /* At most MAX_CANDIDATES pairs a vector: never grown, where each
   * doubling of millions of pairs cost as many fresh pages. */
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (Edge), (gsize)k * MAX_CANDIDATES);
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (Edge));
  g_autoptr(GHashTable) pairs = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) versions = g_array_new (FALSE, FALSE, sizeof (Versions));
  Measured measured = { pairs, versions, k };
  Edge edge;
  guint taken = 0;
  guint *label = g_new (guint, MAX (n, 1));
  guint n_groups = 0;

  for (guint u = 0; u < k; u++)
    {
      guint size = g_array_index (sizes, guint, u);
      GArray *vector = g_ptr_array_index (unique, u);

      groups[u].sum = size == 1 ? g_array_ref (vector) : scale_vector (vector, size);
      groups[u].size = size;
      parent[u] = u;
      number[u] = G_MAXUINT;
    }
  find_edges ((GArray **)unique->pdata, k, n_features, threshold, sorted);

  while (next_edge (sorted, &taken, heap, &edge))
    {
      guint a = find_root (parent, edge.a), b = find_root (parent, edge.b);

      if (edge.sim < threshold)
        break;
      if (a == b)
        continue;
      if (a != edge.a || b != edge.b
          || groups[a].version != edge.version_a || groups[b].version != edge.version_b)
        {
          /* Stale: measured again, it goes back in at its true value. */
          if (measured_already (&measured, groups, MIN (a, b), MAX (a, b)))
            continue;
          edge = (Edge) { linkage (&groups[MIN (a, b)], &groups[MAX (a, b)]), MIN (a, b), MAX (a, b), 0, 0 };
          edge.version_a = groups[edge.a].version;
          edge.version_b = groups[edge.b].version;
          if (edge.sim >= threshold)
            heap_push (heap, edge);
          continue;
        }
      join (groups, parent, a, b);
    }

  for (guint i = 0; i < n; i++)
    {
      guint root = find_root (parent, unique_of[i]);

      if (number[root] == G_MAXUINT)
        number[root] = n_groups++;
      label[i] = number[root];
    }
  for (guint u = 0; u < k; u++)
    g_clear_pointer (&groups[u].sum, g_array_unref);
  return label;
}
