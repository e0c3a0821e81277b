/* cor-rows.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-align"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cor-acts.h"
#include "cor-align-private.h"
#include "cor-compare.h"
#include "cor-dates.h"
#include "cor-rows.h"
#include "cor-stemmer.h"
#include "cor-summary.h"

/* Rows grow from the best-scored pairs down. Two rows join only when they
 * come from different reports, the pairs between them score on average
 * above the bar, and none falls below the floor: one strong pair does not
 * glue two facts, and a fact no other report states stays a correct row of
 * its own. */

/* Linkage looks at this many statements of each side: rows of copies can
 * be large, and their members say the same thing. */
#define MAX_LINK_MEMBERS 8

typedef struct
{
  GArray  *nodes;          /* guint, ascending */
  GArray  *sources;        /* guint, ascending */
  gboolean two_wordings;   /* joined from rows of no report in common */
} Cluster;

static void
cluster_free (gpointer data)
{
  Cluster *c = data;

  if (c == NULL)
    return;
  g_array_unref (c->nodes);
  g_array_unref (c->sources);
  g_free (c);
}

static gboolean
sorted_meet (GArray *a,
             GArray *b)
{
  guint i = 0, j = 0;

  while (i < a->len && j < b->len)
    {
      guint x = g_array_index (a, guint, i), y = g_array_index (b, guint, j);

      if (x == y)
        return TRUE;
      if (x < y)
        i++;
      else
        j++;
    }
  return FALSE;
}

/* Whether each value of @a is in @b, both ascending. */
static gboolean
sorted_within (GArray *a,
               GArray *b)
{
  guint j = 0;

  for (guint i = 0; i < a->len; i++)
    {
      guint x = g_array_index (a, guint, i);

      while (j < b->len && g_array_index (b, guint, j) < x)
        j++;
      if (j == b->len || g_array_index (b, guint, j) != x)
        return FALSE;
    }
  return TRUE;
}

/* @into gets @from's values it lacks, kept ascending. */
static void
merge_sorted (GArray *into,
              GArray *from)
{
  g_autoptr(GArray) out = g_array_sized_new (FALSE, FALSE, sizeof (guint), into->len + from->len);
  guint i = 0, j = 0;

  while (i < into->len || j < from->len)
    {
      guint x = i < into->len ? g_array_index (into, guint, i) : G_MAXUINT;
      guint y = j < from->len ? g_array_index (from, guint, j) : G_MAXUINT;

      guint v = x <= y ? x : y;

      /* A value in both is kept once. */
      g_array_append_val (out, v);
      i += x <= y;
      j += y <= x;
    }
  g_array_set_size (into, 0);
  g_array_append_vals (into, out->data, out->len);
}

/* Row @cy moves into row @cx. */
static void
absorb (GPtrArray *clusters,
        guint     *cluster_of,
        guint      cx,
        guint      cy)
{
  Cluster *x = g_ptr_array_index (clusters, cx), *y = g_ptr_array_index (clusters, cy);

  for (guint i = 0; i < y->nodes->len; i++)
    cluster_of[g_array_index (y->nodes, guint, i)] = cx;
  merge_sorted (x->nodes, y->nodes);
  merge_sorted (x->sources, y->sources);
  g_clear_pointer (&g_ptr_array_index (clusters, cy), cluster_free);
}

/* Whether rows @x and @y may become one. */
static gboolean
can_join (CorAligner *al,
          Cluster    *x,
          Cluster    *y)
{
  guint nx = MIN (x->nodes->len, MAX_LINK_MEMBERS), ny = MIN (y->nodes->len, MAX_LINK_MEMBERS);
  double sum = 0;

  if (sorted_meet (x->sources, y->sources))
    return FALSE;
  for (guint i = 0; i < nx; i++)
    for (guint j = 0; j < ny; j++)
      {
        double p = cor_aligner_score (al, g_array_index (x->nodes, guint, i), g_array_index (y->nodes, guint, j));

        if (p < al->floor)
          return FALSE;
        sum += p;
      }
  return sum / (nx * ny) >= al->threshold;
}

/* How @node fits row @c without @left_out: its mean score with the rest,
 * or -1 when any of them falls below the floor. */
static double
fit_without (CorAligner *al,
             Cluster    *c,
             guint       node,
             guint       left_out)
{
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < c->nodes->len && n < MAX_LINK_MEMBERS; i++)
    {
      guint other = g_array_index (c->nodes, guint, i);
      double p;

      if (other == left_out || other == node)
        continue;
      p = cor_aligner_score (al, node, other);
      if (p < al->floor)
        return -1;
      sum += p;
      n++;
    }
  return n > 0 ? sum / n : -1;
}

/* Whether one statement of pair @p is a row of its own (@x, in @alone)
 * and the other is in a row of several (@row). */
static gboolean
alone_beside_row (GPtrArray     *clusters,
                  const guint   *cluster_of,
                  const CorPair *p,
                  guint         *x,
                  Cluster      **alone,
                  Cluster      **row)
{
  Cluster *ca = g_ptr_array_index (clusters, cluster_of[p->a]), *cb = g_ptr_array_index (clusters, cluster_of[p->b]);

  if (ca == cb)
    return FALSE;
  if (ca->nodes->len == 1)
    *x = p->a, *alone = ca, *row = cb;
  else if (cb->nodes->len == 1)
    *x = p->b, *alone = cb, *row = ca;
  else
    return FALSE;
  return (*row)->nodes->len >= 2;
}

/* A row takes each report's statement in the order the pairs come, so a
 * report's best statement may come too late and stay on its own. Each
 * report's slot goes to the statement that best states the row: a
 * statement left alone replaces the row's one of its report when it fits
 * the others clearly better. */
#define SLOT_MARGIN 0.05

static void
improve_slots (CorAligner *al,
               GArray     *pairs,
               GPtrArray  *clusters,
               guint      *cluster_of)
{
  for (guint k = 0; k < pairs->len; k++)
    {
      const CorPair *p = &g_array_index (pairs, CorPair, k);
      Cluster *row, *alone;
      guint x, source, rival = G_MAXUINT;
      double ours, theirs;

      if (p->p < al->floor)
        break;
      if (!alone_beside_row (clusters, cluster_of, p, &x, &alone, &row) || cor_aligner_node (al, x)->sources->len != 1)
        continue;
      source = g_array_index (cor_aligner_node (al, x)->sources, guint, 0);
      for (guint i = 0; i < row->nodes->len; i++)
        {
          CorNode *node = cor_aligner_node (al, g_array_index (row->nodes, guint, i));

          if (node->sources->len == 1 && g_array_index (node->sources, guint, 0) == source)
            rival = g_array_index (row->nodes, guint, i);
        }
      if (rival == G_MAXUINT)
        continue;
      theirs = fit_without (al, row, rival, rival);
      ours = fit_without (al, row, x, rival);
      if (ours < al->threshold || ours <= theirs + SLOT_MARGIN)
        continue;
      /* The two change places: the rival is now alone. */
      {
        guint row_index = cluster_of[rival], alone_index = cluster_of[x];

        for (guint i = 0; i < row->nodes->len; i++)
          if (g_array_index (row->nodes, guint, i) == rival)
            g_array_index (row->nodes, guint, i) = x;
        g_array_sort (row->nodes, cor_compare_guint);
        g_array_index (alone->nodes, guint, 0) = rival;
        cluster_of[rival] = alone_index;
        cluster_of[x] = row_index;
      }
    }
}

/* A statement left alone whose best partner sits in a row of several
 * joins that row when it scores at least the bar with one member and
 * nearly as well on average with all of them (LATE_SLACK below the bar,
 * none below the floor), and shares more than the story's own words with
 * one of them. Rows form pair by pair, and the mean of a row of three
 * or four is a harder bar than the pair's: "Sudan Bombs South Sudanese
 * Refugee Camp, Reports Say" scored above it with the sentence of its
 * row and below it with that row's other headline. On the nine gold
 * sets, a slack of 0.05 adds seven pairs of quotes that the gold links
 * (Aceh 2, Yida 2, Paris 3) and none that it does not; 0.1 adds more, and
 * one wrong (a tariff delay's "countries such as China … will face a 25
 * percent tariff" in a row on the delay). */
#define LATE_SLACK 0.05

/* Whether statement @x, alone, joins @row: see LATE_SLACK. */
static gboolean
late_join (CorAligner *al,
           Cluster    *row,
           Cluster    *alone,
           guint       x)
{
  guint n = 0;
  double sum = 0;
  gboolean fits = TRUE, own_words = FALSE;

  if (sorted_meet (row->sources, alone->sources))
    return FALSE;
  for (guint i = 0; i < row->nodes->len && n < MAX_LINK_MEMBERS && fits; i++, n++)
    {
      double f[COR_N_PAIR_FEATURES], score;

      /* The score and the words shared, from one reading of the pair. */
      cor_pair_features (&cor_aligner_node (al, x)->side,
                         &cor_aligner_node (al, g_array_index (row->nodes, guint, i))->side, al->stats, f);
      score = cor_pair_score (f);
      fits = score >= al->floor;
      sum += score;
      own_words = own_words || (f[COR_PAIR_STEM_COSINE] > 0 && f[COR_PAIR_STORY_WORDS_ONLY] == 0);
    }
  return fits && own_words && sum / n >= al->threshold - LATE_SLACK;
}

typedef gboolean (*JoinsRow) (CorAligner *al,
                              Cluster    *row,
                              Cluster    *alone,
                              guint       x);

/* A statement left alone beside a row of several, in a pair that scores
 * at least @bar, joins that row when @joins says so; the best pairs
 * first. */
static void
join_alone_to_rows (CorAligner *al,
                    GArray     *pairs,
                    GPtrArray  *clusters,
                    guint      *cluster_of,
                    double      bar,
                    JoinsRow    joins)
{
  for (guint k = 0; k < pairs->len; k++)
    {
      const CorPair *p = &g_array_index (pairs, CorPair, k);
      Cluster *row, *alone;
      guint x;

      if (p->p < bar)
        break;
      if (alone_beside_row (clusters, cluster_of, p, &x, &alone, &row) && joins (al, row, alone, x))
        absorb (clusters, cluster_of, cluster_of[g_array_index (row->nodes, guint, 0)], cluster_of[x]);
    }
}

/* A statement's report and sentence, in one key. */
static guint64
sentence_key (const CorStatement *st)
{
  return ((guint64)st->source << 40) | (st->sentence_start & ((G_GUINT64_CONSTANT (1) << 40) - 1));
}

/* Whether a statement of @row is (a clause of) the sentence @key. */
static gboolean
row_has_sentence (CorAligner *al,
                  Cluster    *row,
                  guint64     key)
{
  for (guint i = 0; i < row->nodes->len; i++)
    {
      GArray *members = cor_aligner_node (al, g_array_index (row->nodes, guint, i))->members;

      for (guint k = 0; k < members->len; k++)
        if (sentence_key (cor_aligner_statement (al, g_array_index (members, guint, k))) == key)
          return TRUE;
    }
  return FALSE;
}

/* Whether each report of node @x has a clause of the same sentence in
 * @row. */
static gboolean
sentence_in_row (CorAligner *al,
                 Cluster    *row,
                 guint       x)
{
  GArray *members = cor_aligner_node (al, x)->members;

  for (guint m = 0; m < members->len; m++)
    if (!row_has_sentence (al, row, sentence_key (cor_aligner_statement (al, g_array_index (members, guint, m)))))
      return FALSE;
  return TRUE;
}

/* A clause left alone joins the row of another clause of its sentence
 * when it scores at least the bar less SIBLING_SLACK with a statement of
 * another report in that row. One report's sentence may be read as one
 * statement where another's, worded the same, is read as two: "… he
 * said, adding that his wife and another woman were missing at the site"
 * was one row's sentence in one report, and its second clause was left
 * alone in the other. The cell then shows the whole sentence, once. On
 * the nine gold sets this adds links the gold makes (Aceh 1 and Paris 1
 * of the scorer's fact links) and none it does not; with the slack, the
 * European Commission's "… prolonged market uncertainty, which was
 * already affecting business decisions" is one row, not two. A slack of
 * 0.2 or 0.4 changes no gold figure either, and shows a few more cells
 * with their whole sentences. */
#define SIBLING_SLACK 0.1

/* Whether statement @x, a clause alone, joins @row: see SIBLING_SLACK. */
static gboolean
sibling_join (CorAligner *al,
              Cluster    *row,
              Cluster    *alone,
              guint       x)
{
  return sorted_within (alone->sources, row->sources) && sentence_in_row (al, row, x);
}

#define MAX_HEADLINE_ROW 64

/* Two rows state one fact when their statements of different reports
 * score on average at least @bar, none below @floor. With @headlines,
 * each report in both must give one of them its headline and the other
 * a sentence ("Australian climber dies in New Zealand fall" and "An
 * Australian climber has fallen to his death…"). */
static gboolean
rows_state_one_fact (CorAligner *al,
                     Cluster    *x,
                     Cluster    *y,
                     double      floor,
                     double      bar,
                     gboolean    headlines)
{
  double sum = 0;
  guint n = 0;

  /* Each node of one is checked against each of the other: a bounded
   * cost, as such rows are small. */
  if (x->nodes->len > MAX_HEADLINE_ROW || y->nodes->len > MAX_HEADLINE_ROW)
    return FALSE;
  for (guint i = 0; i < x->nodes->len; i++)
    for (guint j = 0; j < y->nodes->len; j++)
      {
        guint a = g_array_index (x->nodes, guint, i), b = g_array_index (y->nodes, guint, j);
        CorNode *na = cor_aligner_node (al, a), *nb = cor_aligner_node (al, b);
        double p;

        if (sorted_meet (na->sources, nb->sources))
          {
            if (headlines && na->side.statement->headline == nb->side.statement->headline)
              return FALSE;
            continue;
          }
        if (i >= MAX_LINK_MEMBERS || j >= MAX_LINK_MEMBERS)
          continue;
        p = cor_aligner_score (al, a, b);
        if (p < floor)
          return FALSE;
        sum += p;
        n++;
      }
  return n > 0 && sum / n >= bar;
}

/* Rows of several reports each are one fact told twice when their
 * statements of different reports score on average at least the bar
 * less RESTATED_SLACK, and each at least RESTATED_FLOOR. Rows form pair
 * by pair, one statement a report, so a report that tells the event twice
 * splits it: "Three killed as rioters bomb Greek bank" and "Riots over
 * harsh new austerity measures left three bank workers dead" headed two
 * rows of six and four reports. Reports that tell a fact two ways split
 * it too, with no report in both rows: "… which struck the western tip
 * of Sumatra island on Tuesday" and "… its epicenter was located 55
 * kilometers west of the town of Bireun on the western tip of Sumatra
 * Island" headed two rows of two reports each, as the mean of four pairs
 * is a harder bar than one pair's. On the nine gold sets this joins four
 * pairs of rows: 33 pairs of quotes that the gold links (Athens 24,
 * Aceh 4, tariff 4, Qeshm 1) and 2 that it does not (Qeshm, where one of
 * the rows already paired a magnitude with an epicentre). Over the ten
 * corpus clusters, the rows of no report in common that it joins are
 * those of Aceh. A slack of 0.3 does the same; 0.1 joins no rows in
 * Athens; a floor of 0.4 joins a wrong pair in the tariff story. */
#define RESTATED_SLACK 0.2
#define MIN_RESTATED_REPORTS 2
#define RESTATED_FLOOR 0.5

/* A headline's row and its sentence's: each report in both gives one
 * its headline and the other a sentence. */
static gboolean
headline_and_sentence (CorAligner *al,
                       Cluster    *x,
                       Cluster    *y)
{
  return sorted_meet (x->sources, y->sources) && rows_state_one_fact (al, x, y, al->floor, al->threshold, TRUE);
}

/* Rows of several reports each, of one fact told twice. */
static gboolean
told_twice (CorAligner *al,
            Cluster    *x,
            Cluster    *y)
{
  return x->sources->len >= MIN_RESTATED_REPORTS && y->sources->len >= MIN_RESTATED_REPORTS
         && rows_state_one_fact (al, x, y, RESTATED_FLOOR, al->threshold - RESTATED_SLACK, FALSE);
}

typedef gboolean (*RowsOfOneFact) (CorAligner *al,
                                   Cluster    *x,
                                   Cluster    *y);

/* Rows that @one_fact finds state one fact join, the best pairs first. */
static void
join_rows_of_one_fact (CorAligner    *al,
                       GArray        *pairs,
                       GPtrArray     *clusters,
                       guint         *cluster_of,
                       RowsOfOneFact  one_fact)
{
  for (guint k = 0; k < pairs->len; k++)
    {
      const CorPair *p = &g_array_index (pairs, CorPair, k);
      guint cx = cluster_of[p->a], cy = cluster_of[p->b];
      Cluster *x, *y;

      if (p->p < al->threshold)
        break;
      if (cx == cy)
        continue;
      x = g_ptr_array_index (clusters, cx);
      y = g_ptr_array_index (clusters, cy);
      if (one_fact (al, x, y))
        {
          gboolean two_wordings = x->two_wordings || y->two_wordings || !sorted_meet (x->sources, y->sources);

          absorb (clusters, cluster_of, cx, cy);
          x->two_wordings = two_wordings;
        }
    }
}

/* An act or event that the opening statements of most of a story's
 * reports name ("amid a 24-hour nationwide general strike", "during the
 * general strike") is a fact of its own, though most of those statements
 * are in rows for what else they say. Its row takes each report's first
 * statement that names it; one that the others score poorly with, on
 * average, is left out. */
#define EVENT_OPENING    8     /* statements: a report's opening */
#define EVENT_SHARE      0.5   /* of the story's reports */
#define EVENT_MIN_REPORTS 3
#define EVENT_MEMBER_FIT 0.3

/* Each story's number of reports. */
static guint *
reports_per_story (CorAligner *al)
{
  guint *n = g_new0 (guint, MAX (al->table->stories->len, 1));

  for (guint s = 0; s < al->table->documents->len; s++)
    n[cor_aligner_story_of (al, s)]++;
  return n;
}

/* How @row's member @i scores on average with the others, or with
 * MAX_LINK_MEMBERS of them in a large row. */
static double
member_fit (CorAligner *al,
            GArray     *row,
            guint       i)
{
  double sum = 0;
  guint n = 0;

  for (guint j = 0; j < row->len && n < MAX_LINK_MEMBERS; j++)
    if (j != i)
      {
        sum += cor_aligner_score (al, g_array_index (row, guint, i), g_array_index (row, guint, j));
        n++;
      }
  return n > 0 ? sum / n : 0;
}

/* Members of @row leave, the one that fits the others worst first, until
 * each scores on average at least EVENT_MEMBER_FIT with the rest. A
 * large row (many reports of one story) is sifted in one pass. */
static void
keep_fitting (CorAligner *al,
              GArray     *row)
{
  if (row->len > MAX_LINK_MEMBERS + 1)
    {
      g_autofree double *fit = g_new (double, row->len);
      guint kept = 0;

      for (guint i = 0; i < row->len; i++)
        fit[i] = member_fit (al, row, i);
      for (guint i = 0; i < row->len; i++)
        if (fit[i] >= EVENT_MEMBER_FIT)
          g_array_index (row, guint, kept++) = g_array_index (row, guint, i);
      g_array_set_size (row, kept);
      return;
    }
  while (row->len > 1)
    {
      guint worst = 0;
      double worst_fit = G_MAXDOUBLE;

      for (guint i = 0; i < row->len; i++)
        {
          double fit = member_fit (al, row, i);

          if (fit < worst_fit)
            worst_fit = fit, worst = i;
        }
      if (worst_fit >= EVENT_MEMBER_FIT)
        return;
      g_array_remove_index (row, worst);
    }
}

/* How much @st says: its content words, and its figures twice. */
static guint
says (const CorStatement *st)
{
  return st->prop.n_content + 2 * st->prop.measures->len;
}

/* The statement of @row, other than @taken, that says least (content
 * words, and each value twice): among those about @event ("The national
 * strike was held …", not "… died during a nationwide strike") when
 * @event is not 0, so that the others state all it says. G_MAXUINT when
 * there is none. */
static guint
says_least (CorAligner *al,
            GArray     *row,
            guint32     event,
            guint       taken)
{
  guint best = G_MAXUINT, least = G_MAXUINT;

  for (guint i = 0; i < row->len; i++)
    {
      guint n = g_array_index (row, guint, i);
      const CorStatement *st = cor_aligner_node (al, n)->side.statement;
      guint amount = says (st);

      if (n != taken && (event == 0 || cor_proposition_event_leads (&st->prop, event)) && amount < least)
        least = amount, best = n;
    }
  return best;
}

static guint pick_reference (CorAligner *al,
                             GArray     *row);

/* The statement that sums up @row, of three or more, about @event: the
 * one about it that says least, else the one that says least; but not
 * one that already sums up another row of several reports, for two rows
 * with one summary would read as one fact twice. */
static guint
choose_event_reference (CorAligner *al,
                        GPtrArray  *clusters,
                        guint      *cluster_of,
                        GArray     *row,
                        guint32     event)
{
  guint taken = G_MAXUINT, reference = G_MAXUINT;

  for (guint pass = 0; pass < 2; pass++)
    {
      Cluster *own;

      reference = says_least (al, row, event, taken);
      if (reference == G_MAXUINT)
        reference = says_least (al, row, 0, taken);
      own = g_ptr_array_index (clusters, cluster_of[reference]);
      if (own == NULL || own->nodes->len < 2 || pick_reference (al, own->nodes) != reference)
        break;
      taken = reference;
    }
  return reference;
}

/* A row all of whose statements are in the event's row ("The dock
 * strike closed the terminal" and "Ferries stayed in port during the
 * dock strike") says no more than it: it gives way. */
static void
drop_rows_within (GPtrArray *clusters,
                  guint     *cluster_of,
                  GArray    *event_row)
{
  for (guint i = 0; i < event_row->len; i++)
    {
      Cluster *c = g_ptr_array_index (clusters, cluster_of[g_array_index (event_row, guint, i)]);
      gboolean within = c != NULL && c->nodes->len > 1;

      for (guint k = 0; within && k < c->nodes->len; k++)
        {
          guint node = g_array_index (c->nodes, guint, k);

          within = g_array_binary_search (event_row, &node, cor_compare_guint, NULL);
        }
      if (within)
        g_array_set_size (c->nodes, 0);
    }
}

/* The event rows of @clusters' nodes; the rows they hold whole are left
 * empty. */
static GPtrArray *
event_rows (CorAligner  *al,
            GPtrArray   *clusters,
            guint       *cluster_of,
            const guint *reports)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  /* (story, event) → the nodes that name it in their report's opening,
   * in the order of the statements. */
  g_autoptr(GHashTable) events = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify)g_array_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (guint n = 0; n < al->nodes->len; n++)
    {
      const CorStatement *st = cor_aligner_node (al, n)->side.statement;

      if (st->headline || st->index >= EVENT_OPENING)
        continue;
      for (guint e = 0; e < st->prop.n_events; e++)
        {
          gint64 key = ((gint64)cor_aligner_node_story (al, n) << 32) | st->prop.events[e];
          GArray *list = g_hash_table_lookup (events, &key);

          if (list == NULL)
            {
              gint64 *owned = g_memdup2 (&key, sizeof key);

              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (events, owned, list);
              g_ptr_array_add (keys, owned);
            }
          g_array_append_val (list, n);
        }
    }
  /* In the order the events were first met: the table does not depend on
   * the hash table's order. */
  for (guint k = 0; k < keys->len; k++)
    {
      gint64 key = *(gint64 *)g_ptr_array_index (keys, k);
      GArray *list = g_hash_table_lookup (events, &key);
      g_autoptr(GArray) row = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));
      CorEventRow *about;
      guint reference;
      gboolean one_row = TRUE;

      for (guint i = 0; i < list->len; i++)
        {
          guint n = g_array_index (list, guint, i);
          CorNode *node = cor_aligner_node (al, n);

          /* A report's first statement naming it. */
          if (sorted_meet (sources, node->sources))
            continue;
          merge_sorted (sources, node->sources);
          g_array_append_val (row, n);
        }
      if (sources->len < EVENT_MIN_REPORTS || sources->len < EVENT_SHARE * reports[key >> 32])
        continue;
      keep_fitting (al, row);
      if (row->len < EVENT_MIN_REPORTS)
        continue;
      for (guint i = 1; i < row->len; i++)
        one_row &= cluster_of[g_array_index (row, guint, i)] == cluster_of[g_array_index (row, guint, 0)];
      if (one_row)
        continue;
      g_array_sort (row, cor_compare_guint);
      drop_rows_within (clusters, cluster_of, row);
      reference = choose_event_reference (al, clusters, cluster_of, row, (guint32)key);
      /* The summing-up statement's row of its own would say the same. */
      {
        Cluster *own = g_ptr_array_index (clusters, cluster_of[reference]);

        if (own != NULL && own->nodes->len == 1)
          g_array_set_size (own->nodes, 0);
      }
      about = g_new (CorEventRow, 1);
      about->reference = reference;
      about->event = (guint32)key;
      g_hash_table_insert (al->event_rows, row, about);
      g_ptr_array_add (rows, g_steal_pointer (&row));
    }
  return rows;
}

static gboolean is_firm (const CorStatement *st);

/* The marker @st's cell would have against @reference, its note left. */
static CorCellStatus
cell_status (const CorStatement *st,
             const CorStatement *reference)
{
  g_autofree char *note = NULL;

  return cor_compare_statements (st, reference, &note);
}

/* A figure that several reports give of one thing ("at a depth of 10
 * kilometres", "24 dead") is a fact of its own, though the sentences that
 * give it are in rows for what else they say. A figure's row starts from
 * the first statement that gives it and takes, from each other report,
 * the first statement whose figure agrees with that one and counts the
 * same thing by a word of the text, not by its unit alone ("10
 * kilometres deep" is no "10 kilometres west of the town"). */
#define FIGURE_MIN_REPORTS 2
#define FIGURE_MAX_SHARING 256
/* A figure's row two thirds of which are one row already is that row. */
#define FIGURE_ROW_SHARE_NUM 2
#define FIGURE_ROW_SHARE_DEN 3

typedef struct
{
  guint node;
  guint measure;
} FigureAt;

/* An index of a story's terms (figures' words, quoted words) to lists of
 * what has them. */
static GHashTable *
story_index_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_array_unref);
}

/* The list @index keeps for @term in @node's story; made, of elements of
 * @size bytes, when there is none and @size is not 0. */
static GArray *
story_list (GHashTable *index,
            CorAligner *al,
            guint       node,
            guint32     term,
            guint       size)
{
  gint64 key = ((gint64)cor_aligner_node_story (al, node) << 32) | term;
  GArray *list = g_hash_table_lookup (index, &key);

  if (list == NULL && size > 0)
    {
      list = g_array_new (FALSE, FALSE, size);
      g_hash_table_insert (index, g_memdup2 (&key, sizeof key), list);
    }
  return list;
}

/* Whether @a and @b give one figure of one thing. */
static gboolean
figures_meet (const CorMeasure *a,
              const CorMeasure *b)
{
  if (!cor_compare_same_figure (a->mention, b->mention))
    return FALSE;
  for (guint i = 0; i < a->n_around; i++)
    for (guint j = 0; j < b->n_around; j++)
      if (a->stems[i] == b->stems[j])
        return TRUE;
  return FALSE;
}

static int
compare_figures_at (gconstpointer a,
                    gconstpointer b)
{
  const FigureAt *x = a, *y = b;

  if (x->node != y->node)
    return x->node < y->node ? -1 : 1;
  return x->measure < y->measure ? -1 : x->measure > y->measure;
}

static const CorMeasure *
figure_of (CorAligner *al,
           FigureAt    at)
{
  const CorStatement *st = cor_aligner_node (al, at.node)->side.statement;

  return &g_array_index (st->prop.measures, CorMeasure, at.measure);
}

/* Whether @person is who @st is credited to. */
static gboolean
speaks (const CorStatement *st,
        const CorMention   *person)
{
  return st->speaker != NULL
         && (strstr (st->speaker, person->canonical) != NULL || strstr (st->speaker, person->text) != NULL
             || strstr (person->canonical, st->speaker) != NULL);
}

/* The last word of @name: "Buckley" of "Englishman Robert Buckley". */
static const char *
surname (const char *name)
{
  const char *space = strrchr (name, ' ');

  return space != NULL ? space + 1 : name;
}

/* Whether statements @a and @b both name one person (by surname) other
 * than who they are credited to. */
static gboolean
name_the_same (const CorStatement *a,
               const CorStatement *b)
{
  for (guint i = 0; i < a->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (a->mentions, i);

      /* Who gives the figures is not what they measure. */
      if (m->kind != COR_MENTION_PERSON || m->canonical == NULL || speaks (a, m) || speaks (b, m))
        continue;
      for (guint j = 0; j < b->mentions->len; j++)
        {
          const CorMention *o = g_ptr_array_index (b->mentions, j);

          if (o->kind == COR_MENTION_PERSON && o->canonical != NULL && !speaks (a, o) && !speaks (b, o)
              && strcmp (surname (m->canonical), surname (o->canonical)) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Another figure of the same thing, counted by the same word, joins the
 * row too when its statement names a person (by surname) that one of the
 * row's agreeing statements names, other than who either is credited to:
 * "Robert Buckley … fell 700 meters" against "Robert Buckley … fell about
 * 600 metres", not the other climber's fall of 150 metres. Two fall
 * heights of one climber are one fact in conflict. Their words differ
 * the more for it, so the person stands in for the pair model's floor.
 * A place is not enough: "170,000 people in the province" is no other
 * count of "230,000 around the Indian Ocean". */
static void
add_clashing_figures (CorAligner       *al,
                      const CorMeasure *figure,
                      GArray           *row,
                      GArray           *sources,
                      GArray           *others,
                      gboolean         *used,
                      const guint      *first)
{
  guint n_agreeing = row->len;

  for (guint j = 0; j < others->len; j++)
    {
      FigureAt at = g_array_index (others, FigureAt, j);
      CorNode *node = cor_aligner_node (al, at.node);
      gboolean named = FALSE;

      if (used[first[at.node] + at.measure] || sorted_meet (sources, node->sources)
          || !cor_proposition_same_measure (figure, figure_of (al, at)))
        continue;
      for (guint k = 0; k < n_agreeing && !named; k++)
        named = name_the_same (node->side.statement,
                               cor_aligner_node (al, g_array_index (row, guint, k))->side.statement);
      if (!named)
        continue;
      used[first[at.node] + at.measure] = TRUE;
      merge_sorted (sources, node->sources);
      g_array_append_val (row, at.node);
    }
}

/* An anchor's row @share_num / @share_den of whose statements are in one
 * row of several already tells that row's fact: its statements left alone
 * join that row instead, if their reports are not in it. Whether it
 * did. */
/* Whether @node's statement credits what it says to a speaker other than
 * one of @nodes' statements does. */
static gboolean
credited_apart_in (CorAligner   *al,
                   const GArray *nodes,
                   guint         node)
{
  const CorStatement *st = cor_aligner_node (al, node)->side.statement;

  for (guint i = 0; i < nodes->len; i++)
    {
      guint other = g_array_index (nodes, guint, i);

      if (other != node && cor_compare_credited_apart (st, cor_aligner_node (al, other)->side.statement))
        return TRUE;
    }
  return FALSE;
}

static gboolean
joins_its_row (CorAligner *al,
               GPtrArray  *clusters,
               guint      *cluster_of,
               GArray     *row,
               guint       share_num,
               guint       share_den)
{
  guint best = G_MAXUINT, best_n = 0;
  Cluster *c;

  for (guint i = 0; i < row->len; i++)
    {
      guint cl = cluster_of[g_array_index (row, guint, i)], n = 0;

      c = g_ptr_array_index (clusters, cl);
      if (c == NULL || c->nodes->len < 2)
        continue;
      for (guint j = 0; j < row->len; j++)
        n += cluster_of[g_array_index (row, guint, j)] == cl;
      if (n > best_n)
        best_n = n, best = cl;
    }
  if (best_n == 0 || best_n * share_den < row->len * share_num)
    return FALSE;
  c = g_ptr_array_index (clusters, best);
  for (guint i = 0; i < row->len; i++)
    {
      guint n = g_array_index (row, guint, i);
      Cluster *own = g_ptr_array_index (clusters, cluster_of[n]);

      /* A statement of the anchored row that a speaker of the row it joins
       * did not make ("The safety of our customers is our highest
       * priority", the company said; "Driver safety is our highest
       * priority", said the regulator) stays out. */
      if (own != NULL && own->nodes->len == 1 && !sorted_meet (c->sources, own->sources)
          && !credited_apart_in (al, c->nodes, n))
        absorb (clusters, cluster_of, best, cluster_of[n]);
    }
  return TRUE;
}

/* Adds @row (owned), of statements that one anchor ties (a figure, a
 * quotation) to @rows, unless it is one row already, or a row of @rows,
 * or mostly one row of @clusters (whose lone statements it then joins).
 * The rows it holds whole give way to it; it is summed up by the
 * statement of it that says least. */
/* Empties the rows of one statement of @row that state no more than its
 * @reference, and all of it: such a statement would sit in two rows, one
 * of them a `single` row of a fact other reports state ("The U.S.
 * president is scheduled to visit China in April"). A statement that
 * says more keeps its own row for the rest. */
static void
drop_restated_alone (CorAligner *al,
                     GPtrArray  *clusters,
                     guint      *cluster_of,
                     GArray     *row,
                     guint       reference)
{
  const CorStatement *ref = cor_aligner_node (al, reference)->side.statement;

  for (guint j = 0; j < row->len; j++)
    {
      guint m = g_array_index (row, guint, j);
      CorNode *node = cor_aligner_node (al, m);
      Cluster *own = g_ptr_array_index (clusters, cluster_of[m]);

      if (m != reference && own != NULL && own->nodes->len == 1 && node->sources->len == 1
          && says (node->side.statement) <= says (ref)
          && cell_status (node->side.statement, ref) == COR_CELL_SUPPORTS
          && cell_status (ref, node->side.statement) == COR_CELL_SUPPORTS)
        g_array_set_size (own->nodes, 0);
    }
}

static void
add_anchored_row (CorAligner *al,
                  GPtrArray  *clusters,
                  guint      *cluster_of,
                  GPtrArray  *rows,
                  GArray     *row,
                  guint       share_num,
                  guint       share_den)
{
  g_autoptr(GArray) owned = row;
  gboolean one_row = TRUE;
  CorEventRow *about;
  Cluster *own;

  for (guint j = 1; j < row->len; j++)
    one_row &= cluster_of[g_array_index (row, guint, j)] == cluster_of[g_array_index (row, guint, 0)];
  if (one_row)
    return;
  g_array_sort (row, cor_compare_guint);
  /* A row of @rows that holds it says as much; one it holds gives way. */
  for (guint r = rows->len; r > 0; r--)
    {
      GArray *other = g_ptr_array_index (rows, r - 1);

      if (sorted_within (row, other))
        return;
      if (sorted_within (other, row))
        {
          g_hash_table_remove (al->event_rows, other);
          g_ptr_array_remove_index (rows, r - 1);
        }
    }
  if (joins_its_row (al, clusters, cluster_of, row, share_num, share_den))
    return;
  drop_rows_within (clusters, cluster_of, row);
  about = g_new (CorEventRow, 1);
  about->reference = choose_event_reference (al, clusters, cluster_of, row, 0);
  about->event = 0;
  own = g_ptr_array_index (clusters, cluster_of[about->reference]);
  if (own != NULL && own->nodes->len == 1)
    g_array_set_size (own->nodes, 0);
  drop_restated_alone (al, clusters, cluster_of, row, about->reference);
  g_hash_table_insert (al->event_rows, row, about);
  g_ptr_array_add (rows, g_steal_pointer (&owned));
}

/* Adds the figure rows of @clusters' nodes to @rows; the rows they hold
 * whole are left empty. */
static void
figure_rows (CorAligner *al,
             GPtrArray  *clusters,
             guint      *cluster_of,
             GPtrArray  *rows)
{
  /* (story, stem of a word a figure counts) → the figures it counts. */
  g_autoptr(GHashTable) by_word = story_index_new ();
  g_autofree guint *first = g_new (guint, al->nodes->len + 1);
  g_autofree gboolean *used = NULL;
  guint n_figures = 0;

  for (guint n = 0; n < al->nodes->len; n++)
    {
      const CorStatement *st = cor_aligner_node (al, n)->side.statement;

      first[n] = n_figures;
      n_figures += st->prop.measures->len;
      for (guint i = 0; i < st->prop.measures->len; i++)
        {
          const CorMeasure *m = &g_array_index (st->prop.measures, CorMeasure, i);
          FigureAt at = { n, i };

          for (guint k = 0; k < m->n_around; k++)
            {
              GArray *list = story_list (by_word, al, n, m->stems[k], sizeof (FigureAt));

              if (list->len == 0 || g_array_index (list, FigureAt, list->len - 1).node != n
                  || g_array_index (list, FigureAt, list->len - 1).measure != i)
                g_array_append_val (list, at);
            }
        }
    }
  first[al->nodes->len] = n_figures;
  used = g_new0 (gboolean, MAX (n_figures, 1));
  for (guint n = 0; n < al->nodes->len; n++)
    {
      const CorStatement *st = cor_aligner_node (al, n)->side.statement;

      for (guint i = 0; i < st->prop.measures->len; i++)
        {
          const CorMeasure *m = &g_array_index (st->prop.measures, CorMeasure, i);
          g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (FigureAt));
          /* Figures by the same word that do not agree with it. */
          g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (FigureAt));
          g_autoptr(GArray) row = g_array_new (FALSE, FALSE, sizeof (guint));
          g_autoptr(GArray) sources = NULL;

          if (used[first[n] + i] || m->n_around == 0 || !is_firm (st))
            continue;
          for (guint k = 0; k < m->n_around; k++)
            {
              GArray *list = story_list (by_word, al, n, m->stems[k], 0);

              /* A word that says what a great many figures count says
               * nothing of which: the search stays linear. */
              if (list == NULL || list->len > FIGURE_MAX_SHARING)
                continue;
              for (guint j = 0; j < list->len; j++)
                {
                  FigureAt at = g_array_index (list, FigureAt, j);

                  const CorStatement *other = cor_aligner_node (al, at.node)->side.statement;

                  if (at.node == n || used[first[at.node] + at.measure] || !is_firm (other)
                      || sorted_meet (cor_aligner_node (al, n)->sources, cor_aligner_node (al, at.node)->sources)
                      || cor_proposition_years_clash (&st->prop, &other->prop))
                    continue;
                  if (!figures_meet (m, figure_of (al, at)))
                    g_array_append_val (others, at);
                  else if (cor_aligner_score (al, n, at.node) >= al->floor)
                    g_array_append_val (found, at);
                }
            }
          g_array_sort (found, compare_figures_at);
          sources = g_array_copy (cor_aligner_node (al, n)->sources);
          g_array_append_val (row, n);
          for (guint j = 0; j < found->len; j++)
            {
              FigureAt at = g_array_index (found, FigureAt, j);
              CorNode *node = cor_aligner_node (al, at.node);

              /* A report's later statements of the figure make no row
               * of their own. */
              used[first[at.node] + at.measure] = TRUE;
              if (sorted_meet (sources, node->sources))
                continue;
              merge_sorted (sources, node->sources);
              g_array_append_val (row, at.node);
            }
          used[first[n] + i] = TRUE;
          if (sources->len < FIGURE_MIN_REPORTS)
            continue;
          g_array_sort (others, compare_figures_at);
          add_clashing_figures (al, m, row, sources, others, used, first);
          add_anchored_row (al, clusters, cluster_of, rows, g_steal_pointer (&row),
                              FIGURE_ROW_SHARE_NUM, FIGURE_ROW_SHARE_DEN);
        }
    }
}

/* Two reports that quote the same four words or more in a row quote one
 * statement: "the most important issue" in a longer quotation and alone.
 * A quotation's row takes, from each other report, the first statement
 * that quotes as much of it, is firmly put, and scores above the floor
 * with it. A run of three words ("the right thing") may be anyone's. */
#define QUOTE_MIN_RUNS 2
/* A short quotation quoted whole by two reports ("extremely good") counts
 * as much as four words. */
#define QUOTE_SHORT_WORDS 4
/* Of quotations credited to two speakers: eight words. */
#define QUOTE_MIN_RUNS_APART 6
/* A quotation's row a third of which is one row already is that row. */
#define QUOTE_ROW_SHARE_NUM 1
#define QUOTE_ROW_SHARE_DEN 3

/* Whether @st quotes words of its own, not only its sentence's. */
static gboolean
quotes_words (const CorStatement *st)
{
  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);

      if (m->kind == COR_MENTION_QUOTE && m->start < st->end && m->end > st->start)
        return TRUE;
    }
  return FALSE;
}

/* The next word (a run of letters and digits) from @p, and its length in
 * @len; NULL at the end. */
static const char *
next_word (const char *p,
           gsize      *len)
{
  while (*p && !g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  *len = 0;
  while (p[*len] && g_unichar_isalnum (g_utf8_get_char (p + *len)))
    *len = g_utf8_next_char (p + *len) - p;
  return *len > 0 ? p : NULL;
}

/* A whole short quotation is keyed apart from runs of quoted words: by a
 * kind of term no proposition uses. */
#define WHOLE_QUOTE_TERM COR_N_TERM_KINDS

/* Appends to @terms the keys of @st's short quotations, whole
 * ("excellent", "extremely good": up to QUOTE_SHORT_WORDS words, one of
 * them of four letters or more). */
static void
add_short_quotes (const CorStatement *st,
                  GArray             *terms)
{
  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);
      g_autoptr(GString) words = NULL;
      g_autofree char *folded = NULL;
      guint n_words = 0;
      gboolean long_word = FALSE;
      gsize len;
      guint32 key;

      if (m->kind != COR_MENTION_QUOTE || m->start >= st->end || m->end <= st->start)
        continue;
      words = g_string_new (NULL);
      for (const char *p = m->text, *word; n_words <= QUOTE_SHORT_WORDS && (word = next_word (p, &len)) != NULL;
           p = word + len)
        {
          if (words->len > 0)
            g_string_append_c (words, ' ');
          g_string_append_len (words, word, len);
          long_word |= len >= 4;
          n_words++;
        }
      if (n_words == 0 || n_words > QUOTE_SHORT_WORDS || !long_word)
        continue;
      folded = g_utf8_casefold (words->str, -1);
      key = COR_TERM_MAKE (WHOLE_QUOTE_TERM, cor_word_hash (folded, strlen (folded)));
      g_array_append_val (terms, key);
    }
}

/* Terms that tie statements across reports, and what joins two
 * statements that share them (cor-rows.c's quotation and phrase rows). */
typedef struct
{
  /* Whether @st may be in such a row at all. */
  gboolean (*qualifies) (const CorStatement *st);
  /* Appends @st's terms to @terms (guint32); each counts once. */
  void     (*read)      (const CorStatement *st,
                         GArray             *terms);
  /* How much @term counts. */
  guint    (*weight)    (guint32             term);
  /* Whether @other, sharing @shared (their terms' weights) with @seed,
   * states @seed's fact. */
  gboolean (*joins)     (const CorStatement *seed,
                         const CorStatement *other,
                         guint               shared);
  /* A row this share of which is one row already is that row. */
  guint     share_num, share_den;
  /* Whether a term that more statements have than the story has reports
   * is the story's, not one fact's, and ties none. */
  gboolean  story_wide_ties_none;
  /* The share of the floor a pair it ties must score. */
  double    floor_share;
} Anchor;

/* Adds to @rows the rows of statements that share @anchor's terms: each
 * starts from a statement and takes, from each other report, the first
 * statement that @anchor joins to it, that scores above the floor with
 * it, and that no row of the anchor holds already. Each statement's terms
 * are read once. */
static void
anchored_rows (CorAligner   *al,
               GPtrArray    *clusters,
               guint        *cluster_of,
               GPtrArray    *rows,
               const guint  *reports,
               const Anchor *anchor)
{
  /* (story, term) → the nodes that have it. */
  g_autoptr(GHashTable) by_term = story_index_new ();
  g_autoptr(GArray) terms = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) own = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree guint *first = g_new0 (guint, al->nodes->len + 1);
  g_autofree gboolean *used = g_new0 (gboolean, MAX (al->nodes->len, 1));
  g_autofree guint *shared = g_new0 (guint, MAX (al->nodes->len, 1));

  for (guint n = 0; n < al->nodes->len; n++)
    {
      const CorStatement *st = cor_aligner_node (al, n)->side.statement;

      first[n] = terms->len;
      /* A story of one report has no row of two: its terms go unread. */
      if (reports[cor_aligner_node_story (al, n)] < FIGURE_MIN_REPORTS || !anchor->qualifies (st))
        continue;
      g_array_set_size (own, 0);
      anchor->read (st, own);
      /* Each term once. */
      cor_proposition_sort_terms (own);
      for (guint k = 0; k < own->len; k++)
        g_array_append_val (story_list (by_term, al, n, g_array_index (own, guint32, k), sizeof (guint)), n);
      g_array_append_vals (terms, own->data, own->len);
    }
  first[al->nodes->len] = terms->len;
  for (guint n = 0; n < al->nodes->len; n++)
    {
      const CorStatement *st = cor_aligner_node (al, n)->side.statement;
      g_autoptr(GArray) found = NULL;
      g_autoptr(GArray) row = NULL;
      g_autoptr(GArray) sources = NULL;

      if (used[n] || first[n] == first[n + 1])
        continue;
      found = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint k = first[n]; k < first[n + 1]; k++)
        {
          guint32 term = g_array_index (terms, guint32, k);
          GArray *list = story_list (by_term, al, n, term, 0);

          /* Terms a great many statements share say nothing of which:
           * the search stays linear. */
          if (list->len > FIGURE_MAX_SHARING
              || (anchor->story_wide_ties_none && list->len > reports[cor_aligner_node_story (al, n)]))
            continue;
          for (guint j = 0; j < list->len; j++)
            {
              guint m = g_array_index (list, guint, j);

              if (m == n)
                continue;
              if (shared[m] == 0)
                g_array_append_val (found, m);
              shared[m] += anchor->weight (term);
            }
        }
      g_array_sort (found, cor_compare_guint);
      row = g_array_new (FALSE, FALSE, sizeof (guint));
      sources = g_array_copy (cor_aligner_node (al, n)->sources);
      g_array_append_val (row, n);
      for (guint j = 0; j < found->len; j++)
        {
          guint m = g_array_index (found, guint, j);
          CorNode *node = cor_aligner_node (al, m);
          guint weight = shared[m];

          shared[m] = 0;
          if (used[m] || sorted_meet (sources, node->sources)
              || !anchor->joins (st, node->side.statement, weight) || cor_aligner_score (al, n, m) < al->floor * anchor->floor_share)
            continue;
          /* A report's later statements of it make no row of their own. */
          used[m] = TRUE;
          merge_sorted (sources, node->sources);
          g_array_append_val (row, m);
        }
      used[n] = TRUE;
      if (sources->len >= FIGURE_MIN_REPORTS)
        add_anchored_row (al, clusters, cluster_of, rows, g_steal_pointer (&row),
                          anchor->share_num, anchor->share_den);
    }
}

/* Quotations: runs of three quoted words (the proposition's quote terms),
 * and short quotations whole. */
static gboolean
quote_qualifies (const CorStatement *st)
{
  return is_firm (st) && quotes_words (st);
}

static void
quote_read (const CorStatement *st,
            GArray             *terms)
{
  for (guint k = 0; k < st->prop.terms->len; k++)
    if (COR_TERM_KIND (g_array_index (st->prop.terms, guint32, k)) == COR_TERM_QUOTE)
      g_array_append_val (terms, g_array_index (st->prop.terms, guint32, k));
  add_short_quotes (st, terms);
}

static guint
quote_weight (guint32 term)
{
  return COR_TERM_KIND (term) == WHOLE_QUOTE_TERM ? QUOTE_MIN_RUNS : 1;
}

/* Two people quoted in like words ("people poured into the streets")
 * said two things, unless the words are many. */
static gboolean
quote_joins (const CorStatement *seed,
             const CorStatement *other,
             guint               shared)
{
  return shared >= (cor_compare_credited_apart (seed, other) ? QUOTE_MIN_RUNS_APART : QUOTE_MIN_RUNS)
         && cell_status (other, seed) != COR_CELL_CONFLICTS;
}

static const Anchor quotations = {
  quote_qualifies, quote_read, quote_weight, quote_joins, QUOTE_ROW_SHARE_NUM, QUOTE_ROW_SHARE_DEN, FALSE, 1.0,
};

/* Two reports that tell a fact in the same six words or more in a row
 * tell one fact: wire copy, a statement read out, a phrase the reports
 * share ("attempted to break through a riot police cordon guarding
 * Parliament"). A run counts when two of its words are lower-case words
 * of four letters or more, so that names ("Secretary of State Mike
 * Pompeo") and small words ("in the streets of the") do not. The row
 * takes, from each other report, the first statement that shares as much,
 * is firmly put, no headline, credited to no other speaker, and scores
 * above the floor with it. */
#define PHRASE_WORDS    4
#define PHRASE_MIN_RUNS 3
/* A phrase's row a third of which is one row already is that row. */
#define PHRASE_ROW_SHARE_NUM 1
#define PHRASE_ROW_SHARE_DEN 3

/* Appends to @out the hashes of @st's runs of PHRASE_WORDS words, two of
 * them lower-case words of four letters or more. */
static void
phrase_runs (const CorStatement *st,
             GArray             *out)
{
  const char *p = st->text;
  gsize len;
  guint32 run[PHRASE_WORDS] = { 0 };
  gboolean long_word[PHRASE_WORDS] = { FALSE };
  guint n = 0;

  for (const char *word; (word = next_word (p, &len)) != NULL; p = word + len)
    {
      char lower[64];
      gsize n_lower = MIN (len, sizeof lower - 1);
      guint longs = 0;
      guint32 h = 0;

      for (gsize i = 0; i < n_lower; i++)
        lower[i] = g_ascii_tolower (word[i]);
      lower[n_lower] = '\0';
      memmove (run, run + 1, sizeof run - sizeof run[0]);
      memmove (long_word, long_word + 1, sizeof long_word - sizeof long_word[0]);
      run[PHRASE_WORDS - 1] = cor_word_hash (lower, n_lower);
      long_word[PHRASE_WORDS - 1] = n_lower >= 4 && g_unichar_islower (g_utf8_get_char (word));
      if (++n < PHRASE_WORDS)
        continue;
      for (guint i = 0; i < PHRASE_WORDS; i++)
        {
          longs += long_word[i];
          h = h * 31u + run[i];
        }
      if (longs >= 2)
        g_array_append_val (out, h);
    }
}

static gboolean
phrase_qualifies (const CorStatement *st)
{
  return is_firm (st) && !st->headline;
}

static guint
phrase_weight (guint32 term)
{
  return 1;
}

/* The name @st opens with: its first word, when that is capitalised, of
 * four letters or more, and no word the lexicon knows ("Norvance declined
 * …"), nor a function word it leaves out ("This", "Their"); else NULL. */
static char *
opening_name (const CorStatement *st)
{
  gsize len;
  const char *word = next_word (st->text, &len);
  g_autofree char *lower = NULL;

  if (word == NULL || word != st->text || len < 4 || !g_unichar_isupper (g_utf8_get_char (word)))
    return NULL;
  lower = g_utf8_strdown (word, len);
  if (cor_lexicon_lookup (lower) != NULL || cor_stemmer_is_stop_word (lower))
    return NULL;
  return g_strndup (word, len);
}

/* Whether @a and @b open with two names the other does not give: "Norvance
 * declined to comment on whether it would raise its offer" and "Tidefast
 * declined to comment on whether it had been approached" tell of two. */
static gboolean
open_with_other_names (const CorStatement *a,
                       const CorStatement *b)
{
  g_autofree char *x = opening_name (a);
  g_autofree char *y = opening_name (b);

  return x != NULL && y != NULL && strcmp (x, y) != 0 && strstr (b->text, x) == NULL && strstr (a->text, y) == NULL;
}

/* Whether @other, tied to @seed by shared words, may state its fact:
 * credited to no other speaker, opening with no other name, and not in
 * conflict with it. */
static gboolean
may_state_fact_of (const CorStatement *seed,
                   const CorStatement *other)
{
  return !cor_compare_credited_apart (seed, other) && !open_with_other_names (seed, other)
         && cell_status (other, seed) != COR_CELL_CONFLICTS;
}

static gboolean
phrase_joins (const CorStatement *seed,
              const CorStatement *other,
              guint               shared)
{
  return shared >= PHRASE_MIN_RUNS && may_state_fact_of (seed, other);
}

static const Anchor phrases = {
  phrase_qualifies, phrase_runs, phrase_weight, phrase_joins, PHRASE_ROW_SHARE_NUM, PHRASE_ROW_SHARE_DEN, FALSE, 1.0,
};

/* Two reports that tell of one act, a verb done to one thing, tell one
 * fact, however else they word it: "… a general strike that grounded all
 * flights to and from Greece" and "Flights to and from the country were
 * grounded" (cor_acts_read()). An act that more statements of the story
 * tell of than it has reports ("imposed tariffs" in a story of tariffs) is
 * the story's, and ties none. The row takes, from each other report, the
 * first statement that tells of the act, is firmly put, no headline,
 * credited to no other speaker, not in conflict, and scores above the
 * floor with it. On the nine gold sets these rows add 11 pairs of quotes
 * that the gold links (Athens 9, tariff 1, Yida 1) and none that it does
 * not: Athens's F1 goes from 0.59 to 0.61. With headlines too, nothing
 * changes; with a story-wide bar of half as many statements as reports,
 * Athens gains 3 pairs, not 9; with one and a half times, the tariff
 * story gains 2 pairs the gold does not link. */
/* @st's text with its quotations blanked out: the acts a speaker's own
 * words tell of ("Every time a launch sinks, a committee is formed") are
 * the speaker's, not the report's. */
static char *
unquoted_text (const CorStatement *st)
{
  char *text = g_strdup (st->text);
  gsize len = strlen (text);

  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);
      gsize from, to;

      if (m->kind != COR_MENTION_QUOTE || m->start >= st->end || m->end <= st->start)
        continue;
      /* The statement's text may be shorter than its span (a dateline
       * dropped): never past its end. */
      from = MIN (m->start > st->start ? m->start - st->start : 0, len);
      to = MIN (m->end - st->start, len);
      if (to > from)
        memset (text + from, ' ', to - from);
    }
  return text;
}

/* Appends to @terms the hash of each act @read_acts reads in @st's words
 * outside quotations. */
static void
hash_acts (const CorStatement *st,
           void              (*read_acts) (const char *, GPtrArray *),
           GArray             *terms)
{
  g_autoptr(GPtrArray) acts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = unquoted_text (st);

  read_acts (text, acts);
  for (guint i = 0; i < acts->len; i++)
    {
      const char *act = g_ptr_array_index (acts, i);
      guint32 term = cor_word_hash (act, strlen (act));

      g_array_append_val (terms, term);
    }
}

static void
act_read (const CorStatement *st,
          GArray             *terms)
{
  hash_acts (st, cor_acts_read, terms);
}

/* Acts done to a name ("visit China") tie rows of their own, after acts
 * done to a thing: "The U.S. president is scheduled to visit China in
 * April" and "Trump is due to visit China himself in April". Read with
 * the acts above, they gave the seeds a row and cost Athens two pairs of
 * its flights row; read apart, they add one pair the gold links (seeds)
 * and none that it does not, on the nine gold sets. */
static void
named_act_read (const CorStatement *st,
                GArray             *terms)
{
  hash_acts (st, cor_acts_read_named, terms);
}

/* One act done by two who are named apart is two facts: "BIWTA has formed
 * a five-member committee" and "Deputy Commissioner … has formed a
 * three-member committee". */
static gboolean
act_joins (const CorStatement *seed,
           const CorStatement *other,
           guint               shared)
{
  if (seed->prop.subject != NULL && other->prop.subject != NULL
      && strcmp (surname (seed->prop.subject), surname (other->prop.subject)) != 0
      && !cor_proposition_names (&seed->prop, other->prop.subject) && !cor_proposition_names (&other->prop, seed->prop.subject))
    return FALSE;
  return shared > 0 && may_state_fact_of (seed, other);
}

static const Anchor acts = {
  phrase_qualifies, act_read, phrase_weight, act_joins, PHRASE_ROW_SHARE_NUM, PHRASE_ROW_SHARE_DEN, TRUE, 1.0,
};

static const Anchor named_acts = {
  phrase_qualifies, named_act_read, phrase_weight, act_joins, PHRASE_ROW_SHARE_NUM, PHRASE_ROW_SHARE_DEN, TRUE, 1.0,
};

/* Two reports that tie a statement to one day they name by its month
 * ("as soon as May 12", "faces a May 12 deadline") tell one fact of that
 * day, when no more statements of the story name it than the story has
 * reports. The days around a report's own date are the story's: "On
 * April 30, Israel presented …" and "Iran denied it on April 30" are two
 * facts of that day. A date never links on its own: the pair must score
 * at least half the floor ("faces a May 12 deadline to decide" and "a
 * self-imposed May 12 deadline … to withdraw" do; "threatened to scrap
 * the deal as soon as May 12" scores less with either). On the nine gold
 * sets this adds one pair that the gold links (Netanyahu) and none that
 * it does not; on the fifteen invented clusters of sets 1 to 5, two rows,
 * both right (with no floor: two more pairs the gold links, and three
 * more cells, right, but a report's one sentence in two rows). */
#define DAY_FLOOR_SHARE 0.5
#define DAY_APART_FROM_STORY 2

static gboolean
names_day_by_month (const CorMention *m)
{
  gboolean letter = FALSE, digit = FALSE;

  if (m->kind != COR_MENTION_DATE || m->date == NULL || strlen (m->date) != 10)
    return FALSE;
  for (const char *p = m->text; *p != '\0'; p++)
    {
      letter |= g_ascii_isalpha (*p);
      digit |= g_ascii_isdigit (*p);
    }
  return letter && digit;
}

static gboolean
near_day (const char *date,
          const char *published)
{
  GDate a, b;

  if (!cor_dates_parse_day (date, &a) || !cor_dates_parse_day (published, &b))
    return FALSE;
  return ABS (g_date_days_between (&a, &b)) <= DAY_APART_FROM_STORY;
}

static void
day_read (const CorStatement *st,
          GArray             *terms)
{
  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);
      guint32 term;

      if (m->start < st->start || m->end > st->end || !names_day_by_month (m) || near_day (m->date, st->published))
        continue;
      term = COR_TERM_MAKE (COR_TERM_DATE, cor_word_hash (m->date, strlen (m->date)));
      g_array_append_val (terms, term);
    }
}

/* A clause that leans on its sentence's head ("allowing the intruders to
 * log in from 14 February") is shown by that head, which may tell
 * another fact: only statements that open their sentence tie a day. */
static gboolean
day_qualifies (const CorStatement *st)
{
  return phrase_qualifies (st) && st->start == st->sentence_start;
}

static const Anchor days = {
  day_qualifies, day_read, phrase_weight, act_joins, PHRASE_ROW_SHARE_NUM, PHRASE_ROW_SHARE_DEN, TRUE, DAY_FLOOR_SHARE,
};

GPtrArray *
cor_rows_cluster (CorAligner *al,
                  GArray     *pairs)
{
  guint n = al->nodes->len;
  g_autofree guint *cluster_of = g_new (guint, MAX (n, 1));
  g_autoptr(GPtrArray) clusters = g_ptr_array_new_with_free_func (cluster_free);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autofree guint *reports = reports_per_story (al);
  GPtrArray *events;

  for (guint i = 0; i < n; i++)
    {
      Cluster *c = g_new0 (Cluster, 1);

      c->nodes = g_array_new (FALSE, FALSE, sizeof (guint));
      c->sources = g_array_copy (cor_aligner_node (al, i)->sources);
      g_array_append_val (c->nodes, i);
      g_ptr_array_add (clusters, c);
      cluster_of[i] = i;
    }
  for (guint k = 0; k < pairs->len; k++)
    {
      const CorPair *p = &g_array_index (pairs, CorPair, k);
      Cluster *x, *y;
      guint cx = cluster_of[p->a], cy = cluster_of[p->b];

      if (p->p < al->threshold)
        break;
      if (cx == cy)
        continue;
      x = g_ptr_array_index (clusters, cx);
      y = g_ptr_array_index (clusters, cy);
      if (!can_join (al, x, y))
        continue;
      /* The smaller row moves into the larger. */
      if (y->nodes->len > x->nodes->len)
        absorb (clusters, cluster_of, cy, cx);
      else
        absorb (clusters, cluster_of, cx, cy);
    }
  improve_slots (al, pairs, clusters, cluster_of);
  join_alone_to_rows (al, pairs, clusters, cluster_of, al->threshold, late_join);
  /* A headline's row and its sentence's first, then rows of one fact
   * told twice. */
  join_rows_of_one_fact (al, pairs, clusters, cluster_of, headline_and_sentence);
  join_rows_of_one_fact (al, pairs, clusters, cluster_of, told_twice);
  join_alone_to_rows (al, pairs, clusters, cluster_of, al->threshold - SIBLING_SLACK, sibling_join);
  events = event_rows (al, clusters, cluster_of, reports);
  figure_rows (al, clusters, cluster_of, events);
  anchored_rows (al, clusters, cluster_of, events, reports, &quotations);
  anchored_rows (al, clusters, cluster_of, events, reports, &phrases);
  anchored_rows (al, clusters, cluster_of, events, reports, &acts);
  anchored_rows (al, clusters, cluster_of, events, reports, &named_acts);
  anchored_rows (al, clusters, cluster_of, events, reports, &days);
  for (guint i = 0; i < clusters->len; i++)
    {
      Cluster *c = g_ptr_array_index (clusters, i);

      if (c == NULL || c->nodes->len == 0)
        continue;
      /* A fact told two ways is summed up by what both ways tell: the
       * statement that says least ("The quake struck the western tip of
       * Sumatra island", not the one that adds its depth and epicentre),
       * as a row an anchor ties is. */
      if (c->two_wordings)
        {
          CorEventRow *about = g_new (CorEventRow, 1);

          about->reference = says_least (al, c->nodes, 0, G_MAXUINT);
          about->event = 0;
          g_hash_table_insert (al->event_rows, c->nodes, about);
        }
      g_ptr_array_add (rows, g_array_ref (c->nodes));
    }
  g_ptr_array_extend_and_steal (rows, g_steal_pointer (&events));
  return rows;
}

static gboolean
is_firm (const CorStatement *st)
{
  return st->certainty == COR_CERTAINTY_ASSERTED || st->certainty == COR_CERTAINTY_PLANNED;
}

/* The statement the others are compared with: on the side of the majority
 * when some deny it, firmly put when one is, a sentence rather than a
 * headline (unless the row is mostly headlines: one sentence of five,
 * that gives the quake's depth and district besides, would make the
 * four headlines' "6.1-magnitude quake strikes Aceh" read as another
 * fact), and the most like the rest. */
#define BODY_SHARE_NUM 1
#define BODY_SHARE_DEN 3
#define HEADLINE_TIE 0.05

/* Whether @st, outside its quotations, tells of whom an act is done to
 * only by a pronoun ("A jury found him guilty", not "one of them"): its
 * summary would lean on the sentence before. A "He" or "She" that opens
 * it is named from there (name_pronoun ()). */
static gboolean
leans_on_pronoun (const CorStatement *st)
{
  static const char *pronouns[] = { "him", "them" };
  g_autofree char *text = unquoted_text (st);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p > text && (g_ascii_isalpha (p[-1]) || p[-1] == '\''))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (pronouns); k++)
        {
          gsize n = strlen (pronouns[k]);

          /* "one of them" counts among those the statement names. */
          if (g_ascii_strncasecmp (p, pronouns[k], n) == 0 && !g_ascii_isalpha (p[n]) && p[n] != '\''
              && !(p - text >= 3 && g_ascii_strncasecmp (p - 3, "of ", 3) == 0))
            return TRUE;
        }
    }
  return FALSE;
}

static guint
pick_reference (CorAligner *al,
                GArray     *row)
{
  guint negated = 0, best = g_array_index (row, guint, 0);
  double best_score = -1;
  gboolean any_firm = FALSE, any_body, any_clear = FALSE;
  guint n_body = 0;
  g_autofree gboolean *leans = g_new (gboolean, MAX (row->len, 1));

  for (guint i = 0; i < row->len; i++)
    {
      const CorStatement *st = cor_aligner_node (al, g_array_index (row, guint, i))->side.statement;

      negated += st->prop.negated;
    }
  for (guint i = 0; i < row->len; i++)
    {
      const CorStatement *st = cor_aligner_node (al, g_array_index (row, guint, i))->side.statement;

      if (st->prop.negated == (negated * 2 > row->len))
        {
          any_firm |= is_firm (st);
          n_body += !st->headline;
        }
    }
  any_body = n_body > 0 && n_body * BODY_SHARE_DEN >= row->len * BODY_SHARE_NUM;
  /* A statement that names whom it tells of sums the row up before one
   * that only says "him". */
  for (guint i = 0; i < row->len; i++)
    {
      const CorStatement *st = cor_aligner_node (al, g_array_index (row, guint, i))->side.statement;

      leans[i] = leans_on_pronoun (st);
      any_clear |= st->prop.negated == (negated * 2 > row->len) && (!any_firm || is_firm (st)) && !st->headline
                   && !leans[i];
    }
  for (guint i = 0; i < row->len; i++)
    {
      guint n = g_array_index (row, guint, i);
      const CorStatement *st = cor_aligner_node (al, n)->side.statement;
      double score = 0;

      if (st->prop.negated != (negated * 2 > row->len) || (any_firm && !is_firm (st))
          || (any_body && st->headline) || (any_clear && leans[i]))
        continue;
      for (guint j = 0; j < MIN (row->len, 2 * MAX_LINK_MEMBERS); j++)
        if (j != i)
          score += cor_aligner_score (al, n, g_array_index (row, guint, j));
      /* Headlines that are as like the rest as each other: the one that
       * says least ("6.1-magnitude quake strikes Indonesia's Aceh
       * province", not "… in region hit by 2004 tsunami") states what
       * they all do. */
      if (!any_body && best_score >= 0
          && fabs (score - best_score) <= HEADLINE_TIE * best_score)
        {
          if (says (st) < says (cor_aligner_node (al, best)->side.statement))
            best_score = MAX (score, best_score), best = n;
          continue;
        }
      if (score > best_score)
        best_score = score, best = n;
    }
  return best;
}

/* @st's marker against @reference, and its note, judged on @shown, what
 * its cell quotes. A cell that states the fact but less of it than
 * @summarised (the statement the row's summary reads) is partial and
 * @narrower; @event is the concept of the event an event row is about,
 * else 0. */
static CorCellStatus
mark_cell (const CorStatement *st,
           const CorStatement *reference,
           const CorStatement *summarised,
           const CorShown     *shown,
           guint32             event,
           char              **note,
           gboolean           *narrower)
{
  CorCellStatus status = cor_compare_statements (st, reference, note);
  g_autofree char *approximate = NULL;
  g_autofree char *timing = NULL;

  *narrower = FALSE;
  /* A clause shown in its sentence, which gives the act another time. */
  if (status != COR_CELL_CONFLICTS && shown != NULL && shown->mentions != st->mentions
      && cor_compare_shown_time (shown, reference, &timing))
    {
      g_free (*note);
      *note = g_steal_pointer (&timing);
      return COR_CELL_CONFLICTS;
    }
  if (status != COR_CELL_SUPPORTS || st == summarised)
    return status;
  /* A note on a supporting cell is an approximation ("approximate: “at
   * least 19 homes”"); the cell may still leave out a figure. */
  approximate = g_steal_pointer (note);
  *narrower = cor_compare_narrower (st, summarised, shown, note);
  /* An approximation is not also "less": only what it leaves out counts. */
  if (approximate != NULL && *narrower && strcmp (*note, _("says less than the summary")) == 0)
    {
      g_clear_pointer (note, g_free);
      *narrower = FALSE;
    }
  if (approximate != NULL)
    {
      char *both = *narrower ? g_strdup_printf ("%s; %s", approximate, *note) : g_steal_pointer (&approximate);

      g_free (*note);
      *note = both;
    }
  /* "Three died in a bank during a general strike" names the strike in
   * passing: it tells of the deaths, not of the strike. That counts only
   * in a row whose summary tells of the event, and only when the cell
   * leaves out nothing else: what it leaves out says more. */
  if (!*narrower && event != 0 && cor_proposition_event_leads (&summarised->prop, event)
      && !cor_proposition_event_leads (&st->prop, event))
    {
      /* Translators: a report mentions the row's event only as the
       * setting of something else ("died during the strike") */
      *note = g_strdup (_("names it in passing"));
      *narrower = TRUE;
    }
  return *narrower ? COR_CELL_PARTIAL : status;
}

/* The mentions of @doc that lie within @start to @end, sorted by where
 * they start (borrowed). */
static GPtrArray *
mentions_between (CorDocument *doc,
                  gsize        start,
                  gsize        end)
{
  GPtrArray *within = g_ptr_array_new ();

  cor_document_collect_mentions (doc, start, end, within);
  return within;
}

/* Gives @cell @st's words and the values among them, and returns the
 * mentions of those words (borrowed). A clause after the start of its
 * sentence leans on it ("killing one man, said the official"): a reader
 * comparing reports is shown the whole sentence, unless @alone, in a row
 * of one statement whose summary gives it. @doc is @st's document, or
 * NULL. */
static GPtrArray *
quote_cell (CorCell            *cell,
            CorDocument        *doc,
            const CorStatement *st,
            gboolean            alone,
            gboolean            whole)
{
  CorQuote *quote;
  GPtrArray *shown;

  if (st->sentence != NULL && ((st->start > st->sentence_start && !alone) || whole))
    quote = cor_quote_new (st->sentence, st->sentence_start, st->sentence_start + strlen (st->sentence), st->speaker);
  else
    quote = cor_quote_new (st->text, st->start, st->end, st->speaker);
  g_ptr_array_add (cell->quotes, quote);
  /* The mentions of the words it shows: the document's, sorted by where
   * they start, when it shows the whole sentence. */
  if (doc != NULL && (quote->start < st->start || quote->end > st->end))
    shown = mentions_between (doc, quote->start, quote->end);
  else
    shown = g_ptr_array_ref (st->mentions);
  for (guint i = 0; i < shown->len; i++)
    if (cor_mention_kind_is_value (((CorMention *)g_ptr_array_index (shown, i))->kind))
      g_ptr_array_add (cell->values, cor_mention_copy (g_ptr_array_index (shown, i)));
  return shown;
}

/* Whether @summary of @st opens with its speaker known only by a role:
 * "The statement said, …". */
static gboolean
opens_with_unnamed (const char         *summary,
                    const CorStatement *st)
{
  const char *role = st->speaker;
  gsize n;

  if (!cor_statement_speaker_unnamed (st))
    return FALSE;
  if (g_ascii_strncasecmp (role, "the ", 4) == 0)
    role += 4;
  n = strlen (role);
  return g_ascii_strncasecmp (summary, "the ", 4) == 0 && g_ascii_strncasecmp (summary + 4, role, n) == 0
         && (summary[4 + n] == ' ' || summary[4 + n] == ',');
}

static gboolean
covered_at (GPtrArray *mentions,
            gsize      at)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (m->start <= at && at < m->end)
        return TRUE;
    }
  return FALSE;
}

/* Whether @span of @doc holds a capitalised word, past its first, that
 * none of @mentions (those within it) covers: a name the mentions did
 * not read ("Union leader Pavel Dorn and Tomas Brel"), who might be the
 * one a pronoun stands for. */
static gboolean
names_unknown (CorDocument   *doc,
               const CorSpan *span,
               GPtrArray     *mentions)
{
  const char *p = doc->text + span->start, *end = doc->text + span->end;
  gboolean first = TRUE;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c) && (p == doc->text + span->start || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)))))
        {
          if (!first && g_unichar_isupper (c) && !covered_at (mentions, p - doc->text))
            {
              /* A title before a name ("Transport Minister Lina Osk"):
               * capitalised words up to a mention. */
              const char *q = p;

              while (q < end && !covered_at (mentions, q - doc->text))
                {
                  while (q < end && g_unichar_isalpha (g_utf8_get_char (q)))
                    q = g_utf8_next_char (q);
                  if (q + 1 >= end || *q != ' ' || !g_unichar_isupper (g_utf8_get_char (q + 1)))
                    return TRUE;
                  q++;
                }
              p = q;
              continue;
            }
          first = FALSE;
        }
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

/* "She is due to meet rail unions on Thursday.": a summary of @st that
 * opens with "He" or "She" names whom @st's sentence before names, when
 * that sentence names one person only, and no organisation before them.
 * NULL otherwise: a wrong name would be worse than the pronoun. */
static char *
name_pronoun (const char         *summary,
              CorDocument        *doc,
              const CorStatement *st)
{
  static const char *pronouns[] = { "He ", "She " };
  const char *rest = NULL, *name = NULL;
  const CorSpan *before = NULL;
  g_autoptr(GPtrArray) mentions = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (pronouns) && rest == NULL; i++)
    if (g_str_has_prefix (summary, pronouns[i]))
      rest = summary + strlen (pronouns[i]) - 1;
  /* A clause of a longer sentence may have lost what it hangs on ("If
   * deported back to Guatemala, | he said he would not stay"). */
  if (rest == NULL || doc == NULL || st->headline || st->start > st->sentence_start + 1)
    return NULL;
  {
    /* The sentence that holds the statement, and the one before it. */
    guint at = cor_document_first_sentence_at (doc, st->sentence_start + 1);

    if (at >= 2 && g_array_index (doc->sentences, CorSpan, at - 1).end > st->sentence_start)
      before = &g_array_index (doc->sentences, CorSpan, at - 2);
  }
  if (before == NULL)
    return NULL;
  mentions = mentions_between (doc, before->start, before->end);
  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);
      const char *who = m->canonical != NULL ? m->canonical : m->text;

      /* Whom the sentence is about comes first: "Trump, speaking minutes
       * after Netanyahu spoke, expressed solidarity …". */
      if (m->kind == COR_MENTION_ORGANIZATION && name == NULL)
        return NULL;
      if (m->kind != COR_MENTION_PERSON)
        continue;
      if (name != NULL && g_strcmp0 (surname (name), surname (who)) != 0)
        return NULL;
      /* The fullest form the sentence gives. */
      if (name == NULL || strlen (who) > strlen (name))
        name = who;
    }
  if (name == NULL || names_unknown (doc, before, mentions))
    return NULL;
  return g_strconcat (name, rest, NULL);
}

static CorCell *
make_cell (CorDocument        *doc,
           const CorStatement *st,
           const CorStatement *reference,
           const CorStatement *summarised,
           gboolean            alone,
           gboolean            whole,
           guint32             event)
{
  CorCell *cell = cor_cell_new (st->source, COR_CELL_ABSENT);
  g_autoptr(GPtrArray) mentions = quote_cell (cell, doc, st, alone, whole);
  CorShown shown = { ((CorQuote *)g_ptr_array_index (cell->quotes, 0))->text, mentions,
                     doc != NULL && doc->published != NULL };

  /* Marked on the words it shows. */
  cell->status = mark_cell (st, reference, summarised, &shown, event, &cell->note, &cell->narrower);
  return cell;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b);

/* A report's headline and its sentence in one row (@cells sorted by
 * source, @headlines the headlines' cells): one cell, the sentence's
 * marker and quote first, the headline's quote after it. */
static void
join_headline_cells (GPtrArray     *cells,
                     GPtrArray     *headlines,
                     const CorCell *summarised)
{
  guint kept = 0;

  for (guint i = 0; i < cells->len; i++)
    {
      CorCell *cell = g_ptr_array_index (cells, i), *last = kept > 0 ? g_ptr_array_index (cells, kept - 1) : NULL;

      if (last == NULL || last->source != cell->source)
        {
          g_ptr_array_index (cells, kept++) = cell;
          continue;
        }
      /* The sort is stable: @last came first. The sentence's cell stays,
       * with its marker and note; the values keep the order they came.
       * Of two sentences, one that states the whole fact goes before one
       * that states less of it, and gives the cell its marker. One that
       * conflicts with the row goes first of all: "Kills 10; 80 Hurt" does
       * not support "Ten people are killed and about 50 hurt" for its
       * first clause. */
      /* The statement the summary reads gives its report's marker: a
       * report never conflicts with its own words. */
      if (cell == summarised
          || (last != summarised && last->status != COR_CELL_CONFLICTS
              && (cell->status == COR_CELL_CONFLICTS || g_ptr_array_find (headlines, last, NULL)
                  || (!g_ptr_array_find (headlines, cell, NULL) && cell->status == COR_CELL_SUPPORTS
                      && last->status == COR_CELL_PARTIAL))))
        {
          GPtrArray *values = cell->values;

          /* The values keep the order they came. */
          cell->values = g_steal_pointer (&last->values);
          last->values = values;
          g_ptr_array_index (cells, kept - 1) = cell;
          cell = last;
          last = g_ptr_array_index (cells, kept - 1);
        }
      while (cell->values->len > 0)
        cor_cell_take_value (last, g_ptr_array_steal_index (cell->values, 0));
      while (cell->quotes->len > 0)
        cor_cell_take_quote (last, g_ptr_array_steal_index (cell->quotes, 0));
      cor_cell_free (cell);
    }
  /* The slots past @kept hold cells moved or freed above. */
  for (guint i = kept; i < cells->len; i++)
    g_ptr_array_index (cells, i) = NULL;
  g_ptr_array_set_size (cells, kept);
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const CorCell *x = *(const CorCell * const *)a, *y = *(const CorCell * const *)b;

  return x->source < y->source ? -1 : x->source > y->source;
}

/* Whether @key is in @sorted more than once. */
static gboolean
repeated (GArray  *sorted,
          guint64  key)
{
  guint at;

  return g_array_binary_search (sorted, &key, cor_compare_guint64, &at)
         && ((at > 0 && g_array_index (sorted, guint64, at - 1) == key)
             || (at + 1 < sorted->len && g_array_index (sorted, guint64, at + 1) == key));
}

CorFact *
cor_rows_make_fact (CorAligner *al,
                    GArray     *row)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new ();
  g_autoptr(GPtrArray) headlines = g_ptr_array_new ();
  g_autoptr(GArray) sentences = NULL;
  const CorEventRow *about = g_hash_table_lookup (al->event_rows, row);
  guint32 event = about != NULL ? about->event : 0;
  CorStatement *reference = (CorStatement *)cor_aligner_node (al, about != NULL ? about->reference : pick_reference (al, row))->side.statement;
  const CorStatement *summarised = reference;
  const CorStatement *marked_against;
  CorStatement whole_sentence;
  g_autoptr(GPtrArray) sentence_mentions = NULL;
  gboolean reads_sentence, other_reads_sentence;
  const CorCell *own = NULL;
  CorFact *fact = cor_fact_new ();

  for (guint k = 0; k < row->len; k++)
    {
      GArray *members = cor_aligner_node (al, g_array_index (row, guint, k))->members;

      for (guint m = 0; m < members->len; m++)
        g_ptr_array_add (statements, cor_aligner_statement (al, g_array_index (members, guint, m)));
    }
  fact->summary = cor_summary_from_statement (reference, &reads_sentence);
  /* A reference whose words lean on their sentence gives way to another
   * statement of the row that stands alone. */
  for (guint i = 0; i < statements->len && cor_summary_is_fragment (fact->summary); i++)
    {
      g_autofree char *other = NULL;

      /* Only one that states the reference's fact as it does: a cell
       * that conflicts with the reference, or gives another count of it,
       * would read so against the row's own summary. */
      if (cell_status (g_ptr_array_index (statements, i), reference) != COR_CELL_SUPPORTS)
        continue;
      other = cor_summary_from_statement (g_ptr_array_index (statements, i), &other_reads_sentence);
      if (!cor_summary_is_fragment (other))
        {
          g_free (fact->summary);
          fact->summary = g_steal_pointer (&other);
          summarised = g_ptr_array_index (statements, i);
          reads_sentence = other_reads_sentence;
        }
    }
  /* "The statement said, …" leaves a reader asking whose: a statement of
   * the row that names its speaker sums it up instead. */
  for (guint i = 0; i < statements->len && opens_with_unnamed (fact->summary, summarised); i++)
    {
      const CorStatement *st = g_ptr_array_index (statements, i);
      g_autofree char *other = NULL;

      if (st->speaker == NULL || cor_statement_speaker_unnamed (st))
        continue;
      other = cor_summary_from_statement (st, &other_reads_sentence);
      if (!cor_summary_is_fragment (other) && !opens_with_unnamed (other, st))
        {
          g_free (fact->summary);
          fact->summary = g_steal_pointer (&other);
          summarised = st;
          reads_sentence = other_reads_sentence;
        }
    }
  if (cor_summary_is_fragment (fact->summary))
    {
      char *settled = cor_summary_settle (fact->summary, statements);

      if (settled != NULL)
        {
          g_free (fact->summary);
          fact->summary = settled;
        }
    }
  if (cor_summary_is_fragment (fact->summary) && summarised->source < al->table->documents->len)
    {
      char *named = name_pronoun (fact->summary, g_ptr_array_index (al->table->documents, summarised->source),
                                  summarised);

      if (named != NULL && !cor_summary_is_fragment (named))
        {
          g_free (fact->summary);
          fact->summary = named;
        }
      else
        g_free (named);
    }
  /* A summary that reads the clause's whole sentence says what the
   * sentence says: cells are marked against its figures, places and days. */
  marked_against = summarised;
  if (reads_sentence && summarised->source < al->table->documents->len)
    {
      whole_sentence = *summarised;
      whole_sentence.text = summarised->sentence;
      whole_sentence.start = summarised->sentence_start;
      whole_sentence.end = summarised->sentence_start + strlen (summarised->sentence);
      whole_sentence.mentions = sentence_mentions
        = mentions_between (g_ptr_array_index (al->table->documents, summarised->source), whole_sentence.start,
                            whole_sentence.end);
      marked_against = &whole_sentence;
    }
  sentences = g_array_sized_new (FALSE, FALSE, sizeof (guint64), statements->len);
  for (guint i = 0; i < statements->len; i++)
    {
      guint64 key = sentence_key (g_ptr_array_index (statements, i));

      g_array_append_val (sentences, key);
    }
  g_array_sort (sentences, cor_compare_guint64);
  for (guint i = 0; i < statements->len; i++)
    {
      CorStatement *st = g_ptr_array_index (statements, i);
      CorDocument *doc = st->source < al->table->documents->len ? g_ptr_array_index (al->table->documents, st->source) : NULL;
      /* Two clauses of one sentence in the row show that sentence, and
       * each is marked on all its words. */
      gboolean whole = st->sentence != NULL && repeated (sentences, sentence_key (st));
      CorCell *cell = make_cell (doc, st, reference, st == summarised ? summarised : marked_against,
                                 statements->len < 2, whole, event);

      g_ptr_array_add (fact->cells, cell);
      if (st->headline)
        g_ptr_array_add (headlines, cell);
      if (st == summarised)
        own = cell;
    }
  g_ptr_array_sort (fact->cells, compare_cells);
  join_headline_cells (fact->cells, headlines, own);
  g_ptr_array_unref (fact->values);
  fact->values = cor_compare_row_values (statements);
  cor_fact_update_agreement (fact);
  return fact;
}
