/* cor-text.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-types.h"

G_BEGIN_DECLS

/* The sentences of @text as CorSpan, with the exceptions news text needs. */
GArray *cor_text_split_sentences (const char *text,
                                  gsize       length);

G_END_DECLS
