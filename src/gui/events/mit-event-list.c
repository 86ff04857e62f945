/* mit-event-list.c: the agenda of events, upcoming and past
 *
 * The agenda asks the store for one page of occurrences more than it shows
 * (so it knows whether "Load More" has anything to load), loads the events
 * of those occurrences in one query and builds a row per occurrence; a
 * page is 50 rows, so a GtkListBox with day headers is enough.
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitEventList"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-actor.h"
#include "mit-event-format.h"
#include "mit-event-list.h"
#include "mit-gui-util.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"
#include "mit-validate.h"

#define PAGE_SIZE 50

struct _MitEventList
{
  AdwBin           parent_instance;

  /* template widgets */
  GtkToggleButton *upcoming_button;
  GtkToggleButton *past_button;
  GtkMenuButton   *filter_button;
  GtkPopover      *filter_popover;
  GtkDropDown     *group_dropdown;
  GtkDropDown     *organiser_dropdown;
  GtkDropDown     *status_dropdown;
  GtkStack        *stack;
  GtkScrolledWindow *scrolled;
  GtkListBox      *list_box;
  GtkButton       *more_button;
  AdwStatusPage   *no_results_page;
  GtkButton       *no_results_button;

  /* owned */
  MitStore        *store;
  GArray          *occurrences;      /* MitOccurrence, shown */
  GArray          *group_ids;        /* gint64, the group filter's items after "Any" */
  GArray          *organiser_ids;    /* gint64, likewise */
  MitEventFilter   filter;
  guint            n_wanted;
  gint64           now;
  gint64           selected_id;
  gint64           selected_start;
  guint            updating : 1;
  guint            in_key_press : 1;
};

G_DEFINE_FINAL_TYPE (MitEventList, mit_event_list, ADW_TYPE_BIN)

enum {
  EVENT_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GQuark event_id_quark;
static GQuark start_quark;
static GQuark day_quark;

static gint64
get_now (MitEventList *self)
{
  return self->now != 0 ? self->now : g_get_real_time () / G_USEC_PER_SEC;
}

static gint64
row_get_event_id (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_qdata (G_OBJECT (row), event_id_quark);

  return id != NULL ? *id : 0;
}

static gint64
row_get_start (GtkListBoxRow *row)
{
  gint64 *start = g_object_get_qdata (G_OBJECT (row), start_quark);

  return start != NULL ? *start : 0;
}

static void
row_set_int64 (GtkWidget *row,
               GQuark     quark,
               gint64     value)
{
  g_object_set_qdata_full (G_OBJECT (row), quark, g_memdup2 (&value, sizeof value), g_free);
}

/* Rows */

static void
set_status_class (GtkWidget      *pill,
                  MitEventStatus  status)
{
  for (int s = MIT_EVENT_IDEA; s <= MIT_EVENT_STATUS_LAST; s++)
    gtk_widget_remove_css_class (pill, mit_event_status_get_css_class (s));
  gtk_widget_add_css_class (pill, mit_event_status_get_css_class (status));
}

static GtkWidget *
new_row (MitEventList        *self,
         const MitOccurrence *occurrence,
         MitEvent            *event,
         GHashTable          *venues)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *time = gtk_label_new (NULL);
  GtkWidget *pill = gtk_label_new (mit_event_status_get_label (mit_event_get_status (event)));
  GtkWidget *title = gtk_label_new (mit_event_get_title (event));
  GtkWidget *detail = gtk_label_new (NULL);
  g_autofree char *times = mit_event_format_times (occurrence, mit_event_get_tzid (event));
  g_autoptr(GString) text = g_string_new (mit_store_get_vocabulary_label (self->store, "event-kind",
                                                                          mit_event_get_kind (event)));
  const char *venue = g_hash_table_lookup (venues, &(gint64){ mit_event_get_venue_id (event) });
  g_autoptr(GDateTime) start = mit_occurrence_dup_local_start (occurrence,
                                                               mit_event_get_tzid (event));
  g_autofree char *accessible = NULL;

  if (venue == NULL || *venue == '\0')
    venue = mit_event_get_venue_address (event);
  if (venue != NULL && *venue != '\0')
    /* Translators: between the kind of an event and its venue in the agenda */
    g_string_append_printf (text, _(" · %s"), venue);

  gtk_label_set_text (GTK_LABEL (time), times);
  gtk_label_set_xalign (GTK_LABEL (time), 0);
  gtk_widget_set_hexpand (time, TRUE);
  gtk_widget_add_css_class (time, "caption-heading");
  gtk_widget_add_css_class (time, "numeric");

  gtk_widget_add_css_class (pill, "mit-level-pill");
  gtk_widget_add_css_class (pill, "caption");
  set_status_class (pill, mit_event_get_status (event));
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  if (mit_event_get_status (event) == MIT_EVENT_CANCELLED)
    gtk_widget_add_css_class (title, "dim-label");

  gtk_label_set_text (GTK_LABEL (detail), text->str);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 30);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");

  gtk_box_append (GTK_BOX (top), time);
  gtk_box_append (GTK_BOX (top), pill);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* One sentence for screen readers, the day included. */
  {
    g_autofree char *day = mit_event_format_day (start);

    accessible = g_strjoin (", ", mit_event_get_title (event), day, times,
                            mit_event_status_get_label (mit_event_get_status (event)), text->str, NULL);
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                    -1);
  }

  row_set_int64 (row, event_id_quark, occurrence->event_id);
  row_set_int64 (row, start_quark, occurrence->start);
  g_object_set_qdata_full (G_OBJECT (row), day_quark, g_date_time_format (start, "%Y-%m-%d"),
                           g_free);

  return row;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const char *day = g_object_get_qdata (G_OBJECT (row), day_quark);
  const char *day_before = before != NULL ? g_object_get_qdata (G_OBJECT (before),
                                                                day_quark) : NULL;
  GtkWidget *header;
  GDate date;

  if (g_strcmp0 (day, day_before) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (header == NULL)
    {
      header = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_widget_set_margin_start (header, 12);
      gtk_widget_set_margin_end (header, 12);
      gtk_widget_set_margin_top (header, before != NULL ? 12 : 6);
      gtk_widget_set_margin_bottom (header, 3);
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_add_css_class (header, "mit-agenda-day");
      gtk_list_box_row_set_header (row, header);
    }

  if (mit_date_parse (day, &date))
    {
      g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (&date),
                                                         g_date_get_month (&date),
                                                         g_date_get_day (&date), 12, 0, 0);
      g_autofree char *text = mit_event_format_day (time);

      gtk_label_set_text (GTK_LABEL (header), text);
    }
}

/* Loading */

static gboolean
filters_are_active (MitEventList *self)
{
  return self->filter.target_group_id != 0 || self->filter.organiser_id != 0 || self->filter.status >= 0;
}

static void
update_state (MitEventList *self)
{
  gboolean any = self->store != NULL && mit_store_count_events (self->store) > 0;
  gboolean past = gtk_toggle_button_get_active (self->past_button);

  if (self->occurrences->len > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (!any)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    {
      if (filters_are_active (self))
        {
          adw_status_page_set_title (self->no_results_page, _("No Matching Events"));
          adw_status_page_set_description (self->no_results_page,
                                           _("No event matches the filters. Clear them to see every event."));
          gtk_button_set_label (self->no_results_button, _("_Clear Filters"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (self->no_results_button),
                                          "event-list.clear-filters");
          gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->no_results_button), NULL);
        }
      else if (!past)
        {
          adw_status_page_set_title (self->no_results_page, _("No Upcoming Events"));
          adw_status_page_set_description (self->no_results_page,
                                           _("Every event lies in the past. Plan the next one, or look back."));
          gtk_button_set_label (self->no_results_button, _("Show _Past Events"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (self->no_results_button),
                                          "event-list.show-past");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (self->no_results_button), "b", TRUE);
        }
      else
        {
          adw_status_page_set_title (self->no_results_page, _("No Past Events"));
          adw_status_page_set_description (self->no_results_page,
                                           _("No event has taken place yet."));
          gtk_button_set_label (self->no_results_button, _("Show _Upcoming Events"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (self->no_results_button),
                                          "event-list.show-past");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (self->no_results_button), "b", FALSE);
        }
      gtk_stack_set_visible_child_name (self->stack, "no-results");
    }

  if (filters_are_active (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_button), any);
}

static GtkListBoxRow *
find_row (MitEventList *self,
          gint64        id,
          gint64        start)
{
  GtkListBoxRow *first = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL && id > 0;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBoxRow *row;

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;
      row = GTK_LIST_BOX_ROW (child);
      if (row_get_event_id (row) != id)
        continue;
      if (row_get_start (row) == start)
        return row;
      if (first == NULL)
        first = row;
    }
  return first;
}

static void
restore_selection (MitEventList *self)
{
  GtkListBoxRow *row = find_row (self, self->selected_id, self->selected_start);

  if (gtk_list_box_get_selected_row (self->list_box) == row)
    return;

  self->updating = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, row);
  else
    gtk_list_box_unselect_all (self->list_box);
  self->updating = FALSE;
}

static void
reload (MitEventList *self)
{
  gboolean past;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) venue_ids = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) venues = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  if (self->store == NULL)
    return;

  past = gtk_toggle_button_get_active (self->past_button);
  if (past)
    found = mit_store_find_past_occurrences (self->store, get_now (self), self->n_wanted + 1,
                                             &self->filter, &error);
  else
    found = mit_store_find_next_occurrences (self->store, get_now (self), self->n_wanted + 1,
                                             &self->filter, &error);
  if (found == NULL)
    {
      g_warning ("Cannot list the events: %s", error->message);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->more_button), found->len > self->n_wanted);
  if (found->len > self->n_wanted)
    g_array_set_size (found, self->n_wanted);

  /* The events of the page, each loaded once, and their venues' names. */
  seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < found->len; i++)
    {
      gint64 *id = &g_array_index (found, MitOccurrence, i).event_id;

      if (g_hash_table_add (seen, id))
        g_array_append_val (ids, *id);
    }

  events = mit_store_load_events (self->store, (const gint64 *)(gpointer)ids->data, ids->len,
                                  &error);
  if (events == NULL)
    {
      g_warning ("Cannot load the events: %s", error->message);
      return;
    }

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  venue_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < events->len; i++)
    {
      MitEvent *event = g_ptr_array_index (events, i);
      gint64 venue_id = mit_event_get_venue_id (event);

      g_hash_table_insert (by_id, g_memdup2 (&(gint64){ mit_event_get_id (event) },
                                             sizeof (gint64)), event);
      if (venue_id > 0)
        g_array_append_val (venue_ids, venue_id);
    }

  venues = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  if (venue_ids->len > 0)
    actors = mit_store_load_actors (self->store, (const gint64 *)(gpointer)venue_ids->data,
                                    venue_ids->len, NULL);
  for (guint i = 0; actors != NULL && i < actors->len; i++)
    {
      MitActor *actor = g_ptr_array_index (actors, i);

      g_hash_table_insert (venues, g_memdup2 (&(gint64){ mit_actor_get_id (actor) },
                                              sizeof (gint64)),
                           g_strdup (mit_actor_get_name (actor)));
    }

  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  g_array_set_size (self->occurrences, 0);
  for (guint i = 0; i < found->len; i++)
    {
      const MitOccurrence *occurrence = &g_array_index (found, MitOccurrence, i);
      MitEvent *event = g_hash_table_lookup (by_id, &occurrence->event_id);

      if (event == NULL)
        continue;
      g_array_append_val (self->occurrences, *occurrence);
      gtk_list_box_append (self->list_box, new_row (self, occurrence, event, venues));
    }
  self->updating = FALSE;

  restore_selection (self);
  update_state (self);
}

static void
reset_and_reload (MitEventList *self)
{
  self->n_wanted = PAGE_SIZE;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  reload (self);
}

/* Filters */

static GtkStringList *
new_any_list (const char *any)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, any);
  return list;
}

static guint
find_in (GArray *ids,
         gint64  id)
{
  for (guint i = 0; id != 0 && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i + 1;
  return 0;
}

static int
compare_actor_names (gconstpointer a,
                     gconstpointer b)
{
  MitActor *actor_a = *(MitActor * const *)a;
  MitActor *actor_b = *(MitActor * const *)b;

  return g_utf8_collate (mit_actor_get_name (actor_a), mit_actor_get_name (actor_b));
}

/* Fills the target-group and organiser choices from the store; the
 * current filter stays chosen. */
static void
fill_filter_choices (MitEventList *self)
{
  g_autoptr(GtkStringList) groups = new_any_list (C_("filter", "Any"));
  g_autoptr(GtkStringList) organisers = new_any_list (C_("filter", "Any"));
  g_autoptr(GArray) group_ids = NULL;
  g_autoptr(GPtrArray) group_list = NULL;
  g_autoptr(GArray) event_ids = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) organiser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->store == NULL)
    return;

  g_array_set_size (self->group_ids, 0);
  group_ids = mit_store_find_target_group_ids (self->store, "", -1, FALSE, NULL);
  if (group_ids != NULL)
    group_list = mit_store_load_target_groups (self->store,
                                               (const gint64 *)(gpointer)group_ids->data,
                                               group_ids->len, NULL);
  for (guint i = 0; group_list != NULL && i < group_list->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (group_list, i);
      gint64 id = mit_target_group_get_id (group);

      gtk_string_list_append (groups, mit_target_group_get_name (group));
      g_array_append_val (self->group_ids, id);
    }

  /* The actors that organise any event, in the store's name order. */
  event_ids = mit_store_find_event_ids (self->store, NULL, NULL);
  if (event_ids != NULL)
    events = mit_store_load_events (self->store, (const gint64 *)(gpointer)event_ids->data,
                                    event_ids->len, NULL);
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      guint n;
      const gint64 *ids = mit_event_get_organisers (g_ptr_array_index (events, i), &n);

      for (guint j = 0; j < n; j++)
        if (g_hash_table_add (seen, (gpointer)&ids[j]))
          g_array_append_val (organiser_ids, ids[j]);
    }
  g_array_set_size (self->organiser_ids, 0);
  if (organiser_ids->len > 0)
    actors = mit_store_load_actors (self->store, (const gint64 *)(gpointer)organiser_ids->data,
                                    organiser_ids->len, NULL);
  if (actors != NULL)
    g_ptr_array_sort (actors, compare_actor_names);
  for (guint i = 0; actors != NULL && i < actors->len; i++)
    {
      MitActor *actor = g_ptr_array_index (actors, i);
      gint64 id = mit_actor_get_id (actor);

      gtk_string_list_append (organisers, mit_actor_get_name (actor));
      g_array_append_val (self->organiser_ids, id);
    }

  self->updating = TRUE;
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (groups));
  gtk_drop_down_set_selected (self->group_dropdown, find_in (self->group_ids,
                                                             self->filter.target_group_id));
  gtk_drop_down_set_model (self->organiser_dropdown, G_LIST_MODEL (organisers));
  gtk_drop_down_set_selected (self->organiser_dropdown,
                              find_in (self->organiser_ids, self->filter.organiser_id));
  gtk_drop_down_set_selected (self->status_dropdown, (guint)(self->filter.status + 1));
  self->updating = FALSE;
}

static void
filter_popover_show_cb (GtkPopover   *popover,
                        MitEventList *self)
{
  fill_filter_choices (self);
}

static gint64
dropdown_get_id (GtkDropDown *dropdown,
                 GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > ids->len)
    return 0;
  return g_array_index (ids, gint64, selected - 1);
}

static void
filter_changed_cb (MitEventList *self)
{
  guint status;

  if (self->updating)
    return;

  status = gtk_drop_down_get_selected (self->status_dropdown);
  self->filter.target_group_id = dropdown_get_id (self->group_dropdown, self->group_ids);
  self->filter.organiser_id = dropdown_get_id (self->organiser_dropdown, self->organiser_ids);
  self->filter.status = (status == 0 || status == GTK_INVALID_LIST_POSITION) ? -1 : (int)status - 1;
  reset_and_reload (self);
}

static void
clear_filters (MitEventList *self)
{
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->group_dropdown, 0);
  gtk_drop_down_set_selected (self->organiser_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  self->updating = FALSE;

  mit_event_filter_init (&self->filter);
  reset_and_reload (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitEventList *self = MIT_EVENT_LIST (widget);

  gtk_popover_popdown (self->filter_popover);
  clear_filters (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->filter_button));
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MitEventList *self = MIT_EVENT_LIST (widget);
  GtkListBoxRow *next;

  self->n_wanted += PAGE_SIZE;
  reload (self);

  /* Continue where the previous page ended. */
  next = gtk_list_box_get_row_at_index (self->list_box, (int)(self->n_wanted - PAGE_SIZE));
  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (next));
}

static void
show_past_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  mit_event_list_set_show_past (MIT_EVENT_LIST (widget), g_variant_get_boolean (parameter));
}

static void
past_toggled_cb (MitEventList *self)
{
  reset_and_reload (self);
}

static void
store_changed_cb (MitStore     *store,
                  guint         kinds,
                  MitEventList *self)
{
  if (kinds & (MIT_RECORD_EVENT | MIT_RECORD_EVENT_TASK | MIT_RECORD_REGISTRATION |
               MIT_RECORD_ACTOR | MIT_RECORD_TARGET_GROUP))
    reload (self);
}

/* Selection and keys */

static void
emit_selected (MitEventList *self,
               gboolean      navigate)
{
  g_signal_emit (self, signals[EVENT_SELECTED], 0, self->selected_id, navigate);
}

static void
row_selected_cb (GtkListBox    *box,
                 GtkListBoxRow *row,
                 MitEventList  *self)
{
  if (self->updating || row == NULL)
    return;

  if (row_get_event_id (row) == self->selected_id && row_get_start (row) == self->selected_start)
    return;

  self->selected_id = row_get_event_id (row);
  self->selected_start = row_get_start (row);
  /* Arrow keys only preview; a click also opens the detail page. */
  emit_selected (self, !self->in_key_press);
}

static void
row_activated_cb (GtkListBox    *box,
                  GtkListBoxRow *row,
                  MitEventList  *self)
{
  self->selected_id = row_get_event_id (row);
  self->selected_start = row_get_start (row);
  emit_selected (self, TRUE);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MitEventList          *self)
{
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) &&
      (state & gtk_accelerator_get_default_mod_mask ()) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.delete", NULL);
      return GDK_EVENT_STOP;
    }

  self->in_key_press = TRUE;
  return GDK_EVENT_PROPAGATE;
}

static void
key_released_cb (MitEventList *self)
{
  self->in_key_press = FALSE;
}

static void
mit_event_list_dispose (GObject *object)
{
  MitEventList *self = (MitEventList *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_EVENT_LIST);

  g_clear_pointer (&self->occurrences, g_array_unref);
  g_clear_pointer (&self->group_ids, g_array_unref);
  g_clear_pointer (&self->organiser_ids, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_event_list_parent_class)->dispose (object);
}

static void
mit_event_list_class_init (MitEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_event_list_dispose;

  event_id_quark = g_quark_from_static_string ("mit-event-id");
  start_quark = g_quark_from_static_string ("mit-start");
  day_quark = g_quark_from_static_string ("mit-day");

  /**
   * MitEventList::event-selected:
   * @event_id: the event
   * @navigate: TRUE when the user chose it (click, Enter), FALSE when
   *   moving through the agenda with the keyboard
   */
  signals[EVENT_SELECTED] =
    g_signal_new ("event-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/events/mit-event-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MitEventList, upcoming_button);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, past_button);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, filter_button);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, organiser_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, stack);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, scrolled);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, list_box);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, more_button);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, MitEventList, no_results_button);
  gtk_widget_class_bind_template_callback (widget_class, filter_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "event-list.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_action (widget_class, "event-list.load-more", NULL, load_more_action);
  gtk_widget_class_install_action (widget_class, "event-list.show-past", "b", show_past_action);
}

static void
mit_event_list_init (MitEventList *self)
{
  g_autoptr(GtkStringList) statuses = new_any_list (C_("filter", "Any"));
  g_autoptr(GtkStringList) groups = new_any_list (C_("filter", "Any"));
  g_autoptr(GtkStringList) organisers = new_any_list (C_("filter", "Any"));
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->occurrences = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->organiser_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->n_wanted = PAGE_SIZE;
  mit_event_filter_init (&self->filter);

  for (int status = MIT_EVENT_IDEA; status <= MIT_EVENT_STATUS_LAST; status++)
    gtk_string_list_append (statuses, mit_event_status_get_label (status));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (groups));
  gtk_drop_down_set_model (self->organiser_dropdown, G_LIST_MODEL (organisers));

  gtk_list_box_set_header_func (self->list_box, header_func, NULL, NULL);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  g_signal_connect_object (keys, "key-released", G_CALLBACK (key_released_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_box), keys);

  g_signal_connect_object (self->group_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->organiser_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->past_button, "toggled",
                           G_CALLBACK (past_toggled_cb), self, G_CONNECT_SWAPPED);

  update_state (self);
}

void
mit_event_list_set_store (MitEventList *self,
                          MitStore     *store)
{
  g_return_if_fail (MIT_IS_EVENT_LIST (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
}

void
mit_event_list_focus_search (MitEventList *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (MIT_IS_EVENT_LIST (self));

  row = gtk_list_box_get_selected_row (self->list_box);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->upcoming_button));
}

static GtkListBoxRow *
select_shown (MitEventList *self,
              gint64        id)
{
  GtkListBoxRow *row;

  self->selected_id = id;
  self->selected_start = 0;
  row = find_row (self, id, 0);
  if (row != NULL)
    self->selected_start = row_get_start (row);
  restore_selection (self);
  return row;
}

void
mit_event_list_select_id (MitEventList *self,
                          gint64        id)
{
  GtkListBoxRow *row;

  g_return_if_fail (MIT_IS_EVENT_LIST (self));

  row = select_shown (self, id);
  if (row == NULL && id > 0 && filters_are_active (self))
    {
      clear_filters (self);
      row = select_shown (self, id);
    }
  if (row == NULL && id > 0)
    {
      /* Maybe on the other side of today. */
      gboolean past = gtk_toggle_button_get_active (self->past_button);

      mit_event_list_set_show_past (self, !past);
      row = select_shown (self, id);
      if (row == NULL)
        {
          mit_event_list_set_show_past (self, past);
          select_shown (self, id);
        }
    }

  if (row != NULL)
    {
      graphene_point_t point;

      /* Scroll it into view. */
      if (gtk_widget_compute_point (GTK_WIDGET (row), GTK_WIDGET (self->list_box),
                                    &GRAPHENE_POINT_INIT (0, 0), &point))
        gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (self->scrolled),
                                   point.y, point.y + gtk_widget_get_height (GTK_WIDGET (row)));
    }
}

gint64
mit_event_list_get_selected_id (MitEventList *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_LIST (self), 0);

  return self->selected_id;
}

void
mit_event_list_set_show_past (MitEventList *self,
                              gboolean      show_past)
{
  g_return_if_fail (MIT_IS_EVENT_LIST (self));

  gtk_toggle_button_set_active (show_past ? self->past_button : self->upcoming_button, TRUE);
}

gboolean
mit_event_list_get_show_past (MitEventList *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_LIST (self), FALSE);

  return gtk_toggle_button_get_active (self->past_button);
}

void
mit_event_list_set_filter (MitEventList *self,
                           gint64        target_group_id,
                           gint64        organiser_id,
                           int           status)
{
  g_return_if_fail (MIT_IS_EVENT_LIST (self));

  self->filter.target_group_id = target_group_id;
  self->filter.organiser_id = organiser_id;
  self->filter.status = status >= MIT_EVENT_IDEA && status <= MIT_EVENT_STATUS_LAST ? status : -1;
  fill_filter_choices (self);
  reset_and_reload (self);
}

void
mit_event_list_set_now (MitEventList *self,
                        gint64        now)
{
  g_return_if_fail (MIT_IS_EVENT_LIST (self));

  self->now = now;
  reset_and_reload (self);
}

GArray *
mit_event_list_get_occurrences (MitEventList *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_LIST (self), NULL);

  return self->occurrences;
}
