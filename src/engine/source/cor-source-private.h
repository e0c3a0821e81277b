/* cor-source-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cor-source.h"

G_BEGIN_DECLS

/* What a loader learns about a report besides its text. Each field is
 * owned, and the first finder wins (see cor_source_meta_offer()). */
typedef struct
{
  char *title;
  char *outlet;
  char *byline;
  char *published;   /* YYYY-MM-DD */
  char *language;    /* declared by the page, e.g. "en-GB" */
} CorSourceMeta;

void      cor_source_meta_clear          (CorSourceMeta *meta);
/* Sets *@field to a trimmed copy of @value unless it is already set or
 * @value is blank; returns whether it was set. */
gboolean  cor_source_meta_offer          (char         **field,
                                          const char    *value);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CorSourceMeta, cor_source_meta_clear)

/* cor-source-load.c: decodes @bytes, extracts the article and fills @self
 * (text, title, outlet, date, language), or sets its error. */
gboolean cor_source_read_bytes (CorSource    *self,
                                GBytes       *bytes,
                                const char   *content_type_hint,
                                GCancellable *cancellable);
gboolean cor_source_read_bytes_full (CorSource    *self,
                                     GBytes       *bytes,
                                     const char   *content_type_hint,
                                     const char   *charset_hint,
                                     GCancellable *cancellable);
/* As cor_source_load_uri(), with the whole-transfer time limit in
 * milliseconds (tests use a short one). */
CorSource *cor_source_load_uri_with_timeout (const char   *uri,
                                             guint         timeout_ms,
                                             GCancellable *cancellable);

/* cor-charset.c */
/* A sentence naming what kind of binary file @data is, or NULL when it
 * may be text. */
const char *cor_charset_sniff_binary     (const guint8  *data,
                                          gsize          size);
gboolean    cor_charset_is_pdf           (const guint8  *data,
                                          gsize          size);
/* The charset an HTML page declares in its first bytes, or NULL. */
char       *cor_charset_sniff_html_meta  (const char    *data,
                                          gsize          size);
/* Decodes @data to UTF-8 with LF line ends, trying the BOM, @declared,
 * UTF-8 and Windows-1252 in that order. */
char       *cor_charset_decode           (const char    *data,
                                          gsize          size,
                                          const char    *declared,
                                          gsize         *out_length,
                                          GError       **error);

/* cor-html.c: the article of an HTML page as plain text, one block per line. */
gboolean    cor_html_looks_like_html     (const char    *text,
                                          gsize          length);
char       *cor_html_extract             (const char    *text,
                                          gsize          length,
                                          CorSourceMeta *meta,
                                          GError       **error);

/* cor-metadata.c */
/* Parses a date written in any common way ("2026-02-05T10:00Z",
 * "Feb 5, 2026", "Monday, 28 November 2005", "11/27/2005") to YYYY-MM-DD. */
char       *cor_metadata_parse_date      (const char    *text);
/* When @line says nothing but a date (with labels such as "Published",
 * a weekday, a time), returns it as YYYY-MM-DD. *@is_update tells whether
 * the line dates an update rather than the publication. */
char       *cor_metadata_date_line       (const char    *line,
                                          gboolean      *is_update);
/* When @line starts with a labelled date ("date 2026-02-05 Text…"),
 * returns the date and sets *@rest to where the text goes on. */
char       *cor_metadata_date_prefix     (const char    *line,
                                          const char   **rest);
/* The outlet a dateline such as "PARIS (Agency) —" names, or NULL. */
char       *cor_metadata_dateline_outlet (const char    *line);
/* The byline a line such as "By Jane Roe" gives, or NULL. */
char       *cor_metadata_byline          (const char    *line);
/* "en", another ISO 639-1 code, or "und" when the text is too short. */
const char *cor_metadata_detect_language (const char    *text,
                                          gsize          length);

/* cor-furniture.c: drops page furniture, metadata lines and repeated
 * paragraphs from @text (one paragraph per line), noting what the
 * metadata lines said in @meta. Returns the cleaned text, one paragraph
 * per line. */
char       *cor_furniture_clean          (const char    *text,
                                          CorSourceMeta *meta,
                                          gboolean       plain);

/* cor-markdown.c */
char       *cor_markdown_to_text         (const char    *text,
                                          CorSourceMeta *meta);

/* cor-pdf.c */
char       *cor_pdf_extract              (GBytes        *bytes,
                                          CorSourceMeta *meta,
                                          GError       **error);

/* cor-fetch.c: the body of @uri (at most COR_SOURCE_MAX_SIZE bytes), its
 * content type and its charset. */
GBytes     *cor_fetch                    (const char    *uri,
                                          guint          timeout_ms,
                                          char         **content_type,
                                          char         **charset,
                                          GCancellable  *cancellable,
                                          GError       **error);

G_END_DECLS
