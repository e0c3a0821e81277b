/* cor-types.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-engine"

#include "config.h"

#include "cor-types.h"

G_DEFINE_QUARK (cor-error-quark, cor_error)
