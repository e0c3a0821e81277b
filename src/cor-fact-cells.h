/* cor-fact-cells.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cor-fact-row.h"

G_BEGIN_DECLS

/* The columns of the fact table. Every cell of a row has the same height,
 * two lines of text, so that the pinned Fact columns and the scrolling
 * report columns, two column views side by side, keep their rows level.
 * @row_height points at the view's height, measured by the first cell. */

/* How wide a report's column is: compact, so that several fit beside the facts. */
#define COR_FACT_CELLS_REPORT_WIDTH 112
#define COR_FACT_CELLS_VALUES_WIDTH 220
/* The Support column; wide when copies make its text "8 reports, 7 independent accounts". */
#define COR_FACT_CELLS_SUPPORT_WIDTH 72
#define COR_FACT_CELLS_SUPPORT_WIDE_WIDTH 150

GtkColumnViewColumn *cor_fact_cells_fact_column      (int          *row_height);
GtkColumnViewColumn *cor_fact_cells_agreement_column (int          *row_height);
GtkColumnViewColumn *cor_fact_cells_support_column   (int          *row_height);
GtkColumnViewColumn *cor_fact_cells_values_column    (int          *row_height);
void                 cor_fact_cells_set_support_wide (GtkColumnViewColumn *column,
                                                      gboolean      wide);
GtkColumnViewColumn *cor_fact_cells_report_column    (CorSource    *source,
                                                      guint         column,
                                                      int          *row_height);
/* The title a report's column shows: its name, cut in the middle. */
char                *cor_fact_cells_report_title     (CorSource    *source);

/* The report a cell widget of a report column shows, and its row's
 * position in the view (G_MAXUINT for none). */
guint                cor_fact_cells_get_source       (GtkWidget    *cell);
guint                cor_fact_cells_get_position     (GtkWidget    *cell);
/* Whether @widget is a cell of a report column. */
gboolean             cor_fact_cells_is_report_cell   (GtkWidget    *widget);

G_END_DECLS
