/* cor-bidi.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void cor_bidi_scroll_from_start (GtkScrolledWindow *scroller);

G_END_DECLS
