/* cor-story-align.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-story-align"

#include "config.h"

#include "cor-align.h"
#include "cor-stories.h"
#include "cor-story-align.h"

typedef struct
{
  CorFact *fact;
  guint    order;     /* story by story, in each story's own order */
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->fact->support != y->fact->support)
    return x->fact->support > y->fact->support ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* The facts of one story, aligned in a table of its reports alone; their
 * cells then name the reports of @table. */
static void
align_story (CorFactTable             *table,
             guint                     index,
             const CorAnalysisOptions *options,
             GCancellable             *cancellable,
             GArray                   *ranked)
{
  CorStory *story = g_ptr_array_index (table->stories, index);
  g_autoptr(CorFactTable) sub = cor_fact_table_new ();

  for (guint k = 0; k < story->sources->len; k++)
    {
      guint i = g_array_index (story->sources, guint, k);

      cor_fact_table_add_source (sub, g_ptr_array_index (table->sources, i),
                                 g_ptr_array_index (table->documents, i));
    }
  cor_align_build (sub, options, cancellable);
  for (guint f = 0; f < sub->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (sub->facts, f);
      Ranked r = { fact, ranked->len };

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          cell->source = g_array_index (story->sources, guint, cell->source);
        }
      fact->story = index;
      g_array_append_val (ranked, r);
    }
  /* The facts now belong to @ranked, then to @table. */
  g_ptr_array_set_free_func (sub->facts, NULL);
}

void
cor_story_align_build (CorFactTable             *table,
                       const CorAnalysisOptions *options,
                       GCancellable             *cancellable)
{
  g_autoptr(GArray) ranked = NULL;

  g_return_if_fail (table != NULL);

  if (table->stories->len <= 1)
    {
      cor_align_build (table, options, cancellable);
      cor_stories_stamp_facts (table);
      return;
    }

  ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  for (guint s = 0; s < table->stories->len && !g_cancellable_is_cancelled (cancellable); s++)
    align_story (table, s, options, cancellable, ranked);
  g_array_sort (ranked, compare_ranked);
  for (guint r = 0; r < ranked->len; r++)
    {
      CorFact *fact = g_array_index (ranked, Ranked, r).fact;

      g_free (fact->id);
      fact->id = g_strdup_printf ("f%u", r + 1);
      g_ptr_array_add (table->facts, fact);
    }
}
