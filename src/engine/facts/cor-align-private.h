/* cor-align-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

/* The internals of cor-align.c (keys, pairs, rows), which
 * cor-align-cluster.c (grouping the pairs into rows) shares. */

/* Average linkage is checked against this many members of each side. */
#define MAX_LINK_MEMBERS  8

typedef struct
{
  GPtrArray  *statements;   /* CorStatement, in rank order */
  guint      *doc_rank;     /* source index → rank of its document */
  guint      *n_in_doc;     /* source index → statements of its document */
  GArray    **ids;          /* per statement: sorted key ids */
  double     *norms;
  gboolean   *can_clash;    /* per statement: has a value that may clash */
  GArray     *dfs;          /* key id → statements that have it */
  GArray     *weights;      /* key id → weight */
  double     *weights2;     /* key id → weight², what the cosine sums */
  gboolean   *rare;         /* key id → in at most HEADLINE_SHARE of the reports */
  guint      *source_of;    /* statement rank → source index */
  GPtrArray  *postings;     /* key id → GArray of statement ranks, or NULL */
  double      threshold;
  double      link_min;     /* average similarity two merged rows must keep */
  CorFactTable *table;      /* its sources' stories: rows never span two */
} Aligner;

typedef struct
{
  guint  a, b;
  double sim;
} Pair;

typedef struct
{
  GArray     *members;   /* statement ranks, ascending */
  GHashTable *sources;
} Cluster;

double      cor_aligner_similarity  (Aligner       *al,
                                     guint          a,
                                     guint          b);
guint       cor_aligner_n_keys      (Aligner       *al);
/* Set (or clear) @statement's keys in @marks, one byte per key id, of
 * cor_aligner_n_keys() bytes. */
void        cor_aligner_mark        (Aligner       *al,
                                     guint8        *marks,
                                     guint          statement,
                                     gboolean       on);
/* The same as cor_aligner_similarity (al, a, b), faster, when the one of
 * @a and @b that is not @scan has its keys set in @marks. */
double      cor_aligner_similarity_marked (Aligner      *al,
                                           const guint8 *marks,
                                           guint         a,
                                           guint         b,
                                           guint         scan);
int         cor_align_compare_pairs (gconstpointer  a,
                                     gconstpointer  b);
/* Sorts @pairs as g_array_sort (pairs, cor_align_compare_pairs) would. */
void        cor_align_sort_pairs    (GArray        *pairs);

G_END_DECLS
