/* test-stories-corpus.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cor-analysis.h"
#include "cor-source-load.h"
#include "cor-stories.h"
#include "corpus-helpers.h"

/* The corpus of ../shared: one folder per event, reports of it by several
 * outlets. Every test skips itself when it is absent. */
typedef struct
{
  GPtrArray *texts;    /* char *, the reports' files */
  GPtrArray *names;
  GArray    *event;    /* guint: the folder of each */
  GPtrArray *folders;
} Corpus;

static void
corpus_free (Corpus *corpus)
{
  g_ptr_array_unref (corpus->texts);
  g_ptr_array_unref (corpus->names);
  g_array_unref (corpus->event);
  g_clear_pointer (&corpus->folders, g_ptr_array_unref);
  g_free (corpus);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Corpus, corpus_free)

static Corpus *
load_corpus (void)
{
  g_autofree char *root = corpus_root ();
  g_autoptr(Corpus) corpus = g_new0 (Corpus, 1);

  corpus->texts = g_ptr_array_new_with_free_func (g_free);
  corpus->names = g_ptr_array_new_with_free_func (g_free);
  corpus->event = g_array_new (FALSE, FALSE, sizeof (guint));
  if (root == NULL)
    return NULL;
  corpus->folders = corpus_list (root, TRUE);
  for (guint e = 0; e < corpus->folders->len; e++)
    {
      g_autofree char *folder = g_build_filename (root, g_ptr_array_index (corpus->folders, e), NULL);
      g_autoptr(GPtrArray) files = corpus_list (folder, FALSE);

      for (guint f = 0; f < files->len; f++)
        {
          g_autofree char *path = g_build_filename (folder, g_ptr_array_index (files, f), NULL);
          char *text = NULL;

          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          g_ptr_array_add (corpus->texts, text);
          g_ptr_array_add (corpus->names, g_steal_pointer (&path));
          g_array_append_val (corpus->event, e);
        }
    }
  if (corpus->texts->len == 0)
    return NULL;
  return g_steal_pointer (&corpus);
}

static guint
find_folder (Corpus     *corpus,
             const char *part)
{
  for (guint e = 0; e < corpus->folders->len; e++)
    if (strstr (g_ptr_array_index (corpus->folders, e), part))
      return e;
  g_assert_not_reached ();
}

/* Adjusted Rand index of two labelings of @n items. */
static double
adjusted_rand (const guint *truth,
               const guint *found,
               guint        n)
{
  double index = 0, a = 0, b = 0, expected, top;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        gboolean same_truth = truth[i] == truth[j], same_found = found[i] == found[j];

        index += same_truth && same_found;
        a += same_truth;
        b += same_found;
      }
  expected = a * b / (n * (n - 1) / 2.0);
  top = (a + b) / 2;
  return top == expected ? 1.0 : (index - expected) / (top - expected);
}

static CorFactTable *
analyse (GPtrArray   *texts,
         const guint *order,
         guint        copies)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint c = 0; c < copies; c++)
    for (guint i = 0; i < texts->len; i++)
      {
        g_autofree char *name = g_strdup_printf ("Outlet %u-%u", order[i], c);

        g_ptr_array_add (sources, cor_source_load_text (g_ptr_array_index (texts, order[i]), name, NULL));
      }
  return cor_analysis_run (sources, NULL, NULL, NULL, NULL, NULL);
}

static CorFactTable *
analyse_sources (GPtrArray *sources)
{
  return cor_analysis_run (sources, NULL, NULL, NULL, NULL, NULL);
}

static void
test_stories (void)
{
  g_autoptr(Corpus) corpus = load_corpus ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  guint n, aceh, qeshm;

  if (corpus == NULL)
    {
      g_test_skip ("../shared/corpus is absent");
      return;
    }
  n = corpus->texts->len;
  aceh = find_folder (corpus, "aceh");
  qeshm = find_folder (corpus, "qeshm");

  for (guint round = 0; round < 3; round++)
    {
      g_autofree guint *order = g_new (guint, n);
      g_autofree guint *truth = g_new (guint, n);
      g_autofree guint *found = g_new (guint, n);
      g_autoptr(CorFactTable) table = NULL;
      guint aceh_story = COR_NO_STORY, qeshm_story = COR_NO_STORY;

      for (guint i = 0; i < n; i++)
        order[i] = i;
      for (guint i = n - 1; round > 0 && i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1), tmp = order[i];

          order[i] = order[j], order[j] = tmp;
        }
      table = analyse (corpus->texts, order, 1);
      for (guint i = 0; i < n; i++)
        {
          guint event = g_array_index (corpus->event, guint, order[i]);

          truth[i] = event;
          found[i] = cor_fact_table_get_story (table, i);
          if (event == aceh)
            aceh_story = found[i];
          if (event == qeshm)
            qeshm_story = found[i];
        }
      g_test_message ("order %u: %u stories, ARI %.4f", round, table->stories->len,
                      adjusted_rand (truth, found, n));
      g_assert_cmpuint (table->stories->len, ==, corpus->folders->len);
      g_assert_cmpfloat (adjusted_rand (truth, found, n), ==, 1.0);
      g_assert_cmpuint (aceh_story, !=, qeshm_story);
      for (guint f = 0; f < table->facts->len; f++)
        {
          CorFact *fact = g_ptr_array_index (table->facts, f);

          for (guint c = 0; c < fact->cells->len; c++)
            g_assert_cmpuint (cor_fact_table_get_story (table, ((CorCell *)g_ptr_array_index (fact->cells, c))->source),
                              ==, fact->story);
        }
    }
}

static void
test_copies (void)
{
  g_autoptr(Corpus) corpus = load_corpus ();
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new (NULL, NULL);
  g_autofree guint *order = NULL;
  guint n;

  if (corpus == NULL)
    {
      g_test_skip ("../shared/corpus is absent");
      return;
    }
  n = corpus->texts->len;
  order = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    order[i] = i;

  /* Every report three times: one copy group each, no two reports of
   * different outlets in one. */
  table = analyse (corpus->texts, order, 3);
  for (guint i = 0; i < table->sources->len; i++)
    {
      guint group = cor_fact_table_get_copy_group (table, i);

      g_assert_cmpuint (group % n, ==, i % n);
      g_hash_table_add (groups, GUINT_TO_POINTER (group));
    }
  g_assert_cmpuint (g_hash_table_size (groups), ==, n);
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);
      guint independent = cor_stories_count_independent (table, fact);

      g_assert_cmpuint (independent, >=, 1);
      g_assert_cmpuint (independent, <=, fact->support);
      g_assert_cmpuint (fact->support, <=, 3 * independent);
    }
}

/* A corpus report edited by hand: another headline, two paragraphs
 * dropped, one figure changed. */
static char *
edit_report (const char  *text,
             char       **changed_line,
             char       **original_line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new ("An edited headline for a copied report\n");
  guint n = g_strv_length (lines), body = 0;
  gboolean changed = FALSE;

  for (guint i = 1; i < n; i++)
    {
      char *line = lines[i];

      if (*g_strstrip (line) == '\0')
        continue;
      body++;
      /* Drop the fourth and sixth paragraphs. */
      if (body == 4 || body == 6)
        continue;
      if (!changed && body > 6)
        {
          /* The first figure of two digits or more becomes another. */
          for (char *p = line; *p; p++)
            if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && (p == line || !g_ascii_isalnum (p[-1])))
              {
                g_autofree char *copy = g_strdup (line);

                *original_line = g_strdup (line);
                copy[p - line] = p[0] == '9' ? '1' : p[0] + 1;
                *changed_line = g_strdup (copy);
                g_string_append_printf (out, "%s\n", copy);
                changed = TRUE;
                break;
              }
          if (changed)
            continue;
        }
      g_string_append_printf (out, "%s\n", line);
    }
  g_assert_true (changed);
  return g_string_free (out, FALSE);
}

static void
test_edited (void)
{
  g_autoptr(Corpus) corpus = load_corpus ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CorFactTable) table = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *original = NULL;
  g_autofree char *edited = NULL;
  guint aceh, first = G_MAXUINT, n_event = 0, row_found = 0;

  if (corpus == NULL)
    {
      g_test_skip ("../shared/corpus is absent");
      return;
    }
  aceh = find_folder (corpus, "aceh");
  for (guint i = 0; i < corpus->texts->len; i++)
    if (g_array_index (corpus->event, guint, i) == aceh)
      {
        if (first == G_MAXUINT)
          first = i;
        g_ptr_array_add (sources, cor_source_load_text (g_ptr_array_index (corpus->texts, i), NULL, "2013-07-02"));
        n_event++;
      }
  edited = edit_report (g_ptr_array_index (corpus->texts, first), &changed, &original);
  g_test_message ("changed “%s” to “%s”", original, changed);
  g_ptr_array_add (sources, cor_source_load_text (edited, "Edited copy", "2013-07-03"));
  table = analyse_sources (sources);

  g_assert_cmpuint (table->stories->len, ==, 1);
  g_assert_cmpuint (cor_fact_table_get_copy_group (table, n_event), ==, 0);
  for (guint i = 1; i < n_event; i++)
    g_assert_cmpuint (cor_fact_table_get_copy_group (table, i), ==, i);

  /* The changed sentence shares a row with the original's, and conflicts. */
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);
      CorCell *mine = cor_fact_get_cell (fact, n_event);
      CorCell *theirs = cor_fact_get_cell (fact, 0);

      if (mine == NULL || theirs == NULL)
        continue;
      for (guint q = 0; q < mine->quotes->len; q++)
        if (strstr (changed, ((CorQuote *)g_ptr_array_index (mine->quotes, q))->text))
          {
            g_test_message ("row %s: %s", fact->id, cor_agreement_to_string (fact->agreement));
            row_found++;
            g_assert_cmpint (fact->agreement, ==, COR_AGREEMENT_CONFLICT);
            g_assert_true (mine->status == COR_CELL_CONFLICTS || theirs->status == COR_CELL_CONFLICTS);
          }
    }
  g_assert_cmpuint (row_found, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stories-corpus/stories", test_stories);
  g_test_add_func ("/stories-corpus/copies", test_copies);
  g_test_add_func ("/stories-corpus/edited", test_edited);

  return g_test_run ();
}
