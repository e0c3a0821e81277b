/* cor-statement.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-document.h"

G_BEGIN_DECLS

/* How firmly a statement puts its claim. */
typedef enum
{
  COR_CERTAINTY_ASSERTED,
  COR_CERTAINTY_PLANNED,    /* "is due to", "intends to", "is scheduled to" */
  COR_CERTAINTY_HEDGED,     /* "is considering", "may", "is expected to" */
  COR_CERTAINTY_REPORTED,   /* "reportedly", "a report said" */
  COR_CERTAINTY_NEGATED,    /* "did not", "no … were announced", "denied" */
} CorCertainty;

/* Which family a key of a statement belongs to; values, names and quotes
 * weigh far more than a shared word when aligning. */
typedef enum
{
  COR_KEY_WORD,
  COR_KEY_BIGRAM,
  COR_KEY_NUMBER,
  COR_KEY_VALUE,
  COR_KEY_NAME,
  COR_KEY_QUOTE,
  COR_KEY_DATE,     /* a day or a month, from a date mention */
} CorKeyKind;

typedef struct _CorStemmer CorStemmer;

/* One claim of a report: a sentence, or a clause of a sentence that joins
 * independent statements. */
typedef struct
{
  guint         source;      /* index of the source in the table */
  guint         index;       /* position among the document's statements */
  gsize         start;       /* UTF-8 byte offsets into the source's text */
  gsize         end;
  char         *text;
  GPtrArray    *keys;        /* char *, sorted and unique; the first byte is a CorKeyKind + 'a' */
  guint         n_words;     /* content words, without values or names */
  GPtrArray    *mentions;    /* CorMention, borrowed from the document */
  char         *speaker;     /* who the statement is attributed to, or NULL */
  CorCertainty  certainty;
  char         *cue;         /* the words that set the certainty ("is considering", "agreed") */
  gboolean      omission;    /* says that something was not mentioned */
  gboolean      headline;    /* a short line without terminal punctuation */
} CorStatement;

CorStemmer   *cor_stemmer_new            (void);
void          cor_stemmer_free           (CorStemmer   *stemmer);
/* The Snowball stem of a lowercase word, or NULL for a stop word. */
char         *cor_stemmer_stem           (CorStemmer   *stemmer,
                                          const char   *word);

/* The statements of @document (its clauses, without repeats or furniture). */
GPtrArray    *cor_statements_extract     (CorDocument  *document,
                                          guint         source,
                                          CorStemmer   *stemmer);
void          cor_statement_free         (CorStatement *statement);

/* Attribution and certainty of a piece of text; exposed for the tests. */
char         *cor_statement_find_speaker (const char   *text);
CorCertainty  cor_statement_find_certainty (const char *text,
                                            char      **cue,
                                            gboolean   *omission);
const char   *cor_certainty_to_string    (CorCertainty  certainty);

static inline CorKeyKind
cor_key_kind (const char *key)
{
  return (CorKeyKind)(key[0] - 'a');
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorStemmer, cor_stemmer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorStatement, cor_statement_free)

G_END_DECLS
