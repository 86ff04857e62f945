/* mit-affiliations-group.c: the links between persons and actors
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitAffiliationsGroup"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-affiliations-group.h"
#include "mit-link-dialog.h"
#include "mit-store.h"

struct _MitAffiliationsGroup
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  GtkButton           *link_button;
  AdwButtonContent    *link_button_content;
  AdwActionRow        *empty_row;

  /* owned */
  MitStore            *store;
  GPtrArray           *rows;
  MitRecordKind        kind;
  gint64               id;
};

G_DEFINE_FINAL_TYPE (MitAffiliationsGroup, mit_affiliations_group, ADW_TYPE_PREFERENCES_GROUP)

static void
unlink_clicked_cb (GtkButton            *button,
                   MitAffiliationsGroup *self)
{
  gint64 affiliation_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "mit-affiliation"));
  g_autoptr(GError) error = NULL;

  /* The store's change signal rebuilds the rows. */
  if (!mit_store_unlink_person (self->store, affiliation_id, &error))
    g_warning ("Cannot remove the link: %s", error->message);

  gtk_widget_grab_focus (GTK_WIDGET (self->link_button));
}

static void
row_activated_cb (AdwActionRow         *row,
                  MitAffiliationsGroup *self)
{
  gint64 other = *(gint64 *)g_object_get_data (G_OBJECT (row), "mit-other-id");

  gtk_widget_activate_action (GTK_WIDGET (self),
                              self->kind == MIT_RECORD_ACTOR ? "win.show-person" : "win.show-actor",
                              "x", other);
}

static void
rebuild_rows (MitAffiliationsGroup *self)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->store != NULL && self->id > 0)
    {
      if (self->kind == MIT_RECORD_ACTOR)
        links = mit_store_list_affiliations_of_actor (self->store, self->id, &error);
      else
        links = mit_store_list_affiliations_of_person (self->store, self->id, &error);
      if (links == NULL)
        g_warning ("Cannot list the links: %s", error->message);
    }

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      MitAffiliation *link = g_ptr_array_index (links, i);
      const char *name;
      const char *role = mit_affiliation_get_role (link);
      g_autofree char *unlink_label = NULL;
      gint64 *other;
      GtkWidget *row;
      GtkWidget *button;

      other = g_new (gint64, 1);
      if (self->kind == MIT_RECORD_ACTOR)
        {
          name = mit_affiliation_get_person_name (link);
          *other = mit_affiliation_get_person_id (link);
        }
      else
        {
          name = mit_affiliation_get_actor_name (link);
          *other = mit_affiliation_get_actor_id (link);
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), role != NULL ? role : "");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "mit-other-id", other, g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);

      unlink_label = g_strdup_printf (_("Remove Link to %s"), name);
      button = gtk_button_new_from_icon_name ("edit-delete-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, unlink_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, unlink_label,
                                      -1);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "mit-affiliation",
                         GSIZE_TO_POINTER ((gsize)mit_affiliation_get_id (link)));
      g_signal_connect_object (button, "clicked", G_CALLBACK (unlink_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->rows->len == 0);
}

static void
link_chosen_cb (MitLinkDialog        *dialog,
                gint64                other,
                const char           *role,
                MitAffiliationsGroup *self)
{
  g_autoptr(GError) error = NULL;
  gint64 person_id = self->kind == MIT_RECORD_ACTOR ? other : self->id;
  gint64 actor_id = self->kind == MIT_RECORD_ACTOR ? self->id : other;

  if (mit_store_link_person (self->store, person_id, actor_id, role, &error) <= 0)
    g_warning ("Cannot link: %s", error ? error->message : "unknown error");
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitAffiliationsGroup *self = MIT_AFFILIATIONS_GROUP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  MitLinkDialog *dialog;

  if (self->store == NULL || self->id <= 0)
    return;

  dialog = mit_link_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                self->store,
                                self->kind == MIT_RECORD_ACTOR ? MIT_RECORD_PERSON : MIT_RECORD_ACTOR);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (link_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
store_changed_cb (MitStore             *store,
                  guint                 kinds,
                  MitAffiliationsGroup *self)
{
  /* The other side's name shows in the rows. */
  MitRecordKind other = self->kind == MIT_RECORD_ACTOR ? MIT_RECORD_PERSON : MIT_RECORD_ACTOR;

  if (kinds & (MIT_RECORD_AFFILIATION | other))
    rebuild_rows (self);
}

static void
mit_affiliations_group_dispose (GObject *object)
{
  MitAffiliationsGroup *self = (MitAffiliationsGroup *)object;

  /* No gtk_widget_dispose_template(): AdwPreferencesGroup tears down its
   * rows and header itself, and libadwaita 1.2 fails when they are gone. */
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_affiliations_group_parent_class)->dispose (object);
}

static void
mit_affiliations_group_finalize (GObject *object)
{
  MitAffiliationsGroup *self = (MitAffiliationsGroup *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mit_affiliations_group_parent_class)->finalize (object);
}

static void
mit_affiliations_group_class_init (MitAffiliationsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_affiliations_group_dispose;
  object_class->finalize = mit_affiliations_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/common/mit-affiliations-group.ui");
  gtk_widget_class_bind_template_child (widget_class, MitAffiliationsGroup, link_button);
  gtk_widget_class_bind_template_child (widget_class, MitAffiliationsGroup, link_button_content);
  gtk_widget_class_bind_template_child (widget_class, MitAffiliationsGroup, empty_row);

  gtk_widget_class_install_action (widget_class, "affiliations.link", NULL, link_action);
}

static void
mit_affiliations_group_init (MitAffiliationsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->kind = MIT_RECORD_ACTOR;
}

GtkWidget *
mit_affiliations_group_new (void)
{
  return g_object_new (MIT_TYPE_AFFILIATIONS_GROUP, NULL);
}

void
mit_affiliations_group_set_record (MitAffiliationsGroup *self,
                                   MitStore             *store,
                                   MitRecordKind         kind,
                                   gint64                id)
{
  const char *link_label;

  g_return_if_fail (MIT_IS_AFFILIATIONS_GROUP (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (kind == MIT_RECORD_ACTOR || kind == MIT_RECORD_PERSON);

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
      g_set_object (&self->store, store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
    }

  self->kind = kind;
  self->id = id;

  if (kind == MIT_RECORD_ACTOR)
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Contact Persons"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No contact persons linked"));
      link_label = _("Link Contact Person");
    }
  else
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Organisations"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("Not linked to an organisation"));
      link_label = _("Link to Organisation");
    }
  adw_button_content_set_label (self->link_button_content, C_("verb", "Link"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->link_button), link_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, link_label,
                                  -1);

  rebuild_rows (self);
}
