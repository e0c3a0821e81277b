/* cor-number-parse.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-numbers-private.h"

G_BEGIN_DECLS

const CorPhrase *cor_phrase_match_at (const CorScan   *scan,
                                      guint            i,
                                      PhraseRole       role,
                                      CorPhraseFilter  filter,
                                      gconstpointer    data,
                                      guint           *end);
/* A number at token @i, in words or digits, with what it was written as. */
gboolean         cor_num_parse       (const CorScan   *scan,
                                      guint            i,
                                      gboolean         money,
                                      CorNum          *num);

/* The longest phrase of @role at token @i that @filter accepts; @end is
 * set to the token after it. Inline, because the recogniser asks at nearly
 * every candidate and most words start no phrase of the role. */
static inline const CorPhrase *
cor_phrase_match_full (const CorScan   *scan,
                       guint            i,
                       PhraseRole       role,
                       CorPhraseFilter  filter,
                       gconstpointer    data,
                       guint           *end)
{
  const CorLex *lex;

  if (i >= scan->n_toks || (lex = scan->toks[i].lex) == NULL || !(lex->roles & (1 << role)))
    return NULL;
  return cor_phrase_match_at (scan, i, role, filter, data, end);
}

static inline const CorPhrase *
cor_phrase_match (const CorScan *scan,
                  guint          i,
                  PhraseRole     role,
                  guint         *end)
{
  return cor_phrase_match_full (scan, i, role, NULL, NULL, end);
}

/* The first token at or after @byte, from @i on. */
guint            cor_tok_at_byte     (const CorScan   *scan,
                                      guint            i,
                                      gsize            byte);
/* Scale words after digits: "2 million", "$11bn", "10k", "322 hundred". */
void             cor_num_digit_scale (const CorScan   *scan,
                                      CorNum          *num,
                                      gboolean         money);

G_END_DECLS
