/* cor-markdown.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cor-markdown.h"

/* Markdown to plain text: the words stay, the markup goes. Paragraphs
 * that Markdown wraps over several lines become one line each. */

typedef struct
{
  GRegex *image;
  GRegex *link;
  GRegex *ref_link;
  GRegex *emphasis;
  GRegex *code;
  GRegex *tag;
  GRegex *heading;
  GRegex *list_item;
  GRegex *rule;
  GRegex *ref_def;
} Markup;

static const Markup *
markup (void)
{
  static Markup *m;

  if (g_once_init_enter (&m))
    {
      Markup *n = g_new0 (Markup, 1);
      GRegexCompileFlags flags = G_REGEX_OPTIMIZE;

      n->image = g_regex_new ("!\\[[^\\]]*\\]\\([^)]*\\)", flags, 0, NULL);
      n->link = g_regex_new ("\\[([^\\]]*)\\]\\([^)]*\\)", flags, 0, NULL);
      n->ref_link = g_regex_new ("\\[([^\\]]*)\\]\\[[^\\]]*\\]", flags, 0, NULL);
      n->emphasis = g_regex_new ("(\\*\\*|__|\\*|~~|(?<![\\p{L}\\d])_)(?=\\S)(.+?)(?<=\\S)\\1", flags, 0, NULL);
      n->code = g_regex_new ("`+([^`]*)`+", flags, 0, NULL);
      n->tag = g_regex_new ("</?[a-zA-Z][^>]*>", flags, 0, NULL);
      n->heading = g_regex_new ("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$", flags, 0, NULL);
      n->list_item = g_regex_new ("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+", flags, 0, NULL);
      n->rule = g_regex_new ("^\\s{0,3}(?:[-*_]\\s*){3,}$|^\\s*(?:=+|-+)\\s*$", flags, 0, NULL);
      n->ref_def = g_regex_new ("^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$", flags, 0, NULL);
      g_once_init_leave (&m, n);
    }
  return m;
}

static char *
replace (GRegex     *regex,
         char       *text,
         const char *replacement)
{
  char *result = g_regex_replace (regex, text, -1, 0, replacement, 0, NULL);

  if (result == NULL)
    return text;
  g_free (text);
  return result;
}

static char *
strip_inline (const char *line)
{
  const Markup *m = markup ();
  char *text = g_strdup (line);

  text = replace (m->image, text, "");
  text = replace (m->link, text, "\\1");
  text = replace (m->ref_link, text, "\\1");
  text = replace (m->code, text, "\\1");
  text = replace (m->emphasis, text, "\\2");
  text = replace (m->tag, text, "");
  return text;
}

/* Whether @line starts a block of its own rather than continuing the
 * paragraph above it. */
static gboolean
starts_block (const char *line)
{
  const Markup *m = markup ();

  while (*line == ' ' || *line == '\t')
    line++;
  return g_regex_match (m->heading, line, 0, NULL) || g_regex_match (m->list_item, line, 0, NULL)
         || *line == '>';
}

char *
cor_markdown_to_text (const char  *text,
                      CorMetadata *meta)
{
  const Markup *m = markup ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  gboolean in_paragraph = FALSE, in_fence = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      g_autofree char *trimmed = g_strstrip (g_strdup (line));
      g_autofree char *plain = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (g_str_has_prefix (trimmed, "```") || g_str_has_prefix (trimmed, "~~~"))
        {
          in_fence = !in_fence;
          continue;
        }
      if (!in_fence && (g_regex_match (m->rule, line, 0, NULL) || g_regex_match (m->ref_def, line, 0, NULL)
                        || *trimmed == '\0'))
        {
          if (in_paragraph)
            g_string_append_c (out, '\n');
          in_paragraph = FALSE;
          continue;
        }
      if (in_fence || starts_block (line))
        {
          if (in_paragraph)
            g_string_append_c (out, '\n');
          in_paragraph = FALSE;
        }
      if (!in_fence && g_regex_match (m->heading, line, 0, &match))
        {
          g_autofree char *heading = g_match_info_fetch (match, 1);

          plain = strip_inline (heading);
          if (meta->title == NULL && plain[0] != '\0')
            cor_metadata_offer (&meta->title, plain);
          g_string_append_printf (out, "%s\n", plain);
          continue;
        }
      if (!in_fence)
        {
          g_autofree char *body = g_regex_replace_literal (m->list_item, line, -1, 0, "", 0, NULL);

          while (body[0] == '>' || body[0] == ' ')
            memmove (body, body + 1, strlen (body));
          plain = strip_inline (body);
        }
      else
        plain = g_strdup (line);
      if (in_paragraph)
        g_string_append_c (out, ' ');
      g_string_append (out, g_strstrip (plain));
      in_paragraph = !in_fence;
      if (in_fence)
        g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
