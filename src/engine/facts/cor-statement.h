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
#include "cor-proposition.h"
#include "cor-stemmer.h"

G_BEGIN_DECLS

/* One claim of a report: a sentence, or a clause of a sentence that joins
 * independent statements. */
typedef struct
{
  guint         source;      /* index of the source in the table */
  guint         index;       /* position among the document's statements */
  gsize         start;       /* UTF-8 byte offsets into the source's text */
  gsize         end;
  gsize         sentence_start;  /* the sentence it is (a clause of) */
  gsize         sentence_end;
  char         *text;
  char         *sentence;    /* the whole sentence when @text is a clause of it, else NULL */
  CorProposition prop;       /* what it says, as the aligner compares it */
  guint         n_words;     /* content words, names and values */
  GPtrArray    *mentions;    /* CorMention, borrowed from the document */
  char         *speaker;     /* who the statement is attributed to, or NULL */
  CorCertainty  certainty;
  char         *cue;         /* the words that set the certainty ("is considering", "agreed") */
  gboolean      omission;    /* says that something was not mentioned */
  gboolean      headline;    /* a short line without terminal punctuation */
  const char   *published;   /* the day its report is dated (borrowed from the document), or NULL */
} CorStatement;

/* The statements of @document (its clauses, without repeats or furniture),
 * read in the buffers of @scratch (NULL: buffers of its own), which a
 * thread keeps from one document to the next. */
GPtrArray    *cor_statements_extract     (CorDocument           *document,
                                          guint                  source,
                                          CorStemmer            *stemmer,
                                          CorPropositionScratch *scratch);
void          cor_statement_free         (CorStatement *statement);
/* Whether @statement's speaker is known only by a role, which the report
 * names nowhere near: "the statement", "the doctor". */
gboolean      cor_statement_speaker_unnamed (const CorStatement *statement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorStatement, cor_statement_free)

G_END_DECLS
