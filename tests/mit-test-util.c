/* mit-test-util.c: the shared set-up of every test program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mit-store.h"
#include "mit-test-util.h"

static char *tmp_dir;

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static void
cleanup_tmp_dir (void)
{
  if (tmp_dir != NULL && g_getenv ("MIT_TEST_KEEP_TMP") == NULL)
    remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

void
mit_test_init (int    *argc,
               char ***argv)
{
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  /* The desktop's proxy module reads a GSettings schema the test
   * environment does not have; the test servers are local anyway. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  if (g_getenv ("MIT_TEST_LANG") == NULL)
    {
      g_setenv ("LANG", "C.UTF-8", TRUE);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_unsetenv ("LC_ALL");
    }
  setlocale (LC_ALL, "");

  tmp_dir = g_dir_make_tmp ("miteinander-test-XXXXXX", &error);
  g_assert_no_error (error);
  data = g_build_filename (tmp_dir, "data", NULL);
  config = g_build_filename (tmp_dir, "config", NULL);
  cache = g_build_filename (tmp_dir, "cache", NULL);
  g_mkdir_with_parents (data, 0700);
  g_mkdir_with_parents (config, 0700);
  g_mkdir_with_parents (cache, 0700);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  atexit (cleanup_tmp_dir);

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

char *
mit_test_tmp_path (const char *name)
{
  g_assert_nonnull (tmp_dir);
  return g_build_filename (tmp_dir, name, NULL);
}

MitStore *
mit_test_open_store (const char *name)
{
  g_autofree char *path = mit_test_tmp_path (name);
  g_autoptr(GError) error = NULL;
  MitStore *store;

  g_remove (path);
  store = mit_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

MitActor *
mit_test_load_actor_named (MitStore   *store,
                           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  MitActorFilter filter;

  mit_actor_filter_init (&filter);
  ids = mit_store_find_actor_ids (store, &filter, &error);
  mit_actor_filter_clear (&filter);
  g_assert_no_error (error);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(MitActor) actor = mit_store_load_actor (store, g_array_index (ids, gint64, i),
                                                        &error);

      g_assert_no_error (error);
      if (g_strcmp0 (mit_actor_get_name (actor), name) == 0)
        return g_steal_pointer (&actor);
    }
  g_test_message ("no actor named “%s”", name);
  g_assert_not_reached ();
  return NULL;
}

char *
mit_test_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

gboolean
mit_test_file_contains (const char *path,
                        const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize needle_len = strlen (needle);

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  if (needle_len == 0 || needle_len > length)
    return FALSE;
  for (gsize i = 0; i + needle_len <= length; i++)
    if (memcmp (contents + i, needle, needle_len) == 0)
      return TRUE;
  return FALSE;
}
