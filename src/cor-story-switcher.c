/* cor-story-switcher.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-story-switcher"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-a11y.h"
#include "cor-stories.h"
#include "cor-story-switcher.h"

/* Past this many copy groups a story lists no more: the reports' own list
 * below shows them all. */
#define MAX_GROUP_ROWS 30
/* Copies named in a group's caption. */
#define NAMED_COPIES   3
/* Group rows made in one frame while a new table comes in. */
#define ROWS_PER_FRAME 4

struct _CorStorySwitcher
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkDropDown   *story_dropdown;
  GtkMenuButton *story_menu_button;
  GtkLabel      *summary_label;
  GtkListBox    *group_list;

  CorFactTable  *table;
  GtkStringList *titles;     /* "All Stories", then each story's */
  GPtrArray     *toggles;    /* GtkToggleButton, one per group row */
  guint         *only_in_counts; /* per source, of the table */
  guint          story;      /* COR_NO_STORY: all */
  guint          only_in;    /* G_MAXUINT: none */
  gboolean       updating;
  GPtrArray     *pending;    /* PendingRow: rows planned, not yet made */
  guint          n_made;
  guint          fill_tick;
  gboolean       skip_frame;
};

/* A row to make: a story's header, one copy group, or the groups left out. */
typedef struct
{
  guint   story;
  GArray *members;   /* guint: the group's reports; NULL for the others */
  guint   more;      /* groups left out; 0 for the header */
} PendingRow;

G_DEFINE_FINAL_TYPE (CorStorySwitcher, cor_story_switcher, GTK_TYPE_WIDGET)

enum {
  SCOPE_CHANGED,
  MOVE_SOURCE,
  MERGE_STORIES,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "30 reports, 1 independent account", or "4 reports" when every report
 * is its own account. */
static char *
describe_support (guint reports,
                  guint independent)
{
  g_autofree char *n_reports = g_strdup_printf (ngettext ("%u report", "%u reports", reports), reports);
  g_autofree char *n_accounts = NULL;

  if (independent == reports)
    return g_steal_pointer (&n_reports);
  n_accounts = g_strdup_printf (ngettext ("%u independent account", "%u independent accounts",
                                          independent), independent);
  /* Translators: "30 reports" and "1 independent account" */
  return g_strdup_printf (_("%s, %s"), n_reports, n_accounts);
}

static guint
count_groups (CorFactTable *table,
              CorStory     *story)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < story->sources->len; k++)
    g_hash_table_add (groups, GUINT_TO_POINTER (cor_fact_table_get_copy_group (table, g_array_index (story->sources, guint, k))));
  return g_hash_table_size (groups);
}

static char *
story_label (CorFactTable *table,
             guint         index)
{
  CorStory *story = g_ptr_array_index (table->stories, index);
  guint n = story->sources->len;

  /* Translators: a story's title and how many reports tell it */
  return g_strdup_printf (ngettext ("%s (%u report)", "%s (%u reports)", n), story->title, n);
}

static GMenuModel *
new_group_menu (CorStorySwitcher *self,
                guint             source,
                guint             story)
{
  GMenu *menu = g_menu_new ();

  for (guint s = 0; s < self->table->stories->len; s++)
    {
      CorStory *other = g_ptr_array_index (self->table->stories, s);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (s == story)
        continue;
      /* Translators: %s is a story's title */
      label = g_strdup_printf (_("Move to “%s”"), other->title);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "stories.move", "(uu)", source, s);
      g_menu_append_item (menu, item);
    }
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("Move to a _New Story"), NULL);

    g_menu_item_set_action_and_target (item, "stories.move", "(uu)", source, G_MAXUINT);
    g_menu_append_item (menu, item);
  }
  return G_MENU_MODEL (menu);
}

static void
create_group_menu (GtkMenuButton *button,
                   gpointer       user_data)
{
  CorStorySwitcher *self = user_data;
  guint source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cor-source"));
  guint story = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cor-story"));
  g_autoptr(GMenuModel) menu = NULL;

  if (self->table == NULL || gtk_menu_button_get_menu_model (button) != NULL)
    return;
  menu = new_group_menu (self, source, story);
  gtk_menu_button_set_menu_model (button, menu);
}

static void
only_here_toggled (CorStorySwitcher *self,
                   GtkToggleButton  *toggle)
{
  guint source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "cor-source")) - 1;

  if (self->updating)
    return;
  if (gtk_toggle_button_get_active (toggle))
    cor_story_switcher_set_only_in (self, source);
  else if (self->only_in == source)
    cor_story_switcher_set_only_in (self, G_MAXUINT);
}

static char *
describe_copies (CorFactTable *table,
                 GArray       *members)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = members->len - 1;

  if (n == 0)
    return g_strdup (_("No copies"));
  for (guint m = 1; m < members->len && m <= NAMED_COPIES; m++)
    {
      if (names->len > 0)
        /* Translators: between the names of two reports in a list */
        g_string_append (names, _(", "));
      g_string_append (names, cor_source_get_label (g_ptr_array_index (table->sources, g_array_index (members, guint, m))));
    }
  if (n > NAMED_COPIES)
    g_string_append (names, "…");
  /* Translators: how many reports are copies of this one, then their names */
  return g_strdup_printf (ngettext ("%u copy: %s", "%u copies: %s", n), n, names->str);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* One copy group: its original (or first member) and its copies. */
static GtkWidget *
new_group_row (CorStorySwitcher *self,
               GArray           *members,
               guint             story)
{
  guint first = g_array_index (members, guint, 0);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *toggle = gtk_toggle_button_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autofree char *copies = describe_copies (self->table, members);
  g_autofree char *only = NULL;
  g_autofree char *tooltip = NULL;
  guint n_only = self->only_in_counts[first];
  const char *label = cor_source_get_label (g_ptr_array_index (self->table->sources, first));

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), new_label (label, "heading"));
  gtk_box_append (GTK_BOX (text), new_label (copies, "caption"));

  /* Translators: facts that no other independent report states */
  only = g_strdup_printf (ngettext ("%u only here", "%u only here", n_only), n_only);
  gtk_button_set_label (GTK_BUTTON (toggle), only);
  gtk_widget_add_css_class (toggle, "flat");
  gtk_widget_add_css_class (toggle, "caption");
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (toggle, n_only > 0);
  /* Translators: %s names a report */
  tooltip = g_strdup_printf (_("Show only the facts that no report but %s states"), label);
  gtk_widget_set_tooltip_text (toggle, tooltip);
  /* The report + 1: the tests find the toggle by it. */
  g_object_set_data (G_OBJECT (toggle), "cor-source", GUINT_TO_POINTER (first + 1));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), self->only_in == first);
  g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (only_here_toggled), self);
  g_ptr_array_add (self->toggles, toggle);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  /* Built when first opened: most groups are never moved. */
  g_object_set_data (G_OBJECT (menu_button), "cor-source", GUINT_TO_POINTER (first));
  g_object_set_data (G_OBJECT (menu_button), "cor-story", GUINT_TO_POINTER (story));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_group_menu, self, NULL);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu_button, _("Move to Another Story"));
  /* Icon only: screen readers read the button by this name. */
  cor_a11y_name_inner (menu_button, _("Move to Another Story"));

  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), toggle);
  gtk_box_append (GTK_BOX (row), menu_button);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 3);
  gtk_widget_set_margin_top (row, 3);
  gtk_widget_set_margin_bottom (row, 3);
  return row;
}

static void
add_row (CorStorySwitcher *self,
         GtkWidget        *child,
         gboolean          header)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* Its buttons take the focus; the row itself would be a nameless stop. */
  gtk_widget_set_focusable (row, FALSE);
  if (header)
    gtk_widget_add_css_class (row, "story-header");
  gtk_list_box_append (self->group_list, row);
}

static void
pending_row_free (gpointer data)
{
  PendingRow *pending = data;

  g_clear_pointer (&pending->members, g_array_unref);
  g_free (pending);
}

static void
plan_row (GPtrArray *plan,
          guint      story,
          GArray    *members,
          guint      more)
{
  PendingRow *pending = g_new0 (PendingRow, 1);

  pending->story = story;
  pending->members = members;
  pending->more = more;
  g_ptr_array_add (plan, pending);
}

/* The copy groups of one story, in the order of their first report. */
static void
plan_story_rows (CorStorySwitcher *self,
                 guint             index,
                 gboolean          with_header,
                 GPtrArray        *plan)
{
  CorStory *story = g_ptr_array_index (self->table->stories, index);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint shown = 0, n_groups = count_groups (self->table, story);

  if (with_header)
    plan_row (plan, index, NULL, 0);
  for (guint k = 0; k < story->sources->len && shown < MAX_GROUP_ROWS; k++)
    {
      guint source = g_array_index (story->sources, guint, k);
      guint group = cor_fact_table_get_copy_group (self->table, source);
      GArray *members;

      if (!g_hash_table_add (seen, GUINT_TO_POINTER (group)))
        continue;
      members = g_array_new (FALSE, FALSE, sizeof (guint));
      /* The original first, when it is in this story. */
      if (cor_fact_table_get_story (self->table, group) == index)
        g_array_append_val (members, group);
      for (guint m = k; m < story->sources->len; m++)
        {
          guint other = g_array_index (story->sources, guint, m);

          if (other != group && cor_fact_table_get_copy_group (self->table, other) == group)
            g_array_append_val (members, other);
        }
      plan_row (plan, index, members, 0);
      shown++;
    }
  if (n_groups > shown)
    plan_row (plan, index, NULL, n_groups - shown);
}

static void
make_row (CorStorySwitcher *self,
          PendingRow       *pending)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (pending->members != NULL)
    {
      add_row (self, new_group_row (self, pending->members, pending->story), FALSE);
      return;
    }
  if (pending->more == 0)
    {
      text = story_label (self->table, pending->story);
      label = new_label (text, "heading");
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 3);
      add_row (self, label, TRUE);
      return;
    }
  /* Translators: copy groups that the list leaves out */
  text = g_strdup_printf (ngettext ("and %u more copy group", "and %u more copy groups", pending->more),
                          pending->more);
  label = new_label (text, "dim-label");
  gtk_widget_set_margin_start (label, 6);
  add_row (self, label, FALSE);
}

/* Makes up to @n more of the planned rows; TRUE when none is left. */
static gboolean
make_rows (CorStorySwitcher *self,
           guint             n)
{
  guint end;

  if (self->pending == NULL)
    return TRUE;
  end = self->pending->len - self->n_made > n ? self->n_made + n : self->pending->len;
  self->updating = TRUE;
  for (; self->n_made < end; self->n_made++)
    make_row (self, g_ptr_array_index (self->pending, self->n_made));
  self->updating = FALSE;
  if (self->n_made < self->pending->len)
    return FALSE;
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  self->n_made = 0;
  return TRUE;
}

static void
stop_filling (CorStorySwitcher *self)
{
  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
  self->skip_frame = FALSE;
}

/* A new table's group rows enter a few per frame, from the frame after
 * the table's own: with hundreds of reports, making and measuring them
 * all at once held the window up for 30-50 ms. */
static gboolean
fill_step (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  CorStorySwitcher *self = COR_STORY_SWITCHER (widget);

  if (self->skip_frame)
    {
      self->skip_frame = FALSE;
      return G_SOURCE_CONTINUE;
    }
  if (!make_rows (self, ROWS_PER_FRAME))
    return G_SOURCE_CONTINUE;
  self->fill_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
update_summary (CorStorySwitcher *self)
{
  guint reports = 0, groups = 0;
  g_autofree char *text = NULL;

  for (guint s = 0; s < self->table->stories->len; s++)
    if (self->story == COR_NO_STORY || self->story == s)
      {
        CorStory *story = g_ptr_array_index (self->table->stories, s);

        reports += story->sources->len;
        groups += count_groups (self->table, story);
      }
  text = describe_support (reports, groups);
  gtk_label_set_text (self->summary_label, text);
}

static void
update_story_menu (CorStorySwitcher *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n = self->table ? self->table->stories->len : 0;

  for (guint s = 0; self->story != COR_NO_STORY && s < n; s++)
    {
      CorStory *other = g_ptr_array_index (self->table->stories, s);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (s == self->story)
        continue;
      /* Translators: %s is a story's title */
      label = g_strdup_printf (_("Merge into “%s”"), other->title);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "stories.merge", "(uu)", self->story, s);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->story_menu_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->story_menu_button), g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
}

static void
clear_groups (CorStorySwitcher *self)
{
  GtkWidget *child;

  stop_filling (self);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  self->n_made = 0;
  g_ptr_array_set_size (self->toggles, 0);
  g_clear_pointer (&self->only_in_counts, g_free);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->group_list))) != NULL)
    gtk_list_box_remove (self->group_list, child);
}

/* @at_once: the user chose a story, and sees its groups in the next frame. */
static void
rebuild_groups (CorStorySwitcher *self,
                gboolean          at_once)
{
  guint n = self->table ? self->table->stories->len : 0;

  clear_groups (self);
  self->pending = g_ptr_array_new_with_free_func (pending_row_free);
  if (self->table != NULL)
    self->only_in_counts = cor_stories_count_only_in_all (self->table);
  for (guint s = 0; s < n; s++)
    if (self->story == COR_NO_STORY || self->story == s)
      plan_story_rows (self, s, self->story == COR_NO_STORY && n > 1, self->pending);
  if (self->table != NULL)
    update_summary (self);
  update_story_menu (self);
  if (at_once || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    make_rows (self, G_MAXUINT);
  else
    {
      self->skip_frame = TRUE;
      self->fill_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), fill_step, NULL, NULL);
    }
}

/* Out of sight nothing is laid out: the rest of the rows come at once. */
static void
cor_story_switcher_unmap (GtkWidget *widget)
{
  CorStorySwitcher *self = COR_STORY_SWITCHER (widget);

  stop_filling (self);
  make_rows (self, G_MAXUINT);
  GTK_WIDGET_CLASS (cor_story_switcher_parent_class)->unmap (widget);
}

static void
cor_story_switcher_story_selected (CorStorySwitcher *self)
{
  guint selected = gtk_drop_down_get_selected (self->story_dropdown);
  guint story = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? COR_NO_STORY : selected - 1;

  if (self->updating || story == self->story)
    return;
  self->story = story;
  self->only_in = G_MAXUINT;
  rebuild_groups (self, TRUE);
  g_signal_emit (self, signals[SCOPE_CHANGED], 0);
}

void
cor_story_switcher_kept_scope (CorStorySwitcher *self,
                               CorFactTable     *table,
                               guint            *story,
                               guint            *only_in)
{
  g_return_if_fail (COR_IS_STORY_SWITCHER (self));

  *story = self->story;
  *only_in = self->only_in;
  /* A new table keeps the story shown while it has one of that number. */
  if (*story != COR_NO_STORY && (table == NULL || *story >= table->stories->len))
    *story = COR_NO_STORY;
  if (*only_in != G_MAXUINT && (table == NULL || *only_in >= table->sources->len))
    *only_in = G_MAXUINT;
}

void
cor_story_switcher_set_table (CorStorySwitcher *self,
                              CorFactTable     *table)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_return_if_fail (COR_IS_STORY_SWITCHER (self));

  if (table != NULL)
    cor_fact_table_ref (table);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  self->table = table;
  n = table ? table->stories->len : 0;

  g_ptr_array_add (labels, g_strdup (_("All Stories")));
  for (guint s = 0; s < n; s++)
    g_ptr_array_add (labels, story_label (table, s));
  g_ptr_array_add (labels, NULL);

  cor_story_switcher_kept_scope (self, table, &self->story, &self->only_in);
  self->updating = TRUE;
  gtk_string_list_splice (self->titles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->titles)),
                          (const char * const *)labels->pdata);
  gtk_drop_down_set_selected (self->story_dropdown, self->story == COR_NO_STORY ? 0 : self->story + 1);
  self->updating = FALSE;
  /* Shown first: a mapped switcher makes its rows a few per frame. */
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  rebuild_groups (self, FALSE);
}

guint
cor_story_switcher_get_story (CorStorySwitcher *self)
{
  g_return_val_if_fail (COR_IS_STORY_SWITCHER (self), COR_NO_STORY);
  return self->story;
}

void
cor_story_switcher_set_story (CorStorySwitcher *self,
                              guint             story)
{
  g_return_if_fail (COR_IS_STORY_SWITCHER (self));

  gtk_drop_down_set_selected (self->story_dropdown, story == COR_NO_STORY ? 0 : story + 1);
}

guint
cor_story_switcher_get_only_in (CorStorySwitcher *self)
{
  g_return_val_if_fail (COR_IS_STORY_SWITCHER (self), G_MAXUINT);
  return self->only_in;
}

void
cor_story_switcher_set_only_in (CorStorySwitcher *self,
                                guint             source)
{
  g_return_if_fail (COR_IS_STORY_SWITCHER (self));

  if (source == self->only_in)
    return;
  self->only_in = source;
  self->updating = TRUE;
  for (guint i = 0; i < self->toggles->len; i++)
    {
      GtkToggleButton *toggle = g_ptr_array_index (self->toggles, i);
      guint mine = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "cor-source")) - 1;

      gtk_toggle_button_set_active (toggle, mine == source);
    }
  self->updating = FALSE;
  g_signal_emit (self, signals[SCOPE_CHANGED], 0);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  guint source, story;

  g_variant_get (parameter, "(uu)", &source, &story);
  g_signal_emit (widget, signals[MOVE_SOURCE], 0, source, story);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  guint story, into;

  g_variant_get (parameter, "(uu)", &story, &into);
  g_signal_emit (widget, signals[MERGE_STORIES], 0, story, into);
}

/* @user_data: the most characters the title asks room for. In the
 * button, few: a long story's title would widen the whole sidebar. */
static void
setup_title (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = new_label (NULL, NULL);

  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (user_data));
  gtk_list_item_set_child (item, label);
}

static void
bind_title (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
new_title_factory (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_title), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_title), NULL);
  return factory;
}

static void
cor_story_switcher_dispose (GObject *object)
{
  CorStorySwitcher *self = COR_STORY_SWITCHER (object);

  stop_filling (self);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), COR_TYPE_STORY_SWITCHER);
  g_clear_pointer (&self->table, cor_fact_table_unref);
  g_clear_pointer (&self->toggles, g_ptr_array_unref);
  g_clear_pointer (&self->only_in_counts, g_free);
  g_clear_object (&self->titles);
  G_OBJECT_CLASS (cor_story_switcher_parent_class)->dispose (object);
}

static void
cor_story_switcher_class_init (CorStorySwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_story_switcher_dispose;
  widget_class->unmap = cor_story_switcher_unmap;

  signals[SCOPE_CHANGED] = g_signal_new ("scope-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE_SOURCE] = g_signal_new ("move-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[MERGE_STORIES] = g_signal_new ("merge-stories", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "stories.move", "(uu)", move_action);
  gtk_widget_class_install_action (widget_class, "stories.merge", "(uu)", merge_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/cor-story-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, CorStorySwitcher, box);
  gtk_widget_class_bind_template_child (widget_class, CorStorySwitcher, story_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorStorySwitcher, story_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CorStorySwitcher, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CorStorySwitcher, group_list);
  gtk_widget_class_bind_template_callback (widget_class, cor_story_switcher_story_selected);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "storyswitcher");
}

static void
cor_story_switcher_init (CorStorySwitcher *self)
{
  GtkListItemFactory *factory = new_title_factory (16);
  GtkListItemFactory *list_factory = new_title_factory (28);

  self->story = COR_NO_STORY;
  self->only_in = G_MAXUINT;
  self->toggles = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->titles = gtk_string_list_new (NULL);
  gtk_drop_down_set_factory (self->story_dropdown, factory);
  gtk_drop_down_set_list_factory (self->story_dropdown, list_factory);
  g_object_unref (factory);
  g_object_unref (list_factory);
  self->updating = TRUE;
  gtk_drop_down_set_model (self->story_dropdown, G_LIST_MODEL (self->titles));
  self->updating = FALSE;
  cor_a11y_name_inner (GTK_WIDGET (self->story_dropdown), _("Story"));
  cor_a11y_name_inner (GTK_WIDGET (self->story_menu_button), _("Story Options"));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
