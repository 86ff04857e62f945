/* mit-new-actor-dialog.c: add an actor, warning about likely duplicates
 *
 * Copyright 2025 The Miteinander authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitNewActorDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-gui-util.h"
#include "mit-new-actor-dialog.h"
#include "mit-store.h"
#include "mit-validate.h"

struct _MitNewActorDialog
{
  AdwWindow    parent_instance;

  /* template widgets */
  AdwEntryRow *name_row;
  AdwEntryRow *street_row;
  AdwEntryRow *postcode_row;
  AdwEntryRow *town_row;
  GtkLabel    *error_label;
  GtkRevealer *duplicate_revealer;
  GtkLabel    *duplicate_label;
  GtkButton   *open_existing_button;

  /* owned */
  MitStore    *store;
  gint64       duplicate_id;
};

G_DEFINE_FINAL_TYPE (MitNewActorDialog, mit_new_actor_dialog, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
check_input (MitNewActorDialog *self)
{
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));
  gboolean postcode_ok = mit_validate_postcode (gtk_editable_get_text (GTK_EDITABLE (self->postcode_row)));
  const char *message = postcode_ok ? NULL : _("A postcode has five digits, for example 86150.");

  mit_gui_set_row_error (GTK_WIDGET (self->postcode_row), message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-actor.add", *name != '\0' && postcode_ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-actor.add-anyway", *name != '\0' && postcode_ok);

  return *name != '\0' && postcode_ok;
}

static void
entry_changed_cb (GtkEditable       *editable,
                  MitNewActorDialog *self)
{
  /* What was found for other words no longer applies. */
  gtk_revealer_set_reveal_child (self->duplicate_revealer, FALSE);
  self->duplicate_id = 0;
  check_input (self);
}

static void
insert_actor (MitNewActorDialog *self)
{
  g_autoptr(MitActor) actor = mit_actor_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));
  g_autofree char *street = mit_gui_dup_stripped (GTK_EDITABLE (self->street_row));
  g_autofree char *postcode = mit_gui_dup_stripped (GTK_EDITABLE (self->postcode_row));
  g_autofree char *town = mit_gui_dup_stripped (GTK_EDITABLE (self->town_row));

  mit_actor_set_name (actor, name);
  mit_actor_set_text (actor, MIT_ACTOR_STREET, street);
  mit_actor_set_text (actor, MIT_ACTOR_POSTCODE, postcode);
  mit_actor_set_text (actor, MIT_ACTOR_TOWN, town);

  if (!mit_store_save_actor (self->store, actor, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The actor could not be added: %s"), error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[DONE], 0, mit_actor_get_id (actor));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MitNewActorDialog *self = MIT_NEW_ACTOR_DIALOG (widget);
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));
  g_autofree char *street = mit_gui_dup_stripped (GTK_EDITABLE (self->street_row));
  g_autofree char *postcode = mit_gui_dup_stripped (GTK_EDITABLE (self->postcode_row));
  g_autoptr(GArray) duplicates = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (!check_input (self))
    return;

  duplicates = mit_store_find_likely_duplicates (self->store, name, street, postcode, &error);
  if (duplicates == NULL)
    g_warning ("Cannot look for duplicates: %s", error->message);

  if (duplicates == NULL || duplicates->len == 0)
    {
      insert_actor (self);
      return;
    }

  self->duplicate_id = g_array_index (duplicates, gint64, 0);
  for (guint i = 0; i < duplicates->len && i < 3; i++)
    {
      g_autoptr(MitActor) existing = mit_store_load_actor (self->store,
                                                           g_array_index (duplicates, gint64, i),
                                                           NULL);
      g_autofree char *address = NULL;

      if (existing == NULL)
        continue;
      address = mit_actor_dup_address_line (existing);
      if (names->len > 0)
        g_string_append (names, "; ");
      if (address != NULL && *address != '\0')
        /* Translators: an actor's name and address */
        g_string_append_printf (names, _("“%s”, %s"), mit_actor_get_name (existing), address);
      else
        g_string_append_printf (names, _("“%s”"), mit_actor_get_name (existing));
    }

  text = g_strdup_printf (_("A likely duplicate exists: %s"), names->str);
  gtk_label_set_text (self->duplicate_label, text);
  gtk_revealer_set_reveal_child (self->duplicate_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->open_existing_button));
}

static void
add_anyway_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitNewActorDialog *self = MIT_NEW_ACTOR_DIALOG (widget);

  if (check_input (self))
    insert_actor (self);
}

static void
open_existing_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitNewActorDialog *self = MIT_NEW_ACTOR_DIALOG (widget);

  if (self->duplicate_id <= 0)
    return;

  g_signal_emit (self, signals[DONE], 0, self->duplicate_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
entry_activated_cb (AdwEntryRow       *row,
                    MitNewActorDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "new-actor.add", NULL);
}

static void
mit_new_actor_dialog_dispose (GObject *object)
{
  MitNewActorDialog *self = (MitNewActorDialog *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_new_actor_dialog_parent_class)->dispose (object);
}

static void
mit_new_actor_dialog_class_init (MitNewActorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_new_actor_dialog_dispose;

  /**
   * MitNewActorDialog::done:
   * @id: the actor to show
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/actors/mit-new-actor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitNewActorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewActorDialog, street_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewActorDialog, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewActorDialog, town_row);
  gtk_widget_class_bind_template_child (widget_class, MitNewActorDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MitNewActorDialog, duplicate_revealer);
  gtk_widget_class_bind_template_child (widget_class, MitNewActorDialog, duplicate_label);
  gtk_widget_class_bind_template_child (widget_class, MitNewActorDialog, open_existing_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "new-actor.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "new-actor.add-anyway", NULL, add_anyway_action);
  gtk_widget_class_install_action (widget_class, "new-actor.open-existing", NULL, open_existing_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_new_actor_dialog_init (MitNewActorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  check_input (self);
}

MitNewActorDialog *
mit_new_actor_dialog_new (GtkWindow *parent,
                          MitStore  *store)
{
  MitNewActorDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_NEW_ACTOR_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}
