/* cor-charset.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cor-charset.h"
#include "cor-types.h"

typedef struct
{
  const char *magic;
  gsize       length;
  const char *what;
} Magic;

/* Signatures of the binary files people drop by mistake. */
static const Magic magics[] = {
  { "\x89PNG\r\n\x1a\n", 8, N_("The file is an image, not a report.") },
  { "\xff\xd8\xff", 3, N_("The file is an image, not a report.") },
  { "GIF87a", 6, N_("The file is an image, not a report.") },
  { "GIF89a", 6, N_("The file is an image, not a report.") },
  { "II*\0", 4, N_("The file is an image, not a report.") },
  { "MM\0*", 4, N_("The file is an image, not a report.") },
  { "\x7f" "ELF", 4, N_("The file is a program, not a report.") },
  { "PK\x03\x04", 4, N_("The file is a compressed archive, not a report.") },
  { "\x1f\x8b", 2, N_("The file is a compressed archive, not a report.") },
  { "7z\xbc\xaf\x27\x1c", 6, N_("The file is a compressed archive, not a report.") },
  { "\xd0\xcf\x11\xe0", 4, N_("The file is in a binary office format, not text.") },
};

static gboolean
has_bom16 (const guint8 *data,
           gsize         size)
{
  return size >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff));
}

gboolean
cor_charset_is_pdf (const guint8 *data,
                    gsize         size)
{
  return size >= 5 && memcmp (data, "%PDF-", 5) == 0;
}

/* A RIFF container holding WebP is an image too. */
static gboolean
is_webp (const guint8 *data,
         gsize         size)
{
  return size >= 12 && memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WEBP", 4) == 0;
}

const char *
cor_charset_sniff_binary (const guint8 *data,
                          gsize         size)
{
  gsize probe = MIN (size, 8192);
  guint controls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (magics[i].what != NULL && size >= magics[i].length
        && memcmp (data, magics[i].magic, magics[i].length) == 0)
      return _(magics[i].what);

  if (is_webp (data, size))
    return _("The file is an image, not a report.");

  if (has_bom16 (data, size))
    return NULL;

  /* Text has no NUL bytes and few control characters; UTF-16 without a
   * BOM is rare enough in the wild to count as binary. */
  for (gsize i = 0; i < probe; i++)
    {
      if (data[i] == 0)
        return _("The file is binary, not text.");
      if (data[i] < 0x20 && data[i] != '\n' && data[i] != '\r' && data[i] != '\t'
          && data[i] != '\f' && data[i] != 0x1b)
        controls++;
    }
  if (controls > probe / 20 + 1)
    return _("The file is binary, not text.");

  return NULL;
}

/* UTF-16 without a byte order mark would have been refused as binary for
 * its NUL bytes: a page that declares it is UTF-8 (or ASCII) mislabelled,
 * and the HTML standard reads it as UTF-8. */
static gboolean
is_utf16_name (const char *charset)
{
  static const char *const names[] = { "utf-16", "utf-16le", "utf-16be", "utf16", "unicode",
                                       "ucs-2", "iso-10646-ucs-2", "csunicode", NULL };

  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (charset, names[i]) == 0)
      return TRUE;
  return FALSE;
}

char *
cor_charset_sniff_html_meta (const char *data,
                             gsize       size)
{
  gsize probe = MIN (size, 4096);
  g_autofree char *head = g_ascii_strdown (data, probe);
  const char *at = head;

  while ((at = strstr (at, "charset")) != NULL)
    {
      const char *p = at + strlen ("charset");
      gsize n = 0;

      at = p;
      while (*p == ' ')
        p++;
      if (*p != '=')
        continue;
      p++;
      while (*p == ' ' || *p == '"' || *p == '\'')
        p++;
      while (g_ascii_isalnum (p[n]) || p[n] == '-' || p[n] == '_' || p[n] == ':' || p[n] == '.')
        n++;
      if (n > 0 && n < 40)
        {
          g_autofree char *charset = g_strndup (p, n);

          /* What the HTML standard makes of these two in a page. */
          if (is_utf16_name (charset))
            return g_strdup ("utf-8");
          if (g_ascii_strcasecmp (charset, "x-user-defined") == 0)
            return g_strdup ("windows-1252");
          return g_steal_pointer (&charset);
        }
    }
  return NULL;
}

/* Normalises line ends to LF and drops NUL and other C0 controls, so that
 * everything downstream sees one kind of text. */
static char *
normalise (char  *text,
           gsize  length,
           gsize *out_length)
{
  gsize j = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = text[i];

      if (c == '\r')
        {
          text[j++] = '\n';
          if (i + 1 < length && text[i + 1] == '\n')
            i++;
        }
      else if (c == '\f' || c == '\v')
        text[j++] = '\n';
      else if (c >= 0x20 || c == '\n' || c == '\t')
        text[j++] = c;
    }
  text[j] = '\0';
  *out_length = j;
  return text;
}

static gboolean
is_utf8_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "utf-8") == 0 || g_ascii_strcasecmp (charset, "utf8") == 0;
}

/* Windows-1252 is what browsers use for "latin1" and "ascii" too. */
static const char *
iconv_name (const char *charset)
{
  if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0 || g_ascii_strcasecmp (charset, "latin1") == 0
      || g_ascii_strcasecmp (charset, "us-ascii") == 0 || g_ascii_strcasecmp (charset, "ascii") == 0)
    return "WINDOWS-1252";
  return charset;
}

static char *
try_convert (const char *data,
             gsize       size,
             const char *charset,
             gsize      *out_length)
{
  g_autoptr(GError) error = NULL;
  gsize read = 0;
  char *text;

  text = g_convert (data, size, "UTF-8", iconv_name (charset), &read, out_length, &error);
  if (text != NULL && read == size && g_utf8_validate (text, *out_length, NULL))
    return text;
  g_free (text);
  return NULL;
}

/* Counts the characters of two bytes or more that are valid UTF-8, and the
 * bytes that are not; a NUL is neither (it is dropped later). */
static void
count_utf8 (const char *data,
            gsize       size,
            gsize      *n_multibyte,
            gsize      *n_invalid)
{
  const char *p = data, *end = data + size, *bad;

  *n_multibyte = *n_invalid = 0;
  for (;;)
    {
      gboolean valid = g_utf8_validate_len (p, end - p, &bad);

      for (const char *q = p; q < bad; q++)
        *n_multibyte += (guchar) *q >= 0xc0;
      if (valid)
        return;
      *n_invalid += *bad != '\0';
      p = bad + 1;
    }
}

/* @data as UTF-8, each byte that is not part of valid UTF-8 replaced with
 * U+FFFD, so one stray byte costs one character and not the file. */
static char *
decode_utf8 (const char *data,
             gsize       size,
             gsize      *out_length,
             gsize      *n_replaced)
{
  GString *out = g_string_sized_new (size + 1);
  const char *p = data, *end = data + size, *bad;

  *n_replaced = 0;
  while (!g_utf8_validate_len (p, end - p, &bad))
    {
      g_string_append_len (out, p, bad - p);
      if (*bad != '\0')
        {
          g_string_append (out, "\xef\xbf\xbd");
          (*n_replaced)++;
        }
      p = bad + 1;
    }
  g_string_append_len (out, p, end - p);
  *out_length = out->len;
  return g_string_free (out, FALSE);
}

/* Text without a BOM that is not valid UTF-8: mostly UTF-8 with a few bad
 * bytes (a damaged file, a bad copy) keeps its UTF-8; text with no UTF-8
 * characters in it is Windows-1252, as browsers read it. */
static char *
decode_unlabelled (const char *data,
                   gsize       size,
                   gsize      *out_length,
                   gsize      *n_replaced)
{
  gsize n_multibyte, n_invalid;
  char *text;

  count_utf8 (data, size, &n_multibyte, &n_invalid);
  if (n_multibyte == 0 || n_multibyte < n_invalid)
    {
      text = try_convert (data, size, "WINDOWS-1252", out_length);
      if (text != NULL)
        return text;
    }
  return decode_utf8 (data, size, out_length, n_replaced);
}

static char *
decode_bom (const guint8 *data,
            gsize         size,
            gsize        *out_length,
            gsize        *n_replaced)
{
  if (size >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    return decode_utf8 ((const char *)data + 3, size - 3, out_length, n_replaced);
  if (data[0] == 0xff)
    return try_convert ((const char *)data + 2, size - 2, "UTF-16LE", out_length);
  return try_convert ((const char *)data + 2, size - 2, "UTF-16BE", out_length);
}

char *
cor_charset_decode (const char  *data,
                    gsize        size,
                    const char  *declared,
                    gsize       *out_length,
                    gsize       *n_replaced,
                    GError     **error)
{
  const guint8 *bytes = (const guint8 *)data;
  char *text = NULL;
  gsize length = 0;

  *n_replaced = 0;
  /* A declared UTF-8 is often Windows-1252 mislabelled: the bytes decide. */
  if (declared != NULL && (is_utf8_name (declared) || is_utf16_name (declared)))
    declared = NULL;
  if ((size >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf) || has_bom16 (bytes, size))
    text = decode_bom (bytes, size, &length, n_replaced);
  else
    {
      if (declared != NULL)
        text = try_convert (data, size, declared, &length);
      if (text == NULL && g_utf8_validate_len (data, size, NULL))
        {
          text = g_strndup (data, size);
          length = size;
        }
      if (text == NULL)
        text = decode_unlabelled (data, size, &length, n_replaced);
    }

  /* A few bad bytes are damage in a text; a quarter of them is no text. */
  if (text != NULL && *n_replaced > size / 4)
    g_clear_pointer (&text, g_free);
  if (text == NULL)
    {
      g_set_error_literal (error, COR_ERROR, COR_ERROR_ENCODING,
                           _("The file is not text in any encoding Corroborate knows "
                             "(UTF-8, UTF-16 or Windows-1252)."));
      return NULL;
    }

  return normalise (text, length, out_length);
}
