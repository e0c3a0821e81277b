/* cor-window.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-a11y.h"
#include "cor-fetch.h"
#include "cor-source-badge.h"
#include "cor-source-load.h"
#include "cor-window-private.h"
#include "cor-worker.h"

G_DEFINE_FINAL_TYPE (CorWindow, cor_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STRICTNESS,
  PROP_EXPORT_FORMAT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sample: reports written for the project about one invented event. */
static const struct {
  const char *file;
  const char *outlet;
  const char *published;
} sample_reports[] = {
  { "harbour-gazette.txt", "Harbour Gazette", "2025-09-17" },
  { "coastal-daily.txt", "Coastal Daily", "2025-09-17" },
  { "island-radio.txt", "Island Radio", "2025-09-18" },
  { "porthaven-post.txt", "Porthaven Post", "2025-09-16" },
};

/* The headless modes run without an installed schema; so does a window
 * started from the build tree, which then simply forgets its size. */
static GSettings *
cor_window_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new (APP_ID);
}

void
cor_window_show_toast (CorWindow  *self,
                       const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
cor_window_set_dirty (CorWindow *self,
                      gboolean   dirty)
{
  self->dirty = dirty;
}

gboolean
cor_window_source_is_compared (CorSource *source)
{
  return cor_source_get_error (source) == NULL && cor_source_get_not_article (source) == NULL
         && cor_source_get_text (source) != NULL;
}

guint
cor_window_count_compared (CorWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  guint compared = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      compared += cor_window_source_is_compared (source);
    }
  return compared;
}

static void
cor_window_update_title (CorWindow *self)
{
  guint n = cor_window_count_compared (self);
  g_autofree char *subtitle = NULL;
  g_autofree char *project = NULL;

  if (self->project_path != NULL)
    project = g_path_get_basename (self->project_path);
  if (n > 0 && self->table != NULL && self->table->sources->len == n)
    /* Translators: the window's subtitle, as in "4 reports · 23 facts" */
    subtitle = g_strdup_printf (ngettext ("%u report · %u facts", "%u reports · %u facts", n),
                                n, self->table->facts->len);
  else if (n > 0)
    subtitle = g_strdup_printf (ngettext ("%u report", "%u reports", n), n);

  adw_window_title_set_title (self->window_title, project ? project : _("Corroborate"));
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
}

static void
cor_window_update_view (CorWindow *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->sources)) == 0;

  gtk_stack_set_visible_child_name (self->main_stack, empty && self->n_loading == 0 ? "empty" : "table");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), self->analysis != NULL || self->n_loading > 0);
  cor_source_list_set_table (self->source_list, self->table);
  cor_window_update_title (self);
  cor_window_update_actions (self);
}

/* Nothing selected, the quotes pane is a line high and the table has the
 * room; a selection opens it, unless the user made it tall already. */
static void
cor_window_size_quotes (CorWindow *self,
                        gboolean   selected)
{
  GtkPaned *paned = GTK_PANED (self->content);
  int height = gtk_widget_get_height (self->content);
  int quotes = height - gtk_paned_get_position (paned);

  if (height <= 0)
    return;
  if (!selected)
    gtk_paned_set_position (paned, height - 64);
  else if (quotes < height * 0.35)
    gtk_paned_set_position (paned, height * 0.55);
}

static void
cor_window_selection_changed (CorWindow   *self,
                              CorFactView *view)
{
  g_autoptr(CorFactRow) row = cor_fact_view_get_selected (view);

  cor_window_size_quotes (self, row != NULL);
  if (row != NULL)
    cor_quotes_pane_set_fact (self->quotes_pane, cor_fact_row_get_table (row), cor_fact_row_get_fact (row));
  else
    cor_quotes_pane_set_fact (self->quotes_pane, NULL, NULL);
  cor_window_update_actions (self);
}

static void
cor_window_sidebar_toggled (CorWindow       *self,
                            GtkToggleButton *button)
{
  gboolean show = gtk_toggle_button_get_active (button);

  adw_leaflet_set_visible_child (self->leaflet, show ? self->sidebar : self->content);
}

static gboolean
cor_window_update_sidebar_button (gpointer user_data)
{
  CorWindow *self = user_data;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean sidebar = adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;

  self->sidebar_idle = 0;
  gtk_widget_set_visible (self->sidebar_button, folded);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->sidebar_button), folded && sidebar);
  return G_SOURCE_REMOVE;
}

/* The leaflet folds while it is being allocated; changing the header bar
 * then would leave it unallocated for this frame, so it waits a moment. */
static void
cor_window_folded_changed (CorWindow *self)
{
  if (self->sidebar_idle == 0)
    self->sidebar_idle = g_idle_add (cor_window_update_sidebar_button, self);
}

static void
cor_window_reading_closed (CorWindow *self)
{
  gtk_stack_set_visible_child_name (self->view_stack, "facts");
}

/* A frame for each: the table, the sidebar's stories, the header bar
 * (and, in the frame after, the sidebar's counts: see
 * cor_source_list_set_table ()). The region a frame repaints is copied to
 * the X server as one rectangle around all it changed: the sidebar and the
 * header bar together make it the whole window. */
enum { CHROME_TABLE, CHROME_SIDEBAR, CHROME_HEADER };

static gboolean
cor_window_chrome_tick (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  CorWindow *self = COR_WINDOW (widget);

  switch (self->chrome_stage++)
    {
    case CHROME_TABLE:
      return G_SOURCE_CONTINUE;
    case CHROME_SIDEBAR:
      cor_window_stories_show_table (self);
      return G_SOURCE_CONTINUE;
    default:
      self->chrome_tick = 0;
      /* Also hands the source list its table, once. */
      cor_window_update_view (self);
      return G_SOURCE_REMOVE;
    }
}

/* The first frame of a new table repaints and lays out the whole view:
 * the sidebar (its stories and counts), the title and the progress bar,
 * which would widen that frame to the whole window, change in the next
 * one. The table's scope and the actions, which the user could act on,
 * follow the table at once. */
static void
cor_window_update_chrome_later (CorWindow *self)
{
  cor_window_stories_scope_table (self);
  cor_window_update_actions (self);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      cor_window_stories_show_table (self);
      cor_window_update_view (self);
      return;
    }
  self->chrome_stage = CHROME_TABLE;
  if (self->chrome_tick == 0)
    self->chrome_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), cor_window_chrome_tick, NULL, NULL);
}

static void
cor_window_apply_table (CorWindow    *self,
                        CorFactTable *table)
{
  g_clear_pointer (&self->table, cor_fact_table_unref);
  self->table = cor_fact_table_ref (table);
  cor_source_badge_assign (table->sources);
  cor_fact_view_set_table (self->fact_view, table);
  /* The report being read may have gone: the table comes back. */
  cor_window_reading_closed (self);
  cor_window_update_chrome_later (self);
  cor_window_selection_changed (self, self->fact_view);
}

static void
cor_window_progress (double   fraction,
                     gpointer user_data)
{
  CorWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

/* The worker read copies of the reports; the table shown holds the
 * window's own, so that a rename shows at once in every view and export. */
static void
cor_window_adopt_sources (CorFactTable *table,
                          GPtrArray    *originals)
{
  g_assert (originals != NULL && originals->len == table->sources->len);

  for (guint i = 0; i < table->sources->len; i++)
    {
      g_object_unref (g_ptr_array_index (table->sources, i));
      table->sources->pdata[i] = g_object_ref (g_ptr_array_index (originals, i));
    }
}

static void
cor_window_analysis_done (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(CorWindow) self = user_data;
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  table = cor_worker_analyse_finish (result, &error);
  /* A newer run replaced this one, or the window is gone: drop it. */
  if (cancellable != self->analysis || g_cancellable_is_cancelled (cancellable))
    return;
  /* Progress still queued for this run has nothing left to say. */
  g_cancellable_cancel (cancellable);
  g_clear_object (&self->analysis);
  if (table != NULL)
    cor_window_adopt_sources (table, self->analysed);
  g_clear_pointer (&self->analysed, g_ptr_array_unref);

  if (table == NULL)
    {
      cor_window_show_toast (self, error->message);
      cor_window_update_view (self);
      return;
    }
  cor_window_apply_table (self, table);
}

static void
cor_window_start_analysis (CorWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  g_autoptr(GPtrArray) sources = g_ptr_array_new_full (n, g_object_unref);

  if (self->analysis != NULL)
    g_cancellable_cancel (self->analysis);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->analysed, g_ptr_array_unref);

  /* A report that could not be read, or waits to be kept, takes no column. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (cor_window_source_is_compared (source))
        g_ptr_array_add (sources, g_steal_pointer (&source));
    }
  if (sources->len == 0)
    {
      g_autoptr(CorFactTable) empty = cor_fact_table_new ();

      cor_window_apply_table (self, empty);
      return;
    }

  self->analysed = g_ptr_array_ref (sources);

  self->analysis = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  cor_worker_analyse_async (sources, self->strictness, self->corrections, self->story_edits,
                            cor_window_progress, self, self->analysis,
                            cor_window_analysis_done, g_object_ref (self));
}

void
cor_window_sources_changed (CorWindow *self)
{
  g_return_if_fail (COR_IS_WINDOW (self));

  self->dirty = TRUE;
  cor_window_start_analysis (self);
  cor_window_update_view (self);
}

/* A correction changed the table in place: every row is made anew, since
 * a merge frees the fact an old row pointed to. */
void
cor_window_table_corrected (CorWindow *self)
{
  self->dirty = TRUE;
  cor_fact_view_refresh (self->fact_view);
  cor_window_selection_changed (self, self->fact_view);
  cor_window_update_view (self);
}

void
cor_window_read_report (CorWindow *self,
                        guint      column)
{
  g_return_if_fail (COR_IS_WINDOW (self));

  if (self->table == NULL || column >= self->table->sources->len)
    return;
  cor_reading_view_set_report (self->reading_view, self->table, column);
  gtk_stack_set_visible_child_name (self->view_stack, "reading");
}

/* A sentence of the report read: its row's quotes, the filter aside if
 * it hid that row. */
static void
cor_window_reading_activated (CorWindow      *self,
                              const char     *fact_id,
                              CorReadingView *view)
{
  g_autoptr(CorFactRow) row = NULL;

  cor_fact_view_select_fact_id (self->fact_view, fact_id);
  row = cor_fact_view_get_selected (self->fact_view);
  if (row == NULL || g_strcmp0 (cor_fact_row_get_fact (row)->id, fact_id) != 0)
    {
      cor_fact_view_set_filter (self->fact_view, COR_FACT_FILTER_ALL);
      cor_fact_view_select_fact_id (self->fact_view, fact_id);
    }
}

/* A rename needs no new analysis: the table holds the very reports. */
void
cor_window_names_changed (CorWindow *self)
{
  g_return_if_fail (COR_IS_WINDOW (self));

  self->dirty = TRUE;
  if (self->table != NULL)
    cor_source_badge_assign (self->table->sources);
  cor_source_list_refresh (self->source_list);
  cor_fact_view_update_names (self->fact_view);
  cor_window_selection_changed (self, self->fact_view);
}

void
cor_window_add_sources (CorWindow *self,
                        GPtrArray *sources)
{
  g_return_if_fail (COR_IS_WINDOW (self));

  if (sources->len == 0)
    return;
  g_list_store_splice (self->sources, g_list_model_get_n_items (G_LIST_MODEL (self->sources)), 0,
                       sources->pdata, sources->len);
  cor_window_sources_changed (self);
}

static void
cor_window_files_loaded (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CorWindow) self = user_data;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;

  sources = cor_worker_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->n_loading--;
  if (sources != NULL)
    cor_window_add_sources (self, sources);
  else
    cor_window_show_toast (self, error->message);
  cor_window_update_view (self);
}

void
cor_window_add_files (CorWindow  *self,
                      GFile     **files,
                      int         n_files)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (COR_IS_WINDOW (self));

  for (int i = 0; i < n_files; i++)
    g_ptr_array_add (array, g_object_ref (files[i]));
  if (array->len == 0)
    return;

  self->n_loading++;
  cor_worker_load_async (array, self->loading, cor_window_files_loaded, g_object_ref (self));
  cor_window_update_view (self);
}

static void
cor_window_uri_loaded (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CorWindow) self = user_data;
  g_autoptr(CorSource) source = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  source = cor_source_load_uri_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->n_loading--;
  if (source != NULL)
    {
      g_ptr_array_add (sources, g_steal_pointer (&source));
      cor_window_add_sources (self, sources);
    }
  else
    cor_window_show_toast (self, error->message);
  cor_window_update_view (self);
}

void
cor_window_load_uri (CorWindow  *self,
                     const char *uri)
{
  self->n_loading++;
  cor_source_load_uri_async (uri, self->loading, cor_window_uri_loaded, g_object_ref (self));
  cor_window_update_view (self);
}

static CorSource *
load_sample_report (guint i)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PATH "/sample/%s", sample_reports[i].file);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autofree char *text = NULL;
  const char *body;
  CorSource *source;

  g_assert (bytes != NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  /* The first line is the headline; the report starts after the blank line. */
  body = strstr (text, "\n\n");
  if (body != NULL)
    text[body - text] = '\0';
  source = cor_source_load_text (body ? body + 2 : text, sample_reports[i].outlet,
                                 sample_reports[i].published);
  cor_source_set_title (source, text);
  return source;
}

void
cor_window_open_sample (CorWindow *self)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (COR_IS_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (sample_reports); i++)
    g_ptr_array_add (sources, load_sample_report (i));
  cor_window_add_sources (self, sources);
}

static gboolean
looks_like_address (const char *text)
{
  return cor_fetch_is_web_address (text) || g_str_has_prefix (text, "file://");
}

static void
cor_window_drop_text (CorWindow  *self,
                      const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean all_addresses = TRUE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && !looks_like_address (lines[i]))
        all_addresses = FALSE;
    }

  if (!all_addresses)
    {
      g_ptr_array_add (sources, cor_source_load_text (text, NULL, NULL));
      cor_window_add_sources (self, sources);
      return;
    }
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "file://"))
      {
        g_autoptr(GFile) file = g_file_new_for_uri (lines[i]);

        cor_window_add_files (self, &file, 1);
      }
    else if (lines[i][0] != '\0')
      cor_window_load_uri (self, lines[i]);
}

static gboolean
cor_window_drop (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 CorWindow     *self)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *list = g_value_get_boxed (value);
      g_autoptr(GPtrArray) files = g_ptr_array_new ();

      for (GSList *l = list; l != NULL; l = l->next)
        g_ptr_array_add (files, l->data);
      cor_window_add_files (self, (GFile **)files->pdata, files->len);
      return TRUE;
    }
  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL)
    {
      cor_window_drop_text (self, g_value_get_string (value));
      return TRUE;
    }
  return FALSE;
}

static void
cor_window_setup_drop (CorWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  gtk_drop_target_set_gtypes (target, (GType[]) { GDK_TYPE_FILE_LIST, G_TYPE_STRING }, 2);
  g_signal_connect (target, "drop", G_CALLBACK (cor_window_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
cor_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CorWindow *self = COR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STRICTNESS:
      g_value_set_double (value, self->strictness);
      break;
    case PROP_EXPORT_FORMAT:
      g_value_set_string (value, cor_export_format_to_string (self->export_format));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CorWindow *self = COR_WINDOW (object);
  CorExportFormat format;

  switch (prop_id)
    {
    case PROP_STRICTNESS:
      if (self->strictness == g_value_get_double (value))
        break;
      self->strictness = g_value_get_double (value);
      g_object_notify_by_pspec (object, pspec);
      if (g_list_model_get_n_items (G_LIST_MODEL (self->sources)) > 0)
        {
          cor_window_start_analysis (self);
          cor_window_update_view (self);
        }
      break;
    case PROP_EXPORT_FORMAT:
      if (cor_export_format_from_string (g_value_get_string (value), &format)
          && format != self->export_format)
        {
          self->export_format = format;
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_window_dispose (GObject *object)
{
  CorWindow *self = (CorWindow *)object;

  if (self->analysis != NULL)
    g_cancellable_cancel (self->analysis);
  g_cancellable_cancel (self->loading);
  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->analysed, g_ptr_array_unref);
  g_clear_object (&self->removed);
  g_clear_weak_pointer (&self->chooser);
  g_clear_weak_pointer (&self->export_dialog);
  g_clear_handle_id (&self->sidebar_idle, g_source_remove);
  if (self->chrome_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->chrome_tick);
  self->chrome_tick = 0;
  g_clear_pointer (&self->table, cor_fact_table_unref);

  G_OBJECT_CLASS (cor_window_parent_class)->dispose (object);
}

static void
cor_window_finalize (GObject *object)
{
  CorWindow *self = (CorWindow *)object;

  g_clear_object (&self->loading);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->corrections, cor_corrections_free);
  g_clear_pointer (&self->story_edits, cor_story_edits_free);
  g_clear_pointer (&self->project_path, g_free);

  G_OBJECT_CLASS (cor_window_parent_class)->finalize (object);
}

static void
cor_window_class_init (CorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_window_dispose;
  object_class->finalize = cor_window_finalize;
  object_class->get_property = cor_window_get_property;
  object_class->set_property = cor_window_set_property;

  properties[PROP_STRICTNESS] =
    g_param_spec_double ("strictness", NULL, NULL, 0, 1, 0.5,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EXPORT_FORMAT] =
    g_param_spec_string ("export-format", NULL, NULL, "csv",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (COR_TYPE_FACT_VIEW);
  g_type_ensure (COR_TYPE_READING_VIEW);
  g_type_ensure (COR_TYPE_QUOTES_PANE);
  g_type_ensure (COR_TYPE_SOURCE_LIST);
  g_type_ensure (COR_TYPE_STORY_SWITCHER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, source_list);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, story_switcher);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, fact_view);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, reading_view);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, quotes_pane);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, recent_submenu);
  gtk_widget_class_bind_template_callback (widget_class, cor_window_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, cor_window_sidebar_toggled);
  gtk_widget_class_bind_template_callback (widget_class, cor_window_folded_changed);
  gtk_widget_class_bind_template_callback (widget_class, cor_window_reading_activated);
  gtk_widget_class_bind_template_callback (widget_class, cor_window_reading_closed);

  cor_window_class_add_actions (widget_class);
  cor_window_class_add_project_actions (widget_class);
  cor_window_class_add_story_actions (widget_class);
}

static void
cor_window_bind_settings (CorWindow *self)
{
  self->settings = cor_window_create_settings ();
  if (self->settings == NULL)
    return;

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "strictness", self, "strictness", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "export-format", self, "export-format", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_swapped (self->settings, "changed::recent-projects",
                            G_CALLBACK (cor_window_update_recent), self);
}

static void
cor_window_init (CorWindow *self)
{
  self->strictness = 0.5;
  self->export_format = COR_EXPORT_CSV;
  self->sources = g_list_store_new (COR_TYPE_SOURCE);
  self->corrections = cor_corrections_new ();
  self->story_edits = cor_story_edits_new ();
  self->loading = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  cor_window_stories_init (self);
  cor_source_list_set_model (self->source_list, G_LIST_MODEL (self->sources));

  /* Folded, the table comes first; the reports are a button away. */
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  cor_fact_view_set_search_capture (self->fact_view, GTK_WIDGET (self));
  cor_a11y_name_inner (self->add_button, _("Add Reports"));
  cor_a11y_name_inner (self->menu_button, _("Main Menu"));
  cor_window_setup_drop (self);
  cor_window_bind_settings (self);
  cor_window_update_recent (self);
  cor_window_update_view (self);
  cor_window_folded_changed (self);
}

CorWindow *
cor_window_new (CorApplication *application)
{
  return g_object_new (COR_TYPE_WINDOW, "application", application, NULL);
}

gboolean
cor_window_is_busy (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);
  return self->analysis != NULL || self->n_loading > 0 || self->chrome_tick != 0
         || cor_fact_view_is_filling (self->fact_view);
}

CorFactTable *
cor_window_get_table (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);
  return self->table;
}

GListModel *
cor_window_get_sources (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->sources);
}

CorStoryEdits *
cor_window_get_story_edits (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);
  return self->story_edits;
}

CorCorrections *
cor_window_get_corrections (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);
  return self->corrections;
}
