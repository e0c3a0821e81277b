/* cor-align-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-analysis.h"
#include "cor-fact-table.h"
#include "cor-pair.h"

G_BEGIN_DECLS

/* What cor-align.c (statements, candidates, scores) shares with
 * cor-rows.c (rows of statements, and the facts made of them). */

/* One text, and the statements of the reports that give it word for word:
 * wire copies share a node, so thirty copies cost one. */
typedef struct
{
  GArray      *members;     /* guint: statements, one per source, ascending */
  GArray      *sources;     /* guint: their sources, ascending */
  CorPairSide  side;        /* of the first member */
} CorNode;

typedef struct
{
  guint  a, b;              /* nodes, a < b */
  double p;                 /* the model's probability that they state one fact */
} CorPair;

/* A row of the act or event a story's reports open with (cor-rows.c). */
typedef struct
{
  guint   reference;        /* the node whose statement sums it up */
  guint32 event;            /* the event's concept */
} CorEventRow;

typedef struct
{
  CorFactTable             *table;
  const CorAnalysisOptions *options;
  GPtrArray                *statements;   /* CorStatement, report by report */
  guint                    *n_in_doc;     /* source → its statements */
  GArray                   *nodes;        /* CorNode */
  CorTermStats             *stats;
  GHashTable               *sentences;      /* statement → its sentence's terms */
  GHashTable               *event_rows;     /* row (GArray) → CorEventRow, for event rows */
  GPtrArray                *sentence_terms; /* GArray of guint32, owning them */
  double                    threshold;    /* the bar a pair clears to share a row */
  double                    floor;        /* no pair in a row falls below this */
} CorAligner;

static inline CorNode *
cor_aligner_node (CorAligner *al,
                  guint       i)
{
  return &g_array_index (al->nodes, CorNode, i);
}

static inline CorStatement *
cor_aligner_statement (CorAligner *al,
                       guint       i)
{
  return g_ptr_array_index (al->statements, i);
}

/* The story of report @source; 0 in a table of one story. */
static inline guint
cor_aligner_story_of (CorAligner *al,
                      guint       source)
{
  return al->table->stories->len < 2 ? 0 : cor_fact_table_get_story (al->table, source);
}

/* The story of node @n's reports. */
static inline guint
cor_aligner_node_story (CorAligner *al,
                        guint       n)
{
  return cor_aligner_story_of (al, g_array_index (cor_aligner_node (al, n)->sources, guint, 0));
}

/* Orders a GArray of guint, or of guint64, for g_array_sort() and
 * g_array_binary_search(). */
static inline int
cor_compare_guint (gconstpointer a,
                   gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

static inline int
cor_compare_guint64 (gconstpointer a,
                     gconstpointer b)
{
  guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;

  return x < y ? -1 : x > y;
}

/* The model's probability for nodes @a and @b. */
double      cor_aligner_score     (CorAligner *al,
                                   guint       a,
                                   guint       b);

G_END_DECLS
