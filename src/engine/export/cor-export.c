/* cor-export.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-export.h"
#include "cor-export-text.h"
#include "cor-json-writer.h"
#include "cor-stories.h"
#include "cor-summary.h"
#include "cor-threads.h"

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
add_number (CorJsonWriter *w,
            double         value)
{
  if (value == floor (value) && fabs (value) < 9e15)
    cor_json_writer_int (w, (gint64)value);
  else
    cor_json_writer_double (w, value);
}

static void
add_mention (CorJsonWriter    *w,
             const CorMention *m,
             gboolean          with_offsets)
{
  cor_json_writer_begin_object (w);
  cor_json_writer_string_member (w, "kind", cor_mention_kind_to_string (m->kind));
  cor_json_writer_string_member (w, "text", m->text);
  if (with_offsets)
    {
      cor_json_writer_int_member (w, "start", m->start);
      cor_json_writer_int_member (w, "end", m->end);
    }
  if (!isnan (m->value))
    {
      cor_json_writer_name (w, "value");
      add_number (w, m->value);
    }
  if (!isnan (m->value_max))
    {
      cor_json_writer_name (w, "value_max");
      add_number (w, m->value_max);
    }
  if (m->unit != NULL)
    cor_json_writer_string_member (w, "unit", m->unit);
  if (m->date != NULL)
    cor_json_writer_string_member (w, "date", m->date);
  if (m->date_from != NULL)
    {
      cor_json_writer_string_member (w, "date_from", m->date_from);
      cor_json_writer_string_member (w, "date_to", m->date_to);
    }
  if (m->period != NULL)
    cor_json_writer_string_member (w, "period", m->period);
  if (!isnan (m->min))
    {
      cor_json_writer_name (w, "min");
      add_number (w, m->min);
    }
  if (m->vague)
    {
      cor_json_writer_name (w, "vague");
      cor_json_writer_boolean (w, TRUE);
    }
  if (m->canonical != NULL)
    cor_json_writer_string_member (w, "canonical", m->canonical);
  if (m->speaker != NULL || m->kind == COR_MENTION_QUOTE)
    cor_json_writer_string_member (w, "speaker", m->speaker);
  if (cor_mention_kind_is_value (m->kind) && m->kind != COR_MENTION_DATE)
    {
      cor_json_writer_name (w, "approximate");
      cor_json_writer_boolean (w, m->approximate);
    }
  if (m->bound != COR_BOUND_NONE)
    cor_json_writer_string_member (w, "bound", m->bound == COR_BOUND_AT_LEAST ? "at-least" : "at-most");
  cor_json_writer_end_object (w);
}

static void
add_values (CorJsonWriter *w,
            GPtrArray     *values)
{
  cor_json_writer_name (w, "values");
  cor_json_writer_begin_array (w);
  for (guint i = 0; i < values->len; i++)
    add_mention (w, g_ptr_array_index (values, i), FALSE);
  cor_json_writer_end_array (w);
}

static void
add_source (CorJsonWriter *w,
            CorFactTable  *table,
            guint          index)
{
  CorSource *source = g_ptr_array_index (table->sources, index);
  const GError *error = cor_source_get_error (source);
  guint n_fields;
  const CorSourceField *fields = cor_source_get_fields (&n_fields);
  char id[16];

  cor_json_writer_begin_object (w);
  cor_json_writer_string_member (w, "id", cor_fact_table_source_id (table, index, id));
  for (guint i = 0; i < n_fields; i++)
    cor_json_writer_string_member (w, fields[i].name, fields[i].get (source));
  cor_json_writer_int_member (w, "text_length", cor_source_get_text_length (source));
  cor_json_writer_string_member (w, "copy_group",
                                 cor_fact_table_source_id (table, cor_fact_table_get_copy_group (table, index), id));
  if (error != NULL)
    cor_json_writer_string_member (w, "error", error->message);
  cor_json_writer_end_object (w);
}

static void
add_cell (CorJsonWriter *w,
          CorFactTable  *table,
          CorCell       *cell)
{
  char id[16];

  cor_json_writer_begin_object (w);
  cor_json_writer_string_member (w, "source", cor_fact_table_source_id (table, cell->source, id));
  cor_json_writer_string_member (w, "status", cor_cell_status_to_string (cell->status));
  cor_json_writer_string_member (w, "note", cell->note);
  cor_json_writer_name (w, "quotes");
  cor_json_writer_begin_array (w);
  for (guint q = 0; q < cell->quotes->len; q++)
    {
      CorQuote *quote = g_ptr_array_index (cell->quotes, q);

      cor_json_writer_begin_object (w);
      cor_json_writer_string_member (w, "text", quote->text);
      cor_json_writer_int_member (w, "start", quote->start);
      cor_json_writer_int_member (w, "end", quote->end);
      cor_json_writer_string_member (w, "speaker", quote->speaker);
      cor_json_writer_end_object (w);
    }
  cor_json_writer_end_array (w);
  add_values (w, cell->values);
  if (cell->overridden)
    {
      cor_json_writer_name (w, "overridden");
      cor_json_writer_boolean (w, TRUE);
    }
  cor_json_writer_end_object (w);
}

char *
cor_export_fact_text (CorFact *fact)
{
  g_autofree char *stem = NULL;

  g_return_val_if_fail (fact != NULL, NULL);

  if (fact->summary == NULL || !g_str_has_suffix (fact->summary, "…"))
    return g_strdup (fact->summary ? fact->summary : "");
  stem = g_strndup (fact->summary, strlen (fact->summary) - strlen ("…"));
  for (guint c = 0; c < fact->cells->len; c++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, c);

      for (guint q = 0; q < cell->quotes->len; q++)
        {
          CorQuote *quote = g_ptr_array_index (cell->quotes, q);
          g_autofree char *whole = cor_summary_from_text (quote->text);

          if (g_str_has_prefix (whole, stem))
            return g_steal_pointer (&whole);
        }
    }
  return g_strdup (fact->summary);
}

static void
add_story (CorJsonWriter *w,
           CorFactTable  *table,
           guint          index)
{
  CorStory *story = g_ptr_array_index (table->stories, index);
  char id[16];

  cor_json_writer_begin_object (w);
  cor_json_writer_string_member (w, "id", cor_fact_table_story_id (table, index, id));
  cor_json_writer_string_member (w, "title", story->title);
  cor_json_writer_name (w, "sources");
  cor_json_writer_begin_array (w);
  for (guint i = 0; i < story->sources->len; i++)
    cor_json_writer_string (w, cor_fact_table_source_id (table, g_array_index (story->sources, guint, i), id));
  cor_json_writer_end_array (w);
  cor_json_writer_end_object (w);
}

static void
add_fact (CorJsonWriter *w,
          CorFactTable  *table,
          CorFact       *fact)
{
  char id[16];
  g_autofree char *text = cor_export_fact_text (fact);

  cor_json_writer_begin_object (w);
  cor_json_writer_string_member (w, "id", fact->id);
  cor_json_writer_string_member (w, "summary", text);
  cor_json_writer_string_member (w, "agreement", cor_agreement_to_string (fact->agreement));
  cor_json_writer_int_member (w, "support", fact->support);
  cor_json_writer_int_member (w, "independent", cor_stories_count_independent (table, fact));
  if (fact->story != COR_NO_STORY)
    cor_json_writer_string_member (w, "story", cor_fact_table_story_id (table, fact->story, id));
  if (fact->edited)
    {
      cor_json_writer_name (w, "edited");
      cor_json_writer_boolean (w, TRUE);
    }
  add_values (w, fact->values);
  cor_json_writer_name (w, "cells");
  cor_json_writer_begin_array (w);
  for (guint c = 0; c < fact->cells->len; c++)
    add_cell (w, table, g_ptr_array_index (fact->cells, c));
  cor_json_writer_end_array (w);
  cor_json_writer_end_object (w);
}

static void
begin_document (CorJsonWriter *w,
                const char    *format)
{
  cor_json_writer_begin_object (w);
  cor_json_writer_string_member (w, "format", format);
  cor_json_writer_int_member (w, "version", 1);
  cor_json_writer_string_member (w, "generator", PACKAGE_NAME " " VERSION);
}

/* The document closes with a new line, as the files json-glib wrote did. */
static GBytes *
end_document (CorJsonWriter *w)
{
  cor_json_writer_end_object (w);
  g_string_append_c (w->out, '\n');
  return g_string_free_to_bytes (w->out);
}

static gsize
length_of (const char *text)
{
  return text != NULL ? strlen (text) : 0;
}

/* Room for the JSON of @table, from above, as for the mentions below: the
 * export of 100,000 reports is 150 MB, which a string grown by doubling
 * wrote twice over in fresh pages and copied on the way. */
static gsize
table_size (CorFactTable *table)
{
  guint n_fields;
  const CorSourceField *fields = cor_source_get_fields (&n_fields);
  gsize size = 4096;

  for (guint i = 0; i < table->sources->len; i++)
    {
      size += 512;
      for (guint f = 0; f < n_fields; f++)
        size += length_of (fields[f].get (g_ptr_array_index (table->sources, i)));
    }
  for (guint i = 0; i < table->stories->len; i++)
    size += 256 + length_of (((CorStory *)g_ptr_array_index (table->stories, i))->title)
            + 32 * ((CorStory *)g_ptr_array_index (table->stories, i))->sources->len;
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);

      size += 1024 + 2 * length_of (fact->summary) + 512 * fact->values->len;
      for (guint c = 0; c < fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (fact->cells, c);

          size += 512 + length_of (cell->note) + 512 * cell->values->len;
          for (guint q = 0; q < cell->quotes->len; q++)
            {
              CorQuote *quote = g_ptr_array_index (cell->quotes, q);

              size += 256 + length_of (quote->text) + length_of (quote->speaker);
            }
        }
    }
  return size;
}

typedef struct
{
  CorFactTable  *table;
  CorJsonWriter *writer;   /* at the facts' array, before the first */
  guint         *offsets;  /* where each fact's work starts, and the end */
  GString      **parts;    /* the text of the share that starts at each fact */
  gsize          size;     /* room for the whole table */
} FactsJob;

/* The facts are most of a table's text, and each is written alone. A
 * share is of cells, not facts: a row of 100,000 reports is as much work
 * as 100,000 rows of one. */
#define CELLS_PER_THREAD 20000

/* The first fact whose work starts at or after @unit. */
static guint
fact_at (const guint *offsets,
         guint        n_facts,
         guint        unit)
{
  guint lo = 0, hi = n_facts;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (offsets[mid] < unit)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
write_facts (guint    start,
             guint    end,
             gpointer data)
{
  FactsJob *job = data;
  CorJsonWriter w = *job->writer;
  guint n_facts = job->table->facts->len, total = job->offsets[n_facts];
  guint first = fact_at (job->offsets, n_facts, start), last = fact_at (job->offsets, n_facts, end);

  if (first >= last)
    return;
  /* The first share writes on; the others each into their own string,
   * and say they follow an item. */
  if (first > 0)
    {
      w.out = job->parts[first] = g_string_sized_new (job->size / total * (end - start));
      w.has_items[w.depth] = TRUE;
    }
  for (guint i = first; i < last; i++)
    add_fact (&w, job->table, g_ptr_array_index (job->table->facts, i));
}

static void
add_facts (CorJsonWriter *w,
           CorFactTable  *table,
           gsize          size)
{
  guint n_facts = table->facts->len;
  g_autofree GString **parts = g_new0 (GString *, MAX (n_facts, 1));
  g_autofree guint *offsets = g_new (guint, n_facts + 1);
  FactsJob job = { table, w, offsets, parts, size };

  /* A fact is a unit of work, and each of its cells another. */
  offsets[0] = 0;
  for (guint i = 0; i < n_facts; i++)
    offsets[i + 1] = offsets[i] + 1 + ((CorFact *)g_ptr_array_index (table->facts, i))->cells->len;

  cor_json_writer_name (w, "facts");
  cor_json_writer_begin_array (w);
  cor_threads_split (0, offsets[n_facts], CELLS_PER_THREAD, write_facts, &job);
  for (guint i = 0; i < n_facts; i++)
    if (parts[i] != NULL)
      {
        g_string_append_len (w->out, parts[i]->str, parts[i]->len);
        g_string_free (parts[i], TRUE);
      }
  w->has_items[w->depth] = n_facts > 0;
  cor_json_writer_end_array (w);
}

/* Written straight to text: a tree of JSON nodes for a thousand reports
 * cost as much memory again as the table and most of the export's time. */
static GBytes *
export_json (CorFactTable *table)
{
  CorJsonWriter w;
  gsize size = table_size (table);

  cor_json_writer_init (&w, g_string_sized_new (size));
  begin_document (&w, "corroborate.fact-table");
  cor_json_writer_name (&w, "sources");
  cor_json_writer_begin_array (&w);
  for (guint i = 0; i < table->sources->len; i++)
    add_source (&w, table, i);
  cor_json_writer_end_array (&w);
  cor_json_writer_name (&w, "stories");
  cor_json_writer_begin_array (&w);
  for (guint i = 0; i < table->stories->len; i++)
    add_story (&w, table, i);
  cor_json_writer_end_array (&w);
  add_facts (&w, table, size);
  return end_document (&w);
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
add_document_mentions (CorJsonWriter *w,
                       CorDocument   *doc,
                       guint          index)
{
  char id[16];

  g_snprintf (id, sizeof id, "s%u", index + 1);
  cor_json_writer_begin_object (w);
  cor_json_writer_string_member (w, "id", id);
  cor_json_writer_string_member (w, "path", cor_source_get_path (doc->source));
  cor_json_writer_string_member (w, "url", cor_source_get_uri (doc->source));
  cor_json_writer_string_member (w, "name", cor_source_get_name (doc->source));
  cor_json_writer_string_member (w, "title", cor_source_get_title (doc->source));
  cor_json_writer_string_member (w, "published", doc->published);
  cor_json_writer_string_member (w, "language", cor_source_get_language (doc->source));
  cor_json_writer_string_member (w, "warning", cor_source_get_warning (doc->source));
  cor_json_writer_string_member (w, "text", doc->text);
  cor_json_writer_name (w, "sentences");
  cor_json_writer_begin_array (w);
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const CorSpan *span = &g_array_index (doc->sentences, CorSpan, i);

      cor_json_writer_begin_object (w);
      cor_json_writer_int_member (w, "start", span->start);
      cor_json_writer_int_member (w, "end", span->end);
      cor_json_writer_end_object (w);
    }
  cor_json_writer_end_array (w);
  cor_json_writer_name (w, "mentions");
  cor_json_writer_begin_array (w);
  for (guint i = 0; i < doc->mentions->len; i++)
    add_mention (w, g_ptr_array_index (doc->mentions, i), TRUE);
  cor_json_writer_end_array (w);
  cor_json_writer_end_object (w);
}

/* About how long the mentions of @documents are in JSON, and rather more
 * than less: the text, and a few lines a sentence and a mention. Room for
 * all of it at once spares growing the string a doubling at a time,
 * copying it and faulting its pages in again: a tenth of --mentions's
 * time on a thousand reports, and a quarter on one report of a million
 * sentences, whose offsets take eight digits. Pages never written to cost
 * nothing. */
static gsize
mentions_size (GPtrArray *documents)
{
  gsize size = 1024;

  for (guint i = 0; i < documents->len; i++)
    {
      CorDocument *doc = g_ptr_array_index (documents, i);

      if (doc != NULL)
        size += doc->length + 80 * doc->sentences->len + 256 * doc->mentions->len + 512;
    }
  return size;
}

GBytes *
cor_export_mentions (GPtrArray *documents)
{
  CorJsonWriter w;

  g_return_val_if_fail (documents != NULL, NULL);

  cor_json_writer_init (&w, g_string_sized_new (mentions_size (documents)));
  begin_document (&w, "corroborate.mentions");
  cor_json_writer_name (&w, "sources");
  cor_json_writer_begin_array (&w);
  for (guint i = 0; i < documents->len; i++)
    if (g_ptr_array_index (documents, i) != NULL)
      add_document_mentions (&w, g_ptr_array_index (documents, i), i);
  cor_json_writer_end_array (&w);
  return end_document (&w);
}
