/* mit-new-meeting-dialog.c: plan a new meeting of the steering group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitNewMeetingDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-gui-util.h"
#include "mit-meeting-format.h"
#include "mit-new-meeting-dialog.h"
#include "mit-store-meetings.h"
#include "mit-text-util.h"
#include "mit-validate.h"

struct _MitNewMeetingDialog
{
  AdwWindow    parent_instance;

  /* template widgets */
  AdwEntryRow *title_row;
  AdwEntryRow *date_row;
  AdwEntryRow *time_row;
  AdwEntryRow *venue_row;
  GtkLabel    *error_label;

  /* owned */
  MitStore    *store;
};

G_DEFINE_FINAL_TYPE (MitNewMeetingDialog, mit_new_meeting_dialog, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (MitNewMeetingDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
date_changed_cb (MitNewMeetingDialog *self)
{
  g_autofree char *date = mit_meeting_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));

  mit_gui_set_row_error (GTK_WIDGET (self->date_row),
                         date ? NULL : _("Type a date, e.g. 14.01.2026 or 2026-01-14"));
}

static void
time_changed_cb (MitNewMeetingDialog *self)
{
  g_autofree char *time = mit_meeting_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)));

  mit_gui_set_row_error (GTK_WIDGET (self->time_row),
                         time ? NULL : _("Type a time of day, e.g. 16:00, or leave it empty"));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MitNewMeetingDialog *self = MIT_NEW_MEETING_DIALOG (widget);
  g_autoptr(MitMeeting) meeting = mit_meeting_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = mit_gui_dup_stripped (GTK_EDITABLE (self->title_row));
  g_autofree char *date = mit_meeting_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *time = mit_meeting_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)));
  g_autofree char *venue = mit_gui_dup_stripped (GTK_EDITABLE (self->venue_row));

  if (*title == '\0')
    {
      show_error (self, _("The meeting needs a title."));
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }
  if (date == NULL)
    {
      show_error (self, _("The date is not a date. Type it as 14.01.2026 or 2026-01-14."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }
  if (time == NULL)
    {
      show_error (self, _("The time is not a time of day. Type it as 16:00, or leave it empty."));
      gtk_widget_grab_focus (GTK_WIDGET (self->time_row));
      return;
    }

  mit_meeting_set_title (meeting, title);
  mit_meeting_set_date (meeting, date);
  mit_meeting_set_time (meeting, time);
  mit_meeting_set_venue_text (meeting, venue);
  if (!mit_store_save_meeting (self->store, meeting, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[DONE], 0, mit_meeting_get_id (meeting));
  gtk_window_close (GTK_WINDOW (self));
}

static void
entry_activated_cb (MitNewMeetingDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "new-meeting.add", NULL);
}

static void
mit_new_meeting_dialog_dispose (GObject *object)
{
  MitNewMeetingDialog *self = (MitNewMeetingDialog *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_new_meeting_dialog_parent_class)->dispose (object);
}

static void
mit_new_meeting_dialog_class_init (MitNewMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_new_meeting_dialog_dispose;

  /**
   * MitNewMeetingDialog::done:
   * @id: the new meeting
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/meetings/mit-new-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitNewMeetingDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewMeetingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewMeetingDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewMeetingDialog, venue_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewMeetingDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "new-meeting.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_new_meeting_dialog_init (MitNewMeetingDialog *self)
{
  g_autofree char *today = mit_text_dup_today ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), _("Steering Group Meeting"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

/**
 * mit_new_meeting_dialog_new:
 *
 * Returns: (transfer floating): a new dialog, not yet shown
 */
MitNewMeetingDialog *
mit_new_meeting_dialog_new (GtkWindow *parent,
                            MitStore  *store)
{
  MitNewMeetingDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_NEW_MEETING_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}
