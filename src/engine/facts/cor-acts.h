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

/* The acts a clause tells of that are done to a name, as "verb name"
 * with the lemma of the verb and the name's last word in lower case
 * ("is due to visit the Republic of Orvia": "visit orvia"). Appends them
 * to @acts, as cor_acts_read() does, which reads none of these. */
void cor_acts_read_named (const char *text,
                          GPtrArray  *acts);

G_END_DECLS
