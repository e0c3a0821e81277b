/* cor-preferences-window.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-preferences-window.h"

struct _CorPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkAdjustment        *strictness_adjustment;
  AdwComboRow          *format_row;
};

G_DEFINE_FINAL_TYPE (CorPreferencesWindow, cor_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row's order; the same nicks as the schema's enum. */
static const char *format_nicks[] = { "csv", "json", "markdown", "html" };

static gboolean
nick_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_nicks); i++)
    if (g_strcmp0 (g_value_get_string (from), format_nicks[i]) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  return FALSE;
}

static gboolean
position_to_nick (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position >= G_N_ELEMENTS (format_nicks))
    return FALSE;
  g_value_set_string (to, format_nicks[position]);
  return TRUE;
}

static void
cor_preferences_window_class_init (CorPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorPreferencesWindow, strictness_adjustment);
  gtk_widget_class_bind_template_child (widget_class, CorPreferencesWindow, format_row);
}

static void
cor_preferences_window_init (CorPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CorPreferencesWindow *
cor_preferences_window_new (CorWindow *window)
{
  CorPreferencesWindow *self;

  g_return_val_if_fail (COR_IS_WINDOW (window), NULL);

  self = g_object_new (COR_TYPE_PREFERENCES_WINDOW, "transient-for", window, NULL);
  g_object_bind_property (window, "strictness", self->strictness_adjustment, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property_full (window, "export-format", self->format_row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               nick_to_position, position_to_nick, NULL, NULL);
  return self;
}
