/* cor-quotes-pane.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-quotes-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cor-fact-row.h"
#include "cor-quotes-pane.h"
#include "cor-source-badge.h"

struct _CorQuotesPane
{
  GtkWidget   parent_instance;

  GtkStack   *stack;
  GtkScrolledWindow *scroller;
  GtkLabel   *summary_label;
  GtkLabel   *agreement_label;
  GtkListBox *cards;
  GtkLabel   *absent_label;
};

G_DEFINE_FINAL_TYPE (CorQuotesPane, cor_quotes_pane, GTK_TYPE_WIDGET)

/* The markers a user can give a cell, in the order the menu lists them. */
static const CorCellStatus override_statuses[] = {
  COR_CELL_SUPPORTS, COR_CELL_PARTIAL, COR_CELL_CONFLICTS, COR_CELL_ABSENT,
};

typedef struct
{
  gsize    start;
  gsize    end;
  gboolean speaker;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a, *sb = b;

  if (sa->start != sb->start)
    return (sa->start > sb->start) - (sa->start < sb->start);
  return (sa->end < sb->end) - (sa->end > sb->end);
}

static void
add_mention_spans (GArray         *spans,
                   GPtrArray      *mentions,
                   const CorQuote *quote)
{
  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      CorMention *m = g_ptr_array_index (mentions, i);

      if (cor_mention_kind_is_value (m->kind) && m->start >= quote->start && m->end <= quote->end
          && m->end > m->start)
        g_array_append_val (spans, ((Span) { m->start - quote->start, m->end - quote->start, FALSE }));
    }
}

/* The quote's own text is the source's text between start and end unless an
 * engine gave a clause; offsets are only trusted when the two agree. */
static gboolean
quote_matches_document (CorDocument    *doc,
                        const CorQuote *quote)
{
  gsize len = strlen (quote->text);

  return doc != NULL && quote->start <= quote->end && quote->end <= doc->length
         && quote->end - quote->start == len
         && memcmp (doc->text + quote->start, quote->text, len) == 0;
}

char *
cor_quotes_pane_quote_markup (CorFactTable *table,
                              CorCell      *cell,
                              CorQuote     *quote)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GString) markup = g_string_new (NULL);
  CorDocument *doc = NULL;
  const char *text = quote->text;
  gsize pos = 0;

  if (cell->source < table->documents->len)
    doc = g_ptr_array_index (table->documents, cell->source);
  if (quote_matches_document (doc, quote))
    {
      add_mention_spans (spans, doc->mentions, quote);
      add_mention_spans (spans, cell->values, quote);
    }
  if (quote->speaker != NULL && quote->speaker[0] != '\0')
    {
      const char *found = strstr (text, quote->speaker);

      if (found != NULL)
        g_array_append_val (spans, ((Span) { found - text, found - text + strlen (quote->speaker), TRUE }));
    }
  g_array_sort (spans, compare_spans);

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);
      g_autofree char *before = NULL;
      g_autofree char *inside = NULL;

      if (span->start < pos || span->end > strlen (text))
        continue;
      before = g_markup_escape_text (text + pos, span->start - pos);
      inside = g_markup_escape_text (text + span->start, span->end - span->start);
      g_string_append (markup, before);
      if (span->speaker)
        g_string_append_printf (markup, "<span weight=\"bold\" background=\"#3584e4\" bgalpha=\"30%%\">%s</span>", inside);
      else
        g_string_append_printf (markup, "<span background=\"#f6d32d\" bgalpha=\"45%%\">%s</span>", inside);
      pos = span->end;
    }
  {
    g_autofree char *rest = g_markup_escape_text (text + pos, -1);

    g_string_append (markup, rest);
  }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static const char *
source_name (CorFactTable *table,
             guint         source)
{
  if (source >= table->sources->len)
    return "";
  return cor_source_get_label (g_ptr_array_index (table->sources, source));
}

static GtkWidget *
new_card_header (CorFactTable *table,
                 CorCell      *cell)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *badge = cor_source_badge_new ();
  GtkWidget *name = new_label (source_name (table, cell->source), "heading");
  GtkWidget *marker = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  const char *icon = cor_cell_status_get_icon_name (cell->status);
  static const char *marker_classes[] = { "marker-absent", "marker-supports",
                                          "marker-partial", "marker-conflicts" };

  if (cell->source < table->sources->len)
    cor_source_badge_set (badge, g_ptr_array_index (table->sources, cell->source), cell->source);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_wrap (GTK_LABEL (name), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  if (icon != NULL)
    gtk_box_append (GTK_BOX (marker), gtk_image_new_from_icon_name (icon));
  gtk_box_append (GTK_BOX (marker), gtk_label_new (cor_cell_status_get_label (cell->status)));
  gtk_widget_add_css_class (marker, marker_classes[cell->status]);
  if (cell->overridden)
    {
      GtkWidget *edited = gtk_label_new (_("Corrected by you"));

      gtk_widget_add_css_class (edited, "edited-pill");
      gtk_box_append (GTK_BOX (marker), edited);
      gtk_widget_add_css_class (marker, "overridden");
    }

  gtk_box_append (GTK_BOX (header), badge);
  gtk_box_append (GTK_BOX (header), name);
  gtk_box_append (GTK_BOX (header), marker);
  return header;
}

static void
on_override_selected (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      gpointer     user_data)
{
  const char *fact_id = g_object_get_data (G_OBJECT (dropdown), "fact-id");
  guint source = GPOINTER_TO_UINT (user_data);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected >= G_N_ELEMENTS (override_statuses))
    return;
  gtk_widget_activate_action (GTK_WIDGET (dropdown), "win.override-cell", "(suu)",
                              fact_id, source, (guint)override_statuses[selected]);
}

static GtkWidget *
new_override_dropdown (CorFact *fact,
                       CorCell *cell)
{
  const char *labels[G_N_ELEMENTS (override_statuses) + 1] = { NULL };
  GtkWidget *dropdown;

  for (guint i = 0; i < G_N_ELEMENTS (override_statuses); i++)
    labels[i] = cor_cell_status_get_label (override_statuses[i]);

  dropdown = gtk_drop_down_new_from_strings (labels);
  for (guint i = 0; i < G_N_ELEMENTS (override_statuses); i++)
    if (override_statuses[i] == cell->status)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  g_object_set_data_full (G_OBJECT (dropdown), "fact-id", g_strdup (fact->id), g_free);
  gtk_widget_set_tooltip_text (dropdown, _("Correct the Marker"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Correct the Marker"), -1);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_override_selected),
                    GUINT_TO_POINTER (cell->source));
  return dropdown;
}

static GtkWidget *
new_card_buttons (CorFact  *fact,
                  CorCell  *cell,
                  CorQuote *quote)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *show = gtk_button_new_with_mnemonic (_("_Show in Source"));

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), new_override_dropdown (fact, cell));

  /* A row of one report has nothing to split off. */
  if (fact->cells->len > 1)
    {
      GtkWidget *split = gtk_button_new_with_mnemonic (_("_Own Row"));

      gtk_widget_set_tooltip_text (split, _("Move this report’s sentence to a row of its own"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (split), "win.split-cell");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (split), "(su)", fact->id, cell->source);
      gtk_box_append (GTK_BOX (buttons), split);
    }

  gtk_widget_set_tooltip_text (show, _("Open the report at this sentence"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (show), "win.show-in-source");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (show), "(utt)", cell->source,
                                    (guint64)(quote ? quote->start : 0),
                                    (guint64)(quote ? quote->end : 0));
  gtk_widget_set_sensitive (show, quote != NULL);
  gtk_box_append (GTK_BOX (buttons), show);
  return buttons;
}

static GtkWidget *
new_card (CorFactTable *table,
          CorFact      *fact,
          CorCell      *cell)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  CorQuote *first = cell->quotes->len > 0 ? g_ptr_array_index (cell->quotes, 0) : NULL;

  gtk_widget_add_css_class (card, "quote-card");
  gtk_widget_add_css_class (card, cor_source_color_class (cell->source));
  gtk_box_append (GTK_BOX (card), new_card_header (table, cell));

  for (guint q = 0; q < cell->quotes->len; q++)
    {
      CorQuote *quote = g_ptr_array_index (cell->quotes, q);
      g_autofree char *markup = cor_quotes_pane_quote_markup (table, cell, quote);
      GtkWidget *label = new_label (NULL, "quote");

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (card), label);
      if (quote->speaker != NULL)
        {
          /* Translators: who a report attributes a statement to */
          g_autofree char *said = g_strdup_printf (_("Attributed to %s"), quote->speaker);
          gtk_box_append (GTK_BOX (card), new_label (said, "caption"));
        }
    }
  if (cell->note != NULL)
    {
      GtkWidget *note = new_label (cell->note, "dim-label");

      gtk_widget_add_css_class (note, "caption");
      gtk_box_append (GTK_BOX (card), note);
    }
  gtk_box_append (GTK_BOX (card), new_card_buttons (fact, cell, first));
  return card;
}

static void
cor_quotes_pane_set_absent (CorQuotesPane *self,
                            CorFactTable  *table,
                            CorFact       *fact)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;
  guint n = 0;

  for (guint s = 0; s < table->sources->len; s++)
    {
      CorCell *cell = cor_fact_get_cell (fact, s);

      if (cell != NULL)
        continue;
      if (n++ > 0)
        g_string_append (names, ", ");
      g_string_append (names, source_name (table, s));
    }
  /* Translators: %s is a list of reports, such as "Harbour Gazette, Coastal Daily" */
  text = g_strdup_printf (ngettext ("Not mentioned by %s", "Not mentioned by %s", n), names->str);
  gtk_label_set_text (self->absent_label, n > 0 ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->absent_label), n > 0);
}

void
cor_quotes_pane_set_fact (CorQuotesPane *self,
                          CorFactTable  *table,
                          CorFact       *fact)
{
  GtkWidget *child;
  g_autofree char *agreement = NULL;

  g_return_if_fail (COR_IS_QUOTES_PANE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards))) != NULL)
    gtk_list_box_remove (self->cards, child);

  if (table == NULL || fact == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  {
    g_autoptr(CorFactRow) row = cor_fact_row_new (table, fact);

    gtk_label_set_text (self->summary_label, cor_fact_row_get_text (row));
    agreement = cor_fact_row_describe_support (row);
  }
  gtk_label_set_text (self->agreement_label, agreement);

  for (guint c = 0; c < fact->cells->len; c++)
    {
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row),
                                  new_card (table, fact, g_ptr_array_index (fact->cells, c)));
      gtk_list_box_append (self->cards, row);
    }
  cor_quotes_pane_set_absent (self, table, fact);
  gtk_stack_set_visible_child_name (self->stack, "quotes");
  /* Each fact is read from its heading down. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
cor_quotes_pane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COR_TYPE_QUOTES_PANE);
  G_OBJECT_CLASS (cor_quotes_pane_parent_class)->dispose (object);
}

static void
cor_quotes_pane_class_init (CorQuotesPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_quotes_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-quotes-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, CorQuotesPane, stack);
  gtk_widget_class_bind_template_child (widget_class, CorQuotesPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, CorQuotesPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CorQuotesPane, agreement_label);
  gtk_widget_class_bind_template_child (widget_class, CorQuotesPane, cards);
  gtk_widget_class_bind_template_child (widget_class, CorQuotesPane, absent_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quotespane");
}

static void
cor_quotes_pane_init (CorQuotesPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
