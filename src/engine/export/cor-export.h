/* cor-export.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

typedef enum
{
  COR_EXPORT_JSON,
  COR_EXPORT_CSV,
  COR_EXPORT_MARKDOWN,
  COR_EXPORT_HTML,
} CorExportFormat;

gboolean     cor_export_format_from_string (const char      *string,
                                            CorExportFormat *format);
const char  *cor_export_format_to_string   (CorExportFormat  format);
const char  *cor_export_format_extension   (CorExportFormat  format);

/* A fact's whole text: its summary, or, when the summary was cut short
 * with "…", the same summary made whole from the sentence it came from. */
char        *cor_export_fact_text          (CorFact         *fact);

/* The whole table in @format, as UTF-8 bytes. */
GBytes      *cor_export_table              (CorFactTable    *table,
                                            CorExportFormat  format);
/* The `--mentions` document of these documents. */
GBytes      *cor_export_mentions           (GPtrArray       *documents);

G_END_DECLS
