/* cor-html.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>

#include "cor-html.h"
#include "cor-html-private.h"
#include "cor-types.h"

/* The article finder follows Mozilla Readability: score paragraphs by
 * their length and commas, credit their ancestors, prefer containers
 * whose class says "article" over those saying "comment", discount
 * link-heavy blocks, then take the best container and its kindred
 * siblings, and drop link lists and widgets from inside it. */

typedef struct
{
  double   score;
  guint    text_len;
  guint    link_len;
  guint    commas;
  guint    p_count;
  guint    img_count;
  guint    li_count;
  guint    input_count;
  guint    embed_count;
  guint    block_children;
  guint    inline_text;      /* text of its own text nodes and inline children */
  gboolean candidate;
  /* What clean_article() removed inside it and has yet to take off. */
  guint    cut_text;
  guint    cut_links;
  guint    cut_commas;
} Info;

typedef enum
{
  STRIP_UNLIKELY = 1 << 0,
  WEIGHT_CLASSES = 1 << 1,
  CLEAN_CONDITIONALLY = 1 << 2,
} Flags;

#define ALL_FLAGS (STRIP_UNLIKELY | WEIGHT_CLASSES | CLEAN_CONDITIONALLY)
#define CHAR_THRESHOLD 500

static const char *const dropped_tags[] = {
  "script", "style", "noscript", "template", "iframe", "svg", "math", "form", "button", "input",
  "select", "textarea", "nav", "aside", "footer", "object", "embed", "link", "meta", "head",
  "canvas", "audio", "video", "figcaption", "dialog", "menu", NULL };

static const char *const block_tags[] = {
  "address", "article", "blockquote", "dd", "div", "dl", "dt", "figure", "h1", "h2", "h3", "h4",
  "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td",
  "th", "thead", "tr", "ul", "body", "center", "details", "summary", "caption", "br", NULL };

typedef struct
{
  GRegex *unlikely;
  GRegex *maybe;
  GRegex *positive;
  GRegex *negative;
  GRegex *hidden;
  GRegex *caption;
} Regexes;

static const Regexes *
regexes (void)
{
  static Regexes *r;

  if (g_once_init_enter (&r))
    {
      Regexes *n = g_new0 (Regexes, 1);
      GRegexCompileFlags flags = G_REGEX_CASELESS | G_REGEX_OPTIMIZE;

      n->unlikely = g_regex_new ("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap"
                                 "|disqus|extra|footer|gdpr|header|legends|menu|related|remark"
                                 "|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                                 "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
                                 "|newsletter|share|promo|outbrain|taboola|recirc|most-popular",
                                 flags, 0, NULL);
      n->maybe = g_regex_new ("and|article|body|column|content|main|shadow", flags, 0, NULL);
      n->positive = g_regex_new ("article|body|content|entry|hentry|h-entry|main|page|pagination"
                                 "|post|text|blog|story", flags, 0, NULL);
      n->negative = g_regex_new ("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-"
                                 "|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain"
                                 "|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
                                 "|shopping|tags|tool|widget|byline|author|dateline|timestamp",
                                 flags, 0, NULL);
      n->hidden = g_regex_new ("display\\s*:\\s*none|visibility\\s*:\\s*hidden", flags, 0, NULL);
      n->caption = g_regex_new ("caption|credit", flags, 0, NULL);
      g_once_init_leave (&r, n);
    }
  return r;
}

char *
cor_html_attr (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *copy = value ? g_strdup ((const char *)value) : NULL;

  xmlFree (value);
  return copy;
}

static gboolean
is_one_of (const xmlNode      *node,
           const char *const  *names)
{
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp ((const char *)node->name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_block (const xmlNode *node)
{
  return is_one_of (node, block_tags);
}

static void
append_collapsed (GString    *out,
                  const char *text)
{
  for (const char *p = text; *p; p++)
    {
      gboolean space = g_ascii_isspace (*p) || ((guchar)p[0] == 0xc2 && (guchar)p[1] == 0xa0);

      if (space)
        {
          if ((guchar)*p == 0xc2)
            p++;
          if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
}

static void
end_block (GString *out)
{
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
}

/* Writes @root's text, one block per line, without recursion. */
static void
serialise (xmlNode *root,
           GString *out)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = TRUE;

      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        append_collapsed (out, (const char *)node->content);
      else if (node->type != XML_ELEMENT_NODE)
        descend = FALSE;
      else if (is_block (node))
        end_block (out);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      for (;;)
        {
          if (node->type == XML_ELEMENT_NODE && is_block (node))
            end_block (out);
          if (node == root)
            return;
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }
}

char *
cor_html_text_of (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  serialise (node, out);
  g_strdelimit (out->str, "\n", ' ');
  return g_strstrip (g_string_free (out, FALSE));
}

static Info *
info (xmlNode *node)
{
  return node->_private;
}

static int
class_weight (xmlNode *node,
              Flags    flags)
{
  const Regexes *r = regexes ();
  int weight = 0;

  if (!(flags & WEIGHT_CLASSES))
    return 0;
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *value = cor_html_attr (node, i == 0 ? "class" : "id");

      if (value == NULL || *value == '\0')
        continue;
      if (g_regex_match (r->negative, value, 0, NULL))
        weight -= 25;
      if (g_regex_match (r->positive, value, 0, NULL))
        weight += 25;
    }
  return weight;
}

/* Whether @node is hidden, navigation, or (with STRIP_UNLIKELY) a block
 * whose class or id says it is not the article. */
static gboolean
is_unwanted (xmlNode *node,
             Flags    flags)
{
  const Regexes *r = regexes ();
  g_autofree char *style = NULL;
  g_autofree char *role = NULL;
  g_autofree char *match = NULL;
  g_autofree char *klass = NULL;
  g_autofree char *id = NULL;

  if (is_one_of (node, dropped_tags))
    return TRUE;
  if (xmlHasProp (node, (const xmlChar *)"hidden"))
    return TRUE;
  style = cor_html_attr (node, "style");
  if (style != NULL && g_regex_match (r->hidden, style, 0, NULL))
    return TRUE;
  role = cor_html_attr (node, "role");
  if (role != NULL && (strstr (role, "navigation") || strstr (role, "complementary")
                       || strstr (role, "menu") || strstr (role, "dialog") || strstr (role, "banner")))
    return TRUE;
  if (cor_html_is (node, "body") || cor_html_is (node, "html") || cor_html_is (node, "a")
      || cor_html_is (node, "article") || cor_html_is (node, "main"))
    return FALSE;

  klass = cor_html_attr (node, "class");
  id = cor_html_attr (node, "id");
  if (klass != NULL && g_regex_match (r->caption, klass, 0, NULL)
      && (cor_html_is (node, "p") || cor_html_is (node, "span") || cor_html_is (node, "div"))
      && !g_regex_match (r->maybe, klass, 0, NULL))
    return TRUE;
  if (!(flags & STRIP_UNLIKELY))
    return FALSE;
  match = g_strconcat (klass ? klass : "", " ", id ? id : "", NULL);
  return g_regex_match (r->unlikely, match, 0, NULL) && !g_regex_match (r->maybe, match, 0, NULL);
}

static void
remove_unwanted (xmlNode *root,
                 Flags    flags)
{
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();
  xmlNode *node = root;

  while (node != NULL)
    {
      /* Never @root itself: the caller goes on reading it (a <body> or,
       * with none, an <html> whose class looked like a sidebar's was
       * freed and read again). */
      gboolean drop = node != root
                      && ((node->type == XML_ELEMENT_NODE && is_unwanted (node, flags))
                          || node->type == XML_COMMENT_NODE);

      if (drop)
        g_ptr_array_add (doomed, node);
      node = cor_html_next (node, root, drop);
    }
  for (guint i = 0; i < doomed->len; i++)
    {
      xmlUnlinkNode (g_ptr_array_index (doomed, i));
      xmlFreeNode (g_ptr_array_index (doomed, i));
    }
}

static guint
text_length (const char *text,
             guint      *commas)
{
  guint n = 0;
  gboolean space = TRUE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          n += space ? 0 : 1;
          space = TRUE;
          continue;
        }
      space = FALSE;
      n++;
      if (*p == ',')
        (*commas)++;
    }
  return n;
}

/* Fills every element's Info bottom-up: the nodes come in document order,
 * so walking them backwards sees children before parents. */
static void
measure (GPtrArray *nodes)
{
  for (guint i = nodes->len; i > 0; i--)
    {
      xmlNode *node = g_ptr_array_index (nodes, i - 1);
      Info *in = info (node), *up;

      for (xmlNode *child = node->children; child != NULL; child = child->next)
        if (child->type == XML_TEXT_NODE && child->content != NULL)
          {
            guint n = text_length ((const char *)child->content, &in->commas);

            in->text_len += n;
            in->inline_text += n;
          }
      if (cor_html_is (node, "a"))
        in->link_len = in->text_len;
      in->p_count += cor_html_is (node, "p");
      in->img_count += cor_html_is (node, "img");
      in->li_count += cor_html_is (node, "li");
      in->input_count += cor_html_is (node, "input");
      in->embed_count += cor_html_is (node, "object") || cor_html_is (node, "embed");

      if (node->parent == NULL || node->parent->_private == NULL)
        continue;
      up = info (node->parent);
      up->text_len += in->text_len;
      up->link_len += in->link_len;
      up->commas += in->commas;
      up->p_count += in->p_count;
      up->img_count += in->img_count;
      up->li_count += in->li_count;
      up->input_count += in->input_count;
      up->embed_count += in->embed_count;
      if (is_block (node))
        up->block_children++;
      else
        up->inline_text += in->text_len;
    }
}

static double
link_density (xmlNode *node)
{
  Info *in = info (node);

  return in->text_len ? (double)in->link_len / in->text_len : 0.0;
}

static void
init_candidate (xmlNode *node,
                Flags    flags)
{
  Info *in = info (node);
  const char *name = (const char *)node->name;

  if (in->candidate)
    return;
  in->candidate = TRUE;
  if (g_ascii_strcasecmp (name, "div") == 0)
    in->score += 5;
  else if (cor_html_is (node, "pre") || cor_html_is (node, "td") || cor_html_is (node, "blockquote"))
    in->score += 3;
  else if (cor_html_is (node, "address") || cor_html_is (node, "ol") || cor_html_is (node, "ul")
           || cor_html_is (node, "dl") || cor_html_is (node, "dd") || cor_html_is (node, "dt")
           || cor_html_is (node, "li") || cor_html_is (node, "form"))
    in->score -= 3;
  else if (g_ascii_strncasecmp (name, "h", 1) == 0 && strlen (name) == 2 && g_ascii_isdigit (name[1]))
    in->score -= 5;
  else if (cor_html_is (node, "th"))
    in->score -= 5;
  in->score += class_weight (node, flags);
}

/* Credits a paragraph's ancestors, less the further up they are. */
static void
score_paragraph (xmlNode  *holder,
                 guint     length,
                 guint     commas,
                 Flags     flags,
                 GPtrArray *candidates)
{
  double score = 1 + commas + MIN (length / 100, 3);
  xmlNode *ancestor = holder;

  for (guint level = 0; level < 5 && ancestor != NULL && ancestor->_private != NULL; level++)
    {
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;

      if (!info (ancestor)->candidate)
        {
          init_candidate (ancestor, flags);
          g_ptr_array_add (candidates, ancestor);
        }
      info (ancestor)->score += score / divider;
      ancestor = ancestor->parent;
    }
}

static gboolean
is_paragraph (xmlNode *node)
{
  static const char *const scored[] = { "p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "section", NULL };

  if (is_one_of (node, scored))
    return TRUE;
  return cor_html_is (node, "div") && info (node)->block_children == 0;
}

static GPtrArray *
score_nodes (GPtrArray *nodes,
             Flags      flags)
{
  GPtrArray *candidates = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    {
      xmlNode *node = g_ptr_array_index (nodes, i);
      Info *in = info (node);

      if (is_paragraph (node) && in->text_len >= 25)
        score_paragraph (node->parent, in->text_len, in->commas, flags, candidates);
      else if (cor_html_is (node, "div") && in->inline_text >= 25)
        /* Loose text beside blocks, as Readability wraps it in a <p>. */
        score_paragraph (node, in->inline_text, 0, flags, candidates);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      xmlNode *node = g_ptr_array_index (candidates, i);

      info (node)->score *= 1 - link_density (node);
    }
  return candidates;
}

static xmlNode *
pick_top (GPtrArray *candidates,
          xmlNode   *body)
{
  xmlNode *top = NULL;
  double last;

  for (guint i = 0; i < candidates->len; i++)
    {
      xmlNode *node = g_ptr_array_index (candidates, i);

      if (top == NULL || info (node)->score > info (top)->score)
        top = node;
    }
  if (top == NULL)
    return body;

  /* Climb while a parent scores better: the article may span several
   * scored containers. */
  last = info (top)->score;
  for (xmlNode *parent = top->parent; parent != NULL && parent != body && parent->_private; parent = parent->parent)
    {
      if (!info (parent)->candidate)
        continue;
      if (info (parent)->score < last / 3)
        break;
      if (info (parent)->score > last)
        {
          top = parent;
          break;
        }
      last = info (parent)->score;
    }
  while (top->parent != NULL && top->parent != body && top->parent->_private != NULL
         && xmlChildElementCount (top->parent) == 1)
    top = top->parent;
  return top;
}

static gboolean
same_class (xmlNode *a,
            xmlNode *b)
{
  g_autofree char *ca = cor_html_attr (a, "class");
  g_autofree char *cb = cor_html_attr (b, "class");

  return ca != NULL && *ca != '\0' && g_strcmp0 (ca, cb) == 0;
}

static gboolean
is_kindred_sibling (xmlNode *sibling,
                    xmlNode *top)
{
  Info *in = info (sibling);
  double threshold = MAX (10, info (top)->score * 0.2);
  double bonus = same_class (sibling, top) ? info (top)->score * 0.2 : 0;

  if (in->candidate && in->score + bonus >= threshold)
    return TRUE;
  if (cor_html_is (sibling, "p"))
    {
      double density = link_density (sibling);

      if (in->text_len > 80 && density < 0.25)
        return TRUE;
      if (in->text_len > 0 && in->text_len <= 80 && density == 0)
        {
          g_autofree char *text = cor_html_text_of (sibling);

          return g_str_has_suffix (text, ".") || strstr (text, ". ") != NULL;
        }
    }
  return FALSE;
}

static GPtrArray *
gather_article (xmlNode *top)
{
  GPtrArray *parts = g_ptr_array_new ();

  if (top->parent == NULL || top->parent->_private == NULL)
    {
      g_ptr_array_add (parts, top);
      return parts;
    }
  for (xmlNode *sibling = top->parent->children; sibling != NULL; sibling = sibling->next)
    if (sibling == top || (sibling->type == XML_ELEMENT_NODE && is_kindred_sibling (sibling, top)))
      g_ptr_array_add (parts, sibling);
  return parts;
}

static gboolean
is_junk_block (xmlNode *node,
               Flags    flags)
{
  static const char *const conditional[] = { "form", "fieldset", "table", "ul", "ol", "div", "section",
                                             "header", "figure", "dl", NULL };
  Info *in = info (node);
  int weight = class_weight (node, flags);
  double density = link_density (node);
  gboolean is_list = cor_html_is (node, "ul") || cor_html_is (node, "ol");

  if (cor_html_is (node, "h1") || cor_html_is (node, "h2"))
    return weight < 0 || density > 0.33;
  if (!is_one_of (node, conditional))
    return FALSE;
  if (weight + in->score < 0)
    return TRUE;
  if (in->commas >= 10)
    return FALSE;
  if (in->img_count > 1 && (double)in->p_count / in->img_count < 0.5 && !cor_html_is (node, "figure"))
    return TRUE;
  if (!is_list && in->li_count > in->p_count + 100)
    return TRUE;
  if (in->input_count > in->p_count / 3)
    return TRUE;
  if (in->text_len < 25 && in->img_count == 0 && in->embed_count == 0)
    return TRUE;
  if (weight < 25 && density > 0.2 && (is_list || in->text_len < 2000))
    return TRUE;
  if (weight >= 25 && density > 0.5)
    return TRUE;
  return (in->embed_count == 1 && in->text_len < 75) || in->embed_count > 1;
}

/* Takes off what clean_article() removed inside @in. */
static void
take_off_cuts (Info *in)
{
  in->text_len -= MIN (in->text_len, in->cut_text);
  in->link_len -= MIN (in->link_len, in->cut_links);
  in->commas -= MIN (in->commas, in->cut_commas);
}

/* Hands what was removed inside @in on to its parent @up, and @in itself
 * when @removed: each removal then costs its node, not a walk up every
 * ancestor (3,000 nested <div>s took seconds). */
static void
hand_on_cuts (const Info *in,
              Info       *up,
              gboolean    removed)
{
  up->cut_text += in->cut_text + (removed ? in->text_len : 0);
  up->cut_links += in->cut_links + (removed ? in->link_len : 0);
  up->cut_commas += in->cut_commas + (removed ? in->commas : 0);
}

/* Drops link lists, widgets and empty blocks inside the article, deepest
 * first, so a container is judged without its junk. */
static void
clean_article (xmlNode *root,
               Flags    flags)
{
  g_autoptr(GPtrArray) inside = g_ptr_array_new ();

  for (xmlNode *node = root; node != NULL; node = cor_html_next (node, root, FALSE))
    if (node->type == XML_ELEMENT_NODE && node != root && node->_private != NULL)
      g_ptr_array_add (inside, node);

  /* Descendants come after their ancestors in the list, so each node is
   * judged with all that was removed inside it taken off. */
  for (guint i = inside->len; i > 0; i--)
    {
      xmlNode *node = g_ptr_array_index (inside, i - 1);
      xmlNode *parent = node->parent;
      Info *in = info (node);
      gboolean junk;

      take_off_cuts (in);
      junk = ((flags & CLEAN_CONDITIONALLY) || cor_html_is (node, "h1") || cor_html_is (node, "h2"))
             && is_junk_block (node, flags);
      if (parent != NULL && parent->_private != NULL)
        hand_on_cuts (in, info (parent), junk);
      in->cut_text = in->cut_links = in->cut_commas = 0;
      if (junk)
        {
          xmlUnlinkNode (node);
          xmlFreeNode (node);
          /* Its descendants were later in the list and are already judged. */
        }
    }
  if (root->_private != NULL)
    take_off_cuts (info (root));
}

static char *
extract_with (xmlDoc *doc,
              Flags   flags)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *body = root;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree Info *infos = NULL;
  GString *out;

  if (root == NULL)
    return g_strdup ("");
  for (xmlNode *node = root; node != NULL; node = cor_html_next (node, root, FALSE))
    if (cor_html_is (node, "body"))
      {
        body = node;
        break;
      }

  remove_unwanted (body, flags);
  for (xmlNode *node = body; node != NULL; node = cor_html_next (node, body, FALSE))
    if (node->type == XML_ELEMENT_NODE)
      g_ptr_array_add (nodes, node);
  infos = g_new0 (Info, nodes->len);
  for (guint i = 0; i < nodes->len; i++)
    ((xmlNode *)g_ptr_array_index (nodes, i))->_private = &infos[i];

  measure (nodes);
  candidates = score_nodes (nodes, flags);
  parts = gather_article (pick_top (candidates, body));

  out = g_string_new (NULL);
  for (guint i = 0; i < parts->len; i++)
    {
      clean_article (g_ptr_array_index (parts, i), flags);
      serialise (g_ptr_array_index (parts, i), out);
      end_block (out);
    }
  /* Some nodes are freed by now; the caller frees the document, with
   * the _private pointers that point into infos. */
  return g_string_free (out, FALSE);
}

gboolean
cor_html_looks_like_html (const char *text,
                          gsize       length)
{
  gsize probe = MIN (length, 2048);
  g_autofree char *head = NULL;

  while (probe > 0 && g_ascii_isspace (*text))
    {
      text++;
      probe--;
    }
  if (probe == 0 || *text != '<')
    return FALSE;
  head = g_ascii_strdown (text, probe);
  return strstr (head, "<!doctype html") || strstr (head, "<html") || strstr (head, "<head")
         || strstr (head, "<body") || strstr (head, "<p>") || strstr (head, "<div")
         || strstr (head, "<article") || strstr (head, "<meta");
}

xmlDoc *
cor_html_parse (const char *text,
                gsize       length)
{
  /* XML_PARSE_HUGE lifts libxml2's limit of 256 levels, past which it
   * stops reading and drops the rest of the page without a word: a browser
   * shows 400 unclosed <font> paragraphs whole, and so must the article.
   * Nothing below walks the tree by recursion. */
  int options = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOBLANKS | XML_PARSE_HUGE;

  return htmlReadMemory (text, (int)length, NULL, "UTF-8", options);
}

char *
cor_html_extract (const char  *text,
                  gsize        length,
                  xmlDoc      *parsed,
                  GError     **error)
{
  static const Flags attempts[] = { ALL_FLAGS, WEIGHT_CLASSES | CLEAN_CONDITIONALLY, CLEAN_CONDITIONALLY, 0 };
  g_autofree char *best = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      /* Each try changes the tree: the next one starts from the text. */
      xmlDoc *doc = i == 0 ? g_steal_pointer (&parsed) : cor_html_parse (text, length);
      char *article;

      if (doc == NULL)
        break;
      article = extract_with (doc, attempts[i]);
      xmlFreeDoc (doc);

      /* Like Readability, loosen the rules when the article comes out
       * too short, and keep the longest try. */
      if (best == NULL || strlen (article) > strlen (best))
        {
          g_free (best);
          best = article;
        }
      else
        g_free (article);
      if (strlen (best) >= CHAR_THRESHOLD)
        break;
    }

  if (best == NULL)
    {
      g_set_error_literal (error, COR_ERROR, COR_ERROR_NO_TEXT,
                           _("The web page cannot be read as HTML."));
      return NULL;
    }
  return g_steal_pointer (&best);
}
