/* cor-mentions-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cor-document.h"
#include "cor-words-private.h"

G_BEGIN_DECLS

/* What every recogniser gets: the text, its sentences and the date that
 * relative dates resolve against. Each appends CorMention to @out. */
typedef struct
{
  const char   *text;
  gsize         length;
  const GArray *sentences;   /* CorSpan */
  const char   *published;   /* YYYY-MM-DD or NULL */
  CorWords     *words;       /* the text cut into tokens once, for every recogniser */
} CorMentionContext;

/* cor-numbers.c: number, ordinal, percent, money, quantity, duration */
void cor_numbers_extract  (const CorMentionContext *context,
                           GPtrArray               *out);
/* Gives a bare number the noun it counts as its unit: "212 passengers". */
void cor_numbers_find_counted_noun (const char *text,
                                    gsize       length,
                                    CorMention *mention);
/* cor-dates.c: date, time */
void cor_dates_extract    (const CorMentionContext *context,
                           GPtrArray               *out);
/* cor-entities.c: person, organization, place, with canonical names */
void cor_entities_extract (const CorMentionContext *context,
                           GPtrArray               *out);
/* cor-quotes.c: quote, with its speaker; sees the entities found so far */
void cor_quotes_extract   (const CorMentionContext *context,
                           GPtrArray               *out);

G_END_DECLS
