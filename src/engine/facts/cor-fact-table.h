/* cor-fact-table.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-document.h"

G_BEGIN_DECLS

typedef enum
{
  COR_CELL_ABSENT,
  COR_CELL_SUPPORTS,
  COR_CELL_PARTIAL,
  COR_CELL_CONFLICTS,
} CorCellStatus;

typedef enum
{
  COR_AGREEMENT_AGREED,
  COR_AGREEMENT_PARTIAL,
  COR_AGREEMENT_CONFLICT,
  COR_AGREEMENT_SINGLE,
} CorAgreement;

struct _CorQuote
{
  char  *text;
  gsize  start;       /* UTF-8 byte offsets into the source's text */
  gsize  end;
  char  *speaker;     /* who the sentence attributes it to, or NULL */
};

struct _CorCell
{
  guint          source;      /* index into the table's sources */
  CorCellStatus  status;
  char          *note;        /* why partial or conflicts, or NULL */
  GPtrArray     *quotes;      /* CorQuote */
  GPtrArray     *values;      /* CorMention */
  gboolean       overridden;  /* the status is the user's correction */
  gboolean       narrower;    /* partial only for stating the fact with less, or
                               * crediting it to someone else */
};

struct _CorFact
{
  char          *id;
  char          *summary;
  CorAgreement   agreement;
  guint          support;
  GPtrArray     *values;      /* CorMention, the row's normalised values */
  GPtrArray     *cells;       /* CorCell, in source order; absent sources have none */
  guint          story;       /* index into the table's stories */
  gboolean       edited;      /* the user merged this row or split it off */
};

/* An event of the set: the reports that tell it (see src/engine/stories/). */
typedef struct
{
  char   *title;
  GArray *sources;            /* guint, ascending */
} CorStory;

#define COR_NO_STORY G_MAXUINT

/* The table every view shares: the window, the exports and the tests. */
struct _CorFactTable
{
  gatomicrefcount  ref_count;
  GPtrArray       *sources;    /* CorSource */
  GPtrArray       *documents;  /* CorDocument, parallel to sources; NULL for unread ones */
  GPtrArray       *facts;      /* CorFact */
  GPtrArray       *stories;    /* CorStory; empty until the stories are found */
  GArray          *story_of;   /* guint per source: its story, or COR_NO_STORY */
  GArray          *copy_of;    /* guint per source: the original of its copy group */
  GArray          *numbers;    /* guint per source: the n of its id "sN", or NULL for index + 1 */
  guint            story_offset; /* story i is "t(i + 1 + story_offset)" */
};

CorFactTable  *cor_fact_table_new        (void);
CorFactTable  *cor_fact_table_ref        (CorFactTable *self);
void           cor_fact_table_unref      (CorFactTable *self);
guint          cor_fact_table_add_source (CorFactTable *self,
                                          CorSource    *source,
                                          CorDocument  *document);
/* Facts a source contributes (supports, partial or conflicts). */
guint          cor_fact_table_count_facts_of (CorFactTable *self,
                                              guint         source);
const char    *cor_fact_table_source_id  (CorFactTable *self,
                                          guint         source,
                                          char          buf[16]);
/* The story of @source (COR_NO_STORY for a source that was not read, or
 * before the stories are found), and the original of its copy group
 * (@source itself when it is no copy). */
guint          cor_fact_table_get_story  (CorFactTable *self,
                                          guint         source);
guint          cor_fact_table_get_copy_group (CorFactTable *self,
                                              guint         source);
const char    *cor_fact_table_story_id   (CorFactTable *self,
                                          guint         story,
                                          char          buf[16]);
/* The index of the story named @id ("t2"), or COR_NO_STORY. */
guint          cor_fact_table_find_story (CorFactTable *self,
                                          const char   *id);
/* Sets every source's story and copy group at once; takes @stories. */
void           cor_fact_table_set_stories (CorFactTable *self,
                                           GPtrArray    *stories,
                                           const guint  *story_of,
                                           const guint  *copy_of);

CorStory      *cor_story_new             (const char   *title);
void           cor_story_free            (CorStory     *story);

CorFact       *cor_fact_new              (void);
void           cor_fact_free             (CorFact      *fact);
CorCell       *cor_fact_get_cell         (CorFact      *fact,
                                          guint         source);
CorCellStatus  cor_fact_get_status       (CorFact      *fact,
                                          guint         source);
/* Recomputes agreement and support from the cells. */
void           cor_fact_update_agreement (CorFact      *fact);

/* How @cell counts towards its row's agreement: a cell that states the
 * fact with less than the others, or as someone else's (narrower, and not
 * the user's marker), counts as supporting it. */
CorCellStatus  cor_cell_get_stance       (const CorCell *cell);
CorCell       *cor_cell_new              (guint         source,
                                          CorCellStatus status);
void           cor_cell_free             (CorCell      *cell);
void           cor_cell_take_quote       (CorCell      *cell,
                                          CorQuote     *quote);
void           cor_cell_take_value       (CorCell      *cell,
                                          CorMention   *mention);
CorQuote      *cor_quote_new             (const char   *text,
                                          gsize         start,
                                          gsize         end,
                                          const char   *speaker);
void           cor_quote_free            (CorQuote     *quote);

const char    *cor_cell_status_to_string   (CorCellStatus status);
gboolean       cor_cell_status_from_string (const char    *string,
                                            CorCellStatus *status);
const char    *cor_agreement_to_string     (CorAgreement  agreement);
gboolean       cor_agreement_from_string   (const char    *string,
                                            CorAgreement  *agreement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorFactTable, cor_fact_table_unref)

G_END_DECLS
