/* cor-align.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-align"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-align.h"
#include "cor-align-private.h"
#include "cor-rows.h"
#include "cor-statement.h"
#include "cor-threads.h"

/* How statements become rows, in four steps:
 *   1. every report's statements, each with its proposition (on every core);
 *   2. statements with the same words in several reports become one node;
 *   3. each node meets the nodes it shares rare terms with, and the model
 *      (cor-pair.c) scores each such pair;
 *   4. rows grow from the best pairs (cor-rows.c), an act or event most
 *      reports open with gets a row of its own, and each row becomes a
 *      fact whose cells are compared with its reference statement. */

/* A node looks for partners through at most this many of its rarest terms,
 * each shared by at most this many nodes, and keeps the best candidates:
 * the work per node stays bounded however many reports there are. */
#define MAX_QUERY_TERMS   16
#define MAX_POSTINGS      256
#define MAX_CANDIDATES    48
/* Up to this many nodes, every pair that shares any term is scored: a
 * few reports cost little, and a paraphrase may share only common words. */
#define SMALL_SET         600
/* Terms most reports use say what the story is about: they find no
 * partners. */
#define STORY_SHARE       0.75
/* Pairs the model gives less than this never matter to a row. */
#define SCORE_FLOOR       0.05

/* A thread is not worth starting for fewer than 8 items. */
static guint
n_threads_for (const CorAnalysisOptions *options,
               guint                     n_items)
{
  return cor_threads_count (options->n_threads, n_items, 8);
}

#define DIGEST_SIZE 32   /* SHA-256 */

static int
compare_hashes (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  const guint8 *digests = data;
  guint x = *(const guint *)a, y = *(const guint *)b;
  int c = memcmp (digests + (gsize)x * DIGEST_SIZE, digests + (gsize)y * DIGEST_SIZE, DIGEST_SIZE);

  return c != 0 ? c : (x < y ? -1 : x > y);
}

/* The documents in the order of a hash of their text, so that the table
 * does not depend on the order the reports were given in. The digests
 * are one block, in the order of their hexadecimal strings, where a
 * checksum and a string for each report weighed under the sanitizers. */
static GArray *
document_order (CorFactTable *table)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *digests = g_new0 (guint8, (gsize)MAX (table->documents->len, 1) * DIGEST_SIZE);

  for (guint s = 0; s < table->documents->len; s++)
    {
      CorDocument *doc = g_ptr_array_index (table->documents, s);
      gsize size = DIGEST_SIZE;

      if (doc == NULL)
        continue;
      g_checksum_reset (checksum);
      g_checksum_update (checksum, (const guchar *)doc->text, doc->length);
      g_checksum_get_digest (checksum, digests + (gsize)s * DIGEST_SIZE, &size);
      g_array_append_val (order, s);
    }
  g_array_sort_with_data (order, compare_hashes, digests);
  return order;
}

/* Each report's statements are independent of the others', so they are
 * read on every core, each thread with its own stemmer and buffers; every
 * report's list lands in its own slot, so the order is the same on any
 * number of threads. */
typedef struct
{
  CorFactTable  *table;
  GArray        *order;
  GPtrArray    **slots;     /* per position in order */
  GCancellable  *cancellable;
  guint          n_threads;
  guint          thread;
} StatementJob;

static gpointer
statement_worker (gpointer data)
{
  StatementJob *job = data;
  g_autoptr(CorStemmer) stemmer = cor_stemmer_new ();
  g_autoptr(CorPropositionScratch) scratch = cor_proposition_scratch_new ();

  for (guint o = job->thread; o < job->order->len; o += job->n_threads)
    {
      guint s = g_array_index (job->order, guint, o);

      if (g_cancellable_is_cancelled (job->cancellable))
        break;
      job->slots[o] = cor_statements_extract (g_ptr_array_index (job->table->documents, s), s, stemmer,
                                              scratch);
    }
  return NULL;
}

static void
collect_statements (CorAligner   *al,
                    GCancellable *cancellable)
{
  g_autoptr(GArray) order = document_order (al->table);
  guint n_threads = n_threads_for (al->options, order->len);
  g_autofree GPtrArray **slots = g_new0 (GPtrArray *, MAX (order->len, 1));
  g_autofree StatementJob *jobs = g_new0 (StatementJob, n_threads);

  for (guint t = 0; t < n_threads; t++)
    jobs[t] = (StatementJob) { al->table, order, slots, cancellable, n_threads, t };
  cor_threads_run ("cor-align", statement_worker, jobs, sizeof (StatementJob), n_threads);

  al->statements = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_statement_free);
  al->n_in_doc = g_new0 (guint, MAX (al->table->documents->len, 1));
  for (guint o = 0; o < order->len; o++)
    {
      guint s = g_array_index (order, guint, o);
      GPtrArray *sts = slots[o];

      if (sts == NULL)
        continue;
      al->n_in_doc[s] = sts->len;
      for (guint i = 0; i < sts->len; i++)
        g_ptr_array_add (al->statements, g_steal_pointer (&g_ptr_array_index (sts, i)));
      g_ptr_array_set_free_func (sts, NULL);
      g_ptr_array_unref (sts);
    }
}

/* Letters and digits only, lower case: the words two copies share, into
 * @out, which one statement leaves to the next. */
static void
squash (GString    *out,
        const char *text)
{
  g_string_truncate (out, 0);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
}

static void
node_clear (gpointer data)
{
  CorNode *node = data;

  g_clear_pointer (&node->members, g_array_unref);
  g_clear_pointer (&node->sources, g_array_unref);
}

/* The terms of a clause's whole sentence: what it says around the clause,
 * which tells two clauses that look alike apart. */
static void
collect_sentences (CorAligner *al)
{
  al->sentences = g_hash_table_new (g_direct_hash, g_direct_equal);
  al->sentence_terms = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  for (guint i = 0; i < al->statements->len;)
    {
      CorStatement *st = cor_aligner_statement (al, i);
      GArray *terms;
      guint j = i;

      while (j < al->statements->len && cor_aligner_statement (al, j)->source == st->source
             && cor_aligner_statement (al, j)->sentence_start == st->sentence_start)
        j++;
      terms = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (guint k = i; k < j; k++)
        {
          GArray *own = cor_aligner_statement (al, k)->prop.terms;

          g_array_append_vals (terms, own->data, own->len);
          g_hash_table_insert (al->sentences, cor_aligner_statement (al, k), terms);
        }
      cor_proposition_sort_terms (terms);
      g_ptr_array_add (al->sentence_terms, terms);
      i = j;
    }
}

/* A statement joins the node of its words unless that node already has one
 * of its report's statements. */
static void
build_nodes (CorAligner *al)
{
  g_autoptr(GHashTable) by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) key = g_string_sized_new (256);

  al->nodes = g_array_new (FALSE, TRUE, sizeof (CorNode));
  g_array_set_clear_func (al->nodes, node_clear);
  for (guint i = 0; i < al->statements->len; i++)
    {
      CorStatement *st = cor_aligner_statement (al, i);
      CorNode *node = NULL;
      gpointer found;

      squash (key, st->text);
      found = g_hash_table_lookup (by_text, key->str);
      if (found != NULL)
        node = cor_aligner_node (al, GPOINTER_TO_UINT (found) - 1);

      if (node != NULL)
        for (guint k = 0; k < node->sources->len; k++)
          if (g_array_index (node->sources, guint, k) == st->source)
            node = NULL;
      if (node == NULL)
        {
          CorNode fresh = { g_array_new (FALSE, FALSE, sizeof (guint)),
                            g_array_new (FALSE, FALSE, sizeof (guint)) };

          g_array_append_val (al->nodes, fresh);
          node = cor_aligner_node (al, al->nodes->len - 1);
          g_hash_table_replace (by_text, g_strndup (key->str, key->len), GUINT_TO_POINTER (al->nodes->len));
        }
      g_array_append_val (node->members, i);
      g_array_append_val (node->sources, st->source);
    }
  for (guint n = 0; n < al->nodes->len; n++)
    {
      CorNode *node = cor_aligner_node (al, n);

      CorStatement *first = cor_aligner_statement (al, g_array_index (node->members, guint, 0));

      g_array_sort (node->sources, cor_compare_guint);
      cor_pair_side_init (&node->side, first, (first->index + 0.5) / MAX (al->n_in_doc[first->source], 1),
                          g_hash_table_lookup (al->sentences, first), al->stats);
    }
}

static gboolean
sources_meet (const CorNode *a,
              const CorNode *b)
{
  guint i = 0, j = 0;

  while (i < a->sources->len && j < b->sources->len)
    {
      guint x = g_array_index (a->sources, guint, i), y = g_array_index (b->sources, guint, j);

      if (x == y)
        return TRUE;
      if (x < y)
        i++;
      else
        j++;
    }
  return FALSE;
}

/* Rows never span two stories (stories/ aligns each story on its own; this
 * keeps a table with several stories right however it is aligned). */
static gboolean
same_story (CorAligner *al,
            guint       a,
            guint       b)
{
  return cor_aligner_node_story (al, a) == cor_aligner_node_story (al, b);
}

double
cor_aligner_score (CorAligner *al,
                   guint       a,
                   guint       b)
{
  double f[COR_N_PAIR_FEATURES];

  if (a == b)
    return 1.0;
  cor_pair_features (&cor_aligner_node (al, a)->side, &cor_aligner_node (al, b)->side, al->stats, f);
  return cor_pair_score (f);
}

/* term → GArray of nodes, for the terms that can find partners. */
static GHashTable *
index_terms (CorAligner *al)
{
  GHashTable *postings = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                (GDestroyNotify)g_array_unref);

  for (guint n = 0; n < al->nodes->len; n++)
    {
      GArray *terms = cor_aligner_node (al, n)->side.statement->prop.terms;

      for (guint k = 0; k < terms->len; k++)
        {
          guint32 term = g_array_index (terms, guint32, k);
          GArray *list;

          /* In a large set the story's own terms would make every node a
           * candidate of every other; in a small one they cost little. */
          if (al->nodes->len > MAX_POSTINGS && cor_term_stats_share (al->stats, term) >= STORY_SHARE)
            continue;
          list = g_hash_table_lookup (postings, GUINT_TO_POINTER (term));
          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (postings, GUINT_TO_POINTER (term), list);
            }
          if (list->len <= MAX_POSTINGS || al->nodes->len <= SMALL_SET)
            g_array_append_val (list, n);
        }
    }
  return postings;
}

typedef struct
{
  guint32 term;
  double  idf;
} QueryTerm;

static int
compare_query (gconstpointer a,
               gconstpointer b)
{
  const QueryTerm *x = a, *y = b;

  if (x->idf != y->idf)
    return x->idf > y->idf ? -1 : 1;
  return x->term < y->term ? -1 : x->term > y->term;
}

typedef struct
{
  guint  node;
  double weight;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return x->node < y->node ? -1 : x->node > y->node;
}

typedef struct
{
  CorAligner   *al;
  GHashTable   *postings;
  GCancellable *cancellable;
  guint         n_threads;
  guint         thread;
  gboolean      keep_all;   /* every candidate, whatever its score (for fitting) */
  GArray       *pairs;      /* CorPair, found by this thread */
} PairJob;

/* The nodes @n shares its rarest terms with, best first. */
static void
find_candidates (PairJob *job,
                 guint    n,
                 double  *weight,
                 GArray  *touched,
                 GArray  *query,
                 GArray  *out)
{
  CorAligner *al = job->al;
  GArray *terms = cor_aligner_node (al, n)->side.statement->prop.terms;
  gboolean small = al->nodes->len <= SMALL_SET;

  g_array_set_size (query, 0);
  g_array_set_size (touched, 0);
  g_array_set_size (out, 0);
  for (guint k = 0; k < terms->len; k++)
    {
      QueryTerm q = { g_array_index (terms, guint32, k) };

      if (g_hash_table_lookup (job->postings, GUINT_TO_POINTER (q.term)) == NULL)
        continue;
      q.idf = cor_term_stats_idf (al->stats, q.term);
      g_array_append_val (query, q);
    }
  g_array_sort (query, compare_query);
  for (guint k = 0; k < (small ? query->len : MIN (query->len, MAX_QUERY_TERMS)); k++)
    {
      QueryTerm *q = &g_array_index (query, QueryTerm, k);
      GArray *list = g_hash_table_lookup (job->postings, GUINT_TO_POINTER (q->term));

      if (list->len > MAX_POSTINGS && !small)
        continue;
      for (guint p = 0; p < list->len; p++)
        {
          guint m = g_array_index (list, guint, p);

          if (m == n)
            continue;
          if (weight[m] == 0)
            g_array_append_val (touched, m);
          weight[m] += q->idf * q->idf;
        }
    }
  for (guint t = 0; t < touched->len; t++)
    {
      guint m = g_array_index (touched, guint, t);
      Candidate c = { m, weight[m] };

      weight[m] = 0;
      if (!sources_meet (cor_aligner_node (al, n), cor_aligner_node (al, m)) && same_story (al, n, m))
        g_array_append_val (out, c);
    }
  g_array_sort (out, compare_candidates);
  if (out->len > MAX_CANDIDATES && !job->keep_all && !small)
    g_array_set_size (out, MAX_CANDIDATES);
}

static gpointer
pair_worker (gpointer data)
{
  PairJob *job = data;
  CorAligner *al = job->al;
  g_autofree double *weight = g_new0 (double, MAX (al->nodes->len, 1));
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) query = g_array_new (FALSE, FALSE, sizeof (QueryTerm));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  for (guint n = job->thread; n < al->nodes->len; n += job->n_threads)
    {
      if (g_cancellable_is_cancelled (job->cancellable))
        break;
      find_candidates (job, n, weight, touched, query, candidates);
      for (guint c = 0; c < candidates->len; c++)
        {
          guint m = g_array_index (candidates, Candidate, c).node;
          CorPair pair = { MIN (n, m), MAX (n, m), 0 };

          pair.p = cor_aligner_score (al, pair.a, pair.b);
          if (pair.p >= SCORE_FLOOR || job->keep_all)
            g_array_append_val (job->pairs, pair);
        }
    }
  return NULL;
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const CorPair *x = a, *y = b;

  if (x->p != y->p)
    return x->p > y->p ? -1 : 1;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

/* Every candidate pair, scored, best first; a pair found from both ends is
 * kept once, and the order does not depend on the threads. */
static GArray *
score_pairs (CorAligner   *al,
             gboolean      keep_all,
             GCancellable *cancellable)
{
  g_autoptr(GHashTable) postings = index_terms (al);
  guint n_threads = n_threads_for (al->options, al->nodes->len / 64);
  g_autofree PairJob *jobs = g_new0 (PairJob, n_threads);
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (CorPair));
  guint kept = 0;

  for (guint t = 0; t < n_threads; t++)
    jobs[t] = (PairJob) { al, postings, cancellable, n_threads, t, keep_all,
                          g_array_new (FALSE, FALSE, sizeof (CorPair)) };
  cor_threads_run ("cor-align", pair_worker, jobs, sizeof (PairJob), n_threads);
  for (guint t = 0; t < n_threads; t++)
    {
      g_array_append_vals (pairs, jobs[t].pairs->data, jobs[t].pairs->len);
      g_array_unref (jobs[t].pairs);
    }
  g_array_sort (pairs, compare_pairs);
  for (guint i = 0; i < pairs->len; i++)
    {
      CorPair *p = &g_array_index (pairs, CorPair, i);
      CorPair *last = kept > 0 ? &g_array_index (pairs, CorPair, kept - 1) : NULL;

      if (last == NULL || last->a != p->a || last->b != p->b)
        g_array_index (pairs, CorPair, kept++) = *p;
    }
  g_array_set_size (pairs, kept);
  return pairs;
}

static void
aligner_init (CorAligner               *al,
              CorFactTable             *table,
              const CorAnalysisOptions *options,
              GCancellable             *cancellable)
{
  static const CorAnalysisOptions defaults = COR_ANALYSIS_OPTIONS_INIT;

  memset (al, 0, sizeof *al);
  al->table = table;
  al->options = options != NULL ? options : &defaults;
  al->threshold = cor_pair_threshold (al->options->strictness);
  /* Average linkage lets a row keep a weak pair among strong ones, but
   * never one the model thinks is more likely apart than together. */
  al->floor = MIN (al->threshold, 0.5) * 0.6;
  if (g_getenv ("COR_ALIGN_FLOOR") != NULL)
    al->floor = g_ascii_strtod (g_getenv ("COR_ALIGN_FLOOR"), NULL);
  collect_statements (al, cancellable);
  al->stats = cor_term_stats_new (al->statements, table->sources->len);
  collect_sentences (al);
  build_nodes (al);
  al->event_rows = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
}

static void
aligner_clear (CorAligner *al)
{
  g_clear_pointer (&al->nodes, g_array_unref);
  g_clear_pointer (&al->stats, cor_term_stats_free);
  g_clear_pointer (&al->sentences, g_hash_table_unref);
  g_clear_pointer (&al->event_rows, g_hash_table_unref);
  g_clear_pointer (&al->sentence_terms, g_ptr_array_unref);
  g_clear_pointer (&al->statements, g_ptr_array_unref);
  g_clear_pointer (&al->n_in_doc, g_free);
}

typedef struct
{
  CorFact *fact;
  double   position;   /* mean relative position of its statements in their reports */
  guint    first;      /* its first statement */
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;

  if (x->fact->support != y->fact->support)
    return x->fact->support > y->fact->support ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

typedef struct
{
  CorAligner   *al;
  GPtrArray    *rows;       /* GArray of nodes */
  Row          *slots;
  GCancellable *cancellable;
  guint         n_threads;
  guint         thread;
} RowJob;

static gpointer
row_worker (gpointer data)
{
  RowJob *job = data;
  CorAligner *al = job->al;

  for (guint r = job->thread; r < job->rows->len; r += job->n_threads)
    {
      GArray *nodes = g_ptr_array_index (job->rows, r);
      Row row = { NULL, 0, G_MAXUINT };
      guint n = 0;

      if (g_cancellable_is_cancelled (job->cancellable))
        break;
      row.fact = cor_rows_make_fact (al, nodes);
      for (guint k = 0; k < nodes->len; k++)
        {
          GArray *members = cor_aligner_node (al, g_array_index (nodes, guint, k))->members;

          for (guint m = 0; m < members->len; m++)
            {
              guint i = g_array_index (members, guint, m);
              CorStatement *st = cor_aligner_statement (al, i);

              row.position += (st->index + 0.5) / MAX (al->n_in_doc[st->source], 1);
              row.first = MIN (row.first, i);
              n++;
            }
        }
      row.position /= MAX (n, 1);
      job->slots[r] = row;
    }
  return NULL;
}

/* Rows can read the same: two clauses of one sentence whose summaries
 * both fall back to the whole sentence ("…, during which the two leaders
 * praised …" and "…, underscoring China's …"), or a sentence a report
 * repeats. A row whose summary an earlier row already has, and whose
 * every report that row quotes too, is folded into it: its quotes join
 * those reports' cells, and one fact reads once. (A report's copies are
 * in both rows or in neither, so copies fold alike.) */
static void
fold_repeated_rows (GArray *sorted)
{
  g_autoptr(GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);
  guint kept = 0;

  for (guint i = 0; i < sorted->len; i++)
    {
      Row *row = &g_array_index (sorted, Row, i);
      CorFact *fact = row->fact;
      CorFact *earlier = g_hash_table_lookup (first, fact->summary);
      gboolean within = earlier != NULL;

      for (guint c = 0; within && c < fact->cells->len; c++)
        within = cor_fact_get_cell (earlier, ((CorCell *)g_ptr_array_index (fact->cells, c))->source) != NULL;
      if (!within)
        {
          if (earlier == NULL)
            g_hash_table_insert (first, fact->summary, fact);
          g_array_index (sorted, Row, kept++) = *row;
          continue;
        }
      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);
          CorCell *into = cor_fact_get_cell (earlier, cell->source);

          while (cell->quotes->len > 0)
            cor_cell_take_quote (into, g_ptr_array_steal_index (cell->quotes, 0));
          while (cell->values->len > 0)
            cor_cell_take_value (into, g_ptr_array_steal_index (cell->values, 0));
        }
      cor_fact_free (fact);
    }
  g_array_set_size (sorted, kept);
}

void
cor_align_build (CorFactTable             *table,
                 const CorAnalysisOptions *options,
                 GCancellable             *cancellable)
{
  CorAligner al;
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree Row *slots = NULL;
  g_autofree RowJob *jobs = NULL;
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (Row));
  guint n_threads;

  g_return_if_fail (table != NULL);

  aligner_init (&al, table, options, cancellable);
  pairs = score_pairs (&al, FALSE, cancellable);
  rows = cor_rows_cluster (&al, pairs);

  /* Each row is made on its own, on every core, into its own slot. */
  n_threads = n_threads_for (al.options, rows->len / 64);
  slots = g_new0 (Row, MAX (rows->len, 1));
  jobs = g_new0 (RowJob, n_threads);
  for (guint t = 0; t < n_threads; t++)
    jobs[t] = (RowJob) { &al, rows, slots, cancellable, n_threads, t };
  cor_threads_run ("cor-align", row_worker, jobs, sizeof (RowJob), n_threads);
  for (guint r = 0; r < rows->len; r++)
    if (slots[r].fact != NULL)
      g_array_append_val (sorted, slots[r]);
  g_array_sort (sorted, compare_rows);
  fold_repeated_rows (sorted);
  for (guint i = 0; i < sorted->len; i++)
    {
      CorFact *fact = g_array_index (sorted, Row, i).fact;

      fact->id = g_strdup_printf ("f%u", i + 1);
      g_ptr_array_add (table->facts, fact);
    }
  aligner_clear (&al);
}

static void
dump_text (GString    *out,
           const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, *p == '\t' || *p == '\n' ? ' ' : *p);
}

void
cor_align_dump (CorFactTable             *table,
                const CorAnalysisOptions *options,
                GString                  *out)
{
  CorAligner al;
  g_autoptr(GArray) pairs = NULL;

  g_return_if_fail (table != NULL && out != NULL);

  aligner_init (&al, table, options, NULL);
  pairs = score_pairs (&al, TRUE, NULL);
  g_string_append (out, "F");
  for (guint k = 0; k < COR_N_PAIR_FEATURES; k++)
    g_string_append_printf (out, "\t%s", cor_pair_feature_name (k));
  g_string_append_c (out, '\n');
  for (guint n = 0; n < al.nodes->len; n++)
    {
      CorNode *node = cor_aligner_node (&al, n);

      for (guint m = 0; m < node->members->len; m++)
        {
          CorStatement *st = cor_aligner_statement (&al, g_array_index (node->members, guint, m));

          g_string_append_printf (out, "S\t%u\t%u\t%" G_GSIZE_FORMAT "\t%" G_GSIZE_FORMAT "\t%"
                                  G_GSIZE_FORMAT "\t%" G_GSIZE_FORMAT "\t%s%s\t%s\t", n, st->source, st->start,
                                  st->end, st->sentence_start, st->sentence_end,
                                  st->prop.negated ? "not " : "",
                                  st->prop.predicate_word ? st->prop.predicate_word : "-",
                                  st->prop.subject ? st->prop.subject : "-");
          dump_text (out, st->text);
          g_string_append_c (out, '\n');
        }
    }
  for (guint i = 0; i < pairs->len; i++)
    {
      CorPair *p = &g_array_index (pairs, CorPair, i);
      double f[COR_N_PAIR_FEATURES];

      cor_pair_features (&cor_aligner_node (&al, p->a)->side, &cor_aligner_node (&al, p->b)->side, al.stats, f);
      g_string_append_printf (out, "P\t%u\t%u", p->a, p->b);
      for (guint k = 0; k < COR_N_PAIR_FEATURES; k++)
        g_string_append_printf (out, "\t%.4g", f[k]);
      g_string_append_c (out, '\n');
    }
  aligner_clear (&al);
}
