/* cor-format.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-format"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include <math.h>

#include "cor-format.h"

/* The engine keeps dates as ISO 8601 text ("2026", "2026-04", "2026-02-04")
 * and numbers as plain C numbers, so exports stay the same everywhere; the
 * window shows them as the user's locale writes them. */

static const char *
date_format (guint precision)
{
  switch (precision)
    {
    case 1:
      /* Translators: how a year alone is shown, a g_date_time_format() string;
       * for example "%Y年" in Chinese */
      return C_("date format", "%Y");
    case 2:
      /* Translators: how a month of a year is shown, a g_date_time_format()
       * string: %B is the month's name (%OB its standalone form where the
       * language has one), %Y the year */
      return C_("date format", "%B %Y");
    default:
      /* Translators: how a full date is shown, a g_date_time_format() string:
       * %-d is the day without padding, %B the month's name, %Y the year;
       * for example "%-d. %B %Y" in German */
      return C_("date format", "%-d %B %Y");
    }
}

/**
 * cor_format_date:
 * @iso: a date as the engine writes it: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 *
 * Returns: (transfer full): the date as the user's language writes it, at
 *   the same precision; @iso itself when it is not such a date.
 */
char *
cor_format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  guint precision;
  int year = 0, month = 1, day = 1;
  char tail;

  g_return_val_if_fail (iso != NULL, NULL);

  if (sscanf (iso, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3)
    precision = 3;
  else if (sscanf (iso, "%4d-%2d%c", &year, &month, &tail) == 2)
    precision = 2;
  else if (sscanf (iso, "%4d%c", &year, &tail) == 1)
    precision = 1;
  else
    return g_strdup (iso);

  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return g_strdup (iso);

  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  return g_date_time_format (date, date_format (precision));
}

/**
 * cor_format_count:
 * @n: a count
 *
 * Returns: (transfer full): @n with the locale's digit grouping.
 */
char *
cor_format_count (guint n)
{
  return g_strdup_printf ("%'u", n);
}

/**
 * cor_format_number:
 * @value: an amount, possibly with a fraction
 *
 * Returns: (transfer full): @value with the locale's digit grouping and
 *   decimal separator, and no more digits than it has.
 */
char *
cor_format_number (double value)
{
  return g_strdup_printf ("%'.15g", value);
}

/* Which plural form a number takes: a fraction such as 1.5 is not "one"
 * in most languages, so it counts as the next whole number. */
static gulong
plural_count (double value)
{
  double whole = floor (fabs (value));

  if (whole != fabs (value))
    whole += 1;
  return (gulong) MIN (whole, (double) G_MAXULONG);
}

static char *
format_duration (double      value,
                 const char *unit,
                 const char *number)
{
  gulong n = plural_count (value);

  if (g_strcmp0 (unit, "day") == 0)
    /* Translators: a duration; %s is a number, perhaps with a fraction,
     * so keep %s in every plural form */
    return g_strdup_printf (ngettext ("%s day", "%s days", n), number);
  if (g_strcmp0 (unit, "week") == 0)
    /* Translators: a duration; %s is a number, perhaps with a fraction */
    return g_strdup_printf (ngettext ("%s week", "%s weeks", n), number);
  if (g_strcmp0 (unit, "month") == 0)
    /* Translators: a duration; %s is a number, perhaps with a fraction */
    return g_strdup_printf (ngettext ("%s month", "%s months", n), number);
  if (g_strcmp0 (unit, "year") == 0)
    /* Translators: a duration; %s is a number, perhaps with a fraction */
    return g_strdup_printf (ngettext ("%s year", "%s years", n), number);
  if (g_strcmp0 (unit, "h") == 0 || g_strcmp0 (unit, "hour") == 0)
    /* Translators: a duration; %s is a number, perhaps with a fraction */
    return g_strdup_printf (ngettext ("%s hour", "%s hours", n), number);
  return NULL;
}

/**
 * cor_format_value:
 * @mention: a normalised value (money, quantity, percent, number, date, duration)
 *
 * Returns: (transfer full): the value as the user's locale writes it, with
 *   its unit, and "≈" before an approximate one; the words of the report
 *   for a mention that carries no value.
 */
char *
cor_format_value (const CorMention *mention)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (mention != NULL, NULL);

  if (mention->date != NULL)
    return cor_format_date (mention->date);
  if (isnan (mention->value))
    return g_strdup (mention->text);

  number = cor_format_number (mention->value);
  if (mention->kind == COR_MENTION_PERCENT)
    /* Translators: a percentage, %s is the number; use your language's
     * spacing (a no-break space where it has one) and percent sign */
    text = g_strdup_printf (_("%s%%"), number);
  else if (mention->kind == COR_MENTION_DURATION)
    text = format_duration (mention->value, mention->unit, number);

  if (text == NULL && mention->unit != NULL)
    /* Translators: an amount and its unit, e.g. "2,000,000 USD" or "20 t" */
    text = g_strdup_printf (C_("value with unit", "%s %s"), number, mention->unit);
  if (text == NULL)
    text = g_strdup (number);

  if (mention->approximate)
    /* Translators: an approximate value, %s is the value */
    return g_strdup_printf (_("≈ %s"), text);
  return g_steal_pointer (&text);
}
