/* cor-a11y.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8 builds a menu button, a drop-down and a column view from inner
 * widgets that screen readers meet without a name: each gets the name of
 * the control it belongs to (@label, or the control's own when NULL). */
void cor_a11y_name_inner (GtkWidget  *control,
                          const char *label);

G_END_DECLS
