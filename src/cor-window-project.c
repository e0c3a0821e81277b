/* cor-window-project.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-export-dialog.h"
#include "cor-project.h"
#include "cor-window-private.h"

#define MAX_RECENT 8

/* What to do once unsaved work is saved or discarded. */
typedef void (*Continuation) (CorWindow *self);

static void save_as_then (CorWindow *self, Continuation then);

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types,
            const char * const *patterns)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types != NULL && mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; patterns != NULL && patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

/* One chooser at a time; the window knows it, so a test can answer it. */
static void
show_chooser (CorWindow            *self,
              GtkFileChooserNative *native)
{
  /* The response handlers own the chooser; a replaced one never answers. */
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_object_unref (self->chooser);
    }
  g_set_weak_pointer (&self->chooser, GTK_NATIVE_DIALOG (native));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* The file the user chose; a test answers the chooser by setting
 * "cor-chosen-file" on it, as the chooser's own widgets are out of reach. */
static GFile *
chooser_get_file (GtkNativeDialog *native)
{
  GFile *chosen = g_object_get_data (G_OBJECT (native), "cor-chosen-file");

  if (chosen != NULL)
    return g_object_ref (chosen);
  return gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
}

GtkNativeDialog *
cor_window_get_file_chooser (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);
  return self->chooser;
}

static void
open_files_response (GtkNativeDialog *native,
                     int              response,
                     CorWindow       *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      cor_window_add_files (self, (GFile **)array->pdata, array->len);
    }
  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;

  native = gtk_file_chooser_native_new (_("Open Reports"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_file_chooser_set_select_multiple (chooser, TRUE);
  add_filter (chooser, _("All Reports"),
              (const char *[]) { "text/plain", "text/html", "text/markdown", "application/pdf", NULL },
              (const char *[]) { "*.txt", "*.html", "*.htm", "*.md", "*.pdf", NULL });
  add_filter (chooser, _("Text"), (const char *[]) { "text/plain", NULL }, (const char *[]) { "*.txt", NULL });
  add_filter (chooser, _("Web Pages"), (const char *[]) { "text/html", NULL },
              (const char *[]) { "*.html", "*.htm", NULL });
  add_filter (chooser, _("Markdown"), (const char *[]) { "text/markdown", NULL },
              (const char *[]) { "*.md", "*.markdown", NULL });
  add_filter (chooser, _("PDF Documents"), (const char *[]) { "application/pdf", NULL },
              (const char *[]) { "*.pdf", NULL });
  g_signal_connect (native, "response", G_CALLBACK (open_files_response), widget);
  show_chooser (COR_WINDOW (widget), native);
}

/* A table of @facts (their ids) of the table shown, sharing its reports:
 * what an export of the filtered or selected rows writes. */
static CorFactTable *
table_of_facts (CorFactTable *table,
                GStrv         ids)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  CorFactTable *part = cor_fact_table_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (wanted, ids[i]);
  for (guint i = 0; i < table->sources->len; i++)
    cor_fact_table_add_source (part, g_ptr_array_index (table->sources, i),
                               g_ptr_array_index (table->documents, i));
  /* The facts stay the table's: the part only points at them. */
  g_ptr_array_set_free_func (part->facts, NULL);
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);

      if (g_hash_table_contains (wanted, fact->id))
        g_ptr_array_add (part->facts, fact);
    }
  return part;
}

gboolean
cor_window_export_to (CorWindow        *self,
                      GFile            *file,
                      CorExportFormat   format,
                      GStrv             ids,
                      GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CorFactTable) part = NULL;

  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);

  if (self->table == NULL)
    {
      g_set_error_literal (error, COR_ERROR, COR_ERROR_FAILED, _("There is no table to export yet"));
      return FALSE;
    }
  if (ids != NULL)
    part = table_of_facts (self->table, ids);
  bytes = cor_export_table (part ? part : self->table, format);
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
export_response (GtkNativeDialog *native,
                 int              response,
                 CorWindow       *self)
{
  CorExportFormat format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (native), "format"));
  GStrv ids = g_object_get_data (G_OBJECT (native), "fact-ids");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = chooser_get_file (native);
      if (cor_window_export_to (self, file, format, ids, &error))
        {
          g_autofree char *name = g_file_get_basename (file);

          /* Translators: %s is a file name */
          message = g_strdup_printf (_("Table exported to “%s”"), name);
        }
      else
        /* Translators: %s says why */
        message = g_strdup_printf (_("Could not export the table: %s"), error->message);
      cor_window_show_toast (self, message);
    }
  g_object_unref (native);
}

static void
export_as (CorWindow       *self,
           CorExportFormat  format,
           const char      *name,
           GStrv            ids)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export Table"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data (G_OBJECT (native), "format", GUINT_TO_POINTER (format));
  g_object_set_data_full (G_OBJECT (native), "fact-ids", g_strdupv (ids), (GDestroyNotify)g_strfreev);
  g_signal_connect (native, "response", G_CALLBACK (export_response), self);
  show_chooser (self, native);
}

/* "Ferry runs aground off Keel Point" → "ferry-runs-aground-off-keel-point". */
char *
cor_window_suggest_export_name (CorWindow *self)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *headline = NULL;

  for (guint i = 0; self->table != NULL && i < self->table->sources->len && headline == NULL; i++)
    headline = cor_source_get_title (g_ptr_array_index (self->table->sources, i));
  for (const char *p = headline ? headline : ""; *p && name->len < 60; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (name, g_unichar_tolower (c));
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    /* Translators: the file name proposed for an export; keep it short, no spaces */
    return g_strdup (_("facts"));
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static GStrv
ids_of (GPtrArray *facts)
{
  GStrv ids = g_new0 (char *, facts->len + 1);

  for (guint i = 0; i < facts->len; i++)
    ids[i] = g_strdup (((CorFact *)g_ptr_array_index (facts, i))->id);
  return ids;
}

static GPtrArray *
shown_facts (CorWindow *self)
{
  GListModel *model = cor_fact_view_get_model (self->fact_view);
  GPtrArray *facts = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CorFactRow) row = g_list_model_get_item (model, i);

      g_ptr_array_add (facts, cor_fact_row_get_fact (row));
    }
  return facts;
}

static void
export_dialog_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(GPtrArray) shown = shown_facts (self);
  g_autoptr(GPtrArray) selected = cor_fact_view_get_selected_facts (self->fact_view);
  g_autofree char *name = cor_window_suggest_export_name (self);
  CorExportDialog *dialog;

  if (self->table == NULL)
    return;
  dialog = cor_export_dialog_new (GTK_WINDOW (self), self->export_format, self->table->facts->len,
                                  shown->len, selected->len, name);
  g_set_weak_pointer (&self->export_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The dialog's Export button: its choices, then the file chooser. */
static void
export_chosen_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  CorExportDialog *dialog = self->export_dialog;
  g_autoptr(GPtrArray) facts = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *name = NULL;
  CorExportFormat format;

  if (dialog == NULL)
    return;
  format = cor_export_dialog_get_format (dialog);
  name = cor_export_dialog_get_file_name (dialog);
  switch (cor_export_dialog_get_scope (dialog))
    {
    case COR_EXPORT_SCOPE_SHOWN:
      facts = shown_facts (self);
      break;
    case COR_EXPORT_SCOPE_SELECTED:
      facts = cor_fact_view_get_selected_facts (self->fact_view);
      break;
    case COR_EXPORT_SCOPE_ALL:
    default:
      break;
    }
  if (facts != NULL)
    ids = ids_of (facts);
  g_object_set (self, "export-format", cor_export_format_to_string (format), NULL);
  export_as (self, format, name, ids);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  CorExportFormat format;
  g_autofree char *stem = cor_window_suggest_export_name (self);
  g_autofree char *name = NULL;

  if (!cor_export_format_from_string (g_variant_get_string (parameter, NULL), &format))
    return;
  name = g_strdup_printf ("%s.%s", stem, cor_export_format_extension (format));
  export_as (self, format, name, NULL);
}

void
cor_window_update_recent (CorWindow *self)
{
  g_auto(GStrv) recent = NULL;
  guint n = 0;

  g_menu_remove_all (self->recent_submenu);
  if (self->settings != NULL)
    recent = g_settings_get_strv (self->settings, "recent-projects");
  for (guint i = 0; recent != NULL && recent[i] != NULL && n < MAX_RECENT; i++)
    {
      g_autofree char *name = g_path_get_basename (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_submenu, item);
      n++;
    }
  if (n == 0)
    g_menu_append (self->recent_submenu, _("No Recent Projects"), "win.no-recent");
}

static void
remember_project (CorWindow  *self,
                  const char *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;
  recent = g_settings_get_strv (self->settings, "recent-projects");
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-projects", (const char * const *)updated);
}

static void
cor_window_set_project_path (CorWindow  *self,
                             const char *path)
{
  g_autofree char *name = NULL;

  g_free (self->project_path);
  self->project_path = g_strdup (path);
  self->dirty = FALSE;
  remember_project (self, path);
  name = g_path_get_basename (path);
  adw_window_title_set_title (self->window_title, name);
}

gboolean
cor_window_save_project_to (CorWindow   *self,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(CorProject) project = cor_project_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));

  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (project->sources, g_list_model_get_item (G_LIST_MODEL (self->sources), i));
  project->strictness = self->strictness;
  project->corrections = cor_corrections_to_json (self->corrections);
  if (cor_story_edits_get_n_items (self->story_edits) > 0)
    project->stories = cor_story_edits_to_json (self->story_edits);
  if (!cor_project_save (project, path, error))
    return FALSE;
  cor_window_set_project_path (self, path);
  return TRUE;
}

/* Puts @project in the window, named @path; FALSE when its corrections
 * are not a list. A correction that could not be read costs only itself,
 * and the user is told. */
static gboolean
apply_project (CorWindow   *self,
               const char  *path,
               CorProject  *project,
               GError     **error)
{
  g_autoptr(CorCorrections) corrections = NULL;
  g_autoptr(CorStoryEdits) story_edits = NULL;
  guint n_unreadable;

  corrections = cor_corrections_new_from_json (project->corrections, error);
  if (corrections == NULL)
    return FALSE;
  story_edits = cor_story_edits_new_from_json (project->stories, error);
  if (story_edits == NULL)
    return FALSE;
  g_clear_pointer (&self->story_edits, cor_story_edits_free);
  self->story_edits = g_steal_pointer (&story_edits);
  n_unreadable = cor_corrections_get_n_unreadable (corrections);

  g_clear_pointer (&self->corrections, cor_corrections_free);
  self->corrections = g_steal_pointer (&corrections);
  g_list_store_splice (self->sources, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sources)),
                       project->sources->pdata, project->sources->len);
  g_object_set (self, "strictness", CLAMP (project->strictness, 0.0, 1.0), NULL);
  cor_window_sources_changed (self);
  cor_window_set_project_path (self, path);
  if (n_unreadable > 0)
    {
      g_autofree char *message = g_strdup_printf (ngettext ("%u correction in the project could not "
                                                            "be read and was left out.",
                                                            "%u corrections in the project could not "
                                                            "be read and were left out.",
                                                            n_unreadable),
                                                  n_unreadable);

      cor_window_show_toast (self, message);
    }
  return TRUE;
}

gboolean
cor_window_open_project_path (CorWindow   *self,
                              const char  *path,
                              GError     **error)
{
  g_autoptr(CorProject) project = NULL;

  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);

  project = cor_project_load (path, error);
  return project != NULL && apply_project (self, path, project, error);
}

typedef struct
{
  CorWindow *window;
  char      *path;
} OpenRequest;

static void
open_request_free (OpenRequest *request)
{
  g_object_unref (request->window);
  g_free (request->path);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenRequest, open_request_free)

static void
project_loaded (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpenRequest) request = user_data;
  g_autoptr(CorProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = cor_project_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (project == NULL || !apply_project (request->window, request->path, project, &error))
    cor_window_show_toast (request->window, error->message);
}

/* The file is read in a thread (a FIFO, a slow disk or a large project
 * must not freeze the window); the window takes the project when it is
 * read, or tells why it cannot be. */
static void
open_project_or_tell (CorWindow  *self,
                      const char *path)
{
  OpenRequest *request = g_new0 (OpenRequest, 1);

  request->window = g_object_ref (self);
  request->path = g_strdup (path);
  cor_project_load_async (path, self->loading, project_loaded, request);
}

static void
open_project_response (GtkNativeDialog *native,
                       int              response,
                       CorWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = chooser_get_file (native);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        open_project_or_tell (self, path);
    }
  g_object_unref (native);
}

static void
open_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Project"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (native), _("Corroborate Projects"), NULL,
              (const char *[]) { "*.corroborate", NULL });
  g_signal_connect (native, "response", G_CALLBACK (open_project_response), widget);
  show_chooser (COR_WINDOW (widget), native);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_project_or_tell (COR_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
save_as_response (GtkNativeDialog *native,
                  int              response,
                  CorWindow       *self)
{
  Continuation then = g_object_get_data (G_OBJECT (native), "then");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = chooser_get_file (native);
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path != NULL && !g_str_has_suffix (path, ".corroborate"))
        {
          char *with_suffix = g_strconcat (path, ".corroborate", NULL);

          g_free (path);
          path = with_suffix;
        }
      if (path == NULL || !cor_window_save_project_to (self, path, &error))
        cor_window_show_toast (self, error ? error->message : _("Projects are saved to local files"));
      else if (then != NULL)
        then (self);
    }
  g_object_unref (native);
}

static void
save_as_then (CorWindow    *self,
              Continuation  then)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: the file name proposed for a new project */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("Comparison.corroborate"));
  g_object_set_data (G_OBJECT (native), "then", then);
  g_signal_connect (native, "response", G_CALLBACK (save_as_response), self);
  show_chooser (self, native);
}

static void
save_then (CorWindow    *self,
           Continuation  then)
{
  g_autoptr(GError) error = NULL;

  if (self->project_path == NULL)
    {
      save_as_then (self, then);
      return;
    }
  if (!cor_window_save_project_to (self, self->project_path, &error))
    cor_window_show_toast (self, error->message);
  else if (then != NULL)
    then (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_then (COR_WINDOW (widget), NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as_then (COR_WINDOW (widget), NULL);
}

static void
unsaved_response (AdwMessageDialog *dialog,
                  const char       *response,
                  CorWindow        *self)
{
  Continuation then = g_object_get_data (G_OBJECT (dialog), "then");

  if (g_strcmp0 (response, "discard") == 0)
    then (self);
  else if (g_strcmp0 (response, "save") == 0)
    save_then (self, then);
}

/* Runs @then at once, or after the user saved or discarded unsaved work. */
static void
confirm_unsaved (CorWindow    *self,
                 Continuation  then)
{
  GtkWidget *dialog;

  if (!self->dirty || g_list_model_get_n_items (G_LIST_MODEL (self->sources)) == 0)
    {
      then (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                   _("The reports and corrections of this comparison are not saved. "
                                     "Changes which are not saved will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "then", then);
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_now (CorWindow *self)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
cor_window_close_request (GtkWindow *window)
{
  CorWindow *self = COR_WINDOW (window);

  if (self->close_confirmed || !self->dirty)
    return FALSE;
  confirm_unsaved (self, close_now);
  return TRUE;
}

static void
start_new (CorWindow *self)
{
  g_list_store_remove_all (self->sources);
  cor_corrections_clear (self->corrections);
  g_clear_pointer (&self->story_edits, cor_story_edits_free);
  self->story_edits = cor_story_edits_new ();
  g_clear_pointer (&self->project_path, g_free);
  cor_window_sources_changed (self);
  self->dirty = FALSE;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  confirm_unsaved (COR_WINDOW (widget), start_new);
}

void
cor_window_class_add_project_actions (GtkWidgetClass *widget_class)
{
  GTK_WINDOW_CLASS (widget_class)->close_request = cor_window_close_request;

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.export-dialog", NULL, export_dialog_action);
  gtk_widget_class_install_action (widget_class, "win.export-chosen", NULL, export_chosen_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open-project", NULL, open_project_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-dialog", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
