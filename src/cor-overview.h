/* cor-overview.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cor-fact-row.h"

G_BEGIN_DECLS

typedef enum
{
  COR_OVERVIEW_BY_OUTLET,
  COR_OVERVIEW_BY_DATE,
} CorOverviewGrouping;

#define COR_TYPE_OVERVIEW (cor_overview_get_type ())

G_DECLARE_FINAL_TYPE (CorOverview, cor_overview, COR, OVERVIEW, GtkWidget)

/* A map of the whole table for many reports: a line per fact, a thin
 * column of coloured markers per report, the reports grouped by outlet or
 * by date. It draws only the rows in view, so 150 reports cost what 4 do.
 * It shows @model's rows (CorFactRow) and @selection's selected one, and
 * emits activate-fact with a row's position when the user picks it. */
void  cor_overview_set_model    (CorOverview         *self,
                                 GtkSelectionModel   *selection,
                                 CorFactTable        *table);
void  cor_overview_set_grouping (CorOverview         *self,
                                 CorOverviewGrouping  grouping);
/* Only the reports of @story have columns (COR_NO_STORY: every report). */
void  cor_overview_set_story    (CorOverview         *self,
                                 guint                story);
/* The report drawn in the @i-th thin column, for the tests. */
guint cor_overview_get_column_source (CorOverview    *self,
                                      guint           i);
/* The number of groups the reports fall into. */
guint cor_overview_get_n_groups (CorOverview         *self);

G_END_DECLS
