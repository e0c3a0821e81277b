/* cor-source-colors.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define COR_N_SOURCE_COLORS 8

/* The CSS class (style.css) that gives a source its colour: the swatch in
 * the source list, the edge of its column's cells, its card of quotes. */
static inline const char *
cor_source_color_class (guint source)
{
  static const char *classes[COR_N_SOURCE_COLORS] = {
    "source-color-0", "source-color-1", "source-color-2", "source-color-3",
    "source-color-4", "source-color-5", "source-color-6", "source-color-7",
  };

  return classes[source % COR_N_SOURCE_COLORS];
}

G_END_DECLS
