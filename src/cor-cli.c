/* cor-cli.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <gio/gunixoutputstream.h>

#include "cor-analysis.h"
#include "cor-cli.h"
#include "cor-export.h"
#include "cor-stories.h"

static gboolean
is_valid_date (const char *date)
{
  int y, m, d;
  char tail;

  return sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3
         && g_date_valid_dmy (d, m, y);
}

static int
usage_error (const char *message)
{
  g_printerr (_("corroborate: %s\nTry “corroborate --help” for more.\n"), message);
  return COR_CLI_EXIT_USAGE;
}

static int
no_such_story (CorFactTable *table,
               const char   *id)
{
  g_autofree char *message = NULL;

  if (table->stories->len == 0)
    /* Translators: %s is the id a user gave, such as “t3” */
    message = g_strdup_printf (_("there is no story “%s”: no report could be read"), id);
  else
    /* Translators: %s is the id a user gave, such as “t9”; %u is the last story's number */
    message = g_strdup_printf (_("there is no story “%s”: the stories are t1 to t%u"),
                               id, table->stories->len);
  return usage_error (message);
}

/* Reads every report on every core, in the order given; each one that
 * fails is one line on standard error. */
static GPtrArray *
load_sources (const char * const *files,
              gboolean           *all_read)
{
  GPtrArray *sources = cor_analysis_load_locations (files, g_strv_length ((char **)files), 0, NULL);

  *all_read = TRUE;
  for (guint i = 0; i < sources->len; i++)
    {
      CorSource *source = g_ptr_array_index (sources, i);
      const GError *error = cor_source_get_error (source);

      if (error != NULL)
        {
          /* Translators: the first %s names a report (its file or address), the second says why */
          g_printerr (_("corroborate: %s: %s\n"), cor_source_get_location (source), error->message);
          *all_read = FALSE;
        }
    }
  return sources;
}

static gboolean
write_output (GBytes      *bytes,
              const char  *output,
              GError     **error)
{
  g_autoptr(GOutputStream) out = NULL;
  GStatBuf st;

  if (output == NULL || g_strcmp0 (output, "-") == 0)
    out = g_unix_output_stream_new (1, FALSE);
  /* A new file or a regular one is replaced whole, so a reader never
   * sees half a table. A link, a device or a pipe (/dev/null,
   * /dev/stdout, a FIFO) is written through: replacing it would put a
   * regular file where it was. A link whose file is not there yet makes
   * that file, as a shell's redirection would. */
  else if (g_lstat (output, &st) != 0 || S_ISREG (st.st_mode))
    return g_file_set_contents (output, g_bytes_get_data (bytes, NULL),
                                g_bytes_get_size (bytes), error);
  else
    {
      int fd = g_open (output, O_WRONLY | O_TRUNC | O_CLOEXEC | (S_ISLNK (st.st_mode) ? O_CREAT : 0), 0666);

      if (fd < 0)
        {
          int saved = errno;

          g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved), g_strerror (saved));
          return FALSE;
        }
      out = g_unix_output_stream_new (fd, TRUE);
    }
  return g_output_stream_write_all (out, g_bytes_get_data (bytes, NULL),
                                    g_bytes_get_size (bytes), NULL, NULL, error);
}

int
cor_cli_run (const CorCliOptions *options)
{
  CorAnalysisOptions analysis = COR_ANALYSIS_OPTIONS_INIT;
  CorExportFormat format = COR_EXPORT_JSON;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(CorFactTable) table = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean all_read;

  /* Standard output carries the export: log messages must never mix into it. */
  g_log_writer_default_set_use_stderr (TRUE);

  if (options->export_format != NULL && options->mentions)
    return usage_error (_("--export and --mentions cannot be used together"));
  if (options->export_format != NULL
      && !cor_export_format_from_string (options->export_format, &format))
    return usage_error (_("the export format must be json, csv, markdown or html"));
  if (options->story != NULL && options->export_format == NULL)
    return usage_error (_("--story needs --export"));
  if (options->export_format == NULL && !options->mentions)
    return usage_error (_("--output needs --export"));
  if (options->published != NULL && !is_valid_date (options->published))
    return usage_error (_("--published needs a date written as YYYY-MM-DD"));
  if (options->files == NULL || options->files[0] == NULL)
    return usage_error (_("no reports given"));

  sources = load_sources (options->files, &all_read);
  /* the date given outranks a file's time, not the report's own date */
  for (guint i = 0; i < sources->len && options->published != NULL; i++)
    {
      CorSource *source = g_ptr_array_index (sources, i);

      if (cor_source_get_published (source) == NULL ||
          g_strcmp0 (cor_source_get_published_from (source), COR_PUBLISHED_FROM_FILE) == 0)
        cor_source_set_published_with_origin (source, options->published, COR_PUBLISHED_FROM_OPTION);
    }
  analysis.published = options->published;

  /* The mentions need each report read, not the reports compared. */
  if (options->mentions)
    {
      table = cor_analysis_read_documents (sources, &analysis, NULL, NULL, NULL, &error);
      bytes = cor_export_mentions (table->documents);
    }
  else
    {
      table = cor_analysis_run (sources, &analysis, NULL, NULL, NULL, &error);
      if (options->story != NULL)
        {
          g_autoptr(CorFactTable) full = g_steal_pointer (&table);
          guint story = cor_fact_table_find_story (full, options->story);

          if (story == COR_NO_STORY)
            return no_such_story (full, options->story);
          table = cor_stories_new_table (full, story);
        }
      bytes = cor_export_table (table, format);
    }

  if (!write_output (bytes, options->output, &error))
    {
      g_printerr (_("corroborate: cannot write %s: %s\n"),
                  options->output ? options->output : _("standard output"), error->message);
      return COR_CLI_EXIT_UNREADABLE;
    }

  return all_read ? COR_CLI_EXIT_OK : COR_CLI_EXIT_UNREADABLE;
}
