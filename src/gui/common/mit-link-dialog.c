/* mit-link-dialog.c: choose an actor, a person, an event or a target group
 * to link, with a role
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitLinkDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-event.h"
#include "mit-link-dialog.h"
#include "mit-query-model.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"
#include "mit-validate.h"

struct _MitLinkDialog
{
  AdwWindow           parent_instance;

  /* template widgets */
  GtkButton          *link_button;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  AdwEntryRow        *role_row;
  GtkListBox         *rows_box;

  /* owned */
  MitStore           *store;
  MitQueryModel      *model;      /* actors and persons */
  GtkCustomFilter    *filter;     /* events and target groups, held in memory */
  GStrv               words;      /* what that filter looks for */
  GtkSingleSelection *selection;
  MitRecordKind       choose;
  gint64              selected_id;
  guint               n_extra_rows;
};

G_DEFINE_FINAL_TYPE (MitLinkDialog, mit_link_dialog, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
record_get_id (gpointer record)
{
  if (MIT_IS_ACTOR (record))
    return mit_actor_get_id (record);
  if (MIT_IS_PERSON (record))
    return mit_person_get_id (record);
  if (MIT_IS_EVENT (record))
    return mit_event_get_id (record);
  if (MIT_IS_TARGET_GROUP (record))
    return mit_target_group_get_id (record);
  return 0;
}

static gint64
get_id_at (MitLinkDialog *self,
           guint          position)
{
  g_autoptr(GObject) record = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return 0;
  if (self->model != NULL)
    return mit_query_model_get_id (self->model, position);
  record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  return record != NULL ? record_get_id (record) : 0;
}

static void
update_link_enabled (MitLinkDialog *self)
{
  gint64 id = get_id_at (self, gtk_single_selection_get_selected (self->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "link.link", id > 0);
  if (id != self->selected_id)
    {
      self->selected_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
    }
}

/* The date part of an event's start ("YYYY-MM-DDTHH:MM"), as people read it. */
static char *
dup_event_date (MitEvent *event)
{
  g_autofree char *day = g_strndup (mit_event_get_starts (event), 10);

  return mit_date_format (day);
}

static gboolean
filter_match_cb (gpointer item,
                 gpointer user_data)
{
  MitLinkDialog *self = user_data;
  g_autofree char *date = NULL;
  const char *title = "";
  const char *more = "";

  if (self->words == NULL)
    return TRUE;
  if (MIT_IS_EVENT (item))
    {
      title = mit_event_get_title (item);
      more = date = dup_event_date (item);
    }
  else if (MIT_IS_TARGET_GROUP (item))
    {
      title = mit_target_group_get_name (item);
    }
  for (guint i = 0; self->words[i] != NULL; i++)
    if (*self->words[i] != '\0' && !g_str_match_string (self->words[i], title, TRUE)
        && !g_str_match_string (self->words[i], more, TRUE))
      return FALSE;
  return TRUE;
}

/* Events and target groups are few (hundreds): all of them, filtered here. */
static GListModel *
load_records (MitLinkDialog *self)
{
  GListStore *records = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;

  if (self->choose == MIT_RECORD_EVENT)
    {
      ids = mit_store_find_event_ids (self->store, NULL, &error);
      if (ids != NULL)
        loaded = mit_store_load_events (self->store, (const gint64 *)(gpointer)ids->data, ids->len, &error);
    }
  else
    {
      ids = mit_store_find_target_group_ids (self->store, "", -1, FALSE, &error);
      if (ids != NULL)
        loaded = mit_store_load_target_groups (self->store, (const gint64 *)(gpointer)ids->data, ids->len,
                                               &error);
    }
  if (loaded == NULL)
    g_warning ("Cannot list what can be linked: %s", error->message);
  else
    g_list_store_splice (records, 0, 0, loaded->pdata, loaded->len);
  return G_LIST_MODEL (records);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   MitLinkDialog  *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (self->choose == MIT_RECORD_ACTOR)
    {
      MitActorFilter filter;

      mit_actor_filter_init (&filter);
      filter.text = g_strdup (text);
      mit_query_model_set_actor_filter (self->model, &filter);
      mit_actor_filter_clear (&filter);
    }
  else if (self->choose == MIT_RECORD_PERSON)
    {
      mit_query_model_set_search_text (self->model, text);
    }
  else
    {
      g_strfreev (self->words);
      self->words = g_strsplit_set (text, " \t", -1);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_link_enabled (self);
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitLinkDialog *self = MIT_LINK_DIALOG (widget);
  gint64 id = get_id_at (self, gtk_single_selection_get_selected (self->selection));
  g_autofree char *role = NULL;

  if (id <= 0)
    return;

  role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->role_row))));

  g_signal_emit (self, signals[CHOSEN], 0, id, role);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Enter goes on to the role when there is one to type, else it links. */
static void
go_on (MitLinkDialog *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->role_row)) || self->n_extra_rows > 0)
    gtk_widget_child_focus (GTK_WIDGET (self->rows_box), GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "link.link", NULL);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    MitLinkDialog  *self)
{
  go_on (self);
}

static void
list_activate_cb (GtkListView   *view,
                  guint          position,
                  MitLinkDialog *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  go_on (self);
}

static void
role_activated_cb (AdwEntryRow   *row,
                   MitLinkDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "link.link", NULL);
}

static void
selection_changed_cb (MitLinkDialog *self)
{
  update_link_enabled (self);
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
  else if (MIT_IS_PERSON (record))
    {
      gtk_label_set_text (GTK_LABEL (title), mit_person_get_name (MIT_PERSON (record)));
      detail = g_strdup (mit_person_get_text (MIT_PERSON (record), MIT_PERSON_EMAIL));
    }
  else if (MIT_IS_EVENT (record))
    {
      gtk_label_set_text (GTK_LABEL (title), mit_event_get_title (MIT_EVENT (record)));
      detail = dup_event_date (MIT_EVENT (record));
    }
  else if (MIT_IS_TARGET_GROUP (record))
    {
      gtk_label_set_text (GTK_LABEL (title), mit_target_group_get_name (MIT_TARGET_GROUP (record)));
      detail = g_strdup (mit_target_group_get_description (MIT_TARGET_GROUP (record)));
    }

  gtk_label_set_text (GTK_LABEL (subtitle), detail != NULL ? detail : "");
  gtk_widget_set_visible (subtitle, detail != NULL && *detail != '\0');
}

static void
mit_link_dialog_dispose (GObject *object)
{
  MitLinkDialog *self = (MitLinkDialog *)object;

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_link_dialog_parent_class)->dispose (object);
}

static void
mit_link_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MitLinkDialog *self = MIT_LINK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_link_dialog_class_init (MitLinkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_link_dialog_dispose;
  object_class->get_property = mit_link_dialog_get_property;

  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MitLinkDialog::chosen:
   * @id: the chosen actor or person
   * @role: the role typed in, possibly empty
   */
  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/common/mit-link-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitLinkDialog, link_button);
  gtk_widget_class_bind_template_child (widget_class, MitLinkDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitLinkDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, MitLinkDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, MitLinkDialog, rows_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_activated_cb);

  gtk_widget_class_install_action (widget_class, "link.link", NULL, link_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_link_dialog_init (MitLinkDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MitLinkDialog *
mit_link_dialog_new (GtkWindow     *parent,
                     MitStore      *store,
                     MitRecordKind  choose)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  MitLinkDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (choose == MIT_RECORD_ACTOR || choose == MIT_RECORD_PERSON
                        || choose == MIT_RECORD_EVENT || choose == MIT_RECORD_TARGET_GROUP, NULL);

  self = g_object_new (MIT_TYPE_LINK_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->choose = choose;

  if (choose == MIT_RECORD_ACTOR)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Link to Organisation"));
      g_object_set (self->search_entry, "placeholder-text", _("Search organisations"), NULL);
    }
  else if (choose == MIT_RECORD_PERSON)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Link Contact Person"));
      g_object_set (self->search_entry, "placeholder-text", _("Search contact persons"), NULL);
    }
  else if (choose == MIT_RECORD_EVENT)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Link Event"));
      g_object_set (self->search_entry, "placeholder-text", _("Search events"), NULL);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Link Target Group"));
      g_object_set (self->search_entry, "placeholder-text", _("Search target groups"), NULL);
    }

  if (choose == MIT_RECORD_ACTOR || choose == MIT_RECORD_PERSON)
    {
      self->model = mit_query_model_new (store, choose);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
    }
  else
    {
      self->filter = gtk_custom_filter_new (filter_match_cb, self, NULL);
      self->selection = gtk_single_selection_new (G_LIST_MODEL (
        gtk_filter_list_model_new (load_records (self), g_object_ref (GTK_FILTER (self->filter)))));
    }
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  update_link_enabled (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

void
mit_link_dialog_set_asks_role (MitLinkDialog *self,
                               gboolean       asks_role)
{
  g_return_if_fail (MIT_IS_LINK_DIALOG (self));

  gtk_widget_set_visible (GTK_WIDGET (self->role_row), asks_role);
  gtk_widget_set_visible (GTK_WIDGET (self->rows_box), asks_role || self->n_extra_rows > 0);
}

void
mit_link_dialog_add_row (MitLinkDialog *self,
                         GtkWidget     *row)
{
  g_return_if_fail (MIT_IS_LINK_DIALOG (self));
  g_return_if_fail (GTK_IS_WIDGET (row));

  self->n_extra_rows++;
  gtk_list_box_append (self->rows_box, row);
  gtk_widget_set_visible (GTK_WIDGET (self->rows_box), TRUE);
}

gint64
mit_link_dialog_get_selected_id (MitLinkDialog *self)
{
  g_return_val_if_fail (MIT_IS_LINK_DIALOG (self), 0);

  return self->selected_id;
}

gboolean
mit_link_dialog_select_id (MitLinkDialog *self,
                           gint64         id)
{
  guint n;

  g_return_val_if_fail (MIT_IS_LINK_DIALOG (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    if (get_id_at (self, i) == id)
      {
        gtk_single_selection_set_selected (self->selection, i);
        update_link_enabled (self);
        return TRUE;
      }
  return FALSE;
}
