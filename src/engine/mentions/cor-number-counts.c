/* cor-number-counts.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-numbers"

#include "config.h"

#include <string.h>

#include "cor-number-counts.h"

/* A report that writes "the two leaders" or "the two countries" states no
 * figure: the number only recalls who was already named, and a table that
 * showed "2 leader" as a value would compare it with every other "two".
 * A number is a value when it counts something a fact is about: with a
 * measure (money, a unit) or with the event ("killed 10", "the 12
 * victims", "the three people who were injured"). */

/* Words that make what follows a definite description. */
static const char *const determiners[] = {
  "the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "my", "your",
};

/* Nouns and participles of what news counts: casualties, damage, arrests. */
static const char *const event_words[] = {
  "killed", "dead", "died", "deaths", "victims", "casualties", "fatalities", "injured",
  "injuries", "wounded", "hurt", "missing", "arrested", "arrests", "detained", "rescued",
  "evacuated", "displaced", "trapped", "buried", "survivors", "hostages", "destroyed",
  "damaged", "collapsed", "flattened", "sentenced", "convicted", "charged", "executed",
};

/* Words between a counted noun and its participle: "who were", "had been". */
static const char *const links[] = {
  "who", "that", "which", "were", "was", "are", "is", "have", "has", "had", "been", "being",
  "reported", "believed", "feared", "confirmed", "later", "also", "still",
};

static gboolean
word_in (const char        *word,
         gsize              length,
         const char *const *list,
         gsize              n)
{
  for (gsize i = 0; i < n; i++)
    if (strlen (list[i]) == length && g_ascii_strncasecmp (word, list[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* The word that ends before @pos (skipping spaces), as [*start, return). */
static gsize
word_before (const char *text,
             gsize       pos,
             gsize      *start)
{
  gsize end = pos;

  while (end > 0 && text[end - 1] == ' ')
    end--;
  *start = end;
  while (*start > 0 && g_ascii_isalpha (text[*start - 1]))
    (*start)--;
  return end;
}

/* The word that starts after @pos (skipping spaces), as [*start, return). */
static gsize
word_after (const char *text,
            gsize       length,
            gsize       pos,
            gsize      *start)
{
  gsize end;

  while (pos < length && text[pos] == ' ')
    pos++;
  *start = pos;
  for (end = pos; end < length && g_ascii_isalpha (text[end]); end++)
    ;
  return end;
}

static gboolean
event_follows (const char *text,
               gsize       length,
               gsize       pos)
{
  for (guint k = 0; k < 4 && pos < length; k++)
    {
      gsize start, end = word_after (text, length, pos, &start);

      if (end == start)
        return FALSE;
      if (word_in (text + start, end - start, event_words, G_N_ELEMENTS (event_words)))
        return TRUE;
      if (!word_in (text + start, end - start, links, G_N_ELEMENTS (links)))
        return FALSE;
      pos = end;
    }
  return FALSE;
}

gboolean
cor_number_counts_is_reference (const char       *text,
                                gsize             length,
                                const CorMention *mention)
{
  gsize start, end;

  g_return_val_if_fail (text != NULL && mention != NULL, FALSE);

  /* Spelled out, as style books write the small numbers that recall a
   * group ("the two sides"); digits after "the" still count ("the 212
   * passengers"), and so does a number without its noun ("of the 40"). */
  if (mention->kind != COR_MENTION_NUMBER || mention->vague || mention->start == 0 ||
      mention->unit == NULL || !g_ascii_isalpha (text[mention->start]) ||
      g_str_equal (mention->unit, "magnitude") || g_str_equal (mention->unit, COR_UNIT_AGE))
    return FALSE;
  end = word_before (text, mention->start, &start);
  if (end == start || !word_in (text + start, end - start, determiners, G_N_ELEMENTS (determiners)))
    return FALSE;
  /* the counted noun is part of the mention: "12 victims" */
  end = word_before (text, mention->end, &start);
  if (end > start && start > mention->start &&
      word_in (text + start, end - start, event_words, G_N_ELEMENTS (event_words)))
    return FALSE;
  return !event_follows (text, length, mention->end);
}
