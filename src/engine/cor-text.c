/* cor-text.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-text"

#include "config.h"

#include "cor-document.h"

static void
add_span (GArray     *spans,
          const char *text,
          gsize       start,
          gsize       end)
{
  while (start < end && g_ascii_isspace (text[start]))
    start++;
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  if (end > start)
    {
      CorSpan span = { start, end };
      g_array_append_val (spans, span);
    }
}

/* Placeholder: one sentence per line, split after ". ". */
GArray *
cor_text_split_sentences (const char *text,
                          gsize       length)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (CorSpan));
  gsize start = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\n' || (text[i] == '.' && i + 1 < length && text[i + 1] == ' '))
        {
          add_span (spans, text, start, i + (text[i] == '.'));
          start = i + 1;
        }
    }
  add_span (spans, text, start, length);
  return spans;
}
