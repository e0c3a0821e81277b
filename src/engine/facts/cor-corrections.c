/* cor-corrections.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-corrections"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-corrections.h"

typedef enum
{
  CORRECTION_OVERRIDE,
  CORRECTION_MERGE,
  CORRECTION_SPLIT,
} CorrectionKind;

static const char * const kind_names[] = { "override", "merge", "split", NULL };

/* A cell, named by its source's text and where its sentence starts, and,
 * as a sentence that states two facts is in two rows, by how many rows
 * before its own hold that sentence. */
typedef struct
{
  char  *hash;
  gsize  start;
  guint  nth;
} Anchor;

typedef struct
{
  CorrectionKind kind;
  Anchor         anchor;
  Anchor         other;    /* merge only */
  CorCellStatus  status;   /* override only */
} Correction;

struct _CorCorrections
{
  GPtrArray *items;        /* Correction */
  guint      n_unreadable; /* left out when read from a project */
};

static void
correction_free (gpointer data)
{
  Correction *c = data;

  g_free (c->anchor.hash);
  g_free (c->other.hash);
  g_free (c);
}

static Correction *
correction_copy (const Correction *c)
{
  Correction *copy = g_memdup2 (c, sizeof *c);

  copy->anchor.hash = g_strdup (c->anchor.hash);
  copy->other.hash = g_strdup (c->other.hash);
  return copy;
}

CorCorrections *
cor_corrections_new (void)
{
  CorCorrections *self = g_new0 (CorCorrections, 1);

  self->items = g_ptr_array_new_with_free_func (correction_free);
  return self;
}

guint
cor_corrections_get_n_unreadable (CorCorrections *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_unreadable;
}

CorCorrections *
cor_corrections_copy (CorCorrections *self)
{
  CorCorrections *copy = cor_corrections_new ();

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (copy->items, correction_copy (g_ptr_array_index (self->items, i)));
  return copy;
}

void
cor_corrections_free (CorCorrections *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->items);
  g_free (self);
}

guint
cor_corrections_get_n_items (CorCorrections *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

void
cor_corrections_clear (CorCorrections *self)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_set_size (self->items, 0);
}

gboolean
cor_corrections_remove_last (CorCorrections *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->items->len == 0)
    return FALSE;
  g_ptr_array_remove_index (self->items, self->items->len - 1);
  return TRUE;
}

char *
cor_corrections_hash_text (const char *text)
{
  g_autofree char *full = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text ? text : "", -1);

  return g_strndup (full, 16);
}

/* hash → source index, first source wins when two texts are the same. */
static GHashTable *
index_sources (CorFactTable *table)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < table->sources->len; i++)
    {
      CorSource *source = g_ptr_array_index (table->sources, i);
      char *hash = cor_corrections_hash_text (cor_source_get_text (source));

      if (!g_hash_table_contains (index, hash))
        g_hash_table_insert (index, hash, GUINT_TO_POINTER (i + 1));
      else
        g_free (hash);
    }
  return index;
}

static gboolean
cell_has_start (CorCell *cell,
                gsize    start)
{
  for (guint q = 0; q < cell->quotes->len; q++)
    {
      CorQuote *quote = g_ptr_array_index (cell->quotes, q);

      if (quote->start <= start && (start < quote->end || start == quote->start))
        return TRUE;
    }
  return FALSE;
}

/* @fact's cell of @source when one of its quotes holds @start. */
static CorCell *
cell_holding (CorFact *fact,
              guint    source,
              gsize    start)
{
  CorCell *cell = cor_fact_get_cell (fact, source);

  return cell != NULL && cell_has_start (cell, start) ? cell : NULL;
}

/* Finds the fact (its index) and the cell an anchor names. */
static gboolean
find_anchor (CorFactTable *table,
             GHashTable   *index,
             const Anchor *anchor,
             guint        *fact_index,
             CorCell     **cell_out)
{
  guint source = GPOINTER_TO_UINT (g_hash_table_lookup (index, anchor->hash));

  if (source == 0)
    return FALSE;
  source--;

  for (guint f = 0, seen = 0; f < table->facts->len; f++)
    {
      CorCell *cell = cell_holding (g_ptr_array_index (table->facts, f), source, anchor->start);

      if (cell != NULL && seen++ == anchor->nth)
        {
          *fact_index = f;
          *cell_out = cell;
          return TRUE;
        }
    }
  return FALSE;
}

/* The anchor of @fact's @cell. */
static gboolean
anchor_for_cell (CorFactTable *table,
                 CorFact      *fact,
                 CorCell      *cell,
                 Anchor       *anchor)
{
  CorSource *source;

  if (cell == NULL || cell->quotes->len == 0 || cell->source >= table->sources->len)
    return FALSE;

  source = g_ptr_array_index (table->sources, cell->source);
  anchor->hash = cor_corrections_hash_text (cor_source_get_text (source));
  anchor->start = ((CorQuote *)g_ptr_array_index (cell->quotes, 0))->start;
  anchor->nth = 0;
  for (guint f = 0; f < table->facts->len && g_ptr_array_index (table->facts, f) != fact; f++)
    anchor->nth += cell_holding (g_ptr_array_index (table->facts, f), cell->source, anchor->start) != NULL;
  return TRUE;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const CorCell *ca = *(CorCell * const *)a;
  const CorCell *cb = *(CorCell * const *)b;

  return (ca->source > cb->source) - (ca->source < cb->source);
}

static void
move_items (GPtrArray *to,
            GPtrArray *from)
{
  while (from->len > 0)
    g_ptr_array_add (to, g_ptr_array_steal_index (from, 0));
}

static gboolean
apply_override (CorFactTable     *table,
                GHashTable       *index,
                const Correction *c)
{
  CorCell *cell;
  guint f;

  if (!find_anchor (table, index, &c->anchor, &f, &cell))
    return FALSE;
  cell->status = c->status;
  cell->overridden = TRUE;
  cor_fact_update_agreement (g_ptr_array_index (table->facts, f));
  return TRUE;
}

static gboolean
apply_merge (CorFactTable     *table,
             GHashTable       *index,
             const Correction *c)
{
  CorCell *cell, *other_cell;
  CorFact *fact, *other;
  guint f, g;

  if (!find_anchor (table, index, &c->anchor, &f, &cell)
      || !find_anchor (table, index, &c->other, &g, &other_cell)
      || f == g)
    return FALSE;

  fact = g_ptr_array_index (table->facts, f);
  other = g_ptr_array_index (table->facts, g);
  while (other->cells->len > 0)
    {
      CorCell *moved = g_ptr_array_steal_index (other->cells, 0);
      CorCell *existing = cor_fact_get_cell (fact, moved->source);

      if (existing != NULL)
        {
          move_items (existing->quotes, moved->quotes);
          move_items (existing->values, moved->values);
          cor_cell_free (moved);
        }
      else
        g_ptr_array_add (fact->cells, moved);
    }
  g_ptr_array_sort (fact->cells, compare_cells);
  move_items (fact->values, other->values);
  fact->edited = TRUE;
  cor_fact_update_agreement (fact);
  g_ptr_array_remove_index (table->facts, g);
  return TRUE;
}

static gboolean
apply_split (CorFactTable     *table,
             GHashTable       *index,
             const Correction *c)
{
  CorFact *fact, *split;
  CorCell *cell;
  char id[16];
  guint f, position;

  if (!find_anchor (table, index, &c->anchor, &f, &cell))
    return FALSE;
  fact = g_ptr_array_index (table->facts, f);
  if (fact->cells->len < 2 || !g_ptr_array_find (fact->cells, cell, &position))
    return FALSE;

  g_ptr_array_steal_index (fact->cells, position);
  /* Alone in its row, the sentence no longer contradicts or hedges anything. */
  if (!cell->overridden)
    {
      cell->status = COR_CELL_SUPPORTS;
      cell->narrower = FALSE;
      g_clear_pointer (&cell->note, g_free);
    }

  split = cor_fact_new ();
  split->id = g_strdup_printf ("%s-%s", fact->id ? fact->id : "f",
                               cor_fact_table_source_id (table, cell->source, id));
  split->summary = g_strdup (((CorQuote *)g_ptr_array_index (cell->quotes, 0))->text);
  for (guint v = 0; v < cell->values->len; v++)
    g_ptr_array_add (split->values, cor_mention_copy (g_ptr_array_index (cell->values, v)));
  g_ptr_array_add (split->cells, cell);
  /* Rows never span two stories: the split row stays in its own. */
  split->story = fact->story;
  split->edited = TRUE;
  fact->edited = TRUE;
  cor_fact_update_agreement (split);
  cor_fact_update_agreement (fact);
  g_ptr_array_insert (table->facts, f + 1, split);
  return TRUE;
}

static gboolean
apply_one (CorFactTable     *table,
           GHashTable       *index,
           const Correction *c)
{
  switch (c->kind)
    {
    case CORRECTION_OVERRIDE:
      return apply_override (table, index, c);
    case CORRECTION_MERGE:
      return apply_merge (table, index, c);
    case CORRECTION_SPLIT:
      return apply_split (table, index, c);
    default:
      g_return_val_if_reached (FALSE);
    }
}

guint
cor_corrections_apply (CorCorrections *self,
                       CorFactTable   *table)
{
  g_autoptr(GHashTable) index = NULL;
  guint applied = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (table != NULL, 0);

  if (self->items->len == 0)
    return 0;

  index = index_sources (table);
  for (guint i = 0; i < self->items->len; i++)
    if (apply_one (table, index, g_ptr_array_index (self->items, i)))
      applied++;
  return applied;
}

/* Applies @c to @table and keeps it when it took; frees it otherwise. */
static gboolean
record (CorCorrections *self,
        CorFactTable   *table,
        Correction     *c)
{
  g_autoptr(GHashTable) index = index_sources (table);

  if (!apply_one (table, index, c))
    {
      correction_free (c);
      return FALSE;
    }
  g_ptr_array_add (self->items, c);
  return TRUE;
}

gboolean
cor_corrections_add_override (CorCorrections *self,
                              CorFactTable   *table,
                              CorFact        *fact,
                              guint           source,
                              CorCellStatus   status)
{
  Correction *c;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (table != NULL && fact != NULL, FALSE);

  c = g_new0 (Correction, 1);
  c->kind = CORRECTION_OVERRIDE;
  c->status = status;
  if (!anchor_for_cell (table, fact, cor_fact_get_cell (fact, source), &c->anchor))
    {
      correction_free (c);
      return FALSE;
    }
  return record (self, table, c);
}

static CorCell *
first_quoted_cell (CorFact *fact)
{
  for (guint i = 0; i < fact->cells->len; i++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, i);

      if (cell->quotes->len > 0)
        return cell;
    }
  return NULL;
}

gboolean
cor_corrections_add_merge (CorCorrections *self,
                           CorFactTable   *table,
                           CorFact        *fact,
                           CorFact        *other)
{
  Correction *c;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (table != NULL && fact != NULL && other != NULL, FALSE);

  c = g_new0 (Correction, 1);
  c->kind = CORRECTION_MERGE;
  if (fact == other
      || !anchor_for_cell (table, fact, first_quoted_cell (fact), &c->anchor)
      || !anchor_for_cell (table, other, first_quoted_cell (other), &c->other))
    {
      correction_free (c);
      return FALSE;
    }
  return record (self, table, c);
}

gboolean
cor_corrections_add_split (CorCorrections *self,
                           CorFactTable   *table,
                           CorFact        *fact,
                           guint           source)
{
  Correction *c;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (table != NULL && fact != NULL, FALSE);

  c = g_new0 (Correction, 1);
  c->kind = CORRECTION_SPLIT;
  if (!anchor_for_cell (table, fact, cor_fact_get_cell (fact, source), &c->anchor))
    {
      correction_free (c);
      return FALSE;
    }
  return record (self, table, c);
}

static void
add_anchor (JsonBuilder  *builder,
            const char   *source_member,
            const char   *start_member,
            const char   *nth_member,
            const Anchor *anchor)
{
  json_builder_set_member_name (builder, source_member);
  json_builder_add_string_value (builder, anchor->hash);
  json_builder_set_member_name (builder, start_member);
  json_builder_add_int_value (builder, anchor->start);
  /* Only for a sentence in several rows: older projects stay as they were. */
  if (anchor->nth > 0)
    {
      json_builder_set_member_name (builder, nth_member);
      json_builder_add_int_value (builder, anchor->nth);
    }
}

JsonNode *
cor_corrections_to_json (CorCorrections *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    {
      const Correction *c = g_ptr_array_index (self->items, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kind_names[c->kind]);
      add_anchor (builder, "source", "start", "row", &c->anchor);
      if (c->kind == CORRECTION_MERGE)
        add_anchor (builder, "other-source", "other-start", "other-row", &c->other);
      if (c->kind == CORRECTION_OVERRIDE)
        {
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, cor_cell_status_to_string (c->status));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static gboolean
read_anchor (JsonObject *object,
             const char *source_member,
             const char *start_member,
             const char *nth_member,
             Anchor     *anchor)
{
  JsonNode *hash = json_object_get_member (object, source_member);
  JsonNode *start = json_object_get_member (object, start_member);
  JsonNode *nth = json_object_get_member (object, nth_member);

  if (hash == NULL || start == NULL
      || json_node_get_value_type (hash) != G_TYPE_STRING
      || json_node_get_value_type (start) != G_TYPE_INT64
      || json_node_get_int (start) < 0)
    return FALSE;
  if (nth != NULL && (!JSON_NODE_HOLDS_VALUE (nth) || json_node_get_value_type (nth) != G_TYPE_INT64
                      || json_node_get_int (nth) < 0 || json_node_get_int (nth) > G_MAXUINT))
    return FALSE;
  anchor->hash = g_strdup (json_node_get_string (hash));
  anchor->start = json_node_get_int (start);
  anchor->nth = nth != NULL ? json_node_get_int (nth) : 0;
  return TRUE;
}

static Correction *
read_correction (JsonNode *node)
{
  g_autoptr(GPtrArray) holder = g_ptr_array_new_with_free_func (correction_free);
  Correction *c = g_new0 (Correction, 1);
  JsonObject *object;
  const char *kind;

  g_ptr_array_add (holder, c);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  kind = json_object_get_string_member_with_default (object, "kind", "");
  if (!g_strv_contains (kind_names, kind))
    return NULL;
  for (c->kind = 0; g_strcmp0 (kind_names[c->kind], kind) != 0; c->kind++)
    ;
  if (!read_anchor (object, "source", "start", "row", &c->anchor))
    return NULL;
  if (c->kind == CORRECTION_MERGE && !read_anchor (object, "other-source", "other-start", "other-row", &c->other))
    return NULL;
  if (c->kind == CORRECTION_OVERRIDE
      && !cor_cell_status_from_string (json_object_get_string_member_with_default (object, "status", ""),
                                       &c->status))
    return NULL;
  return g_ptr_array_steal_index (holder, 0);
}

CorCorrections *
cor_corrections_new_from_json (JsonNode  *node,
                               GError   **error)
{
  g_autoptr(CorCorrections) self = cor_corrections_new ();
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_steal_pointer (&self);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, COR_ERROR, COR_ERROR_PROJECT,
                   _("The corrections are not a list"));
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      Correction *c = read_correction (json_array_get_element (array, i));

      /* One damaged correction (a negative offset, a kind from a newer
       * version) costs that correction, not the project. */
      if (c == NULL)
        self->n_unreadable++;
      else
        g_ptr_array_add (self->items, c);
    }
  return g_steal_pointer (&self);
}
