/* mit-meeting-link-row.c: what an agenda item or an action item is about:
 * an event, an actor or a target group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeetingLinkRow"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-event.h"
#include "mit-link-dialog.h"
#include "mit-meeting-link-row.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"

struct _MitMeetingLinkRow
{
  AdwActionRow  parent_instance;

  /* widgets */
  GtkWidget    *open_button;
  GtkWidget    *clear_button;

  /* borrowed */
  GtkWindow    *dialog;      /* weak */

  /* owned */
  MitStore     *store;
  gint64        event_id;
  gint64        actor_id;
  gint64        group_id;
  gboolean      can_open;
};

G_DEFINE_FINAL_TYPE (MitMeetingLinkRow, mit_meeting_link_row, ADW_TYPE_ACTION_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
mit_meeting_link_describe (MitStore *store,
                           gint64    event_id,
                           gint64    actor_id,
                           gint64    target_group_id)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  if (event_id > 0)
    {
      g_autoptr(MitEvent) event = mit_store_load_event (store, event_id, NULL);

      if (event != NULL)
        /* Translators: what an agenda or action item is about */
        g_ptr_array_add (parts, g_strdup_printf (_("Event: %s"), mit_event_get_title (event)));
    }
  if (actor_id > 0)
    {
      g_autoptr(MitActor) actor = mit_store_load_actor (store, actor_id, NULL);

      if (actor != NULL)
        /* Translators: what an agenda or action item is about */
        g_ptr_array_add (parts, g_strdup_printf (_("Actor: %s"), mit_actor_get_name (actor)));
    }
  if (target_group_id > 0)
    {
      g_autoptr(MitTargetGroup) group = mit_store_load_target_group (store, target_group_id, NULL);

      if (group != NULL)
        /* Translators: what an agenda or action item is about */
        g_ptr_array_add (parts, g_strdup_printf (_("Target group: %s"), mit_target_group_get_name (group)));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

gboolean
mit_meeting_link_get_show_action (gint64       event_id,
                                  gint64       actor_id,
                                  gint64       target_group_id,
                                  const char **action_name,
                                  gint64      *id)
{
  g_return_val_if_fail (action_name != NULL && id != NULL, FALSE);

  if (event_id > 0)
    {
      *action_name = "win.show-event";
      *id = event_id;
    }
  else if (actor_id > 0)
    {
      *action_name = "win.show-actor";
      *id = actor_id;
    }
  else if (target_group_id > 0)
    {
      *action_name = "win.show-target-group";
      *id = target_group_id;
    }
  else
    {
      *action_name = NULL;
      *id = 0;
      return FALSE;
    }
  return TRUE;
}

static void
update (MitMeetingLinkRow *self)
{
  g_autofree char *text = mit_meeting_link_describe (self->store, self->event_id, self->actor_id,
                                                     self->group_id);
  gboolean linked = self->event_id > 0 || self->actor_id > 0 || self->group_id > 0;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), *text != '\0' ? text : C_("link", "Nothing linked"));
  gtk_widget_set_visible (self->open_button, self->can_open && linked);
  gtk_widget_set_visible (self->clear_button, linked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "link-row.clear", linked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "link-row.open", self->can_open && linked);
}

static void
chosen_cb (MitLinkDialog     *dialog,
           gint64             id,
           const char        *role,
           MitMeetingLinkRow *self)
{
  MitRecordKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "mit-link-kind"));

  mit_meeting_link_row_set_link (self,
                                 kind == MIT_RECORD_EVENT ? id : 0,
                                 kind == MIT_RECORD_ACTOR ? id : 0,
                                 kind == MIT_RECORD_TARGET_GROUP ? id : 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitMeetingLinkRow *self = MIT_MEETING_LINK_ROW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  MitRecordKind kind;
  MitLinkDialog *dialog;
  gint64 current;

  if (g_str_equal (what, "event"))
    kind = MIT_RECORD_EVENT, current = self->event_id;
  else if (g_str_equal (what, "actor"))
    kind = MIT_RECORD_ACTOR, current = self->actor_id;
  else if (g_str_equal (what, "target-group"))
    kind = MIT_RECORD_TARGET_GROUP, current = self->group_id;
  else
    return;

  dialog = mit_link_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, kind);
  mit_link_dialog_set_asks_role (dialog, FALSE);
  if (current > 0)
    mit_link_dialog_select_id (dialog, current);
  g_object_set_data (G_OBJECT (dialog), "mit-link-kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (chosen_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MitMeetingLinkRow *self = MIT_MEETING_LINK_ROW (widget);

  mit_meeting_link_row_set_link (self, 0, 0, 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitMeetingLinkRow *self = MIT_MEETING_LINK_ROW (widget);
  const char *show;
  gint64 id;

  if (mit_meeting_link_get_show_action (self->event_id, self->actor_id, self->group_id, &show, &id))
    gtk_widget_activate_action (widget, show, "x", id);
}

static GtkWidget *
new_icon_button (const char *icon,
                 const char *label,
                 const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
mit_meeting_link_row_dispose (GObject *object)
{
  MitMeetingLinkRow *self = (MitMeetingLinkRow *)object;

  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_meeting_link_row_parent_class)->dispose (object);
}

static void
mit_meeting_link_row_class_init (MitMeetingLinkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_meeting_link_row_dispose;

  /**
   * MitMeetingLinkRow::changed:
   *
   * The user chose or removed the link.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "link-row.choose", "s", choose_action);
  gtk_widget_class_install_action (widget_class, "link-row.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "link-row.open", NULL, open_action);
}

static void
mit_meeting_link_row_init (MitMeetingLinkRow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *choose = gtk_menu_button_new ();

  g_menu_append (menu, _("_Event…"), "link-row.choose::event");
  g_menu_append (menu, _("_Actor…"), "link-row.choose::actor");
  g_menu_append (menu, _("_Target Group…"), "link-row.choose::target-group");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (choose), G_MENU_MODEL (menu));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (choose), _("_Link…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (choose), TRUE);
  gtk_widget_set_tooltip_text (choose, _("Link an event, an actor or a target group"));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);

  self->open_button = new_icon_button ("go-jump-symbolic", _("Show Linked Record"), "link-row.open");
  self->clear_button = new_icon_button ("edit-clear-symbolic", _("Remove Link"), "link-row.clear");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->open_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->clear_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), choose);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/**
 * mit_meeting_link_row_new:
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
mit_meeting_link_row_new (MitStore   *store,
                          const char *title,
                          gboolean    can_open)
{
  MitMeetingLinkRow *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_MEETING_LINK_ROW, "title", title, NULL);
  self->store = g_object_ref (store);
  self->can_open = can_open;
  update (self);
  return GTK_WIDGET (self);
}

void
mit_meeting_link_row_set_link (MitMeetingLinkRow *self,
                               gint64             event_id,
                               gint64             actor_id,
                               gint64             target_group_id)
{
  g_return_if_fail (MIT_IS_MEETING_LINK_ROW (self));

  self->event_id = MAX (event_id, 0);
  self->actor_id = MAX (actor_id, 0);
  self->group_id = MAX (target_group_id, 0);
  update (self);
}

gint64
mit_meeting_link_row_get_event_id (MitMeetingLinkRow *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_LINK_ROW (self), 0);
  return self->event_id;
}

gint64
mit_meeting_link_row_get_actor_id (MitMeetingLinkRow *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_LINK_ROW (self), 0);
  return self->actor_id;
}

gint64
mit_meeting_link_row_get_target_group_id (MitMeetingLinkRow *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_LINK_ROW (self), 0);
  return self->group_id;
}

GtkWindow *
mit_meeting_link_row_get_dialog (MitMeetingLinkRow *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_LINK_ROW (self), NULL);
  return self->dialog;
}
