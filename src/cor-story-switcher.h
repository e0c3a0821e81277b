/* cor-story-switcher.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

#define COR_TYPE_STORY_SWITCHER (cor_story_switcher_get_type ())

G_DECLARE_FINAL_TYPE (CorStorySwitcher, cor_story_switcher, COR, STORY_SWITCHER, GtkWidget)

/* The sidebar's stories: a choice of the story the table shows (or all of
 * them), and under it the story's copy groups, each with how many facts
 * only it states, a toggle that shows only those, and a menu that moves it
 * to another story. The story's menu merges it into another.
 *
 * Signals: "scope-changed" when the story or the only-here report changes;
 * "move-source" (guint source, guint story: G_MAXUINT for a new one) and
 * "merge-stories" (guint story, guint into) when the user asks for them. */
void  cor_story_switcher_set_table     (CorStorySwitcher *self,
                                        CorFactTable     *table);
/* The scope set_table() would keep for @table: the story shown while
 * @table has one of that number, the only-here report while it has it. */
void  cor_story_switcher_kept_scope    (CorStorySwitcher *self,
                                        CorFactTable     *table,
                                        guint            *story,
                                        guint            *only_in);
/* The story shown, or COR_NO_STORY for every story. */
guint cor_story_switcher_get_story     (CorStorySwitcher *self);
void  cor_story_switcher_set_story     (CorStorySwitcher *self,
                                        guint             story);
/* The copy group (its original) whose only-here facts are shown, or
 * G_MAXUINT. */
guint cor_story_switcher_get_only_in   (CorStorySwitcher *self);
void  cor_story_switcher_set_only_in   (CorStorySwitcher *self,
                                        guint             source);

G_END_DECLS
