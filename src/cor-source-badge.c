/* cor-source-badge.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source-badge"

#include "config.h"

#include "cor-source-badge.h"

#define MONOGRAM_KEY "cor-monogram"

const char *
cor_source_color_class (guint column)
{
  static const char *classes[COR_N_SOURCE_COLORS] = {
    "source-color-0", "source-color-1", "source-color-2", "source-color-3",
    "source-color-4", "source-color-5", "source-color-6", "source-color-7",
    "source-color-8", "source-color-9", "source-color-10", "source-color-11",
  };

  return classes[column % COR_N_SOURCE_COLORS];
}

/* Whether the word at @p is made of letters alone, as a name's words are
 * ("Harbour", "telegraph") and a hash's are not ("c5d3999dd"). */
static gboolean
word_of_letters (const char  *p,
                 const char **end)
{
  gboolean letters = TRUE;

  for (; *p && g_unichar_isalnum (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    letters &= g_unichar_isalpha (g_utf8_get_char (p));
  *end = p;
  return letters;
}

/* The first letters of a name's words; "Telegraph" → "TE"; a file named
 * by numbers and hashes ("003_29c1bf72") by its leading number. */
char *
cor_source_initials (const char *label)
{
  g_autoptr(GString) initials = g_string_new (NULL);
  const char *first_word = NULL;
  const char *p = label ? label : "";

  while (*p && g_utf8_strlen (initials->str, -1) < 2)
    {
      const char *end;

      if (!g_unichar_isalnum (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (word_of_letters (p, &end))
        {
          g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (p)));
          if (first_word == NULL)
            first_word = p;
        }
      p = end;
    }
  if (g_utf8_strlen (initials->str, -1) == 1)
    {
      const char *second = g_utf8_next_char (first_word);

      if (*second && g_unichar_isalpha (g_utf8_get_char (second)))
        g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (second)));
    }
  if (initials->len == 0)
    {
      p = label ? label : "";
      while (*p && !g_ascii_isdigit (*p))
        p++;
      while (g_ascii_isdigit (*p) && initials->len < 3)
        g_string_append_c (initials, *p++);
    }
  if (initials->len == 0)
    g_string_append (initials, "#");
  return g_string_free (g_steal_pointer (&initials), FALSE);
}

void
cor_source_badge_assign (GPtrArray *sources)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) initials = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < sources->len; i++)
    {
      char *mine = cor_source_initials (cor_source_get_label (g_ptr_array_index (sources, i)));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, mine));

      g_hash_table_replace (seen, g_strdup (mine), GUINT_TO_POINTER (n + 1));
      g_ptr_array_add (initials, mine);
    }
  for (guint i = 0; i < sources->len; i++)
    {
      const char *mine = g_ptr_array_index (initials, i);
      gboolean shared = GPOINTER_TO_UINT (g_hash_table_lookup (seen, mine)) > 1;
      char *monogram = shared ? g_strdup_printf ("%s%u", mine, i + 1) : g_strdup (mine);

      g_object_set_data_full (g_ptr_array_index (sources, i), MONOGRAM_KEY, monogram, g_free);
    }
}

const char *
cor_source_badge_get_monogram (CorSource *source)
{
  const char *monogram = g_object_get_data (G_OBJECT (source), MONOGRAM_KEY);

  if (monogram == NULL)
    {
      g_object_set_data_full (G_OBJECT (source), MONOGRAM_KEY,
                              cor_source_initials (cor_source_get_label (source)), g_free);
      monogram = g_object_get_data (G_OBJECT (source), MONOGRAM_KEY);
    }
  return monogram;
}

char *
cor_source_short_name (const char *label,
                       guint       max_chars)
{
  glong length = g_utf8_strlen (label, -1);
  g_autoptr(GString) out = NULL;
  guint head, tail;

  if (length <= (glong)max_chars || max_chars < 3)
    return g_strdup (label);
  /* The end of a name tells reports apart as often as its start. */
  tail = (max_chars - 1) / 2;
  head = max_chars - 1 - tail;
  out = g_string_new_len (label, g_utf8_offset_to_pointer (label, head) - label);
  g_string_append (out, "…");
  g_string_append (out, g_utf8_offset_to_pointer (label, length - tail));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

GtkWidget *
cor_source_badge_new (void)
{
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_add_css_class (badge, "source-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return badge;
}

void
cor_source_badge_set (GtkWidget *badge,
                      CorSource *source,
                      int        column)
{
  const char *previous = g_object_get_data (G_OBJECT (badge), "cor-color-class");
  const char *color = column >= 0 ? cor_source_color_class (column) : "source-color-none";

  gtk_label_set_text (GTK_LABEL (badge), cor_source_badge_get_monogram (source));
  if (previous == color)
    return;
  if (previous != NULL)
    gtk_widget_remove_css_class (badge, previous);
  gtk_widget_add_css_class (badge, color);
  g_object_set_data (G_OBJECT (badge), "cor-color-class", (gpointer)color);
}
