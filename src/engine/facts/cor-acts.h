/* cor-acts.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The acts a clause tells of: a verb and the head noun of what it is done
 * to, as lemmas ("grounded all flights" and "flights to and from the
 * country were grounded" both tell "ground flight"). Appends "verb noun"
 * strings (owned) to @acts. A participle that describes a noun ("the
 * damaged houses"), a verb of saying or of little meaning ("said",
 * "made"), and a time ("announced last weekend") tell no act. Needs
 * WordNet: none without it. */
void cor_acts_read (const char *text,
                    GPtrArray  *acts);

G_END_DECLS
