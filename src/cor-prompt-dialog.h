/* cor-prompt-dialog.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* @value is what the user accepted; NULL fields were left empty. */
typedef void (*CorPromptFunc) (const char *value,
                               gpointer    user_data);
typedef void (*CorPasteFunc)  (const char *text,
                               const char *outlet,
                               const char *published,
                               gpointer    user_data);
typedef gboolean (*CorPromptValidate) (const char *value);

/* An AdwMessageDialog asking for one line; the accept button stays
 * insensitive while @validate refuses the text. Keeps @user_data alive. */
GtkWidget *cor_prompt_dialog_new     (GtkWindow         *parent,
                                      const char        *heading,
                                      const char        *body,
                                      const char        *entry_title,
                                      const char        *initial,
                                      const char        *accept_label,
                                      CorPromptValidate  validate,
                                      CorPromptFunc      callback,
                                      GObject           *user_data);
/* The same, for pasted text with an optional outlet and date. */
GtkWidget *cor_paste_dialog_new      (GtkWindow         *parent,
                                      const char        *initial_text,
                                      CorPasteFunc       callback,
                                      GObject           *user_data);

gboolean   cor_prompt_is_date        (const char        *value);
gboolean   cor_prompt_is_date_or_empty (const char      *value);
gboolean   cor_prompt_is_not_empty   (const char        *value);

G_END_DECLS
