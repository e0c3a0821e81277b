/* cor-json-writer.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes pretty-printed JSON straight into a GString, in the layout
 * json-glib's generator uses (2-space indent, " : " between a name and its
 * value), without building a tree first: an export of a thousand reports
 * would otherwise hold the whole document twice, as nodes and as text. */

/* Deeper than a project may be (cor-project.c writes it). */
#define COR_JSON_WRITER_MAX_DEPTH 40

typedef struct
{
  GString  *out;
  guint     depth;
  gboolean  after_name;
  gboolean  has_items[COR_JSON_WRITER_MAX_DEPTH];
} CorJsonWriter;

void     cor_json_writer_init         (CorJsonWriter *writer,
                                       GString       *out);
void     cor_json_writer_begin_object (CorJsonWriter *writer);
void     cor_json_writer_end_object   (CorJsonWriter *writer);
void     cor_json_writer_begin_array  (CorJsonWriter *writer);
void     cor_json_writer_end_array    (CorJsonWriter *writer);
void     cor_json_writer_name         (CorJsonWriter *writer,
                                       const char    *name);
void     cor_json_writer_string       (CorJsonWriter *writer,
                                       const char    *value);
void     cor_json_writer_int          (CorJsonWriter *writer,
                                       gint64         value);
void     cor_json_writer_double       (CorJsonWriter *writer,
                                       double         value);
void     cor_json_writer_boolean      (CorJsonWriter *writer,
                                       gboolean       value);

/* A member whose value is @value, or null when @value is NULL. */
void     cor_json_writer_string_member (CorJsonWriter *writer,
                                        const char    *name,
                                        const char    *value);
void     cor_json_writer_int_member    (CorJsonWriter *writer,
                                        const char    *name,
                                        gint64         value);

/* Appends @value to @out as a quoted JSON string. */
void     cor_json_append_string       (GString       *out,
                                       const char    *value);

G_END_DECLS
