/* cor-text.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-text"

#include "config.h"

#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "cor-text.h"

/* ICU's sentence rules (with its English abbreviation suppressions) are the
 * base. News text needs a few more exceptions: titles and initials before a
 * name, acronyms such as "U.S." that end a sentence only when a new one
 * plainly starts, numbered lists run into one line, and spaced ellipses. */

/* Abbreviations that stand before a name or a number: never the end. */
static const char *const never_final[] = {
  "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "ft", "gen", "sen", "rep", "gov",
  "lt", "col", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "maj", "brig",
  "rev", "hon", "pres", "fr", "supt", "det", "insp", "messrs", "mme", "mlle", "sr",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "vs", "v", "e.g", "i.e", "cf", "approx", "no", "nos", "nr", "nrs", "n°", "fig", "figs",
  "vol", "vols", "p", "pp", "ch", "sec", "art", "dept", "est", "ave", "blvd", "rd",
  "gov", "atty", "sens", "reps", "ex", "vice", "op", "al", "ed", "eds", "tel",
};

/* Abbreviations that may end a sentence, but usually do not. */
static const char *const maybe_final[] = {
  "co", "corp", "inc", "ltd", "plc", "llc", "jr", "bros", "etc", "esq", "am", "pm",
};

/* Capitalised words that start sentences far more often than names do. */
static const char *const starters[] = {
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "we",
  "they", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here",
  "how", "what", "why", "when", "where", "who", "which", "did", "do", "does", "is",
  "are", "was", "were", "can", "could", "will", "would", "should", "has", "have",
  "had", "but", "and", "or", "so", "yet", "then", "in", "on", "at", "for", "with",
  "after", "before", "as", "if", "while", "since", "by", "from", "to", "of", "not",
  "no", "yes", "some", "many", "most", "all", "both", "each", "every", "one",
  "however", "meanwhile", "also", "still", "now", "today", "yesterday", "mr", "mrs",
  "ms", "dr", "let", "let's", "please",
};

/* Counts that open sentences: "Twelve people were hurt." */
static const char *const counts[] = {
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
  "sixty", "seventy", "eighty", "ninety", "hundreds", "thousands", "dozens", "several",
};

static GHashTable *
word_set (const char *const *words,
          gsize              n_words)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < n_words; i++)
    g_hash_table_add (set, (gpointer)words[i]);
  return set;
}

static GHashTable *never_final_set;
static GHashTable *maybe_final_set;
static GHashTable *starter_set;
static GHashTable *count_set;

static void
init_sets (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      never_final_set = word_set (never_final, G_N_ELEMENTS (never_final));
      maybe_final_set = word_set (maybe_final, G_N_ELEMENTS (maybe_final));
      starter_set = word_set (starters, G_N_ELEMENTS (starters));
      count_set = word_set (counts, G_N_ELEMENTS (counts));
      g_once_init_leave (&once, 1);
    }
}

static gboolean
is_space (const char *text,
          gsize       i)
{
  return g_ascii_isspace (text[i]) ||
         ((guchar)text[i] == 0xc2 && (guchar)text[i + 1] == 0xa0);
}

/* How far the chunks around a boundary are looked at. A longer one is no
 * abbreviation, initial or list marker (core_word() takes 15 bytes) and
 * reads the same cut short; scanning it whole at every boundary took hours
 * on text without spaces, such as Chinese. */
#define MAX_CHUNK 64

/* The whitespace-delimited chunk that ends before @end (white space skipped). */
static void
chunk_before (const char *text,
              gsize       from,
              gsize       end,
              gsize      *out_start,
              gsize      *out_end)
{
  gsize limit = end > from + MAX_CHUNK ? end - MAX_CHUNK : from;

  while (end > limit && g_ascii_isspace (text[end - 1]))
    end--;
  *out_end = end;
  limit = end > from + MAX_CHUNK ? end - MAX_CHUNK : from;
  while (end > limit && !g_ascii_isspace (text[end - 1]))
    end--;
  *out_start = end;
}

static void
chunk_after (const char *text,
             gsize       start,
             gsize       length,
             gsize      *out_start,
             gsize      *out_end)
{
  gsize limit = MIN (length, start + MAX_CHUNK);

  while (start < limit && g_ascii_isspace (text[start]))
    start++;
  *out_start = start;
  limit = MIN (length, start + MAX_CHUNK);
  while (start < limit && !g_ascii_isspace (text[start]))
    start++;
  *out_end = start;
}

/* Lower-cases @text[start, end) into @buf, dropping a final '.' and any
 * closing quotes or brackets in front of it; FALSE when it is too long. */
static gboolean
core_word (const char *text,
           gsize       start,
           gsize       end,
           char       *buf,
           gsize       size)
{
  while (start < end && strchr ("\"'([{", text[start]) != NULL)
    start++;
  if (end > start && text[end - 1] == '.')
    end--;
  if (end - start + 1 > size || end == start)
    return FALSE;
  for (gsize i = start; i < end; i++)
    buf[i - start] = g_ascii_tolower (text[i]);
  buf[end - start] = '\0';
  return TRUE;
}

static gboolean
is_acronym (const char *word)
{
  /* "u.s", "e.u", "u.s.a", "a.m", "ph.d": letters separated by dots */
  gboolean dot = FALSE;

  for (const char *p = word; *p; p++)
    {
      if (*p == '.')
        dot = TRUE;
      else if (!g_ascii_isalpha (*p))
        return FALSE;
    }
  return dot;
}

/* The words of [@start, @end), counting no further than @most. */
static guint
count_words (const char *text,
             gsize       start,
             gsize       end,
             guint       most)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (gsize i = start; i < end && n < most; i++)
    {
      gboolean space = g_ascii_isspace (text[i]);

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* A list marker such as "1.", "2.)", "b)", "• 9." at @i; returns its ordinal
 * (1 for "1" or "a") and where the marker ends, or 0. */
static guint
list_marker (const char *text,
             gsize       i,
             gsize       length,
             gsize      *out_end)
{
  guint n = 0;
  gsize j = i;

  if (j + 2 < length && ((guchar)text[j] == 0xe2 && (guchar)text[j + 1] == 0x80 &&
                         (guchar)text[j + 2] == 0xa2))
    j += 3;                                       /* • */
  else if (j + 2 < length && ((guchar)text[j] == 0xe2 && (guchar)text[j + 1] == 0x81 &&
                              (guchar)text[j + 2] == 0x83))
    j += 3;                                       /* ⁃ */
  while (j < length && text[j] == ' ')
    j++;
  if (j < length && g_ascii_isdigit (text[j]))
    {
      gsize d = j;
      while (j < length && g_ascii_isdigit (text[j]) && j - d < 3)
        n = n * 10 + (text[j++] - '0');
      if (j < length && g_ascii_isdigit (text[j]))
        return 0;
    }
  else if (j < length && g_ascii_islower (text[j]) && text[j] <= 'j' &&
           (j + 1 < length && (text[j + 1] == '.' || text[j + 1] == ')')))
    n = text[j++] - 'a' + 1;
  else
    return 0;
  if (j < length && text[j] == '.')
    j++;
  if (j < length && text[j] == ')')
    j++;
  if (j == i || !(text[j - 1] == '.' || text[j - 1] == ')'))
    return 0;
  if (j >= length || text[j] != ' ')
    return 0;
  *out_end = j;
  return n;
}

/* Counts the dots of an ellipsis ("...", ". . .", "…" as 3) that ends the
 * chunk [@ps, @pe), closing quotes and brackets aside; @attached is set when
 * the first dot follows a word ("word. . . ."). 0 when there is none. */
static guint
trailing_dots (const char *text,
               gsize       ps,
               gsize       pe,
               gboolean   *attached)
{
  guint dots = 0;
  gsize i = pe;

  *attached = FALSE;
  while (i > ps && strchr ("\"')]", text[i - 1]) != NULL)
    i--;
  while (i >= ps + 3 && (guchar)text[i - 3] == 0xe2 && (guchar)text[i - 2] == 0x80 &&
         ((guchar)text[i - 1] == 0x9d || (guchar)text[i - 1] == 0x99))
    i -= 3;                                       /* ” ’ */
  if (i >= ps + 3 && (guchar)text[i - 3] == 0xe2 && (guchar)text[i - 2] == 0x80 &&
      (guchar)text[i - 1] == 0xa6)
    return 3;                                     /* … */
  while (i > 0 && text[i - 1] == '.' && dots < MAX_CHUNK)
    {
      dots++;
      i--;
      if (i >= 2 && text[i - 1] == ' ' && text[i - 2] == '.')
        i--;
    }
  if (dots < 3)
    return 0;
  *attached = dots > 3 && i > 0 && !g_ascii_isspace (text[i - 1]) && text[i + 1] == ' ';
  return dots;
}

/* Whether the chunk [@ps, @pe) is a list marker such as "2.)" or "• 10.". */
static gboolean
is_list_marker_chunk (const char *text,
                      gsize       ps,
                      gsize       pe,
                      gsize       length)
{
  gsize end;

  if (list_marker (text, ps, length, &end) && end == pe)
    return TRUE;
  /* a bullet and a space before the number */
  if (ps >= 4 && text[ps - 1] == ' ' && (guchar)text[ps - 4] == 0xe2)
    return list_marker (text, ps - 4, length, &end) && end == pe;
  return FALSE;
}

/* Whether @text[ns, ne) is an amount of money without its sign: "110bn",
 * "22.4bn", "2 million". */
static gboolean
lost_currency_sign (const char *text,
                    gsize       length,
                    gsize       ns,
                    gsize       ne)
{
  static const char *const scales[] = { "bn", "m", "tn", "million", "billion", "trillion" };
  gsize p = ns;

  while (p < ne && (g_ascii_isdigit (text[p]) || ((text[p] == '.' || text[p] == ',') && p > ns)))
    p++;
  if (p == ns || !g_ascii_isdigit (text[p - 1]))
    return FALSE;
  /* "2 million": the scale may be the next word. */
  if (p == ne && p < length && text[p] == ' ')
    {
      p++;
      for (ne = p; ne < length && g_ascii_isalpha (text[ne]); ne++)
        ;
    }
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      gsize n = strlen (scales[i]);

      if (p + n <= ne && strncmp (text + p, scales[i], n) == 0 && (p + n == ne || !g_ascii_isalpha (text[p + n])))
        return TRUE;
    }
  return FALSE;
}

/* Whether the ICU boundary at @b (between a sentence starting at @start and
 * the text after it) should be dropped. */
static gboolean
should_join (const char *text,
             gsize       length,
             gsize       start,
             gsize       b)
{
  gsize ps, pe, ns, ne, marker_end;
  gboolean attached;
  char word[16], next[16] = "";

  chunk_before (text, start, b, &ps, &pe);
  chunk_after (text, b, length, &ns, &ne);
  if (pe == ps || ns == ne)
    return FALSE;

  /* "1." or "a." alone: a list marker, not a sentence */
  if (list_marker (text, start, length, &marker_end) &&
      (marker_end >= pe || is_list_marker_chunk (text, ps, pe, length)))
    return TRUE;

  /* "Yahoo! in": an exclamation inside a name or a clause */
  if ((text[pe - 1] == '!' || text[pe - 1] == '?') && g_ascii_islower (text[ns]))
    return TRUE;
  /* "in return for? 110bn in loans": a currency sign the text lost to a
   * question mark, not the end of a question */
  if (text[pe - 1] == '?' && lost_currency_sign (text, length, ns, ne))
    return TRUE;

  /* an ellipsis of three dots elides words; a fourth dot ends the sentence,
   * and "word. . . ." is a period and an ellipsis (split in add_sentence) */
  if (trailing_dots (text, ps, pe, &attached) > 0)
    return attached || trailing_dots (text, ps, pe, &attached) == 3;

  if (text[pe - 1] != '.')
    return FALSE;
  if (!core_word (text, ps, pe, word, sizeof word))
    return FALSE;

  if (g_ascii_isdigit (text[ns]) &&
      (g_hash_table_contains (never_final_set, word) || strlen (word) == 1))
    return TRUE;
  if (g_hash_table_contains (never_final_set, word))
    return TRUE;
  /* "ex-Gov. Smith", "Dir./Dr. Lee": a title after a hyphen or a slash */
  for (const char *p = word + strlen (word); p > word; p--)
    if (p[-1] == '-' || p[-1] == '/')
      {
        if (g_hash_table_contains (never_final_set, p))
          return TRUE;
        break;
      }

  core_word (text, ns, ne, next, sizeof next);
  if (g_ascii_isupper (word[0]) || (strlen (word) == 1 && g_ascii_isupper (text[pe - 2])))
    return !g_hash_table_contains (starter_set, next);   /* an initial */

  if (is_acronym (word) || g_hash_table_contains (maybe_final_set, word))
    {
      if (count_words (text, start, b, 4) < 4)
        return TRUE;
      if (g_ascii_islower (text[ns]) || g_ascii_isdigit (text[ns]))
        return TRUE;
      /* "…expire at 12:01 a.m." at the end of a line, a capital on the
       * next: the line ended the sentence. */
      if (memchr (text + pe, '\n', ns - pe) != NULL)
        return FALSE;
      /* "… at 3:30 p.m. Twelve people were taken to hospital": a count
       * opens the next sentence; a time is not counted. */
      if (strcmp (word, "p.m") == 0 || strcmp (word, "a.m") == 0)
        {
          char *hyphen = strchr (next, '-');

          /* "Forty-seven" */
          if (hyphen != NULL)
            *hyphen = '\0';
          if (g_hash_table_contains (count_set, next))
            return FALSE;
        }
      return !g_hash_table_contains (starter_set, next);
    }
  return FALSE;
}

static void
add_span (GArray     *spans,
          const char *text,
          gsize       start,
          gsize       end)
{
  while (start < end && is_space (text, start))
    start += (guchar)text[start] == 0xc2 ? 2 : 1;
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  if (end > start)
    {
      CorSpan span = { start, end };
      g_array_append_val (spans, span);
    }
}

/* Splits items of a list run into one line ("1) a 2) b", "a. x b. y"),
 * bullets, and the period before a spaced ellipsis that opens the next
 * sentence. */
static void
add_sentence (GArray     *spans,
              const char *text,
              gsize       length,
              gsize       start,
              gsize       end)
{
  gsize marker_end;
  guint n;

  while (start < end && g_ascii_isspace (text[start]))
    start++;
  n = list_marker (text, start, length, &marker_end);
  for (gsize i = start + 1; i + 1 < end; i++)
    {
      gsize e;

      if (text[i - 1] != ' ')
        continue;
      if (n > 0 && list_marker (text, i, length, &e) == n + 1 && i > marker_end)
        {
          add_span (spans, text, start, i);
          start = i;
          n++;
          marker_end = e;
          continue;
        }
      /* "word. . . . The": the word's period ends the sentence */
      if (i >= 2 && text[i] == '.' && text[i - 2] == '.' && i + 5 < end &&
          strncmp (text + i, ". . ", 4) == 0 && i - 2 > start && text[i - 3] != ' ' &&
          text[i - 3] != '.')
        {
          gsize k = i;
          while (k < length && (text[k] == '.' || text[k] == ' '))
            k++;
          if (k < length && g_ascii_isupper (text[k]))
            {
              add_span (spans, text, start, i - 1);
              start = i;
            }
        }
    }
  add_span (spans, text, start, end);
}

/* Opening ICU's sentence iterator with its abbreviation filter builds a
 * trie each time, which costs more than splitting a report: each thread
 * keeps one and points it at each new text. */
static GPrivate thread_splitter = G_PRIVATE_INIT ((GDestroyNotify)ubrk_close);

static UBreakIterator *
get_splitter (UErrorCode *status)
{
  UBreakIterator *bi = g_private_get (&thread_splitter);

  if (bi == NULL)
    {
      bi = ubrk_open (UBRK_SENTENCE, "en_US", NULL, 0, status);
      if (U_FAILURE (*status))
        return NULL;
      g_private_set (&thread_splitter, bi);
    }
  return bi;
}

/* ICU reads UTF-16 natively; through a UTF-8 UText each character costs
 * it more than the rules do. Valid UTF-8 is converted once (into a buffer
 * each thread keeps), and each boundary mapped back to a byte offset by
 * walking forward. NULL for text that is not valid UTF-8. */
typedef struct
{
  UChar *units;
  gsize  size;
} Utf16Buffer;

static void
utf16_buffer_free (gpointer data)
{
  Utf16Buffer *buffer = data;

  g_free (buffer->units);
  g_free (buffer);
}

static GPrivate thread_buffer = G_PRIVATE_INIT (utf16_buffer_free);

static const UChar *
to_utf16 (const char *text,
          gsize       length,
          int32_t    *n_units)
{
  Utf16Buffer *buffer = g_private_get (&thread_buffer);
  gsize n = 0;

  if (length > G_MAXINT32 / 2)
    return NULL;
  if (buffer == NULL)
    {
      buffer = g_new0 (Utf16Buffer, 1);
      g_private_set (&thread_buffer, buffer);
    }
  if (buffer->size < length + 1)
    {
      g_free (buffer->units);
      buffer->size = MAX (length + 1, 2 * buffer->size);
      buffer->units = g_new (UChar, buffer->size);
    }
  for (gsize i = 0; i < length;)
    {
      guchar c = text[i];
      gunichar ch;

      if (c < 0x80)
        {
          buffer->units[n++] = c;
          i++;
          continue;
        }
      ch = g_utf8_get_char_validated (text + i, length - i);
      if (ch == (gunichar)-1 || ch == (gunichar)-2)
        return NULL;
      if (ch < 0x10000)
        buffer->units[n++] = ch;
      else
        {
          buffer->units[n++] = 0xd7c0 + (ch >> 10);
          buffer->units[n++] = 0xdc00 | (ch & 0x3ff);
        }
      i = g_utf8_next_char (text + i) - text;
    }
  *n_units = n;
  return buffer->units;
}

/* Byte offset of UTF-16 index @unit, going on from (@byte, @at). */
static gsize
byte_offset (const char *text,
             gsize       length,
             gsize       byte,
             int32_t    *at,
             int32_t     unit)
{
  while (*at < unit && byte < length)
    {
      guchar c = text[byte];

      if (c < 0x80)
        byte += 1;
      else if (c < 0xe0)
        byte += 2;
      else if (c < 0xf0)
        byte += 3;
      else
        {
          byte += 4;
          (*at)++;                                /* a surrogate pair */
        }
      (*at)++;
    }
  return MIN (byte, length);
}

GArray *
cor_text_split_sentences (const char *text,
                          gsize       length)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (CorSpan));
  UErrorCode status = U_ZERO_ERROR;
  UText *ut = NULL;
  UBreakIterator *bi = NULL;
  const UChar *units;
  int32_t n_units = 0, at = 0;
  gsize start = 0, byte = 0;

  init_sets ();
  units = to_utf16 (text, length, &n_units);
  if (units == NULL)
    ut = utext_openUTF8 (NULL, text, length, &status);
  bi = get_splitter (&status);
  if (U_SUCCESS (status) && units != NULL)
    ubrk_setText (bi, units, n_units, &status);
  else if (U_SUCCESS (status))
    ubrk_setUText (bi, ut, &status);
  if (U_FAILURE (status))
    {
      g_warning ("Could not start the sentence splitter: %s", u_errorName (status));
      add_sentence (spans, text, length, 0, length);
      goto out;
    }

  for (int32_t b = ubrk_next (bi); b != UBRK_DONE; b = ubrk_next (bi))
    {
      gsize end = (gsize)b;

      /* as many units as bytes: all ASCII, the offsets are the same */
      if (units != NULL && (gsize)n_units != length)
        end = byte = byte_offset (text, length, byte, &at, b);

      if (end < length && should_join (text, length, start, end))
        continue;
      add_sentence (spans, text, length, start, end);
      start = end;
    }
  if (start < length)
    add_sentence (spans, text, length, start, length);

out:
  /* the iterator must not keep pointing at text about to be freed */
  if (bi != NULL)
    {
      status = U_ZERO_ERROR;
      ubrk_setText (bi, NULL, 0, &status);
    }
  g_clear_pointer (&ut, utext_close);
  return spans;
}
