/* cor-rows.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-align-private.h"

G_BEGIN_DECLS

/* Rows of nodes from the scored @pairs (sorted best first): each a GArray
 * of node indices. */
GPtrArray  *cor_rows_cluster   (CorAligner *al,
                                GArray     *pairs);
/* The fact a row of nodes states, with a cell per statement. */
CorFact    *cor_rows_make_fact (CorAligner *al,
                                GArray     *row);

G_END_DECLS
