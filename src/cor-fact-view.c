/* cor-fact-view.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cor-a11y.h"
#include "cor-fact-cells.h"
#include "cor-fact-view-private.h"
#include "cor-overview.h"
#include "cor-stories.h"



/* About a screenful: each frame lays out no more new rows than this. */
#define FILL_BATCH 8
/* The first rows of a table also load its fonts and glyphs: fewer of them. */
#define FIRST_BATCH 3

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CorFactView, cor_fact_view, GTK_TYPE_WIDGET)

/* ---- Filtering and counting ---- */

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  CorFactView *self = user_data;
  CorFact *fact = cor_fact_row_get_fact (item);
  static const int wanted[] = {
    [COR_FACT_FILTER_ALL] = -1,
    [COR_FACT_FILTER_CONFLICT] = COR_AGREEMENT_CONFLICT,
    [COR_FACT_FILTER_PARTIAL] = COR_AGREEMENT_PARTIAL,
    [COR_FACT_FILTER_SINGLE] = COR_AGREEMENT_SINGLE,
    [COR_FACT_FILTER_AGREED] = COR_AGREEMENT_AGREED,
    [COR_FACT_FILTER_EDITED] = -1,
  };

  /* The row the user just corrected stays where they look at it. */
  if (self->kept_id != NULL && g_strcmp0 (fact->id, self->kept_id) == 0)
    return TRUE;
  if (self->filter_kind == COR_FACT_FILTER_EDITED && !cor_fact_row_is_edited (item))
    return FALSE;
  if (wanted[self->filter_kind] >= 0 && (int)fact->agreement != wanted[self->filter_kind])
    return FALSE;
  if (self->story != COR_NO_STORY && fact->story != self->story)
    return FALSE;
  if (self->only_in != G_MAXUINT
      && !cor_stories_is_only_in (cor_fact_row_get_table (item), fact, self->only_in))
    return FALSE;
  return cor_fact_row_matches (item, self->needle);
}

static void
cor_fact_view_update_count (CorFactView *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  /* Until every row is in, the count is the table's. */
  if (self->pending != NULL)
    total = shown = self->pending->len;
  if (shown == total)
    text = g_strdup_printf (ngettext ("%u fact", "%u facts", total), total);
  else
    /* Translators: rows in view of all rows, as in "12 of 40 facts" */
    text = g_strdup_printf (ngettext ("%u of %u fact", "%u of %u facts", total), shown, total);
  gtk_label_set_text (self->count_label, text);
  cor_fact_view_update_mode (self);
}

static void
cor_fact_view_refilter (CorFactView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
cor_fact_view_search_changed (CorFactView    *self,
                              GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_clear_pointer (&self->needle, g_free);
  self->needle = g_utf8_casefold (text, -1);
  g_clear_pointer (&self->kept_id, g_free);
  cor_fact_view_refilter (self);
}

static void
cor_fact_view_stop_search (CorFactView    *self,
                           GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->fact_columns));
}

static void
cor_fact_view_filter_changed (CorFactView *self,
                              GParamSpec  *pspec,
                              GtkDropDown *dropdown)
{
  self->filter_kind = gtk_drop_down_get_selected (dropdown);
  g_clear_pointer (&self->kept_id, g_free);
  cor_fact_view_refilter (self);
}

void
cor_fact_view_show_all (CorFactView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_drop_down_set_selected (self->filter_dropdown, COR_FACT_FILTER_ALL);
}

static void
on_selection_changed (CorFactView *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* Either view's header sorts the rows; the last one clicked wins. */
static void
sorter_changed (CorFactView   *self,
                GtkSorterChange change,
                GtkSorter     *sorter)
{
  GtkColumnView *other;

  if (self->clearing_sort || gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE)
    return;
  other = sorter == gtk_column_view_get_sorter (self->fact_columns) ? self->report_columns
                                                                   : self->fact_columns;
  self->clearing_sort = TRUE;
  gtk_column_view_sort_by_column (other, NULL, GTK_SORT_ASCENDING);
  self->clearing_sort = FALSE;
}

/* ---- Rows entering the view ---- */

static void
cor_fact_view_fill_done (CorFactView *self)
{
  g_autofree char *selected_id = g_steal_pointer (&self->pending_selection);

  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  self->n_added = 0;
  self->skip_frame = FALSE;
  if (selected_id != NULL)
    cor_fact_view_select_fact_id (self, selected_id);
  cor_a11y_name_inner (GTK_WIDGET (self->filter_dropdown), _("Show Facts"));
  cor_a11y_name_inner (GTK_WIDGET (self->fact_columns), _("Facts"));
  cor_a11y_name_inner (GTK_WIDGET (self->report_columns), _("Report columns"));
  cor_fact_view_update_count (self);
}

static void
cor_fact_view_add_pending (CorFactView *self,
                           guint        n)
{
  n = MIN (n, self->pending->len - self->n_added);
  g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                       self->pending->pdata + self->n_added, n);
  self->n_added += n;
}

static gboolean
cor_fact_view_fill_step (GtkWidget     *widget,
                         GdkFrameClock *clock,
                         gpointer       user_data)
{
  CorFactView *self = COR_FACT_VIEW (widget);

  if (self->skip_frame)
    {
      self->skip_frame = FALSE;
      return G_SOURCE_CONTINUE;
    }
  cor_fact_view_add_pending (self, self->n_added == 0 ? FIRST_BATCH : FILL_BATCH);
  if (self->n_added < self->pending->len)
    return G_SOURCE_CONTINUE;
  self->fill_tick = 0;
  cor_fact_view_fill_done (self);
  return G_SOURCE_REMOVE;
}

/* Out of sight nothing is laid out: the rest goes in at once. */
static void
cor_fact_view_unmap (GtkWidget *widget)
{
  CorFactView *self = COR_FACT_VIEW (widget);

  if (self->pending != NULL)
    {
      cor_fact_view_add_pending (self, G_MAXUINT);
      cor_fact_view_fill_done (self);
    }
  GTK_WIDGET_CLASS (cor_fact_view_parent_class)->unmap (widget);
}

static gboolean
cor_fact_view_mode_idle (gpointer user_data)
{
  CorFactView *self = user_data;

  self->mode_idle = 0;
  cor_fact_view_choose_mode (self);
  return G_SOURCE_REMOVE;
}

/* A new width may fit more reports, or fewer. */
static void
cor_fact_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  CorFactView *self = COR_FACT_VIEW (widget);
  int old = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "cor-width"));

  gtk_widget_size_allocate (GTK_WIDGET (self->box), &(GtkAllocation) { 0, 0, width, height }, baseline);
  /* A popover's parent places it at each allocation. */
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
  if (old == width)
    return;
  g_object_set_data (G_OBJECT (self), "cor-width", GINT_TO_POINTER (width));
  /* The banner changes the layout: it waits for the next frame. */
  if (self->mode_idle == 0)
    self->mode_idle = g_idle_add (cor_fact_view_mode_idle, self);
}

static CorFactRow *
selected_row (CorFactView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_is_empty (selected))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_minimum (selected));
}

/* Whether the columns @table needs are those in place. */
static gboolean
same_columns (CorFactTable *old,
              CorFactTable *table)
{
  guint max = COR_FACT_VIEW_MAX_SOURCE_COLUMNS;

  if (old == NULL || table == NULL)
    return FALSE;
  if (old->sources->len > max && table->sources->len > max)
    return TRUE;
  return old->sources->len == table->sources->len;
}

static GPtrArray *
new_rows (CorFactTable *table)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; table != NULL && i < table->facts->len; i++)
    g_ptr_array_add (rows, cor_fact_row_new (table, g_ptr_array_index (table->facts, i)));
  return rows;
}

/* The rows of a new table enter a screenful per frame: the first frame
 * after an analysis of 200 reports would otherwise measure every row the
 * column view keeps (up to 200 in GTK 4.8), with their wrapped text. */
void
cor_fact_view_set_table (CorFactView  *self,
                         CorFactTable *table)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *selected_id = NULL;
  g_autoptr(CorFactRow) selected = NULL;
  gboolean keep_columns;

  g_return_if_fail (COR_IS_FACT_VIEW (self));

  selected = selected_row (self);
  if (selected != NULL)
    selected_id = g_strdup (cor_fact_row_get_fact (selected)->id);
  else
    selected_id = g_steal_pointer (&self->pending_selection);
  cor_fact_view_fill_done (self);

  keep_columns = same_columns (self->table, table);
  if (table != NULL)
    cor_fact_table_ref (table);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  self->table = table;
  rows = new_rows (table);
  g_clear_pointer (&self->kept_id, g_free);

  /* Rows go first: the old ones may point into a table that is changing. */
  g_list_store_remove_all (self->store);
  if (!keep_columns)
    {
      cor_fact_view_set_source_columns (self, table);
      self->mode_chosen = FALSE;
    }
  else
    cor_fact_view_update_names (self);
  cor_overview_set_model (self->overview, GTK_SELECTION_MODEL (self->selection), table);
  cor_fact_view_choose_mode (self);

  self->pending = g_steal_pointer (&rows);
  self->pending_selection = g_steal_pointer (&selected_id);
  /* New columns are laid out in a frame of their own; the rows follow. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    cor_fact_view_add_pending (self, G_MAXUINT);
  else if (keep_columns)
    cor_fact_view_add_pending (self, FILL_BATCH);
  else
    self->skip_frame = TRUE;
  if (self->n_added < self->pending->len)
    self->fill_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), cor_fact_view_fill_step, NULL, NULL);
  else
    cor_fact_view_fill_done (self);
}

static gboolean
restore_scroll (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  CorFactView *self = COR_FACT_VIEW (widget);
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->report_scroller));

  self->restore_tick = 0;
  gtk_adjustment_set_value (v, self->restore_top);
  return G_SOURCE_REMOVE;
}

void
cor_fact_view_refresh (CorFactView *self)
{
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->report_scroller));
  double top = gtk_adjustment_get_value (v);
  g_autoptr(CorFactRow) selected = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_if_fail (COR_IS_FACT_VIEW (self));

  cor_fact_view_fill_done (self);
  selected = selected_row (self);
  g_free (self->kept_id);
  self->kept_id = selected ? g_strdup (cor_fact_row_get_fact (selected)->id) : NULL;
  g_clear_object (&selected);
  rows = new_rows (self->table);
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
  /* The same row selected, without scrolling to it: the view stays put. */
  for (guint i = 0; self->kept_id && i < g_list_model_get_n_items (G_LIST_MODEL (self->selection)); i++)
    {
      g_autoptr(CorFactRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (g_strcmp0 (cor_fact_row_get_fact (row)->id, self->kept_id) == 0)
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
    }
  /* Once the new rows are laid out, the view goes back where it was. */
  self->restore_top = top;
  if (self->restore_tick == 0)
    self->restore_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), restore_scroll, NULL, NULL);
  cor_overview_set_model (self->overview, GTK_SELECTION_MODEL (self->selection), self->table);
  cor_a11y_name_inner (GTK_WIDGET (self->filter_dropdown), _("Show Facts"));
  cor_a11y_name_inner (GTK_WIDGET (self->fact_columns), _("Facts"));
  cor_a11y_name_inner (GTK_WIDGET (self->report_columns), _("Report columns"));
  cor_fact_view_update_count (self);
}

/* ---- The rest of the API ---- */

gboolean
cor_fact_view_is_filling (CorFactView *self)
{
  g_return_val_if_fail (COR_IS_FACT_VIEW (self), FALSE);
  return self->pending != NULL;
}

GListModel *
cor_fact_view_get_model (CorFactView *self)
{
  g_return_val_if_fail (COR_IS_FACT_VIEW (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

CorFactRow *
cor_fact_view_get_selected (CorFactView *self)
{
  g_return_val_if_fail (COR_IS_FACT_VIEW (self), NULL);
  return selected_row (self);
}

GPtrArray *
cor_fact_view_get_selected_facts (CorFactView *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  GPtrArray *facts = g_ptr_array_new ();
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (COR_IS_FACT_VIEW (self), facts);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(CorFactRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

      g_ptr_array_add (facts, cor_fact_row_get_fact (row));
    }
  return facts;
}

/* The list.scroll-to-item action belongs to the list inside a GTK 4.8
 * column view, not to the column view: activated on it, it does nothing. */
void
cor_fact_view_scroll_to (CorFactView *self,
                         guint        position)
{
  GtkWidget *list = gtk_widget_get_last_child (GTK_WIDGET (self->fact_columns));

  /* A list that is not on screen (the overview is, or the model has just
   * been swapped) has no rows to scroll to, and GTK would warn. */
  if (list != NULL && gtk_widget_get_mapped (list) && gtk_widget_get_height (list) > 0
      && position < g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
}

void
cor_fact_view_select (CorFactView *self,
                      guint        position)
{
  g_return_if_fail (COR_IS_FACT_VIEW (self));

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  cor_fact_view_scroll_to (self, position);
}

void
cor_fact_view_select_fact_id (CorFactView *self,
                              const char  *id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  g_return_if_fail (COR_IS_FACT_VIEW (self));

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CorFactRow) row = g_list_model_get_item (model, i);

      if (g_strcmp0 (cor_fact_row_get_fact (row)->id, id) == 0)
        {
          cor_fact_view_select (self, i);
          return;
        }
    }
}

gboolean
cor_fact_view_select_conflict (CorFactView *self,
                               gboolean     forward)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GtkBitset) selected = NULL;
  guint start;

  g_return_val_if_fail (COR_IS_FACT_VIEW (self), FALSE);

  if (n == 0)
    return FALSE;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  start = gtk_bitset_is_empty (selected) ? (forward ? n - 1 : 0) : gtk_bitset_get_minimum (selected);
  for (guint step = 1; step <= n; step++)
    {
      guint i = forward ? (start + step) % n : (start + n - step % n) % n;
      g_autoptr(CorFactRow) row = g_list_model_get_item (model, i);

      if (cor_fact_row_get_fact (row)->agreement == COR_AGREEMENT_CONFLICT)
        {
          cor_fact_view_select (self, i);
          return TRUE;
        }
    }
  return FALSE;
}

void
cor_fact_view_start_search (CorFactView *self)
{
  g_return_if_fail (COR_IS_FACT_VIEW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
cor_fact_view_set_search_capture (CorFactView *self,
                                  GtkWidget   *widget)
{
  g_return_if_fail (COR_IS_FACT_VIEW (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

void
cor_fact_view_set_filter (CorFactView   *self,
                          CorFactFilter  filter)
{
  g_return_if_fail (COR_IS_FACT_VIEW (self));
  gtk_drop_down_set_selected (self->filter_dropdown, filter);
}

void
cor_fact_view_set_scope (CorFactView *self,
                         guint        story,
                         guint        only_in)
{
  g_return_if_fail (COR_IS_FACT_VIEW (self));

  self->story = story;
  self->only_in = only_in;
  g_clear_pointer (&self->kept_id, g_free);
  cor_fact_view_scope_columns (self);
  cor_fact_view_refilter (self);
  cor_fact_view_choose_mode (self);
}

GtkWidget *
cor_fact_view_get_fact_columns (CorFactView *self)
{
  return GTK_WIDGET (self->fact_columns);
}

GtkWidget *
cor_fact_view_get_report_columns (CorFactView *self)
{
  return GTK_WIDGET (self->report_columns);
}

GtkWidget *
cor_fact_view_get_overview (CorFactView *self)
{
  return GTK_WIDGET (self->overview);
}

GtkPopover *
cor_fact_view_get_menu (CorFactView *self)
{
  return GTK_POPOVER (self->menu);
}

/* ---- The widget ---- */

static void
cor_fact_view_dispose (GObject *object)
{
  CorFactView *self = (CorFactView *)object;

  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
  if (self->restore_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->restore_tick);
  self->restore_tick = 0;
  g_clear_handle_id (&self->mode_idle, g_source_remove);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_FACT_VIEW);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->pending_selection, g_free);
  g_clear_pointer (&self->kept_id, g_free);
  g_clear_object (&self->values_column);
  g_clear_pointer (&self->source_columns, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (cor_fact_view_parent_class)->dispose (object);
}

static void
cor_fact_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (COR_FACT_VIEW (widget)->box), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
cor_fact_view_class_init (CorFactViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_fact_view_dispose;
  widget_class->unmap = cor_fact_view_unmap;
  widget_class->measure = cor_fact_view_measure;
  widget_class->size_allocate = cor_fact_view_size_allocate;

  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  g_type_ensure (COR_TYPE_OVERVIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-fact-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CorFactView, box);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, table_button);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, overview_button);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, mode_revealer);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, mode_label);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, mode_switch);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, stack);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, table_area);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, fact_scroller);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, report_scroller);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, table_separator);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, fact_columns);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, report_columns);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, overview);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_mode_switch_clicked);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_show_all);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_overview_activated);
  gtk_widget_class_set_css_name (widget_class, "factview");
}

static void
cor_fact_view_setup_grouping (CorFactView *self)
{
  /* Translators: how the overview groups the reports' columns */
  const char *labels[] = { N_("By Outlet"), N_("By Date"), NULL };
  const char *translated[] = { _(labels[0]), _(labels[1]), NULL };

  self->grouping_dropdown = gtk_drop_down_new_from_strings (translated);
  gtk_widget_set_tooltip_text (self->grouping_dropdown, _("Group the Reports"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grouping_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Group the Reports"), -1);
  g_signal_connect_swapped (self->grouping_dropdown, "notify::selected",
                            G_CALLBACK (cor_fact_view_grouping_changed), self);
  gtk_box_insert_child_after (GTK_BOX (self->toolbar), self->grouping_dropdown,
                              gtk_widget_get_parent (self->table_button));
  cor_a11y_name_inner (self->grouping_dropdown, _("Group the Reports"));
}

static void
cor_fact_view_setup_model (CorFactView *self)
{
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();
  GtkSorter *fact_sorter = gtk_column_view_get_sorter (self->fact_columns);
  GtkSorter *report_sorter = gtk_column_view_get_sorter (self->report_columns);

  gtk_multi_sorter_append (sorter, g_object_ref (fact_sorter));
  gtk_multi_sorter_append (sorter, g_object_ref (report_sorter));
  g_signal_connect_swapped (fact_sorter, "changed", G_CALLBACK (sorter_changed), self);
  g_signal_connect_swapped (report_sorter, "changed", G_CALLBACK (sorter_changed), self);

  self->store = g_list_store_new (COR_TYPE_FACT_ROW);
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                                  GTK_FILTER (self->filter));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model), GTK_SORTER (sorter));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (self->sort_model));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (cor_fact_view_update_count), self);
  gtk_column_view_set_model (self->fact_columns, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_set_model (self->report_columns, GTK_SELECTION_MODEL (self->selection));
}

static void
cor_fact_view_init (CorFactView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->story = COR_NO_STORY;
  self->only_in = G_MAXUINT;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->source_columns = g_ptr_array_new_with_free_func (g_object_unref);
  cor_fact_view_setup_model (self);
  cor_fact_view_setup_table (self);
  cor_fact_view_setup_grouping (self);
  cor_fact_view_add_fixed_columns (self);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (cor_fact_view_key_pressed), self);
  gtk_widget_add_controller (self->table_area, keys);
  cor_fact_view_add_secondary_click (self, GTK_WIDGET (self->fact_columns));
  cor_fact_view_add_secondary_click (self, GTK_WIDGET (self->report_columns));
  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  cor_a11y_name_inner (GTK_WIDGET (self->filter_dropdown), _("Show Facts"));
  cor_a11y_name_inner (GTK_WIDGET (self->fact_columns), _("Facts"));
  cor_a11y_name_inner (GTK_WIDGET (self->report_columns), _("Report columns"));
  cor_fact_view_update_count (self);
}
