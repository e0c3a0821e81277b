/* cor-export-bidi.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-export"

#include "config.h"

#include <string.h>
#include <unicode/uchar.h>

#include "cor-export-bidi.h"

gboolean
cor_export_bidi_is_control (gunichar c)
{
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

static gboolean
is_right_to_left (gunichar c)
{
  UCharDirection direction;

  if (c < 0x0590)
    return FALSE;
  direction = u_charDirection ((UChar32) c);
  return direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC;
}

/* Whether @text has right-to-left letters, and whether it has controls. */
static void
scan (const char *text,
      gboolean   *right_to_left,
      gboolean   *controls)
{
  *right_to_left = *controls = FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      gunichar c;

      /* Most report text is ASCII: no decoding, no Unicode tables. */
      if ((guchar) *p < 0x80)
        continue;
      c = g_utf8_get_char (p);
      *controls = *controls || cor_export_bidi_is_control (c);
      *right_to_left = *right_to_left || is_right_to_left (c);
      p = g_utf8_next_char (p) - 1;
    }
}

void
cor_export_bidi_isolate (GString    *out,
                         const char *text,
                         gboolean    always)
{
  gboolean right_to_left, controls;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  scan (text, &right_to_left, &controls);
  if (always || right_to_left || controls)
    g_string_append (out, COR_EXPORT_BIDI_FSI);
  if (!controls)
    g_string_append (out, text);
  for (const char *p = text; controls && *p != '\0'; p = g_utf8_next_char (p))
    if (!cor_export_bidi_is_control (g_utf8_get_char (p)))
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
  if (always || right_to_left || controls)
    g_string_append (out, COR_EXPORT_BIDI_PDI);
}
