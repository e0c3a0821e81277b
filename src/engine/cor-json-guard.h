/* cor-json-guard.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What the guard found wrong with JSON text before json-glib saw it. */
typedef enum
{
  COR_JSON_GUARD_OK,
  COR_JSON_GUARD_TOO_DEEP,      /* nested deeper than the limit */
  COR_JSON_GUARD_TOO_MANY,      /* more values than the limit */
  COR_JSON_GUARD_BAD_ESCAPE,    /* an escape JSON does not allow, or half a surrogate pair */
  COR_JSON_GUARD_DAMAGED,       /* no whole value, something after it, or json-glib refused it */
} CorJsonGuardResult;

/* json-glib 1.6 parses recursively (a few hundred thousand brackets
 * overflow the stack), builds a node for every value whatever their number,
 * leaks on bad escapes and cuts a string at "\u0000". Every JSON text from
 * outside goes through this instead: the first value of @data, checked for
 * depth, count and escapes in one pass without recursion, then parsed, with
 * each "\u0000" read as U+FFFD so no string is cut. Only white space may
 * follow the value. */
CorJsonGuardResult cor_json_guard_load (JsonParser *parser,
                                        const char *data,
                                        gsize       length,
                                        guint       max_depth,
                                        gsize       max_values);

G_END_DECLS
