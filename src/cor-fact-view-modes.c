/* cor-fact-view-modes.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-a11y.h"
#include "cor-bidi.h"
#include "cor-fact-cells.h"
#include "cor-fact-view-private.h"
#include "cor-source-badge.h"

/* ---- Table or overview ---- */

/* What the Support column takes beyond its narrow width: copies widen it,
 * and the pinned columns widen with it rather than squeeze the facts. */
static int
support_extra (CorFactView *self)
{
  return MAX (0, gtk_column_view_column_get_fixed_width (self->support_column) - COR_FACT_CELLS_SUPPORT_WIDTH);
}

guint
cor_fact_view_get_n_fitting (CorFactView *self)
{
  int width, min_facts;

  g_return_val_if_fail (COR_IS_FACT_VIEW (self), 0);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  min_facts = MIN_FACT_WIDTH + support_extra (self);
  if (width <= min_facts)
    return 1;
  return MAX (1, (width - min_facts) / COR_FACT_CELLS_REPORT_WIDTH);
}

static guint
n_reports (CorFactView *self)
{
  return self->table ? self->table->sources->len : 0;
}

static gboolean
in_scope (CorFactView *self,
          guint        source)
{
  return self->story == COR_NO_STORY || cor_fact_table_get_story (self->table, source) == self->story;
}

/* The reports of the story in view: those the table or the overview shows. */
static guint
n_in_scope (CorFactView *self)
{
  guint n = 0;

  for (guint i = 0; i < n_reports (self); i++)
    n += in_scope (self, i);
  return n;
}

/* The banner says why the view is what it is, and offers the other one. */
static void
cor_fact_view_update_banner (CorFactView *self,
                             CorFactViewMode mode)
{
  guint n = n_reports (self);
  guint shown = n_in_scope (self);
  gboolean fits = shown <= cor_fact_view_get_n_fitting (self);
  g_autofree char *text = NULL;

  if (mode == COR_FACT_VIEW_OVERVIEW && n > COR_FACT_VIEW_MAX_SOURCE_COLUMNS)
    /* Translators: the overview's banner when the table cannot show every report */
    text = g_strdup_printf (ngettext ("%u report is more than the table shows side by side, so each is a "
                                      "thin column of markers: green supports, yellow partly, red "
                                      "conflicts, grey not mentioned. Select a row to read each report.",
                                      "%u reports are more than the table shows side by side, so each is a "
                                      "thin column of markers: green supports, yellow partly, red "
                                      "conflicts, grey not mentioned. Select a row to read each report.", n), n);
  else if (mode == COR_FACT_VIEW_OVERVIEW)
    text = g_strdup_printf (ngettext ("%u report does not fit beside the facts, so each is a thin column "
                                      "of markers: green supports, yellow partly, red conflicts, grey not "
                                      "mentioned.",
                                      "%u reports do not fit beside the facts, so each is a thin column "
                                      "of markers: green supports, yellow partly, red conflicts, grey not "
                                      "mentioned.", shown), shown);
  else if (!fits)
    text = g_strdup_printf (ngettext ("%u report does not fit beside the facts: scroll sideways, or see "
                                      "them all in the overview.",
                                      "%u reports do not fit beside the facts: scroll sideways, or see "
                                      "them all in the overview.", shown), shown);
  /* With a new table the whole view changes anyway: the banner is there
   * at once, not re-measured and redrawn with the rows in every frame of
   * a slide. A switch the user makes slides it in. */
  gtk_revealer_set_transition_type (self->mode_revealer, self->pending != NULL
                                                         ? GTK_REVEALER_TRANSITION_TYPE_NONE
                                                         : GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_reveal_child (self->mode_revealer, text != NULL);
  gtk_label_set_text (self->mode_label, text ? text : "");
  gtk_button_set_label (self->mode_switch, mode == COR_FACT_VIEW_OVERVIEW ? _("Show Table")
                                                                          : _("Show Overview"));
  gtk_widget_set_visible (GTK_WIDGET (self->mode_switch),
                          mode == COR_FACT_VIEW_TABLE || n <= COR_FACT_VIEW_MAX_SOURCE_COLUMNS);
}

/* The overview draws the rows itself: out of its sight the column views
 * keep no model, so that no cell is made, bound or measured for them (the
 * stack measures its hidden pages too). */
static void
cor_fact_view_attach_columns (CorFactView *self,
                              gboolean     attach)
{
  GtkSelectionModel *model = attach ? GTK_SELECTION_MODEL (self->selection) : NULL;

  if (gtk_column_view_get_model (self->fact_columns) != model)
    gtk_column_view_set_model (self->fact_columns, model);
  if (gtk_column_view_get_model (self->report_columns) != model)
    gtk_column_view_set_model (self->report_columns, model);
}

void
cor_fact_view_update_mode (CorFactView *self)
{
  CorFactViewMode mode = cor_fact_view_get_mode (self);
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0
                   && g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0 && self->pending == NULL;
  guint n = n_reports (self);

  gtk_widget_set_sensitive (self->table_button, n <= COR_FACT_VIEW_MAX_SOURCE_COLUMNS);
  gtk_widget_set_tooltip_text (self->table_button,
                               n <= COR_FACT_VIEW_MAX_SOURCE_COLUMNS
                               ? _("Table: each report a column")
                               : _("The table shows up to 24 reports side by side"));
  gtk_widget_set_visible (self->grouping_dropdown, mode == COR_FACT_VIEW_OVERVIEW);
  cor_fact_view_attach_columns (self, mode == COR_FACT_VIEW_TABLE);
  if (empty)
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, mode == COR_FACT_VIEW_OVERVIEW ? "overview" : "table");
  cor_fact_view_update_banner (self, mode);
}

CorFactViewMode
cor_fact_view_get_mode (CorFactView *self)
{
  g_return_val_if_fail (COR_IS_FACT_VIEW (self), COR_FACT_VIEW_TABLE);

  if (n_reports (self) > COR_FACT_VIEW_MAX_SOURCE_COLUMNS)
    return COR_FACT_VIEW_OVERVIEW;
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->overview_button))
         ? COR_FACT_VIEW_OVERVIEW : COR_FACT_VIEW_TABLE;
}

void
cor_fact_view_set_mode (CorFactView     *self,
                        CorFactViewMode  mode)
{
  g_return_if_fail (COR_IS_FACT_VIEW (self));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mode == COR_FACT_VIEW_OVERVIEW ? self->overview_button
                                                                                   : self->table_button),
                                TRUE);
  cor_fact_view_update_mode (self);
}

void
cor_fact_view_mode_toggled (CorFactView     *self,
                            GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  self->mode_chosen = TRUE;
  cor_fact_view_update_mode (self);
}

void
cor_fact_view_mode_switch_clicked (CorFactView *self)
{
  self->mode_chosen = TRUE;
  cor_fact_view_set_mode (self, cor_fact_view_get_mode (self) == COR_FACT_VIEW_OVERVIEW
                                ? COR_FACT_VIEW_TABLE : COR_FACT_VIEW_OVERVIEW);
}

/* A new number of reports picks the view that shows them all, until the
 * user picks one: a few reports stay a table even when the window is too
 * narrow for them, with the facts pinned while they scroll. */
#define FEW_REPORTS 8

void
cor_fact_view_choose_mode (CorFactView *self)
{
  gboolean fits = n_in_scope (self) <= MAX (cor_fact_view_get_n_fitting (self), FEW_REPORTS);

  if (!self->mode_chosen && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    cor_fact_view_set_mode (self, fits ? COR_FACT_VIEW_TABLE : COR_FACT_VIEW_OVERVIEW);
  cor_fact_view_update_mode (self);
}

void
cor_fact_view_overview_activated (CorFactView *self,
                                  guint        position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
}

void
cor_fact_view_grouping_changed (CorFactView *self)
{
  cor_overview_set_grouping (self->overview,
                             gtk_drop_down_get_selected (GTK_DROP_DOWN (self->grouping_dropdown)));
}

/* ---- Columns ---- */

static void
add_column (GtkColumnView       *view,
            GtkColumnViewColumn *column)
{
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
}

void
cor_fact_view_add_fixed_columns (CorFactView *self)
{
  add_column (self->fact_columns, cor_fact_cells_fact_column (&self->row_height));
  add_column (self->fact_columns, cor_fact_cells_agreement_column (&self->row_height));
  self->support_column = cor_fact_cells_support_column (&self->row_height);
  add_column (self->fact_columns, self->support_column);
  self->values_column = cor_fact_cells_values_column (&self->row_height);
  gtk_column_view_append_column (self->report_columns, self->values_column);
}

/* GTK 4.8's column titles are text only: each report's gets its badge in
 * front of its name, when the title has the box it has in GTK 4.8. */
void
cor_fact_view_decorate_headers (CorFactView *self)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->report_columns));
  GtkWidget *title = header ? gtk_widget_get_first_child (header) : NULL;

  for (guint i = 0; title != NULL && i < self->source_columns->len; i++, title = gtk_widget_get_next_sibling (title))
    {
      GtkWidget *box = gtk_widget_get_first_child (title);
      GtkWidget *badge = box ? gtk_widget_get_first_child (box) : NULL;
      CorSource *source = g_ptr_array_index (self->table->sources, i);
      g_autofree char *tooltip = NULL;

      if (!GTK_IS_BOX (box))
        return;
      if (badge == NULL || !gtk_widget_has_css_class (badge, "source-badge"))
        {
          badge = cor_source_badge_new ();
          gtk_widget_set_margin_end (badge, 6);
          gtk_box_prepend (GTK_BOX (box), badge);
        }
      cor_source_badge_set (badge, source, i);
      /* Translators: a report column's tooltip: the report's name and where it comes from */
      tooltip = g_strdup_printf (_("%s\n%s"), cor_source_get_label (source), cor_source_get_location (source));
      gtk_widget_set_tooltip_text (title, tooltip);
    }
}

static gboolean
has_copies (CorFactTable *table)
{
  for (guint i = 0; i < table->sources->len; i++)
    if (cor_fact_table_get_copy_group (table, i) != i)
      return TRUE;
  return FALSE;
}

void
cor_fact_view_set_source_columns (CorFactView  *self,
                                  CorFactTable *table)
{
  guint n = table ? MIN (table->sources->len, COR_FACT_VIEW_MAX_SOURCE_COLUMNS + 0u) : 0;

  /* Past the most the table shows, only the overview shows the reports. */
  if (table != NULL && table->sources->len > COR_FACT_VIEW_MAX_SOURCE_COLUMNS)
    n = 0;
  /* Without a model, adding a column does not build a cell in every row. */
  gtk_column_view_set_model (self->report_columns, NULL);
  for (guint i = 0; i < self->source_columns->len; i++)
    gtk_column_view_remove_column (self->report_columns, g_ptr_array_index (self->source_columns, i));
  g_ptr_array_set_size (self->source_columns, 0);

  /* Before the values column, which stays last. */
  gtk_column_view_remove_column (self->report_columns, self->values_column);
  for (guint i = 0; i < n; i++)
    {
      GtkColumnViewColumn *column = cor_fact_cells_report_column (g_ptr_array_index (table->sources, i), i,
                                                                  &self->row_height);

      gtk_column_view_append_column (self->report_columns, column);
      g_ptr_array_add (self->source_columns, column);
    }
  gtk_column_view_append_column (self->report_columns, self->values_column);
  /* The model comes back with the mode: the table's, or none for the overview. */
  gtk_column_view_set_model (self->report_columns,
                             cor_fact_view_get_mode (self) == COR_FACT_VIEW_TABLE
                             ? GTK_SELECTION_MODEL (self->selection) : NULL);
  cor_fact_view_decorate_headers (self);
  /* Copies make room for "30 reports, 1 independent account". */
  cor_fact_cells_set_support_wide (self->support_column, table != NULL && has_copies (table));
  cor_fact_view_scope_columns (self);
}

/* Only the story in view has columns, in the table and in the overview. */
void
cor_fact_view_scope_columns (CorFactView *self)
{
  for (guint i = 0; i < self->source_columns->len; i++)
    gtk_column_view_column_set_visible (g_ptr_array_index (self->source_columns, i), in_scope (self, i));
  cor_overview_set_story (self->overview, self->story);
  gtk_widget_queue_resize (self->table_area);
}

void
cor_fact_view_update_names (CorFactView *self)
{
  guint n;

  g_return_if_fail (COR_IS_FACT_VIEW (self));

  for (guint i = 0; i < self->source_columns->len; i++)
    {
      g_autofree char *title = cor_fact_cells_report_title (g_ptr_array_index (self->table->sources, i));

      gtk_column_view_column_set_title (g_ptr_array_index (self->source_columns, i), title);
    }
  cor_fact_view_decorate_headers (self);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_list_model_items_changed (G_LIST_MODEL (self->store), 0, n, n);
  gtk_widget_queue_draw (GTK_WIDGET (self->overview));
}

/* ---- Layout: the facts pinned at the start, the reports beside them ---- */

static void
table_measure (GtkWidget      *widget,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      gtk_widget_measure (child, orientation, -1, &min, &nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum += min;
          *natural += nat;
        }
      else
        {
          *minimum = MAX (*minimum, min);
          *natural = MAX (*natural, nat);
        }
    }
}

/* The reports get their full width first, then the facts what is left
 * (at least MIN_FACT_WIDTH), then the values beyond MAX_FACT_WIDTH. */
static void
table_allocate (GtkWidget *widget,
                int        width,
                int        height,
                int        baseline)
{
  CorFactView *self = COR_FACT_VIEW (gtk_widget_get_ancestor (widget, COR_TYPE_FACT_VIEW));
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int separator, right_nat, reports, left, right, min;
  int min_facts = MIN_FACT_WIDTH + support_extra (self), max_facts = MAX_FACT_WIDTH + support_extra (self);

  gtk_widget_measure (self->table_separator, GTK_ORIENTATION_HORIZONTAL, -1, &separator, NULL, NULL, NULL);
  gtk_widget_measure (self->report_scroller, GTK_ORIENTATION_HORIZONTAL, -1, &min, &right_nat, NULL, NULL);
  reports = 2;
  for (guint i = 0; i < self->source_columns->len; i++)
    if (gtk_column_view_column_get_visible (g_ptr_array_index (self->source_columns, i)))
      reports += COR_FACT_CELLS_REPORT_WIDTH;
  right_nat = MAX (right_nat, reports);
  left = MAX (MIN (min_facts, width / 2), width - separator - reports);
  if (left > max_facts)
    left = MAX (max_facts, width - separator - right_nat);
  gtk_widget_measure (self->fact_scroller, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  left = MIN (MAX (left, min), width - separator);
  right = MAX (width - separator - left, 0);

  gtk_widget_size_allocate (self->fact_scroller,
                            &(GtkAllocation) { rtl ? width - left : 0, 0, left, height }, -1);
  gtk_widget_size_allocate (self->table_separator,
                            &(GtkAllocation) { rtl ? right : left, 0, separator, height }, -1);
  gtk_widget_size_allocate (self->report_scroller,
                            &(GtkAllocation) { rtl ? 0 : left + separator, 0, right, height }, -1);
  /* The reports' view configured the shared vertical adjustment, which
   * asks the facts' scroller to allocate again: it does, in this pass. */
  gtk_widget_size_allocate (self->fact_scroller,
                            &(GtkAllocation) { rtl ? width - left : 0, 0, left, height }, -1);
}

void
cor_fact_view_setup_table (CorFactView *self)
{
  GtkScrolledWindow *left = GTK_SCROLLED_WINDOW (self->fact_scroller);
  GtkScrolledWindow *right = GTK_SCROLLED_WINDOW (self->report_scroller);

  gtk_widget_set_layout_manager (self->table_area, gtk_custom_layout_new (NULL, table_measure, table_allocate));
  /* One vertical position for both halves: their rows stay level. */
  gtk_scrolled_window_set_vadjustment (left, gtk_scrolled_window_get_vadjustment (right));
  gtk_scrolled_window_set_propagate_natural_width (right, TRUE);
  cor_bidi_scroll_from_start (right);
}

