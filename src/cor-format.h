/* cor-format.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mention.h"

G_BEGIN_DECLS

char *cor_format_date   (const char *iso);
char *cor_format_count  (guint       n);
char *cor_format_number (double      value);
char *cor_format_value  (const CorMention *mention);

G_END_DECLS
