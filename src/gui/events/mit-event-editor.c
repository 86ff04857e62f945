/* mit-event-editor.c: the detail page of an event
 *
 * The editor edits its own copy of the stored event (self->event): every
 * change of a field is written into it and saved 400 ms after the last
 * one, in one transaction. Times, the rule and the capacity are written
 * into the copy only when what was typed is valid, so an unfinished date
 * keeps the stored one. Tasks and registrations are saved at once, each in
 * its own transaction, and shown again on the store's "changed".
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitEventEditor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mit-actor.h"
#include "mit-debounce.h"
#include "mit-editor-rows.h"
#include "mit-event-editor.h"
#include "portal/mit-origin-banner.h"
#include "mit-event-format.h"
#include "mit-gui-util.h"
#include "mit-ics.h"
#include "mit-languages-group.h"
#include "mit-link-dialog.h"
#include "mit-person.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"
#include "mit-text-util.h"
#include "mit-validate.h"
#include "mit-vocab-row.h"

#define SAVE_DELAY_MS 400
#define MAX_CAPACITY 100000

/* The items of the combo rows, in order. */
enum { REPEAT_NONE, REPEAT_DAILY, REPEAT_WEEKLY, REPEAT_MONTHLY, REPEAT_YEARLY, REPEAT_CUSTOM };
enum { END_NEVER, END_ON_DATE, END_AFTER };

struct _MitEventEditor
{
  AdwBin             parent_instance;

  MitOriginBanner      *origin_banner;

  /* template widgets */
  AdwEntryRow       *title_row;
  MitVocabRow       *kind_row;
  AdwComboRow       *status_row;
  GtkLabel          *save_error_label;
  GtkRevealer       *conflict_revealer;
  GtkLabel          *conflict_label;
  GtkButton         *conflict_button;
  GtkSwitch         *all_day_switch;
  AdwEntryRow       *start_date_row;
  AdwEntryRow       *start_time_row;
  AdwEntryRow       *end_date_row;
  AdwEntryRow       *end_time_row;
  AdwEntryRow       *tz_row;
  GtkLabel          *time_error_label;
  AdwComboRow       *repeat_row;
  GtkWidget         *weekdays_row;
  GtkToggleButton   *day_buttons[7];
  AdwComboRow       *monthly_row;
  AdwComboRow       *monthly_weekday_row;
  AdwComboRow       *end_row;
  AdwEntryRow       *until_row;
  AdwActionRow      *count_row;
  GtkSpinButton     *count_spin;
  GtkLabel          *repeat_error_label;
  AdwPreferencesGroup *exdates_group;
  AdwEntryRow       *exdate_row;
  AdwActionRow      *venue_row;
  GtkWidget         *venue_clear_button;
  AdwEntryRow       *address_row;
  AdwEntryRow       *capacity_row;
  GtkLabel          *place_error_label;
  AdwPreferencesGroup *organisers_group;
  AdwPreferencesGroup *groups_group;
  GtkPopover        *add_group_popover;
  GtkListBox        *add_group_list;
  MitLanguagesGroup *languages_group;
  AdwPreferencesGroup *tasks_group;
  AdwPreferencesGroup *registrations_group;
  GtkTextView       *description_view;
  GtkTextView       *notes_view;

  /* owned */
  MitStore          *store;
  MitEvent          *event;
  MitDebounce       *save;
  GPtrArray         *dynamic_rows;   /* (GtkWidget, group) pairs added by rebuild_*() */
  char              *custom_rule;    /* a rule the repeat rows cannot show, kept as it is */
  guint              shown_repeat;   /* the repeat row's item before the last change */
  guint              loading : 1;
};

G_DEFINE_FINAL_TYPE (MitEventEditor, mit_event_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild_exdates (MitEventEditor *self);
static void update_conflicts (MitEventEditor *self);

/* Small helpers */

static GtkWindow *
get_parent_window (MitEventEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error_label (GtkLabel   *label,
                  const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
offer_undo (MitEventEditor *self,
            gint64          change,
            const char     *message)
{
  if (change > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.offer-undo", "(xs)", change, message);
}

/* Rows added to a preferences group, so they can be removed again. */
static void
add_dynamic_row (MitEventEditor      *self,
                 AdwPreferencesGroup *group,
                 GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->dynamic_rows, g_object_ref (row));
  g_ptr_array_add (self->dynamic_rows, group);
}

static void
clear_dynamic_rows (MitEventEditor      *self,
                    AdwPreferencesGroup *group)
{
  for (guint i = 0; i + 1 < self->dynamic_rows->len;)
    {
      if (g_ptr_array_index (self->dynamic_rows, i + 1) != group)
        {
          i += 2;
          continue;
        }
      adw_preferences_group_remove (group, g_ptr_array_index (self->dynamic_rows, i));
      g_object_unref (g_ptr_array_index (self->dynamic_rows, i));
      g_ptr_array_remove_range (self->dynamic_rows, i, 2);
    }
}

static GtkWidget *
new_placeholder_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* Saving */

static void
save_cb (gpointer data)
{
  MitEventEditor *self = data;
  g_autoptr(GError) error = NULL;

  if (self->event == NULL || self->store == NULL)
    return;

  if (!mit_store_save_event (self->store, self->event, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The changes could not be saved: %s"),
                                                  error->message);

      g_warning ("Cannot save event %" G_GINT64_FORMAT ": %s", mit_event_get_id (self->event),
                 error->message);
      show_error_label (self->save_error_label, message);
      return;
    }

  show_error_label (self->save_error_label, NULL);
  update_conflicts (self);
}

static void
changed (MitEventEditor *self)
{
  if (self->loading || self->event == NULL)
    return;

  mit_debounce_queue (self->save);
}

static void
title_changed_cb (GtkEditable    *row,
                  MitEventEditor *self)
{
  g_autofree char *title = NULL;

  if (self->loading || self->event == NULL)
    return;

  title = mit_gui_dup_stripped (row);
  if (*title == '\0')
    {
      mit_gui_set_row_error (GTK_WIDGET (self->title_row), _("An event needs a title."));
      show_error_label (self->save_error_label,
                        _("An event needs a title. Until it has one, the previous title is kept."));
      return;
    }

  mit_gui_set_row_error (GTK_WIDGET (self->title_row), NULL);
  show_error_label (self->save_error_label, NULL);
  mit_event_set_title (self->event, title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  changed (self);
}

static void
kind_changed_cb (MitEventEditor *self)
{
  const char *kind;

  if (self->loading || self->event == NULL)
    return;

  /* "Not set" is no kind an event can have: the previous one stays. */
  kind = mit_vocab_row_get_key (self->kind_row);
  if (*kind == '\0')
    return;
  mit_event_set_kind (self->event, kind);
  changed (self);
}

static void
status_changed_cb (MitEventEditor *self)
{
  guint status;

  if (self->loading || self->event == NULL)
    return;

  status = adw_combo_row_get_selected (self->status_row);
  if (status > MIT_EVENT_STATUS_LAST)
    return;
  mit_event_set_status (self->event, (MitEventStatus)status);
  changed (self);
}

/* Times */

static void
update_time_rows (MitEventEditor *self)
{
  gboolean all_day = gtk_switch_get_active (self->all_day_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->start_time_row), !all_day);
  gtk_widget_set_visible (GTK_WIDGET (self->end_time_row), !all_day);
}

/* Reads the date and time rows into the event when they are valid. */
static void
times_changed_cb (MitEventEditor *self)
{
  gboolean all_day = gtk_switch_get_active (self->all_day_switch);
  g_autofree char *start_date = mit_event_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->start_date_row)));
  g_autofree char *end_date = mit_event_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->end_date_row)));
  g_autofree char *start_time = mit_event_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->start_time_row)));
  g_autofree char *end_time = mit_event_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->end_time_row)));
  g_autofree char *tzid = mit_gui_dup_stripped (GTK_EDITABLE (self->tz_row));
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  const char *message = NULL;

  update_time_rows (self);
  if (self->loading || self->event == NULL)
    return;

  mit_gui_set_row_error (GTK_WIDGET (self->start_date_row),
                         start_date == NULL ? _("Type a date, for example 24.11.2026.") : NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->end_date_row),
                         end_date == NULL ? _("Type a date, for example 24.11.2026.") : NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->start_time_row),
                         !all_day && start_time == NULL ? _("Type a time, for example 18:00.") : NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->end_time_row),
                         !all_day && end_time == NULL ? _("Type a time, for example 20:00.") : NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->tz_row),
                         !mit_recurrence_is_known_tzid (tzid) ? _("Type a time zone such as Europe/Berlin.") : NULL);

  if (start_date == NULL || end_date == NULL)
    message = _("Dates are written like 24.11.2026 or 2026-11-24.");
  else if (!all_day && (start_time == NULL || end_time == NULL))
    message = _("Times are written like 18:00.");
  else if (!mit_recurrence_is_known_tzid (tzid))
    message = _("The time zone is not known. Use a name such as Europe/Berlin.");
  else
    {
      starts = all_day ? g_strdup (start_date) : g_strdup_printf ("%sT%s:00", start_date,
                                                                  start_time);
      ends = all_day ? g_strdup (end_date) : g_strdup_printf ("%sT%s:00", end_date, end_time);
      if (all_day ? g_strcmp0 (ends, starts) < 0 : g_strcmp0 (ends, starts) <= 0)
        message = _("The event ends before it starts. Until that is corrected, the stored times are kept.");
    }

  show_error_label (self->time_error_label, message);
  if (message != NULL)
    return;

  /* The excluded dates of a timed event may be times: keep them as they are. */
  mit_event_set_all_day (self->event, all_day);
  mit_event_set_starts (self->event, starts);
  mit_event_set_ends (self->event, ends);
  mit_event_set_tzid (self->event, tzid);
  changed (self);
}

/* When the start date moves, the end date moves with it. */
static void
start_date_changed_cb (MitEventEditor *self)
{
  g_autofree char *start_date = NULL;
  g_autofree char *end_date = NULL;
  const char *old_starts;
  GDate old_start, new_start, old_end;

  if (self->loading || self->event == NULL)
    {
      times_changed_cb (self);
      return;
    }

  start_date = mit_event_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->start_date_row)));
  end_date = mit_event_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->end_date_row)));
  old_starts = mit_event_get_starts (self->event);

  if (start_date != NULL && end_date != NULL && strlen (old_starts) >= 10)
    {
      g_autofree char *old_day = g_strndup (old_starts, 10);

      if (mit_date_parse (old_day, &old_start) && mit_date_parse (start_date, &new_start) &&
          mit_date_parse (end_date, &old_end) && g_date_compare (&old_start, &new_start) != 0)
        {
          int days = g_date_days_between (&old_start, &new_start);
          char text[16];

          g_date_add_days (&old_end, (guint)MAX (days, 0));
          if (days < 0)
            g_date_subtract_days (&old_end, (guint)-days);
          g_date_strftime (text, sizeof text, "%Y-%m-%d", &old_end);

          self->loading = TRUE;
          gtk_editable_set_text (GTK_EDITABLE (self->end_date_row), text);
          self->loading = FALSE;
        }
    }

  times_changed_cb (self);
}

/* Recurrence */

static void
update_repeat_rows (MitEventEditor *self)
{
  guint repeat = adw_combo_row_get_selected (self->repeat_row);
  guint end = adw_combo_row_get_selected (self->end_row);
  gboolean recurring = repeat != REPEAT_NONE && repeat != REPEAT_CUSTOM;

  gtk_widget_set_visible (self->weekdays_row, repeat == REPEAT_WEEKLY);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_row), repeat == REPEAT_MONTHLY);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_weekday_row),
                          repeat == REPEAT_MONTHLY && adw_combo_row_get_selected (self->monthly_row) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->end_row), recurring);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), recurring && end == END_ON_DATE);
  gtk_widget_set_visible (GTK_WIDGET (self->count_row), recurring && end == END_AFTER);
  gtk_widget_set_visible (GTK_WIDGET (self->exdates_group), repeat != REPEAT_NONE);

  if (repeat == REPEAT_CUSTOM && self->custom_rule != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->repeat_row), self->custom_rule);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->repeat_row), "");
}

/* The start's weekday (1 Monday … 7 Sunday) and its week in the month. */
static void
get_start_weekday (MitEventEditor *self,
                   int            *weekday,
                   int            *week_of_month)
{
  g_autofree char *date = mit_event_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->start_date_row)));
  GDate start;

  *weekday = 1;
  *week_of_month = 1;
  if (date == NULL || !mit_date_parse (date, &start))
    return;

  *weekday = g_date_get_weekday (&start);
  *week_of_month = (g_date_get_day (&start) - 1) / 7 + 1;
  if (*week_of_month > 4)
    *week_of_month = -1;
}

static void
repeat_changed_cb (MitEventEditor *self)
{
  guint repeat = adw_combo_row_get_selected (self->repeat_row);
  MitRepeat rule;
  g_autofree char *text = NULL;
  g_autofree char *until = NULL;

  update_repeat_rows (self);
  if (self->loading || self->event == NULL)
    return;

  if (repeat == REPEAT_CUSTOM)
    return;
  g_clear_pointer (&self->custom_rule, g_free);

  mit_repeat_init (&rule);
  rule.frequency = repeat == REPEAT_NONE ? MIT_REPEAT_NONE : (MitRepeatFrequency)repeat;

  for (guint i = 0; i < 7; i++)
    if (gtk_toggle_button_get_active (self->day_buttons[i]))
      rule.weekdays |= 1u << i;

  switch (adw_combo_row_get_selected (self->monthly_row))
    {
    case 0: rule.week_of_month = 0; break;
    case 5: rule.week_of_month = -1; break;
    default: rule.week_of_month = (int)adw_combo_row_get_selected (self->monthly_row); break;
    }
  rule.weekday = (int)adw_combo_row_get_selected (self->monthly_weekday_row) + 1;

  switch (adw_combo_row_get_selected (self->end_row))
    {
    case END_ON_DATE:
      until = mit_event_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->until_row)));
      mit_gui_set_row_error (GTK_WIDGET (self->until_row),
                             until == NULL ? _("Type a date, for example 31.12.2026.") : NULL);
      if (until == NULL)
        {
          show_error_label (self->repeat_error_label,
                            _("Type the last date, for example 31.12.2026. Until then, the stored rule is kept."));
          return;
        }
      rule.end = MIT_REPEAT_END_ON_DATE;
      g_strlcpy (rule.until, until, sizeof rule.until);
      break;

    case END_AFTER:
      rule.end = MIT_REPEAT_END_AFTER;
      rule.count = (guint)gtk_spin_button_get_value_as_int (self->count_spin);
      break;

    default:
      rule.end = MIT_REPEAT_END_NEVER;
      break;
    }
  mit_gui_set_row_error (GTK_WIDGET (self->until_row), NULL);
  show_error_label (self->repeat_error_label, NULL);

  text = mit_repeat_to_rule (&rule);
  mit_event_set_rrule (self->event, text);
  changed (self);
}

/* Choosing "Monthly" proposes the start's weekday in its week. */
static void
repeat_kind_changed_cb (MitEventEditor *self)
{
  guint repeat = adw_combo_row_get_selected (self->repeat_row);
  gboolean proposed = repeat == REPEAT_MONTHLY && self->shown_repeat != REPEAT_MONTHLY;

  if (!self->loading)
    self->shown_repeat = repeat;
  if (!self->loading && self->event != NULL && proposed)
    {
      int weekday, week;

      get_start_weekday (self, &weekday, &week);
      self->loading = TRUE;
      adw_combo_row_set_selected (self->monthly_row, week == -1 ? 5 : (guint)week);
      adw_combo_row_set_selected (self->monthly_weekday_row, (guint)(weekday - 1));
      self->loading = FALSE;
    }

  repeat_changed_cb (self);
}

static void
fill_repeat_rows (MitEventEditor *self)
{
  const char *rrule = self->event != NULL ? mit_event_get_rrule (self->event) : "";
  MitRepeat rule;
  guint repeat;

  g_clear_pointer (&self->custom_rule, g_free);
  if (!mit_repeat_parse (rrule, self->event != NULL ? mit_event_get_tzid (self->event) : NULL,
                         &rule))
    {
      self->custom_rule = g_strdup (rrule);
      repeat = REPEAT_CUSTOM;
    }
  else
    {
      repeat = rule.frequency == MIT_REPEAT_NONE ? REPEAT_NONE : (guint)rule.frequency;
    }

  adw_combo_row_set_selected (self->repeat_row, repeat);
  self->shown_repeat = repeat;
  for (guint i = 0; i < 7; i++)
    gtk_toggle_button_set_active (self->day_buttons[i], (rule.weekdays & (1u << i)) != 0);
  adw_combo_row_set_selected (self->monthly_row,
                              rule.week_of_month == -1 ? 5 : (guint)CLAMP (rule.week_of_month, 0, 4));
  adw_combo_row_set_selected (self->monthly_weekday_row, (guint)CLAMP (rule.weekday - 1, 0, 6));
  adw_combo_row_set_selected (self->end_row,
                              rule.end == MIT_REPEAT_END_ON_DATE ? END_ON_DATE :
                              rule.end == MIT_REPEAT_END_AFTER ? END_AFTER : END_NEVER);
  gtk_editable_set_text (GTK_EDITABLE (self->until_row), rule.until);
  gtk_spin_button_set_value (self->count_spin, rule.end == MIT_REPEAT_END_AFTER ? rule.count : 10);
  mit_gui_set_row_error (GTK_WIDGET (self->until_row), NULL);
  show_error_label (self->repeat_error_label, NULL);
  update_repeat_rows (self);
}

/* Excluded dates */

static char *
format_exdate (const char *exdate)
{
  g_autofree char *day = g_strndup (exdate, 10);
  g_autofree char *date = mit_date_format (day);

  if (strlen (exdate) > 11)
    /* Translators: an excluded occurrence: date and time */
    return g_strdup_printf (C_("day and time", "%s, %s"), date, exdate + 11);
  return g_steal_pointer (&date);
}

static void
rebuild_exdates (MitEventEditor *self)
{
  const char * const *exdates = self->event != NULL ? mit_event_get_exdates (self->event) : NULL;

  clear_dynamic_rows (self, self->exdates_group);
  for (guint i = 0; exdates != NULL && exdates[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = format_exdate (exdates[i]);
      g_autofree char *label = g_strdup_printf (_("Remove %s from the excluded dates"), title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      mit_editor_row_add_button (row, "user-trash-symbolic", label, "event-editor.remove-exdate",
                                 g_variant_new_string (exdates[i]));
      add_dynamic_row (self, self->exdates_group, row);
    }
}

static gboolean
add_exdate (MitEventEditor *self,
            const char     *text)
{
  g_autofree char *date = mit_event_parse_date (text);

  if (self->event == NULL)
    return FALSE;

  if (date == NULL)
    {
      mit_gui_set_row_error (GTK_WIDGET (self->exdate_row),
                             _("Type a date, for example 24.12.2026."));
      return FALSE;
    }

  mit_gui_set_row_error (GTK_WIDGET (self->exdate_row), NULL);
  mit_event_add_exdate (self->event, date);
  rebuild_exdates (self);
  changed (self);
  return TRUE;
}

static void
add_exdate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  add_exdate (MIT_EVENT_EDITOR (widget), g_variant_get_string (parameter, NULL));
}

static void
exdate_applied_cb (AdwEntryRow    *row,
                   MitEventEditor *self)
{
  if (add_exdate (self, gtk_editable_get_text (GTK_EDITABLE (row))))
    gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
remove_exdate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_auto(GStrv) exdates = NULL;

  if (self->event == NULL)
    return;

  exdates = mit_text_strv_remove (mit_event_get_exdates (self->event),
                                  g_variant_get_string (parameter, NULL));
  mit_event_set_exdates (self->event, (const char * const *)exdates);
  rebuild_exdates (self);
  changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->exdate_row));
}

/* Place, people and capacity */

static char *
dup_actor_name (MitEventEditor *self,
                gint64          id)
{
  g_autoptr(MitActor) actor = id > 0 ? mit_store_load_actor (self->store, id, NULL) : NULL;

  return actor != NULL ? g_strdup (mit_actor_get_name (actor)) : NULL;
}

static void
update_venue_row (MitEventEditor *self)
{
  gint64 venue_id = self->event != NULL ? mit_event_get_venue_id (self->event) : 0;
  g_autofree char *name = dup_actor_name (self, venue_id);

  adw_action_row_set_subtitle (self->venue_row,
                               name != NULL ? name : _("Not in the directory: type the address below"));
  gtk_widget_set_visible (self->venue_clear_button, venue_id > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->address_row), venue_id <= 0);
}

/* The link dialog asks for a role, which a venue or an organiser has not. */
static MitLinkDialog *
new_actor_dialog (MitEventEditor *self,
                  const char     *title)
{
  MitLinkDialog *dialog = mit_link_dialog_new (get_parent_window (self), self->store,
                                               MIT_RECORD_ACTOR);
  GtkWidget *role_row = (GtkWidget *)gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                    MIT_TYPE_LINK_DIALOG, "role_row");

  gtk_window_set_title (GTK_WINDOW (dialog), title);
  if (role_row != NULL && gtk_widget_get_parent (role_row) != NULL)
    gtk_widget_set_visible (gtk_widget_get_parent (role_row), FALSE);
  return dialog;
}

static void
venue_chosen_cb (MitLinkDialog  *dialog,
                 gint64          id,
                 const char     *role,
                 MitEventEditor *self)
{
  if (self->event == NULL)
    return;

  mit_event_set_venue_id (self->event, id);
  update_venue_row (self);
  changed (self);
}

static void
choose_venue_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  MitLinkDialog *dialog;

  if (self->event == NULL)
    return;

  dialog = new_actor_dialog (self, _("Choose Venue"));
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (venue_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_venue_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);

  if (self->event == NULL)
    return;

  mit_event_set_venue_id (self->event, 0);
  update_venue_row (self);
  changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->address_row));
}

static void
address_changed_cb (GtkEditable    *row,
                    MitEventEditor *self)
{
  g_autofree char *address = NULL;

  if (self->loading || self->event == NULL)
    return;

  address = mit_gui_dup_stripped (row);
  mit_event_set_venue_address (self->event, address);
  changed (self);
}

static gboolean
parse_capacity (const char *text,
                int        *capacity)
{
  g_autofree char *value = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 n;

  if (*value == '\0')
    {
      *capacity = -1;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (value, 10, 1, MAX_CAPACITY, &n, NULL))
    return FALSE;
  *capacity = (int)n;
  return TRUE;
}

static void
capacity_changed_cb (GtkEditable    *row,
                     MitEventEditor *self)
{
  int capacity;
  gboolean valid;

  if (self->loading || self->event == NULL)
    return;

  valid = parse_capacity (gtk_editable_get_text (row), &capacity);
  mit_gui_set_row_error (GTK_WIDGET (row),
                         valid ? NULL : _("The capacity is a number of people, for example 25."));
  show_error_label (self->place_error_label,
                    valid ? NULL : _("The capacity is a number of people, for example 25, or empty for no limit."));
  if (!valid)
    return;

  mit_event_set_capacity (self->event, capacity);
  changed (self);
}

static void
rebuild_organisers (MitEventEditor *self)
{
  guint n = 0;
  const gint64 *ids = self->event != NULL ? mit_event_get_organisers (self->event, &n) : NULL;
  g_autoptr(GPtrArray) actors = NULL;

  clear_dynamic_rows (self, self->organisers_group);
  if (n > 0)
    actors = mit_store_load_actors (self->store, ids, n, NULL);

  for (guint i = 0; actors != NULL && i < actors->len; i++)
    {
      MitActor *actor = g_ptr_array_index (actors, i);
      gint64 id = mit_actor_get_id (actor);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *label = g_strdup_printf (_("Remove %s from the organisers"),
                                                mit_actor_get_name (actor));
      g_autofree char *open_label = g_strdup_printf (_("Show %s"), mit_actor_get_name (actor));
      GtkWidget *open;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mit_actor_get_name (actor));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      mit_editor_row_add_button (row, "user-trash-symbolic", label, "event-editor.remove-organiser",
                                 g_variant_new_int64 (id));
      open = mit_editor_row_add_button (row, "go-next-symbolic", open_label, "win.show-actor",
                                        g_variant_new_int64 (id));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
      add_dynamic_row (self, self->organisers_group, row);
    }

  if (actors == NULL || actors->len == 0)
    add_dynamic_row (self, self->organisers_group, new_placeholder_row (_("No organisers yet")));
}

static void
organiser_chosen_cb (MitLinkDialog  *dialog,
                     gint64          id,
                     const char     *role,
                     MitEventEditor *self)
{
  guint n;
  const gint64 *ids;
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->event == NULL || mit_event_has_organiser (self->event, id))
    return;

  ids = mit_event_get_organisers (self->event, &n);
  g_array_append_vals (new_ids, ids, n);
  g_array_append_val (new_ids, id);
  mit_event_set_organisers (self->event, (const gint64 *)(gpointer)new_ids->data, new_ids->len);
  rebuild_organisers (self);
  changed (self);
}

static void
add_organiser_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  MitLinkDialog *dialog;

  if (self->event == NULL)
    return;

  dialog = new_actor_dialog (self, _("Add Organiser"));
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (organiser_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_organiser_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  gint64 id = g_variant_get_int64 (parameter);
  guint n;
  const gint64 *ids;
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->event == NULL)
    return;

  ids = mit_event_get_organisers (self->event, &n);
  for (guint i = 0; i < n; i++)
    if (ids[i] != id)
      g_array_append_val (new_ids, ids[i]);
  mit_event_set_organisers (self->event, (const gint64 *)(gpointer)new_ids->data, new_ids->len);
  rebuild_organisers (self);
  changed (self);
}

static void
rebuild_groups (MitEventEditor *self)
{
  guint n = 0;
  const gint64 *ids = self->event != NULL ? mit_event_get_target_groups (self->event, &n) : NULL;
  g_autoptr(GPtrArray) groups = NULL;

  clear_dynamic_rows (self, self->groups_group);
  if (n > 0)
    groups = mit_store_load_target_groups (self->store, ids, n, NULL);

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);
      gint64 id = mit_target_group_get_id (group);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *label = g_strdup_printf (_("Remove %s from the target groups"),
                                                mit_target_group_get_name (group));
      g_autofree char *open_label = g_strdup_printf (_("Show %s"),
                                                     mit_target_group_get_name (group));
      GtkWidget *open;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mit_target_group_get_name (group));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      mit_editor_row_add_button (row, "user-trash-symbolic", label,
                                 "event-editor.remove-target-group", g_variant_new_int64 (id));
      open = mit_editor_row_add_button (row, "go-next-symbolic", open_label,
                                        "win.show-target-group", g_variant_new_int64 (id));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
      add_dynamic_row (self, self->groups_group, row);
    }

  if (groups == NULL || groups->len == 0)
    add_dynamic_row (self, self->groups_group, new_placeholder_row (_("No target groups yet")));
}

static void
add_group_popover_show_cb (GtkPopover     *popover,
                           MitEventEditor *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->add_group_list))) != NULL)
    gtk_list_box_remove (self->add_group_list, child);

  if (self->store != NULL)
    ids = mit_store_find_target_group_ids (self->store, "", -1, FALSE, NULL);
  if (ids != NULL && ids->len > 0)
    groups = mit_store_load_target_groups (self->store, (const gint64 *)(gpointer)ids->data,
                                           ids->len, NULL);

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);
      GtkWidget *label;

      if (self->event != NULL && mit_event_has_target_group (self->event,
                                                             mit_target_group_get_id (group)))
        continue;

      label = gtk_label_new (mit_target_group_get_name (group));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
      gtk_list_box_append (self->add_group_list, label);
      g_object_set_data_full (G_OBJECT (gtk_widget_get_parent (label)), "mit-id",
                              g_memdup2 (&(gint64){ mit_target_group_get_id (group) },
                                         sizeof (gint64)),
                              g_free);
      shown++;
    }

  if (shown == 0)
    {
      GtkWidget *label = gtk_label_new (_("No other target groups"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (self->add_group_list, label);
    }
}

static void
add_target_group (MitEventEditor *self,
                  gint64          id)
{
  guint n;
  const gint64 *ids;
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->event == NULL || id <= 0 || mit_event_has_target_group (self->event, id))
    return;

  ids = mit_event_get_target_groups (self->event, &n);
  g_array_append_vals (new_ids, ids, n);
  g_array_append_val (new_ids, id);
  mit_event_set_target_groups (self->event, (const gint64 *)(gpointer)new_ids->data, new_ids->len);
  rebuild_groups (self);
  changed (self);
}

static void
add_group_activated_cb (GtkListBox     *list,
                        GtkListBoxRow  *row,
                        MitEventEditor *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "mit-id");

  gtk_popover_popdown (self->add_group_popover);
  if (id != NULL)
    add_target_group (self, *id);
}

static void
add_target_group_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  add_target_group (MIT_EVENT_EDITOR (widget), g_variant_get_int64 (parameter));
}

static void
remove_target_group_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  gint64 id = g_variant_get_int64 (parameter);
  guint n;
  const gint64 *ids;
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->event == NULL)
    return;

  ids = mit_event_get_target_groups (self->event, &n);
  for (guint i = 0; i < n; i++)
    if (ids[i] != id)
      g_array_append_val (new_ids, ids[i]);
  mit_event_set_target_groups (self->event, (const gint64 *)(gpointer)new_ids->data, new_ids->len);
  rebuild_groups (self);
  changed (self);
}

static void
languages_changed_cb (MitEventEditor *self)
{
  if (self->loading || self->event == NULL)
    return;

  mit_event_set_languages (self->event, mit_languages_group_get_languages (self->languages_group));
  changed (self);
}

static void
description_changed_cb (MitEventEditor *self)
{
  g_autofree char *text = NULL;

  if (self->loading || self->event == NULL)
    return;

  text = mit_editor_dup_text_view (self->description_view);
  mit_event_set_description (self->event, text);
  changed (self);
}

static void
notes_changed_cb (MitEventEditor *self)
{
  g_autofree char *text = NULL;

  if (self->loading || self->event == NULL)
    return;

  text = mit_editor_dup_text_view (self->notes_view);
  mit_event_set_notes (self->event, text);
  changed (self);
}

/* The overlap warning */

static void
update_conflicts (MitEventEditor *self)
{
  g_autoptr(GArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MitEvent) other = NULL;
  const MitEventConflict *first;
  MitOccurrence occurrence = { 0 };
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (self->event == NULL || self->store == NULL ||
      (mit_event_get_venue_id (self->event) <= 0 && *mit_event_get_venue_address (self->event) == '\0') ||
      mit_event_get_status (self->event) == MIT_EVENT_CANCELLED)
    {
      gtk_revealer_set_reveal_child (self->conflict_revealer, FALSE);
      return;
    }

  conflicts = mit_store_find_event_conflicts (self->store, self->event, &error);
  if (conflicts == NULL)
    {
      g_debug ("Cannot check for overlaps: %s", error->message);
      gtk_revealer_set_reveal_child (self->conflict_revealer, FALSE);
      return;
    }
  if (conflicts->len == 0)
    {
      gtk_revealer_set_reveal_child (self->conflict_revealer, FALSE);
      return;
    }

  first = &g_array_index (conflicts, MitEventConflict, 0);
  other = mit_store_load_event (self->store, first->other_event_id, NULL);
  occurrence.event_id = first->other_event_id;
  occurrence.start = first->other_start;
  occurrence.end = first->other_end;
  occurrence.all_day = other != NULL && mit_event_get_all_day (other);
  when = mit_event_format_start (&occurrence, other != NULL ? mit_event_get_tzid (other) : NULL);

  if (conflicts->len == 1)
    /* Translators: the other event's title and when it takes place */
    text = g_strdup_printf (_("“%s” takes place at the same venue at the same time, on %s."),
                            other != NULL ? mit_event_get_title (other) : "", when);
  else
    text = g_strdup_printf (ngettext ("“%s” takes place at the same venue at the same time, on %s, and %u more time.",
                                      "“%s” takes place at the same venue at the same time, on %s, and %u more times.",
                                      conflicts->len - 1),
                            other != NULL ? mit_event_get_title (other) : "", when, conflicts->len - 1);

  gtk_label_set_text (self->conflict_label, text);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->conflict_button), "x",
                                    first->other_event_id);
  gtk_revealer_set_reveal_child (self->conflict_revealer, TRUE);
}

/* Planning tasks */

static void
rebuild_tasks (MitEventEditor *self)
{
  gint64 event_id = self->event != NULL ? mit_event_get_id (self->event) : 0;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GError) error = NULL;
  guint n_open = 0;

  clear_dynamic_rows (self, self->tasks_group);
  if (event_id > 0)
    tasks = mit_store_list_event_tasks (self->store, event_id, &error);
  if (error != NULL)
    g_warning ("Cannot list the tasks: %s", error->message);

  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    {
      MitEventTask *task = g_ptr_array_index (tasks, i);
      gint64 id = mit_event_task_get_id (task);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autoptr(GString) subtitle = g_string_new (NULL);
      const char *due = mit_event_task_get_due (task);
      const char *owner = mit_event_task_get_owner_name (task);
      g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"),
                                                       mit_event_task_get_title (task));
      g_autofree char *edit_label = g_strdup_printf (_("Edit “%s”"),
                                                     mit_event_task_get_title (task));
      GtkWidget *edit;

      if (!mit_event_task_get_done (task))
        n_open++;

      if (*due != '\0')
        {
          g_autofree char *date = mit_date_format (due);

          /* Translators: when a planning task is due */
          g_string_append_printf (subtitle, _("Due %s"), date);
        }
      if (*owner != '\0')
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, " · ");
          g_string_append (subtitle, owner);
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mit_event_task_get_title (task));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      if (mit_event_task_get_done (task))
        gtk_widget_add_css_class (row, "dim-label");

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), mit_event_task_get_done (task));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, _("Done"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Done"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "event-editor.toggle-task");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "x", id);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

      mit_editor_row_add_button (row, "user-trash-symbolic", remove_label,
                                 "event-editor.remove-task", g_variant_new_int64 (id));
      edit = mit_editor_row_add_button (row, "document-edit-symbolic", edit_label,
                                        "event-editor.edit-task", g_variant_new_int64 (id));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
      add_dynamic_row (self, self->tasks_group, row);
    }

  if (tasks == NULL || tasks->len == 0)
    {
      add_dynamic_row (self, self->tasks_group, new_placeholder_row (_("No planning tasks yet")));
      adw_preferences_group_set_description (self->tasks_group, NULL);
    }
  else
    {
      g_autofree char *summary = NULL;

      if (n_open == 0)
        summary = g_strdup (_("Everything is done"));
      else
        summary = g_strdup_printf (ngettext ("%u open", "%u open", n_open), n_open);
      adw_preferences_group_set_description (self->tasks_group, summary);
    }
}

static MitEventTask *
load_task (MitEventEditor *self,
           gint64          id)
{
  g_autoptr(GPtrArray) tasks = NULL;

  if (self->event == NULL)
    return NULL;

  tasks = mit_store_list_event_tasks (self->store, mit_event_get_id (self->event), NULL);
  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    if (mit_event_task_get_id (g_ptr_array_index (tasks, i)) == id)
      return g_object_ref (g_ptr_array_index (tasks, i));
  return NULL;
}

static void
task_dialog_check (AdwMessageDialog *dialog)
{
  GtkEditable *title_row = g_object_get_data (G_OBJECT (dialog), "title-row");
  GtkEditable *due_row = g_object_get_data (G_OBJECT (dialog), "due-row");
  g_autofree char *title = mit_gui_dup_stripped (title_row);
  g_autofree char *due_text = mit_gui_dup_stripped (due_row);
  g_autofree char *due = mit_event_parse_date (due_text);
  gboolean due_ok = *due_text == '\0' || due != NULL;

  mit_gui_set_row_error (GTK_WIDGET (due_row),
                         due_ok ? NULL : _("Type a date, for example 24.11.2026."));
  adw_message_dialog_set_response_enabled (dialog, "save", *title != '\0' && due_ok);
}

static void
task_owner_update (AdwMessageDialog *dialog,
                   MitStore         *store)
{
  AdwActionRow *owner_row = g_object_get_data (G_OBJECT (dialog), "owner-row");
  gint64 *owner_id = g_object_get_data (G_OBJECT (dialog), "owner-id");
  g_autoptr(MitPerson) person = *owner_id > 0 ? mit_store_load_person (store, *owner_id,
                                                                       NULL) : NULL;

  adw_action_row_set_subtitle (owner_row,
                               person != NULL ? mit_person_get_name (person) : _("Nobody yet"));
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "owner-clear"), person != NULL);
}

static void
task_owner_chosen_cb (MitLinkDialog    *link,
                      gint64            id,
                      const char       *role,
                      AdwMessageDialog *dialog)
{
  *(gint64 *)g_object_get_data (G_OBJECT (dialog), "owner-id") = id;
  task_owner_update (dialog, g_object_get_data (G_OBJECT (dialog), "store"));
}

static void
task_choose_owner_cb (GtkButton        *button,
                      AdwMessageDialog *dialog)
{
  MitStore *store = g_object_get_data (G_OBJECT (dialog), "store");
  MitLinkDialog *link = mit_link_dialog_new (GTK_WINDOW (dialog), store, MIT_RECORD_PERSON);
  GtkWidget *role_row = (GtkWidget *)gtk_widget_get_template_child (GTK_WIDGET (link),
                                                                    MIT_TYPE_LINK_DIALOG, "role_row");

  gtk_window_set_title (GTK_WINDOW (link), _("Choose Owner"));
  if (role_row != NULL && gtk_widget_get_parent (role_row) != NULL)
    gtk_widget_set_visible (gtk_widget_get_parent (role_row), FALSE);
  g_signal_connect_object (link, "chosen", G_CALLBACK (task_owner_chosen_cb), dialog, 0);
  gtk_window_present (GTK_WINDOW (link));
}

static void
task_clear_owner_cb (GtkButton        *button,
                     AdwMessageDialog *dialog)
{
  *(gint64 *)g_object_get_data (G_OBJECT (dialog), "owner-id") = 0;
  task_owner_update (dialog, g_object_get_data (G_OBJECT (dialog), "store"));
}

static void
task_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  MitEventEditor   *self)
{
  MitEventTask *task = g_object_get_data (G_OBJECT (dialog), "task");
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save") || self->store == NULL)
    return;

  title = mit_gui_dup_stripped (g_object_get_data (G_OBJECT (dialog), "title-row"));
  due = mit_event_parse_date (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog),
                                                                        "due-row")));
  mit_event_task_set_title (task, title);
  mit_event_task_set_due (task, due != NULL ? due : "");
  mit_event_task_set_owner_id (task, *(gint64 *)g_object_get_data (G_OBJECT (dialog), "owner-id"));

  if (!mit_store_save_event_task (self->store, task, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The task could not be saved: %s"),
                                                  error->message);

      show_error_label (self->save_error_label, message);
    }
}

static GtkWidget *
new_entry_row (const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return row;
}

/* A dialog for a new task (@task without id) or for changing one. */
static AdwMessageDialog *
present_task_dialog (MitEventEditor *self,
                     MitEventTask   *task)
{
  gboolean is_new = mit_event_task_get_id (task) <= 0;
  AdwMessageDialog *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *title_row = new_entry_row (_("Task"), mit_event_task_get_title (task));
  GtkWidget *due_row = new_entry_row (_("Due Date"), mit_event_task_get_due (task));
  GtkWidget *owner_row = adw_action_row_new ();
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose…"));
  GtkWidget *clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gint64 *owner_id = g_new (gint64, 1);

  *owner_id = mit_event_task_get_owner_id (task);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       is_new ? _("New Planning Task") : _("Edit Planning Task"),
                                                       NULL));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", is_new ? C_("verb", "_Add") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_widget_set_tooltip_text (due_row, _("For example 24.11.2026; may be empty"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (owner_row), _("Owner"));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (choose, _("Choose the Person Responsible"));
  gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (clear, "flat");
  gtk_widget_set_tooltip_text (clear, _("Remove Owner"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Owner"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (owner_row), clear);
  adw_action_row_add_suffix (ADW_ACTION_ROW (owner_row), choose);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), title_row);
  gtk_list_box_append (GTK_LIST_BOX (list), due_row);
  gtk_list_box_append (GTK_LIST_BOX (list), owner_row);
  adw_message_dialog_set_extra_child (dialog, list);

  g_object_set_data_full (G_OBJECT (dialog), "task", g_object_ref (task), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (self->store), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "owner-id", owner_id, g_free);
  g_object_set_data (G_OBJECT (dialog), "title-row", title_row);
  g_object_set_data (G_OBJECT (dialog), "due-row", due_row);
  g_object_set_data (G_OBJECT (dialog), "owner-row", owner_row);
  g_object_set_data (G_OBJECT (dialog), "owner-clear", clear);

  g_signal_connect_swapped (title_row, "changed", G_CALLBACK (task_dialog_check), dialog);
  g_signal_connect_swapped (due_row, "changed", G_CALLBACK (task_dialog_check), dialog);
  g_signal_connect (choose, "clicked", G_CALLBACK (task_choose_owner_cb), dialog);
  g_signal_connect (clear, "clicked", G_CALLBACK (task_clear_owner_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (task_response_cb), self, 0);

  task_dialog_check (dialog);
  task_owner_update (dialog, self->store);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (title_row);
  return dialog;
}

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_autoptr(MitEventTask) task = NULL;

  if (self->event == NULL)
    return;

  mit_debounce_flush (self->save);
  task = mit_event_task_new (mit_event_get_id (self->event));
  present_task_dialog (self, task);
}

static void
edit_task_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_autoptr(MitEventTask) task = load_task (self, g_variant_get_int64 (parameter));

  if (task != NULL)
    present_task_dialog (self, task);
}

static void
toggle_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_autoptr(MitEventTask) task = load_task (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;

  if (task == NULL)
    return;

  mit_event_task_set_done (task, !mit_event_task_get_done (task));
  if (!mit_store_save_event_task (self->store, task, &error))
    g_warning ("Cannot save the task: %s", error->message);
}

static void
remove_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 change;

  if (self->event == NULL)
    return;

  change = mit_store_delete_event_task (self->store, g_variant_get_int64 (parameter), &error);
  if (change <= 0)
    {
      g_warning ("Cannot delete the task: %s", error->message);
      return;
    }
  offer_undo (self, change, _("Task removed"));
}

/* Registrations */

static void
rebuild_registrations (MitEventEditor *self)
{
  gint64 event_id = self->event != NULL ? mit_event_get_id (self->event) : 0;
  g_autoptr(GPtrArray) registrations = NULL;
  g_autoptr(GError) error = NULL;
  guint n_taken = 0, n_waiting = 0;

  clear_dynamic_rows (self, self->registrations_group);
  if (event_id > 0)
    {
      registrations = mit_store_list_registrations (self->store, event_id, &error);
      mit_store_count_registrations (self->store, event_id, &n_taken, &n_waiting);
    }
  if (error != NULL)
    g_warning ("Cannot list the registrations: %s", error->message);

  for (guint i = 0; registrations != NULL && i < registrations->len; i++)
    {
      MitRegistration *registration = g_ptr_array_index (registrations, i);
      MitRegistrationStatus status = mit_registration_get_status (registration);
      gint64 id = mit_registration_get_id (registration);
      const char *name = mit_registration_get_name (registration);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *pill = gtk_label_new (mit_registration_status_get_label (status));
      GtkWidget *menu_button = gtk_menu_button_new ();
      g_autoptr(GMenu) menu = g_menu_new ();
      g_autoptr(GMenu) attendance = g_menu_new ();
      g_autoptr(GMenu) others = g_menu_new ();
      g_autoptr(GString) subtitle = g_string_new (mit_registration_get_contact (registration));
      g_autofree char *menu_label = g_strdup_printf (_("Change the Registration of %s"), name);
      GtkWidget *edit;

      if (*mit_registration_get_organisation (registration) != '\0')
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, " · ");
          g_string_append (subtitle, mit_registration_get_organisation (registration));
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      if (status == MIT_REGISTRATION_CANCELLED)
        gtk_widget_add_css_class (row, "dim-label");

      gtk_widget_add_css_class (pill, "mit-level-pill");
      gtk_widget_add_css_class (pill, "caption");
      gtk_widget_add_css_class (pill, status == MIT_REGISTRATION_WAITING ? "mit-level-medium" :
                                      status == MIT_REGISTRATION_CANCELLED ? "mit-level-unknown" :
                                      status == MIT_REGISTRATION_NO_SHOW ? "mit-level-little" :
                                      "mit-level-good");
      gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

      {
        static const struct { MitRegistrationStatus status; const char *label; gboolean attendance; } items[] = {
          { MIT_REGISTRATION_ATTENDED, N_("_Attended"), TRUE },
          { MIT_REGISTRATION_NO_SHOW, N_("_No-Show"), TRUE },
          { MIT_REGISTRATION_REGISTERED, N_("_Registered"), FALSE },
          { MIT_REGISTRATION_CANCELLED, N_("_Cancel Registration"), FALSE },
        };

        for (guint k = 0; k < G_N_ELEMENTS (items); k++)
          {
            g_autoptr(GMenuItem) item = NULL;

            if (items[k].status == status)
              continue;
            if (items[k].attendance && !mit_registration_status_holds_place (status))
              continue;
            item = g_menu_item_new (_(items[k].label), NULL);
            g_menu_item_set_action_and_target_value (item, "event-editor.set-registration-status",
                                                     g_variant_new ("(xi)", id,
                                                                    (gint32)items[k].status));
            g_menu_append_item (items[k].attendance ? attendance : others, item);
          }
      }
      {
        g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove"), NULL);

        g_menu_item_set_action_and_target_value (remove, "event-editor.remove-registration",
                                                 g_variant_new_int64 (id));
        g_menu_append_item (others, remove);
      }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (attendance));
      g_menu_append_section (menu, NULL, G_MENU_MODEL (others));

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
      gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (menu_button, "flat");
      gtk_widget_set_tooltip_text (menu_button, menu_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      menu_label, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);

      edit = gtk_button_new ();
      gtk_widget_set_visible (edit, FALSE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "event-editor.edit-registration");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "x", id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);

      add_dynamic_row (self, self->registrations_group, row);
    }

  if (registrations == NULL || registrations->len == 0)
    {
      add_dynamic_row (self, self->registrations_group,
                       new_placeholder_row (_("No registrations yet")));
      adw_preferences_group_set_description (self->registrations_group, NULL);
    }
  else
    {
      g_autoptr(GString) summary = g_string_new (NULL);
      int capacity = mit_event_get_capacity (self->event);

      g_string_append_printf (summary, ngettext ("%u registered", "%u registered", n_taken),
                              n_taken);
      if (n_waiting > 0)
        {
          g_string_append (summary, ", ");
          g_string_append_printf (summary, ngettext ("%u on the waiting list",
                                                     "%u on the waiting list",
                                                     n_waiting), n_waiting);
        }
      if (capacity >= 0)
        {
          g_string_append (summary, " · ");
          g_string_append_printf (summary, ngettext ("%d place", "%d places", capacity), capacity);
        }
      adw_preferences_group_set_description (self->registrations_group, summary->str);
    }
}

static void
registration_dialog_check (AdwMessageDialog *dialog)
{
  g_autofree char *name = mit_gui_dup_stripped (g_object_get_data (G_OBJECT (dialog), "name-row"));

  adw_message_dialog_set_response_enabled (dialog, "save", *name != '\0');
}

static void
registration_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          MitEventEditor   *self)
{
  MitRegistration *registration = g_object_get_data (G_OBJECT (dialog), "registration");
  g_autofree char *name = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *organisation = NULL;
  guint consent;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save") || self->store == NULL)
    return;

  name = mit_gui_dup_stripped (g_object_get_data (G_OBJECT (dialog), "name-row"));
  contact = mit_gui_dup_stripped (g_object_get_data (G_OBJECT (dialog), "contact-row"));
  organisation = mit_gui_dup_stripped (g_object_get_data (G_OBJECT (dialog), "organisation-row"));
  consent = adw_combo_row_get_selected (g_object_get_data (G_OBJECT (dialog), "consent-row"));

  mit_registration_set_name (registration, name);
  mit_registration_set_contact (registration, contact);
  mit_registration_set_organisation (registration, organisation);
  mit_registration_set_consent (registration,
                                consent <= MIT_CONSENT_LAST ? (MitConsent)consent : MIT_CONSENT_NONE);

  if (!mit_store_save_registration (self->store, registration, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The registration could not be saved: %s"),
                                                  error->message);

      show_error_label (self->save_error_label, message);
    }
}

static AdwMessageDialog *
present_registration_dialog (MitEventEditor  *self,
                             MitRegistration *registration)
{
  gboolean is_new = mit_registration_get_id (registration) <= 0;
  AdwMessageDialog *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *name_row = new_entry_row (_("Name"), mit_registration_get_name (registration));
  GtkWidget *contact_row = new_entry_row (_("E-Mail or Phone"),
                                          mit_registration_get_contact (registration));
  GtkWidget *organisation_row = new_entry_row (_("Organisation"),
                                               mit_registration_get_organisation (registration));
  GtkWidget *consent_row = adw_combo_row_new ();
  g_autoptr(GtkStringList) consents = gtk_string_list_new (NULL);

  for (int c = MIT_CONSENT_NONE; c <= MIT_CONSENT_LAST; c++)
    gtk_string_list_append (consents, mit_text_get_consent_label (c));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (consent_row), _("Name May Be Published"));
  adw_combo_row_set_model (ADW_COMBO_ROW (consent_row), G_LIST_MODEL (consents));
  adw_combo_row_set_selected (ADW_COMBO_ROW (consent_row),
                              mit_registration_get_consent (registration));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       is_new ? _("New Registration") : _("Edit Registration"),
                                                       is_new ? _("Beyond the capacity, the registration goes to the waiting list.") : NULL));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save", is_new ? C_("verb", "_Add") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), name_row);
  gtk_list_box_append (GTK_LIST_BOX (list), contact_row);
  gtk_list_box_append (GTK_LIST_BOX (list), organisation_row);
  gtk_list_box_append (GTK_LIST_BOX (list), consent_row);
  adw_message_dialog_set_extra_child (dialog, list);

  g_object_set_data_full (G_OBJECT (dialog), "registration", g_object_ref (registration),
                          g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "name-row", name_row);
  g_object_set_data (G_OBJECT (dialog), "contact-row", contact_row);
  g_object_set_data (G_OBJECT (dialog), "organisation-row", organisation_row);
  g_object_set_data (G_OBJECT (dialog), "consent-row", consent_row);

  g_signal_connect_swapped (name_row, "changed", G_CALLBACK (registration_dialog_check), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (registration_response_cb), self, 0);

  registration_dialog_check (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name_row);
  return dialog;
}

static void
add_registration_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_autoptr(MitRegistration) registration = NULL;

  if (self->event == NULL)
    return;

  /* The capacity typed last decides about the waiting list. */
  mit_debounce_flush (self->save);
  registration = mit_registration_new (mit_event_get_id (self->event));
  present_registration_dialog (self, registration);
}

static void
edit_registration_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_autoptr(MitRegistration) registration = NULL;

  if (self->event == NULL)
    return;

  registration = mit_store_load_registration (self->store, g_variant_get_int64 (parameter), NULL);
  if (registration != NULL)
    present_registration_dialog (self, registration);
}

static void
set_registration_status_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  gint32 status;

  if (self->event == NULL)
    return;

  g_variant_get (parameter, "(xi)", &id, &status);
  if (status < 0 || status > MIT_REGISTRATION_STATUS_LAST)
    return;

  mit_debounce_flush (self->save);
  if (mit_store_set_registration_status (self->store, id, (MitRegistrationStatus)status,
                                         &error) <= 0)
    {
      g_autofree char *message = g_strdup_printf (_("The registration could not be changed: %s"),
                                                  error->message);

      show_error_label (self->save_error_label, message);
    }
}

static void
remove_registration_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 change;

  if (self->event == NULL)
    return;

  change = mit_store_delete_registration (self->store, g_variant_get_int64 (parameter), &error);
  if (change <= 0)
    {
      g_warning ("Cannot delete the registration: %s", error->message);
      return;
    }
  offer_undo (self, change, _("Registration removed"));
}

/* Export */

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MitEventEditor  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (response == GTK_RESPONSE_ACCEPT && self->event != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      id = mit_event_get_id (self->event);
      if (!mit_ics_export_file (self->store, path, &id, 1, NULL, &error))
        {
          g_autofree char *message = g_strdup_printf (_("The event could not be exported: %s"),
                                                      error->message);

          show_error_label (self->save_error_label, message);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->event == NULL)
    return;

  mit_debounce_flush (self->save);
  chooser = gtk_file_chooser_native_new (_("Export as iCalendar"), get_parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Slashes would name folders. */
  name = g_strdelimit (g_strconcat (mit_event_get_title (self->event), ".ics", NULL), "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Loading */

static void
fill_times (MitEventEditor *self)
{
  MitEvent *event = self->event;
  const char *starts = event != NULL ? mit_event_get_starts (event) : "";
  const char *ends = event != NULL ? mit_event_get_ends (event) : "";
  g_autofree char *start_date = g_strndup (starts, 10);
  g_autofree char *end_date = g_strndup (ends, 10);
  g_autofree char *start_time = strlen (starts) >= 16 ? g_strndup (starts + 11, 5) : g_strdup ("");
  g_autofree char *end_time = strlen (ends) >= 16 ? g_strndup (ends + 11, 5) : g_strdup ("");

  gtk_switch_set_active (self->all_day_switch, event != NULL && mit_event_get_all_day (event));
  gtk_editable_set_text (GTK_EDITABLE (self->start_date_row), start_date);
  gtk_editable_set_text (GTK_EDITABLE (self->start_time_row), start_time);
  gtk_editable_set_text (GTK_EDITABLE (self->end_date_row), end_date);
  gtk_editable_set_text (GTK_EDITABLE (self->end_time_row), end_time);
  gtk_editable_set_text (GTK_EDITABLE (self->tz_row),
                         event != NULL ? mit_event_get_tzid (event) : "");
  mit_gui_set_row_error (GTK_WIDGET (self->start_date_row), NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->start_time_row), NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->end_date_row), NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->end_time_row), NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->tz_row), NULL);
  show_error_label (self->time_error_label, NULL);
  update_time_rows (self);
}

static void
fill_widgets (MitEventEditor *self)
{
  MitEvent *event = self->event;
  g_autofree char *capacity = NULL;

  self->loading = TRUE;

  if (event != NULL && mit_event_get_capacity (event) >= 0)
    capacity = g_strdup_printf ("%d", mit_event_get_capacity (event));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), event ? mit_event_get_title (event) : "");
  mit_gui_set_row_error (GTK_WIDGET (self->title_row), NULL);
  if (self->store != NULL)
    mit_vocab_row_set_key (self->kind_row, event ? mit_event_get_kind (event) : "");
  adw_combo_row_set_selected (self->status_row, event ? (guint)mit_event_get_status (event) : 0);
  fill_times (self);
  fill_repeat_rows (self);
  gtk_editable_set_text (GTK_EDITABLE (self->exdate_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->address_row),
                         event ? mit_event_get_venue_address (event) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->capacity_row), capacity != NULL ? capacity : "");
  mit_gui_set_row_error (GTK_WIDGET (self->capacity_row), NULL);
  mit_languages_group_set_languages (self->languages_group,
                                     event ? mit_event_get_languages (event) : NULL);
  mit_editor_set_text_view (self->description_view, event ? mit_event_get_description (event) : "");
  mit_editor_set_text_view (self->notes_view, event ? mit_event_get_notes (event) : "");

  self->loading = FALSE;

  show_error_label (self->save_error_label, NULL);
  show_error_label (self->place_error_label, NULL);
  if (self->store != NULL)
    {
      update_venue_row (self);
      rebuild_exdates (self);
      rebuild_organisers (self);
      rebuild_groups (self);
      rebuild_tasks (self);
      rebuild_registrations (self);
      update_conflicts (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
store_changed_cb (MitStore       *store,
                  guint           kinds,
                  MitEventEditor *self)
{
  if (self->event == NULL)
    return;

  /* Someone else (an undo, an import, another program) changed the event
   * shown: show their version, unless an edit of ours is still to be
   * stored. */
  if ((kinds & MIT_RECORD_EVENT) && !mit_debounce_is_queued (self->save))
    {
      g_autoptr(MitEvent) stored = mit_store_load_event (store, mit_event_get_id (self->event),
                                                         NULL);

      if (stored != NULL && !mit_event_equal_content (stored, self->event))
        {
          g_set_object (&self->event, stored);
          fill_widgets (self);
          return;
        }
    }

  if (kinds & MIT_RECORD_EVENT_TASK || kinds & MIT_RECORD_PERSON)
    rebuild_tasks (self);
  if (kinds & (MIT_RECORD_REGISTRATION | MIT_RECORD_EVENT))
    rebuild_registrations (self);
  if (kinds & MIT_RECORD_ACTOR)
    {
      update_venue_row (self);
      rebuild_organisers (self);
    }
  if (kinds & MIT_RECORD_TARGET_GROUP)
    rebuild_groups (self);
  if (kinds & MIT_RECORD_EVENT)
    update_conflicts (self);
}

static void
mit_event_editor_dispose (GObject *object)
{
  MitEventEditor *self = (MitEventEditor *)object;

  /* Whatever was typed last is kept. */
  if (self->save != NULL)
    mit_debounce_flush (self->save);
  g_clear_pointer (&self->save, mit_debounce_free);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->event);

  if (self->dynamic_rows != NULL)
    for (guint i = 0; i < self->dynamic_rows->len; i += 2)
      g_object_unref (g_ptr_array_index (self->dynamic_rows, i));
  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_EVENT_EDITOR);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_event_editor_parent_class)->dispose (object);
}

static void
mit_event_editor_finalize (GObject *object)
{
  MitEventEditor *self = (MitEventEditor *)object;

  g_clear_pointer (&self->custom_rule, g_free);

  G_OBJECT_CLASS (mit_event_editor_parent_class)->finalize (object);
}

static void
mit_event_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MitEventEditor *self = MIT_EVENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mit_event_editor_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_event_editor_class_init (MitEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_event_editor_dispose;
  object_class->finalize = mit_event_editor_finalize;
  object_class->get_property = mit_event_editor_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIT_TYPE_LANGUAGES_GROUP);
  g_type_ensure (MIT_TYPE_VOCAB_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/events/mit-event-editor.ui");
  g_type_ensure (MIT_TYPE_ORIGIN_BANNER);
  gtk_widget_class_bind_template_child (widget_class, MitEventEditor, origin_banner);
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MitEventEditor, name)
  BIND (title_row);
  BIND (kind_row);
  BIND (status_row);
  BIND (save_error_label);
  BIND (conflict_revealer);
  BIND (conflict_label);
  BIND (conflict_button);
  BIND (all_day_switch);
  BIND (start_date_row);
  BIND (start_time_row);
  BIND (end_date_row);
  BIND (end_time_row);
  BIND (tz_row);
  BIND (time_error_label);
  BIND (repeat_row);
  BIND (weekdays_row);
  BIND (monthly_row);
  BIND (monthly_weekday_row);
  BIND (end_row);
  BIND (until_row);
  BIND (count_row);
  BIND (count_spin);
  BIND (repeat_error_label);
  BIND (exdates_group);
  BIND (exdate_row);
  BIND (venue_row);
  BIND (venue_clear_button);
  BIND (address_row);
  BIND (capacity_row);
  BIND (place_error_label);
  BIND (organisers_group);
  BIND (groups_group);
  BIND (add_group_popover);
  BIND (add_group_list);
  BIND (languages_group);
  BIND (tasks_group);
  BIND (registrations_group);
  BIND (description_view);
  BIND (notes_view);
#undef BIND
  gtk_widget_class_bind_template_child_full (widget_class, "day_button_0", FALSE,
                                             G_STRUCT_OFFSET (MitEventEditor, day_buttons[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_button_1", FALSE,
                                             G_STRUCT_OFFSET (MitEventEditor, day_buttons[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_button_2", FALSE,
                                             G_STRUCT_OFFSET (MitEventEditor, day_buttons[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_button_3", FALSE,
                                             G_STRUCT_OFFSET (MitEventEditor, day_buttons[3]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_button_4", FALSE,
                                             G_STRUCT_OFFSET (MitEventEditor, day_buttons[4]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_button_5", FALSE,
                                             G_STRUCT_OFFSET (MitEventEditor, day_buttons[5]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_button_6", FALSE,
                                             G_STRUCT_OFFSET (MitEventEditor, day_buttons[6]));
  gtk_widget_class_bind_template_callback (widget_class, add_group_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_group_activated_cb);

  gtk_widget_class_install_action (widget_class, "event-editor.choose-venue", NULL,
                                   choose_venue_action);
  gtk_widget_class_install_action (widget_class, "event-editor.clear-venue", NULL,
                                   clear_venue_action);
  gtk_widget_class_install_action (widget_class, "event-editor.add-organiser", NULL,
                                   add_organiser_action);
  gtk_widget_class_install_action (widget_class, "event-editor.remove-organiser", "x",
                                   remove_organiser_action);
  gtk_widget_class_install_action (widget_class, "event-editor.add-target-group", "x",
                                   add_target_group_action);
  gtk_widget_class_install_action (widget_class, "event-editor.remove-target-group", "x",
                                   remove_target_group_action);
  gtk_widget_class_install_action (widget_class, "event-editor.add-exdate", "s", add_exdate_action);
  gtk_widget_class_install_action (widget_class, "event-editor.remove-exdate", "s",
                                   remove_exdate_action);
  gtk_widget_class_install_action (widget_class, "event-editor.add-task", NULL, add_task_action);
  gtk_widget_class_install_action (widget_class, "event-editor.edit-task", "x", edit_task_action);
  gtk_widget_class_install_action (widget_class, "event-editor.toggle-task", "x",
                                   toggle_task_action);
  gtk_widget_class_install_action (widget_class, "event-editor.remove-task", "x",
                                   remove_task_action);
  gtk_widget_class_install_action (widget_class, "event-editor.add-registration", NULL,
                                   add_registration_action);
  gtk_widget_class_install_action (widget_class, "event-editor.edit-registration", "x",
                                   edit_registration_action);
  gtk_widget_class_install_action (widget_class, "event-editor.set-registration-status", "(xi)",
                                   set_registration_status_action);
  gtk_widget_class_install_action (widget_class, "event-editor.remove-registration", "x",
                                   remove_registration_action);
  gtk_widget_class_install_action (widget_class, "event-editor.export", NULL, export_action);
}

static GListModel *
new_string_model (const char * const *strings)
{
  return G_LIST_MODEL (gtk_string_list_new (strings));
}

static void
mit_event_editor_init (MitEventEditor *self)
{
  const char *repeats[] = {
    C_("recurrence", "Does Not Repeat"), C_("recurrence", "Daily"), C_("recurrence", "Weekly"),
    C_("recurrence", "Monthly"), C_("recurrence", "Yearly"), C_("recurrence", "Custom Rule"), NULL
  };
  const char *weeks[] = {
    C_("monthly recurrence", "Same Day of the Month"), C_("monthly recurrence", "First"),
    C_("monthly recurrence", "Second"), C_("monthly recurrence", "Third"),
    C_("monthly recurrence", "Fourth"), C_("monthly recurrence", "Last"), NULL
  };
  const char *weekdays[] = {
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday"), NULL
  };
  const char *ends[] = {
    C_("recurrence ends", "Never"), C_("recurrence ends", "On a Date"),
    C_("recurrence ends", "After a Number of Times"), NULL
  };
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GListModel) repeat_model = new_string_model (repeats);
  g_autoptr(GListModel) week_model = new_string_model (weeks);
  g_autoptr(GListModel) weekday_model = new_string_model (weekdays);
  g_autoptr(GListModel) end_model = new_string_model (ends);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->save = mit_debounce_new (SAVE_DELAY_MS, save_cb, self);
  self->dynamic_rows = g_ptr_array_new ();

  for (int status = MIT_EVENT_IDEA; status <= MIT_EVENT_STATUS_LAST; status++)
    gtk_string_list_append (statuses, mit_event_status_get_label (status));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->repeat_row, repeat_model);
  adw_combo_row_set_model (self->monthly_row, week_model);
  adw_combo_row_set_model (self->monthly_weekday_row, weekday_model);
  adw_combo_row_set_model (self->end_row, end_model);

  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (title_changed_cb), self, 0);
  g_signal_connect_object (self->kind_row, "notify::key", G_CALLBACK (kind_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_row, "notify::selected",
                           G_CALLBACK (status_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->all_day_switch, "notify::active",
                           G_CALLBACK (times_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->start_date_row, "changed",
                           G_CALLBACK (start_date_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->start_time_row, "changed", G_CALLBACK (times_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->end_date_row, "changed", G_CALLBACK (times_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->end_time_row, "changed", G_CALLBACK (times_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tz_row, "changed", G_CALLBACK (times_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->repeat_row, "notify::selected",
                           G_CALLBACK (repeat_kind_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < 7; i++)
    g_signal_connect_object (self->day_buttons[i], "toggled",
                             G_CALLBACK (repeat_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->monthly_row, "notify::selected",
                           G_CALLBACK (repeat_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->monthly_weekday_row, "notify::selected",
                           G_CALLBACK (repeat_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->end_row, "notify::selected",
                           G_CALLBACK (repeat_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->until_row, "changed", G_CALLBACK (repeat_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->count_spin, "value-changed",
                           G_CALLBACK (repeat_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->exdate_row, "apply", G_CALLBACK (exdate_applied_cb), self, 0);
  g_signal_connect_object (self->exdate_row, "entry-activated", G_CALLBACK (exdate_applied_cb),
                           self, 0);

  g_signal_connect_object (self->address_row, "changed", G_CALLBACK (address_changed_cb), self, 0);
  g_signal_connect_object (self->capacity_row, "changed", G_CALLBACK (capacity_changed_cb), self,
                           0);
  g_signal_connect_object (self->languages_group, "notify::languages",
                           G_CALLBACK (languages_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (description_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);

  update_repeat_rows (self);
  update_time_rows (self);
}

void
mit_event_editor_set_store (MitEventEditor *self,
                            MitStore       *store)
{
  g_return_if_fail (MIT_IS_EVENT_EDITOR (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  self->loading = TRUE;
  mit_vocab_row_set_store (self->kind_row, store, "event-kind");
  self->loading = FALSE;
}

gboolean
mit_event_editor_load (MitEventEditor *self,
                       gint64          id)
{
  g_autoptr(MitEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MIT_IS_EVENT_EDITOR (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  mit_debounce_flush (self->save);

  if (id > 0)
    {
      event = mit_store_load_event (self->store, id, &error);
      if (event == NULL)
        g_debug ("Cannot load event %" G_GINT64_FORMAT ": %s", id, error->message);
    }

  g_set_object (&self->event, event);
  fill_widgets (self);
  mit_origin_banner_set_record (self->origin_banner, self->store, "event",
                                self->event != NULL ? mit_event_get_id (self->event) : 0);

  if (self->event != NULL)
    {
      /* Start at the top for every event. */
      GtkWidget *scrolled = gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (self)));

      if (GTK_IS_SCROLLED_WINDOW (scrolled))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
    }

  return self->event != NULL || id == 0;
}

gint64
mit_event_editor_get_event_id (MitEventEditor *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_EDITOR (self), 0);

  return self->event != NULL ? mit_event_get_id (self->event) : 0;
}

const char *
mit_event_editor_get_title (MitEventEditor *self)
{
  g_return_val_if_fail (MIT_IS_EVENT_EDITOR (self), NULL);

  return self->event != NULL ? mit_event_get_title (self->event) : "";
}

void
mit_event_editor_flush (MitEventEditor *self)
{
  g_return_if_fail (MIT_IS_EVENT_EDITOR (self));

  mit_debounce_flush (self->save);
}

void
mit_event_editor_focus_title (MitEventEditor *self)
{
  g_return_if_fail (MIT_IS_EVENT_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
