/* test-query-model.c: paging and change tracking of MitQueryModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "mit-query-model.h"
#include "mit-store.h"
#include "mit-test-util.h"

typedef struct
{
  guint position, removed, added;
} Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  Change change = { position, removed, added };

  g_array_append_val (log, change);
}

static MitStore *
store_with_actors (const char *name,
                   guint       n)
{
  g_autofree char *path = mit_test_tmp_path (name);
  g_autoptr(GError) error = NULL;
  MitStore *store;

  g_unlink (path);
  store = mit_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mit_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MitActor) actor = mit_actor_new ();
      g_autofree char *actor_name = g_strdup_printf ("Verein %05u", i * 10);

      mit_actor_set_name (actor, actor_name);
      mit_actor_set_kind (actor, i % 2 ? "club" : "school");
      g_assert_true (mit_store_save_actor (store, actor, &error));
    }
  g_assert_true (mit_store_commit (store, &error));
  return store;
}

static void
test_paging (void)
{
  g_autoptr(MitStore) store = store_with_actors ("paging.db", 1000);
  g_autoptr(MitQueryModel) model = mit_query_model_new (store, MIT_RECORD_ACTOR);
  g_autoptr(MitActor) a = NULL;
  g_autoptr(MitActor) b = NULL;
  g_autoptr(MitActor) c = NULL;
  g_autoptr(MitActor) again = NULL;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == MIT_TYPE_ACTOR);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1000);
  /* Nothing is loaded until asked for */
  g_assert_cmpuint (mit_query_model_get_pages_loaded (model), ==, 0);

  a = g_list_model_get_item (G_LIST_MODEL (model), 500);
  g_assert_cmpstr (mit_actor_get_name (a), ==, "Verein 05000");
  g_assert_cmpuint (mit_query_model_get_pages_loaded (model), ==, 1);
  b = g_list_model_get_item (G_LIST_MODEL (model), 510);
  g_assert_cmpstr (mit_actor_get_name (b), ==, "Verein 05100");
  g_assert_cmpuint (mit_query_model_get_pages_loaded (model), ==, 1);
  c = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpuint (mit_query_model_get_pages_loaded (model), ==, 2);
  g_assert_cmpstr (mit_actor_get_name (c), ==, "Verein 00000");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 1000));

  /* The same row is the same object */
  again = g_list_model_get_item (G_LIST_MODEL (model), 500);
  g_assert_true (again == a);

  /* Walking the whole list loads it a page at a time and keeps the cache small */
  for (guint i = 0; i < 1000; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
  g_assert_cmpuint (mit_query_model_get_pages_loaded (model), <=, 1000 / 64 + 2);
  g_assert_cmpuint (mit_query_model_find_id (model, mit_actor_get_id (a)), ==, 500);
}

static void
test_items_changed (void)
{
  g_autoptr(MitStore) store = store_with_actors ("changes.db", 100);
  g_autoptr(MitQueryModel) model = mit_query_model_new (store, MIT_RECORD_ACTOR);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(MitActor) actor = NULL;
  g_autoptr(MitActor) added = mit_actor_new ();
  g_autoptr(MitActor) same = NULL;
  g_autoptr(GError) error = NULL;
  Change *change;
  gint64 id;

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* Insert "Verein 00055" between positions 5 and 6 */
  mit_actor_set_name (added, "Verein 00055");
  g_assert_true (mit_store_save_actor (store, added, &error));
  g_assert_cmpuint (log->len, ==, 1);
  change = &g_array_index (log, Change, 0);
  g_assert_cmpuint (change->position, ==, 6);
  g_assert_cmpuint (change->removed, ==, 0);
  g_assert_cmpuint (change->added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 101);

  /* Editing a name that moves the row: one change over the span it moved */
  actor = g_list_model_get_item (G_LIST_MODEL (model), 2);
  g_assert_cmpstr (mit_actor_get_name (actor), ==, "Verein 00020");
  mit_actor_set_name (actor, "Verein 00045");
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_cmpuint (log->len, ==, 2);
  change = &g_array_index (log, Change, 1);
  g_assert_cmpuint (change->position, ==, 2);
  g_assert_cmpuint (change->removed, ==, 3);
  g_assert_cmpuint (change->added, ==, 3);
  same = g_list_model_get_item (G_LIST_MODEL (model), 4);
  g_assert_true (same == actor);

  /* An edit that keeps the order changes no positions, but the cached row
   * object shows the stored values. */
  {
    g_autoptr(MitActor) copy = mit_store_load_actor (store, mit_actor_get_id (actor), &error);

    mit_actor_set_text (copy, MIT_ACTOR_TOWN, "Radolfzell");
    g_assert_true (mit_store_save_actor (store, copy, &error));
    g_assert_cmpuint (log->len, ==, 2);
    g_assert_cmpstr (mit_actor_get_text (actor, MIT_ACTOR_TOWN), ==, "Radolfzell");
  }

  /* Deleting removes one row */
  id = mit_actor_get_id (actor);
  g_assert_cmpint (mit_store_delete_actor (store, id, &error), >, 0);
  g_assert_cmpuint (log->len, ==, 3);
  change = &g_array_index (log, Change, 2);
  g_assert_cmpuint (change->position, ==, 4);
  g_assert_cmpuint (change->removed, ==, 1);
  g_assert_cmpuint (change->added, ==, 0);
  g_assert_cmpuint (mit_query_model_find_id (model, id), ==, G_MAXUINT);
}

static void
test_filter (void)
{
  g_autoptr(MitStore) store = store_with_actors ("filter.db", 50);
  g_autoptr(MitQueryModel) model = mit_query_model_new (store, MIT_RECORD_ACTOR);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (Change));
  MitActorFilter filter;

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), log);
  mit_actor_filter_init (&filter);
  filter.kind = (char *)"club";
  mit_query_model_set_actor_filter (model, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 25);
  g_assert_cmpuint (log->len, ==, 1);

  filter.text = (char *)"00010";
  mit_query_model_set_actor_filter (model, &filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  mit_query_model_set_actor_filter (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 50);
}

static void
test_persons (void)
{
  g_autoptr(MitStore) store = store_with_actors ("persons.db", 0);
  g_autoptr(MitQueryModel) model = mit_query_model_new (store, MIT_RECORD_PERSON);
  const char *names[] = { "Yusuf Aksoy", "Anna Schmid", "Olena Kovalenko" };
  g_autoptr(GError) error = NULL;
  g_autoptr(MitPerson) first = NULL;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == MIT_TYPE_PERSON);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(MitPerson) person = mit_person_new ();

      mit_person_set_name (person, names[i]);
      g_assert_true (mit_store_save_person (store, person, &error));
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (mit_person_get_name (first), ==, "Anna Schmid");

  mit_query_model_set_search_text (model, "kova");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/query-model/paging", test_paging);
  g_test_add_func ("/query-model/items-changed", test_items_changed);
  g_test_add_func ("/query-model/filter", test_filter);
  g_test_add_func ("/query-model/persons", test_persons);

  return g_test_run ();
}
