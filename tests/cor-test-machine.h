/* cor-test-machine.h: what a test takes from the machine, checked once.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A test that lacks something of the machine's (a locale, a font) fails with
 * one sentence naming the piece and how to get it, not with an assertion
 * about a translated title that happens to be English.
 */

#pragma once

#include <locale.h>
#include <glib.h>

G_BEGIN_DECLS

/* The sentence a test fails with when @locale cannot be switched to. The
 * test locales are compiled into the build tree by build-aux/make-test-locales
 * and found through LOCPATH (tests/meson.build). */
static inline char *
cor_test_missing_locale (const char *locale)
{
  return g_strdup_printf ("locale %s is not available: run build-aux/corroborate-dev test, "
                          "which generates it (LOCPATH=%s)",
                          locale, g_getenv ("LOCPATH") ? g_getenv ("LOCPATH") : "unset");
}

/* Switches every category to @locale; fails the running test and returns
 * FALSE when the locale is not there. */
static inline gboolean
cor_test_use_locale (const char *locale)
{
  g_autofree char *why = NULL;

  if (setlocale (LC_ALL, locale) != NULL)
    return TRUE;
  why = cor_test_missing_locale (locale);
  g_test_fail_printf ("%s", why);
  return FALSE;
}

G_END_DECLS
