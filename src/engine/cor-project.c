/* cor-project.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A minimal project file so the window links until the full one (atomic
 * save and careful loading, issue "robust") lands on main; that one
 * replaces this file. */

#define G_LOG_DOMAIN "cor-project"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-project.h"

CorProject *
cor_project_new (void)
{
  CorProject *project = g_new0 (CorProject, 1);

  project->sources = g_ptr_array_new_with_free_func (g_object_unref);
  project->strictness = 0.5;
  return project;
}

void
cor_project_free (CorProject *project)
{
  if (project == NULL)
    return;
  g_ptr_array_unref (project->sources);
  g_clear_pointer (&project->corrections, json_node_unref);
  g_free (project);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_source (JsonBuilder *builder,
            CorSource   *source)
{
  const GError *error = cor_source_get_error (source);

  json_builder_begin_object (builder);
  add_string (builder, "name", cor_source_get_name (source));
  add_string (builder, "title", cor_source_get_title (source));
  add_string (builder, "path", cor_source_get_path (source));
  add_string (builder, "url", cor_source_get_uri (source));
  add_string (builder, "published", cor_source_get_published (source));
  add_string (builder, "language", cor_source_get_language (source));
  add_string (builder, "byline", cor_source_get_byline (source));
  add_string (builder, "text", cor_source_get_text (source));
  add_string (builder, "error", error ? error->message : NULL);
  json_builder_end_object (builder);
}

gboolean
cor_project_save (CorProject  *project,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  json_builder_begin_object (builder);
  add_string (builder, "format", "corroborate.project");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, COR_PROJECT_VERSION);
  json_builder_set_member_name (builder, "strictness");
  json_builder_add_double_value (builder, project->strictness);
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < project->sources->len; i++)
    add_source (builder, g_ptr_array_index (project->sources, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "corrections");
  if (project->corrections != NULL)
    json_builder_add_value (builder, json_node_copy (project->corrections));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  /* g_file_set_contents writes a temporary file and renames it into place. */
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static CorSource *
read_source (JsonNode *node)
{
  JsonObject *object;
  CorSource *source;
  const char *message;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  source = cor_source_new ();
  cor_source_set_name (source, member_string (object, "name"));
  cor_source_set_title (source, member_string (object, "title"));
  cor_source_set_path (source, member_string (object, "path"));
  cor_source_set_uri (source, member_string (object, "url"));
  cor_source_set_published (source, member_string (object, "published"));
  cor_source_set_language (source, member_string (object, "language"));
  cor_source_set_byline (source, member_string (object, "byline"));
  cor_source_set_text (source, member_string (object, "text"));
  message = member_string (object, "error");
  if (message != NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (COR_ERROR, COR_ERROR_FAILED, message);

      cor_source_set_error (source, error);
    }
  return source;
}

CorProject *
cor_project_load (const char  *path,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(CorProject) project = cor_project_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  JsonObject *root;
  JsonArray *sources;

  g_return_val_if_fail (path != NULL, NULL);

  if (!json_parser_load_from_mapped_file (parser, path, &local_error))
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("“%s” is not a Corroborate project: %s"), name, local_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
      || g_strcmp0 (member_string (json_node_get_object (json_parser_get_root (parser)), "format"),
                    "corroborate.project") != 0)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT, _("“%s” is not a Corroborate project"), name);
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  if (json_object_get_int_member_with_default (root, "version", 0) > COR_PROJECT_VERSION)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("“%s” was saved by a newer version of Corroborate"), name);
      return NULL;
    }

  project->strictness = json_object_get_double_member_with_default (root, "strictness", 0.5);
  sources = json_object_get_array_member (root, "sources");
  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      CorSource *source = read_source (json_array_get_element (sources, i));

      if (source == NULL)
        {
          g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                       _("Report %u of “%s” cannot be read"), i + 1, name);
          return NULL;
        }
      g_ptr_array_add (project->sources, source);
    }
  if (json_object_has_member (root, "corrections"))
    project->corrections = json_node_copy (json_object_get_member (root, "corrections"));
  return g_steal_pointer (&project);
}
