/* cor-proposition.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-proposition"

#include "config.h"

#include <string.h>

#include "cor-compare.h"
#include "cor-dates-lexicon.h"
#include "cor-proposition.h"
#include "cor-words.h"

/* A fixed list of lower-case words, made a hash set on first use. */
typedef struct
{
  const char * const *list;
  GOnce               once;
} WordSet;

#define WORD_SET(name, ...) \
  static const char * const name##_list[] = { __VA_ARGS__, NULL }; \
  static WordSet name[1] = { { name##_list, G_ONCE_INIT } }

static gpointer
build_set (gpointer data)
{
  const char * const *list = data;
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; list[i] != NULL; i++)
    g_hash_table_add (set, (gpointer)list[i]);
  return set;
}

static gboolean
set_has (WordSet    *set,
         const char *word)
{
  return g_hash_table_contains (g_once (&set->once, build_set, (gpointer)set->list), word);
}

/* A shallow reading of English clauses: no parser, but the closed classes
 * of English (auxiliaries, determiners, negations) and WordNet's parts of
 * speech and verb forms. On the seeds it finds the verb a reader would call
 * the clause's predicate in most clauses; where it finds none, the statement
 * is compared on its terms alone. */

WORD_SET (auxiliaries,
  "be", "is", "am", "are", "was", "were", "been", "being", "has", "have", "had",
  "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
  "may", "might", "must", "to");
WORD_SET (negations, "not", "never", "no", "neither", "nor", "nothing", "none");
WORD_SET (determiners,
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
  "our", "my", "your", "some", "any", "every", "each", "another", "such", "no", "of",
  "for", "in", "on", "at", "by", "with", "from", "about", "into", "over", "after",
  "before", "than", "and", "or", "as", "both", "all", "many", "several", "few", "most",
  "other", "more", "two", "three", "four", "five", "self");
/* After these the verb is a participle ("has ruled", "was killed"): a bare
 * word is a noun or an adjective ("is part", "is key", "have long …"). */
WORD_SET (perfect_or_passive,
  "be", "is", "am", "are", "was", "were", "been", "being", "has", "have", "had", "having");
/* Verbs that attribute, never the fact itself: "Trump said (that) …". */
WORD_SET (reporting,
  "say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added",
  "adds", "adding", "state", "stated", "announce", "announced", "write", "wrote",
  "claim", "claimed", "insist", "insisted", "warn", "warned", "note", "noted",
  "stress", "stressed", "emphasize", "emphasized", "emphasise", "emphasised",
  "confirm", "confirmed", "declare", "declared", "argue", "argued", "report",
  "reported", "explain", "explained", "according", "quote", "quoted", "describe",
  "described", "post", "posted", "indicate", "indicated", "suggest", "suggested");
/* Verbs whose complement is the act: "agreed to buy", "is considering buying". */
WORD_SET (control,
  "agree", "consider", "plan", "expect", "want", "intend", "decide", "vow", "pledge",
  "promise", "hope", "seek", "try", "aim", "threaten", "refuse", "continue", "begin",
  "start", "fail", "prepare", "appear", "seem", "schedule", "set", "going", "look",
  "wish", "offer", "urge", "ask", "call", "help", "need");
/* Verbs that carry a noun as their act: "made no mention of", "held a call". */
WORD_SET (light,
  "make", "take", "give", "have", "hold", "conduct", "carry", "pay", "do", "launch");
WORD_SET (conjunctions, "and", "or", "but", "while", "whereas", "as");
/* Nouns too general to say what a figure counts: "24 people" and "200
 * people" count different things when one is dead and one injured. */
WORD_SET (generic_measures,
  "people", "person", "persons", "man", "men", "woman", "women", "total", "number",
  "least", "than", "other", "others", "another", "further", "additional", "about", "around", "some", "more", "over", "nearly", "almost",
  "time", "times", "percent", "cent", "per");
/* Verbs whose subject is what a figure after them measures: "the death
 * toll rose to 21", "the toll reached 27", "taking the toll to 27". */
WORD_SET (level_verbs,
  "rise", "climb", "reach", "increase", "grow", "jump", "soar", "fall", "drop", "decline", "stand", "total",
  "top", "exceed", "take", "bring", "push", "raise", "lift");
/* Of them, those that take the figure with no "to": "reached 27", not
 * "fell 600 metres" (a climber's fall). */
WORD_SET (level_verbs_direct, "reach", "total", "top", "exceed");
/* What may stand between a margin's figure and its "by" or "of": "by just
 * 61", "a narrow majority of 12"; and the nouns that make a figure a
 * difference. */
WORD_SET (margin_softeners, "just", "only", "a", "mere", "narrow", "slim", "some", "about");
WORD_SET (margin_nouns, "margin", "lead", "majority", "difference", "gap");

#define MAX_WORD_BYTES   64
#define MEASURE_WINDOW    4
#define LIGHT_NOUN_REACH  3

typedef struct
{
  gsize               start;      /* absolute byte offsets */
  gsize               end;
  const char         *lower;      /* in the tokens' string chunk */
  guint32             hash;       /* cor_word_hash () of @lower */
  const CorWordSense *sense;
  gboolean            alpha;
  gboolean            name;       /* inside a person, organisation or place */
  gboolean            value;      /* inside a value or date mention */
  gboolean            negation;   /* "not", "never", and "n't" folded into "not" */
  gboolean            possessive; /* followed by "'s": what comes next is a noun */
  gboolean            after_comma; /* a comma, a dash or a colon precedes it */
  gboolean            compound;   /* joined by a hyphen to the word before: "ill-equipped" */
  guint16             month_day;  /* a month's name: month * 32 + its day, if one is next to it */
  const CorMention   *mention;    /* the name it is part of */
  const CorMention   *value_mention; /* the value or date it is part of */
  const char         *stem;       /* NULL for stop words, names and values */
} Token;

static gboolean
in_set (WordSet     *set,
        const Token *t)
{
  return t->alpha && set_has (set, t->lower);
}

static gboolean
is_name_kind (CorMentionKind kind)
{
  return kind == COR_MENTION_PERSON || kind == COR_MENTION_ORGANIZATION || kind == COR_MENTION_PLACE;
}

/* The mention of @kinds covering [start, end), if any; @cursor walks the
 * sorted mentions forward, so a clause's words cost one pass. */
static const CorMention *
covering (GPtrArray *mentions,
          guint     *cursor,
          gsize      start,
          gsize      end,
          gboolean   names)
{
  for (guint i = *cursor; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (m->end <= start)
        {
          if (i == *cursor)
            (*cursor)++;
          continue;
        }
      if (m->start > start)
        break;
      if (end <= m->end && (names ? is_name_kind (m->kind) : (cor_mention_kind_is_value (m->kind)
                                                                || m->kind == COR_MENTION_DATE)))
        return m;
    }
  return NULL;
}

/* "didn't" is "did" "not"; "China's" is "China". */
static const char *
contraction_base (const char *lower)
{
  static const char *pairs[][2] = {
    { "didn", "did" }, { "don", "do" }, { "doesn", "does" }, { "isn", "is" },
    { "wasn", "was" }, { "won", "will" }, { "can", "can" }, { "couldn", "could" },
    { "hasn", "has" }, { "haven", "have" }, { "hadn", "had" }, { "aren", "are" },
    { "weren", "were" }, { "shouldn", "should" }, { "wouldn", "would" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (strcmp (lower, pairs[i][0]) == 0)
      return pairs[i][1];
  return NULL;
}

static gboolean
is_apostrophe (const CorWords *words,
               guint           i)
{
  return i < words->n_words && (cor_word_is_punct (words, i, '\'') || cor_word_is_punct (words, i, 0x2019));
}

static gboolean
word_is (const CorWords *words,
         guint           i,
         const char     *lower)
{
  gsize n = strlen (lower);

  return i < words->n_words && words->words[i].type == COR_WORD_ALPHA
         && cor_word_length (words, i) == n
         && g_ascii_strncasecmp (words->text + words->words[i].start, lower, n) == 0;
}

/* What reading a clause needs, kept from one clause to the next: a report
 * of a million short sentences, each read with buffers of its own, spent
 * most of its time in the allocator (issue 17). The words' strings live in
 * one chunk of SCRATCH_BLOCK blocks, emptied between clauses once it holds
 * more than SCRATCH_STRINGS bytes. */
struct _CorPropositionScratch
{
  CorWords     *words;
  GArray       *tokens;        /* Token */
  GStringChunk *strings;
  gsize         strings_used;  /* bytes put in @strings since it was emptied */
  GPtrArray    *no_mentions;
  GArray       *terms;         /* guint32: a clause's terms, until sorted */
  GPtrArray    *month_dates;   /* the clause's date mentions keyed by their month's name */
};

#define SCRATCH_BLOCK   4096
#define SCRATCH_STRINGS (64 * 1024)

CorPropositionScratch *
cor_proposition_scratch_new (void)
{
  CorPropositionScratch *self = g_new0 (CorPropositionScratch, 1);

  self->words = cor_words_new ("", 0);
  self->tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  self->strings = g_string_chunk_new (SCRATCH_BLOCK);
  self->no_mentions = g_ptr_array_new ();
  self->terms = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->month_dates = g_ptr_array_new ();
  return self;
}

void
cor_proposition_scratch_free (CorPropositionScratch *self)
{
  if (self == NULL)
    return;
  cor_words_free (self->words);
  g_array_unref (self->tokens);
  g_string_chunk_free (self->strings);
  g_ptr_array_unref (self->no_mentions);
  g_array_unref (self->terms);
  g_ptr_array_unref (self->month_dates);
  g_free (self);
}

static const char *
scratch_insert (CorPropositionScratch *scratch,
                const char            *text,
                gssize                 n)
{
  if (n < 0)
    n = strlen (text);
  scratch->strings_used += n + 1;
  return g_string_chunk_insert_len (scratch->strings, text, n);
}

/* A statement's tokens used to cost two allocations a word, most of the
 * facts stage's time on a long report. */
static void
set_lower (Token                 *t,
           CorPropositionScratch *scratch,
           const char            *text,
           gsize                  n)
{
  char ascii[MAX_WORD_BYTES + 1];
  gboolean is_ascii = TRUE;

  n = MIN (n, MAX_WORD_BYTES);
  for (gsize i = 0; i < n && is_ascii; i++)
    {
      is_ascii = (guchar)text[i] < 0x80;
      ascii[i] = g_ascii_tolower (text[i]);
    }
  if (is_ascii)
    t->lower = scratch_insert (scratch, ascii, n);
  else
    {
      g_autofree char *lower = g_utf8_strdown (text, n);

      t->lower = scratch_insert (scratch, lower, -1);
    }
  t->hash = cor_word_hash (t->lower, strlen (t->lower));
}

/* "4 December", "December 4th", "in December": the month a word names,
 * times 32, plus the day next to it. A report that has no date of its own
 * cannot resolve "December" to a year, yet says the same month as one
 * that can: the month and day are the key two statements share, and the
 * years (add_mention_terms ()) keep different ones apart. */
static guint16
month_day_at (const CorWords *words,
              guint           i)
{
  guint next, after, month = cor_dates_month_at (words, i, &next), day = 0;

  if (month == 0)
    return 0;
  if (i > 0)
    day = cor_dates_day_at (words, i - 1, &after);
  if (day == 0 || day > 31 || after != i)
    day = cor_dates_day_at (words, next, &after);
  return (guint16)(month * 32 + (day <= 31 ? day : 0));
}

/* The tokens of @text[start, end), in @scratch until the next call. */
static GArray *
read_tokens (const char            *text,
             gsize                  start,
             gsize                  end,
             GPtrArray             *mentions,
             CorStemmer            *stemmer,
             CorPropositionScratch *scratch)
{
  CorWords *words = scratch->words;
  GArray *tokens = scratch->tokens;
  guint name_cursor = 0, value_cursor = 0;

  gboolean comma = FALSE, hyphen = FALSE;

  if (scratch->strings_used > SCRATCH_STRINGS)
    {
      g_string_chunk_clear (scratch->strings);
      scratch->strings_used = 0;
    }
  cor_words_reset (words, text + start, end - start);
  g_array_set_size (tokens, 0);
  for (guint i = 0; i < words->n_words; i++)
    {
      const CorWord *w = &words->words[i];
      Token t = { start + w->start, start + w->end };
      const char *base;

      if (w->type == COR_WORD_PUNCT)
        {
          hyphen = w->ch == '-' && !(w->flags & COR_WORD_FLAG_SPACE_BEFORE);
          comma |= w->ch == ',' || w->ch == ':' || w->ch == ';' || w->ch == 0x2014 || w->ch == 0x2013
                   || w->ch == '"' || w->ch == 0x201D;
          continue;
        }
      t.after_comma = comma;
      t.compound = hyphen && !(w->flags & COR_WORD_FLAG_SPACE_BEFORE);
      comma = hyphen = FALSE;
      t.alpha = w->type == COR_WORD_ALPHA;
      set_lower (&t, scratch, text + t.start, t.end - t.start);
      /* "n't" ends the word before it and negates. */
      if (t.alpha && is_apostrophe (words, i + 1) && word_is (words, i + 2, "t")
          && (base = contraction_base (t.lower)) != NULL)
        {
          Token neg = { t.start, words->words[i + 2].end + start };

          t.lower = base;
          t.hash = cor_word_hash (t.lower, strlen (t.lower));
          g_array_append_val (tokens, t);
          neg.alpha = TRUE;
          neg.negation = TRUE;
          set_lower (&neg, scratch, "not", 3);
          g_array_append_val (tokens, neg);
          i += 2;
          continue;
        }
      /* The possessive adds nothing but says a noun follows. */
      if (is_apostrophe (words, i + 1) && word_is (words, i + 2, "s"))
        {
          t.possessive = TRUE;
          i += 2;
        }
      t.mention = covering (mentions, &name_cursor, t.start, t.end, TRUE);
      t.name = t.mention != NULL;
      t.value_mention = t.alpha ? covering (mentions, &value_cursor, t.start, t.end, FALSE) : NULL;
      t.value = !t.alpha || t.value_mention != NULL;
      t.month_day = month_day_at (words, i);
      t.value |= t.month_day != 0;
      t.negation = in_set (negations, &t);
      if (t.alpha && !t.name && !t.value)
        {
          /* The closed classes need no dictionary. */
          if (!in_set (auxiliaries, &t) && !in_set (determiners, &t) && !t.negation)
            t.sense = cor_lexicon_lookup (t.lower);
          if (stemmer != NULL && g_utf8_strlen (t.lower, -1) >= 2)
            {
              const char *stem = cor_stemmer_peek (stemmer, t.lower);

              t.stem = stem ? scratch_insert (scratch, stem, -1) : NULL;
            }
        }
      g_array_append_val (tokens, t);
    }
  return tokens;
}

static gboolean
is_verb (const Token *t)
{
  return t->sense != NULL && (t->sense->pos & COR_POS_VERB) != 0;
}

static gboolean
lemma_in (WordSet     *set,
          const Token *t)
{
  return set_has (set, t->sense != NULL ? t->sense->lemma : t->lower);
}

/* A verb used as one: inflected ("struck", "says"), after an auxiliary, or
 * a word WordNet knows only as a verb; not after a determiner ("the
 * attack", "a call"). */
WORD_SET (prepositions,
  "in", "on", "at", "after", "before", "during", "according", "with", "for", "from", "by",
  "as", "despite", "amid", "following", "since", "while", "when", "if", "although", "though",
  "to", "of", "under", "over", "writing", "speaking", "beyond", "meanwhile", "separately",
  "however", "earlier", "later", "also");

typedef enum
{
  AUX_NONE,
  AUX_BASE,         /* after "will", "did", "to": a bare verb */
  AUX_PARTICIPLE,   /* after "has", "was": a participle */
} Pending;

static gboolean
is_adjective_only (const Token *t)
{
  return t->sense != NULL && (t->sense->pos & COR_POS_ADJ) && !(t->sense->pos & (COR_POS_VERB | COR_POS_NOUN));
}

static gboolean
acts_as_verb (GArray  *tokens,
              guint    i,
              Pending  pending)
{
  const Token *t = &g_array_index (tokens, Token, i);
  const Token *prev = i > 0 ? &g_array_index (tokens, Token, i - 1) : NULL;

  if (!is_verb (t) || t->name || t->compound)
    return FALSE;
  if (prev != NULL && ((in_set (determiners, prev) && !in_set (auxiliaries, prev)) || prev->possessive
                       || is_adjective_only (prev)))
    return FALSE;
  if (pending == AUX_BASE)
    return TRUE;
  if (pending == AUX_PARTICIPLE)
    return t->sense->verb_form || (t->sense->pos & (COR_POS_NOUN | COR_POS_ADJ | COR_POS_ADV)) == 0;
  if (g_str_has_suffix (t->lower, "ing"))
    return FALSE;
  /* "old maps", "new talks": after a word that may be an adjective, an -s
   * form that may be a noun is a plural. */
  if (prev != NULL && g_str_has_suffix (t->lower, "s") && (t->sense->pos & COR_POS_NOUN) && !prev->name
      && prev->sense != NULL && (prev->sense->pos & COR_POS_ADJ))
    return FALSE;
  return t->sense->verb_form || (t->sense->pos & (COR_POS_NOUN | COR_POS_ADJ)) == 0;
}

/* Where the clause proper starts: after an opening phrase that a comma
 * closes ("In a social media post, Trump …", "According to state media,
 * Xi …"), when there is one. */
static guint
clause_start (GArray *tokens)
{
  guint i = 1;

  if (tokens->len == 0 || !in_set (prepositions, &g_array_index (tokens, Token, 0)))
    return 0;
  while (i < tokens->len && !g_array_index (tokens, Token, i).after_comma)
    i++;
  return i < tokens->len ? i : 0;
}

/* "made no mention of": the noun a light verb carries, when WordNet derives
 * it from a verb. */
static gint
light_noun (GArray *tokens,
            guint   verb,
            gboolean *negated)
{
  for (guint j = verb + 1; j < tokens->len && j <= verb + LIGHT_NOUN_REACH; j++)
    {
      const Token *t = &g_array_index (tokens, Token, j);

      if (t->negation)
        {
          *negated = TRUE;
          continue;
        }
      if (in_set (determiners, t))
        continue;
      if (t->sense != NULL && (t->sense->pos & COR_POS_NOUN) && (t->sense->pos & COR_POS_VERB))
        return j;
      if (t->sense != NULL && (t->sense->pos & COR_POS_ADJ))
        continue;
      break;
    }
  return -1;
}

typedef struct
{
  gint     index;      /* token of the predicate, or -1 */
  gint     group;      /* first token of its verb group ("has not been …"), or -1 */
  gboolean negated;
  gboolean finite;
  gboolean saying;     /* the only verb is one of saying */
} Predicate;

/* "The storm hit the coast", "Officials hold talks": a verb whose past or
 * present is its base form, right after the noun that does it. The last
 * resort when nothing else in the clause reads as a verb. */
static Predicate
base_form_verb (GArray *tokens,
                guint   start)
{
  Predicate found = { -1, -1, FALSE, FALSE };

  for (guint i = start + 1; i < tokens->len; i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);
      const Token *prev = &g_array_index (tokens, Token, i - 1);
      gboolean noun_before = prev->name || (prev->sense != NULL && (prev->sense->pos & COR_POS_NOUN)
                                            && !(prev->sense->pos & COR_POS_ADJ)
                                            && !in_set (determiners, prev));

      /* "purchases of US oil": a noun after a preposition is no subject. */
      if (i >= 2 && in_set (prepositions, &g_array_index (tokens, Token, i - 2)))
        noun_before = FALSE;

      if (is_verb (t) && !t->name && !t->compound && !t->after_comma && noun_before && !prev->possessive
          && !g_str_has_suffix (t->lower, "ing") && !g_str_has_suffix (t->lower, "s")
          && !in_set (reporting, t) && !lemma_in (light, t))
        {
          found.index = found.group = i;
          found.finite = TRUE;
          return found;
        }
    }
  return found;
}

static Predicate
find_predicate (GArray *tokens)
{
  Predicate found = { -1, -1, FALSE, FALSE };
  Predicate reporting_verb = { -1, -1, FALSE, FALSE };
  Pending pending = AUX_NONE;
  gboolean negated = FALSE;
  gint group = -1;
  guint start = clause_start (tokens);

  /* ", killing five people": a participle clause's act is its participle. */
  if (start == 0 && tokens->len > 0)
    {
      const Token *t = &g_array_index (tokens, Token, 0);

      if (is_verb (t) && g_str_has_suffix (t->lower, "ing") && !in_set (reporting, t) && !lemma_in (reporting, t)
          && !lemma_in (control, t))
        {
          found.index = found.group = 0;
          return found;
        }
    }
  for (guint i = start; i < tokens->len; i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);
      gboolean light_negated = FALSE;
      gint noun;

      if (t->negation)
        {
          negated = TRUE;
          continue;
        }
      /* The "am" of "5am" is a time's. */
      if (in_set (auxiliaries, t) && !(i > 0 && strcmp (t->lower, "am") == 0 && !g_array_index (tokens, Token, i - 1).alpha))
        {
          if (group < 0 || pending == AUX_NONE)
            group = i;
          if (found.group < 0 && strcmp (t->lower, "to") != 0)
            found.group = i;
          pending = in_set (perfect_or_passive, t) ? AUX_PARTICIPLE : AUX_BASE;
          found.finite |= strcmp (t->lower, "to") != 0;
          continue;
        }
      /* "Rents rose": a plural noun that opens the clause, before a verb. */
      if (i == start && pending == AUX_NONE && is_verb (t) && (t->sense->pos & COR_POS_NOUN)
          && g_str_has_suffix (t->lower, "s") && i + 1 < tokens->len
          && acts_as_verb (tokens, i + 1, AUX_NONE))
        continue;
      if (!acts_as_verb (tokens, i, pending))
        {
          /* An adverb between the auxiliary and its verb keeps it pending. */
          if (!(t->sense != NULL && (t->sense->pos & COR_POS_ADV) && !(t->sense->pos & COR_POS_NOUN)))
            pending = AUX_NONE;
          continue;
        }
      if (pending == AUX_NONE)
        group = i;
      if (in_set (reporting, t) || lemma_in (reporting, t))
        {
          /* "…, state media said" attributes; it is no clause of its own. */
          if (reporting_verb.index < 0)
            reporting_verb = (Predicate) { i, group, negated, TRUE };
          negated = FALSE;
          pending = AUX_NONE;
          continue;
        }
      /* A verb with no auxiliary before it is finite: "they remain". */
      found.finite |= t->sense->verb_form || pending == AUX_NONE;
      if (lemma_in (control, t))
        {
          /* The act comes next: "agreed to increase", "considering buying". */
          pending = AUX_BASE;
          continue;
        }
      if (found.group < 0 || found.group > group)
        found.group = group;
      if (lemma_in (light, t))
        {
          /* "made no mention": the noun is the act; "had trouble", "has a
           * magnitude" are no act two reports can share. */
          noun = light_noun (tokens, i, &light_negated);
          found.index = noun;
          found.negated = noun >= 0 && (negated || light_negated);
          return found;
        }
      found.index = i;
      found.negated = negated;
      return found;
    }
  if (found.index < 0 && found.group < 0)
    {
      Predicate fallback = base_form_verb (tokens, reporting_verb.index >= 0 ? reporting_verb.index + 1 : start);

      if (fallback.index >= 0)
        return fallback;
    }
  if (found.index < 0 && found.group < 0 && reporting_verb.index >= 0)
    {
      /* Only a verb of saying: it is the clause's verb. */
      reporting_verb.finite = TRUE;
      reporting_verb.saying = TRUE;
      return reporting_verb;
    }
  return found;
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return x < y ? -1 : x > y;
}

static void
add_term (GArray      *terms,
          CorTermKind  kind,
          guint32      payload)
{
  guint32 term = COR_TERM_MAKE (kind, payload);

  g_array_append_val (terms, term);
}

static guint32
hash_string (const char *s)
{
  return cor_word_hash (s, strlen (s));
}

static void
add_word_terms (GArray      *terms,
                const Token *t)
{
  add_term (terms, COR_TERM_STEM, hash_string (t->stem));
  if (t->sense != NULL)
    for (guint k = 0; k < t->sense->n_concepts; k++)
      add_term (terms, COR_TERM_CONCEPT, t->sense->concepts[k]);
}

/* Runs of three quoted words: two reports that quote the same words share
 * them even when one quotes more of them. */
static void
add_quote_terms (GArray     *terms,
                 const char *quote)
{
  g_autofree char *lower = g_utf8_strdown (quote, -1);
  guint32 run[3] = { 0 };
  guint n = 0;
  const char *p = lower;

  while (*p)
    {
      const char *word;

      while (*p && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      word = p;
      while (*p && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == word)
        break;
      run[0] = run[1];
      run[1] = run[2];
      run[2] = cor_word_hash (word, p - word);
      if (++n >= 3)
        add_term (terms, COR_TERM_QUOTE, run[0] * 31u * 31u + run[1] * 31u + run[2]);
    }
}

static guint32
value_hash (const CorMention *m)
{
  char key[128];

  /* An age a name gives is that person's: "Cecilia Sarai Carillo, 23"
   * shares nothing with "23-year-old Monica Torres". */
  if (m->whose != NULL)
    g_snprintf (key, sizeof key, "%d:%s:%.3g:%s", m->kind, m->unit, m->value, m->whose);
  else
    g_snprintf (key, sizeof key, "%d:%s:%.3g", m->kind, m->unit ? m->unit : "", m->value);
  return hash_string (key);
}

static guint32
bare_value_hash (const CorMention *m)
{
  char key[64];

  g_snprintf (key, sizeof key, "%d::%.3g", m->kind, m->value);
  return hash_string (key);
}

static gboolean
is_measured (const CorMention *m)
{
  return cor_mention_kind_is_value (m->kind) && m->kind != COR_MENTION_DATE
         && m->kind != COR_MENTION_ORDINAL && m->value == m->value;
}

#define MONTH_DAY_TERM 0x1a000000u

static void
add_mention_terms (CorProposition *self,
                   GPtrArray      *mentions,
                   GPtrArray      *month_dates)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (is_name_kind (m->kind))
        {
          g_autofree char *name = g_utf8_strdown (m->canonical ? m->canonical : m->text, -1);

          add_term (self->terms, COR_TERM_NAME, hash_string (name));
        }
      else if (m->kind == COR_MENTION_DATE && m->date != NULL)
        {
          /* A month by name is keyed by its words (month_day_at ()). */
          if (!g_ptr_array_find (month_dates, m, NULL))
            add_term (self->terms, COR_TERM_DATE, hash_string (m->date));
          if (strlen (m->date) >= 4 && g_ascii_isdigit (m->date[0]) && self->n_years < G_N_ELEMENTS (self->years))
            self->years[self->n_years++] = (guint16)g_ascii_strtoull (m->date, NULL, 10);
        }
      else if (is_measured (m))
        {
          add_term (self->terms, COR_TERM_VALUE, value_hash (m));
          /* "3 dead" and "Three people have died": a count that names no
           * unit may count anything, so every count also gives the key of
           * its bare number. An age counts no one: "23-year-old Monica
           * Torres" shares nothing with "Cecilia Sarai Carillo, 23". */
          if (m->kind == COR_MENTION_NUMBER && m->unit != NULL && strcmp (m->unit, COR_UNIT_AGE) != 0)
            add_term (self->terms, COR_TERM_VALUE, bare_value_hash (m));
        }
      else if (m->kind == COR_MENTION_QUOTE)
        add_quote_terms (self->terms, m->text);
    }
}

void
cor_proposition_sort_terms (GArray *terms)
{
  guint kept = 0;

  g_array_sort (terms, compare_terms);
  for (guint i = 0; i < terms->len; i++)
    if (kept == 0 || g_array_index (terms, guint32, i) != g_array_index (terms, guint32, kept - 1))
      g_array_index (terms, guint32, kept++) = g_array_index (terms, guint32, i);
  g_array_set_size (terms, kept);
}

static gboolean
is_content (const Token *t)
{
  return t->stem != NULL && !t->name && !t->value;
}

/* The first of @tokens that starts at or after @start. */
static guint
first_token_from (GArray *tokens,
                  gsize   start)
{
  guint lo = 0, hi = tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (tokens, Token, mid).start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
names_thing (const Token *t)
{
  return t->sense != NULL && (t->sense->pos & COR_POS_NOUN) != 0 && !t->value && !t->name;
}

static gboolean
is_noun_token (const Token *t)
{
  return t->sense != NULL && (t->sense->pos & COR_POS_NOUN) != 0 && !(t->sense->pos & COR_POS_VERB);
}

/* Whether the figure at token @first is a difference: "won by (just) 61
 * votes", "a margin of 61", "a lead of 3 points" ("38 votes ahead" is
 * read by the caller). */
static gboolean
is_margin (GArray *tokens,
           gint    first)
{
  gint i = first - 1;

  while (i >= 0 && in_set (margin_softeners, &g_array_index (tokens, Token, i)))
    i--;
  if (i < 0)
    return FALSE;
  if (strcmp (g_array_index (tokens, Token, i).lower, "by") == 0)
    return TRUE;
  return strcmp (g_array_index (tokens, Token, i).lower, "of") == 0 && i > 0
         && in_set (margin_nouns, &g_array_index (tokens, Token, i - 1));
}

/* Adds to @measure the nouns of the subject of level verb @verb ("The
 * death toll from the capsize rose": toll), from where its clause starts
 * up to a preposition other than "of". */
static void
add_level_subject (CorMeasure *measure,
                   GArray     *tokens,
                   gint        verb)
{
  gint start = verb;

  while (start > 0 && !g_array_index (tokens, Token, start).after_comma
         && !in_set (conjunctions, &g_array_index (tokens, Token, start - 1)))
    start--;
  for (gint i = start; i < verb && measure->n_words < G_N_ELEMENTS (measure->stems); i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);

      if (in_set (prepositions, t) && strcmp (t->lower, "of") != 0)
        break;
      if (!is_content (t) || in_set (generic_measures, t) || !names_thing (t))
        continue;
      measure->senses[measure->n_words] = t->sense;
      measure->stems[measure->n_words++] = COR_TERM_MAKE (COR_TERM_STEM, hash_string (t->stem));
    }
}

/* The content words nearest a value, nearest first, that say what it
 * counts. */
static void
add_measure (CorProposition   *self,
             GArray           *tokens,
             const CorMention *m)
{
  CorMeasure measure = { m };
  gint first = -1, last = -1;
  gboolean blocked[2] = { FALSE, FALSE };

  /* The tokens are in the order of the text: the value's are found from
   * the first that starts at it, not from the start of the statement each
   * time (a list of a hundred thousand figures took minutes, issue 17). */
  for (guint i = first_token_from (tokens, m->start); i < tokens->len; i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);

      if (t->start >= m->end)
        break;
      if (t->end <= m->end)
        {
          if (first < 0)
            first = i;
          last = i;
        }
    }
  if (first < 0)
    return;
  measure.margin = is_margin (tokens, first)
                   || (last + 1 < (gint)tokens->len
                       && (strcmp (g_array_index (tokens, Token, last + 1).lower, "ahead") == 0
                           || strcmp (g_array_index (tokens, Token, last + 1).lower, "behind") == 0));
  /* The words between another figure and this one are that figure's,
   * unless a verb comes between: "three bank workers - two women" does
   * not count workers twice; "in his 30s fell 600m" counts the fall. A
   * figure right after another converts it: "600 metres (2,000 feet)". */
  for (gint i = first - 1, between = 0; i >= 0 && i >= first - MEASURE_WINDOW; i--)
    {
      const Token *t = &g_array_index (tokens, Token, i);

      if (in_set (conjunctions, t) || g_array_index (tokens, Token, i + 1).after_comma
          || (in_set (prepositions, t) && strcmp (t->lower, "of") != 0) || acts_as_verb (tokens, i, AUX_NONE))
        break;
      if (t->value)
        {
          blocked[1] = between > 0;
          break;
        }
      between += is_content (t);
    }
  for (gint d = 1; d <= MEASURE_WINDOW && measure.n_words < G_N_ELEMENTS (measure.stems); d++)
    for (gint side = 0; side < 2; side++)
      {
        gint i = side == 0 ? last + d : first - d;
        const Token *t;

        if (i < 0 || i >= (gint)tokens->len || blocked[side])
          continue;
        t = &g_array_index (tokens, Token, i);
        /* "rose to 21", "stood at 5", "the toll to 27": a level's, before
         * the "to". */
        if (side == 1 && (strcmp (t->lower, "to") == 0 || strcmp (t->lower, "at") == 0) && i == first - 1 && i > 0
            && !t->after_comma && (lemma_in (level_verbs, &g_array_index (tokens, Token, i - 1))
                                   || (t->lower[0] == 't' && names_thing (&g_array_index (tokens, Token, i - 1)))))
          {
            measure.running = TRUE;
            continue;
          }
        /* A comma or an "and" ends what the figure counts: "killed 12
         * people and injured 40". */
        if (in_set (conjunctions, t) || (side == 0 && t->after_comma)
            || (side == 1 && g_array_index (tokens, Token, i + 1).after_comma)
            || (in_set (prepositions, t) && strcmp (t->lower, "of") != 0))
          {
            blocked[side] = TRUE;
            continue;
          }
        if (!is_content (t) || in_set (generic_measures, t) || measure.n_words >= G_N_ELEMENTS (measure.stems))
          continue;
        /* "The death toll from the capsize rose to 21" counts what the
         * clause opens with, the toll, not the rise. */
        if (side == 1 && is_verb (t) && lemma_in (level_verbs, t) && !is_noun_token (t)
            && (lemma_in (level_verbs_direct, t) || (i + 2 == first && !is_content (&g_array_index (tokens, Token, i + 1)))))
          {
            add_level_subject (&measure, tokens, i);
            measure.running = TRUE;
            blocked[side] = TRUE;
            continue;
          }
        /* The verb that says what happened to what is counted ends the
         * search on its side: "the storm killed 12" is about the killed. */
        blocked[side] = is_verb (t);
        measure.senses[measure.n_words] = t->sense;
        measure.stems[measure.n_words++] = COR_TERM_MAKE (COR_TERM_STEM, hash_string (t->stem));
      }
  measure.n_around = measure.n_words;
  /* "Dennis Hale, 81,": an age given after a name is that person's, and
   * meets only an age of the same name. It is told in passing, with any
   * act of the person's: no words of the text say what it counts, and it
   * ties no row of figures ("Marcus Ellery, 58, was fined" is not
   * "Marcus Ellery, 61, ran the firm"). */
  if (m->whose != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (m->whose, -1);

      measure.senses[0] = NULL;
      measure.stems[0] = COR_TERM_MAKE (COR_TERM_STEM, hash_string (lower));
      measure.n_words = 1;
      measure.n_around = 0;
      g_array_append_val (self->measures, measure);
      return;
    }
  /* A count carries what it counts as its unit: "212 passengers". */
  if (m->unit != NULL && measure.n_words < G_N_ELEMENTS (measure.stems) && m->kind == COR_MENTION_NUMBER
      && g_strcmp0 (m->unit, "person") != 0)
    measure.stems[measure.n_words++] = COR_TERM_MAKE (COR_TERM_STEM, hash_string (m->unit));
  g_array_append_val (self->measures, measure);
}

static char *
superlative_of (const Token *t)
{
  gsize n = strlen (t->lower);

  if (t->sense == NULL || !(t->sense->pos & COR_POS_ADJ) || n < 5 || !g_str_has_suffix (t->lower, "est"))
    return NULL;
  return strcmp (t->sense->lemma, t->lower) != 0 ? g_strdup (t->sense->lemma) : NULL;
}

/* Who does it: the name that heads the clause's first noun phrase, before
 * its verb group ("China's leader Xi Jinping described …" is Xi Jinping;
 * "The U.S. president is scheduled …" names nobody; "In December, the
 * Trump administration approved …" is no one named either). */
static void
find_subject (CorProposition *self,
              GArray         *tokens,
              gint            group)
{
  gint first = 0, end = group >= 0 ? group : (gint)tokens->len;
  const CorMention *head = NULL;

  first = clause_start (tokens);
  for (gint i = first; i < end; i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);

      /* The noun phrase ends at an apposition's comma or a preposition. */
      if (i > first && (t->after_comma || in_set (prepositions, t)))
        break;
      head = t->mention;
    }
  if (head != NULL)
    self->subject = g_utf8_strdown (head->canonical ? head->canonical : head->text, -1);
}

/* "In 2004 a tsunami …": a year the date reader left as a bare number,
 * after the preposition that makes it one. */
static void
add_bare_years (CorProposition *self,
                GArray         *tokens)
{
  for (guint i = 1; i < tokens->len && self->n_years < G_N_ELEMENTS (self->years); i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);
      guint64 year;

      if (t->alpha || strlen (t->lower) != 4 || !in_set (prepositions, &g_array_index (tokens, Token, i - 1)))
        continue;
      year = g_ascii_strtoull (t->lower, NULL, 10);
      if (year >= 1800 && year <= 2100)
        self->years[self->n_years++] = (guint16)year;
    }
}

/* A reporting word that stands where a noun does: "in a social media
 * post", "the report", "a police statement" name the channel, not the
 * act of saying. */
static gboolean
reporting_noun (GArray *tokens,
                guint   i)
{
  const Token *t = &g_array_index (tokens, Token, i);
  const Token *prev = i > 0 ? &g_array_index (tokens, Token, i - 1) : NULL;

  if (prev == NULL || t->sense == NULL || !(t->sense->pos & COR_POS_NOUN) || t->after_comma)
    return FALSE;
  return (in_set (determiners, prev) && !in_set (auxiliaries, prev)) || prev->possessive
         || is_adjective_only (prev)
         || (is_content (prev) && !prev->name && prev->sense != NULL && (prev->sense->pos & COR_POS_NOUN));
}

/* An act or event named among a clause's first words is what the clause
 * is about. */
#define EVENT_OPENS 3

/* An act or event named by a noun ("during the general strike", "a
 * deadly quake", "the heist"), one and in the singular: a word that is
 * only a noun, or one that is also a verb after a determiner, a
 * possessive, a value, an adjective or another noun. */
static guint32
event_noun (GArray *tokens,
            guint   i)
{
  const Token *t = &g_array_index (tokens, Token, i);
  const Token *prev = i > 0 ? &g_array_index (tokens, Token, i - 1) : NULL;

  if (t->sense == NULL || t->sense->event == 0 || t->sense->verb_form || t->name || t->value)
    return 0;
  /* "their deaths", "nationwide strikes": more than one. */
  if (strcmp (t->lower, t->sense->lemma) != 0 && g_str_has_suffix (t->lower, "s"))
    return 0;
  if (!(t->sense->pos & COR_POS_VERB))
    return t->sense->event;
  if (prev == NULL || t->after_comma)
    return 0;
  /* A noun in the singular before it makes a compound ("the dock
   * strike"); in the plural, a subject ("dockers strike"). */
  if ((in_set (determiners, prev) && !in_set (auxiliaries, prev)) || prev->possessive || prev->value
      || is_adjective_only (prev)
      || (is_content (prev) && !prev->name && prev->sense != NULL && !prev->sense->verb_form
          && (prev->sense->pos & (COR_POS_NOUN | COR_POS_ADJ)) && strcmp (prev->lower, prev->sense->lemma) == 0))
    return t->sense->event;
  return 0;
}

/* Where a closing attribution starts: "…,” President Trump said in a
 * social media post." says who, not what; its words are no terms. */
static guint
attribution_tail (GArray *tokens)
{
  /* "…, said Heather Cronk, co-director of a group that supports …": a
   * verb after the comma with a person named after it opens the tail,
   * however long the description of who they are. */
  for (gint r = (gint)tokens->len - 2; r > 0 && r >= (gint)tokens->len - 40; r--)
    {
      const Token *t = &g_array_index (tokens, Token, r), *next = &g_array_index (tokens, Token, r + 1);

      if (t->after_comma && (in_set (reporting, t) || lemma_in (reporting, t)) && !reporting_noun (tokens, r)
          && next->name && next->mention != NULL && next->mention->kind == COR_MENTION_PERSON)
        return (guint)r;
    }
  for (gint r = (gint)tokens->len - 1; r >= 0 && r >= (gint)tokens->len - 10; r--)
    {
      const Token *t = &g_array_index (tokens, Token, r);

      if (!(in_set (reporting, t) || lemma_in (reporting, t)) || reporting_noun (tokens, r))
        continue;
      /* "Bluewake Lines said a steering failure caused it": a verb with a
       * clause after it opens the sentence's attribution; it is no tail. */
      for (guint k = r + 1; k < tokens->len; k++)
        if (acts_as_verb (tokens, k, AUX_NONE) || strcmp (g_array_index (tokens, Token, k).lower, "that") == 0)
          return tokens->len;
      /* The attribution opens at the comma or quote before its verb. */
      for (gint j = r; j >= 0 && j >= r - 6; j--)
        if (g_array_index (tokens, Token, j).after_comma)
          return j > 0 ? (guint)j : tokens->len;
      return tokens->len;
    }
  return tokens->len;
}

/* What the act is done to: the first name or noun after the predicate,
 * within a few words ("visit China", "approved an arms package"). Where
 * it starts goes to @direct_at when no preposition comes before it
 * ("delay a decision", not "died during the strike"), else 0. */
static guint32
find_object (GArray *tokens,
             gint    predicate,
             gsize  *direct_at)
{
  gboolean direct = TRUE;

  *direct_at = 0;
  for (guint i = predicate + 1; i < tokens->len && i <= (guint)predicate + 5; i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);

      if (t->after_comma)
        break;
      if (t->mention != NULL)
        {
          g_autofree char *name = g_utf8_strdown (t->mention->canonical ? t->mention->canonical : t->mention->text, -1);

          *direct_at = direct ? t->start : 0;
          return COR_TERM_MAKE (COR_TERM_NAME, hash_string (name));
        }
      if (is_content (t) && t->sense != NULL && (t->sense->pos & COR_POS_NOUN) && !is_adjective_only (t))
        {
          *direct_at = direct ? t->start : 0;
          return COR_TERM_MAKE (COR_TERM_STEM, hash_string (t->stem));
        }
      direct &= !in_set (prepositions, t);
    }
  return 0;
}

/* The content words before @tail, and how many of them WordNet knows. */
static guint
count_content (GArray *tokens,
               guint   tail,
               guint  *n_senses)
{
  guint n = 0;

  *n_senses = 0;
  for (guint i = 0; i < tail; i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);

      /* A month no date mention covers counts as a word would: it says
       * when, as a resolved date does. */
      n += is_content (t) || (t->month_day != 0 && t->value_mention == NULL);
      *n_senses += is_content (t) && t->sense != NULL;
    }
  return n;
}

static guint
count_measured (GPtrArray *mentions)
{
  guint n = 0;

  for (guint i = 0; i < mentions->len; i++)
    n += is_measured (g_ptr_array_index (mentions, i));
  return n;
}

gboolean
cor_proposition_init (CorProposition        *self,
                      const char            *text,
                      gsize                  start,
                      gsize                  end,
                      GPtrArray             *mentions,
                      CorStemmer            *stemmer,
                      guint                  min_content,
                      CorPropositionScratch *scratch)
{
  g_autoptr(CorPropositionScratch) own = NULL;
  GArray *tokens;
  Predicate predicate;
  guint tail, n_senses;

  g_return_val_if_fail (self != NULL && text != NULL && mentions != NULL, FALSE);

  memset (self, 0, sizeof *self);
  if (scratch == NULL)
    scratch = own = cor_proposition_scratch_new ();
  tokens = read_tokens (text, start, end, mentions, stemmer, scratch);
  tail = attribution_tail (tokens);
  self->n_content = count_content (tokens, tail, &n_senses);
  if (self->n_content < min_content)
    return FALSE;

  /* Each array made once at its size: the terms are gathered in
   * @scratch, then copied. */
  self->terms = scratch->terms;
  g_array_set_size (self->terms, 0);
  g_ptr_array_set_size (scratch->month_dates, 0);
  self->measures = g_array_sized_new (FALSE, FALSE, sizeof (CorMeasure), count_measured (mentions));
  self->senses = g_ptr_array_sized_new (n_senses);
  for (guint i = 0, previous = G_MAXUINT; i < tail; i++)
    {
      const Token *t = &g_array_index (tokens, Token, i);

      if (t->after_comma)
        previous = G_MAXUINT;
      if (t->month_day != 0)
        {
          add_term (self->terms, COR_TERM_DATE, MONTH_DAY_TERM + t->month_day);
          if (t->value_mention != NULL)
            g_ptr_array_add (scratch->month_dates, (gpointer)t->value_mention);
        }
      if (!is_content (t))
        continue;
      add_word_terms (self->terms, t);
      /* Two content words in a row, stop words between them skipped:
       * "arms sales", "phone call", "most important issue". */
      if (previous != G_MAXUINT)
        add_term (self->terms, COR_TERM_BIGRAM,
                  hash_string (g_array_index (tokens, Token, previous).stem) * 31u + hash_string (t->stem));
      previous = i;
      if (t->sense != NULL)
        g_ptr_array_add (self->senses, (gpointer)t->sense);
      if (self->n_events < G_N_ELEMENTS (self->events))
        {
          guint32 event = event_noun (tokens, i);

          for (guint e = 0; e < self->n_events && event != 0; e++)
            if (self->events[e] == event)
              event = 0;
          if (event != 0)
            {
              self->events[self->n_events] = event;
              self->event_word[self->n_events] = MIN (i, G_MAXUINT8);
              self->event_at[self->n_events++] = t->start;
            }
        }
      if (self->superlative == NULL)
        self->superlative = i > 0 && g_array_index (tokens, Token, i - 1).possessive
                            ? NULL : superlative_of (t);
    }
  add_mention_terms (self, mentions, scratch->month_dates);
  add_bare_years (self, tokens);
  cor_proposition_sort_terms (self->terms);
  self->terms = g_array_sized_new (FALSE, FALSE, sizeof (guint32), scratch->terms->len);
  g_array_append_vals (self->terms, scratch->terms->data, scratch->terms->len);

  predicate = find_predicate (tokens);
  self->finite = predicate.finite;
  if (predicate.index >= 0)
    {
      const Token *t = &g_array_index (tokens, Token, predicate.index);

      self->predicate = COR_TERM_MAKE (COR_TERM_STEM, hash_string (t->stem ? t->stem : t->lower));
      self->predicate_sense = t->sense;
      self->predicate_word = g_strdup (t->sense ? t->sense->lemma : t->lower);
      self->negated = predicate.negated;
      self->object = find_object (tokens, predicate.index, &self->object_at);
      self->verb_start = g_array_index (tokens, Token, predicate.group >= 0 ? predicate.group : predicate.index).start;
      self->verb_end = t->end;
    }
  find_subject (self, tokens, predicate.group);
  for (guint i = 0; i < mentions->len; i++)
    if (is_measured (g_ptr_array_index (mentions, i)))
      add_measure (self, tokens, g_ptr_array_index (mentions, i));
  return TRUE;
}

void
cor_proposition_clear (CorProposition *self)
{
  g_clear_pointer (&self->terms, g_array_unref);
  g_clear_pointer (&self->measures, g_array_unref);
  g_clear_pointer (&self->senses, g_ptr_array_unref);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->predicate_word, g_free);
  g_clear_pointer (&self->superlative, g_free);
}

gboolean
cor_proposition_has_finite_verb (const char            *text,
                                 gsize                  start,
                                 gsize                  end,
                                 CorPropositionScratch *scratch)
{
  g_autoptr(CorPropositionScratch) own = NULL;
  Predicate predicate;

  if (scratch == NULL)
    scratch = own = cor_proposition_scratch_new ();
  predicate = find_predicate (read_tokens (text, start, end, scratch->no_mentions, NULL, scratch));

  /* "…, state media said" attributes; it is no clause of its own. */
  return predicate.finite && !predicate.saying;
}

gboolean
cor_proposition_predicates_meet (const CorProposition *a,
                                 const CorProposition *b)
{
  if (a->predicate == 0 || b->predicate == 0)
    return FALSE;
  if (a->predicate == b->predicate)
    return TRUE;
  return a->predicate_sense != NULL && b->predicate_sense != NULL
         && cor_lexicon_concepts_meet (a->predicate_sense->concepts, a->predicate_sense->n_concepts,
                                       b->predicate_sense->concepts, b->predicate_sense->n_concepts);
}

gboolean
cor_proposition_objects_meet (const CorProposition *a,
                              const CorProposition *b)
{
  return a->object != 0 && a->object == b->object && cor_proposition_predicates_meet (a, b);
}

gboolean
cor_proposition_measure_words_meet (const CorMeasure *a,
                                    const CorMeasure *b,
                                    gboolean          by_concept)
{
  for (guint i = 0; i < a->n_words; i++)
    for (guint j = 0; j < b->n_words; j++)
      {
        const CorWordSense *x = a->senses[i], *y = b->senses[j];

        if (a->stems[i] == b->stems[j]
            || (by_concept && x != NULL && y != NULL
                && cor_lexicon_concepts_meet (x->concepts, x->n_concepts, y->concepts, y->n_concepts)))
          return TRUE;
      }
  return FALSE;
}

gboolean
cor_proposition_same_measure (const CorMeasure *a,
                              const CorMeasure *b)
{
  return cor_compare_same_measure (a->mention, b->mention) && cor_proposition_measure_words_meet (a, b, TRUE);
}

gboolean
cor_proposition_names (const CorProposition *self,
                       const char           *name)
{
  guint32 term = COR_TERM_MAKE (COR_TERM_NAME, hash_string (name));

  return name != NULL && self->terms->len > 0
         && g_array_binary_search (self->terms, &term, compare_terms, NULL);
}

gboolean
cor_proposition_event_leads (const CorProposition *self,
                             guint32               event)
{
  for (guint e = 0; e < self->n_events; e++)
    if (self->events[e] == event)
      {
        /* Where no verb was found, it leads when it opens the clause:
         * "The national strike was held to protest …". */
        if (self->verb_end == 0)
          return self->event_word[e] <= EVENT_OPENS;
        /* Before its verb, or what the verb is done to: "would delay a
         * decision" tells of the decision, "died during the strike" does
         * not tell of the strike. */
        return self->event_at[e] < self->verb_start || (self->object_at != 0 && self->event_at[e] == self->object_at);
      }
  return FALSE;
}

gboolean
cor_proposition_years_clash (const CorProposition *a,
                             const CorProposition *b)
{
  if (a->n_years == 0 || b->n_years == 0)
    return FALSE;
  for (guint i = 0; i < a->n_years; i++)
    for (guint j = 0; j < b->n_years; j++)
      if (a->years[i] == b->years[j])
        return FALSE;
  return TRUE;
}

gboolean
cor_proposition_share_quote (const CorProposition *a,
                             const CorProposition *b)
{
  guint i = 0, j = 0;

  while (i < a->terms->len && j < b->terms->len)
    {
      guint32 s = g_array_index (a->terms, guint32, i), t = g_array_index (b->terms, guint32, j);

      if (s == t && COR_TERM_KIND (s) == COR_TERM_QUOTE)
        return TRUE;
      if (s <= t)
        i++;
      if (t <= s)
        j++;
    }
  return FALSE;
}

gboolean
cor_proposition_antonyms (const CorProposition *a,
                          const CorProposition *b,
                          const char          **word_a,
                          const char          **word_b)
{
  for (guint i = 0; i < a->senses->len; i++)
    {
      const CorWordSense *x = g_ptr_array_index (a->senses, i);

      /* Opposite judgements ("sufficiently", "insufficiently") are
       * adjectives and adverbs; opposite verbs and nouns ("export",
       * "import") often state one fact from two sides. */
      if (x->n_antonyms == 0 || (x->pos & (COR_POS_VERB | COR_POS_NOUN)))
        continue;
      for (guint j = 0; j < b->senses->len; j++)
        {
          const CorWordSense *y = g_ptr_array_index (b->senses, j);

          if (cor_lexicon_concepts_meet (x->antonyms, x->n_antonyms, y->concepts, y->n_concepts))
            {
              *word_a = x->lemma;
              *word_b = y->lemma;
              return TRUE;
            }
        }
    }
  return FALSE;
}
