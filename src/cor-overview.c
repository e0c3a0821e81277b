/* cor-overview.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-overview"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cor-format.h"
#include "cor-overview.h"

#define ROW_HEIGHT 18
#define HEADER_HEIGHT 24
#define GROUP_GAP 4
#define MIN_COLUMN 3
#define MAX_COLUMN 14

struct _CorOverview
{
  GtkWidget            parent_instance;

  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  guint                hscroll_policy : 1;
  guint                vscroll_policy : 1;

  GtkSelectionModel   *selection;
  CorFactTable        *table;
  CorOverviewGrouping  grouping;
  guint                story;    /* the story whose reports have columns, or COR_NO_STORY */
  GArray              *order;    /* guint: report index of each thin column */
  GArray              *groups;   /* guint: first column of each group */
  guint                cursor_row;
  guint                cursor_column;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  ACTIVATE_FACT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (CorOverview, cor_overview, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static guint
n_rows (CorOverview *self)
{
  return self->selection ? g_list_model_get_n_items (G_LIST_MODEL (self->selection)) : 0;
}

static int
label_width (CorOverview *self)
{
  return CLAMP (gtk_widget_get_width (GTK_WIDGET (self)) * 0.35, 160, 360);
}

static double
column_width (CorOverview *self)
{
  guint n = self->order ? self->order->len : 0;
  double room = gtk_widget_get_width (GTK_WIDGET (self)) - label_width (self) - 12
                - (self->groups ? self->groups->len : 0) * GROUP_GAP;

  if (n == 0)
    return MAX_COLUMN;
  return CLAMP (room / n, MIN_COLUMN, MAX_COLUMN);
}

/* The outlet a report is known by, or "" when only its file names it. */
static const char *
outlet_of (CorSource *source)
{
  const char *label = cor_source_get_label (source);
  const char *path = cor_source_get_path (source);
  g_autofree char *base = path ? g_path_get_basename (path) : NULL;
  gsize length = strlen (label);

  if (base != NULL && g_str_has_prefix (base, label) && (base[length] == '.' || base[length] == '\0'))
    return "";
  return label;
}

static const char *
group_key (CorOverview *self,
           guint        source)
{
  CorSource *s = g_ptr_array_index (self->table->sources, source);

  if (self->grouping == COR_OVERVIEW_BY_DATE)
    return cor_source_get_published (s) ? cor_source_get_published (s) : "";
  return outlet_of (s);
}

static CorOverview *sort_self;

static int
compare_columns (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;
  int by_key = g_utf8_collate (group_key (sort_self, x), group_key (sort_self, y));

  return by_key != 0 ? by_key : (x > y) - (x < y);
}

/* Reports of one outlet, or of one day, side by side. */
static void
cor_overview_arrange (CorOverview *self)
{
  guint n = self->table ? self->table->sources->len : 0;

  g_array_set_size (self->order, 0);
  g_array_set_size (self->groups, 0);
  for (guint i = 0; i < n; i++)
    if (self->story == COR_NO_STORY || cor_fact_table_get_story (self->table, i) == self->story)
      g_array_append_val (self->order, i);
  sort_self = self;
  g_array_sort (self->order, compare_columns);
  sort_self = NULL;
  n = self->order->len;
  for (guint i = 0; i < n; i++)
    if (i == 0 || g_strcmp0 (group_key (self, g_array_index (self->order, guint, i)),
                             group_key (self, g_array_index (self->order, guint, i - 1))) != 0)
      g_array_append_val (self->groups, i);
}

static guint
group_of_column (CorOverview *self,
                 guint        column)
{
  guint lo = 0, hi = self->groups->len;

  /* The last group that starts at or before @column: a binary search, as
   * this runs for every cell drawn (100,000 reports took minutes). */
  while (lo + 1 < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->groups, guint, mid) <= column)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static double
column_x (CorOverview *self,
          guint        column)
{
  double x = label_width (self) + 8 + column * column_width (self)
             + group_of_column (self, column) * GROUP_GAP;

  return x - (self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0);
}

static gboolean
cell_at (CorOverview *self,
         double       x,
         double       y,
         guint       *row,
         guint       *column)
{
  double top = y - HEADER_HEIGHT + (self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0);

  if (y < HEADER_HEIGHT || top < 0 || (guint)(top / ROW_HEIGHT) >= n_rows (self))
    return FALSE;
  *row = top / ROW_HEIGHT;
  *column = G_MAXUINT;
  for (guint c = 0; self->order != NULL && c < self->order->len; c++)
    if (x >= column_x (self, c) && x < column_x (self, c) + column_width (self))
      *column = c;
  return TRUE;
}

static void
append_color (GtkSnapshot   *snapshot,
              const GdkRGBA *color,
              double         x,
              double         y,
              double         w,
              double         h)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, w, h));
}

static void
marker_color (GtkWidget     *widget,
              CorCellStatus  status,
              GdkRGBA       *color)
{
  static const char *names[] = { NULL, "#2ec27e", "#e5a50a", "#e01b24" };

  if (status == COR_CELL_ABSENT)
    {
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
      color->alpha = 0.08;
      return;
    }
  gdk_rgba_parse (color, names[status]);
}

static void
draw_text (CorOverview *self,
           GtkSnapshot *snapshot,
           const char  *text,
           double       x,
           double       y,
           int          width)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_row (CorOverview *self,
          GtkSnapshot *snapshot,
          guint        position,
          double       y)
{
  g_autoptr(CorFactRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  CorFact *fact = cor_fact_row_get_fact (row);
  double width = column_width (self);
  GdkRGBA color;

  if (gtk_selection_model_is_selected (self->selection, position))
    {
      gdk_rgba_parse (&color, "#3584e4");
      color.alpha = 0.2;
      append_color (snapshot, &color, 0, y, gtk_widget_get_width (GTK_WIDGET (self)), ROW_HEIGHT);
    }
  draw_text (self, snapshot, cor_fact_row_get_text (row), 6, y, label_width (self) - 6);
  for (guint c = 0; c < self->order->len; c++)
    {
      guint source = g_array_index (self->order, guint, c);
      double x = column_x (self, c);
      CorCell *cell;

      /* Only the columns in view are drawn. */
      if (x + width < 0)
        continue;
      if (x > gtk_widget_get_width (GTK_WIDGET (self)))
        break;
      cell = cor_fact_get_cell (fact, source);
      marker_color (GTK_WIDGET (self), cell ? cell->status : COR_CELL_ABSENT, &color);
      append_color (snapshot, &color, x, y + 2, MAX (width - 1, 2), ROW_HEIGHT - 4);
      if (cell != NULL && cell->overridden)
        {
          gdk_rgba_parse (&color, "#613583");
          append_color (snapshot, &color, x, y + ROW_HEIGHT - 4, MAX (width - 1, 2), 2);
        }
    }
}

static void
draw_header (CorOverview *self,
             GtkSnapshot *snapshot)
{
  for (guint g = 0; g < self->groups->len; g++)
    {
      guint first = g_array_index (self->groups, guint, g);
      guint end = g + 1 < self->groups->len ? g_array_index (self->groups, guint, g + 1) : self->order->len;
      const char *key = group_key (self, g_array_index (self->order, guint, first));
      g_autofree char *date = self->grouping == COR_OVERVIEW_BY_DATE && *key ? cor_format_date (key) : NULL;
      double x = column_x (self, first);
      double w = column_x (self, end - 1) + column_width (self) - x;
      const char *none = self->grouping == COR_OVERVIEW_BY_DATE
                         /* Translators: the group of reports that give no date, in the overview */
                         ? _("No date")
                         /* Translators: the group of reports that name no outlet, in the overview */
                         : _("No outlet");

      /* A group too narrow for a word keeps its gap, not an ellipsis. */
      if (w >= 24)
        draw_text (self, snapshot, date ? date : *key ? key : none, x, 2, (int)w);
    }
}

static void
draw_cursor (CorOverview *self,
             GtkSnapshot *snapshot,
             double       top)
{
  GdkRGBA color;
  double x, y;

  if (!gtk_widget_has_focus (GTK_WIDGET (self)) || self->cursor_row >= n_rows (self)
      || self->cursor_column >= self->order->len)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  x = column_x (self, self->cursor_column) - 1;
  y = HEADER_HEIGHT + self->cursor_row * ROW_HEIGHT - top;
  gtk_snapshot_append_border (snapshot,
                              &GSK_ROUNDED_RECT_INIT (x, y, column_width (self) + 1, ROW_HEIGHT),
                              (float[4]) { 2, 2, 2, 2 }, (GdkRGBA[4]) { color, color, color, color });
}

static void
cor_overview_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  CorOverview *self = COR_OVERVIEW (widget);
  double top = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  int height = gtk_widget_get_height (widget);
  guint first, last;

  if (self->table == NULL || self->selection == NULL)
    return;
  first = top / ROW_HEIGHT;
  last = MIN (n_rows (self), (top + height) / ROW_HEIGHT + 1);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, HEADER_HEIGHT, gtk_widget_get_width (widget),
                                                        MAX (height - HEADER_HEIGHT, 0)));
  for (guint r = first; r < last; r++)
    draw_row (self, snapshot, r, HEADER_HEIGHT + r * ROW_HEIGHT - top);
  draw_cursor (self, snapshot, top);
  gtk_snapshot_pop (snapshot);
  draw_header (self, snapshot);
}

static void
cor_overview_configure (CorOverview *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double content_w = label_width (self) + 12 + (self->order ? self->order->len : 0) * column_width (self)
                     + (self->groups ? self->groups->len : 0) * GROUP_GAP;
  double content_h = n_rows (self) * ROW_HEIGHT;
  double page_h = MAX (height - HEADER_HEIGHT, 0);

  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (content_h - page_h, 0)),
                              0, MAX (content_h, page_h), ROW_HEIGHT, page_h * 0.9, page_h);
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (content_w - width, 0)),
                              0, MAX (content_w, width), 20, width * 0.9, width);
}

static void
cor_overview_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  cor_overview_configure (COR_OVERVIEW (widget));
}

static void
cor_overview_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : HEADER_HEIGHT + 3 * ROW_HEIGHT;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : HEADER_HEIGHT + 20 * ROW_HEIGHT;
}

static void
set_adjustment (CorOverview    *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, gtk_widget_queue_draw, self);
  g_set_object (slot, adjustment);
  if (adjustment != NULL)
    g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
  cor_overview_configure (self);
}

static void
cor_overview_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CorOverview *self = COR_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT: g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT: g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_overview_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CorOverview *self = COR_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT: set_adjustment (self, &self->hadjustment, g_value_get_object (value)); break;
    case PROP_VADJUSTMENT: set_adjustment (self, &self->vadjustment, g_value_get_object (value)); break;
    case PROP_HSCROLL_POLICY: self->hscroll_policy = g_value_get_enum (value); break;
    case PROP_VSCROLL_POLICY: self->vscroll_policy = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
describe_cursor (CorOverview *self)
{
  g_autoptr(CorFactRow) row = NULL;
  g_autofree char *cell = NULL;

  if (self->cursor_row >= n_rows (self) || self->cursor_column >= self->order->len)
    return NULL;
  row = g_list_model_get_item (G_LIST_MODEL (self->selection), self->cursor_row);
  cell = cor_fact_row_describe_cell (row, g_array_index (self->order, guint, self->cursor_column));
  /* Translators: the overview's cell under the pointer or the keyboard: a cell, then the fact */
  return g_strdup_printf (_("%s — %s"), cell, cor_fact_row_get_text (row));
}

static gboolean
cor_overview_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  CorOverview *self = COR_OVERVIEW (widget);
  g_autofree char *text = NULL;
  guint row, column;

  if (!keyboard)
    {
      if (!cell_at (self, x, y, &row, &column) || column == G_MAXUINT)
        return FALSE;
      self->cursor_row = row;
      self->cursor_column = column;
    }
  text = describe_cursor (self);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cor_overview_move_cursor (CorOverview *self,
                          guint        row,
                          guint        column)
{
  g_autofree char *text = NULL;
  double top, y;

  if (n_rows (self) == 0 || self->order->len == 0)
    return;
  self->cursor_row = MIN (row, n_rows (self) - 1);
  self->cursor_column = MIN (column, self->order->len - 1);
  text = describe_cursor (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  /* The row under the cursor stays in view. */
  top = gtk_adjustment_get_value (self->vadjustment);
  y = self->cursor_row * ROW_HEIGHT;
  if (y < top)
    gtk_adjustment_set_value (self->vadjustment, y);
  else if (y + ROW_HEIGHT > top + gtk_adjustment_get_page_size (self->vadjustment))
    gtk_adjustment_set_value (self->vadjustment, y + ROW_HEIGHT - gtk_adjustment_get_page_size (self->vadjustment));
  g_signal_emit (self, signals[ACTIVATE_FACT], 0, self->cursor_row);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
cor_overview_key_pressed (CorOverview           *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  guint row = self->cursor_row, column = self->cursor_column;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if (keyval == GDK_KEY_Up && row > 0)
    row--;
  else if (keyval == GDK_KEY_Down)
    row++;
  else if ((keyval == GDK_KEY_Left) != rtl && (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right))
    column = column > 0 ? column - 1 : 0;
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right)
    column++;
  else
    return FALSE;
  cor_overview_move_cursor (self, row, column);
  return TRUE;
}

static void
cor_overview_pressed (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      CorOverview     *self)
{
  guint row, column;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!cell_at (self, x, y, &row, &column))
    return;
  cor_overview_move_cursor (self, row, column == G_MAXUINT ? self->cursor_column : column);
}

static void cor_overview_changed (CorOverview *self);

static void
cor_overview_dispose (GObject *object)
{
  CorOverview *self = COR_OVERVIEW (object);

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, cor_overview_changed, self);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->groups, g_array_unref);
  G_OBJECT_CLASS (cor_overview_parent_class)->dispose (object);
}

static void
cor_overview_class_init (CorOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_overview_dispose;
  object_class->get_property = cor_overview_get_property;
  object_class->set_property = cor_overview_set_property;
  widget_class->snapshot = cor_overview_snapshot;
  widget_class->measure = cor_overview_measure;
  widget_class->size_allocate = cor_overview_size_allocate;
  widget_class->query_tooltip = cor_overview_query_tooltip;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[ACTIVATE_FACT] = g_signal_new ("activate-fact", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_set_css_name (widget_class, "overview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
cor_overview_init (CorOverview *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->story = COR_NO_STORY;
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->groups = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (cor_overview_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (click, "pressed", G_CALLBACK (cor_overview_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Overview of every report’s markers"), -1);
}

static void
cor_overview_changed (CorOverview *self)
{
  cor_overview_configure (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cor_overview_set_model (CorOverview       *self,
                        GtkSelectionModel *selection,
                        CorFactTable      *table)
{
  g_return_if_fail (COR_IS_OVERVIEW (self));

  if (self->selection != selection)
    {
      if (self->selection != NULL)
        g_signal_handlers_disconnect_by_func (self->selection, cor_overview_changed, self);
      g_set_object (&self->selection, selection);
      g_signal_connect_swapped (selection, "items-changed", G_CALLBACK (cor_overview_changed), self);
      g_signal_connect_swapped (selection, "selection-changed", G_CALLBACK (cor_overview_changed), self);
    }
  if (table != self->table)
    {
      g_clear_pointer (&self->table, cor_fact_table_unref);
      self->table = table ? cor_fact_table_ref (table) : NULL;
    }
  cor_overview_arrange (self);
  cor_overview_changed (self);
}

void
cor_overview_set_story (CorOverview *self,
                        guint        story)
{
  g_return_if_fail (COR_IS_OVERVIEW (self));

  self->story = story;
  cor_overview_arrange (self);
  cor_overview_changed (self);
}

void
cor_overview_set_grouping (CorOverview         *self,
                           CorOverviewGrouping  grouping)
{
  g_return_if_fail (COR_IS_OVERVIEW (self));

  self->grouping = grouping;
  cor_overview_arrange (self);
  cor_overview_changed (self);
}

guint
cor_overview_get_column_source (CorOverview *self,
                                guint        i)
{
  g_return_val_if_fail (COR_IS_OVERVIEW (self), G_MAXUINT);
  return i < self->order->len ? g_array_index (self->order, guint, i) : G_MAXUINT;
}

guint
cor_overview_get_n_groups (CorOverview *self)
{
  g_return_val_if_fail (COR_IS_OVERVIEW (self), 0);
  return self->groups->len;
}
