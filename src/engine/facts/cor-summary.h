/* cor-summary.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A short readable form of a statement's text, trimmed of its
 * attribution, at most @max_chars characters. */
char *cor_summary_from_text (const char *text,
                             gsize       max_chars);

G_END_DECLS
