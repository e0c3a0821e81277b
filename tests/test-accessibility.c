/* test-accessibility.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Walks the window's accessibility tree as a screen reader would, through
 * the AT-SPI bus: the program runs with the sample, every control it shows
 * must have a name, every cell says its report, marker and difference,
 * and the keyboard reaches every report's column. The program runs in its
 * own process: a client that asked its own process over D-Bus would wait
 * for itself. tests/meson.build runs this on a display and a session bus
 * of its own (xvfb-run, then dbus-run-session), so that the accessibility
 * bus and its registry know the display and can type keys on it, and so
 * that the bus's address, which it leaves on the display, dies with it. */

#include "config.h"

#include <signal.h>
#include <atspi/atspi.h>
#include <gdk/gdkkeysyms.h>

/* libatspi 2.46 defines no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiEventListener, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiComponent, g_object_unref)

/* The sample's outlets, in the order of their columns. */
static const char *outlets[] = { "Harbour Gazette", "Coastal Daily", "Island Radio", "Porthaven Post" };

static GPid app_pid;
static AtspiAccessible *app;
static AtspiAccessible *focused;
static char *focused_name;

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static gboolean
is_control (AtspiRole role)
{
  switch ((int)role)
    {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_COMBO_BOX:
    case ATSPI_ROLE_ENTRY:
    case ATSPI_ROLE_SPIN_BUTTON:
    case ATSPI_ROLE_SLIDER:
    case ATSPI_ROLE_LINK:
    case ATSPI_ROLE_TABLE:
    case ATSPI_ROLE_TREE_TABLE:
    case ATSPI_ROLE_LIST:
    case ATSPI_ROLE_LIST_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

typedef struct
{
  guint      controls;
  guint      cells;
  GString   *unnamed;
  GPtrArray *cell_names;
} Walk;

static gboolean
is_showing (AtspiAccessible *node)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (node);

  /* GTK 4.8 marks its widgets visible, not always showing. */
  return states != NULL && atspi_state_set_contains (states, ATSPI_STATE_VISIBLE);
}

static gboolean
names_a_cell (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    if (g_str_has_prefix (name, outlets[i]) && name[strlen (outlets[i])] == ':')
      return TRUE;
  return FALSE;
}

/* GTK 4.8 names a widget without a label by its type: no name at all. */
static gboolean
has_name (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  return !g_regex_match_simple ("^(Gtk|Adw|Cor)[A-Za-z]+$", name, 0, 0);
}

static void
walk (AtspiAccessible *node,
      Walk            *w,
      guint            depth)
{
  AtspiRole role = atspi_accessible_get_role (node, NULL);
  g_autofree char *name = atspi_accessible_get_name (node, NULL);
  int n = atspi_accessible_get_child_count (node, NULL);

  if (g_getenv ("COR_A11Y_TRACE") != NULL && depth < 12)
    g_printerr ("%*s%s “%s” showing=%d children=%d\n", depth * 2, "", atspi_accessible_get_role_name (node, NULL),
                name ? name : "", is_showing (node), n);
  /* The application itself is never "showing"; what it shows is. */
  if (depth > 60 || (role != ATSPI_ROLE_APPLICATION && !is_showing (node)))
    return;
  if (is_control (role))
    {
      g_autofree char *role_name = atspi_accessible_get_role_name (node, NULL);

      w->controls++;
      if (!has_name (name))
        {
          g_autoptr(AtspiAccessible) parent = atspi_accessible_get_parent (node, NULL);
          g_autofree char *parent_name = parent ? atspi_accessible_get_name (parent, NULL) : NULL;

          g_string_append_printf (w->unnamed, "%s%s (%s, in %s)", w->unnamed->len ? ", " : "", role_name,
                                  name ? name : "", parent_name ? parent_name : "?");
        }
    }
  if (name != NULL && names_a_cell (name))
    {
      w->cells++;
      g_ptr_array_add (w->cell_names, g_strdup (name));
    }
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (node, i, NULL);

      if (child != NULL)
        walk (child, w, depth + 1);
    }
}

static AtspiAccessible *
find_app (GPid pid)
{
  g_autoptr(AtspiAccessible) desktop = atspi_get_desktop (0);
  int n = desktop ? atspi_accessible_get_child_count (desktop, NULL) : 0;

  for (int i = 0; i < n; i++)
    {
      AtspiAccessible *child = atspi_accessible_get_child_at_index (desktop, i, NULL);

      if (child != NULL && atspi_accessible_get_process_id (child, NULL) == (guint)pid)
        return child;
      g_clear_object (&child);
    }
  return NULL;
}

static void
on_focus (AtspiEvent *event,
          gpointer    user_data)
{
  if (event->detail1 != 1 || event->source == NULL)
    return;
  g_set_object (&focused, event->source);
  g_free (focused_name);
  focused_name = atspi_accessible_get_name (event->source, NULL);
}

static void
start_app (void)
{
  const char *binary = g_getenv ("COR_BINARY");
  char *argv[] = { (char *)binary, (char *)"--sample", NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;

  env = g_environ_unsetenv (env, "GTK_A11Y");
  env = g_environ_setenv (env, "LANGUAGE", "C", TRUE);
  env = g_environ_setenv (env, "GTK_USE_PORTAL", "0", TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  g_assert_true (g_spawn_async (NULL, argv, env, G_SPAWN_DEFAULT, NULL, NULL, &app_pid, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 300 && app == NULL; i++)
    {
      spin (100);
      app = find_app (app_pid);
    }
}

/* Every control has a name; every report's cells say report, marker and
 * what differs. */
static void
test_names (void)
{
  Walk w = { 0, 0, g_string_new (NULL), g_ptr_array_new_with_free_func (g_free) };

  g_assert_nonnull (app);
  /* The analysis takes a moment; the cells come with the table. Once they
   * are there, the tree is read again after the rows are bound: a loaded
   * machine can show a row's buttons a frame before their names. */
  for (guint i = 0, settled = 0; i < 300 && settled < 2; i++)
    {
      w.controls = w.cells = 0;
      g_string_truncate (w.unnamed, 0);
      g_ptr_array_set_size (w.cell_names, 0);
      walk (app, &w, 0);
      if (w.cells >= G_N_ELEMENTS (outlets))
        settled++;
      spin (settled ? 500 : 100);
    }
  g_test_message ("%u controls, %u cells; a cell: %s", w.controls, w.cells,
                  w.cell_names->len ? (char *)g_ptr_array_index (w.cell_names, 0) : "none");
  if (w.unnamed->len > 0)
    g_test_fail_printf ("controls without a name: %s", w.unnamed->str);
  g_assert_cmpuint (w.controls, >, 5);
  g_assert_cmpuint (w.cells, >=, G_N_ELEMENTS (outlets));
  /* "Coastal Daily: conflicts, 230 passengers against 212 passengers" */
  for (guint i = 0; i < w.cell_names->len; i++)
    if (strstr (g_ptr_array_index (w.cell_names, i), ": conflicts, ") != NULL
        && strstr (g_ptr_array_index (w.cell_names, i), " against ") != NULL)
      return;
  g_test_fail_printf ("no cell says what conflicts, as in “Coastal Daily: conflicts, 230 against 212”");
  g_string_free (w.unnamed, TRUE);
  g_ptr_array_unref (w.cell_names);
}

static gboolean
press (guint keyval)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = atspi_generate_keyboard_event (keyval, NULL, ATSPI_KEY_SYM, &error);

  spin (250);
  return ok && error == NULL;
}

/* Whether the focus is in the fact table: the views named Facts and Report columns. */
static gboolean
focus_in_table (void)
{
  g_autoptr(AtspiAccessible) node = focused ? g_object_ref (focused) : NULL;

  for (guint depth = 0; node != NULL && depth < 30; depth++)
    {
      g_autofree char *name = atspi_accessible_get_name (node, NULL);
      AtspiAccessible *parent;

      if (g_strcmp0 (name, "Facts") == 0 || g_strcmp0 (name, "Report columns") == 0)
        return TRUE;
      parent = atspi_accessible_get_parent (node, NULL);
      g_object_unref (node);
      node = parent;
    }
  return FALSE;
}

/* From the table, the Right arrow reaches each report's column in turn. */
static void
test_keyboard (void)
{
  g_autoptr(AtspiEventListener) listener = atspi_event_listener_new (on_focus, NULL, NULL);
  g_autoptr(AtspiAccessible) frame = NULL;
  g_autoptr(AtspiComponent) component = NULL;
  g_autofree AtspiRect *extents = NULL;
  gboolean in_table = FALSE;

  g_assert_nonnull (app);
  g_assert_true (atspi_event_listener_register (listener, "object:state-changed:focused", NULL));
  frame = atspi_accessible_get_child_at_index (app, 0, NULL);
  g_assert_nonnull (frame);
  component = atspi_accessible_get_component_iface (frame);
  extents = component ? atspi_component_get_extents (component, ATSPI_COORD_TYPE_SCREEN, NULL) : NULL;
  if (extents != NULL)
    atspi_generate_mouse_event (extents->x + extents->width / 2, extents->y + extents->height / 2, "abs", NULL);
  spin (300);
  /* Tab from control to control until a row of the table has the focus:
   * the table is one stop. */
  for (guint i = 0; i < 40 && !in_table; i++)
    {
      if (!press (GDK_KEY_Tab))
        {
          g_test_fail_printf ("the accessibility registry could not type a key (is the display known to "
                              "the session bus? run the test command of the README)");
          return;
        }
      g_test_message ("Tab: %s", focused_name ? focused_name : "none");
      in_table = focus_in_table ();
    }
  if (!in_table)
    {
      g_test_fail_printf ("Tab never reached the fact table (last focus: %s)", focused_name ? focused_name : "none");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    {
      press (GDK_KEY_Right);
      g_test_message ("Right: %s", focused_name);
      g_assert_nonnull (focused_name);
      g_assert_true (g_str_has_prefix (focused_name, outlets[i]));
    }
  /* The whole table is one Tab stop: the next Tab leaves it. */
  press (GDK_KEY_Tab);
  g_test_message ("Tab: %s", focused_name);
  g_assert_false (focus_in_table ());
  atspi_event_listener_deregister (listener, "object:state-changed:focused", NULL);
}

/* libatspi asks each application for a cache that GTK 4 does not offer,
 * and warns; that is not the window's fault. */
static gboolean
not_fatal_for_atspi (const char     *log_domain,
                     GLogLevelFlags  log_level,
                     const char     *message,
                     gpointer        user_data)
{
  return g_strcmp0 (log_domain, "dbind") != 0;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* Warnings stay fatal for every domain but libatspi's. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_log_set_fatal_mask ("dbind", G_LOG_LEVEL_ERROR);
  g_log_set_fatal_mask ("cor-test", G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_test_log_set_fatal_handler (not_fatal_for_atspi, NULL);
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_print ("Bail out! This test needs a session bus and a display: run it with the README's test "
               "command (dbus-run-session and xvfb-run, from the packages dbus and xvfb)\n");
      return 1;
    }
  if (atspi_init () > 1 || atspi_get_desktop_count () < 1)
    {
      g_print ("Bail out! The accessibility bus does not answer: install at-spi2-core "
               "(build-aux/corroborate-dev test does)\n");
      return 1;
    }
  start_app ();
  if (app == NULL)
    {
      g_print ("Bail out! The window of %s never showed on the accessibility bus\n", g_getenv ("COR_BINARY"));
      kill (app_pid, SIGTERM);
      return 1;
    }
  g_test_add_func ("/accessibility/names", test_names);
  g_test_add_func ("/accessibility/keyboard", test_keyboard);
  status = g_test_run ();
  kill (app_pid, SIGTERM);
  g_spawn_close_pid (app_pid);
  g_clear_object (&app);
  return status;
}
