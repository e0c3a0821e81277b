/* cor-export-dialog.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-export-dialog.h"

struct _CorExportDialog
{
  AdwWindow       parent_instance;

  AdwComboRow    *format_row;
  GtkCheckButton *all_check;
  GtkCheckButton *shown_check;
  GtkCheckButton *selected_check;
  AdwActionRow   *all_row;
  AdwActionRow   *shown_row;
  AdwActionRow   *selected_row;
  AdwEntryRow    *name_row;
};

G_DEFINE_FINAL_TYPE (CorExportDialog, cor_export_dialog, ADW_TYPE_WINDOW)

/* The formats in the order the dialog lists them. */
static const CorExportFormat formats[] = {
  COR_EXPORT_CSV, COR_EXPORT_JSON, COR_EXPORT_MARKDOWN, COR_EXPORT_HTML,
};

static void
cor_export_dialog_export (CorExportDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.export-chosen", NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cor_export_dialog_class_init (CorExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, all_check);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, shown_check);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, selected_check);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, all_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, shown_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, selected_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, name_row);
  gtk_widget_class_bind_template_callback (widget_class, cor_export_dialog_export);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cor_export_dialog_init (CorExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_count (AdwActionRow *row,
           guint         n)
{
  /* Translators: how many facts an export of this kind writes */
  g_autofree char *text = g_strdup_printf (ngettext ("%u fact", "%u facts", n), n);

  adw_action_row_set_subtitle (row, text);
}

CorExportDialog *
cor_export_dialog_new (GtkWindow       *parent,
                       CorExportFormat  format,
                       guint            n_all,
                       guint            n_shown,
                       guint            n_selected,
                       const char      *name)
{
  CorExportDialog *self = g_object_new (COR_TYPE_EXPORT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  cor_export_dialog_set_format (self, format);
  set_count (self->all_row, n_all);
  set_count (self->shown_row, n_shown);
  set_count (self->selected_row, n_selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->selected_row), n_selected > 0);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  /* What the user looks at is what they most likely want written. */
  cor_export_dialog_set_scope (self, n_selected > 1 ? COR_EXPORT_SCOPE_SELECTED
                                     : n_shown < n_all ? COR_EXPORT_SCOPE_SHOWN : COR_EXPORT_SCOPE_ALL);
  return self;
}

CorExportFormat
cor_export_dialog_get_format (CorExportDialog *self)
{
  guint i;

  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), COR_EXPORT_CSV);

  i = adw_combo_row_get_selected (self->format_row);
  return i < G_N_ELEMENTS (formats) ? formats[i] : COR_EXPORT_CSV;
}

void
cor_export_dialog_set_format (CorExportDialog *self,
                              CorExportFormat  format)
{
  g_return_if_fail (COR_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i] == format)
      adw_combo_row_set_selected (self->format_row, i);
}

CorExportScope
cor_export_dialog_get_scope (CorExportDialog *self)
{
  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), COR_EXPORT_SCOPE_ALL);

  if (gtk_check_button_get_active (self->selected_check))
    return COR_EXPORT_SCOPE_SELECTED;
  if (gtk_check_button_get_active (self->shown_check))
    return COR_EXPORT_SCOPE_SHOWN;
  return COR_EXPORT_SCOPE_ALL;
}

void
cor_export_dialog_set_scope (CorExportDialog *self,
                             CorExportScope   scope)
{
  GtkCheckButton *checks[] = { self->all_check, self->shown_check, self->selected_check };

  g_return_if_fail (COR_IS_EXPORT_DIALOG (self));
  gtk_check_button_set_active (checks[scope], TRUE);
}

char *
cor_export_dialog_get_file_name (CorExportDialog *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), NULL);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (*name == '\0')
    {
      g_free (name);
      /* Translators: the file name proposed for an export; keep it short, no spaces */
      name = g_strdup (_("facts"));
    }
  return g_strdup_printf ("%s.%s", name, cor_export_format_extension (cor_export_dialog_get_format (self)));
}
