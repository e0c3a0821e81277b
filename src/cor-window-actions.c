/* cor-window-actions.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-fetch.h"
#include "cor-preferences-window.h"
#include "cor-prompt-dialog.h"
#include "cor-source-load.h"
#include "cor-source-view.h"
#include "cor-window-private.h"

static CorSource *
source_at (CorWindow *self,
           guint      position)
{
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->sources)))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->sources), position);
}

static CorFact *
fact_by_id (CorWindow  *self,
            const char *id)
{
  for (guint i = 0; self->table != NULL && i < self->table->facts->len; i++)
    {
      CorFact *fact = g_ptr_array_index (self->table->facts, i);

      if (g_strcmp0 (fact->id, id) == 0)
        return fact;
    }
  return NULL;
}

/* The corrections name cells of the table on screen; a table still being
 * rebuilt for other reports would not have them. */
static gboolean
table_is_current (CorWindow *self)
{
  return self->table != NULL && self->analysis == NULL
         && self->table->sources->len == cor_window_count_compared (self);
}

static void
paste_accepted (const char *text,
                const char *outlet,
                const char *published,
                gpointer    user_data)
{
  CorWindow *self = user_data;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (sources, cor_source_load_text (text, outlet, published));
  cor_window_add_sources (self, sources);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (cor_paste_dialog_new (GTK_WINDOW (widget), NULL,
                                                        paste_accepted, G_OBJECT (widget))));
}

static void
address_accepted (const char *value,
                  gpointer    user_data)
{
  g_autofree char *uri = g_strstrip (g_strdup (value));

  cor_window_load_uri (COR_WINDOW (user_data), uri);
}

static gboolean
is_address (const char *value)
{
  g_autofree char *uri = g_strstrip (g_strdup (value ? value : ""));

  return cor_fetch_is_web_address (uri);
}

static void
open_address_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkWidget *dialog = cor_prompt_dialog_new (GTK_WINDOW (widget), _("Open Web Address"),
                                             _("Corroborate reads the article at this address"),
                                             _("Address, starting with https://"), NULL, _("_Open"),
                                             is_address, address_accepted, G_OBJECT (widget));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  cor_window_open_sample (COR_WINDOW (widget));
}

typedef struct
{
  CorWindow *window;
  CorSource *source;
} SourceEdit;

static void
source_edit_free (gpointer data)
{
  SourceEdit *edit = data;

  g_object_unref (edit->window);
  g_object_unref (edit->source);
  g_free (edit);
}

static void
rename_accepted (const char *value,
                 gpointer    user_data)
{
  SourceEdit *edit = g_object_get_data (user_data, "edit");
  g_autofree char *name = g_strstrip (g_strdup (value));

  cor_source_set_name (edit->source, name[0] ? name : NULL);
  cor_window_names_changed (edit->window);
}

static void
date_accepted (const char *value,
               gpointer    user_data)
{
  SourceEdit *edit = g_object_get_data (user_data, "edit");

  cor_source_set_published_with_origin (edit->source, value && value[0] ? value : NULL,
                                        COR_PUBLISHED_FROM_OPTION);
  cor_window_sources_changed (edit->window);
}

/* The dialog keeps a small object alive that knows which report it edits,
 * even if the list changes while it is open. */
static GObject *
new_source_edit (CorWindow *self,
                 CorSource *source)
{
  GObject *holder = g_object_new (G_TYPE_OBJECT, NULL);
  SourceEdit *edit = g_new0 (SourceEdit, 1);

  edit->window = g_object_ref (self);
  edit->source = g_object_ref (source);
  g_object_set_data_full (holder, "edit", edit, source_edit_free);
  return holder;
}

static void
rename_source_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(CorSource) source = source_at (self, g_variant_get_uint32 (parameter));
  g_autoptr(GObject) edit = NULL;
  GtkWidget *dialog;

  if (source == NULL)
    return;
  edit = new_source_edit (self, source);
  dialog = cor_prompt_dialog_new (GTK_WINDOW (self), _("Rename Outlet"),
                                  cor_source_get_title (source), _("Outlet"),
                                  cor_source_get_label (source), _("_Rename"),
                                  cor_prompt_is_not_empty, rename_accepted, edit);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_source_date_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(CorSource) source = source_at (self, g_variant_get_uint32 (parameter));
  g_autoptr(GObject) edit = NULL;
  GtkWidget *dialog;

  if (source == NULL)
    return;
  edit = new_source_edit (self, source);
  dialog = cor_prompt_dialog_new (GTK_WINDOW (self), _("Set Published Date"),
                                  _("Relative dates such as “on Tuesday” are read against this date"),
                                  _("Published, as YYYY-MM-DD"),
                                  cor_source_get_published (source), _("_Set"),
                                  cor_prompt_is_date_or_empty, date_accepted, edit);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_source_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(CorSource) source = source_at (self, position);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (source == NULL)
    return;

  g_set_object (&self->removed, source);
  self->removed_position = position;
  g_list_store_remove (self->sources, position);
  cor_window_sources_changed (self);

  /* Translators: %s names the report that was removed */
  message = g_strdup_printf (_("“%s” removed"), cor_source_get_label (source));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-remove");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
read_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(CorSource) source = source_at (self, g_variant_get_uint32 (parameter));
  guint column;

  if (source == NULL || self->table == NULL || !g_ptr_array_find (self->table->sources, source, &column))
    {
      cor_window_show_toast (self, _("This report is not compared, so there is nothing to shade"));
      return;
    }
  cor_window_read_report (self, column);
}

static void
read_column_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  cor_window_read_report (COR_WINDOW (widget), g_variant_get_uint32 (parameter));
}

/* A file that does not read as an article is compared once the user says so. */
static void
keep_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(CorSource) source = source_at (self, g_variant_get_uint32 (parameter));

  if (source == NULL || cor_source_get_not_article (source) == NULL)
    return;
  cor_source_set_not_article (source, NULL);
  cor_window_sources_changed (self);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));

  if (self->removed == NULL)
    return;
  g_list_store_insert (self->sources, MIN (self->removed_position, n), self->removed);
  g_clear_object (&self->removed);
  cor_window_sources_changed (self);
}

static char *
row_as_text (CorFactTable *table,
             CorFact      *fact)
{
  g_autoptr(GString) text = g_string_new (fact->summary);

  g_string_append_printf (text, "\n%s\n", cor_agreement_get_label (fact->agreement));
  for (guint s = 0; s < table->sources->len; s++)
    {
      CorCell *cell = cor_fact_get_cell (fact, s);

      g_string_append_printf (text, "%s: %s", cor_source_get_label (g_ptr_array_index (table->sources, s)),
                              cor_cell_status_get_label (cell ? cell->status : COR_CELL_ABSENT));
      if (cell != NULL && cell->quotes->len > 0)
        g_string_append_printf (text, " — “%s”", ((CorQuote *)g_ptr_array_index (cell->quotes, 0))->text);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
copy_row_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(CorFactRow) row = cor_fact_view_get_selected (self->fact_view);
  g_autofree char *text = NULL;

  if (row == NULL)
    return;
  text = row_as_text (cor_fact_row_get_table (row), cor_fact_row_get_fact (row));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  cor_window_show_toast (self, _("Row copied"));
}

static void
corrected (CorWindow  *self,
           gboolean    ok,
           const char *done)
{
  AdwToast *toast;

  if (!ok)
    {
      cor_window_show_toast (self, _("That correction does not apply to this row"));
      return;
    }
  cor_window_table_corrected (self);
  toast = adw_toast_new (done);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-correction");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Why @facts cannot be merged now, or NULL when they can. */
static const char *
why_not_merge (CorWindow *self,
               GPtrArray *facts)
{
  if (!table_is_current (self))
    return _("Rows can be merged once the analysis has finished");
  if (facts->len < 2)
    return _("To merge rows, select two or more with Ctrl+click, or use Merge With… in a row’s menu");
  return NULL;
}

static void
merge_facts (CorWindow *self,
             GPtrArray *facts)
{
  const char *why = why_not_merge (self, facts);
  gboolean ok = TRUE;

  if (why != NULL)
    {
      cor_window_show_toast (self, why);
      return;
    }
  for (guint i = 1; ok && i < facts->len; i++)
    ok = cor_corrections_add_merge (self->corrections, self->table,
                                    g_ptr_array_index (facts, 0), g_ptr_array_index (facts, i));
  if (!ok)
    {
      cor_window_show_toast (self, _("These rows have no report’s sentence to join them by"));
      return;
    }
  corrected (self, TRUE, _("Rows merged"));
}

static void
merge_rows_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(GPtrArray) facts = cor_fact_view_get_selected_facts (self->fact_view);

  merge_facts (self, facts);
}

static void
merge_with_chosen (CorWindow  *self,
                   const char *fact_id,
                   const char *other_id)
{
  g_autoptr(GPtrArray) facts = g_ptr_array_new ();
  CorFact *fact = fact_by_id (self, fact_id);
  CorFact *other = fact_by_id (self, other_id);

  if (fact == NULL || other == NULL)
    return;
  g_ptr_array_add (facts, fact);
  g_ptr_array_add (facts, other);
  merge_facts (self, facts);
}

static void
merge_with_activated (GtkListBox    *list,
                      GtkListBoxRow *row,
                      AdwMessageDialog *dialog)
{
  CorWindow *self = COR_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  const char *fact_id = g_object_get_data (G_OBJECT (dialog), "fact-id");
  g_autofree char *other_id = g_strdup (g_object_get_data (G_OBJECT (row), "fact-id"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  merge_with_chosen (self, fact_id, other_id);
}

static gboolean
merge_filter (GtkListBoxRow *row,
              gpointer       entry)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  const char *haystack = g_object_get_data (G_OBJECT (row), "folded");

  return strstr (haystack, needle) != NULL;
}

static GtkWidget *
new_merge_list (CorWindow *self,
                CorFact   *fact,
                GtkWidget *entry)
{
  GtkWidget *list = gtk_list_box_new ();

  for (guint i = 0; i < self->table->facts->len; i++)
    {
      CorFact *other = g_ptr_array_index (self->table->facts, i);
      g_autoptr(CorFactRow) row = NULL;
      GtkWidget *item, *label;

      if (other == fact)
        continue;
      row = cor_fact_row_new (self->table, other);
      label = gtk_label_new (cor_fact_row_get_text (row));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      item = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (item), label);
      g_object_set_data_full (G_OBJECT (item), "fact-id", g_strdup (other->id), g_free);
      g_object_set_data_full (G_OBJECT (item), "folded", g_utf8_casefold (cor_fact_row_get_text (row), -1), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), item);
    }
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), merge_filter, entry, NULL);
  g_signal_connect_swapped (entry, "search-changed", G_CALLBACK (gtk_list_box_invalidate_filter), list);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

/* Merge With…: the user picks, from every other row, the one that states
 * the same fact as the selected row. */
static void
merge_with_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(CorFactRow) row = cor_fact_view_get_selected (self->fact_view);
  GtkWidget *dialog, *box, *entry, *scroller, *list;
  g_autofree char *body = NULL;

  if (row == NULL || !table_is_current (self))
    {
      cor_window_show_toast (self, row == NULL ? _("Select the row to merge first")
                                               : _("Rows can be merged once the analysis has finished"));
      return;
    }
  /* Translators: %s is a fact of the table */
  body = g_strdup_printf (_("Choose the row that states the same fact as “%s”"), cor_fact_row_get_text (row));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Merge With"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_search_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the rows"), -1);
  list = new_merge_list (self, cor_fact_row_get_fact (row), entry);
  g_signal_connect (list, "row-activated", G_CALLBACK (merge_with_activated), dialog);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data_full (G_OBJECT (dialog), "fact-id", g_strdup (cor_fact_row_get_fact (row)->id), g_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
conflict_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);

  if (!cor_fact_view_select_conflict (self->fact_view, g_str_equal (action_name, "win.next-conflict")))
    cor_window_show_toast (self, _("No conflict among the facts shown"));
}

static void
override_cell_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  const char *id;
  guint32 source, status;
  CorFact *fact;

  g_variant_get (parameter, "(&suu)", &id, &source, &status);
  fact = fact_by_id (self, id);
  if (fact == NULL || status > COR_CELL_CONFLICTS || !table_is_current (self)
      || cor_fact_get_status (fact, source) == (CorCellStatus)status)
    return;
  corrected (self, cor_corrections_add_override (self->corrections, self->table, fact, source, status),
             _("Marker corrected"));
}

static void
split_cell_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  const char *id;
  guint32 source;
  CorFact *fact;

  g_variant_get (parameter, "(&su)", &id, &source);
  fact = fact_by_id (self, id);
  if (fact == NULL || !table_is_current (self))
    return;
  corrected (self, cor_corrections_add_split (self->corrections, self->table, fact, source),
             _("Sentence moved to its own row"));
}

static void
undo_correction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);

  /* Undoing rebuilds the table: corrections are replayed on a fresh analysis. */
  if (cor_corrections_remove_last (self->corrections))
    cor_window_sources_changed (self);
}

static void
show_in_source_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  guint32 source;
  guint64 start, end;
  CorSourceView *view;

  g_variant_get (parameter, "(utt)", &source, &start, &end);
  if (self->table == NULL || source >= self->table->sources->len)
    return;
  view = cor_source_view_new (GTK_WINDOW (self), g_ptr_array_index (self->table->sources, source),
                              start, end);
  gtk_window_present (GTK_WINDOW (view));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cor_fact_view_start_search (COR_WINDOW (widget)->fact_view);
}

static void
cancel_analysis_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);

  if (self->analysis != NULL)
    g_cancellable_cancel (self->analysis);
  g_clear_object (&self->analysis);
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  self->n_loading = 0;
  cor_window_show_toast (self, _("Analysis stopped"));
  cor_fact_view_set_table (self->fact_view, self->table);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  cor_window_update_actions (self);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (cor_preferences_window_new (COR_WINDOW (widget))));
}

/* F9: folded, the button's toggle; unfolded, the sidebar comes and goes. */
static void
show_sources_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  GtkWidget *separator = gtk_widget_get_next_sibling (self->sidebar);

  if (adw_leaflet_get_folded (self->leaflet))
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->sidebar_button),
                                    !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->sidebar_button)));
      return;
    }
  gtk_widget_set_visible (self->sidebar, !gtk_widget_get_visible (self->sidebar));
  if (separator != NULL)
    gtk_widget_set_visible (separator, gtk_widget_get_visible (self->sidebar));
}

void
cor_window_update_actions (CorWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GPtrArray) selected = cor_fact_view_get_selected_facts (self->fact_view);
  gboolean has_table = self->table != NULL && self->table->facts->len > 0;

  gtk_widget_action_set_enabled (widget, "win.copy-row", selected->len > 0);
  /* Merging says why it cannot be done rather than being greyed out. */
  gtk_widget_action_set_enabled (widget, "win.merge-rows", has_table);
  gtk_widget_action_set_enabled (widget, "win.merge-with", selected->len > 0);
  gtk_widget_action_set_enabled (widget, "win.export", has_table);
  gtk_widget_action_set_enabled (widget, "win.export-dialog", has_table);
  gtk_widget_action_set_enabled (widget, "win.cancel-analysis", self->analysis != NULL || self->n_loading > 0);
  gtk_widget_action_set_enabled (widget, "win.save-as",
                                 g_list_model_get_n_items (G_LIST_MODEL (self->sources)) > 0);
}

void
cor_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.open-address", NULL, open_address_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.rename-source", "u", rename_source_action);
  gtk_widget_class_install_action (widget_class, "win.set-source-date", "u", set_source_date_action);
  gtk_widget_class_install_action (widget_class, "win.remove-source", "u", remove_source_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_install_action (widget_class, "win.keep-source", "u", keep_source_action);
  gtk_widget_class_install_action (widget_class, "win.read-source", "u", read_source_action);
  gtk_widget_class_install_action (widget_class, "win.read-column", "u", read_column_action);
  gtk_widget_class_install_action (widget_class, "win.copy-row", NULL, copy_row_action);
  gtk_widget_class_install_action (widget_class, "win.merge-rows", NULL, merge_rows_action);
  gtk_widget_class_install_action (widget_class, "win.merge-with", NULL, merge_with_action);
  gtk_widget_class_install_action (widget_class, "win.next-conflict", NULL, conflict_action);
  gtk_widget_class_install_action (widget_class, "win.previous-conflict", NULL, conflict_action);
  gtk_widget_class_install_action (widget_class, "win.override-cell", "(suu)", override_cell_action);
  gtk_widget_class_install_action (widget_class, "win.split-cell", "(su)", split_cell_action);
  gtk_widget_class_install_action (widget_class, "win.undo-correction", NULL, undo_correction_action);
  gtk_widget_class_install_action (widget_class, "win.show-in-source", "(utt)", show_in_source_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-analysis", NULL, cancel_analysis_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.show-sources", NULL, show_sources_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.open-address", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.merge-rows", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo-correction", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-sources", NULL);
  /* As Meld goes from change to change. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.next-conflict", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.previous-conflict", NULL);
}
