/* cor-application.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */



#define G_LOG_DOMAIN "cor-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-application.h"
#include "cor-window.h"

struct _CorApplication
{
  AdwApplication  parent_instance;

  gboolean        open_sample;
};

G_DEFINE_FINAL_TYPE (CorApplication, cor_application, ADW_TYPE_APPLICATION)

static CorWindow *
cor_application_get_window (CorApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (cor_window_new (self));
  return COR_WINDOW (window);
}

static void
cor_application_activate (GApplication *app)
{
  CorApplication *self = COR_APPLICATION (app);
  CorWindow *window = cor_application_get_window (self);

  if (self->open_sample)
    {
      self->open_sample = FALSE;
      cor_window_open_sample (window);
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
cor_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  CorWindow *window = cor_application_get_window (COR_APPLICATION (app));

  cor_window_add_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
cor_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  static const char *developers[] = { "The Corroborate authors", NULL };
  GtkApplication *app = user_data;

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Corroborate"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Corroborate authors"),
                         "version", VERSION,
                         "website", "https://github.com/corroborate/corroborate",
                         "issue-url", "https://github.com/corroborate/corroborate/issues",
                         "developers", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Corroborate authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
cor_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing each window lets it offer to save unsaved work. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "about", cor_application_about_action },
  { "quit", cor_application_quit_action },
};

static void
cor_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (cor_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
}

static void
cor_application_class_init (CorApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = cor_application_activate;
  app_class->open = cor_application_open;
  app_class->startup = cor_application_startup;
}

static void
cor_application_init (CorApplication *self)
{
}

CorApplication *
cor_application_new (void)
{
  return g_object_new (COR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

int
cor_application_run_window (char       **files,
                            const char  *published,
                            gboolean     sample)
{
  g_autoptr(CorApplication) app = cor_application_new ();
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  app->open_sample = sample;
  g_ptr_array_add (args, (char *)"corroborate");
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    g_ptr_array_add (args, files[i]);
  g_ptr_array_add (args, NULL);

  return g_application_run (G_APPLICATION (app), args->len - 1, (char **)args->pdata);
}
