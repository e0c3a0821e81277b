/* cor-fact-cells.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-fact-cells.h"
#include "cor-source-badge.h"
#include "cor-stories.h"

#define SOURCE_KEY "cor-source"
#define ITEM_KEY "cor-list-item"

static CorFactRow *
item_row (GtkListItem *item)
{
  return COR_FACT_ROW (gtk_list_item_get_item (item));
}

/* Two lines of any script the table may show: the tallest a cell gets. */
static void
fix_height (GtkWidget *cell,
            int       *row_height)
{
  if (*row_height == 0)
    {
      g_autoptr(PangoLayout) layout =
        gtk_widget_create_pango_layout (cell, "Ag \xe6\xb1\x89\xe5\xad\x97 \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\n"
                                              "Ag \xe6\xb1\x89\xe5\xad\x97 \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a");
      int height;

      pango_layout_get_pixel_size (layout, NULL, &height);
      *row_height = height + 4;
    }
  gtk_widget_set_size_request (cell, -1, *row_height);
}

static GtkWidget *
new_cell_label (gboolean wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_widget_set_hexpand (label, TRUE);
    }
  return label;
}

/* Tooltips are asked for when shown: setting one at every bind made the
 * toolkit look for a tooltip under the pointer at each row built. */
static gboolean
fact_query_tooltip (GtkWidget   *cell,
                    int          x,
                    int          y,
                    gboolean     keyboard,
                    GtkTooltip  *tooltip,
                    GtkListItem *item)
{
  CorFactRow *row = gtk_list_item_get_item (item);
  g_autoptr(GString) text = NULL;

  if (row == NULL)
    return FALSE;
  text = g_string_new (cor_fact_row_get_text (row));
  if (cor_fact_row_get_values_text (row)[0] != '\0')
    g_string_append_printf (text, "\n%s", cor_fact_row_get_values_text (row));
  if (cor_fact_row_is_edited (row))
    g_string_append_printf (text, "\n%s", _("Corrected by you"));
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static void
setup_fact (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            int                      *row_height)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edited = gtk_image_new_from_icon_name ("document-edit-symbolic");

  gtk_widget_add_css_class (edited, "edited-badge");
  gtk_widget_set_valign (edited, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (edited, _("Corrected by you"));
  gtk_box_append (GTK_BOX (box), new_cell_label (TRUE));
  gtk_box_append (GTK_BOX (box), edited);
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (fact_query_tooltip), item);
  g_object_set_data (G_OBJECT (box), ITEM_KEY, item);
  fix_height (box, row_height);
  gtk_list_item_set_child (item, box);
}

static void
bind_fact (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  CorFactRow *row = item_row (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  gboolean edited = cor_fact_row_is_edited (row);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), cor_fact_row_get_text (row));
  gtk_widget_set_visible (gtk_widget_get_last_child (box), edited);
  if (edited)
    gtk_widget_add_css_class (box, "edited");
  else
    gtk_widget_remove_css_class (box, "edited");
}

static void
setup_wrapped (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               int                      *row_height)
{
  GtkWidget *label = new_cell_label (TRUE);

  fix_height (label, row_height);
  gtk_list_item_set_child (item, label);
}

static const char *agreement_classes[] = { "agreement-agreed", "agreement-partial",
                                           "agreement-conflict", "agreement-single" };

static void
setup_agreement (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 int                      *row_height)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *pill = gtk_label_new (NULL);

  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (pill), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (pill, "agreement");
  gtk_box_append (GTK_BOX (box), pill);
  fix_height (box, row_height);
  gtk_list_item_set_child (item, box);
}

static void
bind_agreement (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  CorFactRow *row = item_row (item);
  CorFact *fact = cor_fact_row_get_fact (row);
  GtkWidget *pill = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  gtk_label_set_text (GTK_LABEL (pill), cor_fact_row_get_agreement_label (row));
  for (guint i = 0; i < G_N_ELEMENTS (agreement_classes); i++)
    gtk_widget_remove_css_class (pill, agreement_classes[i]);
  gtk_widget_add_css_class (pill, agreement_classes[fact->support == 0 ? COR_AGREEMENT_SINGLE
                                                                       : fact->agreement]);
}

/* The whole text of a support cell, which copies may make long. */
static gboolean
support_query_tooltip (GtkWidget  *label,
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
setup_support (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               int                      *row_height)
{
  GtkWidget *label = new_cell_label (TRUE);

  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (support_query_tooltip), NULL);
  fix_height (label, row_height);
  gtk_list_item_set_child (item, label);
}

static void
bind_support (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  CorFactRow *row = item_row (item);
  CorFact *fact = cor_fact_row_get_fact (row);
  CorFactTable *table = cor_fact_row_get_table (row);
  guint n = table->sources->len;
  guint independent = cor_stories_count_independent (table, fact);
  g_autofree char *text = NULL;

  /* Translators: how many of the reports state a fact, as in "3 of 4" */
  text = g_strdup_printf (ngettext ("%u of %u", "%u of %u", n), fact->support, n);
  /* Copies of one text are one account, however many reports carry it. */
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
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      cor_fact_row_get_values_text (item_row (item)));
}

static gboolean
marker_query_tooltip (GtkWidget   *box,
                      int          x,
                      int          y,
                      gboolean     keyboard,
                      GtkTooltip  *tooltip,
                      GtkListItem *item)
{
  CorFactRow *row = gtk_list_item_get_item (item);
  guint source = cor_fact_cells_get_source (box);
  g_autofree char *description = NULL;
  CorCell *cell;
  g_autoptr(GString) text = NULL;

  if (row == NULL)
    return FALSE;
  description = cor_fact_row_describe_cell (row, source);
  text = g_string_new (description);
  cell = cor_fact_get_cell (cor_fact_row_get_fact (row), source);
  /* The report's own sentence, whole. */
  if (cell != NULL && cell->quotes->len > 0)
    /* Translators: a report's sentence in a tooltip; use your language's quotation marks */
    g_string_append_printf (text, _("\n“%s”"), ((CorQuote *)g_ptr_array_index (cell->quotes, 0))->text);
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static void
setup_marker (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              int                      *row_height)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  /* One line: a wrapped label in a narrow cell of fixed height asks GTK
   * 4.8 for sizes it cannot give. */
  GtkWidget *label = new_cell_label (FALSE);
  GtkWidget *edited = gtk_image_new_from_icon_name ("document-edit-symbolic");
  guint source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), SOURCE_KEY));

  gtk_widget_set_valign (edited, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edited, "edited-badge");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), edited);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (box, "marker");
  gtk_widget_add_css_class (box, cor_source_color_class (source));
  /* The arrow keys move between the cells of a row (cor-fact-view.c). */
  gtk_widget_set_focusable (box, TRUE);
  gtk_widget_set_focus_on_click (box, FALSE);
  g_object_set_data (G_OBJECT (box), SOURCE_KEY, GUINT_TO_POINTER (source + 1));
  g_object_set_data (G_OBJECT (box), ITEM_KEY, item);
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (marker_query_tooltip), item);
  fix_height (box, row_height);
  gtk_list_item_set_child (item, box);
}

static const char *marker_classes[] = { "marker-absent", "marker-supports",
                                        "marker-partial", "marker-conflicts" };

static void
bind_marker (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  CorFactRow *row = item_row (item);
  guint source = GPOINTER_TO_UINT (user_data);
  CorCell *cell = cor_fact_get_cell (cor_fact_row_get_fact (row), source);
  CorCellStatus status = cell ? cell->status : COR_CELL_ABSENT;
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  g_autofree char *detail = cor_fact_row_get_cell_detail (row, source);
  g_autofree char *description = cor_fact_row_describe_cell (row, source);
  gboolean overridden = cell != NULL && cell->overridden;

  gtk_image_set_from_icon_name (GTK_IMAGE (image), cor_cell_status_get_icon_name (status));
  gtk_widget_set_visible (image, status != COR_CELL_ABSENT);
  /* What differs; a bare marker needs no words, a missing one a dash. */
  gtk_label_set_text (GTK_LABEL (label), detail ? detail : status == COR_CELL_ABSENT ? "–" : "");
  gtk_widget_set_visible (gtk_widget_get_last_child (box), overridden);
  for (guint i = 0; i < G_N_ELEMENTS (marker_classes); i++)
    gtk_widget_remove_css_class (box, marker_classes[i]);
  gtk_widget_add_css_class (box, marker_classes[status]);
  if (overridden)
    gtk_widget_add_css_class (box, "overridden");
  else
    gtk_widget_remove_css_class (box, "overridden");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
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
  return g_utf8_collate (cor_fact_row_get_text ((CorFactRow *)a), cor_fact_row_get_text ((CorFactRow *)b));
}

static guint
agreement_rank (CorAgreement agreement)
{
  /* Conflicts first: they are what a reader checks. */
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
            int              *row_height,
            GCallback         bind,
            gpointer          bind_data,
            GCompareDataFunc  compare)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, row_height);
  g_signal_connect (factory, "bind", bind, bind_data);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column,
                                     GTK_SORTER (gtk_custom_sorter_new (compare, bind_data, NULL)));
  return column;
}

GtkColumnViewColumn *
cor_fact_cells_fact_column (int *row_height)
{
  GtkColumnViewColumn *column = new_column (_("Fact"), G_CALLBACK (setup_fact), row_height,
                                            G_CALLBACK (bind_fact), NULL, sort_summary);

  gtk_column_view_column_set_expand (column, TRUE);
  return column;
}

GtkColumnViewColumn *
cor_fact_cells_agreement_column (int *row_height)
{
  GtkColumnViewColumn *column = new_column (_("Agreement"), G_CALLBACK (setup_agreement), row_height,
                                            G_CALLBACK (bind_agreement), NULL, sort_agreement);

  gtk_column_view_column_set_fixed_width (column, 104);
  return column;
}

GtkColumnViewColumn *
cor_fact_cells_support_column (int *row_height)
{
  GtkColumnViewColumn *column = new_column (_("Support"), G_CALLBACK (setup_support), row_height,
                                            G_CALLBACK (bind_support), NULL, sort_support);

  cor_fact_cells_set_support_wide (column, FALSE);
  return column;
}

void
cor_fact_cells_set_support_wide (GtkColumnViewColumn *column,
                                 gboolean             wide)
{
  gtk_column_view_column_set_fixed_width (column, wide ? COR_FACT_CELLS_SUPPORT_WIDE_WIDTH
                                                       : COR_FACT_CELLS_SUPPORT_WIDTH);
}

GtkColumnViewColumn *
cor_fact_cells_values_column (int *row_height)
{
  GtkColumnViewColumn *column = new_column (_("Values"), G_CALLBACK (setup_wrapped), row_height,
                                            G_CALLBACK (bind_values), NULL, sort_values);

  /* A fixed width: rows arriving later then never re-wrap the earlier ones. */
  gtk_column_view_column_set_fixed_width (column, COR_FACT_CELLS_VALUES_WIDTH);
  return column;
}

char *
cor_fact_cells_report_title (CorSource *source)
{
  return cor_source_short_name (cor_source_get_label (source), 11);
}

GtkColumnViewColumn *
cor_fact_cells_report_column (CorSource *source,
                              guint      index,
                              int       *row_height)
{
  g_autofree char *title = cor_fact_cells_report_title (source);
  GtkColumnViewColumn *column;
  GtkListItemFactory *factory;

  column = new_column (title, G_CALLBACK (setup_marker), row_height,
                       G_CALLBACK (bind_marker), GUINT_TO_POINTER (index), sort_marker);
  factory = gtk_column_view_column_get_factory (column);
  g_object_set_data (G_OBJECT (factory), SOURCE_KEY, GUINT_TO_POINTER (index));
  gtk_column_view_column_set_fixed_width (column, COR_FACT_CELLS_REPORT_WIDTH);
  return column;
}

gboolean
cor_fact_cells_is_report_cell (GtkWidget *widget)
{
  return widget != NULL && g_object_get_data (G_OBJECT (widget), SOURCE_KEY) != NULL
         && g_object_get_data (G_OBJECT (widget), ITEM_KEY) != NULL;
}

guint
cor_fact_cells_get_source (GtkWidget *cell)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), SOURCE_KEY)) - 1;
}

guint
cor_fact_cells_get_position (GtkWidget *cell)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (cell), ITEM_KEY);

  if (item == NULL || gtk_list_item_get_item (item) == NULL)
    return G_MAXUINT;
  return gtk_list_item_get_position (item);
}
