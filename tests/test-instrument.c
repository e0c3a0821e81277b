/* test-instrument.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window as a comparison instrument (issue 15): names people know,
 * every report in view, corrections that show, the row menu, the export's
 * scope, reports that are not compared, navigation, the overview of many
 * reports and the reading view. Screenshots go where window-helpers.h says. */

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "cor-export-dialog.h"
#include "cor-fact-cells.h"
#include "cor-overview.h"
#include "cor-reading-view.h"
#include "cor-source-badge.h"
#include "facts-helpers.h"
#include "window-helpers.h"

static void
close_window (CorWindow *window)
{
  cor_window_set_dirty (window, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static CorWindow *
open_sample (int width,
             int height)
{
  CorWindow *window = new_window (width, height);

  cor_window_open_sample (window);
  wait_for_analysis (window);
  spin (200);
  return window;
}

static void
check_fit (const char *folder,
           guint       n_reports,
           int         width,
           int         height,
           const char *name)
{
  g_autoptr(GPtrArray) files = shared_files (folder);
  g_autofree char *quotes = g_strdup_printf ("%s-quotes", name);
  CorWindow *window;

  g_assert_cmpuint (files->len, ==, n_reports);
  window = new_window (width, height);
  cor_window_add_files (window, (GFile **)files->pdata, files->len);
  wait_for_analysis (window);
  spin (300);
  g_assert_cmpuint (cor_window_get_table (window)->sources->len, ==, n_reports);
  g_assert_cmpint (cor_fact_view_get_mode (window->fact_view), ==, COR_FACT_VIEW_TABLE);
  g_assert_cmpuint (count_columns_in_view (window), ==, n_reports);
  screenshot (GTK_WIDGET (window), name);
  cor_fact_view_select (window->fact_view, find_row (window, COR_AGREEMENT_CONFLICT));
  spin (300);
  screenshot (GTK_WIDGET (window), quotes);
  close_window (window);
}

/* All report columns inside the viewport at 1366x768: the seeds' 4 and
 * the Paris heist's 6; at 1920x1080 too. */
static void
test_fit (void)
{
  const char *paris = "corpus/2013-09-paris-jewellery-heist";
  g_autoptr(GPtrArray) seeds = shared_files ("seeds");

  if (seeds->len == 0)
    {
      g_test_skip ("COR_SHARED_DIR has no seeds");
      return;
    }
  check_fit ("seeds", 4, 1366, 768, "seeds-1366x768");
  check_fit ("seeds", 4, 1920, 1080, "seeds-1920x1080");
  check_fit (paris, 6, 1366, 768, "paris-1366x768");
  check_fit (paris, 6, 1920, 1080, "paris-1920x1080");
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static const char *lantern_report =
  "Lighthouse keeper retires after forty years\n\n"
  "The keeper of the Keel Point lighthouse retired on Friday after forty years of service.\n"
  "Margaret Hollis, 67, climbed the 112 steps for the last time before a crowd of 300 people.\n"
  "The harbour council said the light would be run from the mainland from next month.\n";

/* A report is named by its file's base name, never its path; a rename
 * shows at once in the sidebar, the column header, the quotes and the
 * exports, without a new analysis. */
static void
test_names (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cor-names-XXXXXX", NULL);
  g_autofree char *path = write_file (dir, "07_lantern.txt", lantern_report);
  g_autofree char *csv_path = g_build_filename (dir, "out.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *sidebar = NULL, *renamed = NULL, *csv = NULL, *quotes = NULL;
  CorWindow *window = open_sample (1366, 768);
  CorFactTable *table;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) column = NULL;
  CorSource *lantern;

  cor_window_add_files (window, &file, 1);
  wait_for_analysis (window);
  table = cor_window_get_table (window);
  g_assert_cmpuint (table->sources->len, ==, 5);
  lantern = g_ptr_array_index (table->sources, 4);
  sidebar = widget_text (GTK_WIDGET (window->source_list));
  g_assert_nonnull (strstr (sidebar, "07_lantern\n"));
  g_assert_null (strstr (sidebar, dir));
  g_assert_nonnull (strstr (sidebar, "Harbour Gazette\n"));

  cor_source_set_name (lantern, "The Lantern");
  cor_window_names_changed (window);
  spin (100);
  g_assert_true (cor_window_get_table (window) == table);
  renamed = widget_text (GTK_WIDGET (window->source_list));
  g_assert_nonnull (strstr (renamed, "The Lantern\n"));
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (cor_fact_view_get_report_columns (window->fact_view)));
  column = g_list_model_get_item (columns, 4);
  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, "The Lantern");
  g_assert_true (cor_window_export_to (window, g_file_new_for_path (csv_path), COR_EXPORT_CSV, NULL, NULL));
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "\"The Lantern\""));
  for (guint i = 0; i < table->facts->len; i++)
    if (cor_fact_get_cell (g_ptr_array_index (table->facts, i), 4) != NULL)
      {
        cor_fact_view_select_fact_id (window->fact_view, ((CorFact *)g_ptr_array_index (table->facts, i))->id);
        break;
      }
  spin (100);
  quotes = widget_text (GTK_WIDGET (window->quotes_pane));
  g_assert_nonnull (strstr (quotes, "The Lantern"));

  g_unlink (csv_path);
  g_unlink (path);
  g_rmdir (dir);
  close_window (window);
}

/* A report that cannot be read shows with its reason but takes no column
 * and no count; a file that is not an article waits to be kept. */
static void
test_inputs (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cor-inputs-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone.txt", NULL);
  g_autofree char *json = write_file (dir, "listing.json", "{ \"reports\": [ \"a.txt\", \"b.txt\" ],\n"
                                                           "  \"story\": \"ferry\" }\n");
  GFile *files[] = { g_file_new_for_path (missing), g_file_new_for_path (json) };
  CorWindow *window = open_sample (1366, 768);
  g_autofree char *sidebar = NULL;
  g_autoptr(CorFactRow) row = NULL;
  guint position;

  cor_window_add_files (window, files, 2);
  wait_for_analysis (window);
  g_assert_cmpuint (g_list_model_get_n_items (cor_window_get_sources (window)), ==, 6);
  g_assert_cmpuint (cor_window_get_table (window)->sources->len, ==, 4);
  g_assert_cmpuint (cor_window_count_compared (window), ==, 4);
  sidebar = widget_text (GTK_WIDGET (window->source_list));
  g_assert_nonnull (strstr (sidebar, "The file does not exist."));
  g_assert_nonnull (strstr (sidebar, "JSON"));
  g_assert_nonnull (strstr (sidebar, "Compare Anyway"));
  /* "of 4": the unread report is counted nowhere. */
  cor_fact_view_select (window->fact_view, 0);
  spin (100);
  row = cor_fact_view_get_selected (window->fact_view);
  g_assert_cmpuint (cor_fact_row_get_table (row)->sources->len, ==, 4);
  g_assert_nonnull (strstr (widget_text (GTK_WIDGET (window->quotes_pane)), " of 4 reports"));

  /* The user keeps the held file: it is compared, as the fifth column. */
  position = 5;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.keep-source", "u", position);
  wait_for_analysis (window);
  g_assert_cmpuint (cor_window_get_table (window)->sources->len, ==, 5);

  g_object_unref (files[0]);
  g_object_unref (files[1]);
  g_unlink (json);
  g_rmdir (dir);
  close_window (window);
}

/* A cell that gives less than the summary says in the table what it
 * leaves out, never the figure as if it were the report's own words; the
 * reading view counts it as supporting, as the row's agreement does. */
static void
test_narrower_detail (void)
{
  g_autoptr(CorFactTable) table = bridge_table ();
  g_autoptr(CorFactRow) row = NULL;
  g_autofree char *detail = NULL;
  CorFact *fact = NULL;
  GtkWidget *reading;

  for (guint i = 0; i < table->facts->len && fact == NULL; i++)
    if (((CorFact *)g_ptr_array_index (table->facts, i))->cells->len == 3)
      fact = g_ptr_array_index (table->facts, i);
  g_assert_nonnull (fact);
  g_assert_cmpint (cor_fact_get_status (fact, 1), ==, COR_CELL_PARTIAL);
  row = cor_fact_row_new (table, fact);
  detail = cor_fact_row_get_cell_detail (row, 1);
  g_assert_cmpstr (detail, ==, "without “40 centimetres”");

  /* In the reading view, both the report that gives less and one that
   * gives the figure are supported, as the row is agreed. */
  reading = g_object_ref_sink (cor_reading_view_new ());
  for (guint source = 0; source < 2; source++)
    {
      CorCell *cell = cor_fact_get_cell (fact, source);
      const char *id = NULL;

      cor_reading_view_set_report (COR_READING_VIEW (reading), table, source);
      g_assert_cmpint (cor_reading_view_get_state_at (COR_READING_VIEW (reading),
                                                      ((CorQuote *)g_ptr_array_index (cell->quotes, 0))->start, &id),
                       ==, COR_READING_SUPPORTED);
      g_assert_cmpstr (id, ==, fact->id);
    }
  g_object_unref (reading);
}

static GtkAdjustment *
table_vadjustment (CorWindow *window)
{
  GtkWidget *columns = cor_fact_view_get_report_columns (window->fact_view);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_parent (columns)));
}

/* A corrected cell shows a badge and stays in view; the Edited filter
 * finds it; the exports carry the flag; no row says "0 of 4". */
static void
test_correction (void)
{
  CorWindow *window = open_sample (1366, 768);
  g_autoptr(CorFactRow) row = NULL;
  g_autoptr(CorFactRow) after = NULL;
  g_autofree char *fact_id = NULL;
  g_autofree char *support = NULL;
  GtkWidget *cell;
  CorFact *fact;
  CorCell *first;
  guint position;
  double top;

  position = g_list_model_get_n_items (cor_fact_view_get_model (window->fact_view)) - 1;
  cor_fact_view_select (window->fact_view, position);
  spin (300);
  top = gtk_adjustment_get_value (table_vadjustment (window));
  /* Selecting the last row brought it into view. */
  g_assert_cmpfloat (top, >, 0);
  row = cor_fact_view_get_selected (window->fact_view);
  fact = cor_fact_row_get_fact (row);
  fact_id = g_strdup (fact->id);
  first = g_ptr_array_index (fact->cells, 0);
  /* The only report stating it is marked as not mentioning it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.override-cell", "(suu)", fact->id, first->source,
                              (guint)(fact->cells->len == 1 ? COR_CELL_ABSENT : COR_CELL_CONFLICTS));
  spin (300);
  after = cor_fact_view_get_selected (window->fact_view);
  g_assert_nonnull (after);
  g_assert_cmpstr (cor_fact_row_get_fact (after)->id, ==, fact_id);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (table_vadjustment (window)) - top), <, 1);
  g_assert_true (cor_fact_row_is_edited (after));
  cell = find_report_cell (cor_fact_view_get_report_columns (window->fact_view), position, first->source);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (cell, "overridden"));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_last_child (cell)));
  support = cor_fact_row_describe_support (after);
  g_assert_null (strstr (support, " 0 of "));
  g_assert_nonnull (strstr (widget_text (GTK_WIDGET (window->quotes_pane)), "Corrected by you"));
  screenshot (GTK_WIDGET (window), "correction");

  cor_fact_view_set_filter (window->fact_view, COR_FACT_FILTER_EDITED);
  spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (cor_fact_view_get_model (window->fact_view)), ==, 1);
  close_window (window);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_strcmp0 (name, action) == 0)
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) child = g_menu_link_iter_get_value (links);

          if (menu_has_action (child, action))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
press (CorWindow       *window,
       guint            keyval,
       GdkModifierType  state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (table_keys (window), "key-pressed", keyval, 0, state, &handled);
  spin (50);
  return handled;
}

/* Shift+F10 (as the Menu key and a right click) opens the row's menu, with
 * Copy Row, Set Marker, Own Row, Merge With… and Export. */
static void
test_context_menu (void)
{
  CorWindow *window = open_sample (1366, 768);
  GtkPopover *menu = cor_fact_view_get_menu (window->fact_view);
  GMenuModel *model;

  cor_fact_view_select (window->fact_view, find_row (window, COR_AGREEMENT_CONFLICT));
  spin (200);
  gtk_widget_grab_focus (cor_fact_view_get_fact_columns (window->fact_view));
  g_assert_true (press (window, GDK_KEY_Right, 0));
  g_assert_true (press (window, GDK_KEY_F10, GDK_SHIFT_MASK));
  spin (200);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (menu)));
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
  g_assert_true (menu_has_action (model, "win.copy-row"));
  g_assert_true (menu_has_action (model, "win.override-cell"));
  g_assert_true (menu_has_action (model, "win.split-cell"));
  g_assert_true (menu_has_action (model, "win.merge-with"));
  g_assert_true (menu_has_action (model, "win.export-dialog"));
  /* Opened from a report's cell, it also reads that report. */
  g_assert_true (menu_has_action (model, "win.read-column"));
  screenshot (GTK_WIDGET (window), "row-menu");
  screenshot (GTK_WIDGET (menu), "row-menu-popover");
  gtk_popover_popdown (menu);

  /* Merge with one row selected says why it cannot. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.merge-rows", NULL);
  spin (300);
  g_assert_nonnull (strstr (widget_text (GTK_WIDGET (window->toast_overlay)), "Ctrl+click"));
  close_window (window);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = strstr (text, "\r\n"); p != NULL; p = strstr (p + 2, "\r\n"))
    n++;
  return n;
}

/* The export dialog writes the rows the filter shows, or those selected,
 * under a name made from the headline, with every fact whole. */
static void
test_export_scope (void)
{
  CorWindow *window = open_sample (1366, 768);
  g_autofree char *dir = g_dir_make_tmp ("cor-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "conflicts.csv", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *suggested = NULL;
  GtkNativeDialog *chooser;
  guint shown;

  cor_fact_view_set_filter (window->fact_view, COR_FACT_FILTER_CONFLICT);
  spin (100);
  shown = g_list_model_get_n_items (cor_fact_view_get_model (window->fact_view));
  g_assert_cmpuint (shown, >, 0);
  g_assert_cmpuint (shown, <, cor_window_get_table (window)->facts->len);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-dialog", NULL);
  spin (200);
  g_assert_nonnull (window->export_dialog);
  screenshot (GTK_WIDGET (window->export_dialog), "export-dialog");
  g_assert_cmpint (cor_export_dialog_get_scope (window->export_dialog), ==, COR_EXPORT_SCOPE_SHOWN);
  suggested = cor_export_dialog_get_file_name (window->export_dialog);
  /* The sample's first headline: "Ferry runs aground off Keel Point". */
  g_assert_cmpstr (suggested, ==, "ferry-runs-aground-off-keel-point.csv");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chosen", NULL);
  gtk_window_destroy (GTK_WINDOW (window->export_dialog));
  chooser = cor_window_get_file_chooser (window);
  g_assert_nonnull (chooser);
  accept_file_chooser (window, dir, "conflicts.csv");
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_cmpuint (count_lines (csv), ==, shown + 1);
  g_assert_null (strstr (csv, "…\""));

  g_unlink (path);
  g_rmdir (dir);
  close_window (window);
}

/* Alt+Down goes to the next conflict, the quotes pane opens at its top,
 * Tab leaves the table at once, the arrows reach every report column, F9
 * hides the reports, and an empty filter says so. */
static void
test_navigation (void)
{
  CorWindow *window = open_sample (1366, 768);
  g_autoptr(CorFactRow) row = NULL;
  GtkWidget *focus;
  GtkWidget *no_match;
  CorFactTable *table = cor_window_get_table (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-conflict", NULL);
  spin (200);
  row = cor_fact_view_get_selected (window->fact_view);
  g_assert_nonnull (row);
  g_assert_cmpint (cor_fact_row_get_fact (row)->agreement, ==, COR_AGREEMENT_CONFLICT);
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
                       GTK_SCROLLED_WINDOW (find_widget (GTK_WIDGET (window->quotes_pane), GTK_TYPE_SCROLLED_WINDOW)))), ==, 0);

  gtk_widget_grab_focus (cor_fact_view_get_fact_columns (window->fact_view));
  for (guint s = 0; s < table->sources->len; s++)
    {
      g_assert_true (press (window, GDK_KEY_Right, 0));
      g_assert_cmpuint (cor_fact_view_get_focused_source (window->fact_view), ==, s);
    }
  g_assert_true (press (window, GDK_KEY_Tab, 0));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_false (gtk_widget_is_ancestor (focus, cor_fact_view_get_report_columns (window->fact_view)));
  g_assert_false (gtk_widget_is_ancestor (focus, cor_fact_view_get_fact_columns (window->fact_view)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sources", NULL);
  spin (100);
  g_assert_false (gtk_widget_get_visible (window->sidebar));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sources", NULL);
  g_assert_true (gtk_widget_get_visible (window->sidebar));

  cor_fact_view_start_search (window->fact_view);
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (window->fact_view), GTK_TYPE_SEARCH_ENTRY)),
                         "zebra crossing in the desert");
  spin (400);
  no_match = find_widget (GTK_WIDGET (window->fact_view), ADW_TYPE_STATUS_PAGE);
  g_assert_true (gtk_widget_get_mapped (no_match));
  screenshot (GTK_WIDGET (window), "no-match");
  close_window (window);
}

/* 150 reports: the overview, explained, with a thin column each. */
static void
check_overview (GPtrArray  *files,
                int         width,
                int         height)
{
  CorWindow *window = new_window (width, height);
  CorOverview *overview = COR_OVERVIEW (cor_fact_view_get_overview (window->fact_view));
  g_autofree char *banner = NULL;
  g_autofree char *name = g_strdup_printf ("overview-150-%dx%d", width, height);
  g_autofree char *quotes = g_strdup_printf ("overview-150-quotes-%dx%d", width, height);
  g_autoptr(CorFactRow) row = NULL;

  cor_window_add_files (window, (GFile **)files->pdata, files->len);
  wait_for_analysis (window);
  spin (500);
  g_assert_cmpuint (cor_window_get_table (window)->sources->len, ==, 150);
  g_assert_cmpint (cor_fact_view_get_mode (window->fact_view), ==, COR_FACT_VIEW_OVERVIEW);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overview)));
  g_assert_cmpuint (cor_overview_get_column_source (overview, 149), <, 150);
  g_assert_cmpuint (cor_overview_get_n_groups (overview), >, 1);
  banner = widget_text (GTK_WIDGET (window->fact_view));
  g_assert_nonnull (strstr (banner, "150 reports are more than the table shows"));
  screenshot (GTK_WIDGET (window), name);
  g_signal_emit_by_name (overview, "activate-fact", 0);
  spin (200);
  row = cor_fact_view_get_selected (window->fact_view);
  g_assert_nonnull (row);
  screenshot (GTK_WIDGET (window), quotes);
  close_window (window);
}

static void
test_overview (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cor-overview-XXXXXX", NULL);
  g_autoptr(GPtrArray) files = write_generated_reports (dir, 150);

  check_overview (files, 1366, 768);
  check_overview (files, 1920, 1080);
  remove_files (files, dir);
}

/* Reports that do not fit go to the overview; the user can go back. */
static void
test_overview_switch (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cor-switch-XXXXXX", NULL);
  g_autoptr(GPtrArray) files = write_generated_reports (dir, 12);
  CorWindow *window = new_window (1366, 768);

  cor_window_add_files (window, (GFile **)files->pdata, files->len);
  wait_for_analysis (window);
  spin (500);
  g_assert_cmpint (cor_fact_view_get_mode (window->fact_view), ==, COR_FACT_VIEW_OVERVIEW);
  cor_fact_view_set_mode (window->fact_view, COR_FACT_VIEW_TABLE);
  spin (300);
  g_assert_cmpint (cor_fact_view_get_mode (window->fact_view), ==, COR_FACT_VIEW_TABLE);
  g_assert_true (gtk_widget_get_mapped (cor_fact_view_get_report_columns (window->fact_view)));
  remove_files (files, dir);
  close_window (window);
}

/* One report's own text, its sentences shaded; a click shows the row. */
static void
check_reading (int width,
               int height)
{
  CorWindow *window = open_sample (width, height);
  CorFactTable *table = cor_window_get_table (window);
  g_autofree char *name = g_strdup_printf ("reading-%dx%d", width, height);
  CorFact *shared = NULL;
  CorCell *cell = NULL;
  CorQuote *quote;
  const char *fact_id = NULL;
  g_autoptr(CorFactRow) row = NULL;

  for (guint f = 0; f < table->facts->len && shared == NULL; f++)
    if (((CorFact *)g_ptr_array_index (table->facts, f))->cells->len > 1)
      shared = g_ptr_array_index (table->facts, f);
  g_assert_nonnull (shared);
  cell = g_ptr_array_index (shared->cells, 0);
  quote = g_ptr_array_index (cell->quotes, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.read-source", "u", cell->source);
  spin (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->view_stack), ==, "reading");
  g_assert_cmpint (cor_reading_view_get_state_at (window->reading_view, quote->start, &fact_id), !=,
                   COR_READING_NONE);
  g_assert_nonnull (fact_id);
  cor_reading_view_activate_at (window->reading_view, quote->start);
  spin (300);
  row = cor_fact_view_get_selected (window->fact_view);
  g_assert_nonnull (row);
  g_assert_cmpstr (cor_fact_row_get_fact (row)->id, ==, fact_id);
  g_assert_nonnull (strstr (widget_text (GTK_WIDGET (window->quotes_pane)), cor_fact_row_get_text (row)));
  screenshot (GTK_WIDGET (window), name);
  close_window (window);
}

static void
test_reading (void)
{
  check_reading (1366, 768);
  check_reading (1920, 1080);
}

/* Past twelve colours, the monogram tells reports apart. */
static void
test_monograms (void)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  const char *names[] = { "Harbour Gazette", "01_telegraph", "003_29c1bf72ee4546ad", "Hill Gazette" };
  g_autofree char *cut = cor_source_short_name ("Coastal Daily Morning Edition", 11);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      CorSource *source = cor_source_new ();

      cor_source_set_name (source, names[i]);
      g_ptr_array_add (sources, source);
    }
  cor_source_badge_assign (sources);
  g_assert_cmpstr (cor_source_badge_get_monogram (g_ptr_array_index (sources, 1)), ==, "TE");
  g_assert_cmpstr (cor_source_badge_get_monogram (g_ptr_array_index (sources, 2)), ==, "003");
  /* Two reports with the same initials get their column numbers. */
  g_assert_cmpstr (cor_source_badge_get_monogram (g_ptr_array_index (sources, 0)), ==, "HG1");
  g_assert_cmpstr (cor_source_badge_get_monogram (g_ptr_array_index (sources, 3)), ==, "HG4");
  g_assert_cmpstr (cor_source_color_class (0), !=, cor_source_color_class (11));
  g_assert_cmpstr (cor_source_color_class (0), ==, cor_source_color_class (12));
  /* Long names are cut in the middle. */
  g_assert_cmpstr (cut, ==, "Coast…ition");
}

int
main (int   argc,
      char *argv[])
{
  window_helpers_init (&argc, &argv);

  g_test_add_func ("/instrument/monograms", test_monograms);
  g_test_add_func ("/instrument/fit", test_fit);
  g_test_add_func ("/instrument/names", test_names);
  g_test_add_func ("/instrument/inputs", test_inputs);
  g_test_add_func ("/instrument/correction", test_correction);
  g_test_add_func ("/instrument/narrower-detail", test_narrower_detail);
  g_test_add_func ("/instrument/context-menu", test_context_menu);
  g_test_add_func ("/instrument/export-scope", test_export_scope);
  g_test_add_func ("/instrument/navigation", test_navigation);
  g_test_add_func ("/instrument/overview", test_overview);
  g_test_add_func ("/instrument/overview-switch", test_overview_switch);
  g_test_add_func ("/instrument/reading", test_reading);

  return g_test_run ();
}
