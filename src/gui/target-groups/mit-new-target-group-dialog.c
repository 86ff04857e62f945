/* mit-new-target-group-dialog.c: add a target group, warning when one of
 * the same name exists
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitNewTargetGroupDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-gui-util.h"
#include "mit-new-target-group-dialog.h"
#include "mit-store.h"
#include "mit-store-groups.h"

struct _MitNewTargetGroupDialog
{
  AdwWindow    parent_instance;

  /* template widgets */
  AdwEntryRow *name_row;
  GtkSwitch   *focus_switch;
  GtkLabel    *error_label;
  GtkRevealer *duplicate_revealer;
  GtkLabel    *duplicate_label;
  GtkButton   *open_existing_button;

  /* owned */
  MitStore    *store;
  gint64       duplicate_id;
};

G_DEFINE_FINAL_TYPE (MitNewTargetGroupDialog, mit_new_target_group_dialog, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
check_input (MitNewTargetGroupDialog *self)
{
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-target-group.add", *name != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-target-group.add-anyway", *name != '\0');

  return *name != '\0';
}

static void
name_changed_cb (GtkEditable             *editable,
                 MitNewTargetGroupDialog *self)
{
  gtk_revealer_set_reveal_child (self->duplicate_revealer, FALSE);
  self->duplicate_id = 0;
  check_input (self);
}

/* A group whose name is @name, ignoring case, or 0. */
static gint64
find_same_name (MitNewTargetGroupDialog *self,
                const char              *name)
{
  g_autoptr(GArray) ids = mit_store_find_target_group_ids (self->store, name, -1, FALSE, NULL);
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *folded = g_utf8_casefold (name, -1);

  if (ids == NULL || ids->len == 0)
    return 0;

  groups = mit_store_load_target_groups (self->store, (const gint64 *)(gpointer)ids->data, ids->len, NULL);
  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);
      g_autofree char *other = g_utf8_casefold (mit_target_group_get_name (group), -1);

      if (g_strcmp0 (folded, other) == 0)
        return mit_target_group_get_id (group);
    }
  return 0;
}

static void
insert_group (MitNewTargetGroupDialog *self)
{
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));
  g_autoptr(GError) error = NULL;

  mit_target_group_set_name (group, name);
  mit_target_group_set_focus (group, gtk_switch_get_active (self->focus_switch));

  if (!mit_store_save_target_group (self->store, group, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The target group could not be added: %s"),
                                                  error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[DONE], 0, mit_target_group_get_id (group));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MitNewTargetGroupDialog *self = MIT_NEW_TARGET_GROUP_DIALOG (widget);
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));
  g_autofree char *text = NULL;

  if (!check_input (self))
    return;

  self->duplicate_id = find_same_name (self, name);
  if (self->duplicate_id == 0)
    {
      insert_group (self);
      return;
    }

  text = g_strdup_printf (_("A target group called “%s” exists already."), name);
  gtk_label_set_text (self->duplicate_label, text);
  gtk_revealer_set_reveal_child (self->duplicate_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->open_existing_button));
}

static void
add_anyway_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitNewTargetGroupDialog *self = MIT_NEW_TARGET_GROUP_DIALOG (widget);

  if (check_input (self))
    insert_group (self);
}

static void
open_existing_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitNewTargetGroupDialog *self = MIT_NEW_TARGET_GROUP_DIALOG (widget);

  if (self->duplicate_id <= 0)
    return;

  g_signal_emit (self, signals[DONE], 0, self->duplicate_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
name_activated_cb (AdwEntryRow             *row,
                   MitNewTargetGroupDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "new-target-group.add", NULL);
}

static void
mit_new_target_group_dialog_dispose (GObject *object)
{
  MitNewTargetGroupDialog *self = (MitNewTargetGroupDialog *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_new_target_group_dialog_parent_class)->dispose (object);
}

static void
mit_new_target_group_dialog_class_init (MitNewTargetGroupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_new_target_group_dialog_dispose;

  /**
   * MitNewTargetGroupDialog::done:
   * @id: the group to show
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/target-groups/mit-new-target-group-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitNewTargetGroupDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewTargetGroupDialog, focus_switch);
  gtk_widget_class_bind_template_child (widget_class, MitNewTargetGroupDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MitNewTargetGroupDialog, duplicate_revealer);
  gtk_widget_class_bind_template_child (widget_class, MitNewTargetGroupDialog, duplicate_label);
  gtk_widget_class_bind_template_child (widget_class, MitNewTargetGroupDialog, open_existing_button);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);

  gtk_widget_class_install_action (widget_class, "new-target-group.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "new-target-group.add-anyway", NULL, add_anyway_action);
  gtk_widget_class_install_action (widget_class, "new-target-group.open-existing", NULL,
                                   open_existing_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_new_target_group_dialog_init (MitNewTargetGroupDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  check_input (self);
}

/**
 * mit_new_target_group_dialog_new:
 *
 * Returns: (transfer none): a new dialog, not yet presented
 */
MitNewTargetGroupDialog *
mit_new_target_group_dialog_new (GtkWindow *parent,
                                 MitStore  *store)
{
  MitNewTargetGroupDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_NEW_TARGET_GROUP_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}
