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
/* Above this many statements a document skips the quadratic prefix check. */
#define MAX_PREFIX_CHECK 400

void
cor_statement_free (CorStatement *statement)
{
  if (statement == NULL)
    return;
  g_free (statement->text);
  g_ptr_array_unref (statement->keys);
  g_ptr_array_unref (statement->mentions);
  g_free (statement->speaker);
  g_free (statement->cue);
  g_free (statement);
}

static void
add_key (GPtrArray  *keys,
         CorKeyKind  kind,
         const char *text)
{
  gsize len = strlen (text);
  char *key = g_malloc (len + 2);

  /* Not g_strdup_printf(): this runs for every word of every report. */
  key[0] = 'a' + kind;
  memcpy (key + 1, text, len + 1);
  g_ptr_array_add (keys, key);
}

static gboolean
is_name (CorMentionKind kind)
{
  return kind == COR_MENTION_PERSON || kind == COR_MENTION_ORGANIZATION || kind == COR_MENTION_PLACE;
}

/* Which words a statement's names and values cover, in one pass: the
 * words come in order and the mentions are sorted by their start, so a
 * cursor over the mentions and the furthest end each kind has reached
 * answer for each word. Rescanning every mention for every word took
 * hours on a long sentence. */
typedef struct
{
  const CorStatement *st;
  guint               next;        /* the first mention not yet passed */
  gsize               names_end;   /* the furthest end of the names passed */
  gsize               values_end;
} Cover;

/* Whether a name (@names) or a value covers [@start, @end); @start never
 * decreases from one call to the next. */
static gboolean
covered_by (Cover    *cover,
            gsize     start,
            gsize     end,
            gboolean  names)
{
  for (; cover->next < cover->st->mentions->len; cover->next++)
    {
      const CorMention *m = g_ptr_array_index (cover->st->mentions, cover->next);

      if (m->start > start)
        break;
      if (is_name (m->kind))
        cover->names_end = MAX (cover->names_end, m->end);
      else if (cor_mention_kind_is_value (m->kind))
        cover->values_end = MAX (cover->values_end, m->end);
    }
  return end <= (names ? cover->names_end : cover->values_end);
}

/* "U.S." and "US" name a country; "us" is a pronoun. */
static char *
read_word (const char  *p,
           const char  *end,
           const char **next,
           gboolean    *acronym,
           GString     *word)
{
  guint upper = 0;

  g_string_truncate (word, 0);
  *acronym = FALSE;
  while (p < end)
    {
      gunichar c;

      /* Most words are ASCII: no decoding, no Unicode tables. */
      if (g_ascii_isalnum (*p))
        {
          upper += g_ascii_isupper (*p);
          g_string_append_c (word, g_ascii_tolower (*p));
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      if (c >= 0x80 && g_unichar_isalnum (c))
        {
          upper += g_unichar_isupper (c);
          g_string_append_unichar (word, g_unichar_tolower (c));
          p = g_utf8_next_char (p);
        }
      else if (c == '.' && word->len == upper && p + 1 < end && g_ascii_isupper (p[1])
               && (p + 2 >= end || p[2] == '.'))
        p++;  /* U.S. */
      else
        break;
    }
  *acronym = upper >= 2 && upper == g_utf8_strlen (word->str, -1);
  /* "China's": the possessive adds nothing. */
  if (p < end && (g_str_has_prefix (p, "'s") || g_str_has_prefix (p, "\xe2\x80\x99s")))
    p += p[0] == '\'' ? 2 : 4;
  *next = p;
  return word->str;
}

/* "recognised" and "recognized" are one word to the aligner; the change is
 * made on both sides, so a word it does not fit still meets itself. */
static void
american_spelling (char *word)
{
  static const char *endings[] = { "ise", "ised", "ises", "ising", "isation", "isations" };
  gsize len = strlen (word);

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      gsize n = strlen (endings[i]);

      if (len > n + 2 && strcmp (word + len - n, endings[i]) == 0)
        {
          word[len - n + 1] = 'z';
          return;
        }
    }
}

/* "25%" and "25 million" are different numbers. */
static char *
scaled_number (const char *digits,
               const char *p,
               const char *end)
{
  static const char *scales[] = { "%", " percent", " per cent", " million", " billion", " bn", " trillion" };

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if ((gsize)(end - p) >= strlen (scales[i]) && g_ascii_strncasecmp (p, scales[i], strlen (scales[i])) == 0)
      return g_strconcat (digits, scales[i], NULL);
  return g_strdup (digits);
}

static void
add_word_keys (CorStatement *st,
               CorStemmer   *stemmer,
               const char   *text,
               gsize         offset,
               GPtrArray    *keys)
{
  const char *p = text + st->start - offset, *end = text + st->end - offset;
  g_autoptr(GString) buf = g_string_sized_new (32);
  g_autofree char *previous = NULL;
  gboolean previous_capital = FALSE;
  Cover cover = { st, 0, 0, 0 };

  while (p < end)
    {
      gunichar c;
      const char *word_start = p;
      char *word;
      g_autofree char *stem = NULL;
      gboolean acronym;

      if ((guchar)*p < 0x80 && !g_ascii_isalnum (*p))
        {
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      /* @word lives in @buf until the next word is read. */
      word = read_word (p, end, &p, &acronym, buf);
      if (g_ascii_isdigit (word[0]))
        {
          if (!covered_by (&cover, word_start - text + offset, p - text + offset, FALSE))
            {
              g_autofree char *number = scaled_number (word, p, end);
              add_key (keys, COR_KEY_NUMBER, number);
            }
          continue;
        }
      if (g_utf8_strlen (word, -1) < 2)
        continue;
      american_spelling (word);
      stem = acronym ? g_strdup (word) : cor_stemmer_stem (stemmer, word);
      if (stem == NULL)
        continue;
      st->n_words++;
      /* A name counts once, as its canonical form: "Donald Trump", "Trump"
       * and "Mr. Trump" meet there, and its words would count it again. */
      if (covered_by (&cover, word_start - text + offset, p - text + offset, TRUE))
        {
          g_clear_pointer (&previous, g_free);
          continue;
        }
      add_key (keys, COR_KEY_WORD, stem);
      /* Names count as names already: "Donald Trump" is no phrase. */
      if (previous != NULL && !(previous_capital && g_unichar_isupper (c)))
        {
          g_autofree char *bigram = g_strconcat (previous, " ", stem, NULL);
          add_key (keys, COR_KEY_BIGRAM, bigram);
        }
      g_free (previous);
      previous = g_steal_pointer (&stem);
      previous_capital = g_unichar_isupper (c);
    }
}

/* Letters and digits only, lowercase: what two quotes of the same words share. */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

/* Runs of three quoted words: two reports that quote the same words share
 * them even when one quotes more than the other, and a long quote found
 * nowhere else does not swamp the rest of its sentence. */
#define QUOTE_SHINGLE 3

static void
add_quote_keys (const char *quote,
                GPtrArray  *keys)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = g_utf8_strdown (quote, -1);
  const char *p = lower;

  /* The words are the runs of letters and digits. */
  while (*p)
    {
      const char *start;

      while (*p && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        g_ptr_array_add (kept, g_strndup (start, p - start));
    }
  for (guint i = 0; i + QUOTE_SHINGLE <= kept->len; i++)
    {
      g_autofree char *shingle = g_strjoin (" ", g_ptr_array_index (kept, i), g_ptr_array_index (kept, i + 1),
                                            g_ptr_array_index (kept, i + 2), NULL);
      add_key (keys, COR_KEY_QUOTE, shingle);
    }
}

static void
add_mention_keys (CorStatement *st,
                  GPtrArray    *keys)
{
  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);

      if (m->kind == COR_MENTION_DATE && m->date != NULL)
        {
          add_key (keys, COR_KEY_DATE, m->date);
          if (strlen (m->date) > 7)
            {
              g_autofree char *month = g_strndup (m->date, 7);
              add_key (keys, COR_KEY_DATE, month);
            }
        }
      else if (cor_mention_kind_is_value (m->kind) && !isnan (m->value)
               && m->kind != COR_MENTION_NUMBER)
        {
          g_autofree char *v = g_strdup_printf ("%s:%s:%.2g", cor_mention_kind_to_string (m->kind),
                                                m->unit ? m->unit : "", m->value);
          add_key (keys, COR_KEY_VALUE, v);
        }
      else if (is_name (m->kind))
        {
          g_autofree char *name = g_utf8_strdown (m->canonical ? m->canonical : m->text, -1);
          add_key (keys, COR_KEY_NAME, name);
        }
      else if (m->kind == COR_MENTION_QUOTE)
        add_quote_keys (m->text, keys);
    }
}

/* The first of the document's mentions (sorted by their start) that starts
 * at or after @start: a statement's mentions are found from there, not
 * from the report's first mention on. */
static guint
first_mention_from (CorDocument *doc,
                    gsize        start)
{
  guint lo = 0, hi = doc->mentions->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const CorMention *m = g_ptr_array_index (doc->mentions, mid);

      if (m->start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
collect_mentions (CorStatement *st,
                  CorDocument  *doc)
{
  for (guint i = first_mention_from (doc, st->start); i < doc->mentions->len; i++)
    {
      CorMention *m = g_ptr_array_index (doc->mentions, i);

      if (m->start >= st->end)
        break;
      if (m->end <= st->end)
        g_ptr_array_add (st->mentions, m);
    }
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Keeps the first of each key, in place. */
static void
drop_repeated_keys (GPtrArray *keys)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint kept = 0;

  for (guint i = 0; i < keys->len; i++)
    {
      char *key = g_ptr_array_index (keys, i);

      /* Not g_hash_table_add(): it would store the repeat in the first's place. */
      if (g_hash_table_contains (seen, key))
        g_free (key);
      else
        {
          g_hash_table_add (seen, key);
          g_ptr_array_index (keys, kept++) = key;
        }
    }
  /* The slots past @kept hold keys freed above or kept below them. */
  g_ptr_array_set_free_func (keys, NULL);
  g_ptr_array_set_size (keys, kept);
  g_ptr_array_set_free_func (keys, g_free);
}

/* A statement of a whole page of words on one line repeats most of them:
 * past this many keys, each is kept once before sorting, which otherwise
 * sorted millions. */
#define MANY_KEYS 4096

static CorStatement *
statement_new (CorDocument *doc,
               guint        source,
               gsize        start,
               gsize        end,
               CorStemmer  *stemmer)
{
  CorStatement *st = g_new0 (CorStatement, 1);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);
  guint kept = 0;

  st->source = source;
  st->start = start;
  st->end = end;
  st->text = g_strndup (doc->text + start, end - start);
  st->mentions = g_ptr_array_new ();
  collect_mentions (st, doc);
  add_word_keys (st, stemmer, st->text, start, keys);
  add_mention_keys (st, keys);

  /* Sorted, then each key once: cheaper than a hash table per statement. */
  if (keys->len > MANY_KEYS)
    drop_repeated_keys (keys);
  g_ptr_array_sort (keys, compare_keys);
  for (guint i = 0; i < keys->len; i++)
    {
      char *key = g_ptr_array_index (keys, i);

      if (kept > 0 && strcmp (key, g_ptr_array_index (keys, kept - 1)) == 0)
        g_free (key);
      else
        g_ptr_array_index (keys, kept++) = key;
    }
  /* The slots past @kept hold keys freed above or kept below them. */
  g_ptr_array_set_free_func (keys, NULL);
  g_ptr_array_set_size (keys, kept);
  g_ptr_array_set_free_func (keys, g_free);
  st->keys = keys;
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

/* "…, and Taiwan will never …" joins a clause; "…, and oil and gas" a list
 * item. An auxiliary or a past tense tells them apart well enough. */
static gboolean
is_finite_verb (const char *p,
                const char *q)
{
  static const char *auxiliaries[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "must", "should", "may", "might", "did", "does", "do", "shall",
  };

  for (guint i = 0; q > p && i < G_N_ELEMENTS (auxiliaries); i++)
    if ((gsize)(q - p) == strlen (auxiliaries[i]) && strncmp (p, auxiliaries[i], q - p) == 0)
      return TRUE;
  return q - p > 4 && g_ascii_islower (*p) && strncmp (q - 2, "ed", 2) == 0;
}

/* Where the last finite verb of [@start, @end) starts, or G_MAXSIZE: the
 * clause after ", and" has one when it starts no later. Found once per
 * sentence, not once per comma. */
static gsize
last_finite_verb (const char *text,
                  gsize       start,
                  gsize       end)
{
  gsize last = G_MAXSIZE;

  for (gsize p = start; p < end;)
    {
      gsize q = p;

      while (q < end && g_ascii_isalpha (text[q]))
        q++;
      if (is_finite_verb (text + p, text + q))
        last = p;
      p = q < end ? q + 1 : end;
    }
  return last;
}

/* A sentence as its clauses are cut from it: the words (of three letters
 * or more) from where the next clause starts to its end, and its last
 * finite verb. Each cut then costs its own clause, not the rest of the
 * sentence: a long sentence of short clauses took minutes. */
typedef struct
{
  guint words_left;
  gsize last_finite;
} Clauses;

/* Where a sentence joins two independent statements: "…; …", "…, while …",
 * "…, but …", "…, and …", "…, during which …", "…, saying …". Never
 * inside a quotation, and never leaving a fragment too short to state
 * anything. */
static gsize
find_clause_break (const char *text,
                   gsize       from,
                   gsize       end,
                   Clauses    *clauses,
                   gsize      *next)
{
  static const char *joins[] = {
    "; ", ", while ", ", whereas ", ", but ", ", and ", ", during which ", ", in which ",
    ", adding that ", ", although ", ", though ",
  };
  gboolean in_quote = FALSE;
  guint words = 0, run = 0;

  for (gsize i = from; i < end; i++)
    {
      gboolean join = FALSE;
      guint before;

      /* The words of [from, i), as count_words() counts them. */
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
      for (guint j = 0; !join && j < G_N_ELEMENTS (joins); j++)
        join = g_str_has_prefix (text + i, joins[j]) && i + strlen (joins[j]) < end;
      if (join && g_str_has_prefix (text + i, ", and ")
          && (clauses->last_finite == G_MAXSIZE || clauses->last_finite < i + 6))
        join = FALSE;
      join = join || (text[i] == ',' && text[i + 1] == ' ' && is_participle_clause (text + i + 2, text + end));
      /* A comma or a semicolon is no letter: the words after it are
       * those left less those before it. */
      if (join && before >= MIN_CLAUSE_WORDS && clauses->words_left - before >= MIN_CLAUSE_WORDS)
        {
          clauses->words_left -= before;
          *next = i + 2;
          return i;
        }
    }
  return end;
}

static void
set_attribution (CorStatement *st,
                 const char   *sentence_speaker,
                 gboolean      whole_sentence)
{
  /* A statement that is its whole sentence has the sentence's speaker. */
  st->speaker = whole_sentence ? NULL : cor_attribution_find_speaker (st->text);
  if (st->speaker == NULL)
    st->speaker = g_strdup (sentence_speaker);
  for (guint i = 0; st->speaker == NULL && i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);

      if (m->kind == COR_MENTION_QUOTE && m->speaker != NULL)
        st->speaker = g_strdup (m->speaker);
    }
  st->certainty = cor_attribution_find_certainty (st->text, &st->cue, &st->omission);
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

static void
add_sentence (GPtrArray   *out,
              CorDocument *doc,
              guint        source,
              CorSpan      span,
              const char  *sentence,
              CorStemmer  *stemmer)
{
  g_autofree char *speaker = cor_attribution_find_speaker (sentence);
  gsize from = span.start;
  Clauses clauses = { count_words (doc->text + span.start, doc->text + span.end),
                      last_finite_verb (doc->text, span.start, span.end) };

  while (from < span.end)
    {
      gsize next = span.end;
      gsize stop = find_clause_break (doc->text, from, span.end, &clauses, &next);
      CorStatement *st;

      while (stop > from && g_ascii_isspace (doc->text[stop - 1]))
        stop--;
      st = statement_new (doc, source, from, stop, stemmer);
      set_attribution (st, speaker, from == span.start && next >= span.end);
      st->headline = from == span.start && next >= span.end && is_headline (st->text);
      if (st->n_words >= MIN_WORDS)
        g_ptr_array_add (out, st);
      else
        cor_statement_free (st);
      from = next;
      while (from < span.end && g_ascii_isspace (doc->text[from]))
        from++;
    }
}

/* A repeated sentence is one statement; a truncated copy (a headline cut
 * short before its paragraph) is dropped for the whole one. */
static GPtrArray *
drop_repeats (GPtrArray *all,
              guint      n_skipped)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_statement_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) squashed = g_ptr_array_new_with_free_func (g_free);

  g_autofree gsize *lengths = g_new (gsize, MAX (all->len, 1));

  for (guint i = 0; i < all->len; i++)
    {
      g_ptr_array_add (squashed, squash (((CorStatement *)g_ptr_array_index (all, i))->text));
      lengths[i] = strlen (g_ptr_array_index (squashed, i));
    }

  for (guint i = 0; i < all->len; i++)
    {
      const char *a = g_ptr_array_index (squashed, i);
      gboolean drop = !g_hash_table_add (seen, g_strdup (a));

      for (guint j = 0; !drop && all->len + n_skipped <= MAX_PREFIX_CHECK && j < all->len; j++)
        {
          const char *b = g_ptr_array_index (squashed, j);
          drop = j != i && lengths[j] > lengths[i] && strncmp (b, a, lengths[i]) == 0;
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
cor_statements_extract (CorDocument *document,
                        guint        source,
                        CorStemmer  *stemmer)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_statement_free);
  g_autoptr(GHashTable) sentences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_skipped = 0;

  g_return_val_if_fail (document != NULL, all);

  /* A sentence met before, byte for byte, makes the statements it made
   * then, and drop_repeats() would drop them all: they are not made again
   * (one million "It rose 5%." took minutes). They still count towards the
   * size above which it skips the prefix check, so nothing else changes. */
  for (guint i = 0; i < document->sentences->len; i++)
    {
      CorSpan span = g_array_index (document->sentences, CorSpan, i);
      char *sentence = g_strndup (document->text + span.start, span.end - span.start);
      gpointer made;
      guint before = all->len;

      if (g_hash_table_lookup_extended (sentences, sentence, NULL, &made))
        {
          n_skipped += GPOINTER_TO_UINT (made);
          g_free (sentence);
          continue;
        }
      add_sentence (all, document, source, span, sentence, stemmer);
      g_hash_table_insert (sentences, sentence, GUINT_TO_POINTER (all->len - before));
    }
  return drop_repeats (all, n_skipped);
}
