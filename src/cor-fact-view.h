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
} CorFactFilter;

/* Past this many reports, a column per report would be unreadable and slow
 * to build; one column then counts the markers, and the quotes pane shows
 * every report's words. */
#define COR_FACT_VIEW_MAX_SOURCE_COLUMNS 24

#define COR_TYPE_FACT_VIEW (cor_fact_view_get_type ())

G_DECLARE_FINAL_TYPE (CorFactView, cor_fact_view, COR, FACT_VIEW, GtkWidget)

/* Shows @table (or nothing); keeps the selected fact selected by its id. */
void          cor_fact_view_set_table         (CorFactView   *self,
                                               CorFactTable  *table);
/* The rows in view: filtered and sorted. */
/* While the rows of the last table are still entering the view. */
gboolean      cor_fact_view_is_filling        (CorFactView   *self);
GListModel   *cor_fact_view_get_model         (CorFactView   *self);
CorFactRow   *cor_fact_view_get_selected      (CorFactView   *self);
/* Every selected fact, in view order. */
GPtrArray    *cor_fact_view_get_selected_facts (CorFactView  *self);
void          cor_fact_view_select            (CorFactView   *self,
                                               guint          position);
void          cor_fact_view_select_fact_id    (CorFactView   *self,
                                               const char    *id);
void          cor_fact_view_start_search      (CorFactView   *self);
void          cor_fact_view_set_search_capture (CorFactView  *self,
                                                GtkWidget    *widget);
guint         cor_fact_view_get_n_columns     (CorFactView   *self);
/* Shows only the facts of @story (COR_NO_STORY: every story) and, unless
 * @only_in is G_MAXUINT, only those that no report of another copy group
 * than @only_in's states; hides the columns of other stories' reports. */
void          cor_fact_view_set_scope         (CorFactView   *self,
                                               guint          story,
                                               guint          only_in);

G_END_DECLS
