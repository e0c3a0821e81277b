/* cor-corrections.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

/* The user's corrections of a fact table: override a cell's marker, merge
 * two rows, split a source's cell off into a row of its own. Each one names
 * its cells by (hash of the source's text, start of the quoted sentence), not
 * by index, so it still finds them after a source is added or removed and
 * the table is built anew. */
typedef struct _CorCorrections CorCorrections;

CorCorrections *cor_corrections_new           (void);
CorCorrections *cor_corrections_copy          (CorCorrections  *self);
void            cor_corrections_free          (CorCorrections  *self);
guint           cor_corrections_get_n_items   (CorCorrections  *self);
void            cor_corrections_clear         (CorCorrections  *self);
/* Drops the most recent correction; FALSE when there is none. */
gboolean        cor_corrections_remove_last   (CorCorrections  *self);

/* Each records the correction and applies it to @table at once; FALSE (and
 * nothing recorded) when the cells have no quote to anchor it to. */
gboolean        cor_corrections_add_override  (CorCorrections  *self,
                                               CorFactTable    *table,
                                               CorFact         *fact,
                                               guint            source,
                                               CorCellStatus    status);
gboolean        cor_corrections_add_merge     (CorCorrections  *self,
                                               CorFactTable    *table,
                                               CorFact         *fact,
                                               CorFact         *other);
gboolean        cor_corrections_add_split     (CorCorrections  *self,
                                               CorFactTable    *table,
                                               CorFact         *fact,
                                               guint            source);

/* Applies every correction in order; returns how many found their cells. */
guint           cor_corrections_apply         (CorCorrections  *self,
                                               CorFactTable    *table);

/* The project file's "corrections" array. Reading fails only when it is
 * not a list: a correction that cannot be read is left out and counted. */
JsonNode       *cor_corrections_to_json       (CorCorrections  *self);
CorCorrections *cor_corrections_new_from_json (JsonNode        *node,
                                               GError         **error);
guint           cor_corrections_get_n_unreadable (CorCorrections *self);

/* A short, stable hash of a source's text, as the corrections use it. */
char           *cor_corrections_hash_text     (const char      *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorCorrections, cor_corrections_free)

G_END_DECLS
