/* cor-source-list.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

#define COR_TYPE_SOURCE_LIST (cor_source_list_get_type ())

G_DECLARE_FINAL_TYPE (CorSourceList, cor_source_list, COR, SOURCE_LIST, GtkWidget)

/* One row per report of @sources (CorSource), following its changes; only
 * the rows in view have widgets. Each row's menu activates
 * win.rename-source, win.set-source-date and win.remove-source with the
 * report's position. */
void  cor_source_list_set_model   (CorSourceList *self,
                                   GListModel    *sources);
/* Shows every row again, after the reports' names or monograms changed. */
void  cor_source_list_refresh     (CorSourceList *self);
/* Gives each row its column and number of facts in @table, whose sources
 * are the very reports of the list that were compared; a report that is
 * not in it has no column and no count. */
void  cor_source_list_set_table   (CorSourceList *self,
                                   CorFactTable  *table);

G_END_DECLS
