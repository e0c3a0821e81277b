/* cor-bidi.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-bidi"

#include "config.h"

#include "cor-bidi.h"

/* GTK 4.8 lays a column view's columns out right to left in a right-to-left
 * language, but its horizontal adjustment still counts from the left: a wide
 * table opened scrolled to its end, with the first columns (the facts) cut
 * off on the right, and its scrollbar moved against the content. Here the
 * adjustment keeps its distance from the right edge instead, and the
 * scrollbar runs left to right like the adjustment it shows. */

#define STATE_KEY "cor-bidi-state"

typedef struct
{
  GtkAdjustment *adjustment;
  double         from_end;
  guint          idle_id;
} ScrollState;

static void
scroll_state_free (gpointer data)
{
  ScrollState *state = data;

  g_clear_handle_id (&state->idle_id, g_source_remove);
  g_free (state);
}

static void
remember_position (GtkAdjustment *adjustment,
                   ScrollState   *state)
{
  if (state->idle_id == 0)
    state->from_end = MAX (0.0, gtk_adjustment_get_upper (adjustment)
                                - gtk_adjustment_get_page_size (adjustment)
                                - gtk_adjustment_get_value (adjustment));
}

static gboolean
restore_position (gpointer data)
{
  ScrollState *state = data;
  GtkAdjustment *adjustment = state->adjustment;
  double wanted = gtk_adjustment_get_upper (adjustment)
                  - gtk_adjustment_get_page_size (adjustment) - state->from_end;

  state->idle_id = 0;
  gtk_adjustment_set_value (adjustment, MAX (gtk_adjustment_get_lower (adjustment), wanted));
  return G_SOURCE_REMOVE;
}

/* The table grew or the window was resized: keep the same part in view.
 * The list ignores a new value while it is being allocated, hence the idle. */
static void
keep_position (GtkAdjustment *adjustment,
               ScrollState   *state)
{
  if (state->idle_id == 0)
    state->idle_id = g_idle_add (restore_position, state);
}

static void
pin_left_to_right (GtkWidget *widget)
{
  gtk_widget_set_direction (widget, GTK_TEXT_DIR_LTR);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pin_left_to_right (child);
}

/**
 * cor_bidi_scroll_from_start:
 * @scroller: a scrolled window around a #GtkColumnView
 *
 * In a right-to-left language, makes @scroller open at the table's start
 * (its right edge) and stay there as columns come and go. Does nothing in a
 * left-to-right language.
 */
void
cor_bidi_scroll_from_start (GtkScrolledWindow *scroller)
{
  GtkAdjustment *adjustment;
  ScrollState *state;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));

  if (gtk_widget_get_direction (GTK_WIDGET (scroller)) != GTK_TEXT_DIR_RTL)
    return;

  adjustment = gtk_scrolled_window_get_hadjustment (scroller);
  state = g_new0 (ScrollState, 1);
  state->adjustment = adjustment;
  g_object_set_data_full (G_OBJECT (adjustment), STATE_KEY, state, scroll_state_free);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (remember_position), state);
  g_signal_connect (adjustment, "changed", G_CALLBACK (keep_position), state);
  pin_left_to_right (gtk_scrolled_window_get_hscrollbar (scroller));
}
