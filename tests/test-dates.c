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
test_weekdays (void)
{
  /* 2024-06-06 is a Thursday */
  assert_date ("The mayor resigned on Tuesday.", "2024-06-06", "Tuesday", "2024-06-04");
  assert_date ("The mayor will resign on Tuesday.", "2024-06-06", "Tuesday", "2024-06-11");
  assert_date ("The vote is due to take place on Thursday.", "2024-06-06", "Thursday", "2024-06-06");
  assert_date ("Monday's storm flooded roads.", "2024-06-06", "Monday", "2024-06-03");
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
  /* weeks give their Monday */
  assert_date ("Talks continue this week.", "2024-05-23", "this week", "2024-05-20");
}

static void
test_month_tense (void)
{
  assert_date ("The bridge was closed in October.", "2024-02-10", "October", "2023-10");
  assert_date ("The bridge will reopen in October.", "2024-02-10", "October", "2024-10");
  assert_date ("She plans to travel to Lima in March.", "2024-02-10", "March", "2024-03");
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

  g_assert_nonnull (find (mentions, COR_MENTION_TIME, "7 a.m."));
  g_assert_nonnull (find (mentions, COR_MENTION_TIME, "20:00"));
  g_assert_nonnull (find (mentions, COR_MENTION_TIME, "noon"));
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
  g_test_add_func ("/dates/relative", test_relative);
  g_test_add_func ("/dates/month-tense", test_month_tense);
  g_test_add_func ("/dates/no-reference", test_no_reference);
  g_test_add_func ("/dates/times", test_times);
  return g_test_run ();
}
