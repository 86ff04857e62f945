/* main.c: the entry point of Miteinander
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Miteinander"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mit-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MitApplication) app = NULL;
  const char *localedir = LOCALEDIR;

  /* Lets "MIT_LOCALEDIR=_build/po LANGUAGE=de" show the translations that
   * the build tree compiled, without installing them (make run, the
   * screenshot script). */
  if (g_getenv ("MIT_LOCALEDIR") != NULL)
    localedir = g_getenv ("MIT_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = mit_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
