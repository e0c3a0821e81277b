/* cor-quotes.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-quotes"

#include "config.h"

#include "cor-mentions-private.h"

void
cor_quotes_extract (const CorMentionContext *context,
                  GPtrArray               *out)
{
}
