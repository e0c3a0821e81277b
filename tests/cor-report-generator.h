/* cor-report-generator.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  COR_GENERATED_TEXT,
  COR_GENERATED_HTML,
  COR_GENERATED_MARKDOWN,
} CorGeneratedKind;

typedef struct
{
  char             *name;   /* a file name with the right extension */
  char             *data;   /* the file's contents */
  CorGeneratedKind  kind;
} CorGeneratedReport;

/* Reports of one invented story, as a day of coverage would have them: many
 * outlets, each telling it in its own order and words, with the numbers,
 * names and dates sometimes disagreeing. Built from templates written for
 * the project and from the paragraphs of @fixture_dir's *.txt files (the
 * tests' own fixtures; NULL for none). The same @seed gives the same set. */
GPtrArray *cor_generate_reports (guint        n_reports,
                                 guint        target_words,
                                 guint32      seed,
                                 const char  *fixture_dir);

void       cor_generated_report_free (CorGeneratedReport *report);

/* One plain-text report of about @target_bytes (never more) of varied news
 * text: the plain reports of many generated stories, one after another,
 * each paragraph numbered so that few repeat. */
char      *cor_generate_long_report  (gsize               target_bytes,
                                      guint32             seed,
                                      const char         *fixture_dir);

G_END_DECLS
