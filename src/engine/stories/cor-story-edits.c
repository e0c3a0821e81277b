/* cor-story-edits.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-story-edits"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-corrections.h"
#include "cor-story-edits.h"

typedef enum
{
  EDIT_MOVE,
  EDIT_MERGE,
} EditKind;

static const char * const kind_names[] = { "move", "merge", NULL };

typedef struct
{
  EditKind  kind;
  char     *source;   /* hashes of the reports' texts */
  char     *target;
} Edit;

struct _CorStoryEdits
{
  GPtrArray *items;   /* Edit */
};

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->source);
  g_free (edit->target);
  g_free (edit);
}

static Edit *
edit_new (EditKind    kind,
          const char *source,
          const char *target)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = kind;
  edit->source = g_strdup (source);
  edit->target = g_strdup (target);
  return edit;
}

CorStoryEdits *
cor_story_edits_new (void)
{
  CorStoryEdits *self = g_new0 (CorStoryEdits, 1);

  self->items = g_ptr_array_new_with_free_func (edit_free);
  return self;
}

CorStoryEdits *
cor_story_edits_copy (CorStoryEdits *self)
{
  CorStoryEdits *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = cor_story_edits_new ();
  for (guint i = 0; i < self->items->len; i++)
    {
      Edit *edit = g_ptr_array_index (self->items, i);

      g_ptr_array_add (copy->items, edit_new (edit->kind, edit->source, edit->target));
    }
  return copy;
}

void
cor_story_edits_free (CorStoryEdits *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->items);
  g_free (self);
}

guint
cor_story_edits_get_n_items (CorStoryEdits *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

gboolean
cor_story_edits_remove_last (CorStoryEdits *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->items->len == 0)
    return FALSE;
  g_ptr_array_remove_index (self->items, self->items->len - 1);
  return TRUE;
}

static char *
hash_of (CorFactTable *table,
         guint         source)
{
  return cor_corrections_hash_text (cor_source_get_text (g_ptr_array_index (table->sources, source)));
}

static void
add_edit (CorStoryEdits *self,
          CorFactTable  *table,
          EditKind       kind,
          guint          source,
          guint          target)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (table != NULL);
  g_return_if_fail (source < table->sources->len && target < table->sources->len);

  a = hash_of (table, source);
  b = hash_of (table, target);
  g_ptr_array_add (self->items, edit_new (kind, a, b));
}

void
cor_story_edits_add_move (CorStoryEdits *self,
                          CorFactTable  *table,
                          guint          source,
                          guint          target)
{
  add_edit (self, table, EDIT_MOVE, source, target);
}

void
cor_story_edits_add_merge (CorStoryEdits *self,
                           CorFactTable  *table,
                           guint          source,
                           guint          target)
{
  add_edit (self, table, EDIT_MERGE, source, target);
}

/* The story of the first read source with @hash, or COR_NO_STORY. */
static guint
story_of_hash (const guint *story_of,
               char       **hashes,
               guint        n,
               const char  *hash)
{
  for (guint i = 0; i < n; i++)
    if (story_of[i] != COR_NO_STORY && g_strcmp0 (hashes[i], hash) == 0)
      return story_of[i];
  return COR_NO_STORY;
}

static guint
apply_edit (const Edit *edit,
            char      **hashes,
            guint      *story_of,
            guint       n,
            guint       n_stories)
{
  guint from = story_of_hash (story_of, hashes, n, edit->source);
  guint to = story_of_hash (story_of, hashes, n, edit->target);

  if (from == COR_NO_STORY || to == COR_NO_STORY)
    return n_stories;
  if (edit->kind == EDIT_MOVE && g_strcmp0 (edit->source, edit->target) == 0)
    to = n_stories++;

  for (guint i = 0; i < n; i++)
    {
      if (story_of[i] == COR_NO_STORY)
        continue;
      if (edit->kind == EDIT_MERGE ? story_of[i] == from : g_strcmp0 (hashes[i], edit->source) == 0)
        story_of[i] = to;
    }
  return n_stories;
}

guint
cor_story_edits_apply (CorStoryEdits *self,
                       CorFactTable  *table,
                       guint         *story_of,
                       guint          n_stories)
{
  guint n;
  char **hashes;

  g_return_val_if_fail (self != NULL, n_stories);
  g_return_val_if_fail (table != NULL, n_stories);

  if (self->items->len == 0)
    return n_stories;

  n = table->sources->len;
  hashes = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    hashes[i] = hash_of (table, i);
  for (guint e = 0; e < self->items->len; e++)
    n_stories = apply_edit (g_ptr_array_index (self->items, e), hashes, story_of, n, n_stories);
  g_strfreev (hashes);
  return n_stories;
}

JsonNode *
cor_story_edits_to_json (CorStoryEdits *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    {
      Edit *edit = g_ptr_array_index (self->items, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kind_names[edit->kind]);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, edit->source);
      json_builder_set_member_name (builder, "target");
      json_builder_add_string_value (builder, edit->target);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static Edit *
read_edit (JsonNode *node)
{
  JsonObject *object;
  const char *kind, *source, *target;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  kind = json_object_get_string_member_with_default (object, "kind", "");
  source = json_object_get_string_member_with_default (object, "source", NULL);
  target = json_object_get_string_member_with_default (object, "target", NULL);
  if (source == NULL || target == NULL)
    return NULL;
  for (guint k = 0; kind_names[k] != NULL; k++)
    if (g_strcmp0 (kind, kind_names[k]) == 0)
      return edit_new (k, source, target);
  return NULL;
}

CorStoryEdits *
cor_story_edits_new_from_json (JsonNode  *node,
                               GError   **error)
{
  g_autoptr(CorStoryEdits) self = cor_story_edits_new ();
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_steal_pointer (&self);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("The stories of the project are not a list."));
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      Edit *edit = read_edit (json_array_get_element (array, i));

      if (edit == NULL)
        {
          g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                       /* Translators: %u counts from 1 */
                       _("Change %u to the stories of the project is damaged."), i + 1);
          return NULL;
        }
      g_ptr_array_add (self->items, edit);
    }
  return g_steal_pointer (&self);
}
