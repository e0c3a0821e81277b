/* mention-helpers.h: shared by the mention tests
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "cor-mentions.h"
#include "cor-text.h"

static inline GPtrArray *
extract (const char *text,
         const char *published)
{
  g_autoptr(GArray) sentences = cor_text_split_sentences (text, strlen (text));

  return cor_mentions_extract (text, strlen (text), sentences, published);
}

/* The first mention of @kind whose text is @text, or NULL. */
static inline const CorMention *
find (GPtrArray      *mentions,
      CorMentionKind  kind,
      const char     *text)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (m->kind == kind && g_strcmp0 (m->text, text) == 0)
        return m;
    }
  return NULL;
}

static inline guint
count_kind (GPtrArray      *mentions,
            CorMentionKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < mentions->len; i++)
    n += ((const CorMention *)g_ptr_array_index (mentions, i))->kind == kind;
  return n;
}
