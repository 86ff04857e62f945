/* test-portal-widgets.c: subscriptions in the preferences, the sync
 * runner, conflicts and the origin banner, against the local portal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test server answers from this thread's main context
 * (MIT_TEST_PORTAL_SERVER_NONE): the widgets' requests are asynchronous,
 * and the sync downloads in a worker thread, so the tests iterate the main
 * loop until what they wait for happened.
 */

#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "mit-test-util.h"
#include "mit-test-portal-server.h"
#include "mit-actor.h"
#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-portal-client.h"
#include "mit-preferences-window.h"
#include "mit-vocab-row.h"
#include "portal/mit-add-subscription-dialog.h"
#include "portal/mit-conflict-dialog.h"
#include "portal/mit-conflicts-dialog.h"
#include "portal/mit-origin-banner.h"
#include "portal/mit-portals-page.h"
#include "portal/mit-subscription-page.h"
#include "portal/mit-sync-runner.h"
#include "portal/mit-sync-status.h"

#define LOCATIONS "/api/v3/augsburg/de/locations/"
#define EVENTS    "/api/v3/augsburg/de/events/"

/* A template child of @widget; @type is the child's, for the reader. */
#define CHILD(widget, type, name) \
  ((gpointer)gtk_widget_get_template_child (GTK_WIDGET (widget), G_OBJECT_TYPE (widget), name))

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Lets the main loop run for @ms milliseconds. */
static void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  guint wake = g_timeout_add (10, mit_test_wake_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

/* The first widget below @root whose object data @key is @value (a
 * string) and, when @type is not 0, of that type. */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *key,
             const char *value)
{
  if ((type == 0 || G_TYPE_CHECK_INSTANCE_TYPE (root, type))
      && (key == NULL || g_strcmp0 (g_object_get_data (G_OBJECT (root), key), value) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, key, value);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  MitTestPortalServer *server;
  MitStore            *store;
  MitSubscription     *subscription;
  MitSyncRunner       *runner;

  /* what the runner reported */
  double               last_fraction;
  gboolean             fraction_went_back;
  guint                n_progress;
  guint                n_finished;
  char                *summary;
  gboolean             failed;
  char                *error_message;
  guint                n_store_changed;
} Fixture;

static void
progress_cb (MitSyncRunner *runner,
             double         fraction,
             const char    *what,
             Fixture       *fixture)
{
  g_assert_nonnull (what);
  if (fraction < fixture->last_fraction)
    fixture->fraction_went_back = TRUE;
  fixture->last_fraction = fraction;
  fixture->n_progress++;
}

static void
finished_cb (MitSyncRunner *runner,
             const char    *summary,
             gboolean       failed,
             const char    *error_message,
             Fixture       *fixture)
{
  g_free (fixture->summary);
  fixture->summary = g_strdup (summary);
  fixture->failed = failed;
  g_free (fixture->error_message);
  fixture->error_message = g_strdup (error_message);
  fixture->n_finished++;
}

static void
store_changed_cb (MitStore *store,
                  guint     kinds,
                  Fixture  *fixture)
{
  fixture->n_store_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MitPortalClient *client;

  fixture->server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  mit_test_portal_server_add_file (fixture->server, EVENTS,
                                   "portal/augsburg/augsburg_de_events_combine_recurring.json");
  fixture->store = mit_test_open_store ("portal-widgets.db");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (store_changed_cb), fixture);

  fixture->subscription = mit_subscription_new (mit_test_portal_server_get_url (fixture->server),
                                                "augsburg");
  g_free (fixture->subscription->region_name);
  fixture->subscription->region_name = g_strdup ("Stadt Augsburg");
  g_strfreev (fixture->subscription->languages);
  fixture->subscription->languages = g_strsplit ("de", ",", -1);
  g_assert_true (mit_store_save_subscription (fixture->store, fixture->subscription, &error));
  g_assert_no_error (error);

  /* The store's own runner, so that the widgets share it. */
  fixture->runner = g_object_ref (mit_sync_runner_get_for_store (fixture->store));
  client = mit_sync_runner_get_client (fixture->runner,
                                       mit_test_portal_server_get_url (fixture->server));
  mit_portal_client_set_retry_delay (client, 10);
  mit_portal_client_set_timeout (client, 5);
  g_signal_connect (fixture->runner, "progress", G_CALLBACK (progress_cb), fixture);
  g_signal_connect (fixture->runner, "finished", G_CALLBACK (finished_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  iterate ();

  g_signal_handlers_disconnect_by_data (fixture->runner, fixture);
  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_object (&fixture->runner);
  mit_subscription_free (fixture->subscription);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->server);
  g_clear_pointer (&fixture->summary, g_free);
  g_clear_pointer (&fixture->error_message, g_free);
}

static void
run_sync (Fixture *fixture)
{
  guint n = fixture->n_finished;

  fixture->last_fraction = 0;
  g_assert_true (mit_sync_runner_start (fixture->runner));
  WAIT_UNTIL (fixture->n_finished > n);
  g_assert_false (mit_sync_runner_get_running (fixture->runner));
}

static gint64
synced_actor_id (Fixture *fixture)
{
  g_autoptr(GHashTable) origins = NULL;
  g_autoptr(GError) error = NULL;
  MitOrigin *origin;

  origins = mit_store_load_origins (fixture->store, fixture->subscription->id, "actor", &error);
  g_assert_no_error (error);
  origin = g_hash_table_lookup (origins, "4");
  g_assert_nonnull (origin);
  return origin->row_id;
}

static MitSubscription *
load_subscription (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  MitSubscription *subscription = mit_store_load_subscription (fixture->store,
                                                               fixture->subscription->id,
                                                               &error);

  g_assert_no_error (error);
  g_assert_nonnull (subscription);
  return subscription;
}

static void
assert_strv (GStrv       strv,
             const char *joined)
{
  g_autofree char *text = g_strjoinv (",", strv);

  g_assert_cmpstr (text, ==, joined);
}

/* ---- Add Subscription ------------------------------------------------------- */

static void
set_search (MitAddSubscriptionDialog *dialog,
            const char               *text)
{
  gtk_editable_set_text (GTK_EDITABLE (CHILD (dialog, GTK_TYPE_SEARCH_ENTRY, "search_entry")),
                         text);
  /* GtkSearchEntry waits a moment before "search-changed". */
  iterate_for (250);
}

static GStrv
visible_regions (MitAddSubscriptionDialog *dialog)
{
  return mit_add_subscription_dialog_dup_visible_regions (dialog);
}

static void
done_cb (MitAddSubscriptionDialog *dialog,
         gint64                    id,
         gint64                   *out)
{
  *out = id;
}

static void
test_add_subscription (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  MitAddSubscriptionDialog *dialog;
  GtkCheckButton *de, *en, *fa;
  MitSubscription *added = NULL;
  gint64 added_id = 0;
  g_auto(GStrv) regions = NULL;

  /* The Augsburg subscription of the fixture is for another test. */
  g_assert_true (mit_store_delete_subscription (fixture->store, fixture->subscription->id, NULL));

  dialog = mit_add_subscription_dialog_new (NULL, fixture->store,
                                            mit_test_portal_server_get_url (fixture->server));
  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), &added_id);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Loading: a spinner, then the live regions in the portal's order. */
  g_assert_true (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_BOX, "loading_box")));
  WAIT_UNTIL (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LIST_BOX, "regions_list")));
  g_assert_false (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_BOX, "loading_box")));
  regions = visible_regions (dialog);
  assert_strv (regions, "artland,augsburg,nurnberg");
  g_clear_pointer (&regions, g_strfreev);
  g_assert_false (gtk_widget_get_sensitive (CHILD (dialog, GTK_TYPE_BUTTON, "subscribe_button")));

  /* Search by alias, postcode, name without accents, slug. */
  set_search (dialog, "mering");
  regions = visible_regions (dialog);
  assert_strv (regions, "augsburg");
  g_clear_pointer (&regions, g_strfreev);
  set_search (dialog, "90403");
  regions = visible_regions (dialog);
  assert_strv (regions, "nurnberg");
  g_clear_pointer (&regions, g_strfreev);
  set_search (dialog, "Nürn");
  regions = visible_regions (dialog);
  assert_strv (regions, "nurnberg");
  g_clear_pointer (&regions, g_strfreev);
  set_search (dialog, "stadt augs");
  regions = visible_regions (dialog);
  assert_strv (regions, "augsburg");
  g_clear_pointer (&regions, g_strfreev);
  set_search (dialog, "xyzzy");
  regions = visible_regions (dialog);
  assert_strv (regions, "");
  g_clear_pointer (&regions, g_strfreev);
  g_assert_true (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LABEL, "no_match_label")));
  set_search (dialog, "");

  /* Augsburg's languages, the default one fixed. */
  g_assert_true (mit_add_subscription_dialog_choose_region (dialog, "augsburg"));
  WAIT_UNTIL (mit_add_subscription_dialog_get_language_check (dialog, "fa") != NULL);
  de = mit_add_subscription_dialog_get_language_check (dialog, "de");
  en = mit_add_subscription_dialog_get_language_check (dialog, "en");
  fa = mit_add_subscription_dialog_get_language_check (dialog, "fa");
  g_assert_nonnull (de);
  g_assert_nonnull (mit_add_subscription_dialog_get_language_check (dialog, "ar"));
  g_assert_true (gtk_check_button_get_active (de));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (de)));
  g_assert_false (gtk_check_button_get_active (en));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (en)));
  g_assert_true (gtk_widget_get_sensitive (CHILD (dialog, GTK_TYPE_BUTTON, "subscribe_button")));

  gtk_check_button_set_active (fa, TRUE);
  gtk_check_button_set_active (en, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-subscription.subscribe",
                                             NULL));
  iterate ();
  g_assert_cmpint (added_id, >, 0);

  list = mit_store_list_subscriptions (fixture->store, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  added = g_ptr_array_index (list, 0);
  g_assert_cmpint (added->id, ==, added_id);
  g_assert_cmpstr (added->base_url, ==, mit_test_portal_server_get_url (fixture->server));
  g_assert_cmpstr (added->region, ==, "augsburg");
  g_assert_cmpstr (added->region_name, ==, "Stadt Augsburg");
  /* Default first, then in the portal's order. */
  assert_strv (added->languages, "de,en,fa");
  g_assert_cmpuint (added->interval_minutes, ==, 0);
}

/* The region subscribed already cannot be chosen again. */
static void
test_add_subscription_twice (Fixture       *fixture,
                             gconstpointer  data)
{
  MitAddSubscriptionDialog *dialog;
  g_auto(GStrv) regions = NULL;

  dialog = mit_add_subscription_dialog_new (NULL, fixture->store,
                                            mit_test_portal_server_get_url (fixture->server));
  gtk_window_present (GTK_WINDOW (dialog));
  WAIT_UNTIL (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LIST_BOX, "regions_list")));
  regions = visible_regions (dialog);
  assert_strv (regions, "artland,augsburg,nurnberg");

  g_assert_true (mit_add_subscription_dialog_choose_region (dialog, "augsburg"));
  iterate ();
  g_assert_null (mit_add_subscription_dialog_get_language_check (dialog, "de"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (dialog, GTK_TYPE_STACK, "stack")),
                   ==, "regions");
}

static void
test_add_subscription_error (Fixture       *fixture,
                             gconstpointer  data)
{
  MitAddSubscriptionDialog *dialog;
  AdwActionRow *error_row;
  g_auto(GStrv) regions = NULL;
  const char *message;

  /* A host name that cannot exist (RFC 2606). */
  dialog = mit_add_subscription_dialog_new (NULL, fixture->store,
                                            "http://no-such-portal.invalid");
  gtk_window_present (GTK_WINDOW (dialog));
  WAIT_UNTIL (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LIST_BOX, "regions_error_list")));
  g_assert_false (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_BOX, "loading_box")));
  g_assert_false (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LIST_BOX, "regions_list")));
  error_row = CHILD (dialog, ADW_TYPE_ACTION_ROW, "regions_error_row");
  message = adw_action_row_get_subtitle (error_row);
  g_test_message ("Unknown host: %s", message);
  g_assert_nonnull (message);
  g_assert_cmpuint (strlen (message), >, 10);

  /* The right address and Retry. */
  gtk_editable_set_text (GTK_EDITABLE (CHILD (dialog, ADW_TYPE_ENTRY_ROW, "url_row")),
                         mit_test_portal_server_get_url (fixture->server));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-subscription.retry", NULL));
  g_assert_false (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LIST_BOX, "regions_error_list")));
  WAIT_UNTIL (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LIST_BOX, "regions_list")));
  regions = visible_regions (dialog);
  g_assert_cmpuint (g_strv_length (regions), ==, 3);

  /* A server that is not a portal. */
  mit_test_portal_server_set_fault (fixture->server, "/api/v3/regions/",
                                    MIT_TEST_PORTAL_FAULT_HTML_200, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "add-subscription.retry", NULL));
  WAIT_UNTIL (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LIST_BOX, "regions_error_list")));
  g_test_message ("Not a portal: %s", adw_action_row_get_subtitle (error_row));
}

/* Closing the dialog while it loads cancels the request quietly. */
static void
test_add_subscription_close (Fixture       *fixture,
                             gconstpointer  data)
{
  MitAddSubscriptionDialog *dialog;

  mit_test_portal_server_set_fault (fixture->server, "/api/v3/regions/",
                                    MIT_TEST_PORTAL_FAULT_STALL, 0);
  dialog = mit_add_subscription_dialog_new (NULL, fixture->store,
                                            mit_test_portal_server_get_url (fixture->server));
  gtk_window_present (GTK_WINDOW (dialog));
  iterate_for (100);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate_for (100);
}

/* ---- the sync runner -------------------------------------------------------- */

static void
test_sync_runner (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MitSubscription) after = NULL;
  guint changed_before = fixture->n_store_changed;

  g_assert_true (mit_sync_runner_start (fixture->runner));
  g_assert_true (mit_sync_runner_get_running (fixture->runner));
  /* It refuses to run twice. */
  g_assert_false (mit_sync_runner_start (fixture->runner));
  g_assert_false (mit_sync_runner_start_one (fixture->runner, fixture->subscription->id));

  WAIT_UNTIL (fixture->n_finished == 1);
  g_assert_false (mit_sync_runner_get_running (fixture->runner));
  g_assert_false (fixture->failed);
  g_assert_null (fixture->error_message);
  g_assert_false (fixture->fraction_went_back);
  g_assert_cmpuint (fixture->n_progress, >, 3);
  g_assert_cmpfloat (fixture->last_fraction, ==, 1.0);
  g_assert_cmpfloat (mit_sync_runner_get_fraction (fixture->runner), ==, 1.0);
  g_test_message ("Summary: %s", fixture->summary);
  g_assert_nonnull (strstr (fixture->summary, "added"));
  g_assert_cmpuint (mit_sync_runner_get_counts (fixture->runner, MIT_SYNC_ACTORS)->added, ==, 1);
  g_assert_cmpuint (mit_sync_runner_get_counts (fixture->runner, MIT_SYNC_EVENTS)->added, >, 0);

  /* The window's store heard of it. */
  g_assert_cmpuint (fixture->n_store_changed, >, changed_before);
  g_assert_cmpuint (mit_store_count_actors (fixture->store), ==, 1);
  after = load_subscription (fixture);
  g_assert_cmpstr (after->last_sync, !=, "");

  /* Again: nothing new. */
  run_sync (fixture);
  g_assert_false (fixture->failed);
  g_assert_nonnull (strstr (fixture->summary, "nothing new"));
  g_assert_false (mit_sync_runner_get_automatic (fixture->runner));
}

static void
test_sync_cancel (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MitSubscription) after = NULL;
  gint64 change = mit_store_get_last_change (fixture->store);

  /* The locations never come: the sync waits until it is cancelled. */
  mit_test_portal_server_set_fault (fixture->server, LOCATIONS, MIT_TEST_PORTAL_FAULT_STALL, 0);
  g_assert_true (mit_sync_runner_start (fixture->runner));
  WAIT_UNTIL (mit_test_portal_server_get_request_count (fixture->server, LOCATIONS) > 0);
  mit_sync_runner_cancel (fixture->runner);
  WAIT_UNTIL (fixture->n_finished == 1);

  g_assert_false (fixture->failed);
  g_assert_cmpstr (fixture->summary, ==, "Sync cancelled");
  g_assert_cmpuint (mit_store_count_actors (fixture->store), ==, 0);
  g_assert_cmpint (mit_store_get_last_change (fixture->store), ==, change);
  after = load_subscription (fixture);
  g_assert_cmpstr (after->last_sync, ==, "");
}

static void
test_sync_failure (Fixture       *fixture,
                   gconstpointer  data)
{
  mit_test_portal_server_set_fault (fixture->server, LOCATIONS, MIT_TEST_PORTAL_FAULT_HTML_404, 0);
  run_sync (fixture);
  g_assert_true (fixture->failed);
  g_assert_nonnull (fixture->error_message);
  g_test_message ("Failure: %s", fixture->summary);
  g_assert_true (g_str_has_prefix (fixture->summary, "Stadt Augsburg could not be synced: "));
  g_assert_cmpuint (mit_store_count_actors (fixture->store), ==, 0);
}

static void
test_sync_periodic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MitSubscription) subscription = load_subscription (fixture);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_false (mit_sync_runner_get_periodic (fixture->runner));
  g_assert_cmpint (mit_sync_runner_get_next_run (fixture->runner), ==, 0);

  /* No interval: nothing to schedule. */
  mit_sync_runner_set_periodic (fixture->runner, TRUE);
  g_assert_cmpint (mit_sync_runner_get_next_run (fixture->runner), ==, 0);

  /* Never synced and hourly: soon, but not at once. */
  subscription->interval_minutes = 60;
  g_assert_true (mit_store_save_subscription (fixture->store, subscription, NULL));
  mit_sync_runner_subscriptions_changed (fixture->runner);
  g_assert_cmpint (mit_sync_runner_get_next_run (fixture->runner), >=, now + 59);
  g_assert_cmpint (mit_sync_runner_get_next_run (fixture->runner), <=, now + 62);

  /* After a sync: an hour later. */
  run_sync (fixture);
  g_assert_cmpint (mit_sync_runner_get_next_run (fixture->runner), >=, now + 3590);
  g_assert_cmpint (mit_sync_runner_get_next_run (fixture->runner), <=, now + 3700);

  mit_sync_runner_set_periodic (fixture->runner, FALSE);
  g_assert_cmpint (mit_sync_runner_get_next_run (fixture->runner), ==, 0);
}

static void
test_sync_status (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *status = mit_sync_status_new (fixture->runner);
  GtkWidget *revealer = gtk_widget_get_first_child (status);

  gtk_window_set_child (GTK_WINDOW (window), status);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  mit_test_portal_server_set_fault (fixture->server, LOCATIONS, MIT_TEST_PORTAL_FAULT_STALL, 0);
  g_assert_true (mit_sync_runner_start (fixture->runner));
  iterate ();
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  /* Stop */
  g_signal_emit_by_name (find_widget (status, GTK_TYPE_BUTTON, NULL, NULL), "clicked");
  WAIT_UNTIL (fixture->n_finished == 1);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
}

/* ---- conflicts and the banner ------------------------------------------------ */

static void
make_conflict (Fixture *fixture)
{
  g_autoptr(MitActor) actor = NULL;
  g_autoptr(GError) error = NULL;

  run_sync (fixture);
  actor = mit_store_load_actor (fixture->store, synced_actor_id (fixture), &error);
  g_assert_no_error (error);
  mit_actor_set_name (actor, "Bürgeramt Augsburg (Test-Ort)");
  g_assert_true (mit_store_save_actor (fixture->store, actor, &error));
  g_assert_no_error (error);

  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "title", "\"Test-Ort (neu)\""));
  run_sync (fixture);
  g_assert_false (fixture->failed);
  g_assert_cmpuint (mit_sync_runner_get_counts (fixture->runner, MIT_SYNC_ACTORS)->conflicts,
                    ==, 1);
  g_assert_nonnull (strstr (fixture->summary, "1 conflict"));
}

static void
test_conflict_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(MitActor) after = NULL;
  g_auto(GStrv) keys = NULL;
  MitConflictsDialog *list;
  MitConflictDialog *dialog;
  GtkWidget *banner;
  GtkWidget *window;
  MitOrigin *origin;
  gint64 actor_id;

  make_conflict (fixture);
  actor_id = synced_actor_id (fixture);

  /* The banner in an editor. */
  window = gtk_window_new ();
  banner = mit_origin_banner_new ();
  gtk_window_set_child (GTK_WINDOW (window), banner);
  mit_origin_banner_set_record (MIT_ORIGIN_BANNER (banner), fixture->store, "actor", actor_id);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (mit_origin_banner_get_state (MIT_ORIGIN_BANNER (banner)), ==,
                   MIT_ORIGIN_STATE_CONFLICT);
  g_assert_true (gtk_widget_get_visible (banner));

  /* The Portals page offers to review it. */
  {
    MitPreferencesWindow *prefs = mit_preferences_window_new (fixture->store, NULL);
    GtkWidget *page = mit_preferences_window_get_portals_page (prefs);
    AdwActionRow *conflicts_row = CHILD (page, ADW_TYPE_ACTION_ROW, "conflicts_row");

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (conflicts_row)));
    g_assert_cmpstr (adw_action_row_get_subtitle (conflicts_row), ==,
                     "1 record was changed here and on the portal");
    gtk_window_destroy (GTK_WINDOW (prefs));
  }

  /* The list of conflicts. */
  list = mit_conflicts_dialog_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (list));
  g_assert_cmpuint (mit_conflicts_dialog_get_n_conflicts (list), ==, 1);
  g_assert_cmpuint (mit_portal_count_conflicts (fixture->store), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (list, GTK_TYPE_STACK, "stack")),
                   ==, "list");

  conflicts = mit_store_list_conflicts (fixture->store, NULL);
  origin = g_ptr_array_index (conflicts, 0);
  dialog = mit_conflict_dialog_new (GTK_WINDOW (list), fixture->store, origin->id);
  g_assert_nonnull (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();

  g_assert_cmpstr (gtk_label_get_text (CHILD (dialog, GTK_TYPE_LABEL, "name_label")), ==,
                   "Bürgeramt Augsburg (Test-Ort)");
  g_assert_cmpstr (gtk_label_get_text (CHILD (dialog, GTK_TYPE_LABEL, "origin_label")), ==,
                   "From Stadt Augsburg on 127.0.0.1");
  keys = mit_conflict_dialog_dup_keys (dialog);
  assert_strv (keys, "name");
  g_assert_false (mit_conflict_dialog_choose (dialog, "website", TRUE));
  /* Both values are shown. */
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), GTK_TYPE_TOGGLE_BUTTON, NULL, NULL));

  g_assert_true (mit_conflict_dialog_choose (dialog, "name", TRUE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.apply", NULL));
  iterate ();

  after = mit_store_load_actor (fixture->store, actor_id, NULL);
  g_assert_cmpstr (mit_actor_get_name (after), ==, "Test-Ort (neu)");
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  conflicts = mit_store_list_conflicts (fixture->store, NULL);
  g_assert_cmpuint (conflicts->len, ==, 0);

  /* The list and the banner follow. */
  g_assert_cmpuint (mit_conflicts_dialog_get_n_conflicts (list), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (list, GTK_TYPE_STACK, "stack")),
                   ==, "empty");
  g_assert_cmpint (mit_origin_banner_get_state (MIT_ORIGIN_BANNER (banner)), ==,
                   MIT_ORIGIN_STATE_SYNCED);
  g_assert_cmpstr (mit_origin_banner_get_text (MIT_ORIGIN_BANNER (banner)), ==,
                   "Synced from Stadt Augsburg on 127.0.0.1");

  /* Gone from the portal. */
  g_assert_true (mit_test_portal_server_drop_item (fixture->server, LOCATIONS, "id", "2"));
  run_sync (fixture);
  g_assert_cmpint (mit_origin_banner_get_state (MIT_ORIGIN_BANNER (banner)), ==,
                   MIT_ORIGIN_STATE_REMOVED);
  g_test_message ("%s", mit_origin_banner_get_text (MIT_ORIGIN_BANNER (banner)));
  g_assert_true (g_str_has_prefix (mit_origin_banner_get_text (MIT_ORIGIN_BANNER (banner)),
                                   "Removed from the portal on "));

  /* A record of its own. */
  mit_origin_banner_set_record (MIT_ORIGIN_BANNER (banner), fixture->store, "actor", 0);
  g_assert_cmpint (mit_origin_banner_get_state (MIT_ORIGIN_BANNER (banner)), ==,
                   MIT_ORIGIN_STATE_NONE);
  g_assert_false (gtk_widget_get_visible (banner));
}

/* Keeping every local value settles the conflict too. */
static void
test_conflict_keep_mine (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(MitActor) after = NULL;
  MitConflictDialog *dialog;

  make_conflict (fixture);
  conflicts = mit_store_list_conflicts (fixture->store, NULL);
  dialog = mit_conflict_dialog_new (NULL, fixture->store,
                                    ((MitOrigin *)g_ptr_array_index (conflicts, 0))->id);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.choose-all", "b",
                                             TRUE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.choose-all", "b",
                                             FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "conflict.apply", NULL));
  iterate ();

  after = mit_store_load_actor (fixture->store, synced_actor_id (fixture), NULL);
  g_assert_cmpstr (mit_actor_get_name (after), ==, "Bürgeramt Augsburg (Test-Ort)");
  g_assert_cmpuint (mit_portal_count_conflicts (fixture->store), ==, 0);
}

static void
test_conflict_narrow (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  MitConflictDialog *dialog;
  GtkWidget *fields_box;
  GtkWidget *pair;

  make_conflict (fixture);
  conflicts = mit_store_list_conflicts (fixture->store, NULL);
  dialog = mit_conflict_dialog_new (NULL, fixture->store,
                                    ((MitOrigin *)g_ptr_array_index (conflicts, 0))->id);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  gtk_window_present (GTK_WINDOW (dialog));
  fields_box = CHILD (dialog, GTK_TYPE_BOX, "fields_box");
  pair = gtk_widget_get_last_child (gtk_widget_get_first_child (fields_box));
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (dialog)) > 0
              && gtk_orientable_get_orientation (GTK_ORIENTABLE (pair)) == GTK_ORIENTATION_VERTICAL);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 400);

  gtk_window_set_default_size (GTK_WINDOW (dialog), 800, 640);
  WAIT_UNTIL (gtk_orientable_get_orientation (GTK_ORIENTABLE (pair)) == GTK_ORIENTATION_HORIZONTAL);
}

/* ---- preferences ------------------------------------------------------------ */

static GtkWidget *
open_subscription_page (Fixture *fixture)
{
  GtkWidget *page = mit_subscription_page_new (fixture->store, fixture->subscription->id);
  GtkWidget *window = gtk_window_new ();

  g_assert_nonnull (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  return page;
}

static JsonObject *
category_entry (Fixture    *fixture,
                const char *id,
                JsonNode  **root)
{
  g_autoptr(MitSubscription) subscription = load_subscription (fixture);
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, subscription->category_map, -1, NULL));
  *root = json_node_copy (json_parser_get_root (parser));
  return json_object_get_object_member (json_node_get_object (*root), id);
}

static char *
category_fields (JsonObject *entry)
{
  JsonArray *array = json_object_get_array_member (entry, "fields");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (text, "%s%s", i ? "," : "", json_array_get_string_element (array, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_category_map (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *fields = NULL;
  GtkWidget *page;
  GtkWidget *kind_row;
  GtkWidget *health;
  GtkWidget *counselling;
  JsonObject *entry;

  g_free (fixture->subscription->category_map);
  fixture->subscription->category_map =
    g_strdup ("{\"7\": {\"name\": \"Beratung\", \"kind\": \"counselling\", "
              "\"fields\": [\"counselling\"]}, "
              "\"9\": {\"name\": \"Behörde\", \"kind\": \"authority\", \"fields\": []}}");
  g_assert_true (mit_store_save_subscription (fixture->store, fixture->subscription, NULL));

  page = open_subscription_page (fixture);
  kind_row = find_widget (page, MIT_TYPE_VOCAB_ROW, "mit-category", "7");
  g_assert_nonnull (kind_row);
  g_assert_cmpstr (mit_vocab_row_get_key (MIT_VOCAB_ROW (kind_row)), ==, "counselling");
  g_assert_nonnull (find_widget (page, MIT_TYPE_VOCAB_ROW, "mit-category", "9"));
  health = find_widget (g_object_get_data (G_OBJECT (kind_row), "mit-expander"),
                        GTK_TYPE_CHECK_BUTTON, "mit-field", "health");
  counselling = find_widget (g_object_get_data (G_OBJECT (kind_row), "mit-expander"),
                             GTK_TYPE_CHECK_BUTTON, "mit-field", "counselling");
  g_assert_nonnull (health);
  g_assert_nonnull (counselling);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (counselling)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (health)));

  mit_vocab_row_set_key (MIT_VOCAB_ROW (kind_row), "welfare-association");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (health), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (counselling), FALSE);

  entry = category_entry (fixture, "7", &root);
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "welfare-association");
  g_assert_cmpstr (json_object_get_string_member (entry, "name"), ==, "Beratung");
  fields = category_fields (entry);
  g_assert_cmpstr (fields, ==, "health");
  g_clear_pointer (&root, json_node_unref);
  /* The other category is left alone. */
  entry = category_entry (fixture, "9", &root);
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "authority");
}

static void
test_subscription_settings (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(MitSubscription) after = NULL;
  GtkWidget *page = open_subscription_page (fixture);
  AdwComboRow *interval_row = CHILD (page, ADW_TYPE_COMBO_ROW, "interval_row");
  GtkWidget *de, *en;

  g_assert_cmpuint (adw_combo_row_get_selected (interval_row), ==, 0);
  g_assert_true (gtk_widget_get_visible (CHILD (page, ADW_TYPE_ACTION_ROW, "no_categories_row")));

  /* Hourly. */
  adw_combo_row_set_selected (interval_row, 1);
  after = load_subscription (fixture);
  g_assert_cmpuint (after->interval_minutes, ==, 60);
  g_clear_pointer (&after, mit_subscription_free);

  /* The region's languages come from the portal. */
  WAIT_UNTIL (find_widget (page, GTK_TYPE_CHECK_BUTTON, "mit-code", "fa") != NULL);
  de = find_widget (page, GTK_TYPE_CHECK_BUTTON, "mit-code", "de");
  en = find_widget (page, GTK_TYPE_CHECK_BUTTON, "mit-code", "en");
  g_assert_false (gtk_widget_get_sensitive (de));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (de)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (en)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (en), TRUE);
  after = load_subscription (fixture);
  assert_strv (after->languages, "de,en");
  g_assert_cmpuint (after->interval_minutes, ==, 60);
  g_clear_pointer (&after, mit_subscription_free);

  /* After a sync the categories of the places are there. */
  run_sync (fixture);
  after = load_subscription (fixture);
  g_test_message ("category map after sync: %s", after->category_map);
}

static void
test_portals_page (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  MitPreferencesWindow *prefs = mit_preferences_window_new (fixture->store, NULL);
  GtkWidget *page = mit_preferences_window_get_portals_page (prefs);
  AdwPreferencesGroup *group;
  GtkWidget *subpage;
  GtkWidget *row;
  GList *toplevels;
  AdwMessageDialog *question = NULL;

  g_assert_nonnull (page);
  mit_portals_page_set_default_base_url (MIT_PORTALS_PAGE (page),
                                         mit_test_portal_server_get_url (fixture->server));
  gtk_window_set_default_size (GTK_WINDOW (prefs), 360, 640);
  gtk_window_present (GTK_WINDOW (prefs));
  mit_preferences_window_show_portals (prefs);
  iterate ();

  group = CHILD (page, ADW_TYPE_PREFERENCES_GROUP, "subscriptions_group");
  g_assert_false (gtk_widget_get_visible (CHILD (page, ADW_TYPE_ACTION_ROW, "empty_row")));
  row = find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "mit-region", "augsburg");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Stadt Augsburg");
  g_test_message ("row: %s", adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Never synced"));

  /* Sync Now from the page shows the result. */
  g_assert_true (gtk_widget_activate_action (page, "portals.sync", NULL));
  WAIT_UNTIL (fixture->n_finished == 1);
  iterate ();
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (CHILD (page, ADW_TYPE_ACTION_ROW,
                                                                "sync_row")),
                            "added"));

  /* The subscription's page, and removing it. */
  g_assert_true (gtk_widget_activate_action (page, "portals.open-subscription", "x",
                                             fixture->subscription->id));
  iterate ();
  subpage = find_widget (GTK_WIDGET (prefs), MIT_TYPE_SUBSCRIPTION_PAGE, NULL, NULL);
  g_assert_nonnull (subpage);
  g_assert_true (gtk_widget_activate_action (subpage, "subscription.remove", NULL));
  iterate ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      question = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "remove");
  iterate_for (300);

  list = mit_store_list_subscriptions (fixture->store, NULL);
  g_assert_cmpuint (list->len, ==, 0);
  /* The actors it brought stay. */
  g_assert_cmpuint (mit_store_count_actors (fixture->store), ==, 1);
  g_assert_true (gtk_widget_get_visible (CHILD (page, ADW_TYPE_ACTION_ROW, "empty_row")));

  /* Add Subscription… opens the dialog. */
  g_assert_true (gtk_widget_activate_action (page, "portals.add-subscription", NULL));
  iterate ();
  toplevels = gtk_window_list_toplevels ();
  row = NULL;
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (MIT_IS_ADD_SUBSCRIPTION_DIALOG (l->data))
      row = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (row);
  WAIT_UNTIL (gtk_widget_get_visible (CHILD (row, GTK_TYPE_LIST_BOX, "regions_list")));
}

/* Every templated widget at 360 px, which must not warn. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  MitAddSubscriptionDialog *dialog;
  MitConflictsDialog *list;
  GtkWidget *page;

  dialog = mit_add_subscription_dialog_new (NULL, fixture->store,
                                            mit_test_portal_server_get_url (fixture->server));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 600);
  gtk_window_present (GTK_WINDOW (dialog));
  WAIT_UNTIL (gtk_widget_get_visible (CHILD (dialog, GTK_TYPE_LIST_BOX, "regions_list")));
  g_assert_true (mit_add_subscription_dialog_choose_region (dialog, "nurnberg"));
  iterate_for (200);

  list = mit_conflicts_dialog_new (NULL, fixture->store);
  gtk_window_set_default_size (GTK_WINDOW (list), 360, 600);
  gtk_window_present (GTK_WINDOW (list));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (list, GTK_TYPE_STACK, "stack")),
                   ==, "empty");

  page = open_subscription_page (fixture);
  gtk_window_set_default_size (GTK_WINDOW (gtk_widget_get_root (page)), 360, 600);
  iterate_for (300);
}

/* ---- screenshots (MIT_TEST_SCREENSHOT=/tmp/portal) --------------------------- */

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *path = g_getenv ("MIT_TEST_SCREENSHOT");
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(MitActor) actor = NULL;
  g_autofree char *file = NULL;
  MitConflictDialog *dialog;
  MitAddSubscriptionDialog *add;
  MitPreferencesWindow *prefs;

  if (path == NULL)
    {
      g_test_skip ("MIT_TEST_SCREENSHOT is not set");
      return;
    }

  g_free (fixture->subscription->category_map);
  fixture->subscription->category_map =
    g_strdup ("{\"7\": {\"name\": \"Beratung\", \"kind\": \"counselling\", "
              "\"fields\": [\"counselling\", \"health\"]}, "
              "\"9\": {\"name\": \"Behörde/Amt\", \"kind\": \"authority\", \"fields\": []}}");
  g_assert_true (mit_store_save_subscription (fixture->store, fixture->subscription, NULL));

  run_sync (fixture);
  actor = mit_store_load_actor (fixture->store, synced_actor_id (fixture), NULL);
  mit_actor_set_name (actor, "Bürgeramt Augsburg (Test-Ort)");
  mit_actor_set_text (actor, MIT_ACTOR_EMAIL, "buergeramt@augsburg.example");
  g_assert_true (mit_store_save_actor (fixture->store, actor, NULL));
  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "title", "\"Test-Ort (neu)\""));
  g_assert_true (mit_test_portal_server_change_item (fixture->server, LOCATIONS, "id", "2",
                                                     "email", "\"info@test-ort.example\""));
  run_sync (fixture);

  conflicts = mit_store_list_conflicts (fixture->store, NULL);
  g_assert_cmpuint (conflicts->len, ==, 1);
  dialog = mit_conflict_dialog_new (NULL, fixture->store,
                                    ((MitOrigin *)g_ptr_array_index (conflicts, 0))->id);
  gtk_window_present (GTK_WINDOW (dialog));
  mit_conflict_dialog_choose (dialog, "name", TRUE);
  file = g_strconcat (path, "-conflict.png", NULL);
  mit_test_save_screenshot (GTK_WIDGET (dialog), file);
  g_clear_pointer (&file, g_free);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  iterate_for (200);
  file = g_strconcat (path, "-conflict-narrow.png", NULL);
  mit_test_save_screenshot (GTK_WIDGET (dialog), file);
  g_clear_pointer (&file, g_free);
  gtk_window_destroy (GTK_WINDOW (dialog));

  add = mit_add_subscription_dialog_new (NULL, fixture->store,
                                         mit_test_portal_server_get_url (fixture->server));
  gtk_window_present (GTK_WINDOW (add));
  WAIT_UNTIL (gtk_widget_get_visible (CHILD (add, GTK_TYPE_LIST_BOX, "regions_list")));
  file = g_strconcat (path, "-add.png", NULL);
  mit_test_save_screenshot (GTK_WIDGET (add), file);
  g_clear_pointer (&file, g_free);
  g_assert_true (mit_add_subscription_dialog_choose_region (add, "nurnberg"));
  iterate_for (300);
  file = g_strconcat (path, "-add-languages.png", NULL);
  mit_test_save_screenshot (GTK_WIDGET (add), file);
  g_clear_pointer (&file, g_free);
  gtk_window_destroy (GTK_WINDOW (add));

  prefs = mit_preferences_window_new (fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (prefs), 600, 700);
  gtk_window_present (GTK_WINDOW (prefs));
  mit_preferences_window_show_portals (prefs);
  file = g_strconcat (path, "-portals.png", NULL);
  mit_test_save_screenshot (GTK_WIDGET (prefs), file);
  g_clear_pointer (&file, g_free);
  gtk_widget_activate_action (mit_preferences_window_get_portals_page (prefs),
                              "portals.open-subscription", "x", fixture->subscription->id);
  iterate_for (500);
  {
    GtkWidget *page = find_widget (GTK_WIDGET (prefs), MIT_TYPE_SUBSCRIPTION_PAGE, NULL, NULL);
    GtkWidget *kind_row = find_widget (page, MIT_TYPE_VOCAB_ROW, "mit-category", "7");

    adw_expander_row_set_expanded (g_object_get_data (G_OBJECT (kind_row), "mit-expander"), TRUE);
    gtk_window_set_default_size (GTK_WINDOW (prefs), 600, 1300);
    iterate_for (300);
  }
  {
    g_autoptr(MitSubscription) sub = load_subscription (fixture);
    g_test_message ("map: %s", sub->category_map);
  }
  file = g_strconcat (path, "-subscription.png", NULL);
  mit_test_save_screenshot (GTK_WIDGET (prefs), file);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/portal-widgets/add-subscription", test_add_subscription);
  ADD ("/portal-widgets/add-subscription-twice", test_add_subscription_twice);
  ADD ("/portal-widgets/add-subscription-error", test_add_subscription_error);
  ADD ("/portal-widgets/add-subscription-close", test_add_subscription_close);
  ADD ("/portal-widgets/sync-runner", test_sync_runner);
  ADD ("/portal-widgets/sync-cancel", test_sync_cancel);
  ADD ("/portal-widgets/sync-failure", test_sync_failure);
  ADD ("/portal-widgets/sync-periodic", test_sync_periodic);
  ADD ("/portal-widgets/sync-status", test_sync_status);
  ADD ("/portal-widgets/conflict-dialog", test_conflict_dialog);
  ADD ("/portal-widgets/conflict-keep-mine", test_conflict_keep_mine);
  ADD ("/portal-widgets/conflict-narrow", test_conflict_narrow);
  ADD ("/portal-widgets/category-map", test_category_map);
  ADD ("/portal-widgets/subscription-settings", test_subscription_settings);
  ADD ("/portal-widgets/portals-page", test_portals_page);
  ADD ("/portal-widgets/narrow", test_narrow);
  ADD ("/portal-widgets/screenshot", test_screenshot);
#undef ADD

  return g_test_run ();
}
