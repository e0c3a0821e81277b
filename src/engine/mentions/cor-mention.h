/* cor-mention.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-types.h"

G_BEGIN_DECLS

typedef enum
{
  COR_MENTION_NUMBER,
  COR_MENTION_ORDINAL,
  COR_MENTION_PERCENT,
  COR_MENTION_MONEY,
  COR_MENTION_QUANTITY,
  COR_MENTION_DATE,
  COR_MENTION_TIME,
  COR_MENTION_DURATION,
  COR_MENTION_PERSON,
  COR_MENTION_ORGANIZATION,
  COR_MENTION_PLACE,
  COR_MENTION_QUOTE,
  COR_N_MENTION_KINDS
} CorMentionKind;

/* Which way an approximate value leans: "more than 50" is at least 50. */
typedef enum
{
  COR_BOUND_NONE,
  COR_BOUND_AT_LEAST,
  COR_BOUND_AT_MOST,
} CorBound;

/* The unit of an age ("23-year-old", "aged 40"): a number of it counts
 * no one. */
#define COR_UNIT_AGE "year of age"

struct _CorMention
{
  CorMentionKind  kind;
  gsize           start;        /* UTF-8 byte offsets into the text, end exclusive */
  gsize           end;
  char           *text;         /* the words as written */
  double          value;        /* number, ordinal, percent, money, quantity, duration */
  double          value_max;    /* upper end of a range, or NAN */
  char           *unit;         /* ISO 4217, SI symbol, or singular English word */
  gboolean        approximate;
  CorBound        bound;
  char           *date;         /* "2026", "2026-04" or "2026-02-04"; NULL for a span
                                 * no single year holds ("the 1990s") */
  char           *date_from;    /* the first and last day of a span the text names */
  char           *date_to;      /* ("next week", "the first quarter"), or NULL */
  const char     *period;       /* what that span is: "week", "quarter"…, static */
  double          min;          /* the least a vague quantity allows ("dozens"), or NAN */
  gint            minutes;      /* time: minutes since midnight ("2:30 p.m." is 870), or -1 */
  gint            tense;        /* date: -1 told of as done ("imposed on March 23"), 1 as
                                 * planned ("set to take effect on Tuesday"), 0 neither */
  gboolean        vague;        /* a quantity without a number: "dozens", "thousands" */
  char           *canonical;    /* person, organization, place */
  char           *whose;        /* an age given after a name ("Dennis Hale, 81"): the name */
  char           *speaker;      /* quote */
};

CorMention     *cor_mention_new            (CorMentionKind     kind,
                                            const char        *text,
                                            gsize              start,
                                            gsize              end);
CorMention     *cor_mention_copy           (const CorMention  *mention);
void            cor_mention_free           (CorMention        *mention);
gboolean        cor_mention_kind_is_value  (CorMentionKind     kind);
const char     *cor_mention_kind_to_string (CorMentionKind     kind);
gboolean        cor_mention_kind_from_string (const char      *string,
                                              CorMentionKind  *kind);
/* Orders by start, then longer first. */
int             cor_mention_compare        (gconstpointer      a,
                                            gconstpointer      b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorMention, cor_mention_free)

G_END_DECLS
