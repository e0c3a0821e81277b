/* cor-copies.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-fact-table.h"
#include "cor-words.h"

G_BEGIN_DECLS

/* Finds the reports of @table that are copies or near-copies of one another
 * (the same agency text, perhaps with another headline, paragraphs cut or a
 * figure changed). Returns, per source, the index of its copy group's
 * original: the earliest published, then the longest, then the first; a
 * source that is no copy (or was not read) names itself. Free with
 * g_free(). @words holds each read source's text cut into words. The
 * work is shared among @n_threads threads, or one a core when it is 0. */
guint *cor_copies_find (CorFactTable  *table,
                        CorWords     **words,
                        guint          n_threads);

G_END_DECLS
