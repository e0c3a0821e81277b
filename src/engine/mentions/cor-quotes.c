/* cor-quotes.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-quotes"

#include "config.h"

#include <string.h>

#include "cor-quotes.h"

/* Quoted words and who said them. A quote's text is the words between the
 * marks; its speaker is found in the same sentence ("…,” Trump said",
 * "Trump said the call was “excellent”", "…, according to state media"), a
 * pronoun taking the nearest person named before it. An unattributed
 * quote that follows a quote, in its paragraph or at the start of the
 * next, continues its speaker; so does a paragraph that goes on with a
 * quote the one before left open and closes it ("…\nHis body was found,"
 * he said). */

COR_WORD_SET (verbs,
  "said", "says", "told", "added", "asked", "wrote", "stated", "tweeted", "posted", "noted",
  "insisted", "argued", "explained", "urged", "stressed", "claimed", "declared", "replied",
  "responded", "warned", "described", "called", "emphasized", "emphasised", "adding",
  "saying", "writing", "describing", "calling", "reiterated", "announced", "vowed", "pledged",
  "promised", "threatened", "stressing", "warning", "urging", "read");
/* Words that end a subject's noun phrase on the left, or cannot be one. */
COR_WORD_SET (not_subjects,
  "and", "or", "but", "that", "which", "who", "to", "also", "then", "while", "as", "it",
  "when", "after", "before", "than", "if", "because", "so", "not", "never");
COR_WORD_SET (pronouns, "he", "she", "they");
/* Verbs whose speaker may follow them: "…,” said the doctor". */
COR_WORD_SET (inverting,
  "said", "says", "added", "asked", "wrote", "noted", "explained", "replied", "responded",
  "continued", "insisted", "stated", "declared");
/* Words that end a speaker's noun phrase on the right. */
COR_WORD_SET (phrase_ends,
  "in", "at", "on", "of", "for", "from", "with", "by", "to", "who", "which", "that", "and",
  "after", "before", "as", "when", "while", "during", "late", "earlier", "later", "yesterday", "today", "tonight", "shortly");
COR_WORD_SET (determiners, "the", "a", "an", "one", "another");

typedef struct
{
  const CorWords *w;
  CorMention    **entity;   /* per token: the person/place/organization covering it */
} Quotes;

static gboolean
is_open (const CorWords *w,
         guint           i)
{
  const CorWord *t = &w->words[i];

  if (t->type != COR_WORD_PUNCT)
    return FALSE;
  if (t->ch == 0x201C || t->ch == 0x00AB)
    return TRUE;
  if (t->ch == '"' || t->ch == 0x2018)
    return (i == 0 || t->start != w->words[i - 1].end || w->words[i - 1].type == COR_WORD_PUNCT) &&
           i + 1 < w->n_words && w->words[i + 1].start == t->end;
  return FALSE;
}

static gboolean
closes (const CorWords *w,
        guint           open,
        guint           i)
{
  const CorWord *t = &w->words[i];
  gunichar o = w->words[open].ch;

  if (t->type != COR_WORD_PUNCT)
    return FALSE;
  if (o == 0x201C || o == 0x00AB)
    return t->ch == 0x201D || t->ch == 0x00BB || (t->ch == '"');
  if (o == '"')
    return t->ch == '"' || t->ch == 0x201D;
  /* ‘…’: an apostrophe inside a word ("China’s") does not close */
  return t->ch == 0x2019 && (i + 1 >= w->n_words || w->words[i + 1].start != t->end ||
                             w->words[i + 1].type == COR_WORD_PUNCT);
}

static gboolean
ends_sentence (const CorWords *w,
               guint           i)
{
  return w->words[i].type == COR_WORD_PUNCT &&
         (w->words[i].ch == '.' || w->words[i].ch == '!' || w->words[i].ch == '?');
}

/* The person a pronoun stands for: within its sentence and the one
 * before, the nearest named as the subject of a speech verb ("Xi told
 * Trump …, he said" is Xi); else the nearest person, within the three
 * sentences before. Further back, a person the reader met in between may
 * have gone unrecognized (a name with no title, role or verb of saying
 * beside it), and a wrong name is worse than none. */
static CorMention *
nearest_person_before (const Quotes *q,
                       guint         i)
{
  CorMention *nearest = NULL;
  guint sentences = 0;

  for (guint k = i; k > 0 && i - k < 150; k--)
    {
      CorMention *m = q->entity[k - 1];

      if (ends_sentence (q->w, k - 1) && ++sentences > 3)
        break;
      if (m == NULL || m->kind != COR_MENTION_PERSON || q->entity[k] == m)
        continue;
      if (sentences <= 1 && cor_word_in (q->w, k, verbs) >= 0)
        return m;
      if (nearest == NULL)
        nearest = m;
    }
  return nearest;
}

/* The name a pronoun at @i stands for, or NULL. */
static char *
pronoun_speaker (const Quotes *q,
                 guint         i)
{
  CorMention *p = nearest_person_before (q, i);

  return p != NULL ? g_strdup (p->canonical) : NULL;
}

COR_WORD_SET (between_subject_and_verb,
  "has", "have", "had", "also", "later", "earlier", "then", "again", "once", "first", "previously",
  "should", "would", "could", "will", "may", "might", "must", "can");

/* "initially", "repeatedly": a word in -ly, in lower case. */
static gboolean
is_adverb (const CorWords *w,
           guint           i)
{
  const CorWord *t = &w->words[i];

  return t->type == COR_WORD_ALPHA && t->end - t->start >= 5 && g_ascii_islower (w->text[t->start])
         && w->text[t->end - 2] == 'l' && w->text[t->end - 1] == 'y';
}

static gboolean
is_participle (const CorWords *w,
               guint           i)
{
  const CorWord *t = &w->words[i];

  return t->end - t->start > 4 && memcmp (w->text + t->end - 3, "ing", 3) == 0;
}

/* Who is named just before the verb at @v: "Trump said", "he added",
 * "China's statement said", "the White House said". */
static char *
subject_before (const Quotes *q,
                guint         v,
                guint         limit)
{
  const CorWords *w = q->w;
  guint k = v;

  if (k == 0 || k <= limit)
    return NULL;
  k--;
  /* "has also said", "later added", "initially reported" */
  while (k > limit + 1 && (cor_word_in (w, k, between_subject_and_verb) >= 0 || is_adverb (w, k)))
    k--;
  if (q->entity[k] != NULL)
    return g_strdup (q->entity[k]->canonical);
  if (cor_word_in (w, k, not_subjects) >= 0)
    return NULL;
  if (cor_word_in (w, k, pronouns) >= 0)
    return pronoun_speaker (q, k);
  /* a noun phrase: "China's statement", "the statement", "state media";
   * but not before a participle, whose subject may be far back ("an
   * official downplayed the unrest, saying"). */
  if (w->words[k].type == COR_WORD_ALPHA && !is_participle (w, v))
    {
      guint first = k;

      while (first > limit + 1 && first + 4 > k && w->words[first - 1].type == COR_WORD_ALPHA &&
             cor_word_in (w, first - 1, not_subjects) < 0 && cor_word_in (w, first - 1, verbs) < 0)
        first--;
      if (first > limit + 2 && (w->words[first - 1].ch == 0x2019 || w->words[first - 1].ch == '\'') &&
          cor_word_is (w, first, "s"))
        first -= 2;
      /* "the club's media officer": the owner's determiner too */
      if (first > limit + 1 && cor_word_is (w, first - 1, "the"))
        first--;
      return cor_words_dup_span (w, first, k);
    }
  return NULL;
}

static gboolean
is_speaker_entity (const CorMention *m)
{
  return m != NULL && (m->kind == COR_MENTION_PERSON || m->kind == COR_MENTION_ORGANIZATION);
}

/* Who follows the verb at @v, up to @end: "said Trump", "said disaster
 * agency official Fauzi" (the name in the phrase), "added the doctor" (a
 * noun phrase that starts with a determiner), "said he". */
static char *
subject_after (const Quotes *q,
               guint         v,
               guint         end)
{
  const CorWords *w = q->w;
  guint first = v + 1, last;

  if (first >= end)
    return NULL;
  if (q->entity[first] != NULL)
    return g_strdup (q->entity[first]->canonical);
  if (cor_word_in (w, v, inverting) < 0)
    return NULL;
  if (cor_word_in (w, first, pronouns) >= 0)
    return pronoun_speaker (q, v);
  for (last = first; last < end && last - first < 6; last++)
    {
      if (w->words[last].type != COR_WORD_ALPHA || (last > first && cor_word_in (w, last, phrase_ends) >= 0))
        break;
      if (is_speaker_entity (q->entity[last]))
        return g_strdup (q->entity[last]->canonical);
    }
  /* A phrase of its own needs its determiner and a noun after it. */
  if (cor_word_in (w, first, determiners) < 0 || last < first + 2)
    return NULL;
  return cor_words_dup_span (w, first, last - 1);
}

static gboolean
is_capitalized (const CorWords *w,
                guint           i)
{
  return w->words[i].type == COR_WORD_ALPHA && g_unichar_isupper (g_utf8_get_char (w->text + w->words[i].start));
}

/* The name that opens the words from @first to before @end and is set off
 * by a comma: a person or organization found there, else a run of two to
 * four capitalized words ("Bensu Elianita, a resident of …"). */
static char *
name_after (const Quotes *q,
            guint         first,
            guint         end)
{
  const CorWords *w = q->w;
  guint last = first;

  if (first >= end)
    return NULL;
  if (is_speaker_entity (q->entity[first]))
    return g_strdup (q->entity[first]->canonical);
  while (last < end && last - first < 4 && is_capitalized (w, last))
    last++;
  if (last - first < 2 || !cor_word_is_punct (w, last, ','))
    return NULL;
  return cor_words_dup_span (w, first, last - 1);
}

/* "…,” Trump said", "…,” said Trump", "…,” he said, according to state
 * media", "…,” Bensu Elianita, a resident of the village, said" */
static char *
speaker_after (const Quotes *q,
               guint         close)
{
  const CorWords *w = q->w;
  guint end = close + 1;

  /* “We will not return.” ends its sentence: what follows is another. */
  if (close > 0 && cor_word_is_punct (w, close - 1, '.'))
    return NULL;
  while (end < w->n_words && end - close < 40 && !ends_sentence (w, end) &&
         !(w->words[end].flags & COR_WORD_FLAG_NEWLINE_BEFORE) && !is_open (w, end))
    end++;
  for (guint k = close + 1; k < end; k++)
    {
      if (cor_word_in (w, k, verbs) >= 0)
        {
          char *who = subject_before (q, k, close);

          if (who == NULL)
            who = subject_after (q, k, end);
          /* The name right after the quote, its apposition between it
           * and the verb. */
          if (who == NULL && cor_word_is_punct (w, k - 1, ','))
            who = name_after (q, close + 1, k - 1);
          if (who != NULL)
            return who;
        }
      if (cor_word_is (w, k, "according") && cor_word_is (w, k + 1, "to") && k + 2 < end)
        {
          guint last = k + 2;

          if (q->entity[k + 2] != NULL)
            return g_strdup (q->entity[k + 2]->canonical);
          while (last + 1 < end && w->words[last + 1].type != COR_WORD_PUNCT)
            last++;
          return cor_words_dup_span (w, k + 2, last);
        }
    }
  return NULL;
}

/* "Trump described the conversation as “excellent”", "Xi said: “…”" */
static char *
speaker_before (const Quotes *q,
                guint         open)
{
  const CorWords *w = q->w;
  guint start = open;

  while (start > 0 && open - start < 40 && !ends_sentence (w, start - 1) &&
         !(w->words[start].flags & COR_WORD_FLAG_NEWLINE_BEFORE))
    start--;
  for (guint k = open; k > start; k--)
    if (cor_word_in (w, k - 1, verbs) >= 0)
      {
        char *who = subject_before (q, k - 1, start > 0 ? start - 1 : 0);

        if (who != NULL || k - 1 == start)
          return who;
      }
  for (guint k = start; k < open; k++)
    if (cor_word_is (w, k, "according") && cor_word_is (w, k + 1, "to") && k + 2 < open)
      {
        guint last = k + 2;

        if (q->entity[k + 2] != NULL)
          return g_strdup (q->entity[k + 2]->canonical);
        while (last + 1 < open && w->words[last + 1].type != COR_WORD_PUNCT)
          last++;
        return cor_words_dup_span (w, k + 2, last);
      }
  return NULL;
}

/* A quote right after another goes on in the same voice: in the same
 * paragraph after its attribution, or opening the next paragraph (news
 * quotes a speaker over several paragraphs and names them once). */
static gboolean
continues (const CorWords *w,
           guint           previous_close,
           guint           open)
{
  guint breaks = 0;
  gboolean new_sentence = FALSE;

  if (open - previous_close <= 3)
    return TRUE;
  for (guint k = previous_close + 1; k <= open && k < w->n_words; k++)
    {
      if (w->words[k].flags & COR_WORD_FLAG_NEWLINE_BEFORE)
        breaks++, new_sentence = TRUE;
      /* A verb of saying in the quote's own sentence gives it a voice of
       * its own, even one not found: "An official downplayed it, saying
       * “…”"; the verb of the quote before is that quote's. */
      if (new_sentence && cor_word_in (w, k, verbs) >= 0)
        return FALSE;
      new_sentence |= ends_sentence (w, k);
    }
  if (breaks == 0)
    return open - previous_close <= 40;
  return breaks == 1 && (w->words[open].flags & COR_WORD_FLAG_NEWLINE_BEFORE);
}

/* Where the paragraph that starts at @start closes a quote the paragraph
 * before left open ("…struck.\nHis body was found," he said): its first
 * quotation mark, when that mark closes and opens nothing. G_MAXUINT when
 * it does not. */
static guint
continued_close (const CorWords *w,
                 guint           open,
                 guint           start)
{
  for (guint k = start; k < w->n_words; k++)
    {
      if (k > start && (w->words[k].flags & COR_WORD_FLAG_NEWLINE_BEFORE))
        return G_MAXUINT;
      if (is_open (w, k))
        return G_MAXUINT;
      if (closes (w, open, k))
        return k;
    }
  return G_MAXUINT;
}

static void
index_entities (Quotes    *q,
                GPtrArray *out)
{
  const CorWords *w = q->w;

  for (guint k = 0; k < out->len; k++)
    {
      CorMention *m = g_ptr_array_index (out, k);
      guint lo = 0, hi = w->n_words;

      if (m->kind != COR_MENTION_PERSON && m->kind != COR_MENTION_ORGANIZATION &&
          m->kind != COR_MENTION_PLACE)
        continue;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (w->words[mid].start < m->start)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint i = lo; i < w->n_words && w->words[i].end <= m->end; i++)
        q->entity[i] = m;
    }
}

/* The quote from byte @start (after its opening mark, or its paragraph's
 * start) to the token @close. */
static void
emit_quote (const CorWords *w,
            GPtrArray      *out,
            gsize           start,
            guint           close,
            char           *speaker)
{
  gsize end = close < w->n_words ? w->words[close].start : w->words[w->n_words - 1].end;
  CorMention *m;

  while (start < end && g_ascii_isspace (w->text[start]))
    start++;
  while (end > start && (g_ascii_isspace (w->text[end - 1]) || w->text[end - 1] == ',' ||
                         w->text[end - 1] == ';' || w->text[end - 1] == ':'))
    end--;
  if (end <= start)
    {
      g_free (speaker);
      return;
    }
  m = cor_mention_new (COR_MENTION_QUOTE, NULL, start, end);
  m->text = g_strndup (w->text + start, end - start);
  m->speaker = speaker;
  g_ptr_array_add (out, m);
}

void
cor_quotes_extract (const CorMentionContext *context,
                    GPtrArray               *out)
{
  const CorWords *w = context->words;
  g_autofree CorMention **entity = g_new0 (CorMention *, w->n_words + 1);
  Quotes q = { w, entity };
  g_autofree char *previous_speaker = NULL;
  guint previous_close = G_MAXUINT;
  guint i = 0;

  index_entities (&q, out);
  while (i < w->n_words)
    {
      guint close, more, inner;
      char *speaker;

      if (!is_open (w, i))
        {
          i++;
          continue;
        }
      /* Up to the closing mark; an unclosed quote runs to its paragraph's
       * end, the way news continues a quote in the next paragraph. */
      for (close = i + 1, inner = G_MAXUINT; close < w->n_words; close++)
        {
          if (w->words[close].flags & COR_WORD_FLAG_NEWLINE_BEFORE)
            break;
          /* A quotation inside it in the other style of marks ("…large
           * “Caravans” of people …") closes before it does. */
          if (inner != G_MAXUINT)
            {
              if (closes (w, inner, close))
                inner = G_MAXUINT;
              continue;
            }
          if (closes (w, i, close))
            break;
          if (is_open (w, close) && w->words[close].ch != w->words[i].ch && w->words[close].ch != 0x2018
              && w->words[i].ch != 0x2018)
            inner = close;
        }
      if (close == i + 1)
        {
          i++;
          continue;
        }
      /* Left open, and closed by the next paragraph: both are the quote,
       * and its attribution follows the closing mark. */
      more = close < w->n_words && !closes (w, i, close) ? continued_close (w, i, close) : G_MAXUINT;
      speaker = speaker_after (&q, more != G_MAXUINT ? more : close < w->n_words ? close : w->n_words - 1);
      if (speaker == NULL)
        speaker = speaker_before (&q, i);
      if (speaker == NULL && previous_speaker != NULL && previous_close != G_MAXUINT &&
          continues (w, previous_close, i))
        speaker = g_strdup (previous_speaker);
      g_clear_pointer (&previous_speaker, g_free);
      previous_speaker = g_strdup (speaker);
      emit_quote (w, out, w->words[i].end, close, speaker);
      if (more != G_MAXUINT)
        {
          emit_quote (w, out, w->words[close].start, more, g_strdup (speaker));
          close = more;
        }
      previous_close = close;
      i = close < w->n_words && closes (w, i, close) ? close + 1 : close;
    }
}
