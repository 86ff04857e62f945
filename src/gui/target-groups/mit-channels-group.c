/* mit-channels-group.c: the channels between actors and target groups,
 * from either side
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitChannelsGroup"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-channel.h"
#include "mit-channel-dialog.h"
#include "mit-channels-group.h"
#include "mit-store.h"
#include "mit-store-groups.h"

struct _MitChannelsGroup
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  GtkButton           *add_button;
  AdwActionRow        *empty_row;

  /* owned */
  MitStore            *store;
  GPtrArray           *rows;
  GPtrArray           *channels;     /* MitChannel, parallel to rows */
  MitRecordKind        kind;
  gint64               id;
};

G_DEFINE_FINAL_TYPE (MitChannelsGroup, mit_channels_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static MitChannel *
find_channel (MitChannelsGroup *self,
              gint64            channel_id)
{
  for (guint i = 0; i < self->channels->len; i++)
    if (mit_channel_get_id (g_ptr_array_index (self->channels, i)) == channel_id)
      return g_ptr_array_index (self->channels, i);
  return NULL;
}

static void
offer_undo (MitChannelsGroup *self,
            gint64            change,
            const char       *message)
{
  if (change > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.offer-undo", "(xs)", change, message);
}

static void
row_activated_cb (AdwActionRow     *row,
                  MitChannelsGroup *self)
{
  MitChannel *channel = g_object_get_data (G_OBJECT (row), "mit-channel");

  if (self->kind == MIT_RECORD_ACTOR)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-target-group", "x",
                                mit_channel_get_group_id (channel));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-actor", "x",
                                mit_channel_get_actor_id (channel));
}

/* "Counselling · Strong · Key contact: Anna Berg" */
static char *
format_details (MitChannel *channel)
{
  const char *contact = mit_channel_get_contact_name (channel);
  GString *details = g_string_new (NULL);

  /* Translators: how an actor reaches a group and how well, e.g. "Counselling · Strong" */
  g_string_append_printf (details, _("%s · %s"),
                          mit_channel_how_get_label (mit_channel_get_how (channel)),
                          mit_channel_strength_get_label (mit_channel_get_strength (channel)));
  if (mit_channel_get_contact_id (channel) > 0 && contact != NULL && *contact != '\0')
    {
      g_string_append (details, " · ");
      /* Translators: the key contact person of a channel */
      g_string_append_printf (details, _("Key contact: %s"), contact);
    }

  return g_string_free (details, FALSE);
}

static GtkWidget *
add_button (GtkWidget  *row,
            const char *icon_name,
            const char *label,
            const char *action_name,
            gint64      channel_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", channel_id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return button;
}

static void
rebuild_rows (MitChannelsGroup *self)
{
  g_autoptr(GPtrArray) channels = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->channels, 0);

  if (self->store != NULL && self->id > 0)
    {
      if (self->kind == MIT_RECORD_ACTOR)
        channels = mit_store_list_channels_of_actor (self->store, self->id, &error);
      else
        channels = mit_store_list_channels_of_group (self->store, self->id, &error);
      if (channels == NULL)
        g_warning ("Cannot list the channels: %s", error->message);
    }

  for (guint i = 0; channels != NULL && i < channels->len; i++)
    {
      MitChannel *channel = g_ptr_array_index (channels, i);
      gint64 channel_id = mit_channel_get_id (channel);
      const char *name = self->kind == MIT_RECORD_ACTOR ? mit_channel_get_group_name (channel)
                                                         : mit_channel_get_actor_name (channel);
      g_autofree char *details = format_details (channel);
      g_autofree char *edit_label = NULL;
      g_autofree char *remove_label = NULL;
      GtkWidget *row;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "mit-channel", g_object_ref (channel), g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);

      /* Translators: a button's tooltip; %s is an actor or a target group */
      edit_label = g_strdup_printf (_("Edit Channel of %s"), name);
      add_button (row, "document-edit-symbolic", edit_label, "channels.edit", channel_id);
      /* Translators: a button's tooltip; %s is an actor or a target group */
      remove_label = g_strdup_printf (_("Remove Channel of %s"), name);
      add_button (row, "edit-delete-symbolic", remove_label, "channels.remove", channel_id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->channels, g_object_ref (channel));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->rows->len == 0);
}

static void
channel_saved_cb (MitChannelDialog *dialog,
                  gint64            change,
                  MitChannelsGroup *self)
{
  const char *message = g_object_get_data (G_OBJECT (dialog), "mit-message");

  offer_undo (self, change, message);
}

static void
present_dialog (MitChannelsGroup *self,
                MitChannelDialog *dialog,
                const char       *message)
{
  g_object_set_data (G_OBJECT (dialog), "mit-message", (gpointer)message);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (channel_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWindow *
get_parent_window (MitChannelsGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MitChannelsGroup *self = MIT_CHANNELS_GROUP (widget);

  if (self->store == NULL || self->id <= 0)
    return;

  present_dialog (self,
                  mit_channel_dialog_new_add (get_parent_window (self), self->store, self->kind, self->id),
                  _("Channel added"));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitChannelsGroup *self = MIT_CHANNELS_GROUP (widget);
  MitChannel *channel = find_channel (self, g_variant_get_int64 (parameter));

  if (channel == NULL)
    return;

  present_dialog (self,
                  mit_channel_dialog_new_edit (get_parent_window (self), self->store, self->kind, channel),
                  _("Channel changed"));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitChannelsGroup *self = MIT_CHANNELS_GROUP (widget);
  gint64 channel_id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  gint64 change;

  if (self->store == NULL || find_channel (self, channel_id) == NULL)
    return;

  /* The store's change signal rebuilds the rows. */
  change = mit_store_delete_channel (self->store, channel_id, &error);
  if (change <= 0)
    {
      g_warning ("Cannot remove the channel: %s", error->message);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
  offer_undo (self, change, _("Channel removed"));
}

static void
store_changed_cb (MitStore         *store,
                  guint             kinds,
                  MitChannelsGroup *self)
{
  /* Names of both sides and of key contacts show in the rows. */
  if (kinds & (MIT_RECORD_CHANNEL | MIT_RECORD_ACTOR | MIT_RECORD_TARGET_GROUP | MIT_RECORD_PERSON))
    rebuild_rows (self);
}

static void
update_labels (MitChannelsGroup *self)
{
  const char *add_label;

  if (self->kind == MIT_RECORD_ACTOR)
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Target Groups Reached"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row),
                                     _("Reaches no target group yet"));
      add_label = _("Add a Target Group Reached");
    }
  else
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Reached By"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row),
                                     _("No actor reaches this group yet"));
      add_label = _("Add an Actor Reaching the Group");
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
}

static void
set_kind (MitChannelsGroup *self,
          MitRecordKind     kind)
{
  g_return_if_fail (kind == MIT_RECORD_ACTOR || kind == MIT_RECORD_TARGET_GROUP);

  if (self->kind == kind)
    return;

  self->kind = kind;
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static void
mit_channels_group_dispose (GObject *object)
{
  MitChannelsGroup *self = (MitChannelsGroup *)object;

  /* No gtk_widget_dispose_template(): AdwPreferencesGroup tears down its
   * rows and header itself (see mit-affiliations-group.c). The rows are
   * not ours to remove any more. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->rows != NULL)
    g_ptr_array_set_size (self->rows, 0);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_channels_group_parent_class)->dispose (object);
}

static void
mit_channels_group_finalize (GObject *object)
{
  MitChannelsGroup *self = (MitChannelsGroup *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->channels, g_ptr_array_unref);

  G_OBJECT_CLASS (mit_channels_group_parent_class)->finalize (object);
}

static void
mit_channels_group_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MitChannelsGroup *self = MIT_CHANNELS_GROUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_channels_group_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MitChannelsGroup *self = MIT_CHANNELS_GROUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      set_kind (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_channels_group_class_init (MitChannelsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_channels_group_dispose;
  object_class->finalize = mit_channels_group_finalize;
  object_class->get_property = mit_channels_group_get_property;
  object_class->set_property = mit_channels_group_set_property;

  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL,
                       MIT_RECORD_ACTOR, MIT_RECORD_TARGET_GROUP, MIT_RECORD_TARGET_GROUP,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/target-groups/mit-channels-group.ui");
  gtk_widget_class_bind_template_child (widget_class, MitChannelsGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, MitChannelsGroup, empty_row);

  gtk_widget_class_install_action (widget_class, "channels.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "channels.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "channels.remove", "x", remove_action);
}

static void
mit_channels_group_init (MitChannelsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->channels = g_ptr_array_new_with_free_func (g_object_unref);
  self->kind = MIT_RECORD_TARGET_GROUP;
  update_labels (self);
}

GtkWidget *
mit_channels_group_new (void)
{
  return g_object_new (MIT_TYPE_CHANNELS_GROUP, NULL);
}

void
mit_channels_group_set_record (MitChannelsGroup *self,
                               MitStore         *store,
                               MitRecordKind     kind,
                               gint64            id)
{
  g_return_if_fail (MIT_IS_CHANNELS_GROUP (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (kind == MIT_RECORD_ACTOR || kind == MIT_RECORD_TARGET_GROUP);

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
      g_set_object (&self->store, store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
    }

  set_kind (self, kind);
  self->id = id;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "channels.add", id > 0);

  rebuild_rows (self);
}

MitRecordKind
mit_channels_group_get_kind (MitChannelsGroup *self)
{
  g_return_val_if_fail (MIT_IS_CHANNELS_GROUP (self), MIT_RECORD_TARGET_GROUP);

  return self->kind;
}

/**
 * mit_channels_group_list_ids:
 *
 * Returns: (transfer full) (element-type gint64): the channels shown
 */
GArray *
mit_channels_group_list_ids (MitChannelsGroup *self)
{
  GArray *ids;

  g_return_val_if_fail (MIT_IS_CHANNELS_GROUP (self), NULL);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < self->channels->len; i++)
    {
      gint64 id = mit_channel_get_id (g_ptr_array_index (self->channels, i));

      g_array_append_val (ids, id);
    }
  return ids;
}
