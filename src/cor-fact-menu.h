/* cor-fact-menu.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cor-fact-row.h"

G_BEGIN_DECLS

/* The menu of a row of the fact table: Copy Row, Set Marker, Own Row,
 * Merge With…, Export. With @source (a report's column, or G_MAXUINT) the
 * marker and the split are that report's; otherwise each report with a
 * sentence in the row gets a submenu. */
GMenuModel *cor_fact_menu_new (CorFactRow *row,
                               guint       source);

G_END_DECLS
