/* mit-new-event-dialog.c: add an event with its title, kind and start
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitNewEventDialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mit-event-format.h"
#include "mit-gui-util.h"
#include "mit-new-event-dialog.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-vocab-row.h"

#define DEFAULT_HOURS 2

struct _MitNewEventDialog
{
  AdwWindow    parent_instance;

  /* template widgets */
  AdwEntryRow *title_row;
  MitVocabRow *kind_row;
  AdwEntryRow *date_row;
  AdwEntryRow *time_row;
  GtkLabel    *error_label;

  /* owned */
  MitStore    *store;
};

G_DEFINE_FINAL_TYPE (MitNewEventDialog, mit_new_event_dialog, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Whether the input can be added; marks the rows that cannot. */
static gboolean
check_input (MitNewEventDialog *self)
{
  g_autofree char *title = mit_gui_dup_stripped (GTK_EDITABLE (self->title_row));
  g_autofree char *date = mit_event_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *time_text = mit_gui_dup_stripped (GTK_EDITABLE (self->time_row));
  g_autofree char *time = mit_event_parse_time (time_text);
  gboolean time_ok = *time_text == '\0' || time != NULL;
  gboolean ok = *title != '\0' && date != NULL && time_ok;

  mit_gui_set_row_error (GTK_WIDGET (self->date_row),
                         date == NULL ? _("Type a date, for example 24.11.2026.") : NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->time_row),
                         time_ok ? NULL : _("Type a time, for example 18:00, or leave it empty."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-event.add", ok);
  return ok;
}

static void
input_changed_cb (MitNewEventDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  check_input (self);
}

static void
entry_activated_cb (MitNewEventDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "new-event.add", NULL);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MitNewEventDialog *self = MIT_NEW_EVENT_DIALOG (widget);
  g_autoptr(MitEvent) event = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autoptr(GError) error = NULL;
  const char *kind;

  if (!check_input (self))
    return;

  title = mit_gui_dup_stripped (GTK_EDITABLE (self->title_row));
  date = mit_event_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  time = mit_event_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)));
  kind = mit_vocab_row_get_key (self->kind_row);

  event = mit_event_new ();
  mit_event_set_title (event, title);
  mit_event_set_kind (event, *kind != '\0' ? kind : MIT_EVENT_KIND_OTHER);
  mit_event_set_tzid (event, MIT_EVENT_DEFAULT_TZID);
  if (time == NULL)
    {
      mit_event_set_all_day (event, TRUE);
      mit_event_set_starts (event, date);
      mit_event_set_ends (event, date);
    }
  else
    {
      int year, month, day, hour, minute;
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      g_autofree char *starts = NULL;
      g_autofree char *ends = NULL;

      /* Wall-clock arithmetic, as if in UTC: the end is two hours later
       * on the clock, whatever the daylight saving does. */
      sscanf (date, "%d-%d-%d", &year, &month, &day);
      sscanf (time, "%d:%d", &hour, &minute);
      start = g_date_time_new_utc (year, month, day, hour, minute, 0);
      end = g_date_time_add_hours (start, DEFAULT_HOURS);
      starts = g_date_time_format (start, "%Y-%m-%dT%H:%M:%S");
      ends = g_date_time_format (end, "%Y-%m-%dT%H:%M:%S");
      mit_event_set_starts (event, starts);
      mit_event_set_ends (event, ends);
    }

  if (!mit_store_save_event (self->store, event, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The event could not be added: %s"),
                                                  error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[DONE], 0, mit_event_get_id (event));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mit_new_event_dialog_dispose (GObject *object)
{
  MitNewEventDialog *self = (MitNewEventDialog *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_new_event_dialog_parent_class)->dispose (object);
}

static void
mit_new_event_dialog_class_init (MitNewEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_new_event_dialog_dispose;

  /**
   * MitNewEventDialog::done:
   * @id: the new event
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (MIT_TYPE_VOCAB_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/events/mit-new-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitNewEventDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewEventDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewEventDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewEventDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewEventDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, input_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "new-event.add", NULL, add_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_new_event_dialog_init (MitNewEventDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *date = g_date_time_format (tomorrow, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), "18:00");
  check_input (self);
}

/**
 * mit_new_event_dialog_new:
 *
 * Returns: (transfer none): a new dialog, not yet presented
 */
MitNewEventDialog *
mit_new_event_dialog_new (GtkWindow *parent,
                          MitStore  *store)
{
  MitNewEventDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_NEW_EVENT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  mit_vocab_row_set_store (self->kind_row, store, "event-kind");
  mit_vocab_row_set_key (self->kind_row, MIT_EVENT_KIND_WORKSHOP);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return self;
}

void
mit_new_event_dialog_set_date (MitNewEventDialog *self,
                               const char        *date)
{
  g_return_if_fail (MIT_IS_NEW_EVENT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : "");
}
