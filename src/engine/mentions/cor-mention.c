/* cor-mention.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-mention"

#include "config.h"

#include <math.h>

#include "cor-mention.h"

static const char *kind_names[COR_N_MENTION_KINDS] = {
  "number", "ordinal", "percent", "money", "quantity", "date", "time",
  "duration", "person", "organization", "place", "quote",
};

CorMention *
cor_mention_new (CorMentionKind  kind,
                 const char     *text,
                 gsize           start,
                 gsize           end)
{
  CorMention *self = g_new0 (CorMention, 1);

  self->kind = kind;
  self->text = g_strdup (text);
  self->start = start;
  self->end = end;
  self->value = NAN;
  self->value_max = NAN;
  self->min = NAN;
  self->minutes = -1;
  return self;
}

CorMention *
cor_mention_copy (const CorMention *mention)
{
  CorMention *self = g_memdup2 (mention, sizeof *mention);

  self->text = g_strdup (mention->text);
  self->unit = g_strdup (mention->unit);
  self->date = g_strdup (mention->date);
  self->date_from = g_strdup (mention->date_from);
  self->date_to = g_strdup (mention->date_to);
  self->canonical = g_strdup (mention->canonical);
  self->whose = g_strdup (mention->whose);
  self->speaker = g_strdup (mention->speaker);
  return self;
}

void
cor_mention_free (CorMention *mention)
{
  if (mention == NULL)
    return;

  g_free (mention->text);
  g_free (mention->unit);
  g_free (mention->date);
  g_free (mention->date_from);
  g_free (mention->date_to);
  g_free (mention->whose);
  g_free (mention->canonical);
  g_free (mention->speaker);
  g_free (mention);
}

gboolean
cor_mention_kind_is_value (CorMentionKind kind)
{
  switch (kind)
    {
    case COR_MENTION_MONEY:
    case COR_MENTION_QUANTITY:
    case COR_MENTION_PERCENT:
    case COR_MENTION_NUMBER:
    case COR_MENTION_DATE:
    case COR_MENTION_DURATION:
      return TRUE;
    case COR_MENTION_ORDINAL:
    case COR_MENTION_TIME:
    case COR_MENTION_PERSON:
    case COR_MENTION_ORGANIZATION:
    case COR_MENTION_PLACE:
    case COR_MENTION_QUOTE:
    case COR_N_MENTION_KINDS:
    default:
      return FALSE;
    }
}

const char *
cor_mention_kind_to_string (CorMentionKind kind)
{
  g_return_val_if_fail (kind < COR_N_MENTION_KINDS, NULL);
  return kind_names[kind];
}

gboolean
cor_mention_kind_from_string (const char     *string,
                              CorMentionKind *kind)
{
  for (guint i = 0; i < COR_N_MENTION_KINDS; i++)
    if (g_strcmp0 (string, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

int
cor_mention_compare (gconstpointer a,
                     gconstpointer b)
{
  const CorMention *ma = *(const CorMention * const *)a;
  const CorMention *mb = *(const CorMention * const *)b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end > mb->end ? -1 : 1;
  return (int)ma->kind - (int)mb->kind;
}
