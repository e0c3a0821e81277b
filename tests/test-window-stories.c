/* test-window-stories.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cor-fact-cells.h"
#include "cor-fact-view-private.h"
#include "cor-overview.h"
#include "cor-source-load.h"
#include "cor-stories.h"
#include "cor-window-private.h"
#include "story-reports.h"
#include "window-helpers.h"

static void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

/* Two earthquakes, a ferry fire, and a wire copy of the first quake's
 * first report under another outlet's name: sources 0–2, 3–4, 5–6, 7. */
static CorWindow *
new_window_with_stories (void)
{
  CorWindow *window = cor_window_new (NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  static const char *outlets[] = { "Velmora Herald", "Drevik Daily", "Ostrania Times", "Kelmar Post",
                                   "Tarsa Radio", "Lunport News", "Coast Weekly", "Wire Reprint" };
  const char *texts[] = { quake_a[0], quake_a[1], quake_a[2], quake_b[0], quake_b[1], ferry[0], ferry[1],
                          quake_a[0] };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (sources, cor_source_load_text (texts[i], outlets[i], i == 7 ? "2031-05-07" : "2031-05-06"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (GTK_WIDGET (window));
  cor_window_add_sources (window, sources);
  wait_for_analysis (window);
  return window;
}

static guint
rows_in_view (CorWindow *window)
{
  return g_list_model_get_n_items (cor_fact_view_get_model (window->fact_view));
}

/* The report columns the table shows: the last column is the values'. */
static guint
report_columns_shown (CorWindow *window)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (cor_fact_view_get_report_columns (window->fact_view)));
  guint n = g_list_model_get_n_items (columns), shown = 0;

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      shown += gtk_column_view_column_get_visible (column);
    }
  return shown;
}

/* The overview's thin columns: each a report of @story, as many as it has. */
static void
assert_overview_story (CorWindow *window,
                       guint      story)
{
  CorOverview *overview = COR_OVERVIEW (cor_fact_view_get_overview (window->fact_view));
  CorFactTable *table = cor_window_get_table (window);
  guint n = 0;

  for (guint source; (source = cor_overview_get_column_source (overview, n)) != G_MAXUINT; n++)
    g_assert_cmpuint (cor_fact_table_get_story (table, source), ==, story);
  g_assert_cmpuint (n, ==, ((CorStory *)g_ptr_array_index (table->stories, story))->sources->len);
}

static void
test_switcher (void)
{
  CorWindow *window = new_window_with_stories ();
  CorFactTable *table = cor_window_get_table (window);
  GtkWidget *switcher = GTK_WIDGET (window->story_switcher);
  g_autofree char *text = NULL;
  guint quake = cor_fact_table_get_story (table, 0);
  guint all = rows_in_view (window);
  int sidebar_width = gtk_widget_get_width (window->sidebar);

  g_assert_cmpuint (table->stories->len, ==, 3);
  g_assert_cmpuint (report_columns_shown (window), ==, 8);
  g_assert_true (gtk_widget_get_mapped (switcher));
  text = widget_text (switcher);
  g_test_message ("switcher: %s", text);
  g_assert_nonnull (strstr (text, "All Stories"));
  /* Every story heads its reports' copy groups; the copy is named. */
  g_assert_nonnull (strstr (text, "Velmora Herald"));
  g_assert_nonnull (strstr (text, "Kelmar Post"));
  g_assert_nonnull (strstr (text, "Lunport News"));
  g_assert_nonnull (strstr (text, "1 copy: Wire Reprint"));
  g_assert_nonnull (strstr (text, "8 reports, 7 independent accounts"));
  /* Copies widen the Support column, and the pinned columns with it: the
   * facts keep their room beside eight reports that do not fit. */
  g_assert_cmpint (gtk_widget_get_width (cor_fact_view_get_fact_columns (window->fact_view)), >=,
                   MIN_FACT_WIDTH + COR_FACT_CELLS_SUPPORT_WIDE_WIDTH - COR_FACT_CELLS_SUPPORT_WIDTH);
  screenshot (GTK_WIDGET (window), "stories-switcher");

  /* One story: only its facts, only its reports' columns. */
  cor_story_switcher_set_story (window->story_switcher, quake);
  spin (200);
  g_assert_cmpuint (rows_in_view (window), <, all);
  g_assert_cmpuint (rows_in_view (window), >, 0);
  for (guint i = 0; i < rows_in_view (window); i++)
    {
      g_autoptr(CorFactRow) row = g_list_model_get_item (cor_fact_view_get_model (window->fact_view), i);

      g_assert_cmpuint (cor_fact_row_get_fact (row)->story, ==, quake);
    }
  /* The story's long title does not widen the sidebar. */
  g_assert_cmpint (gtk_widget_get_width (window->sidebar), ==, sidebar_width);
  /* The three reports of the quake and the copy, in the table and the overview. */
  g_assert_cmpuint (report_columns_shown (window), ==, 4);
  assert_overview_story (window, quake);
  g_clear_pointer (&text, g_free);
  text = widget_text (switcher);
  g_assert_null (strstr (text, "Lunport News"));
  g_assert_nonnull (strstr (text, "4 reports, 3 independent accounts"));
  screenshot (GTK_WIDGET (window), "stories-one-story");
  cor_fact_view_set_mode (window->fact_view, COR_FACT_VIEW_OVERVIEW);
  spin (200);
  screenshot (GTK_WIDGET (window), "stories-one-story-overview");

  /* Every story again: every report. */
  cor_story_switcher_set_story (window->story_switcher, COR_NO_STORY);
  spin (200);
  g_assert_cmpuint (rows_in_view (window), ==, all);
  g_assert_cmpuint (report_columns_shown (window), ==, 8);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_copies_and_only_here (void)
{
  CorWindow *window = new_window_with_stories ();
  CorFactTable *table = cor_window_get_table (window);
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  g_autofree char *view_text = NULL;
  GtkToggleButton *herald = NULL;

  /* The copy adds no independent support: the rows say so. */
  g_assert_cmpuint (cor_fact_table_get_copy_group (table, 7), ==, 0);
  cor_story_switcher_set_story (window->story_switcher, cor_fact_table_get_story (table, 0));
  spin (300);
  view_text = widget_text (GTK_WIDGET (window->fact_view));
  g_assert_nonnull (strstr (view_text, "independent account"));
  screenshot (GTK_WIDGET (window), "stories-copies");

  /* "Only here" of the Velmora Herald and its copy. */
  find_all (GTK_WIDGET (window->story_switcher), GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    if (GPOINTER_TO_UINT (g_object_get_data (g_ptr_array_index (toggles, i), "cor-source")) == 0 + 1)
      herald = g_ptr_array_index (toggles, i);
  g_assert_nonnull (herald);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (herald)));
  gtk_toggle_button_set_active (herald, TRUE);
  spin (200);
  g_assert_cmpuint (cor_story_switcher_get_only_in (window->story_switcher), ==, 0);
  g_assert_cmpuint (rows_in_view (window), ==, cor_stories_count_only_in (table, 0));
  g_assert_cmpuint (rows_in_view (window), >, 0);
  for (guint i = 0; i < rows_in_view (window); i++)
    {
      g_autoptr(CorFactRow) row = g_list_model_get_item (cor_fact_view_get_model (window->fact_view), i);

      g_assert_true (cor_stories_is_only_in (table, cor_fact_row_get_fact (row), 0));
    }
  screenshot (GTK_WIDGET (window), "stories-only-here");
  gtk_toggle_button_set_active (herald, FALSE);
  spin (100);
  g_assert_cmpuint (cor_story_switcher_get_only_in (window->story_switcher), ==, G_MAXUINT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
press (CorWindow *window,
       guint      keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (table_keys (window), "key-pressed", keyval, 0, 0, &handled);
  spin (50);
  return handled;
}

/* The arrows step over the columns of the stories out of view. */
static void
test_keys_in_story (void)
{
  CorWindow *window = new_window_with_stories ();
  CorFactTable *table = cor_window_get_table (window);

  /* The ferry fire: reports 5 and 6, after five hidden columns. */
  cor_story_switcher_set_story (window->story_switcher, cor_fact_table_get_story (table, 5));
  spin (200);
  g_assert_cmpuint (cor_fact_table_get_story (table, 6), ==, cor_fact_table_get_story (table, 5));
  cor_fact_view_select (window->fact_view, 0);
  spin (100);
  gtk_widget_grab_focus (cor_fact_view_get_fact_columns (window->fact_view));
  g_assert_true (press (window, GDK_KEY_Right));
  g_assert_cmpuint (cor_fact_view_get_focused_source (window->fact_view), ==, 5);
  g_assert_true (press (window, GDK_KEY_Right));
  g_assert_cmpuint (cor_fact_view_get_focused_source (window->fact_view), ==, 6);
  /* The Wire Reprint's column (7) tells another story: the focus stays. */
  g_assert_true (press (window, GDK_KEY_Right));
  g_assert_cmpuint (cor_fact_view_get_focused_source (window->fact_view), ==, 6);
  g_assert_true (press (window, GDK_KEY_Left));
  g_assert_cmpuint (cor_fact_view_get_focused_source (window->fact_view), ==, 5);
  /* Left of the story's first report is the fact again. */
  g_assert_true (press (window, GDK_KEY_Left));
  g_assert_cmpuint (cor_fact_view_get_focused_source (window->fact_view), ==, G_MAXUINT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_move_and_merge (void)
{
  CorWindow *window = new_window_with_stories ();
  CorWindow *reopened;
  CorFactTable *table = cor_window_get_table (window);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "cor-stories-test.corroborate", NULL);
  g_autoptr(GError) error = NULL;
  guint ferry_story = cor_fact_table_get_story (table, 5);

  /* The Lunport News report goes to the first earthquake's story. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->story_switcher), "stories.move", "(uu)",
                                             5, cor_fact_table_get_story (table, 0)));
  wait_for_analysis (window);
  table = cor_window_get_table (window);
  g_assert_cmpuint (cor_story_edits_get_n_items (cor_window_get_story_edits (window)), ==, 1);
  g_assert_cmpuint (cor_fact_table_get_story (table, 5), ==, cor_fact_table_get_story (table, 0));
  g_assert_cmpuint (cor_fact_table_get_story (table, 6), !=, cor_fact_table_get_story (table, 0));
  g_assert_cmpuint (table->stories->len, ==, 3);
  cor_story_switcher_set_story (window->story_switcher, cor_fact_table_get_story (table, 0));
  spin (200);
  screenshot (GTK_WIDGET (window), "stories-moved");
  (void)ferry_story;

  /* The move is kept with the project. */
  g_assert_true (cor_window_save_project_to (window, path, &error));
  g_assert_no_error (error);
  reopened = cor_window_new (NULL);
  gtk_window_present (GTK_WINDOW (reopened));
  g_assert_true (cor_window_open_project_path (reopened, path, &error));
  g_assert_no_error (error);
  wait_for_analysis (reopened);
  g_assert_cmpuint (cor_fact_table_get_story (cor_window_get_table (reopened), 5), ==,
                    cor_fact_table_get_story (cor_window_get_table (reopened), 0));
  gtk_window_destroy (GTK_WINDOW (reopened));

  /* The two earthquakes merge: two stories are left. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->story_switcher), "stories.merge", "(uu)",
                                             cor_fact_table_get_story (table, 3),
                                             cor_fact_table_get_story (table, 0)));
  wait_for_analysis (window);
  table = cor_window_get_table (window);
  g_assert_cmpuint (table->stories->len, ==, 2);
  g_assert_cmpuint (cor_fact_table_get_story (table, 3), ==, cor_fact_table_get_story (table, 0));
  screenshot (GTK_WIDGET (window), "stories-merged");

  /* Undone, the earthquakes are apart again; the move stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-story-edit", NULL));
  wait_for_analysis (window);
  table = cor_window_get_table (window);
  g_assert_cmpuint (table->stories->len, ==, 3);
  g_assert_cmpuint (cor_story_edits_get_n_items (cor_window_get_story_edits (window)), ==, 1);
  g_assert_cmpuint (cor_fact_table_get_story (table, 5), ==, cor_fact_table_get_story (table, 0));
  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* GTK 4.8's list views share the table's vertical adjustment. When a
 * filter swaps the rows, the list allocated first configures it while the
 * other list's new rows have no height yet; that list warns that it
 * "failed to scroll to given position", ignores the move and takes the
 * position at its own allocation a moment later. Nothing is lost, so that
 * one warning is dropped here; every other warning is still fatal. GTK
 * logs structured, so this takes a log writer, not a fatal handler. */
static GLogWriterOutput
drop_list_scroll_warning (GLogLevelFlags   log_level,
                          const GLogField *fields,
                          gsize            n_fields,
                          gpointer         user_data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
      domain = fields[i].value;
    else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
      message = fields[i].value;
  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0
      && message != NULL && strstr (message, "failed to scroll to given position") != NULL)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
main (int   argc,
      char *argv[])
{
  g_log_set_writer_func (drop_list_scroll_warning, NULL, NULL);
  window_helpers_init (&argc, &argv);

  g_test_add_func ("/window-stories/switcher", test_switcher);
  g_test_add_func ("/window-stories/copies-only-here", test_copies_and_only_here);
  g_test_add_func ("/window-stories/keys-in-story", test_keys_in_story);
  g_test_add_func ("/window-stories/move-merge", test_move_and_merge);

  return g_test_run ();
}
