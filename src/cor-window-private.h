/* cor-window-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cor-corrections.h"
#include "cor-export.h"
#include "cor-fact-view.h"
#include "cor-quotes-pane.h"
#include "cor-reading-view.h"
#include "cor-source-list.h"
#include "cor-story-edits.h"
#include "cor-story-switcher.h"
#include "cor-window.h"

G_BEGIN_DECLS

struct _CorWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkWidget            *sidebar_button;
  GtkWidget            *add_button;
  GtkWidget            *menu_button;
  GtkProgressBar       *progress_bar;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  CorSourceList        *source_list;
  CorStorySwitcher     *story_switcher;
  GtkStack             *view_stack;
  CorFactView          *fact_view;
  CorReadingView       *reading_view;
  CorQuotesPane        *quotes_pane;
  GMenu                *recent_submenu;

  GListStore           *sources;       /* CorSource, as the user added them */
  CorFactTable         *table;         /* the latest analysis of them, or NULL */
  CorCorrections       *corrections;
  CorStoryEdits        *story_edits;   /* the user's moves and merges of stories */
  GCancellable         *analysis;      /* the run in flight, or NULL */
  GPtrArray            *analysed;      /* CorSource: what the run in flight compares */
  GCancellable         *loading;       /* every load; cancelled when the window goes */
  guint                 n_loading;
  CorSource            *removed;       /* kept for the Undo of the last removal */
  guint                 removed_position;

  guint                 sidebar_idle;
  guint                 chrome_tick;   /* the sidebar and title, a frame after a new table */
  guint                 chrome_stage;  /* which of them the tick's frame shows */
  GtkNativeDialog      *chooser;       /* the file chooser on screen, or NULL */
  gpointer              export_dialog; /* CorExportDialog on screen, or NULL */

  double                strictness;
  CorExportFormat       export_format;
  char                 *project_path;
  gboolean              dirty;
  gboolean              close_confirmed;
};

/* cor-window.c */
void          cor_window_add_sources        (CorWindow    *self,
                                             GPtrArray    *sources);
void          cor_window_sources_changed    (CorWindow    *self);
void          cor_window_table_corrected    (CorWindow    *self);
void          cor_window_names_changed      (CorWindow    *self);
/* Opens the reading view on the report of @column of the table shown. */
void          cor_window_read_report        (CorWindow    *self,
                                             guint         column);
/* Whether a report takes a column: read, and an article or kept by the user. */
gboolean      cor_window_source_is_compared (CorSource    *source);
guint         cor_window_count_compared     (CorWindow    *self);
void          cor_window_show_toast         (CorWindow    *self,
                                             const char   *message);
void          cor_window_set_dirty          (CorWindow    *self,
                                             gboolean      dirty);
void          cor_window_load_uri           (CorWindow    *self,
                                             const char   *uri);

/* cor-window-stories.c */
void          cor_window_stories_init       (CorWindow    *self);
void          cor_window_stories_scope_table (CorWindow   *self);
void          cor_window_stories_show_table (CorWindow    *self);
void          cor_window_class_add_story_actions (GtkWidgetClass *widget_class);

/* cor-window-actions.c */
void          cor_window_class_add_actions  (GtkWidgetClass *widget_class);
void          cor_window_update_actions     (CorWindow    *self);

/* cor-window-project.c */
void          cor_window_class_add_project_actions (GtkWidgetClass *widget_class);
void          cor_window_update_recent      (CorWindow    *self);
gboolean      cor_window_save_project_to    (CorWindow    *self,
                                             const char   *path,
                                             GError      **error);
gboolean      cor_window_open_project_path  (CorWindow    *self,
                                             const char   *path,
                                             GError      **error);
/* Writes the table, or only the facts of @ids (NULL for all). */
gboolean      cor_window_export_to          (CorWindow       *self,
                                             GFile           *file,
                                             CorExportFormat  format,
                                             GStrv            ids,
                                             GError         **error);
char         *cor_window_suggest_export_name (CorWindow      *self);

/* For the tests. */
gboolean      cor_window_is_busy            (CorWindow    *self);
CorFactTable *cor_window_get_table          (CorWindow    *self);
GListModel   *cor_window_get_sources        (CorWindow    *self);
CorCorrections *cor_window_get_corrections  (CorWindow    *self);
CorStoryEdits  *cor_window_get_story_edits  (CorWindow    *self);
GtkNativeDialog *cor_window_get_file_chooser (CorWindow   *self);

G_END_DECLS
