/* cor-source.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cor-source.h"

struct _CorSource
{
  GObject        parent_instance;

  char          *path;
  char          *uri;
  char          *name;
  char          *title;
  char          *byline;
  char          *published;
  char          *published_from;
  char          *language;
  char          *warning;
  char          *not_article;
  char          *label;       /* made from the fields above whenever they change */
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
  PROP_PUBLISHED_FROM,
  PROP_LANGUAGE,
  PROP_WARNING,
  PROP_NOT_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  g_clear_pointer (&self->published_from, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->warning, g_free);
  g_clear_pointer (&self->not_article, g_free);
  g_clear_pointer (&self->label, g_free);
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
    case PROP_PUBLISHED_FROM: return &self->published_from;
    case PROP_LANGUAGE: return &self->language;
    case PROP_WARNING: return &self->warning;
    case PROP_NOT_ARTICLE: return &self->not_article;
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

/* A copy of @value in which each byte that is not part of valid UTF-8 (a
 * file name in another encoding) reads "\xFF": every field is then valid
 * UTF-8 in every export and project, and names that differ stay apart. */
static char *
escape_invalid_bytes (const char *value)
{
  GString *out;
  const char *p = value;
  const char *bad;

  if (value == NULL || g_utf8_validate (value, -1, NULL))
    return g_strdup (value);
  out = g_string_new (NULL);
  while (!g_utf8_validate (p, -1, &bad))
    {
      g_string_append_len (out, p, bad - p);
      g_string_append_printf (out, "\\x%02X", (guchar) *bad);
      p = bad + 1;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

/* "Paris heist - Coastal Daily" → "Coastal Daily": the site a headline
 * names after its last dash or bar, when that is short. */
static char *
site_of_title (const char *title)
{
  static const char *separators[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 " };
  const char *site = NULL;

  for (guint i = 0; title != NULL && i < G_N_ELEMENTS (separators); i++)
    {
      const char *at = g_strrstr (title, separators[i]);

      if (at != NULL && (site == NULL || at + strlen (separators[i]) > site))
        site = at + strlen (separators[i]);
    }
  if (site == NULL || *site == '\0' || g_utf8_strlen (site, -1) > 40)
    return NULL;
  return g_strstrip (g_strdup (site));
}

/* A file's base name without its extension: "reports/01_bbc.txt" → "01_bbc". */
static char *
stem_of_path (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base && strlen (dot) <= 9)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static char *
make_label (CorSource *self)
{
  g_autofree char *base = self->path ? g_path_get_basename (self->path) : NULL;
  char *site;

  /* The loaders name a file by its base name until they find its outlet. */
  if (self->name != NULL && *self->name != '\0' && g_strcmp0 (self->name, base) != 0)
    return g_strdup (self->name);
  if ((site = site_of_title (self->title)) != NULL)
    return site;
  if (self->path != NULL && g_strcmp0 (self->path, "-") != 0)
    return stem_of_path (self->path);
  if (self->name != NULL && *self->name != '\0')
    return g_strdup (self->name);
  if (self->uri != NULL)
    return g_strdup (self->uri);
  return g_strdup (_("Pasted text"));
}

static void
cor_source_set_string (CorSource  *self,
                       guint       prop_id,
                       const char *value)
{
  char **field = cor_source_field (self, prop_id);
  g_autofree char *escaped = escape_invalid_bytes (value);

  if (g_strcmp0 (*field, escaped) == 0)
    return;

  g_free (*field);
  *field = g_steal_pointer (&escaped);
  if (prop_id == PROP_PATH || prop_id == PROP_URI || prop_id == PROP_NAME || prop_id == PROP_TITLE)
    {
      g_free (self->label);
      self->label = make_label (self);
    }
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
  const char *names[N_PROPS] = { NULL, "path", "uri", "name", "title", "byline", "published",
                                "published-from", "language", "warning", "not-article" };

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
  self->label = make_label (self);
}

CorSource *
cor_source_new (void)
{
  return g_object_new (COR_TYPE_SOURCE, NULL);
}

const char *
cor_source_get_path (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->path;
}

void
cor_source_set_path (CorSource  *self,
                     const char *path)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_PATH, path);
}

const char *
cor_source_get_uri (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->uri;
}

void
cor_source_set_uri (CorSource  *self,
                    const char *uri)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_URI, uri);
}

const char *
cor_source_get_name (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->name;
}

void
cor_source_set_name (CorSource  *self,
                     const char *name)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_NAME, name);
}

const char *
cor_source_get_title (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->title;
}

void
cor_source_set_title (CorSource  *self,
                      const char *title)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_TITLE, title);
}

const char *
cor_source_get_byline (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->byline;
}

void
cor_source_set_byline (CorSource  *self,
                       const char *byline)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_BYLINE, byline);
}

const char *
cor_source_get_published (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->published;
}

void
cor_source_set_published (CorSource  *self,
                          const char *published)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_PUBLISHED, published);
}

const char *
cor_source_get_published_from (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->published_from;
}

void
cor_source_set_published_from (CorSource  *self,
                               const char *published_from)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_PUBLISHED_FROM, published_from);
}

void
cor_source_set_published_with_origin (CorSource  *self,
                                      const char *published,
                                      const char *origin)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_published (self, published);
  cor_source_set_published_from (self, published != NULL ? origin : NULL);
}

const char *
cor_source_get_language (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->language;
}

void
cor_source_set_language (CorSource  *self,
                         const char *language)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_LANGUAGE, language);
}

const char *
cor_source_get_warning (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->warning;
}

void
cor_source_set_warning (CorSource  *self,
                        const char *warning)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_WARNING, warning);
}

void
cor_source_add_warning (CorSource  *self,
                        const char *sentence)
{
  g_autofree char *joined = NULL;

  g_return_if_fail (COR_IS_SOURCE (self));
  g_return_if_fail (sentence != NULL);

  if (self->warning == NULL)
    {
      cor_source_set_warning (self, sentence);
      return;
    }
  joined = g_strconcat (self->warning, " ", sentence, NULL);
  cor_source_set_warning (self, joined);
}

const char *
cor_source_get_not_article (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);
  return self->not_article;
}

void
cor_source_set_not_article (CorSource  *self,
                            const char *reason)
{
  g_return_if_fail (COR_IS_SOURCE (self));
  cor_source_set_string (self, PROP_NOT_ARTICLE, reason);
}

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

  return self->label;
}

const char *
cor_source_get_location (CorSource *self)
{
  g_return_val_if_fail (COR_IS_SOURCE (self), NULL);

  if (self->path != NULL)
    return self->path;
  if (self->uri != NULL)
    return self->uri;
  return cor_source_get_label (self);
}

const CorSourceField *
cor_source_get_fields (guint *n_fields)
{
  static const CorSourceField fields[] = {
    { "name", cor_source_get_name, cor_source_set_name },
    { "title", cor_source_get_title, cor_source_set_title },
    { "path", cor_source_get_path, cor_source_set_path },
    { "url", cor_source_get_uri, cor_source_set_uri },
    { "published", cor_source_get_published, cor_source_set_published },
    { "published_from", cor_source_get_published_from, cor_source_set_published_from },
    { "language", cor_source_get_language, cor_source_set_language },
    { "byline", cor_source_get_byline, cor_source_set_byline },
    { "warning", cor_source_get_warning, cor_source_set_warning },
  };

  g_return_val_if_fail (n_fields != NULL, NULL);

  *n_fields = G_N_ELEMENTS (fields);
  return fields;
}
