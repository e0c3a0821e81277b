/* cor-html-meta.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cor-html-meta.h"
#include "cor-html-private.h"
#include "cor-json-guard.h"
#include "cor-source.h"

/* schema.org data is a few levels deep; a page's script may be anything. */
#define MAX_LD_DEPTH 64
#define MAX_LD_VALUES ((gsize) 1000 * 1000)

/* Candidates by kind, best source first; each slot keeps its first find. */
typedef struct
{
  char *og_title, *meta_title, *ld_title, *title;
  char *site_name, *ld_publisher, *app_name;
  char *meta_author, *ld_author, *rel_author, *byline_class;
  char *meta_date, *ld_date, *time_date, *meta_updated;
  char *lang;
} Found;

static void
found_clear (Found *f)
{
  char **fields = (char **)f;

  for (guint i = 0; i < sizeof *f / sizeof (char *); i++)
    g_free (fields[i]);
}

static gboolean
is_name (const char *value,
         const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (value, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
collect_meta_tag (xmlNode *node,
                  Found   *f)
{
  static const char *const date_names[] = {
    "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
    "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
    "sailthru.date", "parsely-pub-date", "article.published", "og:published_time",
    "original-publish-date", "citation_publication_date", "article_date_original", NULL };
  static const char *const updated_names[] = {
    "article:modified_time", "datemodified", "og:updated_time", "dcterms.modified", NULL };
  static const char *const author_names[] = {
    "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author", NULL };
  g_autofree char *key = cor_html_attr (node, "property");
  g_autofree char *content = cor_html_attr (node, "content");

  if (key == NULL)
    key = cor_html_attr (node, "name");
  if (key == NULL)
    key = cor_html_attr (node, "itemprop");
  if (key == NULL || content == NULL)
    return;

  if (is_name (key, date_names))
    cor_metadata_offer (&f->meta_date, content);
  else if (is_name (key, updated_names))
    cor_metadata_offer (&f->meta_updated, content);
  else if (g_ascii_strcasecmp (key, "og:site_name") == 0)
    cor_metadata_offer (&f->site_name, content);
  else if (g_ascii_strcasecmp (key, "application-name") == 0)
    cor_metadata_offer (&f->app_name, content);
  else if (g_ascii_strcasecmp (key, "og:title") == 0)
    cor_metadata_offer (&f->og_title, content);
  else if (g_ascii_strcasecmp (key, "twitter:title") == 0 || g_ascii_strcasecmp (key, "headline") == 0)
    cor_metadata_offer (&f->meta_title, content);
  else if (is_name (key, author_names) && !g_str_has_prefix (content, "http"))
    cor_metadata_offer (&f->meta_author, content);
}

static const char *
ld_string (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

/* A name from a string, an object with "name", or the first of an array. */
static const char *
ld_name (JsonObject *object,
         const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    node = json_array_get_element (json_node_get_array (node), 0);
  if (JSON_NODE_HOLDS_OBJECT (node))
    return ld_string (json_node_get_object (node), "name");
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static void
collect_ld_object (JsonObject *object,
                   Found      *f)
{
  const char *date = ld_string (object, "datePublished");

  if (date == NULL)
    date = ld_string (object, "dateCreated");
  if (date == NULL && json_object_has_member (object, "@graph"))
    {
      JsonNode *graph = json_object_get_member (object, "@graph");

      if (JSON_NODE_HOLDS_ARRAY (graph))
        for (guint i = 0; i < json_array_get_length (json_node_get_array (graph)); i++)
          {
            JsonNode *item = json_array_get_element (json_node_get_array (graph), i);

            if (JSON_NODE_HOLDS_OBJECT (item))
              collect_ld_object (json_node_get_object (item), f);
          }
      return;
    }
  if (date == NULL)
    return;

  cor_metadata_offer (&f->ld_date, date);
  cor_metadata_offer (&f->ld_title, ld_string (object, "headline"));
  cor_metadata_offer (&f->ld_publisher, ld_name (object, "publisher"));
  cor_metadata_offer (&f->ld_author, ld_name (object, "author"));
}

static void
collect_json_ld (xmlNode *node,
                 Found   *f)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *text = (char *)xmlNodeGetContent (node);
  const char *start, *end;
  JsonNode *root;

  if (text == NULL)
    return;
  /* Pages wrap the JSON in CDATA markers and comments; keep what lies
   * between the outer brackets. */
  start = strstr (text, "<![CDATA[") ? strstr (text, "<![CDATA[") + 9 : text;
  if (strstr (start, "]]>") != NULL)
    *strstr (start, "]]>") = '\0';
  start = strpbrk (start, "{[");
  end = start ? strrchr (text, *start == '{' ? '}' : ']') : NULL;
  if (start == NULL || end == NULL || end < start
      || cor_json_guard_load (parser, start, end - start + 1, MAX_LD_DEPTH, MAX_LD_VALUES)
         != COR_JSON_GUARD_OK)
    return;
  root = json_parser_get_root (parser);
  if (JSON_NODE_HOLDS_OBJECT (root))
    collect_ld_object (json_node_get_object (root), f);
  else if (JSON_NODE_HOLDS_ARRAY (root))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
      {
        JsonNode *item = json_array_get_element (json_node_get_array (root), i);

        if (JSON_NODE_HOLDS_OBJECT (item))
          collect_ld_object (json_node_get_object (item), f);
      }
}

static gboolean
class_mentions (xmlNode    *node,
                const char *word)
{
  g_autofree char *klass = cor_html_attr (node, "class");
  g_autofree char *id = cor_html_attr (node, "id");
  g_autofree char *rel = cor_html_attr (node, "rel");
  g_autofree char *itemprop = cor_html_attr (node, "itemprop");

  return (klass && strstr (klass, word)) || (id && strstr (id, word)) || (rel && strstr (rel, word))
         || (itemprop && strstr (itemprop, word));
}

static void
collect_element (xmlNode *node,
                 Found   *f)
{
  if (cor_html_is (node, "meta"))
    collect_meta_tag (node, f);
  else if (cor_html_is (node, "title") && f->title == NULL)
    {
      g_autofree char *text = cor_html_text_of (node);

      cor_metadata_offer (&f->title, text);
    }
  else if (cor_html_is (node, "script"))
    {
      g_autofree char *type = cor_html_attr (node, "type");

      if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
        collect_json_ld (node, f);
    }
  else if (cor_html_is (node, "time") && f->time_date == NULL)
    {
      g_autofree char *datetime = cor_html_attr (node, "datetime");

      if (datetime != NULL && !class_mentions (node, "modif") && !class_mentions (node, "updat"))
        cor_metadata_offer (&f->time_date, datetime);
    }
  else if (cor_html_is (node, "html"))
    {
      g_autofree char *lang = cor_html_attr (node, "lang");

      cor_metadata_offer (&f->lang, lang);
    }
  else if (f->byline_class == NULL && (class_mentions (node, "byline") || class_mentions (node, "author"))
           && !cor_html_is (node, "body") && !cor_html_is (node, "meta"))
    {
      g_autofree char *text = cor_html_text_of (node);

      if (text != NULL && strlen (text) > 2 && strlen (text) < 100)
        cor_metadata_offer (&f->byline_class, text);
    }
}

static void
offer_date (CorMetadata *meta,
            const char  *value)
{
  g_autofree char *date = cor_metadata_parse_date (value);

  cor_metadata_offer_published (meta, date, COR_PUBLISHED_FROM_METADATA);
}

/* "Headline | Site" or "Headline - Site": the headline alone. */
static void
offer_title (CorMetadata *meta,
             const char  *title)
{
  static const char *const separators[] = { " | ", " - ", " – ", " — ", " :: ", NULL };
  g_autofree char *copy = g_strdup (title);

  if (copy == NULL)
    return;
  for (guint i = 0; separators[i] != NULL; i++)
    {
      char *last = g_strrstr (copy, separators[i]);

      if (last != NULL && meta->outlet != NULL && strstr (last, meta->outlet) != NULL)
        *last = '\0';
    }
  cor_metadata_offer (&meta->title, copy);
}

void
cor_html_meta_collect (xmlDoc      *doc,
                       CorMetadata *meta)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  Found f = { NULL };

  for (xmlNode *node = root; node != NULL; node = cor_html_next (node, root, FALSE))
    if (node->type == XML_ELEMENT_NODE)
      collect_element (node, &f);

  /* Some pages give their address as their name. */
  if (f.site_name != NULL && g_str_has_prefix (f.site_name, "http"))
    {
      g_autoptr(GUri) uri = g_uri_parse (f.site_name, G_URI_FLAGS_NONE, NULL);
      const char *host = uri ? g_uri_get_host (uri) : NULL;

      if (host != NULL)
        cor_metadata_offer (&meta->outlet, g_str_has_prefix (host, "www.") ? host + 4 : host);
    }
  cor_metadata_offer (&meta->outlet, f.site_name);
  cor_metadata_offer (&meta->outlet, f.ld_publisher);
  cor_metadata_offer (&meta->outlet, f.app_name);
  offer_title (meta, f.og_title);
  offer_title (meta, f.ld_title);
  offer_title (meta, f.meta_title);
  offer_title (meta, f.title);
  cor_metadata_offer (&meta->byline, f.meta_author);
  cor_metadata_offer (&meta->byline, f.ld_author);
  cor_metadata_offer (&meta->byline, f.byline_class);
  offer_date (meta, f.meta_date);
  offer_date (meta, f.ld_date);
  offer_date (meta, f.time_date);
  offer_date (meta, f.meta_updated);
  cor_metadata_offer (&meta->language, f.lang);
  found_clear (&f);
}
