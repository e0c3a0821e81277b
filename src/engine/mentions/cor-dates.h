/* cor-dates.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mentions-private.h"

G_BEGIN_DECLS

/* Dates and times, resolved against the context's publication date. */
void     cor_dates_extract   (const CorMentionContext *context,
                              GPtrArray               *out);
/* Reads @text's leading ISO day ("2026-02-04") into @date; FALSE when it
 * has none. */
gboolean cor_dates_parse_day (const char              *text,
                              GDate                   *date);

G_END_DECLS
