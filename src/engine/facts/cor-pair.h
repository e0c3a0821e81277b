/* cor-pair.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-statement.h"

G_BEGIN_DECLS

/* How likely two statements of different reports state the same fact: a
 * logistic model over what their propositions share and where they clash,
 * with weights fitted on annotated clusters (build-aux/fit-align-weights
 * writes cor-pair-weights.h). */

typedef enum
{
  COR_PAIR_STEM_COSINE,       /* IDF-weighted cosine of their stems */
  COR_PAIR_CONCEPT_COSINE,    /* the same over WordNet concepts */
  COR_PAIR_RARE_SHARED,       /* stems both share that few statements use */
  COR_PAIR_MAX_SHARED,        /* the rarest shared stem or concept, as a share of the largest IDF */
  COR_PAIR_NAMES_SHARED,      /* the names both give, weighted by how rare they are */
  COR_PAIR_VALUES_SHARED,     /* equal values */
  COR_PAIR_DATES_SHARED,
  COR_PAIR_QUOTE_SHARED,      /* runs of three quoted words both quote */
  COR_PAIR_PREDICATE_MATCH,   /* one act: lemma, synonym or derivation */
  COR_PAIR_PREDICATE_CLASH,   /* both have a predicate and they differ */
  COR_PAIR_SUBJECT_MATCH,
  COR_PAIR_SUBJECT_CLASH,     /* different doers, neither named in the other */
  COR_PAIR_SPEAKER_CLASH,     /* attributed to different people */
  COR_PAIR_YEAR_CLASH,        /* set in different years */
  COR_PAIR_MEASURE_SAME,      /* the same measure with the same value */
  COR_PAIR_MEASURE_CLASH,     /* the same measure with another value */
  COR_PAIR_NEGATION_DIFFERS,  /* one act, one side negated */
  COR_PAIR_HEADLINE,          /* either is a headline */
  COR_PAIR_SHORTER_LENGTH,    /* log (1 + words of the shorter) */
  COR_PAIR_LENGTH_RATIO,      /* shorter / longer */
  COR_PAIR_STORY_WORDS_ONLY,  /* all they share is what many statements use */
  COR_PAIR_OBJECT_MATCH,      /* one act done to one thing */
  COR_PAIR_PREDICATE_NAMES,   /* one act, and names both give (the story's own too) */
  COR_PAIR_PREDICATE_CONCEPTS, /* one act, times the cosine of their concepts */
  COR_PAIR_EARLIER_POSITION,  /* how early in its report the later-placed of the two comes (0 first … 1 last) */
  COR_PAIR_POSITION_GAP,      /* the distance between their places in their reports */
  COR_PAIR_BIGRAM_COSINE,     /* IDF-weighted cosine of their pairs of words in a row */
  COR_PAIR_SENTENCE_COSINE,   /* the stem cosine of their whole sentences */
  COR_N_PAIR_FEATURES
} CorPairFeature;

/* What the whole set of statements says about each term: how many
 * statements and how many reports use it. */
typedef struct _CorTermStats CorTermStats;

CorTermStats *cor_term_stats_new   (GPtrArray          *statements,
                                    guint               n_sources);
void          cor_term_stats_free  (CorTermStats       *stats);
double        cor_term_stats_idf   (const CorTermStats *stats,
                                    guint32             term);
/* The share of the statements that use @term. */
double        cor_term_stats_statement_share (const CorTermStats *stats,
                                              guint32             term);
/* The share of the reports whose statements use @term. */
double        cor_term_stats_share (const CorTermStats *stats,
                                    guint32             term);

/* A statement with what the pair features need of it precomputed. */
typedef struct
{
  const CorStatement *statement;
  double              norm[COR_N_TERM_KINDS];   /* √Σ idf² of its terms, per kind */
  double              position;   /* where it comes in its report: 0 first … 1 last */
  GArray             *sentence;   /* the terms of its whole sentence (borrowed) */
  double              sentence_norm;
} CorPairSide;

void          cor_pair_side_init   (CorPairSide        *side,
                                    const CorStatement *statement,
                                    double              position,
                                    GArray             *sentence,
                                    const CorTermStats *stats);
void          cor_pair_features    (const CorPairSide  *a,
                                    const CorPairSide  *b,
                                    const CorTermStats *stats,
                                    double              features[COR_N_PAIR_FEATURES]);
/* The model's probability that the pair states one fact. */
double        cor_pair_score       (const double        features[COR_N_PAIR_FEATURES]);
/* The bar a pair must clear to share a row, at @strictness (0 … 1; 0.5 is
 * the fitted default). */
double        cor_pair_threshold   (double              strictness);
const char   *cor_pair_feature_name (CorPairFeature     feature);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorTermStats, cor_term_stats_free)

G_END_DECLS
