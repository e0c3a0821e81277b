/* cor-export-bidi.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, around a report's
 * words in CSV and Markdown (HTML writes <bdi> for them). */
#define COR_EXPORT_BIDI_FSI "\xe2\x81\xa8"
#define COR_EXPORT_BIDI_PDI "\xe2\x81\xa9"

/* The embeddings, overrides and isolates (U+202A…U+202E, U+2066…U+2069):
 * controls whose effect runs on past the end of the text they are in.
 * The marks (U+200E, U+200F, U+061C) have no such reach. */
gboolean cor_export_bidi_is_control (gunichar    c);

/* Appends @text, a report's words, to @out so that it cannot reorder
 * what is around it nor be reversed itself: without its bidi controls
 * (a U+202E shows "and 2 towers leaned" as "srewot 2 dna" to the end of
 * the cell), and between FSI and PDI when it has right-to-left letters,
 * had controls, or @always (HTML isolates every report string). */
void     cor_export_bidi_isolate    (GString    *out,
                                     const char *text,
                                     gboolean    always);

G_END_DECLS
