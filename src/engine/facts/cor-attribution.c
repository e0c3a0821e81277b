/* cor-attribution.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-statement"

#include "config.h"

#include <string.h>

#include "cor-attribution.h"
#include "cor-dates-lexicon.h"

/* Who says a statement, and how firmly. Both read plain English cues: the
 * verbs and phrases news writing uses to attribute and to hedge. */

static const char *reporting_verbs[] = {
  "said", "says", "say", "told", "tells", "stated", "states", "added", "adds",
  "announced", "wrote", "writes", "posted", "claimed", "claims", "insisted",
  "warned", "emphasized", "emphasised", "stressed", "noted", "described",
  "reported", "reports", "confirmed", "declared", "argued", "argues",
};

static const char *subject_stops[] = {
  "that", "and", "which", "who", "but", "as", "while", "when", "after", "before",
  "if", "because", "although", "though", "where", "also", "has", "have", "had",
  "was", "were", "is", "are", "later", "previously", "earlier", "then", "once",
};

static const char *pronouns[] = {
  "he", "she", "they", "it", "we", "i", "you", "this", "there", "his", "her",
};

/* Prepositions that end a subject on the right: "Papandreou on Sunday
 * announced". */
static const char *subject_cuts[] = { "on", "in", "at", "during", "last", "this", "late", "early" };

/* Before a reporting verb, these make it no attribution: "was reported",
 * "had so far been confirmed". */
static const char *passive_aids[] = {
  "been", "be", "being", "was", "were", "is", "are",
};

/* Words no speaker's name ends with. */
static const char *not_speaker_words[] = {
  "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "been", "be",
  "whose", "which", "who", "whom", "that", "their", "its", "plan", "plans",
};

/* Words that make a run of words a clause rather than who spoke: "waiting
 * to present their", "migrants plan to present asylum". */
static const char *clause_markers[] = {
  "to", "their", "its", "whose", "which", "who", "that", "plan", "plans", "they", "we",
};

/* Titles written with a full stop, which a name goes on after. */
static const char *titles[] = {
  "mr.", "mrs.", "ms.", "dr.", "rep.", "sen.", "gov.", "gen.", "col.", "lt.", "sgt.",
  "capt.", "prof.", "rev.", "st.", "u.s.", "u.n.", "u.k.", "jr.",
};

static gboolean
in_list (const char  *word,
         const char **list,
         gsize        n)
{
  /* The first letter rules out most entries without a full comparison. */
  for (gsize i = 0; i < n; i++)
    if (g_ascii_tolower (word[0]) == list[i][0] && g_ascii_strcasecmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Curly quotes and apostrophes folded to ASCII, and "n't" spelt out, so that
 * cues can be matched byte for byte. Written into @out, which has room for
 * @text (folding never lengthens it); returns the length. */
static gsize
fold_into (const char *text,
           char       *out)
{
  const char *run = text;
  const char *p = text;
  char *o = out;

  /* Everything is copied byte for byte but the characters folded, which
   * all begin with 0xC2 or 0xE2. */
  while (*p)
    {
      gunichar c;
      const char *next;
      char folded;

      if ((guchar)*p != 0xc2 && (guchar)*p != 0xe2)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      next = g_utf8_next_char (p);
      if (c == 0x2019 || c == 0x2018 || c == 0x2032)
        folded = '\'';
      else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB)
        folded = '"';
      else if (c == 0x2013 || c == 0x2014)
        folded = '-';
      else
        {
          p++;
          continue;
        }
      memcpy (o, run, p - run);
      o += p - run;
      *o++ = folded;
      p = run = next;
    }
  memcpy (o, run, p - run);
  o += p - run;
  *o = '\0';
  return o - out;
}

/* A few working copies of a clause: on the stack for most, on the heap for
 * a long one. Every clause of every report goes through here, and each
 * copy was an allocation. */
#define STACK_ROOM 2048

typedef struct
{
  char  stack[STACK_ROOM];
  char *heap;
} Room;

static char *
room_for (Room  *room,
          gsize  size)
{
  room->heap = NULL;
  if (size <= sizeof room->stack)
    return room->stack;
  return room->heap = g_malloc (size);
}

/* Whether @lower (ASCII lowercase) holds any of @words: a cheap test that
 * rules out most sentences before they are split into words. */
static gboolean
contains_any (const char  *lower,
              const char **words,
              gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (strstr (lower, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The word in @token without the quotes and brackets around it and the
 * punctuation after it: its first byte, and its length in @len. */
static const char *
strip_range (const char *token,
             gsize      *len)
{
  gsize n = strlen (token);

  while (n && strchr ("\"'(),.;:!?", token[n - 1]))
    n--;
  while (n && strchr ("\"'(", token[0]))
    token++, n--;
  *len = n;
  return token;
}

/* strip_token() into a buffer: called on every word of every sentence, it
 * must not allocate. A word longer than the buffer is cut short, which
 * no cue it is compared with is. */
static void
strip_token_into (const char *token,
                  char       *buf,
                  gsize       size)
{
  gsize len;

  while (*token && strchr ("\"'(", *token))
    token++;
  len = strlen (token);
  while (len && strchr ("\"'(),.;:!?", token[len - 1]))
    len--;
  len = MIN (len, size - 1);
  memcpy (buf, token, len);
  buf[len] = '\0';
}

static gboolean
is_initial (const char *token)
{
  return g_ascii_isupper (token[0]) && token[1] == '.' && token[2] == '\0';
}

/* "U.S.", "U.N.": letters each with its full stop (a comma may follow). */
static gboolean
is_dotted_name (const char *token)
{
  gsize n = 0;

  while (g_ascii_isupper (token[n]) && token[n + 1] == '.')
    n += 2;
  return n >= 4 && (token[n] == '\0' || (token[n] == ',' && token[n + 1] == '\0'));
}

static char *
join_subject (char **tokens,
              int    first,
              int    last)
{
  g_autoptr(GString) out = NULL;
  char last_word[16] = "";
  const char *word;
  gsize len;

  if (last < first || first < 0)
    return NULL;
  /* No pronoun is as long as the buffer. */
  word = strip_range (tokens[last], &len);
  if (len < sizeof last_word)
    {
      memcpy (last_word, word, len);
      last_word[len] = '\0';
    }

  while (first <= last && in_list (tokens[first], (const char *[]){ "the", "a", "an" }, 3))
    first++;
  out = g_string_new (NULL);
  for (int i = first; i <= last; i++)
    {
      word = strip_range (tokens[i], &len);
      /* A title or an initial keeps its full stop inside a name: "Rep.
       * Ana Lund", "Rusli M. Saleh"; "U.S." keeps it anywhere. */
      if ((i < last && (in_list (tokens[i], titles, G_N_ELEMENTS (titles)) || is_initial (tokens[i])))
          || is_dotted_name (tokens[i]))
        word = tokens[i], len = strlen (tokens[i]);
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append_len (out, word, len);
    }
  if (out->len == 0 || (last_word[0] != '\0' && in_list (last_word, pronouns, G_N_ELEMENTS (pronouns))))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
ends_clause (const char *token)
{
  gsize len = strlen (token);

  return len > 0 && strchr (",;:\"", token[len - 1]) != NULL;
}

/* Whether tokens @first to @last are a short run of capitalised words. */
static gboolean
is_name_run (char **tokens,
             int    first,
             int    last)
{
  if (last < first || last - first > 4)
    return FALSE;
  for (int i = first; i <= last; i++)
    if (!g_ascii_isupper (tokens[i][0]))
      return FALSE;
  return TRUE;
}

/* "Colo.,", "Calif.": one word cut short, not an initial ("M."). */
static gboolean
is_abbreviation (const char *token)
{
  gsize len = strcspn (token, ".");

  return len >= 2 && token[len] == '.' && (token[len + 1] == '\0' || token[len + 1] == ',');
}

/* "initially", "repeatedly": a word in -ly, in lower case. */
static gboolean
is_adverb (const char *token)
{
  gsize len = strlen (token);

  return len >= 5 && g_ascii_islower (token[0]) && g_str_has_suffix (token, "ly");
}

/* The words right before a reporting verb: "US President Donald Trump said". */
static char *
subject_before (char **tokens,
                int    verb)
{
  const char *before;
  int first, end;

  /* "A government official initially reported": the adverb is no part
   * of who. */
  while (verb > 1 && is_adverb (tokens[verb - 1]))
    verb--;
  before = verb > 0 ? tokens[verb - 1] : NULL;
  first = end = verb;

  if (before != NULL && g_str_has_suffix (before, ",") && strchr (before, '"') == NULL)
    {
      /* "China, in a readout of the call, said": skip the aside. */
      int i = verb - 2;

      while (i >= 0 && verb - i < 14 && !ends_clause (tokens[i]))
        i--;
      if (i < 0 || verb - i >= 14 || strchr (tokens[i], '"'))
        return NULL;
      /* "The ferry operator, Bluewake Lines, said": an aside that is a
       * name says who the speaker is; "in Golden, Colo., said", one
       * abbreviation, says where the one before it is. */
      if (is_name_run (tokens, i + 1, verb - 1) && !(i + 1 == verb - 1 && is_abbreviation (tokens[verb - 1])))
        return join_subject (tokens, i + 1, verb - 1);
      first = i;
      end = i + 1;
    }
  else if (before != NULL && ends_clause (before))
    return NULL;

  while (first > 0 && end - first < 5)
    {
      const char *prev = tokens[first - 1];

      if (ends_clause (prev) || prev[0] == '"' || in_list (prev, subject_stops, G_N_ELEMENTS (subject_stops)))
        break;
      first--;
    }
  if (end > first && in_list (tokens[end - 1], pronouns, G_N_ELEMENTS (pronouns)))
    return NULL;
  for (int i = first + 1; i < end; i++)
    if (in_list (tokens[i], subject_cuts, G_N_ELEMENTS (subject_cuts)))
      {
        end = i;
        break;
      }
  /* "…, officials and state media said": both said it. The words before
   * "and" are the first speaker when a clause ends right before them and
   * they are a name or a plural noun, not a clause ("police arrived"). */
  if (end == verb && first >= 2 && strcmp (tokens[first - 1], "and") == 0)
    {
      int other = first - 2, start = other;

      while (start > 0 && other - start < 2 && !ends_clause (tokens[start - 1]) && g_ascii_isupper (tokens[start][0]))
        start--;
      if ((start == 0 || ends_clause (tokens[start - 1])) && !ends_clause (tokens[other])
          && !in_list (tokens[other], pronouns, G_N_ELEMENTS (pronouns))
          && (is_name_run (tokens, start, other)
              || (start == other && strlen (tokens[other]) > 3 && g_str_has_suffix (tokens[other], "s")
                  && g_ascii_islower (tokens[other][0]))))
        first = start;
    }
  return join_subject (tokens, first, end - 1);
}

/* A day or a month is when, never who ("Monday", "December"): the dates
 * lexicon knows them. */
static gboolean
is_weekday_or_month (const char *word)
{
  g_autoptr(CorWords) words = cor_words_new (word, strlen (word));
  guint next;

  return words->n_words == 1
         && (cor_dates_weekday_at (words, 0, TRUE, &next) != 0 || cor_dates_month_at (words, 0, &next) != 0);
}

/* Verbs whose speaker may follow them ("…, said the minister"); "told
 * AFP" names who heard it. */
static const char *inverting_verbs[] = {
  "said", "says", "added", "adds", "wrote", "writes", "stated", "noted", "declared", "insisted",
  "warned", "argued",
};

/* Words that make the words after a verb a clause of what was said: "said
 * Mr Bashir should be held responsible". */
static const char *aux_words[] = {
  "should", "would", "will", "shall", "can", "could", "may", "might", "must", "be", "is", "was",
  "were", "are", "has", "had", "have", "did", "does", "do", "not",
};

/* Words no speaker starts with. */
static const char *prepositions[] = {
  "in", "on", "at", "for", "of", "to", "by", "with", "from", "about", "after", "before",
};

/* Words after which a reporting word is no attribution: "insisted upon",
 * "Gulf states of Oman". */
static const char *not_after_verb[] = { "upon", "by", "of" };

/* Words before which a reporting word is a noun: "denies claims", "the
 * reports". */
static const char *noun_markers[] = {
  "the", "a", "an", "its", "his", "her", "their", "these", "those", "such", "any", "no",
  "denies", "denied", "rejects", "rejected",
};


/* Whether the comma before the verb at @verb closes an apposition ("John
 * Prendergast, the co-founder of the project, said"): a short aside after
 * a comma, with no verb of its own. */
static gboolean
after_apposition (char **tokens,
                  int    verb)
{
  int i = verb - 2;

  if (verb < 2 || !g_str_has_suffix (tokens[verb - 1], ","))
    return FALSE;
  for (; i >= 0 && verb - i <= 10; i--)
    {
      char word[64];

      if (ends_clause (tokens[i]))
        return TRUE;
      strip_token_into (tokens[i], word, sizeof word);
      if (in_list (word, aux_words, G_N_ELEMENTS (aux_words)) || in_list (word, reporting_verbs, G_N_ELEMENTS (reporting_verbs))
          || strchr (tokens[i], '"') != NULL)
        return FALSE;
    }
  return FALSE;
}

/* "…," said the minister; "…, said disaster agency official Fauzi": the
 * words after the verb up to the clause's end, when they name someone (a
 * capitalised word, or a determiner and a noun), a title with its full
 * stop ("Rep. Pete Flores") going on to the name. Never a quotation
 * ("said: “…”") or a clause ("said talks had failed"). */
static char *
subject_after (char **tokens,
               int    verb)
{
  int last = verb;
  gboolean named = FALSE, closed = FALSE;
  gsize len = strlen (tokens[verb]);

  if (len > 0 && strchr (":\"", tokens[verb][len - 1]) != NULL)
    return NULL;
  {
    char verb_word[64];

    strip_token_into (tokens[verb], verb_word, sizeof verb_word);
    if (!in_list (verb_word, inverting_verbs, G_N_ELEMENTS (inverting_verbs)))
      return NULL;
  }
  while (tokens[last + 1] != NULL && last - verb < 10)
    {
      const char *t = tokens[last + 1];
      char word[64];

      if (t[0] == '"' || strchr (t, '"') != NULL)
        break;
      strip_token_into (t, word, sizeof word);
      if (word[0] == '\0' || !g_ascii_isalpha (word[0]) || in_list (word, subject_stops, G_N_ELEMENTS (subject_stops))
          || in_list (word, reporting_verbs, G_N_ELEMENTS (reporting_verbs))
          || in_list (word, aux_words, G_N_ELEMENTS (aux_words)) || in_list (word, pronouns, G_N_ELEMENTS (pronouns))
          || (last == verb && in_list (word, prepositions, G_N_ELEMENTS (prepositions))))
        break;
      last++;
      named |= g_ascii_isupper (word[0]) && !is_weekday_or_month (word);
      /* An initial goes on to the name: "Rusli M. Saleh". */
      if (ends_clause (t) || (strchr (t, '.') && !in_list (t, titles, G_N_ELEMENTS (titles)) && !is_initial (t)))
        {
          closed = TRUE;
          break;
        }
    }
  /* The speaker ends its clause: "said a brake had failed" is what was
   * said. */
  if (last == verb || !(closed || tokens[last + 1] == NULL))
    return NULL;
  if (!named)
    {
      char first[64];

      strip_token_into (tokens[verb + 1], first, sizeof first);
      if (!in_list (first, (const char *[]){ "the", "a", "an" }, 3) || last - verb > 4)
        return NULL;
    }
  /* "Sutopo Purwo Nugroho of the National Disaster Mitigation Agency" is
   * Sutopo Purwo Nugroho. */
  for (int i = verb + 2; i <= last; i++)
    if (g_ascii_strcasecmp (tokens[i], "of") == 0 && g_ascii_isupper (tokens[i - 1][0]))
      {
        last = i - 1;
        break;
      }
  return join_subject (tokens, verb + 1, last);
}


/* "I'm told", "we understand": the reporter, who is no speaker. Matched
 * with its case: "US" is a speaker. */
static const char *first_person[] = { "I", "I'm", "I've", "we", "We", "we're", "We're", "you", "You", "us" };

static gboolean
is_first_person (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (first_person); i++)
    if (strcmp (word, first_person[i]) == 0)
      return TRUE;
  return FALSE;
}

/* "Few said", "Many say": how many, not who. */
static const char *quantifiers[] = { "few", "many", "some", "most", "several", "others", "all", "both" };

/* Whether @subject can be who spoke: a name (a capitalised word that is
 * no day, month or lone title), or a short phrase of who people are
 * ("officials", "the doctor", "local residents"); never words of a
 * clause ("damaged in Takengon", "bringing the", "not been"). */
static gboolean
plausible_speaker (const char *subject)
{
  g_auto(GStrv) words = g_strsplit (subject, " ", -1);
  guint n = g_strv_length (words), capitals = 0;
  gboolean clause_words = FALSE;

  if (n == 0 || in_list (words[n - 1], not_speaker_words, G_N_ELEMENTS (not_speaker_words))
      || in_list (words[0], prepositions, G_N_ELEMENTS (prepositions)) || in_list (words[0], pronouns, G_N_ELEMENTS (pronouns))
      || is_first_person (words[0])
      || (n == 1 && in_list (words[0], quantifiers, G_N_ELEMENTS (quantifiers))))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *titled = g_strconcat (words[i], ".", NULL);
      gsize len = strlen (words[i]);
      gboolean verb_form = len > 4 && (g_str_has_suffix (words[i], "ed") || g_str_has_suffix (words[i], "ing"));

      if (len == 0 || !g_ascii_isalpha (words[i][0]))
        return FALSE;
      if (g_ascii_isupper (words[i][0]))
        {
          if (!is_weekday_or_month (words[i]) && !in_list (titled, titles, G_N_ELEMENTS (titles)))
            capitals++;
          continue;
        }
      /* "damaged in Takengon", "bringing the": a verb first, so a clause */
      if (verb_form && i == 0)
        return FALSE;
      if (in_list (words[i], aux_words, G_N_ELEMENTS (aux_words)))
        return FALSE;
      clause_words |= verb_form || in_list (words[i], clause_markers, G_N_ELEMENTS (clause_markers));
    }
  return capitals > 0 || (n <= 5 && !clause_words);
}

static char *
according_to (char **tokens,
              int    at)
{
  int last = at;

  while (tokens[last + 1] != NULL && last - at < 7)
    {
      last++;
      if (ends_clause (tokens[last])
          || (g_str_has_suffix (tokens[last], ".") && !in_list (tokens[last], titles, G_N_ELEMENTS (titles))))
        break;
    }
  return last > at ? join_subject (tokens, at + 1, last) : NULL;
}

/* @text in ASCII lower case, into @out (room for @text). */
static void
ascii_lower_into (const char *text,
                  char       *out)
{
  while (*text)
    *out++ = g_ascii_tolower (*text++);
  *out = '\0';
}

gboolean
cor_attribution_is_saying_verb (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);

  if (strcmp (word, "told") == 0 || strcmp (word, "tells") == 0 || strcmp (word, "described") == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (reporting_verbs); i++)
    if (strcmp (word, reporting_verbs[i]) == 0)
      return TRUE;
  return FALSE;
}

const char *
cor_attribution_find_pronoun (const char *text,
                              const char *from)
{
  static const char *pronoun_words[] = { "he ", "she " };
  static const char *verbs[] = { "said", "says", "added", "adds", "told", "wrote", "stated", "was quoted",
                                 "is quoted", "insisted", "warned", "noted", "explained" };

  g_return_val_if_fail (text != NULL && from != NULL, NULL);

  for (const char *p = from; *p; p++)
    {
      if (p != text && p[-1] != ' ')
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (pronoun_words); i++)
        {
          gsize n = strlen (pronoun_words[i]);

          if (g_ascii_strncasecmp (p, pronoun_words[i], n) != 0)
            continue;
          for (guint j = 0; j < G_N_ELEMENTS (verbs); j++)
            if (strncmp (p + n, verbs[j], strlen (verbs[j])) == 0 && !g_ascii_isalpha (p[n + strlen (verbs[j])]))
              return p;
        }
    }
  return NULL;
}

/* Words that are plural nouns as often as verbs: "Blue Nile states.", "the
 * two states are". A verb of saying when a clause or quotation follows
 * ("states that", "reports: “…”"), or ending a tail set off by a comma
 * ("…, the agency reports."). */
static const char *noun_or_verb[] = { "states", "reports", "claims" };

static gboolean
plural_noun (char       **tokens,
             int          i,
             const char  *word)
{
  const char *next = tokens[i + 1];
  gsize len = strlen (tokens[i]);

  if (!in_list (word, noun_or_verb, G_N_ELEMENTS (noun_or_verb)))
    return FALSE;
  if (len > 0 && tokens[i][len - 1] == ':')
    return FALSE;
  if (next != NULL)
    return !(g_ascii_strcasecmp (next, "that") == 0 || next[0] == '"');
  for (int k = i - 1; k >= 0 && i - k <= 4; k--)
    if (ends_clause (tokens[k]))
      return FALSE;
  return TRUE;
}

char *
cor_attribution_find_speaker (const char *text)
{
  gsize len = strlen (text);
  Room room;
  char *lower = room_for (&room, len + 1);
  g_autofree char *heap = room.heap;
  g_autofree char *folded = NULL;
  g_autofree char **tokens = NULL;
  gboolean in_quote = FALSE;
  int n = 0;

  /* No speaker without a reporting verb or "according to" somewhere; most
   * clauses have neither. Folding never makes or breaks an ASCII word. */
  ascii_lower_into (text, lower);
  if (strstr (lower, "according") == NULL
      && !contains_any (lower, reporting_verbs, G_N_ELEMENTS (reporting_verbs)))
    return NULL;
  folded = g_malloc (len + 1);
  fold_into (text, folded);

  /* The words between blanks, cut in place: no copy of each word. */
  tokens = g_new (char *, strlen (folded) / 2 + 2);
  for (char *p = folded; *p; p++)
    if (*p == ' ' || *p == '\n' || *p == '\t')
      *p = '\0';
    else if (p == folded || p[-1] == '\0')
      tokens[n++] = p;
  tokens[n] = NULL;

  for (int i = 0; i < n; i++)
    {
      char word[64];

      strip_token_into (tokens[i], word, sizeof word);

      if (tokens[i][0] == '"' && !in_quote)
        in_quote = TRUE;
      else if (in_quote)
        {
          if (strchr (tokens[i], '"'))
            in_quote = FALSE;
          continue;
        }

      if (g_ascii_strcasecmp (word, "according") == 0 && tokens[i + 1]
          && g_ascii_strcasecmp (tokens[i + 1], "to") == 0)
        return according_to (tokens, i + 1);
      if (g_ascii_islower (word[0]) && in_list (word, reporting_verbs, G_N_ELEMENTS (reporting_verbs))
          && !(i > 0 && in_list (tokens[i - 1], passive_aids, G_N_ELEMENTS (passive_aids)))
          && !(tokens[i + 1] != NULL && in_list (tokens[i + 1], not_after_verb, G_N_ELEMENTS (not_after_verb)))
          && !(i > 0 && in_list (tokens[i - 1], noun_markers, G_N_ELEMENTS (noun_markers)))
          && !plural_noun (tokens, i, word))
        {
          char *subject = NULL;
          gboolean inverted = i > 0 && ends_clause (tokens[i - 1]) && !after_apposition (tokens, i);

          /* "…, one man was killed when a landslide struck, said official
           * Fauzi": the name after the verb; "John Prendergast, the
           * co-founder of the project, said the regime …": the one before
           * the apposition. */
          if (inverted)
            subject = subject_after (tokens, i);
          if (subject == NULL)
            subject = subject_before (tokens, i);
          if (subject == NULL && !inverted && i > 0 && ends_clause (tokens[i - 1]))
            subject = subject_after (tokens, i);
          if (subject != NULL && plausible_speaker (subject))
            return subject;
          g_free (subject);
        }
      if (strchr (tokens[i], '"') && tokens[i][0] != '"')
        in_quote = FALSE;
    }
  return NULL;
}

typedef struct
{
  const char   *cue;
  CorCertainty  certainty;
  gboolean      frames;     /* bears on the whole sentence, not one verb */
} Cue;

/* Checked in order; the first that matches decides. */
static const Cue negations[] = {
  { "not", COR_CERTAINTY_NEGATED }, { "no", COR_CERTAINTY_NEGATED },
  { "never", COR_CERTAINTY_NEGATED }, { "denied", COR_CERTAINTY_NEGATED },
  { "denies", COR_CERTAINTY_NEGATED }, { "neither", COR_CERTAINTY_NEGATED },
};

static const Cue modalities[] = {
  /* "One report said …", "…, according to reports": a report frames the
   * sentence, however far from its verb. */
  { "reportedly", COR_CERTAINTY_REPORTED }, { "report said", COR_CERTAINTY_REPORTED, TRUE },
  { "reports said", COR_CERTAINTY_REPORTED, TRUE }, { "report says", COR_CERTAINTY_REPORTED, TRUE },
  { "was reported", COR_CERTAINTY_REPORTED }, { "were reported", COR_CERTAINTY_REPORTED },
  { "according to reports", COR_CERTAINTY_REPORTED, TRUE },
  { "is considering", COR_CERTAINTY_HEDGED }, { "was considering", COR_CERTAINTY_HEDGED },
  { "are considering", COR_CERTAINTY_HEDGED }, { "were considering", COR_CERTAINTY_HEDGED },
  { "considering", COR_CERTAINTY_HEDGED }, { "may", COR_CERTAINTY_HEDGED },
  { "might", COR_CERTAINTY_HEDGED }, { "could", COR_CERTAINTY_HEDGED },
  { "is expected to", COR_CERTAINTY_HEDGED }, { "are expected to", COR_CERTAINTY_HEDGED },
  { "was expected to", COR_CERTAINTY_HEDGED }, { "likely", COR_CERTAINTY_HEDGED },
  { "possibly", COR_CERTAINTY_HEDGED }, { "possible", COR_CERTAINTY_HEDGED },
  { "weighing", COR_CERTAINTY_HEDGED }, { "mulling", COR_CERTAINTY_HEDGED },
  { "is due to", COR_CERTAINTY_PLANNED }, { "are due to", COR_CERTAINTY_PLANNED },
  { "scheduled to", COR_CERTAINTY_PLANNED }, { "is set to", COR_CERTAINTY_PLANNED },
  { "are set to", COR_CERTAINTY_PLANNED }, { "intends to", COR_CERTAINTY_PLANNED },
  { "intention to", COR_CERTAINTY_PLANNED }, { "plans to", COR_CERTAINTY_PLANNED },
  { "planned", COR_CERTAINTY_PLANNED }, { "aims to", COR_CERTAINTY_PLANNED },
};

/* Saying that a thing went unmentioned is a statement about an omission. */
static const char *omissions[] = {
  "not mention", "no mention", "not refer", "no reference", "not address",
  "not include", "was silent", "were silent", "omitted", "did not say",
};

/* What a firm statement says it happened: used to word the notes. */
static const char *assertions[] = {
  "agreed", "approved", "announced", "confirmed", "committed", "signed",
  "decided", "pledged", "ordered", "launched", "killed", "arrested",
};

/* Whole-word search in @hay (lowercase ASCII-folded); "may" must be
 * lowercase in the original too, so the month is not a hedge. */
static const char *
find_word (const char *hay,
           const char *orig,
           const char *needle)
{
  gsize len = strlen (needle);

  for (const char *p = strstr (hay, needle); p; p = strstr (p + 1, needle))
    {
      gboolean left = p == hay || !g_ascii_isalnum (p[-1]);
      gboolean right = !g_ascii_isalnum (p[len]);

      if (!left || !right)
        continue;
      if (strcmp (needle, "may") == 0 && orig[p - hay] != 'm')
        continue;
      if (strcmp (needle, "not") == 0 && g_str_has_prefix (p, "not only"))
        continue;
      return p;
    }
  return NULL;
}

/* "n't" spelt out " not", into @out: room for @text and a byte for each
 * three of it. */
static void
spell_out_not_into (const char *text,
                    char       *out)
{
  const char *run = text;
  const char *p;

  for (p = strstr (text, "n't"); p != NULL; p = strstr (p, "n't"))
    {
      if (g_ascii_isalnum (p[3]))
        {
          p++;
          continue;
        }
      memcpy (out, run, p - run);
      out += p - run;
      memcpy (out, " not", 4);
      out += 4;
      p = run = p + 3;
    }
  strcpy (out, run);
}

/* The pairs of letters that begin a word of @lower, as bits of a small
 * table: a cue whose first two letters begin no word cannot be found, so
 * most of the cues are never searched for. */
#define WORD_STARTS_BITS 1024

static guint
word_start_bit (guchar a,
                guchar b)
{
  return (a * 31u + b) % WORD_STARTS_BITS;
}

static void
word_starts (const char *lower,
             guint32    *bits)
{
  memset (bits, 0, WORD_STARTS_BITS / 8);
  for (const char *p = lower; *p && p[1]; p++)
    if (p == lower || !g_ascii_isalnum (p[-1]))
      {
        guint bit = word_start_bit (p[0], p[1]);

        bits[bit / 32] |= 1u << (bit % 32);
      }
}

static gboolean
may_start_word (const guint32 *bits,
                const char    *cue)
{
  guint bit = word_start_bit (cue[0], cue[1]);

  return (bits[bit / 32] & (1u << (bit % 32))) != 0;
}

gboolean
cor_attribution_cue_frames (const char *cue)
{
  for (guint i = 0; cue != NULL && i < G_N_ELEMENTS (modalities); i++)
    if (modalities[i].frames && strcmp (cue, modalities[i].cue) == 0)
      return TRUE;
  return FALSE;
}

CorCertainty
cor_attribution_find_certainty (const char  *text,
                                char       **cue,
                                gboolean    *omission)
{
  /* Folded, then spelt out, then lower-cased: each fits in @size. */
  gsize len = strlen (text), size = len + len / 3 + 1;
  Room room;
  char *folded = room_for (&room, 3 * size);
  g_autofree char *heap = room.heap;
  char *orig = folded + size, *lower = orig + size;
  guint32 starts[WORD_STARTS_BITS / 32];

  fold_into (text, folded);
  spell_out_not_into (folded, orig);
  ascii_lower_into (orig, lower);
  *omission = FALSE;
  *cue = NULL;
  word_starts (lower, starts);
  for (guint i = 0; i < G_N_ELEMENTS (omissions); i++)
    if (may_start_word (starts, omissions[i]) && find_word (lower, orig, omissions[i]))
      {
        *omission = TRUE;
        *cue = g_strdup (omissions[i]);
        return COR_CERTAINTY_ASSERTED;
      }
  for (guint i = 0; i < G_N_ELEMENTS (negations); i++)
    if (may_start_word (starts, negations[i].cue) && find_word (lower, orig, negations[i].cue))
      {
        *cue = g_strdup (negations[i].cue);
        return negations[i].certainty;
      }
  for (guint i = 0; i < G_N_ELEMENTS (modalities); i++)
    if (may_start_word (starts, modalities[i].cue) && find_word (lower, orig, modalities[i].cue))
      {
        *cue = g_strdup (modalities[i].cue);
        return modalities[i].certainty;
      }
  for (guint i = 0; i < G_N_ELEMENTS (assertions); i++)
    if (may_start_word (starts, assertions[i]) && find_word (lower, orig, assertions[i]))
      {
        *cue = g_strdup (assertions[i]);
        break;
      }
  return COR_CERTAINTY_ASSERTED;
}

const char *
cor_certainty_to_string (CorCertainty certainty)
{
  static const char *names[] = { "asserted", "planned", "hedged", "reported", "negated" };

  g_return_val_if_fail (certainty < G_N_ELEMENTS (names), NULL);
  return names[certainty];
}
