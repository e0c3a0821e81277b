/* fuzz-export.c: any report strings, written as CSV, Markdown and HTML.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is cut at NUL bytes into the strings a table takes from its
 * reports: two outlet names, then for each fact its summary, a note, a
 * quote from each report and a value's words. Every export must be UTF-8;
 * no CSV cell may start a formula; no bidi embedding, override or isolate
 * of a report may reach a people's format, and the isolates the exporter
 * writes close where they open; the HTML has no tag but its own.
 */

#include "config.h"

#include "cor-export.h"
#include "cor-export-bidi.h"
#include "fuzz-common.h"

#define N_SOURCES 2
#define MAX_FACTS 4

typedef struct
{
  char **fields;
  guint  next;
} Fields;

/* The next string of the input, made valid UTF-8 as every report string
 * is, or "" when the input has run out. */
static const char *
next_field (Fields *f)
{
  const char *field = f->fields[f->next] != NULL ? f->fields[f->next] : "";

  if (f->fields[f->next] != NULL)
    f->next++;
  return field;
}

static CorFactTable *
table_from (Fields *f)
{
  CorFactTable *table = cor_fact_table_new ();
  guint n_facts;

  for (guint s = 0; s < N_SOURCES; s++)
    {
      g_autoptr(CorSource) source = cor_source_new ();

      cor_source_set_name (source, next_field (f));
      cor_fact_table_add_source (table, source, NULL);
    }
  n_facts = 1 + g_strv_length (f->fields) / 6 % MAX_FACTS;
  for (guint i = 0; i < n_facts; i++)
    {
      CorFact *fact = cor_fact_new ();
      CorMention *value;

      fact->id = g_strdup_printf ("f%u", i + 1);
      fact->summary = g_strdup (next_field (f));
      for (guint s = 0; s < N_SOURCES; s++)
        {
          CorCell *cell = cor_cell_new (s, s == 0 ? COR_CELL_SUPPORTS : COR_CELL_PARTIAL);
          const char *quote = next_field (f);

          if (s == 1)
            cell->note = g_strdup (next_field (f));
          g_ptr_array_add (cell->quotes, cor_quote_new (quote, 0, strlen (quote), NULL));
          g_ptr_array_add (fact->cells, cell);
        }
      value = cor_mention_new (COR_MENTION_NUMBER, next_field (f), 0, 1);
      g_ptr_array_add (fact->values, value);
      cor_fact_update_agreement (fact);
      g_ptr_array_add (table->facts, fact);
    }
  return table;
}

static void
assert_no_report_controls (const char *text,
                           gsize       length)
{
  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0x2068 && c != 0x2069)
        g_assert (!cor_export_bidi_is_control (c));
    }
}

/* Our isolates, in one cell or line: each opened is closed, in order. */
static void
assert_isolates_balanced (const char *text,
                          gsize       length)
{
  int depth = 0;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      depth += c == 0x2068;
      depth -= c == 0x2069;
      g_assert (depth >= 0);
    }
  g_assert (depth == 0);
}

static gboolean
is_formula_start (const char *cell)
{
  static const char *const signs[] = { "=", "+", "-", "@", "\t", "\r", "\xef\xbc\x9d", "\xef\xbc\x8b",
                                       "\xef\xbc\x8d", "\xef\xbc\xa0" };

  if (g_str_has_prefix (cell, COR_EXPORT_BIDI_FSI))
    cell += strlen (COR_EXPORT_BIDI_FSI);
  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    if (g_str_has_prefix (cell, signs[i]))
      return TRUE;
  return FALSE;
}

/* Reads the CSV back, cell by cell: every cell is quoted, "" is a quote. */
static void
check_csv (const char *csv,
           gsize       length,
           guint       n_rows)
{
  const char *p = csv, *end = csv + length;
  g_autoptr(GString) cell = g_string_new (NULL);
  guint rows = 0;

  while (p < end)
    {
      g_assert (*p == '"');
      g_string_truncate (cell, 0);
      for (p++; p < end && !(p[0] == '"' && (p + 1 == end || p[1] != '"')); p++)
        {
          g_string_append_c (cell, *p);
          if (p[0] == '"')
            p++;
        }
      g_assert (p < end);
      p++;
      /* A formula is only ever written behind a quote that makes it text. */
      g_assert (!is_formula_start (cell->str));
      assert_isolates_balanced (cell->str, cell->len);
      if (p < end && *p == ',')
        p++;
      else
        {
          g_assert (end - p >= 2 && p[0] == '\r' && p[1] == '\n');
          p += 2;
          rows++;
        }
    }
  g_assert (rows == n_rows);
}

static void
check_markdown (const char *md,
                gsize       length,
                guint       n_rows)
{
  g_autofree char *copy = g_strndup (md, length);
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);

  /* A header, its rule, a row per fact, and the empty tail. */
  g_assert (g_strv_length (lines) == n_rows + 3);
  for (guint i = 0; lines[i] != NULL; i++)
    assert_isolates_balanced (lines[i], strlen (lines[i]));
}

static void
check_html (const char *html,
            gsize       length)
{
  static const char *const tags[] = { "!DOCTYPE", "html", "head", "meta", "title", "style", "body",
                                      "table", "caption", "thead", "tbody", "tr", "th", "td", "bdi",
                                      "h2", "dl", "dt", "dd", NULL };
  guint open = 0, close = 0;

  /* No isolate of ours is left as a character: each is <bdi>. */
  for (const char *p = html; p < html + length; p = g_utf8_next_char (p))
    g_assert (!cor_export_bidi_is_control (g_utf8_get_char (p)));
  for (const char *p = memchr (html, '<', length); p != NULL;
       p = memchr (p + 1, '<', html + length - p - 1))
    {
      const char *name = p[1] == '/' ? p + 2 : p + 1;
      gsize n = strcspn (name, " >");
      gboolean known = FALSE;

      for (guint i = 0; !known && tags[i] != NULL; i++)
        known = strlen (tags[i]) == n && strncmp (name, tags[i], n) == 0;
      g_assert (known);
      open += g_str_has_prefix (p, "<bdi>");
      close += g_str_has_prefix (p, "</bdi>");
    }
  g_assert (open == close);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) raw = NULL;
  g_autoptr(GPtrArray) valid = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CorFactTable) table = NULL;
  Fields fields;

  if (size > 64 * 1024)
    return 0;

  /* NUL bytes cut the input; each piece is made UTF-8 as a report is. */
  copy = g_malloc (size + 1);
  for (size_t i = 0; i < size; i++)
    copy[i] = data[i] != '\0' ? (char) data[i] : '\x1f';
  copy[size] = '\0';
  raw = g_strsplit (copy, "\x1f", -1);
  for (guint i = 0; raw[i] != NULL; i++)
    g_ptr_array_add (valid, g_utf8_make_valid (raw[i], -1));
  g_ptr_array_add (valid, NULL);
  fields.fields = (char **) valid->pdata;
  fields.next = 0;
  table = table_from (&fields);

  for (CorExportFormat f = COR_EXPORT_JSON; f <= COR_EXPORT_HTML; f++)
    {
      g_autoptr(GBytes) bytes = cor_export_table (table, f);
      gsize length;
      const char *out = g_bytes_get_data (bytes, &length);

      g_assert (g_utf8_validate_len (out, length, NULL));
      if (f != COR_EXPORT_JSON)
        assert_no_report_controls (out, length);
      if (f == COR_EXPORT_CSV)
        check_csv (out, length, table->facts->len + 1);
      else if (f == COR_EXPORT_MARKDOWN)
        check_markdown (out, length, table->facts->len);
      else if (f == COR_EXPORT_HTML)
        check_html (out, length);
    }
  return 0;
}
