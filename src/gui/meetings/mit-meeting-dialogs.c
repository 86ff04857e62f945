/* mit-meeting-dialogs.c: record a decision or an action item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeetings"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-gui-util.h"
#include "mit-link-dialog.h"
#include "mit-meeting-dialogs.h"
#include "mit-meeting-format.h"
#include "mit-meeting-link-row.h"
#include "mit-store-meetings.h"

GtkStringList *
mit_meeting_dialogs_person_choices (MitStore    *store,
                                    gint64       current,
                                    const char  *current_name,
                                    GArray     **ids)
{
  g_autoptr(GPtrArray) members = mit_store_list_steering_members (store, NULL);
  GtkStringList *names = gtk_string_list_new (NULL);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean found = current <= 0;
  gint64 none = 0;

  gtk_string_list_append (names, C_("person", "Nobody"));
  g_array_append_val (out, none);
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      MitSteeringMember *member = g_ptr_array_index (members, i);
      gint64 id = mit_steering_member_get_person_id (member);

      gtk_string_list_append (names, mit_steering_member_get_person_name (member));
      g_array_append_val (out, id);
      found |= id == current;
    }
  if (!found)
    {
      gtk_string_list_append (names, current_name && *current_name ? current_name : "?");
      g_array_append_val (out, current);
    }
  *ids = out;
  return names;
}

static guint
index_of_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static GtkWidget *
new_boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static GtkWidget *
new_spin_row (const char *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 9999, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_object_set_data (G_OBJECT (row), "spin", spin);
  return row;
}

/* ---- decisions ------------------------------------------------------------- */

typedef struct
{
  MitStore    *store;
  MitDecision *decision;
  GtkWidget   *kind_row;
  GtkWidget   *text_row;
  GtkWidget   *votes_switch;
  GtkWidget   *yes_row;
  GtkWidget   *no_row;
  GtkWidget   *abstain_row;
} DecisionDialog;

static void
decision_dialog_free (gpointer data)
{
  DecisionDialog *d = data;

  g_clear_object (&d->store);
  g_clear_object (&d->decision);
  g_free (d);
}

static int
spin_value (GtkWidget *row)
{
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (row), "spin");

  gtk_spin_button_update (spin);
  return gtk_spin_button_get_value_as_int (spin);
}

static void
decision_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      DecisionDialog   *d)
{
  g_autoptr(MitDecision) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "save"))
    return;

  /* Edit a copy: a refused save leaves the caller's object as it was. */
  edited = mit_decision_copy (d->decision);
  text = mit_gui_dup_stripped (GTK_EDITABLE (d->text_row));
  mit_decision_set_kind (edited, adw_combo_row_get_selected (ADW_COMBO_ROW (d->kind_row)));
  mit_decision_set_text (edited, text);
  if (gtk_switch_get_active (GTK_SWITCH (d->votes_switch)))
    mit_decision_set_votes (edited, spin_value (d->yes_row), spin_value (d->no_row),
                            spin_value (d->abstain_row));
  else
    mit_decision_set_has_votes (edited, FALSE);

  /* The fields allow nothing the store refuses; what is left is a
   * database that went away. */
  if (!mit_store_save_decision (d->store, edited, &error))
    {
      g_warning ("Cannot save the decision: %s", error->message);
      return;
    }
  _mit_decision_set_identity (d->decision, mit_decision_get_id (edited), mit_decision_get_uid (edited),
                              mit_decision_get_created (edited), mit_decision_get_modified (edited));
  mit_decision_set_kind (d->decision, mit_decision_get_kind (edited));
  mit_decision_set_text (d->decision, mit_decision_get_text (edited));
  if (mit_decision_get_has_votes (edited))
    mit_decision_set_votes (d->decision, mit_decision_get_votes_yes (edited),
                            mit_decision_get_votes_no (edited), mit_decision_get_votes_abstain (edited));
  else
    mit_decision_set_has_votes (d->decision, FALSE);
}

/**
 * mit_decision_dialog_new:
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
AdwMessageDialog *
mit_decision_dialog_new (GtkWindow   *parent,
                         MitStore    *store,
                         MitDecision *decision)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  DecisionDialog *d = g_new0 (DecisionDialog, 1);
  gboolean is_new = mit_decision_get_id (decision) == 0;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = new_boxed_list ();
  GtkWidget *votes_list = new_boxed_list ();
  GtkWidget *votes_row = adw_action_row_new ();
  AdwMessageDialog *dialog;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (MIT_IS_DECISION (decision), NULL);

  d->store = g_object_ref (store);
  d->decision = g_object_ref (decision);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       is_new ? _("Record Decision") : _("Edit Decision"),
                                                       NULL));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save", is_new ? _("_Record") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  for (int kind = MIT_DECISION_ACKNOWLEDGEMENT; kind <= MIT_DECISION_KIND_LAST; kind++)
    gtk_string_list_append (kinds, mit_decision_kind_get_label (kind));
  d->kind_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->kind_row), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (d->kind_row), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (d->kind_row), mit_decision_get_kind (decision));
  gtk_list_box_append (GTK_LIST_BOX (list), d->kind_row);

  d->text_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->text_row), _("Wording"));
  gtk_editable_set_text (GTK_EDITABLE (d->text_row), mit_decision_get_text (decision));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (d->text_row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), d->text_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (votes_row), _("Votes Counted"));
  d->votes_switch = gtk_switch_new ();
  gtk_widget_set_valign (d->votes_switch, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (d->votes_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Votes Counted"), -1);
  gtk_switch_set_active (GTK_SWITCH (d->votes_switch), mit_decision_get_has_votes (decision));
  adw_action_row_add_suffix (ADW_ACTION_ROW (votes_row), d->votes_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (votes_row), d->votes_switch);
  gtk_list_box_append (GTK_LIST_BOX (votes_list), votes_row);

  d->yes_row = new_spin_row (C_("votes", "Yes"));
  d->no_row = new_spin_row (C_("votes", "No"));
  d->abstain_row = new_spin_row (C_("votes", "Abstentions"));
  if (mit_decision_get_has_votes (decision))
    {
      gtk_spin_button_set_value (g_object_get_data (G_OBJECT (d->yes_row), "spin"),
                                 mit_decision_get_votes_yes (decision));
      gtk_spin_button_set_value (g_object_get_data (G_OBJECT (d->no_row), "spin"),
                                 mit_decision_get_votes_no (decision));
      gtk_spin_button_set_value (g_object_get_data (G_OBJECT (d->abstain_row), "spin"),
                                 mit_decision_get_votes_abstain (decision));
    }
  gtk_list_box_append (GTK_LIST_BOX (votes_list), d->yes_row);
  gtk_list_box_append (GTK_LIST_BOX (votes_list), d->no_row);
  gtk_list_box_append (GTK_LIST_BOX (votes_list), d->abstain_row);
  g_object_bind_property (d->votes_switch, "active", d->yes_row, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (d->votes_switch, "active", d->no_row, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (d->votes_switch, "active", d->abstain_row, "sensitive", G_BINDING_SYNC_CREATE);

  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), votes_list);
  adw_message_dialog_set_extra_child (dialog, box);

  g_object_set_data_full (G_OBJECT (dialog), "mit-decision-dialog", d, decision_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (decision_response_cb), d);
  return dialog;
}

/* ---- action items ----------------------------------------------------------------- */

typedef struct
{
  MitStore      *store;
  MitActionItem *action;
  GArray        *owner_ids;
  GtkWidget     *title_row;
  GtkWidget     *owner_row;
  GtkWidget     *due_row;
  GtkWidget     *status_row;
  GtkWidget     *link_row;
} ActionDialog;

static void
action_dialog_free (gpointer data)
{
  ActionDialog *d = data;

  g_clear_object (&d->store);
  g_clear_object (&d->action);
  g_clear_pointer (&d->owner_ids, g_array_unref);
  g_free (d);
}

/* Save is possible with a title and a due date that is a date or empty. */
static void
action_fields_changed_cb (ActionDialog *d)
{
  g_autofree char *title = mit_gui_dup_stripped (GTK_EDITABLE (d->title_row));
  g_autofree char *text = mit_gui_dup_stripped (GTK_EDITABLE (d->due_row));
  g_autofree char *date = *text ? mit_meeting_parse_date (text) : g_strdup ("");
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_widget_get_root (d->title_row));

  mit_gui_set_row_error (d->due_row, date ? NULL : _("Type a date, e.g. 14.01.2026, or leave it empty"));
  adw_message_dialog_set_response_enabled (dialog, "save", date != NULL && *title != '\0');
}

static void
action_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ActionDialog     *d)
{
  g_autoptr(MitActionItem) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *due = NULL;
  guint owner;

  if (!g_str_equal (response, "save"))
    return;

  title = mit_gui_dup_stripped (GTK_EDITABLE (d->title_row));
  due_text = mit_gui_dup_stripped (GTK_EDITABLE (d->due_row));
  due = *due_text ? mit_meeting_parse_date (due_text) : g_strdup ("");
  if (due == NULL || *title == '\0')
    return;

  edited = mit_action_item_copy (d->action);
  owner = adw_combo_row_get_selected (ADW_COMBO_ROW (d->owner_row));
  mit_action_item_set_title (edited, title);
  mit_action_item_set_due (edited, due);
  mit_action_item_set_owner_id (edited, owner < d->owner_ids->len
                                          ? g_array_index (d->owner_ids, gint64, owner) : 0);
  mit_action_item_set_status (edited, adw_combo_row_get_selected (ADW_COMBO_ROW (d->status_row)));
  mit_action_item_set_event_id (edited, mit_meeting_link_row_get_event_id (MIT_MEETING_LINK_ROW (d->link_row)));
  mit_action_item_set_actor_id (edited, mit_meeting_link_row_get_actor_id (MIT_MEETING_LINK_ROW (d->link_row)));
  mit_action_item_set_target_group_id (edited,
                                       mit_meeting_link_row_get_target_group_id (MIT_MEETING_LINK_ROW (d->link_row)));

  if (!mit_store_save_action_item (d->store, edited, &error))
    {
      g_warning ("Cannot save the action item: %s", error->message);
      return;
    }
  _mit_action_item_set_identity (d->action, mit_action_item_get_id (edited),
                                 mit_action_item_get_uid (edited), mit_action_item_get_created (edited),
                                 mit_action_item_get_modified (edited));
  mit_action_item_set_title (d->action, mit_action_item_get_title (edited));
  mit_action_item_set_due (d->action, mit_action_item_get_due (edited));
  mit_action_item_set_owner_id (d->action, mit_action_item_get_owner_id (edited));
  mit_action_item_set_status (d->action, mit_action_item_get_status (edited));
  mit_action_item_set_event_id (d->action, mit_action_item_get_event_id (edited));
  mit_action_item_set_actor_id (d->action, mit_action_item_get_actor_id (edited));
  mit_action_item_set_target_group_id (d->action, mit_action_item_get_target_group_id (edited));
  _mit_action_item_set_owner_name (d->action, mit_action_item_get_owner_name (edited));
}

/* Offers @person_id in the owner row (it may be no member) and selects it. */
static void
set_owner_choices (ActionDialog *d,
                   gint64        person_id,
                   const char   *name)
{
  g_autoptr(GtkStringList) owners = NULL;

  g_clear_pointer (&d->owner_ids, g_array_unref);
  owners = mit_meeting_dialogs_person_choices (d->store, person_id, name, &d->owner_ids);
  adw_combo_row_set_model (ADW_COMBO_ROW (d->owner_row), G_LIST_MODEL (owners));
  adw_combo_row_set_selected (ADW_COMBO_ROW (d->owner_row), index_of_id (d->owner_ids, person_id));
}

static void
owner_chosen_cb (MitLinkDialog *link,
                 gint64         person_id,
                 const char    *role,
                 ActionDialog  *d)
{
  g_autoptr(MitPerson) person = mit_store_load_person (d->store, person_id, NULL);

  if (person != NULL)
    set_owner_choices (d, person_id, mit_person_get_name (person));
}

static void
choose_owner_cb (GtkButton    *button,
                 ActionDialog *d)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  MitLinkDialog *link = mit_link_dialog_new (GTK_WINDOW (root), d->store, MIT_RECORD_PERSON);

  gtk_window_set_title (GTK_WINDOW (link), _("Choose Owner"));
  mit_link_dialog_set_asks_role (link, FALSE);
  /* The dialog outlives neither: it is modal and destroyed with its parent. */
  g_signal_connect (link, "chosen", G_CALLBACK (owner_chosen_cb), d);
  gtk_window_present (GTK_WINDOW (link));
}

/**
 * mit_action_item_dialog_new:
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
AdwMessageDialog *
mit_action_item_dialog_new (GtkWindow     *parent,
                            MitStore      *store,
                            MitActionItem *action)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  ActionDialog *d = g_new0 (ActionDialog, 1);
  GtkWidget *choose_owner;
  gboolean is_new = mit_action_item_get_id (action) == 0;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = new_boxed_list ();
  AdwMessageDialog *dialog;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (MIT_IS_ACTION_ITEM (action), NULL);

  d->store = g_object_ref (store);
  d->action = g_object_ref (action);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent,
                                                       is_new ? _("Add Action Item") : _("Edit Action Item"),
                                                       NULL));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save", is_new ? C_("verb", "_Add") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  d->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->title_row), _("What Is to Be Done"));
  gtk_editable_set_text (GTK_EDITABLE (d->title_row), mit_action_item_get_title (action));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (d->title_row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), d->title_row);

  d->owner_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->owner_row), _("Owner"));
  set_owner_choices (d, mit_action_item_get_owner_id (action), mit_action_item_get_owner_name (action));
  /* The combo offers the steering group; anyone else is chosen from the directory. */
  choose_owner = gtk_button_new_from_icon_name ("system-search-symbolic");
  gtk_widget_set_tooltip_text (choose_owner, _("Choose Another Contact Person"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (choose_owner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose Another Contact Person"), -1);
  gtk_widget_set_valign (choose_owner, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (choose_owner, "flat");
  g_signal_connect (choose_owner, "clicked", G_CALLBACK (choose_owner_cb), d);
  adw_action_row_add_suffix (ADW_ACTION_ROW (d->owner_row), choose_owner);
  gtk_list_box_append (GTK_LIST_BOX (list), d->owner_row);

  d->due_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->due_row), _("Due Date"));
  gtk_editable_set_text (GTK_EDITABLE (d->due_row), mit_action_item_get_due (action));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (d->due_row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), d->due_row);

  for (int status = MIT_ACTION_OPEN; status <= MIT_ACTION_STATUS_LAST; status++)
    gtk_string_list_append (statuses, mit_action_status_get_label (status));
  d->status_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->status_row), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (d->status_row), G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (ADW_COMBO_ROW (d->status_row), mit_action_item_get_status (action));
  gtk_list_box_append (GTK_LIST_BOX (list), d->status_row);

  d->link_row = mit_meeting_link_row_new (store, _("Linked To"), FALSE);
  mit_meeting_link_row_set_link (MIT_MEETING_LINK_ROW (d->link_row), mit_action_item_get_event_id (action),
                                 mit_action_item_get_actor_id (action),
                                 mit_action_item_get_target_group_id (action));
  gtk_list_box_append (GTK_LIST_BOX (list), d->link_row);

  gtk_box_append (GTK_BOX (box), list);
  adw_message_dialog_set_extra_child (dialog, box);

  g_object_set_data_full (G_OBJECT (dialog), "mit-action-item-dialog", d, action_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (action_response_cb), d);
  g_signal_connect_swapped (d->title_row, "changed", G_CALLBACK (action_fields_changed_cb), d);
  g_signal_connect_swapped (d->due_row, "changed", G_CALLBACK (action_fields_changed_cb), d);
  action_fields_changed_cb (d);
  return dialog;
}
