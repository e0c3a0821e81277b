/* cor-pdf.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-metadata.h"

G_BEGIN_DECLS

/* The text of a PDF, one paragraph per line; its title and author are
 * offered to @meta. */
char *cor_pdf_extract (GBytes       *bytes,
                       CorMetadata  *meta,
                       GError      **error);

G_END_DECLS
