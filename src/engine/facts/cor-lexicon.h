/* cor-lexicon.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What WordNet 3.0 knows of an English word: its lemma, its parts of
 * speech, and the concepts (synsets) that two statements can share even
 * when their words differ ("bought" and "purchase", "killed" and "died",
 * "quake" and "earthquake"). */

typedef enum
{
  COR_POS_NOUN = 1 << 0,
  COR_POS_VERB = 1 << 1,
  COR_POS_ADJ  = 1 << 2,
  COR_POS_ADV  = 1 << 3,
} CorPos;

typedef struct
{
  char    *lemma;        /* the verb's, else the noun's, else the adjective's base form */
  guint    pos;          /* CorPos bits: the parts of speech WordNet lists for the word */
  gboolean verb_form;    /* an inflected verb form ("struck", "killed", "says") */
  guint    n_concepts;
  guint32 *concepts;     /* sorted: the first sense of each part of speech, the
                          * senses derived from it ("death" from "die") and what
                          * it causes ("kill" → "die") */
  guint32  event;        /* the first noun sense's concept when it names an act or
                          * an event ("strike", "quake", "heist"), else 0 */
  guint    n_antonyms;
  guint32 *antonyms;     /* sorted: concepts of the word's direct antonyms */
} CorWordSense;

/* Whether WordNet's files are installed; without them every word is its own
 * concept and statements meet only on shared stems. */
gboolean            cor_lexicon_available (void);

/* What WordNet knows of @word (lower case). The result lives as long as the
 * process; the lookup is thread-safe and cached. NULL for unknown words. */
const CorWordSense *cor_lexicon_lookup    (const char *word);

/* Whether the sorted concept lists @a and @b share a concept. */
gboolean            cor_lexicon_concepts_meet (const guint32 *a,
                                               guint          n_a,
                                               const guint32 *b,
                                               guint          n_b);

/* The simple past of the verb @lemma: "warn" → "warned", "make" → "made"
 * (irregular ones and doubled consonants from WordNet's exception list). */
char               *cor_lexicon_past_tense (const char *lemma);

G_END_DECLS
