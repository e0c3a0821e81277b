/* cor-source-row.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source-row"

#include "config.h"

#include "cor-source-row.h"

struct _CorSourceRow
{
  GObject    parent_instance;

  CorSource *source;
  guint      position;
  int        column;
  int        n_facts;
};

G_DEFINE_FINAL_TYPE (CorSourceRow, cor_source_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_POSITION,
  PROP_N_FACTS,
  PROP_COLUMN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cor_source_row_finalize (GObject *object)
{
  CorSourceRow *self = (CorSourceRow *)object;

  g_clear_object (&self->source);

  G_OBJECT_CLASS (cor_source_row_parent_class)->finalize (object);
}

static void
cor_source_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CorSourceRow *self = COR_SOURCE_ROW (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_N_FACTS:
      g_value_set_int (value, self->n_facts);
      break;
    case PROP_COLUMN:
      g_value_set_int (value, self->column);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_source_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CorSourceRow *self = COR_SOURCE_ROW (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      break;
    case PROP_POSITION:
      cor_source_row_set_position (self, g_value_get_uint (value));
      break;
    case PROP_N_FACTS:
      cor_source_row_set_n_facts (self, g_value_get_int (value));
      break;
    case PROP_COLUMN:
      cor_source_row_set_column (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_source_row_class_init (CorSourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cor_source_row_finalize;
  object_class->get_property = cor_source_row_get_property;
  object_class->set_property = cor_source_row_set_property;

  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, COR_TYPE_SOURCE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_FACTS] =
    g_param_spec_int ("n-facts", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLUMN] =
    g_param_spec_int ("column", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_source_row_init (CorSourceRow *self)
{
  self->n_facts = -1;
  self->column = -1;
}

CorSourceRow *
cor_source_row_new (CorSource *source,
                    guint      position)
{
  g_return_val_if_fail (COR_IS_SOURCE (source), NULL);

  return g_object_new (COR_TYPE_SOURCE_ROW, "source", source, "position", position, NULL);
}

CorSource *
cor_source_row_get_source (CorSourceRow *self)
{
  g_return_val_if_fail (COR_IS_SOURCE_ROW (self), NULL);
  return self->source;
}

guint
cor_source_row_get_position (CorSourceRow *self)
{
  g_return_val_if_fail (COR_IS_SOURCE_ROW (self), 0);
  return self->position;
}

void
cor_source_row_set_position (CorSourceRow *self,
                             guint         position)
{
  g_return_if_fail (COR_IS_SOURCE_ROW (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

int
cor_source_row_get_n_facts (CorSourceRow *self)
{
  g_return_val_if_fail (COR_IS_SOURCE_ROW (self), -1);
  return self->n_facts;
}

void
cor_source_row_set_n_facts (CorSourceRow *self,
                            int           n_facts)
{
  g_return_if_fail (COR_IS_SOURCE_ROW (self));

  if (self->n_facts == n_facts)
    return;
  self->n_facts = n_facts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FACTS]);
}

int
cor_source_row_get_column (CorSourceRow *self)
{
  g_return_val_if_fail (COR_IS_SOURCE_ROW (self), -1);
  return self->column;
}

void
cor_source_row_set_column (CorSourceRow *self,
                           int           column)
{
  g_return_if_fail (COR_IS_SOURCE_ROW (self));

  if (self->column == column)
    return;
  self->column = column;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN]);
}
