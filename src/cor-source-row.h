/* cor-source-row.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cor-source.h"

G_BEGIN_DECLS

#define COR_TYPE_SOURCE_ROW (cor_source_row_get_type ())

G_DECLARE_FINAL_TYPE (CorSourceRow, cor_source_row, COR, SOURCE_ROW, GObject)

/* One report in the source list, with what its row shows beyond the report
 * itself: its position (its colour and its menu's target) and the number
 * of facts it contributes. Each setter notifies only when the value
 * changes, so a new analysis touches only the rows whose count moved. */
CorSourceRow *cor_source_row_new          (CorSource    *source,
                                           guint         position);
CorSource    *cor_source_row_get_source   (CorSourceRow *self);
guint         cor_source_row_get_position (CorSourceRow *self);
void          cor_source_row_set_position (CorSourceRow *self,
                                           guint         position);
/* The report's column in the table shown, or -1 (not compared, or not yet). */
int           cor_source_row_get_column   (CorSourceRow *self);
void          cor_source_row_set_column   (CorSourceRow *self,
                                           int           column);
/* -1 while the report has not been analysed yet. */
int           cor_source_row_get_n_facts  (CorSourceRow *self);
void          cor_source_row_set_n_facts  (CorSourceRow *self,
                                           int           n_facts);

G_END_DECLS
