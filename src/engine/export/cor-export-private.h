/* cor-export-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cor-export.h"
#include "cor-json-writer.h"

G_BEGIN_DECLS

void    cor_export_add_mention      (CorJsonWriter    *writer,
                                     const CorMention *mention,
                                     gboolean          with_offsets);

/* cor-export-text.c */
GBytes *cor_export_csv              (CorFactTable     *table);
GBytes *cor_export_markdown         (CorFactTable     *table);
GBytes *cor_export_html             (CorFactTable     *table);
/* A short human-readable form of a value: "$11 bn (about)", "2026-02-04". */
char   *cor_export_format_value     (const CorMention *mention);

G_END_DECLS
