/* cor-align-cluster.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-align"

#include "config.h"

#include "cor-align-cluster.h"
#include "cor-align-private.h"
#include "cor-statement.h"

/* Statements that state one fact form a row: the best pairs first, rows
 * merging only when they resemble each other as a whole. */

/* A statement joins a second row only on a link this much above the bar. */
#define SECOND_ROW_FACTOR 1.5
/* ... and only when it has this share of the weight of the row's core. */
#define CORE_SHARE        0.25

void
cor_align_cluster_free (Cluster *cluster)
{
  if (cluster == NULL)
    return;
  g_array_unref (cluster->members);
  g_hash_table_unref (cluster->sources);
  g_free (cluster);
}

/* Two facts glued by one bridging sentence mislead: rows merge only when
 * they resemble each other as a whole. */
static gboolean
rows_resemble (Aligner *al,
               guint8  *marks,
               GArray  *a,
               GArray  *b)
{
  double sum = 0;
  guint na = MIN (a->len, MAX_LINK_MEMBERS), nb = MIN (b->len, MAX_LINK_MEMBERS);

  for (guint i = 0; i < na; i++)
    {
      guint x = g_array_index (a, guint, i);

      cor_aligner_mark (al, marks, x, TRUE);
      for (guint j = 0; j < nb; j++)
        {
          guint y = g_array_index (b, guint, j);

          sum += cor_aligner_similarity_marked (al, marks, x, y, y);
        }
      cor_aligner_mark (al, marks, x, FALSE);
    }
  return sum / (na * nb) >= al->link_min;
}

static gboolean
can_merge (Aligner *al,
           guint8  *marks,
           Cluster *a,
           Cluster *b)
{
  Cluster *small = a->members->len <= b->members->len ? a : b;
  Cluster *large = small == a ? b : a;

  /* Never two statements of one report in a row. */
  for (guint i = 0; i < small->members->len; i++)
    {
      CorStatement *st = g_ptr_array_index (al->statements, g_array_index (small->members, guint, i));

      if (g_hash_table_contains (large->sources, GUINT_TO_POINTER (st->source)))
        return FALSE;
    }
  return rows_resemble (al, marks, a->members, b->members);
}

/* @into's members and @from's, still in ascending order. */
static void
merge_members (GArray *into,
               GArray *from)
{
  guint n = into->len, i, j, k;

  g_array_set_size (into, n + from->len);
  i = n, j = from->len, k = into->len;
  while (j > 0)
    {
      guint x = i > 0 ? g_array_index (into, guint, i - 1) : 0;
      guint y = g_array_index (from, guint, j - 1);

      if (i > 0 && x > y)
        g_array_index (into, guint, --k) = x, i--;
      else
        g_array_index (into, guint, --k) = y, j--;
    }
}

static void
add_member (Aligner *al,
            Cluster *cluster,
            guint    member)
{
  CorStatement *st = g_ptr_array_index (al->statements, member);
  GArray one = { (gchar *)&member, 1 };

  merge_members (cluster->members, &one);
  g_hash_table_add (cluster->sources, GUINT_TO_POINTER (st->source));
}

/* Whether @st has @share of the weight of @row's core, the keys most of
 * its sampled members share. A sentence that meets a row only through the
 * story's background (its names, its day, the event) and none of what
 * the row's sentences say in common states another fact: joining it to
 * the row would glue two facts. @counts is all zeros, and is left so. */
static gboolean
covers_core (Aligner *al,
             guint8  *counts,
             GArray  *row,
             guint    st,
             double   share)
{
  guint nr = MIN (row->len, MAX_LINK_MEMBERS);
  GArray *own = al->ids[st];
  double core = 0, covered = 0;

  if (nr < 2)
    return TRUE;
  for (guint i = 0; i < nr; i++)
    {
      GArray *ids = al->ids[g_array_index (row, guint, i)];

      /* A key's weight counts once, when it reaches a majority. */
      for (guint k = 0; k < ids->len; k++)
        if (++counts[g_array_index (ids, guint, k)] == nr / 2 + 1)
          core += al->weights2[g_array_index (ids, guint, k)];
    }
  for (guint k = 0; k < own->len; k++)
    if (counts[g_array_index (own, guint, k)] > nr / 2)
      covered += al->weights2[g_array_index (own, guint, k)];
  for (guint i = 0; i < nr; i++)
    {
      GArray *ids = al->ids[g_array_index (row, guint, i)];

      for (guint k = 0; k < ids->len; k++)
        counts[g_array_index (ids, guint, k)] = 0;
    }
  return covered >= share * core;
}

/* A sentence that states two facts belongs in both rows: once the rows are
 * formed, a statement also joins a row it matches as a whole, when its
 * report has no statement there yet. */
static void
add_second_rows (Aligner   *al,
                 guint8    *marks,
                 GArray    *pairs,
                 GPtrArray *clusters,
                 guint     *cluster_of)
{
  for (guint p = 0; p < pairs->len; p++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, p);

      for (guint side = 0; side < 2; side++)
        {
          guint from = side ? pair->b : pair->a, to = side ? pair->a : pair->b;
          guint target = cluster_of[to];
          Cluster *c = g_ptr_array_index (clusters, target);
          CorStatement *st = g_ptr_array_index (al->statements, from);
          GArray one = { (gchar *)&from, 1 };

          if (cluster_of[from] == target || pair->sim < SECOND_ROW_FACTOR * al->threshold)
            continue;
          if (!g_hash_table_contains (c->sources, GUINT_TO_POINTER (st->source))
              && rows_resemble (al, marks, c->members, &one)
              && covers_core (al, marks, c->members, from, CORE_SHARE))
            add_member (al, c, from);
        }
    }
}

/* Members two sorted member lists share. */
static guint
count_shared (GArray *a,
              GArray *b)
{
  guint i = 0, j = 0, n = 0;

  while (i < a->len && j < b->len)
    {
      guint x = g_array_index (a, guint, i), y = g_array_index (b, guint, j);

      n += x == y;
      i += x <= y;
      j += y <= x;
    }
  return n;
}

static gboolean
has_member (GArray *members,
            guint   m)
{
  guint lo = 0, hi = members->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2, x = g_array_index (members, guint, mid);

      if (x == m)
        return TRUE;
      if (x < m)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/* Whether @b's members not in @a come from reports @a has no statement of. */
static gboolean
can_absorb (Aligner *al,
            Cluster *a,
            Cluster *b)
{
  for (guint i = 0; i < b->members->len; i++)
    {
      guint m = g_array_index (b->members, guint, i);

      if (!has_member (a->members, m)
          && g_hash_table_contains (a->sources, GUINT_TO_POINTER (al->source_of[m])))
        return FALSE;
    }
  return TRUE;
}

/* The pairs of rows that share a statement, each once, in order. */
static GArray *
overlapping_rows (GPtrArray *clusters,
                  guint      n_statements)
{
  g_autofree guint *first = g_new (guint, n_statements);
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  guint kept = 0;

  for (guint i = 0; i < n_statements; i++)
    first[i] = G_MAXUINT;
  /* Rows hold statements once; a statement in two rows joined the second
   * one, and the pair is the row it met first and this one. */
  for (guint c = 0; c < clusters->len; c++)
    {
      Cluster *cluster = g_ptr_array_index (clusters, c);

      for (guint i = 0; cluster != NULL && i < cluster->members->len; i++)
        {
          guint m = g_array_index (cluster->members, guint, i);

          if (first[m] == G_MAXUINT)
            first[m] = c;
          else
            g_array_append_val (pairs, ((Pair) { first[m], c, 0 }));
        }
    }
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

/* A sentence that joined a second row can make it a near copy of its own:
 * two rows that share most of their statements are one fact. */
static void
merge_near_duplicates (Aligner   *al,
                       GPtrArray *clusters)
{
  g_autoptr(GArray) pairs = overlapping_rows (clusters, al->statements->len);

  for (guint p = 0; p < pairs->len; p++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, p);
      Cluster *a = g_ptr_array_index (clusters, pair->a);
      Cluster *b = g_ptr_array_index (clusters, pair->b);
      guint shared;

      if (a == NULL || b == NULL)
        continue;
      shared = count_shared (a->members, b->members);
      if (shared * 2 < MIN (a->members->len, b->members->len) || !can_absorb (al, a, b))
        continue;
      for (guint k = 0; k < b->members->len; k++)
        {
          guint m = g_array_index (b->members, guint, k);

          if (!g_hash_table_contains (a->sources, GUINT_TO_POINTER (al->source_of[m])))
            add_member (al, a, m);
        }
      g_clear_pointer (&g_ptr_array_index (clusters, pair->b), cor_align_cluster_free);
    }
}

GPtrArray *
cor_align_cluster (Aligner *al,
                   GArray  *pairs)
{
  guint n = al->statements->len;
  g_autofree guint *cluster_of = g_new (guint, n);
  GPtrArray *clusters = g_ptr_array_new_full (n, (GDestroyNotify)cor_align_cluster_free);
  g_autofree guint8 *marks = g_new0 (guint8, MAX (cor_aligner_n_keys (al), 1));

  for (guint i = 0; i < n; i++)
    {
      Cluster *c = g_new0 (Cluster, 1);
      CorStatement *st = g_ptr_array_index (al->statements, i);

      c->members = g_array_new (FALSE, FALSE, sizeof (guint));
      c->sources = g_hash_table_new (NULL, NULL);
      g_array_append_val (c->members, i);
      g_hash_table_add (c->sources, GUINT_TO_POINTER (st->source));
      g_ptr_array_add (clusters, c);
      cluster_of[i] = i;
    }

  for (guint p = 0; p < pairs->len; p++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, p);
      guint ia = cluster_of[pair->a], ib = cluster_of[pair->b];
      Cluster *a = g_ptr_array_index (clusters, ia), *b = g_ptr_array_index (clusters, ib);

      if (ia == ib || !can_merge (al, marks, a, b))
        continue;
      if (b->members->len > a->members->len)
        {
          guint t = ia;

          ia = ib;
          ib = t;
          a = g_ptr_array_index (clusters, ia);
          b = g_ptr_array_index (clusters, ib);
        }
      for (guint i = 0; i < b->members->len; i++)
        {
          guint m = g_array_index (b->members, guint, i);
          CorStatement *st = g_ptr_array_index (al->statements, m);

          g_hash_table_add (a->sources, GUINT_TO_POINTER (st->source));
          cluster_of[m] = ia;
        }
      merge_members (a->members, b->members);
      g_clear_pointer (&g_ptr_array_index (clusters, ib), cor_align_cluster_free);
    }
  add_second_rows (al, marks, pairs, clusters, cluster_of);
  merge_near_duplicates (al, clusters);
  return clusters;
}

