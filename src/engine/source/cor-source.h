/* cor-source.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cor-types.h"

G_BEGIN_DECLS

/* The largest report Corroborate reads, in bytes. */
#define COR_SOURCE_MAX_SIZE (16 * 1024 * 1024)

typedef enum
{
  COR_SOURCE_KIND_TEXT,
  COR_SOURCE_KIND_HTML,
  COR_SOURCE_KIND_MARKDOWN,
  COR_SOURCE_KIND_PDF,
  COR_SOURCE_KIND_PASTED,
} CorSourceKind;

#define COR_TYPE_SOURCE (cor_source_get_type ())

G_DECLARE_FINAL_TYPE (CorSource, cor_source, COR, SOURCE, GObject)

/* A report is created empty, then filled by one of the loaders of
 * cor-source-load.h; a report that could not be read keeps its error and
 * has no text. Every string field is kept as valid UTF-8: a byte of a
 * value that is not (a file name in another encoding) is stored as the
 * four characters "\xFF", so exports and projects never lose the report. */
CorSource     *cor_source_new              (void);

const char    *cor_source_get_path         (CorSource     *self);
void           cor_source_set_path         (CorSource     *self,
                                            const char    *path);
const char    *cor_source_get_uri          (CorSource     *self);
void           cor_source_set_uri          (CorSource     *self,
                                            const char    *uri);
const char    *cor_source_get_name         (CorSource     *self);
void           cor_source_set_name         (CorSource     *self,
                                            const char    *name);
const char    *cor_source_get_title        (CorSource     *self);
void           cor_source_set_title        (CorSource     *self,
                                            const char    *title);
const char    *cor_source_get_byline       (CorSource     *self);
void           cor_source_set_byline       (CorSource     *self,
                                            const char    *byline);
const char    *cor_source_get_published    (CorSource     *self);
void           cor_source_set_published    (CorSource     *self,
                                            const char    *published);
/* Where the published date came from: COR_PUBLISHED_FROM_TEXT (a line of
 * the report), _METADATA (the page's or the PDF's), _FILE (the file's
 * modification time, when nothing else dates it) or _OPTION (given by the
 * user); NULL without a date. */
#define COR_PUBLISHED_FROM_TEXT     "text"
#define COR_PUBLISHED_FROM_METADATA "metadata"
#define COR_PUBLISHED_FROM_FILE     "file"
#define COR_PUBLISHED_FROM_OPTION   "option"
const char    *cor_source_get_published_from (CorSource   *self);
void           cor_source_set_published_from (CorSource   *self,
                                              const char  *published_from);
/* Sets the date and where it came from at once. */
void           cor_source_set_published_with_origin (CorSource  *self,
                                                     const char *published,
                                                     const char *origin);
const char    *cor_source_get_language     (CorSource     *self);
void           cor_source_set_language     (CorSource     *self,
                                            const char    *language);
/* Sentences the window can show about a report that was read but may be
 * read poorly (for example because it is not in English), or NULL. */
const char    *cor_source_get_warning      (CorSource     *self);
void           cor_source_set_warning      (CorSource     *self,
                                            const char    *warning);
/* Adds one sentence after those already there. */
void           cor_source_add_warning      (CorSource     *self,
                                            const char    *sentence);
/* Why the report does not read as an article (cor_article_check()), or
 * NULL: the window holds such a report back until the user keeps it. */
const char    *cor_source_get_not_article  (CorSource     *self);
void           cor_source_set_not_article  (CorSource     *self,
                                            const char    *reason);
const char    *cor_source_get_text         (CorSource     *self);
gsize          cor_source_get_text_length  (CorSource     *self);
void           cor_source_set_text         (CorSource     *self,
                                            const char    *text);
CorSourceKind  cor_source_get_kind         (CorSource     *self);
void           cor_source_set_kind         (CorSource     *self,
                                            CorSourceKind  kind);
const GError  *cor_source_get_error        (CorSource     *self);
void           cor_source_set_error        (CorSource     *self,
                                            const GError  *error);
/* The name people know the report by, never a path: the user's rename,
 * else the outlet found in it, else the site its headline names, else the
 * file's base name without its extension. */
const char    *cor_source_get_label        (CorSource     *self);
/* Where the report came from, for messages about reading it: its path or
 * address, else its label. */
const char    *cor_source_get_location     (CorSource     *self);

/* A field that describes a report in a file: its JSON name and its
 * accessors. The fact table's export and the project file write the same
 * fields in the same order, and the project reads them back. */
typedef struct
{
  const char  *name;
  const char *(*get) (CorSource  *self);
  void        (*set) (CorSource  *self,
                      const char *value);
} CorSourceField;

const CorSourceField *cor_source_get_fields (guint *n_fields);

G_END_DECLS
