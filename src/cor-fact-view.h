/* cor-fact-view.h
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
  COR_FACT_FILTER_ALL,
  COR_FACT_FILTER_CONFLICT,
  COR_FACT_FILTER_PARTIAL,
  COR_FACT_FILTER_SINGLE,
  COR_FACT_FILTER_AGREED,
  COR_FACT_FILTER_EDITED,
} CorFactFilter;

typedef enum
{
  COR_FACT_VIEW_TABLE,
  COR_FACT_VIEW_OVERVIEW,
} CorFactViewMode;

/* Past this many reports the table's columns would be too many to build
 * and to read: only the overview shows them, and says so. */
#define COR_FACT_VIEW_MAX_SOURCE_COLUMNS 24

#define COR_TYPE_FACT_VIEW (cor_fact_view_get_type ())

G_DECLARE_FINAL_TYPE (CorFactView, cor_fact_view, COR, FACT_VIEW, GtkWidget)

/* Shows @table (or nothing); keeps the selected fact selected by its id. */
void          cor_fact_view_set_table         (CorFactView   *self,
                                               CorFactTable  *table);
/* The table changed in place (a correction): the rows are made anew in
 * one go, the selected one stays selected and in view, nothing scrolls. */
void          cor_fact_view_refresh           (CorFactView   *self);
/* The reports' names changed: the headers and cells follow. */
void          cor_fact_view_update_names      (CorFactView   *self);
/* While the rows of the last table are still entering the view. */
gboolean      cor_fact_view_is_filling        (CorFactView   *self);
/* The rows in view: filtered and sorted. */
GListModel   *cor_fact_view_get_model         (CorFactView   *self);
CorFactRow   *cor_fact_view_get_selected      (CorFactView   *self);
/* Every selected fact, in view order. */
GPtrArray    *cor_fact_view_get_selected_facts (CorFactView  *self);
void          cor_fact_view_select            (CorFactView   *self,
                                               guint          position);
void          cor_fact_view_select_fact_id    (CorFactView   *self,
                                               const char    *id);
/* Selects the next (or previous) row in view whose agreement is a
 * conflict, from the selected one, wrapping; FALSE when there is none. */
gboolean      cor_fact_view_select_conflict   (CorFactView   *self,
                                               gboolean       forward);
void          cor_fact_view_start_search      (CorFactView   *self);
void          cor_fact_view_set_search_capture (CorFactView  *self,
                                                GtkWidget    *widget);
void          cor_fact_view_set_filter        (CorFactView   *self,
                                               CorFactFilter  filter);
/* Shows only the facts of @story (COR_NO_STORY: every story) and, unless
 * @only_in is G_MAXUINT, only those that no report of another copy group
 * than @only_in's states; hides the columns of other stories' reports. */
void          cor_fact_view_set_scope         (CorFactView   *self,
                                               guint          story,
                                               guint          only_in);
CorFactViewMode cor_fact_view_get_mode        (CorFactView   *self);
void          cor_fact_view_set_mode          (CorFactView   *self,
                                               CorFactViewMode mode);
/* How many report columns fit beside the facts at the view's width. */
guint         cor_fact_view_get_n_fitting     (CorFactView   *self);
/* Opens the row menu of the selected row, for the report of the focused
 * cell if any (Shift+F10, the Menu key). */
void          cor_fact_view_popup_menu        (CorFactView   *self);
/* The report of the focused cell, or G_MAXUINT. */
guint         cor_fact_view_get_focused_source (CorFactView  *self);
/* For the tests: the two column views and the overview. */
GtkWidget    *cor_fact_view_get_fact_columns  (CorFactView   *self);
GtkWidget    *cor_fact_view_get_report_columns (CorFactView  *self);
GtkWidget    *cor_fact_view_get_overview      (CorFactView   *self);
GtkPopover   *cor_fact_view_get_menu          (CorFactView   *self);

G_END_DECLS
