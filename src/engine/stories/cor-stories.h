/* cor-stories.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-fact-table.h"
#include "cor-story-edits.h"

G_BEGIN_DECLS

/* Groups the read sources of @table (with their documents, before the
 * facts are aligned) into stories, the reports of one event, and finds
 * their copy groups (cor-copies.h); then applies the user's @edits (may be
 * NULL). Sets both on @table. @words holds each read source's text cut
 * into words, as cor_document_new_with_words() gives it (they are freed
 * and set to NULL once read), or is NULL. The work is shared among
 * @n_threads threads, or one a core when it is 0. */
void          cor_stories_find              (CorFactTable  *table,
                                             CorStoryEdits *edits,
                                             CorWords     **words,
                                             guint          n_threads);
/* Gives each fact of @table the story of its sources. */
void          cor_stories_stamp_facts       (CorFactTable  *table);

/* How many distinct copy groups state @fact (supports or partial): the
 * independent accounts behind it. */
guint         cor_stories_count_independent (CorFactTable  *table,
                                             CorFact       *fact);
/* Whether @source states @fact and no source of another copy group does. */
gboolean      cor_stories_is_only_in        (CorFactTable  *table,
                                             CorFact       *fact,
                                             guint          source);
/* How many facts only @source states, as cor_stories_is_only_in(). */
guint         cor_stories_count_only_in     (CorFactTable  *table,
                                             guint          source);
/* cor_stories_count_only_in() of every source at once, in one pass over
 * the cells; free with g_free(). */
guint        *cor_stories_count_only_in_all (CorFactTable  *table);
/* A table of the sources and facts of @story alone; the sources keep
 * their ids and the story its id. */
CorFactTable *cor_stories_new_table         (CorFactTable  *table,
                                             guint          story);

G_END_DECLS
