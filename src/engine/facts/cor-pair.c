/* cor-pair.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-align"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cor-compare.h"
#include "cor-pair.h"
#include "cor-pair-weights.h"

/* A term that many of the statements use says what the story is about,
 * not which fact a sentence states ("Trump" and "Taiwan" in a story of
 * their call; "Putin", named in three sentences of four reports, is not). */
#define STORY_SHARE 0.12
/* A stem fewer than this share of the statements use is rare enough to link. */
#define RARE_SHARE  0.04

static const char *feature_names[COR_N_PAIR_FEATURES] = {
  "stem_cosine", "concept_cosine", "rare_shared", "max_shared", "names_shared",
  "values_shared", "dates_shared", "quote_shared", "predicate_match", "predicate_clash",
  "subject_match", "subject_clash", "speaker_clash", "year_clash", "measure_same",
  "measure_clash", "negation_differs", "headline", "shorter_length", "length_ratio",
  "story_words_only", "object_match", "predicate_names", "predicate_concepts", "later_position",
  "position_gap", "bigram_cosine", "sentence_cosine",
};

G_STATIC_ASSERT (G_N_ELEMENTS (cor_pair_fitted_weights) == COR_N_PAIR_FEATURES);

typedef struct
{
  guint statements;
  guint sources;
  guint last_source;
} TermCount;

struct _CorTermStats
{
  GHashTable *counts;        /* term → TermCount */
  guint       n_statements;
  guint       n_sources;
  double      max_idf;
};

CorTermStats *
cor_term_stats_new (GPtrArray *statements,
                    guint      n_sources)
{
  CorTermStats *self = g_new0 (CorTermStats, 1);

  self->counts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->n_statements = MAX (statements->len, 1);
  self->n_sources = MAX (n_sources, 1);
  for (guint i = 0; i < statements->len; i++)
    {
      const CorStatement *st = g_ptr_array_index (statements, i);
      GArray *terms = st->prop.terms;

      for (guint k = 0; k < terms->len; k++)
        {
          gpointer key = GUINT_TO_POINTER (g_array_index (terms, guint32, k));
          TermCount *c = g_hash_table_lookup (self->counts, key);

          if (c == NULL)
            {
              c = g_new0 (TermCount, 1);
              c->last_source = G_MAXUINT;
              g_hash_table_insert (self->counts, key, c);
            }
          c->statements++;
          if (c->last_source != st->source)
            c->sources++;
          c->last_source = st->source;
        }
    }
  self->max_idf = log ((double)self->n_statements);
  return self;
}

void
cor_term_stats_free (CorTermStats *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->counts);
  g_free (self);
}

double
cor_term_stats_idf (const CorTermStats *self,
                    guint32             term)
{
  const TermCount *c = g_hash_table_lookup (self->counts, GUINT_TO_POINTER (term));

  return log ((double)self->n_statements / (c != NULL ? c->statements : 1));
}

double
cor_term_stats_statement_share (const CorTermStats *self,
                                guint32             term)
{
  const TermCount *c = g_hash_table_lookup (self->counts, GUINT_TO_POINTER (term));

  return c != NULL ? (double)c->statements / self->n_statements : 0.0;
}

double
cor_term_stats_share (const CorTermStats *self,
                      guint32             term)
{
  const TermCount *c = g_hash_table_lookup (self->counts, GUINT_TO_POINTER (term));

  /* Statements come in source order, but the same source may come back
   * (the aligner's order is by report), so a count can only overshoot. */
  return c != NULL ? MIN (1.0, (double)c->sources / self->n_sources) : 0.0;
}

void
cor_pair_side_init (CorPairSide        *side,
                    const CorStatement *statement,
                    double              position,
                    GArray             *sentence,
                    const CorTermStats *stats)
{
  GArray *terms = statement->prop.terms;

  memset (side, 0, sizeof *side);
  side->statement = statement;
  side->position = position;
  side->sentence = sentence;
  for (guint k = 0; sentence != NULL && k < sentence->len; k++)
    {
      guint32 term = g_array_index (sentence, guint32, k);

      if (COR_TERM_KIND (term) == COR_TERM_STEM)
        {
          double idf = cor_term_stats_idf (stats, term);

          side->sentence_norm += idf * idf;
        }
    }
  side->sentence_norm = sqrt (side->sentence_norm);
  for (guint k = 0; k < terms->len; k++)
    {
      guint32 term = g_array_index (terms, guint32, k);
      double idf = cor_term_stats_idf (stats, term);

      side->norm[COR_TERM_KIND (term)] += idf * idf;
    }
  for (guint kind = 0; kind < COR_N_TERM_KINDS; kind++)
    side->norm[kind] = sqrt (side->norm[kind]);
}

/* What two sorted term lists share, kind by kind. */
typedef struct
{
  double dot[COR_N_TERM_KINDS];
  guint  count[COR_N_TERM_KINDS];
  guint  rare_stems;
  double names_idf;
  guint  shared;
  guint  story_wide;
  double max_idf;
} Shared;

static void
share_terms (const CorPairSide  *a,
             const CorPairSide  *b,
             const CorTermStats *stats,
             Shared             *out)
{
  GArray *x = a->statement->prop.terms, *y = b->statement->prop.terms;
  guint i = 0, j = 0;

  memset (out, 0, sizeof *out);
  while (i < x->len && j < y->len)
    {
      guint32 s = g_array_index (x, guint32, i), t = g_array_index (y, guint32, j);
      CorTermKind kind;
      double idf, share;

      if (s != t)
        {
          if (s < t)
            i++;
          else
            j++;
          continue;
        }
      i++, j++;
      kind = COR_TERM_KIND (s);
      idf = cor_term_stats_idf (stats, s);
      share = cor_term_stats_statement_share (stats, s);
      out->dot[kind] += idf * idf;
      out->count[kind]++;
      if (kind == COR_TERM_STEM || kind == COR_TERM_CONCEPT || kind == COR_TERM_NAME)
        {
          out->shared++;
          out->story_wide += share >= STORY_SHARE;
          if (share < STORY_SHARE)
            out->max_idf = MAX (out->max_idf, idf);
        }
      if (kind == COR_TERM_STEM && share < RARE_SHARE)
        out->rare_stems++;
      if (kind == COR_TERM_NAME)
        out->names_idf += idf;
    }
}

static double
cosine (const Shared      *shared,
        const CorPairSide *a,
        const CorPairSide *b,
        CorTermKind        kind)
{
  double norm = a->norm[kind] * b->norm[kind];

  return norm > 0 ? shared->dot[kind] / norm : 0.0;
}

static double
sentence_cosine (const CorPairSide  *a,
                 const CorPairSide  *b,
                 const CorTermStats *stats)
{
  GArray *x = a->sentence, *y = b->sentence;
  double dot = 0;
  guint i = 0, j = 0;

  if (x == NULL || y == NULL || a->sentence_norm == 0 || b->sentence_norm == 0)
    return 0;
  while (i < x->len && j < y->len)
    {
      guint32 s = g_array_index (x, guint32, i), t = g_array_index (y, guint32, j);

      if (s == t)
        {
          if (COR_TERM_KIND (s) == COR_TERM_STEM)
            {
              double idf = cor_term_stats_idf (stats, s);

              dot += idf * idf;
            }
          i++, j++;
        }
      else if (s < t)
        i++;
      else
        j++;
    }
  return dot / (a->sentence_norm * b->sentence_norm);
}

/* "10 people were killed" and "10 houses were damaged": the same number
 * counting two different things, which the bare number's key (kept so
 * that "3 dead" meets "three people died") would count as shared. */
static gboolean
coincide (const CorMeasure *x,
          const CorMeasure *y)
{
  const CorMention *a = x->mention, *b = y->mention;

  return a->kind == COR_MENTION_NUMBER && b->kind == COR_MENTION_NUMBER && a->unit != NULL && b->unit != NULL
         && a->value == b->value && x->n_words > 0 && y->n_words > 0 && !cor_compare_same_measure (a, b);
}

/* "At least one person" is true of "twelve people", but says nothing of
 * whether the two count the same dead: a bound far from the other value
 * is no sign of one fact. */
static gboolean
loose_bound (const CorMention *a,
             const CorMention *b)
{
  double x = fabs (a->value), y = fabs (b->value);

  return (a->bound != COR_BOUND_NONE || b->bound != COR_BOUND_NONE) && MAX (x, y) > 2 * MIN (x, y);
}

static void
compare_measures (const CorProposition *a,
                  const CorProposition *b,
                  double               *same,
                  double               *clash,
                  guint                *coincidences)
{
  for (guint i = 0; i < a->measures->len; i++)
    for (guint j = 0; j < b->measures->len; j++)
      {
        const CorMeasure *x = &g_array_index (a->measures, CorMeasure, i);
        const CorMeasure *y = &g_array_index (b->measures, CorMeasure, j);

        if (!cor_proposition_same_measure (x, y))
          {
            *coincidences += coincide (x, y);
            continue;
          }
        if (cor_compare_values_agree (x->mention, y->mention))
          *same = MAX (*same, loose_bound (x->mention, y->mention) ? 0 : 1);
        else
          *clash = 1;
      }
}

/* A speaker by name, not "officials" or "a report". */
static gboolean
is_named (const char *speaker)
{
  return speaker != NULL && g_unichar_isupper (g_utf8_get_char (speaker));
}

/* Whether @text has the last word of @speaker's name ("Zareh"), as a
 * word: the name reader may not have known it for a name there. */
static gboolean
text_names (const char *text,
            const char *speaker)
{
  const char *last = strrchr (speaker, ' ');
  gsize n;

  last = last != NULL ? last + 1 : speaker;
  n = strlen (last);
  if (n < 3)
    return FALSE;
  for (const char *p = strstr (text, last); p != NULL; p = strstr (p + 1, last))
    if ((p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[n]))
      return TRUE;
  return FALSE;
}

/* Two speakers by name, and neither named in the other's statement:
 * "Zareh dismissed concerns …, IRNA reported" does not clash with "Zareh
 * said there was no risk", nor "officials said" with anyone. */
static gboolean
speakers_clash (const CorStatement *x,
                const CorStatement *y)
{
  if (!is_named (x->speaker) || !is_named (y->speaker) || g_ascii_strcasecmp (x->speaker, y->speaker) == 0)
    return FALSE;
  return !text_names (x->text, y->speaker) && !text_names (y->text, x->speaker);
}

/* Of quoted three-word runs (the feature counts five at most), what two
 * statements of one quote share. */
#define SAME_QUOTE 0.6
/* The speaker_clash feature of two people quoted apart: no pair. */
#define SPEAKERS_APART 2.0

/* Whether most of @st is a quotation: its speaker's own words. */
static gboolean
mostly_quoted (const CorStatement *st)
{
  gsize quoted = 0;

  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);

      if (m->kind == COR_MENTION_QUOTE)
        quoted += MIN (m->end, st->end) - MIN (MAX (m->start, st->start), MIN (m->end, st->end));
    }
  return 2 * quoted >= st->end - st->start;
}

/* Whether @x and @y are mostly the words of two people, each named
 * ("council leader Linda Okafor", "Pauline Marsh"), neither named in the
 * other's statement. */
static gboolean
quoted_apart (const CorStatement *x,
              const CorStatement *y)
{
  const char *last_x, *last_y;

  if (x->speaker == NULL || y->speaker == NULL || g_ascii_strcasecmp (x->speaker, y->speaker) == 0
      || !mostly_quoted (x) || !mostly_quoted (y))
    return FALSE;
  last_x = strrchr (x->speaker, ' ');
  last_y = strrchr (y->speaker, ' ');
  last_x = last_x != NULL ? last_x + 1 : x->speaker;
  last_y = last_y != NULL ? last_y + 1 : y->speaker;
  return g_unichar_isupper (g_utf8_get_char (last_x)) && g_unichar_isupper (g_utf8_get_char (last_y))
         && strcmp (last_x, last_y) != 0 && !text_names (x->text, y->speaker) && !text_names (y->text, x->speaker);
}

void
cor_pair_features (const CorPairSide  *a,
                   const CorPairSide  *b,
                   const CorTermStats *stats,
                   double              f[COR_N_PAIR_FEATURES])
{
  const CorStatement *x = a->statement, *y = b->statement;
  const CorProposition *p = &x->prop, *q = &y->prop;
  Shared shared;
  double shorter = MIN (x->n_words, y->n_words), longer = MAX (x->n_words, y->n_words);
  gboolean predicates_meet = cor_proposition_predicates_meet (p, q);
  guint coincidences = 0;

  memset (f, 0, sizeof (double) * COR_N_PAIR_FEATURES);
  share_terms (a, b, stats, &shared);
  f[COR_PAIR_STEM_COSINE] = cosine (&shared, a, b, COR_TERM_STEM);
  f[COR_PAIR_CONCEPT_COSINE] = cosine (&shared, a, b, COR_TERM_CONCEPT);
  f[COR_PAIR_RARE_SHARED] = MIN (shared.rare_stems, 5) / 5.0;
  f[COR_PAIR_MAX_SHARED] = stats->max_idf > 0 ? shared.max_idf / stats->max_idf : 0;
  f[COR_PAIR_NAMES_SHARED] = stats->max_idf > 0 ? MIN (shared.names_idf / stats->max_idf, 2.0) : 0;
  compare_measures (p, q, &f[COR_PAIR_MEASURE_SAME], &f[COR_PAIR_MEASURE_CLASH], &coincidences);
  f[COR_PAIR_VALUES_SHARED] = MIN (shared.count[COR_TERM_VALUE] - MIN (coincidences, shared.count[COR_TERM_VALUE]), 3) / 3.0;
  f[COR_PAIR_DATES_SHARED] = MIN (shared.count[COR_TERM_DATE], 2) / 2.0;
  f[COR_PAIR_QUOTE_SHARED] = MIN (shared.count[COR_TERM_QUOTE], 5) / 5.0;
  f[COR_PAIR_PREDICATE_MATCH] = predicates_meet;
  f[COR_PAIR_PREDICATE_CLASH] = p->predicate != 0 && q->predicate != 0 && !predicates_meet;
  f[COR_PAIR_SUBJECT_MATCH] = p->subject != NULL && g_strcmp0 (p->subject, q->subject) == 0;
  f[COR_PAIR_SUBJECT_CLASH] = p->subject != NULL && q->subject != NULL
                              && g_strcmp0 (p->subject, q->subject) != 0
                              && !cor_proposition_names (p, q->subject)
                              && !cor_proposition_names (q, p->subject);
  /* Two people, each named, quoted in their own words alike ("We have
   * never seen anything like this", "I've never seen anything like it")
   * said two things: the pair is as apart as two speakers can be. The
   * same words credited to two people (most of their quoted words
   * shared) are one quote, and a fact two sources give is one fact. */
  f[COR_PAIR_SPEAKER_CLASH] = speakers_clash (x, y);
  if (f[COR_PAIR_QUOTE_SHARED] < SAME_QUOTE && quoted_apart (x, y))
    f[COR_PAIR_SPEAKER_CLASH] = SPEAKERS_APART;
  f[COR_PAIR_YEAR_CLASH] = cor_proposition_years_clash (p, q);
  f[COR_PAIR_NEGATION_DIFFERS] = predicates_meet && p->negated != q->negated;
  f[COR_PAIR_HEADLINE] = x->headline || y->headline;
  f[COR_PAIR_SHORTER_LENGTH] = log1p (shorter) / log (64);
  f[COR_PAIR_LENGTH_RATIO] = longer > 0 ? shorter / longer : 0;
  f[COR_PAIR_STORY_WORDS_ONLY] = shared.shared > 0 && shared.story_wide == shared.shared;
  f[COR_PAIR_OBJECT_MATCH] = cor_proposition_objects_meet (p, q);
  f[COR_PAIR_PREDICATE_NAMES] = predicates_meet ? MIN (shared.count[COR_TERM_NAME], 3) / 3.0 : 0;
  f[COR_PAIR_PREDICATE_CONCEPTS] = predicates_meet ? f[COR_PAIR_CONCEPT_COSINE] : 0;
  f[COR_PAIR_EARLIER_POSITION] = MAX (a->position, b->position);
  f[COR_PAIR_POSITION_GAP] = fabs (a->position - b->position);
  f[COR_PAIR_BIGRAM_COSINE] = cosine (&shared, a, b, COR_TERM_BIGRAM);
  f[COR_PAIR_SENTENCE_COSINE] = sentence_cosine (a, b, stats);
}

/* Weights from the environment (COR_ALIGN_WEIGHTS, a file of "name value"
 * lines, with "bias" and "threshold"), for fitting and cross-validation;
 * the fitted ones otherwise. */
typedef struct
{
  double weights[COR_N_PAIR_FEATURES];
  double bias;
  double threshold;
} Model;

static gpointer
load_model (gpointer data)
{
  Model *model = g_new0 (Model, 1);
  const char *path = g_getenv ("COR_ALIGN_WEIGHTS");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  (void)data;
  memcpy (model->weights, cor_pair_fitted_weights, sizeof model->weights);
  model->bias = cor_pair_fitted_bias;
  model->threshold = cor_pair_fitted_threshold;
  if (path == NULL || !g_file_get_contents (path, &contents, NULL, NULL))
    return model;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char name[64];
      double value;

      if (sscanf (lines[i], "%63s %lf", name, &value) != 2)
        continue;
      if (strcmp (name, "bias") == 0)
        model->bias = value;
      else if (strcmp (name, "threshold") == 0)
        model->threshold = value;
      for (guint k = 0; k < COR_N_PAIR_FEATURES; k++)
        if (strcmp (name, feature_names[k]) == 0)
          model->weights[k] = value;
    }
  return model;
}

static const Model *
model (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_model, NULL);
}

/* Below this cosine of their stems, of their concepts and of their
 * sentences, two statements share no wording to speak of. On the seeds and
 * nine corpus clusters this keeps apart one pair of statements (a false
 * conflict) and no pair the gold joins. */
#define MIN_WORDING 0.05

double
cor_pair_score (const double f[COR_N_PAIR_FEATURES])
{
  const Model *m = model ();
  double z = m->bias;

  /* Values and dates confirm a link or clash with it; they never make one
   * on their own. Two statements that share next to no words, concepts,
   * names or quoted words are two facts, whatever numbers they share:
   * "Cecilia Sarai Carillo, 23, … on Sunday morning" is not "23-year-old
   * Monica Torres … Sunday morning". */
  if (f[COR_PAIR_STEM_COSINE] < MIN_WORDING && f[COR_PAIR_CONCEPT_COSINE] < MIN_WORDING
      && f[COR_PAIR_SENTENCE_COSINE] < MIN_WORDING && f[COR_PAIR_NAMES_SHARED] == 0
      && f[COR_PAIR_QUOTE_SHARED] == 0)
    return 0;
  if (f[COR_PAIR_SPEAKER_CLASH] >= SPEAKERS_APART)
    return 0;

  for (guint k = 0; k < COR_N_PAIR_FEATURES; k++)
    z += m->weights[k] * f[k];
  return 1.0 / (1.0 + exp (-z));
}

double
cor_pair_threshold (double strictness)
{
  double bar = model ()->threshold;

  /* Strictness moves the bar towards 0 (everything joins) or 1 (nothing
   * does) from the fitted one, which 0.5 keeps. */
  strictness = CLAMP (strictness, 0.0, 1.0);
  if (strictness >= 0.5)
    return bar + (1.0 - bar) * (strictness - 0.5) * 1.6;
  return bar * (0.4 + 1.2 * strictness);
}

const char *
cor_pair_feature_name (CorPairFeature feature)
{
  g_return_val_if_fail (feature < COR_N_PAIR_FEATURES, NULL);

  return feature_names[feature];
}
