/* cor-preferences-window.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cor-window.h"

G_BEGIN_DECLS

#define COR_TYPE_PREFERENCES_WINDOW (cor_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CorPreferencesWindow, cor_preferences_window, COR, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Edits @window's "strictness" and "export-format", which the window keeps
 * in GSettings when its schema is installed. */
CorPreferencesWindow *cor_preferences_window_new (CorWindow *window);

G_END_DECLS
