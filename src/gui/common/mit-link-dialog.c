/* mit-link-dialog.c: choose an actor or a person to link, with a role
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitLinkDialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-link-dialog.h"
#include "mit-query-model.h"
#include "mit-store.h"

struct _MitLinkDialog
{
  AdwWindow           parent_instance;

  /* template widgets */
  GtkButton          *link_button;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  AdwEntryRow        *role_row;

  /* owned */
  MitStore           *store;
  MitQueryModel      *model;
  GtkSingleSelection *selection;
  MitRecordKind       choose;
};

G_DEFINE_FINAL_TYPE (MitLinkDialog, mit_link_dialog, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_link_enabled (MitLinkDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "link.link",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
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
  else
    {
      mit_query_model_set_search_text (self->model, text);
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
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autofree char *role = NULL;
  gint64 id;

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  id = mit_query_model_get_id (self->model, position);
  role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->role_row))));

  g_signal_emit (self, signals[CHOSEN], 0, id, role);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    MitLinkDialog  *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->role_row));
}

static void
list_activate_cb (GtkListView   *view,
                  guint          position,
                  MitLinkDialog *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_grab_focus (GTK_WIDGET (self->role_row));
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

  gtk_label_set_text (GTK_LABEL (subtitle), detail != NULL ? detail : "");
  gtk_widget_set_visible (subtitle, detail != NULL && *detail != '\0');
}

static void
mit_link_dialog_dispose (GObject *object)
{
  MitLinkDialog *self = (MitLinkDialog *)object;

  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_link_dialog_parent_class)->dispose (object);
}

static void
mit_link_dialog_class_init (MitLinkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_link_dialog_dispose;

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
  g_return_val_if_fail (choose == MIT_RECORD_ACTOR || choose == MIT_RECORD_PERSON, NULL);

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
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Link Contact Person"));
      g_object_set (self->search_entry, "placeholder-text", _("Search contact persons"), NULL);
    }

  self->model = mit_query_model_new (store, choose);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
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
