/* cor-pdf.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <poppler.h>

#include "cor-pdf.h"
#include "cor-source.h"

/* PDF text comes as printed lines; a paragraph runs on until a blank line
 * or a line that stops short of the column's width with a sentence end. */
static char *
reflow (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  glong width = 0;
  gboolean open = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    width = MAX (width, g_utf8_strlen (g_strstrip (lines[i]), -1));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gsize n = strlen (line);

      if (n == 0)
        {
          if (open)
            g_string_append_c (out, '\n');
          open = FALSE;
          continue;
        }
      if (open)
        {
          /* Re-join a word the line end hyphenated. */
          if (out->len > 1 && out->str[out->len - 1] == '-' && g_ascii_isalpha (out->str[out->len - 2])
              && g_ascii_islower (line[0]))
            g_string_truncate (out, out->len - 1);
          else
            g_string_append_c (out, ' ');
        }
      g_string_append (out, line);
      open = TRUE;
      if (strchr (".!?:\"”", line[n - 1]) != NULL && g_utf8_strlen (line, -1) < width * 3 / 4)
        {
          g_string_append_c (out, '\n');
          open = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

/* When the document was made, as its producer recorded it: a date that
 * serves only when the text itself gives none. */
static void
offer_creation_date (PopplerDocument *doc,
                     CorMetadata     *meta)
{
  g_autoptr(GDateTime) created = poppler_document_get_creation_date_time (doc);
  g_autofree char *date = NULL;

  if (created == NULL)
    return;
  date = g_date_time_format (created, "%Y-%m-%d");
  cor_metadata_offer_published (meta, date, COR_PUBLISHED_FROM_METADATA);
}

char *
cor_pdf_extract (GBytes       *bytes,
                 CorMetadata  *meta,
                 GError      **error)
{
  g_autoptr(GObject) owner = NULL;
  PopplerDocument *doc;
  g_autoptr(GError) local = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  GString *out;
  int pages;

  doc = poppler_document_new_from_bytes (bytes, NULL, &local);
  owner = G_OBJECT (doc);
  if (doc == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error_literal (error, COR_ERROR, COR_ERROR_UNSUPPORTED,
                             _("The PDF is protected by a password."));
      else
        g_set_error_literal (error, COR_ERROR, COR_ERROR_UNSUPPORTED,
                             _("The PDF is damaged and cannot be read."));
      return NULL;
    }

  title = poppler_document_get_title (doc);
  author = poppler_document_get_author (doc);
  cor_metadata_offer (&meta->title, title);
  cor_metadata_offer (&meta->byline, author);
  offer_creation_date (doc, meta);

  out = g_string_new (NULL);
  pages = poppler_document_get_n_pages (doc);
  for (int i = 0; i < pages && out->len <= COR_SOURCE_MAX_SIZE; i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *text = page ? poppler_page_get_text (page) : NULL;
      g_autofree char *flowed = NULL;

      g_clear_object (&page);
      if (text == NULL)
        continue;
      flowed = reflow (text);
      g_string_append (out, flowed);
      g_string_append_c (out, '\n');
    }

  if (*g_strstrip (out->str) == '\0')
    {
      g_string_free (out, TRUE);
      g_set_error_literal (error, COR_ERROR, COR_ERROR_NO_TEXT,
                           _("The PDF has no text layer; it may be a scanned image."));
      return NULL;
    }
  return g_string_free (out, FALSE);
}
