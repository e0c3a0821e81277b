/* cor-document.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mention.h"
#include "cor-source.h"
#include "cor-words.h"

G_BEGIN_DECLS

/* What the engine reads in one report: its sentences and its mentions, all
 * pointing into the source's extracted text. Immutable once built, so it can
 * be shared between threads. */
struct _CorDocument
{
  CorSource *source;
  char      *text;          /* a copy of the source's text */
  gsize      length;
  char      *published;     /* the date relative dates were resolved against, or NULL */
  GArray    *sentences;     /* CorSpan */
  GPtrArray *mentions;      /* CorMention, sorted by cor_mention_compare() */
};

/* Relative dates are resolved against the report's own date (its text,
 * its page or one the user gave), else @fallback_published; a date taken
 * from the file's time is used only when passed as @fallback_published. */
CorDocument *cor_document_new   (CorSource   *source,
                                 const char  *fallback_published);
/* The same, and the words its mentions were read from into @words (free
 * with cor_words_free()), for a caller that would cut the text into words
 * again (the stories stage): on a report of a million short sentences,
 * cutting it took a third of that stage's time. */
CorDocument *cor_document_new_with_words (CorSource   *source,
                                          const char  *fallback_published,
                                          CorWords   **words);
CorDocument *cor_document_ref   (CorDocument *self);
/* The index of @self's first mention that starts at or after the byte
 * @start (the mentions' count when none does): they are sorted by start. */
guint        cor_document_first_mention_at (CorDocument *self,
                                            gsize        start);
/* The index of @self's first sentence that starts at or after the byte
 * @start (the sentences' count when none does): they are in order. */
guint        cor_document_first_sentence_at (CorDocument *self,
                                             gsize        start);
/* Adds to @into the mentions that lie within @start to @end, in order
 * (borrowed: they live as long as the document). */
void         cor_document_collect_mentions (CorDocument *self,
                                            gsize        start,
                                            gsize        end,
                                            GPtrArray   *into);
void         cor_document_unref (CorDocument *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorDocument, cor_document_unref)

G_END_DECLS
