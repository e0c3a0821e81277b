/* cor-metadata.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What reading a report learns about it besides its text: the page's
 * metadata, then what its furniture said. Each field is owned, and the
 * first finder wins (see cor_metadata_offer()). */
typedef struct
{
  char *title;
  char *outlet;
  char *byline;
  char *published;   /* YYYY-MM-DD */
  const char *published_from;  /* COR_PUBLISHED_FROM_*, static */
  char *language;    /* declared by the page, e.g. "en-GB" */
} CorMetadata;

void        cor_metadata_clear           (CorMetadata   *meta);
/* Offers a published date found in the text (a date line) or in the
 * page's or the PDF's metadata, and remembers which when it is taken. */
gboolean    cor_metadata_offer_published (CorMetadata   *meta,
                                          const char    *date,
                                          const char    *origin);
/* Sets *@field to a trimmed copy of @value unless it is already set or
 * @value is blank; returns whether it was set. */
gboolean    cor_metadata_offer           (char         **field,
                                          const char    *value);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CorMetadata, cor_metadata_clear)

/* Parses a date written in any common way ("2026-02-05T10:00Z",
 * "Feb 5, 2026", "Monday, 28 November 2005", "11/27/2005") to YYYY-MM-DD. */
char       *cor_metadata_parse_date      (const char    *text);
/* When @line says nothing but a date (with labels such as "Published",
 * a weekday, a time), returns it as YYYY-MM-DD. *@is_update tells whether
 * the line dates an update rather than the publication. */
char       *cor_metadata_date_line       (const char    *line,
                                          gboolean      *is_update);
/* Whether @line labels a day and month with no year as its publication
 * or update, and says nothing else ("Published 3 March, 19:05 BST",
 * "Gazette | Posted June 9, 2:20 pm ET"). */
gboolean    cor_metadata_yearless_date_line (const char *line);
/* When @line starts with a labelled date ("date 2026-02-05 Text…"),
 * returns the date and sets *@rest to where the text goes on. */
char       *cor_metadata_date_prefix     (const char    *line,
                                          const char   **rest);
/* The outlet a dateline such as "PARIS (Agency) —" names, or NULL. */
char       *cor_metadata_dateline_outlet (const char    *line);
/* The month and day a wire's dateline gives without a year ("LONDON, Nov
 * 17 (Agency) —"): TRUE when @line opens with one. */
gboolean    cor_metadata_dateline_day    (const char    *line,
                                          guint         *month,
                                          guint         *day);
/* The byline a line such as "By Jane Roe" gives, or NULL. */
char       *cor_metadata_byline          (const char    *line);
/* "en", another ISO 639-1 code, or "und" when the text is too short. */
const char *cor_metadata_detect_language (const char    *text,
                                          gsize          length);

G_END_DECLS
