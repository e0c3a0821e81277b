/* cor-words.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-words"

#include "config.h"

#include <string.h>

#include "cor-words.h"

/* Words after which a full stop does not end a sentence. */
COR_WORD_SET (abbreviations,
  "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt",
  "prof", "jr", "sr", "no", "vs", "inc", "corp", "ltd", "co", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev",
  "adm", "sgt", "maj", "pres", "amb", "messrs");

static gboolean
is_letter_at (const char *text,
              gsize       length,
              gsize       i,
              gsize      *next)
{
  guchar c = (guchar)text[i];

  if (c < 0x80)
    {
      *next = i + 1;
      return g_ascii_isalpha (c);
    }
  else
    {
      const char *p = text + i;
      gunichar ch = g_utf8_get_char_validated (p, length - i);

      if (ch == (gunichar)-1 || ch == (gunichar)-2)
        {
          *next = i + 1;
          return FALSE;
        }
      *next = g_utf8_next_char (p) - text;
      return g_unichar_isalpha (ch) || g_unichar_ismark (ch);
    }
}

static gsize
scan_alpha (CorWord    *w,
            const char *text,
            gsize       length,
            gsize       i)
{
  gsize next;
  gboolean all_caps = TRUE;
  guint n_letters = 0;
  guint32 hash = 2166136261u;
  guchar lower_seen = 0;   /* 0x20 set: an ASCII letter was lower case */

  /* Dotted abbreviations: U.S., a.m., U.N. */
  if (i + 2 < length && g_ascii_isalpha (text[i]) && text[i + 1] == '.' &&
      g_ascii_isalpha (text[i + 2]) && (i + 3 >= length || !g_ascii_isalpha (text[i + 3])))
    {
      gsize j = i;

      while (j + 1 < length && g_ascii_isalpha (text[j]) && text[j + 1] == '.')
        {
          j += 2;
          if (j >= length || !g_ascii_isalpha (text[j]) ||
              (j + 1 < length && g_ascii_isalpha (text[j + 1])))
            break;
        }
      if (j < length && g_ascii_isalpha (text[j]) &&
          (j + 1 >= length || !g_ascii_isalnum (text[j + 1])) && text[j - 1] == '.')
        j += 1;
      w->flags |= COR_WORD_FLAG_DOTTED;
      if (g_ascii_isupper (text[i]))
        w->flags |= COR_WORD_FLAG_UPPER_INITIAL | COR_WORD_FLAG_ALL_CAPS;
      w->hash = cor_word_hash (text + i, j - i);
      return j;
    }

  /* the hash is cor_word_hash() of the token, folded in while reading it */
  if (i < length && g_ascii_isupper (text[i]))
    w->flags |= COR_WORD_FLAG_UPPER_INITIAL;
  while (i < length)
    {
      guchar c = (guchar)text[i];

      if (c < 0x80)
        {
          /* a letter ORed with 0x20 is its lower case; anything else
           * ORed with it is no letter */
          guchar lower = c | 0x20;

          if ((guchar)(lower - 'a') > 'z' - 'a')
            break;
          lower_seen |= c;
          hash = (hash ^ lower) * 16777619u;
          n_letters++;
          i++;
          continue;
        }
      else
        {
          gunichar ch;

          if (!is_letter_at (text, length, i, &next))
            break;
          ch = g_utf8_get_char (text + i);
          w->flags |= COR_WORD_FLAG_NON_ASCII;
          if (n_letters == 0 && g_unichar_isupper (ch))
            w->flags |= COR_WORD_FLAG_UPPER_INITIAL;
          if (!g_unichar_isupper (ch))
            all_caps = FALSE;
          for (gsize k = i; k < next; k++)
            hash = (hash ^ (guchar)text[k]) * 16777619u;
        }
      n_letters++;
      i = next;
    }
  if (all_caps && !(lower_seen & 0x20) && n_letters >= 2)
    w->flags |= COR_WORD_FLAG_ALL_CAPS;
  w->hash = hash;
  return i;
}

static gsize
scan_digits (CorWord    *w,
             const char *text,
             gsize       length,
             gsize       i)
{
  while (i < length)
    {
      if (g_ascii_isdigit (text[i]))
        i++;
      else if ((text[i] == ',' || text[i] == '.') && i + 1 < length &&
               g_ascii_isdigit (text[i + 1]))
        i++;
      else
        break;
    }
  if (i + 1 < length &&
      (g_ascii_strncasecmp (text + i, "st", 2) == 0 || g_ascii_strncasecmp (text + i, "nd", 2) == 0 ||
       g_ascii_strncasecmp (text + i, "rd", 2) == 0 || g_ascii_strncasecmp (text + i, "th", 2) == 0) &&
      (i + 2 >= length || !g_ascii_isalnum (text[i + 2])))
    {
      w->flags |= COR_WORD_FLAG_ORDINAL;
      i += 2;
    }
  return i;
}

static gboolean
ends_sentence (CorWords *self,
               guint     n)
{
  CorWord *w = &self->words[n];
  CorWord *prev;

  if (w->type != COR_WORD_PUNCT)
    return FALSE;
  if (w->ch == '!' || w->ch == '?')
    return TRUE;
  if (w->ch != '.')
    return FALSE;
  if (n == 0)
    return TRUE;
  prev = &self->words[n - 1];
  if (prev->end != w->start || prev->type != COR_WORD_ALPHA)
    return TRUE;
  if (prev->end - prev->start == 1 && (prev->flags & COR_WORD_FLAG_UPPER_INITIAL))
    return FALSE;  /* an initial: "George W. Bush" */
  return cor_word_in (self, n - 1, abbreviations) < 0;
}

CorWords *
cor_words_new (const char *text,
               gsize       length)
{
  CorWords *self = g_new0 (CorWords, 1);

  cor_words_reset (self, text, length);
  return self;
}

void
cor_words_reset (CorWords   *self,
                 const char *text,
                 gsize       length)
{
  /* news text has a token every five bytes or so: rarely grown */
  gsize size = length / 4 + 8;
  gboolean at_start = TRUE;
  guint16 space = 0;
  gsize i = 0;

  self->text = text;
  self->length = length;
  self->n_words = 0;
  if (self->allocated < size)
    {
      g_free (self->words);
      self->words = g_new (CorWord, size);
      self->allocated = size;
    }
  size = self->allocated;

  while (i < length)
    {
      guchar c = (guchar)text[i];
      CorWord w = { 0, };
      gsize next;

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
        {
          space |= COR_WORD_FLAG_SPACE_BEFORE;
          if (c == '\v')
            space |= COR_WORD_FLAG_VTAB_BEFORE;   /* no space to the numbers */
          if (c == '\n')
            {
              space |= COR_WORD_FLAG_NEWLINE_BEFORE;
              at_start = TRUE;
            }
          i++;
          continue;
        }

      w.start = i;
      w.flags = space;
      space = 0;
      if (g_ascii_isdigit (c))
        {
          w.type = COR_WORD_DIGITS;
          i = scan_digits (&w, text, length, i);
        }
      else if (c < 0x80 ? (next = i + 1, g_ascii_isalpha (c)) : is_letter_at (text, length, i, &next))
        {
          w.type = COR_WORD_ALPHA;
          i = scan_alpha (&w, text, length, i);
        }
      else
        {
          w.type = COR_WORD_PUNCT;
          w.ch = g_utf8_get_char_validated (text + i, length - i);
          if (w.ch == (gunichar)-1 || w.ch == (gunichar)-2)
            w.ch = 0xFFFD;
          if (w.ch == 0x00A0 || w.ch == 0x2009 || w.ch == 0x202F)
            {
              space |= COR_WORD_FLAG_SPACE_BEFORE | (w.flags & COR_WORD_FLAG_VTAB_BEFORE);
              i = next;
              continue;
            }
          i = next;
        }
      w.end = i;

      if (w.type != COR_WORD_PUNCT)
        {
          if (at_start)
            w.flags |= COR_WORD_FLAG_SENTENCE_START;
          at_start = FALSE;
        }
      if (G_UNLIKELY (self->n_words == size))
        {
          size *= 2;
          self->words = g_renew (CorWord, self->words, size);
          self->allocated = size;
        }
      self->words[self->n_words++] = w;
      if (w.type == COR_WORD_PUNCT && ends_sentence (self, self->n_words - 1))
        at_start = TRUE;
    }
}

void
cor_words_free (CorWords *self)
{
  if (self == NULL)
    return;
  g_free (self->words);
  g_free (self);
}

guint32
cor_word_hash (const char *text,
               gsize       n)
{
  guint32 h = 2166136261u;

  for (gsize k = 0; k < n; k++)
    {
      guchar c = (guchar)text[k];

      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      h = (h ^ c) * 16777619u;
    }
  return h;
}

static inline guint32
slot_of (guint32 hash,
         guint32 mask)
{
  return (hash ^ (hash >> 15)) & mask;
}

static gboolean
equal_lower (const char *a,
             const char *b,
             gsize       n)
{
  for (gsize k = 0; k < n; k++)
    if (cor_ascii_lower (a[k]) != cor_ascii_lower (b[k]))
      return FALSE;
  return TRUE;
}

gpointer
cor_word_set_build (gpointer data)
{
  const char * const *list = data;
  CorWordTable *table = g_new0 (CorWordTable, 1);
  guint n = 0, size = 16, filter_bits = 9;

  while (list[n] != NULL)
    n++;
  while (size < 4 * n)
    size *= 2;
  while ((1u << filter_bits) < 16 * n && filter_bits < 20)
    filter_bits++;
  table->filter_shift = 32 - filter_bits;
  table->filter = g_new0 (guint64, ((1u << filter_bits) + 63) / 64);
  table->mask = size - 1;
  table->hashes = g_new0 (guint32, size);
  table->entries = g_new0 (guint, size);
  table->lengths = g_new0 (guint8, n + 1);
  table->list = list;

  /* the first of equal words wins, as a search of the list would find */
  for (guint k = 0; k < n; k++)
    {
      gsize length = strlen (list[k]);
      guint32 hash = cor_word_hash (list[k], length);
      guint32 slot = slot_of (hash, table->mask);
      gboolean seen = FALSE;
      guint32 bit;

      g_assert (length < 256);
      table->lengths[k] = length;
      for (; table->entries[slot] != 0 && !seen; slot = (slot + 1) & table->mask)
        {
          guint other = table->entries[slot] - 1;

          seen = table->hashes[slot] == hash && table->lengths[other] == length &&
                 equal_lower (list[other], list[k], length);
        }
      if (seen)
        continue;
      table->hashes[slot] = hash;
      table->entries[slot] = k + 1;
      bit = cor_word_filter_bit (hash, table->filter_shift);
      table->filter[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
    }
  return table;
}

int
cor_word_in_table (const CorWords     *self,
                   const CorWord      *w,
                   const CorWordTable *table)
{
  gsize n = w->end - w->start;

  for (guint32 slot = slot_of (w->hash, table->mask); table->entries[slot] != 0;
       slot = (slot + 1) & table->mask)
    {
      guint k = table->entries[slot] - 1;

      if (table->hashes[slot] == w->hash && table->lengths[k] == n &&
          equal_lower (self->text + w->start, table->list[k], n))
        return k;
    }
  return -1;
}

gboolean
cor_word_is_punct (const CorWords *self,
                   guint           i,
                   gunichar        ch)
{
  return i < self->n_words && self->words[i].type == COR_WORD_PUNCT && self->words[i].ch == ch;
}

guint
cor_word_length (const CorWords *self,
                 guint           i)
{
  return self->words[i].end - self->words[i].start;
}

gint64
cor_word_int (const CorWords *self,
              guint           i,
              guint          *n_digits)
{
  const CorWord *w;
  gint64 value = 0;
  guint n = 0;

  /* Callers test the digit count even when there is no integer. */
  if (n_digits != NULL)
    *n_digits = 0;
  if (i >= self->n_words || self->words[i].type != COR_WORD_DIGITS)
    return -1;
  w = &self->words[i];
  for (gsize k = w->start; k < w->end; k++)
    {
      char c = self->text[k];

      if (g_ascii_isdigit (c))
        {
          if (n >= 15)
            return -1;
          value = value * 10 + (c - '0');
          n++;
        }
      else if (c == ',')
        continue;
      else if (g_ascii_isalpha (c))
        break;  /* ordinal suffix */
      else
        return -1;  /* a decimal point: not an integer */
    }
  if (n_digits != NULL)
    *n_digits = n;
  return value;
}

char *
cor_words_dup_span (const CorWords *self,
                    guint           first,
                    guint           last)
{
  return g_strndup (self->text + self->words[first].start,
                    self->words[last].end - self->words[first].start);
}
