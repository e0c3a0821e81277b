/* cor-project.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "cor-source.h"

G_BEGIN_DECLS

/* The current version of the `.corroborate` project file. */
#define COR_PROJECT_VERSION 1

/* A saved comparison: the reports (their extracted text and metadata, so a
 * project opens without the original files), the strictness used, and the
 * user's corrections (cor-corrections.c reads and writes that node). */
typedef struct
{
  GPtrArray *sources;       /* CorSource */
  double     strictness;
  JsonNode  *corrections;   /* a JSON array, or NULL for none */
  JsonNode  *stories;       /* the user's moves and merges of stories
                             * (cor-story-edits.c): an array, or NULL */
} CorProject;

CorProject *cor_project_new  (void);
void        cor_project_free (CorProject  *project);

/* Writes a new file beside @path and renames it into place, so a crash or a
 * kill during saving leaves the previous file whole. */
gboolean    cor_project_save (CorProject  *project,
                              const char  *path,
                              GError     **error);

/* A truncated file, one that is not JSON, of a newer version, or that refers
 * to missing data fails with a COR_ERROR_PROJECT sentence; the file is never
 * written to. */
CorProject *cor_project_load (const char  *path,
                              GError     **error);
/* cor_project_load() in a thread: the file may be large, on a slow disk,
 * or not a file at all, and the window must not wait for it. */
void        cor_project_load_async  (const char          *path,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
CorProject *cor_project_load_finish (GAsyncResult        *result,
                                     GError             **error);

/* The file's contents, as cor_project_save() writes them. */
char       *cor_project_to_data   (CorProject  *project,
                                   gsize       *length);
/* cor_project_load() on data already read; @label names it in messages. */
CorProject *cor_project_load_data (const char  *data,
                                   gsize        length,
                                   const char  *label,
                                   GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorProject, cor_project_free)

G_END_DECLS
