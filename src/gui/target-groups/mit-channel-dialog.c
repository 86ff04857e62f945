/* mit-channel-dialog.c: add or edit a channel, from the actor's or the
 * target group's side
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitChannelDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-actor.h"
#include "mit-affiliation.h"
#include "mit-channel.h"
#include "mit-channel-dialog.h"
#include "mit-gui-util.h"
#include "mit-query-model.h"
#include "mit-store.h"
#include "mit-store-groups.h"

struct _MitChannelDialog
{
  AdwWindow           parent_instance;

  /* template widgets */
  GtkButton          *save_button;
  GtkWidget          *chooser_box;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  AdwActionRow       *other_row;
  AdwComboRow        *how_row;
  AdwComboRow        *strength_row;
  AdwComboRow        *contact_row;
  AdwEntryRow        *notes_row;
  GtkLabel           *error_label;

  /* owned */
  MitStore           *store;
  MitChannel         *channel;       /* a copy when editing */
  GListModel         *choices;       /* MitQueryModel of actors or GListStore of groups */
  GtkSingleSelection *selection;
  GArray             *contact_ids;   /* gint64, parallel to the contact row's items */
  MitRecordKind       side;
  gboolean            editing;
  gint64              contacts_of;   /* the actor whose persons contact_row lists */
};

G_DEFINE_FINAL_TYPE (MitChannelDialog, mit_channel_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The id of the record chosen in the list, or 0. */
static gint64
get_chosen_id (MitChannelDialog *self)
{
  guint position;

  if (self->selection == NULL)
    return 0;

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    return 0;

  if (self->side == MIT_RECORD_TARGET_GROUP)
    return mit_query_model_get_id (MIT_QUERY_MODEL (self->choices), position);
  else
    {
      g_autoptr(MitTargetGroup) group = g_list_model_get_item (self->choices, position);

      return group != NULL ? mit_target_group_get_id (group) : 0;
    }
}

static gint64
get_actor_id (MitChannelDialog *self)
{
  if (self->editing || self->side == MIT_RECORD_ACTOR)
    return mit_channel_get_actor_id (self->channel);
  return get_chosen_id (self);
}

static gint64
get_group_id (MitChannelDialog *self)
{
  if (self->editing || self->side == MIT_RECORD_TARGET_GROUP)
    return mit_channel_get_group_id (self->channel);
  return get_chosen_id (self);
}

static const char *
get_how (MitChannelDialog *self)
{
  const char * const *keys = mit_channel_how_list ();
  guint position = adw_combo_row_get_selected (self->how_row);

  if (position >= g_strv_length ((char **)keys))
    return MIT_CHANNEL_HOW_OTHER;
  return keys[position];
}

static gint64
get_contact_id (MitChannelDialog *self)
{
  guint position = adw_combo_row_get_selected (self->contact_row);

  if (position >= self->contact_ids->len)
    return 0;
  return g_array_index (self->contact_ids, gint64, position);
}

static guint
contact_index (MitChannelDialog *self,
               gint64            person_id)
{
  for (guint i = 0; i < self->contact_ids->len; i++)
    if (g_array_index (self->contact_ids, gint64, i) == person_id)
      return i;
  return G_MAXUINT;
}

/* Lists the contact persons of the actor of the channel, keeping the one
 * chosen when it is still listed. */
static void
fill_contacts (MitChannelDialog *self)
{
  gint64 actor_id = get_actor_id (self);
  gint64 keep = self->contacts_of == 0 ? mit_channel_get_contact_id (self->channel)
                                       : get_contact_id (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;
  guint selected = 0;

  g_array_set_size (self->contact_ids, 0);
  g_array_append_val (self->contact_ids, none);
  gtk_string_list_append (names, C_("key contact", "None"));

  if (actor_id > 0)
    {
      links = mit_store_list_affiliations_of_actor (self->store, actor_id, &error);
      if (links == NULL)
        g_warning ("Cannot list the contact persons: %s", error->message);
    }

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      MitAffiliation *link = g_ptr_array_index (links, i);
      gint64 person_id = mit_affiliation_get_person_id (link);
      const char *role = mit_affiliation_get_role (link);
      g_autofree char *label = NULL;

      /* One person may hold two roles at the same actor. */
      if (contact_index (self, person_id) != G_MAXUINT)
        continue;

      if (role != NULL && *role != '\0')
        /* Translators: a contact person and their role, e.g. "Anna Berg (Beraterin)" */
        label = g_strdup_printf (_("%s (%s)"), mit_affiliation_get_person_name (link), role);
      else
        label = g_strdup (mit_affiliation_get_person_name (link));

      if (person_id == keep)
        selected = self->contact_ids->len;
      g_array_append_val (self->contact_ids, person_id);
      gtk_string_list_append (names, label);
    }

  /* A key contact who has left the actor since stays visible. */
  if (keep > 0 && selected == 0 && actor_id == mit_channel_get_actor_id (self->channel))
    {
      const char *name = mit_channel_get_contact_name (self->channel);

      selected = self->contact_ids->len;
      g_array_append_val (self->contact_ids, keep);
      gtk_string_list_append (names, name != NULL && *name != '\0' ? name : _("Unknown Person"));
    }

  self->contacts_of = actor_id;
  adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->contact_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->contact_row), actor_id > 0);
}

/* The channel of the same actor to the same group in the same way, if
 * there is one other than the one edited. */
static MitChannel *
find_duplicate (MitChannelDialog *self,
                gint64            actor_id,
                gint64            group_id,
                const char       *how)
{
  g_autoptr(GPtrArray) channels = NULL;

  channels = mit_store_list_channels_of_group (self->store, group_id, NULL);
  for (guint i = 0; channels != NULL && i < channels->len; i++)
    {
      MitChannel *channel = g_ptr_array_index (channels, i);

      if (mit_channel_get_actor_id (channel) == actor_id &&
          g_strcmp0 (mit_channel_get_how (channel), how) == 0 &&
          mit_channel_get_id (channel) != mit_channel_get_id (self->channel))
        return g_object_ref (channel);
    }
  return NULL;
}

static gboolean
check_input (MitChannelDialog *self)
{
  gint64 actor_id = get_actor_id (self);
  gint64 group_id = get_group_id (self);
  g_autoptr(MitChannel) duplicate = NULL;
  g_autofree char *message = NULL;

  if (actor_id > 0 && group_id > 0)
    duplicate = find_duplicate (self, actor_id, group_id, get_how (self));

  if (duplicate != NULL)
    message = g_strdup_printf (_("“%s” already reaches “%s” by way of “%s”. "
                                 "Change that channel instead, or choose another way."),
                               mit_channel_get_actor_name (duplicate),
                               mit_channel_get_group_name (duplicate),
                               mit_channel_how_get_label (mit_channel_get_how (duplicate)));

  mit_gui_set_row_error (GTK_WIDGET (self->how_row), message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "channel.save",
                                 actor_id > 0 && group_id > 0 && duplicate == NULL);

  return actor_id > 0 && group_id > 0 && duplicate == NULL;
}

static void
choice_changed_cb (MitChannelDialog *self)
{
  if (self->side == MIT_RECORD_TARGET_GROUP && get_actor_id (self) != self->contacts_of)
    fill_contacts (self);
  check_input (self);
}

static void
fill_groups (MitChannelDialog *self,
             const char       *text)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;

  ids = mit_store_find_target_group_ids (self->store, text, -1, FALSE, &error);
  if (ids != NULL)
    groups = mit_store_load_target_groups (self->store, (const gint64 *)(gpointer)ids->data,
                                           ids->len, &error);
  if (groups == NULL)
    {
      g_warning ("Cannot list the target groups: %s", error->message);
      return;
    }

  g_list_store_splice (G_LIST_STORE (self->choices), 0,
                       g_list_model_get_n_items (self->choices),
                       groups->pdata, groups->len);
}

static void
search_changed_cb (GtkSearchEntry   *entry,
                   MitChannelDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (self->choices == NULL)
    return;

  if (self->side == MIT_RECORD_TARGET_GROUP)
    {
      MitActorFilter filter;

      mit_actor_filter_init (&filter);
      filter.text = g_strdup (text);
      mit_query_model_set_actor_filter (MIT_QUERY_MODEL (self->choices), &filter);
      mit_actor_filter_clear (&filter);
    }
  else
    {
      fill_groups (self, text);
    }

  if (g_list_model_get_n_items (self->choices) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  choice_changed_cb (self);
}

static void
search_activate_cb (GtkSearchEntry   *entry,
                    MitChannelDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->how_row));
}

static void
list_activate_cb (GtkListView      *view,
                  guint             position,
                  MitChannelDialog *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_grab_focus (GTK_WIDGET (self->how_row));
}

static void
notes_activated_cb (AdwEntryRow      *row,
                    MitChannelDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "channel.save", NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitChannelDialog *self = MIT_CHANNEL_DIALOG (widget);
  g_autofree char *notes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 actor_id, group_id, contact_id;
  const char *how;
  guint strength;

  if (!check_input (self))
    return;

  actor_id = get_actor_id (self);
  group_id = get_group_id (self);
  contact_id = get_contact_id (self);
  how = get_how (self);
  strength = adw_combo_row_get_selected (self->strength_row);
  if (strength > MIT_CHANNEL_STRENGTH_LAST)
    strength = MIT_CHANNEL_REGULAR;
  notes = mit_gui_dup_stripped (GTK_EDITABLE (self->notes_row));

  /* Saving an unchanged channel writes nothing: no change to offer. */
  if (self->editing &&
      g_strcmp0 (mit_channel_get_how (self->channel), how) == 0 &&
      mit_channel_get_strength (self->channel) == (MitChannelStrength)strength &&
      mit_channel_get_contact_id (self->channel) == contact_id &&
      g_strcmp0 (mit_channel_get_notes (self->channel), notes) == 0)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  mit_channel_set_actor_id (self->channel, actor_id);
  mit_channel_set_group_id (self->channel, group_id);
  mit_channel_set_how (self->channel, how);
  mit_channel_set_strength (self->channel, strength);
  mit_channel_set_contact_id (self->channel, contact_id);
  mit_channel_set_notes (self->channel, notes);

  if (!mit_store_save_channel (self->store, self->channel, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The channel could not be saved: %s"),
                                                  error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, mit_store_get_last_change (self->store));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GObject *record = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *detail = NULL;

  if (MIT_IS_ACTOR (record))
    {
      gtk_label_set_text (GTK_LABEL (title), mit_actor_get_name (MIT_ACTOR (record)));
      detail = mit_actor_dup_address_line (MIT_ACTOR (record));
    }
  else if (MIT_IS_TARGET_GROUP (record))
    {
      gtk_label_set_text (GTK_LABEL (title), mit_target_group_get_name (MIT_TARGET_GROUP (record)));
      detail = g_strdup (mit_target_group_get_district (MIT_TARGET_GROUP (record)));
    }

  gtk_label_set_text (GTK_LABEL (subtitle), detail != NULL ? detail : "");
  gtk_widget_set_visible (subtitle, detail != NULL && *detail != '\0');
}

static void
mit_channel_dialog_dispose (GObject *object)
{
  MitChannelDialog *self = (MitChannelDialog *)object;

  /* The rows go after this; their last notifications find no channel. */
  if (self->how_row != NULL)
    g_signal_handlers_disconnect_by_data (self->how_row, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->choices);
  g_clear_object (&self->channel);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_channel_dialog_parent_class)->dispose (object);
}

static void
mit_channel_dialog_finalize (GObject *object)
{
  MitChannelDialog *self = (MitChannelDialog *)object;

  g_clear_pointer (&self->contact_ids, g_array_unref);

  G_OBJECT_CLASS (mit_channel_dialog_parent_class)->finalize (object);
}

static void
mit_channel_dialog_class_init (MitChannelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_channel_dialog_dispose;
  object_class->finalize = mit_channel_dialog_finalize;

  /**
   * MitChannelDialog::saved:
   * @change: the change number of the saving, for mit_store_undo()
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/target-groups/mit-channel-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, chooser_box);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, other_row);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, how_row);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, strength_row);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, MitChannelDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, notes_activated_cb);

  gtk_widget_class_install_action (widget_class, "channel.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_channel_dialog_init (MitChannelDialog *self)
{
  g_autoptr(GtkStringList) hows = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) strengths = gtk_string_list_new (NULL);
  const char * const *keys = mit_channel_how_list ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; keys[i] != NULL; i++)
    gtk_string_list_append (hows, mit_channel_how_get_label (keys[i]));
  adw_combo_row_set_model (self->how_row, G_LIST_MODEL (hows));

  for (int strength = MIT_CHANNEL_WEAK; strength <= MIT_CHANNEL_STRENGTH_LAST; strength++)
    gtk_string_list_append (strengths, mit_channel_strength_get_label (strength));
  adw_combo_row_set_model (self->strength_row, G_LIST_MODEL (strengths));

  g_signal_connect_object (self->how_row, "notify::selected",
                           G_CALLBACK (check_input), self, G_CONNECT_SWAPPED);
}

static void
fill_values (MitChannelDialog *self)
{
  const char * const *keys = mit_channel_how_list ();

  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], mit_channel_get_how (self->channel)) == 0)
      adw_combo_row_set_selected (self->how_row, i);
  adw_combo_row_set_selected (self->strength_row, mit_channel_get_strength (self->channel));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), mit_channel_get_notes (self->channel));
  fill_contacts (self);
}

/**
 * mit_channel_dialog_new_add:
 *
 * Returns: (transfer none): a new dialog, not yet presented
 */
MitChannelDialog *
mit_channel_dialog_new_add (GtkWindow     *parent,
                            MitStore      *store,
                            MitRecordKind  side,
                            gint64         id)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  MitChannelDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (side == MIT_RECORD_TARGET_GROUP || side == MIT_RECORD_ACTOR, NULL);
  g_return_val_if_fail (id > 0, NULL);

  self = g_object_new (MIT_TYPE_CHANNEL_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->side = side;

  if (side == MIT_RECORD_TARGET_GROUP)
    {
      self->channel = mit_channel_new (0, id);
      self->choices = G_LIST_MODEL (mit_query_model_new (store, MIT_RECORD_ACTOR));
      gtk_window_set_title (GTK_WINDOW (self), _("Add an Actor Reaching the Group"));
      g_object_set (self->search_entry, "placeholder-text", _("Search actors"), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Actors"),
                                      -1);
    }
  else
    {
      self->channel = mit_channel_new (id, 0);
      self->choices = G_LIST_MODEL (g_list_store_new (MIT_TYPE_TARGET_GROUP));
      fill_groups (self, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Add a Target Group Reached"));
      g_object_set (self->search_entry, "placeholder-text", _("Search target groups"), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Target groups"),
                                      -1);
    }
  gtk_button_set_label (self->save_button, C_("verb", "_Add"));

  self->selection = gtk_single_selection_new (g_object_ref (self->choices));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (choice_changed_cb), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  gtk_widget_set_visible (GTK_WIDGET (self->other_row), FALSE);
  fill_values (self);
  check_input (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

/**
 * mit_channel_dialog_new_edit:
 *
 * Returns: (transfer none): a new dialog, not yet presented
 */
MitChannelDialog *
mit_channel_dialog_new_edit (GtkWindow     *parent,
                             MitStore      *store,
                             MitRecordKind  side,
                             MitChannel    *channel)
{
  MitChannelDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (side == MIT_RECORD_TARGET_GROUP || side == MIT_RECORD_ACTOR, NULL);
  g_return_val_if_fail (MIT_IS_CHANNEL (channel), NULL);

  self = g_object_new (MIT_TYPE_CHANNEL_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->side = side;
  self->editing = TRUE;
  self->channel = mit_channel_copy (channel);

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Channel"));
  gtk_button_set_label (self->save_button, _("_Save"));
  gtk_widget_set_visible (self->chooser_box, FALSE);

  if (side == MIT_RECORD_TARGET_GROUP)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->other_row), _("Actor"));
      adw_action_row_set_subtitle (self->other_row, mit_channel_get_actor_name (channel));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->other_row), _("Target Group"));
      adw_action_row_set_subtitle (self->other_row, mit_channel_get_group_name (channel));
    }

  fill_values (self);
  check_input (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->how_row));

  return self;
}

gboolean
mit_channel_dialog_choose (MitChannelDialog *self,
                           gint64            id)
{
  guint n;

  g_return_val_if_fail (MIT_IS_CHANNEL_DIALOG (self), FALSE);

  if (self->editing || self->selection == NULL)
    return FALSE;

  if (self->side == MIT_RECORD_TARGET_GROUP)
    {
      guint position = mit_query_model_find_id (MIT_QUERY_MODEL (self->choices), id);

      if (position == G_MAXUINT)
        return FALSE;
      gtk_single_selection_set_selected (self->selection, position);
      return TRUE;
    }

  n = g_list_model_get_n_items (self->choices);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MitTargetGroup) group = g_list_model_get_item (self->choices, i);

      if (mit_target_group_get_id (group) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}
