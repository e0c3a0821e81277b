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
  3.131662,   /* stem_cosine */
  2.068428,   /* concept_cosine */
  1.118775,   /* rare_shared */
  1.982029,   /* max_shared */
  0.996388,   /* names_shared */
  6.270794,   /* values_shared */
  4.228812,   /* dates_shared */
  0.950915,   /* quote_shared */
  0.385056,   /* predicate_match */
  0.036370,   /* predicate_clash */
  0.817611,   /* subject_match */
  -0.326515,   /* subject_clash */
  -0.386149,   /* speaker_clash */
  -0.498580,   /* year_clash */
  1.558159,   /* measure_same */
  0.944069,   /* measure_clash */
  -1.051238,   /* negation_differs */
  0.800115,   /* headline */
  1.482891,   /* shorter_length */
  -0.705236,   /* length_ratio */
  0.566015,   /* story_words_only */
  0.324657,   /* object_match */
  1.009101,   /* predicate_names */
  -2.024034,   /* predicate_concepts */
  -2.924870,   /* later_position */
  -0.422883,   /* position_gap */
  0.363907,   /* bigram_cosine */
  3.883883,   /* sentence_cosine */
};
static const double cor_pair_fitted_bias = -3.271347;
static const double cor_pair_fitted_threshold = 0.9000;
