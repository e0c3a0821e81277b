/* cor-story-cluster.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One entry of a sparse vector: a feature and its weight. */
typedef struct
{
  guint  id;
  double weight;
} CorStoryTerm;

/* Groups @n vectors (GArray of CorStoryTerm, sorted by id, of unit
 * length) by average linkage: two groups join while the mean cosine of
 * their members stays at least @threshold. Returns the group of each
 * vector, numbered from 0 in the order of their first member; free with
 * g_free(). */
guint  *cor_story_cluster      (GArray  **vectors,
                                guint     n,
                                guint     n_features,
                                double    threshold);
double  cor_story_cluster_dot  (GArray   *a,
                                GArray   *b);

G_END_DECLS
