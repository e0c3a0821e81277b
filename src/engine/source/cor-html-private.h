/* cor-html-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* What cor-html.c lends cor-html-meta.c to walk a page. */

/* The next node of a depth-first walk of @root's subtree, without
 * recursion (pages can nest deeper than the stack allows). */
static inline xmlNode *
cor_html_next (xmlNode  *node,
               xmlNode  *root,
               gboolean  skip_children)
{
  if (!skip_children && node->children != NULL)
    return node->children;
  while (node != NULL && node != root)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }
  return NULL;
}

static inline gboolean
cor_html_is (const xmlNode *node,
             const char    *name)
{
  return node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *)node->name, name) == 0;
}

/* An attribute's value, or NULL; free with g_free(). */
char *cor_html_attr     (xmlNode       *node,
                         const char    *name);
/* The text of @node's subtree, white space collapsed. */
char *cor_html_text_of  (xmlNode       *node);

G_END_DECLS
