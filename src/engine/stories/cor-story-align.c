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
#include "cor-threads.h"

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
static GPtrArray *
align_story (CorFactTable             *table,
             guint                     index,
             const CorAnalysisOptions *options,
             GCancellable             *cancellable)
{
  CorStory *story = g_ptr_array_index (table->stories, index);
  g_autoptr(CorFactTable) sub = cor_fact_table_new ();
  GPtrArray *facts;

  for (guint k = 0; k < story->sources->len; k++)
    {
      guint i = g_array_index (story->sources, guint, k);

      cor_fact_table_add_source (sub, g_ptr_array_index (table->sources, i),
                                 g_ptr_array_index (table->documents, i));
    }
  cor_align_build (sub, options, cancellable);
  facts = g_ptr_array_new_full (sub->facts->len, NULL);
  for (guint f = 0; f < sub->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (sub->facts, f);

      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          cell->source = g_array_index (story->sources, guint, cell->source);
        }
      fact->story = index;
      g_ptr_array_add (facts, fact);
    }
  /* The facts now belong to the caller, then to @table. */
  g_ptr_array_set_free_func (sub->facts, NULL);
  return facts;
}

/* Many stories are aligned a story a thread, each on one thread: a set of
 * a hundred stories of a thousand small reports each spent a sixth of the
 * alignment's processor time starting each story's threads, and ran on
 * one core as much as on two. */
#define STORIES_A_THREAD 4

typedef struct
{
  CorFactTable             *table;
  const CorAnalysisOptions *options;
  GCancellable             *cancellable;
  GPtrArray               **facts;      /* per story */
  guint                     n_threads;
  guint                     thread;
} StoryJob;

static gpointer
story_worker (gpointer data)
{
  StoryJob *job = data;

  for (guint s = job->thread; s < job->table->stories->len; s += job->n_threads)
    if (!g_cancellable_is_cancelled (job->cancellable))
      job->facts[s] = align_story (job->table, s, job->options, job->cancellable);
  return NULL;
}

/* Each story's facts, in the order of the stories, on any number of
 * threads. */
static GPtrArray **
align_stories (CorFactTable             *table,
               const CorAnalysisOptions *options,
               GCancellable             *cancellable)
{
  guint n_stories = table->stories->len;
  guint n_threads = cor_threads_count (options->n_threads, n_stories, STORIES_A_THREAD);
  GPtrArray **facts = g_new0 (GPtrArray *, n_stories);
  g_autofree StoryJob *jobs = g_new0 (StoryJob, n_threads);
  CorAnalysisOptions one_thread = *options;

  /* Within a story, one thread: the stories are the threads' work. */
  if (n_threads > 1)
    one_thread.n_threads = 1;
  for (guint t = 0; t < n_threads; t++)
    jobs[t] = (StoryJob) { table, n_threads > 1 ? &one_thread : options, cancellable, facts, n_threads, t };
  cor_threads_run ("cor-stories", story_worker, jobs, sizeof (StoryJob), n_threads);
  return facts;
}

void
cor_story_align_build (CorFactTable             *table,
                       const CorAnalysisOptions *options,
                       GCancellable             *cancellable)
{
  static const CorAnalysisOptions defaults = COR_ANALYSIS_OPTIONS_INIT;
  g_autoptr(GArray) ranked = NULL;
  g_autofree GPtrArray **facts = NULL;

  g_return_if_fail (table != NULL);

  if (table->stories->len <= 1)
    {
      cor_align_build (table, options, cancellable);
      cor_stories_stamp_facts (table);
      return;
    }

  facts = align_stories (table, options != NULL ? options : &defaults, cancellable);
  ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  for (guint s = 0; s < table->stories->len; s++)
    {
      for (guint f = 0; facts[s] != NULL && f < facts[s]->len; f++)
        {
          Ranked r = { g_ptr_array_index (facts[s], f), ranked->len };

          g_array_append_val (ranked, r);
        }
      g_clear_pointer (&facts[s], g_ptr_array_unref);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint r = 0; r < ranked->len; r++)
    {
      CorFact *fact = g_array_index (ranked, Ranked, r).fact;

      g_free (fact->id);
      fact->id = g_strdup_printf ("f%u", r + 1);
      g_ptr_array_add (table->facts, fact);
    }
}
