/* cor-article.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cor-article.h"

/* Below this many lines a text is too short to call a list. */
#define MIN_LIST_LINES 6

static gboolean
is_json (const char *raw,
         gsize       length)
{
  g_autoptr(JsonParser) parser = NULL;
  gsize start = 0;

  while (start < length && g_ascii_isspace (raw[start]))
    start++;
  if (start == length || (raw[start] != '{' && raw[start] != '['))
    return FALSE;
  if (!g_utf8_validate_len (raw, length, NULL))
    return FALSE;
  parser = json_parser_new_immutable ();
  return json_parser_load_from_data (parser, raw, length, NULL);
}

/* A line that ends as a sentence does, closing quotes and brackets aside. */
static gboolean
ends_sentence (const char *line,
               gsize       length)
{
  const char *end = line + length;

  while (end > line)
    {
      const char *prev = g_utf8_find_prev_char (line, end);
      gunichar c = g_utf8_get_char (prev);

      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_FINAL_PUNCTUATION
          || g_unichar_type (c) == G_UNICODE_CLOSE_PUNCTUATION || c == '"' || c == '\'')
        {
          end = prev;
          continue;
        }
      return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0x061F;
    }
  return FALSE;
}

static gboolean
is_link (const char *line)
{
  while (g_ascii_isspace (*line) || *line == '-' || *line == '*')
    line++;
  return g_str_has_prefix (line, "http://") || g_str_has_prefix (line, "https://")
         || g_str_has_prefix (line, "www.");
}

/* "key": value, as data has on every line and prose on almost none. */
static gboolean
is_key_value (const char *line)
{
  const char *close;

  while (g_ascii_isspace (*line))
    line++;
  if (*line != '"' || (close = strchr (line + 1, '"')) == NULL)
    return FALSE;
  return close[1] == ':';
}

typedef struct
{
  guint lines;
  guint sentences;
  guint links;
  guint data;
} LineCounts;

static LineCounts
count_lines (const char *text)
{
  const char *end = text + strlen (text);
  LineCounts counts = { 0, };

  /* Line by line with memchr(), not g_strsplit(): its strstr() made
   * AddressSanitizer read the rest of the text at every line, minutes for
   * a report of a few megabytes in the sanitizer build. */
  for (const char *p = text; p != NULL;)
    {
      const char *nl = memchr (p, '\n', end - p);
      g_autofree char *line = g_strndup (p, (nl != NULL ? nl : end) - p);

      p = nl != NULL ? nl + 1 : NULL;
      g_strstrip (line);
      if (line[0] == '\0')
        continue;
      counts.lines++;
      counts.sentences += ends_sentence (line, strlen (line));
      counts.links += is_link (line);
      counts.data += is_key_value (line);
    }
  return counts;
}

const char *
cor_article_check (const char *raw,
                   gsize       raw_length,
                   const char *text)
{
  LineCounts counts;

  if (raw != NULL && is_json (raw, raw_length))
    return _("This file holds JSON data, not an article.");
  if (text == NULL)
    return NULL;

  counts = count_lines (text);
  if (counts.lines > 0 && counts.data * 2 >= counts.lines)
    return _("This file holds data, not an article.");
  if (counts.lines >= MIN_LIST_LINES / 2 && counts.links * 2 >= counts.lines)
    return _("This page is mostly links, not an article.");
  /* An article has sentences; a listing is line after line of headlines. */
  if (counts.lines >= MIN_LIST_LINES && counts.sentences * 4 < counts.lines)
    return _("This looks like a list of headlines or links, not an article.");
  return NULL;
}
