/* cor-window.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */



#define G_LOG_DOMAIN "cor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-window.h"

struct _CorWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (CorWindow, cor_window, ADW_TYPE_APPLICATION_WINDOW)

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

static void
cor_window_dispose (GObject *object)
{
  CorWindow *self = (CorWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cor_window_parent_class)->dispose (object);
}

static void
cor_window_class_init (CorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, empty_page);
}

static void
cor_window_init (CorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = cor_window_create_settings ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }
}

CorWindow *
cor_window_new (CorApplication *application)
{
  return g_object_new (COR_TYPE_WINDOW, "application", application, NULL);
}

void
cor_window_add_files (CorWindow  *self,
                      GFile     **files,
                      int         n_files)
{
  g_return_if_fail (COR_IS_WINDOW (self));
}

void
cor_window_open_sample (CorWindow *self)
{
  g_return_if_fail (COR_IS_WINDOW (self));
}
