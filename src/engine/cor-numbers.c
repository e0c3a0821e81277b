/* cor-numbers.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-numbers"

#include "config.h"

#include "cor-mentions-private.h"

void
cor_numbers_extract (const CorMentionContext *context,
                  GPtrArray               *out)
{
}
