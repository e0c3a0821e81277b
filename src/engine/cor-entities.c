/* cor-entities.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-entities"

#include "config.h"

#include "cor-mentions-private.h"

void
cor_entities_extract (const CorMentionContext *context,
                  GPtrArray               *out)
{
}
