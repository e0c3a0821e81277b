/* cor-window-stories.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-window-private.h"

/* The window's part of the stories: the sidebar's switcher scopes the
 * table, and its moves and merges are kept with the other corrections and
 * make the table anew (rows never span two stories, so a story changed
 * means new rows). */

static void
scope_changed (CorWindow *self)
{
  cor_fact_view_set_scope (self->fact_view,
                           cor_story_switcher_get_story (self->story_switcher),
                           cor_story_switcher_get_only_in (self->story_switcher));
}

/* A story edit makes the table anew; its toast can take it back. */
static void
story_edited (CorWindow  *self,
              const char *done)
{
  AdwToast *toast = adw_toast_new (done);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-story-edit");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  cor_window_sources_changed (self);
}

static void
undo_story_edit_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);

  if (cor_story_edits_remove_last (self->story_edits))
    cor_window_sources_changed (self);
}

/* The first report of @story, whose story the others join. */
static guint
first_of_story (CorFactTable *table,
                guint         story)
{
  return g_array_index (((CorStory *)g_ptr_array_index (table->stories, story))->sources, guint, 0);
}

/* Moves a copy group, named by @source, its original: every member goes. */
static void
move_source (CorWindow *self,
             guint      source,
             guint      story)
{
  CorFactTable *table = self->table;
  guint group, from, target = G_MAXUINT;

  if (table == NULL || source >= table->sources->len || (story != G_MAXUINT && story >= table->stories->len))
    return;
  group = cor_fact_table_get_copy_group (table, source);
  from = cor_fact_table_get_story (table, source);
  if (story != G_MAXUINT)
    target = first_of_story (table, story);
  for (guint i = 0; i < table->sources->len; i++)
    {
      if (cor_fact_table_get_copy_group (table, i) != group || cor_fact_table_get_story (table, i) != from)
        continue;
      /* Into a new story: the first member makes it, the others follow. */
      if (target == G_MAXUINT)
        target = i;
      cor_story_edits_add_move (self->story_edits, table, i, target);
    }
  story_edited (self, _("Report moved to another story"));
}

static void
merge_stories (CorWindow *self,
               guint      story,
               guint      into)
{
  CorFactTable *table = self->table;

  if (table == NULL || story >= table->stories->len || into >= table->stories->len || story == into)
    return;
  cor_story_edits_add_merge (self->story_edits, table, first_of_story (table, story),
                             first_of_story (table, into));
  cor_story_switcher_set_story (self->story_switcher, COR_NO_STORY);
  story_edited (self, _("Stories merged"));
}

/* The table takes the scope the switcher will keep at once; the switcher,
 * whose rows would widen the table's first frame to the sidebar, shows the
 * new stories with the sidebar, a frame later (see cor_window_apply_table).
 * Meanwhile it takes no pointer input, so that no click picks a story of
 * the old table. */
void
cor_window_stories_scope_table (CorWindow *self)
{
  guint story, only_in;

  cor_story_switcher_kept_scope (self->story_switcher, self->table, &story, &only_in);
  cor_fact_view_set_scope (self->fact_view, story, only_in);
  gtk_widget_set_can_target (GTK_WIDGET (self->story_switcher), FALSE);
}

void
cor_window_stories_show_table (CorWindow *self)
{
  cor_story_switcher_set_table (self->story_switcher, self->table);
  gtk_widget_set_can_target (GTK_WIDGET (self->story_switcher), TRUE);
  scope_changed (self);
}

void
cor_window_class_add_story_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo-story-edit", NULL, undo_story_edit_action);
}

void
cor_window_stories_init (CorWindow *self)
{
  g_signal_connect_object (self->story_switcher, "scope-changed", G_CALLBACK (scope_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_switcher, "move-source", G_CALLBACK (move_source), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->story_switcher, "merge-stories", G_CALLBACK (merge_stories), self,
                           G_CONNECT_SWAPPED);
}
