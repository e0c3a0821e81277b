/* cor-source-list.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source-list"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-source.h"
#include "cor-source-colors.h"
#include "cor-source-list.h"

struct _CorSourceList
{
  GtkWidget   parent_instance;

  GtkWidget  *scroller;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (CorSourceList, cor_source_list, GTK_TYPE_WIDGET)

char *
cor_source_list_format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *stamp = NULL;

  if (iso == NULL || strlen (iso) != 10)
    return NULL;
  stamp = g_strdup_printf ("%sT12:00:00Z", iso);
  date = g_date_time_new_from_iso8601 (stamp, NULL);
  if (date == NULL)
    return NULL;
  /* %x is the locale's own way of writing a date. */
  return g_date_time_format (date, "%x");
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
describe_source (CorSource    *source,
                 CorFactTable *table,
                 guint         index)
{
  g_autofree char *date = cor_source_list_format_date (cor_source_get_published (source));
  g_autofree char *length = NULL;
  g_autofree char *facts = NULL;
  gsize chars = cor_source_get_text_length (source);

  /* Translators: the length of a report */
  length = g_strdup_printf (ngettext ("%'zu character", "%'zu characters", chars), chars);
  if (table != NULL)
    {
      guint n = cor_fact_table_count_facts_of (table, index);

      facts = g_strdup_printf (ngettext ("%u fact", "%u facts", n), n);
    }

  if (date == NULL)
    date = g_strdup (_("No date"));
  if (facts != NULL)
    /* Translators: date · length · facts, as in "5/2/26 · 4,301 characters · 12 facts" */
    return g_strdup_printf (_("%s · %s · %s"), date, length, facts);
  /* Translators: date · length */
  return g_strdup_printf (_("%s · %s"), date, length);
}

static GMenuModel *
new_row_menu (guint index)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename Outlet…"), NULL);
  g_autoptr(GMenuItem) date = g_menu_item_new (_("Set Published _Date…"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove"), NULL);

  g_menu_item_set_action_and_target (rename, "win.rename-source", "u", index);
  g_menu_item_set_action_and_target (date, "win.set-source-date", "u", index);
  g_menu_item_set_action_and_target (remove, "win.remove-source", "u", index);
  g_menu_append_item (menu, rename);
  g_menu_append_item (menu, date);
  g_menu_append_item (menu, remove);
  return G_MENU_MODEL (menu);
}

static void
create_row_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  g_autoptr(GMenuModel) menu = new_row_menu (GPOINTER_TO_UINT (user_data));

  gtk_menu_button_set_menu_model (button, menu);
}

static GtkWidget *
new_row (CorSource    *source,
         CorFactTable *table,
         guint         index)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autofree char *details = describe_source (source, table, index);
  g_autofree char *menu_label = NULL;
  const GError *error = cor_source_get_error (source);
  const char *title = cor_source_get_title (source);

  gtk_widget_add_css_class (swatch, "source-swatch");
  gtk_widget_add_css_class (swatch, cor_source_color_class (index));
  gtk_widget_set_valign (swatch, GTK_ALIGN_START);
  gtk_widget_set_margin_top (swatch, 4);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_box_append (GTK_BOX (text), new_label (cor_source_get_label (source), "heading"));
  if (title != NULL && g_strcmp0 (title, cor_source_get_label (source)) != 0)
    gtk_box_append (GTK_BOX (text), new_label (title, NULL));
  gtk_box_append (GTK_BOX (text), new_label (details, "caption"));
  if (error != NULL)
    {
      GtkWidget *why = new_label (error->message, "error");

      gtk_label_set_wrap (GTK_LABEL (why), TRUE);
      gtk_label_set_ellipsize (GTK_LABEL (why), PANGO_ELLIPSIZE_NONE);
      gtk_widget_add_css_class (why, "caption");
      gtk_box_append (GTK_BOX (text), why);
    }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  /* The menu is built when first opened: a popover per row is costly. */
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_row_menu,
                                         GUINT_TO_POINTER (index), NULL);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  /* Translators: %s names a report */
  menu_label = g_strdup_printf (_("Options for %s"), cor_source_get_label (source));
  gtk_widget_set_tooltip_text (menu_button, menu_label);

  gtk_box_append (GTK_BOX (row), swatch);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), menu_button);
  return row;
}

void
cor_source_list_set_sources (CorSourceList *self,
                             GListModel    *sources,
                             CorFactTable  *table)
{
  GtkWidget *child;
  guint n;

  g_return_if_fail (COR_IS_SOURCE_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  n = sources ? g_list_model_get_n_items (sources) : 0;
  if (table != NULL && table->sources->len != n)
    table = NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorSource) source = g_list_model_get_item (sources, i);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), new_row (source, table, i));
      gtk_list_box_append (self->list_box, row);
    }
}

static void
cor_source_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COR_TYPE_SOURCE_LIST);
  G_OBJECT_CLASS (cor_source_list_parent_class)->dispose (object);
}

static void
cor_source_list_class_init (CorSourceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_source_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-source-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CorSourceList, scroller);
  gtk_widget_class_bind_template_child (widget_class, CorSourceList, list_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcelist");
}

static void
cor_source_list_init (CorSourceList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
