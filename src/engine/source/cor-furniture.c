/* cor-furniture.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cor-furniture.h"
#include "cor-source.h"

/* How many lines at either end of a report may hold its date. */
#define EDGE_LINES 8

/* Lines a web page puts around an article: section heads of link lists,
 * share bars, advertising slots, wire-copy end marks, relative times,
 * credits. Written as patterns of the interface's vocabulary, not of any
 * outlet's wording. */
static const char *furniture_pattern =
  "^(?:"
  "(?:recommended|related|suggested|trending|popular|latest|top|more|other|editor'?s'? picks?"
  "|most (?:read|popular|viewed|shared|watched))"
  "(?: (?:stories|story|articles?|news|posts?|videos?|reads?|content|links|topics|headlines|from .{1,30}"
  "|on .{1,30}|in .{1,30}))?"
  "|related\\s*:.*"
  "|(?:also )?(?:read|see|watch|listen)(?: (?:more|also|next|now|live|here|the full story|full story|this))?"
  "(?:\\s*[:|»›>-].*)?"
  "|advertisement|advert|ad|sponsored(?: content)?|paid (?:content|post)|story continues(?: below)?.*"
  "|continue reading.*|scroll (?:down )?to continue.*|skip (?:to|ad|advert).*"
  "|share(?: this)?(?: (?:article|story|page|post|video))?(?: on .{1,20}| via .{1,20})?"
  "|tweet|e-?mail|print|copy(?: link)?|link copied|comments?(?: \\(\\d+\\))?|\\d+ comments?"
  "|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|flipboard"
  "|subscribe(?: now)?|sign (?:up|in)(?: .{0,40})?|log ?in|follow us(?: on .{1,30})?"
  "|tune in(?: .{0,30})?|watch live|live(?: tv| updates| now)?|on air|listen(?: to (?:this|the) .{1,20})?"
  "|click here.*|(?:image|photo(?:graph)?|picture|pictured|video)(?: source| caption| credit)?\\s*:.*"
  "|[·•|]?\\s*\\d+\\s*min(?:ute)?s?\\s+read"
  "|(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?\\d{4}.*|all rights reserved.*"
  "|[-–—(\\s]*ends?[-–—)\\s.]*"
  "|(?:updated\\s+)?(?:\\d+|an?|one)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)"
  "\\s+ago|just now"
  "|\\d+ (?:of|/) \\d+|page \\d+(?: of \\d+)?"
  "|(?:[\\p{L}&' ]{1,20}\\s*[|•·]\\s*){2,}[\\p{L}&' ]{1,20}"
  "|[\\p{P}\\p{S}\\s]*"
  ")$";

/* A caption that ends with its credit: "… on Monday. Photograph: Lee Roe
 * for the Sentinel", "… on Tuesday (Courier photo)". Searched apart from
 * the furniture pattern, and only in a line that names a picture, so that
 * a paragraph is not scanned to its end for each of them. */
static const char *caption_pattern =
  "(?:[.!?]\\s+(?:photograph|photo|picture|image)(?: credit)?\\s*:\\s*[^.!?]{2,80}"
  "|\\((?:[^()]{1,40}\\s)?(?:photo|photograph|archive|file photo)\\)"
  "|\\((?:photo|photograph|image|picture)\\s*:[^()]{1,60}\\))$";

/* Screen-reader texts of list widgets, which copying a page keeps and
 * often glues to the line around them. */
static const char *list_marker_pattern = "list of \\d+ items?|end of list";

/* A short line that labels the next one: "Published By:", "Updated on". */
static const char *label_pattern = "^[\\p{L} ]{0,30}\\b(by|on|at)\\s*:?$";

/* "Published By: Jane Roe" on one line. */
static const char *credit_pattern =
  "^(?:published|written|reported|edited|posted|compiled|story|words|text|report)\\s+by\\s*:?\\s*(.{2,60})$";

typedef struct
{
  GRegex *furniture;
  GRegex *caption;
  GRegex *list_marker;
  GRegex *label;
  GRegex *credit;
} Patterns;

static const Patterns *
patterns (void)
{
  static Patterns *p;

  if (g_once_init_enter (&p))
    {
      Patterns *n = g_new0 (Patterns, 1);
      GRegexCompileFlags flags = G_REGEX_CASELESS | G_REGEX_OPTIMIZE;

      n->furniture = g_regex_new (furniture_pattern, flags, 0, NULL);
      n->caption = g_regex_new (caption_pattern, flags, 0, NULL);
      n->list_marker = g_regex_new (list_marker_pattern, flags, 0, NULL);
      n->label = g_regex_new (label_pattern, flags, 0, NULL);
      n->credit = g_regex_new (credit_pattern, flags, 0, NULL);
      g_assert (n->furniture && n->caption && n->list_marker && n->label && n->credit);
      g_once_init_leave (&p, n);
    }
  return p;
}

/* A key under which two copies of a paragraph compare equal, whatever
 * their quotes, case and spacing. */
static char *
paragraph_key (const char *line)
{
  GString *key = g_string_sized_new (strlen (line));
  gboolean space = FALSE;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar)*p;

      /* ASCII needs no decoding; g_unichar_isspace()'s ASCII spaces. */
      if (c < 0x80)
        {
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
            {
              space = key->len > 0;
              continue;
            }
          if (space)
            g_string_append_c (key, ' ');
          space = FALSE;
          g_string_append_c (key, g_ascii_tolower (c));
          continue;
        }
      c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        {
          space = key->len > 0;
          continue;
        }
      if (c == 0x2018 || c == 0x2019 || c == 0x2032)
        c = '\'';
      else if (c == 0x201c || c == 0x201d || c == 0x2033)
        c = '"';
      else if (c == 0x2013 || c == 0x2014)
        c = '-';
      if (space)
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, g_unichar_tolower (c));
    }
  while (key->len > 0 && g_ascii_ispunct (key->str[key->len - 1]))
    g_string_truncate (key, key->len - 1);
  return g_string_free (key, FALSE);
}

static guint
word_count (const char *line)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = line; *p; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

static gboolean
ends_sentence (const char *line)
{
  gsize n = strlen (line);

  return n > 0 && strchr (".!?\"'", line[n - 1]) != NULL;
}

/* Takes the date of a metadata line; an update's date counts only when
 * nothing says when the report was published. */
static void
offer_date (CorMetadata  *meta,
            char        **updated,
            char         *date,
            gboolean      is_update)
{
  if (is_update)
    cor_metadata_offer (updated, date);
  else
    cor_metadata_offer_published (meta, date, COR_PUBLISHED_FROM_TEXT);
  g_free (date);
}

typedef struct
{
  CorMetadata   *meta;
  char          *updated;
  char          *label;     /* "by", "on" or "at" from the line before */
  gboolean       label_update;
  gboolean       plain;
} Cleaner;

/* Cheap tests that rule a line out before a pattern is run on it: most
 * lines of a report are paragraphs that no pattern matches. Each is only
 * a necessary condition of its pattern. */

/* label_pattern: the line ends with "by", "on" or "at", then maybe ":".
 * A line that ends outside ASCII may end in a space of another script,
 * which the pattern's \s takes: the pattern decides. */
static gboolean
may_be_label (const char *line)
{
  gsize n = strlen (line);

  if (n > 0 && (line[n - 1] == ':' || (guchar)line[n - 1] >= 0x80))
    return TRUE;
  if (n < 2)
    return FALSE;
  return g_ascii_strcasecmp (line + n - 2, "by") == 0 || g_ascii_strcasecmp (line + n - 2, "on") == 0
         || g_ascii_strcasecmp (line + n - 2, "at") == 0;
}

/* credit_pattern: the line opens with one of its verbs. A letter outside
 * ASCII may match one inside caselessly ("ſ" and "s"): then the pattern
 * decides. */
static gboolean
may_be_credit (const char *line)
{
  static const char *openers[] = {
    "published", "written", "reported", "edited", "posted", "compiled", "story", "words",
    "text", "report",
  };

  for (guint i = 0; line[i] != '\0' && i < 12; i++)
    if ((guchar)line[i] >= 0x80)
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    if (g_ascii_strncasecmp (line, openers[i], strlen (openers[i])) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @line holds a word a picture's credit uses. */
static gboolean
names_picture (const char *line)
{
  static const char *words[] = { "photo", "image", "picture", "archive" };

  for (const char *p = line; *p; p++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      if (g_ascii_strncasecmp (p, words[i], strlen (words[i])) == 0)
        return TRUE;
  return FALSE;
}

/* Whether @line (in place, may be shortened) is metadata or furniture. */
static gboolean
is_metadata_or_furniture (Cleaner *c,
                          char    *line,
                          guint    index,
                          guint    n_lines)
{
  const Patterns *p = patterns ();
  g_autofree char *label = g_steal_pointer (&c->label);
  gboolean at_edge = index < EDGE_LINES || index + EDGE_LINES >= n_lines;
  g_autoptr(GMatchInfo) match = NULL;
  gboolean is_update = FALSE;
  char *value;

  if (label != NULL && g_ascii_strcasecmp (label, "by") == 0 && word_count (line) <= 6
      && !ends_sentence (line))
    {
      cor_metadata_offer (&c->meta->byline, line);
      return TRUE;
    }
  if ((value = cor_metadata_date_line (line, &is_update)) != NULL)
    {
      /* Inside the body a date alone on a line heads a section of a
       * timeline: it stays. */
      if (label == NULL && !at_edge)
        {
          g_free (value);
          return FALSE;
        }
      offer_date (c->meta, &c->updated, value, label ? c->label_update : is_update);
      return TRUE;
    }
  /* "Published 14 October, 17:42 GMT": no year to date the report by. */
  if (cor_metadata_yearless_date_line (line))
    return TRUE;
  if (may_be_label (line) && g_regex_match (p->label, line, 0, &match) && word_count (line) <= 4)
    {
      c->label = g_match_info_fetch (match, 1);
      c->label_update = strstr (line, "pdat") != NULL;
      return TRUE;
    }
  g_clear_pointer (&match, g_match_info_free);
  if (may_be_credit (line) && g_regex_match (p->credit, line, 0, &match))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);

      cor_metadata_offer (&c->meta->byline, name);
      return TRUE;
    }
  if (index < EDGE_LINES && (value = cor_metadata_byline (line)) != NULL)
    {
      cor_metadata_offer (&c->meta->byline, value);
      g_free (value);
      return TRUE;
    }
  return g_regex_match (p->furniture, line, 0, NULL) || (names_picture (line) && g_regex_match (p->caption, line, 0, NULL));
}

/* Strips a labelled date that opens the text ("date 2026-02-05 Text…"). */
static char *
strip_date_prefix (Cleaner    *c,
                   const char *line)
{
  const char *rest = NULL;
  char *date = cor_metadata_date_prefix (line, &rest);

  if (date == NULL)
    return g_strdup (line);
  offer_date (c->meta, &c->updated, date, FALSE);
  return g_strdup (rest);
}

/* The bullet of a list's item ("- The ferry was licensed …", "• …"): the
 * item is the sentence. */
static const char *
past_bullet (const char *line)
{
  static const char *bullets[] = { "- ", "* ", "\u2022 ", "\u00b7 ", "\u2013 ", "\u25aa " };

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (line, bullets[i]))
      {
        const char *rest = line + strlen (bullets[i]), *digits;

        while (*rest == ' ')
          rest++;
        digits = rest;
        while (g_ascii_isdigit (*digits) || (*digits == ',' && g_ascii_isdigit (digits[1])))
          digits++;
        /* "- 47 people were hurt", not a numbered item ("• 9. The first
         * item"), whose bullet stays with it. */
        if (g_unichar_isalpha (g_utf8_get_char (rest)) || *rest == '"' || g_str_has_prefix (rest, "\u201c")
            || (digits > rest && *digits == ' '))
          return rest;
      }
  return line;
}

static char *
strip_list_markers (const char *line)
{
  const Patterns *p = patterns ();

  line = past_bullet (line);
  if (strstr (line, "list") == NULL && strstr (line, "List") == NULL)
    return g_strdup (line);
  return g_strstrip (g_regex_replace_literal (p->list_marker, line, -1, 0, "", 0, NULL));
}

static GPtrArray *
split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p)
    {
      const char *nl = strchr (p, '\n');
      gsize n = nl ? (gsize)(nl - p) : strlen (p);
      char *line = g_strstrip (g_strndup (p, n));

      if (*line != '\0')
        g_ptr_array_add (lines, line);
      else
        g_free (line);
      p += n + (nl ? 1 : 0);
    }
  return lines;
}

/* Drops a paragraph seen before, and a headline the next paragraph
 * repeats as its opening words. */
static GPtrArray *
drop_repeats (GPtrArray   *lines,
              CorMetadata *meta)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *next_key = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      char *line = g_ptr_array_index (lines, i);
      g_autofree char *key = next_key ? g_steal_pointer (&next_key) : paragraph_key (line);

      if (i + 1 < lines->len)
        next_key = paragraph_key (g_ptr_array_index (lines, i + 1));

      if (g_hash_table_contains (seen, key))
        continue;
      if (next_key != NULL && strlen (key) >= 20 && strlen (next_key) > strlen (key)
          && g_str_has_prefix (next_key, key))
        {
          if (i < 3 && !ends_sentence (line))
            cor_metadata_offer (&meta->title, line);
          continue;
        }
      g_hash_table_add (seen, g_steal_pointer (&key));
      g_ptr_array_add (kept, g_steal_pointer (&lines->pdata[i]));
    }
  return kept;
}

char *
cor_furniture_clean (const char  *text,
                     CorMetadata *meta,
                     gboolean     plain)
{
  g_autoptr(GPtrArray) lines = split_lines (text);
  g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) kept = NULL;
  Cleaner c = { meta, NULL, NULL, FALSE, plain };
  GString *out;

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = strip_list_markers (g_ptr_array_index (lines, i));

      if (*line == '\0' || is_metadata_or_furniture (&c, line, i, lines->len))
        continue;
      if (body->len < 3)
        {
          char *stripped = strip_date_prefix (&c, line);

          g_free (line);
          line = stripped;
          {
            g_autofree char *outlet = cor_metadata_dateline_outlet (line);

            cor_metadata_offer (&meta->outlet, outlet);
          }
        }
      g_ptr_array_add (body, g_steal_pointer (&line));
    }

  cor_metadata_offer_published (meta, c.updated, COR_PUBLISHED_FROM_TEXT);
  g_free (c.updated);
  g_free (c.label);

  kept = drop_repeats (body, meta);
  if (plain && kept->len > 1)
    {
      const char *first = g_ptr_array_index (kept, 0);

      if (strlen (first) <= 200 && word_count (first) <= 25 && !ends_sentence (first))
        cor_metadata_offer (&meta->title, first);
    }

  out = g_string_new (NULL);
  for (guint i = 0; i < kept->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, g_ptr_array_index (kept, i));
    }
  return g_string_free (out, FALSE);
}
