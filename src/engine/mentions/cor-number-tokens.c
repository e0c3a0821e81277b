/* cor-number-tokens.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-numbers"

#include "config.h"

#include <string.h>

#include "cor-number-tokens.h"
#include "cor-number-words.h"
#include "cor-words.h"

/* The number recogniser's tokens are finer than the shared ones: words are
 * runs of letters, numbers runs of ASCII digits, anything else one symbol
 * per character ("1,200" is three tokens, "U.S." four). Rather than cut the
 * text a second time, they are derived from the shared tokens: the usual
 * token (a plain ASCII word, a run of digits, an ASCII sign) maps to one
 * token with the hash it already carries, and only the rest (grouped
 * digits, "U.S.", ordinals, anything beyond ASCII) is cut again here by
 * the rules below. */

typedef struct
{
  CorTok *toks;
  guint   n_toks;
  guint   size;
} TokArray;

static inline void
push (TokArray     *out,
      const CorTok *tok)
{
  if (G_UNLIKELY (out->n_toks == out->size))
    {
      out->size *= 2;
      out->toks = g_renew (CorTok, out->toks, out->size);
    }
  out->toks[out->n_toks++] = *tok;
}

static gboolean
is_wide_space (gunichar c)
{
  return c == 0x00a0 || c == 0x202f || c == 0x2009 || c == 0x2007 || g_unichar_isspace (c);
}

static gsize
scan_letters (const char *text,
              gsize       length,
              gsize       i)
{
  while (i < length && (g_ascii_isalpha (text[i]) ||
                        ((guchar)text[i] >= 0x80 &&
                         g_unichar_isalpha (g_utf8_get_char_validated (text + i, length - i)))))
    i = g_utf8_next_char (text + i) - text;
  return i;
}

/* Cuts one token (or skips one space) at byte @i; returns where the next
 * starts. */
static gsize
scan_one (const char *text,
          gsize       length,
          gsize       i,
          gboolean   *space,
          TokArray   *out)
{
  guchar c = text[i];
  CorTok tok = { i, i, TOK_SYM, *space, NULL };

  if (c < 0x80)
    {
      if (g_ascii_isspace (c) || c == '\0')
        {
          *space = TRUE;
          return i + 1;
        }
      if (g_ascii_isdigit (c))
        {
          tok.kind = TOK_NUM;
          while (i < length && g_ascii_isdigit (text[i]))
            i++;
        }
      else if (g_ascii_isalpha (c))
        {
          tok.kind = TOK_WORD;
          i = scan_letters (text, length, i);
        }
      else
        i++;
    }
  else
    {
      gunichar u = g_utf8_get_char_validated (text + i, length - i);
      gsize next = i + 1;

      if (u != (gunichar)-1 && u != (gunichar)-2)
        next = g_utf8_next_char (text + i) - text;
      if (u != (gunichar)-1 && u != (gunichar)-2 && is_wide_space (u))
        {
          *space = TRUE;
          return next;
        }
      i = next;
      if (u != (gunichar)-1 && u != (gunichar)-2 && g_unichar_isalpha (u) && u != 0x5143)
        {
          tok.kind = TOK_WORD;
          i = scan_letters (text, length, i);
        }
    }
  tok.end = MIN (i, length);
  /* digits have no entry, but for the "2" of "km2" */
  if (tok.kind != TOK_NUM || tok.end - tok.start == 1)
    tok.lex = cor_lex_lookup (text + tok.start, tok.end - tok.start);
  push (out, &tok);
  *space = FALSE;
  return tok.end;
}

/* Whether shared token @w is exactly one of ours, and which. */
static gboolean
simple_token (const char    *text,
              const CorWord *w,
              TokKind       *kind)
{
  switch (w->type)
    {
    case COR_WORD_ALPHA:
      *kind = TOK_WORD;
      return !(w->flags & (COR_WORD_FLAG_DOTTED | COR_WORD_FLAG_NON_ASCII));
    case COR_WORD_DIGITS:
      *kind = TOK_NUM;
      if (w->flags & COR_WORD_FLAG_ORDINAL)
        return FALSE;
      for (guint32 k = w->start; k < w->end; k++)
        if (!g_ascii_isdigit (text[k]))
          return FALSE;
      return TRUE;
    case COR_WORD_PUNCT:
    default:
      *kind = TOK_SYM;
      /* NUL is a space to us */
      return w->ch > 0 && w->ch < 0x80;
    }
}

CorTok *
cor_tokenize_words (const CorWords *words,
                    guint          *n_toks)
{
  const char *text = words->text;
  gsize length = words->length;
  TokArray out = { NULL, 0, words->n_words + 16 };
  gboolean space = TRUE;
  gsize pos = 0;   /* where our cutting has reached */

  cor_lex_init ();
  out.toks = g_new (CorTok, out.size);
  for (guint k = 0; k < words->n_words; k++)
    {
      const CorWord *w = &words->words[k];
      TokKind kind;

      /* a token cut again here can run past the shared one ("a.bé") */
      if (w->end <= pos)
        continue;
      if (w->start > pos && (w->flags & COR_WORD_FLAG_VTAB_BEFORE))
        {
          /* g_ascii_isspace() is false for \v: a sign to us */
          while (pos < w->start)
            pos = scan_one (text, length, pos, &space, &out);
        }
      if (w->start > pos)
        space = TRUE;   /* what lies between shared tokens is white space */
      if (w->start >= pos && simple_token (text, w, &kind))
        {
          CorTok tok = { w->start, w->end, kind, space, NULL };
          guint32 n = w->end - w->start;

          if (kind == TOK_WORD)
            tok.lex = cor_lex_lookup_hashed (text + w->start, n, w->hash);
          else if (n == 1)
            tok.lex = cor_lex_lookup_hashed (text + w->start, 1, cor_word_hash (text + w->start, 1));
          push (&out, &tok);
          space = FALSE;
          pos = w->end;
          continue;
        }
      if (w->start > pos)
        pos = w->start;
      while (pos < w->end)
        pos = scan_one (text, length, pos, &space, &out);
    }
  /* white space after the last shared token, perhaps with a \v */
  while (pos < length)
    pos = scan_one (text, length, pos, &space, &out);
  *n_toks = out.n_toks;
  return out.toks;
}
