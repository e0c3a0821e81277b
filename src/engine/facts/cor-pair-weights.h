/* cor-pair-weights.h: written by build-aux/fit-align-weights; do not edit.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Hand-set starting values, before the first fit. */
static const double cor_pair_fitted_weights[] = {
  4.0, 3.0, 1.0, 1.0, 0.5, 0.5, 0.3, 1.5, 1.0, -1.0,
  0.3, -1.5, -0.5, -2.0, 1.0, 0.5, 0.0, 0.0, 0.0, 0.0,
  -1.0, 0.5, 0.5, 0.5, 0.0, 0.0, 1.0, 1.0,
};
static const double cor_pair_fitted_bias = -4.0;
static const double cor_pair_fitted_threshold = 0.5;
