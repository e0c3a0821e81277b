/* cor-export.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-export"

#include "config.h"

#include <math.h>
#include <json-glib/json-glib.h>

#include "cor-export-private.h"

static const struct {
  const char *name;
  const char *extension;
} formats[] = {
  [COR_EXPORT_JSON] = { "json", "json" },
  [COR_EXPORT_CSV] = { "csv", "csv" },
  [COR_EXPORT_MARKDOWN] = { "markdown", "md" },
  [COR_EXPORT_HTML] = { "html", "html" },
};

gboolean
cor_export_format_from_string (const char      *string,
                               CorExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (string, formats[i].name) == 0)
      {
        *format = i;
        return TRUE;
      }
  if (g_strcmp0 (string, "md") == 0)
    {
      *format = COR_EXPORT_MARKDOWN;
      return TRUE;
    }
  return FALSE;
}

const char *
cor_export_format_to_string (CorExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);
  return formats[format].name;
}

const char *
cor_export_format_extension (CorExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);
  return formats[format].extension;
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_number (JsonBuilder *builder,
            double       value)
{
  if (value == floor (value) && fabs (value) < 9e15)
    json_builder_add_int_value (builder, (gint64)value);
  else
    json_builder_add_double_value (builder, value);
}

void
cor_export_add_mention (JsonBuilder      *builder,
                        const CorMention *m,
                        gboolean          with_offsets)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, cor_mention_kind_to_string (m->kind));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, m->text);
  if (with_offsets)
    {
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, m->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, m->end);
    }
  if (!isnan (m->value))
    {
      json_builder_set_member_name (builder, "value");
      add_number (builder, m->value);
    }
  if (!isnan (m->value_max))
    {
      json_builder_set_member_name (builder, "value_max");
      add_number (builder, m->value_max);
    }
  if (m->unit != NULL)
    add_string_or_null (builder, "unit", m->unit);
  if (m->date != NULL)
    add_string_or_null (builder, "date", m->date);
  if (m->canonical != NULL)
    add_string_or_null (builder, "canonical", m->canonical);
  if (m->speaker != NULL || m->kind == COR_MENTION_QUOTE)
    add_string_or_null (builder, "speaker", m->speaker);
  if (cor_mention_kind_is_value (m->kind) && m->kind != COR_MENTION_DATE)
    {
      json_builder_set_member_name (builder, "approximate");
      json_builder_add_boolean_value (builder, m->approximate);
    }
  if (m->bound != COR_BOUND_NONE)
    add_string_or_null (builder, "bound", m->bound == COR_BOUND_AT_LEAST ? "at-least" : "at-most");
  json_builder_end_object (builder);
}

static void
add_values (JsonBuilder *builder,
            GPtrArray   *values)
{
  json_builder_set_member_name (builder, "values");
  json_builder_begin_array (builder);
  for (guint i = 0; i < values->len; i++)
    cor_export_add_mention (builder, g_ptr_array_index (values, i), FALSE);
  json_builder_end_array (builder);
}

static void
add_source (JsonBuilder  *builder,
            CorFactTable *table,
            guint         index)
{
  CorSource *source = g_ptr_array_index (table->sources, index);
  const GError *error = cor_source_get_error (source);
  char id[16];

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", cor_fact_table_source_id (table, index, id));
  add_string_or_null (builder, "name", cor_source_get_name (source));
  add_string_or_null (builder, "title", cor_source_get_title (source));
  add_string_or_null (builder, "path", cor_source_get_path (source));
  add_string_or_null (builder, "url", cor_source_get_uri (source));
  add_string_or_null (builder, "published", cor_source_get_published (source));
  add_string_or_null (builder, "language", cor_source_get_language (source));
  add_string_or_null (builder, "byline", cor_source_get_byline (source));
  json_builder_set_member_name (builder, "text_length");
  json_builder_add_int_value (builder, cor_source_get_text_length (source));
  if (error != NULL)
    add_string_or_null (builder, "error", error->message);
  json_builder_end_object (builder);
}

static void
add_cell (JsonBuilder  *builder,
          CorFactTable *table,
          CorCell      *cell)
{
  char id[16];

  json_builder_begin_object (builder);
  add_string_or_null (builder, "source", cor_fact_table_source_id (table, cell->source, id));
  add_string_or_null (builder, "status", cor_cell_status_to_string (cell->status));
  add_string_or_null (builder, "note", cell->note);
  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint q = 0; q < cell->quotes->len; q++)
    {
      CorQuote *quote = g_ptr_array_index (cell->quotes, q);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "text", quote->text);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, quote->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, quote->end);
      add_string_or_null (builder, "speaker", quote->speaker);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_values (builder, cell->values);
  if (cell->overridden)
    {
      json_builder_set_member_name (builder, "overridden");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_end_object (builder);
}

static void
add_fact (JsonBuilder  *builder,
          CorFactTable *table,
          CorFact      *fact)
{
  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", fact->id);
  add_string_or_null (builder, "summary", fact->summary);
  add_string_or_null (builder, "agreement", cor_agreement_to_string (fact->agreement));
  json_builder_set_member_name (builder, "support");
  json_builder_add_int_value (builder, fact->support);
  add_values (builder, fact->values);
  json_builder_set_member_name (builder, "cells");
  json_builder_begin_array (builder);
  for (guint c = 0; c < fact->cells->len; c++)
    add_cell (builder, table, g_ptr_array_index (fact->cells, c));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
begin_document (JsonBuilder *builder,
                const char  *format)
{
  json_builder_begin_object (builder);
  add_string_or_null (builder, "format", format);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  add_string_or_null (builder, "generator", PACKAGE_NAME " " VERSION);
}

GBytes *
cor_export_builder_to_bytes (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(GString) out = g_string_new (NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static GBytes *
export_json (CorFactTable *table)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  begin_document (builder, "corroborate.fact-table");
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < table->sources->len; i++)
    add_source (builder, table, i);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "facts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < table->facts->len; i++)
    add_fact (builder, table, g_ptr_array_index (table->facts, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return cor_export_builder_to_bytes (builder);
}

GBytes *
cor_export_table (CorFactTable    *table,
                  CorExportFormat  format)
{
  g_return_val_if_fail (table != NULL, NULL);

  switch (format)
    {
    case COR_EXPORT_JSON:
      return export_json (table);
    case COR_EXPORT_CSV:
      return cor_export_csv (table);
    case COR_EXPORT_MARKDOWN:
      return cor_export_markdown (table);
    case COR_EXPORT_HTML:
      return cor_export_html (table);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_document_mentions (JsonBuilder *builder,
                       CorDocument *doc,
                       guint        index)
{
  g_autofree char *id = g_strdup_printf ("s%u", index + 1);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", id);
  add_string_or_null (builder, "path", cor_source_get_path (doc->source));
  add_string_or_null (builder, "url", cor_source_get_uri (doc->source));
  add_string_or_null (builder, "name", cor_source_get_name (doc->source));
  add_string_or_null (builder, "title", cor_source_get_title (doc->source));
  add_string_or_null (builder, "published", doc->published);
  add_string_or_null (builder, "language", cor_source_get_language (doc->source));
  add_string_or_null (builder, "text", doc->text);
  json_builder_set_member_name (builder, "sentences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const CorSpan *span = &g_array_index (doc->sentences, CorSpan, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, span->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, span->end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < doc->mentions->len; i++)
    cor_export_add_mention (builder, g_ptr_array_index (doc->mentions, i), TRUE);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

GBytes *
cor_export_mentions (GPtrArray *documents)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (documents != NULL, NULL);

  begin_document (builder, "corroborate.mentions");
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < documents->len; i++)
    if (g_ptr_array_index (documents, i) != NULL)
      add_document_mentions (builder, g_ptr_array_index (documents, i), i);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return cor_export_builder_to_bytes (builder);
}
