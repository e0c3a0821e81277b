/* cor-types.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _CorSource    CorSource;
typedef struct _CorDocument  CorDocument;
typedef struct _CorMention   CorMention;
typedef struct _CorFactTable CorFactTable;
typedef struct _CorFact      CorFact;
typedef struct _CorCell      CorCell;
typedef struct _CorQuote     CorQuote;

/* A span of the extracted text: UTF-8 byte offsets, end exclusive. */
typedef struct
{
  gsize start;
  gsize end;
} CorSpan;

#define COR_ERROR (cor_error_quark ())

typedef enum
{
  COR_ERROR_EMPTY,
  COR_ERROR_BINARY,
  COR_ERROR_ENCODING,
  COR_ERROR_TOO_LARGE,
  COR_ERROR_NOT_A_FILE,
  COR_ERROR_NO_TEXT,
  COR_ERROR_NETWORK,
  COR_ERROR_UNSUPPORTED,
  COR_ERROR_PROJECT,
  COR_ERROR_FAILED,
} CorError;

GQuark cor_error_quark (void);

G_END_DECLS
