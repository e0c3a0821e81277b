/* cor-number-counts.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mention.h"

G_BEGIN_DECLS

/* Whether a number names things the text already knows rather than counts
 * them: "the two leaders", "all three ministers". A count
 * of the event stays one: "the 12 victims", "the three people killed". */
gboolean cor_number_counts_is_reference (const char       *text,
                                         gsize             length,
                                         const CorMention *mention);

G_END_DECLS
