/* cor-mentions.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-mentions"

#include "config.h"

#include "cor-document.h"

GPtrArray *
cor_mentions_extract (const char   *text,
                      gsize         length,
                      const GArray *sentences,
                      const char   *published)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)cor_mention_free);
}
