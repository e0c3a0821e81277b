/* cor-html-meta.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "cor-metadata.h"

G_BEGIN_DECLS

/* Offers @meta the title, outlet, byline, date and language that the
 * page's head, JSON-LD and <time> elements give. */
void cor_html_meta_collect (xmlDoc      *doc,
                            CorMetadata *meta);

G_END_DECLS
