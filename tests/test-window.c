/* test-window.c: the main window on the example network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "mit-test-util.h"
#include "mit-example.h"
#include "mit-query-model.h"
#include "mit-store.h"
#include "mit-window-private.h"
#include "actors/mit-actor-editor.h"
#include "actors/mit-actor-list.h"
#include "actors/mit-new-actor-dialog.h"
#include "persons/mit-person-editor.h"
#include "persons/mit-person-list.h"
#include "mit-gui-util.h"
#include "mit-store-groups.h"
#include "map/mit-map-page.h"
#include "map/mit-network-map.h"
#include "events/mit-event-editor.h"
#include "meetings/mit-meeting-editor.h"
#include "mit-store-events.h"
#include "mit-store-meetings.h"
#include "target-groups/mit-reachability-board.h"
#include "target-groups/mit-target-group-editor.h"
#include "target-groups/mit-target-group-list.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

#define CHILD(widget, type, name) \
  ((gpointer)gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))

typedef struct
{
  MitStore  *store;
  MitWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = mit_test_open_store ("window.db");
  g_assert_true (mit_example_load (f->store, &error));
  g_assert_no_error (error);

  f->window = mit_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  mit_window_show_section (f->window, "actors");
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  iterate ();

  g_clear_object (&f->store);
}

static GtkWindow *
find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);

  return found;
}

static void
test_lists_actors (Fixture       *f,
                   gconstpointer  data)
{
  MitActorList *list = CHILD (f->window, MIT_TYPE_WINDOW, "actor_list");
  GListModel *model = mit_actor_list_get_model (list);
  GtkLabel *count = CHILD (list, MIT_TYPE_ACTOR_LIST, "count_label");
  GtkStack *stack = CHILD (list, MIT_TYPE_ACTOR_LIST, "stack");
  g_autofree char *expected = NULL;
  guint n = mit_store_count_actors (f->store);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");

  expected = g_strdup_printf ("%u actors", n);
  g_assert_cmpstr (gtk_label_get_text (count), ==, expected);

  /* The list view only asked for the rows on screen. */
  g_assert_cmpuint (mit_query_model_get_pages_loaded (MIT_QUERY_MODEL (model)), <=, 2);

  /* Loading the example is offered only while the directory is empty. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.load-example", NULL);
  iterate ();
  g_assert_cmpuint (mit_store_count_actors (f->store), ==, n);
}

static gboolean
actor_has_text (MitStore     *store,
                gint64        id,
                MitActorText  field,
                const char   *text)
{
  g_autoptr(MitActor) actor = mit_store_load_actor (store, id, NULL);

  return actor != NULL && g_strcmp0 (mit_actor_get_text (actor, field), text) == 0;
}

static void
test_new_actor_edit_search_delete (Fixture       *f,
                                   gconstpointer  data)
{
  MitActorList *list = CHILD (f->window, MIT_TYPE_WINDOW, "actor_list");
  MitActorEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "actor_editor");
  GListModel *model = mit_actor_list_get_model (list);
  guint n_before = mit_store_count_actors (f->store);
  GtkWindow *dialog;
  GtkEditable *row;
  GtkEditable *search;
  g_autoptr(MitActor) restored = NULL;
  gint64 id;

  /* Ctrl+N's action opens the dialog */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-actor", NULL));
  iterate ();
  dialog = find_toplevel (MIT_TYPE_NEW_ACTOR_DIALOG);
  g_assert_nonnull (dialog);

  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_ACTOR_DIALOG, "name_row"), "Zwirbelwerk Nachbarschaftshilfe");
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_ACTOR_DIALOG, "street_row"), "Lindenweg 3");
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_ACTOR_DIALOG, "postcode_row"), "78990");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-actor.add", NULL));
  iterate ();

  g_assert_cmpuint (mit_store_count_actors (f->store), ==, n_before + 1);
  id = mit_actor_editor_get_actor_id (editor);
  g_assert_cmpint (id, >, 0);
  WAIT_UNTIL (mit_query_model_find_id (MIT_QUERY_MODEL (model), id) != G_MAXUINT);
  g_assert_cmpint (mit_actor_list_get_selected_id (list), ==, id);

  /* The editor stores as you type, but not what is invalid */
  row = CHILD (editor, MIT_TYPE_ACTOR_EDITOR, "email_row");
  gtk_editable_set_text (row, "kontakt@");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  gtk_editable_set_text (row, "kontakt@zwirbelwerk.example");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  gtk_editable_set_text (CHILD (editor, MIT_TYPE_ACTOR_EDITOR, "town_row"), "Lindenbrunn");

  WAIT_UNTIL (actor_has_text (f->store, id, MIT_ACTOR_EMAIL, "kontakt@zwirbelwerk.example") &&
              actor_has_text (f->store, id, MIT_ACTOR_TOWN, "Lindenbrunn"));

  /* Found by the search as you type */
  search = CHILD (list, MIT_TYPE_ACTOR_LIST, "search_entry");
  gtk_editable_set_text (search, "Zwirbelwerk");
  WAIT_UNTIL (g_list_model_get_n_items (model) == 1);
  g_assert_cmpint (mit_query_model_get_id (MIT_QUERY_MODEL (model), 0), ==, id);

  gtk_editable_set_text (search, "Zwirbelwerk Quatschwortohnetreffer");
  WAIT_UNTIL (g_list_model_get_n_items (model) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (list, MIT_TYPE_ACTOR_LIST, "stack")), ==,
                   "no-results");
  gtk_editable_set_text (search, "");
  WAIT_UNTIL (g_list_model_get_n_items (model) == n_before + 1);

  /* Deleting shows a toast whose Undo brings the actor back */
  g_assert_null (_mit_window_get_undo_toast (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", NULL));
  iterate ();
  g_assert_nonnull (_mit_window_get_undo_toast (f->window));
  g_assert_cmpuint (mit_store_count_actors (f->store), ==, n_before);
  g_assert_null (mit_store_load_actor (f->store, id, NULL));
  g_assert_cmpint (mit_actor_editor_get_actor_id (editor), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  iterate ();
  g_assert_null (_mit_window_get_undo_toast (f->window));
  g_assert_cmpuint (mit_store_count_actors (f->store), ==, n_before + 1);
  restored = mit_store_load_actor (f->store, id, NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (mit_actor_get_text (restored, MIT_ACTOR_EMAIL), ==, "kontakt@zwirbelwerk.example");
  g_assert_cmpint (mit_actor_editor_get_actor_id (editor), ==, id);
}

static void
test_duplicate_warning (Fixture       *f,
                        gconstpointer  data)
{
  MitActorEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "actor_editor");
  GListModel *model = mit_actor_list_get_model (CHILD (f->window, MIT_TYPE_WINDOW, "actor_list"));
  g_autoptr(MitActor) existing = NULL;
  guint n_before = mit_store_count_actors (f->store);
  GtkWindow *dialog;

  existing = g_list_model_get_item (model, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-actor", NULL);
  iterate ();
  dialog = find_toplevel (MIT_TYPE_NEW_ACTOR_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_ACTOR_DIALOG, "name_row"),
                         mit_actor_get_name (existing));
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_ACTOR_DIALOG, "postcode_row"),
                         mit_actor_get_text (existing, MIT_ACTOR_POSTCODE));
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_ACTOR_DIALOG, "street_row"),
                         mit_actor_get_text (existing, MIT_ACTOR_STREET));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-actor.add", NULL);
  iterate ();

  /* Nothing added; the warning offers the existing actor */
  g_assert_cmpuint (mit_store_count_actors (f->store), ==, n_before);
  g_assert_true (gtk_revealer_get_reveal_child (CHILD (dialog, MIT_TYPE_NEW_ACTOR_DIALOG, "duplicate_revealer")));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-actor.open-existing", NULL);
  iterate ();
  g_assert_cmpuint (mit_store_count_actors (f->store), ==, n_before);
  g_assert_cmpint (mit_actor_editor_get_actor_id (editor), ==, mit_actor_get_id (existing));
}

static void
test_delete_person_erases (Fixture       *f,
                           gconstpointer  data)
{
  MitPersonList *list = CHILD (f->window, MIT_TYPE_WINDOW, "person_list");
  MitPersonEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "person_editor");
  GListModel *model = mit_person_list_get_model (list);
  guint n_before = mit_store_count_persons (f->store);
  AdwMessageDialog *confirm;
  AdwToast *toast;
  gint64 id;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before);
  id = mit_query_model_get_id (MIT_QUERY_MODEL (model), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-person", "x", id));
  iterate ();
  g_assert_cmpint (mit_person_editor_get_person_id (editor), ==, id);

  /* Deleting a person asks first, explaining that nothing will remain */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", NULL);
  iterate ();
  confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "every trace"));
  adw_message_dialog_response (confirm, "delete");
  iterate ();

  g_assert_cmpuint (mit_store_count_persons (f->store), ==, n_before - 1);
  toast = _mit_window_get_undo_toast (f->window);
  g_assert_nonnull (toast);

  /* When the toast goes without undo, the deletion is final */
  adw_toast_dismiss (toast);
  iterate ();
  g_assert_null (_mit_window_get_undo_toast (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  iterate ();
  g_assert_cmpuint (mit_store_count_persons (f->store), ==, n_before - 1);
  g_assert_null (mit_store_load_person (f->store, id, NULL));
}

/* Sends Delete to the list view's key controller, as a key press would. */
static gboolean
press_delete (GtkWidget *list_view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list_view);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Delete, 0, 0, &handled);
    }
  return handled;
}

/* What the two lists share (mit-record-list.c): Enter in the search opens
 * the first hit, Escape clears the search, activating a row opens it,
 * selecting an id the search hides shows everything again, and Delete
 * deletes. */
static void
test_list_keys (Fixture       *f,
                gconstpointer  data)
{
  MitActorList *actors = CHILD (f->window, MIT_TYPE_WINDOW, "actor_list");
  MitActorEditor *actor_editor = CHILD (f->window, MIT_TYPE_WINDOW, "actor_editor");
  GListModel *actor_model = mit_actor_list_get_model (actors);
  GtkEditable *actor_search = CHILD (actors, MIT_TYPE_ACTOR_LIST, "search_entry");
  MitPersonList *persons = CHILD (f->window, MIT_TYPE_WINDOW, "person_list");
  MitPersonEditor *person_editor = CHILD (f->window, MIT_TYPE_WINDOW, "person_editor");
  GListModel *person_model = mit_person_list_get_model (persons);
  GtkEditable *person_search = CHILD (persons, MIT_TYPE_PERSON_LIST, "search_entry");
  guint n_actors = g_list_model_get_n_items (actor_model);
  guint n_persons = g_list_model_get_n_items (person_model);
  g_autoptr(MitActor) first = g_list_model_get_item (actor_model, 0);
  g_autoptr(MitActor) last = g_list_model_get_item (actor_model, n_actors - 1);
  g_autoptr(MitPerson) person = NULL;
  gint64 id;

  /* Enter opens the first hit */
  gtk_editable_set_text (actor_search, mit_actor_get_name (last));
  WAIT_UNTIL (g_list_model_get_n_items (actor_model) < n_actors);
  id = mit_query_model_get_id (MIT_QUERY_MODEL (actor_model), 0);
  g_signal_emit_by_name (actor_search, "activate");
  iterate ();
  g_assert_cmpint (mit_actor_list_get_selected_id (actors), ==, id);
  g_assert_cmpint (mit_actor_editor_get_actor_id (actor_editor), ==, id);

  /* Escape clears the search */
  g_signal_emit_by_name (actor_search, "stop-search");
  WAIT_UNTIL (g_list_model_get_n_items (actor_model) == n_actors);
  g_assert_cmpstr (gtk_editable_get_text (actor_search), ==, "");
  g_assert_cmpint (mit_actor_list_get_selected_id (actors), ==, id);

  /* Activating a row opens it */
  g_signal_emit_by_name (CHILD (actors, MIT_TYPE_ACTOR_LIST, "list_view"), "activate", 0);
  iterate ();
  g_assert_cmpint (mit_actor_list_get_selected_id (actors), ==, mit_actor_get_id (first));
  g_assert_cmpint (mit_actor_editor_get_actor_id (actor_editor), ==, mit_actor_get_id (first));

  /* An actor the search hides is shown by clearing the search */
  gtk_editable_set_text (actor_search, mit_actor_get_name (first));
  WAIT_UNTIL (g_list_model_get_n_items (actor_model) < n_actors);
  id = mit_actor_get_id (last);
  g_assert_cmpuint (mit_query_model_find_id (MIT_QUERY_MODEL (actor_model), id), ==, G_MAXUINT);
  mit_actor_list_select_id (actors, mit_actor_get_id (last));
  g_assert_cmpstr (gtk_editable_get_text (actor_search), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (actor_model), ==, n_actors);
  g_assert_cmpint (mit_actor_list_get_selected_id (actors), ==, mit_actor_get_id (last));

  /* Delete in the list deletes the open actor */
  mit_window_show_actor (f->window, mit_actor_get_id (last));
  iterate ();
  g_assert_true (press_delete (CHILD (actors, MIT_TYPE_ACTOR_LIST, "list_view")));
  iterate ();
  g_assert_cmpuint (mit_store_count_actors (f->store), ==, n_actors - 1);
  WAIT_UNTIL (g_list_model_get_n_items (actor_model) == n_actors - 1);

  /* The list of persons shares that code; its own parts are the search
   * and Delete, which asks first */
  mit_window_show_section (f->window, "persons");
  iterate ();
  id = mit_query_model_get_id (MIT_QUERY_MODEL (person_model), 0);
  person = g_list_model_get_item (person_model, n_persons - 1);
  gtk_editable_set_text (person_search, mit_person_get_name (person));
  WAIT_UNTIL (g_list_model_get_n_items (person_model) < n_persons);
  g_assert_cmpuint (mit_query_model_find_id (MIT_QUERY_MODEL (person_model), id), ==, G_MAXUINT);
  g_signal_emit_by_name (person_search, "activate");
  iterate ();
  g_assert_cmpint (mit_person_list_get_selected_id (persons), ==, mit_person_get_id (person));
  g_assert_cmpint (mit_person_editor_get_person_id (person_editor), ==, mit_person_get_id (person));

  mit_person_list_select_id (persons, id);
  g_assert_cmpstr (gtk_editable_get_text (person_search), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (person_model), ==, n_persons);
  g_assert_cmpint (mit_person_list_get_selected_id (persons), ==, id);

  /* Delete asks before it deletes a person */
  g_assert_true (press_delete (CHILD (persons, MIT_TYPE_PERSON_LIST, "list_view")));
  iterate ();
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_new_person (Fixture       *f,
                 gconstpointer  data)
{
  MitPersonEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "person_editor");
  guint n_before = mit_store_count_persons (f->store);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkEditable *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-person", NULL));
  iterate ();
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  list = adw_message_dialog_get_extra_child (dialog);
  entry = GTK_EDITABLE (gtk_widget_get_first_child (list));
  g_assert_true (ADW_IS_ENTRY_ROW (entry));
  gtk_editable_set_text (entry, "Yasemin Testfrau");
  adw_message_dialog_response (dialog, "add");
  iterate ();

  g_assert_cmpuint (mit_store_count_persons (f->store), ==, n_before + 1);
  g_assert_cmpstr (mit_person_editor_get_title (editor), ==, "Yasemin Testfrau");
}

static gboolean
widget_shows_text (GtkWidget  *widget,
                   const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (widget_shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* An invalid value is not stored, but it neither holds back the other
 * edits nor stops them from being stored when another actor is chosen. The
 * list's row shows what was stored. */
static void
test_edit_stored_on_switch (Fixture       *f,
                            gconstpointer  data)
{
  MitActorList *list = CHILD (f->window, MIT_TYPE_WINDOW, "actor_list");
  MitActorEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "actor_editor");
  GListModel *model = mit_actor_list_get_model (list);
  GtkEditable *email = CHILD (editor, MIT_TYPE_ACTOR_EDITOR, "email_row");
  g_autoptr(MitActor) before = NULL;
  g_autofree char *old_email = NULL;
  gint64 first = mit_query_model_get_id (MIT_QUERY_MODEL (model), 0);
  gint64 second = mit_query_model_get_id (MIT_QUERY_MODEL (model), 1);

  mit_window_show_actor (f->window, first);
  iterate ();
  g_assert_cmpint (mit_actor_editor_get_actor_id (editor), ==, first);
  before = mit_store_load_actor (f->store, first, NULL);
  old_email = g_strdup (mit_actor_get_text (before, MIT_ACTOR_EMAIL));

  gtk_editable_set_text (email, "kontakt@");
  gtk_editable_set_text (CHILD (editor, MIT_TYPE_ACTOR_EDITOR, "town_row"), "Quarkheim");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (email), "error"));
  g_assert_cmpstr (gtk_editable_get_text (email), ==, "kontakt@");

  /* Within the debounce */
  mit_window_show_actor (f->window, second);
  g_assert_true (actor_has_text (f->store, first, MIT_ACTOR_TOWN, "Quarkheim"));
  g_assert_true (actor_has_text (f->store, first, MIT_ACTOR_EMAIL, old_email));

  WAIT_UNTIL (widget_shows_text (GTK_WIDGET (list), "Quarkheim"));
}

/* A change made elsewhere (another program on the same file) shows in the
 * open editor once the store notices it. */
static void
test_editor_follows_external_change (Fixture       *f,
                                     gconstpointer  data)
{
  MitActorList *list = CHILD (f->window, MIT_TYPE_WINDOW, "actor_list");
  MitActorEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "actor_editor");
  GListModel *model = mit_actor_list_get_model (list);
  GtkEditable *town = CHILD (editor, MIT_TYPE_ACTOR_EDITOR, "town_row");
  gint64 first = mit_query_model_get_id (MIT_QUERY_MODEL (model), 0);
  g_autoptr(MitStore) other = NULL;
  g_autoptr(MitActor) copy = NULL;
  g_autoptr(GError) error = NULL;

  mit_window_show_actor (f->window, first);
  iterate ();
  g_assert_cmpint (mit_actor_editor_get_actor_id (editor), ==, first);
  g_assert_cmpstr (gtk_editable_get_text (town), !=, "Radolfzell-Böhringen");

  /* Stamps have one-second steps: let the other write be a later one */
  g_usleep (G_USEC_PER_SEC * 11 / 10);
  other = mit_store_open (mit_store_get_path (f->store), &error);
  g_assert_no_error (error);
  copy = mit_store_load_actor (other, first, &error);
  mit_actor_set_text (copy, MIT_ACTOR_TOWN, "Radolfzell-Böhringen");
  g_assert_true (mit_store_save_actor (other, copy, &error));

  g_assert_true (mit_store_check_external_changes (f->store));
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (town), ==, "Radolfzell-Böhringen");
  WAIT_UNTIL (widget_shows_text (GTK_WIDGET (list), "Radolfzell-Böhringen"));
}

/* What was typed just before the window closes is stored. */
static void
test_edit_stored_on_close (Fixture       *f,
                           gconstpointer  data)
{
  MitPersonEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "person_editor");
  GListModel *model = mit_person_list_get_model (CHILD (f->window, MIT_TYPE_WINDOW, "person_list"));
  gint64 id = mit_query_model_get_id (MIT_QUERY_MODEL (model), 0);
  g_autoptr(MitPerson) person = NULL;

  mit_window_show_person (f->window, id);
  iterate ();
  gtk_editable_set_text (CHILD (editor, MIT_TYPE_PERSON_EDITOR, "phone_row"), "+49 821 555-0");
  gtk_window_close (GTK_WINDOW (f->window));

  person = mit_store_load_person (f->store, id, NULL);
  g_assert_cmpstr (mit_person_get_text (person, MIT_PERSON_PHONE), ==, "+49 821 555-0");
}

/* The id of the example's target group called @name. */
static gint64
group_named (MitStore   *store,
             const char *name)
{
  g_autoptr(GArray) ids = mit_store_find_target_group_ids (store, NULL, -1, FALSE, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(MitTargetGroup) group = mit_store_load_target_group (store, id, NULL);

      if (g_strcmp0 (mit_target_group_get_name (group), name) == 0)
        return id;
    }
  g_error ("No target group “%s” in the example", name);
}

/* A card moved on the board records an assessment; the toast's Undo takes
 * it back. */
static void
test_board_move_and_undo (Fixture       *f,
                          gconstpointer  data)
{
  GtkStack *stack = CHILD (f->window, MIT_TYPE_WINDOW, "section_stack");
  AdwBin *bin = CHILD (f->window, MIT_TYPE_WINDOW, "board_bin");
  MitReachabilityBoard *board = MIT_REACHABILITY_BOARD (adw_bin_get_child (bin));
  gint64 id = group_named (f->store, "Eritreische Familien");
  g_autoptr(GPtrArray) before = mit_store_list_assessments (f->store, id, NULL);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-section", "s", "reachability"));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "reachability");
  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, MIT_REACHABILITY_MEDIUM);

  /* who assesses comes from the preferences */
  {
    g_autoptr(GSettings) settings = mit_gui_settings_new ();

    g_assert_nonnull (settings);
    g_settings_set_string (settings, "assessor-name", "Amira Haddad");
    g_assert_cmpstr (mit_reachability_board_get_assessor (board), ==, "Amira Haddad");
  }

  g_assert_true (mit_reachability_board_move_group (board, id, MIT_REACHABILITY_GOOD, &error));
  g_assert_no_error (error);
  iterate ();
  after = mit_store_list_assessments (f->store, id, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  g_assert_cmpstr (mit_assessment_get_assessor (g_ptr_array_index (after, after->len - 1)), ==, "Amira Haddad");
  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, MIT_REACHABILITY_GOOD);
  g_assert_nonnull (_mit_window_get_undo_toast (f->window));
  g_assert_cmpstr (adw_toast_get_title (_mit_window_get_undo_toast (f->window)), ==, "Assessment recorded");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  iterate ();
  undone = mit_store_list_assessments (f->store, id, NULL);
  g_assert_cmpuint (undone->len, ==, before->len);
  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, MIT_REACHABILITY_MEDIUM);
  g_assert_null (_mit_window_get_undo_toast (f->window));
  /* the card is back in its column */
  {
    g_autoptr(GArray) medium = mit_reachability_board_list_column (board, MIT_REACHABILITY_MEDIUM);
    gboolean found = FALSE;

    for (guint i = 0; i < medium->len; i++)
      found |= g_array_index (medium, gint64, i) == id;
    g_assert_true (found);
  }
}

/* "win.show-actors-in-district" shows the actor list filtered to the
 * district; the sections follow Ctrl+1 … in the sidebar's order. */
static void
test_district_and_sections (Fixture       *f,
                            gconstpointer  data)
{
  GtkStack *stack = CHILD (f->window, MIT_TYPE_WINDOW, "section_stack");
  MitActorList *list = CHILD (f->window, MIT_TYPE_WINDOW, "actor_list");
  GListModel *model = mit_actor_list_get_model (list);
  MitActorFilter filter;
  g_autoptr(GArray) expected = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-section", "s", "persons"));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "persons");

  mit_actor_filter_init (&filter);
  filter.district = g_strdup ("Ried");
  expected = mit_store_find_actor_ids (f->store, &filter, NULL);
  mit_actor_filter_clear (&filter);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (expected->len, <, mit_store_count_actors (f->store));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-actors-in-district", "s", "Ried"));
  WAIT_UNTIL (g_list_model_get_n_items (model) == expected->len);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "actors");
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpint (mit_query_model_get_id (MIT_QUERY_MODEL (model), i), ==, g_array_index (expected, gint64, i));

  /* an unknown section name shows the actors */
  mit_window_show_section (f->window, "persons");
  mit_window_show_section (f->window, "no-such-section");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "actors");
}

/* A widget's "win.offer-undo" shows a toast whose Undo reverts the change. */
static void
test_offer_undo (Fixture       *f,
                 gconstpointer  data)
{
  gint64 id = group_named (f->store, "Saisonarbeitskräfte auf den Höfen im Ried");
  g_autoptr(GError) error = NULL;
  gint64 change;

  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, MIT_REACHABILITY_LITTLE_OR_NONE);
  g_assert_cmpint (mit_store_record_assessment (f->store, id, MIT_REACHABILITY_MEDIUM, NULL,
                                                "Test", NULL, &error), >, 0);
  g_assert_no_error (error);
  change = mit_store_get_last_change (f->store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.offer-undo", "(xs)",
                                             change, "Assessment recorded"));
  g_assert_nonnull (_mit_window_get_undo_toast (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, MIT_REACHABILITY_LITTLE_OR_NONE);
}

/* A target group opened from anywhere (as the board, the map and the
 * overview do), deleted with Delete and brought back with Undo. */
static void
test_target_group_show_delete_undo (Fixture       *f,
                                    gconstpointer  data)
{
  GtkStack *stack = CHILD (f->window, MIT_TYPE_WINDOW, "section_stack");
  MitTargetGroupEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "target_group_editor");
  MitTargetGroupList *list = CHILD (f->window, MIT_TYPE_WINDOW, "target_group_list");
  gint64 id = group_named (f->store, "Eritreische Familien");
  g_autoptr(GPtrArray) channels = mit_store_list_channels_of_group (f->store, id, NULL);
  g_autoptr(GPtrArray) assessments = mit_store_list_assessments (f->store, id, NULL);
  guint n_groups = mit_store_count_target_groups (f->store);
  g_autoptr(GPtrArray) channels_after = NULL;
  g_autoptr(GPtrArray) assessments_after = NULL;

  g_assert_cmpuint (channels->len, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-target-group", "x", id));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "target-groups");
  g_assert_cmpint (mit_target_group_editor_get_group_id (editor), ==, id);
  g_assert_cmpint (mit_target_group_list_get_selected_id (list), ==, id);
  g_assert_cmpstr (mit_target_group_editor_get_title (editor), ==, "Eritreische Familien");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", NULL));
  iterate ();
  g_assert_cmpuint (mit_store_count_target_groups (f->store), ==, n_groups - 1);
  g_assert_cmpint (mit_target_group_editor_get_group_id (editor), ==, 0);
  g_assert_nonnull (_mit_window_get_undo_toast (f->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  iterate ();
  g_assert_cmpuint (mit_store_count_target_groups (f->store), ==, n_groups);
  g_assert_cmpint (mit_target_group_editor_get_group_id (editor), ==, id);
  channels_after = mit_store_list_channels_of_group (f->store, id, NULL);
  assessments_after = mit_store_list_assessments (f->store, id, NULL);
  g_assert_cmpuint (channels_after->len, ==, channels->len);
  g_assert_cmpuint (assessments_after->len, ==, assessments->len);
}

/* A target group selected on the network map opens on its page. */
static void
test_map_opens_record (Fixture       *f,
                       gconstpointer  data)
{
  GtkStack *stack = CHILD (f->window, MIT_TYPE_WINDOW, "section_stack");
  AdwBin *bin = CHILD (f->window, MIT_TYPE_WINDOW, "map_bin");
  MitMapPage *page = MIT_MAP_PAGE (adw_bin_get_child (bin));
  MitTargetGroupEditor *editor = CHILD (f->window, MIT_TYPE_WINDOW, "target_group_editor");
  gint64 id = group_named (f->store, "Jugendliche im Bahnhofsviertel");
  g_autoptr(MitTargetGroup) group = mit_store_load_target_group (f->store, id, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-section", "s", "map"));
  WAIT_UNTIL (!mit_map_page_get_busy (page) && mit_network_map_get_layout (mit_map_page_get_map (page)) != NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "map");

  g_assert_true (mit_network_map_select (mit_map_page_get_map (page), mit_target_group_get_uid (group)));
  g_assert_true (mit_network_map_activate_selection (mit_map_page_get_map (page)));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "target-groups");
  g_assert_cmpint (mit_target_group_editor_get_group_id (editor), ==, id);
}

/* Events and meetings: opened from anywhere, deleted, brought back. */
static void
test_events_and_meetings (Fixture       *f,
                          gconstpointer  data)
{
  GtkStack *stack = CHILD (f->window, MIT_TYPE_WINDOW, "section_stack");
  MitEventEditor *event_editor = CHILD (f->window, MIT_TYPE_WINDOW, "event_editor");
  MitMeetingEditor *meeting_editor = CHILD (f->window, MIT_TYPE_WINDOW, "meeting_editor");
  g_autoptr(MitMeeting) meeting = mit_meeting_new ();
  g_autoptr(GError) error = NULL;
  MitEventFilter filter;
  g_autoptr(GArray) ids = NULL;
  gint64 event_id;
  guint n_events = mit_store_count_events (f->store);

  mit_event_filter_init (&filter);
  ids = mit_store_find_event_ids (f->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >, 0);
  event_id = g_array_index (ids, gint64, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-event", "x", event_id));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "events");
  g_assert_cmpint (mit_event_editor_get_event_id (event_editor), ==, event_id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", NULL));
  iterate ();
  g_assert_cmpuint (mit_store_count_events (f->store), ==, n_events - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  iterate ();
  g_assert_cmpuint (mit_store_count_events (f->store), ==, n_events);
  g_assert_cmpint (mit_event_editor_get_event_id (event_editor), ==, event_id);

  mit_meeting_set_title (meeting, "Steuerungsgruppe, Sitzung 9");
  mit_meeting_set_date (meeting, "2026-12-10");
  g_assert_true (mit_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-meeting", "x",
                                             mit_meeting_get_id (meeting)));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "meetings");
  g_assert_cmpint (mit_meeting_editor_get_meeting_id (meeting_editor), ==, mit_meeting_get_id (meeting));
  g_assert_cmpstr (mit_meeting_editor_get_title (meeting_editor), ==, "Steuerungsgruppe, Sitzung 9");
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

  g_test_add ("/window/lists-actors", Fixture, NULL,
              fixture_set_up, test_lists_actors, fixture_tear_down);
  g_test_add ("/window/new-actor-edit-search-delete", Fixture, NULL,
              fixture_set_up, test_new_actor_edit_search_delete, fixture_tear_down);
  g_test_add ("/window/duplicate-warning", Fixture, NULL,
              fixture_set_up, test_duplicate_warning, fixture_tear_down);
  g_test_add ("/window/delete-person-erases", Fixture, NULL,
              fixture_set_up, test_delete_person_erases, fixture_tear_down);
  g_test_add ("/window/list-keys", Fixture, NULL,
              fixture_set_up, test_list_keys, fixture_tear_down);
  g_test_add ("/window/new-person", Fixture, NULL,
              fixture_set_up, test_new_person, fixture_tear_down);
  g_test_add ("/window/edit-stored-on-switch", Fixture, NULL,
              fixture_set_up, test_edit_stored_on_switch, fixture_tear_down);
  g_test_add ("/window/edit-stored-on-close", Fixture, NULL,
              fixture_set_up, test_edit_stored_on_close, fixture_tear_down);
  g_test_add ("/window/editor-follows-external-change", Fixture, NULL,
              fixture_set_up, test_editor_follows_external_change, fixture_tear_down);

  g_test_add ("/window/board-move-and-undo", Fixture, NULL,
              fixture_set_up, test_board_move_and_undo, fixture_tear_down);
  g_test_add ("/window/district-and-sections", Fixture, NULL,
              fixture_set_up, test_district_and_sections, fixture_tear_down);
  g_test_add ("/window/offer-undo", Fixture, NULL,
              fixture_set_up, test_offer_undo, fixture_tear_down);

  g_test_add ("/window/target-group-show-delete-undo", Fixture, NULL,
              fixture_set_up, test_target_group_show_delete_undo, fixture_tear_down);

  g_test_add ("/window/map-opens-record", Fixture, NULL,
              fixture_set_up, test_map_opens_record, fixture_tear_down);

  g_test_add ("/window/events-and-meetings", Fixture, NULL,
              fixture_set_up, test_events_and_meetings, fixture_tear_down);

  return g_test_run ();
}
