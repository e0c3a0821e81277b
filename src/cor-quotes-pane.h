/* cor-quotes-pane.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

#define COR_TYPE_QUOTES_PANE (cor_quotes_pane_get_type ())

G_DECLARE_FINAL_TYPE (CorQuotesPane, cor_quotes_pane, COR, QUOTES_PANE, GtkWidget)

/* Shows each report's sentences for @fact of @table, or the empty state.
 * Its buttons activate win.show-in-source, win.override-cell and
 * win.split-cell. */
void  cor_quotes_pane_set_fact (CorQuotesPane *self,
                                CorFactTable  *table,
                                CorFact       *fact);

/* The quote's text as Pango markup, values and speaker highlighted. */
char *cor_quotes_pane_quote_markup (CorFactTable *table,
                                    CorCell      *cell,
                                    CorQuote     *quote);

G_END_DECLS
