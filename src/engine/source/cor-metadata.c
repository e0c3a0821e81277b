/* cor-metadata.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cor-metadata.h"

void
cor_metadata_clear (CorMetadata *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->outlet, g_free);
  g_clear_pointer (&meta->byline, g_free);
  g_clear_pointer (&meta->published, g_free);
  meta->published_from = NULL;
  g_clear_pointer (&meta->language, g_free);
}

gboolean
cor_metadata_offer (char       **field,
                    const char  *value)
{
  g_autofree char *copy = NULL;

  if (*field != NULL || value == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (value));
  if (*copy == '\0' || !g_utf8_validate (copy, -1, NULL))
    return FALSE;

  *field = g_steal_pointer (&copy);
  return TRUE;
}

gboolean
cor_metadata_offer_published (CorMetadata *meta,
                              const char  *date,
                              const char  *origin)
{
  if (!cor_metadata_offer (&meta->published, date))
    return FALSE;
  meta->published_from = origin;
  return TRUE;
}

#define MONTH "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
              "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
#define DAY   "(\\d{1,2})(?:st|nd|rd|th)?"
#define YEAR  "((?:19|20)\\d{2})"

typedef enum { ORDER_YMD, ORDER_MDY, ORDER_DMY, ORDER_NUMERIC } Order;

typedef struct
{
  const char *pattern;
  Order       order;
} DatePattern;

static const DatePattern date_patterns[] = {
  { "(?<![\\d.])" YEAR "[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)", ORDER_YMD },
  { "\\b" MONTH "\\s+" DAY ",?\\s+" YEAR "\\b", ORDER_MDY },
  { "\\b" DAY "\\s+(?:of\\s+)?" MONTH ",?\\s+" YEAR "\\b", ORDER_DMY },
  { "(?<![\\d.])(\\d{1,2})[/.](\\d{1,2})[/.]" YEAR "\\b", ORDER_NUMERIC },
  { "(?<![\\d./])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])", ORDER_NUMERIC },
};

/* Words a line may hold besides a date and still be only a date line. */
static const char *date_line_words =
  "^(?:published|publish|posted|updated?|last|first|modified|created|issued|on|at|date|dated|online"
  "|time|and|am|pm|a\\.m|p\\.m|[a-z]{3}\\.?|mon|tues|wednes|thurs|fri|satur|sun|monday|tuesday"
  "|wednesday|thursday|friday|saturday|sunday|thur|thu|tue|wed|sat|gmt|utc|bst|cet|cest|est|edt"
  "|pst|pdt|cst|cdt|ist|jst|aest|aedt|acst|awst|nzst|nzdt|sast|cat|eat|wat|msk|hkt|sgt|pht|wib|et|pt|uk|local"
  "|time)$";

static GRegex *
date_regex (guint i)
{
  static GRegex *regexes[G_N_ELEMENTS (date_patterns)];

  if (g_once_init_enter (&regexes[i]))
    g_once_init_leave (&regexes[i], g_regex_new (date_patterns[i].pattern,
                                                 G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
                                                 0, NULL));
  return regexes[i];
}

static GRegex *
static_regex (GRegex     **slot,
              const char  *pattern,
              GRegexCompileFlags flags)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, flags | G_REGEX_OPTIMIZE, 0, NULL));
  return *slot;
}

static int
month_number (const char *word)
{
  static const char *months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec" };

  for (int i = 0; i < 12; i++)
    if (g_ascii_strncasecmp (word, months[i], 3) == 0)
      return i + 1;
  return 0;
}

static char *
make_date (int y,
           int m,
           int d)
{
  if (!g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

static char *
date_from_match (GMatchInfo *match,
                 Order       order)
{
  g_autofree char *a = g_match_info_fetch (match, 1);
  g_autofree char *b = g_match_info_fetch (match, 2);
  g_autofree char *c = g_match_info_fetch (match, 3);
  int x = atoi (a), y = atoi (b);

  switch (order)
    {
    case ORDER_YMD:
      return make_date (x, y, atoi (c));
    case ORDER_MDY:
      return make_date (atoi (c), month_number (a), y);
    case ORDER_DMY:
      return make_date (atoi (c), month_number (b), x);
    case ORDER_NUMERIC:
      {
        /* Two-digit years are this century's; day first only when the
         * first number cannot be a month. */
        int year = strlen (c) == 2 ? 2000 + atoi (c) : atoi (c);

        return x > 12 ? make_date (year, y, x) : make_date (year, x, y);
      }
    default:
      return NULL;
    }
}

/* The earliest date in @text, with its byte span. */
static char *
find_date (const char *text,
           int        *start,
           int        *end)
{
  char *best = NULL;
  int best_start = G_MAXINT, best_end = 0;

  for (guint i = 0; i < G_N_ELEMENTS (date_patterns); i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      int s, e;

      if (!g_regex_match (date_regex (i), text, 0, &match))
        continue;
      g_match_info_fetch_pos (match, 0, &s, &e);
      if (s < best_start)
        {
          char *date = date_from_match (match, date_patterns[i].order);

          if (date != NULL)
            {
              g_free (best);
              best = date;
              best_start = s;
              best_end = e;
            }
        }
    }
  if (start != NULL)
    *start = best_start;
  if (end != NULL)
    *end = best_end;
  return best;
}

char *
cor_metadata_parse_date (const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  return find_date (text, NULL, NULL);
}

/* Whether @rest (what is left of a line once its date is gone) holds only
 * labels, weekdays, times and time zones. */
static gboolean
only_date_words (const char *rest)
{
  static GRegex *times, *words;
  g_autofree char *lower = g_utf8_strdown (rest, -1);
  g_autofree char *stripped = NULL;
  g_auto(GStrv) tokens = NULL;

  static_regex (&times, "\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?"
                "|[+-]\\d{2}:?\\d{2}\\b", 0);
  static_regex (&words, date_line_words, 0);
  stripped = g_regex_replace_literal (times, lower, -1, 0, " ", 0, NULL);
  tokens = g_regex_split_simple ("[^\\p{L}.]+", stripped, 0, 0);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      char *t = tokens[i];
      gsize n = strlen (t);

      while (n > 0 && t[n - 1] == '.')
        t[--n] = '\0';
      if (n == 0)
        continue;
      if (!g_regex_match (words, t, 0, NULL))
        return FALSE;
    }
  return TRUE;
}

/* Whether @before is a short label and a separator, and nothing else. */
static gboolean
section_label (const char *before)
{
  static GRegex *label;

  static_regex (&label, "^\\s*\\p{L}[\\p{L}&' ]{0,28}\\s*[|\u2022\u00b7]\\s*$", 0);
  return g_regex_match (label, before, 0, NULL);
}

char *
cor_metadata_date_line (const char *line,
                        gboolean   *is_update)
{
  g_autofree char *date = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *before = NULL;
  int start, end;

  if (strlen (line) > 120)
    return NULL;
  date = find_date (line, &start, &end);
  if (date == NULL)
    return NULL;

  before = g_ascii_strdown (line, start);
  rest = g_strconcat (before, " ", line + end, NULL);
  /* A section's name before a bar ("SECURITY | 12 March 2025",
   * "World news · 3 May 2024") labels the date line, as "Published" does. */
  if (!only_date_words (rest)
      && !(section_label (before) && only_date_words (line + end)))
    return NULL;

  if (is_update != NULL)
    *is_update = (strstr (before, "updat") != NULL || strstr (before, "modif") != NULL)
                 && strstr (before, "publish") == NULL && strstr (before, "posted") == NULL;
  return g_steal_pointer (&date);
}

gboolean
cor_metadata_yearless_date_line (const char *line)
{
  static GRegex *label, *day_month, *months;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *rest = NULL;
  int label_end;

  if (strlen (line) > 120)
    return FALSE;
  static_regex (&label, "^(?:[\\p{L}&' ]{1,30}\\s*[|\u2022\u00b7]\\s*)?(?:first\\s+|last\\s+)?"
                "(?:published|posted|updated)\\b\\s*:?\\s*(?:on\\s+)?", G_REGEX_CASELESS);
  static_regex (&day_month, "^(?:" DAY "\\s+(?:of\\s+)?" MONTH "|" MONTH "\\s+" DAY ")(?![\\p{L}\\d])",
                G_REGEX_CASELESS);
  static_regex (&months, "\\b" MONTH "(?!\\p{L})", G_REGEX_CASELESS);
  if (!g_regex_match (label, line, 0, &match))
    return FALSE;
  g_match_info_fetch_pos (match, 0, NULL, &label_end);
  if (!g_regex_match (day_month, line + label_end, 0, NULL))
    return FALSE;
  /* What is left once the months are gone: labels, times, zones. */
  rest = g_regex_replace_literal (months, line + label_end, -1, 0, " ", 0, NULL);
  return rest != NULL && only_date_words (rest);
}

char *
cor_metadata_date_prefix (const char  *line,
                          const char **rest)
{
  static GRegex *label;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *date = NULL;
  g_autofree char *head = NULL;
  const char *after;
  int start, end, label_end;

  static_regex (&label, "^\\s*(?:date|dated|published|posted|updated)\\s*:?\\s*", G_REGEX_CASELESS);
  if (!g_regex_match (label, line, 0, &match))
    return NULL;
  g_match_info_fetch_pos (match, 0, NULL, &label_end);
  /* A date is short: look no further than its longest spelling. */
  head = g_utf8_make_valid (line + label_end, MIN (strlen (line + label_end), 40));
  date = find_date (head, &start, &end);
  if (date == NULL || start != 0)
    return NULL;

  after = line + label_end + end;
  while (*after == ' ' || *after == '\t' || *after == '|' || *after == '-' || *after == ',')
    after++;
  if (*after == '\0')
    return NULL;
  *rest = after;
  return g_steal_pointer (&date);
}

gboolean
cor_metadata_dateline_day (const char *line,
                           guint      *month,
                           guint      *day)
{
  static GRegex *dateline;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *m = NULL;
  g_autofree char *d = NULL;

  static_regex (&dateline, "^\\s*\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}. ]{1,30})?,\\s*(?i:" MONTH
                ")\\s+" DAY "\\s*(?:\\([^()]{2,40}\\)\\s*)?[-–—:]", 0);
  if (!g_regex_match (dateline, line, 0, &match))
    return FALSE;
  m = g_match_info_fetch (match, 1);
  d = g_match_info_fetch (match, 2);
  *month = month_number (m);
  *day = atoi (d);
  return *month > 0 && *day >= 1 && *day <= 31;
}

char *
cor_metadata_dateline_outlet (const char *line)
{
  static GRegex *dateline;
  g_autoptr(GMatchInfo) match = NULL;

  static_regex (&dateline, "^\\s*\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}\\d. ]{1,30})?\\s*"
                "\\(([^()]{2,40})\\)\\s*(?:[-–—.:,]|$)", 0);
  if (!g_regex_match (dateline, line, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

char *
cor_metadata_byline (const char *line)
{
  static GRegex *byline;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *name = NULL;

  static_regex (&byline, "^\\s*by\\s*:?\\s+(\\p{Lu}[\\p{L}.'’ -]+(?:(?:,| and) \\p{Lu}[\\p{L}.'’ -]+)*)\\s*$",
                G_REGEX_CASELESS);
  if (strlen (line) > 100 || !g_regex_match (byline, line, 0, &match))
    return NULL;
  name = g_strstrip (g_match_info_fetch (match, 1));
  /* Bylines name people: a handful of words, not a sentence. */
  if (count_words (name) > 8)
    return NULL;
  return g_steal_pointer (&name);
}

typedef struct
{
  const char *code;
  const char *words;
} StopWords;

/* The commonest function words of the languages news most often comes in. */
static const StopWords stop_words[] = {
  { "en", "the of and to a in is that for on with as was it by at from he said are be have has an "
          "this were his but not they their which will who been its or after had would more" },
  { "fr", "le la les de des et un une est dans pour que qui du en au sur pas par avec il elle sont "
          "ont été ce cette aux plus" },
  { "de", "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an "
          "werden aus er hat dass sie" },
  { "es", "el la los las de y en que un una por con para es del se no al lo como más su pero sus "
          "fue ha" },
  { "it", "il la di e che un una per non sono del della con si è le dei nel alla gli ha" },
  { "pt", "o a os as de e que um uma em para com não do da dos das no na por se foi" },
  { "nl", "de het een en van is dat op te in niet met voor zijn er die ook aan wordt" },
};

static GHashTable *
stop_word_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
        {
          g_auto(GStrv) words = g_strsplit (stop_words[i].words, " ", -1);

          for (guint j = 0; words[j] != NULL; j++)
            {
              guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (t, words[j]));

              g_hash_table_insert (t, g_strdup (words[j]), GUINT_TO_POINTER (mask | (1u << i)));
            }
        }
      g_once_init_leave (&table, t);
    }
  return table;
}

const char *
cor_metadata_detect_language (const char *text,
                              gsize       length)
{
  GHashTable *table = stop_word_table ();
  guint counts[G_N_ELEMENTS (stop_words)] = { 0 };
  guint words = 0, best = 0;
  const char *p = text, *end = text + MIN (length, 20000);

  while (p < end)
    {
      const char *start;
      char word[32];
      gboolean ascii = TRUE;
      guint mask;
      gsize n;

      /* ASCII is told apart without decoding it. */
      while (p < end && !((guchar)*p < 0x80 ? g_ascii_isalpha (*p) : g_unichar_isalpha (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      start = p;
      while (p < end && ((guchar)*p < 0x80 ? g_ascii_isalpha (*p) : g_unichar_isalpha (g_utf8_get_char (p))))
        {
          ascii = ascii && (guchar) *p < 0x80;
          p = g_utf8_next_char (p);
        }
      n = p - start;
      if (n == 0 || n >= sizeof word)
        continue;
      words++;
      if (ascii)
        {
          for (gsize i = 0; i < n; i++)
            word[i] = g_ascii_tolower (start[i]);
          word[n] = '\0';
          mask = GPOINTER_TO_UINT (g_hash_table_lookup (table, word));
        }
      else
        {
          g_autofree char *lower = g_utf8_strdown (start, n);

          mask = GPOINTER_TO_UINT (g_hash_table_lookup (table, lower));
        }
      for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
        if (mask & (1u << i))
          counts[i]++;
    }

  if (words < 20)
    return "und";
  for (guint i = 1; i < G_N_ELEMENTS (stop_words); i++)
    if (counts[i] > counts[best])
      best = i;
  if (counts[best] * 100 < words * 8)
    return "und";
  return stop_words[best].code;
}
