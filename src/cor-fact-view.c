/* cor-fact-view.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-bidi.h"
#include "cor-fact-view.h"
#include "cor-source-colors.h"
#include "cor-stories.h"

struct _CorFactView
{
  GtkWidget            parent_instance;

  GtkBox              *box;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *filter_dropdown;
  GtkLabel            *count_label;
  GtkColumnView       *column_view;

  GListStore          *store;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkMultiSelection   *selection;
  GPtrArray           *source_columns;
  GtkColumnViewColumn *values_column;

  CorFactTable        *table;
  char                *needle;
  CorFactFilter        filter_kind;
  guint                story;        /* COR_NO_STORY: every story */
  guint                only_in;      /* G_MAXUINT: every fact */

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

static CorFactRow *
item_row (GtkListItem *item)
{
  return COR_FACT_ROW (gtk_list_item_get_item (item));
}

static GtkWidget *
new_cell_label (gboolean wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (label, wrap ? GTK_ALIGN_FILL : GTK_ALIGN_START);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  return label;
}

/* Tooltips are asked for when shown: setting one at every bind made the
 * toolkit look for a tooltip under the pointer at each row built. */
static gboolean
label_query_tooltip (GtkWidget  *label,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (text == NULL || text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  wrap)
{
  GtkWidget *label = new_cell_label (GPOINTER_TO_INT (wrap));

  /* A wrapped cell may be cut after three lines: the tooltip has it all. */
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (label_query_tooltip), NULL);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_summary (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  CorFact *fact = cor_fact_row_get_fact (item_row (item));
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), fact->summary);
}

static const char *agreement_classes[] = { "agreement-agreed", "agreement-partial",
                                           "agreement-conflict", "agreement-single" };

static void
bind_agreement (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  CorFact *fact = cor_fact_row_get_fact (item_row (item));
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), cor_agreement_get_label (fact->agreement));
  for (guint i = 0; i < G_N_ELEMENTS (agreement_classes); i++)
    gtk_widget_remove_css_class (label, agreement_classes[i]);
  gtk_widget_add_css_class (label, agreement_classes[fact->agreement]);
  gtk_widget_add_css_class (label, "agreement");
}

static void
bind_support (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  CorFactRow *row = item_row (item);
  CorFact *fact = cor_fact_row_get_fact (row);
  guint n = cor_fact_row_get_table (row)->sources->len;
  g_autofree char *text = NULL;

  guint independent = cor_stories_count_independent (cor_fact_row_get_table (row), fact);

  /* Translators: how many of the reports state a fact, as in "3 of 4" */
  text = g_strdup_printf (ngettext ("%u of %u", "%u of %u", n), fact->support, n);
  if (independent < fact->support)
    {
      g_autofree char *reports = g_strdup_printf (ngettext ("%u report", "%u reports", fact->support),
                                                  fact->support);
      g_autofree char *accounts = g_strdup_printf (ngettext ("%u independent account",
                                                             "%u independent accounts", independent),
                                                   independent);

      g_free (text);
      /* Translators: "30 reports" and "1 independent account" */
      text = g_strdup_printf (_("%s, %s"), reports, accounts);
    }
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
bind_values (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = cor_fact_row_get_values_text (item_row (item));

  gtk_label_set_text (GTK_LABEL (label), text);
}

/* "Report: marker" and the report's sentence, for the tooltip and for
 * screen readers. */
static char *
describe_marker (GtkListItem *item,
                 guint        source)
{
  CorFactRow *row = item_row (item);
  CorFactTable *table = cor_fact_row_get_table (row);
  CorCell *cell = cor_fact_get_cell (cor_fact_row_get_fact (row), source);
  CorCellStatus status = cell ? cell->status : COR_CELL_ABSENT;
  const char *name = source < table->sources->len
                     ? cor_source_get_label (g_ptr_array_index (table->sources, source)) : "";

  if (cell != NULL && cell->quotes->len > 0)
    /* Translators: a table cell's tooltip: report, marker, the report's sentence */
    return g_strdup_printf (_("%s: %s\n“%s”"), name, cor_cell_status_get_label (status),
                            ((CorQuote *)g_ptr_array_index (cell->quotes, 0))->text);
  return g_strdup_printf (_("%s: %s"), name, cor_cell_status_get_label (status));
}

static gboolean
marker_query_tooltip (GtkWidget   *box,
                      int          x,
                      int          y,
                      gboolean     keyboard,
                      GtkTooltip  *tooltip,
                      GtkListItem *item)
{
  g_autofree char *text = NULL;

  if (gtk_list_item_get_item (item) == NULL)
    return FALSE;
  text = describe_marker (item, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "cor-source")));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_marker (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_widget_add_css_class (box, "marker");
  gtk_widget_add_css_class (box, cor_source_color_class (GPOINTER_TO_UINT (user_data)));
  g_object_set_data (G_OBJECT (box), "cor-source", user_data);
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (marker_query_tooltip), item);
  gtk_list_item_set_child (item, box);
}

static const char *marker_classes[] = { "marker-absent", "marker-supports",
                                        "marker-partial", "marker-conflicts" };

static void
bind_marker (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  guint source = GPOINTER_TO_UINT (user_data);
  CorCellStatus status = cor_fact_get_status (cor_fact_row_get_fact (item_row (item)), source);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  g_autofree char *description = describe_marker (item, source);

  gtk_image_set_from_icon_name (GTK_IMAGE (image), cor_cell_status_get_icon_name (status));
  gtk_widget_set_visible (image, status != COR_CELL_ABSENT);
  gtk_label_set_text (GTK_LABEL (label), cor_cell_status_get_label (status));
  for (guint i = 0; i < G_N_ELEMENTS (marker_classes); i++)
    gtk_widget_remove_css_class (box, marker_classes[i]);
  gtk_widget_add_css_class (box, marker_classes[status]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

/* With many reports, one column counts the markers instead. */
static void
bind_tally (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  CorFact *fact = cor_fact_row_get_fact (item_row (item));
  guint counts[COR_CELL_CONFLICTS + 1] = { 0 };
  g_autofree char *text = NULL;

  for (guint c = 0; c < fact->cells->len; c++)
    counts[((CorCell *)g_ptr_array_index (fact->cells, c))->status]++;
  /* Translators: how many reports support, partly support, contradict a fact */
  text = g_strdup_printf (_("%u supports · %u partly · %u conflict"),
                          counts[COR_CELL_SUPPORTS], counts[COR_CELL_PARTIAL], counts[COR_CELL_CONFLICTS]);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static int
compare_uint (guint a,
              guint b)
{
  return (a > b) - (a < b);
}

static int
sort_summary (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return g_utf8_collate (cor_fact_row_get_fact ((CorFactRow *)a)->summary,
                         cor_fact_row_get_fact ((CorFactRow *)b)->summary);
}

/* Conflicts first: they are what a reader checks first. */
static guint
agreement_rank (CorAgreement agreement)
{
  static const guint rank[] = { [COR_AGREEMENT_CONFLICT] = 0, [COR_AGREEMENT_PARTIAL] = 1,
                                [COR_AGREEMENT_AGREED] = 2, [COR_AGREEMENT_SINGLE] = 3 };
  return rank[agreement];
}

static int
sort_agreement (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return compare_uint (agreement_rank (cor_fact_row_get_fact ((CorFactRow *)a)->agreement),
                       agreement_rank (cor_fact_row_get_fact ((CorFactRow *)b)->agreement));
}

static int
sort_support (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return compare_uint (cor_fact_row_get_fact ((CorFactRow *)a)->support,
                       cor_fact_row_get_fact ((CorFactRow *)b)->support);
}

static int
sort_values (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return g_utf8_collate (cor_fact_row_get_values_text ((CorFactRow *)a),
                         cor_fact_row_get_values_text ((CorFactRow *)b));
}

static int
sort_marker (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  static const guint rank[] = { [COR_CELL_SUPPORTS] = 0, [COR_CELL_PARTIAL] = 1,
                                [COR_CELL_CONFLICTS] = 2, [COR_CELL_ABSENT] = 3 };
  guint source = GPOINTER_TO_UINT (user_data);

  return compare_uint (rank[cor_fact_get_status (cor_fact_row_get_fact ((CorFactRow *)a), source)],
                       rank[cor_fact_get_status (cor_fact_row_get_fact ((CorFactRow *)b), source)]);
}

static GtkColumnViewColumn *
new_column (const char       *title,
            GCallback         setup,
            gpointer          setup_data,
            GCallback         bind,
            gpointer          bind_data,
            GCompareDataFunc  compare)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, setup_data);
  g_signal_connect (factory, "bind", bind, bind_data);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column,
                                     GTK_SORTER (gtk_custom_sorter_new (compare, bind_data, NULL)));
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

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
  };

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
}

static void
cor_fact_view_search_changed (CorFactView    *self,
                              GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_clear_pointer (&self->needle, g_free);
  self->needle = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
cor_fact_view_stop_search (CorFactView    *self,
                           GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
cor_fact_view_filter_changed (CorFactView *self,
                              GParamSpec  *pspec,
                              GtkDropDown *dropdown)
{
  self->filter_kind = gtk_drop_down_get_selected (dropdown);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_selection_changed (CorFactView *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
cor_fact_view_add_fixed_columns (CorFactView *self)
{
  GtkColumnViewColumn *column;

  column = new_column (_("Fact"), G_CALLBACK (setup_label), GINT_TO_POINTER (TRUE),
                       G_CALLBACK (bind_summary), NULL, sort_summary);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, 320);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  column = new_column (_("Agreement"), G_CALLBACK (setup_label), NULL,
                       G_CALLBACK (bind_agreement), NULL, sort_agreement);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  column = new_column (_("Support"), G_CALLBACK (setup_label), NULL,
                       G_CALLBACK (bind_support), NULL, sort_support);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  self->values_column = new_column (_("Values"), G_CALLBACK (setup_label), GINT_TO_POINTER (TRUE),
                                    G_CALLBACK (bind_values), NULL, sort_values);
  /* A fixed width: rows arriving later then never re-wrap the earlier ones. */
  gtk_column_view_column_set_fixed_width (self->values_column, 280);
  gtk_column_view_append_column (self->column_view, self->values_column);
}

static void cor_fact_view_unmap (GtkWidget *widget);

static void
cor_fact_view_dispose (GObject *object)
{
  CorFactView *self = (CorFactView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_FACT_VIEW);
  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->pending_selection, g_free);
  g_clear_object (&self->values_column);
  g_clear_pointer (&self->source_columns, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (cor_fact_view_parent_class)->dispose (object);
}

static void
cor_fact_view_class_init (CorFactViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_fact_view_dispose;
  widget_class->unmap = cor_fact_view_unmap;

  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-fact-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CorFactView, box);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CorFactView, column_view);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, cor_fact_view_filter_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "factview");
}

static void
cor_fact_view_init (CorFactView *self)
{
  self->story = COR_NO_STORY;
  self->only_in = G_MAXUINT;
  gtk_widget_init_template (GTK_WIDGET (self));
  cor_bidi_scroll_from_start (GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (self->column_view))));

  self->source_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->store = g_list_store_new (COR_TYPE_FACT_ROW);
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                                  GTK_FILTER (self->filter));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model), NULL);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (self->sort_model));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (cor_fact_view_update_count), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  cor_fact_view_add_fixed_columns (self);
  cor_fact_view_update_count (self);
}

static void
cor_fact_view_set_source_columns (CorFactView  *self,
                                  CorFactTable *table)
{
  guint n = table ? table->sources->len : 0;

  /* Without a model, adding a column does not build a cell in every row. */
  gtk_column_view_set_model (self->column_view, NULL);
  for (guint i = 0; i < self->source_columns->len; i++)
    gtk_column_view_remove_column (self->column_view, g_ptr_array_index (self->source_columns, i));
  g_ptr_array_set_size (self->source_columns, 0);

  /* Before the values column, which stays last. */
  gtk_column_view_remove_column (self->column_view, self->values_column);
  if (n > COR_FACT_VIEW_MAX_SOURCE_COLUMNS)
    {
      GtkColumnViewColumn *column;

      column = new_column (_("Reports"), G_CALLBACK (setup_label), NULL,
                           G_CALLBACK (bind_tally), NULL, sort_support);
      gtk_column_view_append_column (self->column_view, column);
      g_ptr_array_add (self->source_columns, column);
      n = 0;
    }
  for (guint i = 0; i < n; i++)
    {
      CorSource *source = g_ptr_array_index (table->sources, i);
      GtkColumnViewColumn *column;

      column = new_column (cor_source_get_label (source), G_CALLBACK (setup_marker), GUINT_TO_POINTER (i),
                           G_CALLBACK (bind_marker), GUINT_TO_POINTER (i), sort_marker);
      gtk_column_view_append_column (self->column_view, column);
      g_ptr_array_add (self->source_columns, column);
    }
  gtk_column_view_append_column (self->column_view, self->values_column);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}

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

/* Whether the columns @table needs are those in place: the same number of
 * per-report columns, or the one "Reports" column for both. */
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

/* The rows of a new table enter a screenful per frame: the first frame
 * after an analysis of 200 reports would otherwise measure every row the
 * column view keeps (up to 200 in GTK 4.8), with their wrapped text. */
void
cor_fact_view_set_table (CorFactView  *self,
                         CorFactTable *table)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *selected_id = NULL;
  CorFactRow *selected;
  gboolean keep_columns;

  g_return_if_fail (COR_IS_FACT_VIEW (self));

  selected = cor_fact_view_get_selected (self);
  if (selected != NULL)
    selected_id = g_strdup (cor_fact_row_get_fact (selected)->id);
  else
    selected_id = g_steal_pointer (&self->pending_selection);
  g_clear_object (&selected);
  cor_fact_view_fill_done (self);

  keep_columns = same_columns (self->table, table);
  if (table != NULL)
    cor_fact_table_ref (table);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  self->table = table;

  for (guint i = 0; table != NULL && i < table->facts->len; i++)
    g_ptr_array_add (rows, cor_fact_row_new (table, g_ptr_array_index (table->facts, i)));

  /* Rows go first: the old ones may point into a table that is changing. */
  g_list_store_remove_all (self->store);
  if (!keep_columns)
    cor_fact_view_set_source_columns (self, table);
  else if (table->sources->len <= COR_FACT_VIEW_MAX_SOURCE_COLUMNS)
    for (guint i = 0; i < table->sources->len; i++)
      gtk_column_view_column_set_title (g_ptr_array_index (self->source_columns, i),
                                        cor_source_get_label (g_ptr_array_index (table->sources, i)));

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
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (COR_IS_FACT_VIEW (self), NULL);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_minimum (selected));
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
  gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", position);
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
cor_fact_view_set_scope (CorFactView *self,
                         guint        story,
                         guint        only_in)
{
  g_return_if_fail (COR_IS_FACT_VIEW (self));

  self->story = story;
  self->only_in = only_in;
  if (self->table != NULL && self->table->sources->len <= COR_FACT_VIEW_MAX_SOURCE_COLUMNS)
    for (guint i = 0; i < self->source_columns->len && i < self->table->sources->len; i++)
      gtk_column_view_column_set_visible (g_ptr_array_index (self->source_columns, i),
                                          story == COR_NO_STORY
                                          || cor_fact_table_get_story (self->table, i) == story);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

guint
cor_fact_view_get_n_columns (CorFactView *self)
{
  g_return_val_if_fail (COR_IS_FACT_VIEW (self), 0);
  return g_list_model_get_n_items (gtk_column_view_get_columns (self->column_view));
}
