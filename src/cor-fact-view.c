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
#include "cor-bidi.h"
#include "cor-fact-cells.h"
#include "cor-fact-menu.h"
#include "cor-fact-view.h"
#include "cor-overview.h"
#include "cor-source-badge.h"

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
  GtkColumnViewColumn *values_column;
  int                  row_height;
  gboolean             clearing_sort;

  CorFactTable        *table;
  char                *needle;
  CorFactFilter        filter_kind;
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

static void cor_fact_view_update_mode (CorFactView *self);

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

static void
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

/* ---- Table or overview ---- */

guint
cor_fact_view_get_n_fitting (CorFactView *self)
{
  int width;

  g_return_val_if_fail (COR_IS_FACT_VIEW (self), 0);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  if (width <= MIN_FACT_WIDTH)
    return 1;
  return MAX (1, (width - MIN_FACT_WIDTH) / COR_FACT_CELLS_REPORT_WIDTH);
}

static guint
n_reports (CorFactView *self)
{
  return self->table ? self->table->sources->len : 0;
}

/* The banner says why the view is what it is, and offers the other one. */
static void
cor_fact_view_update_banner (CorFactView *self,
                             CorFactViewMode mode)
{
  guint n = n_reports (self);
  gboolean fits = n <= cor_fact_view_get_n_fitting (self);
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
                                      "mentioned.", n), n);
  else if (!fits)
    text = g_strdup_printf (ngettext ("%u report does not fit beside the facts: scroll sideways, or see "
                                      "them all in the overview.",
                                      "%u reports do not fit beside the facts: scroll sideways, or see "
                                      "them all in the overview.", n), n);
  gtk_revealer_set_reveal_child (self->mode_revealer, text != NULL);
  gtk_label_set_text (self->mode_label, text ? text : "");
  gtk_button_set_label (self->mode_switch, mode == COR_FACT_VIEW_OVERVIEW ? _("Show Table")
                                                                          : _("Show Overview"));
  gtk_widget_set_visible (GTK_WIDGET (self->mode_switch),
                          mode == COR_FACT_VIEW_TABLE || n <= COR_FACT_VIEW_MAX_SOURCE_COLUMNS);
}

static void
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

static void
cor_fact_view_mode_toggled (CorFactView     *self,
                            GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  self->mode_chosen = TRUE;
  cor_fact_view_update_mode (self);
}

static void
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

static void
cor_fact_view_choose_mode (CorFactView *self)
{
  gboolean fits = n_reports (self) <= MAX (cor_fact_view_get_n_fitting (self), FEW_REPORTS);

  if (!self->mode_chosen && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    cor_fact_view_set_mode (self, fits ? COR_FACT_VIEW_TABLE : COR_FACT_VIEW_OVERVIEW);
  cor_fact_view_update_mode (self);
}

static void
cor_fact_view_overview_activated (CorFactView *self,
                                  guint        position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
}

static void
cor_fact_view_grouping_changed (CorFactView *self)
{
  cor_overview_set_grouping (self->overview,
                             gtk_drop_down_get_selected (GTK_DROP_DOWN (self->grouping_dropdown)));
}

/* ---- Columns ---- */

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

static void
add_column (GtkColumnView       *view,
            GtkColumnViewColumn *column)
{
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
}

static void
cor_fact_view_add_fixed_columns (CorFactView *self)
{
  add_column (self->fact_columns, cor_fact_cells_fact_column (&self->row_height));
  add_column (self->fact_columns, cor_fact_cells_agreement_column (&self->row_height));
  add_column (self->fact_columns, cor_fact_cells_support_column (&self->row_height));
  self->values_column = cor_fact_cells_values_column (&self->row_height);
  gtk_column_view_append_column (self->report_columns, self->values_column);
}

/* GTK 4.8's column titles are text only: each report's gets its badge in
 * front of its name, when the title has the box it has in GTK 4.8. */
static void
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

static void
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
  gtk_column_view_set_model (self->report_columns, GTK_SELECTION_MODEL (self->selection));
  cor_fact_view_decorate_headers (self);
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

  gtk_widget_measure (self->table_separator, GTK_ORIENTATION_HORIZONTAL, -1, &separator, NULL, NULL, NULL);
  gtk_widget_measure (self->report_scroller, GTK_ORIENTATION_HORIZONTAL, -1, &min, &right_nat, NULL, NULL);
  reports = self->source_columns->len * COR_FACT_CELLS_REPORT_WIDTH + 2;
  right_nat = MAX (right_nat, reports);
  left = MAX (MIN (MIN_FACT_WIDTH, width / 2), width - separator - reports);
  if (left > MAX_FACT_WIDTH)
    left = MAX (MAX_FACT_WIDTH, width - separator - right_nat);
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

static void
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

/* ---- Keyboard: one Tab stop, the arrows within ---- */

static GtkWidget *
find_cell (GtkWidget *root,
           guint      position,
           guint      source)
{
  if (cor_fact_cells_is_report_cell (root) && gtk_widget_get_mapped (root)
      && cor_fact_cells_get_position (root) == position
      && (source == G_MAXUINT || cor_fact_cells_get_source (root) == source))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_cell (child, position, source);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
focused_cell (CorFactView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && cor_fact_cells_is_report_cell (focus)
      && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->report_columns)))
    return focus;
  return NULL;
}

guint
cor_fact_view_get_focused_source (CorFactView *self)
{
  GtkWidget *cell;

  g_return_val_if_fail (COR_IS_FACT_VIEW (self), G_MAXUINT);

  cell = focused_cell (self);
  return cell ? cor_fact_cells_get_source (cell) : G_MAXUINT;
}

/* The focused row's position: from its focused cell or the selection. */
static guint
current_position (CorFactView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkWidget *cell = focused_cell (self);

  if (cell != NULL)
    return cor_fact_cells_get_position (cell);
  return gtk_bitset_is_empty (selected) ? 0 : gtk_bitset_get_minimum (selected);
}

/* Scrolls sideways just enough to show @cell. */
static void
reveal_cell (CorFactView *self,
             GtkWidget   *cell)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->report_scroller));
  graphene_rect_t bounds;
  double page = gtk_adjustment_get_page_size (h), value = gtk_adjustment_get_value (h);

  if (!gtk_widget_compute_bounds (cell, self->report_scroller, &bounds))
    return;
  if (bounds.origin.x < 0)
    gtk_adjustment_set_value (h, value + bounds.origin.x);
  else if (bounds.origin.x + bounds.size.width > page)
    gtk_adjustment_set_value (h, value + bounds.origin.x + bounds.size.width - page);
}

static gboolean
focus_cell (CorFactView *self,
            guint        position,
            guint        source)
{
  GtkWidget *cell;

  if (source >= self->source_columns->len || position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->fact_columns), "list.scroll-to-item", "u", position);
  cell = find_cell (GTK_WIDGET (self->report_columns), position, source);
  if (cell == NULL)
    return FALSE;
  self->focus_source = source;
  gtk_widget_grab_focus (cell);
  reveal_cell (self, cell);
  return TRUE;
}

static GtkWidget *
find_fact_cell (GtkWidget *root,
                guint      position)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (root), "cor-list-item");

  if (item != NULL && gtk_widget_get_mapped (root) && gtk_list_item_get_position (item) == position)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_fact_cell (child, position);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Back to the row of the pinned Fact columns, which the list view focuses. */
static void
focus_fact_row (CorFactView *self,
                guint        position)
{
  GtkWidget *cell = find_fact_cell (GTK_WIDGET (self->fact_columns), position);

  for (GtkWidget *w = cell; w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_focusable (w))
      {
        gtk_widget_grab_focus (w);
        return;
      }
  gtk_widget_grab_focus (GTK_WIDGET (self->fact_columns));
}

static gboolean
move_in_row (CorFactView *self,
             guint        keyval)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  gboolean forward = (keyval == GDK_KEY_Right) != rtl;
  GtkWidget *cell = focused_cell (self);
  guint position = current_position (self);

  if (cell == NULL)
    return forward && focus_cell (self, position, MIN (self->focus_source, self->source_columns->len - 1));
  if (forward)
    return focus_cell (self, position, cor_fact_cells_get_source (cell) + 1) || TRUE;
  if (cor_fact_cells_get_source (cell) == 0)
    {
      focus_fact_row (self, position);
      return TRUE;
    }
  return focus_cell (self, position, cor_fact_cells_get_source (cell) - 1);
}

static gboolean
move_between_rows (CorFactView *self,
                   guint        keyval)
{
  GtkWidget *cell = focused_cell (self);
  guint position, n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (cell == NULL)
    return FALSE;
  position = cor_fact_cells_get_position (cell);
  if (keyval == GDK_KEY_Up && position == 0)
    return TRUE;
  position = keyval == GDK_KEY_Up ? position - 1 : position + 1;
  if (position >= n)
    return TRUE;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  focus_cell (self, position, cor_fact_cells_get_source (cell));
  return TRUE;
}

/* Tab leaves the table at once, where the column views would step
 * through it a row at a time. */
static void
leave_table (CorFactView      *self,
             GtkDirectionType  direction)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_set_can_focus (self->table_area, FALSE);
  gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (self->table_area, TRUE);
}

static gboolean
table_key_pressed (CorFactView           *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  state &= GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK;
  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab || keyval == GDK_KEY_KP_Tab)
      && !(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    {
      leave_table (self, (state & GDK_SHIFT_MASK) || keyval == GDK_KEY_ISO_Left_Tab
                         ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
      return TRUE;
    }
  if ((keyval == GDK_KEY_F10 && state == GDK_SHIFT_MASK) || (keyval == GDK_KEY_Menu && state == 0))
    {
      cor_fact_view_popup_menu (self);
      return TRUE;
    }
  if (state != 0)
    return FALSE;
  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right)
    return move_in_row (self, keyval);
  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_Down)
    return move_between_rows (self, keyval);
  return FALSE;
}

/* ---- The row menu ---- */

static void
popup_at (CorFactView *self,
          guint        position,
          guint        source,
          double       x,
          double       y)
{
  g_autoptr(CorFactRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autoptr(GMenuModel) model = NULL;

  if (row == NULL)
    return;
  if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  model = cor_fact_menu_new (row, source);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

void
cor_fact_view_popup_menu (CorFactView *self)
{
  GtkWidget *cell;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  guint position;

  g_return_if_fail (COR_IS_FACT_VIEW (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return;
  position = current_position (self);
  cell = focused_cell (self);
  if (cell == NULL)
    cell = find_cell (GTK_WIDGET (self->report_columns), position, G_MAXUINT);
  if (cell != NULL && !gtk_widget_compute_bounds (cell, GTK_WIDGET (self), &bounds))
    bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  popup_at (self, position, cell == focused_cell (self) && cell ? cor_fact_cells_get_source (cell) : G_MAXUINT,
            bounds.origin.x, bounds.origin.y + bounds.size.height / 2);
}

/* The row and report under a point of @view, from the cell picked there. */
static gboolean
pick_row (CorFactView *self,
          GtkWidget   *view,
          double       x,
          double       y,
          guint       *position,
          guint       *source)
{
  GtkWidget *picked = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);

  for (; picked != NULL && picked != view; picked = gtk_widget_get_parent (picked))
    if (g_object_get_data (G_OBJECT (picked), "cor-list-item") != NULL)
      {
        GtkListItem *item = g_object_get_data (G_OBJECT (picked), "cor-list-item");

        *position = gtk_list_item_get_position (item);
        *source = cor_fact_cells_is_report_cell (picked) ? cor_fact_cells_get_source (picked) : G_MAXUINT;
        return *position != GTK_INVALID_LIST_POSITION;
      }
  return FALSE;
}

static void
secondary_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   CorFactView     *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  guint position, source;
  graphene_point_t point;

  if (!pick_row (self, view, x, y, &position, &source))
    return;
  if (!gtk_widget_compute_point (view, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_at (self, position, source, point.x, point.y);
}

static void
add_secondary_click (CorFactView *self,
                     GtkWidget   *view)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed), self);
  gtk_widget_add_controller (view, GTK_EVENT_CONTROLLER (click));
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

void
cor_fact_view_select (CorFactView *self,
                      guint        position)
{
  g_return_if_fail (COR_IS_FACT_VIEW (self));

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->fact_columns), "list.scroll-to-item", "u", position);
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

  gtk_widget_init_template (GTK_WIDGET (self));
  self->source_columns = g_ptr_array_new_with_free_func (g_object_unref);
  cor_fact_view_setup_model (self);
  cor_fact_view_setup_table (self);
  cor_fact_view_setup_grouping (self);
  cor_fact_view_add_fixed_columns (self);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (table_key_pressed), self);
  gtk_widget_add_controller (self->table_area, keys);
  add_secondary_click (self, GTK_WIDGET (self->fact_columns));
  add_secondary_click (self, GTK_WIDGET (self->report_columns));
  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  cor_a11y_name_inner (GTK_WIDGET (self->filter_dropdown), _("Show Facts"));
  cor_a11y_name_inner (GTK_WIDGET (self->fact_columns), _("Facts"));
  cor_a11y_name_inner (GTK_WIDGET (self->report_columns), _("Report columns"));
  cor_fact_view_update_count (self);
}
