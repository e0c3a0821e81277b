/* cor-a11y.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-a11y"

#include "config.h"

#include "cor-a11y.h"

static gboolean
is_inner (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_LIST_VIEW (widget);
}

void
cor_a11y_name_inner (GtkWidget  *control,
                     const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (control));

  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  else
    label = gtk_widget_get_tooltip_text (control);
  if (label == NULL)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (control); child; child = gtk_widget_get_next_sibling (child))
    if (is_inner (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
