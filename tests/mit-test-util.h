/* mit-test-util.h: the shared set-up of every test program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mit-types.h"

G_BEGIN_DECLS

/* g_test_init() plus a fixed environment: memory GSettings backend, the
 * build tree's schemas, TZ and LANG fixed, a fresh temporary XDG data,
 * config and cache folder that is removed at exit. */
void   mit_test_init          (int    *argc,
                               char ***argv);
/* A path inside this test program's temporary folder. Caller frees. */
char  *mit_test_tmp_path      (const char *name);
/* For widget tests: initialises GTK and libadwaita, or returns FALSE when
 * there is no display (the test then exits 77, "skipped"). Renders with
 * cairo and lets missing-icon warnings pass (see mit-test-gtk.c). */
gboolean mit_test_init_gtk    (void);
/* Opens a new, empty store @name in the temporary folder, removing what
 * an earlier test left there. */
MitStore *mit_test_open_store (const char *name);
/* The actor called @name in @store; fails the test if there is none. */
MitActor *mit_test_load_actor_named (MitStore   *store,
                                     const char *name);
/* A fixture file from tests/fixtures. Caller frees. */
char  *mit_test_fixture_path  (const char *name);
/* Whether @needle occurs anywhere in the bytes of the file at @path. */
gboolean mit_test_file_contains (const char *path,
                                 const char *needle);

/* For widget tests: a timeout that only keeps the main loop waking up,
 * and WAIT_UNTIL, which runs the main loop until @cond holds and fails
 * the test after MIT_TEST_TIMEOUT_SECONDS. */
#define MIT_TEST_TIMEOUT_SECONDS 20
gboolean mit_test_wake_cb       (gpointer data);
#define WAIT_UNTIL(cond) G_STMT_START {                                                 \
    gint64 _end = g_get_monotonic_time () + MIT_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;  \
    guint _wake = g_timeout_add (10, mit_test_wake_cb, NULL);                           \
    while (!(cond) && g_get_monotonic_time () < _end)                                   \
      g_main_context_iteration (NULL, TRUE);                                            \
    g_source_remove (_wake);                                                            \
    if (!(cond))                                                                        \
      g_error ("Timed out waiting for %s", #cond);                                      \
  } G_STMT_END
/* Saves a PNG of @widget (a GtkWidget) once it has drawn a few frames. */
void   mit_test_save_screenshot (gpointer    widget,
                                 const char *path);

G_END_DECLS
