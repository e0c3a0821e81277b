/* cor-statement.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-statement"

#include "config.h"

#include <math.h>
#include <string.h>
#include "cor-attribution.h"
#include "cor-statement.h"
#include "cor-stemmer.h"

/* A statement with fewer content words is furniture ("Tune In", "1 hour ago"). */
#define MIN_WORDS 3
/* A line without terminal punctuation of at most this many words is a
 * headline. */
#define HEADLINE_WORDS 16
/* Clauses shorter than this stay with their sentence. */
#define MIN_CLAUSE_WORDS 4
/* The longest sentence a clause of it keeps whole for its summary. */
#define MAX_SENTENCE_CONTEXT 4096
/* Above this many statements a document skips the quadratic prefix check. */
#define MAX_PREFIX_CHECK 400

void
cor_statement_free (CorStatement *statement)
{
  if (statement == NULL)
    return;
  g_free (statement->text);
  g_free (statement->sentence);
  cor_proposition_clear (&statement->prop);
  g_ptr_array_unref (statement->mentions);
  g_free (statement->speaker);
  g_free (statement->cue);
  g_free (statement);
}

/* Letters and digits only, lowercase: what two quotes of the same words
 * share. Appended to @out with its NUL; returns its length. */
static gsize
squash_into (GString    *out,
             const char *text)
{
  gsize start = out->len;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
  g_string_append_c (out, '\0');
  return out->len - 1 - start;
}

/* One document as its statements are read: what every clause needs, and
 * the buffers one clause leaves to the next. */
typedef struct
{
  CorDocument           *doc;
  guint                  source;
  CorStemmer            *stemmer;
  CorPropositionScratch *scratch;
  GPtrArray             *mentions;    /* the clause's, until it is kept */
  gboolean               no_clauses;
} Reader;

static void
collect_mentions (GPtrArray   *mentions,
                  CorDocument *doc,
                  gsize        start,
                  gsize        end)
{
  g_ptr_array_set_size (mentions, 0);
  cor_document_collect_mentions (doc, start, end, mentions);
}

static gboolean
is_name (CorMentionKind kind)
{
  return kind == COR_MENTION_PERSON || kind == COR_MENTION_ORGANIZATION || kind == COR_MENTION_PLACE;
}

/* The statement of @text[start, end), or NULL when it has fewer than
 * MIN_WORDS content words, names and values: such a clause is dropped
 * whatever else it says, so nothing more of it is read. In a report of
 * short sentences that is nearly every clause (issue 17). */
static CorStatement *
statement_new (Reader  *reader,
               CorSpan  sentence,
               gsize    start,
               gsize    end)
{
  CorDocument *doc = reader->doc;
  CorProposition prop;
  CorStatement *st;
  guint names_and_values = 0;

  collect_mentions (reader->mentions, doc, start, end);
  for (guint i = 0; i < reader->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (reader->mentions, i);

      names_and_values += is_name (m->kind) || cor_mention_kind_is_value (m->kind);
    }
  if (!cor_proposition_init (&prop, doc->text, start, end, reader->mentions, reader->stemmer,
                             MIN_WORDS - MIN (names_and_values, MIN_WORDS), reader->scratch))
    return NULL;

  st = g_new0 (CorStatement, 1);
  st->source = reader->source;
  st->published = doc->published;
  st->start = start;
  st->end = end;
  st->sentence_start = sentence.start;
  st->sentence_end = sentence.end;
  st->text = g_strndup (doc->text + start, end - start);
  /* A clause keeps its sentence for its summary (cor-summary.c), unless
   * the sentence is longer than anyone reads as one: a 1 MB sentence of
   * short clauses copied itself once per clause (issue 17). */
  if ((start != sentence.start || end < sentence.end - 1)
      && sentence.end - sentence.start <= MAX_SENTENCE_CONTEXT)
    st->sentence = g_strndup (doc->text + sentence.start, sentence.end - sentence.start);
  st->mentions = g_ptr_array_copy (reader->mentions, NULL, NULL);
  st->prop = prop;
  st->n_words = prop.n_content + names_and_values;
  return st;
}

static guint
count_words (const char *p,
             const char *end)
{
  guint n = 0, len = 0;

  for (; p <= end; p++)
    {
      if (p < end && g_ascii_isalpha (*p))
        len++;
      else
        {
          n += len >= 3;
          len = 0;
        }
    }
  return n;
}

/* ", saying …", ", warning …": a participle that opens a second statement;
 * prepositions that end in -ing do not. */
/* Whether the words before the comma at @comma are an article and an
 * adjective: "a dry, sloping chamber" lists adjectives of one noun. */
static gboolean
adjectives_before (const char *text,
                   const char *comma)
{
  const char *end = comma, *start, *article_end, *article;
  g_autofree char *word = NULL;
  const CorWordSense *sense;

  start = end;
  while (start > text && g_ascii_isalpha (start[-1]))
    start--;
  if (start == end || start - text < 2 || start[-1] != ' ')
    return FALSE;
  article_end = start - 1;
  article = article_end;
  while (article > text && g_ascii_isalpha (article[-1]))
    article--;
  if (!((article_end - article == 1 && g_ascii_strncasecmp (article, "a", 1) == 0)
        || (article_end - article == 2 && g_ascii_strncasecmp (article, "an", 2) == 0)
        || (article_end - article == 3 && g_ascii_strncasecmp (article, "the", 3) == 0)))
    return FALSE;
  word = g_ascii_strdown (start, end - start);
  sense = cor_lexicon_lookup (word);
  return sense != NULL && (sense->pos & COR_POS_ADJ);
}

static gboolean
is_participle_clause (const char *p,
                      const char *end)
{
  static const char *prepositions[] = {
    "during", "including", "according", "following", "regarding", "concerning",
    "involving", "excluding", "notwithstanding", "something", "nothing", "everything",
    "anything", "morning", "evening", "spring", "string", "king", "thing",
  };
  const char *q = p;

  while (q < end && g_ascii_isalpha (*q))
    q++;
  if (q - p < 5 || q >= end || *q != ' ' || !g_str_has_prefix (q - 3, "ing") || !g_ascii_islower (*p))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (prepositions); i++)
    if ((gsize)(q - p) == strlen (prepositions[i]) && strncmp (p, prepositions[i], q - p) == 0)
      return FALSE;
  return TRUE;
}

/* How many bytes on each side of a join the verb checks read, and how many
 * joins of one clause may fail them before the rest of the sentence stays
 * whole: each check then costs a bounded piece of the sentence, not all of
 * it, and a long sentence of short clauses takes time in proportion to its
 * length (issue 17: one 1 MB sentence took minutes). Clauses shorter than
 * the reach are read whole, as before. */
#define CLAUSE_REACH 256
#define MAX_FAILED_JOINS 16

/* A sentence as its clauses are cut from it: the words (of three letters
 * or more) from where the next clause starts to its end, and the joins
 * that failed the verb checks since the last cut. */
typedef struct
{
  guint words_left;
  guint failed;
} Clauses;

/* [@from, @to) trimmed to at most CLAUSE_REACH bytes, at a space: the
 * first bytes when @head, else the last. */
static gboolean
has_finite_verb_near (Reader   *reader,
                      gsize     from,
                      gsize     to,
                      gboolean  head)
{
  const char *text = reader->doc->text;

  if (to - from > CLAUSE_REACH)
    {
      if (head)
        {
          to = from + CLAUSE_REACH;
          while (to > from && !g_ascii_isspace (text[to]))
            to--;
        }
      else
        {
          from = to - CLAUSE_REACH;
          while (from < to && !g_ascii_isspace (text[from]))
            from++;
        }
    }
  return from < to && cor_proposition_has_finite_verb (text, from, to, reader->scratch);
}

/* Where a sentence joins two independent statements: "…; …", "…, while …",
 * "…, but …", "…, and …", "…, during which …", "…, saying …". Never
 * inside a quotation, never leaving a fragment too short to state anything,
 * and only where both sides have a verb of their own (a participle opens a
 * clause whose subject is the sentence's): "…, and oil and gas" is a list. */
static gsize
find_clause_break (Reader  *reader,
                   gsize    from,
                   gsize    end,
                   Clauses *clauses,
                   gsize   *next)
{
  const char *text = reader->doc->text;
  static const char *joins[] = {
    "; ", ", while ", ", whereas ", ", but ", ", and ", ", during which ", ", in which ",
    ", adding that ", ", although ", ", though ", ", which ",
  };
  gboolean in_quote = FALSE;
  guint words = 0, run = 0;

  for (gsize i = from; i < end && clauses->failed < MAX_FAILED_JOINS; i++)
    {
      gboolean join = FALSE, participle;
      guint before;

      /* The words of [from, i), as count_words() counts them, kept as the
       * scan goes rather than counted again at each comma. */
      if (i > from && g_ascii_isalpha (text[i - 1]))
        run++;
      else if (i > from)
        {
          words += run >= 3;
          run = 0;
        }
      before = words + (run >= 3);

      /* Byte by byte, not g_str_has_prefix(): this runs on every byte. */
      if (text[i] == '"' || ((guchar)text[i] == 0xe2 && (guchar)text[i + 1] == 0x80
                             && ((guchar)text[i + 2] == 0x9c || (guchar)text[i + 2] == 0x9d)))
        in_quote = text[i] == '"' ? !in_quote : text[i + 2] == '\x9c';
      if (in_quote || (text[i] != ',' && text[i] != ';'))
        continue;
      /* A comma or a semicolon is no letter: the words after it are those
       * left less those before it. */
      if (before < MIN_CLAUSE_WORDS || clauses->words_left - before < MIN_CLAUSE_WORDS)
        continue;
      for (guint j = 0; !join && j < G_N_ELEMENTS (joins); j++)
        join = g_str_has_prefix (text + i, joins[j]) && i + strlen (joins[j]) < end;
      participle = text[i] == ',' && text[i + 1] == ' ' && is_participle_clause (text + i + 2, text + end)
                   && !adjectives_before (text, text + i);
      if (!join && !participle)
        continue;
      if (join && !participle && !has_finite_verb_near (reader, i + 1, end, TRUE))
        join = FALSE;
      if ((join || participle) && has_finite_verb_near (reader, from, i, FALSE))
        {
          clauses->words_left -= before;
          clauses->failed = 0;
          *next = i + 2;
          return i;
        }
      clauses->failed++;
    }
  return end;
}

/* How far before its verb group a hedge still bears on the verb:
 * "reportedly fell", "may have fallen". */
#define HEDGE_REACH 16

/* A hedge or a negation bears on the verb it stands by, not on the whole
 * sentence: "an inexperienced and reportedly ill-equipped climber fell
 * 700 m" states the fall firmly; "did not mention the visit" denies the
 * mention, not the visit. */
static void
scope_certainty (CorStatement *st)
{
  const char *at;
  gsize cue_start;

  if (st->certainty == COR_CERTAINTY_ASSERTED || st->cue == NULL || st->prop.verb_end == 0)
    return;
  if (st->certainty == COR_CERTAINTY_NEGATED)
    {
      if (!st->prop.negated && strstr (st->cue, "den") == NULL)
        {
          st->certainty = COR_CERTAINTY_ASSERTED;
          g_clear_pointer (&st->cue, g_free);
        }
      else if (st->prop.negated && st->prop.verb_start >= st->start && st->prop.verb_end <= st->end)
        {
          /* The words that deny: "did not sign", "has not ruled". */
          g_free (st->cue);
          st->cue = g_strndup (st->text + (st->prop.verb_start - st->start),
                               st->prop.verb_end - st->prop.verb_start);
        }
      return;
    }
  /* "One report said …": a cue that frames the sentence bears on all of it. */
  if (cor_attribution_cue_frames (st->cue))
    return;
  at = strstr (st->text, st->cue);
  if (at == NULL)
    return;
  cue_start = st->start + (at - st->text);
  if (cue_start + HEDGE_REACH < st->prop.verb_start || cue_start > st->prop.verb_end)
    {
      st->certainty = COR_CERTAINTY_ASSERTED;
      g_clear_pointer (&st->cue, g_free);
    }
}

/* A headline or a crosshead: a short line that does not end a sentence. */
static gboolean
is_headline (const char *text)
{
  const char *end = text + strlen (text);
  guint n_words = 0;

  while (end > text)
    {
      const char *prev = g_utf8_find_prev_char (text, end);
      gunichar c = g_utf8_get_char (prev);

      /* Closing quotes and brackets do not end a sentence by themselves. */
      if (!g_unichar_isspace (c) && !strchr ("\"')]", (int)c) && c != 0x201D && c != 0x2019)
        break;
      end = prev;
    }
  if (end == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (text, end))))
    return FALSE;
  for (const char *p = text; p < end; p++)
    n_words += !g_ascii_isspace (*p) && (p == text || g_ascii_isspace (p[-1]));
  return n_words <= HEADLINE_WORDS;
}

/* Past this many words a line without a verb found is a sentence the
 * reading missed, not a caption. */
#define CAPTION_WORDS 12
#define SCRAP_WORDS    4

/* A short line of its own without a verb, that is not a headline: a
 * dateline ("BEIJING (Reuters)."), a caption ("Families waiting for a
 * meal."), a photo credit. Not a statement of the report. */
/* "BEIJING (Reuters).": a place in capitals and an agency in brackets. */
static gboolean
is_dateline (const char *text)
{
  const char *open = strchr (text, '('), *close = open ? strchr (open, ')') : NULL;
  guint capitals = 0;

  if (close == NULL || close - text > 60)
    return FALSE;
  for (const char *p = text; p < open; p++)
    {
      if (g_ascii_islower (*p))
        return FALSE;
      capitals += g_ascii_isupper (*p);
    }
  for (const char *p = close + 1; *p; p++)
    if (g_ascii_isalnum (*p))
      return FALSE;
  return capitals >= 3;
}

/* "Call your dealer if the warning light comes on", "Check the recall
 * website": advice to the reader, a verb's base form before "your" or
 * "the", with no verb of its own clause after ("Rain the night before had
 * flooded the road" tells of rain), states no fact of the story. */
static gboolean
is_instruction (const char *text)
{
  static const char *objects[] = { "your", "the", "a", "an", "any", "us", "our", "this", "these" };
  static const char *stops[] = { "if", "when", "before", "after", "until", "while", "because", "and", "or", "to", NULL };
  static const char *finite[] = { "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                                  "could", "may", "might", "should", "must", "did", "does", NULL };
  const char *p = text, *end;
  gboolean object = FALSE;
  g_autofree char *first = NULL;
  const CorWordSense *sense;

  while (*p != '\0' && !g_ascii_isalpha (*p))
    p++;
  if (!g_ascii_isupper (*p))
    return FALSE;
  for (end = p; g_ascii_isalpha (*end); end++)
    ;
  if (*end != ' ')
    return FALSE;
  first = g_ascii_strdown (p, end - p);
  sense = cor_lexicon_lookup (first);
  if (sense == NULL || !(sense->pos & COR_POS_VERB) || sense->verb_form || strcmp (sense->lemma, first) != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (objects) && !object; i++)
    {
      gsize n = strlen (objects[i]);

      object = strncmp (end + 1, objects[i], n) == 0 && end[1 + n] == ' ';
    }
  if (!object)
    return FALSE;
  for (p = end; *p != '\0'; p = end)
    {
      g_autofree char *word = NULL;

      while (*p != '\0' && !g_ascii_isalpha (*p))
        p++;
      for (end = p; g_ascii_isalpha (*end); end++)
        ;
      if (end == p)
        break;
      word = g_ascii_strdown (p, end - p);
      if (g_strv_contains (stops, word))
        break;
      if (g_strv_contains (finite, word))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_caption (CorDocument  *doc,
            CorStatement *st)
{
  gboolean line_start = st->start == 0 || doc->text[st->start - 1] == '\n';
  gboolean line_end = st->end >= doc->length || doc->text[st->end] == '\n'
                      || (st->end + 1 >= doc->length || doc->text[st->end + 1] == '\n');

  /* "According to Oxford Economics.": a verbless scrap the splitter cut
   * off, wherever it stands. */
  if (!st->headline && !st->prop.finite && st->prop.predicate == 0 && st->n_words <= SCRAP_WORDS)
    return TRUE;
  return st->n_words <= CAPTION_WORDS && !st->headline && !st->prop.finite && line_start && line_end
         && st->start == st->sentence_start
         && st->end >= st->sentence_end - 1;
}

/* The speaker of a whole sentence, read once it is needed. */
typedef struct
{
  CorSpan   span;
  gboolean  speaker_read;
  char     *speaker;
} Sentence;

static const char *
sentence_speaker (Reader   *reader,
                  Sentence *sentence)
{
  if (!sentence->speaker_read)
    {
      g_autofree char *text = g_strndup (reader->doc->text + sentence->span.start,
                                         sentence->span.end - sentence->span.start);

      sentence->speaker = cor_attribution_find_speaker (text);
      sentence->speaker_read = TRUE;
    }
  return sentence->speaker;
}

/* How many sentences back a speaker's role may find the person, and how
 * many words of an apposition it reads. */
#define ROLE_SENTENCES 3
#define ROLE_WORDS     6

/* Whether @role is one of the first ROLE_WORDS words from @p on, before
 * any punctuation. */
static gboolean
role_within (const char *p,
             const char *end,
             const char *role)
{
  gsize n = strlen (role);

  for (guint words = 0; words < ROLE_WORDS && p < end; words++)
    {
      const char *w;

      while (p < end && *p == ' ')
        p++;
      w = p;
      while (p < end && (g_ascii_isalpha (*p) || *p == '-'))
        p++;
      if (p == w)
        return FALSE;
      if ((gsize)(p - w) == n && strncmp (w, role, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the words beside person @m describe them as @role: after the
 * name as an apposition ("Ema Suryani, a doctor at a health clinic"), or
 * just before it ("clinic doctor Ema Suryani"). */
static gboolean
described_as (CorDocument      *doc,
              const CorMention *m,
              const char       *role)
{
  const char *text = doc->text, *end = doc->text + doc->length, *p = text + m->end;
  gsize n = strlen (role);

  /* Before: the word that ends where the name starts, but for a space. */
  if (m->start > n && text[m->start - 1] == ' ' && strncmp (text + m->start - 1 - n, role, n) == 0
      && (m->start - 1 - n == 0 || !g_ascii_isalpha (text[m->start - 2 - n])))
    return TRUE;
  /* After: ", a doctor at …". */
  return end - p >= 3 && p[0] == ',' && p[1] == ' ' && role_within (p + 2, end, role);
}

/* Whether organization @m goes on, within a few words of its sentence,
 * to name @role as its own: "The White House said in an official
 * statement" makes "the statement" the White House's. */
static gboolean
names_its (CorDocument      *doc,
           const CorMention *m,
           const char       *role)
{
  return role_within (doc->text + m->end, doc->text + doc->length, role);
}

/* An organization's name as a speaker, with the article the report gives
 * it: "the White House". */
static char *
organization_name (CorDocument      *doc,
                   const CorMention *m)
{
  const char *name = m->canonical != NULL ? m->canonical : m->text;

  if (m->start >= 4 && g_ascii_strncasecmp (doc->text + m->start - 4, "the ", 4) == 0
      && (m->start == 4 || !g_ascii_isalpha (doc->text[m->start - 5])))
    return g_strconcat ("the ", name, NULL);
  return g_strdup (name);
}

/* Who "he" or "she" is: the person named last before @sentence_start, in
 * its own sentence or the one before. Further back, someone the reader met
 * in between may have gone unrecognized ("The BBC's Frances Harrison
 * says …", "Our reporter says …"), and a wrong name is worse than none.
 * With @role, who "the doctor" is: the last person within ROLE_SENTENCES
 * whom the words beside their name call that; or whose "the statement"
 * is: the last organization that words after its name make it its own. */
static char *
nearest_person (Reader     *reader,
                gsize       sentence_start,
                const char *role)
{
  CorDocument *doc = reader->doc;
  guint lo = cor_document_first_sentence_at (doc, sentence_start), back;
  gsize bound;

  /* A person named with the role a speaker is given ("Ema Suryani, a
   * doctor", then "added the doctor") may be a few sentences back. */
  back = role != NULL ? ROLE_SENTENCES : 1;
  bound = g_array_index (doc->sentences, CorSpan, lo >= back ? lo - back : 0).start;
  for (guint i = cor_document_first_mention_at (doc, sentence_start); i > 0; i--)
    {
      const CorMention *m = g_ptr_array_index (doc->mentions, i - 1);

      if (m->start < bound)
        break;
      if (m->kind == COR_MENTION_PERSON && m->end <= sentence_start
          && (role == NULL || described_as (doc, m, role)))
        return g_strdup (m->canonical ? m->canonical : m->text);
      if (m->kind == COR_MENTION_ORGANIZATION && role != NULL && m->end <= sentence_start
          && names_its (doc, m, role))
        return organization_name (doc, m);
    }
  return NULL;
}

/* The role a speaker such as "the doctor" or "The agency spokesman" names,
 * its last word ("doctor", "spokesman"), or NULL for a speaker with a name
 * of its own. */
static char *
role_of (const char *speaker)
{
  const char *last;

  if (speaker == NULL)
    return NULL;
  /* "the doctor", or "doctor" alone: not "several analysts". */
  if (g_ascii_strncasecmp (speaker, "the ", 4) == 0)
    speaker += 4;
  else if (strchr (speaker, ' ') != NULL)
    return NULL;
  for (const char *p = speaker; *p != '\0'; p++)
    if (g_ascii_isupper (*p) || g_ascii_isdigit (*p) || (*p != ' ' && !g_ascii_isalpha (*p)))
      return NULL;
  last = strrchr (speaker, ' ') != NULL ? strrchr (speaker, ' ') + 1 : speaker;
  return strlen (last) >= 3 ? g_strdup (last) : NULL;
}

gboolean
cor_statement_speaker_unnamed (const CorStatement *statement)
{
  g_autofree char *role = NULL;

  g_return_val_if_fail (statement != NULL, FALSE);

  role = role_of (statement->speaker);
  return role != NULL;
}

/* Mentions a quotation may start before a statement within it: a bound,
 * so that the search stays short. */
#define QUOTE_LOOKBACK 64

/* The speaker of the quotation @st lies within, when it runs on past
 * @st's sentence ("“The next 24 hours are critical. Our priority is human
 * life,” Varelas said"): the first sentence is his too. NULL when none. */
static const char *
enclosing_quote_speaker (CorDocument        *doc,
                         const CorStatement *st)
{
  guint first = cor_document_first_mention_at (doc, st->start + 4);

  for (guint k = 0; k < QUOTE_LOOKBACK && k < first; k++)
    {
      const CorMention *m = g_ptr_array_index (doc->mentions, first - 1 - k);

      /* Past the quotation marks around the statement's words. */
      if (m->kind == COR_MENTION_QUOTE && m->speaker != NULL && m->start <= st->start + 3 && m->end + 4 >= st->end
          && m->end > st->start)
        return m->speaker;
    }
  return NULL;
}

static void
set_attribution (CorStatement *st,
                 Reader       *reader,
                 Sentence     *sentence,
                 gboolean      whole_sentence)
{
  g_autofree char *role = NULL;

  /* A statement that is its whole sentence has the sentence's speaker. */
  st->speaker = whole_sentence ? NULL : cor_attribution_find_speaker (st->text);
  if (st->speaker == NULL)
    st->speaker = g_strdup (sentence_speaker (reader, sentence));
  for (guint i = 0; st->speaker == NULL && i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);

      if (m->kind == COR_MENTION_QUOTE && m->speaker != NULL)
        st->speaker = g_strdup (m->speaker);
    }
  if (st->speaker == NULL)
    st->speaker = g_strdup (enclosing_quote_speaker (reader->doc, st));
  if (st->speaker == NULL && reader->doc->sentences->len > 0 && cor_attribution_find_pronoun (st->text, st->text) != NULL)
    st->speaker = nearest_person (reader, st->sentence_start, NULL);
  /* "added the doctor": the doctor a sentence or two before named. */
  if ((role = role_of (st->speaker)) != NULL && reader->doc->sentences->len > 0)
    {
      char *named = nearest_person (reader, st->sentence_start, role);

      if (named != NULL)
        {
          g_free (st->speaker);
          st->speaker = named;
        }
    }
  st->certainty = cor_attribution_find_certainty (st->text, &st->cue, &st->omission);
  scope_certainty (st);
}

/* ", killing at least one person": a participle clause does what the
 * subject of the clause before it does. Its proposition takes that
 * subject's words and name, so that it meets "The quake killed one
 * person" in another report. Not after a passive ("The bank was torched,
 * killing three"), whose subject is not the one that acts. */
static void
lend_subject (Reader             *reader,
              CorStatement       *st,
              const CorStatement *before)
{
  static const char *be[] = { " is ", " are ", " was ", " were ", " been ", " being " };
  const char *text = reader->doc->text;
  CorProposition subject;

  if (before->sentence_start != st->sentence_start || !before->prop.finite || before->prop.verb_start <= before->start
      || before->prop.verb_end > before->end || !is_participle_clause (text + st->start, text + st->end))
    return;
  {
    g_autofree char *group = g_strndup (text + before->prop.verb_start - 1,
                                        before->prop.verb_end - before->prop.verb_start + 2);

    for (guint i = 0; i < G_N_ELEMENTS (be); i++)
      if (strstr (group, be[i]) != NULL)
        return;
  }
  collect_mentions (reader->mentions, reader->doc, before->start, before->prop.verb_start);
  if (cor_proposition_init (&subject, text, before->start, before->prop.verb_start, reader->mentions, reader->stemmer,
                            0, reader->scratch))
    {
      g_array_append_vals (st->prop.terms, subject.terms->data, subject.terms->len);
      cor_proposition_sort_terms (st->prop.terms);
      if (st->prop.subject == NULL && before->prop.subject != NULL)
        st->prop.subject = g_strdup (before->prop.subject);
    }
  cor_proposition_clear (&subject);
}

static void
add_sentence (GPtrArray *out,
              Reader    *reader,
              CorSpan    span)
{
  CorDocument *doc = reader->doc;
  Sentence sentence = { span, FALSE, NULL };
  gsize from = span.start;
  Clauses clauses = { count_words (doc->text + span.start, doc->text + span.end), 0 };

  while (from < span.end)
    {
      gsize next = span.end;
      gsize stop = reader->no_clauses ? span.end : find_clause_break (reader, from, span.end, &clauses, &next);
      CorStatement *st;

      while (stop > from && g_ascii_isspace (doc->text[stop - 1]))
        stop--;
      st = statement_new (reader, span, from, stop);
      if (st != NULL && from > span.start && out->len > 0)
        lend_subject (reader, st, g_ptr_array_index (out, out->len - 1));
      if (st != NULL)
        {
          set_attribution (st, reader, &sentence, from == span.start && next >= span.end);
          st->headline = from == span.start && next >= span.end && is_headline (st->text);
          if (!is_caption (doc, st) && !is_dateline (st->text) && !(from == span.start && is_instruction (st->text)))
            g_ptr_array_add (out, st);
          else
            cor_statement_free (st);
        }
      from = next;
      while (from < span.end && g_ascii_isspace (doc->text[from]))
        from++;
    }
  g_free (sentence.speaker);
}

/* A repeated sentence is one statement; a truncated copy (a headline cut
 * short before its paragraph) is dropped for the whole one. The squashed
 * statements are one buffer, and up to MAX_PREFIX_CHECK of them the
 * repeats are found in the same pass as the prefixes, without a set: a
 * string and a set of them for each report weighed under the sanitizers
 * (issue 17). */
static GPtrArray *
drop_repeats (GPtrArray *all)
{
  GPtrArray *out = g_ptr_array_new_full (all->len, (GDestroyNotify)cor_statement_free);
  g_autoptr(GString) buffer = g_string_sized_new (256);
  /* Its keys are in @buffer. */
  g_autoptr(GHashTable) seen = NULL;
  g_autofree gsize *lengths = g_new (gsize, 2 * (gsize)MAX (all->len, 1));
  gsize *starts = lengths + MAX (all->len, 1);
  gboolean small = all->len <= MAX_PREFIX_CHECK;

  for (guint i = 0; i < all->len; i++)
    {
      starts[i] = buffer->len;
      lengths[i] = squash_into (buffer, ((CorStatement *)g_ptr_array_index (all, i))->text);
    }
  if (!small)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < all->len; i++)
    {
      const char *a = buffer->str + starts[i];
      gboolean drop = !small && !g_hash_table_add (seen, (gpointer)a);

      for (guint j = 0; !drop && small && j < all->len; j++)
        {
          const char *b = buffer->str + starts[j];

          drop = (j < i && lengths[j] == lengths[i] && memcmp (b, a, lengths[i]) == 0)
                 || (j != i && lengths[j] > lengths[i] && memcmp (b, a, lengths[i]) == 0);
        }
      if (drop)
        cor_statement_free (g_ptr_array_index (all, i));
      else
        g_ptr_array_add (out, g_ptr_array_index (all, i));
    }
  g_ptr_array_set_free_func (all, NULL);
  g_ptr_array_unref (all);

  for (guint i = 0; i < out->len; i++)
    ((CorStatement *)g_ptr_array_index (out, i))->index = i;
  return out;
}

GPtrArray *
cor_statements_extract (CorDocument           *document,
                        guint                  source,
                        CorStemmer            *stemmer,
                        CorPropositionScratch *scratch)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_statement_free);
  g_autoptr(CorPropositionScratch) own = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  Reader reader;

  g_return_val_if_fail (document != NULL, all);

  if (scratch == NULL)
    scratch = own = cor_proposition_scratch_new ();
  mentions = g_ptr_array_new ();
  reader = (Reader) { document, source, stemmer, scratch, mentions, g_getenv ("COR_NO_CLAUSES") != NULL };
  for (guint i = 0; i < document->sentences->len; i++)
    add_sentence (all, &reader, g_array_index (document->sentences, CorSpan, i));
  return drop_repeats (all);
}
