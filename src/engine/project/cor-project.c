/* cor-project.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-project"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-json-guard.h"
#include "cor-json-writer.h"
#include "cor-project.h"
#include "cor-source-load.h"

#define FORMAT_NAME "corroborate.project"

/* A project holds the text of its reports, so it may be large; but a file
 * far beyond what any comparison needs is a mistake, not a project. */
#define MAX_PROJECT_SIZE ((gsize) 1024 * 1024 * 1024)
/* A project is four levels deep: leave room for what later versions add,
 * and none for a stack overflow in the parser. */
#define MAX_PROJECT_DEPTH 32
G_STATIC_ASSERT (MAX_PROJECT_DEPTH < COR_JSON_WRITER_MAX_DEPTH);
/* About a dozen values a report and a handful a correction: room for
 * MAX_PROJECT_SOURCES reports and as many corrections, and no more nodes
 * than the memory holds. */
#define MAX_PROJECT_VALUES ((gsize) 4 * 1000 * 1000)
#define MAX_PROJECT_SOURCES 100000

static const char * const kind_names[] = {
  [COR_SOURCE_KIND_TEXT] = "text",
  [COR_SOURCE_KIND_HTML] = "html",
  [COR_SOURCE_KIND_MARKDOWN] = "markdown",
  [COR_SOURCE_KIND_PDF] = "pdf",
  [COR_SOURCE_KIND_PASTED] = "pasted",
};

CorProject *
cor_project_new (void)
{
  CorProject *self = g_new0 (CorProject, 1);

  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->strictness = 0.5;
  return self;
}

void
cor_project_free (CorProject *project)
{
  if (project == NULL)
    return;

  g_clear_pointer (&project->sources, g_ptr_array_unref);
  g_clear_pointer (&project->corrections, json_node_unref);
  g_clear_pointer (&project->stories, json_node_unref);
  g_free (project);
}

/* Saving. The project is written with the exports' JSON writer, not
 * json-glib's generator: json-glib 1.6 writes 1e308 as "1e+308.0", which
 * no parser reads, so a project holding such a number (a correction of a
 * later version, say) saved but never opened again. */

static void
write_node (CorJsonWriter *w,
            JsonNode      *node);

static void
write_member (JsonObject  *object,
              const char  *name,
              JsonNode    *node,
              gpointer     w)
{
  cor_json_writer_name (w, name);
  write_node (w, node);
}

static void
write_element (JsonArray *array,
               guint      index,
               JsonNode  *node,
               gpointer   w)
{
  write_node (w, node);
}

/* A value kept as it was read (corrections, story edits): at most
 * MAX_PROJECT_DEPTH deep, as the guard let in. */
static void
write_node (CorJsonWriter *w,
            JsonNode      *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      cor_json_writer_begin_object (w);
      json_object_foreach_member (json_node_get_object (node), write_member, w);
      cor_json_writer_end_object (w);
      break;
    case JSON_NODE_ARRAY:
      cor_json_writer_begin_array (w);
      json_array_foreach_element (json_node_get_array (node), write_element, w);
      cor_json_writer_end_array (w);
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_INT64)
        cor_json_writer_int (w, json_node_get_int (node));
      else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        cor_json_writer_double (w, json_node_get_double (node));
      else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        cor_json_writer_boolean (w, json_node_get_boolean (node));
      else
        cor_json_writer_string (w, json_node_get_string (node));
      break;
    case JSON_NODE_NULL:
    default:
      cor_json_writer_string (w, NULL);
      break;
    }
}

static void
write_source (CorJsonWriter *w,
              CorSource     *source)
{
  CorSourceKind kind = cor_source_get_kind (source);
  guint n_fields;
  const CorSourceField *fields = cor_source_get_fields (&n_fields);

  cor_json_writer_begin_object (w);
  for (guint i = 0; i < n_fields; i++)
    cor_json_writer_string_member (w, fields[i].name, fields[i].get (source));
  cor_json_writer_string_member (w, "kind", kind < G_N_ELEMENTS (kind_names) ? kind_names[kind] : "text");
  /* A report that could not be read is kept, with no text, as it was in
   * the table. */
  cor_json_writer_string_member (w, "text", cor_source_get_text (source));
  cor_json_writer_end_object (w);
}

char *
cor_project_to_data (CorProject *project,
                     gsize      *length)
{
  GString *out;
  CorJsonWriter w;

  g_return_val_if_fail (project != NULL, NULL);

  out = g_string_new (NULL);
  cor_json_writer_init (&w, out);
  cor_json_writer_begin_object (&w);
  cor_json_writer_string_member (&w, "format", FORMAT_NAME);
  cor_json_writer_int_member (&w, "version", COR_PROJECT_VERSION);
  cor_json_writer_name (&w, "strictness");
  cor_json_writer_double (&w, project->strictness);
  cor_json_writer_name (&w, "sources");
  cor_json_writer_begin_array (&w);
  for (guint i = 0; i < project->sources->len; i++)
    write_source (&w, g_ptr_array_index (project->sources, i));
  cor_json_writer_end_array (&w);
  /* Only a project whose stories were corrected has the member. */
  if (project->stories != NULL)
    {
      cor_json_writer_name (&w, "stories");
      write_node (&w, project->stories);
    }
  cor_json_writer_name (&w, "corrections");
  if (project->corrections != NULL)
    write_node (&w, project->corrections);
  else
    {
      cor_json_writer_begin_array (&w);
      cor_json_writer_end_array (&w);
    }
  cor_json_writer_end_object (&w);

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
cor_project_save (CorProject  *project,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = cor_project_to_data (project, &length);
  /* A new file beside the old one, flushed to the disk and renamed over
   * it: at every instant @path is the old project or the new one, whole. */
  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0666, &local))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not save the project “%s”: %s."),
                   display, local->message);
      return FALSE;
    }
  return TRUE;
}

/* Loading */

static gboolean
damaged (GError     **error,
         const char  *label,
         const char  *field)
{
  g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
               /* Translators: the first %s is a file name, the second a field name of the file */
               _("The project “%s” is damaged: the field “%s” is missing or wrong."),
               label, field);
  return FALSE;
}

static gboolean
damaged_source (GError     **error,
                const char  *label,
                guint        index,
                const char  *field)
{
  g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
               /* Translators: %s is a file name, %u the report's number, the last %s a field name */
               _("The project “%s” is damaged: report %u has no valid field “%s”."),
               label, index + 1, field);
  return FALSE;
}

/* Reads an optional string member: absent and null are NULL; anything else
 * that is not a string of valid UTF-8 is damage. */
static gboolean
get_string (JsonObject  *object,
            const char  *name,
            gboolean     required,
            const char **value)
{
  JsonNode *node = json_object_get_member (object, name);

  *value = NULL;
  if (node == NULL)
    return !required;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *value = json_node_get_string (node);
  return g_utf8_validate (*value, -1, NULL);
}

static CorSource *
source_from_json (JsonNode    *node,
                  guint        index,
                  const char  *label,
                  GError     **error)
{
  g_autoptr(CorSource) source = cor_source_new ();
  guint n_fields;
  const CorSourceField *fields = cor_source_get_fields (&n_fields);
  JsonObject *object;
  const char *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      damaged_source (error, label, index, "name");
      return NULL;
    }
  object = json_node_get_object (node);

  for (guint i = 0; i < n_fields; i++)
    {
      if (!get_string (object, fields[i].name, FALSE, &value))
        {
          damaged_source (error, label, index, fields[i].name);
          return NULL;
        }
      fields[i].set (source, value);
    }

  if (!get_string (object, "kind", FALSE, &value))
    {
      damaged_source (error, label, index, "kind");
      return NULL;
    }
  for (guint k = 0; value != NULL && k < G_N_ELEMENTS (kind_names); k++)
    if (g_str_equal (value, kind_names[k]))
      cor_source_set_kind (source, k);

  /* The text is what the comparison is made of: a report without the
   * member lost its data; null marks one that could not be read. */
  if (!get_string (object, "text", TRUE, &value))
    {
      damaged_source (error, label, index, "text");
      return NULL;
    }
  if (value != NULL && strlen (value) > COR_SOURCE_MAX_SIZE)
    {
      /* The cap on a report holds however it arrives. */
      g_autofree char *message = g_strdup_printf (_("The report’s text is larger than %u MB, the most "
                                                    "Corroborate reads."),
                                                  COR_SOURCE_MAX_SIZE / (1024 * 1024));
      g_autoptr(GError) large = g_error_new_literal (COR_ERROR, COR_ERROR_TOO_LARGE, message);

      cor_source_set_error (source, large);
    }
  else if (value != NULL)
    cor_source_set_text (source, value);
  else
    {
      g_autoptr(GError) unread = g_error_new_literal (COR_ERROR, COR_ERROR_NO_TEXT,
                                                      _("the report could not be read when the project was saved"));
      cor_source_set_error (source, unread);
    }

  return g_steal_pointer (&source);
}

static gboolean
project_from_json (CorProject  *project,
                   JsonNode    *root,
                   const char  *label,
                   GError     **error)
{
  JsonObject *object;
  JsonNode *node;
  JsonArray *sources;
  gint64 version;

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  node = object ? json_object_get_member (object, "format") : NULL;
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), FORMAT_NAME) != 0)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("“%s” is not a Corroborate project."), label);
      return FALSE;
    }

  node = json_object_get_member (object, "version");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1)
    return damaged (error, label, "version");
  version = json_node_get_int (node);
  if (version > COR_PROJECT_VERSION)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   /* Translators: %s is a file name, the number the file's format version */
                   _("The project “%s” was saved by a newer version of Corroborate "
                     "(file format %lld); update Corroborate to open it."),
                   label, (long long) version);
      return FALSE;
    }

  node = json_object_get_member (object, "strictness");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
       json_node_get_value_type (node) != G_TYPE_INT64) ||
      !(json_node_get_double (node) >= 0.0 && json_node_get_double (node) <= 1.0))
    return damaged (error, label, "strictness");
  project->strictness = json_node_get_double (node);

  node = json_object_get_member (object, "sources");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return damaged (error, label, "sources");
  sources = json_node_get_array (node);
  if (json_array_get_length (sources) > MAX_PROJECT_SOURCES)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   /* Translators: %s is a file name, %u the most reports a project may hold */
                   ngettext ("The project “%s” holds more than %u report, the most Corroborate opens.",
                             "The project “%s” holds more than %u reports, the most Corroborate opens.",
                             MAX_PROJECT_SOURCES),
                   label, MAX_PROJECT_SOURCES);
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      CorSource *source = source_from_json (json_array_get_element (sources, i), i, label, error);

      if (source == NULL)
        return FALSE;
      g_ptr_array_add (project->sources, source);
    }

  /* Corrections belong to cor-corrections.c; here they only have to be a
   * list. An absent member is a project with none. */
  node = json_object_get_member (object, "corrections");
  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    return damaged (error, label, "corrections");
  if (node != NULL && json_array_get_length (json_node_get_array (node)) > 0)
    project->corrections = json_node_copy (node);

  node = json_object_get_member (object, "stories");
  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    return damaged (error, label, "stories");
  if (node != NULL && json_array_get_length (json_node_get_array (node)) > 0)
    project->stories = json_node_copy (node);

  return TRUE;
}

G_GNUC_PRINTF (2, 3) static gboolean
refuse (GError     **error,
        const char  *format,
        ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (COR_ERROR, COR_ERROR_PROJECT, format, args);
  va_end (args);
  return FALSE;
}

/* Parses @data through the guard, so that no file can overflow the stack,
 * exhaust the memory or cut a string on its way through json-glib. */
static gboolean
parse (JsonParser  *parser,
       const char  *data,
       gsize        length,
       const char  *label,
       GError     **error)
{
  switch (cor_json_guard_load (parser, data, length, MAX_PROJECT_DEPTH, MAX_PROJECT_VALUES))
    {
    case COR_JSON_GUARD_OK:
      return TRUE;
    case COR_JSON_GUARD_TOO_DEEP:
      /* Translators: %s is a file name */
      return refuse (error, _("The project “%s” is damaged: its data is nested far deeper "
                              "than a Corroborate project’s."), label);
    case COR_JSON_GUARD_TOO_MANY:
      /* Translators: %s is a file name */
      return refuse (error, _("The project “%s” holds more data than Corroborate can open."),
                     label);
    case COR_JSON_GUARD_BAD_ESCAPE:
    case COR_JSON_GUARD_DAMAGED:
    default:
      /* Translators: %s is a file name */
      return refuse (error, _("The project “%s” is incomplete or damaged, perhaps because saving "
                              "it was interrupted, and cannot be opened."), label);
    }
}

CorProject *
cor_project_load_data (const char  *data,
                       gsize        length,
                       const char  *label,
                       GError     **error)
{
  g_autoptr(CorProject) project = NULL;
  g_autoptr(JsonParser) parser = NULL;
  const char *start;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  if (length == 0)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("The project “%s” is empty."), label);
      return NULL;
    }
  if (length > MAX_PROJECT_SIZE)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("“%s” is too large to be a Corroborate project."), label);
      return NULL;
    }
  /* A NUL inside the data would hide the rest of it from the parser. */
  start = data;
  while (start < data + length && g_ascii_isspace (*start))
    start++;
  if (memchr (data, '\0', length) != NULL || !g_utf8_validate_len (data, length, NULL)
      || start == data + length || *start != '{')
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("“%s” is not a Corroborate project."), label);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!parse (parser, data, length, label, error))
    return NULL;

  project = cor_project_new ();
  if (!project_from_json (project, json_parser_get_root (parser), label, error))
    return NULL;

  return g_steal_pointer (&project);
}

CorProject *
cor_project_load (const char  *path,
                  GError     **error)
{
  g_autofree char *display = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_name (path);
  file = g_file_new_for_path (path);
  /* Read as reports are, refusing early a file too large to be a project,
   * so that a wrong choice of file cannot exhaust the memory. */
  bytes = cor_source_load_file (file, MAX_PROJECT_SIZE, NULL, &local);
  if (g_error_matches (local, COR_ERROR, COR_ERROR_TOO_LARGE))
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("“%s” is too large to be a Corroborate project."), display);
      return NULL;
    }
  if (bytes == NULL)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not open the project “%s”: %s."),
                   display, local->message);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  return cor_project_load_data (data, length, display, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  CorProject *project = cor_project_load (task_data, &error);

  if (project == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, project, (GDestroyNotify) cor_project_free);
}

void
cor_project_load_async (const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cor_project_load_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, load_thread);
}

CorProject *
cor_project_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
