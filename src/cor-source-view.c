/* cor-source-view.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-source-view.h"

struct _CorSourceView
{
  AdwWindow      parent_instance;

  GtkTextView   *text_view;
  GtkTextBuffer *buffer;
};

G_DEFINE_FINAL_TYPE (CorSourceView, cor_source_view, ADW_TYPE_WINDOW)

static void
cor_source_view_class_init (CorSourceViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
cor_source_view_init (CorSourceView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 640, 560);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->text_view, 18);
  gtk_text_view_set_right_margin (self->text_view, 18);
  gtk_text_view_set_top_margin (self->text_view, 12);
  gtk_text_view_set_bottom_margin (self->text_view, 12);
  gtk_text_view_set_pixels_below_lines (self->text_view, 6);
  gtk_text_buffer_create_tag (self->buffer, "highlight",
                              "background", "#f6d32d", "background-full-height", TRUE,
                              "foreground", "#241f31", NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "source-text");

  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->text_view));
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
iter_at_byte (GtkTextBuffer *buffer,
              const char    *text,
              gsize          byte,
              GtkTextIter   *iter)
{
  gtk_text_buffer_get_iter_at_offset (buffer, iter, g_utf8_pointer_to_offset (text, text + byte));
}

CorSourceView *
cor_source_view_new (GtkWindow *parent,
                     CorSource *source,
                     gsize      start,
                     gsize      end)
{
  CorSourceView *self = g_object_new (COR_TYPE_SOURCE_VIEW,
                                      "transient-for", parent,
                                      "title", cor_source_get_label (source),
                                      NULL);
  const char *text = cor_source_get_text (source);
  gsize length = text ? strlen (text) : 0;
  GtkTextIter from, to;
  GtkTextMark *mark;

  gtk_text_buffer_set_text (self->buffer, text ? text : "", -1);
  if (start > end || end > length || !g_utf8_validate_len (text ? text : "", end, NULL))
    return self;

  iter_at_byte (self->buffer, text, start, &from);
  iter_at_byte (self->buffer, text, end, &to);
  gtk_text_buffer_apply_tag_by_name (self->buffer, "highlight", &from, &to);
  gtk_text_buffer_place_cursor (self->buffer, &from);
  /* A mark scrolls once the text is laid out, which an iter cannot wait for. */
  mark = gtk_text_buffer_create_mark (self->buffer, "quote", &from, TRUE);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.1, TRUE, 0.0, 0.3);
  return self;
}

char *
cor_source_view_get_highlight (CorSourceView *self)
{
  GtkTextTag *tag;
  GtkTextIter from, to;

  g_return_val_if_fail (COR_IS_SOURCE_VIEW (self), NULL);

  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (self->buffer), "highlight");
  gtk_text_buffer_get_start_iter (self->buffer, &from);
  if (!gtk_text_iter_starts_tag (&from, tag) && !gtk_text_iter_forward_to_tag_toggle (&from, tag))
    return NULL;
  to = from;
  gtk_text_iter_forward_to_tag_toggle (&to, tag);
  return gtk_text_iter_get_text (&from, &to);
}
