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
#include "mit-store-events.h"
#include "mit-store-meetings.h"
#include "mit-target-group.h"
#include "common/mit-link-dialog.h"
#include "meetings/mit-meeting-editor.h"
#include "meetings/mit-meeting-format.h"
#include "meetings/mit-meeting-link-row.h"
#include "meetings/mit-meeting-list.h"
#include "meetings/mit-meeting-mode.h"
#include "meetings/mit-new-meeting-dialog.h"
#include "meetings/mit-steering-group-dialog.h"
#include "meetings/mit-steering-group-page.h"

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

/* Triggers the shortcut of @widget (its class's key bindings included) that
 * @keyval with @state sets off, as pressing the keys would. */
static gboolean
press_shortcut (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, state);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* The first toplevel of @type that is not @except, or NULL. */
static gpointer
find_toplevel (GType    type,
               gpointer except)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && l->data != except
        && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* Types @text into the search of a link dialog and waits for @id to be
 * the selected record. */
static void
search_and_pick (MitLinkDialog *dialog,
                 const char    *text,
                 gint64         id)
{
  GtkEditable *search = CHILD (dialog, MIT_TYPE_LINK_DIALOG, "search_entry");

  gtk_editable_set_text (search, text);
  WAIT_UNTIL (mit_link_dialog_get_selected_id (dialog) == id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "link.link", NULL));
  iterate ();
}

/* The button of @root whose action is @action_name, or NULL. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action_name) == 0
        && gtk_widget_get_visible (g_ptr_array_index (buttons, i)))
      return g_ptr_array_index (buttons, i);
  return NULL;
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
  char             *shown;       /* the last "win.show-…" asked for */
  gint64            shown_id;
} Fixture;

static void
show_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       data)
{
  Fixture *f = data;

  g_free (f->shown);
  f->shown = g_strdup (g_action_get_name (G_ACTION (action)));
  f->shown_id = g_variant_get_int64 (parameter);
}

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
    { "show-event", show_cb, "x", NULL, NULL, { 0 } },
    { "show-actor", show_cb, "x", NULL, NULL, { 0 } },
    { "show-person", show_cb, "x", NULL, NULL, { 0 } },
    { "show-target-group", show_cb, "x", NULL, NULL, { 0 } },
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
  g_clear_pointer (&f->shown, g_free);
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

/* ---- the venue --------------------------------------------------------------------- */

static void
test_venue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(MitMeeting) meeting = add_meeting (f->store, "Steuerungsgruppe", "2020-01-14");
  g_autoptr(MitActor) townhall = mit_actor_new ();
  g_autoptr(MitMeeting) stored = NULL;
  g_autoptr(GError) error = NULL;
  AdwActionRow *venue_row = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "venue_row");
  GtkWidget *address_row = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "address_row");
  MitLinkDialog *dialog;

  mit_actor_set_name (townhall, "Rathaus Bergkamen");
  g_assert_true (mit_store_save_actor (f->store, townhall, &error));
  g_assert_no_error (error);
  g_assert_true (mit_meeting_editor_load (f->editor, mit_meeting_get_id (meeting)));
  iterate ();
  g_assert_true (gtk_widget_get_visible (address_row));

  /* An actor of the directory, chosen by searching. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.choose-venue", NULL));
  dialog = MIT_LINK_DIALOG (mit_meeting_editor_get_dialog (f->editor));
  g_assert_false (gtk_widget_get_visible (CHILD (dialog, MIT_TYPE_LINK_DIALOG, "role_row")));
  g_assert_cmpint (min_width (GTK_WIDGET (dialog)), <=, 360);
  search_and_pick (dialog, "rathaus", mit_actor_get_id (townhall));
  stored = mit_store_load_meeting (f->store, mit_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_meeting_get_venue_id (stored), ==, mit_actor_get_id (townhall));
  g_assert_cmpstr (mit_meeting_get_venue_label (stored), ==, "Rathaus Bergkamen");
  g_assert_cmpstr (adw_action_row_get_subtitle (venue_row), ==, "Rathaus Bergkamen");
  g_assert_false (gtk_widget_get_visible (address_row));
  g_clear_object (&stored);

  /* Or a free address. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.clear-venue", NULL));
  g_assert_true (gtk_widget_get_visible (address_row));
  gtk_editable_set_text (GTK_EDITABLE (address_row), "Gemeindehaus, Kirchstraße 3");
  mit_meeting_editor_flush (f->editor);
  stored = mit_store_load_meeting (f->store, mit_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_meeting_get_venue_id (stored), ==, 0);
  g_assert_cmpstr (mit_meeting_get_venue_text (stored), ==, "Gemeindehaus, Kirchstraße 3");
  g_assert_cmpstr (mit_meeting_get_venue_label (stored), ==, "Gemeindehaus, Kirchstraße 3");
}

/* ---- links of agenda items and action items ---------------------------------------- */

static MitMeetingLinkRow *
find_link_row (GtkWidget *root)
{
  return find_widget (root, MIT_TYPE_MEETING_LINK_ROW, 0);
}

/* Chooses @id of @kind in @row's link dialog, searching for @text. */
static void
link_with (MitMeetingLinkRow *row,
           const char        *kind,
           const char        *text,
           gint64             id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "link-row.choose", "s", kind));
  g_assert_true (MIT_IS_LINK_DIALOG (mit_meeting_link_row_get_dialog (row)));
  search_and_pick (MIT_LINK_DIALOG (mit_meeting_link_row_get_dialog (row)), text, id);
}

static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(MitMeeting) meeting = add_meeting (f->store, "Steuerungsgruppe", "2020-01-14");
  g_autoptr(MitAgendaItem) item = add_item (f->store, meeting, "Jugendveranstaltung", 0);
  g_autoptr(MitActionItem) action = mit_action_item_new (mit_meeting_get_id (meeting));
  g_autoptr(MitActor) club = mit_actor_new ();
  g_autoptr(MitTargetGroup) youth = mit_target_group_new ();
  g_autoptr(MitEvent) festival = mit_event_new ();
  g_autoptr(MitActionItem) stored = NULL;
  g_autoptr(MitAgendaItem) stored_item = NULL;
  g_autoptr(GError) error = NULL;
  AdwPreferencesGroup *agenda = CHILD (f->editor, MIT_TYPE_MEETING_EDITOR, "agenda_group");
  gint64 action_id;
  GtkWindow *dialog;
  MitMeetingLinkRow *row;
  GtkWidget *show;

  mit_actor_set_name (club, "Jugendzentrum Oase");
  g_assert_true (mit_store_save_actor (f->store, club, &error));
  mit_target_group_set_name (youth, "Jugendliche");
  g_assert_true (mit_store_save_target_group (f->store, youth, &error));
  mit_event_set_title (festival, "Sommerfest");
  mit_event_set_kind (festival, MIT_EVENT_KIND_WORKSHOP);
  mit_event_set_starts (festival, "2020-07-01");
  mit_event_set_ends (festival, "2020-07-01");
  mit_event_set_all_day (festival, TRUE);
  g_assert_true (mit_store_save_event (f->store, festival, &error));
  mit_action_item_set_item_id (action, mit_agenda_item_get_id (item));
  mit_action_item_set_title (action, "Flyer entwerfen");
  g_assert_true (mit_store_save_action_item (f->store, action, &error));
  g_assert_no_error (error);
  action_id = mit_action_item_get_id (action);

  g_assert_true (mit_meeting_editor_load (f->editor, mit_meeting_get_id (meeting)));
  iterate ();

  /* The action item: linked to an actor in its dialog … */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.edit-action-item", "x", action_id);
  dialog = mit_meeting_editor_get_dialog (f->editor);
  row = find_link_row (GTK_WIDGET (dialog));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Nothing linked");
  link_with (row, "actor", "oase", mit_actor_get_id (club));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Actor: Jugendzentrum Oase");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  iterate ();
  stored = mit_store_load_action_item (f->store, action_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_action_item_get_actor_id (stored), ==, mit_actor_get_id (club));
  g_clear_object (&stored);

  /* … shown in the agenda with a way to open it … */
  show = find_action_button (GTK_WIDGET (agenda), "win.show-actor");
  g_assert_nonnull (show);
  g_signal_emit_by_name (show, "clicked");
  g_assert_cmpstr (f->shown, ==, "show-actor");
  g_assert_cmpint (f->shown_id, ==, mit_actor_get_id (club));

  /* … then a target group instead: one link at a time … */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.edit-action-item", "x", action_id);
  dialog = mit_meeting_editor_get_dialog (f->editor);
  row = find_link_row (GTK_WIDGET (dialog));
  link_with (row, "target-group", "jugend", mit_target_group_get_id (youth));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  iterate ();
  stored = mit_store_load_action_item (f->store, action_id, &error);
  g_assert_cmpint (mit_action_item_get_target_group_id (stored), ==, mit_target_group_get_id (youth));
  g_assert_cmpint (mit_action_item_get_actor_id (stored), ==, 0);
  g_clear_object (&stored);
  g_assert_null (find_action_button (GTK_WIDGET (agenda), "win.show-actor"));
  g_assert_nonnull (find_action_button (GTK_WIDGET (agenda), "win.show-target-group"));

  /* … and cleared. */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.edit-action-item", "x", action_id);
  dialog = mit_meeting_editor_get_dialog (f->editor);
  row = find_link_row (GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "link-row.clear", NULL));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  iterate ();
  stored = mit_store_load_action_item (f->store, action_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_action_item_get_target_group_id (stored), ==, 0);
  g_assert_cmpint (mit_action_item_get_actor_id (stored), ==, 0);
  g_assert_cmpint (mit_action_item_get_event_id (stored), ==, 0);
  g_assert_null (find_action_button (GTK_WIDGET (agenda), "win.show-target-group"));

  /* The agenda item: about an event, which its row opens, then about nothing. */
  row = find_link_row (GTK_WIDGET (agenda));
  link_with (row, "event", "sommer", mit_event_get_id (festival));
  stored_item = mit_store_load_agenda_item (f->store, mit_agenda_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mit_agenda_item_get_event_id (stored_item), ==, mit_event_get_id (festival));
  g_clear_object (&stored_item);
  row = find_link_row (GTK_WIDGET (agenda));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "link-row.open", NULL));
  g_assert_cmpstr (f->shown, ==, "show-event");
  g_assert_cmpint (f->shown_id, ==, mit_event_get_id (festival));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "link-row.clear", NULL));
  iterate ();
  stored_item = mit_store_load_agenda_item (f->store, mit_agenda_item_get_id (item), &error);
  g_assert_cmpint (mit_agenda_item_get_event_id (stored_item), ==, 0);
  g_clear_object (&stored_item);

  /* A presenter from outside the steering group. */
  {
    g_autoptr(MitPerson) guest = mit_person_new ();
    MitLinkDialog *people;

    mit_person_set_name (guest, "Dr. Kemal Yıldız");
    g_assert_true (mit_store_save_person (f->store, guest, &error));
    g_assert_no_error (error);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "meeting-editor.choose-presenter", "x",
                                               mit_agenda_item_get_id (item)));
    people = MIT_LINK_DIALOG (mit_meeting_editor_get_dialog (f->editor));
    search_and_pick (people, "kemal", mit_person_get_id (guest));
    stored_item = mit_store_load_agenda_item (f->store, mit_agenda_item_get_id (item), &error);
    g_assert_cmpint (mit_agenda_item_get_presenter_id (stored_item), ==, mit_person_get_id (guest));
    g_assert_true (has_row_titled (GTK_WIDGET (agenda), "1. Jugendveranstaltung"));
    {
      AdwComboRow *presenter = find_widget (GTK_WIDGET (agenda), ADW_TYPE_COMBO_ROW, 0);

      g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (presenter)), ==,
                       "Dr. Kemal Yıldız");
    }
  }
  g_assert_cmpint (min_width (GTK_WIDGET (f->editor)), <=, 360);
}

/* ---- the steering group dialog ------------------------------------------------------ */

static void
test_steering_group_dialog (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(MitPerson) anna = mit_person_new ();
  g_autoptr(MitActor) library = mit_actor_new ();
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  MitSteeringGroupPage *page;
  MitLinkDialog *picker;
  GtkStack *stack;
  gint64 added;

  mit_person_set_name (anna, "Anna Schulte");
  g_assert_true (mit_store_save_person (f->store, anna, &error));
  mit_actor_set_name (library, "Stadtbibliothek");
  g_assert_true (mit_store_save_actor (f->store, library, &error));
  g_assert_cmpint (mit_store_link_person (f->store, mit_person_get_id (anna), mit_actor_get_id (library),
                                          "Leitung", &error), >, 0);
  g_assert_no_error (error);

  /* The button below the meeting list opens it, once. */
  g_assert_nonnull (find_action_button (GTK_WIDGET (f->list), "meeting-list.show-steering-group"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->list), "meeting-list.show-steering-group", NULL));
  iterate ();
  dialog = mit_meeting_list_get_steering_dialog (f->list);
  g_assert_true (MIT_IS_STEERING_GROUP_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == f->window);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "meeting-list.show-steering-group", NULL);
  g_assert_true (mit_meeting_list_get_steering_dialog (f->list) == dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  page = mit_steering_group_dialog_get_page (MIT_STEERING_GROUP_DIALOG (dialog));
  stack = find_widget (GTK_WIDGET (page), GTK_TYPE_STACK, 0);
  g_assert_cmpint (min_width (GTK_WIDGET (dialog)), <=, 360);

  /* Empty, it says what to do. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack))), ==,
                   "No Members Yet");
  g_assert_nonnull (find_action_button (gtk_stack_get_visible_child (stack), "steering-group.add-member"));

  /* Adding: a person, the actor they sit in for (proposed) and a role. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "steering-group.add-member", NULL));
  picker = find_toplevel (MIT_TYPE_LINK_DIALOG, NULL);
  g_assert_nonnull (picker);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (picker)) == dialog);
  g_assert_false (gtk_widget_get_visible (CHILD (picker, MIT_TYPE_LINK_DIALOG, "role_row")));
  gtk_editable_set_text (CHILD (picker, MIT_TYPE_LINK_DIALOG, "search_entry"), "anna");
  WAIT_UNTIL (mit_link_dialog_get_selected_id (picker) == mit_person_get_id (anna));
  {
    AdwComboRow *actor_row = find_widget (GTK_WIDGET (picker), ADW_TYPE_COMBO_ROW, 0);
    AdwComboRow *role_row = find_widget (GTK_WIDGET (picker), ADW_TYPE_COMBO_ROW, 1);

    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (actor_row)), ==, 2);
    g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (actor_row)), ==,
                     "Stadtbibliothek");
    adw_combo_row_set_selected (role_row, MIT_MEMBER_CHAIR);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (picker), "link.link", NULL));
  iterate ();
  members = mit_store_list_steering_members (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 1);
  g_assert_cmpint (mit_steering_member_get_role (g_ptr_array_index (members, 0)), ==, MIT_MEMBER_CHAIR);
  g_assert_cmpint (mit_steering_member_get_actor_id (g_ptr_array_index (members, 0)), ==,
                   mit_actor_get_id (library));
  g_clear_pointer (&members, g_ptr_array_unref);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "members");
  g_assert_true (has_row_titled (GTK_WIDGET (page), "Anna Schulte"));

  /* The window's undo (reached through the dialog) takes it back. */
  g_assert_cmpstr (f->undo_message, ==, "Member added to the steering group");
  g_assert_true (mit_store_undo (f->store, f->undo_change, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpuint (mit_steering_group_page_get_n_members (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* Removing, and undoing that. */
  gtk_widget_activate_action (GTK_WIDGET (page), "steering-group.add-person", "x", mit_person_get_id (anna));
  members = mit_store_list_steering_members (f->store, NULL);
  g_assert_cmpuint (members->len, ==, 1);
  added = mit_steering_member_get_id (g_ptr_array_index (members, 0));
  g_assert_true (find_action_button (GTK_WIDGET (page), "steering-group.remove-member") != NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "steering-group.remove-member", "x", added);
  iterate ();
  g_assert_cmpuint (mit_steering_group_page_get_n_members (page), ==, 0);
  g_assert_cmpstr (f->undo_message, ==, "Member removed from the steering group");
  g_assert_true (mit_store_undo (f->store, f->undo_change, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpuint (mit_steering_group_page_get_n_members (page), ==, 1);

  /* Showing the person goes to the window and out of the way. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "win.show-person", "x",
                                             mit_person_get_id (anna)));
  iterate ();
  g_assert_cmpstr (f->shown, ==, "show-person");
  g_assert_cmpint (f->shown_id, ==, mit_person_get_id (anna));
  g_assert_true (dialog == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Escape closes it. */
  gtk_widget_activate_action (GTK_WIDGET (f->list), "meeting-list.show-steering-group", NULL);
  iterate ();
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  dialog = mit_meeting_list_get_steering_dialog (f->list);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (press_shortcut (GTK_WIDGET (dialog), GDK_KEY_Escape, 0));
  iterate ();
  g_assert_true (dialog == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog)));
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
}

/* ---- the meeting mode, with the keys ------------------------------------------------- */

static void
test_meeting_mode_keys (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(MitMeeting) meeting = add_meeting (f->store, "Steuerungsgruppe", "2020-01-14");
  g_autoptr(MitAgendaItem) a = add_item (f->store, meeting, "Begrüßung", 0);
  g_autoptr(MitAgendaItem) b = add_item (f->store, meeting, "Reachability of young people", 0);
  g_autoptr(MitAgendaItem) c = add_item (f->store, meeting, "Verschiedenes", 0);
  g_autoptr(GPtrArray) decisions = NULL;
  MitMeetingMode *mode;
  GtkWidget *minutes;
  GtkWindow *dialog;

  mode = mit_meeting_mode_new (f->window, f->store, mit_meeting_get_id (meeting));
  gtk_window_present (GTK_WINDOW (mode));
  iterate ();
  gtk_window_set_focus (GTK_WINDOW (mode), NULL);

  /* End and Home jump; Right, Left, Page Down and Up step. */
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_End, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (c));
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Home, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (a));
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Right, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (b));
  /* The title speaks of reachability: board and gaps are shown. */
  g_assert_true (mit_meeting_mode_get_shows_reachability (mode));
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Page_Down, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (c));
  g_assert_false (mit_meeting_mode_get_shows_reachability (mode));
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Left, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (b));

  /* While the minutes are typed, the arrows and Home move the cursor … */
  minutes = find_widget (GTK_WIDGET (mode), GTK_TYPE_TEXT_VIEW, 0);
  gtk_widget_grab_focus (minutes);
  g_assert_false (press_key (GTK_WIDGET (mode), GDK_KEY_Right, 0));
  g_assert_false (press_key (GTK_WIDGET (mode), GDK_KEY_Home, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (b));
  /* … and the clicker's Page Up still walks. */
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Page_Up, 0));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (a));
  g_assert_true (press_key (GTK_WIDGET (mode), GDK_KEY_Page_Down, 0));

  /* Ctrl+D records a decision on the item shown, live. */
  g_assert_true (press_shortcut (GTK_WIDGET (mode), GDK_KEY_d, GDK_CONTROL_MASK));
  dialog = mit_meeting_mode_get_dialog (mode);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_combo_row_set_selected (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0),
                              MIT_DECISION_RECOMMENDATION);
  gtk_editable_set_text (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 0),
                         "Jugendliche über Sportvereine ansprechen");
  gtk_switch_set_active (find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, 0), TRUE);
  gtk_spin_button_set_value (find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, 0), 9);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  iterate ();
  decisions = mit_store_list_decisions (f->store, mit_agenda_item_get_id (b), NULL);
  g_assert_cmpuint (decisions->len, ==, 1);
  g_assert_cmpint (mit_decision_get_kind (g_ptr_array_index (decisions, 0)), ==, MIT_DECISION_RECOMMENDATION);
  g_assert_cmpstr (mit_decision_get_text (g_ptr_array_index (decisions, 0)), ==,
                   "Jugendliche über Sportvereine ansprechen");
  g_assert_cmpint (mit_decision_get_votes_yes (g_ptr_array_index (decisions, 0)), ==, 9);
  g_assert_true (has_row_titled (GTK_WIDGET (mode), "Recommendation"));
  g_assert_cmpint (mit_meeting_mode_get_item_id (mode), ==, mit_agenda_item_get_id (b));

  /* Ctrl+T opens the action item dialog; Escape leaves the meeting mode. */
  g_assert_true (press_shortcut (GTK_WIDGET (mode), GDK_KEY_t, GDK_CONTROL_MASK));
  dialog = mit_meeting_mode_get_dialog (mode);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  iterate ();
  g_object_add_weak_pointer (G_OBJECT (mode), (gpointer *)&mode);
  g_assert_true (press_shortcut (GTK_WIDGET (mode), GDK_KEY_Escape, 0));
  iterate ();
  g_assert_true (mode == NULL || !gtk_widget_get_visible (GTK_WIDGET (mode)));
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
  ADD ("/meeting-widgets/meeting-mode-keys", test_meeting_mode_keys);
  ADD ("/meeting-widgets/venue", test_venue);
  ADD ("/meeting-widgets/links", test_links);
  ADD ("/meeting-widgets/steering-group-dialog", test_steering_group_dialog);
#undef ADD

  return g_test_run ();
}
