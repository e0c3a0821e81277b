/* cor-numbers.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mention.h"
#include "cor-mentions-private.h"

G_BEGIN_DECLS

/* Numbers, ordinals, percents, money, quantities and durations. */
void cor_numbers_extract           (const CorMentionContext *context,
                                    GPtrArray               *out);
/* Gives a bare number the noun it counts as its unit: "212 passengers". */
void cor_numbers_find_counted_noun (const char              *text,
                                    gsize                    length,
                                    CorMention              *mention);

G_END_DECLS
