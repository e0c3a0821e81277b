/* cor-proposition.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-lexicon.h"
#include "cor-mention.h"
#include "cor-stemmer.h"

G_BEGIN_DECLS

/* What a statement says, as the aligner compares it: its predicate (the main
 * verb, or the noun a light verb carries: "made no mention" is "mention"),
 * who does it, whether it is negated, when (years), what it measures, and
 * the terms two statements can share. */

/* A term is 32 bits: its kind in the top three, then a stem's hash, a
 * WordNet concept, a name's hash, a value's or a date's hash, or the hash of
 * three quoted words. */
typedef enum
{
  COR_TERM_STEM,
  COR_TERM_CONCEPT,
  COR_TERM_NAME,
  COR_TERM_VALUE,
  COR_TERM_DATE,
  COR_TERM_QUOTE,
  COR_TERM_BIGRAM,
  COR_N_TERM_KINDS
} CorTermKind;

#define COR_TERM_MAKE(kind, payload) (((guint32)(kind) << 29) | ((guint32)(payload) & 0x1fffffffu))
#define COR_TERM_KIND(term)          ((CorTermKind)((guint32)(term) >> 29))

/* A value and the words around it that say what it counts: "24 people
 * dead", "killing 10", "a 6.1-magnitude quake". */
typedef struct
{
  const CorMention   *mention;    /* borrowed from the document */
  guint32             stems[4];   /* stem terms of the words around it that say what it counts */
  const CorWordSense *senses[4];  /* and what WordNet knows of them, or NULL */
  guint               n_words;
  guint               n_around;   /* of them, the words of the text: the last may be its unit */
  gboolean            running;    /* a level something rose to or reached: "the toll rose to 21" */
  gboolean            margin;     /* a difference: "won by 61 votes", "a margin of 61" */
} CorMeasure;

typedef struct
{
  GArray             *terms;            /* guint32, sorted and unique */
  guint32             predicate;        /* stem term of the predicate, or 0 */
  const CorWordSense *predicate_sense;  /* NULL when WordNet does not know it */
  char               *predicate_word;   /* the predicate's lemma, for notes and tests */
  gboolean            negated;          /* the predicate itself is negated */
  gsize               verb_start;       /* byte offsets of its verb group, or 0, 0 */
  gsize               verb_end;
  gboolean            finite;           /* has a finite verb: a clause, not a caption */
  char               *subject;          /* canonical name of who does it, or NULL */
  guint16             years[4];         /* years it is set in, from its dates */
  guint               n_years;
  GArray             *measures;         /* CorMeasure */
  GPtrArray          *senses;           /* const CorWordSense * of its content words */
  char               *superlative;      /* lemma of a superlative ("largest" → "large"), or NULL */
  guint               n_content;        /* content words, names and values left out */
  guint32             object;           /* name or stem term of what the act is done to, or 0 */
  gsize               object_at;        /* where the object starts when no preposition comes
                                         * between it and its verb ("delay a decision"), or 0 */
  guint32             events[4];        /* concepts of the acts and events it names by a
                                         * noun ("the general strike", "a deadly quake") */
  gsize               event_at[4];      /* and where each noun starts (byte offset) */
  guint8              event_word[4];    /* and its place among the clause's words */
  guint               n_events;
} CorProposition;

/* The buffers reading a clause needs, kept from one clause to the next
 * (one per thread): a clause then costs no allocation but its results'. */
typedef struct _CorPropositionScratch CorPropositionScratch;

CorPropositionScratch *cor_proposition_scratch_new  (void);
void                   cor_proposition_scratch_free (CorPropositionScratch *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorPropositionScratch, cor_proposition_scratch_free)

/* Reads the proposition of @text[start, end) (a sentence or a clause), whose
 * value, name, date and quote mentions are @mentions (borrowed; offsets into
 * @text), in the buffers of @scratch (NULL: buffers of its own). A clause
 * with fewer than @min_content content words is read no further than its
 * words: FALSE, and @self holds only @n_content. */
gboolean     cor_proposition_init     (CorProposition        *self,
                                       const char            *text,
                                       gsize                  start,
                                       gsize                  end,
                                       GPtrArray             *mentions,
                                       CorStemmer            *stemmer,
                                       guint                  min_content,
                                       CorPropositionScratch *scratch);
void         cor_proposition_clear    (CorProposition   *self);

/* Whether @text[start, end) has a finite verb ("struck", "has been", "will
 * visit"): what tells a clause from a list item or a caption. @scratch as
 * for cor_proposition_init(). */
gboolean     cor_proposition_has_finite_verb (const char            *text,
                                              gsize                  start,
                                              gsize                  end,
                                              CorPropositionScratch *scratch);

/* Whether two propositions' predicates are the same act: one lemma, a
 * synonym, a derivation ("purchase" and "buy", "killed" and "died"). */
gboolean     cor_proposition_predicates_meet (const CorProposition *a,
                                              const CorProposition *b);

/* Whether the two do one act to one thing: "visit China" and "visit
 * China", "approved an arms package" and "approved a $11 bn arms package". */
gboolean     cor_proposition_objects_meet    (const CorProposition *a,
                                              const CorProposition *b);

/* Whether measures @a and @b count the same thing: comparable values whose
 * surrounding words meet. */
gboolean     cor_proposition_same_measure    (const CorMeasure     *a,
                                              const CorMeasure     *b);
/* Whether the words that say what @a and @b count meet: a stem in common,
 * or with @by_concept, WordNet concepts too. */
gboolean     cor_proposition_measure_words_meet (const CorMeasure *a,
                                                 const CorMeasure *b,
                                                 gboolean          by_concept);

/* Sorts @terms and keeps each once. */
void         cor_proposition_sort_terms      (GArray               *terms);

/* Whether @self names @name (a lower-case canonical name) anywhere. */
gboolean     cor_proposition_names           (const CorProposition *self,
                                              const char           *name);

/* Whether @self names the act or event @event (a concept of its events)
 * before its verb, as what the clause is about: "The national strike was
 * held to protest …", not "… died during a nationwide strike". */
gboolean     cor_proposition_event_leads     (const CorProposition *self,
                                              guint32               event);

/* Whether the two propositions are set in different years. */
gboolean     cor_proposition_years_clash     (const CorProposition *a,
                                              const CorProposition *b);

/* A word of @a and a word of @b that WordNet gives as antonyms
 * ("sufficiently" and "insufficiently"), with their lemmas. */
gboolean     cor_proposition_antonyms        (const CorProposition *a,
                                              const CorProposition *b,
                                              const char          **word_a,
                                              const char          **word_b);

/* Whether both quote the same run of three words. */
gboolean     cor_proposition_share_quote     (const CorProposition *a,
                                              const CorProposition *b);

G_END_DECLS
