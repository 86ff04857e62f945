/* mit-person-list.c: the searchable list of contact persons
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

#define G_LOG_DOMAIN "MitPersonList"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-person-list.h"
#include "mit-gui-util.h"
#include "mit-query-model.h"
#include "mit-store.h"
#include "mit-text-util.h"

struct _MitPersonList
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkLabel           *count_label;
  GtkListView        *list_view;

  /* owned */
  MitStore           *store;
  MitQueryModel      *model;
  GtkSingleSelection *selection;
  gint64              selected_id;
  guint               updating : 1;
  guint               in_key_press : 1;
};

G_DEFINE_FINAL_TYPE (MitPersonList, mit_person_list, ADW_TYPE_BIN)

enum {
  PERSON_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_state (MitPersonList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  g_autofree char *count = mit_text_format_person_count (n);

  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (mit_store_count_persons (self->store) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "no-results");

  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry),
                            n > 0 || mit_store_count_persons (self->store) > 0);
}

static void
restore_selection (MitPersonList *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->selected_id > 0)
    position = mit_query_model_find_id (self->model, self->selected_id);
  if (position == G_MAXUINT)
    position = GTK_INVALID_LIST_POSITION;

  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating = FALSE;
}

static void
apply_search (MitPersonList *self)
{
  if (self->model == NULL)
    return;

  self->updating = TRUE;
  mit_query_model_set_search_text (self->model, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  self->updating = FALSE;

  restore_selection (self);
  update_state (self);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   MitPersonList  *self)
{
  apply_search (self);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    MitPersonList  *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  self->selected_id = mit_query_model_get_id (self->model, 0);
  g_signal_emit (self, signals[PERSON_SELECTED], 0, self->selected_id, TRUE);
}

static void
search_stop_cb (GtkSearchEntry *entry,
                MitPersonList  *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
selection_changed_cb (MitPersonList *self)
{
  guint position;
  gint64 id;

  if (self->updating)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  id = mit_query_model_get_id (self->model, position);
  if (id == self->selected_id)
    return;

  self->selected_id = id;
  g_signal_emit (self, signals[PERSON_SELECTED], 0, id, !self->in_key_press);
}

static void
list_activate_cb (GtkListView   *view,
                  guint          position,
                  MitPersonList *self)
{
  self->selected_id = mit_query_model_get_id (self->model, position);
  g_signal_emit (self, signals[PERSON_SELECTED], 0, self->selected_id, TRUE);
}

static void
model_items_changed_cb (MitPersonList *self)
{
  if (self->updating)
    return;

  restore_selection (self);
  update_state (self);
}

static void
store_changed_cb (MitStore      *store,
                  guint          kinds,
                  MitPersonList *self)
{
  update_state (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MitPersonList         *self)
{
  /* Before the search entry's type-to-search sees it, which would take
   * Delete for itself. */
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) &&
      (state & gtk_accelerator_get_default_mod_mask ()) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.delete", NULL);
      return GDK_EVENT_STOP;
    }

  self->in_key_press = TRUE;
  return GDK_EVENT_PROPAGATE;
}

static void
key_released_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 MitPersonList         *self)
{
  self->in_key_press = FALSE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MitPersonList            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (C_("person", "Volunteer"));
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 30);
  gtk_widget_set_hexpand (name, TRUE);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "mit-kind-label");
  gtk_widget_add_css_class (badge, "caption");

  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 30);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");

  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), badge);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_list_item_set_child (item, box);
}

static void
update_row (GtkListItem *item,
            gpointer     user_data)
{
  MitPerson *person = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (top);
  GtkWidget *badge = gtk_widget_get_next_sibling (name);
  GtkWidget *detail = gtk_widget_get_next_sibling (top);
  const char *email;
  const char *phone;
  g_autofree char *line = NULL;

  if (!MIT_IS_PERSON (person))
    return;

  email = mit_person_get_text (person, MIT_PERSON_EMAIL);
  phone = mit_person_get_text (person, MIT_PERSON_PHONE);
  if (*email != '\0' && *phone != '\0')
    line = g_strdup_printf ("%s · %s", email, phone);
  else
    line = g_strdup (*email != '\0' ? email : phone);

  gtk_label_set_text (GTK_LABEL (name), mit_person_get_name (person));
  gtk_widget_set_visible (badge, mit_person_get_volunteer (person));
  gtk_label_set_text (GTK_LABEL (detail), line);
  gtk_widget_set_visible (detail, *line != '\0');
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             MitPersonList            *self)
{
  mit_gui_list_item_watch (item, update_row, self);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MitPersonList            *self)
{
  mit_gui_list_item_unwatch (item);
}

static void
mit_person_list_dispose (GObject *object)
{
  MitPersonList *self = (MitPersonList *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_PERSON_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_person_list_parent_class)->dispose (object);
}

static void
mit_person_list_class_init (MitPersonListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_person_list_dispose;

  /**
   * MitPersonList::person-selected:
   * @id: the person
   * @open: TRUE when the user chose it (click, Enter), FALSE when moving
   *   through the list with the keyboard
   */
  signals[PERSON_SELECTED] =
    g_signal_new ("person-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/persons/mit-person-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MitPersonList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitPersonList, stack);
  gtk_widget_class_bind_template_child (widget_class, MitPersonList, count_label);
  gtk_widget_class_bind_template_child (widget_class, MitPersonList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
mit_person_list_init (MitPersonList *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  g_signal_connect_object (keys, "key-released", G_CALLBACK (key_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
}

void
mit_person_list_set_store (MitPersonList *self,
                           MitStore      *store)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (MIT_IS_PERSON_LIST (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->model = mit_query_model_new (store, MIT_RECORD_PERSON);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_AFTER);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update_state (self);
}

GListModel *
mit_person_list_get_model (MitPersonList *self)
{
  g_return_val_if_fail (MIT_IS_PERSON_LIST (self), NULL);

  return G_LIST_MODEL (self->model);
}

void
mit_person_list_focus_search (MitPersonList *self)
{
  g_return_if_fail (MIT_IS_PERSON_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mit_person_list_select_id (MitPersonList *self,
                           gint64         id)
{
  guint position;

  g_return_if_fail (MIT_IS_PERSON_LIST (self));

  self->selected_id = id;
  if (self->model == NULL)
    return;

  position = mit_query_model_find_id (self->model, id);
  if (position == G_MAXUINT && id > 0)
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      self->updating = FALSE;
      apply_search (self);
      position = mit_query_model_find_id (self->model, id);
    }

  restore_selection (self);

  if (position != G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

gint64
mit_person_list_get_selected_id (MitPersonList *self)
{
  g_return_val_if_fail (MIT_IS_PERSON_LIST (self), 0);

  return self->selected_id;
}
