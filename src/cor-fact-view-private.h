/* cor-fact-view-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cor-fact-view.h"
#include "cor-overview.h"

G_BEGIN_DECLS

/* The Fact columns keep at least this much while the reports fit beside them. */
#define MIN_FACT_WIDTH 400
/* Past this, width goes to the reports' values rather than to the facts. */
#define MAX_FACT_WIDTH 640

struct _CorFactView
{
  GtkWidget            parent_instance;

  GtkBox              *box;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *filter_dropdown;
  GtkWidget           *toolbar;
  GtkWidget           *table_button;
  GtkWidget           *overview_button;
  GtkLabel            *count_label;
  GtkRevealer         *mode_revealer;
  GtkLabel            *mode_label;
  GtkButton           *mode_switch;
  GtkStack            *stack;
  GtkWidget           *table_area;
  GtkWidget           *fact_scroller;
  GtkWidget           *report_scroller;
  GtkWidget           *table_separator;
  GtkColumnView       *fact_columns;
  GtkColumnView       *report_columns;
  CorOverview         *overview;
  GtkWidget           *grouping_dropdown;
  GtkWidget           *menu;

  GListStore          *store;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkMultiSelection   *selection;
  GPtrArray           *source_columns;
  GtkColumnViewColumn *support_column;
  GtkColumnViewColumn *values_column;
  int                  row_height;
  gboolean             clearing_sort;

  CorFactTable        *table;
  char                *needle;
  CorFactFilter        filter_kind;
  guint                story;         /* COR_NO_STORY: every story */
  guint                only_in;       /* G_MAXUINT: every fact */
  char                *kept_id;       /* a just-corrected row stays in view */
  guint                focus_source;  /* the report column the arrow keys are in */
  gboolean             mode_chosen;   /* the user picked the table or the overview */
  guint                mode_idle;
  guint                restore_tick;
  double               restore_top;

  /* Rows not yet in the store: a new table enters a batch per frame. */
  GPtrArray           *pending;
  guint                n_added;
  guint                fill_tick;
  gboolean             skip_frame;
  char                *pending_selection;
};

/* cor-fact-view-modes.c: the table or the overview, the columns, the layout. */
void     cor_fact_view_update_mode          (CorFactView           *self);
void     cor_fact_view_choose_mode          (CorFactView           *self);
void     cor_fact_view_mode_toggled         (CorFactView           *self,
                                             GtkToggleButton       *button);
void     cor_fact_view_mode_switch_clicked  (CorFactView           *self);
void     cor_fact_view_overview_activated   (CorFactView           *self,
                                             guint                  position);
void     cor_fact_view_grouping_changed     (CorFactView           *self);
void     cor_fact_view_add_fixed_columns    (CorFactView           *self);
void     cor_fact_view_decorate_headers     (CorFactView           *self);
void     cor_fact_view_set_source_columns   (CorFactView           *self,
                                             CorFactTable          *table);
void     cor_fact_view_scope_columns        (CorFactView           *self);
void     cor_fact_view_setup_table          (CorFactView           *self);

/* cor-fact-view-keys.c: the keyboard in the table and the row menu. */
gboolean cor_fact_view_key_pressed          (CorFactView           *self,
                                             guint                  keyval,
                                             guint                  keycode,
                                             GdkModifierType        state,
                                             GtkEventControllerKey *controller);
void     cor_fact_view_add_secondary_click  (CorFactView           *self,
                                             GtkWidget             *view);

/* cor-fact-view.c */
void     cor_fact_view_show_all             (CorFactView           *self);
void     cor_fact_view_scroll_to            (CorFactView           *self,
                                             guint                  position);

G_END_DECLS
