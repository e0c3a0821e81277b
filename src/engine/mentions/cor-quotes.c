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
 * paragraph that follows a quote continues its speaker. */

COR_WORD_SET (verbs,
  "said", "says", "told", "added", "asked", "wrote", "stated", "tweeted", "posted", "noted",
  "insisted", "argued", "explained", "urged", "stressed", "claimed", "declared", "replied",
  "responded", "warned", "described", "called", "emphasized", "emphasised", "adding",
  "saying", "writing", "describing", "calling", "reiterated", "announced", "vowed", "pledged",
  "promised", "threatened", "stressing", "warning", "urging");
/* Words that end a subject's noun phrase on the left, or cannot be one. */
COR_WORD_SET (not_subjects,
  "and", "or", "but", "that", "which", "who", "to", "also", "then", "while", "as", "it",
  "when", "after", "before", "than", "if", "because", "so", "not", "never");
COR_WORD_SET (pronouns, "he", "she", "they");

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

/* The person a pronoun stands for: the nearest one named as the subject of
 * a speech verb ("Xi told Trump …, he said" is Xi), else the nearest. */
static CorMention *
nearest_person_before (const Quotes *q,
                       guint         i)
{
  CorMention *nearest = NULL;

  for (guint k = i; k > 0 && i - k < 400; k--)
    {
      CorMention *m = q->entity[k - 1];

      if (m == NULL || m->kind != COR_MENTION_PERSON || q->entity[k] == m)
        continue;
      if (cor_word_in (q->w, k, verbs) >= 0)
        return m;
      if (nearest == NULL)
        nearest = m;
    }
  return nearest;
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
  if (cor_word_is (w, k, "has") || cor_word_is (w, k, "had") || cor_word_is (w, k, "also"))
    k--;
  if (q->entity[k] != NULL)
    return g_strdup (q->entity[k]->canonical);
  if (cor_word_in (w, k, not_subjects) >= 0)
    return NULL;
  if (cor_word_in (w, k, pronouns) >= 0)
    {
      CorMention *p = nearest_person_before (q, k);

      return p != NULL ? g_strdup (p->canonical) : NULL;
    }
  /* a noun phrase: "China's statement", "the statement", "state media" */
  if (w->words[k].type == COR_WORD_ALPHA)
    {
      guint first = k;

      while (first > limit + 1 && first + 4 > k && w->words[first - 1].type == COR_WORD_ALPHA &&
             cor_word_in (w, first - 1, not_subjects) < 0 && cor_word_in (w, first - 1, verbs) < 0)
        first--;
      if (first > limit + 2 && (w->words[first - 1].ch == 0x2019 || w->words[first - 1].ch == '\'') &&
          cor_word_is (w, first, "s"))
        first -= 2;
      return cor_words_dup_span (w, first, k);
    }
  return NULL;
}

/* "…,” Trump said", "…,” said Trump", "…,” he said, according to state media" */
static char *
speaker_after (const Quotes *q,
               guint         close)
{
  const CorWords *w = q->w;
  guint end = close + 1;

  while (end < w->n_words && end - close < 20 && !ends_sentence (w, end) &&
         !(w->words[end].flags & COR_WORD_FLAG_NEWLINE_BEFORE) && !is_open (w, end))
    end++;
  for (guint k = close + 1; k < end; k++)
    {
      if (cor_word_in (w, k, verbs) >= 0)
        {
          char *who = subject_before (q, k, close);

          if (who == NULL && k + 1 < end && q->entity[k + 1] != NULL)
            who = g_strdup (q->entity[k + 1]->canonical);
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

/* A quote right after another (the next paragraph, or the same one after
 * its attribution) goes on in the same voice. */
static gboolean
continues (const CorWords *w,
           guint           previous_close,
           guint           open)
{
  if (open - previous_close <= 3)
    return TRUE;
  if (open - previous_close > 40)
    return FALSE;
  for (guint k = previous_close + 1; k <= open; k++)
    if (w->words[k].flags & COR_WORD_FLAG_NEWLINE_BEFORE)
      return FALSE;
  return TRUE;
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

static void
emit_quote (const CorWords *w,
            GPtrArray      *out,
            guint           open,
            guint           close,
            char           *speaker)
{
  gsize start = w->words[open].end;
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
      guint close;
      char *speaker;

      if (!is_open (w, i))
        {
          i++;
          continue;
        }
      /* Up to the closing mark; an unclosed quote runs to its paragraph's
       * end, the way news continues a quote in the next paragraph. */
      for (close = i + 1; close < w->n_words; close++)
        if (closes (w, i, close) || (w->words[close].flags & COR_WORD_FLAG_NEWLINE_BEFORE))
          break;
      if (close == i + 1)
        {
          i++;
          continue;
        }
      speaker = speaker_after (&q, close < w->n_words ? close : w->n_words - 1);
      if (speaker == NULL)
        speaker = speaker_before (&q, i);
      if (speaker == NULL && previous_speaker != NULL && previous_close != G_MAXUINT &&
          continues (w, previous_close, i))
        speaker = g_strdup (previous_speaker);
      g_clear_pointer (&previous_speaker, g_free);
      previous_speaker = g_strdup (speaker);
      previous_close = close;
      emit_quote (w, out, i, close, speaker);
      i = close < w->n_words && closes (w, i, close) ? close + 1 : close;
    }
}
