/* window-helpers.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cor-window-private.h"

G_BEGIN_DECLS

/* The environment and style of the window's tests, then gtk_test_init(). */
void          window_helpers_init        (int          *argc,
                                          char       ***argv);
GtkWidget    *find_widget                (GtkWidget    *root,
                                          GType         type);
/* The cell of report @source in the row at @position, if it has a widget. */
GtkWidget    *find_report_cell           (GtkWidget    *root,
                                          guint         position,
                                          guint         source);
void          collect_labels             (GtkWidget    *root,
                                          GString      *out);
guint         count_css_class            (GtkWidget    *root,
                                          const char   *css_class);
char         *widget_text                (GtkWidget    *root);
/* Runs the main loop for @ms milliseconds. */
void          spin                       (guint         ms);
void          wait_until_mapped          (GtkWidget    *widget);
void          wait_for_analysis          (CorWindow    *window);
/* Saves what @widget shows as NAME.png in COR_SCREENSHOT_DIR, else in
 * build/tests/screenshots. */
void          screenshot                 (GtkWidget    *widget,
                                          const char   *name);
CorWindow    *new_window                 (int           width,
                                          int           height);
guint         count_agreement            (CorFactTable *table,
                                          CorAgreement  agreement);
guint         find_row                   (CorWindow    *window,
                                          CorAgreement  agreement);
void          accept_file_chooser        (CorWindow    *window,
                                          const char   *dir,
                                          const char   *name);
GPtrArray    *write_generated_reports    (const char   *dir,
                                          guint         n);
void          remove_files               (GPtrArray    *files,
                                          const char   *dir);
/* The .txt files of ../shared/FOLDER, sorted (none without ../shared). */
GPtrArray    *shared_files               (const char   *folder);
/* How many report columns of row 0 lie wholly inside their viewport. */
guint         count_columns_in_view      (CorWindow    *window);
GtkEventControllerKey *table_keys       (CorWindow    *window);

G_END_DECLS
