/* cor-fact-row.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-fact-row.h"
#include "cor-format.h"

struct _CorFactRow
{
  GObject       parent_instance;

  CorFactTable *table;
  CorFact      *fact;
  char         *values_text;
  char         *haystack;
};

G_DEFINE_FINAL_TYPE (CorFactRow, cor_fact_row, G_TYPE_OBJECT)

static void
cor_fact_row_finalize (GObject *object)
{
  CorFactRow *self = (CorFactRow *)object;

  g_clear_pointer (&self->table, cor_fact_table_unref);
  g_clear_pointer (&self->values_text, g_free);
  g_clear_pointer (&self->haystack, g_free);

  G_OBJECT_CLASS (cor_fact_row_parent_class)->finalize (object);
}

static void
cor_fact_row_class_init (CorFactRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cor_fact_row_finalize;
}

static void
cor_fact_row_init (CorFactRow *self)
{
}

CorFactRow *
cor_fact_row_new (CorFactTable *table,
                  CorFact      *fact)
{
  CorFactRow *self;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (fact != NULL, NULL);

  self = g_object_new (COR_TYPE_FACT_ROW, NULL);
  self->table = cor_fact_table_ref (table);
  self->fact = fact;
  return self;
}

CorFactTable *
cor_fact_row_get_table (CorFactRow *self)
{
  g_return_val_if_fail (COR_IS_FACT_ROW (self), NULL);
  return self->table;
}

CorFact *
cor_fact_row_get_fact (CorFactRow *self)
{
  g_return_val_if_fail (COR_IS_FACT_ROW (self), NULL);
  return self->fact;
}

const char *
cor_fact_row_get_values_text (CorFactRow *self)
{
  g_return_val_if_fail (COR_IS_FACT_ROW (self), NULL);

  if (self->values_text == NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < self->fact->values->len; i++)
        {
          g_autofree char *value = cor_format_value (g_ptr_array_index (self->fact->values, i));

          if (i > 0)
            g_string_append (text, "; ");
          g_string_append (text, value);
        }
      self->values_text = g_string_free (g_steal_pointer (&text), FALSE);
    }
  return self->values_text;
}

gboolean
cor_fact_row_matches (CorFactRow *self,
                      const char *needle)
{
  g_return_val_if_fail (COR_IS_FACT_ROW (self), FALSE);

  if (needle == NULL || needle[0] == '\0')
    return TRUE;

  if (self->haystack == NULL)
    {
      g_autoptr(GString) all = g_string_new (self->fact->summary);

      g_string_append_printf (all, "\n%s", cor_fact_row_get_values_text (self));
      for (guint c = 0; c < self->fact->cells->len; c++)
        {
          CorCell *cell = g_ptr_array_index (self->fact->cells, c);

          for (guint q = 0; q < cell->quotes->len; q++)
            g_string_append_printf (all, "\n%s", ((CorQuote *)g_ptr_array_index (cell->quotes, q))->text);
        }
      self->haystack = g_utf8_casefold (all->str, all->len);
    }
  return strstr (self->haystack, needle) != NULL;
}

const char *
cor_agreement_get_label (CorAgreement agreement)
{
  switch (agreement)
    {
    case COR_AGREEMENT_AGREED: return _("Agreed");
    case COR_AGREEMENT_PARTIAL: return _("Partial");
    case COR_AGREEMENT_CONFLICT: return _("Conflict");
    /* Translators: a fact that only one report states */
    case COR_AGREEMENT_SINGLE: return _("Single Source");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cor_cell_status_get_label (CorCellStatus status)
{
  switch (status)
    {
    /* Translators: a report's marker: it states the fact */
    case COR_CELL_SUPPORTS: return _("Supports");
    /* Translators: a report's marker: it states the fact with a difference */
    case COR_CELL_PARTIAL: return _("Partly Supports");
    case COR_CELL_CONFLICTS: return C_("report marker", "Conflicts");
    /* Translators: a report's marker: it does not state the fact */
    case COR_CELL_ABSENT: return _("Not Mentioned");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cor_cell_status_get_icon_name (CorCellStatus status)
{
  switch (status)
    {
    case COR_CELL_SUPPORTS: return "object-select-symbolic";
    case COR_CELL_PARTIAL: return "dialog-warning-symbolic";
    case COR_CELL_CONFLICTS: return "dialog-error-symbolic";
    case COR_CELL_ABSENT: return NULL;
    default: g_return_val_if_reached (NULL);
    }
}
