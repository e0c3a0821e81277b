/* cor-cli.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

enum {
  COR_CLI_EXIT_OK = 0,
  COR_CLI_EXIT_UNREADABLE = 1,
  COR_CLI_EXIT_USAGE = 2,
};

typedef struct
{
  const char         *export_format;
  const char         *output;
  gboolean            mentions;
  const char         *published;
  const char         *story;      /* export this story alone ("t2"), or NULL */
  const char * const *files;
} CorCliOptions;

/* The headless modes: no display, no D-Bus, no GSettings. */
int cor_cli_run (const CorCliOptions *options);

G_END_DECLS
