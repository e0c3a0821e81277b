/* cor-attribution.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How firmly a statement puts its claim. */
typedef enum
{
  COR_CERTAINTY_ASSERTED,
  COR_CERTAINTY_PLANNED,    /* "is due to", "intends to", "is scheduled to" */
  COR_CERTAINTY_HEDGED,     /* "is considering", "may", "is expected to" */
  COR_CERTAINTY_REPORTED,   /* "reportedly", "a report said" */
  COR_CERTAINTY_NEGATED,    /* "did not", "no … were announced", "denied" */
} CorCertainty;

/* Who @text attributes itself to ("Trump said", "according to the
 * ministry"), or NULL. */
char         *cor_attribution_find_speaker   (const char    *text);
/* Whether @word (lower case) is a verb that credits words to a speaker
 * on its own: "said", "warned"; not "told", which wants a listener. */
gboolean      cor_attribution_is_saying_verb (const char    *word);
/* The first "he" or "she" at or after @from in @text that credits the
 * words to itself ("…, he said", "She added that …"), or NULL. */
const char   *cor_attribution_find_pronoun   (const char    *text,
                                              const char    *from);
/* How firmly @text states its claim, the words that say so in @cue, and
 * whether it says that something was not mentioned. */
CorCertainty  cor_attribution_find_certainty (const char    *text,
                                              char         **cue,
                                              gboolean      *omission);
/* Whether @cue, as cor_attribution_find_certainty() gives it, frames the
 * whole sentence ("one report said") rather than the verb beside it. */
gboolean      cor_attribution_cue_frames     (const char    *cue);
const char   *cor_certainty_to_string        (CorCertainty   certainty);

G_END_DECLS
