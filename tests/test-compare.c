/* test-compare.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "cor-compare.h"
#include "cor-summary.h"
#include "facts-helpers.h"

/* Each rule is tested on two invented sentences, read the way reports are:
 * what the first says, compared with the second as the row's reference. */
static CorCellStatus
compare (const char  *text,
         const char  *reference,
         char       **note)
{
  g_autoptr(Reading) a = reading_new (text, "2030-05-08");
  g_autoptr(Reading) b = reading_new (reference, "2030-05-08");
  g_autofree char *ignored = NULL;

  return cor_compare_statements (reading_get (a, 0), reading_get (b, 0), note ? note : &ignored);
}

static void
test_precision (void)
{
  g_autofree char *note = NULL;

  /* "4 billion" is written to one digit: 4.2 is within it. */
  g_assert_cmpint (compare ("The council paid $4 billion for the harbour land.",
                            "The council paid $4.2 billion for the harbour land.", &note), ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
}

static void
test_approximate (void)
{
  g_autofree char *note = NULL;

  /* Tons are tonnes; the approximation is flagged but agrees. */
  g_assert_cmpint (compare ("The mill produced about 30 million tonnes of grain last season.",
                            "The mill produced 30 million tons of grain last season.", &note), ==,
                   COR_CELL_SUPPORTS);
  g_assert_nonnull (strstr (note, "about 30 million tonnes"));
}

static void
test_currencies (void)
{
  g_autofree char *note = NULL;

  g_assert_cmpint (compare ("The club paid €5 million for the young striker.",
                            "The club paid $5 million for the young striker.", &note), ==, COR_CELL_PARTIAL);
  g_assert_nonnull (strstr (note, "EUR"));
  g_assert_nonnull (strstr (note, "USD"));
}

static void
test_conflicting_values (void)
{
  g_autofree char *note = NULL;
  g_autofree char *note2 = NULL;

  g_assert_cmpint (compare ("The climber fell 150 m from the northern ridge.",
                            "The climber fell 60 m from the northern ridge.", &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "150 m vs 60 m");
  /* "200" is written to one digit, but rounding does not stretch it to 150. */
  g_assert_cmpint (compare ("The climber fell 150 m from the northern ridge.",
                            "The climber fell 200 m from the northern ridge.", &note2), ==, COR_CELL_CONFLICTS);
}

static void
test_units_converted (void)
{
  g_autofree char *note = NULL;

  /* 200 feet is 61 metres: the same fall, written in another unit. */
  g_assert_cmpint (compare ("The climber fell 200 feet from the northern ridge.",
                            "The climber fell about 60 metres from the northern ridge.", NULL), ==,
                   COR_CELL_SUPPORTS);
  g_assert_cmpint (compare ("The climber fell 150 metres from the northern ridge.",
                            "The climber fell 200 feet from the northern ridge.", &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "150 metres vs 200 feet");
}

static void
test_counts_compared (void)
{
  g_autofree char *note = NULL;

  /* A count of the dead is a value like any other… */
  g_assert_cmpint (compare ("The storm killed 12 people in the valley on Monday.",
                            "The storm killed 15 people in the valley on Monday.", &note), ==,
                   COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "12 people vs 15 people");
  /* …that a lower bound does not contradict. */
  g_assert_cmpint (compare ("The storm killed 15 people in the valley on Monday.",
                            "The storm killed at least ten people in the valley on Monday.", NULL), !=,
                   COR_CELL_CONFLICTS);
}

static void
test_measures_kept_apart (void)
{
  g_autofree char *note = NULL;

  /* Figures are compared only when they count the same thing: houses are
   * not people, and the injured are not the dead. */
  g_assert_cmpint (compare ("The storm destroyed 30 houses in the valley on Monday.",
                            "The storm killed 3 people in the valley on Monday.", &note), ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
  g_assert_cmpint (compare ("The storm killed 12 people and injured 40 people in the valley.",
                            "The storm injured 12 people in the valley.", &note), ==, COR_CELL_CONFLICTS);
  g_assert_nonnull (strstr (note, "40"));
  /* What a level rose to, or reached, is the level's: two death tolls
   * are compared, and as two moments of a running count they differ
   * without a contradiction. */
  g_clear_pointer (&note, g_free);
  g_assert_cmpint (compare ("The death toll from the ferry capsize rose to 21 on Monday.",
                            "The death toll from the ferry capsize rose to 23 on Monday.", &note), ==,
                   COR_CELL_PARTIAL);
  g_assert_cmpstr (note, ==, "another count: 21 vs 23");
  g_clear_pointer (&note, g_free);
  g_assert_cmpint (compare ("The new finds took the death toll to 27 on Monday.",
                            "The death toll from the ferry capsize rose to 23 on Monday.", &note), ==,
                   COR_CELL_PARTIAL);
  g_assert_cmpstr (note, ==, "another count: 27 vs 23");
  g_assert_cmpint (compare ("The number of passengers rose to 300 on Monday.",
                            "The death toll from the ferry capsize rose to 23 on Monday.", NULL), !=,
                   COR_CELL_CONFLICTS);
  /* Two times of day of one act, more than an hour apart, conflict; a
   * time given again in another zone, in brackets, does not. */
  g_clear_pointer (&note, g_free);
  g_assert_cmpint (compare ("The fire started shortly after 1pm on Monday in dry scrub.",
                            "The fire began at around 14:30 local time on Monday in the hills.", &note), ==,
                   COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "1pm vs 14:30");
  g_assert_cmpint (compare ("The blaze broke out at about 2:30 p.m. (1130 GMT) on Monday in scrubland.",
                            "The fire began at around 14:30 local time on Monday in the hills.", NULL), !=,
                   COR_CELL_CONFLICTS);
  g_assert_cmpint (compare ("The fire began at 2.10pm on Monday in the hills.",
                            "The fire began at around 14:30 local time on Monday in the hills.", NULL), !=,
                   COR_CELL_CONFLICTS);
  /* One act told in other words, each with its one time, on one day. */
  g_assert_cmpint (compare ("The embankment failed at around 5.30am on Saturday.",
                            "The river broke through the embankment at about 4.15am on Saturday.", NULL), ==,
                   COR_CELL_CONFLICTS);
  /* Two times given to the minute allow less. */
  g_clear_pointer (&note, g_free);
  g_assert_cmpint (compare ("The blast, which happened at about 7.10am on Tuesday, shook homes.",
                            "The blast happened at about 6.42 a.m. on Tuesday, shaking homes.", &note), ==,
                   COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "7.10am vs 6.42 a.m.");
  g_assert_cmpint (compare ("The blast happened at 6.50 a.m. on Tuesday, shaking homes.",
                            "The blast happened at about 6.42 a.m. on Tuesday, shaking homes.", NULL), !=,
                   COR_CELL_CONFLICTS);
  /* Two times read off a clock, to the minute and not said to be about
   * it, allow less still; one said to be about it allows as much. */
  g_clear_pointer (&note, g_free);
  g_assert_cmpint (compare ("The quake struck at 04:27 local time on Tuesday.",
                            "The quake hit at 04:17 local time on Tuesday.", &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "04:27 vs 04:17");
  g_assert_cmpint (compare ("The quake struck at about 04:27 local time on Tuesday.",
                            "The quake hit at 04:17 local time on Tuesday.", NULL), !=, COR_CELL_CONFLICTS);
  /* "Others" says what a figure counts no more than "people" does: the
   * verbs after it do, and those taken to hospital are not all the
   * injured. The same verb still compares. */
  g_assert_cmpint (compare ("Three workers were killed and 11 others taken to hospital after an explosion.",
                            "Three people have died and 14 others have been injured after an explosion.", NULL), !=,
                   COR_CELL_CONFLICTS);
  g_assert_cmpint (compare ("Three workers were killed and 9 others taken to hospital after an explosion.",
                            "Three workers were killed and 11 others taken to hospital after an explosion.", NULL), ==,
                   COR_CELL_CONFLICTS);
  /* "The seven-member board" counts no members. */
  g_assert_cmpint (compare ("The bank's seven-member board voted 5-2 to lift the repo rate to 5.50%.",
                            "One member of the board sought a bigger rise to 5.75%.", NULL), !=,
                   COR_CELL_CONFLICTS);
  /* A margin ("by 61 votes") is no total ("with 24,318 votes"); two
   * margins are compared. */
  g_assert_cmpint (compare ("Dawn Pickering won with 24,318 votes to 24,257 for Martin Okafor.",
                            "Martin Okafor lost to Dawn Pickering by just 61 votes.", NULL), !=,
                   COR_CELL_CONFLICTS);
  g_assert_cmpint (compare ("The first count gave Ms Pickering a lead of just 31 votes.",
                            "The first count had put Pickering 38 votes ahead.", NULL), ==,
                   COR_CELL_CONFLICTS);
  g_assert_cmpint (compare ("Martin Okafor lost to Dawn Pickering by 70 votes.",
                            "Martin Okafor lost to Dawn Pickering by just 61 votes.", NULL), ==,
                   COR_CELL_CONFLICTS);
  /* An amount the reference gives, given again, is that amount: another
   * amount beside it counts something else. */
  g_clear_pointer (&note, g_free);
  g_assert_cmpint (compare ("The firms are targeting $650 million in annual cost savings by year three, with "
                            "one-off integration costs of about $900 million.",
                            "The firms expect annual cost savings of $650 million by the third year.", &note), !=,
                   COR_CELL_CONFLICTS);
  g_assert_cmpint (compare ("The firms expect annual cost savings of $900 million by the third year.",
                            "The firms expect annual cost savings of $650 million by the third year.", NULL), ==,
                   COR_CELL_CONFLICTS);
}

static void
test_word_overlap (void)
{
  g_autoptr(Reading) a = reading_new ("The old bridge will reopen in June.", NULL);
  g_autoptr(Reading) b = reading_new ("The mayor confirmed the old bridge will reopen in June.", NULL);
  g_autoptr(Reading) c = reading_new ("Floods damaged the bridge badly.", NULL);

  g_assert_cmpfloat (cor_compare_word_overlap (reading_get (a, 0), reading_get (b, 0)), ==, 1.0);
  g_assert_cmpfloat (cor_compare_word_overlap (reading_get (a, 0), reading_get (c, 0)), <, 0.5);
}

static void
test_extra_detail (void)
{
  /* One more value is more detail, not a contradiction. */
  g_assert_cmpint (compare ("Rents rose 12% last year and 15% this year in the capital.",
                            "Rents rose 15% this year in the capital.", NULL), ==, COR_CELL_SUPPORTS);
}

static void
test_hedged (void)
{
  g_autofree char *note = NULL;

  g_assert_cmpint (compare ("The airline is considering buying 40 new aircraft.",
                            "The airline agreed to buy 40 new aircraft.", &note), ==, COR_CELL_PARTIAL);
  g_assert_cmpstr (note, ==, "says “is considering”, not “agreed”");
}

static void
test_hedge_scope (void)
{
  g_autofree char *note = NULL;

  g_autofree char *framed = NULL;

  /* "reportedly" bears on "ill-equipped", not on the fall. */
  g_assert_cmpint (compare ("A young and reportedly ill-equipped climber fell 700 m on the glacier.",
                            "A young climber fell 700 m on the glacier.", &note), ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
  /* "One report said" frames the whole sentence, far as it is from the
   * verb: the deaths are told second-hand. */
  g_assert_cmpint (compare ("One report said six workers at the old quarry were killed when the shed collapsed.",
                            "Six workers at the old quarry were killed when the shed collapsed.", &framed),
                   ==, COR_CELL_PARTIAL);
  g_assert_nonnull (strstr (framed, "report said"));
}

static void
test_planned_is_firm (void)
{
  g_assert_cmpint (compare ("The minister is due to visit the new port in May.",
                            "The minister will visit the new port in May.", NULL), ==, COR_CELL_SUPPORTS);
}

static void
test_negated (void)
{
  g_autofree char *note = NULL;

  g_assert_cmpint (compare ("The mayor did not sign the harbour contract.",
                            "The mayor signed the harbour contract.", &note), ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (note, ==, "denies it: “did not sign”");
}

static void
test_negation_scope (void)
{
  g_autofree char *note = NULL;

  /* Saying the statement did not mention the visit denies no visit. */
  g_assert_cmpint (compare ("The council's statement did not mention the minister's planned visit.",
                            "The minister is due to visit the council in May.", &note), ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
}

static void
test_opposites (void)
{
  g_autofree char *note = NULL;

  g_assert_cmpint (compare ("The reactor was insufficiently cooled before the test.",
                            "The reactor was sufficiently cooled before the test.", &note), ==,
                   COR_CELL_CONFLICTS);
  g_assert_nonnull (strstr (note, "insufficiently"));
}

static void
test_superlatives (void)
{
  g_autofree char *note = NULL;

  g_assert_cmpint (compare ("Norway is the largest supplier of salmon to Japan.",
                            "Chile is the largest supplier of salmon to Japan.", &note), ==, COR_CELL_CONFLICTS);
  g_assert_nonnull (strstr (note, "norway"));
  /* "the union's largest" is another scope, not another claim. */
  g_assert_cmpint (compare ("Norway, the union's largest supplier of salmon to Japan, sold more this year.",
                            "Chile is the largest supplier of salmon to Japan.", NULL), ==, COR_CELL_SUPPORTS);
  /* The same subject twice is agreement. */
  g_assert_cmpint (compare ("Norway is the largest supplier of salmon to Japan.",
                            "Norway remains the largest supplier of salmon to Japan.", NULL), ==,
                   COR_CELL_SUPPORTS);
}

static void
test_opposite_sides (void)
{
  /* Selling to and buying from are one trade seen from two sides. */
  g_assert_cmpint (compare ("Allies may export steel to the United States without the tariff.",
                            "Allies may import steel into the United States without the tariff.", NULL), !=,
                   COR_CELL_CONFLICTS);
}

static void
test_values_of_different_people (void)
{
  /* The ages of two people are not one figure told two ways. */
  g_assert_cmpint (compare ("Maria Ortega, 23, waited at the border fence with her daughter.",
                            "Ana Ruiz, 31, waited at the border fence with her daughter.", NULL), !=,
                   COR_CELL_CONFLICTS);
  /* The ages one person is given, after the name, are compared. */
  g_assert_cmpint (compare ("Police named the dead man as Dennis Hale, 78, a retired farmer from the valley.",
                            "Police named the dead man as Dennis Hale, 81, a retired farmer from the valley.", NULL), ==,
                   COR_CELL_CONFLICTS);
}

static void
test_speakers (void)
{
  g_autofree char *note = NULL;

  /* The same quote credited to another: the reports differ. */
  g_assert_cmpint (compare ("“We will rebuild the old bridge by the winter,” said Mayor Ana Lopez.",
                            "“We will rebuild the old bridge by the winter,” said Governor Tom Berg.", &note), ==,
                   COR_CELL_PARTIAL);
  g_assert_nonnull (strstr (note, "Ana Lopez"));
  /* A shorter form of the one name is the same person. */
  g_assert_cmpint (compare ("“We will rebuild the old bridge by the winter,” said Lopez.",
                            "“We will rebuild the old bridge by the winter,” said Mayor Ana Lopez.", NULL), ==,
                   COR_CELL_SUPPORTS);
}

static void
test_conversion (void)
{
  g_autofree char *note = NULL;
  g_autofree char *control = NULL;

  /* The dollars in brackets are the euros converted: no "in EUR, not USD". */
  g_assert_cmpint (compare ("The club paid €2m ($2.6m) for the goalkeeper.",
                            "The club paid $2.7 million for the goalkeeper.", &note), ==, COR_CELL_SUPPORTS);
  g_assert_null (note);
  /* Without the brackets, two amounts in two currencies stay partial. */
  g_assert_cmpint (compare ("The club paid €2m for the goalkeeper.",
                            "The club paid $2.7 million for the goalkeeper.", &control), ==, COR_CELL_PARTIAL);
  g_assert_nonnull (strstr (control, "EUR"));
}

/* What cor_compare_narrower() says of @text against @reference, its own
 * words shown: NULL when it gives every figure, else its note. */
static char *
narrower (const char *text,
          const char *reference)
{
  g_autoptr(Reading) a = reading_new (text, "2030-05-08");
  g_autoptr(Reading) b = reading_new (reference, "2030-05-08");
  char *note = NULL;
  gboolean narrow = cor_compare_narrower (reading_get (a, 0), reading_get (b, 0), NULL, &note);

  g_assert_true (narrow == (note != NULL));
  return note;
}

/* What cor_compare_narrower() notes of a statement against a reference
 * (NULL: nothing left out), each with why. */
typedef struct
{
  const char *text;
  const char *reference;
  const char *note;
} NarrowerCase;

static const NarrowerCase narrower_cases[] = {
  /* A figure that gives one of the reference's values gives no other. */
  { "The harbour company's shares fell 3% on Tuesday.",
    "The harbour company's shares closed down 1.8% on Tuesday after falling 3% in the morning.",
    "does not give “1.8%”" },
  /* Two groups no one names are no two sources. */
  { "Builders had cracked the walls of the old bridge over the summer, residents said.",
    "Builders had cracked the walls of the old bridge over the summer, neighbours said.", NULL },
  /* The day without the time the reference gives. */
  { "The river breached the embankment in the early hours of Saturday.",
    "The river broke through the embankment at about 4.15am on Saturday.", "does not give “4.15am”" },
  /* Every figure but not when. */
  { "A 6.2 magnitude quake struck the valley at a depth of 12 kilometres.",
    "A 6.2 magnitude quake struck the valley at a depth of 12 kilometres on Friday.", "does not give “Friday”" },
  /* Another way of giving the day is no omission: compare_values judges
   * it. */
  { "A 6.2 magnitude quake struck the valley at a depth of 12 kilometres on 7 May.",
    "A 6.2 magnitude quake struck the valley at a depth of 12 kilometres on Friday.", NULL },
  /* More than the reference is not less. */
  { "A 6.2 magnitude quake struck the valley at a depth of 12 kilometres on Friday, injuring 40 people.",
    "A 6.2 magnitude quake struck the valley at a depth of 12 kilometres on Friday.", NULL },
  /* A different figure is no omission: compare_values judges it. */
  { "A 6.2 magnitude quake struck the valley at a depth of 30 kilometres on Friday.",
    "A 6.2 magnitude quake struck the valley at a depth of 12 kilometres on Friday.", NULL },
  /* "600 metres (2,000 feet)" is one figure, named once. */
  { "The climber fell on the north face.", "The climber fell 600 metres (2,000 feet) on the north face.",
    "does not give “600 metres”" },
  /* "11 billion" gives "$11 billion" as a bare number. */
  { "Congress cleared an arms package of 11 billion for the island.",
    "Congress cleared an arms package worth $11 billion for the island.", NULL },
  /* The month alone does not give the day; another day may be the
   * same act's, told another way. */
  { "The council imposed the new harbour fees in March.", "The council imposed the new harbour fees on March 23.",
    "does not give “March 23”" },
  { "The council imposed the new harbour fees last Friday.", "The council imposed the new harbour fees on March 23.",
    NULL },
  /* A span gives one time many ways: never counted. */
  { "The ban was put off until June 1.", "The ban was put off for another 30 days.", NULL },
  /* A count of something else does not give the reference's count; a
   * count of the same, in other words, does. */
  { "The wave killed 230,000 people across the region.", "The wave killed 230,000 people in 14 countries.",
    "does not give “14 countries”" },
  { "The wave killed 24 people in the port.", "The wave killed at least 20 people in the port.", NULL },
  /* Nor does a count of the dead give the count of the injured. */
  { "The fire killed three bank workers.", "The fire killed three bank workers and injured 40 people.",
    "does not give “40 people”" },
  /* A place the reference names and the statement does not: one of two
   * climbers is not both. Its people name a country. */
  { "A British climber has fallen to his death on a mountain in New Zealand.",
    "One Australian and one British climber have fallen to their deaths on a mountain in New Zealand.",
    "does not give “Australian”" },
  { "The fire that Greek rioters set in a bank killed three people.",
    "The fire that rioters in Greece set in a bank killed three people.", NULL },
  { "The fire that Greeks set in a bank killed three people.",
    "The fire that rioters in Greece set in a bank killed three people.", NULL },
  /* "US" in "the US Geological Survey" is part of a name, not a place the
   * fact is set in. */
  { "The quake struck at a depth of 10 km, the Geological Survey said.",
    "The quake struck at a depth of 10 km, the US Geological Survey said.", NULL },
  /* A lower bound than the reference's gives less; a higher one, more. */
  { "The landslide killed at least three people in the valley.",
    "The landslide killed at least five people in the valley.", "at least three people vs at least five people" },
  { "The landslide killed at least five people in the valley.",
    "The landslide killed at least three people in the valley.", NULL },
};

static void
test_narrower (void)
{
  const char *reference = "A 6.2 magnitude quake struck the valley at a depth of 12 kilometres on Friday.";
  g_autofree char *headline = narrower ("Strong quake strikes the valley", reference);
  g_autofree char *depth = narrower ("The quake struck the valley at a depth of 12 km on Friday.", reference);
  g_autoptr(Reading) dated = reading_new (reference, "2030-05-08");
  g_autoptr(Reading) no_date = reading_new ("A 6.2 magnitude quake struck the valley at a depth of 12 kilometres.",
                                            NULL);
  g_autofree char *unknown = NULL;
  CorShown undated_shown;

  for (guint i = 0; i < G_N_ELEMENTS (narrower_cases); i++)
    {
      g_autofree char *note = narrower (narrower_cases[i].text, narrower_cases[i].reference);

      g_test_message ("%s", narrower_cases[i].text);
      g_assert_cmpstr (note, ==, narrower_cases[i].note);
    }
  /* A headline that gives neither figure nor the day states the fact,
   * narrower. */
  g_assert_nonnull (headline);
  g_assert_nonnull (strstr (headline, "6.2"));
  g_assert_nonnull (strstr (headline, "12 kilometres"));
  g_assert_nonnull (strstr (headline, "does not give “Friday”"));
  /* Shown nothing that could tell the day (a report with no date of its
   * own resolves no "on Friday"), the day is not asked for. */
  undated_shown = (CorShown) { reading_get (no_date, 0)->text, reading_get (no_date, 0)->mentions, FALSE };
  g_assert_false (cor_compare_narrower (reading_get (no_date, 0), reading_get (dated, 0), &undated_shown, &unknown));
  g_assert_null (unknown);
  /* The depth is given in other units; the magnitude is left out. */
  g_assert_nonnull (depth);
  g_assert_nonnull (strstr (depth, "6.2"));
  g_assert_null (strstr (depth, "12 kilometres"));
}

/* A fact credited to someone else is partial; one speaker named two ways,
 * or a statement whose speaker is known only by a role, is not. */
static void
test_speakers_of_facts (void)
{
  g_autofree char *other = narrower ("Officials said the tremor was felt for 15 seconds across the valley.",
                                     "Ema Ruiz said the tremor was felt for 15 seconds across the valley.");
  g_autofree char *same = narrower ("Ruiz said the tremor was felt for 15 seconds across the valley.",
                                    "Ema Ruiz said the tremor was felt for 15 seconds across the valley.");
  g_autofree char *short_name = narrower ("Xi said the talks on the canal had gone well.",
                                          "President Xi Jinping said the talks on the canal had gone well.");
  g_autofree char *role = narrower ("The statement said the clinic would reopen within a week.",
                                    "The World Health Organization said the clinic would reopen within a week.");

  /* The fact, not a quote, credited to others: narrower, and no marker
   * of the comparison's own. */
  g_assert_cmpstr (other, ==, "attributed to Officials, not Ema Ruiz");
  g_assert_cmpint (compare ("Officials said the tremor was felt for 15 seconds across the valley.",
                            "Ema Ruiz said the tremor was felt for 15 seconds across the valley.", NULL),
                   ==, COR_CELL_SUPPORTS);
  g_assert_null (same);
  g_assert_null (short_name);
  g_assert_null (role);
}

/* Counts with no noun ("80 hurt") are compared when the same word says
 * what they count. */
static void
test_bare_counts (void)
{
  g_autofree char *hurt = NULL;
  g_autofree char *dead = NULL;
  g_autofree char *same = NULL;
  g_autofree char *soldiers = NULL;

  g_assert_cmpint (compare ("Ten people were killed and about 50 hurt.", "The landslide killed 10; 80 hurt.", &hurt),
                   ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (hurt, ==, "about 50 vs 80");
  g_assert_cmpint (compare ("Five dead in valley landslide", "The valley landslide left 24 people dead.", &dead),
                   ==, COR_CELL_CONFLICTS);
  g_assert_cmpstr (dead, ==, "Five vs 24 people");
  /* "Three" is "three people". */
  g_assert_cmpint (compare ("Three dead in valley landslide", "The valley landslide left three people dead.",
                            &same), !=, COR_CELL_CONFLICTS);
  /* Another word, another count: two soldiers among ten dead. */
  g_assert_cmpint (compare ("Gunmen killed two soldiers at the border post.",
                            "Gunmen killed 10 people at the border post.", &soldiers), !=, COR_CELL_CONFLICTS);
}

/* A count lower in an earlier report, or higher in a later one, is the
 * toll rising: partial, noted. Lower in the later report, or two counts
 * of one day, the reports contradict each other. */
static void
test_counts_over_time (void)
{
  static const struct
  {
    const char *published, *reference_published;
    CorCellStatus status;
    const char *note;
  } cases[] = {
    { "2030-05-07", "2030-05-08", COR_CELL_PARTIAL, "an earlier count: Five vs 24 people" },
    { "2030-05-09", "2030-05-08", COR_CELL_CONFLICTS, "Five vs 24 people" },
    { "2030-05-08", "2030-05-08", COR_CELL_CONFLICTS, "Five vs 24 people" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(Reading) a = reading_new ("Five dead in valley landslide", cases[i].published);
      g_autoptr(Reading) b = reading_new ("The valley landslide left 24 people dead.", cases[i].reference_published);
      g_autofree char *note = NULL;

      g_assert_cmpint (cor_compare_statements (reading_get (a, 0), reading_get (b, 0), &note), ==, cases[i].status);
      g_assert_cmpstr (note, ==, cases[i].note);
    }
  {
    g_autoptr(Reading) a = reading_new ("The valley landslide left 24 people dead.", "2030-05-09");
    g_autoptr(Reading) b = reading_new ("Five dead in valley landslide", "2030-05-08");
    g_autofree char *note = NULL;

    /* The later, higher count against an earlier reference. */
    g_assert_cmpint (cor_compare_statements (reading_get (a, 0), reading_get (b, 0), &note), ==, COR_CELL_PARTIAL);
    g_assert_cmpstr (note, ==, "a later count: 24 people vs Five");
  }
}

static void
test_says_less (void)
{
  const char *reference = "Rioters set fire to a savings bank in the harbour district of Porto Velho, "
                          "killing two clerks, during a general strike against pension cuts.";
  g_autoptr(Reading) full = reading_new (reference, "2030-05-08");
  g_autoptr(Reading) headline = reading_new ("Two bank clerks die in riot", "2030-05-08");
  g_autoptr(Reading) retold = reading_new ("During a general strike against pension cuts, rioters set a savings bank "
                                           "in Porto Velho's harbour district on fire, killing two clerks.", "2030-05-08");
  g_autofree char *note = NULL;
  g_autofree char *none = NULL;

  g_assert_cmpfloat (cor_compare_coverage (reading_get (full, 0), reading_get (full, 0)), ==, 1.0);
  g_assert_cmpfloat (cor_compare_coverage (reading_get (retold, 0), reading_get (full, 0)), >, 0.8);
  g_assert_cmpfloat (cor_compare_coverage (reading_get (headline, 0), reading_get (full, 0)), <, 0.3);
  /* The headline gives the fact with little of it: partial, with a note. */
  g_assert_true (cor_compare_narrower (reading_get (headline, 0), reading_get (full, 0), NULL, &note));
  g_assert_cmpstr (note, ==, "says less than the summary");
  /* Told in other order, the sentence gives it whole. */
  g_assert_false (cor_compare_narrower (reading_get (retold, 0), reading_get (full, 0), NULL, &none));
  g_assert_null (none);
}

static void
test_dates (void)
{
  g_autofree char *note = NULL;
  g_autofree char *note2 = NULL;

  /* Two different days for the one act conflict… */
  g_assert_cmpint (compare ("The ferry sank off the cape on 5 May.",
                            "The ferry sank off the cape on 3 May.", &note), ==, COR_CELL_CONFLICTS);
  g_assert_nonnull (strstr (note, "5 May"));
  /* …a month and a day in it do not… */
  g_assert_cmpint (compare ("The ferry sank off the cape in May.",
                            "The ferry sank off the cape on 3 May.", NULL), ==, COR_CELL_SUPPORTS);
  /* …and two different acts keep their own days. */
  g_assert_cmpint (compare ("Divers reached the ferry on 6 May.",
                            "The ferry sank off the cape on 3 May.", &note2), ==, COR_CELL_SUPPORTS);
  g_assert_null (note2);
  /* A day without its year is in the year its tense suggests: two reports
   * that read it apart still give the same day, unless both write the
   * year. */
  g_assert_cmpint (compare ("Dealers began the repairs on 14 October.",
                            "Dealers will begin the repairs on 14 October.", NULL), ==, COR_CELL_SUPPORTS);
  g_assert_cmpint (compare ("Dealers began the repairs on 14 October 2029.",
                            "Dealers will begin the repairs on 14 October 2030.", NULL), ==, COR_CELL_CONFLICTS);
}

static void
test_row_values (void)
{
  g_autoptr(Reading) a = reading_new ("The port spent around $7 bn on new cranes.", NULL);
  g_autoptr(Reading) b = reading_new ("The port spent $7 billion on new cranes.", NULL);
  g_autoptr(GPtrArray) statements = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = NULL;
  const CorMention *m;

  g_ptr_array_add (statements, reading_get (a, 0));
  g_ptr_array_add (statements, reading_get (b, 0));
  values = cor_compare_row_values (statements);
  /* The exact value is the one kept. */
  g_assert_cmpuint (values->len, ==, 1);
  m = g_ptr_array_index (values, 0);
  g_assert_false (m->approximate);
  g_assert_cmpfloat (m->value, ==, 7e9);
}

static void
check_summary (const char *text,
               const char *expected)
{
  g_autofree char *summary = cor_summary_from_text (text);

  g_assert_cmpstr (summary, ==, expected);
}

static void
test_summary (void)
{
  /* Attribution stays, as a unit. */
  check_summary ("The mayor said the bridge will reopen in June.", "The mayor said the bridge will reopen in June.");
  /* A leading conjunction goes; so does an opening clause a comma closes. */
  check_summary ("But the council voted against the plan.", "The council voted against the plan.");
  /* "So far" is no "so": it goes whole, as an opening clause does. */
  check_summary ("So far, 152 people have been rescued.", "152 people have been rescued.");
  check_summary ("As the water rose, villagers climbed onto their roofs.", "Villagers climbed onto their roofs.");
  /* A clause that cannot stand alone ("which …") is no main clause. */
  check_summary ("That last point matters for rental firms, which by law cannot rent out recalled cars.",
                 "This last point matters for rental firms, which by law cannot rent out recalled cars.");
  /* A condition stays: without it the claim is another. */
  check_summary ("If the tariffs go ahead, Europe has promised swift retaliation.",
                 "Europe has promised swift retaliation if the tariffs go ahead.");
  g_assert_false (cor_summary_is_fragment ("If the river rises again, the council will close the bridge."));
  g_assert_true (cor_summary_is_fragment ("Two of them are in a critical condition."));
  g_assert_false (cor_summary_is_fragment ("Fourteen were admitted to hospital, two of them in a critical condition."));
  /* "According to" keeps whose word it is, at the end. */
  check_summary ("According to the police, three people were hurt in the crash.",
                 "Three people were hurt in the crash, according to the police.");
  /* A quote that opens with a condition comes after who said it. */
  check_summary ("“If the ferry runs on time, we will sail at noon,” the captain said.",
                 "The captain said: “If the ferry runs on time, we will sail at noon.”");
  /* Only a short attribution comes first, never one with a clause of its own. */
  check_summary ("“The hull held,” he said, adding that two crew were missing.",
                 "“The hull held,” he said, adding that two crew were missing.");
  check_summary ("“The hull held,” he said, according to state media.",
                 "He said, according to state media: “The hull held.”");
  /* A dateline is no part of the fact. */
  check_summary ("LINDAU (Coastal Wire) - The ferry ran aground on Tuesday.", "The ferry ran aground on Tuesday.");
  check_summary ("LINDAU — The ferry ran aground on Tuesday.", "The ferry ran aground on Tuesday.");
  /* An adverb that ties a sentence to the one before goes, with its comma;
   * without a comma it may be the sentence's own. */
  check_summary ("Nevertheless, a bomber dropped four bombs on the camp.", "A bomber dropped four bombs on the camp.");
  /* The condition it leaves first goes last, as an opening "If" does. */
  check_summary ("Still, if the river rises again, the council will close the bridge.",
                 "The council will close the bridge if the river rises again.");
  check_summary ("Still missing are 20 passengers.", "Still missing are 20 passengers.");
  /* What is left of one cut after "Mich.", and a bracket that is none. */
  check_summary ("(Coastal Wire) — The ferry ran aground on Tuesday.", "The ferry ran aground on Tuesday.");
  check_summary ("(Update) The ferry ran aground on Tuesday.", "(Update) The ferry ran aground on Tuesday.");
  /* A name in capitals before a dash that opens an aside stays. */
  check_summary ("NATO — the alliance of 32 states — met on Tuesday.", "NATO — the alliance of 32 states — met on Tuesday.");
  /* "Officials say that …" reads as a clause cut from its sentence. */
  check_summary ("Officials say that the dam held.", "Officials say the dam held.");
  /* A quotation keeps both its straight marks. */
  check_summary ("\"The port should stay open all winter.\"", "\"The port should stay open all winter.\"");
  /* Who said it, when only a pronoun says so, leans on the sentence before. */
  g_assert_true (cor_summary_is_fragment ("The ferry will sail at noon, \"he said.\""));
  g_assert_true (cor_summary_is_fragment ("“The ferry will sail at noon,” it said in a statement."));
  g_assert_false (cor_summary_is_fragment ("The ferry will sail at noon, the captain said."));
  /* "those bombings": which ones, the sentence does not say. */
  g_assert_true (cor_summary_is_fragment ("The mayor said that nine people died in those floods."));
  g_assert_true (cor_summary_is_fragment ("The ministry denied these reports on Tuesday."));
  g_assert_false (cor_summary_is_fragment ("Those who fled the floods returned on Tuesday."));
  g_assert_false (cor_summary_is_fragment ("The union said: “We reject these measures.”"));
  g_assert_true (cor_summary_is_fragment ("Prices rose in these two towns last year."));
  g_assert_false (cor_summary_is_fragment ("Prices have risen these days in the lower town."));
  /* "The two leaders": which two, the summary must say. */
  g_assert_true (cor_summary_is_fragment ("Ruiz said the two leaders discussed the port."));
  g_assert_true (cor_summary_is_fragment ("Both sides agreed to meet again on Friday."));
  g_assert_false (cor_summary_is_fragment ("Mayor Ana Ruiz met Governor Ilse Marr on Monday, and the two leaders "
                                           "discussed the port."));
  g_assert_false (cor_summary_is_fragment ("Ruiz said: “Both sides want the port open.”"));
  /* A headline with a participle for its verb says what happened as no
   * sentence does; one with "is" before it, or a verb of its own, does. */
  g_assert_true (cor_summary_is_fragment ("Harbour town hit by second storm"));
  g_assert_false (cor_summary_is_fragment ("Harbour town is hit by second storm"));
  g_assert_false (cor_summary_is_fragment ("Second storm hits harbour town"));
  g_assert_false (cor_summary_is_fragment ("Harbour Town Hit By Second Storm."));
  g_assert_false (cor_summary_is_fragment ("Ferries stopped by the storm resumed on Friday."));
  /* Never cut short, however long. */
  check_summary ("The river rose by two metres overnight and flooded the lower town, the old market, the "
                 "station and most of the farms along the eastern bank of the valley.",
                 "The river rose by two metres overnight and flooded the lower town, the old market, the "
                 "station and most of the farms along the eastern bank of the valley.");
}

/* "…, he said" names who "he" is when the sentence before names a person;
 * never from further back. */
static void
test_summary_names_the_pronoun (void)
{
  g_autoptr(Reading) r = reading_new ("Around 40 houses were damaged by the flood, said regional official Marta Kovac.\n"
                                      "Most of the damaged houses were in the lower town, she added.\n"
                                      "The river fell overnight.\n"
                                      "The bridge will reopen on Friday.\n"
                                      "Repairs will take a month, he said.\n", NULL);
  CorStatement *houses = reading_find (r, "Most of the damaged houses");
  CorStatement *repairs = reading_find (r, "Repairs will take");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_nonnull (houses);
  a = cor_summary_from_statement (houses, NULL);
  g_assert_true (g_str_has_suffix (a, ", Marta Kovac added."));
  g_assert_nonnull (repairs);
  b = cor_summary_from_statement (repairs, NULL);
  g_assert_cmpstr (b, ==, "Repairs will take a month, he said.");
}

/* A row whose summary ends "…, he said" with nobody named: the name the
 * row's statements agree on goes in; two different names, or none, and
 * the attribution goes as a whole; a quotation keeps it. */
static void
test_summary_settles_pronoun (void)
{
  g_autoptr(Reading) one = reading_new ("Repairs will take a month, he said.\n"
                                        "Still, if the river rises again, she said.\n", NULL);
  g_autoptr(Reading) two = reading_new ("Repairs to the bridge will take a month, engineer Ilse Brandt-Moor "
                                        "said.\n", NULL);
  g_autoptr(Reading) three = reading_new ("Repairs will take a month, said Oskar Lind.\n"
                                          "\"Repairs will take a month,\" he said.\n", NULL);
  g_autoptr(Reading) four = reading_new ("Repairs will take a month, said bridge engineer Ilse Brandt-Moor.\n", NULL);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  CorStatement *repairs = reading_find (one, "Repairs will take");
  CorStatement *named = reading_find (two, "Repairs to the bridge");
  CorStatement *other = reading_find (three, "said Oskar Lind");
  CorStatement *fourth = reading_find (four, "said bridge engineer");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *e = NULL;

  g_assert_nonnull (repairs);
  g_assert_nonnull (named);
  g_assert_nonnull (other);
  g_assert_nonnull (fourth);
  g_assert_cmpstr (named->speaker, ==, "engineer Ilse Brandt-Moor");
  g_ptr_array_add (row, repairs);
  /* Nobody named: the attribution goes. */
  a = cor_summary_settle ("Repairs will take a month, he said.", row);
  g_assert_cmpstr (a, ==, "Repairs will take a month.");
  g_assert_false (cor_summary_is_fragment (a));
  /* One name in the row: it stands for "he". */
  g_ptr_array_add (row, named);
  b = cor_summary_settle ("Repairs will take a month, he said.", row);
  g_assert_cmpstr (b, ==, "Repairs will take a month, engineer Ilse Brandt-Moor said.");
  /* Two names: neither is "he". */
  g_ptr_array_add (row, other);
  c = cor_summary_settle ("Repairs will take a month, he said.", row);
  g_assert_cmpstr (c, ==, "Repairs will take a month.");
  /* What would be left is no sentence, or a quotation with no speaker. */
  g_ptr_array_set_size (row, 1);
  g_assert_null (cor_summary_settle ("Still, if the river rises again, she said.", row));
  g_assert_null (cor_summary_settle ("Shortly after learning about it, she said.", row));
  g_assert_null (cor_summary_settle ("“Repairs will take a month,” he said.", row));
  d = cor_summary_settle ("Repairs will take a month, the engineer said.", row);
  g_assert_null (d);
  /* "He" opening the summary: named when two reports name him, else kept
   * (one report's "he" may be resolved to the wrong man). */
  g_ptr_array_set_size (row, 0);
  g_ptr_array_add (row, named);
  g_assert_null (cor_summary_settle ("He was quoted as saying: “Repairs will take a month.”", row));
  /* Each reading is report 0: this one stands for another report. */
  fourth->source = 1;
  g_ptr_array_add (row, fourth);
  e = cor_summary_settle ("He was quoted as saying: “Repairs will take a month.”", row);
  g_assert_cmpstr (e, ==, "engineer Ilse Brandt-Moor was quoted as saying: “Repairs will take a month.”");
}

/* The summary of the statement of @r that holds @words, which must be
 * one of its statements. */
static char *
summary_of (Reading    *r,
            const char *words)
{
  CorStatement *st = reading_find (r, words);

  if (st == NULL)
    g_error ("no statement holds “%s”", words);
  return cor_summary_from_statement (st, NULL);
}

/* A sentence's first clause after a "But" stands alone: its summary is the
 * clause, so that the row of the clause after it ("…, forcing …") does not
 * read the same. */
static void
test_summary_of_first_clause (void)
{
  g_autoptr(Reading) r = reading_new ("The harbour reopened on Monday.\n"
                                      "But the storm damaged the old pier beyond repair, forcing the ferry "
                                      "company to move its berth to the north quay.\n", NULL);
  g_autofree char *a = summary_of (r, "But the storm");
  g_autofree char *b = summary_of (r, "forcing the ferry");

  g_assert_true (reading_find (r, "But the storm") != reading_find (r, "forcing the ferry"));
  g_assert_cmpstr (a, ==, "The storm damaged the old pier beyond repair.");
  g_assert_cmpstr (b, ==, "The storm forced the ferry company to move its berth to the north quay.");
  g_assert_cmpstr (a, !=, b);
}

/* "…, and demonstrators marched …": a joined clause with a subject of its
 * own stands once its conjunction goes; one without ("and said …") leans
 * on its sentence. */
static void
test_summary_of_joined_clause (void)
{
  g_autoptr(Reading) r = reading_new ("The harbour reopened on Monday after the storm, and demonstrators marched "
                                      "to the town hall in the afternoon.\n"
                                      "The mayor thanked the coastguards for their work, and said the port "
                                      "would stay open all winter.\n", NULL);
  g_autofree char *a = summary_of (r, "and demonstrators");
  g_autofree char *b = summary_of (r, "and said");

  g_assert_cmpstr (a, ==, "Demonstrators marched to the town hall in the afternoon.");
  g_assert_true (g_str_has_prefix (b, "The mayor thanked"));
}

/* "…; Greece faces …": a clause after a semicolon with a subject of its
 * own is a sentence; one whose subject is a pronoun, or a headline's,
 * leans on what comes before. */
static void
test_summary_after_semicolon (void)
{
  g_autoptr(Reading) r = reading_new ("The goal is a vote by Friday; Portugal faces a June 3 deadline on debt it "
                                      "cannot repay without the loan.\n"
                                      "The minister wants a vote by Friday; she fears the markets will not "
                                      "wait for the parliament.\n"
                                      "Storm Hits Coast Towns; 80 Villagers Hurt And Seven Roads Closed.\n", NULL);
  g_autofree char *a = summary_of (r, "Portugal faces");
  g_autofree char *b = summary_of (r, "she fears");
  g_autofree char *c = summary_of (r, "80 Villagers");

  g_assert_true (reading_find (r, "Portugal faces") != reading_find (r, "The goal is"));
  g_assert_cmpstr (a, ==, "Portugal faces a June 3 deadline on debt it cannot repay without the loan.");
  g_assert_true (g_str_has_prefix (b, "The minister wants"));
  g_assert_true (g_str_has_prefix (c, "Storm Hits"));
}

/* "added the nurse": the nurse the report named a sentence or two before
 * ("Ema Ruiz, a nurse at the village clinic") is who speaks, and the
 * summary says so; people a report names without that role are not. */
static void
test_speaker_named_by_role (void)
{
  g_autoptr(Reading) r = reading_new ("One child died when a wall of the school fell, said Ema Ruiz, a nurse at "
                                      "the village clinic.\n"
                                      "\"We treated fifty people with cuts from the broken glass,\" added the nurse.\n"
                                      "\"Most of them went home before the evening,\" the nurse said.\n"
                                      "Bread prices rose in the market, said Tom Hale of the traders' guild.\n"
                                      "\"They will fall again when the road opens,\" said several analysts.\n", NULL);
  g_autofree char *treated = summary_of (r, "We treated");

  g_assert_cmpstr (reading_find (r, "We treated")->speaker, ==, "Ema Ruiz");
  g_assert_cmpstr (reading_find (r, "Most of them")->speaker, ==, "Ema Ruiz");
  g_assert_cmpstr (treated, ==, "Ema Ruiz added: \"We treated fifty people with cuts from the broken glass.\"");
  g_assert_cmpstr (reading_find (r, "They will fall")->speaker, !=, "Tom Hale");
}

/* "the statement said": the statement an organization made a sentence or
 * two before, in words after its name; with no such organization, the
 * speaker stays unnamed. */
static void
test_speaker_named_by_statement (void)
{
  g_autoptr(Reading) r = reading_new ("The World Health Organization said in a statement on Monday that the clinic "
                                      "would reopen.\n"
                                      "\"The clinic will reopen within a week,\" the statement said.\n", NULL);
  g_autoptr(Reading) unnamed = reading_new ("A statement on Monday said the clinic would reopen.\n"
                                            "\"The clinic will reopen within a week,\" the statement said.\n", NULL);
  g_autofree char *summary = summary_of (r, "The clinic will reopen");
  g_autofree char *kept = summary_of (unnamed, "The clinic will reopen");

  g_assert_cmpstr (reading_find (r, "The clinic will reopen")->speaker, ==, "the World Health Organization");
  g_assert_false (cor_statement_speaker_unnamed (reading_find (r, "The clinic will reopen")));
  g_assert_cmpstr (summary, ==, "The World Health Organization said: \"The clinic will reopen within a week.\"");
  g_assert_true (cor_statement_speaker_unnamed (reading_find (unnamed, "The clinic will reopen")));
  g_assert_true (g_str_has_prefix (kept, "The statement said"));
}

/* ", killing …" is a statement of its own; its summary takes the subject
 * of the clause it hangs on and makes its participles past. Not where the
 * reader cannot tell whose act it is. */
static void
test_summary_of_participle_clause (void)
{
  g_autoptr(Reading) r = reading_new ("A strong storm struck the coast on Tuesday, killing at least four people "
                                      "and leaving two fishermen missing.\n"
                                      "WASHINGTON — The harbour authority closed the port on Monday, putting off "
                                      "the regatta until the spring.\n"
                                      "Officials said the ferry company cancelled its crossings, leaving "
                                      "hundreds of travellers stranded at the port.\n"
                                      "The mayor has accused the ferry company of cutting crossings, leaving "
                                      "islanders without a doctor.\n", NULL);
  g_autofree char *a = summary_of (r, "killing at least");
  g_autofree char *b = summary_of (r, "putting off");
  g_autofree char *c = summary_of (r, "leaving hundreds");
  g_autofree char *d = summary_of (r, "leaving islanders");
  g_autoptr(Reading) earlier = reading_new ("But in March, a smaller storm struck the northern islands, killing two people and injuring eleven.\n", NULL);
  g_autofree char *e = summary_of (earlier, "killing two");

  g_assert_cmpstr (a, ==, "A strong storm killed at least four people and left two fishermen missing.");
  g_assert_cmpstr (b, ==, "The harbour authority put off the regatta until the spring.");
  /* Reported speech: the officials, or the ferry company? The sentence. */
  g_assert_true (g_str_has_prefix (c, "Officials said the ferry company cancelled"));
  /* After a gerund: the cutting left them, not the mayor. The sentence. */
  g_assert_true (g_str_has_prefix (d, "The mayor has accused the ferry company of cutting"));
  /* When it was keeps an earlier storm apart from the story's own. */
  g_assert_cmpstr (e, ==, "In March, a smaller storm killed two people and injured eleven.");
}

/* After a passive, the participle is not what the subject did: the
 * cavers did not end the operation. And an adjective after a comma in a
 * noun phrase ("a dry, sloping chamber") opens no clause. */
static void
test_summary_of_participle_after_passive (void)
{
  g_autoptr(Reading) r = reading_new ("All six cavers trapped for five days by floodwater were brought to the surface "
                                      "on Thursday, ending a rescue operation that had cost the life of a diver.\n"
                                      "The group had retreated to Bedrock Chamber, a dry, sloping chamber about 1.4km "
                                      "into the system, after a thunderstorm sealed the entrance.\n", NULL);
  g_autofree char *a = summary_of (r, "ending a rescue");

  g_assert_false (g_str_has_prefix (a, "All six cavers ended"));
  g_assert_true (reading_find (r, "sloping chamber") == reading_find (r, "had retreated"));
}

/* A ", which …" clause is a statement of its own; its summary puts its
 * noun back as the subject, unless "which" is its object. */
static void
test_summary_of_relative_clause (void)
{
  g_autoptr(Reading) r = reading_new ("Officials say at least 24 people were killed by the quake, which struck "
                                      "the western tip of the island on Tuesday.\n"
                                      "The mayor defended the Alliance for Coastal Towns, which funds the new sea "
                                      "wall along the harbour.\n"
                                      "The council raised its harbour fees, which the mayor says were already too "
                                      "high for the fishing fleet.\n", NULL);
  CorStatement *quake = reading_find (r, "which struck");
  CorStatement *alliance = reading_find (r, "which funds");
  CorStatement *fees = reading_find (r, "which the mayor says");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_nonnull (quake);
  g_assert_true (g_str_has_prefix (quake->text, "which struck"));
  a = cor_summary_from_statement (quake, NULL);
  g_assert_cmpstr (a, ==, "The quake struck the western tip of the island on Tuesday, officials say.");
  g_assert_nonnull (alliance);
  b = cor_summary_from_statement (alliance, NULL);
  g_assert_cmpstr (b, ==, "The Alliance for Coastal Towns funds the new sea wall along the harbour.");
  /* "which" as the object: the whole sentence stands instead. */
  g_assert_nonnull (fees);
  c = cor_summary_from_statement (fees, NULL);
  g_assert_true (g_str_has_prefix (c, "The council raised"));
}

/* A relative clause of reported speech keeps who reported it, with the
 * sentence's own verb; "Officials" loses the capital that only opening
 * the sentence gave it. */
static void
test_summary_of_reported_relative_clause (void)
{
  g_autoptr(Reading) r = reading_new ("The Harbour Authority said the closure prolonged market uncertainty, "
                                      "which was already hurting local firms.\n"
                                      "Officials say at least 24 people were killed by the storm, which "
                                      "flooded the lower town on Tuesday.\n", NULL);
  g_autofree char *a = summary_of (r, "which was already");
  g_autofree char *b = summary_of (r, "which flooded");

  g_assert_cmpstr (a, ==, "Market uncertainty was already hurting local firms, the Harbour Authority said.");
  g_assert_cmpstr (b, ==, "The storm flooded the lower town on Tuesday, officials say.");
}

/* A day is when, not what: "signed the deal on Friday, which covers …"
 * hangs on the deal. */
static void
test_summary_of_relative_clause_after_day (void)
{
  g_autoptr(Reading) r = reading_new ("The harbour minister signed the port deal on Friday, which also covers "
                                      "new rail links to three inland towns.\n", NULL);
  g_autofree char *a = summary_of (r, "which also covers");

  g_assert_cmpstr (a, ==, "The port deal also covers new rail links to three inland towns.");
}

static void
test_summary_of_clause (void)
{
  g_autoptr(Reading) r = reading_new ("The minister opened the new harbour on Monday, during which the two "
                                      "mayors signed a joint fishing agreement for the bay.\n", NULL);
  CorStatement *clause = reading_find (r, "during which");
  g_autofree char *summary = cor_summary_from_statement (clause, NULL);

  /* A clause that leans on its sentence is summarised by the sentence. */
  g_assert_true (g_str_has_prefix (summary, "The minister opened"));
}

/* A sentence that is all quotation is put after who said it, when the
 * statement knows; otherwise it keeps its marks and leans on another
 * statement of its row, so that it never reads as the table's own claim. */
static void
test_summary_of_quotation (void)
{
  g_autoptr(Reading) r = reading_new ("The harbour master, Ana Ruiz, spoke to reporters on Monday. "
                                      "\"The port should stay open all winter,\" Ruiz said. "
                                      "\"Crews will keep the channel clear of ice.\"\n", NULL);
  CorStatement *bare = reading_find (r, "Crews will keep");
  g_autofree char *summary = NULL;
  g_autofree char *unknown = NULL;
  char *speaker;

  g_assert_nonnull (bare);
  summary = cor_summary_from_statement (bare, NULL);
  g_assert_nonnull (bare->speaker);
  g_assert_true (g_str_has_suffix (summary, " said: “Crews will keep the channel clear of ice.”"));
  /* Without a speaker, the marks stay and the row looks further. */
  speaker = bare->speaker;
  bare->speaker = NULL;
  unknown = cor_summary_from_statement (bare, NULL);
  bare->speaker = speaker;
  g_assert_cmpstr (unknown, ==, "“Crews will keep the channel clear of ice.”");
  g_assert_true (cor_summary_is_fragment (unknown));
  /* A pronoun or a lone day is no speaker to name. */
  bare->speaker = (char *) "it";
  g_clear_pointer (&unknown, g_free);
  unknown = cor_summary_from_statement (bare, NULL);
  bare->speaker = speaker;
  g_assert_cmpstr (unknown, ==, "“Crews will keep the channel clear of ice.”");
  bare->speaker = (char *) "Thursday";
  g_clear_pointer (&unknown, g_free);
  unknown = cor_summary_from_statement (bare, NULL);
  bare->speaker = speaker;
  g_assert_cmpstr (unknown, ==, "“Crews will keep the channel clear of ice.”");
  /* A sentence that goes on with a quotation the paragraph before opened
   * gets its opening mark, and who said it. */
  check_summary ("His body was found soon afterwards,\" he said, adding that two were missing.",
                 "\"His body was found soon afterwards,\" he said, adding that two were missing.");
  check_summary ("The rest have only light injuries.\"", "\"The rest have only light injuries.\"");
  {
    g_autoptr(Reading) cont = reading_new ("The clinic's doctor, Ema Lind, met reporters.\n"
                                           "\"Thirty people are seriously injured.\n"
                                           "The rest have only light injuries,\" she said.\n", NULL);
    g_autofree char *attributed = summary_of (cont, "The rest have");

    g_assert_cmpstr (attributed, ==, "\"The rest have only light injuries,\" Ema Lind said.");
  }
  /* Words of the report's own after the quotation make it no bare one. */
  g_assert_false (cor_summary_is_fragment ("“The port stays open,” the harbour master said."));
  /* "As for the mayor, “…he…”": whom the quotation is about stays with it,
   * or its "he" stands for nobody. */
  {
    g_autoptr(Reading) topic = reading_new ("The harbour master, Ana Ruiz, spoke to reporters on Monday.\n"
                                            "\"The port should stay open all winter,\" Ruiz said. "
                                            "As for the mayor, \"I'm sure he will keep his word.\"\n", NULL);
    g_autofree char *about = summary_of (topic, "I'm sure he will");

    g_assert_true (g_str_has_suffix (about, " said of the mayor: “I'm sure he will keep his word.”"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/precision", test_precision);
  g_test_add_func ("/compare/approximate", test_approximate);
  g_test_add_func ("/compare/currencies", test_currencies);
  g_test_add_func ("/compare/conflicting-values", test_conflicting_values);
  g_test_add_func ("/compare/units-converted", test_units_converted);
  g_test_add_func ("/compare/counts-compared", test_counts_compared);
  g_test_add_func ("/compare/measures-kept-apart", test_measures_kept_apart);
  g_test_add_func ("/compare/word-overlap", test_word_overlap);
  g_test_add_func ("/compare/extra-detail", test_extra_detail);
  g_test_add_func ("/compare/hedged", test_hedged);
  g_test_add_func ("/compare/hedge-scope", test_hedge_scope);
  g_test_add_func ("/compare/planned-is-firm", test_planned_is_firm);
  g_test_add_func ("/compare/negated", test_negated);
  g_test_add_func ("/compare/negation-scope", test_negation_scope);
  g_test_add_func ("/compare/opposites", test_opposites);
  g_test_add_func ("/compare/superlatives", test_superlatives);
  g_test_add_func ("/compare/speakers-of-facts", test_speakers_of_facts);
  g_test_add_func ("/compare/opposite-sides", test_opposite_sides);
  g_test_add_func ("/compare/values-of-different-people", test_values_of_different_people);
  g_test_add_func ("/compare/conversion", test_conversion);
  g_test_add_func ("/compare/narrower", test_narrower);
  g_test_add_func ("/compare/counts-over-time", test_counts_over_time);
  g_test_add_func ("/compare/bare-counts", test_bare_counts);
  g_test_add_func ("/compare/speakers", test_speakers);
  g_test_add_func ("/compare/says-less", test_says_less);
  g_test_add_func ("/compare/dates", test_dates);
  g_test_add_func ("/compare/row-values", test_row_values);
  g_test_add_func ("/compare/summary", test_summary);
  g_test_add_func ("/compare/summary-of-clause", test_summary_of_clause);
  g_test_add_func ("/compare/summary-of-first-clause", test_summary_of_first_clause);
  g_test_add_func ("/compare/summary-of-participle-clause", test_summary_of_participle_clause);
  g_test_add_func ("/compare/summary-of-participle-after-passive", test_summary_of_participle_after_passive);
  g_test_add_func ("/compare/summary-of-joined-clause", test_summary_of_joined_clause);
  g_test_add_func ("/compare/summary-after-semicolon", test_summary_after_semicolon);
  g_test_add_func ("/compare/speaker-named-by-role", test_speaker_named_by_role);
  g_test_add_func ("/compare/speaker-named-by-statement", test_speaker_named_by_statement);
  g_test_add_func ("/compare/summary-of-relative-clause", test_summary_of_relative_clause);
  g_test_add_func ("/compare/summary-of-reported-relative-clause", test_summary_of_reported_relative_clause);
  g_test_add_func ("/compare/summary-of-relative-clause-after-day", test_summary_of_relative_clause_after_day);
  g_test_add_func ("/compare/summary-names-the-pronoun", test_summary_names_the_pronoun);
  g_test_add_func ("/compare/summary-settles-pronoun", test_summary_settles_pronoun);
  g_test_add_func ("/compare/summary-of-quotation", test_summary_of_quotation);

  return g_test_run ();
}
