/* cor-source-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cor-source.h"

G_BEGIN_DECLS

/* cor-source-load.c: decodes @bytes, extracts the article and fills @self
 * (text, title, outlet, date, language), or sets its error. */
gboolean cor_source_read_bytes (CorSource    *self,
                                GBytes       *bytes,
                                const char   *content_type_hint,
                                GCancellable *cancellable);

G_END_DECLS
