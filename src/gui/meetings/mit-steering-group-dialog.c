/* mit-steering-group-dialog.c: the steering group's members in a window of
 * their own, opened from the meeting list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitSteeringGroupDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-steering-group-dialog.h"
#include "mit-store.h"

struct _MitSteeringGroupDialog
{
  AdwWindow             parent_instance;

  /* widgets */
  MitSteeringGroupPage *page;
};

G_DEFINE_FINAL_TYPE (MitSteeringGroupDialog, mit_steering_group_dialog, ADW_TYPE_WINDOW)

/* The page's "win.*" actions go to the window this one belongs to. */
static void
forward_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  MitSteeringGroupDialog *self = user_data;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *name = g_strconcat ("win.", g_action_get_name (G_ACTION (action)), NULL);

  if (parent == NULL)
    return;
  gtk_widget_activate_action_variant (GTK_WIDGET (parent), name, parameter);
  /* A record shown behind this window would not be seen. */
  if (g_str_has_prefix (g_action_get_name (G_ACTION (action)), "show-"))
    gtk_window_close (GTK_WINDOW (self));
}

static void
mit_steering_group_dialog_class_init (MitSteeringGroupDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_steering_group_dialog_init (MitSteeringGroupDialog *self)
{
  const GActionEntry entries[] = {
    { "offer-undo", forward_cb, "(xs)", NULL, NULL, { 0 } },
    { "show-person", forward_cb, "x", NULL, NULL, { 0 } },
    { "show-actor", forward_cb, "x", NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Steering Group"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 620);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  self->page = mit_steering_group_page_new ();
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->page));
  adw_window_set_content (ADW_WINDOW (self), box);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (actions));
}

/**
 * mit_steering_group_dialog_new:
 *
 * Returns: (transfer floating): the window, not yet shown
 */
MitSteeringGroupDialog *
mit_steering_group_dialog_new (GtkWindow *parent,
                               MitStore  *store)
{
  MitSteeringGroupDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_STEERING_GROUP_DIALOG, "transient-for", parent, NULL);
  mit_steering_group_page_set_store (self->page, store);
  return self;
}

MitSteeringGroupPage *
mit_steering_group_dialog_get_page (MitSteeringGroupDialog *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_GROUP_DIALOG (self), NULL);

  return self->page;
}
