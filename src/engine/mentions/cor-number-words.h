/* cor-number-words.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-numbers-private.h"

G_BEGIN_DECLS

/* The lexicon of number words, scale words, units, currencies and
 * approximations, built once. */
void          cor_lex_init          (void);
const CorLex *cor_lex_lookup        (const char *text,
                                     gsize       length);
const CorLex *cor_lex_lookup_slots  (const char *text,
                                     gsize       length,
                                     guint32     hash);

/* One bit per hash, set for every key: most tokens are in no entry, and
 * these 4 KiB stay in the cache where the slots (with the currency codes,
 * tens of KiB) do not. */
#define COR_LEX_FILTER_BITS 15
extern guint64 cor_lex_filter[(1 << COR_LEX_FILTER_BITS) / 64];

static inline guint32
cor_lex_filter_bit (guint32 hash)
{
  return (hash * 0x9e3779b1u) >> (32 - COR_LEX_FILTER_BITS);
}

/* With @hash = cor_word_hash (@text, @length); after cor_lex_init(). */
static inline const CorLex *
cor_lex_lookup_hashed (const char *text,
                       gsize       length,
                       guint32     hash)
{
  guint32 bit = cor_lex_filter_bit (hash);

  if (!(cor_lex_filter[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))))
    return NULL;
  return cor_lex_lookup_slots (text, length, hash);
}

G_END_DECLS
