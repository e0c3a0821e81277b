/* cor-dates-lexicon.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-words.h"

G_BEGIN_DECLS

/* Which way a clause points in time, from its verbs: "approved" looks back,
 * "is due to visit" forward. A relative date takes its direction from it. */
typedef enum
{
  COR_TENSE_NONE,
  COR_TENSE_PAST,
  COR_TENSE_FUTURE,
} CorTense;

/* The tense nearest to the tokens @first..@last: first looking back to the
 * start of the clause, then forward to its end. */
CorTense  cor_dates_tense            (const CorWords *words,
                                      guint           first,
                                      guint           last);

/* Whether the words @first..@last speak of a habit rather than a date:
 * "every October", "the season generally starts in late October". */
gboolean  cor_dates_is_habitual      (const CorWords *words,
                                      guint           first,
                                      guint           last);
/* Whether a future auxiliary governs the verb just before token @first:
 * "will resign on Tuesday", "is due to vote Tuesday". */
gboolean  cor_dates_future_governs   (const CorWords *words,
                                      guint           first);

/* Months and weekdays by name. Return 1..12 / 1..7 (Monday = 1) or 0, and
 * the index after the name (and its abbreviation's full stop). */
guint     cor_dates_month_at         (const CorWords *words,
                                      guint           i,
                                      guint          *next);
guint     cor_dates_weekday_at       (const CorWords *words,
                                      guint           i,
                                      gboolean        allow_short,
                                      guint          *next);
/* A day of the month: "4", "4th", "fourth", "twenty-first". */
guint     cor_dates_day_at           (const CorWords *words,
                                      guint           i,
                                      guint          *next);
/* A small count in digits or words ("3", "three", "a"), or -1. */
int       cor_dates_count_at         (const CorWords *words,
                                      guint           i,
                                      guint          *next);

/* Whether a date or time may start at token @i: digits, or a word that
 * one starts with (a month, a weekday, "last", "yesterday"…). Most words
 * are none, and one lookup spares them every parser. */
gboolean  cor_dates_may_start        (const CorWords *words,
                                      guint           i);

/* Date arithmetic against the reference date. */
void      cor_dates_weekday_relative (GDate          *date,
                                      const GDate    *ref,
                                      guint           weekday,
                                      int             direction);
void      cor_dates_month_relative   (const GDate    *ref,
                                      guint           month,
                                      int             direction,
                                      guint          *year);

G_END_DECLS
