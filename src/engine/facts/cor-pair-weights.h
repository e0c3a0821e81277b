/* cor-pair-weights.h: written by build-aux/fit-align-weights; do not edit.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fitted on: 2010-05-athens-marfin-bank-firebomb, 2013-07-aceh-earthquake, 2018-04-netanyahu-iran-nuclear-files, seeds, 2005-11-qeshm-iran-earthquake, 2011-11-yida-refugee-camp-bombing, 2013-09-mount-cook-climber-deaths, 2013-09-paris-jewellery-heist, 2018-04-us-steel-aluminum-tariff-delay
 */

#pragma once

/* In the order of CorPairFeature. */
static const double cor_pair_fitted_weights[] = {
  3.433850,   /* stem_cosine */
  2.107427,   /* concept_cosine */
  1.256319,   /* rare_shared */
  1.807113,   /* max_shared */
  0.994753,   /* names_shared */
  5.866208,   /* values_shared */
  4.230177,   /* dates_shared */
  1.199013,   /* quote_shared */
  0.387600,   /* predicate_match */
  0.018007,   /* predicate_clash */
  0.713723,   /* subject_match */
  -0.442187,   /* subject_clash */
  -0.711850,   /* speaker_clash */
  -0.540607,   /* year_clash */
  1.691918,   /* measure_same */
  0.851858,   /* measure_clash */
  -1.047589,   /* negation_differs */
  0.814129,   /* headline */
  1.464480,   /* shorter_length */
  -0.767034,   /* length_ratio */
  0.509855,   /* story_words_only */
  0.203316,   /* object_match */
  0.939775,   /* predicate_names */
  -1.593254,   /* predicate_concepts */
  -2.871503,   /* later_position */
  -0.519862,   /* position_gap */
  0.693515,   /* bigram_cosine */
  3.257641,   /* sentence_cosine */
};
static const double cor_pair_fitted_bias = -3.187101;
static const double cor_pair_fitted_threshold = 0.9000;
