/* cor-compare.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-fact-table.h"
#include "cor-statement.h"

G_BEGIN_DECLS

/* Whether two values of the same kind and unit say the same thing, within
 * the precision they are written with and their approximation. */
gboolean       cor_compare_values_agree (const CorMention   *a,
                                         const CorMention   *b);
/* Whether two values give one figure: as written, or converted to the
 * other's unit and rounded; "more than 200" is no figure of "249", though
 * it allows it. */
gboolean       cor_compare_same_figure  (const CorMention   *a,
                                         const CorMention   *b);
/* Whether two values measure the same kind of thing (money in any currency
 * counts as one kind; tons and tonnes are one unit). */
gboolean       cor_compare_same_measure (const CorMention   *a,
                                         const CorMention   *b);

/* Whether @a and @b credit what they say to different speakers, each
 * known by name or by more than a role ("the statement"). */
gboolean       cor_compare_credited_apart (const CorStatement *a,
                                           const CorStatement *b);

/* The share of the shorter statement's content words the other has too
 * (1 when either has none). */
double         cor_compare_word_overlap (const CorStatement *a,
                                         const CorStatement *b);

/* The status of @statement's cell in a row whose reference is @reference;
 * @note receives a few words on why it is partial or conflicts, or on an
 * approximation, or NULL. */
CorCellStatus  cor_compare_statements   (const CorStatement *statement,
                                         const CorStatement *reference,
                                         char              **note);
/* The share of @reference's words (stems, names or concepts) that
 * @statement has, 0 to 1. */
double         cor_compare_coverage     (const CorStatement *statement,
                                         const CorStatement *reference);
/* What a reader is shown of a statement: the words its cell quotes (its
 * whole sentence, for a clause quoted whole) and their mentions, and
 * whether its report has a date of its own, to resolve "on Monday". */
typedef struct
{
  const char      *text;
  const GPtrArray *mentions;  /* CorMention */
  gboolean         dated;
} CorShown;

/* Whether @statement states the fact narrower than @reference, or as
 * another's: it credits the fact (not a quote) to someone else
 * ("attributed to Officials, not Nugroho"), leaves out a figure, the day or a place that @reference
 * gives, gives a lower bound ("at least 3" against "at least 5"), or has
 * few of its words. Either way the two reports still agree on the fact.
 * @shown is what a reader is shown of @statement, or NULL for its own
 * words. @note receives how ("does not give “10 km”"). */
gboolean       cor_compare_narrower     (const CorStatement *statement,
                                         const CorStatement *reference,
                                         const CorShown     *shown,
                                         char              **note);

/* Whether the sentence a reader is shown of a clause ("came down at
 * 5.10am, | trapping residents") gives the one time of day of
 * @reference's act otherwise ("came down at about 4.40 a.m."): @note
 * receives the two. */
gboolean       cor_compare_shown_time   (const CorShown     *shown,
                                         const CorStatement *reference,
                                         char              **note);

/* The distinct values of these statements, in a stable order. */
GPtrArray     *cor_compare_row_values   (GPtrArray          *statements);

G_END_DECLS
