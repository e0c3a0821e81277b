/* test-export.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "cor-analysis.h"
#include "cor-export.h"
#include "cor-export-bidi.h"
#include "cor-json-writer.h"
#include "cor-source-load.h"

/* A table built by hand, so the exporters are tested apart from the aligner. */
static CorFactTable *
hostile_table (void)
{
  CorFactTable *table = cor_fact_table_new ();
  const char *texts[] = {
    "=HYPERLINK(\"http://evil.example\",\"click\") said the <script>alert(1)</script> mayor.",
    "A | pipe, a \"quote\" and a\nnew line.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CorSource) source = cor_source_load_text (texts[i], i ? "B|Outlet" : "<b>A</b>", NULL);
      g_autoptr(CorDocument) doc = cor_document_new (source, NULL);
      CorFact *fact = cor_fact_new ();
      CorCell *cell = cor_cell_new (i, COR_CELL_SUPPORTS);

      cor_fact_table_add_source (table, source, doc);
      fact->id = g_strdup_printf ("f%u", i + 1);
      fact->summary = g_strdup (texts[i]);
      g_ptr_array_add (cell->quotes, cor_quote_new (texts[i], 0, strlen (texts[i]), NULL));
      g_ptr_array_add (fact->cells, cell);
      cor_fact_update_agreement (fact);
      g_ptr_array_add (table->facts, fact);
    }
  return table;
}

static char *
export_string (CorFactTable    *table,
               CorExportFormat  format)
{
  g_autoptr(GBytes) bytes = cor_export_table (table, format);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_true (g_utf8_validate_len (data, size, NULL));
  return g_strndup (data, size);
}

static void
test_json_shape (void)
{
  g_autoptr(CorFactTable) table = hostile_table ();
  g_autofree char *json = export_string (table, COR_EXPORT_JSON);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *sources, *facts;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "corroborate.fact-table");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  sources = json_object_get_array_member (root, "sources");
  facts = json_object_get_array_member (root, "facts");
  g_assert_cmpuint (json_array_get_length (sources), ==, 2);
  g_assert_cmpuint (json_array_get_length (facts), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (sources, 1), "text_length"),
                   ==, strlen ("A | pipe, a \"quote\" and a\nnew line."));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (facts, 0), "agreement"),
                   ==, "single");
}

static void
test_csv_neutralises_formulas (void)
{
  g_autoptr(CorFactTable) table = hostile_table ();
  g_autofree char *csv = export_string (table, COR_EXPORT_CSV);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  /* Header, two rows (one with a quoted new line inside), and the empty tail. */
  g_assert_true (g_str_has_prefix (lines[1], "\"'=HYPERLINK(\"\"http://evil.example\"\""));
  g_assert_nonnull (strstr (csv, "a \"\"quote\"\" and a\nnew line."));
  g_assert_null (strstr (csv, ",\"=HYPERLINK"));
}

static void
test_markdown_escapes (void)
{
  g_autoptr(CorFactTable) table = hostile_table ();
  g_autofree char *md = export_string (table, COR_EXPORT_MARKDOWN);
  g_auto(GStrv) lines = g_strsplit (md, "\n", -1);

  /* Every fact stays on one line: header, rule, two rows, tail. */
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_nonnull (strstr (md, "A \\| pipe"));
  g_assert_nonnull (strstr (md, "B\\|Outlet"));
  g_assert_null (strstr (md, "<script>"));
}

static void
test_html_escapes (void)
{
  g_autoptr(CorFactTable) table = hostile_table ();
  g_autofree char *html = export_string (table, COR_EXPORT_HTML);

  g_assert_null (strstr (html, "<script>"));
  g_assert_null (strstr (html, "<b>A</b>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;"));
  g_assert_nonnull (strstr (html, "Content-Security-Policy"));
}

static guint
count (const char *hay,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (hay, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_every_row_and_cell (void)
{
  g_autoptr(CorFactTable) table = hostile_table ();
  g_autofree char *csv = export_string (table, COR_EXPORT_CSV);
  g_autofree char *md = export_string (table, COR_EXPORT_MARKDOWN);
  g_autofree char *html = export_string (table, COR_EXPORT_HTML);
  g_autofree char *json = export_string (table, COR_EXPORT_JSON);

  /* A header and one line per fact. */
  g_assert_cmpuint (count (csv, "\r\n"), ==, 1 + table->facts->len);
  g_assert_cmpuint (count (html, "<tr>"), ==, 1 + table->facts->len);
  g_assert_cmpuint (count (json, "\"quotes\""), ==, 2);
  /* Each report's quote is in its cell: once as the summary, once as the cell. */
  g_assert_cmpuint (count (csv, "evil.example"), ==, 2);
  g_assert_cmpuint (count (md, "evil.example"), ==, 2);
  g_assert_cmpuint (count (html, "alert(1)"), ==, 2);
  g_assert_cmpuint (count (html, "pipe, a &quot;quote&quot;"), ==, 2);
  /* The other report's column says absent, in words. */
  g_assert_cmpuint (count (md, "| absent |"), >=, 1);
  /* A legend says what the markers mean. */
  g_assert_nonnull (strstr (html, "<dl>"));
  g_assert_nonnull (strstr (html, "scope=\"col\""));
}

/* The facts of a large table are written on several threads, each share
 * into its own text: the document is the one a single writer makes, every
 * fact once and in order. */
static void
test_json_facts_in_order (void)
{
  enum { N_SOURCES = 3 };
  /* Enough cells for two shares; under valgrind, which takes a minute
   * over that many, a tenth, written by one thread. */
  const guint N_FACTS = g_getenv ("COR_UNDER_VALGRIND") != NULL ? 3000 : 30000;
  g_autoptr(CorFactTable) table = cor_fact_table_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *facts;
  gsize size;
  const char *data;

  for (guint s = 0; s < N_SOURCES; s++)
    {
      g_autoptr(CorSource) source = cor_source_load_text ("The harbour flooded.", "Wire", NULL);

      cor_fact_table_add_source (table, source, NULL);
    }
  for (guint f = 0; f < N_FACTS; f++)
    {
      CorFact *fact = cor_fact_new ();

      fact->id = g_strdup_printf ("f%u", f + 1);
      fact->summary = g_strdup ("The harbour flooded.");
      /* Rows of none to three cells, so the shares differ in facts. */
      for (guint c = 0; c < f % (N_SOURCES + 1); c++)
        g_ptr_array_add (fact->cells, cor_cell_new (c, COR_CELL_SUPPORTS));
      g_ptr_array_add (table->facts, fact);
    }

  bytes = cor_export_table (table, COR_EXPORT_JSON);
  data = g_bytes_get_data (bytes, &size);
  json_parser_load_from_data (parser, data, size, &error);
  g_assert_no_error (error);
  facts = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "facts");
  g_assert_cmpuint (json_array_get_length (facts), ==, N_FACTS);
  for (guint f = 0; f < N_FACTS; f++)
    {
      JsonObject *fact = json_array_get_object_element (facts, f);
      g_autofree char *id = g_strdup_printf ("f%u", f + 1);

      g_assert_cmpstr (json_object_get_string_member (fact, "id"), ==, id);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (fact, "cells")), ==,
                        f % (N_SOURCES + 1));
    }
}

/* A table of one report of @text, named @name, stating it as one fact. */
static CorFactTable *
one_fact_table (const char *text,
                const char *name)
{
  CorFactTable *table = cor_fact_table_new ();
  g_autoptr(CorSource) source = cor_source_new ();
  CorFact *fact = cor_fact_new ();
  CorCell *cell = cor_cell_new (0, COR_CELL_PARTIAL);

  cor_source_set_name (source, name);
  cor_source_set_text (source, text);
  cor_fact_table_add_source (table, source, NULL);
  fact->id = g_strdup ("f1");
  fact->summary = g_strdup (text);
  cell->note = g_strdup (text);
  g_ptr_array_add (cell->quotes, cor_quote_new (text, 0, strlen (text), NULL));
  g_ptr_array_add (fact->cells, cell);
  cor_fact_update_agreement (fact);
  g_ptr_array_add (table->facts, fact);
  return table;
}

/* Issue 17, defect 10: U+202E in a report reached CSV, Markdown and HTML,
 * where it reversed the rest of the cell ("srewot 2 dna"). The controls
 * go; the report's words are isolated, <bdi> in HTML and FSI…PDI in the
 * others, so they cannot reorder the marker beside them either. */
static void
test_bidi_isolated (void)
{
  static const char text[] = "The wall fell \u202eand 2 towers leaned\u202c, \u2067they said\u2069 "
                             "\u202bon Monday.";
  static const char plain[] = "The wall fell and 2 towers leaned, they said on Monday.";
  g_autoptr(CorFactTable) table = one_fact_table (text, "Gazette \u202eevil");
  g_autoptr(CorFactTable) arabic = one_fact_table ("قال المجلس إن الجسر سيغلق", "الجريدة");
  g_autoptr(CorFactTable) latin = one_fact_table ("The bridge reopened.", "Gazette");
  g_autofree char *html = export_string (table, COR_EXPORT_HTML);
  g_autofree char *isolated = g_strconcat (COR_EXPORT_BIDI_FSI, plain, COR_EXPORT_BIDI_PDI, NULL);

  for (CorExportFormat f = COR_EXPORT_CSV; f <= COR_EXPORT_HTML; f++)
    {
      g_autofree char *out = export_string (table, f);

      for (const char *p = out; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_assert_false ((c >= 0x202a && c <= 0x202e) || c == 0x2066 || c == 0x2067);
        }
      g_assert_cmpuint (count (out, f == COR_EXPORT_HTML ? "<bdi>" : COR_EXPORT_BIDI_FSI), ==,
                        count (out, f == COR_EXPORT_HTML ? "</bdi>" : COR_EXPORT_BIDI_PDI));
      g_assert_nonnull (strstr (out, f == COR_EXPORT_HTML ? "Gazette evil" : COR_EXPORT_BIDI_FSI
                                                                          "Gazette evil"));
    }
  g_assert_cmpuint (count (html, "<bdi>The wall fell and 2 towers leaned, they said on Monday.</bdi>"), ==, 3);
  g_assert_null (strstr (html, COR_EXPORT_BIDI_FSI));
  {
    g_autofree char *csv = export_string (table, COR_EXPORT_CSV);
    g_autofree char *md = export_string (arabic, COR_EXPORT_MARKDOWN);
    g_autofree char *plain_csv = export_string (latin, COR_EXPORT_CSV);

    /* Summary, note and quote. */
    g_assert_cmpuint (count (csv, isolated), ==, 3);
    g_assert_nonnull (strstr (md, COR_EXPORT_BIDI_FSI "قال المجلس إن الجسر سيغلق" COR_EXPORT_BIDI_PDI));
    g_assert_nonnull (strstr (md, COR_EXPORT_BIDI_FSI "الجريدة" COR_EXPORT_BIDI_PDI));
    /* Left-to-right words with no controls are written as they were. */
    g_assert_null (strstr (plain_csv, COR_EXPORT_BIDI_FSI));
    g_assert_nonnull (strstr (plain_csv, "\"The bridge reopened.\""));
  }
}

/* A formula behind an isolate, or in full-width signs, is neutralised too. */
static void
test_csv_hidden_formulas (void)
{
  const char *texts[] = { "=1+1 قال", "\u202e=cmd|' /C calc'!A0", "＝1+1", "＠SUM(A1)" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(CorFactTable) table = one_fact_table (texts[i], "Gazette");
      g_autofree char *csv = export_string (table, COR_EXPORT_CSV);
      g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

      g_assert_true (g_str_has_prefix (lines[1], "\"'"));
    }
}

/* The streaming writer keeps json-glib's layout and writes JSON that
 * json-glib reads back to the same strings and numbers. */
static void
test_json_writer (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  char controls[32];
  CorJsonWriter w;
  JsonObject *root;
  JsonArray *numbers;

  for (guint i = 1; i < 32; i++)
    controls[i - 1] = (char) i;
  controls[31] = '\0';
  cor_json_writer_init (&w, out);
  cor_json_writer_begin_object (&w);
  cor_json_writer_string_member (&w, "text", "a \"quoted\" back\\slash, “curly”");
  cor_json_writer_string_member (&w, "controls", controls);
  cor_json_writer_string_member (&w, "none", NULL);
  cor_json_writer_name (&w, "numbers");
  cor_json_writer_begin_array (&w);
  cor_json_writer_int (&w, -42);
  cor_json_writer_double (&w, 0.1);
  cor_json_writer_double (&w, 1e22);
  cor_json_writer_double (&w, 1e16);
  cor_json_writer_end_array (&w);
  cor_json_writer_name (&w, "empty");
  cor_json_writer_begin_array (&w);
  cor_json_writer_end_array (&w);
  cor_json_writer_end_object (&w);

  g_assert_true (g_str_has_prefix (out->str, "{\n  \"text\" : \"a \\\"quoted\\\" back\\\\slash, “curly”\",\n"));
  g_assert_nonnull (strstr (out->str, "\"none\" : null,\n"));
  g_assert_nonnull (strstr (out->str, "\"numbers\" : [\n    -42,\n    0.10000000000000001,\n    1e+22,\n    10000000000000000.0\n  ],\n"));
  g_assert_true (g_str_has_suffix (out->str, "\"empty\" : []\n}"));
  for (const char *p = out->str; *p != '\0'; p++)
    g_assert_cmpint ((guchar) *p, >=, p[0] == '\n' ? '\n' : 0x20);

  json_parser_load_from_data (parser, out->str, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "controls"), ==, controls);
  g_assert_cmpstr (json_object_get_string_member (root, "text"), ==, "a \"quoted\" back\\slash, “curly”");
  numbers = json_object_get_array_member (root, "numbers");
  g_assert_cmpfloat (json_array_get_double_element (numbers, 1), ==, 0.1);
  g_assert_cmpfloat (json_array_get_double_element (numbers, 2), ==, 1e22);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/json-shape", test_json_shape);
  g_test_add_func ("/export/json-writer", test_json_writer);
  g_test_add_func ("/export/json-facts-in-order", test_json_facts_in_order);
  g_test_add_func ("/export/csv-neutralises-formulas", test_csv_neutralises_formulas);
  g_test_add_func ("/export/markdown-escapes", test_markdown_escapes);
  g_test_add_func ("/export/html-escapes", test_html_escapes);

  g_test_add_func ("/export/every-row-and-cell", test_every_row_and_cell);
  g_test_add_func ("/export/bidi-isolated", test_bidi_isolated);
  g_test_add_func ("/export/csv-hidden-formulas", test_csv_hidden_formulas);

  return g_test_run ();
}
