/* main.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "cor-application.h"
#include "cor-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *export_format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *published = NULL;
  g_autofree char *story = NULL;
  gboolean mentions = FALSE;
  gboolean version = FALSE;
  gboolean sample = FALSE;
  const GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_STRING, &export_format,
      N_("Write the fact table in FORMAT (json, csv, markdown or html) and exit"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the export to FILE instead of standard output"), N_("FILE") },
    { "mentions", 0, 0, G_OPTION_ARG_NONE, &mentions,
      N_("Print each report’s text, sentences and mentions as JSON and exit"), NULL },
    { "published", 0, 0, G_OPTION_ARG_STRING, &published,
      N_("Resolve relative dates against DATE (YYYY-MM-DD) for reports that give none"), N_("DATE") },
    { "story", 0, 0, G_OPTION_ARG_STRING, &story,
      /* Translators: do not translate “t1” */
      N_("Export only the story ID (t1, t2, …) of a set that tells several events"), N_("ID") },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &sample,
      N_("Open the window on the built-in sample"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE|URL…]") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  /* The tests point COR_LOCALEDIR at the catalogues in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("COR_LOCALEDIR") ? g_getenv ("COR_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Compare news reports of one event, fact by fact."));
  g_option_context_set_description (context,
                                    _("Without --export or --mentions, opens the window with these reports.\n"
                                      "Use - to read a report from standard input.\n"
                                      "Exit status: 0 all reports read, 1 some report could not be read, 2 bad usage."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr (_("corroborate: %s\nTry “corroborate --help” for more.\n"), error->message);
      return COR_CLI_EXIT_USAGE;
    }

  if (version)
    {
      g_print ("%s %s\n", PACKAGE_NAME, VERSION);
      return 0;
    }

  if (export_format != NULL || mentions || output != NULL || story != NULL)
    {
      CorCliOptions options = {
        .export_format = export_format,
        .output = output,
        .mentions = mentions,
        .published = published,
        .story = story,
        .files = (const char * const *)files,
      };

      return cor_cli_run (&options);
    }

  return cor_application_run_window (files, published, sample);
}
