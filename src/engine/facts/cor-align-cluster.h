/* cor-align-cluster.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-align-private.h"

G_BEGIN_DECLS

/* The rows: statements grouped by their pairs, best pair first. */
GPtrArray *cor_align_cluster      (Aligner *al,
                                   GArray  *pairs);
void       cor_align_cluster_free (Cluster *cluster);

G_END_DECLS
