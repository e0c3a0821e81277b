/* cor-mentions-private.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cor-mention.h"
#include "cor-words.h"

G_BEGIN_DECLS

/* What every recogniser gets: the text, its sentences and the date that
 * relative dates resolve against. Each appends CorMention to @out. */
typedef struct
{
  const char     *text;
  gsize           length;
  const GArray   *sentences;   /* CorSpan */
  const char     *published;   /* YYYY-MM-DD or NULL */
  const CorWords *words;       /* the text cut into tokens once, for every recogniser */
} CorMentionContext;

G_END_DECLS
