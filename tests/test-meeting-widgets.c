/* test-meeting-widgets.c: the meeting list and editor, the new meeting
 * dialog, the steering group page and the meeting mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "mit-test-util.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-store-meetings.h"
#include "mit-target-group.h"
#include "meetings/mit-meeting-editor.h"
#include "meetings/mit-meeting-format.h"
#include "meetings/mit-meeting-list.h"
#include "meetings/mit-meeting-mode.h"
#include "meetings/mit-new-meeting-dialog.h"
#include "meetings/mit-steering-group-page.h"

#define TIMEOUT_SECONDS 10

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @cond holds, failing after a timeout. */
#define WAIT_UNTIL(cond) G_STMT_START {                                        \
    gint64 _end = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;  \
    guint _wake = g_timeout_add (10, wake_cb, NULL);                           \
    while (!(cond) && g_get_monotonic_time () < _end)                          \
      g_main_context_iteration (NULL, TRUE);                                   \
    g_source_remove (_wake);                                                   \
    if (!(cond))                                                               \
      g_error ("Timed out waiting for %s", #cond);                             \
  } G_STMT_END

#define CHILD(widget, type, name) \
  ((gpointer)gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Every descendant of @root of @type, depth first. */
static void
collect_widgets (GtkWidget *root,
                 GType      type,
                 GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (out, child);
      collect_widgets (child, type, out);
    }
}

static gpointer
find_widget (GtkWidget *root,
             GType      type,
             guint      nth)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  g_assert_cmpuint (found->len, >, nth);
  return g_ptr_array_index (found, nth);
}

/* Whether an AdwPreferencesRow titled @title is a descendant of @root. */
static gboolean
has_row_titled (GtkWidget  *root,
                const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (root, ADW_TYPE_PREFERENCES_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return TRUE;
  return FALSE;
}

/* Sends a key press to the key controllers of @widget, as typing would. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

/* The narrowest @widget can be: it must fit a 360 px phone. */
static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static MitMeeting *
add_meeting (MitStore   *store,
             const char *title,
             const char *date)
{
  g_autoptr(GError) error = NULL;
  MitMeeting *meeting = mit_meeting_new ();

  mit_meeting_set_title (meeting, title);
  mit_meeting_set_date (meeting, date);
  g_assert_true (mit_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static MitAgendaItem *
add_item (MitStore   *store,
          MitMeeting *meeting,
          const char *title,
          gint64      target_group_id)
{
  g_autoptr(GError) error = NULL;
  MitAgendaItem *item = mit_agenda_item_new (mit_meeting_get_id (meeting));

  mit_agenda_item_set_title (item, title);
  mit_agenda_item_set_target_group_id (item, target_group_id);
  g_assert_true (mit_store_save_agenda_item (store, item, &error));
  g_assert_no_error (error);
  return item;
}

static guint
count_decisions (MitStore *store,
                 gint64    item_id)
{
  g_autoptr(GPtrArray) decisions = mit_store_list_decisions (store, item_id, NULL);

  g_assert_nonnull (decisions);
  return decisions->len;
}

typedef struct
{
  MitStore         *store;
  GtkWindow        *window;
  MitMeetingList   *list;
  MitMeetingEditor *editor;

  guint             n_undo_offers;
  gint64            undo_change;
  char             *undo_message;
  gint64            selected;
  gboolean          navigate;
} Fixture;

static void
offer_undo_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  Fixture *f = data;

  f->n_undo_offers++;
  g_clear_pointer (&f->undo_message, g_free);
  g_variant_get (parameter, "(xs)", &f->undo_change, &f->undo_message);
}

static void
meeting_selected_cb (MitMeetingList *list,
                     gint64          id,
                     gboolean        navigate,
                     Fixture        *f)
{
  f->selected = id;
  f->navigate = navigate;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const GActionEntry entries[] = {
    { "offer-undo", offer_undo_cb, "(xs)", NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  f->store = mit_test_open_store ("meeting-widgets.db");
  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), f);

  f->list = g_object_new (MIT_TYPE_MEETING_LIST, NULL);
  f->editor = g_object_new (MIT_TYPE_MEETING_EDITOR, NULL);
  gtk_widget_set_size_request (GTK_WIDGET (f->list), 320, -1);
  gtk_widget_set_hexpand (GTK_WIDGET (f->editor), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->editor));
  mit_meeting_list_set_store (f->list, f->store);
  mit_meeting_editor_set_store (f->editor, f->store);
  g_signal_connect (f->list, "meeting-selected", G_CALLBACK (meeting_selected_cb), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (actions));
  gtk_window_set_default_size (f->window, 1200, 900);
  gtk_window_set_child (f->window, box);
  gtk_window_present (f->window);
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

  g_clear_pointer (&f->undo_message, g_free);
  g_clear_object (&f->store);
}

/* ---- pure functions ---------------------------------------------------------- */

static void
test_format (void)
{
  g_autoptr(MitAgendaItem) item = mit_agenda_item_new (1);
  g_autoptr(MitActionItem) action = mit_action_item_new (1);
  g_autoptr(MitDecision) decision = mit_decision_new (1);
  g_autofree char *details = NULL;
  g_autofree char *summary = NULL;
  struct { const char *in; const char *out; } times[] = {
    { "16:00", "16:00" }, { "9:30", "09:30" }, { "930", "09:30" }, { "16", "16:00" },
    { "16.15", "16:15" }, { " ", "" }, { "24:00", NULL }, { "12:60", NULL }, { "abc", NULL },
    { "1:5", NULL },
  };
  struct { const char *in; const char *out; } dates[] = {
    { "2026-01-14", "2026-01-14" }, { "14.01.2026", "2026-01-14" }, { "14.1.26", "2026-01-14" },
    { "29.02.2025", NULL }, { "2026-13-01", NULL }, { "morgen", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *parsed = mit_meeting_parse_time (times[i].in);

      g_assert_cmpstr (parsed, ==, times[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *parsed = mit_meeting_parse_date (dates[i].in);

      g_assert_cmpstr (parsed, ==, dates[i].out);
    }

  mit_agenda_item_set_title (item, "Vortrag: drei Erreichbarkeitsebenen");
  g_assert_false (mit_agenda_item_concerns_reachability (item));  /* C locale: English words only */
  mit_agenda_item_set_title (item, "Reachability of young people");
  g_assert_true (mit_agenda_item_concerns_reachability (item));
  mit_agenda_item_set_title (item, "Verschiedenes");
  g_assert_false (mit_agenda_item_concerns_reachability (item));
  mit_agenda_item_set_target_group_id (item, 3);
  g_assert_true (mit_agenda_item_concerns_reachability (item));

  mit_action_item_set_due (action, "2026-02-10");
  mit_action_item_set_status (action, MIT_ACTION_DONE);
  details = mit_action_item_format_details (action);
  g_assert_nonnull (strstr (details, "2026"));
  g_assert_nonnull (strstr (details, "Done"));

  mit_decision_set_kind (decision, MIT_DECISION_RESOLUTION);
  mit_decision_set_text (decision, "Verstetigen");
  mit_decision_set_votes (decision, 7, 0, 1);
  summary = mit_decision_format_summary (decision);
  g_assert_cmpstr (summary, ==, "Resolution: Verstetigen (7 yes, 0 no, 1 abstentions)");
}

/* ---- the list ------------------------------------------------------------------- */

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(MitMeeting) old = add_meeting (f->store, "Steuerungsgruppe", "2019-11-05");
  g_autoptr(MitMeeting) next = add_meeting (f->store, "Sondersitzung Jugend", "2030-03-03");
  g_autoptr(MitMeeting) mid = add_meeting (f->store, "Steuerungsgruppe", "2020-01-14");
  GListModel *model = mit_meeting_list_get_model (f->list);
  GtkListView *view = CHILD (f->list, MIT_TYPE_MEETING_LIST, "list_view");
  GtkSearchEntry *search = CHILD (f->list, MIT_TYPE_MEETING_LIST, "search_entry");
  g_autoptr(GPtrArray) pills = g_ptr_array_new ();
  guint n_upcoming = 0;

  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  {
    g_autoptr(MitMeeting) first = g_list_model_get_item (model, 0);
    g_autoptr(MitMeeting) last = g_list_model_get_item (model, 2);

    g_assert_cmpint (mit_meeting_get_id (first), ==, mit_meeting_get_id (next));
    g_assert_cmpint (mit_meeting_get_id (last), ==, mit_meeting_get_id (old));
  }

  /* Only the meeting ahead is marked upcoming. */
  mit_meeting_list_set_today (f->list, "2025-06-01");
  iterate ();
  collect_widgets (GTK_WIDGET (view), GTK_TYPE_LABEL, pills);
  for (guint i = 0; i < pills->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (pills, i)), "Upcoming") == 0
        && gtk_widget_get_visible (g_ptr_array_index (pills, i)))
      n_upcoming++;
  g_assert_cmpuint (n_upcoming, ==, 1);

  /* Activating a row selects it and asks to navigate. */
  g_signal_emit_by_name (view, "activate", 2);
  g_assert_cmpint (f->selected, ==, mit_meeting_get_id (old));
  g_assert_true (f->navigate);
  g_assert_cmpint (mit_meeting_list_get_selected_id (f->list), ==, mit_meeting_get_id (old));

  /* The search finds titles and dates. */
  gtk_editable_set_text (GTK_EDITABLE (search), "sondersitz");
  WAIT_UNTIL (g_list_model_get_n_items (model) == 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "2020-01");
  WAIT_UNTIL (g_list_model_get_n_items (model) == 1);
  {
    g_autoptr(MitMeeting) found = g_list_model_get_item (model, 0);

    g_assert_cmpint (mit_meeting_get_id (found), ==, mit_meeting_get_id (mid));
  }

  /* Selecting a meeting the search hides clears the search. */
  mit_meeting_list_select_id (f->list, mit_meeting_get_id (next));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpint (mit_meeting_list_get_selected_id (f->list), ==, mit_meeting_get_id (next));

  /* A new meeting elsewhere shows up. */
  {
    g_autoptr(MitMeeting) another = add_meeting (f->store, "Auftakt", "2019-06-01");

    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  }
}

/* ---- the editor -------------------------------------------------------------------- */

static void
test_editor_basics (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MitMeeting) meeting = add_meeting (f->store, "Steuerungsgruppe", "2020-01-14");
  g_autoptr(MitAgendaItem) first = add_item (f->store, meeting, "Begrüßung", 0);
  g_autoptr(MitAgendaItem) second = add_item (f->store, meeting, "Vortrag", 0);
  g_autoptr(MitMeeting) stored = NULL;
  g_autoptr(GPtrArray) items = NULL;
  AdwEntryRow *title_row = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "title_row");
  AdwEntryRow *time_row = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "time_row");
  AdwPreferencesGroup *agenda = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "agenda_group");
  AdwExpanderRow *row;
  g_autoptr(GError) error = NULL;

  g_assert_true (mit_meeting_editor_load (f->editor, mit_meeting_get_id (meeting)));
  iterate ();
  g_assert_cmpstr (mit_meeting_editor_get_title (f->editor), ==, "Steuerungsgruppe");
  g_assert_true (has_row_titled (GTK_WIDGET (agenda), "1. Begrüßung"));
  g_assert_true (has_row_titled (GTK_WIDGET (agenda), "2. Vortrag"));
  g_assert_cmpint (min_width (GTK_WIDGET (f->editor)), <=, 360);
  g_assert_cmpint (min_width (GTK_WIDGET (f->list)), <=, 360);

  /* Typing is saved: the title and a time written the short way. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Steuerungsgruppe Integration");
  gtk_editable_set_text (GTK_EDITABLE (time_row), "1630");
  mit_meeting_editor_flush (f->editor);
  stored = mit_store_load_meeting (f->store, mit_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mit_meeting_get_title (stored), ==, "Steuerungsgruppe Integration");
  g_assert_cmpstr (mit_meeting_get_time (stored), ==, "16:30");

  /* Adding an item. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.add-item", NULL);
  iterate ();
  items = mit_store_list_agenda_items (f->store, mit_meeting_get_id (meeting), NULL);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (mit_agenda_item_get_title (g_ptr_array_index (items, 2)), ==, "New Item");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Alt+Down on the first item moves it down. */
  row = find_widget (GTK_WIDGET (agenda), ADW_TYPE_EXPANDER_ROW, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "1. Begrüßung");
  g_assert_true (press_key (GTK_WIDGET (row), GDK_KEY_Down, GDK_ALT_MASK));
  iterate ();
  items = mit_store_list_agenda_items (f->store, mit_meeting_get_id (meeting), NULL);
  g_assert_cmpstr (mit_agenda_item_get_title (g_ptr_array_index (items, 0)), ==, "Vortrag");
  g_assert_cmpstr (mit_agenda_item_get_title (g_ptr_array_index (items, 1)), ==, "Begrüßung");
  g_clear_pointer (&items, g_ptr_array_unref);
  g_assert_true (has_row_titled (GTK_WIDGET (agenda), "2. Begrüßung"));

  /* And the button moves it back up. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.move-item", "(xi)",
                              mit_agenda_item_get_id (first), -1);
  iterate ();
  g_assert_true (has_row_titled (GTK_WIDGET (agenda), "1. Begrüßung"));

  /* Removing one offers to undo it. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.remove-item", "x",
                              mit_agenda_item_get_id (second));
  iterate ();
  g_assert_cmpuint (f->n_undo_offers, ==, 1);
  g_assert_cmpstr (f->undo_message, ==, "Agenda item removed");
  g_assert_false (has_row_titled (GTK_WIDGET (agenda), "2. Vortrag"));
  g_assert_true (mit_store_undo (f->store, f->undo_change, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_true (has_row_titled (GTK_WIDGET (agenda), "2. Vortrag"));

  /* Deleting the meeting empties the editor and offers undo. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.delete", NULL);
  iterate ();
  g_assert_cmpuint (f->n_undo_offers, ==, 2);
  g_assert_cmpstr (f->undo_message, ==, "Meeting deleted");
  g_assert_cmpint (mit_meeting_editor_get_meeting_id (f->editor), ==, 0);
  g_assert_cmpuint (mit_store_count_meetings (f->store), ==, 0);
}

static void
test_editor_decision_and_action (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(MitMeeting) meeting = add_meeting (f->store, "Integrationsrat", "2020-02-04");
  g_autoptr(MitAgendaItem) item = add_item (f->store, meeting, "Potentiale der Vielfalt", 0);
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  AdwPreferencesGroup *agenda = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "agenda_group");
  gint64 item_id = mit_agenda_item_get_id (item);
  GtkWindow *dialog;
  MitDecision *decision;

  g_assert_true (mit_meeting_editor_load (f->editor, mit_meeting_get_id (meeting)));

  /* A decision with votes, through the dialog. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.add-decision", "x", item_id);
  dialog = mit_meeting_editor_get_dialog (f->editor);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_combo_row_set_selected (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0),
                              MIT_DECISION_ACKNOWLEDGEMENT);
  gtk_editable_set_text (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 0),
                         "Die Mitglieder nehmen die Ausführungen zur Kenntnis.");
  gtk_switch_set_active (find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, 0), TRUE);
  gtk_spin_button_set_value (find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, 0), 11);
  gtk_spin_button_set_value (find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, 2), 2);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  iterate ();

  decisions = mit_store_list_decisions (f->store, item_id, NULL);
  g_assert_cmpuint (decisions->len, ==, 1);
  decision = g_ptr_array_index (decisions, 0);
  g_assert_cmpint (mit_decision_get_kind (decision), ==, MIT_DECISION_ACKNOWLEDGEMENT);
  g_assert_cmpstr (mit_decision_get_text (decision), ==, "Die Mitglieder nehmen die Ausführungen zur Kenntnis.");
  g_assert_true (mit_decision_get_has_votes (decision));
  g_assert_cmpint (mit_decision_get_votes_yes (decision), ==, 11);
  g_assert_cmpint (mit_decision_get_votes_no (decision), ==, 0);
  g_assert_cmpint (mit_decision_get_votes_abstain (decision), ==, 2);
  g_assert_true (has_row_titled (GTK_WIDGET (agenda), "Acknowledgement"));

  /* Cancel stores nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.add-decision", "x", item_id);
  dialog = mit_meeting_editor_get_dialog (f->editor);
  gtk_editable_set_text (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 0), "Verworfen");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  iterate ();
  g_assert_cmpuint (count_decisions (f->store, item_id), ==, 1);

  /* An action item: a bad due date disables saving, a good one is stored. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.add-action-item", "x", item_id);
  dialog = mit_meeting_editor_get_dialog (f->editor);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 0),
                         "Workshops Mehrsprachigkeit in Kitas planen");
  gtk_editable_set_text (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 1), "nächste Woche");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 1), "15.03.2020");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  iterate ();

  actions = mit_store_list_item_action_items (f->store, item_id, NULL);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpstr (mit_action_item_get_title (g_ptr_array_index (actions, 0)), ==,
                   "Workshops Mehrsprachigkeit in Kitas planen");
  g_assert_cmpstr (mit_action_item_get_due (g_ptr_array_index (actions, 0)), ==, "2020-03-15");
  g_assert_cmpint (mit_action_item_get_status (g_ptr_array_index (actions, 0)), ==, MIT_ACTION_OPEN);
  g_assert_true (has_row_titled (GTK_WIDGET (agenda), "Workshops Mehrsprachigkeit in Kitas planen"));

  /* Ticking it marks it done. */
  {
    GtkCheckButton *check = find_widget (GTK_WIDGET (agenda), GTK_TYPE_CHECK_BUTTON, 0);
    g_autoptr(MitActionItem) done = NULL;

    gtk_check_button_set_active (check, TRUE);
    iterate ();
    done = mit_store_load_action_item (f->store, mit_action_item_get_id (g_ptr_array_index (actions, 0)), NULL);
    g_assert_cmpint (mit_action_item_get_status (done), ==, MIT_ACTION_DONE);
  }

  /* Removing the decision offers undo. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.remove-decision", "x",
                              mit_decision_get_id (decision));
  iterate ();
  g_assert_cmpuint (count_decisions (f->store, item_id), ==, 0);
  g_assert_cmpstr (f->undo_message, ==, "Decision removed");
  g_assert_false (has_row_titled (GTK_WIDGET (agenda), "Acknowledgement"));
}

/* ---- carrying over, through the new meeting dialog ----------------------------------- */

static void
done_cb (MitNewMeetingDialog *dialog,
         gint64               id,
         gint64              *out)
{
  *out = id;
}

static void
test_carry_over (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(MitMeeting) earlier = add_meeting (f->store, "Steuerungsgruppe", "2020-01-14");
  g_autoptr(MitAgendaItem) item = add_item (f->store, earlier, "Jugendveranstaltung", 0);
  g_autoptr(MitActionItem) open = mit_action_item_new (mit_meeting_get_id (earlier));
  g_autoptr(MitActionItem) done = mit_action_item_new (mit_meeting_get_id (earlier));
  AdwPreferencesGroup *agenda = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "agenda_group");
  MitNewMeetingDialog *dialog;
  g_autoptr(GError) error = NULL;
  gint64 new_id = 0;
  AdwExpanderRow *carried;

  mit_action_item_set_item_id (open, mit_agenda_item_get_id (item));
  mit_action_item_set_title (open, "Flyer entwerfen");
  g_assert_true (mit_store_save_action_item (f->store, open, &error));
  mit_action_item_set_title (done, "Raum buchen");
  mit_action_item_set_status (done, MIT_ACTION_DONE);
  g_assert_true (mit_store_save_action_item (f->store, done, &error));
  g_assert_no_error (error);

  dialog = mit_new_meeting_dialog_new (f->window, f->store);
  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), &new_id);
  gtk_window_present (GTK_WINDOW (dialog));
  /* A title is proposed; the date is typed the German way. */
  g_assert_cmpstr (gtk_editable_get_text (CHILD (dialog, MIT_TYPE_NEW_MEETING_DIALOG, "title_row")), ==,
                   "Steering Group Meeting");
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_MEETING_DIALOG, "date_row"), "11.02.2020");
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_MEETING_DIALOG, "time_row"), "16");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-meeting.add", NULL);
  iterate ();
  g_assert_cmpint (new_id, >, 0);

  g_assert_true (mit_meeting_editor_load (f->editor, new_id));
  iterate ();
  carried = find_widget (GTK_WIDGET (agenda), ADW_TYPE_EXPANDER_ROW, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (carried)), ==, "1. Open action items");
  g_assert_true (has_row_titled (GTK_WIDGET (carried), "Flyer entwerfen"));
  g_assert_false (has_row_titled (GTK_WIDGET (carried), "Raum buchen"));
  {
    g_autoptr(MitMeeting) stored = mit_store_load_meeting (f->store, new_id, NULL);

    g_assert_cmpstr (mit_meeting_get_date (stored), ==, "2020-02-11");
    g_assert_cmpstr (mit_meeting_get_time (stored), ==, "16:00");
  }

  /* Bringing them over again adds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.carry-over", NULL);
  iterate ();
  {
    g_autoptr(GPtrArray) items = mit_store_list_agenda_items (f->store, new_id, NULL);

    g_assert_cmpuint (items->len, ==, 1);
  }
}

/* ---- the steering group ------------------------------------------------------------- */

static void
test_steering_group (Fixture       *f,
                     gconstpointer  data)
{
  MitSteeringGroupPage *page = mit_steering_group_page_new ();
  g_autoptr(MitPerson) person = mit_person_new ();
  g_autoptr(GError) error = NULL;

  gtk_box_append (GTK_BOX (gtk_window_get_child (f->window)), GTK_WIDGET (page));
  mit_steering_group_page_set_store (page, f->store);
  g_assert_cmpuint (mit_steering_group_page_get_n_members (page), ==, 0);

  mit_person_set_name (person, "Anna Schulte");
  g_assert_true (mit_store_save_person (f->store, person, &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (page), "steering-group.add-person", "x",
                              mit_person_get_id (person));
  iterate ();
  g_assert_cmpuint (mit_steering_group_page_get_n_members (page), ==, 1);
  g_assert_true (has_row_titled (GTK_WIDGET (page), "Anna Schulte"));

  /* A member becomes a choice for the presenter. */
  {
    g_autoptr(MitMeeting) meeting = add_meeting (f->store, "Steuerungsgruppe", "2020-01-14");
    g_autoptr(MitAgendaItem) item = add_item (f->store, meeting, "Vortrag", 0);
    AdwPreferencesGroup *agenda = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "agenda_group");
    AdwComboRow *presenter;
    g_autoptr(MitAgendaItem) stored = NULL;

    g_assert_true (mit_meeting_editor_load (f->editor, mit_meeting_get_id (meeting)));
    presenter = find_widget (GTK_WIDGET (agenda), ADW_TYPE_COMBO_ROW, 0);
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (presenter)), ==, 2);
    adw_combo_row_set_selected (presenter, 1);
    iterate ();
    stored = mit_store_load_agenda_item (f->store, mit_agenda_item_get_id (item), NULL);
    g_assert_cmpstr (mit_agenda_item_get_presenter_name (stored), ==, "Anna Schulte");
  }

  {
    g_autoptr(GPtrArray) members = mit_store_list_steering_members (f->store, NULL);

    gtk_widget_activate_action (GTK_WIDGET (page), "steering-group.remove-member", "x",
                                mit_steering_member_get_id (g_ptr_array_index (members, 0)));
  }
  iterate ();
  g_assert_cmpuint (mit_steering_group_page_get_n_members (page), ==, 0);
  g_assert_cmpstr (f->undo_message, ==, "Member removed from the steering group");
}

/* ---- the meeting mode ---------------------------------------------------------------- */

static void
test_meeting_mode (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MitMeeting) meeting = add_meeting (f->store, "Steuerungsgruppe", "2020-01-14");
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(MitAgendaItem) a = NULL;
  g_autoptr(MitAgendaItem) b = NULL;
  g_autoptr(MitAgendaItem) c = NULL;
  g_autoptr(GError) error = NULL;
  MitMeetingMode *mode;
  GtkWindow *dialog;
  gboolean closed;

  mit_target_group_set_name (group, "Jugendliche");
  g_assert_true (mit_store_save_target_group (f->store, group, &error));
  g_assert_no_error (error);
  a = add_item (f->store, meeting, "Begrüßung", 0);
  b = add_item (f->store, meeting, "Jugendliche erreichen", mit_target_group_get_id (group));
  c = add_item (f->store, meeting, "Verschiedenes", 0);

  mode = mit_meeting_mode_new (f->window, f->store, mit_meeting_get_id (meeting));
  gtk_window_present (GTK_WINDOW (mode));
  iterate ();
  g_assert_cmpuint (mit_meeting_mode_get_position (mode), ==, 0);
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (a));
  g_assert_false (mit_meeting_mode_get_shows_reachability (mode));
  g_assert_cmpint (min_width (GTK_WIDGET (mode)), <=, 360);

  /* Page Down, Right and Left walk the agenda; not past its ends. */
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Page_Down, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (b));
  /* The item about a target group shows the board. */
  g_assert_true (mit_meeting_mode_get_shows_reachability (mode));
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Right, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (c));
  g_assert_false (mit_meeting_mode_get_shows_reachability (mode));
  press_key (GTK_WIDGET (mode), GDK_KEY_Page_Down, 0);
  g_assert_cmpuint (mit_meeting_mode_get_position (mode), ==, 2);
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Left, 0));
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Page_Up, 0));
  g_assert_cmpuint (mit_meeting_mode_get_position (mode), ==, 0);
  press_key (GTK_WIDGET (mode), GDK_KEY_Page_Down, 0);
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (b));

  /* A decision captured live lands on the item shown. */
  gtk_widget_activate_action (GTK_WIDGET (mode), "meeting-mode.add-decision", NULL);
  dialog = mit_meeting_mode_get_dialog (mode);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_combo_row_set_selected (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0), MIT_DECISION_RESOLUTION);
  gtk_editable_set_text (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 0),
                         "Eine Veranstaltung von Jugendlichen für Jugendliche");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  iterate ();
  g_assert_cmpuint (count_decisions (f->store, mit_agenda_item_get_id (b)), ==, 1);
  g_assert_cmpuint (count_decisions (f->store, mit_agenda_item_get_id (a)), ==, 0);
  g_assert_true (has_row_titled (GTK_WIDGET (mode), "Resolution"));
  /* Still on the same item after the reload. */
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (b));

  /* Leaving (Escape's action) closes the window. */
  g_object_add_weak_pointer (G_OBJECT (mode), (gpointer *)&mode);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (mode), "meeting-mode.leave", NULL));
  iterate ();
  closed = mode == NULL || !gtk_widget_get_visible (GTK_WIDGET (mode));
  g_assert_true (closed);
  if (mode != NULL)
    g_object_remove_weak_pointer (G_OBJECT (mode), (gpointer *)&mode);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

  g_test_add_func ("/meeting-widgets/format", test_format);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meeting-widgets/list", test_list);
  ADD ("/meeting-widgets/editor-basics", test_editor_basics);
  ADD ("/meeting-widgets/editor-decision-and-action", test_editor_decision_and_action);
  ADD ("/meeting-widgets/carry-over", test_carry_over);
  ADD ("/meeting-widgets/steering-group", test_steering_group);
  ADD ("/meeting-widgets/meeting-mode", test_meeting_mode);
#undef ADD

  return g_test_run ();
}
