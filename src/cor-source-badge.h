/* cor-source-badge.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cor-source.h"

G_BEGIN_DECLS

/* Colours that stay apart for this many reports; past them, the monogram
 * tells reports of one colour apart. */
#define COR_N_SOURCE_COLORS 12

/* The CSS class (style.css) that gives a report's column its colour: its
 * badge, the edge of its cells, its card of quotes. */
const char *cor_source_color_class      (guint        column);
/* "Harbour Gazette" → "HG", "01_telegraph" → "TE". */
char       *cor_source_initials         (const char  *label);
/* Gives each report of @sources (CorSource, in column order) a monogram
 * of its own: its initials, with its column number when another report
 * has the same ones. */
void        cor_source_badge_assign     (GPtrArray   *sources);
const char *cor_source_badge_get_monogram (CorSource *source);
/* A report's name cut in the middle to at most @max_chars characters. */
char       *cor_source_short_name       (const char  *label,
                                         guint        max_chars);

/* A small coloured box with a report's monogram. */
GtkWidget  *cor_source_badge_new        (void);
/* @column < 0: a report with no column (not compared), drawn grey. */
void        cor_source_badge_set        (GtkWidget   *badge,
                                         CorSource   *source,
                                         int          column);

G_END_DECLS
