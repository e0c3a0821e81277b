/* cor-reading-view.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cor-fact-table.h"

G_BEGIN_DECLS

/* How the other reports stand on one sentence of the report being read. */
typedef enum
{
  COR_READING_NONE,          /* in no row of the table */
  COR_READING_SUPPORTED,     /* others state it too */
  COR_READING_PARTIAL,       /* others state it with a difference */
  COR_READING_CONTRADICTED,  /* some report contradicts it, or it them */
  COR_READING_ONLY_HERE,     /* no other report states it */
} CorReadingState;

#define COR_TYPE_READING_VIEW (cor_reading_view_get_type ())

G_DECLARE_FINAL_TYPE (CorReadingView, cor_reading_view, COR, READING_VIEW, GtkBox)

/* One report as its own text, every sentence shaded by how the other
 * reports stand on it. Activating a sentence (click, or Enter at the
 * cursor) emits fact-activated with the id of its row; the Back button
 * emits close. Works on the table alone: no network, any report. */
GtkWidget      *cor_reading_view_new        (void);
void            cor_reading_view_set_report (CorReadingView *self,
                                             CorFactTable   *table,
                                             guint           source);
guint           cor_reading_view_get_source (CorReadingView *self);
/* The state of the sentence that holds the byte @offset of the report's
 * text, and the id of its row (or NULL). */
CorReadingState cor_reading_view_get_state_at (CorReadingView *self,
                                               gsize           offset,
                                               const char    **fact_id);
/* Activates the sentence holding byte @offset, as a click on it does. */
void            cor_reading_view_activate_at (CorReadingView *self,
                                              gsize           offset);

G_END_DECLS
