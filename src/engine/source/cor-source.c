/* cor-source.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-source-private.h"

struct _CorSource
{
  GObject        parent_instance;

  char          *path;
  char          *uri;
  char          *name;
  char          *title;
  char          *byline;
  char          *published;
  char          *language;
  char          *warning;
  char          *text;
  gsize          text_length;
  CorSourceKind  kind;
  GError        *error;
};

G_DEFINE_FINAL_TYPE (CorSource, cor_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_URI,
  PROP_NAME,
  PROP_TITLE,
  PROP_BYLINE,
  PROP_PUBLISHED,
  PROP_LANGUAGE,
  PROP_WARNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (cor-error-quark, cor_error)

static void
cor_source_finalize (GObject *object)
{
  CorSource *self = (CorSource *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->byline, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->warning, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (cor_source_parent_class)->finalize (object);
}

static char **
cor_source_field (CorSource *self,
                  guint      prop_id)
{
  switch (prop_id)
    {
    case PROP_PATH: return &self->path;
    case PROP_URI: return &self->uri;
    case PROP_NAME: return &self->name;
    case PROP_TITLE: return &self->title;
    case PROP_BYLINE: return &self->byline;
    case PROP_PUBLISHED: return &self->published;
    case PROP_LANGUAGE: return &self->language;
    case PROP_WARNING: return &self->warning;
    default: return NULL;
    }
}

static void
cor_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  char **field = cor_source_field (COR_SOURCE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *field);
}

static void
cor_source_set_string (CorSource  *self,
                       guint       prop_id,
                       const char *value)
{
  char **field = cor_source_field (self, prop_id);

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cor_source_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  if (cor_source_field (COR_SOURCE (object), prop_id) == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    cor_source_set_string (COR_SOURCE (object), prop_id, g_value_get_string (value));
}

static void
cor_source_class_init (CorSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[N_PROPS] = { NULL, "path", "uri", "name", "title", "byline", "published", "language",
                                "warning" };

  object_class->finalize = cor_source_finalize;
  object_class->get_property = cor_source_get_property;
  object_class->set_property = cor_source_set_property;

  for (guint i = 1; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         (G_PARAM_READWRITE |
                                          G_PARAM_EXPLICIT_NOTIFY |
                                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_source_init (CorSource *self)
{
  self->kind = COR_SOURCE_KIND_TEXT;
}

CorSource *
cor_source_new (void)
{
  return g_object_new (COR_TYPE_SOURCE, NULL);
}

CorSource *
cor_source_new_for_text (const char *text,
                         const char *name,
                         const char *published)
{
  CorSource *self = cor_source_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  bytes = g_bytes_new (text, strlen (text));
  cor_source_read_bytes (self, bytes, "text/plain", NULL);
  cor_source_set_kind (self, COR_SOURCE_KIND_PASTED);
  if (name != NULL && *name != '\0')
    cor_source_set_name (self, name);
  if (published != NULL && *published != '\0')
    cor_source_set_published (self, published);

  return self;
}

#define DEFINE_STRING_ACCESSORS(field, PROP)                     \
  const char *                                                   \
  cor_source_get_##field (CorSource *self)                       \
  {                                                              \
    g_return_val_if_fail (COR_IS_SOURCE (self), NULL);           \
    return self->field;                                          \
  }                                                              \
  void                                                           \
  cor_source_set_##field (CorSource  *self,                      \
                          const char *value)                     \
  {                                                              \
    g_return_if_fail (COR_IS_SOURCE (self));                     \
    cor_source_set_string (self, PROP, value);                   \
  }

DEFINE_STRING_ACCESSORS (path, PROP_PATH)
DEFINE_STRING_ACCESSORS (uri, PROP_URI)
DEFINE_STRING_ACCESSORS (name, PROP_NAME)
DEFINE_STRING_ACCESSORS (title, PROP_TITLE)
DEFINE_STRING_ACCESSORS (byline, PROP_BYLINE)
DEFINE_STRING_ACCESSORS (published, PROP_PUBLISHED)
DEFINE_STRING_ACCESSORS (language, PROP_LANGUAGE)
DEFINE_STRING_ACCESSORS (warning, PROP_WARNING)

const char *
cor_source_get_text (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->text;
}

gsize
cor_source_get_text_length (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), 0);
  return self->text_length;
}

void
cor_source_set_text (CorSource  *self,
                     const char *text)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  g_free (self->text);
  self->text = g_strdup (text);
  self->text_length = text ? strlen (text) : 0;
}

CorSourceKind
cor_source_get_kind (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), COR_SOURCE_KIND_TEXT);
  return self->kind;
}

void
cor_source_set_kind (CorSource     *self,
                     CorSourceKind  kind)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  self->kind = kind;
}

const GError *
cor_source_get_error (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->error;
}

void
cor_source_set_error (CorSource    *self,
                      const GError *error)
{
  g_return_if_fail (COR_IS_SOURCE (self));

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
}

const char *
cor_source_get_label (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);

  if (self->path != NULL)
    return self->path;
  if (self->uri != NULL)
    return self->uri;
  if (self->name != NULL)
    return self->name;
  return _("Pasted text");
}

void
cor_source_meta_clear (CorSourceMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->outlet, g_free);
  g_clear_pointer (&meta->byline, g_free);
  g_clear_pointer (&meta->published, g_free);
  g_clear_pointer (&meta->language, g_free);
}

gboolean
cor_source_meta_offer (char       **field,
                       const char  *value)
{
  g_autofree char *copy = NULL;

  if (*field != NULL || value == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (value));
  if (*copy == '\0' || !g_utf8_validate (copy, -1, NULL))
    return FALSE;

  *field = g_steal_pointer (&copy);
  return TRUE;
}
