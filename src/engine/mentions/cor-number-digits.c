/* cor-number-digits.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-numbers"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-number-digits.h"
#include "cor-number-parse.h"

/* Numbers written in digits: separators, decimals, exponents, ordinal
 * suffixes and fractions ("1,234.5", "21st", "2 1/4"), and the times and
 * dates that start with digits, which are skipped for the dates recogniser. */

/* Length of a space that may separate groups of three digits. */
static gsize
group_space (const char *p)
{
  if (p[0] == ' ')
    return 1;
  if ((guchar)p[0] == 0xc2 && (guchar)p[1] == 0xa0)
    return 2;
  if ((guchar)p[0] == 0xe2 && (guchar)p[1] == 0x80 && ((guchar)p[2] == 0xaf || (guchar)p[2] == 0x89))
    return 3;
  return 0;
}

static gsize
count_digits (const char *p,
              const char *end)
{
  gsize n = 0;

  while (p + n < end && g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/* The digits of a number without its separators, for g_ascii_strtod():
 * on the stack, as nearly every number fits, on the heap past that. */
typedef struct
{
  char  *str;
  gsize  len;
  gsize  size;
  char   inline_buf[64];
} Clean;

static void
clean_append (Clean      *clean,
              const char *p,
              gsize       n)
{
  if (clean->len + n + 1 > clean->size)
    {
      gsize size = MAX (clean->size * 2, clean->len + n + 1);
      char *str = g_malloc (size);

      memcpy (str, clean->str, clean->len);
      if (clean->str != clean->inline_buf)
        g_free (clean->str);
      clean->str = str;
      clean->size = size;
    }
  memcpy (clean->str + clean->len, p, n);
  clean->len += n;
  clean->str[clean->len] = '\0';
}

/* Digits from the NUM token @i; fills @num->value and the byte end. */
gboolean
cor_num_parse_digit_string (const CorScan *scan,
                            guint          i,
                            CorNum        *num,
                            gsize         *out_end)
{
  const char *text = scan->text;
  const char *end = text + scan->length;
  const char *p = text + scan->toks[i].start;
  const char *q;
  Clean clean = { clean.inline_buf, 0, sizeof clean.inline_buf, { 0 } };
  gsize first = count_digits (p, end);
  gboolean grouped = FALSE, decimal = FALSE;
  /* "192.168.1.2", "22,24,26": parts of a sequence, each its own number */
  gboolean in_sequence = i >= 2 && cor_tok_adjacent (scan, i) && cor_tok_adjacent (scan, i - 1) &&
                         scan->toks[i - 2].kind == TOK_NUM &&
                         (cor_tok_is (scan, i - 1, ".") || cor_tok_is (scan, i - 1, ","));

  clean_append (&clean, p, first);
  q = p + first;
  while (q + 4 <= end && q[0] == ',' && count_digits (q + 1, end) == 3)
    {
      clean_append (&clean, q + 1, 3);
      q += 4;
      grouped = TRUE;
    }
  if (!grouped && first <= 3)
    {
      gsize sp;

      while (q < end && (sp = group_space (q)) > 0 && q + sp + 3 <= end &&
             count_digits (q + sp, end) == 3 &&
             !(q + sp + 3 < end && (q[sp + 3] == '/' || q[sp + 3] == ':')))
        {
          clean_append (&clean, q + sp, 3);
          q += sp + 3;
          grouped = TRUE;
        }
    }
  if (in_sequence)
    ;
  else if (q + 1 < end && q[0] == '.' && g_ascii_isdigit (q[1]))
    {
      gsize n = count_digits (q + 1, end);

      /* "192.168.1.2", "1026.253.553": not a decimal */
      if (!(q + 1 + n + 1 < end && q[1 + n] == '.' && g_ascii_isdigit (q[2 + n])))
        {
          clean_append (&clean, q, n + 1);
          q += n + 1;
          decimal = TRUE;
        }
    }
  else if (!grouped && q + 1 < end && q[0] == ',' && g_ascii_isdigit (q[1]))
    {
      gsize n = count_digits (q + 1, end);

      /* "5,00" or "1,3" as a decimal comma, but not "22,24,26" */
      if (n <= 2 && !(q + 1 + n < end && (q[1 + n] == ',' || g_ascii_isalnum (q[1 + n]))))
        {
          clean_append (&clean, ".", 1);
          clean_append (&clean, q + 1, n);
          q += n + 1;
          decimal = TRUE;
        }
    }
  if (q + 1 < end && (q[0] == 'e' || q[0] == 'E'))
    {
      const char *r = q + 1;
      gsize n;

      if (r < end && (*r == '+' || *r == '-'))
        r++;
      n = count_digits (r, end);
      if (n > 0 && n < 4 && !(r + n < end && g_ascii_isalnum (r[n])))
        {
          clean_append (&clean, q, r + n - q);
          q = r + n;
          decimal = TRUE;
        }
    }
  num->value = g_ascii_strtod (clean.str, NULL);
  num->plain_int = !grouped && !decimal;
  num->n_digits = first;
  num->digits = TRUE;
  *out_end = q - text;
  if (clean.str != clean.inline_buf)
    g_free (clean.str);
  return TRUE;
}

static gboolean
is_ordinal_suffix (const CorScan *scan,
                   guint          i)
{
  return cor_tok_adjacent (scan, i) && (cor_tok_is (scan, i, "st") || cor_tok_is (scan, i, "nd") ||
                                cor_tok_is (scan, i, "rd") || cor_tok_is (scan, i, "th"));
}

/* A time ("10:30", "6pm", "5 a.m."), a date ("5/17/2018") or a decade
 * ("1990s") starting at digits: the dates recogniser's, not ours. */
static gsize
tok_len (const CorScan *scan,
         guint          i)
{
  return i < scan->n_toks ? scan->toks[i].end - scan->toks[i].start : 0;
}

/* "2026-02-05", "2026-02", "05.02.2026", "5-2-2026": numeric dates */
static guint
skip_numeric_date (const CorScan *scan,
                   guint          i)
{
  guint j = i;
  guint parts = 1;

  while (j + 2 < scan->n_toks && cor_tok_adjacent (scan, j + 1) && cor_tok_adjacent (scan, j + 2) &&
         scan->toks[j + 2].kind == TOK_NUM &&
         (cor_tok_is (scan, j + 1, "-") || cor_tok_is (scan, j + 1, ".")) && parts < 3)
    {
      j += 2;
      parts++;
    }
  if (parts == 1)
    return 0;
  if (tok_len (scan, i) == 4 && tok_len (scan, i + 2) <= 2 && tok_len (scan, j) <= 2 &&
      cor_tok_is (scan, i + 1, "-"))
    return j + 1;
  if (parts == 3 && tok_len (scan, i) <= 2 && tok_len (scan, i + 2) <= 2 &&
      tok_len (scan, j) == 4 &&
      scan->text[scan->toks[i + 1].start] == scan->text[scan->toks[i + 3].start])
    return j + 1;
  return 0;
}

static guint
skip_time_or_date (const CorScan *scan,
                   guint          i)
{
  guint j = i + 1;

  if ((j = skip_numeric_date (scan, i)) > 0)
    return j;
  j = i + 1;
  /* "6.42 a.m.", "11.50pm": a time with a dot, as British papers write
   * it, when "am" or "pm" follows */
  if (tok_len (scan, i) <= 2 && j + 2 < scan->n_toks && cor_tok_is (scan, j, ".") && cor_tok_adjacent (scan, j)
      && cor_tok_adjacent (scan, j + 1) && scan->toks[j + 1].kind == TOK_NUM && tok_len (scan, j + 1) == 2
      && (cor_tok_is (scan, j + 2, "am") || cor_tok_is (scan, j + 2, "pm")
          || ((cor_tok_is (scan, j + 2, "a") || cor_tok_is (scan, j + 2, "p")) && cor_tok_is (scan, j + 3, ".")
              && cor_tok_is (scan, j + 4, "m"))))
    j += 2;

  if (j + 1 < scan->n_toks && cor_tok_adjacent (scan, j) && cor_tok_adjacent (scan, j + 1) &&
      scan->toks[j + 1].kind == TOK_NUM &&
      (cor_tok_is (scan, j, ":") ||
       (cor_tok_is (scan, j, "/") && j + 3 < scan->n_toks && cor_tok_is (scan, j + 2, "/") &&
        cor_tok_adjacent (scan, j + 2) && scan->toks[j + 3].kind == TOK_NUM)))
    {
      j += 2;
      while (j + 1 < scan->n_toks && cor_tok_adjacent (scan, j) && cor_tok_adjacent (scan, j + 1) &&
             (cor_tok_is (scan, j, ":") || cor_tok_is (scan, j, "/")) &&
             scan->toks[j + 1].kind == TOK_NUM)
        j += 2;
    }
  if (cor_tok_is (scan, j, "am") || cor_tok_is (scan, j, "pm") || cor_tok_is (scan, j, "gmt") ||
      cor_tok_is (scan, j, "utc"))
    return j + 1;
  if ((cor_tok_is (scan, j, "a") || cor_tok_is (scan, j, "p")) && cor_tok_is (scan, j + 1, ".") &&
      cor_tok_is (scan, j + 2, "m"))
    return j + 3 + cor_tok_is (scan, j + 3, ".");
  if (j == i + 1 && cor_tok_adjacent (scan, j) && cor_tok_is (scan, j, "s"))
    return j + 1;
  return j > i + 1 ? j : 0;
}

/* "1.1^23", "2.5^-1": a power, as a number written for a calculator */
static gboolean
apply_power (const CorScan *scan,
             CorNum        *num)
{
  guint j = num->last;
  gboolean negative = FALSE;
  CorNum exponent = { 0 };
  gsize end;

  if (!cor_tok_is (scan, j, "^") || !cor_tok_adjacent (scan, j) || !cor_tok_adjacent (scan, j + 1))
    return FALSE;
  j++;
  while (j < scan->n_toks && (cor_tok_is (scan, j, "+") || cor_tok_is (scan, j, "-")) &&
         cor_tok_adjacent (scan, j + 1))
    {
      /* "--23" reads as 23, as a calculator would */
      if (cor_tok_is (scan, j, "-"))
        negative = !negative;
      j++;
    }
  if (j >= scan->n_toks || scan->toks[j].kind != TOK_NUM)
    return FALSE;
  cor_num_parse_digit_string (scan, j, &exponent, &end);
  if (exponent.value > 300)
    return FALSE;
  num->value = pow (num->value, negative ? -exponent.value : exponent.value);
  num->plain_int = FALSE;
  num->last = cor_tok_at_byte (scan, j, end);
  return TRUE;
}

gboolean
cor_num_parse_digits (const CorScan *scan,
                      guint          i,
                      gboolean       money,
                      CorNum        *num)
{
  gsize end;
  guint j, skip;

  if ((skip = skip_time_or_date (scan, i)) > 0)
    {
      num->skip = TRUE;
      num->last = skip;
      return TRUE;
    }
  cor_num_parse_digit_string (scan, i, num, &end);
  j = cor_tok_at_byte (scan, i, end);
  num->last = j;
  if (num->plain_int && is_ordinal_suffix (scan, j))
    {
      num->ordinal = TRUE;
      num->last = j + 1;
      return TRUE;
    }
  /* "3/4", "2 1/4", "10 1/2 miles" */
  if (cor_tok_is (scan, j, "/") && cor_tok_adjacent (scan, j) && cor_tok_adjacent (scan, j + 1) &&
      j + 1 < scan->n_toks && scan->toks[j + 1].kind == TOK_NUM && num->plain_int)
    {
      CorNum den = { 0 };
      gsize dend;

      cor_num_parse_digit_string (scan, j + 1, &den, &dend);
      if (den.value > 0)
        {
          num->value /= den.value;
          num->fraction = TRUE;
          num->plain_int = FALSE;
          num->last = cor_tok_at_byte (scan, j + 1, dend);
          return TRUE;
        }
    }
  if (num->plain_int && j + 2 < scan->n_toks && scan->toks[j].kind == TOK_NUM &&
      cor_tok_is (scan, j + 1, "/") && cor_tok_adjacent (scan, j + 1) && cor_tok_adjacent (scan, j + 2) &&
      scan->toks[j + 2].kind == TOK_NUM && !cor_tok_is (scan, j + 3, "/"))
    {
      CorNum top = { 0 }, den = { 0 };
      gsize tend, dend;

      cor_num_parse_digit_string (scan, j, &top, &tend);
      cor_num_parse_digit_string (scan, j + 2, &den, &dend);
      if (den.value > top.value && top.plain_int)
        {
          num->value += top.value / den.value;
          num->fraction = TRUE;
          num->plain_int = FALSE;
          num->last = cor_tok_at_byte (scan, j + 2, dend);
          return TRUE;
        }
    }
  if (apply_power (scan, num))
    return TRUE;
  cor_num_digit_scale (scan, num, money);
  return TRUE;
}
