/* cor-source-list.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source-list"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-a11y.h"
#include "cor-source.h"
#include "cor-source-badge.h"
#include "cor-source-list.h"
#include "cor-format.h"
#include "cor-source-row.h"

struct _CorSourceList
{
  GtkWidget     parent_instance;

  GtkWidget    *scroller;
  GtkGridView  *grid_view;

  GListStore   *rows;         /* CorSourceRow, one per item of sources */
  GtkSliceListModel *shown;   /* the rows the grid view has been given */
  guint         fill_tick;
  guint         counts_tick;  /* shows the table's counts a frame later */
  GListModel   *sources;      /* CorSource, the window's */
  gulong        items_changed_id;
  CorFactTable *table;        /* the one the counts come from */
};

G_DEFINE_FINAL_TYPE (CorSourceList, cor_source_list, GTK_TYPE_WIDGET)

/* Rows given to the grid view per frame while it fills its height: 200
 * new rows at once built and measured some 30 row widgets in one frame. */
#define FILL_BATCH 8
/* Beyond about a screenful the grid view builds no more widgets. */
#define FILL_SCREEN 40

/* The widgets of one recycled row, found again at each bind. */
typedef struct
{
  GtkWidget *badge;
  GtkWidget *problem;    /* an icon for a report that is not compared */
  GtkWidget *outlet;
  GtkWidget *facts;
  GtkWidget *title;
  GtkWidget *details;
  GtkWidget *error;
  GtkWidget *held;       /* keep or drop a file that is not an article */
  GtkWidget *menu_button;
  guint      menu_position;   /* whom its menu targets, or G_MAXUINT */
} RowWidgets;

static GtkWidget *
new_label (const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Where a report's date came from, so that a file's time is never taken
 * for the date the report gives. */
static const char *
date_origin (CorSource *source)
{
  const char *from = cor_source_get_published_from (source);

  if (g_strcmp0 (from, COR_PUBLISHED_FROM_TEXT) == 0)
    /* Translators: where a report's date came from, after the date: its own text */
    return C_("date origin", "from its text");
  if (g_strcmp0 (from, COR_PUBLISHED_FROM_METADATA) == 0)
    /* Translators: where a report's date came from: the web page's or the PDF's metadata */
    return C_("date origin", "from its metadata");
  if (g_strcmp0 (from, COR_PUBLISHED_FROM_FILE) == 0)
    /* Translators: where a report's date came from: nothing dated it, so
     * this is when its file was last changed, not necessarily published */
    return C_("date origin", "file’s time");
  if (g_strcmp0 (from, COR_PUBLISHED_FROM_OPTION) == 0)
    /* Translators: where a report's date came from: the user gave it */
    return C_("date origin", "set by you");
  return NULL;
}

static char *
describe_source (CorSource *source)
{
  const char *published = cor_source_get_published (source);
  const char *origin = published ? date_origin (source) : NULL;
  g_autofree char *date = published ? cor_format_date (published) : NULL;
  g_autofree char *length = NULL;
  gsize chars = cor_source_get_text_length (source);

  /* Translators: the length of a report */
  length = g_strdup_printf (ngettext ("%'zu character", "%'zu characters", chars), chars);
  if (date == NULL)
    date = g_strdup (_("No date"));
  if (origin != NULL)
    /* Translators: date (where the date came from) · length, e.g.
     * "4 February 2026 (file’s time) · 3,120 characters" */
    return g_strdup_printf (_("%s (%s) · %s"), date, origin, length);
  /* Translators: date · length */
  return g_strdup_printf (_("%s · %s"), date, length);
}

static GMenuModel *
new_row_menu (guint position)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) read = g_menu_item_new (_("Read _Report"), NULL);
  g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename Outlet…"), NULL);
  g_autoptr(GMenuItem) date = g_menu_item_new (_("Set Published _Date…"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove"), NULL);

  g_menu_item_set_action_and_target (read, "win.read-source", "u", position);
  g_menu_item_set_action_and_target (rename, "win.rename-source", "u", position);
  g_menu_item_set_action_and_target (date, "win.set-source-date", "u", position);
  g_menu_item_set_action_and_target (remove, "win.remove-source", "u", position);
  g_menu_append_item (menu, read);
  g_menu_append_item (menu, rename);
  g_menu_append_item (menu, date);
  g_menu_append_item (menu, remove);
  return G_MENU_MODEL (menu);
}

/* The menu is built when first opened, for the report the row shows then:
 * a popover per row is costly, and a recycled row changes report. */
static void
create_row_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  CorSourceRow *row = gtk_list_item_get_item (GTK_LIST_ITEM (user_data));
  RowWidgets *widgets = g_object_get_data (G_OBJECT (user_data), "cor-row-widgets");
  g_autoptr(GMenuModel) menu = NULL;

  if (row == NULL)
    return;
  widgets->menu_position = cor_source_row_get_position (row);
  menu = new_row_menu (widgets->menu_position);
  gtk_menu_button_set_menu_model (button, menu);
}

static void
row_secondary_click (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     RowWidgets      *widgets)
{
  gtk_menu_button_popup (GTK_MENU_BUTTON (widgets->menu_button));
}

/* The tooltip is asked for when shown: setting one at every bind made the
 * toolkit look for a tooltip under the pointer at each row built. */
static gboolean
menu_query_tooltip (GtkWidget   *button,
                    int          x,
                    int          y,
                    gboolean     keyboard,
                    GtkTooltip  *tooltip,
                    GtkListItem *item)
{
  CorSourceRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  if (row == NULL)
    return FALSE;
  /* Translators: %s names a report */
  text = g_strdup_printf (_("Options for %s"), cor_source_get_label (cor_source_row_get_source (row)));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The path or address is the tooltip of the name, never the name. */
static gboolean
outlet_query_tooltip (GtkWidget   *label,
                      int          x,
                      int          y,
                      gboolean     keyboard,
                      GtkTooltip  *tooltip,
                      GtkListItem *item)
{
  CorSourceRow *row = gtk_list_item_get_item (item);
  CorSource *source;

  if (row == NULL)
    return FALSE;
  source = cor_source_row_get_source (row);
  gtk_tooltip_set_text (tooltip, cor_source_get_location (source));
  return TRUE;
}

static GtkWidget *
new_held_buttons (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *keep = gtk_button_new_with_mnemonic (_("_Compare Anyway"));
  GtkWidget *drop = gtk_button_new_with_mnemonic (_("_Remove"));

  gtk_widget_add_css_class (keep, "pill");
  gtk_widget_add_css_class (drop, "pill");
  gtk_widget_add_css_class (box, "held-buttons");
  gtk_box_append (GTK_BOX (box), keep);
  gtk_box_append (GTK_BOX (box), drop);
  gtk_widget_set_margin_top (box, 4);
  return box;
}

static void
set_held_targets (GtkWidget *box,
                  guint      position)
{
  GtkWidget *keep = gtk_widget_get_first_child (box);
  GtkWidget *drop = gtk_widget_get_last_child (box);

  /* The target first: an action of type "u" with none would warn. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (keep), "u", position);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (keep), "win.keep-source");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (drop), "u", position);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (drop), "win.remove-source");
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  RowWidgets *widgets = g_new0 (RowWidgets, 1);
  GtkGesture *click = gtk_gesture_click_new ();

  widgets->badge = cor_source_badge_new ();
  gtk_widget_set_valign (widgets->badge, GTK_ALIGN_START);
  gtk_widget_set_margin_top (widgets->badge, 2);
  widgets->problem = gtk_image_new ();
  gtk_widget_set_valign (widgets->problem, GTK_ALIGN_START);
  gtk_widget_set_margin_top (widgets->problem, 2);
  widgets->menu_position = G_MAXUINT;

  widgets->outlet = new_label ("heading", FALSE);
  /* Names of one outlet often differ only at their end. */
  gtk_label_set_ellipsize (GTK_LABEL (widgets->outlet), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_has_tooltip (widgets->outlet, TRUE);
  g_signal_connect (widgets->outlet, "query-tooltip", G_CALLBACK (outlet_query_tooltip), item);
  gtk_widget_set_hexpand (widgets->outlet, TRUE);
  /* The count sits beside the outlet, whole, where a narrow sidebar would
   * cut it off the end of the details; a wrapped line instead would cost a
   * frame of 400 ms to measure with 200 reports. */
  widgets->facts = gtk_label_new (NULL);
  gtk_widget_add_css_class (widgets->facts, "caption");
  gtk_widget_add_css_class (widgets->facts, "dim-label");
  gtk_widget_set_valign (widgets->facts, GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (widgets->outlet, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (heading), widgets->outlet);
  gtk_box_append (GTK_BOX (heading), widgets->facts);
  widgets->title = new_label (NULL, FALSE);
  widgets->details = new_label ("caption", FALSE);
  /* Wrapped: the reason is a sentence, and only unread reports have one. */
  widgets->error = new_label ("error", TRUE);
  gtk_widget_add_css_class (widgets->error, "caption");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), heading);
  gtk_box_append (GTK_BOX (text), widgets->title);
  gtk_box_append (GTK_BOX (text), widgets->details);
  gtk_box_append (GTK_BOX (text), widgets->error);
  widgets->held = new_held_buttons ();
  gtk_box_append (GTK_BOX (text), widgets->held);

  widgets->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (widgets->menu_button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (widgets->menu_button), create_row_menu,
                                         item, NULL);
  gtk_widget_add_css_class (widgets->menu_button, "flat");
  gtk_widget_set_has_tooltip (widgets->menu_button, TRUE);
  g_signal_connect (widgets->menu_button, "query-tooltip", G_CALLBACK (menu_query_tooltip), item);
  gtk_widget_set_valign (widgets->menu_button, GTK_ALIGN_CENTER);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (row_secondary_click), widgets);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));

  gtk_box_append (GTK_BOX (row), widgets->badge);
  gtk_box_append (GTK_BOX (row), widgets->problem);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), widgets->menu_button);
  g_object_set_data_full (G_OBJECT (item), "cor-row-widgets", widgets, g_free);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

/* What keeps a report out of the table, if anything: an error reading it,
 * or a file that does not read as an article and waits for the user. */
static const char *
source_problem (CorSource  *source,
                gboolean   *held)
{
  const GError *error = cor_source_get_error (source);

  *held = FALSE;
  if (error != NULL)
    return error->message;
  if (cor_source_get_not_article (source) != NULL)
    {
      *held = TRUE;
      return cor_source_get_not_article (source);
    }
  return NULL;
}

static void
update_row (GtkListItem *item)
{
  RowWidgets *widgets = g_object_get_data (G_OBJECT (item), "cor-row-widgets");
  CorSourceRow *row = gtk_list_item_get_item (item);
  CorSource *source = cor_source_row_get_source (row);
  guint position = cor_source_row_get_position (row);
  int column = cor_source_row_get_column (row);
  const char *label = cor_source_get_label (source);
  const char *title = cor_source_get_title (source);
  const char *warning = cor_source_get_warning (source);
  gboolean held;
  const char *problem = source_problem (source, &held);
  /* A report that was read may still carry a warning (bytes that were not
   * UTF-8, a language other than English): it shows where a problem would. */
  const char *shown = problem != NULL ? problem : warning;
  gboolean mild = held || problem == NULL;
  int n_facts = cor_source_row_get_n_facts (row);
  g_autofree char *details = describe_source (source);
  g_autofree char *facts = NULL;
  g_autofree char *menu_label = NULL;

  cor_source_badge_set (widgets->badge, source, column);
  gtk_widget_set_visible (widgets->badge, problem == NULL);
  gtk_image_set_from_icon_name (GTK_IMAGE (widgets->problem),
                                held ? "dialog-warning-symbolic" : "dialog-error-symbolic");
  gtk_widget_set_visible (widgets->problem, problem != NULL);
  gtk_label_set_text (GTK_LABEL (widgets->outlet), label);
  gtk_label_set_text (GTK_LABEL (widgets->title), title ? title : "");
  gtk_widget_set_visible (widgets->title, title != NULL && g_strcmp0 (title, label) != 0);
  gtk_label_set_text (GTK_LABEL (widgets->details), details);
  /* A report with no column counts no facts. */
  if (n_facts >= 0 && column >= 0 && problem == NULL)
    facts = g_strdup_printf (ngettext ("%u fact", "%u facts", n_facts), n_facts);
  gtk_label_set_text (GTK_LABEL (widgets->facts), facts ? facts : "");
  gtk_widget_set_visible (widgets->facts, facts != NULL);
  gtk_widget_set_visible (widgets->details, cor_source_get_error (source) == NULL);
  gtk_label_set_text (GTK_LABEL (widgets->error), shown ? shown : "");
  gtk_widget_remove_css_class (widgets->error, mild ? "error" : "warning");
  gtk_widget_add_css_class (widgets->error, mild ? "warning" : "error");
  gtk_widget_set_visible (widgets->error, shown != NULL);
  gtk_widget_set_visible (widgets->held, held);
  if (held)
    set_held_targets (widgets->held, position);

  /* Translators: %s names a report */
  menu_label = g_strdup_printf (_("Options for %s"), label);
  cor_a11y_name_inner (widgets->menu_button, menu_label);
  /* A menu built for another position is built again when next opened;
   * one that still fits stays, open or not, while the counts change. */
  if (widgets->menu_position != position && widgets->menu_position != G_MAXUINT)
    {
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (widgets->menu_button), NULL);
      widgets->menu_position = G_MAXUINT;
    }
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  CorSourceRow *row = gtk_list_item_get_item (item);

  g_signal_connect_object (row, "notify", G_CALLBACK (update_row), item, G_CONNECT_SWAPPED);
  g_signal_connect_object (cor_source_row_get_source (row), "notify", G_CALLBACK (update_row),
                           item, G_CONNECT_SWAPPED);
  update_row (item);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  CorSourceRow *row = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (row, update_row, item);
  g_signal_handlers_disconnect_by_func (cor_source_row_get_source (row), update_row, item);
}

static void
cor_source_list_stop_fill (CorSourceList *self)
{
  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
  if (self->shown != NULL)
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

static gboolean
cor_source_list_fill_step (GtkWidget     *widget,
                           GdkFrameClock *clock,
                           gpointer       user_data)
{
  CorSourceList *self = COR_SOURCE_LIST (widget);
  guint size = gtk_slice_list_model_get_size (self->shown) + FILL_BATCH;

  if (size < FILL_SCREEN && size < g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    {
      gtk_slice_list_model_set_size (self->shown, size);
      return G_SOURCE_CONTINUE;
    }
  self->fill_tick = 0;
  cor_source_list_stop_fill (self);
  return G_SOURCE_REMOVE;
}

/* New rows near the top enter the grid view a few per frame; out of
 * sight, or past the first screenful, all at once. */
static void
cor_source_list_start_fill (CorSourceList *self,
                            guint          position,
                            guint          added)
{
  if (self->fill_tick != 0 || added <= FILL_BATCH || position >= FILL_SCREEN
      || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  gtk_slice_list_model_set_size (self->shown, position + FILL_BATCH);
  self->fill_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), cor_source_list_fill_step,
                                                  NULL, NULL);
}

/* Mirrors a change of the window's reports: new rows for the new reports
 * in one splice, and new positions only for the rows after the change. */
static void
sources_changed (CorSourceList *self,
                 guint          position,
                 guint          removed,
                 guint          added,
                 GListModel    *sources)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (added, g_object_unref);
  guint n;

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(CorSource) source = g_list_model_get_item (sources, position + i);

      g_ptr_array_add (rows, cor_source_row_new (source, position + i));
    }
  cor_source_list_start_fill (self, position, added);
  g_list_store_splice (self->rows, position, removed, rows->pdata, rows->len);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = position + added; removed != added && i < n; i++)
    {
      g_autoptr(CorSourceRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      cor_source_row_set_position (row, i);
    }
}

void
cor_source_list_set_model (CorSourceList *self,
                           GListModel    *sources)
{
  guint n;

  g_return_if_fail (COR_IS_SOURCE_LIST (self));
  g_return_if_fail (sources == NULL || G_IS_LIST_MODEL (sources));

  if (self->sources != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->sources);
  g_set_object (&self->sources, sources);
  g_list_store_remove_all (self->rows);
  if (sources == NULL)
    return;

  self->items_changed_id = g_signal_connect_object (sources, "items-changed",
                                                    G_CALLBACK (sources_changed), self,
                                                    G_CONNECT_SWAPPED);
  n = g_list_model_get_n_items (sources);
  sources_changed (self, 0, 0, n, sources);
}

/* One pass over the table's cells, whatever the number of reports. The
 * table holds the very reports of the list, those that are compared. */
static gboolean
show_counts (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  CorSourceList *self = COR_SOURCE_LIST (widget);
  CorFactTable *table = self->table;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_autoptr(GHashTable) columns = g_hash_table_new (NULL, NULL);
  g_autofree guint *counts = NULL;

  self->counts_tick = 0;
  if (table == NULL)
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < table->sources->len; i++)
    g_hash_table_insert (columns, g_ptr_array_index (table->sources, i), GUINT_TO_POINTER (i + 1));
  counts = g_new0 (guint, MAX (table->sources->len, 1));
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);
      guint last = G_MAXUINT;

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          /* A report with two sentences in one row contributes one fact. */
          if (cell->source < table->sources->len && cell->status != COR_CELL_ABSENT
              && cell->source != last)
            counts[cell->source]++;
          last = cell->source;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorSourceRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      guint column = GPOINTER_TO_UINT (g_hash_table_lookup (columns, cor_source_row_get_source (row)));

      cor_source_row_set_column (row, (int)column - 1);
      cor_source_row_set_n_facts (row, column > 0 ? (int)counts[column - 1] : -1);
    }
  return G_SOURCE_REMOVE;
}

void
cor_source_list_set_table (CorSourceList *self,
                           CorFactTable  *table)
{
  g_return_if_fail (COR_IS_SOURCE_LIST (self));

  /* Until a table of these very reports arrives, rows keep their counts. */
  if (table == NULL)
    return;
  /* The same table again: a correction changed its counts. */
  if (table != self->table)
    {
      g_clear_pointer (&self->table, cor_fact_table_unref);
      self->table = cor_fact_table_ref (table);
    }
  /* The frame that shows a new table's first rows is the costliest one:
   * the sidebar's rows change size in the next. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      if (self->counts_tick == 0)
        self->counts_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), show_counts, NULL, NULL);
      return;
    }
  show_counts (GTK_WIDGET (self), NULL, NULL);
}

void
cor_source_list_refresh (CorSourceList *self)
{
  guint n;

  g_return_if_fail (COR_IS_SOURCE_LIST (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_list_model_items_changed (G_LIST_MODEL (self->rows), 0, n, n);
}

static void
cor_source_list_dispose (GObject *object)
{
  CorSourceList *self = COR_SOURCE_LIST (object);

  cor_source_list_set_model (self, NULL);
  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
  if (self->counts_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->counts_tick);
  self->counts_tick = 0;
  g_clear_object (&self->shown);
  gtk_widget_dispose_template (GTK_WIDGET (object), COR_TYPE_SOURCE_LIST);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  G_OBJECT_CLASS (cor_source_list_parent_class)->dispose (object);
}

/* Out of sight nothing is laid out: the rest goes in at once. */
static void
cor_source_list_unmap (GtkWidget *widget)
{
  CorSourceList *self = COR_SOURCE_LIST (widget);

  cor_source_list_stop_fill (self);
  if (self->counts_tick != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->counts_tick);
      show_counts (widget, NULL, NULL);
    }
  GTK_WIDGET_CLASS (cor_source_list_parent_class)->unmap (widget);
}

static void
cor_source_list_class_init (CorSourceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_source_list_dispose;
  widget_class->unmap = cor_source_list_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-source-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CorSourceList, scroller);
  gtk_widget_class_bind_template_child (widget_class, CorSourceList, grid_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcelist");
}

static void
cor_source_list_init (CorSourceList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (COR_TYPE_SOURCE_ROW);
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), 0, G_MAXUINT);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_grid_view_set_factory (self->grid_view, factory);
  gtk_grid_view_set_model (self->grid_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);
}
