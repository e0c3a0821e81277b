/* cor-story-edits.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

/* The user's corrections of the stories: move a report into the story of
 * another, or merge two stories. Like the corrections of the facts
 * (cor-corrections.h), each names its reports by the hash of their text,
 * so it still finds them when the set changes; they are applied before the
 * facts are aligned, since rows never span two stories. */
typedef struct _CorStoryEdits CorStoryEdits;

CorStoryEdits *cor_story_edits_new           (void);
CorStoryEdits *cor_story_edits_copy          (CorStoryEdits  *self);
void           cor_story_edits_free          (CorStoryEdits  *self);
guint          cor_story_edits_get_n_items   (CorStoryEdits  *self);
gboolean       cor_story_edits_remove_last   (CorStoryEdits  *self);

/* Moves @source into the story of @target, or into a story of its own when
 * @target is @source. */
void           cor_story_edits_add_move      (CorStoryEdits  *self,
                                              CorFactTable   *table,
                                              guint           source,
                                              guint           target);
/* Merges the story of @source into the story of @target. */
void           cor_story_edits_add_merge     (CorStoryEdits  *self,
                                              CorFactTable   *table,
                                              guint           source,
                                              guint           target);

/* Applies every edit in order to @story_of (a story per source of @table,
 * COR_NO_STORY for unread ones), with @n_stories stories; returns the new
 * number of stories (a move to a story of its own adds one). */
guint          cor_story_edits_apply         (CorStoryEdits  *self,
                                              CorFactTable   *table,
                                              guint          *story_of,
                                              guint           n_stories);

/* The project file's "stories" array. */
JsonNode      *cor_story_edits_to_json       (CorStoryEdits  *self);
CorStoryEdits *cor_story_edits_new_from_json (JsonNode       *node,
                                              GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorStoryEdits, cor_story_edits_free)

G_END_DECLS
