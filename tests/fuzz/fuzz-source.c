/* fuzz-source.c: reading a report (text, HTML, Markdown) from any bytes.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cor-source-load.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char *hints[] = { NULL, "text/plain", "text/html", "text/markdown" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CorSource) source = NULL;
  const char *text;

  if (size < 1 || size > 1024 * 1024)
    return 0;

  /* The first byte picks how the bytes are announced. */
  bytes = g_bytes_new (data + 1, size - 1);
  source = cor_source_load_bytes (bytes, "fuzz", hints[data[0] % G_N_ELEMENTS (hints)], NULL);
  text = cor_source_get_text (source);

  /* Either an error and no text, or valid UTF-8 text of the right length. */
  if (cor_source_get_error (source) == NULL && text != NULL)
    {
      g_assert (g_utf8_validate (text, -1, NULL));
      g_assert (strlen (text) == cor_source_get_text_length (source));
    }
  g_assert (cor_source_get_label (source) != NULL);
  return 0;
}
