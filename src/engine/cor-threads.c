/* cor-threads.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-engine"

#include "config.h"

#include "cor-threads.h"

guint
cor_threads_count (guint requested,
                   guint n_items,
                   guint items_per_thread)
{
  guint n = requested;

  g_return_val_if_fail (items_per_thread > 0, 1);

  if (n == 0)
    n = g_get_num_processors ();
  return CLAMP (n, 1, MAX (1, n_items / items_per_thread));
}
