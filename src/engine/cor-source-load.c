/* cor-source-load.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <glib/gi18n.h>

#include <gio/gunixinputstream.h>

#include "cor-source-private.h"

static void
fail (CorSource  *self,
      CorError    code,
      const char *message)
{
  g_autoptr(GError) error = g_error_new_literal (COR_ERROR, code, message);

  cor_source_set_error (self, error);
}

gboolean
cor_source_read_bytes (CorSource    *self,
                       GBytes       *bytes,
                       const char   *content_type_hint,
                       GCancellable *cancellable)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = NULL;

  if (size == 0)
    {
      fail (self, COR_ERROR_EMPTY, _("the file is empty"));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, size, NULL))
    {
      fail (self, COR_ERROR_ENCODING, _("the text is not valid UTF-8"));
      return FALSE;
    }

  text = g_strndup (data, size);
  cor_source_set_text (self, text);
  return TRUE;
}

CorSource *
cor_source_load_bytes (GBytes       *bytes,
                       const char   *label,
                       const char   *content_type_hint,
                       GCancellable *cancellable)
{
  CorSource *self = cor_source_new ();

  cor_source_set_name (self, label);
  cor_source_read_bytes (self, bytes, content_type_hint, cancellable);
  return self;
}

CorSource *
cor_source_load_path (const char   *path,
                      GCancellable *cancellable)
{
  CorSource *self = cor_source_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  cor_source_set_path (self, path);

  if (g_strcmp0 (path, "-") == 0)
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);

      cor_source_set_name (self, _("Standard input"));
      bytes = g_input_stream_read_bytes (in, COR_SOURCE_MAX_SIZE + 1, cancellable, &error);
    }
  else
    {
      file = g_file_new_for_commandline_arg (path);
      basename = g_file_get_basename (file);
      cor_source_set_name (self, basename);
      bytes = g_file_load_bytes (file, cancellable, NULL, &error);
    }

  if (bytes == NULL)
    {
      cor_source_set_error (self, error);
      return self;
    }

  cor_source_read_bytes (self, bytes, NULL, cancellable);
  return self;
}

CorSource *
cor_source_load_uri (const char   *uri,
                     GCancellable *cancellable)
{
  CorSource *self = cor_source_new ();

  cor_source_set_uri (self, uri);
  fail (self, COR_ERROR_UNSUPPORTED, _("web addresses cannot be read yet"));
  return self;
}

static void
load_uri_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  g_task_return_pointer (task, cor_source_load_uri (task_data, cancellable), g_object_unref);
}

void
cor_source_load_uri_async (const char          *uri,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, cor_source_load_uri_async);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_run_in_thread (task, load_uri_thread);
}

CorSource *
cor_source_load_uri_finish (GAsyncResult  *result,
                            GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
