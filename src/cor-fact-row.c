/* cor-fact-row.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-fact-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cor-export.h"
#include "cor-fact-row.h"
#include "cor-format.h"

struct _CorFactRow
{
  GObject       parent_instance;

  CorFactTable *table;
  CorFact      *fact;
  char         *values_text;
  char         *text;
  char         *haystack;
};

G_DEFINE_FINAL_TYPE (CorFactRow, cor_fact_row, G_TYPE_OBJECT)

static void
cor_fact_row_finalize (GObject *object)
{
  CorFactRow *self = (CorFactRow *)object;

  g_clear_pointer (&self->table, cor_fact_table_unref);
  g_clear_pointer (&self->values_text, g_free);
  g_clear_pointer (&self->text, g_free);
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

const char *
cor_fact_row_get_text (CorFactRow *self)
{
  g_return_val_if_fail (COR_IS_FACT_ROW (self), NULL);

  if (self->text == NULL)
    self->text = cor_export_fact_text (self->fact);
  return self->text;
}

gboolean
cor_fact_row_is_edited (CorFactRow *self)
{
  g_return_val_if_fail (COR_IS_FACT_ROW (self), FALSE);

  if (self->fact->edited)
    return TRUE;
  for (guint c = 0; c < self->fact->cells->len; c++)
    if (((CorCell *)g_ptr_array_index (self->fact->cells, c))->overridden)
      return TRUE;
  return FALSE;
}

static guint
count_status (CorFact       *fact,
              CorCellStatus  status)
{
  guint n = 0;

  for (guint c = 0; c < fact->cells->len; c++)
    n += ((CorCell *)g_ptr_array_index (fact->cells, c))->status == status;
  return n;
}

const char *
cor_fact_row_get_agreement_label (CorFactRow *self)
{
  g_return_val_if_fail (COR_IS_FACT_ROW (self), NULL);

  /* Only a correction leaves a row that no report states. */
  if (self->fact->support == 0 && count_status (self->fact, COR_CELL_CONFLICTS) > 0)
    /* Translators: a row whose only reports contradict it, after a correction */
    return _("Contradicted");
  if (self->fact->support == 0)
    /* Translators: a row no report states any more, after a correction */
    return _("Not Stated");
  return cor_agreement_get_label (self->fact->agreement);
}

char *
cor_fact_row_describe_support (CorFactRow *self)
{
  guint n, conflicts;

  g_return_val_if_fail (COR_IS_FACT_ROW (self), NULL);

  n = self->table->sources->len;
  conflicts = count_status (self->fact, COR_CELL_CONFLICTS);
  if (self->fact->support == 0 && conflicts > 0)
    /* Translators: a row no report states but some contradict, as in "contradicted by 1 of 4 reports" */
    return g_strdup_printf (ngettext ("No report states it · contradicted by %u of %u report",
                                      "No report states it · contradicted by %u of %u reports", n),
                            conflicts, n);
  if (self->fact->support == 0)
    return g_strdup (_("No report states it after your corrections"));
  /* Translators: the agreement of a fact, then how many reports state it */
  return g_strdup_printf (ngettext ("%s · stated by %u of %u report", "%s · stated by %u of %u reports", n),
                          cor_fact_row_get_agreement_label (self), self->fact->support, n);
}

/* The row's best-stated cell other than @cell: what @cell is compared to. */
static CorCell *
reference_cell (CorFact *fact,
                CorCell *cell)
{
  CorCell *partial = NULL;

  for (guint c = 0; c < fact->cells->len; c++)
    {
      CorCell *other = g_ptr_array_index (fact->cells, c);

      if (other == cell || other->source == cell->source)
        continue;
      if (other->status == COR_CELL_SUPPORTS)
        return other;
      if (other->status == COR_CELL_PARTIAL && partial == NULL)
        partial = other;
    }
  return partial;
}

/* @cell's first value that @reference gives otherwise, with that other value. */
static CorMention *
differing_value (CorCell     *cell,
                 CorCell     *reference,
                 CorMention **theirs)
{
  *theirs = NULL;
  for (guint i = 0; i < cell->values->len; i++)
    {
      CorMention *mine = g_ptr_array_index (cell->values, i);

      for (guint j = 0; reference != NULL && j < reference->values->len; j++)
        {
          CorMention *other = g_ptr_array_index (reference->values, j);

          if (other->kind == mine->kind && g_strcmp0 (other->unit, mine->unit) == 0
              && g_strcmp0 (other->text, mine->text) != 0)
            {
              *theirs = other;
              return mine;
            }
        }
    }
  return cell->values->len > 0 && cell->status == COR_CELL_CONFLICTS ? g_ptr_array_index (cell->values, 0) : NULL;
}

/* The first quoted word or words of a note: says “considering”, not “agreed” → considering. */
static char *
quoted_cue (const char *note)
{
  static const gunichar openers[] = { 0x201C, 0x201E, 0x00AB, 0x2018, 0x300C, '"' };
  static const gunichar closers[] = { 0x201D, 0x201C, 0x00BB, 0x2019, 0x300D, '"' };

  for (const char *p = note; p != NULL && *p; p = g_utf8_next_char (p))
    for (guint k = 0; k < G_N_ELEMENTS (openers); k++)
      if (g_utf8_get_char (p) == openers[k])
        {
          const char *start = g_utf8_next_char (p);
          const char *end = g_utf8_strchr (start, -1, closers[k]);

          if (end != NULL && end > start)
            return g_strndup (start, end - start);
        }
  return NULL;
}

static const char *
first_speaker (CorCell *cell)
{
  if (cell == NULL || cell->quotes->len == 0)
    return NULL;
  return ((CorQuote *)g_ptr_array_index (cell->quotes, 0))->speaker;
}

/* Who @cell attributes the fact to, when the reference names someone else. */
static const char *
differing_speaker (CorCell *cell,
                   CorCell *reference)
{
  const char *mine = first_speaker (cell);
  const char *theirs = first_speaker (reference);

  if (mine == NULL || theirs == NULL || g_strcmp0 (mine, theirs) == 0)
    return NULL;
  return mine;
}

char *
cor_fact_row_get_cell_detail (CorFactRow *self,
                              guint       source)
{
  CorCell *cell, *reference;
  CorMention *mine, *other;
  g_autofree char *cue = NULL;
  const char *speaker;

  g_return_val_if_fail (COR_IS_FACT_ROW (self), NULL);

  cell = cor_fact_get_cell (self->fact, source);
  if (cell == NULL || cell->status == COR_CELL_ABSENT)
    return NULL;
  reference = reference_cell (self->fact, cell);
  mine = differing_value (cell, reference, &other);
  cue = quoted_cue (cell->note);
  speaker = differing_speaker (cell, reference);

  if (cell->status == COR_CELL_CONFLICTS && mine != NULL)
    /* Translators: in a narrow table cell, what a contradicting report says, as in "says: 230 passengers" */
    return g_strdup_printf (_("says: %s"), mine->text);
  /* A cell that gives less quotes in its note what it leaves out, not
   * its own words. */
  if (cell->narrower && !cell->overridden && cue != NULL)
    /* Translators: in a narrow table cell, a figure the report leaves out, as in "without “10 km”"; use your quotation marks */
    return g_strdup_printf (_("without “%s”"), cue);
  if (cell->status != COR_CELL_SUPPORTS && cue != NULL)
    /* Translators: in a narrow table cell, the report's own word, as in “considering”; use your quotation marks */
    return g_strdup_printf (_("“%s”"), cue);
  if (cell->status == COR_CELL_PARTIAL && mine != NULL)
    return g_strdup (mine->text);
  if (speaker != NULL)
    /* Translators: in a narrow table cell, whom a report attributes the fact to, as in "per Xi Jinping" */
    return g_strdup_printf (_("per %s"), speaker);
  if (cell->values->len > 0)
    return g_strdup (((CorMention *)g_ptr_array_index (cell->values, 0))->text);
  return NULL;
}

static const char *
status_words (CorCellStatus status)
{
  switch (status)
    {
    case COR_CELL_SUPPORTS: return C_("cell description", "supports");
    case COR_CELL_PARTIAL: return C_("cell description", "partly supports");
    case COR_CELL_CONFLICTS: return C_("cell description", "conflicts");
    case COR_CELL_ABSENT:
    default:
      return C_("cell description", "not mentioned");
    }
}

/* "230 passengers against 212 passengers", the note, or the speaker. */
static char *
describe_difference (CorFact *fact,
                     CorCell *cell)
{
  CorCell *reference = reference_cell (fact, cell);
  CorMention *other;
  CorMention *mine = differing_value (cell, reference, &other);
  const char *speaker = differing_speaker (cell, reference);

  if (cell->status != COR_CELL_SUPPORTS && mine != NULL && other != NULL)
    /* Translators: a report's value against the other reports', as in "230 passengers against 212" */
    return g_strdup_printf (_("%s against %s"), mine->text, other->text);
  if (cell->note != NULL)
    return g_strdup (cell->note);
  if (speaker != NULL)
    /* Translators: whom a report attributes the fact to */
    return g_strdup_printf (_("attributed to %s"), speaker);
  if (cell->values->len > 0)
    return g_strdup (((CorMention *)g_ptr_array_index (cell->values, 0))->text);
  return NULL;
}

char *
cor_fact_row_describe_cell (CorFactRow *self,
                            guint       source)
{
  CorCell *cell;
  const char *name;
  g_autofree char *difference = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (COR_IS_FACT_ROW (self), NULL);

  cell = cor_fact_get_cell (self->fact, source);
  name = source < self->table->sources->len
         ? cor_source_get_label (g_ptr_array_index (self->table->sources, source)) : "";
  if (cell == NULL)
    /* Translators: a table cell for screen readers: the report, then its marker */
    return g_strdup_printf (_("%s: %s"), name, status_words (COR_CELL_ABSENT));
  difference = describe_difference (self->fact, cell);
  if (difference != NULL)
    /* Translators: a table cell for screen readers: the report, its marker, what differs,
     * as in "Coastal Daily: conflicts, 230 passengers against 212" */
    text = g_strdup_printf (_("%s: %s, %s"), name, status_words (cell->status), difference);
  else
    text = g_strdup_printf (_("%s: %s"), name, status_words (cell->status));
  if (cell->overridden)
    /* Translators: appended to a cell's description when the user set its marker */
    return g_strdup_printf (_("%s (corrected by you)"), text);
  return g_steal_pointer (&text);
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
      g_autoptr(GString) all = g_string_new (cor_fact_row_get_text (self));

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
