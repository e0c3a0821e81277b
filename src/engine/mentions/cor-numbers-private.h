/* cor-numbers-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "cor-mention.h"
#include "cor-words.h"

G_BEGIN_DECLS

/* The number recogniser works on tokens, each pointing to its entry in one
 * lexicon built once: number words, scale words, units, currencies and
 * approximations are all found with one hash look-up per token. */

typedef enum
{
  NUM_NONE,
  NUM_UNIT,       /* zero … nine */
  NUM_TEEN,       /* ten … nineteen */
  NUM_TENS,       /* twenty … ninety */
  NUM_HUNDRED,
  NUM_SCALE,      /* thousand, million, lakh … */
  NUM_DOZEN,
  NUM_ARTICLE,    /* a, an: "a dozen", "a third" */
  NUM_HALF,       /* half, quarter before a scale: "half a million" */
} NumClass;

typedef enum
{
  ROLE_APPROX = 1,      /* before a number: "about", "more than" */
  ROLE_CURRENCY,        /* before a number: "$", "US$", "€", "USD" */
  ROLE_SCALE,           /* right after digits: "bn", "k", "m" */
  ROLE_SUFFIX,          /* after a number: units, currencies, "percent" */
  ROLE_AFTER,           /* after the whole: "or so", "or more" */
  ROLE_VAGUE,           /* alone: "dozens", "tens of thousands" */
} PhraseRole;

typedef enum
{
  PHRASE_CASE       = 1 << 0,   /* the words must match case exactly */
  PHRASE_ATTACHED   = 1 << 1,   /* no space before the phrase */
  PHRASE_MONEY_ONLY = 1 << 2,   /* a scale that needs a currency: "€2m" */
  PHRASE_SCALED     = 1 << 3,   /* a currency only after a scale: "5 million pounds" */
  PHRASE_MINOR      = 1 << 4,   /* a minor unit of money: cents, pence */
  PHRASE_RANGE      = 1 << 5,   /* "between": a range follows */
  PHRASE_AGE        = 1 << 6,   /* "-year-old" */
  PHRASE_NEEDS_OF   = 1 << 7,   /* a vague number only before "of": "scores of" */
} PhraseFlags;

typedef struct _CorLex CorLex;

typedef struct
{
  guint8          role;
  guint8          n_words;
  guint8          kind;       /* CorMentionKind of a suffix */
  guint8          bound;      /* CorBound of an approximation */
  guint16         flags;
  const CorLex   *words[6];
  const char     *exact[6];   /* with PHRASE_CASE */
  const char     *unit;
  double          factor;     /* a scale, or the value of a vague number */
} CorPhrase;

struct _CorLex
{
  char       *key;            /* lower case */
  guint8      num_class;      /* NumClass */
  guint8      plural;         /* "thirds", "dozens" */
  double      num_value;
  double      ordinal;        /* "third" = 3; 0 when none */
  gboolean    denominator;    /* can be the bottom of a fraction */
  gboolean    month;
  GPtrArray  *phrases;        /* CorPhrase starting with this word */
  guint8      roles;          /* 1 << PhraseRole of each of its phrases */
  guint8      can_start;      /* an expression can start with it */
};

typedef enum
{
  TOK_WORD,
  TOK_NUM,
  TOK_SYM,
} TokKind;

typedef struct
{
  guint32        start;
  guint32        end;
  guint8         kind;        /* TokKind */
  guint8         space;       /* white space before this token */
  const CorLex  *lex;
} CorTok;

/* What a number at a token is: tokens [first, last), its value, and how it
 * was written. */
typedef struct
{
  guint     first;
  guint     last;
  double    value;
  double    scale;        /* the last scale word applied ("million"), or 1 */
  guint     spelled : 1;
  guint     digits : 1;
  guint     ordinal : 1;
  guint     plain_int : 1;  /* digits only, no separator, decimal or scale */
  guint     fraction : 1;
  guint     skip : 1;       /* a time, a date or a code: consume, emit nothing */
  guint     n_digits;
} CorNum;

typedef struct
{
  const char    *text;
  gsize          length;
  const CorTok  *toks;
  guint          n_toks;
} CorScan;

typedef gboolean (*CorPhraseFilter) (const CorScan   *scan,
                                     const CorPhrase *phrase,
                                     guint            end,
                                     gconstpointer    data);

/* Token @i follows the one before it with no space. */
static inline gboolean
cor_tok_adjacent (const CorScan *scan,
                  guint          i)
{
  return i < scan->n_toks && !scan->toks[i].space;
}

/* Whether token @i is @word, ignoring ASCII case. Inline so that the
 * length of a literal @word folds away: it is called at every token. */
static inline gboolean
cor_tok_is (const CorScan *scan,
            guint          i,
            const char    *word)
{
  const CorTok *tok;
  gsize len = __builtin_strlen (word);

  if (i >= scan->n_toks)
    return FALSE;
  tok = &scan->toks[i];
  return tok->end - tok->start == len &&
         (scan->text[tok->start] | 0x20) == (word[0] | 0x20) &&
         g_ascii_strncasecmp (scan->text + tok->start, word, len) == 0;
}

G_END_DECLS
