/* cor-summary.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-statement.h"

G_BEGIN_DECLS

/* @text as a sentence that stands alone: without a dateline, a leading
 * conjunction or a leading subordinate clause, capitalised, never cut. */
char *cor_summary_from_text      (const char         *text);
/* The summary of a row whose reference is @statement: its own text, or its
 * whole sentence when the statement is a clause that leans on the rest.
 * @reads_sentence, unless NULL, says which: when it is the clause's whole
 * sentence, the row's summary says what the sentence says, and a cell is
 * marked against that. */
char *cor_summary_from_statement (const CorStatement *statement,
                                  gboolean           *reads_sentence);

/* Whether @summary still reads as cut from a sentence ("Though …",
 * "During which …") or cut short. */
gboolean cor_summary_is_fragment (const char *summary);

/* A summary that ends "…, he said" with no name for "he": the name the
 * row's @statements agree on put in its place, or else the attribution
 * removed whole; one that opens "He was quoted as saying: …", the name
 * put in. NULL when @summary needs neither or neither helps. */
char *cor_summary_settle (const char *summary,
                          GPtrArray  *statements);

G_END_DECLS
