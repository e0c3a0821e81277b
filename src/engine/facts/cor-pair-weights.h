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
  3.218814,   /* stem_cosine */
  2.025538,   /* concept_cosine */
  1.079334,   /* rare_shared */
  1.923140,   /* max_shared */
  1.028104,   /* names_shared */
  6.197982,   /* values_shared */
  4.219834,   /* dates_shared */
  1.231663,   /* quote_shared */
  0.407809,   /* predicate_match */
  0.035357,   /* predicate_clash */
  0.810873,   /* subject_match */
  -0.354853,   /* subject_clash */
  -0.363541,   /* speaker_clash */
  -0.437645,   /* year_clash */
  1.532008,   /* measure_same */
  0.905967,   /* measure_clash */
  -1.147309,   /* negation_differs */
  0.806651,   /* headline */
  1.632290,   /* shorter_length */
  -0.685465,   /* length_ratio */
  0.531505,   /* story_words_only */
  0.201877,   /* object_match */
  1.212970,   /* predicate_names */
  -1.972787,   /* predicate_concepts */
  -2.935289,   /* later_position */
  -0.425690,   /* position_gap */
  0.568097,   /* bigram_cosine */
  3.866010,   /* sentence_cosine */
};
static const double cor_pair_fitted_bias = -3.339144;
static const double cor_pair_fitted_threshold = 0.9000;
