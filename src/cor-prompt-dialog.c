/* cor-prompt-dialog.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-prompt-dialog"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cor-prompt-dialog.h"

typedef struct
{
  AdwEntryRow       *entry;
  AdwEntryRow       *outlet;
  AdwEntryRow       *date;
  GtkTextBuffer     *buffer;
  CorPromptValidate  validate;
  CorPromptFunc      callback;
  CorPasteFunc       paste_callback;
  GObject           *user_data;
} Prompt;

static void
prompt_free (gpointer data)
{
  Prompt *prompt = data;

  g_clear_object (&prompt->user_data);
  g_free (prompt);
}

gboolean
cor_prompt_is_date (const char *value)
{
  int y, m, d;
  char tail;

  return value != NULL && sscanf (value, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3
         && strlen (value) == 10 && g_date_valid_dmy (d, m, y);
}

gboolean
cor_prompt_is_date_or_empty (const char *value)
{
  return value == NULL || value[0] == '\0' || cor_prompt_is_date (value);
}

gboolean
cor_prompt_is_not_empty (const char *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value ? value : ""));

  return stripped[0] != '\0';
}

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
pasted_text (Prompt *prompt)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (prompt->buffer, &start, &end);
  return gtk_text_buffer_get_text (prompt->buffer, &start, &end, FALSE);
}

static void
prompt_update (AdwMessageDialog *dialog)
{
  Prompt *prompt = g_object_get_data (G_OBJECT (dialog), "prompt");
  gboolean ok;

  if (prompt->buffer != NULL)
    {
      g_autofree char *text = pasted_text (prompt);

      ok = cor_prompt_is_not_empty (text) && cor_prompt_is_date_or_empty (entry_text (prompt->date));
      if (cor_prompt_is_date_or_empty (entry_text (prompt->date)))
        gtk_widget_remove_css_class (GTK_WIDGET (prompt->date), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (prompt->date), "error");
    }
  else
    ok = prompt->validate == NULL || prompt->validate (entry_text (prompt->entry));
  adw_message_dialog_set_response_enabled (dialog, "accept", ok);
}

static void
prompt_response (AdwMessageDialog *dialog,
                 const char       *response,
                 Prompt           *prompt)
{
  if (g_strcmp0 (response, "accept") != 0)
    return;

  if (prompt->buffer != NULL)
    {
      g_autofree char *text = pasted_text (prompt);
      const char *outlet = entry_text (prompt->outlet);
      const char *date = entry_text (prompt->date);

      prompt->paste_callback (text, cor_prompt_is_not_empty (outlet) ? outlet : NULL,
                              cor_prompt_is_date (date) ? date : NULL, prompt->user_data);
    }
  else
    prompt->callback (entry_text (prompt->entry), prompt->user_data);
}

static AdwEntryRow *
new_entry_row (GtkWidget  *list,
               const char *title,
               const char *initial)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), initial ? initial : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return ADW_ENTRY_ROW (row);
}

static GtkWidget *
new_dialog (GtkWindow  *parent,
            const char *heading,
            const char *body,
            const char *accept_label,
            Prompt     *prompt,
            GtkWidget  *extra)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "accept", accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), extra);
  g_object_set_data_full (G_OBJECT (dialog), "prompt", prompt, prompt_free);
  g_signal_connect (dialog, "response", G_CALLBACK (prompt_response), prompt);
  return dialog;
}

GtkWidget *
cor_prompt_dialog_new (GtkWindow         *parent,
                       const char        *heading,
                       const char        *body,
                       const char        *entry_title,
                       const char        *initial,
                       const char        *accept_label,
                       CorPromptValidate  validate,
                       CorPromptFunc      callback,
                       GObject           *user_data)
{
  Prompt *prompt = g_new0 (Prompt, 1);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *dialog;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  prompt->entry = new_entry_row (list, entry_title, initial);
  prompt->validate = validate;
  prompt->callback = callback;
  prompt->user_data = user_data ? g_object_ref (user_data) : NULL;
  adw_entry_row_set_activates_default (prompt->entry, TRUE);

  dialog = new_dialog (parent, heading, body, accept_label, prompt, list);
  g_signal_connect_swapped (prompt->entry, "changed", G_CALLBACK (prompt_update), dialog);
  prompt_update (ADW_MESSAGE_DIALOG (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (prompt->entry));
  return dialog;
}

GtkWidget *
cor_paste_dialog_new (GtkWindow    *parent,
                      const char   *initial_text,
                      CorPasteFunc  callback,
                      GObject      *user_data)
{
  Prompt *prompt = g_new0 (Prompt, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *text_view = gtk_text_view_new ();
  GtkWidget *dialog;

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Report text"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), text_view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 180);
  gtk_widget_add_css_class (scroller, "card");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  prompt->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  gtk_text_buffer_set_text (prompt->buffer, initial_text ? initial_text : "", -1);
  prompt->outlet = new_entry_row (list, _("Outlet (optional)"), NULL);
  prompt->date = new_entry_row (list, _("Published, as YYYY-MM-DD (optional)"), NULL);
  prompt->paste_callback = callback;
  prompt->user_data = user_data ? g_object_ref (user_data) : NULL;
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), list);

  dialog = new_dialog (parent, _("Paste Text"),
                       _("Paste or type the text of one report"), _("_Add"), prompt, box);
  g_signal_connect_swapped (prompt->buffer, "changed", G_CALLBACK (prompt_update), dialog);
  g_signal_connect_swapped (prompt->date, "changed", G_CALLBACK (prompt_update), dialog);
  prompt_update (ADW_MESSAGE_DIALOG (dialog));
  gtk_widget_grab_focus (text_view);
  return dialog;
}
