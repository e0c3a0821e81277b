/* cor-entities.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mentions-private.h"

G_BEGIN_DECLS

/* People, organisations and places, with canonical names. */
void cor_entities_extract (const CorMentionContext *context,
                           GPtrArray               *out);

G_END_DECLS
