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

/* A row's summary is a sentence a reader can take on its own: the
 * reference statement, or its whole sentence when the statement is a
 * clause that leans on the rest ("during which the two leaders …", ",
 * killing five"), with a leading conjunction or subordinate clause taken
 * off and a dateline dropped. It is never cut short: the window shortens
 * what it shows. */

/* Words that open a clause which cannot stand alone. */
static const char *openers[] = {
  "and", "but", "or", "though", "although", "while", "whereas", "during", "which", "who",
  "whom", "whose", "as", "adding", "saying", "calling", "according", "because", "since",
  "including", "amid", "despite", "that", "than", "so", "nor", "yet", "where", "when",
  "whether", "if", "meanwhile", "however",
};

/* Openers that a sentence may simply drop: "But the …" is "The …". */
static const char *droppable[] = {
  "and", "but", "or", "so", "yet", "nor", "meanwhile", "however",
};

static gsize
first_word (const char *text,
            char       *buf,
            gsize       size)
{
  gsize n = 0;
  const char *p = text;

  while (*p && !g_ascii_isalpha (*p) && (guchar)*p < 0x80)
    p++;
  while (p[n] && g_ascii_isalpha (p[n]) && n + 1 < size)
    {
      buf[n] = g_ascii_tolower (p[n]);
      n++;
    }
  buf[n] = '\0';
  return (p - text) + n;
}

static gboolean
in_list (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
opens_fragment (const char *text)
{
  char word[32];
  gsize n = first_word (text, word, sizeof word);

  if (in_list (word, openers, G_N_ELEMENTS (openers)))
    return TRUE;
  /* ", killing five people": a participle clause of the sentence before. */
  return n > 4 && g_ascii_islower (text[0]) && g_str_has_suffix (word, "ing");
}

/* "BEIJING (Reuters) - ", "WASHINGTON, April 30 (Reuters) -": a dateline
 * before the first sentence of a wire report: a place in capitals, maybe a
 * date, an agency in brackets, and a dash. */
static const char *
skip_dateline (const char *text)
{
  const char *p = text, *close;
  guint capitals = 0;

  while (*p && *p != ',' && *p != '(')
    {
      if (g_ascii_islower (*p))
        return text;
      capitals += g_ascii_isupper (*p);
      p++;
    }
  if (capitals < 3)
    return text;
  if (*p == ',')
    while (*p && *p != '(' && p - text < 40)
      p++;
  if (*p != '(' || (close = strchr (p, ')')) == NULL || close - p > 40)
    return text;
  p = close + 1;
  while (*p == ' ')
    p++;
  if (*p == '-')
    p++;
  else if (g_str_has_prefix (p, "\xe2\x80\x94") || g_str_has_prefix (p, "\xe2\x80\x93"))
    p += 3;
  else
    return text;
  while (*p == ' ')
    p++;
  return *p ? p : text;
}

/* "But the …" → "the …"; "As the quake hit, villagers ran" → "villagers
 * ran": the main clause, when a comma ends the opening one. */
static const char *
skip_opening (const char *text)
{
  char word[32];
  gsize n = first_word (text, word, sizeof word);
  const char *comma;

  if (in_list (word, droppable, G_N_ELEMENTS (droppable)))
    {
      text += n;
      while (*text == ',' || *text == ' ')
        text++;
      return text;
    }
  if (!in_list (word, openers, G_N_ELEMENTS (openers)))
    return text;
  comma = strstr (text, ", ");
  if (comma == NULL || comma - text > 160 || strlen (comma + 2) < 20)
    return text;
  return comma + 2;
}

static void
capitalize (GString *s)
{
  gunichar first = g_utf8_get_char (s->str);
  char buf[8];
  int n;

  if (!g_unichar_islower (first))
    return;
  n = g_unichar_to_utf8 (g_unichar_toupper (first), buf);
  g_string_erase (s, 0, g_utf8_next_char (s->str) - s->str);
  g_string_insert_len (s, 0, buf, n);
}

/* "Officials say that the quake …" → "Officials say the quake …": a "that"
 * right after the first words reads as a clause cut from its sentence. */
static void
drop_early_that (GString *s)
{
  const char *p = s->str;

  for (guint w = 0; w < 3 && *p; w++)
    {
      const char *end = p;

      while (*end && *end != ' ')
        end++;
      if (w > 0 && end - p == 4 && g_ascii_strncasecmp (p, "that", 4) == 0 && *end == ' ')
        {
          g_string_erase (s, p - s->str, 5);
          return;
        }
      p = *end ? end + 1 : end;
    }
}

char *
cor_summary_from_text (const char *text)
{
  g_autoptr(GString) s = NULL;
  const char *start;

  g_return_val_if_fail (text != NULL, NULL);

  start = skip_dateline (text);
  for (guint i = 0; i < 3; i++)
    {
      const char *next = skip_opening (start);

      if (next == start)
        break;
      start = next;
    }
  while (*start == ' ' || *start == '"' || *start == ',')
    start++;
  s = g_string_new (*start ? start : text);
  g_strchomp (s->str);
  s->len = strlen (s->str);
  capitalize (s);
  drop_early_that (s);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

char *
cor_summary_from_statement (const CorStatement *statement)
{
  const char *text;

  g_return_val_if_fail (statement != NULL, NULL);

  text = statement->text;
  if (statement->sentence != NULL && (opens_fragment (text) || statement->start > statement->sentence_start))
    text = statement->sentence;
  return cor_summary_from_text (text);
}
