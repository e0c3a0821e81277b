/* fuzz-mentions.c: sentences and mentions on arbitrary text.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cor-document.h"
#include "fuzz-common.h"

static gboolean
at_boundary (const char *text,
             gsize       length,
             gsize       offset)
{
  /* A UTF-8 continuation byte is 10xxxxxx. */
  return offset == length || (offset < length && ((guchar) text[offset] & 0xc0) != 0x80);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char *dates[] = { NULL, "2026-02-05", "1999-12-31", "2026-02-29" };
  g_autoptr(CorSource) source = cor_source_new ();
  g_autoptr(CorDocument) document = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *text = NULL;

  if (size < 1 || size > 256 * 1024)
    return 0;

  /* Any bytes become text: NULs turn into spaces and invalid sequences into
   * U+FFFD, so every input reaches the recognisers. */
  copy = g_malloc (size);
  for (size_t i = 1; i < size; i++)
    copy[i - 1] = data[i] != '\0' ? (char) data[i] : ' ';
  text = g_utf8_make_valid (copy, size - 1);

  cor_source_set_text (source, text);
  document = cor_document_new (source, dates[data[0] % G_N_ELEMENTS (dates)]);

  for (guint i = 0; i < document->sentences->len; i++)
    {
      const CorSpan *span = &g_array_index (document->sentences, CorSpan, i);

      g_assert (span->start <= span->end && span->end <= document->length);
      g_assert (at_boundary (document->text, document->length, span->start));
      g_assert (at_boundary (document->text, document->length, span->end));
    }
  for (guint i = 0; i < document->mentions->len; i++)
    {
      const CorMention *mention = g_ptr_array_index (document->mentions, i);

      g_assert (mention->start <= mention->end && mention->end <= document->length);
      g_assert (at_boundary (document->text, document->length, mention->start));
      g_assert (at_boundary (document->text, document->length, mention->end));
      g_assert (mention->text == NULL || g_utf8_validate (mention->text, -1, NULL));
    }
  return 0;
}
