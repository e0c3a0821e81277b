/* test-format.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "cor-format.h"
#include "cor-test-machine.h"

/* Switches the messages to @language and the formats to @locale; fails the
 * test with a sentence naming the locale when it is missing. */
static gboolean
use_language (const char *language,
              const char *locale)
{
  g_setenv ("LANGUAGE", language, TRUE);
  return cor_test_use_locale (locale);
}

static void
test_date_german (void)
{
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;

  if (!use_language ("de", "de_DE.UTF-8"))
    return;
  day = cor_format_date ("2026-02-04");
  month = cor_format_date ("2026-04");
  year = cor_format_date ("2026");
  g_assert_cmpstr (day, ==, "4. Februar 2026");
  g_assert_cmpstr (month, ==, "April 2026");
  g_assert_cmpstr (year, ==, "2026");
}

static void
test_date_chinese (void)
{
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;

  if (!use_language ("zh_CN", "zh_CN.UTF-8"))
    return;
  day = cor_format_date ("2026-02-04");
  month = cor_format_date ("2026-04");
  year = cor_format_date ("2026");
  g_assert_cmpstr (day, ==, "2026年2月4日");
  g_assert_cmpstr (month, ==, "2026年4月");
  g_assert_cmpstr (year, ==, "2026年");
}

static void
test_date_spanish (void)
{
  g_autofree char *day = NULL;

  if (!use_language ("es", "es_ES.UTF-8"))
    return;
  day = cor_format_date ("2026-02-04");
  g_assert_cmpstr (day, ==, "4 de febrero de 2026");
}

static void
test_date_not_a_date (void)
{
  const char *texts[] = { "soon", "2026-13-01", "2026-02-30", "2026-02-04T10:00", "", "0000" };

  use_language ("de", "de_DE.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *shown = cor_format_date (texts[i]);

      g_assert_cmpstr (shown, ==, texts[i]);
    }
}

static void
test_numbers (void)
{
  g_autofree char *count = NULL;
  g_autofree char *amount = NULL;

  if (!use_language ("de", "de_DE.UTF-8"))
    return;
  count = cor_format_count (1234567);
  amount = cor_format_number (2500.5);
  g_assert_cmpstr (count, ==, "1.234.567");
  g_assert_cmpstr (amount, ==, "2.500,5");
}

static void
test_values (void)
{
  g_autoptr(CorMention) money = cor_mention_new (COR_MENTION_MONEY, "around $11 bn", 0, 13);
  g_autoptr(CorMention) date = cor_mention_new (COR_MENTION_DATE, "on Wednesday", 0, 12);
  g_autoptr(CorMention) days = cor_mention_new (COR_MENTION_DURATION, "12-day", 0, 6);
  g_autoptr(CorMention) share = cor_mention_new (COR_MENTION_PERCENT, "25%", 0, 3);
  g_autoptr(CorMention) name = cor_mention_new (COR_MENTION_PERSON, "Mr. Xi", 0, 6);
  g_autofree char *money_text = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *days_text = NULL;
  g_autofree char *share_text = NULL;
  g_autofree char *name_text = NULL;

  if (!use_language ("de", "de_DE.UTF-8"))
    return;
  money->value = 11e9;
  money->unit = g_strdup ("USD");
  money->approximate = TRUE;
  date->date = g_strdup ("2026-02-04");
  days->value = 12;
  days->unit = g_strdup ("day");
  share->value = 25;

  money_text = cor_format_value (money);
  date_text = cor_format_value (date);
  days_text = cor_format_value (days);
  share_text = cor_format_value (share);
  name_text = cor_format_value (name);
  g_assert_cmpstr (money_text, ==, "≈\u00a011.000.000.000\u00a0USD");
  g_assert_cmpstr (date_text, ==, "4. Februar 2026");
  g_assert_cmpstr (days_text, ==, "12 Tage");
  /* German sets a no-break space before the percent sign. */
  g_assert_cmpstr (share_text, ==, "25\u00a0%");
  g_assert_cmpstr (name_text, ==, "Mr. Xi");
}

/* A count keeps the report's words: "four robbers", never "4 robber". */
static void
test_count (void)
{
  g_autoptr(CorMention) count = cor_mention_new (COR_MENTION_NUMBER, "four robbers", 0, 12);
  g_autofree char *text = NULL;

  count->value = 4;
  count->unit = g_strdup ("robber");
  text = cor_format_value (count);
  g_assert_cmpstr (text, ==, "four robbers");
}

/* A fraction is never "one": 1.5 days, not 1.5 day. */
static void
test_fractional_duration (void)
{
  g_autoptr(CorMention) days = cor_mention_new (COR_MENTION_DURATION, "a day and a half", 0, 16);
  g_autofree char *german = NULL;
  g_autofree char *french = NULL;

  days->value = 1.5;
  days->unit = g_strdup ("day");
  if (!use_language ("de", "de_DE.UTF-8"))
    return;
  german = cor_format_value (days);
  if (!use_language ("fr", "fr_FR.UTF-8"))
    return;
  french = cor_format_value (days);
  g_assert_cmpstr (german, ==, "1,5 Tage");
  g_assert_cmpstr (french, ==, "1,5 jours");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("COR_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  if (localedir == NULL)
    {
      g_test_skip ("COR_LOCALEDIR is not set");
      return g_test_run ();
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/format/count", test_count);
  g_test_add_func ("/format/date/german", test_date_german);
  g_test_add_func ("/format/date/chinese", test_date_chinese);
  g_test_add_func ("/format/date/spanish", test_date_spanish);
  g_test_add_func ("/format/date/not-a-date", test_date_not_a_date);
  g_test_add_func ("/format/numbers", test_numbers);
  g_test_add_func ("/format/duration/fraction", test_fractional_duration);
  g_test_add_func ("/format/values", test_values);

  return g_test_run ();
}
