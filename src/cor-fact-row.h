/* cor-fact-row.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

#define COR_TYPE_FACT_ROW (cor_fact_row_get_type ())

G_DECLARE_FINAL_TYPE (CorFactRow, cor_fact_row, COR, FACT_ROW, GObject)

/* One fact of a table, as an item of the window's list models. The row keeps
 * the table alive; the fact belongs to the table. */
CorFactRow   *cor_fact_row_new         (CorFactTable *table,
                                        CorFact      *fact);
CorFactTable *cor_fact_row_get_table   (CorFactRow   *self);
CorFact      *cor_fact_row_get_fact    (CorFactRow   *self);
/* The row's values in a short readable form, computed once. */
const char   *cor_fact_row_get_values_text (CorFactRow *self);
/* Whether @needle (already case-folded) occurs in the summary or a quote. */
gboolean      cor_fact_row_matches     (CorFactRow   *self,
                                        const char   *needle);

const char   *cor_agreement_get_label  (CorAgreement  agreement);
const char   *cor_cell_status_get_label (CorCellStatus status);
const char   *cor_cell_status_get_icon_name (CorCellStatus status);

G_END_DECLS
