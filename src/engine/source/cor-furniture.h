/* cor-furniture.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cor-metadata.h"

G_BEGIN_DECLS

/* Drops page furniture, metadata lines and repeated paragraphs from @text
 * (one paragraph per line), noting what the metadata lines said in @meta.
 * Returns the cleaned text, one paragraph per line. */
char *cor_furniture_clean (const char  *text,
                           CorMetadata *meta,
                           gboolean     plain);

G_END_DECLS
