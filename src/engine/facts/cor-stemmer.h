/* cor-stemmer.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stems the words of statements, so that "agreed" and "agreement" share a
 * key. One per thread: it remembers the words it has seen. */
typedef struct _CorStemmer CorStemmer;

CorStemmer *cor_stemmer_new  (void);
void        cor_stemmer_free (CorStemmer *stemmer);
/* The Snowball stem of a lowercase word, or NULL for a stop word. */
char       *cor_stemmer_stem (CorStemmer *stemmer,
                              const char *word);
/* The same, owned by @stemmer: valid until its next call. Saves a copy
 * per word where the caller keeps the stem only for a moment. */
const char *cor_stemmer_peek (CorStemmer *stemmer,
                              const char *word);
/* Whether @word (lowercase) is one of the function words and verbs of
 * attribution that have no stem. */
gboolean    cor_stemmer_is_stop_word (const char *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorStemmer, cor_stemmer_free)

G_END_DECLS
