/* cor-acts.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-statement"

#include "config.h"

#include <string.h>

#include "cor-acts.h"
#include "cor-lexicon.h"

/* Words read past this many letters are cut: no verb or noun is longer. */
#define WORD_MAX 32
/* A passive verb's subject is looked for this many words back at most. */
#define SUBJECT_REACH 12

typedef struct
{
  char                lower[WORD_MAX];
  guint               classes;        /* WordClass bits of the word as written */
  const CorWordSense *sense;
  gboolean            lower_case;     /* written in lower case */
  gboolean            break_before;   /* a comma, a colon or a quotation mark before it */
  gboolean            hyphen_before;  /* "self-governed" */
} Word;

/* Verbs of saying, and verbs that say little of what happened. */
static const char *light_verbs[] = {
  "be", "have", "do", "say", "tell", "add", "make", "take", "give", "get", "go", "come", "include", "see",
  "know", "report", "quote", "cite", "call", "describe", "accord", "want", "need", "seem", "become", "put",
  "let", "use", NULL,
};

/* Words between a verb and what it is done to: "grounded all flights". */
static const char *determiners[] = {
  "the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "my", "some", "several", "many",
  "more", "most", "any", "no", "this", "that", "these", "those", "other", "another", "each", "every", "both",
  "least", "nearly", "almost", "around", NULL,
};

/* Words that end what a verb is done to, and are no nouns themselves. */
static const char *enders[] = {
  "to", "from", "of", "in", "on", "at", "by", "with", "for", "into", "over", "under", "after", "before",
  "near", "across", "through", "and", "or", "than", "as", "about", "against", "during", "between", "out",
  "up", "off", "down", "amid", "among", "despite", "without", "within", "toward", "towards", "via", "per",
  "like", "including", "behind", "beyond", "while", "when", "where", "which", "who", "that", "if", "but",
  "because", "since", "until", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", NULL,
};

/* Words that open a clause: a passive verb's subject is after them. */
static const char *clause_openers[] = {
  "and", "but", "or", "while", "when", "where", "which", "who", "that", "as", "after", "before", "because",
  "since", "until", "if", NULL,
};

static const char *relatives[] = { "that", "which", "who", NULL };

static const char *passive_auxiliaries[] = { "was", "were", "is", "are", "been", "be", "being", NULL };

/* Words after which a verb's base form is a verb: "tried to storm". */
static const char *before_base_form[] = {
  "to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "not", "cannot", NULL,
};

/* Words WordNet also lists as nouns ("the haves"). */
static const char *no_nouns[] = {
  "have", "has", "had", "will", "do", "does", "did", "be", "is", "are", "was", "were", "can", "may", "might",
  "must", NULL,
};

/* Nouns that say when, or nothing of what: "announced last weekend",
 * "killing people" (the figure tells which). */
static const char *vague_nouns[] = {
  "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "hour", "minute",
  "time", "today", "yesterday", "tomorrow", "people", "thing", "way", "part", "lot", NULL,
};

typedef enum
{
  LIGHT_VERB     = 1 << 0,
  DETERMINER     = 1 << 1,
  ENDER          = 1 << 2,
  CLAUSE_OPENER  = 1 << 3,
  RELATIVE       = 1 << 4,
  PASSIVE_AUX    = 1 << 5,
  BEFORE_BASE    = 1 << 6,
  NO_NOUN        = 1 << 7,
  VAGUE_NOUN     = 1 << 8,
} WordClass;

static gpointer
build_classes (gpointer data)
{
  static const struct { const char **words; WordClass class; } lists[] = {
    { light_verbs, LIGHT_VERB }, { determiners, DETERMINER }, { enders, ENDER },
    { clause_openers, CLAUSE_OPENER }, { relatives, RELATIVE }, { passive_auxiliaries, PASSIVE_AUX },
    { before_base_form, BEFORE_BASE }, { no_nouns, NO_NOUN }, { vague_nouns, VAGUE_NOUN },
  };
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  (void)data;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l].words[i] != NULL; i++)
      {
        guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (table, lists[l].words[i]));

        g_hash_table_insert (table, (gpointer)lists[l].words[i], GUINT_TO_POINTER (bits | lists[l].class));
      }
  return table;
}

/* The WordClass bits of @word: one lookup, however many lists. */
static guint
classes_of (const char *word)
{
  static GOnce once = G_ONCE_INIT;

  return GPOINTER_TO_UINT (g_hash_table_lookup (g_once (&once, build_classes, NULL), word));
}

static gboolean
is_noun (const Word *w)
{
  if (w->sense == NULL || !w->lower_case || !(w->sense->pos & COR_POS_NOUN))
    return FALSE;
  /* "flights" may be a verb's form too; "grounded" and "killing" are no
   * nouns here. */
  if (w->sense->verb_form && !g_str_has_suffix (w->lower, "s"))
    return FALSE;
  return !(w->classes & (NO_NOUN | DETERMINER | ENDER));
}

static gboolean
is_verb (const Word *words,
         guint       i)
{
  const Word *w = &words[i];
  const Word *before = i > 0 && !w->break_before ? &words[i - 1] : NULL;

  if (w->sense == NULL || !w->lower_case || !(w->sense->pos & COR_POS_VERB) || (classes_of (w->sense->lemma) & LIGHT_VERB))
    return FALSE;
  /* "taxes", "bombs", "cuts": more often nouns. */
  if (w->sense->verb_form && (w->sense->pos & COR_POS_NOUN) && g_str_has_suffix (w->lower, "s"))
    return FALSE;
  /* "the damaged houses", "amid renewed engagement", "self-governed": a
   * participle before its noun describes it. */
  if (w->hyphen_before
      || (before != NULL && (before->classes & (DETERMINER | ENDER)) && !(before->classes & (BEFORE_BASE | RELATIVE))))
    return FALSE;
  /* "trading partners", "government spending cuts": an -ing form is a
   * verb after a comma or at the start ("…, killing three"), or after
   * "is" or "were". */
  if (g_str_has_suffix (w->lower, "ing") && before != NULL && !(before->classes & PASSIVE_AUX))
    return FALSE;
  return w->sense->verb_form || (before != NULL && (before->classes & BEFORE_BASE));
}

static void
add_act (GPtrArray  *acts,
         const Word *verb,
         const Word *noun)
{
  g_ptr_array_add (acts, g_strconcat (verb->sense->lemma, " ", noun->sense->lemma, NULL));
}

/* The head of what verb @i is done to: the last noun of the run of nouns
 * after it and its determiners, adjectives and figures ("hurled petrol
 * bombs": bombs), or G_MAXUINT. */
static guint
object_of (const Word *words,
           guint       n,
           guint       i)
{
  guint head = G_MAXUINT;

  for (guint j = i + 1; j < n && !words[j].break_before; j++)
    {
      const Word *w = &words[j];

      if (is_noun (w))
        {
          if (classes_of (w->sense->lemma) & VAGUE_NOUN)
            return G_MAXUINT;
          head = j;
        }
      else if (head != G_MAXUINT)
        break;
      else if (strcmp (w->lower, "at") == 0 && j + 1 < n && strcmp (words[j + 1].lower, "least") == 0)
        continue;
      else if (!((w->classes & DETERMINER) || g_ascii_isdigit (w->lower[0])
                 || (w->sense != NULL && (w->sense->pos & (COR_POS_ADJ | COR_POS_ADV)) && !(w->sense->pos & COR_POS_VERB))))
        break;
    }
  /* "the use of force": what is done is to the noun after "of". */
  if (head != G_MAXUINT && head + 1 < n && !words[head + 1].break_before && strcmp (words[head + 1].lower, "of") == 0)
    return G_MAXUINT;
  return head;
}

/* The last word of the name that verb @i is done to, past determiners
 * ("visit China"; "sued the Ministry of Health": a name runs on through
 * "of"), or G_MAXUINT. */
static guint
named_object_of (const Word *words,
                 guint       n,
                 guint       i)
{
  guint head = G_MAXUINT;

  for (guint j = i + 1; j < n && !words[j].break_before; j++)
    {
      const Word *w = &words[j];

      if (!w->lower_case && !g_ascii_isdigit (w->lower[0]))
        head = j;
      else if (head != G_MAXUINT && strcmp (w->lower, "of") == 0 && j + 1 < n && !words[j + 1].break_before
               && !words[j + 1].lower_case)
        continue;
      else if (head != G_MAXUINT)
        break;
      else if (!(w->classes & DETERMINER))
        break;
    }
  return head;
}

/* The head of the subject of passive verb @i ("flights to and from the
 * country were grounded": flights), or G_MAXUINT. */
static guint
subject_of_passive (const Word *words,
                    guint       i)
{
  guint start = i - 1;

  /* Back to where the clause starts: a comma, a word that opens a clause
   * (not "to and from"), or a verb. */
  while (start > 0 && !words[start].break_before && start + SUBJECT_REACH > i)
    {
      const Word *before = &words[start - 1];

      if ((before->classes & CLAUSE_OPENER) && !(words[start].classes & ENDER))
        break;
      if (before->sense != NULL && before->sense->verb_form && !(before->sense->pos & COR_POS_NOUN))
        break;
      start--;
    }
  for (guint k = start; k + 1 < i; k++)
    {
      guint head = k;

      /* A sentence's first word is capitalised. */
      if (!(is_noun (&words[k]) || (k == 0 && words[k].sense != NULL && (words[k].sense->pos & COR_POS_NOUN))))
        {
          if (words[k].classes & ENDER)
            return G_MAXUINT;
          continue;
        }
      while (head + 2 < i && is_noun (&words[head + 1]))
        head++;
      return (classes_of (words[head].sense->lemma) & VAGUE_NOUN) ? G_MAXUINT : head;
    }
  return G_MAXUINT;
}

static GArray *
read_words (const char *text)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (Word));
  const char *p = text, *prev_end = text;

  for (;;)
    {
      Word w = { 0 };
      const char *word;
      gsize len = 0, n;

      while (*p && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      word = p;
      while (p[len] && g_unichar_isalnum (g_utf8_get_char (p + len)))
        len = g_utf8_next_char (p + len) - p;
      p += len;
      n = MIN (len, sizeof w.lower - 1);
      for (gsize i = 0; i < n; i++)
        w.lower[i] = g_ascii_tolower (word[i]);
      w.lower[n] = '\0';
      w.lower_case = g_ascii_islower (word[0]);
      for (const char *q = prev_end; q < word; q++)
        if (strchr (",;:()\"", *q) != NULL || (guchar)*q == 0xe2)  /* and curly quotes and dashes */
          w.break_before = TRUE;
      w.hyphen_before = word > text && word[-1] == '-';
      w.classes = classes_of (w.lower);
      w.sense = cor_lexicon_lookup (w.lower);
      prev_end = p;
      g_array_append_val (words, w);
    }
  return words;
}

static void
read_acts (const char *text,
           gboolean    named,
           GPtrArray  *acts)
{
  g_autoptr(GArray) array = NULL;
  const Word *words;

  if (!cor_lexicon_available ())
    return;
  array = read_words (text);
  words = (const Word *)array->data;
  for (guint i = 0; i < array->len; i++)
    {
      guint object, subject;

      if (!is_verb (words, i))
        continue;
      if (named)
        {
          object = named_object_of (words, array->len, i);
          if (object != G_MAXUINT)
            g_ptr_array_add (acts, g_strconcat (words[i].sense->lemma, " ", words[object].lower, NULL));
          continue;
        }
      object = object_of (words, array->len, i);
      if (object != G_MAXUINT)
        add_act (acts, &words[i], &words[object]);
      if (i > 1 && !words[i].break_before && (words[i - 1].classes & PASSIVE_AUX)
          && (subject = subject_of_passive (words, i)) != G_MAXUINT)
        add_act (acts, &words[i], &words[subject]);
    }
}

void
cor_acts_read (const char *text,
               GPtrArray  *acts)
{
  g_return_if_fail (text != NULL && acts != NULL);

  read_acts (text, FALSE, acts);
}

void
cor_acts_read_named (const char *text,
                     GPtrArray  *acts)
{
  g_return_if_fail (text != NULL && acts != NULL);

  read_acts (text, TRUE, acts);
}
