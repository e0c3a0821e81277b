/* cor-window.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cor-application.h"

G_BEGIN_DECLS

#define COR_TYPE_WINDOW (cor_window_get_type ())

G_DECLARE_FINAL_TYPE (CorWindow, cor_window, COR, WINDOW, AdwApplicationWindow)

CorWindow *cor_window_new         (CorApplication  *application);
void       cor_window_add_files   (CorWindow       *self,
                                   GFile          **files,
                                   int              n_files);
void       cor_window_open_sample (CorWindow       *self);

G_END_DECLS
