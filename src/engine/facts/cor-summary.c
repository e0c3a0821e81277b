/* cor-summary.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-summary"

#include "config.h"

#include <string.h>

#include "cor-summary.h"

/* The words that attribute a sentence; the summary states the fact and the
 * cells say who claims it. */
static const char *lead_verbs[] = { " said that ", " says that ", " said ", " says ", " told " };
static const char *pronouns[] = { "he ", "she ", "they ", "it ", "we ", "i ", "his ", "her ", "its " };

static gboolean
starts_with_pronoun (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (pronouns); i++)
    if (g_ascii_strncasecmp (text, pronouns[i], strlen (pronouns[i])) == 0)
      return TRUE;
  return FALSE;
}

static guint
count_spaces (const char *start,
              const char *end)
{
  guint n = 0;

  for (; start < end; start++)
    n += *start == ' ';
  return n;
}

/* "According to the ministry, X" → "X"; "Officials said X" → "X". */
static const char *
skip_lead (const char *text)
{
  const char *comma;

  if (g_ascii_strncasecmp (text, "according to ", 13) == 0 && (comma = strchr (text, ',')) != NULL
      && count_spaces (text, comma) <= 10 && !starts_with_pronoun (comma + 2))
    return comma + 2;
  for (guint i = 0; i < G_N_ELEMENTS (lead_verbs); i++)
    {
      const char *verb = strstr (text, lead_verbs[i]);
      const char *rest;

      if (verb == NULL || count_spaces (text, verb) >= 5 || memchr (text, ',', verb - text))
        continue;
      rest = verb + strlen (lead_verbs[i]);
      if (g_str_has_prefix (rest, "on ") || starts_with_pronoun (rest) || !g_ascii_isalpha (*rest))
        return text;
      return rest;
    }
  return text;
}

/* "…,” the ministry said." → "…”." */
static void
drop_tail (GString *s)
{
  static const char *closers[] = { ",\xe2\x80\x9d ", ",\" " };

  for (guint i = 0; i < G_N_ELEMENTS (closers); i++)
    {
      const char *at = g_strrstr (s->str, closers[i]);

      if (at != NULL && count_spaces (at, s->str + s->len) <= 5)
        {
          gsize pos = at - s->str;

          g_string_truncate (s, pos);
          g_string_append (s, i == 0 ? "\xe2\x80\x9d" : "\"");
          return;
        }
    }
}

static void
shorten (GString *s,
         gsize    max_chars)
{
  const char *cut;
  const char *space;

  if (g_utf8_strlen (s->str, -1) <= (glong)max_chars)
    return;
  cut = g_utf8_offset_to_pointer (s->str, max_chars - 1);
  g_string_truncate (s, cut - s->str);
  space = strrchr (s->str, ' ');
  if (space != NULL && space - s->str > (gssize)(s->len / 2))
    g_string_truncate (s, space - s->str);
  while (s->len && strchr (",;: ", s->str[s->len - 1]))
    g_string_truncate (s, s->len - 1);
  g_string_append (s, "…");
}

char *
cor_summary_from_text (const char *text,
                       gsize       max_chars)
{
  g_autoptr(GString) s = NULL;
  gunichar first;
  char buf[8];

  g_return_val_if_fail (text != NULL, NULL);

  s = g_string_new (skip_lead (text));
  drop_tail (s);
  first = g_utf8_get_char (s->str);
  if (g_unichar_islower (first))
    {
      int n = g_unichar_to_utf8 (g_unichar_toupper (first), buf);

      g_string_erase (s, 0, g_utf8_next_char (s->str) - s->str);
      g_string_insert_len (s, 0, buf, n);
    }
  shorten (s, max_chars);
  return g_string_free (g_steal_pointer (&s), FALSE);
}
