/* bench-mentions.c: how fast sentences and each recogniser read text.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the files named on the command line (or, with none, generates
 * reports from the tests' fixtures), each as one document, and runs the
 * documents over and over until at least --megabytes have been read. Prints
 * MB/s, on one thread, for: sentences, cutting into words, each recogniser
 * (in the order cor_mentions_extract() runs them, since quotes need the
 * entities before them) and cor_mentions_extract() as a whole.
 *
 *   bench-mentions FILE…                  each file is one document
 *   bench-mentions --whole FILE…          all files joined into one text
 *                                         repeated to the size: shows any
 *                                         step that grows faster than the text
 *   bench-mentions --fixtures tests/data  generated reports
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "cor-dates.h"
#include "cor-entities.h"
#include "cor-mentions.h"
#include "cor-numbers.h"
#include "cor-quotes.h"
#include "cor-report-generator.h"
#include "cor-text.h"

static int opt_megabytes = 10;
static gboolean opt_whole = FALSE;
static char *opt_fixtures = NULL;
static char *opt_published = NULL;

static GOptionEntry entries[] = {
  { "megabytes", 'm', 0, G_OPTION_ARG_INT, &opt_megabytes, "Read at least this much text (10)", "MB" },
  { "whole", 'w', 0, G_OPTION_ARG_NONE, &opt_whole, "Join the files into one document", NULL },
  { "fixtures", 0, 0, G_OPTION_ARG_FILENAME, &opt_fixtures, "Folder of *.txt fixtures for generated reports", "DIR" },
  { "published", 0, 0, G_OPTION_ARG_STRING, &opt_published, "Date relative dates resolve against (2026-02-05)", "DATE" },
  { NULL }
};

enum {
  STAGE_SENTENCES,
  STAGE_WORDS,
  STAGE_NUMBERS,
  STAGE_DATES,
  STAGE_ENTITIES,
  STAGE_QUOTES,
  STAGE_MENTIONS,
  N_STAGES
};

static const char * const stage_names[N_STAGES] = {
  "sentences", "words", "numbers", "dates", "entities", "quotes",
  "mentions (all)",
};

static double seconds[N_STAGES];
static guint64 n_mentions;

/* CPU time of this thread: the machine is shared, and what matters is the
 * throughput of one core, not how long others kept it busy. */
static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
run_document (GBytes     *document,
              const char *published)
{
  gsize length;
  const char *text = g_bytes_get_data (document, &length);
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify)cor_mention_free);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(CorWords) words = NULL;
  CorMentionContext context = { text, length, NULL, published, NULL };
  double t;

  t = now ();
  sentences = cor_text_split_sentences (text, length);
  seconds[STAGE_SENTENCES] += (now () - t);
  context.sentences = sentences;

  t = now ();
  words = cor_words_new (text, length);
  seconds[STAGE_WORDS] += (now () - t);
  context.words = words;

#define TIME_STAGE(stage, call) \
  G_STMT_START { \
    t = now (); \
    call; \
    seconds[stage] += (now () - t); \
  } G_STMT_END

  TIME_STAGE (STAGE_NUMBERS, cor_numbers_extract (&context, out));
  TIME_STAGE (STAGE_DATES, cor_dates_extract (&context, out));
  TIME_STAGE (STAGE_ENTITIES, cor_entities_extract (&context, out));
  TIME_STAGE (STAGE_QUOTES, cor_quotes_extract (&context, out));
  TIME_STAGE (STAGE_MENTIONS, all = cor_mentions_extract (text, length, sentences, published));
#undef TIME_STAGE

  /* the stages one by one must find what the whole finds */
  g_assert_cmpuint (out->len, ==, all->len);
  n_mentions += all->len;
}

static GPtrArray *
read_documents (char **files)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);

  for (guint k = 0; files[k] != NULL; k++)
    {
      g_autoptr(GError) error = NULL;
      char *data;
      gsize length;

      if (!g_file_get_contents (files[k], &data, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          exit (1);
        }
      g_ptr_array_add (documents, g_bytes_new_take (data, length));
    }
  return documents;
}

static GPtrArray *
generate_documents (void)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  g_autoptr(GPtrArray) reports = cor_generate_reports (100, 600, 2026, opt_fixtures);

  for (guint k = 0; k < reports->len; k++)
    {
      CorGeneratedReport *report = g_ptr_array_index (reports, k);

      if (report->kind == COR_GENERATED_TEXT)
        g_ptr_array_add (documents, g_bytes_new (report->data, strlen (report->data)));
    }
  return documents;
}

/* One document of at least @target bytes: the documents joined, over and over. */
static GPtrArray *
join_documents (GPtrArray *documents,
                gsize      target)
{
  GPtrArray *joined = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  GString *text = g_string_new (NULL);

  while (text->len < target)
    for (guint k = 0; k < documents->len; k++)
      {
        gsize length;
        const char *data = g_bytes_get_data (documents->pdata[k], &length);

        g_string_append_len (text, data, length);
        g_string_append (text, "\n\n");
      }
  g_ptr_array_add (joined, g_string_free_to_bytes (text));
  return joined;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("[FILE…] — mention extraction throughput");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  gsize target, total = 0, input = 0;
  double mb;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  target = (gsize)MAX (opt_megabytes, 1) * 1000 * 1000;

  documents = argc > 1 ? read_documents (argv + 1) : generate_documents ();
  if (documents->len == 0)
    {
      g_printerr ("No text to read.\n");
      return 1;
    }
  for (guint k = 0; k < documents->len; k++)
    input += g_bytes_get_size (documents->pdata[k]);
  if (opt_whole)
    {
      GPtrArray *joined = join_documents (documents, target);

      g_ptr_array_unref (documents);
      documents = joined;
    }

  while (total < target)
    for (guint k = 0; k < documents->len; k++)
      {
        run_document (documents->pdata[k], opt_published ? opt_published : "2026-02-05");
        total += g_bytes_get_size (documents->pdata[k]);
      }

  mb = total / 1e6;
  g_print ("%u documents, %.2f MB of input, %.1f MB read%s, %" G_GUINT64_FORMAT " mentions\n",
           documents->len, input / 1e6, mb, opt_whole ? " as one document" : "", n_mentions);
  g_print ("%-16s %9s %9s\n", "stage", "CPU s", "MB/s");
  for (guint s = 0; s < N_STAGES; s++)
    g_print ("%-16s %9.3f %9.1f\n", stage_names[s], seconds[s], mb / MAX (seconds[s], 1e-9));
  g_print ("%-16s %9.3f %9.1f\n", "sentences+all",
           seconds[STAGE_SENTENCES] + seconds[STAGE_MENTIONS],
           mb / MAX (seconds[STAGE_SENTENCES] + seconds[STAGE_MENTIONS], 1e-9));
  return 0;
}
