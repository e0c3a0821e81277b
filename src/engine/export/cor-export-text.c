/* cor-export-text.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-export"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cor-export.h"
#include "cor-export-bidi.h"
#include "cor-export-text.h"
#include "cor-stories.h"

/* A value in a cell of text: its date (a span as an ISO 8601 interval,
 * "2026-02-09/2026-02-15"), or its number and unit ("~11000000000 USD"). */
static char *
format_value (const CorMention *m)
{
  if (m->date_from != NULL)
    return g_strdup_printf ("%s/%s", m->date_from, m->date_to);
  if (m->date != NULL)
    return g_strdup (m->date);
  if (isnan (m->value))
    return g_strdup (m->text);
  return g_strdup_printf ("%s%.15g%s%s", m->approximate ? "~" : "", m->value,
                          m->unit ? " " : "", m->unit ? m->unit : "");
}

static const char *
status_label (CorCellStatus status)
{
  switch (status)
    {
    case COR_CELL_SUPPORTS: return _("supports");
    case COR_CELL_PARTIAL: return _("partial");
    case COR_CELL_CONFLICTS: return _("conflicts");
    case COR_CELL_ABSENT:
    default:
      return _("absent");
    }
}

static const char *
agreement_label (CorAgreement agreement)
{
  switch (agreement)
    {
    case COR_AGREEMENT_AGREED: return _("agreed");
    case COR_AGREEMENT_PARTIAL: return _("partial");
    case COR_AGREEMENT_CONFLICT: return _("conflict");
    case COR_AGREEMENT_SINGLE:
    default:
      return _("single");
    }
}

/* A report's words, isolated (cor-export-bidi.h): @html isolates them
 * all, as <bdi>; the other formats only those that need it. */
static char *
isolated (const char *text,
          gboolean    html)
{
  GString *out = g_string_sized_new (strlen (text) + 8);

  cor_export_bidi_isolate (out, text, html);
  return g_string_free (out, FALSE);
}

static char *
source_heading (CorFactTable *table,
                guint         i,
                gboolean      html)
{
  /* The name people know the report by: a rename, the outlet, never a path. */
  return isolated (cor_source_get_label (g_ptr_array_index (table->sources, i)), html);
}

static char *
values_text (CorFact  *fact,
             gboolean  html)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < fact->values->len; i++)
    {
      g_autofree char *v = format_value (g_ptr_array_index (fact->values, i));

      if (out->len)
        g_string_append (out, "; ");
      cor_export_bidi_isolate (out, v, html);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The marker, the note and the quote of one cell, as plain text. */
static char *
cell_text (CorFact  *fact,
           guint     source,
           gboolean  html)
{
  CorCell *cell = cor_fact_get_cell (fact, source);
  GString *out;

  if (cell == NULL)
    return g_strdup (status_label (COR_CELL_ABSENT));

  out = g_string_new (status_label (cell->status));
  if (cell->overridden)
    /* Translators: after a marker the user set by hand, as in "conflicts (corrected)" */
    g_string_append (out, _(" (corrected)"));
  if (cell->note != NULL)
    {
      g_autofree char *note = isolated (cell->note, html);

      g_string_append_printf (out, " (%s)", note);
    }
  for (guint q = 0; q < cell->quotes->len; q++)
    {
      CorQuote *quote = g_ptr_array_index (cell->quotes, q);
      g_autofree char *words = isolated (quote->text, html);

      /* Translators: a report's own words after a cell's marker, as in
       * "supports: “…”"; use your language's quotation marks */
      g_string_append_printf (out, _(": “%s”"), words);
    }
  return g_string_free (out, FALSE);
}

/* What a spreadsheet runs as a formula when a cell starts with it, after
 * our isolate: the ASCII signs and the full-width ones some read too. */
static gboolean
starts_formula (const char *text)
{
  static const char *const signs[] = { "=", "+", "-", "@", "\t", "\r",
                                       "\xef\xbc\x9d", "\xef\xbc\x8b", "\xef\xbc\x8d",
                                       "\xef\xbc\xa0" };

  if (g_str_has_prefix (text, COR_EXPORT_BIDI_FSI))
    text += strlen (COR_EXPORT_BIDI_FSI);
  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    if (g_str_has_prefix (text, signs[i]))
      return TRUE;
  return FALSE;
}

static void
csv_field (GString    *out,
           const char *text)
{
  g_string_append_c (out, '"');
  /* Neutralise what a spreadsheet would run as a formula. */
  if (starts_formula (text))
    g_string_append_c (out, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
csv_row (GString  *out,
         GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      csv_field (out, g_ptr_array_index (fields, i));
    }
  g_string_append (out, "\r\n");
}

static GPtrArray *
header_fields (CorFactTable *table,
               gboolean      html)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (fields, g_strdup (_("Fact")));
  g_ptr_array_add (fields, g_strdup (_("Agreement")));
  g_ptr_array_add (fields, g_strdup (_("Support")));
  g_ptr_array_add (fields, g_strdup (_("Values")));
  for (guint i = 0; i < table->sources->len; i++)
    g_ptr_array_add (fields, source_heading (table, i, html));
  return fields;
}

static GPtrArray *
fact_fields (CorFactTable *table,
             CorFact      *fact,
             gboolean      html)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  guint independent = cor_stories_count_independent (table, fact);
  g_autofree char *summary = cor_export_fact_text (fact);
  char *support;

  g_ptr_array_add (fields, isolated (summary, html));
  if (fact->edited)
    /* Translators: a row the user merged or split, as in "agreed (edited)" */
    g_ptr_array_add (fields, g_strdup_printf (_("%s (edited)"), agreement_label (fact->agreement)));
  else
    g_ptr_array_add (fields, g_strdup (agreement_label (fact->agreement)));
  /* Translators: how many reports state a fact, e.g. "3 of 4" */
  support = g_strdup_printf (ngettext ("%u of %u", "%u of %u", table->sources->len),
                             fact->support, table->sources->len);
  /* Copies of one text count once: "30 of 30, 1 independent account". */
  if (independent < fact->support)
    {
      g_autofree char *count = support;
      g_autofree char *accounts = g_strdup_printf (ngettext ("%u independent account",
                                                             "%u independent accounts", independent),
                                                   independent);

      /* Translators: "30 reports" and "1 independent account" */
      support = g_strdup_printf (_("%s, %s"), count, accounts);
    }
  g_ptr_array_add (fields, support);
  g_ptr_array_add (fields, values_text (fact, html));
  for (guint i = 0; i < table->sources->len; i++)
    g_ptr_array_add (fields, cell_text (fact, i, html));
  return fields;
}

GBytes *
cor_export_csv (CorFactTable *table)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) header = header_fields (table, FALSE);

  csv_row (out, header);
  for (guint i = 0; i < table->facts->len; i++)
    {
      g_autoptr(GPtrArray) fields = fact_fields (table, g_ptr_array_index (table->facts, i), FALSE);
      csv_row (out, fields);
    }
  return g_string_free_to_bytes (out);
}

static void
markdown_cell (GString    *out,
               const char *text)
{
  g_string_append_c (out, ' ');
  for (const char *p = text; *p; p++)
    {
      if (*p == '|' || *p == '\\' || *p == '`' || *p == '*' || *p == '_' || *p == '[' || *p == ']')
        g_string_append_c (out, '\\');
      if (*p == '\n' || *p == '\r')
        g_string_append (out, "<br>");
      else if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else if (*p == '&')
        g_string_append (out, "&amp;");
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, " |");
}

static void
markdown_row (GString   *out,
              GPtrArray *fields)
{
  g_string_append_c (out, '|');
  for (guint i = 0; i < fields->len; i++)
    markdown_cell (out, g_ptr_array_index (fields, i));
  g_string_append_c (out, '\n');
}

GBytes *
cor_export_markdown (CorFactTable *table)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) header = header_fields (table, FALSE);

  markdown_row (out, header);
  g_string_append_c (out, '|');
  for (guint i = 0; i < header->len; i++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');
  for (guint i = 0; i < table->facts->len; i++)
    {
      g_autoptr(GPtrArray) fields = fact_fields (table, g_ptr_array_index (table->facts, i), FALSE);
      markdown_row (out, fields);
    }
  return g_string_free_to_bytes (out);
}

/* Escapes @text, and writes the isolates around a report's words as
 * <bdi>: the words themselves have none left. */
static void
html_text (GString    *out,
           const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  const char *p = escaped;
  const char *mark;

  while ((mark = strstr (p, "\xe2\x81")) != NULL)
    {
      g_string_append_len (out, p, mark - p);
      if (g_str_has_prefix (mark, COR_EXPORT_BIDI_FSI))
        g_string_append (out, "<bdi>");
      else if (g_str_has_prefix (mark, COR_EXPORT_BIDI_PDI))
        g_string_append (out, "</bdi>");
      else
        g_string_append_len (out, mark, 3);
      p = mark + 3;
    }
  g_string_append (out, p);
}

/* What each marker means, in words, so the colours are never the only cue. */
static void
html_legend (GString *out)
{
  static const struct {
    CorCellStatus  status;
    const char    *meaning;
  } markers[] = {
    { COR_CELL_SUPPORTS, N_("the report states the fact") },
    { COR_CELL_PARTIAL, N_("the report states it with a different certainty, attribution or detail") },
    { COR_CELL_CONFLICTS, N_("the report contradicts it") },
    { COR_CELL_ABSENT, N_("the report does not mention it") },
  };

  g_string_append (out, "<h2>");
  html_text (out, _("Legend"));
  g_string_append (out, "</h2>\n<dl>\n");
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      g_string_append_printf (out, "<dt class=\"%s\">", cor_cell_status_to_string (markers[i].status));
      html_text (out, status_label (markers[i].status));
      g_string_append (out, "</dt><dd>");
      html_text (out, _(markers[i].meaning));
      g_string_append (out, "</dd>\n");
    }
  g_string_append (out, "</dl>\n");
}

GBytes *
cor_export_html (CorFactTable *table)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) header = header_fields (table, TRUE);

  /* The page is in the user's language, so it says which and which way it runs. */
  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n",
                          /* Translators: your language's BCP 47 code, e.g. "de" or "pt-BR" */
                          C_("language code", "en"),
                          /* Translators: "rtl" if your language runs right to left, else "ltr" */
                          g_strcmp0 (C_("text direction", "ltr"), "rtl") == 0 ? "rtl" : "ltr");
  g_string_append (out,
                   "<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "script-src 'none'; base-uri 'none'; form-action 'none'; "
                   "style-src 'unsafe-inline'; img-src data:\">\n<title>");
  html_text (out, _("Fact table"));
  g_string_append (out, "</title>\n<style>\n"
                   "body{font-family:sans-serif;margin:2em}"
                   "table{border-collapse:collapse}"
                   "th,td{border:1px solid #999;padding:.4em;vertical-align:top;text-align:start}"
                   ".supports{background:#dff0d8}.partial{background:#fcf8e3}"
                   ".conflicts{background:#f2dede}.absent{color:#777}"
                   ".overridden{background:#e8e0f4;outline:2px dashed #613583;outline-offset:-3px}\n"
                   "</style>\n</head>\n<body>\n<table>\n<caption>");
  html_text (out, _("Fact table"));
  g_string_append (out, "</caption>\n<thead><tr>");
  for (guint i = 0; i < header->len; i++)
    {
      g_string_append (out, "<th scope=\"col\">");
      html_text (out, g_ptr_array_index (header, i));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");
  for (guint f = 0; f < table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (table->facts, f);
      g_autoptr(GPtrArray) fields = fact_fields (table, fact, TRUE);

      g_string_append (out, "<tr>");
      for (guint i = 0; i < fields->len; i++)
        {
          const char *klass = "";
          const char *corrected = "";

          if (i >= 4)
            {
              CorCell *cell = cor_fact_get_cell (fact, i - 4);

              klass = cor_cell_status_to_string (cell ? cell->status : COR_CELL_ABSENT);
              if (cell != NULL && cell->overridden)
                corrected = " overridden";
            }
          if (i == 0)
            g_string_append (out, "<th scope=\"row\">");
          else
            g_string_append_printf (out, "<td class=\"%s%s\">", klass, corrected);
          html_text (out, g_ptr_array_index (fields, i));
          g_string_append (out, i == 0 ? "</th>" : "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
  html_legend (out);
  g_string_append (out, "</body>\n</html>\n");
  return g_string_free_to_bytes (out);
}
