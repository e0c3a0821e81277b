/* window-helpers.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the window's test suites share: finding widgets, running the main
 * loop until the analysis is done, answering the file chooser, taking
 * screenshots, and the reports they open. */

#include "config.h"

#include <glib/gstdio.h>

#include "cor-fact-cells.h"
#include "cor-report-generator.h"
#include "window-helpers.h"

/* What AdwApplication does for the real window: its style and icons. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GdkDisplay *display = gdk_display_get_default ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display), RESOURCE_PATH "/icons");
}

void
window_helpers_init (int    *argc,
                     char ***argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);
  /* Xvfb has no GPU: GL would be drawn by llvmpipe's threads, whose time
   * (on a loaded machine, seconds) the stall test would count as the
   * window's. Cairo draws on the main thread, where it is measured. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  load_style ();
}

GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
find_report_cell (GtkWidget *root,
                  guint      position,
                  guint      source)
{
  if (cor_fact_cells_is_report_cell (root) && cor_fact_cells_get_position (root) == position
      && cor_fact_cells_get_source (root) == source)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_report_cell (child, position, source);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every label's text under @root, one per line. */
void
collect_labels (GtkWidget *root,
                GString   *out)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

guint
count_css_class (GtkWidget  *root,
                 const char *css_class)
{
  guint n = gtk_widget_has_css_class (root, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_css_class (child, css_class);
  return n;
}

char *
widget_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_labels (root, out);
  return g_string_free (out, FALSE);
}

void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

void
wait_until_mapped (GtkWidget *widget)
{
  for (guint i = 0; i < 2500 && (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0); i++)
    spin (2);
}

void
wait_for_analysis (CorWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end
         && (cor_window_is_busy (window) || cor_window_get_table (window) == NULL))
    spin (5);
  g_assert_false (cor_window_is_busy (window));
  g_assert_nonnull (cor_window_get_table (window));
  /* Let the column view lay out the new rows. */
  spin (200);
}

/* Saves what @widget shows as build/tests/screenshots/NAME.png. */
void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_getenv ("COR_SCREENSHOT_DIR")
                         ? g_strdup (g_getenv ("COR_SCREENSHOT_DIR"))
                         : g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                             "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  spin (100);
  g_test_message ("snapshot %dx%d mapped=%d drawable=%d", width, height,
                  gtk_widget_get_mapped (widget), gtk_widget_is_drawable (widget));
  /* Until the window has drawn a frame, there is nothing to take. */
  for (guint tries = 0; node == NULL && tries < 100; tries++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        spin (50);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

CorWindow *
new_window (int width,
            int height)
{
  CorWindow *window = cor_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  /* GTK keeps a default size within the screen (1280x800 under the test
   * command's Xvfb); a window asked for at 1366x768 must be that size. */
  gtk_widget_set_size_request (GTK_WIDGET (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (GTK_WIDGET (window));
  return window;
}

guint
count_agreement (CorFactTable *table,
                 CorAgreement  agreement)
{
  guint n = 0;

  for (guint i = 0; i < table->facts->len; i++)
    if (((CorFact *)g_ptr_array_index (table->facts, i))->agreement == agreement)
      n++;
  return n;
}

/* The position in view of the first row of @agreement, else of any row
 * that more than one report states, else 0. */
guint
find_row (CorWindow    *window,
          CorAgreement  agreement)
{
  GListModel *model = cor_fact_view_get_model (window->fact_view);
  guint shared = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CorFactRow) row = g_list_model_get_item (model, i);
      CorFact *fact = cor_fact_row_get_fact (row);

      if (fact->agreement == agreement)
        return i;
      if (fact->cells->len > 1 && shared == G_MAXUINT)
        shared = i;
    }
  return shared == G_MAXUINT ? 0 : shared;
}

/* Answers the file chooser the window opened, as its user would; the
 * chooser's own widgets change folder asynchronously and are not ours to
 * drive, so the answer goes in through "cor-chosen-file". */
void
accept_file_chooser (CorWindow  *window,
                     const char *dir,
                     const char *name)
{
  GtkNativeDialog *native = cor_window_get_file_chooser (window);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_nonnull (native);
  g_assert_true (gtk_native_dialog_get_visible (native));
  g_object_set_data_full (G_OBJECT (native), "cor-chosen-file", g_file_new_for_path (path), g_object_unref);
  g_signal_emit_by_name (native, "response", GTK_RESPONSE_ACCEPT);
  spin (100);
  g_assert_null (cor_window_get_file_chooser (window));
}

/* Writes @n generated reports (text, HTML, Markdown) into @dir and returns
 * them as files, as a user would pick them. */
GPtrArray *
write_generated_reports (const char *dir,
                         guint       n)
{
  g_autoptr(GPtrArray) reports = cor_generate_reports (n, 300, 7, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < reports->len; i++)
    {
      CorGeneratedReport *report = g_ptr_array_index (reports, i);
      g_autofree char *path = g_build_filename (dir, report->name, NULL);
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, report->data, -1, &error);
      g_assert_no_error (error);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  return files;
}

void
remove_files (GPtrArray  *files,
              const char *dir)
{
  for (guint i = 0; i < files->len; i++)
    g_file_delete (g_ptr_array_index (files, i), NULL, NULL);
  g_rmdir (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

GPtrArray *
shared_files (const char *folder)
{
  const char *shared = g_getenv ("COR_SHARED_DIR");
  g_autofree char *dir_path = shared ? g_build_filename (shared, folder, NULL) : NULL;
  g_autoptr(GDir) dir = dir_path ? g_dir_open (dir_path, 0, NULL) : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_file_new_for_path (g_ptr_array_index (names, i)));
  return files;
}

/* Every report column of row 0 lies wholly inside the reports' viewport. */
guint
count_columns_in_view (CorWindow *window)
{
  GtkWidget *columns = cor_fact_view_get_report_columns (window->fact_view);
  GtkWidget *viewport = gtk_widget_get_parent (columns);
  CorFactTable *table = cor_window_get_table (window);
  guint inside = 0;

  for (guint s = 0; s < table->sources->len; s++)
    {
      GtkWidget *cell = find_report_cell (columns, 0, s);
      graphene_rect_t bounds;

      g_assert_nonnull (cell);
      g_assert_true (gtk_widget_compute_bounds (cell, viewport, &bounds));
      if (bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (viewport) + 0.5)
        inside++;
      else
        g_test_message ("report %u at %.0f+%.0f outside 0..%d", s, bounds.origin.x, bounds.size.width,
                        gtk_widget_get_width (viewport));
    }
  return inside;
}

/* The key controller of the fact table's area, where the arrows and the
 * shortcuts are handled. */
GtkEventControllerKey *
table_keys (CorWindow *window)
{
  GtkWidget *area = gtk_widget_get_parent (gtk_widget_get_parent (cor_fact_view_get_fact_columns (window->fact_view)));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (area);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return GTK_EVENT_CONTROLLER_KEY (controller);
    }
  return NULL;
}
