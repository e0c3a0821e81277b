/* cor-source-view.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cor-source.h"

G_BEGIN_DECLS

#define COR_TYPE_SOURCE_VIEW (cor_source_view_get_type ())

G_DECLARE_FINAL_TYPE (CorSourceView, cor_source_view, COR, SOURCE_VIEW, AdwWindow)

/* A window with the report's text, scrolled to the bytes start…end of it,
 * which are highlighted. */
CorSourceView *cor_source_view_new (GtkWindow *parent,
                                    CorSource *source,
                                    gsize      start,
                                    gsize      end);
/* The highlighted text, for tests. */
char          *cor_source_view_get_highlight (CorSourceView *self);

G_END_DECLS
