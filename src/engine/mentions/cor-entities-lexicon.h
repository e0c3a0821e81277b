/* cor-entities-lexicon.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-words.h"

G_BEGIN_DECLS

typedef enum
{
  COR_PLACE_COUNTRY,   /* "China", "U.S." */
  COR_PLACE_DEMONYM,   /* "Chinese" */
  COR_PLACE_CAPITAL,   /* "Beijing": the country when it acts, the city otherwise */
} CorPlaceRole;

typedef struct
{
  char         *canonical;   /* the country's name from iso-codes */
  CorPlaceRole  role;
} CorPlace;

/* The country named by the tokens from @i (longest match), or 0. Returns the
 * index after the name. Loads iso-codes once, thread-safely. */
guint cor_entities_place_at (const CorWords  *words,
                             guint            i,
                             const CorPlace **place);

G_END_DECLS
