/* cor-document.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-document"

#include "config.h"

#include "cor-document.h"
#include "cor-mentions.h"
#include "cor-text.h"

CorDocument *
cor_document_new (CorSource  *source,
                  const char *fallback_published)
{
  g_autoptr(CorWords) words = NULL;

  return cor_document_new_with_words (source, fallback_published, &words);
}

CorDocument *
cor_document_new_with_words (CorSource   *source,
                             const char  *fallback_published,
                             CorWords   **words)
{
  CorDocument *self;
  const char *published;

  g_return_val_if_fail (COR_IS_SOURCE (source), NULL);
  g_return_val_if_fail (cor_source_get_text (source) != NULL, NULL);
  g_return_val_if_fail (words != NULL, NULL);

  /* a file's time is no reference of its own: the caller decides */
  published = cor_source_get_published (source);
  if (published == NULL ||
      g_strcmp0 (cor_source_get_published_from (source), COR_PUBLISHED_FROM_FILE) == 0)
    published = fallback_published;

  self = g_atomic_rc_box_new0 (CorDocument);
  self->source = g_object_ref (source);
  self->text = g_strdup (cor_source_get_text (source));
  self->length = strlen (self->text);
  self->published = g_strdup (published);
  self->sentences = cor_text_split_sentences (self->text, self->length);
  *words = cor_words_new (self->text, self->length);
  self->mentions = cor_mentions_extract_words (*words, self->sentences, self->published);
  return self;
}

CorDocument *
cor_document_ref (CorDocument *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
cor_document_clear (gpointer data)
{
  CorDocument *self = data;

  g_clear_object (&self->source);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->sentences, g_array_unref);
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
}

guint
cor_document_first_mention_at (CorDocument *self,
                               gsize        start)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, 0);

  hi = self->mentions->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const CorMention *m = g_ptr_array_index (self->mentions, mid);

      if (m->start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

guint
cor_document_first_sentence_at (CorDocument *self,
                                gsize        start)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, 0);

  hi = self->sentences->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->sentences, CorSpan, mid).start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
cor_document_collect_mentions (CorDocument *self,
                               gsize        start,
                               gsize        end,
                               GPtrArray   *into)
{
  g_return_if_fail (self != NULL && into != NULL);

  for (guint i = cor_document_first_mention_at (self, start); i < self->mentions->len; i++)
    {
      CorMention *m = g_ptr_array_index (self->mentions, i);

      if (m->start >= end)
        break;
      if (m->end <= end)
        g_ptr_array_add (into, m);
    }
}

void
cor_document_unref (CorDocument *self)
{
  g_atomic_rc_box_release_full (self, cor_document_clear);
}
