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
  3.232957,   /* stem_cosine */
  2.143132,   /* concept_cosine */
  1.136207,   /* rare_shared */
  1.857177,   /* max_shared */
  1.021676,   /* names_shared */
  6.182264,   /* values_shared */
  4.262252,   /* dates_shared */
  1.218892,   /* quote_shared */
  0.406947,   /* predicate_match */
  0.025045,   /* predicate_clash */
  0.783162,   /* subject_match */
  -0.403799,   /* subject_clash */
  -0.367150,   /* speaker_clash */
  -0.366372,   /* year_clash */
  1.543008,   /* measure_same */
  0.899360,   /* measure_clash */
  -1.133355,   /* negation_differs */
  0.813909,   /* headline */
  1.713200,   /* shorter_length */
  -0.738863,   /* length_ratio */
  0.499639,   /* story_words_only */
  0.144287,   /* object_match */
  1.199177,   /* predicate_names */
  -2.014113,   /* predicate_concepts */
  -2.914991,   /* later_position */
  -0.439228,   /* position_gap */
  0.522938,   /* bigram_cosine */
  3.844501,   /* sentence_cosine */
};
static const double cor_pair_fitted_bias = -3.327481;
static const double cor_pair_fitted_threshold = 0.9000;
