/* cor-charset.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A sentence naming what kind of binary file @data is, or NULL when it
 * may be text. */
const char *cor_charset_sniff_binary    (const guint8  *data,
                                         gsize          size);
gboolean    cor_charset_is_pdf          (const guint8  *data,
                                         gsize          size);
/* The charset an HTML page declares in its first bytes, or NULL. */
char       *cor_charset_sniff_html_meta (const char    *data,
                                         gsize          size);
/* Decodes @data to UTF-8 with LF line ends, trying the BOM, @declared,
 * UTF-8 and Windows-1252 in that order. UTF-8 (with a BOM, declared, or
 * mostly UTF-8 already) that has bytes of no character in it keeps its
 * characters and has each such byte replaced with U+FFFD, counted in
 * @n_replaced; when they are more than a quarter of @data, it is no text.
 * A declared UTF-16 without a BOM is read as UTF-8, as the HTML standard
 * reads it. */
char       *cor_charset_decode          (const char    *data,
                                         gsize          size,
                                         const char    *declared,
                                         gsize         *out_length,
                                         gsize         *n_replaced,
                                         GError       **error);

G_END_DECLS
