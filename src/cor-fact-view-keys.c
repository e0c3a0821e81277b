/* cor-fact-view-keys.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-fact-cells.h"
#include "cor-fact-menu.h"
#include "cor-fact-view-private.h"

/* ---- Keyboard: one Tab stop, the arrows within ---- */

static GtkWidget *
find_cell (GtkWidget *root,
           guint      position,
           guint      source)
{
  if (cor_fact_cells_is_report_cell (root) && gtk_widget_get_mapped (root)
      && cor_fact_cells_get_position (root) == position
      && (source == G_MAXUINT || cor_fact_cells_get_source (root) == source))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_cell (child, position, source);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
focused_cell (CorFactView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && cor_fact_cells_is_report_cell (focus)
      && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->report_columns)))
    return focus;
  return NULL;
}

guint
cor_fact_view_get_focused_source (CorFactView *self)
{
  GtkWidget *cell;

  g_return_val_if_fail (COR_IS_FACT_VIEW (self), G_MAXUINT);

  cell = focused_cell (self);
  return cell ? cor_fact_cells_get_source (cell) : G_MAXUINT;
}

/* The focused row's position: from its focused cell or the selection. */
static guint
current_position (CorFactView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkWidget *cell = focused_cell (self);

  if (cell != NULL)
    return cor_fact_cells_get_position (cell);
  return gtk_bitset_is_empty (selected) ? 0 : gtk_bitset_get_minimum (selected);
}

/* Scrolls sideways just enough to show @cell. */
static void
reveal_cell (CorFactView *self,
             GtkWidget   *cell)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->report_scroller));
  graphene_rect_t bounds;
  double page = gtk_adjustment_get_page_size (h), value = gtk_adjustment_get_value (h);

  if (!gtk_widget_compute_bounds (cell, self->report_scroller, &bounds))
    return;
  if (bounds.origin.x < 0)
    gtk_adjustment_set_value (h, value + bounds.origin.x);
  else if (bounds.origin.x + bounds.size.width > page)
    gtk_adjustment_set_value (h, value + bounds.origin.x + bounds.size.width - page);
}

static gboolean
focus_cell (CorFactView *self,
            guint        position,
            guint        source)
{
  GtkWidget *cell;

  if (source >= self->source_columns->len || position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return FALSE;
  cor_fact_view_scroll_to (self, position);
  cell = find_cell (GTK_WIDGET (self->report_columns), position, source);
  if (cell == NULL)
    return FALSE;
  self->focus_source = source;
  gtk_widget_grab_focus (cell);
  reveal_cell (self, cell);
  return TRUE;
}

static GtkWidget *
find_fact_cell (GtkWidget *root,
                guint      position)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (root), "cor-list-item");

  if (item != NULL && gtk_widget_get_mapped (root) && gtk_list_item_get_position (item) == position)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_fact_cell (child, position);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Back to the row of the pinned Fact columns, which the list view focuses. */
static void
focus_fact_row (CorFactView *self,
                guint        position)
{
  GtkWidget *cell = find_fact_cell (GTK_WIDGET (self->fact_columns), position);

  for (GtkWidget *w = cell; w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_focusable (w))
      {
        gtk_widget_grab_focus (w);
        return;
      }
  gtk_widget_grab_focus (GTK_WIDGET (self->fact_columns));
}

static gboolean
column_shown (CorFactView *self,
              guint        source)
{
  return source < self->source_columns->len
         && gtk_column_view_column_get_visible (g_ptr_array_index (self->source_columns, source));
}

/* The next report column in view after (@forward) or before @source:
 * another story's are hidden. G_MAXUINT past the last or the first. */
static guint
next_shown (CorFactView *self,
            guint        source,
            gboolean     forward)
{
  if (forward)
    {
      for (guint i = source == G_MAXUINT ? 0 : source + 1; i < self->source_columns->len; i++)
        if (column_shown (self, i))
          return i;
      return G_MAXUINT;
    }
  for (guint i = MIN (source, self->source_columns->len); i > 0; i--)
    if (column_shown (self, i - 1))
      return i - 1;
  return G_MAXUINT;
}

static gboolean
move_in_row (CorFactView *self,
             guint        keyval)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  gboolean forward = (keyval == GDK_KEY_Right) != rtl;
  GtkWidget *cell = focused_cell (self);
  guint position = current_position (self);
  guint next;

  if (cell == NULL)
    {
      if (!forward || self->source_columns->len == 0)
        return FALSE;
      next = MIN (self->focus_source, self->source_columns->len - 1);
      if (!column_shown (self, next))
        next = next_shown (self, next, FALSE) != G_MAXUINT ? next_shown (self, next, FALSE)
                                                           : next_shown (self, next, TRUE);
      return next != G_MAXUINT && focus_cell (self, position, next);
    }
  next = next_shown (self, cor_fact_cells_get_source (cell), forward);
  if (forward)
    return (next != G_MAXUINT && focus_cell (self, position, next)) || TRUE;
  if (next == G_MAXUINT)
    {
      focus_fact_row (self, position);
      return TRUE;
    }
  return focus_cell (self, position, next);
}

static gboolean
move_between_rows (CorFactView *self,
                   guint        keyval)
{
  GtkWidget *cell = focused_cell (self);
  guint position, n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (cell == NULL)
    return FALSE;
  position = cor_fact_cells_get_position (cell);
  if (keyval == GDK_KEY_Up && position == 0)
    return TRUE;
  position = keyval == GDK_KEY_Up ? position - 1 : position + 1;
  if (position >= n)
    return TRUE;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  focus_cell (self, position, cor_fact_cells_get_source (cell));
  return TRUE;
}

/* Tab leaves the table at once, where the column views would step
 * through it a row at a time. */
static void
leave_table (CorFactView      *self,
             GtkDirectionType  direction)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_set_can_focus (self->table_area, FALSE);
  gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (self->table_area, TRUE);
}

gboolean
cor_fact_view_key_pressed (CorFactView           *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  state &= GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK;
  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab || keyval == GDK_KEY_KP_Tab)
      && !(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    {
      leave_table (self, (state & GDK_SHIFT_MASK) || keyval == GDK_KEY_ISO_Left_Tab
                         ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
      return TRUE;
    }
  if ((keyval == GDK_KEY_F10 && state == GDK_SHIFT_MASK) || (keyval == GDK_KEY_Menu && state == 0))
    {
      cor_fact_view_popup_menu (self);
      return TRUE;
    }
  if (state != 0)
    return FALSE;
  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right)
    return move_in_row (self, keyval);
  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_Down)
    return move_between_rows (self, keyval);
  return FALSE;
}

/* ---- The row menu ---- */

static void
popup_at (CorFactView *self,
          guint        position,
          guint        source,
          double       x,
          double       y)
{
  g_autoptr(CorFactRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autoptr(GMenuModel) model = NULL;

  if (row == NULL)
    return;
  if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  model = cor_fact_menu_new (row, source);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { x, y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

void
cor_fact_view_popup_menu (CorFactView *self)
{
  GtkWidget *cell;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  guint position;

  g_return_if_fail (COR_IS_FACT_VIEW (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return;
  position = current_position (self);
  cell = focused_cell (self);
  if (cell == NULL)
    cell = find_cell (GTK_WIDGET (self->report_columns), position, G_MAXUINT);
  if (cell != NULL && !gtk_widget_compute_bounds (cell, GTK_WIDGET (self), &bounds))
    bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  popup_at (self, position, cell == focused_cell (self) && cell ? cor_fact_cells_get_source (cell) : G_MAXUINT,
            bounds.origin.x, bounds.origin.y + bounds.size.height / 2);
}

/* The row and report under a point of @view, from the cell picked there. */
static gboolean
pick_row (CorFactView *self,
          GtkWidget   *view,
          double       x,
          double       y,
          guint       *position,
          guint       *source)
{
  GtkWidget *picked = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);

  for (; picked != NULL && picked != view; picked = gtk_widget_get_parent (picked))
    if (g_object_get_data (G_OBJECT (picked), "cor-list-item") != NULL)
      {
        GtkListItem *item = g_object_get_data (G_OBJECT (picked), "cor-list-item");

        *position = gtk_list_item_get_position (item);
        *source = cor_fact_cells_is_report_cell (picked) ? cor_fact_cells_get_source (picked) : G_MAXUINT;
        return *position != GTK_INVALID_LIST_POSITION;
      }
  return FALSE;
}

static void
secondary_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   CorFactView     *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  guint position, source;
  graphene_point_t point;

  if (!pick_row (self, view, x, y, &position, &source))
    return;
  if (!gtk_widget_compute_point (view, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_at (self, position, source, point.x, point.y);
}

void
cor_fact_view_add_secondary_click (CorFactView *self,
                     GtkWidget   *view)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed), self);
  gtk_widget_add_controller (view, GTK_EVENT_CONTROLLER (click));
}

