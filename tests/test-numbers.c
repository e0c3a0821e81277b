/* test-numbers.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-mentions.h"
#include "cor-text.h"

typedef struct
{
  const char     *text;
  const char     *want;        /* the mention's text */
  CorMentionKind  kind;
  double          value;
  double          value_max;   /* 0: no range */
  const char     *unit;
  gboolean        approximate;
  CorBound        bound;
} Case;

static GPtrArray *
extract (const char *text)
{
  g_autoptr(GArray) sentences = cor_text_split_sentences (text, strlen (text));

  return cor_mentions_extract (text, strlen (text), sentences, "2026-03-10");
}

static const CorMention *
find (GPtrArray  *mentions,
      const char *want)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (g_strcmp0 (m->text, want) == 0)
        return m;
    }
  return NULL;
}

static void
check_cases (const Case *cases,
             gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GPtrArray) mentions = extract (c->text);
      const CorMention *m = find (mentions, c->want);

      if (m == NULL)
        g_error ("%s: no mention “%s”", c->text, c->want);
      g_assert_cmpstr (cor_mention_kind_to_string (m->kind), ==,
                       cor_mention_kind_to_string (c->kind));
      g_assert_cmpfloat_with_epsilon (m->value, c->value, fabs (c->value) * 1e-9 + 1e-9);
      if (c->value_max != 0)
        g_assert_cmpfloat_with_epsilon (m->value_max, c->value_max, c->value_max * 1e-9);
      else
        g_assert_true (isnan (m->value_max));
      g_assert_cmpstr (m->unit, ==, c->unit);
      g_assert_cmpint (m->approximate, ==, c->approximate);
      g_assert_cmpint (m->bound, ==, c->bound);
      g_assert_cmpmem (c->text + m->start, m->end - m->start, c->want, strlen (c->want));
    }
}

static void
test_money (void)
{
  static const Case cases[] = {
    { "The fund raised around $4.2 bn last week.", "around $4.2 bn", COR_MENTION_MONEY, 4.2e9, 0, "USD", TRUE, COR_BOUND_NONE },
    { "It won a €3m grant.", "€3m", COR_MENTION_MONEY, 3e6, 0, "EUR", FALSE, COR_BOUND_NONE },
    { "The club paid £2.5m for him.", "£2.5m", COR_MENTION_MONEY, 2.5e6, 0, "GBP", FALSE, COR_BOUND_NONE },
    { "A R14m upgrade was approved.", "R14m", COR_MENTION_MONEY, 14e6, 0, "ZAR", FALSE, COR_BOUND_NONE },
    { "Assets reached Dh9.5bn in May.", "Dh9.5bn", COR_MENTION_MONEY, 9.5e9, 0, "AED", FALSE, COR_BOUND_NONE },
    { "A US$1.2 billion loan.", "US$1.2 billion", COR_MENTION_MONEY, 1.2e9, 0, "USD", FALSE, COR_BOUND_NONE },
    { "They lent 40 million yuan to the mill.", "40 million yuan", COR_MENTION_MONEY, 40e6, 0, "CNY", FALSE, COR_BOUND_NONE },
    { "Tickets cost 5,000 rupees each.", "5,000 rupees", COR_MENTION_MONEY, 5000, 0, "INR", FALSE, COR_BOUND_NONE },
    { "Bread went up by 75 cents.", "75 cents", COR_MENTION_MONEY, 75, 0, "cent", FALSE, COR_BOUND_NONE },
    { "The bank fined it EUR 300 million.", "EUR 300 million", COR_MENTION_MONEY, 3e8, 0, "EUR", FALSE, COR_BOUND_NONE },
    { "The stall asked thirteen dollars forty five.", "thirteen dollars forty five", COR_MENTION_MONEY, 13.45, 0, "USD", FALSE, COR_BOUND_NONE },
    /* hyphenated and suffixed scales */
    { "The mill cost $2.6-million to build.", "$2.6-million", COR_MENTION_MONEY, 2.6e6, 0, "USD", FALSE, COR_BOUND_NONE },
    { "A €1.2-billion bond was sold.", "€1.2-billion", COR_MENTION_MONEY, 1.2e9, 0, "EUR", FALSE, COR_BOUND_NONE },
    { "Its debt reached US$4.7bn last year.", "US$4.7bn", COR_MENTION_MONEY, 4.7e9, 0, "USD", FALSE, COR_BOUND_NONE },
    { "The ferry line lost 2.6m euros.", "2.6m euros", COR_MENTION_MONEY, 2.6e6, 0, "EUR", FALSE, COR_BOUND_NONE },
    { "Lenders pledged euro22 billion in March.", "euro22 billion", COR_MENTION_MONEY, 22e9, 0, "EUR", FALSE, COR_BOUND_NONE },
    /* a correction takes the measure of the figure it corrects */
    { "Exports rose to 20 million tonnes, up from 12 million.", "12 million", COR_MENTION_QUANTITY, 12e6, 0, "t", FALSE, COR_BOUND_NONE },
    { "Fares fell to $8 million, down from 11.", "11", COR_MENTION_MONEY, 11e6, 0, "USD", FALSE, COR_BOUND_NONE },
    { "Budgets of $3m-$5m are common.", "$3m-$5m", COR_MENTION_MONEY, 3e6, 5e6, "USD", FALSE, COR_BOUND_NONE },
    { "Losses hit 2 million pounds.", "2 million pounds", COR_MENTION_MONEY, 2e6, 0, "GBP", FALSE, COR_BOUND_NONE },
    { "They fled with 3m euros in gems.", "3m euros", COR_MENTION_MONEY, 3e6, 0, "EUR", FALSE, COR_BOUND_NONE },
    { "It sold for nearly $80,000.", "nearly $80,000", COR_MENTION_MONEY, 80000, 0, "USD", TRUE, COR_BOUND_AT_MOST },
    /* a price per dozen: the dozen adds no cents */
    { "Limes sold at $4 a dozen.", "$4", COR_MENTION_MONEY, 4, 0, "USD", FALSE, COR_BOUND_NONE },
    { "Limes sold at 38.5 cents a dozen.", "38.5 cents", COR_MENTION_MONEY, 38.5, 0, "cent", FALSE, COR_BOUND_NONE },
    { "A fare of 2 dollars and 40 cents.", "2 dollars and 40 cents", COR_MENTION_MONEY, 2.4, 0, "USD", FALSE, COR_BOUND_NONE },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_quantities (void)
{
  static const Case cases[] = {
    { "Exports hit 8 million tons.", "8 million tons", COR_MENTION_QUANTITY, 8e6, 0, "t", FALSE, COR_BOUND_NONE },
    { "Exports hit 8 million tonnes.", "8 million tonnes", COR_MENTION_QUANTITY, 8e6, 0, "t", FALSE, COR_BOUND_NONE },
    { "The march covered nine miles.", "nine miles", COR_MENTION_QUANTITY, 9, 0, "mile", FALSE, COR_BOUND_NONE },
    { "The town lies 30 km north.", "30 km", COR_MENTION_QUANTITY, 30, 0, "km", FALSE, COR_BOUND_NONE },
    { "Output rose by 400,000 barrels a day.", "400,000 barrels a day", COR_MENTION_QUANTITY, 4e5, 0, "barrel per day", FALSE, COR_BOUND_NONE },
    { "The parcel weighed 5kg.", "5kg", COR_MENTION_QUANTITY, 5, 0, "kg", FALSE, COR_BOUND_NONE },
    { "A 40-foot wall.", "40-foot", COR_MENTION_QUANTITY, 40, 0, "foot", FALSE, COR_BOUND_NONE },
    { "Waves of up to 6 metres.", "up to 6 metres", COR_MENTION_QUANTITY, 6, 0, "m", TRUE, COR_BOUND_AT_MOST },
    /* a magnitude is a number on a scale */
    { "A magnitude of at least 5.8 was recorded.", "magnitude of at least 5.8", COR_MENTION_NUMBER, 5.8, 0, "magnitude", TRUE, COR_BOUND_AT_LEAST },
    { "A 6.4-magnitude quake hit.", "6.4-magnitude", COR_MENTION_NUMBER, 6.4, 0, "magnitude", FALSE, COR_BOUND_NONE },
    { "It measured 5.9 on the Richter scale.", "5.9 on the Richter scale", COR_MENTION_NUMBER, 5.9, 0, "magnitude", FALSE, COR_BOUND_NONE },
    { "Half a ton of files was seized.", "Half a ton", COR_MENTION_QUANTITY, 0.5, 0, "t", FALSE, COR_BOUND_NONE },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_percent_and_durations (void)
{
  static const Case cases[] = {
    { "Turnout was 17%.", "17%", COR_MENTION_PERCENT, 17, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Turnout was 17 percent.", "17 percent", COR_MENTION_PERCENT, 17, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Turnout was 17 per cent.", "17 per cent", COR_MENTION_PERCENT, 17, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Rates rose 3 percentage points.", "3 percentage points", COR_MENTION_PERCENT, 3, 0, "percentage point", FALSE, COR_BOUND_NONE },
    { "Almost forty percent agreed.", "Almost forty percent", COR_MENTION_PERCENT, 40, 0, NULL, TRUE, COR_BOUND_AT_MOST },
    { "A 9-day strike began.", "9-day", COR_MENTION_DURATION, 9, 0, "day", FALSE, COR_BOUND_NONE },
    { "The siege lasted four years.", "four years", COR_MENTION_DURATION, 4, 0, "year", FALSE, COR_BOUND_NONE },
    { "A feud of more than 30 years.", "more than 30 years", COR_MENTION_DURATION, 30, 0, "year", TRUE, COR_BOUND_AT_LEAST },
    { "A 34-year-old man was held.", "34-year-old", COR_MENTION_NUMBER, 34, 0, "year of age", FALSE, COR_BOUND_NONE },
    /* an age, however hyphenated, is no duration */
    { "A 4-years-old boy was found.", "4-years-old", COR_MENTION_NUMBER, 4, 0, "year of age", FALSE, COR_BOUND_NONE },
    /* SI symbols for the units that have one */
    { "The tremor lasted 15 seconds.", "15 seconds", COR_MENTION_DURATION, 15, 0, "s", FALSE, COR_BOUND_NONE },
    { "They called a 24-hour strike.", "24-hour", COR_MENTION_DURATION, 24, 0, "h", FALSE, COR_BOUND_NONE },
    { "The talks took 90 minutes.", "90 minutes", COR_MENTION_DURATION, 90, 0, "min", FALSE, COR_BOUND_NONE },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_numbers (void)
{
  static const Case cases[] = {
    { "He counted forty-two boats.", "forty-two boats", COR_MENTION_NUMBER, 42, 0, "boat", FALSE, COR_BOUND_NONE },
    { "She bought a dozen eggs.", "a dozen eggs", COR_MENTION_NUMBER, 12, 0, "egg", FALSE, COR_BOUND_NONE },
    { "Some three hundred homes.", "Some three hundred homes", COR_MENTION_NUMBER, 300, 0, "home", TRUE, COR_BOUND_NONE },
    { "Only half voted.", "half", COR_MENTION_NUMBER, 0.5, 0, NULL, FALSE, COR_BOUND_NONE },
    { "A third of the crop failed.", "A third", COR_MENTION_NUMBER, 1.0 / 3, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Two and a half hours passed.", "Two and a half hours", COR_MENTION_DURATION, 2.5, 0, "h", FALSE, COR_BOUND_NONE },
    { "He served a four-and-a-half year term.", "four-and-a-half year", COR_MENTION_DURATION, 4.5, 0, "year", FALSE, COR_BOUND_NONE },
    { "A two-and-three-quarters mile hike.", "two-and-three-quarters mile", COR_MENTION_QUANTITY, 2.75, 0, "mile", FALSE, COR_BOUND_NONE },
    /* a scale after a mixed number takes the whole of it */
    { "One and a half million voters stayed home.", "One and a half million voters", COR_MENTION_NUMBER, 1.5e6, 0, "voter", FALSE, COR_BOUND_NONE },
    { "The port paid six and a half billion rupees.", "six and a half billion rupees", COR_MENTION_MONEY, 6.5e9, 0, "INR", FALSE, COR_BOUND_NONE },
    { "Nearly 3 and three quarters million tonnes.", "Nearly 3 and three quarters million tonnes", COR_MENTION_QUANTITY, 3.75e6, 0, "t", TRUE, COR_BOUND_AT_MOST },
    /* fractions and powers said or written out */
    { "The odds were one over three.", "one over three", COR_MENTION_NUMBER, 1.0 / 3, 0, NULL, FALSE, COR_BOUND_NONE },
    { "It failed 1 out of 4.", "1 out of 4", COR_MENTION_NUMBER, 0.25, 0, NULL, FALSE, COR_BOUND_NONE },
    /* a share of a population, not two counts */
    { "One in four tenants fell behind.", "One in four tenants", COR_MENTION_NUMBER, 0.25, 0, "tenant", FALSE, COR_BOUND_NONE },
    { "The bug hit 1 in 20 phones.", "1 in 20 phones", COR_MENTION_NUMBER, 0.05, 0, "phone", FALSE, COR_BOUND_NONE },
    { "The odds are one in a million.", "one in a million", COR_MENTION_NUMBER, 1e-6, 0, NULL, FALSE, COR_BOUND_NONE },
    /* but a rate over time, or a year, is no share */
    { "She wrote two in three weeks.", "three weeks", COR_MENTION_DURATION, 3, 0, "week", FALSE, COR_BOUND_NONE },
    { "She wrote two in three weeks.", "two", COR_MENTION_NUMBER, 2, 0, NULL, FALSE, COR_BOUND_NONE },
    { "The model gave 2.5^-1 here.", "2.5^-1", COR_MENTION_NUMBER, 0.4, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Two thirds of a million voted.", "Two thirds of a million", COR_MENTION_NUMBER, 2e6 / 3, 0, NULL, FALSE, COR_BOUND_NONE },
    { "The census found 1,250,000 residents.", "1,250,000 residents", COR_MENTION_NUMBER, 1250000, 0, "resident", FALSE, COR_BOUND_NONE },
    { "The index closed at 3.75.", "3.75", COR_MENTION_NUMBER, 3.75, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Visitors hit 2.4 million.", "2.4 million", COR_MENTION_NUMBER, 2.4e6, 0, NULL, FALSE, COR_BOUND_NONE },
    { "The app has 7bn downloads.", "7bn downloads", COR_MENTION_NUMBER, 7e9, 0, "download", FALSE, COR_BOUND_NONE },
    { "It has 30k users.", "30k users", COR_MENTION_NUMBER, 30e3, 0, "user", FALSE, COR_BOUND_NONE },
    { "Temperatures fell to -4.5 overnight.", "-4.5", COR_MENTION_NUMBER, -4.5, 0, NULL, FALSE, COR_BOUND_NONE },
    { "We expect 15 to 20 guests.", "15 to 20 guests", COR_MENTION_NUMBER, 15, 20, "guest", FALSE, COR_BOUND_NONE },
    { "We expect 15-20 guests.", "15-20 guests", COR_MENTION_NUMBER, 15, 20, "guest", FALSE, COR_BOUND_NONE },
    { "We expect between 15 and 20 guests.", "between 15 and 20 guests", COR_MENTION_NUMBER, 15, 20, "guest", FALSE, COR_BOUND_NONE },
    { "Crowds of 10-12 million.", "10-12 million", COR_MENTION_NUMBER, 10e6, 12e6, NULL, FALSE, COR_BOUND_NONE },
    { "Between half and two-thirds voted.", "Between half and two-thirds", COR_MENTION_NUMBER, 0.5, 2.0 / 3, NULL, FALSE, COR_BOUND_NONE },
    { "The war--22 years of it--ended.", "22 years", COR_MENTION_DURATION, 22, 0, "year", FALSE, COR_BOUND_NONE },
    { "At least 40 boats sank.", "At least 40 boats", COR_MENTION_NUMBER, 40, 0, "boat", TRUE, COR_BOUND_AT_LEAST },
    { "About 40 boats sank.", "About 40 boats", COR_MENTION_NUMBER, 40, 0, "boat", TRUE, COR_BOUND_NONE },
    { "The ferry was carrying 212 passengers and 14 crew.", "212 passengers", COR_MENTION_NUMBER, 212, 0, "passenger", FALSE, COR_BOUND_NONE },
    { "It left three casualties.", "three casualties", COR_MENTION_NUMBER, 3, 0, "casualty", FALSE, COR_BOUND_NONE },
    { "The ferry was carrying 212 passengers and 14 crew.", "14", COR_MENTION_NUMBER, 14, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Of the 40 this year, most were small.", "40", COR_MENTION_NUMBER, 40, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Five died and 70 others were hurt.", "70", COR_MENTION_NUMBER, 70, 0, NULL, FALSE, COR_BOUND_NONE },
    { "They met 40 or more times.", "40 or more", COR_MENTION_NUMBER, 40, 0, NULL, TRUE, COR_BOUND_AT_LEAST },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Fractions whose bottom is a compound ordinal, and "and" before a
 * fraction: a mixed number only when the fraction is a proper one. */
static void
test_fractions (void)
{
  static const Case cases[] = {
    { "Each heir got one twenty-fifth of the farm.", "one twenty-fifth", COR_MENTION_NUMBER, 1.0 / 25, 0, NULL, FALSE, COR_BOUND_NONE },
    { "The glaze is three twenty-firsts tin.", "three twenty-firsts", COR_MENTION_NUMBER, 3.0 / 21, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Seven thirty-sixths of the vote was void.", "Seven thirty-sixths", COR_MENTION_NUMBER, 7.0 / 36, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Mix in four twenty fifths of it.", "four twenty fifths", COR_MENTION_NUMBER, 4.0 / 25, 0, NULL, FALSE, COR_BOUND_NONE },
    { "The gap was a hundred trillionths wide.", "a hundred trillionths", COR_MENTION_NUMBER, 1e-10, 0, NULL, FALSE, COR_BOUND_NONE },
    { "A gain of two hundred and forty thirds.", "two hundred and forty thirds", COR_MENTION_NUMBER, 80, 0, NULL, FALSE, COR_BOUND_NONE },
    { "It took one hundred and two thirds.", "one hundred and two thirds", COR_MENTION_NUMBER, 100 + 2.0 / 3, 0, NULL, FALSE, COR_BOUND_NONE },
    { "Two hundred forty-sixths remain.", "Two hundred forty-sixths", COR_MENTION_NUMBER, 200.0 / 46, 0, NULL, FALSE, COR_BOUND_NONE },
    { "The levy was one one hundred and fourth of the sum.", "one one hundred and fourth", COR_MENTION_NUMBER, 1.0 / 104, 0, NULL, FALSE, COR_BOUND_NONE },
    { "The fund took a one-fifth stake.", "one-fifth", COR_MENTION_NUMBER, 0.2, 0, NULL, FALSE, COR_BOUND_NONE },
  };
  static const char *const ordinals[] = {
    "She threw a twenty-first birthday party.",
    "Sales beat a third-quarter forecast.",
    "The one hundred twenty-first session opened.",
  };

  check_cases (cases, G_N_ELEMENTS (cases));
  /* a singular ordinal before a noun stays an ordinal */
  for (guint i = 0; i < G_N_ELEMENTS (ordinals); i++)
    {
      g_autoptr(GPtrArray) mentions = extract (ordinals[i]);

      for (guint j = 0; j < mentions->len; j++)
        {
          const CorMention *m = g_ptr_array_index (mentions, j);

          if (m->kind == COR_MENTION_NUMBER)
            g_error ("%s: unexpected number “%s”", ordinals[i], m->text);
        }
    }
}

static void
assert_vague (const char *text,
              const char *want,
              double      min,
              const char *unit)
{
  g_autoptr(GPtrArray) mentions = extract (text);
  const CorMention *m = find (mentions, want);

  if (m == NULL)
    g_error ("%s: no mention “%s”", text, want);
  g_assert_cmpint (m->kind, ==, COR_MENTION_NUMBER);
  g_assert_true (m->vague);
  g_assert_true (isnan (m->value));
  g_assert_cmpfloat (m->min, ==, min);
  g_assert_cmpstr (m->unit, ==, unit);
}

static void
test_vague (void)
{
  assert_vague ("Hundreds of people marched.", "Hundreds of people", 200, "person");
  assert_vague ("Tens of thousands fled.", "Tens of thousands", 2e4, NULL);
  assert_vague ("Dozens of shops were looted.", "Dozens of shops", 24, "shop");
  assert_vague ("Scores of homes burned.", "Scores of homes", 40, "home");
  /* "several" and "a few" before a scale: at least two of it */
  assert_vague ("Several dozen stalls were cleared.", "Several dozen stalls", 24, "stall");
  assert_vague ("A few hundred people queued.", "A few hundred people", 200, "person");
  assert_vague ("It drew several thousand visitors.", "several thousand visitors", 2e3, "visitor");
  {
    g_autoptr(GPtrArray) mentions = extract ("He scores twice a season.");

    for (guint i = 0; i < mentions->len; i++)
      g_assert_false (((const CorMention *)g_ptr_array_index (mentions, i))->vague);
  }
}

/* No value of @kind whose words begin with @prefix. */
static void
assert_no_value (const char *text,
                 const char *prefix)
{
  g_autoptr(GPtrArray) mentions = extract (text);

  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (cor_mention_kind_is_value (m->kind) && g_str_has_prefix (m->text, prefix))
        g_error ("%s: unexpected value “%s”", text, m->text);
    }
}

/* "4x4", "2x4", "1920x1080" name a vehicle, a plank, a size: no number of
 * anything, while "3 x 4 tables" still counts its tables. */
static void
test_dimensions_are_no_counts (void)
{
  static const char *texts[] = {
    "Thieves rammed a 4x4 vehicle through the window.",
    "The shed was built of 2x4 timber.",
    "The screen shows 1920x1080 pixels.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_no_value (texts[i], "");
  {
    g_autoptr(GPtrArray) mentions = extract ("They set out 3 x 4 tables.");

    g_assert_nonnull (find (mentions, "4 tables"));
  }
}

static void
test_counts (void)
{
  static const Case cases[] = {
    { "Three hospitals were damaged.", "Three hospitals", COR_MENTION_NUMBER, 3, 0, "hospital", FALSE, COR_BOUND_NONE },
    { "The 12 victims were named.", "12 victims", COR_MENTION_NUMBER, 12, 0, "victim", FALSE, COR_BOUND_NONE },
    { "The three suspects were arrested at dawn.", "three suspects", COR_MENTION_NUMBER, 3, 0, "suspect", FALSE, COR_BOUND_NONE },
    { "The 212 passengers waited.", "212 passengers", COR_MENTION_NUMBER, 212, 0, "passenger", FALSE, COR_BOUND_NONE },
  };

  /* "over" before a counted thing is a bound, not a fraction */
  {
    g_autoptr(GPtrArray) mentions = extract ("Prices rose 8 over 3 years.");
    const CorMention *m = find (mentions, "8");

    g_assert_nonnull (m);
    g_assert_cmpfloat (m->value, ==, 8);
  }
  /* a definite "the two …" recalls who was named: no figure */
  assert_no_value ("The two leaders discussed trade.", "two");
  assert_no_value ("Talks between the two countries resumed.", "two");
  assert_no_value ("Officials said all three ministers agreed.", "three");
  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_ordinals (void)
{
  static const Case cases[] = {
    { "It was the fifth round.", "fifth", COR_MENTION_ORDINAL, 5, 0, NULL, FALSE, COR_BOUND_NONE },
    { "She finished 21st overall.", "21st", COR_MENTION_ORDINAL, 21, 0, NULL, FALSE, COR_BOUND_NONE },
    { "The twenty-third amendment.", "twenty-third", COR_MENTION_ORDINAL, 23, 0, NULL, FALSE, COR_BOUND_NONE },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Numbers that are part of something else are not bare numbers. */
/* A whole number between commas after a person's name is the person's
 * age; after anything else, or written otherwise, it is not. */
static void
test_ages_after_names (void)
{
  g_autoptr(GPtrArray) mentions = extract ("Dennis Hale, 81, a retired farmer, and Marcus Ellery, 58, were named. "
                                           "The Wenlow, 40, rose. Hale, 81.5, left.");
  const CorMention *m;

  m = find (mentions, "81");
  g_assert_nonnull (m);
  g_assert_cmpstr (m->unit, ==, COR_UNIT_AGE);
  g_assert_cmpstr (m->whose, ==, "Dennis Hale");
  g_assert_cmpstr (find (mentions, "58")->unit, ==, COR_UNIT_AGE);
  g_assert_null (find (mentions, "40")->unit);
  g_assert_null (find (mentions, "81.5")->unit);
}

static void
test_not_numbers (void)
{
  static const char *const texts[] = {
    "The plant opened in 2019 after delays.",
    "The vote is on 14 March.",
    "The vote is on March 14.",
    "They met on the 3rd of June.",
    "Talks resumed at 10:30 and ended at 6pm.",
    "Which one is yours? The one on the left.",
    "The report is dated 2026-03-09.",
    "See https://example.org/page/2024/15 for details.",
    "Buy an apple and a pear.",
    /* codes: a model, a road, a disease, a group, a campaign */
    "An F-16 flew over the A38 near the B2170.",
    "COVID-19 cases rose before the G20 met.",
    "The recall (NVSA campaign 25V-614) was filed.",
    "Levels of CO2 fell.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) mentions = extract (texts[i]);

      for (guint j = 0; j < mentions->len; j++)
        {
          const CorMention *m = g_ptr_array_index (mentions, j);

          if (m->kind == COR_MENTION_NUMBER || m->kind == COR_MENTION_ORDINAL)
            g_error ("%s: unexpected %s “%s”", texts[i],
                     cor_mention_kind_to_string (m->kind), m->text);
        }
    }
}

/* One mention for one expression: no bare number inside money. */
static void
test_no_double (void)
{
  const char *text = "Ministers pledged $5 million and 12 million tonnes of grain at 8% interest.";
  g_autoptr(GPtrArray) mentions = extract (text);
  guint values = 0;

  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (cor_mention_kind_is_value (m->kind) && m->kind != COR_MENTION_DATE)
        values++;
    }
  g_assert_cmpuint (values, ==, 3);
}

/* Offsets are bytes of UTF-8, and odd input does not upset the scanner. */
static void
test_offsets_and_bad_input (void)
{
  const char *text = "Le café coûte €4, soit 4 € — à peu près.";
  g_autoptr(GPtrArray) mentions = extract (text);
  const CorMention *m = find (mentions, "€4");
  const char *odd[] = { "", "$", "-", "1,", "1.", ".5.", "and and and", "twenty-", "10 to", "between 5 and",
                        "\xff\xfe 12 \xc3", "1/0", "99999999999999999999999999 km" };

  g_assert_nonnull (m);
  g_assert_cmpuint (m->start, ==, strstr (text, "€4") - text);
  g_assert_cmpstr (m->unit, ==, "EUR");
  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autoptr(GPtrArray) got = extract (odd[i]);

      for (guint j = 0; j < got->len; j++)
        {
          const CorMention *g = g_ptr_array_index (got, j);
          g_assert_cmpuint (g->start, <, g->end);
          g_assert_cmpuint (g->end, <=, strlen (odd[i]));
        }
    }
}

/* Tokens the recogniser cuts again from the shared ones: a vertical tab
 * (no space to it), a dotted abbreviation, an ordinal, a word beyond
 * ASCII, and digits too many for a buffer on the stack. */
static void
test_recut_tokens (void)
{
  g_autoptr(GString) debt = g_string_new ("A debt of 7");
  const Case cases[] = {
    { "Cost:\v$12 each.", "$12", COR_MENTION_MONEY, 12, 0, "USD", FALSE, COR_BOUND_NONE },
    { "They sent U.S.$3 million.", "U.S.$3 million", COR_MENTION_MONEY, 3e6, 0, "USD", FALSE,
      COR_BOUND_NONE },
    { "The café had 5 km of road.", "5 km", COR_MENTION_QUANTITY, 5, 0, "km", FALSE,
      COR_BOUND_NONE },
    { "On the 21st floor.", "21st", COR_MENTION_ORDINAL, 21, 0, NULL, FALSE, COR_BOUND_NONE },
  };
  g_autoptr(GPtrArray) mentions = NULL;
  const CorMention *m;

  check_cases (cases, G_N_ELEMENTS (cases));
  for (guint i = 0; i < 30; i++)
    g_string_append (debt, ",000");
  g_string_append (debt, " dollars.");
  mentions = extract (debt->str);
  m = find (mentions, debt->str + strlen ("A debt of "));
  g_assert_null (m);   /* the full stop is not part of it */
  g_string_truncate (debt, debt->len - 1);
  m = find (mentions, debt->str + strlen ("A debt of "));
  g_assert_nonnull (m);
  g_assert_cmpint (m->kind, ==, COR_MENTION_MONEY);
  g_assert_cmpfloat_with_epsilon (m->value / 7e90, 1, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/numbers/money", test_money);
  g_test_add_func ("/numbers/quantities", test_quantities);
  g_test_add_func ("/numbers/percent-and-durations", test_percent_and_durations);
  g_test_add_func ("/numbers/numbers", test_numbers);
  g_test_add_func ("/numbers/dimensions-are-no-counts", test_dimensions_are_no_counts);
  g_test_add_func ("/numbers/fractions", test_fractions);
  g_test_add_func ("/numbers/vague", test_vague);
  g_test_add_func ("/numbers/counts", test_counts);
  g_test_add_func ("/numbers/ordinals", test_ordinals);
  g_test_add_func ("/numbers/not-numbers", test_not_numbers);
  g_test_add_func ("/numbers/ages-after-names", test_ages_after_names);
  g_test_add_func ("/numbers/no-double", test_no_double);
  g_test_add_func ("/numbers/offsets-and-bad-input", test_offsets_and_bad_input);
  g_test_add_func ("/numbers/recut-tokens", test_recut_tokens);

  return g_test_run ();
}
