/* cor-article.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether a report reads as an article: NULL when it does, else a sentence
 * saying what it looks like instead (data such as JSON, or a list of
 * headlines or links). @raw is the file as read, @text the article taken
 * out of it; either may be NULL. */
const char *cor_article_check (const char *raw,
                               gsize       raw_length,
                               const char *text);

G_END_DECLS
