/* cor-reading-view.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-reading-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cor-reading-view.h"
#include "cor-source-badge.h"

typedef struct
{
  gsize            start;
  gsize            end;
  CorReadingState  state;
  guint            others;    /* the reports on the other side, or that agree */
  CorFact         *fact;
} Sentence;

struct _CorReadingView
{
  GtkBox          parent_instance;

  GtkWidget      *badge;
  GtkWidget      *title;
  GtkWidget      *legend;
  GtkTextView    *text_view;
  GtkTextBuffer  *buffer;

  CorFactTable   *table;
  guint           source;
  GArray         *sentences;  /* Sentence */
};

enum {
  FACT_ACTIVATED,
  CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CorReadingView, cor_reading_view, GTK_TYPE_BOX)

static const char *tag_names[] = { NULL, "supported", "partial", "contradicted", "only-here" };

/* How @fact's other reports stand on @source's statement of it. */
static CorReadingState
state_of (CorFact *fact,
          guint    source,
          guint   *others)
{
  CorCell *own = cor_fact_get_cell (fact, source);
  CorCellStatus mine = own != NULL ? cor_cell_get_stance (own) : COR_CELL_ABSENT;
  guint agree = 0, partial = 0, conflict = 0;

  /* As the row's agreement counts them: a report that gives less than
   * the others still backs what they say in common. */
  for (guint c = 0; c < fact->cells->len; c++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, c);
      CorCellStatus stance = cor_cell_get_stance (cell);

      if (cell->source == source)
        continue;
      agree += stance == COR_CELL_SUPPORTS || stance == COR_CELL_PARTIAL;
      partial += stance == COR_CELL_PARTIAL;
      conflict += stance == COR_CELL_CONFLICTS;
    }
  *others = mine == COR_CELL_CONFLICTS ? agree : conflict;
  if (mine == COR_CELL_CONFLICTS || conflict > 0)
    return COR_READING_CONTRADICTED;
  *others = agree;
  if (agree == 0)
    return COR_READING_ONLY_HERE;
  if (mine == COR_CELL_PARTIAL || partial > 0)
    return COR_READING_PARTIAL;
  return COR_READING_SUPPORTED;
}

/* The row a sentence belongs to: the one whose quote of this report lies
 * in it; a contradiction outweighs agreement when two rows share it. */
static void
assign_facts (CorReadingView *self)
{
  for (guint f = 0; f < self->table->facts->len; f++)
    {
      CorFact *fact = g_ptr_array_index (self->table->facts, f);
      CorCell *cell = cor_fact_get_cell (fact, self->source);

      for (guint q = 0; cell != NULL && cell->status != COR_CELL_ABSENT && q < cell->quotes->len; q++)
        {
          CorQuote *quote = g_ptr_array_index (cell->quotes, q);

          for (guint s = 0; s < self->sentences->len; s++)
            {
              Sentence *sentence = &g_array_index (self->sentences, Sentence, s);
              guint others;
              CorReadingState state;

              if (quote->start >= sentence->end || quote->end <= sentence->start)
                continue;
              state = state_of (fact, self->source, &others);
              if (sentence->fact == NULL || state == COR_READING_CONTRADICTED)
                {
                  sentence->fact = fact;
                  sentence->state = state;
                  sentence->others = others;
                }
            }
        }
    }
}

static void
iter_at_byte (CorReadingView *self,
              const char     *text,
              gsize           byte,
              GtkTextIter    *iter)
{
  gtk_text_buffer_get_iter_at_offset (self->buffer, iter, g_utf8_pointer_to_offset (text, text + byte));
}

static void
cor_reading_view_update_legend (CorReadingView *self)
{
  guint counts[COR_READING_ONLY_HERE + 1] = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *supported = NULL, *partial = NULL, *contradicted = NULL, *only = NULL;

  for (guint s = 0; s < self->sentences->len; s++)
    counts[g_array_index (self->sentences, Sentence, s).state]++;
  supported = g_strdup_printf (ngettext ("%u sentence supported by others", "%u sentences supported by others",
                                         counts[COR_READING_SUPPORTED]), counts[COR_READING_SUPPORTED]);
  partial = g_strdup_printf (ngettext ("%u partly", "%u partly", counts[COR_READING_PARTIAL]),
                             counts[COR_READING_PARTIAL]);
  contradicted = g_strdup_printf (ngettext ("%u contradicted", "%u contradicted", counts[COR_READING_CONTRADICTED]),
                                  counts[COR_READING_CONTRADICTED]);
  only = g_strdup_printf (ngettext ("%u only here", "%u only here", counts[COR_READING_ONLY_HERE]),
                          counts[COR_READING_ONLY_HERE]);
  /* Each count in its sentences' own shading: the legend of the text. */
  text = g_markup_printf_escaped ("<span background=\"#2ec27e40\">%s</span> · "
                                  "<span background=\"#e5a50a50\" underline=\"single\">%s</span> · "
                                  "<span background=\"#e01b2440\" underline=\"error\">%s</span> · "
                                  "<span background=\"#3584e426\" style=\"italic\">%s</span>",
                                  supported, partial, contradicted, only);
  gtk_label_set_markup (GTK_LABEL (self->legend), text);
}

void
cor_reading_view_set_report (CorReadingView *self,
                             CorFactTable   *table,
                             guint           source)
{
  CorDocument *doc;
  const char *text;

  g_return_if_fail (COR_IS_READING_VIEW (self));
  g_return_if_fail (table != NULL && source < table->sources->len);

  cor_fact_table_ref (table);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  self->table = table;
  self->source = source;
  g_array_set_size (self->sentences, 0);

  doc = g_ptr_array_index (table->documents, source);
  text = doc ? doc->text : cor_source_get_text (g_ptr_array_index (table->sources, source));
  gtk_text_buffer_set_text (self->buffer, text ? text : "", -1);
  cor_source_badge_set (self->badge, g_ptr_array_index (table->sources, source), source);
  gtk_label_set_text (GTK_LABEL (self->title), cor_source_get_label (g_ptr_array_index (table->sources, source)));
  for (guint i = 0; doc != NULL && i < doc->sentences->len; i++)
    {
      CorSpan *span = &g_array_index (doc->sentences, CorSpan, i);
      Sentence sentence = { span->start, span->end, COR_READING_NONE, 0, NULL };

      g_array_append_val (self->sentences, sentence);
    }
  assign_facts (self);
  for (guint s = 0; s < self->sentences->len; s++)
    {
      Sentence *sentence = &g_array_index (self->sentences, Sentence, s);
      GtkTextIter from, to;

      if (sentence->state == COR_READING_NONE)
        continue;
      iter_at_byte (self, text, sentence->start, &from);
      iter_at_byte (self, text, sentence->end, &to);
      gtk_text_buffer_apply_tag_by_name (self->buffer, tag_names[sentence->state], &from, &to);
    }
  cor_reading_view_update_legend (self);
}

guint
cor_reading_view_get_source (CorReadingView *self)
{
  g_return_val_if_fail (COR_IS_READING_VIEW (self), G_MAXUINT);
  return self->source;
}

static Sentence *
sentence_at (CorReadingView *self,
             gsize           offset)
{
  for (guint s = 0; s < self->sentences->len; s++)
    {
      Sentence *sentence = &g_array_index (self->sentences, Sentence, s);

      if (offset >= sentence->start && offset < sentence->end)
        return sentence;
    }
  return NULL;
}

CorReadingState
cor_reading_view_get_state_at (CorReadingView  *self,
                               gsize            offset,
                               const char     **fact_id)
{
  Sentence *sentence;

  g_return_val_if_fail (COR_IS_READING_VIEW (self), COR_READING_NONE);

  sentence = sentence_at (self, offset);
  if (fact_id != NULL)
    *fact_id = sentence && sentence->fact ? sentence->fact->id : NULL;
  return sentence ? sentence->state : COR_READING_NONE;
}

void
cor_reading_view_activate_at (CorReadingView *self,
                              gsize           offset)
{
  Sentence *sentence;

  g_return_if_fail (COR_IS_READING_VIEW (self));

  sentence = sentence_at (self, offset);
  if (sentence != NULL && sentence->fact != NULL)
    g_signal_emit (self, signals[FACT_ACTIVATED], 0, sentence->fact->id);
}

/* The byte of the report's text under @iter. */
static gsize
byte_at_iter (CorReadingView    *self,
              const GtkTextIter *iter)
{
  GtkTextIter start;
  g_autofree char *before = NULL;

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  before = gtk_text_buffer_get_text (self->buffer, &start, iter, TRUE);
  return strlen (before);
}

static void
text_released (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               CorReadingView  *self)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    cor_reading_view_activate_at (self, byte_at_iter (self, &iter));
}

static gboolean
text_key_pressed (CorReadingView        *self,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  GtkEventControllerKey *controller)
{
  GtkTextIter iter;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_space)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  cor_reading_view_activate_at (self, byte_at_iter (self, &iter));
  return TRUE;
}

static char *
describe_sentence (Sentence *sentence)
{
  switch (sentence->state)
    {
    case COR_READING_SUPPORTED:
      return g_strdup_printf (ngettext ("Supported by %u other report", "Supported by %u other reports",
                                        sentence->others), sentence->others);
    case COR_READING_PARTIAL:
      return g_strdup_printf (ngettext ("Partly supported by %u other report",
                                        "Partly supported by %u other reports", sentence->others),
                              sentence->others);
    case COR_READING_CONTRADICTED:
      return g_strdup_printf (ngettext ("Contradicted: %u report says otherwise",
                                        "Contradicted: %u reports say otherwise", sentence->others),
                              sentence->others);
    case COR_READING_ONLY_HERE:
      return g_strdup (_("Only this report says this"));
    case COR_READING_NONE:
    default:
      return NULL;
    }
}

static gboolean
text_query_tooltip (GtkWidget      *widget,
                    int             x,
                    int             y,
                    gboolean        keyboard,
                    GtkTooltip     *tooltip,
                    CorReadingView *self)
{
  g_autofree char *text = NULL;
  GtkTextIter iter;
  Sentence *sentence;
  int bx, by;

  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  else
    {
      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
        return FALSE;
    }
  sentence = sentence_at (self, byte_at_iter (self, &iter));
  text = sentence ? describe_sentence (sentence) : NULL;
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
create_tags (CorReadingView *self)
{
  gtk_text_buffer_create_tag (self->buffer, "supported", "background", "rgba(46,194,126,0.22)", NULL);
  gtk_text_buffer_create_tag (self->buffer, "partial", "background", "rgba(229,165,10,0.30)",
                              "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (self->buffer, "contradicted", "background", "rgba(224,27,36,0.24)",
                              "underline", PANGO_UNDERLINE_ERROR, NULL);
  gtk_text_buffer_create_tag (self->buffer, "only-here", "background", "rgba(53,132,228,0.14)",
                              "style", PANGO_STYLE_ITALIC, NULL);
}

static void
back_clicked (CorReadingView *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static GtkWidget *
new_header (CorReadingView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  gtk_widget_set_tooltip_text (back, _("Back to the Table"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back to the Table"), -1);
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (back_clicked), self);
  self->badge = cor_source_badge_new ();
  self->title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_MIDDLE);
  self->legend = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->legend), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->legend), 1);
  gtk_widget_set_hexpand (self->legend, TRUE);
  gtk_widget_add_css_class (self->legend, "caption");
  gtk_box_append (GTK_BOX (header), back);
  gtk_box_append (GTK_BOX (header), self->badge);
  gtk_box_append (GTK_BOX (header), self->title);
  gtk_box_append (GTK_BOX (header), self->legend);
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_set_margin_bottom (header, 6);
  return header;
}

static void
cor_reading_view_dispose (GObject *object)
{
  CorReadingView *self = COR_READING_VIEW (object);

  g_clear_pointer (&self->table, cor_fact_table_unref);
  g_clear_pointer (&self->sentences, g_array_unref);
  G_OBJECT_CLASS (cor_reading_view_parent_class)->dispose (object);
}

static void
cor_reading_view_class_init (CorReadingViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cor_reading_view_dispose;

  signals[FACT_ACTIVATED] = g_signal_new ("fact-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "readingview");
}

static void
cor_reading_view_init (CorReadingView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *header;

  self->sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  header = new_header (self);

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->text_view, 18);
  gtk_text_view_set_right_margin (self->text_view, 18);
  gtk_text_view_set_top_margin (self->text_view, 12);
  gtk_text_view_set_bottom_margin (self->text_view, 12);
  gtk_text_view_set_pixels_below_lines (self->text_view, 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The report’s text"), -1);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (text_query_tooltip), self);
  g_signal_connect (click, "released", G_CALLBACK (text_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (text_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
  create_tags (self);

  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->text_view));
  gtk_box_append (GTK_BOX (self), header);
  gtk_box_append (GTK_BOX (self), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self), scroller);
}

GtkWidget *
cor_reading_view_new (void)
{
  return g_object_new (COR_TYPE_READING_VIEW, NULL);
}
