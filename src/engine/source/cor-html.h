/* cor-html.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

gboolean  cor_html_looks_like_html (const char  *text,
                                    gsize        length);
/* @text parsed leniently as HTML, or NULL; free with xmlFreeDoc(). */
xmlDoc   *cor_html_parse           (const char  *text,
                                    gsize        length);
/* The article of the page @text as plain text, one block per line.
 * @parsed is @text from cor_html_parse() (its metadata read first), or
 * NULL; the function takes it. */
char     *cor_html_extract         (const char  *text,
                                    gsize        length,
                                    xmlDoc      *parsed,
                                    GError     **error);

G_END_DECLS
