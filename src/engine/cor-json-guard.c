/* cor-json-guard.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-engine"

#include "config.h"

#include <string.h>

#include "cor-json-guard.h"

/* The code unit of a \\uXXXX escape at @p, or -1. */
static int
escape_unit (const char *p,
             const char *end)
{
  int unit = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      unit = unit * 16 + digit;
    }
  return unit;
}

/* The length of the escape at @p (a backslash inside a string), or 0 when
 * it is not valid JSON: a UTF-16 surrogate must come in a whole pair. */
static gsize
escape_length (const char *p,
               const char *end)
{
  int unit;

  if (end - p >= 2 && p[1] != '\0' && strchr ("\"\\/bfnrt", p[1]) != NULL)
    return 2;
  unit = escape_unit (p, end);
  if (unit < 0 || (unit >= 0xdc00 && unit <= 0xdfff))
    return 0;
  if (unit >= 0xd800 && unit <= 0xdbff)
    {
      int low = escape_unit (p + 6, end);

      return low >= 0xdc00 && low <= 0xdfff ? 12 : 0;
    }
  return 6;
}

typedef struct
{
  guint  max_depth;
  gsize  max_values;
  gsize  n_nul;        /* "\u0000" escapes seen */
  const char *end;     /* just after the first value */
} Scan;

/* One pass over the first value, which must be an object or an array. */
static CorJsonGuardResult
scan_value (Scan       *scan,
            const char *data,
            const char *end)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  gsize n_values = 1;

  for (const char *p = data; p < end; p++)
    {
      if (in_string)
        {
          gsize n;

          if (*p == '"')
            in_string = FALSE;
          if (*p != '\\')
            continue;
          n = escape_length (p, end);
          if (n == 0)
            return COR_JSON_GUARD_BAD_ESCAPE;
          if (n == 6 && escape_unit (p, end) == 0)
            scan->n_nul++;
          p += n - 1;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        {
          if (++depth > scan->max_depth)
            return COR_JSON_GUARD_TOO_DEEP;
          n_values++;
        }
      else if (*p == ',' && ++n_values > scan->max_values)
        return COR_JSON_GUARD_TOO_MANY;
      else if ((*p == '}' || *p == ']') && depth > 0 && --depth == 0)
        {
          scan->end = p + 1;
          return n_values > scan->max_values ? COR_JSON_GUARD_TOO_MANY : COR_JSON_GUARD_OK;
        }
      else if (depth == 0 && !g_ascii_isspace (*p))
        return COR_JSON_GUARD_DAMAGED;
    }
  return COR_JSON_GUARD_DAMAGED;
}

static gboolean
only_space (const char *p,
            const char *end)
{
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p == end;
}

/* A copy of the value in which every "\u0000" reads "\ufffd": same length,
 * so nothing else moves. */
static char *
replace_nul_escapes (const char *data,
                     gsize       length)
{
  char *copy = g_strndup (data, length);
  gboolean in_string = FALSE;

  for (char *p = copy; p < copy + length; p++)
    {
      if (!in_string)
        in_string = *p == '"';
      else if (*p == '"')
        in_string = FALSE;
      else if (*p == '\\')
        {
          if (escape_unit (p, copy + length) == 0)
            memcpy (p + 2, "fffd", 4);
          p += p[1] == 'u' ? 5 : 1;
        }
    }
  return copy;
}

CorJsonGuardResult
cor_json_guard_load (JsonParser *parser,
                     const char *data,
                     gsize       length,
                     guint       max_depth,
                     gsize       max_values)
{
  Scan scan = { max_depth, max_values, 0, NULL };
  g_autofree char *copy = NULL;
  CorJsonGuardResult result;
  gsize value_length;

  g_return_val_if_fail (JSON_IS_PARSER (parser), COR_JSON_GUARD_DAMAGED);
  g_return_val_if_fail (data != NULL || length == 0, COR_JSON_GUARD_DAMAGED);

  result = scan_value (&scan, data, data + length);
  if (result != COR_JSON_GUARD_OK)
    return result;
  if (!only_space (scan.end, data + length))
    return COR_JSON_GUARD_DAMAGED;
  value_length = scan.end - data;
  if (scan.n_nul > 0)
    data = copy = replace_nul_escapes (data, value_length);
  if (!json_parser_load_from_data (parser, data, value_length, NULL))
    return COR_JSON_GUARD_DAMAGED;
  return COR_JSON_GUARD_OK;
}
