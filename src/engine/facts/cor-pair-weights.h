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
  3.228174,   /* stem_cosine */
  2.060352,   /* concept_cosine */
  1.172937,   /* rare_shared */
  1.902388,   /* max_shared */
  1.048673,   /* names_shared */
  6.267350,   /* values_shared */
  4.298803,   /* dates_shared */
  1.209947,   /* quote_shared */
  0.272388,   /* predicate_match */
  0.033643,   /* predicate_clash */
  0.796256,   /* subject_match */
  -0.373268,   /* subject_clash */
  -0.363410,   /* speaker_clash */
  -0.336402,   /* year_clash */
  1.041257,   /* measure_same */
  0.895295,   /* measure_clash */
  -1.092258,   /* negation_differs */
  0.820444,   /* headline */
  1.491992,   /* shorter_length */
  -0.698314,   /* length_ratio */
  0.522524,   /* story_words_only */
  0.252516,   /* object_match */
  1.239978,   /* predicate_names */
  -1.890053,   /* predicate_concepts */
  -2.837006,   /* later_position */
  -0.457254,   /* position_gap */
  0.625600,   /* bigram_cosine */
  3.817368,   /* sentence_cosine */
};
static const double cor_pair_fitted_bias = -3.322211;
static const double cor_pair_fitted_threshold = 0.9000;
