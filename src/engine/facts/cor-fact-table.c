/* cor-fact-table.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-table"

#include "config.h"

#include "cor-fact-table.h"

static const char *status_names[] = { "absent", "supports", "partial", "conflicts" };
static const char *agreement_names[] = { "agreed", "partial", "conflict", "single" };

static void
document_unref0 (gpointer document)
{
  if (document != NULL)
    cor_document_unref (document);
}

CorFactTable *
cor_fact_table_new (void)
{
  CorFactTable *self = g_new0 (CorFactTable, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->documents = g_ptr_array_new_with_free_func (document_unref0);
  self->facts = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_fact_free);
  self->stories = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_story_free);
  self->story_of = g_array_new (FALSE, FALSE, sizeof (guint));
  self->copy_of = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

CorFactTable *
cor_fact_table_ref (CorFactTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cor_fact_table_unref (CorFactTable *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->facts);
  g_ptr_array_unref (self->stories);
  g_array_unref (self->story_of);
  g_array_unref (self->copy_of);
  g_clear_pointer (&self->numbers, g_array_unref);
  g_ptr_array_unref (self->documents);
  g_ptr_array_unref (self->sources);
  g_free (self);
}

guint
cor_fact_table_add_source (CorFactTable *self,
                           CorSource    *source,
                           CorDocument  *document)
{
  guint story = COR_NO_STORY;
  guint index;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (COR_IS_SOURCE (source), 0);

  index = self->sources->len;
  g_ptr_array_add (self->sources, g_object_ref (source));
  g_ptr_array_add (self->documents, document ? cor_document_ref (document) : NULL);
  /* Until the stories are found, every source is its own copy group. */
  g_array_append_val (self->story_of, story);
  g_array_append_val (self->copy_of, index);
  return index;
}

guint
cor_fact_table_count_facts_of (CorFactTable *self,
                               guint         source)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->facts->len; i++)
    if (cor_fact_get_status (g_ptr_array_index (self->facts, i), source) != COR_CELL_ABSENT)
      n++;
  return n;
}

const char *
cor_fact_table_source_id (CorFactTable *self,
                          guint         source,
                          char          buf[16])
{
  guint n = source + 1;

  if (self->numbers != NULL && source < self->numbers->len)
    n = g_array_index (self->numbers, guint, source);
  g_snprintf (buf, 16, "s%u", n);
  return buf;
}

guint
cor_fact_table_get_story (CorFactTable *self,
                          guint         source)
{
  g_return_val_if_fail (self != NULL, COR_NO_STORY);

  if (source >= self->story_of->len)
    return COR_NO_STORY;
  return g_array_index (self->story_of, guint, source);
}

guint
cor_fact_table_get_copy_group (CorFactTable *self,
                               guint         source)
{
  g_return_val_if_fail (self != NULL, source);

  if (source >= self->copy_of->len)
    return source;
  return g_array_index (self->copy_of, guint, source);
}

const char *
cor_fact_table_story_id (CorFactTable *self,
                         guint         story,
                         char          buf[16])
{
  g_snprintf (buf, 16, "t%u", story + 1 + self->story_offset);
  return buf;
}

guint
cor_fact_table_find_story (CorFactTable *self,
                           const char   *id)
{
  char buf[16];

  g_return_val_if_fail (self != NULL, COR_NO_STORY);

  for (guint i = 0; id != NULL && i < self->stories->len; i++)
    if (g_strcmp0 (cor_fact_table_story_id (self, i, buf), id) == 0)
      return i;
  return COR_NO_STORY;
}

void
cor_fact_table_set_stories (CorFactTable *self,
                            GPtrArray    *stories,
                            const guint  *story_of,
                            const guint  *copy_of)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (stories != NULL);

  g_ptr_array_unref (self->stories);
  self->stories = stories;
  for (guint i = 0; i < self->sources->len; i++)
    {
      g_array_index (self->story_of, guint, i) = story_of[i];
      g_array_index (self->copy_of, guint, i) = copy_of[i];
    }
}

CorFact *
cor_fact_new (void)
{
  CorFact *fact = g_new0 (CorFact, 1);

  fact->values = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_mention_free);
  fact->cells = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_cell_free);
  fact->agreement = COR_AGREEMENT_SINGLE;
  return fact;
}

void
cor_fact_free (CorFact *fact)
{
  if (fact == NULL)
    return;

  g_free (fact->id);
  g_free (fact->summary);
  g_ptr_array_unref (fact->values);
  g_ptr_array_unref (fact->cells);
  g_free (fact);
}

CorCell *
cor_fact_get_cell (CorFact *fact,
                   guint    source)
{
  g_return_val_if_fail (fact != NULL, NULL);

  for (guint i = 0; i < fact->cells->len; i++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, i);

      if (cell->source == source)
        return cell;
    }
  return NULL;
}

CorCellStatus
cor_fact_get_status (CorFact *fact,
                     guint    source)
{
  CorCell *cell = cor_fact_get_cell (fact, source);

  return cell ? cell->status : COR_CELL_ABSENT;
}

void
cor_fact_update_agreement (CorFact *fact)
{
  guint supports = 0, partial = 0, conflicts = 0;

  g_return_if_fail (fact != NULL);

  for (guint i = 0; i < fact->cells->len; i++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, i);

      /* A report that gives less than the others still agrees with them:
       * the cell says so, the row does not. */
      switch (cor_cell_get_stance (cell))
        {
        case COR_CELL_SUPPORTS: supports++; break;
        case COR_CELL_PARTIAL: partial++; break;
        case COR_CELL_CONFLICTS: conflicts++; break;
        case COR_CELL_ABSENT:
        default:
          break;
        }
    }

  fact->support = supports + partial;
  if (conflicts > 0 && fact->support + conflicts >= 2)
    fact->agreement = COR_AGREEMENT_CONFLICT;
  else if (fact->support + conflicts < 2)
    fact->agreement = COR_AGREEMENT_SINGLE;
  else if (partial > 0)
    fact->agreement = COR_AGREEMENT_PARTIAL;
  else
    fact->agreement = COR_AGREEMENT_AGREED;
}

CorCellStatus
cor_cell_get_stance (const CorCell *cell)
{
  g_return_val_if_fail (cell != NULL, COR_CELL_ABSENT);

  if (cell->status == COR_CELL_PARTIAL && cell->narrower && !cell->overridden)
    return COR_CELL_SUPPORTS;
  return cell->status;
}

CorCell *
cor_cell_new (guint         source,
              CorCellStatus status)
{
  CorCell *cell = g_new0 (CorCell, 1);

  cell->source = source;
  cell->status = status;
  cell->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_quote_free);
  cell->values = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_mention_free);
  return cell;
}

void
cor_cell_free (CorCell *cell)
{
  if (cell == NULL)
    return;

  g_free (cell->note);
  g_ptr_array_unref (cell->quotes);
  g_ptr_array_unref (cell->values);
  g_free (cell);
}

/* Adds @quote to @cell's, unless it has those words already (two clauses
 * of one sentence show that sentence once). A quote of more words, the
 * whole sentence of an earlier clause, takes that clause's place. */
void
cor_cell_take_quote (CorCell  *cell,
                     CorQuote *quote)
{
  for (guint i = 0; i < cell->quotes->len; i++)
    {
      CorQuote *q = g_ptr_array_index (cell->quotes, i);

      if (q->start <= quote->start && quote->end <= q->end)
        {
          cor_quote_free (quote);
          return;
        }
      if (quote->start <= q->start && q->end <= quote->end)
        {
          cor_quote_free (q);
          g_ptr_array_index (cell->quotes, i) = quote;
          /* And any later clause of it. */
          for (guint j = cell->quotes->len; j > i + 1; j--)
            {
              q = g_ptr_array_index (cell->quotes, j - 1);
              if (quote->start <= q->start && q->end <= quote->end)
                g_ptr_array_remove_index (cell->quotes, j - 1);
            }
          return;
        }
    }
  g_ptr_array_add (cell->quotes, quote);
}

/* Adds @mention to @cell's values, unless it has that one already (two
 * clauses of one sentence, shown as that sentence). */
void
cor_cell_take_value (CorCell    *cell,
                     CorMention *mention)
{
  for (guint i = 0; i < cell->values->len; i++)
    {
      const CorMention *m = g_ptr_array_index (cell->values, i);

      if (m->start == mention->start && m->end == mention->end)
        {
          cor_mention_free (mention);
          return;
        }
    }
  g_ptr_array_add (cell->values, mention);
}

CorQuote *
cor_quote_new (const char *text,
               gsize       start,
               gsize       end,
               const char *speaker)
{
  CorQuote *quote = g_new0 (CorQuote, 1);

  quote->text = g_strdup (text);
  quote->start = start;
  quote->end = end;
  quote->speaker = g_strdup (speaker);
  return quote;
}

void
cor_quote_free (CorQuote *quote)
{
  if (quote == NULL)
    return;

  g_free (quote->text);
  g_free (quote->speaker);
  g_free (quote);
}

CorStory *
cor_story_new (const char *title)
{
  CorStory *story = g_new0 (CorStory, 1);

  story->title = g_strdup (title);
  story->sources = g_array_new (FALSE, FALSE, sizeof (guint));
  return story;
}

void
cor_story_free (CorStory *story)
{
  if (story == NULL)
    return;

  g_free (story->title);
  g_array_unref (story->sources);
  g_free (story);
}

const char *
cor_cell_status_to_string (CorCellStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_names), NULL);
  return status_names[status];
}

gboolean
cor_cell_status_from_string (const char    *string,
                             CorCellStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (string, status_names[i]) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

const char *
cor_agreement_to_string (CorAgreement agreement)
{
  g_return_val_if_fail (agreement < G_N_ELEMENTS (agreement_names), NULL);
  return agreement_names[agreement];
}

gboolean
cor_agreement_from_string (const char   *string,
                           CorAgreement *agreement)
{
  for (guint i = 0; i < G_N_ELEMENTS (agreement_names); i++)
    if (g_strcmp0 (string, agreement_names[i]) == 0)
      {
        *agreement = i;
        return TRUE;
      }
  return FALSE;
}
