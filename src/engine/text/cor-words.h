/* cor-words.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* One pass over the text cuts it into words, numbers and punctuation, so
 * that the date, entity and quote recognisers match on tokens instead of
 * re-reading bytes (and never compile a regex per call). */
typedef enum
{
  COR_WORD_ALPHA,   /* letters, with inner apostrophes-free; "U.S." is one token */
  COR_WORD_DIGITS,  /* 2026, 1,200, 3.5, 1st (with COR_WORD_FLAG_ORDINAL) */
  COR_WORD_PUNCT,   /* one character that is neither */
} CorWordType;

typedef enum
{
  COR_WORD_FLAG_UPPER_INITIAL = 1 << 0,  /* starts with an upper-case letter */
  COR_WORD_FLAG_ALL_CAPS      = 1 << 1,  /* two or more letters, all upper case */
  COR_WORD_FLAG_SENTENCE_START = 1 << 2, /* first word of a sentence or line */
  COR_WORD_FLAG_SPACE_BEFORE  = 1 << 3,  /* white space precedes it */
  COR_WORD_FLAG_NEWLINE_BEFORE = 1 << 4, /* a line break precedes it */
  COR_WORD_FLAG_ORDINAL       = 1 << 5,  /* 1st, 22nd, 04th */
  COR_WORD_FLAG_DOTTED        = 1 << 6,  /* U.S., a.m. */
  COR_WORD_FLAG_NON_ASCII     = 1 << 7,  /* holds a byte beyond ASCII */
  COR_WORD_FLAG_VTAB_BEFORE   = 1 << 8,  /* the space before holds a \v */
} CorWordFlags;

typedef struct
{
  guint32  start;
  guint32  end;
  guint16  type;
  guint16  flags;
  gunichar ch;       /* the character of a COR_WORD_PUNCT token */
  guint32  hash;     /* of the lower-cased text, for word sets */
} CorWord;

/* A fixed list of lower-case ASCII words, hashed on first use so that a
 * token is looked up in constant time (thread-safe). */
typedef struct
{
  const char * const *list;
  GOnce               once;
} CorWordSet;

#define COR_WORD_SET(name, ...) \
  static const char * const name##_list[] = { __VA_ARGS__, NULL }; \
  static CorWordSet name[1] = { { name##_list, G_ONCE_INIT } }

typedef struct
{
  const char *text;
  gsize       length;
  CorWord    *words;
  guint       n_words;
  gsize       allocated;  /* room in @words */
} CorWords;

CorWords   *cor_words_new        (const char     *text,
                                  gsize           length);
/* Cuts @text into words in the room of @self, as cor_words_new() would:
 * for a caller that reads many short texts one after another (each clause
 * of a report), one allocation instead of two a text. */
void        cor_words_reset      (CorWords       *self,
                                  const char     *text,
                                  gsize           length);
void        cor_words_free       (CorWords       *self);

/* The hash every COR_WORD_ALPHA token carries: FNV-1a of its bytes with
 * ASCII letters lower-cased. */
guint32     cor_word_hash        (const char     *text,
                                  gsize           n);
gboolean    cor_word_is_punct    (const CorWords *self,
                                  guint           i,
                                  gunichar        ch);
guint       cor_word_length      (const CorWords *self,
                                  guint           i);
/* Integer value of a COR_WORD_DIGITS token without separators, or -1. */
gint64      cor_word_int         (const CorWords *self,
                                  guint           i,
                                  guint          *n_digits);
/* Copies the tokens' text from @first to @last inclusive. */
char       *cor_words_dup_span   (const CorWords *self,
                                  guint           first,
                                  guint           last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorWords, cor_words_free)

/* An open-addressing table of a set's distinct words, keyed by the hash
 * every token already carries, behind a filter of one bit per hash (16 per
 * word): the recognisers ask dozens of sets about each token, most asks
 * miss, and the filter answers those from a few cache lines, inline. */
typedef struct
{
  guint32        filter_shift;
  guint64       *filter;    /* one bit per hash of a word in the set */
  guint32        mask;
  guint32       *hashes;    /* per slot */
  guint         *entries;   /* per slot: index in the list + 1, or 0 when empty */
  const char * const *list;
  guint8        *lengths;   /* per word of the list */
} CorWordTable;

gpointer    cor_word_set_build   (gpointer            list);
int         cor_word_in_table    (const CorWords     *self,
                                  const CorWord      *w,
                                  const CorWordTable *table);

static inline guint32
cor_word_filter_bit (guint32 hash,
                     guint32 shift)
{
  return (hash * 0x9e3779b1u) >> shift;
}

/* Index of the token (case-insensitive) in @set, or -1. */
static inline int
cor_word_in (const CorWords *self,
             guint           i,
             CorWordSet     *set)
{
  const CorWordTable *table;
  const CorWord *w;
  guint32 bit;

  if (i >= self->n_words || self->words[i].type != COR_WORD_ALPHA)
    return -1;
  w = &self->words[i];
  table = g_once (&set->once, cor_word_set_build, (gpointer)set->list);
  bit = cor_word_filter_bit (w->hash, table->filter_shift);
  if (!(table->filter[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))))
    return -1;
  return cor_word_in_table (self, w, table);
}

/* g_ascii_tolower() is not inline, and the recognisers call it per byte. */
static inline char
cor_ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Case-insensitive comparison of a token with an ASCII word; inline so
 * that the length of a literal is known when compiling. */
static inline gboolean
cor_word_is (const CorWords *self,
             guint           i,
             const char     *word)
{
  gsize n = strlen (word);

  const char *t;

  if (i >= self->n_words || self->words[i].end - self->words[i].start != n)
    return FALSE;
  /* by hand rather than g_ascii_strncasecmp(): this runs for nearly every
   * token and literal, and most fail on the first letter */
  t = self->text + self->words[i].start;
  for (gsize k = 0; k < n; k++)
    if (cor_ascii_lower (t[k]) != cor_ascii_lower (word[k]))
      return FALSE;
  return TRUE;
}

G_END_DECLS
