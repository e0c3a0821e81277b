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
/* A label that names the report in messages: its path, address or name. */
const char    *cor_source_get_label        (CorSource     *self);

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
