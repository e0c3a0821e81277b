/* cor-number-digits.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-numbers-private.h"

G_BEGIN_DECLS

/* Digits from the TOK_NUM token @i; fills @num->value and the byte end. */
gboolean cor_num_parse_digit_string (const CorScan *scan,
                                     guint          i,
                                     CorNum        *num,
                                     gsize         *out_end);
/* A number in digits at @i, with its ordinal suffix, fraction or scale; a
 * time or date there is consumed with @num->skip set. */
gboolean cor_num_parse_digits       (const CorScan *scan,
                                     guint          i,
                                     gboolean       money,
                                     CorNum        *num);

G_END_DECLS
