/* cor-statement.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-attribution.h"
#include "cor-document.h"
#include "cor-stemmer.h"

G_BEGIN_DECLS

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

/* The statements of @document (its clauses, without repeats or furniture). */
GPtrArray    *cor_statements_extract     (CorDocument  *document,
                                          guint         source,
                                          CorStemmer   *stemmer);
void          cor_statement_free         (CorStatement *statement);

static inline CorKeyKind
cor_key_kind (const char *key)
{
  return (CorKeyKind)(key[0] - 'a');
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorStatement, cor_statement_free)

G_END_DECLS
