/* cor-summary.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-summary"

#include "config.h"

#include <string.h>

#include "cor-attribution.h"
#include "cor-dates-lexicon.h"
#include "cor-lexicon.h"
#include "cor-proposition.h"
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
/* And those it drops when a comma follows them: "Nevertheless, an
 * Antonov bomber dropped four bombs", not "Still missing are …". */
static const char *droppable_before_comma[] = {
  "nevertheless", "nonetheless", "still", "besides", "moreover", "furthermore", "instead",
};

static gsize
first_word (const char *text,
            char       *buf,
            gsize       size)
{
  gsize n = 0;
  const char *p = text;

  while (*p && !g_unichar_isalpha (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
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

static const char *main_clause (const char *text);
static void capitalize (GString *s);
static gboolean opens_with_droppable (const char *text);

/* "So far, …", "So many …", "Yet another …": an adverb, not a
 * conjunction that may be dropped alone ("Far, 152 people …"). */
static gboolean
opens_adverb (const char *text)
{
  static const char *adverbial[] = { "far", "much", "many", "long", "few", "little", "another", "again", "more" };
  char word[32], next[32];
  gsize n = first_word (text, word, sizeof word);

  if (strcmp (word, "so") != 0 && strcmp (word, "yet") != 0)
    return FALSE;
  first_word (text + n, next, sizeof next);
  return in_list (next, adverbial, G_N_ELEMENTS (adverbial));
}

static gboolean
opens_fragment (const char *text)
{
  char word[32];
  gsize n = first_word (text, word, sizeof word);

  /* "If the river rises, the council will close the bridge" is whole. */
  if (strcmp (word, "if") == 0 && g_ascii_isupper (text[0]) && main_clause (text) != text)
    return FALSE;
  if (in_list (word, openers, G_N_ELEMENTS (openers)))
    return !opens_adverb (text);
  /* ", killing five people": a participle clause of the sentence before. */
  return n > 4 && g_ascii_islower (text[0]) && g_str_has_suffix (word, "ing");
}

static gboolean
opens_with_droppable (const char *text)
{
  char word[32];
  gsize n = first_word (text, word, sizeof word);

  if (in_list (word, droppable_before_comma, G_N_ELEMENTS (droppable_before_comma)))
    {
      while (*text && !g_unichar_isalpha (g_utf8_get_char (text)))
        text = g_utf8_next_char (text);
      return text[n] == ',';
    }
  return in_list (word, droppable, G_N_ELEMENTS (droppable)) && !opens_adverb (text);
}

/* Past a dash after a dateline: "— The …", "- The …". */
static const char *
after_dash (const char *p,
            const char *text)
{
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

/* "BEIJING (Reuters) - ", "WASHINGTON, April 30 (Reuters) -",
 * "WASHINGTON — ": a dateline before the first sentence of a report: a
 * place in capitals, maybe a date, an agency in brackets, and a dash.
 * "(Reuters) - " alone is what is left of one when the place ended with
 * an abbreviation ("LAKEPORT, Mich.") and the sentence was cut there. */
static const char *
skip_dateline (const char *text)
{
  const char *p = text, *close;
  guint capitals = 0;

  while (*p && *p != ',' && *p != '(')
    {
      if (g_ascii_islower (*p))
        return text;
      /* A place alone before the dash, and a sentence after it. */
      if (*p == ' ' && capitals >= 4 && p[1] != ' ')
        {
          const char *rest = after_dash (p, text);

          if (rest != text && g_ascii_isupper (*rest))
            return rest;
        }
      capitals += g_ascii_isupper (*p);
      p++;
    }
  if (capitals < 3 && p != text)
    return text;
  if (*p == ',')
    while (*p && *p != '(' && p - text < 40)
      p++;
  if (*p != '(' || (close = strchr (p, ')')) == NULL || close - p > 40)
    return text;
  return after_dash (close + 1, text);
}

/* "But the …" → "the …"; "As the quake hit, villagers ran" → "villagers
 * ran": the main clause, when a comma ends the opening one. */
/* Past this many bytes a comma no longer closes an opening clause. */
#define OPENING_REACH 200

/* Where the main clause begins after an opening one a comma closes: the
 * first comma after which a clause of its own follows, not one inside a
 * list; @text when there is none. */
static const char *
main_clause (const char *text)
{
  for (const char *comma = strstr (text, ", "); comma != NULL && comma - text < OPENING_REACH;
       comma = strstr (comma + 2, ", "))
    {
      char word[32];

      /* "That last point matters for rental companies, which …": a clause
       * that cannot stand alone is no main clause. */
      first_word (comma + 2, word, sizeof word);
      if (in_list (word, openers, G_N_ELEMENTS (openers)))
        continue;
      if (strlen (comma + 2) >= 20 && cor_proposition_has_finite_verb (comma + 2, 0, strlen (comma + 2), NULL))
        return comma + 2;
    }
  return text;
}

static const char *
skip_opening (const char *text)
{
  char word[32];
  gsize n = first_word (text, word, sizeof word);

  if (opens_with_droppable (text))
    {
      text += n;
      while (*text == ',' || *text == ' ')
        text++;
      return text;
    }
  /* "If deported, he would not stay": without its condition the claim is
   * another. */
  if (!in_list (word, openers, G_N_ELEMENTS (openers)) || !g_ascii_isalpha (text[0]) || strcmp (word, "if") == 0)
    return text;
  return main_clause (text);
}

/* "If the tariffs go into effect, Europe has promised retaliation" →
 * "Europe has promised retaliation if the tariffs go into effect": the
 * condition stays, after what it conditions, and the summary opens with
 * its main clause. Not when the main clause ends in a quotation. */
static void
condition_last (GString *s)
{
  const char *main;
  g_autofree char *condition = NULL;
  g_autoptr(GString) out = NULL;

  /* "If anyone urged you to enter, or make false statements, they …": a
   * comma inside the condition is no end of it. */
  if (g_ascii_strncasecmp (s->str, "if ", 3) != 0 || (main = main_clause (s->str)) == s->str || opens_with_droppable (main))
    return;
  out = g_string_new (main);
  while (out->len > 0 && strchr (". ", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  if (out->len == 0 || !g_ascii_isalnum (out->str[out->len - 1]))
    return;
  condition = g_strndup (s->str + 3, main - 2 - (s->str + 3));
  g_string_append_printf (out, " if %s.", condition);
  capitalize (out);
  g_string_assign (s, out->str);
}

/* What is left when no comma closes the opening clause: "While en route
 * he slipped" → "En route he slipped"; "As many as 500" → "Up to 500";
 * "That will reduce …" → "This will reduce …". */
static void
reword_opening (GString *s)
{
  static const struct { const char *from, *to; } phrases[] = {
    { "as many as ", "up to " }, { "as much as ", "up to " }, { "as of ", "by " },
    { "that ", "this " }, { "as well as ", "also " },
  };
  static const char *subordinators[] = {
    "though", "although", "while", "whereas", "as", "when", "because", "since", "whether",
    "during", "despite", "amid", "including", "according", "where",
  };
  char word[32];
  gsize n;

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    if (g_ascii_strncasecmp (s->str, phrases[i].from, strlen (phrases[i].from)) == 0)
      {
        g_string_erase (s, 0, strlen (phrases[i].from));
        g_string_prepend (s, phrases[i].to);
        return;
      }
  n = first_word (s->str, word, sizeof word);
  if (n == strlen (word) && in_list (word, subordinators, G_N_ELEMENTS (subordinators)) && s->len > n + 20)
    {
      g_string_erase (s, 0, n);
      while (s->len && (s->str[0] == ' ' || s->str[0] == ','))
        g_string_erase (s, 0, 1);
    }
}

/* "“If the two sides work together, we can find ways,” he said." →
 * "He said: “If the two sides work together, we can find ways.”": a
 * quote is put after who said it, so that the summary never reads as the
 * table's own claim, nor as a clause cut from a sentence. */
static char *
attribution_first (const char *text)
{
  static const char *closers[] = { ",\xe2\x80\x9d ", ",\" " };
  char word[32];

  if (!g_str_has_prefix (text, "\xe2\x80\x9c") && text[0] != '"')
    return NULL;
  (void)word;
  for (guint i = 0; i < G_N_ELEMENTS (closers); i++)
    {
      const char *close = g_strrstr (text, closers[i]);
      g_autofree char *tail = NULL;
      g_autofree char *quote = NULL;

      /* Only a short attribution comes first: "he said, adding that
       * …" is a clause of its own. */
      if (close == NULL || strlen (close) > 80)
        continue;
      {
        const char *comma = strchr (close + strlen (closers[i]), ',');

        if (comma != NULL && !g_str_has_prefix (comma, ", according to "))
          continue;
      }
      tail = g_strdup (close + strlen (closers[i]));
      g_strchomp (tail);
      if (g_str_has_suffix (tail, "."))
        tail[strlen (tail) - 1] = '\0';
      /* "added the doctor" → "the doctor added". */
      {
        const char *space = strchr (tail, ' ');
        g_autofree char *verb = space != NULL ? g_strndup (tail, space - tail) : NULL;

        if (verb != NULL && cor_attribution_is_saying_verb (verb)
            && (g_ascii_isupper (space[1]) || g_str_has_prefix (space + 1, "the ")))
          {
            char *turned = g_strdup_printf ("%s %s", space + 1, verb);

            g_free (tail);
            tail = turned;
          }
      }
      quote = g_strndup (text, close - text);
      return g_strdup_printf ("%s: %s.%s", tail, quote, i == 0 ? "\xe2\x80\x9d" : "\"");
    }
  return NULL;
}

static guint
count_quotes (const char *text,
              const char *mark)
{
  guint n = 0;

  for (const char *p = strstr (text, mark); p != NULL; p = strstr (p + strlen (mark), mark))
    n++;
  return n;
}

/* A clause taken from inside a quotation carries its closing mark alone
 * (“… from China.”), one cut before its end carries the opening one: a
 * summary keeps both or neither. */
static void
balance_quotes (GString *s)
{
  guint open = count_quotes (s->str, "\xe2\x80\x9c"), close = count_quotes (s->str, "\xe2\x80\x9d");

  /* Straight marks do not say which way they face: an odd one at the
   * end, or one that closes (“…afterwards," he said”), ends a quotation
   * that opened before the summary did. */
  if (count_quotes (s->str, "\"") % 2 == 1)
    {
      const char *mark = strchr (s->str, '"');
      gboolean closing = mark > s->str && mark[-1] != ' ' && (mark[1] == '\0' || mark[1] == ' ');

      if (closing || (s->len > 0 && s->str[s->len - 1] == '"'))
        g_string_prepend_c (s, '"');
      else
        g_string_append_c (s, '"');
    }

  if (close > open)
    g_string_prepend (s, "\xe2\x80\x9c");
  else if (open > close)
    {
      gboolean period = s->len > 0 && s->str[s->len - 1] == '.';

      if (period)
        g_string_truncate (s, s->len - 1);
      g_string_append (s, period ? ".\xe2\x80\x9d" : "\xe2\x80\x9d");
    }
}

/* A clause of a longer sentence ends where the next began: it gets the
 * full stop a sentence has. A headline (no full stop of its own, short)
 * keeps its form. */
static void
end_as_sentence (GString *s,
                 gboolean headline)
{
  gunichar last;

  if (headline || s->len == 0)
    return;
  last = g_utf8_get_char (g_utf8_find_prev_char (s->str, s->str + s->len));
  if (last == '.' || last == '!' || last == '?' || last == 0x201D || last == '"' || last == 0x2019)
    return;
  while (s->len && strchr (",;: ", s->str[s->len - 1]))
    g_string_truncate (s, s->len - 1);
  g_string_append_c (s, '.');
}

/* "…will make his decision...." → "…will make his decision.": a summary
 * that trails off reads as cut short. */
static void
end_cleanly (GString *s)
{
  gsize dots = 0;

  while (s->len > dots && s->str[s->len - 1 - dots] == '.')
    dots++;
  if (dots > 1)
    g_string_truncate (s, s->len - dots + 1);
  if (g_str_has_suffix (s->str, "\xe2\x80\xa6"))
    {
      g_string_truncate (s, s->len - 3);
      g_string_append_c (s, '.');
    }
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

static char *
summarise (const char *text,
           gboolean    headline)
{
  g_autoptr(GString) s = NULL;
  g_autofree char *first_line = NULL;
  g_autofree char *source = NULL;
  const char *start;

  /* A sentence the splitter ran across a paragraph break is two: the
   * summary keeps the first. */
  if (strchr (text, '\n') != NULL)
    text = first_line = g_strndup (text, strchr (text, '\n') - text);
  start = skip_dateline (text);
  {
    g_autofree char *reordered = attribution_first (start);

    if (reordered != NULL)
      {
        s = g_string_new (reordered);
        capitalize (s);
        return g_string_free (g_steal_pointer (&s), FALSE);
      }
  }
  for (guint i = 0; i < 3; i++)
    {
      const char *next = skip_opening (start);

      if (next == start)
        break;
      /* "According to the survey, the quake hit …" keeps whose word it
       * is: "The quake hit …, according to the survey." */
      if (source == NULL && g_ascii_strncasecmp (start, "according to ", 13) == 0 && next - start < 80
          && next - start > 15 && strncmp (next - 2, ", ", 2) == 0)
        source = g_strndup (start + 13, next - 2 - (start + 13));
      start = next;
    }
  while (*start == ' ' || *start == '"' || *start == ',')
    start++;
  s = g_string_new (*start ? start : text);
  g_strchomp (s->str);
  s->len = strlen (s->str);
  condition_last (s);
  reword_opening (s);
  capitalize (s);
  drop_early_that (s);
  end_cleanly (s);
  balance_quotes (s);
  end_as_sentence (s, headline);
  if (source != NULL && *start && !headline && s->len > 1 && s->str[s->len - 1] == '.')
    {
      g_string_truncate (s, s->len - 1);
      g_string_append_printf (s, ", according to %s.", source);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

char *
cor_summary_from_text (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return summarise (text, FALSE);
}

static const char *pronouns[] = { "he", "she", "they", "it", "his", "her", "their", "its", "we", "i" };

/* "…, he said." or "…,” it said in a statement.": who said it is a
 * pronoun, so the summary leans on the sentence before it. */
static gboolean
ends_with_pronoun_attribution (const char *summary)
{
  const char *comma = strrchr (summary, ',');
  char word[32];

  if (comma == NULL || strlen (comma) > 48)
    return FALSE;
  comma++;
  while (*comma == ' ' || *comma == '"' || g_str_has_prefix (comma, "\xe2\x80\x9d"))
    comma += *comma == '"' || *comma == ' ' ? 1 : 3;
  first_word (comma, word, sizeof word);
  return in_list (word, pronouns, G_N_ELEMENTS (pronouns));
}

/* Whether @text is all quotation: it opens with a quotation mark, and
 * no words of the report's own follow the mark that closes it (or none
 * closes it: the quotation runs on past the sentence). */
static gboolean
is_bare_quote (const char *text)
{
  gboolean curly = g_str_has_prefix (text, "\xe2\x80\x9c");
  const char *close;

  if (!curly && text[0] != '"')
    return FALSE;
  close = curly ? strstr (text + 3, "\xe2\x80\x9d") : strchr (text + 1, '"');
  if (close == NULL)
    return TRUE;
  for (close += curly ? 3 : 1; *close; close++)
    if (g_ascii_isalnum (*close))
      return FALSE;
  return TRUE;
}

static gboolean names_a_time (const char *words);

/* How many names @summary gives before @end: runs of capitalised words,
 * not counting a day or a month, nor a capitalised word that opens a
 * sentence ("The", "In"). */
static guint
names_before (const char *summary,
              const char *end)
{
  static const char *openers_cased[] = {
    "the", "a", "an", "in", "on", "at", "but", "and", "as", "after", "before", "during", "when", "while",
    "it", "he", "she", "they", "we", "this", "that", "his", "her", "their", "its",
  };
  guint names = 0;
  gboolean in_run = FALSE;

  for (const char *p = summary; p < end && *p; )
    {
      char word[32];
      gsize n;

      while (p < end && *p && !g_ascii_isalpha (*p))
        {
          /* A comma or a stop ends a run: "Trump, Xi" is two. */
          if (*p == ',' || *p == '.' || *p == ';')
            in_run = FALSE;
          p++;
        }
      if (p >= end || *p == '\0')
        break;
      n = first_word (p, word, sizeof word);
      if (g_ascii_isupper (*p) && !in_list (word, openers_cased, G_N_ELEMENTS (openers_cased))
          && !names_a_time (word))
        {
          names += !in_run;
          in_run = TRUE;
        }
      else if (!g_ascii_isupper (*p))
        in_run = FALSE;
      p += MAX (n, 1);
    }
  return names;
}

/* Whether @summary points out of itself with "those" or "these" and a
 * noun ("killed in those bombings", "denied these claims"), or "of them":
 * the reader does not know which. "Those who …", "these days" and a quotation's
 * words do not point. Nor does "the two leaders" or "both sides" after
 * the two are named ("Trump spoke with Xi, and the two leaders …"). */
/* The words of @summary before @at. */
static guint
words_before (const char *summary,
              const char *at)
{
  guint n = 0;

  for (const char *p = summary; p < at; p++)
    n += g_ascii_isalpha (*p) && (p == summary || !g_ascii_isalpha (p[-1]));
  return n;
}

static gboolean
points_back (const char *summary)
{
  static const char *demonstratives[] = { "those", "these" };
  static const char *not_nouns[] = {
    "who", "which", "that", "of", "in", "on", "at", "with", "from", "for", "are", "were", "have", "had",
    "days",
  };
  char word[32], next[32];
  gboolean quoted = FALSE;

  for (const char *p = summary; *p != '\0'; p++)
    {
      gsize n;

      /* In a quotation, "these measures" are the speaker's to explain. */
      if (*p == '"' || g_str_has_prefix (p, "\xe2\x80\x9c") || g_str_has_prefix (p, "\xe2\x80\x9d"))
        quoted = *p == '"' ? !quoted : g_str_has_prefix (p, "\xe2\x80\x9c");
      if (quoted || !g_ascii_isalpha (*p) || (p > summary && g_ascii_isalpha (p[-1])))
        continue;
      n = first_word (p, word, sizeof word);
      if (n == strlen (word) && in_list (word, demonstratives, G_N_ELEMENTS (demonstratives))
          && p[n] == ' ' && g_ascii_islower (p[n + 1]))
        {
          first_word (p + n, next, sizeof next);
          if (!in_list (next, not_nouns, G_N_ELEMENTS (not_nouns)))
            return TRUE;
        }
      /* "Two of them are in a critical condition": of whom? Not "Fourteen
       * were admitted, two of them critical", where the count came first. */
      if (n == strlen (word) && strcmp (word, "of") == 0 && g_ascii_strncasecmp (p + n, " them", 5) == 0
          && !g_ascii_isalpha (p[n + 5]) && words_before (summary, p) <= 2)
        return TRUE;
      /* "the two leaders", "both sides": a pair the summary has not named. */
      if (n == strlen (word) && (strcmp (word, "both") == 0 || (strcmp (word, "the") == 0 && g_str_has_prefix (p + n, " two ")))
          && names_before (summary, p) < 2)
        {
          const char *noun = p + n + (strcmp (word, "both") == 0 ? 1 : 5);

          first_word (noun, next, sizeof next);
          if (g_ascii_islower (*noun) && !in_list (next, not_nouns, G_N_ELEMENTS (not_nouns))
              && ((strlen (next) > 3 && g_str_has_suffix (next, "s")) || g_str_has_suffix (next, "men")))
            return TRUE;
        }
    }
  return FALSE;
}

/* "France hit by another jewellery heist": a headline whose verb is a
 * participle with no "is" or "has" before it, so that no word of it says
 * what happened as a sentence does. A sentence ends with its stop; a
 * headline does not. */
static gboolean
passive_headline (const char *summary)
{
  static const char *auxiliaries[] = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets", "got",
  };
  gsize len = strlen (summary);
  const char *p = summary;
  char word[32], before[32] = "";

  if (len == 0 || strchr (".!?\"", summary[len - 1]) != NULL || g_str_has_suffix (summary, "\xe2\x80\x9d"))
    return FALSE;
  for (guint w = 0; w < 5 && *p != '\0'; w++)
    {
      const char *at = p;
      gsize n = first_word (p, word, sizeof word);
      const CorWordSense *sense;

      if (n == 0 || word[0] == '\0')
        return FALSE;
      p += n;
      while (at < p && !g_ascii_isalpha (*at))
        at++;
      if (w > 0 && g_ascii_islower (*at) && g_str_has_prefix (p, " by ")
          && !in_list (before, auxiliaries, G_N_ELEMENTS (auxiliaries))
          && (sense = cor_lexicon_lookup (word)) != NULL && (sense->pos & COR_POS_VERB))
        return TRUE;
      g_strlcpy (before, word, sizeof before);
    }
  return FALSE;
}

gboolean
cor_summary_is_fragment (const char *summary)
{
  char word[32];

  g_return_val_if_fail (summary != NULL, TRUE);

  first_word (summary, word, sizeof word);
  return *summary == '\0' || opens_fragment (summary) || g_str_has_suffix (summary, "...")
         || g_str_has_suffix (summary, "\xe2\x80\xa6") || in_list (word, pronouns, G_N_ELEMENTS (pronouns))
         || ends_with_pronoun_attribution (summary) || is_bare_quote (summary) || points_back (summary)
         || passive_headline (summary);
}

/* A speaker the summary may name: no pronoun, not too long, and not a
 * lone day or month ("Thursday" is when, never who). */
static gboolean
nameable_speaker (const char *speaker)
{
  g_autoptr(CorWords) words = NULL;
  guint next;
  char word[32];

  if (speaker == NULL || strlen (speaker) > 60)
    return FALSE;
  first_word (speaker, word, sizeof word);
  if (in_list (word, pronouns, G_N_ELEMENTS (pronouns)))
    return FALSE;
  words = cor_words_new (speaker, strlen (speaker));
  return !(words->n_words == 1
           && (cor_dates_weekday_at (words, 0, TRUE, &next) != 0 || cor_dates_month_at (words, 0, &next) != 0));
}

/* "As for Trump, “I'm sure he'll do the right thing”": whom the quotation
 * is about, when the sentence opens by naming it; without it, the
 * quotation's "he" would stand for nobody. NULL when there is none. */
static char *
topic_of (const char *text)
{
  static const char *openings[] = { "as for ", "as to ", "speaking of " };
  const char *comma, *rest;

  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    {
      gsize n = strlen (openings[i]);
      guint spaces = 0;

      if (g_ascii_strncasecmp (text, openings[i], n) != 0 || (comma = strchr (text + n, ',')) == NULL)
        continue;
      for (const char *p = text + n; p < comma; p++)
        spaces += *p == ' ';
      rest = comma + 1;
      while (*rest == ' ')
        rest++;
      /* A name or a short noun phrase, then the quotation itself. */
      if (comma > text + n && spaces < 5 && (rest[0] == '"' || g_str_has_prefix (rest, "\xe2\x80\x9c")))
        return g_strndup (text + n, comma - (text + n));
    }
  return NULL;
}

/* "European Union said: “The E.U. should be exempted.”": a summary that
 * is all quotation is put after who said it, when the statement knows and
 * it is no pronoun; otherwise it keeps its marks, so that it never reads
 * as the table's own claim. */
static char *
attribute_quote (const char *summary,
                 const char *speaker,
                 const char *topic)
{
  g_autoptr(GString) inner = g_string_new (summary);

  while (g_str_has_prefix (inner->str, "\xe2\x80\x9c") || inner->str[0] == '"')
    g_string_erase (inner, 0, inner->str[0] == '"' ? 1 : 3);
  while (g_str_has_suffix (inner->str, "\xe2\x80\x9d") || g_str_has_suffix (inner->str, "\""))
    g_string_truncate (inner, inner->len - (g_str_has_suffix (inner->str, "\"") ? 1 : 3));
  end_as_sentence (inner, FALSE);
  if (!nameable_speaker (speaker))
    return g_strdup_printf ("\xe2\x80\x9c%s\xe2\x80\x9d", inner->str);
  {
    g_autoptr(GString) who = g_string_new (speaker);

    capitalize (who);
    if (topic != NULL)
      return g_strdup_printf ("%s said of %s: \xe2\x80\x9c%s\xe2\x80\x9d", who->str, topic, inner->str);
    return g_strdup_printf ("%s said: \xe2\x80\x9c%s\xe2\x80\x9d", who->str, inner->str);
  }
}

/* The noun phrase a ", which …" clause hangs on: the words before the
 * comma back to a determiner, a preposition or a clause's edge ("by the
 * quake, which struck" is "the quake"; "after new austerity measures,
 * which were" is "new austerity measures"). NULL when there is none. */
static char *
antecedent_before (const char *sentence,
                   const char *comma)
{
  static const char *determiners[] = { "the", "a", "an", "its", "his", "her", "their", "this", "these", "those" };
  static const char *edges[] = {
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "after", "before", "and", "or",
    "that", "than", "as", "into", "over", "under", "about", "is", "was", "are", "were",
    "toward", "towards", "across", "near", "through", "around", "between", "within", "without",
    "along", "against", "behind", "beyond", "during", "upon", "onto", "via", "has", "have", "had",
  };
  const char *start = comma;
  guint words = 0;

  while (start > sentence && words < 8)
    {
      const char *w = start;
      char word[32];
      gsize len;

      while (w > sentence && w[-1] == ' ')
        w--;
      if (w > sentence && !g_ascii_isalnum (w[-1]))
        break;
      while (w > sentence && w[-1] != ' ')
        w--;
      len = first_word (w, word, sizeof word);
      /* "Canada and Mexico", "the Alliance for American Manufacturing":
       * a name goes on across a small word between capitals. */
      if (g_ascii_islower (*w) && in_list (word, edges, G_N_ELEMENTS (edges)))
        {
          const char *before = w;

          while (before > sentence && before[-1] == ' ')
            before--;
          while (before > sentence && before[-1] != ' ')
            before--;
          if (!(g_ascii_isupper (*start) && before < w && g_ascii_isupper (*before)
                && (strcmp (word, "and") == 0 || strcmp (word, "for") == 0 || strcmp (word, "of") == 0)))
            break;
        }
      /* "prolonged market uncertainty": a verb before the noun ends it. */
      else if (g_ascii_islower (*w) && len > 4 && g_str_has_suffix (word, "ed"))
        break;
      start = w;
      words++;
      if (in_list (word, determiners, G_N_ELEMENTS (determiners)))
        break;
    }
  if (words == 0 || start == comma)
    return NULL;
  return g_strndup (start, comma - start);
}

/* "The Commission said the delay prolonged uncertainty, which was
 * hurting business." → "Uncertainty was hurting business, the Commission
 * said.": a clause of reported speech keeps who reported it, in the
 * sentence's own words. */
static void
credit_speaker (GString            *s,
                const CorStatement *statement,
                const char         *sentence,
                const char         *clause)
{
  const char *speaker = statement->speaker, *at, *after;
  g_autofree char *who = NULL;
  char verb[32];

  if (!nameable_speaker (speaker) || (at = strstr (sentence, speaker)) == NULL || at >= clause)
    return;
  after = at + strlen (speaker);
  while (*after == ' ')
    after++;
  first_word (after, verb, sizeof verb);
  if (!g_ascii_islower (*after) || !cor_attribution_is_saying_verb (verb))
    return;
  if (at - sentence >= 4 && g_ascii_strncasecmp (at - 4, "the ", 4) == 0)
    who = g_strconcat ("the ", speaker, NULL);
  /* "Officials say …" opens its sentence with a capital that a plural
   * common noun does not keep: "…, officials say." */
  else if (at == sentence && strchr (speaker, ' ') == NULL)
    {
      const CorWordSense *sense;

      who = g_ascii_strdown (speaker, -1);
      sense = cor_lexicon_lookup (who);
      if (sense == NULL || !(sense->pos & COR_POS_NOUN) || strcmp (sense->lemma, who) == 0
          || !g_str_has_suffix (who, "s"))
        g_clear_pointer (&who, g_free);
    }
  if (s->len > 0 && s->str[s->len - 1] == '.')
    g_string_truncate (s, s->len - 1);
  g_string_append_printf (s, ", %s %s.", who != NULL ? who : speaker, verb);
}

/* Whether @words name a day, a month or a time of day: "Friday", "last
 * week", "early March". */
static gboolean
names_a_time (const char *words)
{
  static const char *times[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tonight", "week", "weekend", "month", "year",
    "morning", "afternoon", "evening", "night", "hour", "hours", "day", "days",
  };
  const char *last = strrchr (words, ' ');
  char word[32];

  first_word (last != NULL ? last + 1 : words, word, sizeof word);
  for (char *c = word; *c; c++)
    *c = g_ascii_tolower (*c);
  return in_list (word, times, G_N_ELEMENTS (times));
}

/* "…by the quake, which struck the western tip on Tuesday." → "The quake
 * struck the western tip on Tuesday.": a relative clause on its own, its
 * noun put back as its subject. Only where "which" is the subject ("which
 * his administration argues …" is not). */
static char *
relative_clause (const CorStatement *statement)
{
  static const char *not_verbs[] = {
    "his", "her", "its", "their", "the", "a", "an", "it", "they", "we", "he", "she", "i", "you", "this", "that",
  };
  const char *text = statement->text, *sentence = statement->sentence, *at;
  g_autofree char *antecedent = NULL;
  char word[32];
  GString *s;

  if (sentence == NULL || g_ascii_strncasecmp (text, "which ", 6) != 0)
    return NULL;
  first_word (text + 6, word, sizeof word);
  if (!g_ascii_islower (text[6]) || in_list (word, not_verbs, G_N_ELEMENTS (not_verbs)))
    return NULL;
  at = (gsize)(statement->start - statement->sentence_start) < strlen (sentence)
         ? sentence + (statement->start - statement->sentence_start) : NULL;
  if (at == NULL || at < sentence + 2 || strncmp (at - 2, ", ", 2) != 0)
    return NULL;
  /* Inside a quotation, the clause is the speaker's: a mark before it, or
   * one in it that closes a quotation opened before. */
  for (const char *p = sentence; p < at; p++)
    if (*p == '"' || g_str_has_prefix (p, "\xe2\x80\x9c") || g_str_has_prefix (p, "\xe2\x80\x9d"))
      return NULL;
  if ((count_quotes (text, "\"") + count_quotes (text, "\xe2\x80\x9d") + count_quotes (text, "\xe2\x80\x9c")) % 2 == 1)
    return NULL;
  antecedent = antecedent_before (sentence, at - 2);
  /* "signed the deal on Friday, which covers …": a day is when, not
   * what; the clause hangs on the noun before it. */
  if (antecedent != NULL && names_a_time (antecedent))
    {
      const char *end = at - 2 - strlen (antecedent);

      while (end > sentence && end[-1] == ' ')
        end--;
      while (end > sentence && end[-1] != ' ')
        end--;
      while (end > sentence && end[-1] == ' ')
        end--;
      g_clear_pointer (&antecedent, g_free);
      if (end > sentence)
        antecedent = antecedent_before (sentence, end);
    }
  if (antecedent == NULL)
    return NULL;
  s = g_string_new (antecedent);
  g_string_append_c (s, ' ');
  g_string_append (s, text + 6);
  capitalize (s);
  end_as_sentence (s, FALSE);
  credit_speaker (s, statement, sentence, at);
  return g_string_free (s, FALSE);
}

/* Where the clause a participle hangs on starts: after the last join of
 * two clauses before it, as cor-statement.c cuts them. */
static const char *
clause_start (const char *sentence,
              const char *before)
{
  static const char *joins[] = {
    "; ", ", while ", ", whereas ", ", but ", ", and ", ", although ", ", though ",
  };
  const char *start = sentence;

  for (guint j = 0; j < G_N_ELEMENTS (joins); j++)
    for (const char *p = strstr (sentence, joins[j]); p != NULL && p < before; p = strstr (p + 1, joins[j]))
      start = MAX (start, p + strlen (joins[j]));
  return start;
}

/* @word ("killing") as a past ("killed"), or NULL when it is no verb's
 * -ing form. */
static char *
past_of_participle (const char *word)
{
  const CorWordSense *sense;

  if (strlen (word) < 5 || !g_str_has_suffix (word, "ing"))
    return NULL;
  sense = cor_lexicon_lookup (word);
  if (sense == NULL || !(sense->pos & COR_POS_VERB) || !sense->verb_form || sense->lemma == NULL
      || strcmp (sense->lemma, word) == 0)
    return NULL;
  return cor_lexicon_past_tense (sense->lemma);
}

/* The subject of @clause: the words before its verb, after an opening
 * phrase closed by a comma; NULL when the clause reports speech, is
 * passive, or its subject cannot be told. */
static char *
subject_of (const char *clause)
{
  static const char *not_subjects[] = {
    "in", "on", "at", "after", "before", "during", "with", "for", "from", "by", "as", "while", "when",
    "since", "despite", "amid", "under", "over", "if", "although", "though", "because", "it", "there",
    "this", "that", "which", "who", "what", "he", "she", "they", "we", "i", "you",
  };
  static const char *be[] = { "is", "are", "was", "were", "be", "been", "being", "am" };
  static const char *gerund_prepositions[] = { "of", "for", "by", "after", "before", "while", "from", "without" };
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *speaker = NULL;
  CorProposition prop;
  gsize verb_start, verb_end;
  gboolean finite;
  const char *subject, *comma;
  g_autoptr(GString) out = NULL;
  char word[32];
  guint words = 0;
  gboolean after_preposition = FALSE;

  if (strchr (clause, '"') != NULL || strstr (clause, "\xe2\x80\x9c") != NULL
      || (speaker = cor_attribution_find_speaker (clause)) != NULL)
    return NULL;
  /* "Merkel threatened that European nations would …, placing": whose
   * act the participle is, the reader cannot tell; nor after a gerund
   * ("accused the government of bombing Guffa, killing seven": the
   * bombing killed, not the accuser). */
  for (const char *p = clause; *p; p++)
    if (p == clause || p[-1] == ' ')
      {
        first_word (p, word, sizeof word);
        if (strcmp (word, "that") == 0 || strcmp (word, "told") == 0 || cor_attribution_is_saying_verb (word)
            || (after_preposition && strlen (word) > 4 && g_str_has_suffix (word, "ing")))
          return NULL;
        after_preposition = in_list (word, gerund_prepositions, G_N_ELEMENTS (gerund_prepositions));
      }
  cor_proposition_init (&prop, clause, 0, strlen (clause), none, NULL, 0, NULL);
  verb_start = prop.verb_start, verb_end = prop.verb_end, finite = prop.finite;
  cor_proposition_clear (&prop);
  if (!finite || verb_end <= verb_start || verb_start == 0 || verb_end > strlen (clause))
    return NULL;
  for (const char *p = clause + verb_start; p < clause + verb_end; p += strlen (word) + 1)
    {
      while (p < clause + verb_end && !g_ascii_isalpha (*p))
        p++;
      first_word (p, word, sizeof word);
      if (in_list (word, be, G_N_ELEMENTS (be)))
        return NULL;
      if (*word == '\0')
        break;
    }
  /* "All six cavers trapped for five days were brought to the surface,
   * ending …": the verb found may be a participle before the clause's own,
   * passive one; the cavers did not end the operation. */
  for (const char *p = clause + verb_end; *p; p++)
    if (p[-1] == ' ' && g_ascii_isalpha (*p))
      {
        first_word (p, word, sizeof word);
        if (in_list (word, be, G_N_ELEMENTS (be)))
          return NULL;
      }
  out = g_string_new_len (clause, verb_start);
  comma = strrchr (out->str, ',');
  subject = comma != NULL ? comma + 1 : out->str;
  /* "WASHINGTON — President Trump": a dateline before a dash. */
  if (strstr (subject, " \xe2\x80\x94 ") != NULL)
    subject = strstr (subject, " \xe2\x80\x94 ") + 5;
  else if (strstr (subject, " - ") != NULL)
    subject = strstr (subject, " - ") + 3;
  while (*subject == ' ')
    subject++;
  subject = skip_opening (subject);
  first_word (subject, word, sizeof word);
  if (*subject == '\0' || in_list (word, not_subjects, G_N_ELEMENTS (not_subjects)))
    return NULL;
  for (const char *p = subject; *p; p++)
    if (!g_ascii_isspace (*p) && (p == subject || g_ascii_isspace (p[-1])))
      {
        static const char *relatives[] = { "who", "which", "that", "whose", "whom", "where" };

        words++;
        /* "Lawyers who went to Tijuana": the verb found is the relative
         * clause's, not the subject's. */
        first_word (p, word, sizeof word);
        if (in_list (word, relatives, G_N_ELEMENTS (relatives)))
          return NULL;
      }
  if (words > 10)
    return NULL;
  return g_strchomp (g_strdup (subject));
}

/* @rest when it reads as a sentence of its own, else NULL: a finite verb
 * after a subject that looks like one, a name (a capital in mid
 * sentence), a determiner or a number, or a plural noun; and a few words
 * with no conjunction among them ("and minutes before Trump spoke"). */
static const char *
clause_with_subject (const char *rest)
{
  static const char *determiners[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "some", "many", "most", "all", "both",
    "several", "each", "every", "no", "few", "other", "another", "two", "three", "four", "five",
  };
  static const char *subordinators[] = {
    "before", "after", "when", "while", "as", "because", "since", "if", "although", "though",
    "until", "unless", "whether", "where", "which", "who", "that", "in", "over", "of", "for", "with",
    "on", "at", "by", "from", "to",
  };
  g_autoptr(GPtrArray) none = NULL;
  CorProposition prop;
  const CorWordSense *sense;
  char word[32];
  gsize verb_start;
  gboolean finite;
  guint words = 0;

  if (!g_ascii_isalnum (*rest) || !cor_proposition_has_finite_verb (rest, 0, strlen (rest), NULL))
    return NULL;
  first_word (rest, word, sizeof word);
  sense = g_ascii_islower (*rest) ? cor_lexicon_lookup (word) : NULL;
  if (!(g_ascii_isupper (*rest) || g_ascii_isdigit (*rest) || in_list (word, determiners, G_N_ELEMENTS (determiners))
        || (sense != NULL && !sense->verb_form && (sense->pos & COR_POS_NOUN) && sense->lemma != NULL
            && strcmp (sense->lemma, word) != 0 && g_str_has_suffix (word, "s"))))
    return NULL;
  none = g_ptr_array_new ();
  cor_proposition_init (&prop, rest, 0, strlen (rest), none, NULL, 0, NULL);
  verb_start = prop.verb_start, finite = prop.finite;
  cor_proposition_clear (&prop);
  if (!finite || verb_start == 0 || verb_start > strlen (rest))
    return NULL;
  for (const char *p = rest; p < rest + verb_start; p++)
    if (!g_ascii_isspace (*p) && (p == rest || g_ascii_isspace (p[-1])))
      {
        words++;
        first_word (p, word, sizeof word);
        if (in_list (word, subordinators, G_N_ELEMENTS (subordinators)) || *p == '"' || *p == ',')
          return NULL;
      }
  return words <= 6 ? rest : NULL;
}

/* "…, and demonstrators tried to storm parliament": a clause joined to the
 * one before by a conjunction, with a subject of its own, stands as a
 * sentence once the conjunction goes. The clause after the conjunction,
 * or NULL. */
static const char *
joined_clause (const char *text)
{
  static const char *joins[] = { "and", "but", "while", "whereas", "yet", "so" };
  const char *rest;
  char word[32];

  rest = text + first_word (text, word, sizeof word);
  if (!g_ascii_islower (text[0]) || !in_list (word, joins, G_N_ELEMENTS (joins)))
    return NULL;
  while (*rest == ' ')
    rest++;
  return clause_with_subject (rest);
}

/* "A strong earthquake struck Aceh on Tuesday, killing at least one
 * person and leaving two others missing." → "A strong earthquake killed
 * at least one person and left two others missing.": a participle clause
 * with the subject of the clause it hangs on, its participles made past. */
/* "In February, " before @subject in @head, without a "But" before it:
 * an opening that says when. It keeps an earlier quake apart from the one
 * the story is about ("In February, a quake … hit Zarand, killing 612").
 * NULL when there is none. */
static char *
time_opening (const char *head,
              const char *subject)
{
  const char *at = strstr (head, subject), *from;
  guint spaces = 0;
  g_autofree char *when = NULL;

  if (at == NULL || at - head <= 2 || strncmp (at - 2, ", ", 2) != 0)
    return NULL;
  for (const char *p = head; p < at; p++)
    spaces += *p == ' ';
  when = g_strndup (head, at - 2 - head);
  /* "But last week, …" → "Last week, …". */
  from = opens_with_droppable (head) ? skip_opening (head) : head;
  if (spaces > 5 || strchr (when, ',') != NULL || !names_a_time (when) || from >= at)
    return NULL;
  return g_strndup (from, at - from);
}

static char *
participle_clause (const CorStatement *statement)
{
  const char *text = statement->text, *sentence = statement->sentence, *at, *rest;
  g_autofree char *head = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *past = NULL;
  g_autofree char *opening = NULL;
  GString *s;
  char word[32];
  gsize offset;

  if (sentence == NULL || statement->start <= statement->sentence_start || !g_ascii_islower (text[0]))
    return NULL;
  offset = statement->start - statement->sentence_start;
  if (offset >= strlen (sentence) || offset < 2 || strncmp (sentence + offset - 2, ", ", 2) != 0)
    return NULL;
  at = sentence + offset;
  rest = text + first_word (text, word, sizeof word);
  if ((past = past_of_participle (word)) == NULL)
    return NULL;
  {
    const char *from = skip_dateline (clause_start (sentence, at - 2));

    if (from >= at - 2)
      return NULL;
    head = g_strndup (from, (at - 2) - from);
  }
  if ((subject = subject_of (head)) == NULL)
    return NULL;
  opening = time_opening (head, subject);
  s = g_string_new (opening);
  g_string_append_printf (s, "%s %s", subject, past);
  /* "…and leaving two others missing": each participle the clause joins. */
  for (const char *p = rest; *p; )
    {
      const char *and = strstr (p, " and ");
      g_autofree char *next = NULL;
      gsize n;

      if (and == NULL)
        {
          g_string_append (s, p);
          break;
        }
      n = first_word (and + 5, word, sizeof word);
      next = g_ascii_islower (and[5]) ? past_of_participle (word) : NULL;
      g_string_append_len (s, p, and + 5 - p);
      if (next != NULL)
        {
          g_string_append (s, next);
          p = and + 5 + n;
        }
      else
        p = and + 5;
    }
  capitalize (s);
  end_as_sentence (s, FALSE);
  return g_string_free (s, FALSE);
}

/* "…, he said" → "…, Fauzi said": the pronoun of an attribution, when the
 * statement knows who it stands for. */
static char *
name_the_pronoun (const char *summary,
                  const char *speaker)
{
  /* A speaker the sentence names already ("…, he said, according to state
   * media") is not who "he" is. */
  if (!nameable_speaker (speaker) || strstr (summary, speaker) != NULL)
    return NULL;
  for (const char *p = summary; (p = cor_attribution_find_pronoun (summary, p)) != NULL; p++)
    {
      const char *before = p - 1;
      gsize n = g_ascii_tolower (*p) == 's' ? 3 : 2;

      /* Only the attribution after a comma, or a quotation's closing mark
       * after one: "…, he said", "…,” she added". */
      if (!g_ascii_islower (*p) || before <= summary)
        continue;
      if (*(before - 1) == '"')
        before--;
      else if (before - summary >= 3 && g_str_has_prefix (before - 3, "\xe2\x80\x9d"))
        before -= 3;
      if (before - 1 < summary || before[-1] != ',')
        continue;
      return g_strdup_printf ("%.*s%s%s", (int)(p - summary), summary, speaker, p + n);
    }
  return NULL;
}

/* "The doctor added: “…”" → "Ema Suryani added: “…”": a summary that
 * opens with a speaker known only by role, when the statement knows the
 * name the report gave them before; "The statement said: “…”" → "The
 * White House said: “…”", for a name the report gives an article. */
static char *
name_the_role (const char *summary,
               const char *speaker)
{
  const char *p = summary + 4, *verb;
  char word[32];

  if (g_str_has_prefix (speaker != NULL ? speaker : "", "the ") && g_ascii_isupper (speaker[4])
      && !g_str_has_prefix (speaker + 4, "The "))
    {
      g_autofree char *article = g_strconcat ("The ", speaker + 4, NULL);

      return name_the_role (summary, article);
    }
  if (!nameable_speaker (speaker) || !g_ascii_isupper (speaker[0])
      || (g_str_has_prefix (speaker, "The ") && !g_ascii_isupper (speaker[4])) || !g_str_has_prefix (summary, "The "))
    return NULL;
  /* A few lowercase words, then a verb of saying and a colon. */
  for (guint words = 0; words < 3 && g_ascii_islower (*p); words++)
    {
      verb = p;
      p += first_word (p, word, sizeof word);
      if (cor_attribution_is_saying_verb (word) && words > 0 && *p == ':')
        return g_strdup_printf ("%s %s", speaker, verb);
      while (*p == ' ')
        p++;
    }
  return NULL;
}

/* Whether most words of @text start with a capital, as a headline's do
 * ("Powerful Quake in Iran Kills 10; 80 Hurt"). */
static gboolean
title_case (const char *text)
{
  guint words = 0, capitals = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (g_ascii_isalpha (*p) && (p == text || g_ascii_isspace (p[-1])))
      {
        words++;
        capitals += g_ascii_isupper (*p) != 0;
      }
  return words > 0 && capitals * 2 > words;
}

/* Whether @statement is a clause that a semicolon parts from the one
 * before it. */
static gboolean
after_semicolon (const CorStatement *statement)
{
  const char *sentence = statement->sentence;
  gsize at = statement->start - statement->sentence_start;

  if (sentence == NULL || at == 0 || at > strlen (sentence))
    return FALSE;
  while (at > 0 && g_ascii_isspace (sentence[at - 1]))
    at--;
  return at > 0 && sentence[at - 1] == ';';
}

/* The words @statement's summary is made from: its own, the clause its
 * joined one hangs on, or its whole sentence. */
static const char *
summary_source (const CorStatement *statement)
{
  const char *text = statement->text, *joined;

  /* A clause that leans on its sentence is summarised by the sentence; the
   * sentence's first clause, once a "But" that ties it to the one before
   * is dropped, stands alone, and it says less than the sentence does: a
   * row of the clause after it ("…, helping drive the euro below $1.29")
   * then does not carry the same summary. */
  if (statement->start > statement->sentence_start && (joined = joined_clause (text)) != NULL)
    text = joined;
  /* "The goal is passage by Friday; Greece faces a May 19 due date": a
   * clause after a semicolon is a sentence of its own, when it has a
   * subject of its own. */
  else if (!statement->headline && !title_case (statement->sentence) && after_semicolon (statement)
           && clause_with_subject (text) == text)
    ;
  else if (statement->sentence != NULL && (opens_fragment (text) || statement->start > statement->sentence_start)
           && !(statement->start == statement->sentence_start && opens_with_droppable (text)))
    text = statement->sentence;
  return text;
}

char *
cor_summary_from_statement (const CorStatement *statement,
                            gboolean           *reads_sentence)
{
  const char *text;
  char *summary;

  g_return_val_if_fail (statement != NULL, NULL);

  if (reads_sentence != NULL)
    *reads_sentence = FALSE;
  if ((summary = relative_clause (statement)) != NULL || (summary = participle_clause (statement)) != NULL)
    return summary;
  text = summary_source (statement);
  /* A clause summed up by its whole sentence. */
  if (reads_sentence != NULL)
    *reads_sentence = text == statement->sentence
                      && (statement->start > statement->sentence_start
                          || statement->end - statement->start < strlen (statement->sentence));
  summary = summarise (text, statement->headline);
  /* The summary, not the text: a sentence that goes on with a quotation
   * the paragraph before opened has its closing mark alone. */
  if (is_bare_quote (skip_dateline (text)) || is_bare_quote (summary))
    {
      g_autofree char *topic = topic_of (skip_dateline (text));
      char *attributed = attribute_quote (summary, statement->speaker, topic);

      g_free (summary);
      summary = attributed;
    }
  else
    {
      char *named = name_the_pronoun (summary, statement->speaker);

      if (named == NULL)
        named = name_the_role (summary, statement->speaker);
      if (named != NULL)
        {
          g_free (summary);
          summary = named;
        }
    }
  return summary;
}

static const char *
last_word_of (const char *name)
{
  const char *space = strrchr (name, ' ');

  return space != NULL ? space + 1 : name;
}

/* The one person the row's statements say spoke: each statement that
 * names a speaker names the same family name ("Strauss-Kahn", "Dominique
 * Strauss-Kahn"). The shortest of the full names, or NULL when none is
 * named or two differ. */
static const char *
row_speaker (GPtrArray *statements)
{
  const char *best = NULL;

  for (guint i = 0; i < statements->len; i++)
    {
      const CorStatement *st = g_ptr_array_index (statements, i);

      if (!nameable_speaker (st->speaker))
        continue;
      if (best != NULL && g_ascii_strcasecmp (last_word_of (best), last_word_of (st->speaker)) != 0)
        return NULL;
      if (best == NULL || (strchr (st->speaker, ' ') != NULL
                           && (strchr (best, ' ') == NULL || strlen (st->speaker) < strlen (best))))
        best = st->speaker;
    }
  return best;
}

/* How many reports' statements of the row name @speaker, by its last word. */
static guint
sources_naming (GPtrArray  *statements,
                const char *speaker)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < statements->len; i++)
    {
      const CorStatement *st = g_ptr_array_index (statements, i);

      if (nameable_speaker (st->speaker) && g_ascii_strcasecmp (last_word_of (st->speaker), last_word_of (speaker)) == 0)
        g_hash_table_add (sources, GUINT_TO_POINTER (st->source + 1));
    }
  return g_hash_table_size (sources);
}

/* "Four people died in hospitals, he said." → "Four people died in
 * hospitals.": an attribution whose pronoun nothing names is removed
 * whole. Not from a quotation, which would be left with no speaker. */
static char *
drop_pronoun_attribution (const char *summary)
{
  const char *comma = strrchr (summary, ',');
  GString *s;

  if (comma == NULL || !ends_with_pronoun_attribution (summary) || comma[1] != ' ')
    return NULL;
  s = g_string_new_len (summary, comma - summary);
  if (is_bare_quote (s->str) || count_quotes (s->str, "\"") % 2 == 1
      || count_quotes (s->str, "\xe2\x80\x9c") != count_quotes (s->str, "\xe2\x80\x9d"))
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  /* What is left must be a clause of its own: a finite verb, and no
   * "Still, if …" or "Shortly after learning about it". */
  {
    const char *comma_after_first = strstr (s->str, ", ");
    char word[32];

    if (comma_after_first != NULL && comma_after_first - s->str < 24)
      first_word (comma_after_first, word, sizeof word);
    else
      word[0] = '\0';
    if (!cor_proposition_has_finite_verb (s->str, 0, s->len, NULL) || opens_fragment (s->str)
        || in_list (word, openers, G_N_ELEMENTS (openers)))
      {
        g_string_free (s, TRUE);
        return NULL;
      }
  }
  end_as_sentence (s, FALSE);
  return g_string_free (s, FALSE);
}

char *
cor_summary_settle (const char *summary,
                    GPtrArray  *statements)
{
  const char *speaker;
  char *settled;

  g_return_val_if_fail (summary != NULL && statements != NULL, NULL);

  /* "He was quoted as saying: “…”": the name for "he" when two reports
   * agree on it (one report's "he" may be the wrong man: the nearest name
   * before it), or the summary as it is; without its attribution it would
   * be a quotation no one said. */
  if ((g_str_has_prefix (summary, "He ") || g_str_has_prefix (summary, "She "))
      && cor_attribution_find_pronoun (summary, summary) == summary)
    {
      speaker = row_speaker (statements);
      if (speaker == NULL || !nameable_speaker (speaker) || strstr (summary, speaker) != NULL
          || sources_naming (statements, speaker) < 2)
        return NULL;
      return g_strconcat (speaker, strchr (summary, ' '), NULL);
    }
  if (!ends_with_pronoun_attribution (summary))
    return NULL;
  speaker = row_speaker (statements);
  if (speaker != NULL && (settled = name_the_pronoun (summary, speaker)) != NULL)
    {
      if (!cor_summary_is_fragment (settled))
        return settled;
      g_free (settled);
    }
  settled = drop_pronoun_attribution (summary);
  if (settled != NULL && cor_summary_is_fragment (settled))
    g_clear_pointer (&settled, g_free);
  return settled;
}
