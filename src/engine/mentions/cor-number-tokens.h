/* cor-number-tokens.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-numbers-private.h"
#include "cor-words.h"

G_BEGIN_DECLS

/* Our tokens, derived from the shared ones; free with g_free(). */
CorTok *cor_tokenize_words (const CorWords *words,
                            guint          *n_toks);

G_END_DECLS
