/* test-event-widgets.c: the agenda, the month view, the event editor and
 * the dialogs of the Events section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "mit-test-util.h"
#include "mit-actor.h"
#include "mit-person.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"
#include "events/mit-event-editor.h"
#include "events/mit-event-format.h"
#include "events/mit-event-list.h"
#include "events/mit-ics-import-dialog.h"
#include "events/mit-month-view.h"
#include "events/mit-new-event-dialog.h"

#define CHILD(widget, type, name) \
  ((gpointer)gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  MitStore       *store;
  GtkWindow      *window;
  MitEventList   *list;
  MitEventEditor *editor;
  MitMonthView   *month;

  gint64          venue_id;
  gint64          other_venue_id;
  gint64          organiser_id;
  gint64          person_id;
  gint64          group_id;
  gint64          other_group_id;
  gint64          meeting_id;     /* A: 24 Nov 18:00, venue, organiser, group, confirmed */
  gint64          workshop_id;    /* B: 24 Nov 10:00, other group, planned */
  gint64          festival_id;    /* C: 1 Jul, all day, done */
  gint64          cafe_id;        /* D: weekly on Tuesdays from 3 Nov, 6 times */
  gint64          cancelled_id;   /* E: 2 Dec, cancelled */

  /* what the "win" actions were called with */
  guint           n_undo_offers;
  gint64          shown_event;
  gint64          selected_id;
  gboolean        selected_navigate;
  guint           n_selected;
} Fixture;

/* 20 November 2026, 12:00 in Berlin: "now" for the agenda. */
#define NOW ((gint64)1795172400)

static void
offer_undo_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  ((Fixture *)data)->n_undo_offers++;
}

static void
show_event_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  ((Fixture *)data)->shown_event = g_variant_get_int64 (parameter);
}

static void
nothing_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       data)
{
}

static void
event_selected_cb (GtkWidget *widget,
                   gint64     id,
                   gboolean   navigate,
                   Fixture   *f)
{
  f->selected_id = id;
  f->selected_navigate = navigate;
  f->n_selected++;
}

static gint64
add_actor (MitStore   *store,
           const char *name)
{
  g_autoptr(MitActor) actor = mit_actor_new ();
  g_autoptr(GError) error = NULL;

  mit_actor_set_name (actor, name);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
  return mit_actor_get_id (actor);
}

static gint64
add_group (MitStore   *store,
           const char *name)
{
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(GError) error = NULL;

  mit_target_group_set_name (group, name);
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_no_error (error);
  return mit_target_group_get_id (group);
}

static MitEvent *
new_event (const char *title,
           const char *starts,
           const char *ends,
           const char *rrule)
{
  MitEvent *event = mit_event_new ();

  mit_event_set_title (event, title);
  mit_event_set_kind (event, MIT_EVENT_KIND_WORKSHOP);
  mit_event_set_starts (event, starts);
  mit_event_set_ends (event, ends);
  mit_event_set_all_day (event, strlen (starts) == 10);
  mit_event_set_rrule (event, rrule);
  return event;
}

static gint64
save_event (MitStore *store,
            MitEvent *event)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mit_store_save_event (store, event, &error));
  g_assert_no_error (error);
  return mit_event_get_id (event);
}

static void
fill_store (Fixture *f)
{
  g_autoptr(MitEvent) meeting = new_event ("Netzwerktreffen", "2026-11-24T18:00",
                                           "2026-11-24T20:00", NULL);
  g_autoptr(MitEvent) workshop = new_event ("Mehrsprachigkeit in Kitas", "2026-11-24T10:00",
                                            "2026-11-24T16:00", NULL);
  g_autoptr(MitEvent) festival = new_event ("Sommerfest", "2026-07-01", "2026-07-01", NULL);
  g_autoptr(MitEvent) cafe = new_event ("Sprachcafé", "2026-11-03T18:00", "2026-11-03T19:30",
                                        "FREQ=WEEKLY;BYDAY=TU;COUNT=6");
  g_autoptr(MitEvent) cancelled = new_event ("Infoabend", "2026-12-02T19:00", "2026-12-02T21:00",
                                             NULL);
  g_autoptr(MitPerson) person = mit_person_new ();

  f->venue_id = add_actor (f->store, "Bürgerhaus Mitte");
  f->other_venue_id = add_actor (f->store, "Stadtbibliothek");
  f->organiser_id = add_actor (f->store, "Caritas Konstanz");
  f->group_id = add_group (f->store, "Eritreische Familien");
  f->other_group_id = add_group (f->store, "Jugendliche im Bahnhofsviertel");

  mit_person_set_name (person, "Kim Weber");
  g_assert_true (mit_store_save_person (f->store, person, NULL));
  f->person_id = mit_person_get_id (person);

  mit_event_set_venue_id (meeting, f->venue_id);
  mit_event_set_organisers (meeting, &f->organiser_id, 1);
  mit_event_set_target_groups (meeting, &f->group_id, 1);
  mit_event_set_status (meeting, MIT_EVENT_CONFIRMED);
  mit_event_set_kind (meeting, MIT_EVENT_KIND_NETWORK_MEETING);
  f->meeting_id = save_event (f->store, meeting);

  mit_event_set_target_groups (workshop, &f->other_group_id, 1);
  mit_event_set_venue_id (workshop, f->other_venue_id);
  f->workshop_id = save_event (f->store, workshop);

  mit_event_set_status (festival, MIT_EVENT_DONE);
  f->festival_id = save_event (f->store, festival);

  mit_event_set_venue_address (cafe, "Marktstätte 4, Konstanz");
  f->cafe_id = save_event (f->store, cafe);

  mit_event_set_status (cancelled, MIT_EVENT_CANCELLED);
  f->cancelled_id = save_event (f->store, cancelled);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const GActionEntry entries[] = {
    { "offer-undo", offer_undo_cb, "(xs)", NULL, NULL, { 0 } },
    { "show-event", show_event_cb, "x", NULL, NULL, { 0 } },
    { "show-actor", nothing_cb, "x", NULL, NULL, { 0 } },
    { "show-target-group", nothing_cb, "x", NULL, NULL, { 0 } },
    { "new-event", nothing_cb, NULL, NULL, NULL, { 0 } },
    { "delete", nothing_cb, NULL, NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *stack = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  f->store = mit_test_open_store ("event-widgets.db");
  fill_store (f);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), f);

  f->list = g_object_new (MIT_TYPE_EVENT_LIST, NULL);
  f->editor = g_object_new (MIT_TYPE_EVENT_EDITOR, NULL);
  f->month = g_object_new (MIT_TYPE_MONTH_VIEW, NULL);
  gtk_widget_set_size_request (GTK_WIDGET (f->list), 340, -1);
  gtk_widget_set_hexpand (GTK_WIDGET (f->editor), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (f->month), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (f->month), 640, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->editor));
  gtk_box_append (GTK_BOX (stack), GTK_WIDGET (f->month));
  gtk_box_append (GTK_BOX (box), stack);

  mit_event_list_set_store (f->list, f->store);
  mit_event_list_set_now (f->list, NOW);
  mit_event_editor_set_store (f->editor, f->store);
  mit_month_view_set_store (f->month, f->store);
  g_signal_connect (f->list, "event-selected", G_CALLBACK (event_selected_cb), f);
  g_signal_connect (f->month, "event-selected", G_CALLBACK (event_selected_cb), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (actions));
  gtk_window_set_default_size (f->window, 1600, 900);
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

static MitEvent *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  MitEvent *event = mit_store_load_event (f->store, id, &error);

  g_assert_no_error (error);
  return event;
}

static GPtrArray *
list_rows (MitEventList *list)
{
  GtkWidget *box = CHILD (list, MIT_TYPE_EVENT_LIST, "list_box");
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_visible (child))
      g_ptr_array_add (rows, child);
  return rows;
}

static const char *
header_text (GtkWidget *row)
{
  GtkWidget *header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row));

  return header != NULL ? gtk_label_get_text (GTK_LABEL (header)) : NULL;
}

static void
assert_list_matches (Fixture *f,
                     GArray  *expected)
{
  GArray *shown = mit_event_list_get_occurrences (f->list);
  g_autoptr(GPtrArray) rows = list_rows (f->list);

  g_assert_cmpuint (shown->len, ==, expected->len);
  g_assert_cmpuint (rows->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_assert_cmpint (g_array_index (shown, MitOccurrence, i).event_id, ==,
                       g_array_index (expected, MitOccurrence, i).event_id);
      g_assert_cmpint (g_array_index (shown, MitOccurrence, i).start, ==,
                       g_array_index (expected, MitOccurrence, i).start);
    }
}

/* Pure functions */

static void
test_parse (void)
{
  const struct { const char *text; const char *expected; } dates[] = {
    { "24.11.2026", "2026-11-24" }, { " 1.2.2026 ", "2026-02-01" }, { "2026-11-24", "2026-11-24" },
    { "29.02.2027", NULL }, { "24.11.26", NULL }, { "2026-13-01", NULL }, { "", NULL }, { "morgen", NULL },
  };
  const struct { const char *text; const char *expected; } times[] = {
    { "18:00", "18:00" }, { "9:30", "09:30" }, { "18.30", "18:30" }, { "18", "18:00" },
    { "18:00:00", "18:00" }, { "24:00", NULL }, { "18:60", NULL }, { "18:0", NULL }, { "abends", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *date = mit_event_parse_date (dates[i].text);

      g_assert_cmpstr (date, ==, dates[i].expected);
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *time = mit_event_parse_time (times[i].text);

      g_assert_cmpstr (time, ==, times[i].expected);
    }
}

static void
test_repeat_rules (void)
{
  const struct { const char *rule; gboolean editable; const char *written; } cases[] = {
    { "", TRUE, "" },
    { "FREQ=DAILY", TRUE, "FREQ=DAILY" },
    { "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5", TRUE, "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5" },
    { "FREQ=WEEKLY;COUNT=5;BYDAY=WE,MO", TRUE, "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5" },
    { "FREQ=MONTHLY;BYDAY=2TU", TRUE, "FREQ=MONTHLY;BYDAY=2TU" },
    { "FREQ=MONTHLY;BYDAY=-1FR", TRUE, "FREQ=MONTHLY;BYDAY=-1FR" },
    { "FREQ=YEARLY;UNTIL=20281231", TRUE, "FREQ=YEARLY;UNTIL=20281231" },
    /* 23:59:59 in Berlin on 29 December is 22:59:59 UTC */
    { "FREQ=WEEKLY;UNTIL=20261229T225959Z;BYDAY=TU", TRUE, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229" },
    { "FREQ=WEEKLY;INTERVAL=2", TRUE, "FREQ=WEEKLY;INTERVAL=2" },
    { "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", FALSE, NULL },
    { "FREQ=MONTHLY;BYDAY=MO,TU", FALSE, NULL },
    { "FREQ=HOURLY", FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MitRepeat repeat;
      g_autofree char *written = NULL;

      g_assert_cmpint (mit_repeat_parse (cases[i].rule, "Europe/Berlin", &repeat), ==,
                       cases[i].editable);
      if (!cases[i].editable)
        continue;
      written = mit_repeat_to_rule (&repeat);
      g_assert_cmpstr (written, ==, cases[i].written);
    }
}

/* The agenda */

static void
test_list_upcoming (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GArray) expected = mit_store_find_next_occurrences (f->store, NOW, 50, NULL, NULL);
  g_autoptr(GPtrArray) rows = list_rows (f->list);

  /* 24 Nov: workshop, café, meeting; then café 1 and 8 Dec, the cancelled 2 Dec */
  g_assert_cmpuint (expected->len, ==, 6);
  assert_list_matches (f, expected);
  g_assert_cmpint (g_array_index (expected, MitOccurrence, 0).event_id, ==, f->workshop_id);

  g_assert_cmpstr (header_text (g_ptr_array_index (rows, 0)), ==, "Tuesday, 24 November 2026");
  g_assert_null (header_text (g_ptr_array_index (rows, 1)));
  g_assert_null (header_text (g_ptr_array_index (rows, 2)));
  g_assert_cmpstr (header_text (g_ptr_array_index (rows, 3)), ==, "Tuesday, 1 December 2026");
  g_assert_cmpstr (header_text (g_ptr_array_index (rows, 4)), ==, "Wednesday, 2 December 2026");
  g_assert_false (gtk_widget_get_visible (CHILD (f->list, MIT_TYPE_EVENT_LIST, "more_button")));

  /* A click opens; the arrow keys only preview. */
  gtk_widget_activate (g_ptr_array_index (rows, 2));
  gtk_list_box_select_row (CHILD (f->list, MIT_TYPE_EVENT_LIST, "list_box"),
                           g_ptr_array_index (rows, 2));
  g_assert_cmpuint (f->n_selected, >=, 1);
  g_assert_cmpint (f->selected_id, ==, g_array_index (expected, MitOccurrence, 2).event_id);
  g_assert_cmpint (mit_event_list_get_selected_id (f->list), ==, f->selected_id);
}

static void
test_list_past_and_more (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GArray) expected = mit_store_find_past_occurrences (f->store, NOW, 50, NULL, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(MitEvent) many = new_event ("Hausaufgabenhilfe", "2026-11-23T15:00", "2026-11-23T16:00",
                                        "FREQ=DAILY;COUNT=120");
  GArray *shown;

  mit_event_list_set_show_past (f->list, TRUE);
  g_assert_true (mit_event_list_get_show_past (f->list));
  rows = list_rows (f->list);

  /* Latest first: the café on 17, 10 and 3 November, then the festival */
  g_assert_cmpuint (expected->len, ==, 4);
  assert_list_matches (f, expected);
  g_assert_cmpint (g_array_index (expected, MitOccurrence, 0).event_id, ==, f->cafe_id);
  g_assert_cmpint (g_array_index (expected, MitOccurrence, 3).event_id, ==, f->festival_id);
  g_assert_cmpstr (header_text (g_ptr_array_index (rows, 3)), ==, "Wednesday, 1 July 2026");

  /* Pages of 50 */
  mit_event_list_set_show_past (f->list, FALSE);
  save_event (f->store, many);
  shown = mit_event_list_get_occurrences (f->list);
  g_assert_cmpuint (shown->len, ==, 50);
  g_assert_true (gtk_widget_get_visible (CHILD (f->list, MIT_TYPE_EVENT_LIST, "more_button")));
  gtk_widget_activate_action (GTK_WIDGET (f->list), "event-list.load-more", NULL);
  g_assert_cmpuint (mit_event_list_get_occurrences (f->list)->len, ==, 100);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "event-list.load-more", NULL);
  g_assert_cmpuint (mit_event_list_get_occurrences (f->list)->len, ==, 126);
  g_assert_false (gtk_widget_get_visible (CHILD (f->list, MIT_TYPE_EVENT_LIST, "more_button")));
}

static void
test_list_filters (Fixture       *f,
                   gconstpointer  data)
{
  GArray *shown;
  GtkDropDown *status = CHILD (f->list, MIT_TYPE_EVENT_LIST, "status_dropdown");
  GtkPopover *popover = CHILD (f->list, MIT_TYPE_EVENT_LIST, "filter_popover");
  GtkDropDown *organisers = CHILD (f->list, MIT_TYPE_EVENT_LIST, "organiser_dropdown");

  mit_event_list_set_filter (f->list, f->group_id, 0, -1);
  shown = mit_event_list_get_occurrences (f->list);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpint (g_array_index (shown, MitOccurrence, 0).event_id, ==, f->meeting_id);

  /* Clearing, then the status drop-down of the popover */
  gtk_widget_activate_action (GTK_WIDGET (f->list), "event-list.clear-filters", NULL);
  g_assert_cmpuint (mit_event_list_get_occurrences (f->list)->len, ==, 6);
  gtk_drop_down_set_selected (status, MIT_EVENT_CANCELLED + 1);
  shown = mit_event_list_get_occurrences (f->list);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpint (g_array_index (shown, MitOccurrence, 0).event_id, ==, f->cancelled_id);
  g_assert_true (gtk_widget_has_css_class (CHILD (f->list, MIT_TYPE_EVENT_LIST, "filter_button"),
                                           "accent"));

  /* The organisers offered are those of events */
  gtk_drop_down_set_selected (status, 0);
  gtk_popover_popup (popover);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (organisers)), ==, 2);
  gtk_drop_down_set_selected (organisers, 1);
  gtk_popover_popdown (popover);
  shown = mit_event_list_get_occurrences (f->list);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpint (g_array_index (shown, MitOccurrence, 0).event_id, ==, f->meeting_id);

  /* The target-group drop-down, also with the status */
  gtk_widget_activate_action (GTK_WIDGET (f->list), "event-list.clear-filters", NULL);
  gtk_popover_popup (popover);
  iterate ();
  {
    GtkDropDown *groups = CHILD (f->list, MIT_TYPE_EVENT_LIST, "group_dropdown");
    GListModel *model = gtk_drop_down_get_model (groups);
    guint other = GTK_INVALID_LIST_POSITION;

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i),
                     "Jugendliche im Bahnhofsviertel") == 0)
        other = i;
    g_assert_cmpuint (other, !=, GTK_INVALID_LIST_POSITION);
    gtk_drop_down_set_selected (groups, other);
    shown = mit_event_list_get_occurrences (f->list);
    g_assert_cmpuint (shown->len, ==, 1);
    g_assert_cmpint (g_array_index (shown, MitOccurrence, 0).event_id, ==, f->workshop_id);
    gtk_drop_down_set_selected (status, MIT_EVENT_CONFIRMED + 1);
    g_assert_cmpuint (mit_event_list_get_occurrences (f->list)->len, ==, 0);
    gtk_drop_down_set_selected (status, 0);
    gtk_drop_down_set_selected (groups, 0);
    g_assert_cmpuint (mit_event_list_get_occurrences (f->list)->len, ==, 6);
  }
  gtk_popover_popdown (popover);

  /* Nothing matches: the status page offers to clear */
  mit_event_list_set_filter (f->list, f->other_group_id, f->organiser_id, -1);
  g_assert_cmpuint (mit_event_list_get_occurrences (f->list)->len, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->list, MIT_TYPE_EVENT_LIST, "stack")),
                   ==,
                   "no-results");

  /* select_id shows what a filter hid */
  mit_event_list_select_id (f->list, f->festival_id);
  g_assert_true (mit_event_list_get_show_past (f->list));
  g_assert_cmpint (mit_event_list_get_selected_id (f->list), ==, f->festival_id);
  g_assert_cmpuint (mit_event_list_get_occurrences (f->list)->len, ==, 4);
}

static void
test_list_refreshes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MitEvent) meeting = load (f, f->meeting_id);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *text = NULL;

  mit_event_set_title (meeting, "Netzwerktreffen Dezember");
  save_event (f->store, meeting);
  rows = list_rows (f->list);
  g_assert_cmpuint (rows->len, ==, 6);

  /* The row's accessible label names it */
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *box = gtk_list_box_row_get_child (g_ptr_array_index (rows, i));
      GtkWidget *title = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (title)), "Netzwerktreffen Dezember") == 0)
        text = g_strdup (gtk_label_get_text (GTK_LABEL (title)));
    }
  g_assert_cmpstr (text, ==, "Netzwerktreffen Dezember");
}

static void
test_list_empty (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-widgets-empty.db");
  MitEventList *list = g_object_new (MIT_TYPE_EVENT_LIST, NULL);

  g_object_ref_sink (list);
  mit_event_list_set_store (list, store);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (list, MIT_TYPE_EVENT_LIST, "stack")),
                   ==, "empty");
  g_object_unref (list);
}

/* The editor */

static void
set_text (MitEventEditor *editor,
          const char     *row,
          const char     *text)
{
  gtk_editable_set_text (CHILD (editor, MIT_TYPE_EVENT_EDITOR, row), text);
}

static void
test_editor_saves (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(MitEvent) stored = NULL;
  g_autofree char *title = NULL;
  GtkLabel *time_error = CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "time_error_label");

  g_assert_true (mit_event_editor_load (f->editor, f->meeting_id));
  g_assert_cmpint (mit_event_editor_get_event_id (f->editor), ==, f->meeting_id);
  g_assert_cmpstr (mit_event_editor_get_title (f->editor), ==, "Netzwerktreffen");

  set_text (f->editor, "title_row", "Netzwerktreffen Süd");
  g_object_get (f->editor, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Netzwerktreffen Süd");

  /* German and ISO dates, times as people type them */
  set_text (f->editor, "start_date_row", "25.11.2026");
  set_text (f->editor, "start_time_row", "17.30");
  set_text (f->editor, "end_time_row", "19:00");
  set_text (f->editor, "capacity_row", "30");
  adw_combo_row_set_selected (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "status_row"),
                              MIT_EVENT_DONE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR,
                                                             "notes_view")),
                            "Beschluss: Kenntnisnahme", -1);
  mit_event_editor_flush (f->editor);

  stored = load (f, f->meeting_id);
  g_assert_cmpstr (mit_event_get_title (stored), ==, "Netzwerktreffen Süd");
  g_assert_cmpstr (mit_event_get_starts (stored), ==, "2026-11-25T17:30:00");
  /* the end date moved with the start */
  g_assert_cmpstr (mit_event_get_ends (stored), ==, "2026-11-25T19:00:00");
  g_assert_cmpint (mit_event_get_capacity (stored), ==, 30);
  g_assert_cmpint (mit_event_get_status (stored), ==, MIT_EVENT_DONE);
  g_assert_cmpstr (mit_event_get_notes (stored), ==, "Beschluss: Kenntnisnahme");
  g_clear_object (&stored);

  /* An end before the start is refused with a message; the rest is kept */
  set_text (f->editor, "end_time_row", "16:00");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (time_error)));
  set_text (f->editor, "capacity_row", "");
  mit_event_editor_flush (f->editor);
  stored = load (f, f->meeting_id);
  g_assert_cmpstr (mit_event_get_ends (stored), ==, "2026-11-25T19:00:00");
  g_assert_cmpint (mit_event_get_capacity (stored), ==, -1);
  g_clear_object (&stored);

  /* All day */
  gtk_switch_set_active (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "all_day_switch"), TRUE);
  g_assert_false (gtk_widget_get_visible (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR,
                                                 "start_time_row")));
  mit_event_editor_flush (f->editor);
  stored = load (f, f->meeting_id);
  g_assert_true (mit_event_get_all_day (stored));
  g_assert_cmpstr (mit_event_get_starts (stored), ==, "2026-11-25");

  /* An empty title keeps the stored one */
  set_text (f->editor, "title_row", "  ");
  mit_event_editor_flush (f->editor);
  g_clear_object (&stored);
  stored = load (f, f->meeting_id);
  g_assert_cmpstr (mit_event_get_title (stored), ==, "Netzwerktreffen Süd");
  g_assert_true (gtk_widget_get_visible (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR,
                                                "save_error_label")));
}

static char *
normalize (const char *rule)
{
  g_autoptr(GError) error = NULL;
  char *normalized = mit_recurrence_normalize_rule (rule, "Europe/Berlin", FALSE, &error);

  g_assert_no_error (error);
  return normalized;
}

static void
test_editor_recurrence (Fixture       *f,
                        gconstpointer  data)
{
  AdwComboRow *repeat_row = CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "repeat_row");
  AdwComboRow *end_row = CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "end_row");
  g_autoptr(MitEvent) stored = NULL;
  g_autofree char *weekly = normalize ("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5");
  g_autofree char *monthly = normalize ("FREQ=MONTHLY;BYDAY=2TU");
  g_autofree char *until = normalize ("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630");
  g_autoptr(GArray) occurrences = NULL;

  g_assert_true (mit_event_editor_load (f->editor, f->workshop_id));
  g_assert_cmpuint (adw_combo_row_get_selected (repeat_row), ==, 0);
  g_assert_false (gtk_widget_get_visible (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR,
                                                 "weekdays_row")));

  /* Weekly on Monday and Wednesday, five times */
  adw_combo_row_set_selected (repeat_row, 2);
  g_assert_true (gtk_widget_get_visible (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "weekdays_row")));
  gtk_toggle_button_set_active (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "day_button_0"), TRUE);
  gtk_toggle_button_set_active (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "day_button_2"), TRUE);
  adw_combo_row_set_selected (end_row, 2);
  g_assert_true (gtk_widget_get_visible (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "count_row")));
  gtk_spin_button_set_value (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "count_spin"), 5);
  mit_event_editor_flush (f->editor);
  stored = load (f, f->workshop_id);
  g_assert_cmpstr (mit_event_get_rrule (stored), ==, weekly);
  occurrences = mit_store_find_occurrences (f->store, 0, G_MAXINT64 / 2, NULL, NULL);
  g_clear_object (&stored);

  /* Monthly on the second Tuesday (24 November is the fourth: proposed
   * first, then changed), without end */
  adw_combo_row_set_selected (repeat_row, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR,
                                                       "monthly_row")), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR,
                                                       "monthly_weekday_row")),
                    ==, 1);
  adw_combo_row_set_selected (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "monthly_row"), 2);
  adw_combo_row_set_selected (end_row, 0);
  mit_event_editor_flush (f->editor);
  stored = load (f, f->workshop_id);
  g_assert_cmpstr (mit_event_get_rrule (stored), ==, monthly);
  g_clear_object (&stored);

  /* Until a date, typed the German way */
  adw_combo_row_set_selected (end_row, 1);
  set_text (f->editor, "until_row", "30.6.2027");
  mit_event_editor_flush (f->editor);
  stored = load (f, f->workshop_id);
  g_assert_cmpstr (mit_event_get_rrule (stored), ==, until);
  g_clear_object (&stored);

  /* Loading shows the rule again */
  g_assert_true (mit_event_editor_load (f->editor, f->cafe_id));
  g_assert_true (mit_event_editor_load (f->editor, f->workshop_id));
  g_assert_cmpuint (adw_combo_row_get_selected (repeat_row), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (end_row), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "until_row")),
                   ==,
                   "2027-06-30");

  /* Not repeating any more */
  adw_combo_row_set_selected (repeat_row, 0);
  mit_event_editor_flush (f->editor);
  stored = load (f, f->workshop_id);
  g_assert_cmpstr (mit_event_get_rrule (stored), ==, "");
}

static void
test_editor_exdates (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MitEvent) stored = NULL;
  g_autoptr(GArray) before = mit_store_find_next_occurrences (f->store, NOW, 50, NULL, NULL);
  g_autoptr(GArray) after = NULL;
  AdwEntryRow *exdate_row = CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "exdate_row");

  g_assert_true (mit_event_editor_load (f->editor, f->cafe_id));
  g_assert_true (gtk_widget_get_visible (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR,
                                                "exdates_group")));

  /* A wrong date is marked and not added */
  gtk_editable_set_text (GTK_EDITABLE (exdate_row), "1.13.2026");
  g_signal_emit_by_name (exdate_row, "apply");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (exdate_row), "error"));

  gtk_editable_set_text (GTK_EDITABLE (exdate_row), "1.12.2026");
  g_signal_emit_by_name (exdate_row, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (exdate_row)), ==, "");
  mit_event_editor_flush (f->editor);

  stored = load (f, f->cafe_id);
  g_assert_cmpuint (g_strv_length ((GStrv)mit_event_get_exdates (stored)), ==, 1);
  /* the store keeps the time of the occurrence left out */
  g_assert_cmpstr (mit_event_get_exdates (stored)[0], ==, "2026-12-01T18:00:00");
  after = mit_store_find_next_occurrences (f->store, NOW, 50, NULL, NULL);
  g_assert_cmpuint (after->len, ==, before->len - 1);
  /* The agenda followed */
  g_assert_cmpuint (mit_event_list_get_occurrences (f->list)->len, ==, after->len);
  g_clear_object (&stored);

  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.remove-exdate", "s",
                              "2026-12-01T18:00:00");
  mit_event_editor_flush (f->editor);
  stored = load (f, f->cafe_id);
  g_assert_cmpuint (g_strv_length ((GStrv)mit_event_get_exdates (stored)), ==, 0);
}

static void
test_editor_people (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(MitEvent) stored = NULL;
  guint n;
  const gint64 *ids;

  g_assert_true (mit_event_editor_load (f->editor, f->workshop_id));
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.add-target-group", "x",
                              f->group_id);
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.remove-target-group", "x",
                              f->other_group_id);
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.clear-venue", NULL);
  set_text (f->editor, "address_row", "Gemeindesaal St. Gebhard");
  mit_event_editor_flush (f->editor);

  stored = load (f, f->workshop_id);
  ids = mit_event_get_target_groups (stored, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ids[0], ==, f->group_id);
  g_assert_cmpint (mit_event_get_venue_id (stored), ==, 0);
  g_assert_cmpstr (mit_event_get_venue_address (stored), ==, "Gemeindesaal St. Gebhard");
}

static void
test_editor_conflict (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MitEvent) overlapping = new_event ("Elterncafé", "2026-11-24T19:00", "2026-11-24T21:00",
                                               NULL);
  GtkRevealer *revealer = CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "conflict_revealer");
  GtkLabel *label = CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "conflict_label");
  gint64 id;

  mit_event_set_venue_id (overlapping, f->venue_id);
  id = save_event (f->store, overlapping);

  g_assert_true (mit_event_editor_load (f->editor, f->workshop_id));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  g_assert_true (mit_event_editor_load (f->editor, id));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "Netzwerktreffen"));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "24 November 2026, 18:00"));
  g_signal_emit_by_name (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "conflict_button"), "clicked");
  g_assert_cmpint (f->shown_event, ==, f->meeting_id);

  /* Moved to the evening after, the warning goes */
  set_text (f->editor, "start_date_row", "2026-11-25");
  mit_event_editor_flush (f->editor);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  AdwMessageDialog *dialog = (AdwMessageDialog *)find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  return dialog;
}

static void
add_registration (Fixture    *f,
                  const char *name)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.add-registration", NULL);
  dialog = find_message_dialog ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "name-row"), name);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "contact-row"), "info@example.org");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

static MitRegistration *
find_registration (Fixture    *f,
                   gint64      event_id,
                   const char *name)
{
  g_autoptr(GPtrArray) registrations = mit_store_list_registrations (f->store, event_id, NULL);

  for (guint i = 0; i < registrations->len; i++)
    if (g_str_equal (mit_registration_get_name (g_ptr_array_index (registrations, i)), name))
      return g_object_ref (g_ptr_array_index (registrations, i));
  g_error ("No registration of %s", name);
  return NULL;
}

static void
test_editor_registrations (Fixture       *f,
                           gconstpointer  data)
{
  AdwPreferencesGroup *group = CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "registrations_group");
  g_autoptr(MitRegistration) first = NULL;
  g_autoptr(MitRegistration) third = NULL;

  g_assert_true (mit_event_editor_load (f->editor, f->meeting_id));
  set_text (f->editor, "capacity_row", "2");

  add_registration (f, "Amanuel Tesfay");
  add_registration (f, "Maria Schmid");
  add_registration (f, "Lena Vogt");
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                   "2 registered, 1 on the waiting list · 2 places");
  third = find_registration (f, f->meeting_id, "Lena Vogt");
  g_assert_cmpint (mit_registration_get_status (third), ==, MIT_REGISTRATION_WAITING);
  g_clear_object (&third);

  /* Cancelling a place moves the waiting list up */
  first = find_registration (f, f->meeting_id, "Amanuel Tesfay");
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.set-registration-status",
                              "(xi)",
                              mit_registration_get_id (first), (gint32)MIT_REGISTRATION_CANCELLED);
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "2 registered · 2 places");
  third = find_registration (f, f->meeting_id, "Lena Vogt");
  g_assert_cmpint (mit_registration_get_status (third), ==, MIT_REGISTRATION_REGISTERED);

  /* Attendance on the day */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.set-registration-status",
                              "(xi)",
                              mit_registration_get_id (third), (gint32)MIT_REGISTRATION_ATTENDED);
  g_clear_object (&third);
  third = find_registration (f, f->meeting_id, "Lena Vogt");
  g_assert_cmpint (mit_registration_get_status (third), ==, MIT_REGISTRATION_ATTENDED);

  /* Removing can be undone */
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.remove-registration", "x",
                              mit_registration_get_id (first));
  g_assert_cmpuint (f->n_undo_offers, ==, 1);
}

static const char *
description_of (AdwPreferencesGroup *group)
{
  const char *description = adw_preferences_group_get_description (group);

  return description != NULL ? description : "";
}

static void
test_editor_tasks (Fixture       *f,
                   gconstpointer  data)
{
  AdwPreferencesGroup *group = CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "tasks_group");
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) tasks = NULL;

  g_assert_true (mit_event_editor_load (f->editor, f->meeting_id));
  g_assert_cmpstr (description_of (group), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.add-task", NULL);
  dialog = find_message_dialog ();
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "title-row"), "Raum buchen");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "due-row"), "31.11.2026");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "due-row"), "20.11.2026");
  *(gint64 *)g_object_get_data (G_OBJECT (dialog), "owner-id") = f->person_id;
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();

  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "1 open");
  tasks = mit_store_list_event_tasks (f->store, f->meeting_id, NULL);
  g_assert_cmpuint (tasks->len, ==, 1);
  g_assert_cmpstr (mit_event_task_get_due (g_ptr_array_index (tasks, 0)), ==, "2026-11-20");
  g_assert_cmpstr (mit_event_task_get_owner_name (g_ptr_array_index (tasks, 0)), ==, "Kim Weber");

  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.toggle-task", "x",
                              mit_event_task_get_id (g_ptr_array_index (tasks, 0)));
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "Everything is done");
  g_assert_cmpuint (mit_store_count_open_event_tasks (f->store, f->meeting_id), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->editor), "event-editor.remove-task", "x",
                              mit_event_task_get_id (g_ptr_array_index (tasks, 0)));
  g_assert_cmpstr (description_of (group), ==, "");
  g_assert_cmpuint (f->n_undo_offers, ==, 1);
}

static void
test_editor_follows_store (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(MitEvent) meeting = load (f, f->meeting_id);

  g_assert_true (mit_event_editor_load (f->editor, f->meeting_id));
  mit_event_set_title (meeting, "Vom Import geändert");
  save_event (f->store, meeting);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->editor, MIT_TYPE_EVENT_EDITOR, "title_row")),
                   ==,
                   "Vom Import geändert");
  g_assert_cmpstr (mit_event_editor_get_title (f->editor), ==, "Vom Import geändert");
}

/* The new event dialog */

static void
done_cb (MitNewEventDialog *dialog,
         gint64             id,
         gint64            *out)
{
  *out = id;
}

static void
test_new_event_dialog (Fixture       *f,
                       gconstpointer  data)
{
  MitNewEventDialog *dialog = mit_new_event_dialog_new (f->window, f->store);
  gint64 id = 0;
  g_autoptr(MitEvent) event = NULL;

  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), &id);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();

  /* No title yet */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-event.add", NULL);
  g_assert_cmpint (id, ==, 0);

  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_EVENT_DIALOG, "title_row"),
                         "Fortbildungstag Konstanz");
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_EVENT_DIALOG, "date_row"), "24.11.2026");
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_EVENT_DIALOG, "time_row"), "25:00");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-event.add", NULL);
  g_assert_cmpint (id, ==, 0);

  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_EVENT_DIALOG, "time_row"), "9:00");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-event.add", NULL);
  g_assert_cmpint (id, >, 0);

  event = load (f, id);
  g_assert_cmpstr (mit_event_get_title (event), ==, "Fortbildungstag Konstanz");
  g_assert_cmpstr (mit_event_get_kind (event), ==, MIT_EVENT_KIND_WORKSHOP);
  g_assert_cmpstr (mit_event_get_starts (event), ==, "2026-11-24T09:00:00");
  g_assert_cmpstr (mit_event_get_ends (event), ==, "2026-11-24T11:00:00");
  g_assert_cmpstr (mit_event_get_tzid (event), ==, "Europe/Berlin");
}

/* The month view */

/* Every (event, start) of @occurrences once. */
static GHashTable *
occurrence_set (GArray *occurrences)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < occurrences->len; i++)
    {
      const MitOccurrence *o = &g_array_index (occurrences, MitOccurrence, i);

      g_hash_table_add (set, g_strdup_printf ("%" G_GINT64_FORMAT "@%" G_GINT64_FORMAT, o->event_id,
                                              o->start));
    }
  return set;
}

static void
assert_month_matches_store (Fixture *f)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GArray) expected = NULL;
  g_autoptr(GHashTable) shown = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  int year, month, day;

  g_assert_cmpint (sscanf (mit_month_view_get_first_day (f->month), "%d-%d-%d", &year, &month,
                           &day), ==, 3);
  first = g_date_time_new_local (year, month, day, 0, 0, 0);
  end = g_date_time_add_days (first, 42);
  expected = mit_store_find_occurrences (f->store, g_date_time_to_unix (first),
                                         g_date_time_to_unix (end),
                                         NULL, NULL);
  shown = occurrence_set (mit_month_view_get_occurrences (f->month));
  wanted = occurrence_set (expected);
  g_assert_cmpuint (g_hash_table_size (shown), ==, g_hash_table_size (wanted));
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, wanted);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_assert_true (g_hash_table_contains (shown, key));
  }
}

static void
test_month_view (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *focus;

  mit_month_view_set_month (f->month, 2026, 11);
  g_assert_cmpint (mit_month_view_get_year (f->month), ==, 2026);
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 11);
  /* 1 November 2026 is a Sunday: the grid begins on Monday 26 October */
  g_assert_cmpstr (mit_month_view_get_first_day (f->month), ==, "2026-10-26");
  /* workshop, meeting, the café 3 November to 1 December, the cancelled
   * one on 2 December (the grid ends on Sunday 6 December) */
  g_assert_cmpuint (mit_month_view_get_occurrences (f->month)->len, ==, 8);
  assert_month_matches_store (f);

  gtk_widget_activate_action (GTK_WIDGET (f->month), "month-view.next", NULL);
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 12);
  assert_month_matches_store (f);
  gtk_widget_activate_action (GTK_WIDGET (f->month), "month-view.next", NULL);
  g_assert_cmpint (mit_month_view_get_year (f->month), ==, 2027);
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 1);
  g_assert_cmpuint (mit_month_view_get_occurrences (f->month)->len, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->month), "month-view.previous", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->month), "month-view.previous", NULL);
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 11);

  /* The filter */
  mit_month_view_set_filter (f->month, f->group_id, 0, -1);
  g_assert_cmpuint (mit_month_view_get_occurrences (f->month)->len, ==, 1);
  mit_month_view_set_filter (f->month, 0, 0, -1);

  /* Keyboard: from 30 November one day right is 1 December */
  mit_month_view_focus_day (f->month, "2026-11-30");
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "30");
  g_assert_true (gtk_widget_activate_action (focus, "month-view.next", NULL));
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 12);
  mit_month_view_focus_day (f->month, "2026-11-24");
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 11);

  /* Clicking an occurrence opens its event */
  {
    GtkWidget *day = gtk_root_get_focus (GTK_ROOT (f->window));
    GtkWidget *first = gtk_widget_get_next_sibling (day);

    g_assert_true (GTK_IS_BUTTON (first));
    f->n_selected = 0;
    g_signal_emit_by_name (first, "clicked");
    g_assert_cmpuint (f->n_selected, ==, 1);
    g_assert_cmpint (f->selected_id, ==, f->workshop_id);
    g_assert_true (f->selected_navigate);
  }
}

/* A day with more than three occurrences says how many more. */
static void
test_month_view_more (Fixture       *f,
                      gconstpointer  data)
{
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Sprechstunde %d", i);
      g_autofree char *starts = g_strdup_printf ("2026-11-26T%02d:00", 9 + i);
      g_autofree char *ends = g_strdup_printf ("2026-11-26T%02d:30", 9 + i);
      g_autoptr(MitEvent) event = new_event (title, starts, ends, NULL);

      save_event (f->store, event);
    }

  mit_month_view_set_month (f->month, 2026, 11);
  mit_month_view_focus_day (f->month, "2026-11-26");
  {
    GtkWidget *day = gtk_root_get_focus (GTK_ROOT (f->window));
    GtkWidget *last = gtk_widget_get_last_child (gtk_widget_get_parent (day));

    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (last)), ==, "+2 more");
  }
  assert_month_matches_store (f);
}


/* The labels of the occurrence buttons of the cells shown. */
static GPtrArray *
month_event_labels (MitMonthView *month)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *grid = gtk_widget_get_last_child (GTK_WIDGET (month));

  for (GtkWidget *cell = gtk_widget_get_first_child (grid); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    for (GtkWidget *child = gtk_widget_get_first_child (cell); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (gtk_widget_has_css_class (child, "mit-month-event"))
        g_ptr_array_add (labels,
                         g_strdup (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (child))))));
  return labels;
}

/* At 360 px the days show start times, not titles; wide again, titles. */
static void
test_month_view_narrow (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  MitMonthView *month = MIT_MONTH_VIEW (mit_month_view_new ());
  g_autoptr(GPtrArray) narrow = NULL;
  g_autoptr(GPtrArray) wide = NULL;
  g_autoptr(GRegex) time = g_regex_new ("^[0-2][0-9]:[0-5][0-9]$", 0, 0, NULL);

  mit_month_view_set_store (month, f->store);
  mit_month_view_set_month (month, 2026, 11);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (month));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (mit_month_view_get_compact (month));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (month)), <=, 360);

  narrow = month_event_labels (month);
  /* The café six times, the workshop and the meeting, the cancelled one */
  g_assert_cmpuint (narrow->len, ==, 8);
  for (guint i = 0; i < narrow->len; i++)
    {
      const char *text = g_ptr_array_index (narrow, i);

      g_assert_true (g_regex_match (time, text, 0, NULL));
      g_assert_null (strstr (text, "Netzwerktreffen"));
    }
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (month), "compact"));

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  WAIT_UNTIL (!mit_month_view_get_compact (month));
  wide = month_event_labels (month);
  g_assert_cmpuint (wide->len, ==, 8);
  g_assert_true (g_ptr_array_find_with_equal_func (wide, "18:00 Netzwerktreffen", g_str_equal,
                                                   NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Sends a key press to the controllers of @widget, as GTK does with a key
 * event that reaches it: first its key controllers, then its shortcuts
 * (where GtkButton has Enter). */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          if (handled)
            return TRUE;
        }
      else if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

            if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
              return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                   gtk_shortcut_get_arguments (shortcut));
          }
    }
  return FALSE;
}

/* The key goes where GTK sends it: the focused widget, then its parents. */
static void
press_focused (Fixture *f,
               guint    keyval)
{
  for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (f->window)); w != NULL;
       w = gtk_widget_get_parent (w))
    if (press_key (w, keyval))
      return;
  g_error ("Nothing took the key %s", gdk_keyval_name (keyval));
}

static const char *
focused_day (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_true (GTK_IS_BUTTON (focus));
  return gtk_button_get_label (GTK_BUTTON (focus));
}

static void
test_month_view_keys (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *day_box;
  GtkWidget *popover = NULL;

  mit_month_view_set_month (f->month, 2026, 11);
  mit_month_view_focus_day (f->month, "2026-11-24");
  g_assert_cmpstr (focused_day (f), ==, "24");

  /* Arrows move between days, into the next month at its edges */
  press_focused (f, GDK_KEY_Right);
  g_assert_cmpstr (focused_day (f), ==, "25");
  press_focused (f, GDK_KEY_Down);
  g_assert_cmpstr (focused_day (f), ==, "2");
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 12);
  press_focused (f, GDK_KEY_Up);
  g_assert_cmpstr (focused_day (f), ==, "25");
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 11);
  press_focused (f, GDK_KEY_Left);
  press_focused (f, GDK_KEY_KP_Left);
  g_assert_cmpstr (focused_day (f), ==, "23");

  /* Page Down and Page Up change the month */
  press_focused (f, GDK_KEY_Page_Down);
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 12);
  press_focused (f, GDK_KEY_Page_Down);
  g_assert_cmpint (mit_month_view_get_year (f->month), ==, 2027);
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 1);
  press_focused (f, GDK_KEY_Page_Up);
  press_focused (f, GDK_KEY_Page_Up);
  g_assert_cmpint (mit_month_view_get_year (f->month), ==, 2026);
  g_assert_cmpint (mit_month_view_get_month (f->month), ==, 11);

  /* Enter on a day lists its events; Enter on one of them opens it */
  mit_month_view_focus_day (f->month, "2026-11-24");
  day_box = gtk_widget_get_parent (gtk_root_get_focus (GTK_ROOT (f->window)));
  press_focused (f, GDK_KEY_Return);
  /* A button activated by a key clicks after a moment */
  WAIT_UNTIL ((popover = gtk_widget_get_last_child (day_box)) != NULL && GTK_IS_POPOVER (popover)
              && gtk_widget_get_visible (popover));
  {
    GtkWidget *box = gtk_popover_get_child (GTK_POPOVER (popover));
    GtkWidget *heading = gtk_widget_get_first_child (box);
    GtkWidget *first = gtk_widget_get_next_sibling (heading);
    guint n = 0;

    for (GtkWidget *child = first; child != NULL; child = gtk_widget_get_next_sibling (child))
      n++;
    /* the workshop at 10:00, the café at 18:00 and the meeting at 18:00 */
    g_assert_cmpuint (n, ==, 3);
    f->n_selected = 0;
    g_assert_true (press_key (first, GDK_KEY_Return));
    WAIT_UNTIL (f->n_selected == 1);
    g_assert_cmpint (f->selected_id, ==, f->workshop_id);
  }
  WAIT_UNTIL (!gtk_widget_get_visible (popover));

  /* With Ctrl the keys are not the month view's */
  {
    GtkWidget *grid = gtk_widget_get_last_child (GTK_WIDGET (f->month));
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (grid);
    gboolean handled = TRUE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Page_Down, 0,
                                 GDK_CONTROL_MASK, &handled);
      }
    g_assert_false (handled);
    g_assert_cmpint (mit_month_view_get_month (f->month), ==, 11);
  }
}

/* 10 000 events, 1 000 of them weekly: the month and the agenda show them
 * all (the time it takes is printed, and measured by the benchmark). */
static void
test_month_view_many (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-widgets-many.db");
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  MitMonthView *month = MIT_MONTH_VIEW (mit_month_view_new ());
  MitEventList *list = g_object_new (MIT_TYPE_EVENT_LIST, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gint64 start;
  double month_ms, list_ms, store_ms;

  g_assert_true (mit_store_begin (store, &error));
  for (int i = 0; i < 10000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Termin %d", i);
      g_autofree char *starts = g_strdup_printf ("2026-%02d-%02dT%02d:00", 1 + i % 12,
                                                 1 + (i / 12) % 28,
                                                 8 + i % 10);
      g_autofree char *ends = g_strdup_printf ("2026-%02d-%02dT%02d:30", 1 + i % 12,
                                               1 + (i / 12) % 28,
                                               8 + i % 10);
      g_autoptr(MitEvent) event = new_event (title, starts, ends,
                                             i % 10 == 0 ? "FREQ=WEEKLY;COUNT=20" : NULL);

      g_assert_true (mit_store_save_event (store, event, &error));
    }
  g_assert_true (mit_store_commit (store, &error));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (month));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  mit_month_view_set_store (month, store);

  /* The store's part: the occurrences of the six weeks shown */
  {
    g_autoptr(GDateTime) from = g_date_time_new_local (2026, 5, 25, 0, 0, 0);
    g_autoptr(GDateTime) to = g_date_time_add_days (from, 42);
    g_autoptr(GArray) found = NULL;

    start = g_get_monotonic_time ();
    found = mit_store_find_occurrences (store, g_date_time_to_unix (from), g_date_time_to_unix (to),
                                        NULL, NULL);
    store_ms = (g_get_monotonic_time () - start) / 1000.0;
  }

  start = g_get_monotonic_time ();
  mit_month_view_set_month (month, 2026, 6);
  month_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpuint (mit_month_view_get_occurrences (month)->len, >, 800);

  mit_event_list_set_store (list, store);
  start = g_get_monotonic_time ();
  mit_event_list_set_now (list, 1780000000);  /* 28 May 2026 */
  list_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpuint (mit_event_list_get_occurrences (list)->len, ==, 50);

  g_test_message ("A month of 10 000 events: %.1f ms (%u occurrences; the store's query alone %.1f ms); "
                  "the agenda's first page: %.1f ms",
                  month_ms, mit_month_view_get_occurrences (month)->len, store_ms, list_ms);
  if (g_getenv ("MIT_TEST_TIMING") != NULL)
    g_printerr ("month view %.1f ms (store %.1f ms), agenda %.1f ms\n", month_ms, store_ms,
                list_ms);
  /* How fast is for tests/bench/mit-bench-events to say: here only that
   * the whole month and a full agenda page were shown. */

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

/* The iCalendar import dialog */

static void
imported_cb (MitIcsImportDialog *dialog,
             guint               n_added,
             guint               n_updated,
             guint              *out)
{
  out[0] = n_added;
  out[1] = n_updated;
  out[2]++;
}

static void
test_ics_import (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = mit_test_fixture_path ("ics/thunderbird-berlin.ics");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MitIcsImportDialog *dialog = mit_ics_import_dialog_new (f->window, f->store);
  guint before = mit_store_count_events (f->store);
  guint result[3] = { 0, 0, 0 };
  GtkListBox *preview;
  guint n_rows = 0;

  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), result);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (dialog, MIT_TYPE_ICS_IMPORT_DIALOG,
                                                            "stack")), ==,
                   "choose");

  g_assert_true (mit_ics_import_dialog_load_file (dialog, file));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (dialog, MIT_TYPE_ICS_IMPORT_DIALOG,
                                                            "stack")), ==,
                   "preview");
  preview = CHILD (dialog, MIT_TYPE_ICS_IMPORT_DIALOG, "preview_list");
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (preview)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_nonnull (strstr (gtk_label_get_text (CHILD (dialog, MIT_TYPE_ICS_IMPORT_DIALOG,
                                                       "summary_label")), "new event"));
  /* Nothing is saved before Import */
  g_assert_cmpuint (mit_store_count_events (f->store), ==, before);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "ics-import.import", NULL);
  g_assert_cmpuint (result[2], ==, 1);
  g_assert_cmpuint (result[0], ==, n_rows);
  g_assert_cmpuint (result[1], ==, 0);
  g_assert_cmpuint (mit_store_count_events (f->store), ==, before + n_rows);

  /* The same file again updates what it imported */
  dialog = mit_ics_import_dialog_new (f->window, f->store);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), result);
  g_assert_true (mit_ics_import_dialog_load_file (dialog, file));
  g_assert_nonnull (strstr (gtk_label_get_text (CHILD (dialog, MIT_TYPE_ICS_IMPORT_DIALOG,
                                                       "summary_label")),
                            "updating"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "ics-import.import", NULL);
  g_assert_cmpuint (result[2], ==, 2);
  g_assert_cmpuint (result[0], ==, 0);
  g_assert_cmpuint (result[1], ==, n_rows);
  g_assert_cmpuint (mit_store_count_events (f->store), ==, before + n_rows);
}

static void
test_ics_import_malformed (Fixture       *f,
                           gconstpointer  data)
{
  const char *names[] = { "ics/not-calendar.ics", "ics/truncated.ics", "ics/bad-rule.ics",
                          "ics/invalid-date.ics", "ics/no-events.ics", "ics/broken-line.ics" };
  guint before = mit_store_count_events (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = mit_test_fixture_path (names[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      MitIcsImportDialog *dialog = mit_ics_import_dialog_new (f->window, f->store);
      AdwStatusPage *page = CHILD (dialog, MIT_TYPE_ICS_IMPORT_DIALOG, "error_page");
      guint result[3] = { 0, 0, 0 };

      g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), result);
      gtk_window_present (GTK_WINDOW (dialog));
      g_assert_false (mit_ics_import_dialog_load_file (dialog, file));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (dialog, MIT_TYPE_ICS_IMPORT_DIALOG,
                                                                "stack")), ==,
                       "error");
      g_assert_nonnull (strstr (adw_status_page_get_description (page), "Nothing was imported"));
      /* Import does nothing */
      gtk_widget_activate_action (GTK_WIDGET (dialog), "ics-import.import", NULL);
      g_assert_cmpuint (result[2], ==, 0);
      g_assert_cmpuint (mit_store_count_events (f->store), ==, before);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

/* Every template builds */

static void
test_templates (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("event-widgets-templates.db");
  GType types[] = { MIT_TYPE_EVENT_LIST, MIT_TYPE_EVENT_EDITOR, MIT_TYPE_MONTH_VIEW };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *widget = g_object_ref_sink (g_object_new (types[i], NULL));

      g_assert_true (GTK_IS_WIDGET (widget));
      g_object_unref (widget);
    }

  gtk_window_destroy (GTK_WINDOW (mit_new_event_dialog_new (NULL, store)));
  gtk_window_destroy (GTK_WINDOW (mit_ics_import_dialog_new (NULL, store)));
  iterate ();
}

/* Look at it: with MIT_TEST_SCREENSHOT=file.png, pictures of the agenda,
 * the editor and the month view, and of the editor at 360 px. */

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *path = g_getenv ("MIT_TEST_SCREENSHOT");
  g_autofree char *narrow_path = NULL;
  g_autofree char *dialog_path = NULL;
  g_autoptr(MitRegistration) registration = NULL;
  GtkWidget *narrow;
  MitEventEditor *editor;
  MitIcsImportDialog *dialog;

  if (path == NULL)
    {
      g_test_skip ("MIT_TEST_SCREENSHOT is not set");
      return;
    }

  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/miteinander/Miteinander/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(MitRegistration) r = mit_registration_new (f->meeting_id);

      mit_registration_set_name (r,
                                 i == 0 ? "Amanuel Tesfay" : i == 1 ? "Maria Schmid" : "Lena Vogt");
      mit_registration_set_contact (r, "info@example.org");
      g_assert_true (mit_store_save_registration (f->store, r, NULL));
    }
  {
    g_autoptr(MitEventTask) task = mit_event_task_new (f->meeting_id);
    g_autoptr(MitEvent) overlapping = new_event ("Elterncafé", "2026-11-24T19:00",
                                                 "2026-11-24T21:00", NULL);

    mit_event_task_set_title (task, "Raum buchen");
    mit_event_task_set_due (task, "2026-11-10");
    mit_event_task_set_owner_id (task, f->person_id);
    g_assert_true (mit_store_save_event_task (f->store, task, NULL));
    mit_event_set_venue_id (overlapping, f->venue_id);
    save_event (f->store, overlapping);
  }

  mit_month_view_set_month (f->month, 2026, 11);
  mit_event_list_select_id (f->list, f->meeting_id);
  g_assert_true (mit_event_editor_load (f->editor, f->meeting_id));
  mit_test_save_screenshot (GTK_WIDGET (f->window), path);

  /* The editor at 360 px, scrolled to the recurrence */
  narrow = gtk_window_new ();
  editor = g_object_new (MIT_TYPE_EVENT_EDITOR, NULL);
  mit_event_editor_set_store (editor, f->store);
  g_assert_true (mit_event_editor_load (editor, f->cafe_id));
  gtk_window_set_child (GTK_WINDOW (narrow), GTK_WIDGET (editor));
  gtk_window_set_default_size (GTK_WINDOW (narrow), 360, 1400);
  gtk_window_present (GTK_WINDOW (narrow));
  narrow_path = g_strconcat (path, "-narrow.png", NULL);
  mit_test_save_screenshot (narrow, narrow_path);
  g_assert_cmpint (gtk_widget_get_width (narrow), <=, 360);

  /* and its lower half, with tasks and registrations */
  g_assert_true (mit_event_editor_load (editor, f->meeting_id));
  {
    GtkWidget *scrolled = gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (editor)));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    g_autofree char *lower_path = g_strconcat (path, "-lower.png", NULL);

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    mit_test_save_screenshot (narrow, lower_path);
  }

  /* The import preview */
  {
    g_autofree char *ics = mit_test_fixture_path ("ics/outlook-w-europe.ics");
    g_autoptr(GFile) file = g_file_new_for_path (ics);

    dialog = mit_ics_import_dialog_new (f->window, f->store);
    gtk_window_present (GTK_WINDOW (dialog));
    g_assert_true (mit_ics_import_dialog_load_file (dialog, file));
    dialog_path = g_strconcat (path, "-import.png", NULL);
    mit_test_save_screenshot (GTK_WIDGET (dialog), dialog_path);
  }
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

  g_test_add_func ("/event-widgets/parse", test_parse);
  g_test_add_func ("/event-widgets/repeat-rules", test_repeat_rules);
  g_test_add_func ("/event-widgets/templates", test_templates);
  g_test_add_func ("/event-widgets/list-empty", test_list_empty);
  g_test_add_func ("/event-widgets/month-view-many", test_month_view_many);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/event-widgets/list-upcoming", test_list_upcoming);
  ADD ("/event-widgets/list-past-and-more", test_list_past_and_more);
  ADD ("/event-widgets/list-filters", test_list_filters);
  ADD ("/event-widgets/list-refreshes", test_list_refreshes);
  ADD ("/event-widgets/editor-saves", test_editor_saves);
  ADD ("/event-widgets/editor-recurrence", test_editor_recurrence);
  ADD ("/event-widgets/editor-exdates", test_editor_exdates);
  ADD ("/event-widgets/editor-people", test_editor_people);
  ADD ("/event-widgets/editor-conflict", test_editor_conflict);
  ADD ("/event-widgets/editor-registrations", test_editor_registrations);
  ADD ("/event-widgets/editor-tasks", test_editor_tasks);
  ADD ("/event-widgets/editor-follows-store", test_editor_follows_store);
  ADD ("/event-widgets/new-event-dialog", test_new_event_dialog);
  ADD ("/event-widgets/month-view", test_month_view);
  ADD ("/event-widgets/month-view-more", test_month_view_more);
  ADD ("/event-widgets/month-view-narrow", test_month_view_narrow);
  ADD ("/event-widgets/month-view-keys", test_month_view_keys);
  ADD ("/event-widgets/ics-import", test_ics_import);
  ADD ("/event-widgets/ics-import-malformed", test_ics_import_malformed);
  ADD ("/event-widgets/screenshot", test_screenshot);
#undef ADD

  return g_test_run ();
}
