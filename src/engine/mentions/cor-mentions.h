/* cor-mentions.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mention.h"
#include "cor-words.h"

G_BEGIN_DECLS

/* Every typed mention of the text, sorted by cor_mention_compare() and
 * resolved against @published (YYYY-MM-DD, or NULL when unknown). */
GPtrArray *cor_mentions_extract (const char   *text,
                                 gsize         length,
                                 const GArray *sentences,
                                 const char   *published);
/* The same, of a text already cut into @words (whose text it reads). */
GPtrArray *cor_mentions_extract_words (const CorWords *words,
                                       const GArray   *sentences,
                                       const char     *published);

G_END_DECLS
