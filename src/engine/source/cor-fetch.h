/* cor-fetch.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Whether @text is an http or https address with a host: what Corroborate
 * fetches rather than opens as a file. */
gboolean  cor_fetch_is_web_address (const char    *text);
/* The body of @uri (at most COR_SOURCE_MAX_SIZE bytes), its content type
 * and its charset. */
GBytes   *cor_fetch                (const char    *uri,
                                    guint          timeout_ms,
                                    char         **content_type,
                                    char         **charset,
                                    GCancellable  *cancellable,
                                    GError       **error);

G_END_DECLS
