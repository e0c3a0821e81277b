/* cor-markdown.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cor-metadata.h"

G_BEGIN_DECLS

/* The words of a Markdown report without its markup, one paragraph per
 * line; its first heading is offered to @meta as the title. */
char *cor_markdown_to_text (const char  *text,
                            CorMetadata *meta);

G_END_DECLS
