/* cor-quotes.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mentions-private.h"

G_BEGIN_DECLS

/* Quotes, with their speakers; sees the entities found so far in @out. */
void cor_quotes_extract (const CorMentionContext *context,
                         GPtrArray               *out);

G_END_DECLS
