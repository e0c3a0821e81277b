/* cor-story-cluster.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-story-cluster"

#include "config.h"

#include <math.h>

#include "cor-story-cluster.h"

/* Candidate pairs come from each report's heaviest features, and a
 * feature's posting list is cut short, so the work grows with the number
 * of reports, not with its square. */
#define QUERY_TERMS   48
#define MAX_POSTINGS  512

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
  GHashTable *neighbours;  /* vectors a member of it is close to */
} Group;

double
cor_story_cluster_dot (GArray *a,
                       GArray *b)
{
  const CorStoryTerm *x = (const CorStoryTerm *)a->data, *y = (const CorStoryTerm *)b->data;
  double dot = 0;

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

static int
compare_by_weight (gconstpointer a,
                   gconstpointer b)
{
  const CorStoryTerm *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight < y->weight ? 1 : -1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Every pair of vectors whose cosine reaches @threshold, found through
 * the heaviest features they share, into @heap and the neighbour sets. */
static void
find_edges (GArray  **vectors,
            guint     n,
            guint     n_features,
            double    threshold,
            Group    *groups,
            GArray   *heap)
{
  g_autofree GArray **postings = g_new0 (GArray *, MAX (n_features, 1));
  g_autofree guint *seen = g_new0 (guint, MAX (n, 1));
  g_autoptr(GArray) query = g_array_new (FALSE, FALSE, sizeof (CorStoryTerm));

  for (guint i = 0; i < n; i++)
    for (guint t = 0; t < vectors[i]->len; t++)
      {
        guint id = g_array_index (vectors[i], CorStoryTerm, t).id;

        if (postings[id] == NULL)
          postings[id] = g_array_new (FALSE, FALSE, sizeof (guint));
        if (postings[id]->len < MAX_POSTINGS)
          g_array_append_val (postings[id], i);
      }

  for (guint i = 0; i < n; i++)
    {
      g_array_set_size (query, 0);
      g_array_append_vals (query, vectors[i]->data, vectors[i]->len);
      g_array_sort (query, compare_by_weight);
      for (guint q = 0; q < MIN (query->len, QUERY_TERMS); q++)
        {
          GArray *list = postings[g_array_index (query, CorStoryTerm, q).id];

          for (guint p = 0; p < list->len; p++)
            {
              guint j = g_array_index (list, guint, p);
              Edge edge = { 0, i, j, 0, 0 };

              if (j <= i || seen[j] == i + 1)
                continue;
              seen[j] = i + 1;
              edge.sim = round (cor_story_cluster_dot (vectors[i], vectors[j]) * 1e9) / 1e9;
              if (edge.sim < threshold)
                continue;
              heap_push (heap, edge);
              g_hash_table_add (groups[i].neighbours, GUINT_TO_POINTER (j));
              g_hash_table_add (groups[j].neighbours, GUINT_TO_POINTER (i));
            }
        }
    }
  for (guint f = 0; f < n_features; f++)
    if (postings[f] != NULL)
      g_array_unref (postings[f]);
}

/* Joins @b into @a and measures the new group against its neighbours. */
static void
join (Group  *groups,
      guint  *parent,
      guint   a,
      guint   b,
      GArray *heap)
{
  GArray *sum = add_vectors (groups[a].sum, groups[b].sum);
  g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;

  g_array_unref (groups[a].sum);
  groups[a].sum = sum;
  groups[a].size += groups[b].size;
  groups[a].version++;
  parent[b] = a;

  g_hash_table_iter_init (&iter, groups[b].neighbours);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (groups[a].neighbours, key);
  g_clear_pointer (&groups[b].sum, g_array_unref);
  g_clear_pointer (&groups[b].neighbours, g_hash_table_unref);

  g_hash_table_iter_init (&iter, groups[a].neighbours);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint c = find_root (parent, GPOINTER_TO_UINT (key));
      Edge edge;

      if (c == a || !g_hash_table_add (done, GUINT_TO_POINTER (c)))
        continue;
      edge = (Edge) { linkage (&groups[a], &groups[c]), MIN (a, c), MAX (a, c), 0, 0 };
      edge.version_a = groups[edge.a].version;
      edge.version_b = groups[edge.b].version;
      heap_push (heap, edge);
    }
}

guint *
cor_story_cluster (GArray **vectors,
                   guint    n,
                   guint    n_features,
                   double   threshold)
{
  g_autofree Group *groups = g_new0 (Group, MAX (n, 1));
  g_autofree guint *parent = g_new (guint, MAX (n, 1));
  g_autofree guint *number = g_new (guint, MAX (n, 1));
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (Edge));
  guint *label = g_new (guint, MAX (n, 1));
  guint n_groups = 0;

  for (guint i = 0; i < n; i++)
    {
      groups[i].sum = g_array_ref (vectors[i]);
      groups[i].size = 1;
      groups[i].neighbours = g_hash_table_new (NULL, NULL);
      parent[i] = i;
      number[i] = G_MAXUINT;
    }
  find_edges (vectors, n, n_features, threshold, groups, heap);

  while (heap->len > 0)
    {
      Edge edge = heap_pop (heap);

      if (edge.sim < threshold)
        break;
      if (parent[edge.a] != edge.a || parent[edge.b] != edge.b
          || groups[edge.a].version != edge.version_a || groups[edge.b].version != edge.version_b)
        continue;
      join (groups, parent, edge.a, edge.b, heap);
    }

  for (guint i = 0; i < n; i++)
    {
      guint root = find_root (parent, i);

      if (number[root] == G_MAXUINT)
        number[root] = n_groups++;
      label[i] = number[root];
    }
  for (guint i = 0; i < n; i++)
    {
      g_clear_pointer (&groups[i].sum, g_array_unref);
      g_clear_pointer (&groups[i].neighbours, g_hash_table_unref);
    }
  return label;
}
