/* test-dates.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mention-helpers.h"

static void
assert_date (const char *text,
             const char *published,
             const char *words,
             const char *want)
{
  g_autoptr(GPtrArray) mentions = extract (text, published);
  const CorMention *m = find (mentions, COR_MENTION_DATE, words);

  if (m == NULL)
    g_error ("no date “%s” in “%s”", words, text);
  g_assert_cmpstr (m->date, ==, want);
  g_assert_cmpint (strncmp (text + m->start, words, strlen (words)), ==, 0);
}

/* A span: its containing date (or NULL), first and last day (NULL when the
 * date says it exactly) and what it is. */
static void
assert_span (const char *text,
             const char *published,
             const char *words,
             const char *date,
             const char *from,
             const char *to,
             const char *period)
{
  g_autoptr(GPtrArray) mentions = extract (text, published);
  const CorMention *m = find (mentions, COR_MENTION_DATE, words);

  if (m == NULL)
    g_error ("no date “%s” in “%s”", words, text);
  g_assert_cmpstr (m->date, ==, date);
  g_assert_cmpstr (m->date_from, ==, from);
  g_assert_cmpstr (m->date_to, ==, to);
  g_assert_cmpstr (m->period, ==, period);
}

static void
assert_no_date (const char *text,
                const char *published)
{
  g_autoptr(GPtrArray) mentions = extract (text, published);

  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (m->kind == COR_MENTION_DATE)
        g_error ("unexpected date “%s” (%s) in “%s”", m->text, m->date, text);
    }
}

static void
test_absolute (void)
{
  assert_date ("The dam opened on 9 March 2021 after delays.", NULL, "9 March 2021", "2021-03-09");
  assert_date ("The dam opened on March 9, 2021, officials said.", NULL, "March 9, 2021", "2021-03-09");
  assert_date ("Filed 2019-11-30 by the clerk.", NULL, "2019-11-30", "2019-11-30");
  assert_date ("Signed on Sept. 14, 1998 in Oslo.", NULL, "Sept. 14, 1998", "1998-09-14");
  assert_date ("The 3rd of October 2012 was chosen.", NULL, "3rd of October 2012", "2012-10-03");
}

static void
test_numeric_order (void)
{
  /* US order unless the first number cannot be a month */
  assert_date ("Dated 03/07/2015 in the ledger.", NULL, "03/07/2015", "2015-03-07");
  assert_date ("Dated 23/07/2015 in the ledger.", NULL, "23/07/2015", "2015-07-23");
}

static void
test_month_year (void)
{
  assert_date ("Prices rose in November 2019 and fell later.", NULL, "November 2019", "2019-11");
  assert_date ("The mine closed in 1987 and never reopened.", NULL, "1987", "1987");
}

static void
test_bare_count_is_no_year (void)
{
  g_autoptr(GPtrArray) mentions = extract ("About 1500 people marched.", "2024-06-01");

  g_assert_cmpuint (count_kind (mentions, COR_MENTION_DATE), ==, 0);
}

static void
test_percent_is_no_date (void)
{
  assert_no_date ("The repo rate rises to 5.50% from 5.25%.", "2024-06-06");
}

static void
test_weekdays (void)
{
  /* 2024-06-06 is a Thursday */
  assert_date ("The mayor resigned on Tuesday.", "2024-06-06", "Tuesday", "2024-06-04");
  assert_date ("The mayor will resign on Tuesday.", "2024-06-06", "Tuesday", "2024-06-11");
  assert_date ("The vote is due to take place on Thursday.", "2024-06-06", "Thursday", "2024-06-06");
  assert_date ("Monday's storm flooded roads.", "2024-06-06", "Monday", "2024-06-03");
  /* An age after the weekday is no day of the month. */
  assert_date ("On Saturday, 29-year-old Ilse Varga died.", "2024-06-10", "Saturday", "2024-06-08");
  /* Nor is a count or an ordinal of something else: "the first day",
   * "14 people". */
  assert_date ("Trains stopped on Monday, the first day of a strike.", "2024-06-10", "Monday", "2024-06-10");
  assert_date ("On Monday, 14 people were hurt.", "2024-06-12", "Monday", "2024-06-10");
  assert_date ("On Monday, the 10th, trains stopped.", "2024-06-12", "Monday, the 10th", "2024-06-10");
}

static void
test_relative (void)
{
  assert_date ("The ferry sank yesterday.", "2024-03-01", "yesterday", "2024-02-29");
  assert_date ("Talks resume tomorrow.", "2024-12-31", "tomorrow", "2025-01-01");
  assert_date ("Exports fell last month.", "2024-01-15", "last month", "2023-12");
  assert_date ("Exports fell last year.", "2024-01-15", "last year", "2023");
  assert_date ("Rates rose earlier this year.", "2024-05-20", "earlier this year", "2024");
  assert_date ("It happened three days ago.", "2024-05-20", "three days ago", "2024-05-17");
  /* "earlier" and "later" count from the day spoken of last, and with
   * none give no date. */
  assert_date ("The second climber died on 12 May. A day earlier the first had fallen.", "2024-05-20",
               "A day earlier", "2024-05-11");
  assert_date ("The dam failed on 3 March 2021. Two days later the town flooded.", "2024-05-20",
               "Two days later", "2021-03-05");
  assert_no_date ("A day earlier the first climber had fallen.", "2024-05-20");
}

static void
test_weekday_nearest (void)
{
  /* 2024-06-09 is a Sunday: "said Monday" late that evening is the next day */
  assert_date ("The inspector said Monday that the search would resume.", "2024-06-09", "Monday",
               "2024-06-10");
  assert_date ("Rescuers were hampered by fog on Saturday.", "2024-06-09", "Saturday", "2024-06-08");
  /* 2024-06-10 is a Monday */
  assert_date ("The exemptions were set to expire Tuesday.", "2024-06-10", "Tuesday", "2024-06-11");
  assert_date ("The regulator said in a statement on Tuesday that it agreed.", "2024-06-10",
               "Tuesday", "2024-06-11");
  /* three or four days either way: the tense decides */
  assert_date ("The envoy will travel to Lima on Thursday.", "2024-06-10", "Thursday", "2024-06-13");
  assert_date ("The envoy travelled to Lima on Thursday.", "2024-06-10", "Thursday", "2024-06-06");
  /* 2024-06-12 is a Wednesday */
  assert_date ("Lawmakers are to vote on Thursday.", "2024-06-12", "Thursday", "2024-06-13");
  assert_date ("The goal is passage by Friday.", "2024-06-12", "Friday", "2024-06-14");
  assert_date ("The cuts he announced Sunday angered unions.", "2024-06-12", "Sunday", "2024-06-09");
  assert_no_date ("The market opens every Monday.", "2024-06-12");
}

static void
test_weekday_forms (void)
{
  /* 2024-06-12 is a Wednesday */
  assert_date ("They meet on Tuesday of next week.", "2024-06-12", "Tuesday of next week",
               "2024-06-18");
  assert_date ("They met on Tuesday of last week.", "2024-06-12", "Tuesday of last week",
               "2024-06-04");
  /* the nearest month in which the 11th is a Tuesday */
  assert_date ("Coffee on Tuesday the 11th, then.", "2024-06-12", "Tuesday the 11th", "2024-06-11");
}

static void
test_weeks (void)
{
  /* 2024-06-12 is a Wednesday */
  assert_span ("Talks continue this week.", "2024-06-12", "this week", "2024-06", "2024-06-10",
               "2024-06-16", "week");
  assert_span ("A decision is due later this week.", "2024-06-12", "later this week", "2024-06",
               "2024-06-13", "2024-06-16", "week");
  assert_span ("The two met earlier this week.", "2024-06-12", "earlier this week", "2024-06",
               "2024-06-10", "2024-06-11", "week");
  assert_span ("The trial opens next week.", "2024-06-12", "next week", "2024-06", "2024-06-17",
               "2024-06-23", "week");
  assert_span ("Ballots arrive by the end of the week.", "2024-06-12", "the end of the week",
               "2024-06", "2024-06-10", "2024-06-16", "week");
  /* a week across two months is held only by its year */
  assert_span ("The fair closed last week.", "2024-06-05", "last week", "2024", "2024-05-27",
               "2024-06-02", "week");
}

static void
test_weekends_and_nights (void)
{
  /* 2024-06-10 is a Monday, 2024-06-14 a Friday */
  assert_span ("Two shops burned over the weekend.", "2024-06-10", "the weekend", "2024-06",
               "2024-06-08", "2024-06-09", "weekend");
  assert_span ("Crowds are expected at the weekend.", "2024-06-14", "the weekend", "2024-06",
               "2024-06-15", "2024-06-16", "weekend");
  /* a Thursday: the tense decides, and "might" looks forward */
  assert_span ("The chancellor might pay a price on the weekend.", "2024-06-13", "the weekend",
               "2024-06", "2024-06-15", "2024-06-16", "weekend");
  assert_span ("The plan was agreed last weekend.", "2024-06-14", "last weekend", "2024-06",
               "2024-06-08", "2024-06-09", "weekend");
  assert_span ("Shelling went on overnight in the port.", "2024-06-10", "overnight", "2024-06",
               "2024-06-09", "2024-06-10", "night");
  assert_no_date ("She booked an overnight stay.", "2024-06-10");
}

static void
test_days (void)
{
  assert_span ("Rain is forecast for the next three days.", "2024-06-10", "the next three days",
               "2024-06", "2024-06-11", "2024-06-13", "days");
  assert_span ("Prices rose over the past week.", "2024-06-10", "the past week", "2024-06",
               "2024-06-03", "2024-06-09", "days");
}

static void
test_parts (void)
{
  g_autoptr(GPtrArray) mentions = extract ("Talks should conclude by the end of May.", "2024-04-20");
  const CorMention *m = find (mentions, COR_MENTION_DATE, "the end of May");

  /* a deadline: the month, on or before its end, and the coming May */
  g_assert_nonnull (m);
  g_assert_cmpstr (m->date, ==, "2024-05");
  g_assert_null (m->date_from);
  g_assert_cmpint (m->bound, ==, COR_BOUND_AT_MOST);

  assert_span ("The bridge reopens in late May.", "2024-04-20", "late May", "2024-05",
               "2024-05-21", "2024-05-31", "month");
  assert_span ("The firm was sold in mid-2019.", "2024-04-20", "mid-2019", "2019", "2019-05-01",
               "2019-08-31", "year");
  assert_span ("Elections are due late next year.", "2024-04-20", "late next year", "2025",
               "2025-09-01", "2025-12-31", "year");
  assert_span ("Rates rose earlier this month.", "2024-06-12", "earlier this month", "2024-06",
               "2024-06-01", "2024-06-11", "month");
  assert_span ("Rates rose earlier this year.", "2024-05-20", "earlier this year", "2024",
               "2024-01-01", "2024-05-19", "year");
  assert_span ("Sales have doubled in the year to date.", "2024-05-20", "the year to date", "2024",
               "2024-01-01", "2024-05-20", "year");
}

static void
test_quarters (void)
{
  assert_span ("Profits fell in the first quarter.", "2024-06-10", "the first quarter", "2024",
               "2024-01-01", "2024-03-31", "quarter");
  assert_span ("Profits fell in the fourth quarter of last year.", "2024-06-10",
               "the fourth quarter of last year", "2023", "2023-10-01", "2023-12-31", "quarter");
  assert_span ("Output grew in Q3 2022, the ministry said.", "2024-06-10", "Q3 2022", "2022",
               "2022-07-01", "2022-09-30", "quarter");
  assert_span ("Output grew in 2021-H2.", "2024-06-10", "2021-H2", "2021", "2021-07-01",
               "2021-12-31", "half");
  assert_span ("Hiring will resume next quarter.", "2024-11-10", "next quarter", "2025",
               "2025-01-01", "2025-03-31", "quarter");
  assert_span ("Prices should ease in the first half of next year.", "2024-06-10",
               "the first half of next year", "2025", "2025-01-01", "2025-06-30", "half");
  /* a game has quarters and halves too */
  assert_no_date ("He scored twice in the final quarter.", "2024-06-10");
  assert_no_date ("Both goals came in the first half of the match.", "2024-06-10");
}

static void
test_seasons_and_decades (void)
{
  assert_span ("The dam was finished last summer.", "2024-02-10", "last summer", "2023",
               "2023-06-01", "2023-08-31", "season");
  assert_span ("The plant will open this autumn.", "2024-02-10", "this autumn", "2024",
               "2024-09-01", "2024-11-30", "season");
  /* winter is named by the year of its January: no single year holds it */
  assert_span ("Floods hit in the winter of 2021.", "2024-02-10", "the winter of 2021", NULL,
               "2020-12-01", "2021-02-28", "season");
  assert_span ("Rents doubled in the 1980s.", "2024-02-10", "the 1980s", NULL, "1980-01-01",
               "1989-12-31", "decade");
  assert_span ("He emigrated in the early 1990s.", "2024-02-10", "the early 1990s", NULL,
               "1990-01-01", "1993-12-31", "decade");
  assert_no_date ("Leaves fall slowly.", "2024-02-10");
}

static void
test_ranges_and_forms (void)
{
  assert_span ("The fair runs Jan-Feb 2017 in Oslo.", "2024-06-10", "Jan-Feb 2017", "2017",
               "2017-01-01", "2017-02-28", "months");
  assert_span ("Trials ran from May to October 2020.", "2024-06-10", "May to October 2020", "2020",
               "2020-05-01", "2020-10-31", "months");
  assert_span ("Stalls open 9 to 12 of June, the council said.", "2024-03-10", "9 to 12 of June",
               "2024-06", "2024-06-09", "2024-06-12", "days");
  /* across a new year no ISO date holds the range: its ends are dates */
  assert_date ("The loan ran from 5/1/2019-5/7/2020.", "2024-06-10", "5/1/2019", "2019-05-01");
  assert_span ("Sales peaked in week 23.", "2024-06-10", "week 23", "2024-06", "2024-06-03",
               "2024-06-09", "week");
  assert_no_date ("In week 3 of the trial the judge fell ill.", "2024-06-10");
  assert_date ("The mill closed in nineteen ninety six.", "2024-06-10", "nineteen ninety six", "1996");
  assert_date ("It reopens in two thousand and thirty.", "2024-06-10", "two thousand and thirty", "2030");
  assert_no_date ("In two thousand homes the lights failed.", "2024-06-10");
  assert_date ("They met on Monday of the following week.", "2024-06-12",
               "Monday of the following week", "2024-06-17");
  assert_date ("In April last year a quake struck.", "2013-07-02", "April last year", "2012-04");
  assert_date ("He went back in the April.", "2024-06-12", "April", "2024-04");
  assert_date ("He went back in 2017 April.", "2024-06-12", "2017 April", "2017-04");
  assert_span ("A party is held at the end of year.", "2024-06-12", "the end of year", "2024",
               "2024-09-01", "2024-12-31", "year");
}

static void
test_habits (void)
{
  assert_no_date ("The climbing season generally starts in late October.", "2024-06-10");
  assert_no_date ("The fair is held every October.", "2024-06-10");
  /* a month without a year or a tense is the nearest */
  assert_date ("A vote in October decides it.", "2024-06-10", "October", "2024-10");
}

static void
test_month_tense (void)
{
  assert_date ("The bridge was closed in October.", "2024-02-10", "October", "2023-10");
  assert_date ("The bridge will reopen in October.", "2024-02-10", "October", "2024-10");
  assert_date ("She plans to travel to Lima in March.", "2024-02-10", "March", "2024-03");
  /* A past verb sets no tense for a date after an infinitive or "before":
   * the nearest day is meant. Past without them, and a compound's
   * participle is no tense at all. */
  assert_date ("The mayor threatened to close the pier as soon as May 12.", "2024-05-01", "May 12",
               "2024-05-12");
  assert_date ("The vote came days before a long-delayed May 12 deadline.", "2024-05-01", "May 12",
               "2024-05-12");
  assert_date ("The pier closed on May 12.", "2024-05-01", "May 12", "2023-05-12");
  assert_date ("The mayor went to Lima on May 12.", "2024-05-01", "May 12", "2023-05-12");
}

static void
test_no_reference (void)
{
  g_autoptr(GPtrArray) mentions = extract ("The mayor resigned on Tuesday.", NULL);

  g_assert_null (find (mentions, COR_MENTION_DATE, "Tuesday"));
}

static void
test_times (void)
{
  g_autoptr(GPtrArray) mentions = extract ("Polls open at 7 a.m. and close at 20:00, or by noon.", NULL);

  g_autoptr(GPtrArray) dotted = extract ("The blast happened at about 6.42 a.m., the alarm at 11.50pm; "
                                         "shares rose 6.42 percent.", NULL);

  g_assert_cmpint (find (mentions, COR_MENTION_TIME, "7 a.m.")->minutes, ==, 7 * 60);
  g_assert_cmpint (find (mentions, COR_MENTION_TIME, "20:00")->minutes, ==, 20 * 60);
  g_assert_cmpint (find (mentions, COR_MENTION_TIME, "noon")->minutes, ==, 12 * 60);
  /* Times written with a dot, as British papers write them, are times
   * when "am" or "pm" follows, and no figure; a dotted figure alone is a
   * figure. */
  g_assert_cmpint (find (dotted, COR_MENTION_TIME, "6.42 a.m.")->minutes, ==, 6 * 60 + 42);
  g_assert_cmpint (find (dotted, COR_MENTION_TIME, "11.50pm")->minutes, ==, 23 * 60 + 50);
  g_assert_null (find (dotted, COR_MENTION_NUMBER, "about 6.42"));
  g_assert_null (find (dotted, COR_MENTION_NUMBER, "11.50"));
  g_assert_nonnull (find (dotted, COR_MENTION_PERCENT, "6.42 percent"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/absolute", test_absolute);
  g_test_add_func ("/dates/numeric-order", test_numeric_order);
  g_test_add_func ("/dates/month-year", test_month_year);
  g_test_add_func ("/dates/bare-count", test_bare_count_is_no_year);
  g_test_add_func ("/dates/weekdays", test_weekdays);
  g_test_add_func ("/dates/percent-is-no-date", test_percent_is_no_date);
  g_test_add_func ("/dates/relative", test_relative);
  g_test_add_func ("/dates/weekday-nearest", test_weekday_nearest);
  g_test_add_func ("/dates/weekday-forms", test_weekday_forms);
  g_test_add_func ("/dates/weeks", test_weeks);
  g_test_add_func ("/dates/weekends-and-nights", test_weekends_and_nights);
  g_test_add_func ("/dates/days", test_days);
  g_test_add_func ("/dates/parts", test_parts);
  g_test_add_func ("/dates/quarters", test_quarters);
  g_test_add_func ("/dates/seasons-and-decades", test_seasons_and_decades);
  g_test_add_func ("/dates/ranges-and-forms", test_ranges_and_forms);
  g_test_add_func ("/dates/habits", test_habits);
  g_test_add_func ("/dates/month-tense", test_month_tense);
  g_test_add_func ("/dates/no-reference", test_no_reference);
  g_test_add_func ("/dates/times", test_times);
  return g_test_run ();
}
