/* cor-compare.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-compare"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cor-compare.h"

/* An approximate value ("about 20 million") agrees with one this close. */
#define APPROXIMATE_TOLERANCE 0.1
/* Rounding never stretches an exact value further than this: "200 m" is
 * written to one digit, yet it does not agree with "150 m". */
#define ROUNDING_TOLERANCE 0.1
/* Two figures are one when they differ by no more than this share; one
 * converted from another unit, by this. */
#define FIGURE_TOLERANCE 0.001
#define FIGURE_CONVERTED_TOLERANCE 0.05
/* Two statements whose words overlap this much say the same thing; only
 * then does one's "not" contradict the other. */
#define NEAR_IDENTICAL 0.6
/* A statement with less than this share of the summary's words states a
 * narrower fact: careful readers judged 7 of the 10 such cells of three
 * audited tables partial, and 4 of 4 in three tables audited apart. Of
 * the cells marked `supports` in the nine gold sets' tables, a reader
 * judged 6 of the 9 with 30-40% of the words partial or another fact,
 * and 15 of the 17 with 40-50% supporting (audit 25): a wrong `supports`
 * is worse than a cautious `partial`. */
#define NARROWER_COVERAGE 0.4

/* Units that measure the same thing, and what one of each is in the base
 * unit of its kind, so that "60 metres" and "200 feet" can be compared. */
static const struct {
  const char *unit;
  const char *base;
  double      factor;
} conversions[] = {
  { "t", "kg", 1000 }, { "ton", "kg", 1000 }, { "tons", "kg", 1000 }, { "tonne", "kg", 1000 },
  { "tonnes", "kg", 1000 }, { "metric ton", "kg", 1000 }, { "mt", "kg", 1000 },
  { "kg", "kg", 1 }, { "g", "kg", 1e-3 }, { "mg", "kg", 1e-6 }, { "µg", "kg", 1e-9 },
  { "pound", "kg", 0.45359237 }, { "ounce", "kg", 0.028349523125 },
  { "km", "m", 1000 }, { "m", "m", 1 }, { "dm", "m", 0.1 }, { "cm", "m", 0.01 },
  { "mm", "m", 0.001 }, { "mile", "m", 1609.344 }, { "nautical mile", "m", 1852 },
  { "yard", "m", 0.9144 }, { "foot", "m", 0.3048 }, { "inch", "m", 0.0254 },
  { "km²", "m²", 1e6 }, { "m²", "m²", 1 }, { "ha", "m²", 1e4 }, { "acre", "m²", 4046.8564224 },
  { "square mile", "m²", 2589988.110336 }, { "square foot", "m²", 0.09290304 },
  { "L", "L", 1 }, { "mL", "L", 1e-3 }, { "gallon", "L", 3.785411784 },
  { "km/h", "km/h", 1 }, { "mph", "km/h", 1.609344 }, { "knot", "km/h", 1.852 },
};

/* The base unit @unit converts to, and the factor into it; a unit without
 * a conversion is its own base. */
static const char *
unit_base (const char *unit,
           double     *factor)
{
  *factor = 1;
  if (unit == NULL)
    return "";
  /* The recognisers write each unit one way, so an exact match will do. */
  for (guint i = 0; i < G_N_ELEMENTS (conversions); i++)
    if (strcmp (unit, conversions[i].unit) == 0)
      {
        *factor = conversions[i].factor;
        return conversions[i].base;
      }
  return unit;
}

static gboolean
is_compared (const CorMention *m)
{
  if (m->kind == COR_MENTION_DATE)
    return m->date != NULL;
  /* A count of something ("12 people") is compared; a bare number may
   * count anything, so two of them say nothing about each other. */
  if (m->kind == COR_MENTION_NUMBER && m->unit == NULL)
    return FALSE;
  return cor_mention_kind_is_value (m->kind) && !isnan (m->value);
}

gboolean
cor_compare_same_measure (const CorMention *a,
                          const CorMention *b)
{
  double fa, fb;

  if (a->kind != b->kind)
    return FALSE;
  if (a->kind == COR_MENTION_DATE || a->kind == COR_MENTION_MONEY)
    return TRUE;
  if (g_strcmp0 (a->unit, b->unit) == 0)
    return TRUE;
  return strcmp (unit_base (a->unit, &fa), unit_base (b->unit, &fb)) == 0;
}

/* 10^@exponent; a table for the exponents values have, since pow() is
 * slow and this runs for every pair of values compared. A literal is
 * rounded as pow() rounds, so the result is the same. */
static double
power_of_ten (int exponent)
{
  static const double powers[] = {
    1e-30, 1e-29, 1e-28, 1e-27, 1e-26, 1e-25, 1e-24, 1e-23, 1e-22, 1e-21, 1e-20,
    1e-19, 1e-18, 1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10,
    1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0,
    1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
    1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30,
  };

  if (exponent < -30 || exponent > 30)
    return pow (10, exponent);
  return powers[exponent + 30];
}

/* Half a unit of the last significant digit: "11 billion" is 10.5–11.5 billion. */
static double
compute_precision (double value)
{
  double magnitude, scale;

  magnitude = floor (log10 (fabs (value)));
  for (int digits = 1; digits < 15; digits++)
    {
      scale = power_of_ten ((int)magnitude - digits + 1);
      if (fabs (value - round (value / scale) * scale) <= 1e-9 * fabs (value))
        return 0.5 * scale;
    }
  return 0;
}

/* The aligner compares each statement's values with those of a score of
 * candidates: a small cache per thread spares recomputing them. */
#define PRECISION_CACHE 256

static double
precision_of (double value)
{
  static _Thread_local struct { double value, precision; gboolean set; } cache[PRECISION_CACHE];
  guint64 bits;
  guint slot;

  if (value == 0 || isnan (value))
    return 0;
  memcpy (&bits, &value, sizeof bits);
  slot = (guint)((bits ^ (bits >> 29) ^ (bits >> 47)) % PRECISION_CACHE);
  if (!cache[slot].set || cache[slot].value != value)
    {
      cache[slot].value = value;
      cache[slot].precision = compute_precision (value);
      cache[slot].set = TRUE;
    }
  return cache[slot].precision;
}

/* Whether @text writes a year: four digits in a row. */
static gboolean
writes_year (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      run = 0;
    else if (++run == 4)
      return TRUE;
  return FALSE;
}

/* Dates agree when one holds the other ("2026-04" and "2026-04-02"). A
 * day whose year neither report writes ("Oct. 14") has the year the
 * tense around it suggests, which two reports may read apart: the month
 * and day are compared. */
static gboolean
dates_agree (const CorMention *a,
             const CorMention *b)
{
  gsize n = MIN (strlen (a->date), strlen (b->date));

  if (strncmp (a->date, b->date, n) == 0)
    return TRUE;
  return strlen (a->date) == 10 && strlen (b->date) == 10 && strcmp (a->date + 4, b->date + 4) == 0
         && (!writes_year (a->text) || !writes_year (b->text));
}

/* @a's and @b's values as ranges in one unit (@fa and @fb scale each to
 * it), their bounds set aside. Whether their units differ. */
static gboolean
scaled_ranges (const CorMention *a,
               const CorMention *b,
               double           *fa,
               double           *fb,
               double           *lo_a,
               double           *hi_a,
               double           *lo_b,
               double           *hi_b)
{
  gboolean converted = g_strcmp0 (a->unit, b->unit) != 0;

  *fa = *fb = 1;
  if (converted)
    {
      unit_base (a->unit, fa);
      unit_base (b->unit, fb);
    }
  *lo_a = a->value * *fa, *hi_a = (isnan (a->value_max) ? a->value : a->value_max) * *fa;
  *lo_b = b->value * *fb, *hi_b = (isnan (b->value_max) ? b->value : b->value_max) * *fb;
  return converted;
}

gboolean
cor_compare_values_agree (const CorMention *a,
                          const CorMention *b)
{
  double lo_a, hi_a, lo_b, hi_b, tol, fa, fb;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!cor_compare_same_measure (a, b))
    return FALSE;
  if (a->kind == COR_MENTION_DATE)
    return a->date && b->date && dates_agree (a, b);
  if (a->kind == COR_MENTION_MONEY && g_strcmp0 (a->unit, b->unit) != 0)
    return FALSE;

  scaled_ranges (a, b, &fa, &fb, &lo_a, &hi_a, &lo_b, &hi_b);
  tol = MIN (MAX (precision_of (a->value) * fa, precision_of (b->value) * fb),
             ROUNDING_TOLERANCE * MAX (fabs (a->value * fa), fabs (b->value * fb)));
  if (a->approximate || b->approximate)
    tol = MAX (tol, APPROXIMATE_TOLERANCE * MAX (fabs (a->value * fa), fabs (b->value * fb)));
  if (a->bound == COR_BOUND_AT_LEAST)
    hi_a = INFINITY;
  else if (a->bound == COR_BOUND_AT_MOST)
    lo_a = -INFINITY;
  if (b->bound == COR_BOUND_AT_LEAST)
    hi_b = INFINITY;
  else if (b->bound == COR_BOUND_AT_MOST)
    lo_b = -INFINITY;
  return lo_a <= hi_b + tol && lo_b <= hi_a + tol;
}

gboolean
cor_compare_same_figure (const CorMention *a,
                         const CorMention *b)
{
  double fa, fb, lo_a, hi_a, lo_b, hi_b, tol, size;
  gboolean converted;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind == COR_MENTION_DATE || !cor_compare_same_measure (a, b)
      || (a->kind == COR_MENTION_MONEY && g_strcmp0 (a->unit, b->unit) != 0))
    return FALSE;
  converted = scaled_ranges (a, b, &fa, &fb, &lo_a, &hi_a, &lo_b, &hi_b);
  size = MAX (fabs (hi_a), fabs (hi_b));
  /* "10 kilometres (six miles)": a conversion is rounded. */
  tol = (a->approximate || b->approximate) ? APPROXIMATE_TOLERANCE * size
        : converted ? FIGURE_CONVERTED_TOLERANCE * size : FIGURE_TOLERANCE * size;
  return lo_a <= hi_b + tol && lo_b <= hi_a + tol;
}

/* @notes is made with the first note: most cells have none, and a string
 * made and freed for each of 100,000 cells weighed under the sanitizers. */
static void
add_note (GString    **notes,
          const char  *note)
{
  if (*notes == NULL)
    *notes = g_string_new (NULL);
  if (strstr ((*notes)->str, note) != NULL)
    return;
  if ((*notes)->len)
    g_string_append (*notes, "; ");
  g_string_append (*notes, note);
}

/* "€2m ($2.7m)": an amount in brackets right after another is the same
 * amount converted, not a second one. */
static gboolean
is_conversion (const CorStatement *st,
               guint               i)
{
  const CorMention *m = g_ptr_array_index (st->mentions, i);
  const CorMention *prev;
  gboolean bracket = FALSE;

  if (i == 0 || m->kind != COR_MENTION_MONEY)
    return FALSE;
  prev = g_ptr_array_index (st->mentions, i - 1);
  if (prev->kind != COR_MENTION_MONEY || prev->end > m->start || prev->end < st->start || m->start > st->end)
    return FALSE;
  for (gsize p = prev->end; p < m->start; p++)
    {
      char c = st->text[p - st->start];

      if (c == '(' && !bracket)
        bracket = TRUE;
      else if (!g_ascii_isspace (c))
        return FALSE;
    }
  return bracket;
}

/* Whether the statement gives @m together with its conversion into @unit,
 * either way round: "€2m ($2.7m)". */
static gboolean
converted_to (const CorStatement *st,
              const CorMention   *m,
              const char         *unit)
{
  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *prev = i > 0 ? g_ptr_array_index (st->mentions, i - 1) : NULL;
      const CorMention *cur = g_ptr_array_index (st->mentions, i);

      if (!is_conversion (st, i))
        continue;
      if ((prev == m && g_strcmp0 (cur->unit, unit) == 0) || (cur == m && g_strcmp0 (prev->unit, unit) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Whether the statement's @i-th mention is a value compared with others. */
static gboolean
is_compared_in (const CorStatement *st,
                guint               i)
{
  return is_compared (g_ptr_array_index (st->mentions, i)) && !is_conversion (st, i);
}

static const CorMention *
find_agreeing (const CorMention   *m,
               const CorStatement *other)
{
  for (guint i = 0; i < other->mentions->len; i++)
    {
      const CorMention *o = g_ptr_array_index (other->mentions, i);

      if (is_compared (o) && cor_compare_values_agree (m, o))
        return o;
    }
  return NULL;
}

static const CorMeasure *
measure_of (const CorStatement *st,
            const CorMention   *m)
{
  for (guint i = 0; i < st->prop.measures->len; i++)
    {
      const CorMeasure *measure = &g_array_index (st->prop.measures, CorMeasure, i);

      if (measure->mention == m)
        return measure;
    }
  return NULL;
}

/* Whether @m of @self and @o of @other say how much of the same thing:
 * figures only when the words around them meet ("24 dead" and "11
 * killed" do; "24 dead" and "200 injured" do not); dates only when the two
 * state one act. */
static gboolean
measure_the_same (const CorStatement *self,
                  const CorMention   *m,
                  const CorStatement *other,
                  const CorMention   *o,
                  gboolean            unknown_is_same)
{
  const CorMeasure *a, *b;

  if (!cor_compare_same_measure (m, o))
    return FALSE;
  /* A day told of as done and a day planned, in words alike but with two
   * verbs ("imposed a tariff on March 23", "the tariffs were set to take
   * effect on Tuesday"), are two days of two acts. */
  if (m->kind == COR_MENTION_DATE)
    return strlen (m->date) == strlen (o->date)
           && (cor_proposition_predicates_meet (&self->prop, &other->prop)
               || (cor_compare_word_overlap (self, other) >= NEAR_IDENTICAL
                   && (m->tense * o->tense >= 0 || self->prop.predicate == 0 || other->prop.predicate == 0)));
  a = measure_of (self, m);
  b = measure_of (other, o);
  if (a == NULL || b == NULL)
    return FALSE;
  /* A figure with no words of its own ("rose 12% last year and 15% this
   * year") may match another; it never contradicts one. */
  if (unknown_is_same && (a->n_words == 0 || b->n_words == 0))
    return TRUE;
  /* A margin ("by 61 votes") is no total ("24,318 votes"). */
  return a->margin == b->margin && cor_proposition_same_measure (a, b);
}

/* Whether @self gives a value that agrees with @o of @other and counts the
 * same thing: "12 killed" does not match "12 injured". An amount of money
 * or a quantity with its unit given again is the same one, whatever the
 * words around it ("$650 million in annual cost savings", "annual cost
 * savings of $650 million"): another amount beside it ("integration costs
 * of about $900 million") counts something else. */
static gboolean
agrees_within (const CorStatement *other,
               const CorMention   *o,
               const CorStatement *self)
{
  for (guint i = 0; i < self->mentions->len; i++)
    {
      const CorMention *v = g_ptr_array_index (self->mentions, i);

      if (is_compared (v) && cor_compare_values_agree (o, v)
          && (o->kind == COR_MENTION_DATE || o->kind == COR_MENTION_MONEY || o->kind == COR_MENTION_QUANTITY
              || measure_the_same (other, o, self, v, TRUE)))
        return TRUE;
    }
  return FALSE;
}

/* A value of @other that measures what @m measures and agrees with nothing
 * in @self, or NULL. */
static const CorMention *
find_unmatched (const CorMention   *m,
                const CorStatement *self,
                const CorStatement *other)
{
  for (guint i = 0; i < other->mentions->len; i++)
    {
      const CorMention *o = g_ptr_array_index (other->mentions, i);

      if (is_compared_in (other, i) && measure_the_same (self, m, other, o, FALSE) && !agrees_within (other, o, self))
        return o;
    }
  return NULL;
}

static gboolean
share_a_date (const CorStatement *st,
              const CorStatement *ref)
{
  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);

      if (m->kind == COR_MENTION_DATE && is_compared (m) && find_agreeing (m, ref) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether @m is a count with no noun of its own ("80 hurt", "Kills 10",
 * or a count of people) whose words say what it counts; its measure. */
static const CorMeasure *
bare_count (const CorStatement *st,
            const CorMention   *m)
{
  const CorMeasure *measure;

  gsize after = m->end > st->start ? m->end - st->start : 0;

  if (m->kind != COR_MENTION_NUMBER || (m->unit != NULL && strcmp (m->unit, "person") != 0) || m->vague
      || isnan (m->value))
    return NULL;
  /* "the seven-member board": a number joined to a noun by a hyphen
   * describes the next noun; it counts no members. */
  if (after + 1 < strlen (st->text) && st->text[after] == '-' && g_ascii_isalpha (st->text[after + 1]))
    return NULL;
  measure = measure_of (st, m);
  return measure != NULL && measure->n_words > 0 ? measure : NULL;
}

/* Whether @st's report is dated before @ref's (< 0), after it (> 0), or
 * the same day or either undated (0). */
static int
count_order (const CorStatement *st,
             const CorStatement *ref)
{
  if (st->published == NULL || ref->published == NULL)
    return 0;
  return strncmp (st->published, ref->published, 10);
}

/* A count with no noun against one of @ref that the same word says what
 * it counts: "about 50 hurt" conflicts with "80 Hurt", "Five dead" with
 * "24 people dead". compare_values() leaves bare numbers alone, since
 * "12" may count anything; the word beside it says what, and only the
 * same word (not a WordNet relative: "killed 2" is no count of "hurt")
 * makes two counts of one thing. Two subjects are two counts, as there. */
static void
compare_bare_counts (const CorStatement *st,
                     const CorStatement *ref,
                     GString           **notes,
                     CorCellStatus      *status)
{
  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);
      const CorMeasure *a = bare_count (st, m);
      const CorMention *differs = NULL;
      const CorMeasure *differs_measure = NULL;
      gboolean agreed = FALSE;

      if (a == NULL)
        continue;
      for (guint j = 0; j < ref->mentions->len && !agreed; j++)
        {
          const CorMention *o = g_ptr_array_index (ref->mentions, j);
          const CorMeasure *b = bare_count (ref, o);
          CorMention as_o = *m;

          /* Counts with nouns are compare_values()'s. */
          if (b == NULL || (m->unit != NULL && o->unit != NULL) || a->margin != b->margin
              || !cor_proposition_measure_words_meet (a, b, FALSE))
            continue;
          /* "Three" agrees with "three people". */
          as_o.unit = o->unit;
          if (cor_compare_values_agree (&as_o, o))
            agreed = TRUE;
          else
            differs = o, differs_measure = b;
        }
      if (agreed || differs == NULL)
        continue;
      if (st->prop.subject != NULL && ref->prop.subject != NULL && g_strcmp0 (st->prop.subject, ref->prop.subject) != 0)
        continue;
      {
        int order = count_order (st, ref);
        g_autofree char *n = NULL;

        /* A count that grew from an earlier report to a later one is the
         * toll rising: the reports differ in when, not on the fact. */
        if (order < 0 && m->value < differs->value)
          /* Translators: the report gives an earlier, lower count, e.g. "an earlier count: five vs 24 people" */
          n = g_strdup_printf (_("an earlier count: %s vs %s"), m->text, differs->text);
        else if (order > 0 && m->value > differs->value)
          /* Translators: the report gives a later, higher count, e.g. "a later count: 24 people vs five" */
          n = g_strdup_printf (_("a later count: %s vs %s"), m->text, differs->text);
        /* Two levels a toll rose to ("rose to 21", "taking the toll to
         * 27") are two moments of a running count. */
        else if (a->running && differs_measure != NULL && differs_measure->running)
          /* Translators: two reports give a running count at different moments, e.g. "another count: 23 vs 21" */
          n = g_strdup_printf (_("another count: %s vs %s"), m->text, differs->text);
        if (n != NULL)
          {
            add_note (notes, n);
            *status = MAX (*status, COR_CELL_PARTIAL);
            continue;
          }
        n = g_strdup_printf (_("%s vs %s"), m->text, differs->text);
        add_note (notes, n);
        *status = COR_CELL_CONFLICTS;
      }
    }
}

/* Whether @mentions hold one of @kind. */
static gboolean
gives_kind (const GPtrArray *mentions,
            CorMentionKind   kind)
{
  for (guint i = 0; i < mentions->len; i++)
    if (((const CorMention *)g_ptr_array_index (mentions, i))->kind == kind)
      return TRUE;
  return FALSE;
}

/* The one time of day of @mentions, or NULL when they give none or
 * several. */
static const CorMention *
one_time (const GPtrArray *mentions)
{
  const CorMention *found = NULL;

  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (m->kind != COR_MENTION_TIME)
        continue;
      if (found != NULL)
        return NULL;
      found = m;
    }
  return found;
}

static void compare_times (const CorStatement *st,
                           const CorStatement *ref,
                           GString           **notes,
                           CorCellStatus      *status);

static CorCellStatus
compare_values (const CorStatement *st,
                const CorStatement *ref,
                GString           **notes)
{
  CorCellStatus status = COR_CELL_SUPPORTS;
  gboolean dates_shared = share_a_date (st, ref);

  for (guint i = 0; i < st->mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (st->mentions, i);
      const CorMention *agree, *other;

      if (!is_compared_in (st, i))
        continue;
      /* Once the two give one day, another date is a detail of its own
       * ("arrested on Friday, a week after the raid on 3 May"). */
      if (m->kind == COR_MENTION_DATE && dates_shared && find_agreeing (m, ref) == NULL)
        continue;
      agree = find_agreeing (m, ref);
      if (agree != NULL)
        {
          if (m->approximate != agree->approximate)
            {
              /* Translators: a value one report gives as approximate, e.g. "approximate: “about 20 million”" */
              g_autofree char *n = g_strdup_printf (_("approximate: “%s”"),
                                                    m->approximate ? m->text : agree->text);
              add_note (notes, n);
            }
          continue;
        }
      other = find_unmatched (m, st, ref);
      if (other == NULL)
        continue;
      if (m->kind == COR_MENTION_MONEY && g_strcmp0 (m->unit, other->unit) != 0)
        {
          g_autofree char *n = NULL;

          /* A conversion in brackets gives the amount in the other
           * currency too; exchange rates differ, so it is not compared. */
          if (converted_to (st, m, other->unit) || converted_to (ref, other, m->unit))
            continue;

          /* Translators: two currencies, e.g. "in EUR, not USD" */
          n = g_strdup_printf (_("in %s, not %s"), m->unit ? m->unit : "?", other->unit ? other->unit : "?");
          add_note (notes, n);
          status = MAX (status, COR_CELL_PARTIAL);
        }
      else if (st->prop.subject != NULL && ref->prop.subject != NULL
               && g_strcmp0 (st->prop.subject, ref->prop.subject) != 0)
        /* The ages of two people, the tolls of two towns: not one figure
         * told two ways. */
        continue;
      else
        {
          /* Translators: two values that differ, e.g. "150 m vs 60 m" */
          g_autofree char *n = g_strdup_printf (_("%s vs %s"), m->text, other->text);

          add_note (notes, n);
          status = COR_CELL_CONFLICTS;
        }
    }
  compare_bare_counts (st, ref, notes, &status);
  compare_times (st, ref, notes, &status);
  return status;
}

/* Whether mention @m of @st stands in brackets: another way to give what
 * comes before it ("2:30 p.m. (1130 GMT)"). */
static gboolean
in_brackets (const CorStatement *st,
             const CorMention   *m)
{
  gsize at = m->start > st->start ? m->start - st->start : 0;

  while (at > 0 && st->text[at - 1] == ' ')
    at--;
  return at > 0 && at <= strlen (st->text) && st->text[at - 1] == '(';
}

/* Two times of day of one act ("started shortly after 1pm", "began at
 * around 14:30") conflict when they are further apart than a rounded
 * time allows (TIME_SLACK minutes), or than two times given to the
 * minute allow ("6.42 a.m." and "7.10am": TIME_SLACK_EXACT), and @st
 * gives none within it. */
#define TIME_SLACK       45
#define TIME_SLACK_EXACT 15
/* Two times given to the minute, neither a round one nor said to be about
 * it ("04:17" and "04:27"), are told from one clock: they differ. */
#define TIME_SLACK_PRECISE 5

static int
time_slack (const CorMention *a,
            const CorMention *b)
{
  if (a->minutes % 15 == 0 || b->minutes % 15 == 0)
    return TIME_SLACK;
  if (!a->approximate && !b->approximate && a->minutes % 5 != 0 && b->minutes % 5 != 0)
    return TIME_SLACK_PRECISE;
  return TIME_SLACK_EXACT;
}

static void
compare_times (const CorStatement *st,
               const CorStatement *ref,
               GString           **notes,
               CorCellStatus      *status)
{
  /* One act, told in other words ("broke through the embankment at about
   * 4.15am on Saturday", "the embankment failed at around 5.30am on
   * Saturday"): each gives one time, on a day both give or one leaves
   * unsaid. */
  if (!cor_proposition_predicates_meet (&st->prop, &ref->prop)
      && !(one_time (st->mentions) != NULL && one_time (ref->mentions) != NULL
           && (share_a_date (st, ref) || !gives_kind (st->mentions, COR_MENTION_DATE)
               || !gives_kind (ref->mentions, COR_MENTION_DATE))))
    return;
  for (guint i = 0; i < ref->mentions->len; i++)
    {
      const CorMention *o = g_ptr_array_index (ref->mentions, i);
      const CorMention *differs = NULL;
      gboolean agreed = FALSE;

      if (o->kind != COR_MENTION_TIME || in_brackets (ref, o) || o->minutes < 0)
        continue;
      for (guint j = 0; j < st->mentions->len && !agreed; j++)
        {
          const CorMention *m = g_ptr_array_index (st->mentions, j);
          if (m->kind != COR_MENTION_TIME || m->minutes < 0)
            continue;
          if (ABS (m->minutes - o->minutes) <= time_slack (m, o))
            agreed = TRUE;
          else if (!in_brackets (st, m))
            differs = m;
        }
      if (!agreed && differs != NULL)
        {
          /* Translators: two values that differ, e.g. "150 m vs 60 m" */
          g_autofree char *n = g_strdup_printf (_("%s vs %s"), differs->text, o->text);

          add_note (notes, n);
          *status = COR_CELL_CONFLICTS;
        }
    }
}

gboolean
cor_compare_shown_time (const CorShown     *shown,
                        const CorStatement *reference,
                        char              **note)
{
  const CorMention *mine, *theirs;

  g_return_val_if_fail (shown != NULL && reference != NULL && note != NULL, FALSE);

  mine = one_time (shown->mentions);
  theirs = one_time (reference->mentions);
  if (mine == NULL || theirs == NULL || mine->minutes < 0 || theirs->minutes < 0 || in_brackets (reference, theirs)
      || ABS (mine->minutes - theirs->minutes) <= time_slack (mine, theirs))
    return FALSE;
  /* Translators: two values that differ, e.g. "150 m vs 60 m" */
  *note = g_strdup_printf (_("%s vs %s"), mine->text, theirs->text);
  return TRUE;
}

double
cor_compare_word_overlap (const CorStatement *a,
                          const CorStatement *b)
{
  GArray *x = a->prop.terms, *y = b->prop.terms;
  guint na = 0, nb = 0, shared = 0, i = 0, j = 0;

  /* Terms are sorted, so one walk finds the shared stems. */
  while (i < x->len || j < y->len)
    {
      guint32 s = i < x->len ? g_array_index (x, guint32, i) : G_MAXUINT32;
      guint32 t = j < y->len ? g_array_index (y, guint32, j) : G_MAXUINT32;

      if (s == t)
        {
          if (COR_TERM_KIND (s) == COR_TERM_STEM)
            shared++, na++, nb++;
          i++, j++;
        }
      else if (s < t)
        na += COR_TERM_KIND (s) == COR_TERM_STEM, i++;
      else
        nb += COR_TERM_KIND (t) == COR_TERM_STEM, j++;
    }
  if (MIN (na, nb) == 0)
    return 1.0;
  return (double)shared / MIN (na, nb);
}

/* How much of @reference's words @statement has: the share of its stems
 * and names, or of its WordNet concepts when that is more ("quake" is an
 * "earthquake"). */
double
cor_compare_coverage (const CorStatement *statement,
                      const CorStatement *reference)
{
  GArray *x = statement->prop.terms, *y = reference->prop.terms;
  guint words = 0, words_shared = 0, concepts = 0, concepts_shared = 0, i = 0;

  for (guint j = 0; j < y->len; j++)
    {
      guint32 t = g_array_index (y, guint32, j);
      CorTermKind kind = COR_TERM_KIND (t);
      gboolean shared;

      if (kind != COR_TERM_STEM && kind != COR_TERM_NAME && kind != COR_TERM_CONCEPT)
        continue;
      /* Both are sorted: one walk finds the shared terms. */
      while (i < x->len && g_array_index (x, guint32, i) < t)
        i++;
      shared = i < x->len && g_array_index (x, guint32, i) == t;
      if (kind == COR_TERM_CONCEPT)
        concepts++, concepts_shared += shared;
      else
        words++, words_shared += shared;
    }
  if (words == 0)
    return 1.0;
  return MAX ((double)words_shared / words, concepts > 0 ? (double)concepts_shared / concepts : 0);
}

static gboolean
is_firm (CorCertainty certainty)
{
  return certainty == COR_CERTAINTY_ASSERTED || certainty == COR_CERTAINTY_PLANNED;
}

/* "agreed" against "is considering" is the same fact, less firmly put;
 * "did" against "did not" is a contradiction. */
static CorCellStatus
compare_certainty (const CorStatement *st,
                   const CorStatement *ref,
                   GString           **notes)
{
  gboolean negated = st->certainty == COR_CERTAINTY_NEGATED;
  g_autofree char *note = NULL;

  /* A "not" denies its own verb, not the whole sentence: "did not mention
   * the visit" says nothing against "is due to visit". Only the same act,
   * negated on one side, is a denial. */
  if (st->prop.negated != ref->prop.negated && cor_proposition_predicates_meet (&st->prop, &ref->prop)
      && cor_compare_word_overlap (st, ref) >= NEAR_IDENTICAL / 2)
    {
      if (st->prop.negated)
        /* Translators: the report denies the fact; %s is its words, e.g. "did not" */
        note = g_strdup_printf (_("denies it: “%s”"), st->cue ? st->cue : "not");
      else
        /* Translators: the other reports deny the fact this one states */
        note = g_strdup (_("others deny it"));
      add_note (notes, note);
      return COR_CELL_CONFLICTS;
    }
  if (negated != (ref->certainty == COR_CERTAINTY_NEGATED)
      || is_firm (st->certainty) == is_firm (ref->certainty))
    return COR_CELL_SUPPORTS;

  if (st->cue != NULL && ref->cue != NULL)
    /* Translators: two reports put one fact differently, e.g. "says “considering”, not “agreed”" */
    note = g_strdup_printf (_("says “%s”, not “%s”"), st->cue, ref->cue);
  else if (!is_firm (st->certainty) && st->cue != NULL)
    /* Translators: the report only hedges, e.g. "hedged: “may”" */
    note = g_strdup_printf (_("hedged: “%s”"), st->cue);
  else
    /* Translators: this report states firmly what others only hedge */
    note = g_strdup (_("firmer than the others"));
  add_note (notes, note);
  return COR_CELL_PARTIAL;
}

/* "well equipped" against "insufficiently equipped": words WordNet gives
 * as opposites, on the same act. */
static CorCellStatus
compare_opposites (const CorStatement *st,
                   const CorStatement *ref,
                   GString           **notes)
{
  const char *mine, *theirs;
  g_autofree char *note = NULL;

  if (!cor_proposition_predicates_meet (&st->prop, &ref->prop)
      || !cor_proposition_antonyms (&st->prop, &ref->prop, &mine, &theirs))
    return COR_CELL_SUPPORTS;
  /* Translators: two reports use opposite words, e.g. "“insufficient”, not “sufficient”" */
  note = g_strdup_printf (_("“%s”, not “%s”"), mine, theirs);
  add_note (notes, note);
  return COR_CELL_CONFLICTS;
}

/* "Canada is the largest exporter" against "South Korea has the largest
 * share": one superlative given to different subjects. */
static CorCellStatus
compare_superlatives (const CorStatement *st,
                      const CorStatement *ref,
                      GString           **notes)
{
  g_autofree char *note = NULL;

  if (st->prop.superlative == NULL || g_strcmp0 (st->prop.superlative, ref->prop.superlative) != 0
      || st->prop.subject == NULL || ref->prop.subject == NULL
      || g_strcmp0 (st->prop.subject, ref->prop.subject) == 0)
    return COR_CELL_SUPPORTS;
  /* Translators: two reports give one superlative to different subjects, e.g. "says canada, not south korea" */
  note = g_strdup_printf (_("says %s, not %s"), st->prop.subject, ref->prop.subject);
  add_note (notes, note);
  return COR_CELL_CONFLICTS;
}

/* Whether attributions @a and @b name no one in common: no word of one
 * (but "the" and other short words; "Xi" counts) is in the other, in any
 * case: "Nugroho" is "Sutopo Purwo Nugroho", "officials" is "Officials". */
static gboolean
different_speakers (const char *a,
                    const char *b)
{
  g_auto(GStrv) words = g_strsplit (a, " ", -1);
  g_autofree char *other = g_ascii_strdown (b, -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_ascii_strdown (words[i], -1);
      gsize n = strlen (word);

      if ((n > 2 || (n == 2 && g_ascii_isupper (words[i][0]))) && strcmp (word, "the") != 0
          && strstr (other, word) != NULL)
        return FALSE;
    }
  return TRUE;
}

/* Whether @st's speaker is one known only by a role ("the statement",
 * "the doctor"), who may be the other report's named speaker; "officials"
 * are several, and no one person. */
static gboolean
one_unnamed (const CorStatement *st)
{
  gsize n = strlen (st->speaker);

  return cor_statement_speaker_unnamed (st) && !(n > 3 && st->speaker[n - 1] == 's' && st->speaker[n - 2] != 's');
}

/* Whether @speaker is a group of people no one names ("Residents",
 * "local people", "witnesses"): a word or two, the last a plural. */
static gboolean
unnamed_group (const char *speaker)
{
  g_auto(GStrv) words = g_strsplit (speaker, " ", -1);
  guint n = g_strv_length (words);
  gsize last;

  if (n == 0 || n > 2 || (n == 2 && g_ascii_isupper (words[1][0])))
    return FALSE;
  last = strlen (words[n - 1]);
  return last > 3 && words[n - 1][last - 1] == 's' && words[n - 1][last - 2] != 's';
}

/* Whether @st and @ref credit what they say to different speakers. A
 * speaker known only by a role ("the statement") is no one to tell
 * apart, nor are two groups no one names ("residents", "neighbours"). */
static gboolean
credited_apart (const CorStatement *st,
                const CorStatement *ref)
{
  return st->speaker != NULL && ref->speaker != NULL && !one_unnamed (st) && !one_unnamed (ref)
         && !(unnamed_group (st->speaker) && unnamed_group (ref->speaker))
         && different_speakers (st->speaker, ref->speaker);
}

gboolean
cor_compare_credited_apart (const CorStatement *a,
                            const CorStatement *b)
{
  return credited_apart (a, b);
}

static void
note_speakers (const CorStatement *st,
               const CorStatement *ref,
               GString           **notes)
{
  /* Translators: the fact or quote attributed to another speaker, e.g. "attributed to Xi, not the ministry" */
  g_autofree char *note = g_strdup_printf (_("attributed to %s, not %s"), st->speaker, ref->speaker);

  add_note (notes, note);
}

/* The same quote given to two people: the reports differ on who said
 * it. */
static CorCellStatus
compare_speakers (const CorStatement *st,
                  const CorStatement *ref,
                  GString           **notes)
{
  if (!credited_apart (st, ref) || !cor_proposition_share_quote (&st->prop, &ref->prop))
    return COR_CELL_SUPPORTS;
  note_speakers (st, ref, notes);
  return COR_CELL_PARTIAL;
}

/* A fact credited to someone else, noted in @notes: "Officials say the
 * quake was felt for 15 seconds" against Nugroho's words. The reports
 * agree on the fact; one of them vouches for it less directly. */
static void
credited_elsewhere (const CorStatement *st,
                    const CorStatement *ref,
                    GString           **notes)
{
  if (credited_apart (st, ref) && !cor_proposition_share_quote (&st->prop, &ref->prop))
    note_speakers (st, ref, notes);
}

/* Whether bound @o says less than bound @r of the same kind: "at least 3"
 * against "at least 5", "at most 10" against "at most 8". */
static gboolean
weaker_bound (const CorMention *o,
              const CorMention *r)
{
  double slack;

  if (o->bound == COR_BOUND_NONE || o->bound != r->bound || !cor_compare_values_agree (o, r)
      || isnan (o->value) || isnan (r->value) || g_strcmp0 (o->unit, r->unit) != 0)
    return FALSE;
  slack = MAX (precision_of (o->value), precision_of (r->value));
  return o->bound == COR_BOUND_AT_LEAST ? o->value + slack < r->value : o->value - slack > r->value;
}

/* Whether count @o of @st may count what @r of @reference counts: unless
 * the words around both say what, and they differ ("80 injured" is not
 * given by "10 killed"). */
static gboolean
may_count_alike (const CorStatement *st,
                 const CorMention   *o,
                 const CorStatement *reference,
                 const CorMention   *r)
{
  const CorMeasure *a = measure_of (st, o), *b = measure_of (reference, r);

  return a == NULL || b == NULL || a->n_words == 0 || b->n_words == 0 || cor_proposition_same_measure (a, b);
}

/* Whether value @o of @st gives figure @r of @reference. Any value of the
 * kind will do, so long as a count counts the same thing or says nothing
 * of what: "24 dead" gives "at least 20 people"; "230,000 people" does
 * not give "14 countries", nor "killed three" "injured 40". The same
 * number will do too: "Buckley, 32," gives "32-year-old". */
static gboolean
gives_figure (const CorStatement *st,
              const CorMention   *o,
              const CorStatement *reference,
              const CorMention   *r)
{
  gboolean of_the_kind = o->kind == r->kind
                         && (r->kind != COR_MENTION_NUMBER || r->unit == NULL || o->unit == NULL
                             || cor_compare_same_measure (r, o));

  if (cor_mention_kind_is_value (o->kind) && !isnan (o->value) && o->value == r->value)
    return TRUE;
  return (of_the_kind || cor_compare_values_agree (r, o))
         && (r->kind != COR_MENTION_NUMBER || may_count_alike (st, o, reference, r));
}

/* Whether @mentions say when at all: a date, a time of day or a span. */
/* Whether @o is the figure of another of @reference's values than @r
 * ("fell as much as 3%" gives the "as much as 3%" of "closed down 1.8%
 * after falling as much as 3%", not the 1.8%). */
static gboolean
gives_another (const CorStatement *reference,
               const CorMention   *r,
               const CorMention   *o)
{
  if (cor_compare_values_agree (r, o))
    return FALSE;
  for (guint i = 0; i < reference->mentions->len; i++)
    {
      const CorMention *other = g_ptr_array_index (reference->mentions, i);

      /* "euro30 billion ($40 billion)": the amount converted is one. */
      if (other != r && other->kind == o->kind && is_compared_in (reference, i)
          && !(i + 1 < reference->mentions->len && g_ptr_array_index (reference->mentions, i + 1) == r
               && is_conversion (reference, i + 1))
          && cor_compare_values_agree (other, o))
        return TRUE;
    }
  return FALSE;
}

static gboolean
gives_time (const GPtrArray *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (m->kind == COR_MENTION_DATE || m->kind == COR_MENTION_TIME || m->kind == COR_MENTION_DURATION)
        return TRUE;
    }
  return FALSE;
}

/* Whether @mentions date @r's month only, where @r gives its day: "in
 * March" against "on March 23". Any other time they give is taken for
 * @r's, told another way. */
static gboolean
gives_month_of_day (const GPtrArray  *mentions,
                    const CorMention *r)
{
  gboolean month = FALSE;

  if (r->date == NULL || strlen (r->date) != 10)
    return FALSE;
  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (m->kind == COR_MENTION_TIME || m->kind == COR_MENTION_DURATION)
        return FALSE;
      if (m->kind != COR_MENTION_DATE)
        continue;
      if (m->date == NULL || strlen (m->date) != 7 || strncmp (m->date, r->date, 7) != 0)
        return FALSE;
      month = TRUE;
    }
  return month;
}

/* Whether a capitalized word of @text shares all but the last two
 * letters of @place, and at least four: "Greeks" names "Greece",
 * "Canadian" "Canada". */
static gboolean
names_people_of (const char *text,
                 const char *place)
{
  gsize n = strlen (place), need = MAX (n, 6) - 2;

  for (const char *p = text; *p != '\0'; p++)
    {
      gsize k = 0;

      if (!g_ascii_isupper (*p) || (p > text && g_ascii_isalpha (p[-1])))
        continue;
      while (k < n && p[k] != '\0' && g_ascii_tolower (p[k]) == g_ascii_tolower (place[k]))
        k++;
      if (k >= need)
        return TRUE;
    }
  return FALSE;
}

/* Whether @shown names place @r: in the same words, or by another name
 * for the same place ("Greek rioters" name "Greece"). */
static gboolean
names_place (const CorShown   *shown,
             const CorMention *r)
{
  g_autofree char *text = g_utf8_casefold (shown->text, -1);
  g_autofree char *place = g_utf8_casefold (r->text, -1);
  g_autofree char *canonical = r->canonical != NULL ? g_utf8_casefold (r->canonical, -1) : NULL;

  if (strstr (text, place) != NULL || (canonical != NULL && strstr (text, canonical) != NULL)
      || names_people_of (shown->text, r->text) || (r->canonical != NULL && names_people_of (shown->text, r->canonical)))
    return TRUE;
  for (guint i = 0; i < shown->mentions->len; i++)
    {
      const CorMention *o = g_ptr_array_index (shown->mentions, i);

      if (o->kind == COR_MENTION_PLACE && o->canonical != NULL
          && (g_strcmp0 (o->canonical, r->canonical) == 0 || strcmp (o->canonical, r->text) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Whether place @r opens a longer name in @st: "US Geological Survey". */
static gboolean
opens_name (const CorStatement *st,
            const CorMention   *r)
{
  const char *after;

  if (r->end < st->start || r->end + 2 > st->end)
    return FALSE;
  after = st->text + (r->end - st->start);
  return after[0] == ' ' && g_ascii_isupper (after[1]);
}

/* The first place @reference names that @shown does not, noted in
 * @notes: "One Australian and one English climber have fallen" is not
 * given by "A British climber has fallen". A place that opens @reference
 * is left out: a dateline ("WASHINGTON —") or a headline's subject; so is
 * one that opens a longer name ("the US Geological Survey"). */
static void
leaves_out_place (const CorStatement *reference,
                  const CorShown     *shown,
                  GString           **notes)
{
  for (guint i = 0; i < reference->mentions->len; i++)
    {
      const CorMention *r = g_ptr_array_index (reference->mentions, i);
      g_autofree char *n = NULL;

      if (r->kind != COR_MENTION_PLACE || r->start == reference->start || opens_name (reference, r)
          || names_place (shown, r))
        continue;
      /* Translators: a place the row's fact names and this report does not, e.g. "does not give “Kerman”" */
      n = g_strdup_printf (_("does not give “%s”"), r->text);
      add_note (notes, n);
      return;
    }
}

/* A statement that leaves out a figure the reference gives states a
 * narrower fact: "a 6.1 quake hit Aceh" against "a 6.1 quake hit Aceh at a
 * depth of 10 km"; so does one with few of its words ("Three die in bank
 * riot" against a sentence on who set the fire, where and why). A
 * statement that gives a value of the kind is left to compare_values():
 * the words around figures are too loose to tell which one it leaves out.
 * A date is given by any time at all in what the reader is shown
 * (@shown): reports date one act from different days, and "a day after",
 * "until June 1" and "for 30 days" give one time three ways; a headline
 * with no day leaves out "on Sunday". A report with no date of its own is
 * not asked for the day: its "on Monday" is no mention. */
gboolean
cor_compare_narrower (const CorStatement *statement,
                      const CorStatement *reference,
                      const CorShown     *shown,
                      char              **note)
{
  g_autoptr(GString) notes = NULL;
  CorShown own = { statement->text, statement->mentions, TRUE };
  gboolean dated = FALSE, timed = FALSE;

  g_return_val_if_fail (statement != NULL && reference != NULL, FALSE);

  *note = NULL;
  if (shown == NULL)
    shown = &own;
  credited_elsewhere (statement, reference, &notes);
  for (guint i = 0; i < reference->mentions->len; i++)
    {
      const CorMention *r = g_ptr_array_index (reference->mentions, i);
      g_autofree char *n = NULL;
      gboolean given = FALSE;

      /* "at about 4.15am on Saturday" says when; "in the early hours of
       * Saturday" says less. */
      if (r->kind == COR_MENTION_TIME)
        {
          if (timed || r->minutes < 0 || in_brackets (reference, r) || gives_kind (shown->mentions, COR_MENTION_TIME))
            continue;
          timed = TRUE;
          n = g_strdup_printf (_("does not give “%s”"), r->text);
          add_note (&notes, n);
          continue;
        }
      if (r->kind == COR_MENTION_DURATION || !is_compared_in (reference, i))
        continue;
      if (r->kind == COR_MENTION_DATE)
        {
          if (dated || !shown->dated || (gives_time (shown->mentions) && !gives_month_of_day (shown->mentions, r)))
            continue;
          dated = TRUE;
          /* Translators: a figure the row's fact gives and this report does not, e.g. "does not give “10 km”" */
          n = g_strdup_printf (_("does not give “%s”"), r->text);
          add_note (&notes, n);
          continue;
        }
      /* "10 miles (15 kilometers)": the figure converted is one figure. */
      for (guint j = 0; j < i && !given; j++)
        given = cor_compare_values_agree (r, g_ptr_array_index (reference->mentions, j));
      /* Any figure the reader is shown: the sentence of a clause, or two
       * clauses of one sentence, quoted whole. */
      for (guint j = 0; j < shown->mentions->len && !given; j++)
        {
          const CorMention *o = g_ptr_array_index (shown->mentions, j);

          given = gives_figure (statement, o, reference, r) && !gives_another (reference, r, o);
          /* "at least three dead" agrees with "at least five dead", and
           * gives less: an earlier toll, or a lower estimate. */
          if (given && weaker_bound (o, r))
            {
              n = g_strdup_printf (_("%s vs %s"), o->text, r->text);
              add_note (&notes, n);
            }
        }
      if (given)
        continue;
      /* Translators: a figure the row's fact gives and this report does not, e.g. "does not give “10 km”" */
      n = g_strdup_printf (_("does not give “%s”"), r->text);
      add_note (&notes, n);
    }
  leaves_out_place (reference, shown, &notes);
  if (notes == NULL && cor_compare_coverage (statement, reference) < NARROWER_COVERAGE)
    /* Translators: the report states the row's fact with much less of it, e.g. a headline */
    add_note (&notes, _("says less than the summary"));
  if (notes == NULL)
    return FALSE;
  *note = g_string_free (g_steal_pointer (&notes), FALSE);
  return TRUE;
}

CorCellStatus
cor_compare_statements (const CorStatement *statement,
                        const CorStatement *reference,
                        char              **note)
{
  g_autoptr(GString) notes = NULL;
  CorCellStatus status;

  g_return_val_if_fail (statement != NULL && reference != NULL, COR_CELL_ABSENT);

  *note = NULL;
  if (statement == reference)
    return COR_CELL_SUPPORTS;
  status = compare_certainty (statement, reference, &notes);
  status = MAX (status, compare_values (statement, reference, &notes));
  status = MAX (status, compare_opposites (statement, reference, &notes));
  status = MAX (status, compare_superlatives (statement, reference, &notes));
  status = MAX (status, compare_speakers (statement, reference, &notes));
  if (notes != NULL && notes->len)
    *note = g_string_free (g_steal_pointer (&notes), FALSE);
  return status;
}

static int
compare_mentions_stable (gconstpointer a,
                         gconstpointer b)
{
  const CorMention *ma = *(const CorMention * const *)a;
  const CorMention *mb = *(const CorMention * const *)b;
  int c;

  if (ma->kind != mb->kind)
    return (int)ma->kind - (int)mb->kind;
  if ((c = g_strcmp0 (ma->date, mb->date)) != 0)
    return c;
  if ((c = g_strcmp0 (ma->unit, mb->unit)) != 0)
    return c;
  if (ma->value != mb->value && !isnan (ma->value) && !isnan (mb->value))
    return ma->value < mb->value ? -1 : 1;
  if (ma->approximate != mb->approximate)
    return ma->approximate ? 1 : -1;
  return g_strcmp0 (ma->text, mb->text);
}

GPtrArray *
cor_compare_row_values (GPtrArray *statements)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_mention_free);

  for (guint s = 0; s < statements->len; s++)
    {
      const CorStatement *st = g_ptr_array_index (statements, s);

      for (guint i = 0; i < st->mentions->len; i++)
        if (is_compared (g_ptr_array_index (st->mentions, i)))
          g_ptr_array_add (all, g_ptr_array_index (st->mentions, i));
    }
  /* Exact values sort before approximate ones, so they are the ones kept. */
  g_ptr_array_sort (all, compare_mentions_stable);
  for (guint i = 0; i < all->len; i++)
    {
      const CorMention *m = g_ptr_array_index (all, i);
      gboolean seen = FALSE;

      for (guint j = 0; !seen && j < out->len; j++)
        {
          const CorMention *o = g_ptr_array_index (out, j);

          seen = cor_compare_values_agree (m, o)
                 && (m->kind != COR_MENTION_DATE || strlen (m->date) == strlen (o->date));
        }
      if (!seen)
        g_ptr_array_add (out, cor_mention_copy (m));
    }
  return out;
}
