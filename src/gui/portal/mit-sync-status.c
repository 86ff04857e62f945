/* mit-sync-status.c: the progress of a portal sync, for the window
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitSyncStatus"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-sync-status.h"

struct _MitSyncStatus
{
  GtkWidget      parent_instance;

  /* children */
  GtkWidget     *revealer;
  GtkWidget     *label;
  GtkWidget     *progress;

  /* owned */
  MitSyncRunner *runner;
};

G_DEFINE_FINAL_TYPE (MitSyncStatus, mit_sync_status, GTK_TYPE_WIDGET)

static void
update (MitSyncStatus *self)
{
  const char *what = mit_sync_runner_get_what (self->runner);

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer),
                                 mit_sync_runner_get_running (self->runner));
  gtk_label_set_text (GTK_LABEL (self->label), what != NULL ? what : "");
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                 mit_sync_runner_get_fraction (self->runner));
}

static void
runner_notify_cb (MitSyncRunner *runner,
                  GParamSpec    *pspec,
                  MitSyncStatus *self)
{
  update (self);
}

static void
stop_clicked_cb (GtkButton     *button,
                 MitSyncStatus *self)
{
  mit_sync_runner_cancel (self->runner);
}

static void
mit_sync_status_dispose (GObject *object)
{
  MitSyncStatus *self = (MitSyncStatus *)object;

  g_clear_pointer (&self->revealer, gtk_widget_unparent);
  g_clear_object (&self->runner);

  G_OBJECT_CLASS (mit_sync_status_parent_class)->dispose (object);
}

static void
mit_sync_status_class_init (MitSyncStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_sync_status_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mitsyncstatus");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mit_sync_status_init (MitSyncStatus *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Stop"));

  self->revealer = gtk_revealer_new ();
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));

  gtk_widget_add_css_class (box, "toolbar");
  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->label, "caption");
  self->progress = gtk_progress_bar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sync Progress"), -1);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), self->label);
  gtk_box_append (GTK_BOX (texts), self->progress);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Stop Syncing With the Portal"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (stop_clicked_cb), self, 0);

  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), button);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), box);
}

/**
 * mit_sync_status_new:
 * @runner: the runner to follow
 *
 * Returns: (transfer floating): a new status bar
 */
GtkWidget *
mit_sync_status_new (MitSyncRunner *runner)
{
  MitSyncStatus *self;

  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (runner), NULL);

  self = g_object_new (MIT_TYPE_SYNC_STATUS, NULL);
  self->runner = g_object_ref (runner);
  g_signal_connect_object (runner, "notify::running", G_CALLBACK (runner_notify_cb), self, 0);
  g_signal_connect_object (runner, "notify::what", G_CALLBACK (runner_notify_cb), self, 0);
  g_signal_connect_object (runner, "notify::fraction", G_CALLBACK (runner_notify_cb), self, 0);
  update (self);
  return GTK_WIDGET (self);
}
