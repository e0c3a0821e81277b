/* cor-export-dialog.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cor-export.h"

G_BEGIN_DECLS

typedef enum
{
  COR_EXPORT_SCOPE_ALL,
  COR_EXPORT_SCOPE_SHOWN,
  COR_EXPORT_SCOPE_SELECTED,
} CorExportScope;

#define COR_TYPE_EXPORT_DIALOG (cor_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CorExportDialog, cor_export_dialog, COR, EXPORT_DIALOG, AdwWindow)

/* One dialog for every export: the format, which rows (all, those the
 * filter shows, those selected, with their counts), and the file's name.
 * Its Export button activates win.export-chosen on @parent. */
CorExportDialog *cor_export_dialog_new        (GtkWindow        *parent,
                                               CorExportFormat   format,
                                               guint             n_all,
                                               guint             n_shown,
                                               guint             n_selected,
                                               const char       *name);
CorExportFormat  cor_export_dialog_get_format (CorExportDialog  *self);
void             cor_export_dialog_set_format (CorExportDialog  *self,
                                               CorExportFormat   format);
CorExportScope   cor_export_dialog_get_scope  (CorExportDialog  *self);
void             cor_export_dialog_set_scope  (CorExportDialog  *self,
                                               CorExportScope    scope);
/* The file name with the format's extension. */
char            *cor_export_dialog_get_file_name (CorExportDialog *self);

G_END_DECLS
