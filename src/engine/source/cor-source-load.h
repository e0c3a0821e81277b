/* cor-source-load.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cor-source.h"

G_BEGIN_DECLS

/* Each loader returns a report, read or not: one that could not be read
 * carries the reason as its error (cor_source_get_error()). Reading goes
 * one way: bytes, decoded text, the article, its furniture removed, its
 * metadata, then the CorSource. */
CorSource *cor_source_load_path             (const char          *path,
                                             GCancellable        *cancellable);
CorSource *cor_source_load_bytes            (GBytes              *bytes,
                                             const char          *label,
                                             const char          *content_type_hint,
                                             GCancellable        *cancellable);
/* Text the user pasted, with the outlet and date they gave (or NULL). */
CorSource *cor_source_load_text             (const char          *text,
                                             const char          *name,
                                             const char          *published);
void       cor_source_load_uri_async        (const char          *uri,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
CorSource *cor_source_load_uri_finish       (GAsyncResult        *result,
                                             GError             **error);
CorSource *cor_source_load_uri              (const char          *uri,
                                             GCancellable        *cancellable);
/* As cor_source_load_uri(), with the whole-transfer time limit in
 * milliseconds (tests use a short one). */
CorSource *cor_source_load_uri_with_timeout (const char          *uri,
                                             guint                timeout_ms,
                                             GCancellable        *cancellable);
/* A web address (see cor_fetch_is_web_address()) or else a path. */
CorSource *cor_source_load_location         (const char          *location,
                                             GCancellable        *cancellable);

/* Reads @file whole through GIO, refusing a folder, a file that is not a
 * regular one and, before reading it, a file larger than @max_size
 * (COR_ERROR_TOO_LARGE). The errors give the reason only, in the system's
 * words; the caller names the file. Projects are read this way too. */
GBytes    *cor_source_load_file             (GFile               *file,
                                             gsize                max_size,
                                             GCancellable        *cancellable,
                                             GError             **error);

G_END_DECLS
