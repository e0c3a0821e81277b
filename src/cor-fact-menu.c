/* cor-fact-menu.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-fact-menu.h"

/* The markers a user can give a cell, in the order the menu lists them. */
static const CorCellStatus statuses[] = {
  COR_CELL_SUPPORTS, COR_CELL_PARTIAL, COR_CELL_CONFLICTS, COR_CELL_ABSENT,
};

static GMenuModel *
marker_section (CorFact *fact,
                guint    source)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (cor_cell_status_get_label (statuses[i]), NULL);

      g_menu_item_set_action_and_target (item, "win.override-cell", "(suu)", fact->id, source,
                                         (guint)statuses[i]);
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static const char *
source_label (CorFactTable *table,
              guint         source)
{
  return cor_source_get_label (g_ptr_array_index (table->sources, source));
}

static void
append_split (GMenu   *menu,
              CorFact *fact,
              guint    source,
              const char *label)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target (item, "win.split-cell", "(su)", fact->id, source);
  g_menu_append_item (menu, item);
}

/* One report's marker and split, or a submenu per report with a sentence. */
static void
append_cell_items (GMenu      *menu,
                   CorFactRow *row,
                   guint       source)
{
  CorFactTable *table = cor_fact_row_get_table (row);
  CorFact *fact = cor_fact_row_get_fact (row);
  g_autoptr(GMenu) markers = g_menu_new ();
  g_autoptr(GMenu) splits = g_menu_new ();

  if (source < table->sources->len && cor_fact_get_cell (fact, source) != NULL)
    {
      g_autoptr(GMenuModel) section = marker_section (fact, source);

      g_autoptr(GMenuItem) read = g_menu_item_new (_("_Read This Report"), NULL);

      g_menu_append_submenu (menu, _("Set _Marker"), section);
      if (fact->cells->len > 1)
        append_split (menu, fact, source, _("_Own Row"));
      g_menu_item_set_action_and_target (read, "win.read-column", "u", source);
      g_menu_append_item (menu, read);
      return;
    }
  for (guint c = 0; c < fact->cells->len; c++)
    {
      CorCell *cell = g_ptr_array_index (fact->cells, c);
      g_autoptr(GMenuModel) section = marker_section (fact, cell->source);

      g_menu_append_submenu (markers, source_label (table, cell->source), section);
      if (fact->cells->len > 1)
        append_split (splits, fact, cell->source, source_label (table, cell->source));
    }
  g_menu_append_submenu (menu, _("Set _Marker"), G_MENU_MODEL (markers));
  if (fact->cells->len > 1)
    g_menu_append_submenu (menu, _("_Own Row"), G_MENU_MODEL (splits));
}

GMenuModel *
cor_fact_menu_new (CorFactRow *row,
                   guint       source)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) rows = g_menu_new ();
  g_autoptr(GMenu) cells = g_menu_new ();
  g_autoptr(GMenu) out = g_menu_new ();

  g_return_val_if_fail (COR_IS_FACT_ROW (row), G_MENU_MODEL (menu));

  g_menu_append (rows, _("C_opy Row"), "win.copy-row");
  append_cell_items (cells, row, source);
  g_menu_append (cells, _("Merge _With…"), "win.merge-with");
  g_menu_append (out, _("_Export…"), "win.export-dialog");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (rows));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (cells));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (out));
  return G_MENU_MODEL (menu);
}
