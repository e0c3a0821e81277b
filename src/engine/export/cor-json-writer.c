/* cor-json-writer.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-json-writer.h"

void
cor_json_writer_init (CorJsonWriter *writer,
                      GString       *out)
{
  memset (writer, 0, sizeof *writer);
  writer->out = out;
}

/* One append per line: a new line and two spaces a level. */
static void
newline_and_indent (CorJsonWriter *writer,
                    guint          depth)
{
  static const char indent[] = "\n                                                                                ";

  G_STATIC_ASSERT (sizeof indent >= 2 * COR_JSON_WRITER_MAX_DEPTH + 2);
  g_string_append_len (writer->out, indent, 1 + 2 * depth);
}

/* Before a value in an array or a name in an object: the comma after the
 * previous item, then a new line at the item's depth. A value that follows
 * its name goes on the same line. */
static void
before_item (CorJsonWriter *writer)
{
  if (writer->after_name)
    {
      writer->after_name = FALSE;
      return;
    }
  if (writer->depth == 0)
    return;
  if (writer->has_items[writer->depth])
    g_string_append_c (writer->out, ',');
  writer->has_items[writer->depth] = TRUE;
  newline_and_indent (writer, writer->depth);
}

static void
begin (CorJsonWriter *writer,
       char           open)
{
  before_item (writer);
  g_return_if_fail (writer->depth + 1 < COR_JSON_WRITER_MAX_DEPTH);
  g_string_append_c (writer->out, open);
  writer->depth++;
  writer->has_items[writer->depth] = FALSE;
}

/* An empty container closes at once: "[]", "{}" (json-glib pads an empty
 * object with spaces; the exports never write one). */
static void
end (CorJsonWriter *writer,
     char           close)
{
  g_return_if_fail (writer->depth > 0);
  if (writer->has_items[writer->depth])
    newline_and_indent (writer, writer->depth - 1);
  writer->depth--;
  g_string_append_c (writer->out, close);
}

void
cor_json_writer_begin_object (CorJsonWriter *writer)
{
  begin (writer, '{');
}

void
cor_json_writer_end_object (CorJsonWriter *writer)
{
  end (writer, '}');
}

void
cor_json_writer_begin_array (CorJsonWriter *writer)
{
  begin (writer, '[');
}

void
cor_json_writer_end_array (CorJsonWriter *writer)
{
  end (writer, ']');
}

void
cor_json_writer_name (CorJsonWriter *writer,
                      const char    *name)
{
  before_item (writer);
  cor_json_append_string (writer->out, name);
  g_string_append_len (writer->out, " : ", 3);
  writer->after_name = TRUE;
}

/* Escapes what JSON requires (quote, backslash, every control character)
 * and DEL, as json-glib does, so exports keep their bytes (json-glib alone
 * lets U+001F through raw, which is not JSON); everything else, UTF-8
 * included, is copied as it is, a run at a time. */
void
cor_json_append_string (GString    *out,
                        const char *value)
{
  const char *run = value;
  const char *p;

  g_string_append_c (out, '"');
  for (p = value; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape = NULL;
      char buf[8];

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          g_snprintf (buf, sizeof buf, "\\u%04x", c);
          escape = buf;
          break;
        }
      g_string_append_len (out, run, p - run);
      g_string_append (out, escape);
      run = p + 1;
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

void
cor_json_writer_string (CorJsonWriter *writer,
                        const char    *value)
{
  before_item (writer);
  if (value != NULL)
    cor_json_append_string (writer->out, value);
  else
    g_string_append_len (writer->out, "null", 4);
}

void
cor_json_writer_int (CorJsonWriter *writer,
                     gint64         value)
{
  char buf[24], *p = buf + sizeof buf;
  guint64 magnitude = value < 0 ? -(guint64)value : (guint64)value;

  /* By hand, not printf: an export of a thousand reports writes hundreds
   * of thousands of offsets. */
  before_item (writer);
  do
    *--p = '0' + magnitude % 10;
  while ((magnitude /= 10) != 0);
  if (value < 0)
    *--p = '-';
  g_string_append_len (writer->out, p, buf + sizeof buf - p);
}

/* "%.17g", as json-glib prints doubles, so every double reads back the same;
 * g_ascii_dtostr writes a '.' whatever the locale. An integral double keeps
 * json-glib's ".0" so it reads back as a double; unlike json-glib, no ".0"
 * is glued to an exponent ("1e+22") and infinities are null, so the output
 * stays JSON. */
void
cor_json_writer_double (CorJsonWriter *writer,
                        double         value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  before_item (writer);
  if (!isfinite (value))
    {
      g_string_append_len (writer->out, "null", 4);
      return;
    }
  g_ascii_dtostr (buf, sizeof buf, value);
  g_string_append (writer->out, buf);
  if (strpbrk (buf, ".eE") == NULL)
    g_string_append_len (writer->out, ".0", 2);
}

void
cor_json_writer_boolean (CorJsonWriter *writer,
                         gboolean       value)
{
  before_item (writer);
  g_string_append (writer->out, value ? "true" : "false");
}

void
cor_json_writer_string_member (CorJsonWriter *writer,
                               const char    *name,
                               const char    *value)
{
  cor_json_writer_name (writer, name);
  cor_json_writer_string (writer, value);
}

void
cor_json_writer_int_member (CorJsonWriter *writer,
                            const char    *name,
                            gint64         value)
{
  cor_json_writer_name (writer, name);
  cor_json_writer_int (writer, value);
}
