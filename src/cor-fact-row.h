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

/* Whether the user corrected a cell of the row, merged it or split it. */
gboolean      cor_fact_row_is_edited   (CorFactRow   *self);
/* The row's agreement as the table shows it; a row that no report states
 * any more after a correction says so instead of "Single Source". */
const char   *cor_fact_row_get_agreement_label (CorFactRow *self);
/* "Conflict · stated by 2 of 4 reports", for the quotes pane. */
char         *cor_fact_row_describe_support (CorFactRow *self);
/* What @source's cell says that the row's other reports do not, in a word
 * or two for the cell ("says: 230 passengers", "“considering”",
 * "per Xi Jinping"), or NULL. */
char         *cor_fact_row_get_cell_detail (CorFactRow *self,
                                            guint       source);
/* The cell in a sentence, for its accessible name and tooltip:
 * "Coastal Daily: conflicts, 230 passengers against 212 passengers". */
char         *cor_fact_row_describe_cell (CorFactRow *self,
                                          guint       source);
/* The whole fact text (cor_export_fact_text()), computed once. */
const char   *cor_fact_row_get_text     (CorFactRow  *self);

const char   *cor_agreement_get_label  (CorAgreement  agreement);
const char   *cor_cell_status_get_label (CorCellStatus status);
const char   *cor_cell_status_get_icon_name (CorCellStatus status);

G_END_DECLS
