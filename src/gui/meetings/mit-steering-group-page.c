/* mit-steering-group-page.c: the members of the steering group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitSteeringGroupPage"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-link-dialog.h"
#include "mit-steering-group-page.h"
#include "mit-store-meetings.h"

struct _MitSteeringGroupPage
{
  AdwBin               parent_instance;

  /* widgets */
  GtkStack            *stack;
  AdwPreferencesGroup *group;

  /* owned */
  MitStore            *store;
  GPtrArray           *rows;       /* GtkWidget, borrowed from the group */
  GPtrArray           *members;    /* MitSteeringMember, as the rows */
  guint                loading : 1;
};

G_DEFINE_FINAL_TYPE (MitSteeringGroupPage, mit_steering_group_page, ADW_TYPE_BIN)

static void
save_member (MitSteeringGroupPage *self,
             MitSteeringMember    *member)
{
  g_autoptr(GError) error = NULL;

  if (!mit_store_save_steering_member (self->store, member, &error))
    g_warning ("Cannot save the member: %s", error->message);
}

static void
role_changed_cb (AdwComboRow          *row,
                 GParamSpec           *pspec,
                 MitSteeringGroupPage *self)
{
  MitSteeringMember *member = g_object_get_data (G_OBJECT (row), "member");

  if (self->loading)
    return;
  mit_steering_member_set_role (member, adw_combo_row_get_selected (row));
  save_member (self, member);
}

static void
actor_changed_cb (AdwComboRow          *row,
                  GParamSpec           *pspec,
                  MitSteeringGroupPage *self)
{
  MitSteeringMember *member = g_object_get_data (G_OBJECT (row), "member");
  GArray *ids = g_object_get_data (G_OBJECT (row), "actor-ids");
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || selected >= ids->len)
    return;
  mit_steering_member_set_actor_id (member, g_array_index (ids, gint64, selected));
  save_member (self, member);
}

static void
clear_rows (MitSteeringGroupPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->members, 0);
}

static GtkWidget *
build_row (MitSteeringGroupPage *self,
           MitSteeringMember    *member)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) actors = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) affiliations = NULL;
  GArray *actor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *role_row = adw_combo_row_new ();
  GtkWidget *actor_row = adw_combo_row_new ();
  GtkWidget *open = gtk_button_new_from_icon_name ("avatar-default-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gint64 none = 0, actor_id = mit_steering_member_get_actor_id (member);
  guint selected_actor = 0;
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mit_steering_member_get_person_name (member));
  if (*mit_steering_member_get_actor_name (member) != '\0')
    /* Translators: a member's role and the actor they are in the group for */
    subtitle = g_strdup_printf (_("%s, %s"), mit_member_role_get_label (mit_steering_member_get_role (member)),
                                mit_steering_member_get_actor_name (member));
  else
    subtitle = g_strdup (mit_member_role_get_label (mit_steering_member_get_role (member)));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  gtk_widget_set_tooltip_text (open, _("Show Contact Person"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show Contact Person"), -1);
  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.show-person");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "x", mit_steering_member_get_person_id (member));
  gtk_widget_set_tooltip_text (remove, _("Remove from the Steering Group"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove from the Steering Group"), -1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "steering-group.remove-member");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", mit_steering_member_get_id (member));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), open);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  for (int role = MIT_MEMBER_MEMBER; role <= MIT_MEMBER_ROLE_LAST; role++)
    gtk_string_list_append (roles, mit_member_role_get_label (role));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (role_row), C_("steering group", "Role"));
  adw_combo_row_set_model (ADW_COMBO_ROW (role_row), G_LIST_MODEL (roles));
  adw_combo_row_set_selected (ADW_COMBO_ROW (role_row), mit_steering_member_get_role (member));
  g_object_set_data (G_OBJECT (role_row), "member", member);
  g_signal_connect (role_row, "notify::selected", G_CALLBACK (role_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), role_row);

  /* The actors the person works for; the stored one even if that link went. */
  gtk_string_list_append (actors, C_("actor", "None"));
  g_array_append_val (actor_ids, none);
  affiliations = mit_store_list_affiliations_of_person (self->store, mit_steering_member_get_person_id (member),
                                                        NULL);
  for (guint i = 0; affiliations != NULL && i < affiliations->len; i++)
    {
      MitAffiliation *affiliation = g_ptr_array_index (affiliations, i);
      gint64 id = mit_affiliation_get_actor_id (affiliation);

      if (id == actor_id)
        selected_actor = actor_ids->len;
      gtk_string_list_append (actors, mit_affiliation_get_actor_name (affiliation));
      g_array_append_val (actor_ids, id);
    }
  if (actor_id > 0 && selected_actor == 0)
    {
      selected_actor = actor_ids->len;
      gtk_string_list_append (actors, mit_steering_member_get_actor_name (member));
      g_array_append_val (actor_ids, actor_id);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actor_row), _("For Actor"));
  adw_combo_row_set_model (ADW_COMBO_ROW (actor_row), G_LIST_MODEL (actors));
  adw_combo_row_set_selected (ADW_COMBO_ROW (actor_row), selected_actor);
  g_object_set_data (G_OBJECT (actor_row), "member", member);
  g_object_set_data_full (G_OBJECT (actor_row), "actor-ids", actor_ids, (GDestroyNotify)g_array_unref);
  g_signal_connect (actor_row, "notify::selected", G_CALLBACK (actor_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actor_row);
  return row;
}

static void
reload (MitSteeringGroupPage *self)
{
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;

  clear_rows (self);
  if (self->store == NULL)
    return;
  members = mit_store_list_steering_members (self->store, &error);
  if (members == NULL)
    {
      g_warning ("Cannot list the steering group: %s", error->message);
      return;
    }

  self->loading = TRUE;
  for (guint i = 0; i < members->len; i++)
    {
      MitSteeringMember *member = g_ptr_array_index (members, i);
      GtkWidget *row;

      g_ptr_array_add (self->members, g_object_ref (member));
      row = build_row (self, member);
      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (self->group, row);
    }
  gtk_stack_set_visible_child_name (self->stack, members->len > 0 ? "members" : "empty");
  self->loading = FALSE;
}

static void
store_changed_cb (MitStore             *store,
                  guint                 kinds,
                  MitSteeringGroupPage *self)
{
  if (kinds & (MIT_RECORD_STEERING_MEMBER | MIT_RECORD_PERSON | MIT_RECORD_ACTOR | MIT_RECORD_AFFILIATION))
    reload (self);
}

static void
show_error (MitSteeringGroupPage *self,
            const char           *heading,
            const GError         *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adds the person for @actor_id (-1: the first actor they work for). */
static void
add_person (MitSteeringGroupPage *self,
            gint64                person_id,
            gint64                actor_id,
            MitMemberRole         role)
{
  g_autoptr(MitSteeringMember) member = mit_steering_member_new (person_id);
  g_autoptr(GError) error = NULL;

  if (actor_id < 0)
    {
      g_autoptr(GPtrArray) affiliations = mit_store_list_affiliations_of_person (self->store, person_id, NULL);

      actor_id = affiliations != NULL && affiliations->len > 0
                 ? mit_affiliation_get_actor_id (g_ptr_array_index (affiliations, 0)) : 0;
    }
  mit_steering_member_set_actor_id (member, actor_id);
  mit_steering_member_set_role (member, role);
  if (!mit_store_save_steering_member (self->store, member, &error))
    {
      show_error (self, _("Could Not Add the Member"), error);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.offer-undo", "(xs)",
                              mit_store_get_last_change (self->store),
                              _("Member added to the steering group"));
}

/* The rows the person picker shows below its list: actor and role. */
typedef struct
{
  MitStore  *store;
  GtkWidget *actor_row;
  GtkWidget *role_row;
  GArray    *actor_ids;
} AddMember;

static void
add_member_free (gpointer data)
{
  AddMember *add = data;

  g_clear_object (&add->store);
  g_clear_pointer (&add->actor_ids, g_array_unref);
  g_free (add);
}

/* The actors the chosen person works for, the first one proposed. */
static void
person_selected_cb (MitLinkDialog *dialog,
                    GParamSpec    *pspec,
                    AddMember     *add)
{
  g_autoptr(GtkStringList) actors = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) affiliations = NULL;
  gint64 person_id = mit_link_dialog_get_selected_id (dialog), none = 0;

  g_array_set_size (add->actor_ids, 0);
  gtk_string_list_append (actors, C_("actor", "None"));
  g_array_append_val (add->actor_ids, none);
  if (person_id > 0)
    affiliations = mit_store_list_affiliations_of_person (add->store, person_id, NULL);
  for (guint i = 0; affiliations != NULL && i < affiliations->len; i++)
    {
      MitAffiliation *affiliation = g_ptr_array_index (affiliations, i);
      gint64 id = mit_affiliation_get_actor_id (affiliation);

      gtk_string_list_append (actors, mit_affiliation_get_actor_name (affiliation));
      g_array_append_val (add->actor_ids, id);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (add->actor_row), G_LIST_MODEL (actors));
  adw_combo_row_set_selected (ADW_COMBO_ROW (add->actor_row), add->actor_ids->len > 1 ? 1 : 0);
  gtk_widget_set_sensitive (add->actor_row, add->actor_ids->len > 1);
}

static void
person_chosen_cb (MitLinkDialog        *dialog,
                  gint64                person_id,
                  const char           *role,
                  MitSteeringGroupPage *self)
{
  AddMember *add = g_object_get_data (G_OBJECT (dialog), "mit-add-member");
  guint actor = adw_combo_row_get_selected (ADW_COMBO_ROW (add->actor_row));

  add_person (self, person_id,
              actor < add->actor_ids->len ? g_array_index (add->actor_ids, gint64, actor) : 0,
              adw_combo_row_get_selected (ADW_COMBO_ROW (add->role_row)));
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitSteeringGroupPage *self = MIT_STEERING_GROUP_PAGE (widget);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  MitLinkDialog *dialog;
  AddMember *add;

  if (self->store == NULL)
    return;
  dialog = mit_link_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                MIT_RECORD_PERSON);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Add Member"));
  mit_link_dialog_set_asks_role (dialog, FALSE);

  add = g_new0 (AddMember, 1);
  add->store = g_object_ref (self->store);
  add->actor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  add->actor_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add->actor_row), _("For Actor"));
  add->role_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add->role_row), C_("steering group", "Role"));
  for (int role = MIT_MEMBER_MEMBER; role <= MIT_MEMBER_ROLE_LAST; role++)
    gtk_string_list_append (roles, mit_member_role_get_label (role));
  adw_combo_row_set_model (ADW_COMBO_ROW (add->role_row), G_LIST_MODEL (roles));
  mit_link_dialog_add_row (dialog, add->actor_row);
  mit_link_dialog_add_row (dialog, add->role_row);
  g_object_set_data_full (G_OBJECT (dialog), "mit-add-member", add, add_member_free);

  g_signal_connect (dialog, "notify::selected-id", G_CALLBACK (person_selected_cb), add);
  person_selected_cb (dialog, NULL, add);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (person_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  add_person (MIT_STEERING_GROUP_PAGE (widget), g_variant_get_int64 (parameter), -1, MIT_MEMBER_MEMBER);
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitSteeringGroupPage *self = MIT_STEERING_GROUP_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 change;

  change = mit_store_delete_steering_member (self->store, g_variant_get_int64 (parameter), &error);
  if (change == 0)
    {
      g_warning ("Cannot remove the member: %s", error->message);
      return;
    }
  gtk_widget_activate_action (widget, "win.offer-undo", "(xs)", change,
                              _("Member removed from the steering group"));
}

static void
mit_steering_group_page_dispose (GObject *object)
{
  MitSteeringGroupPage *self = (MitSteeringGroupPage *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_steering_group_page_parent_class)->dispose (object);
}

static void
mit_steering_group_page_class_init (MitSteeringGroupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_steering_group_page_dispose;

  gtk_widget_class_install_action (widget_class, "steering-group.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "steering-group.add-person", "x", add_person_action);
  gtk_widget_class_install_action (widget_class, "steering-group.remove-member", "x",
                                   remove_member_action);
}

static void
mit_steering_group_page_init (MitSteeringGroupPage *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *add_first = gtk_button_new_with_mnemonic (_("_Add Member…"));

  self->rows = g_ptr_array_new ();
  self->members = g_ptr_array_new_with_free_func (g_object_unref);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Members"));
  adw_preferences_group_set_description (self->group,
                                         _("The people who steer the network, each for an actor."));
  gtk_widget_set_tooltip_text (add, _("Add Member"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Member"), -1);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "steering-group.add-member");
  adw_preferences_group_set_header_suffix (self->group, add);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Members Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Add the contact persons who sit in the steering group, "
                                     "each for the actor they speak for. They can then present "
                                     "agenda items and own action items."));
  gtk_widget_set_halign (add_first, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add_first, "pill");
  gtk_widget_add_css_class (add_first, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_first), "steering-group.add-member");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), add_first);
  gtk_widget_add_css_class (empty, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, page, "members");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

MitSteeringGroupPage *
mit_steering_group_page_new (void)
{
  return g_object_new (MIT_TYPE_STEERING_GROUP_PAGE, NULL);
}

void
mit_steering_group_page_set_store (MitSteeringGroupPage *self,
                                   MitStore             *store)
{
  g_return_if_fail (MIT_IS_STEERING_GROUP_PAGE (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
}

guint
mit_steering_group_page_get_n_members (MitSteeringGroupPage *self)
{
  g_return_val_if_fail (MIT_IS_STEERING_GROUP_PAGE (self), 0);
  return self->rows->len;
}
