/* mit-record-list.c: what the searchable lists of actors and persons share
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

#define G_LOG_DOMAIN "MitRecordList"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-query-model.h"
#include "mit-record-list.h"

static void
update_state (MitRecordList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  gboolean any = n > 0 || self->funcs->count_records (self->store) > 0;
  g_autofree char *count = self->funcs->format_count (n);

  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (!any)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "no-results");

  /* Searching makes no sense in an empty directory. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), any);
  if (self->filter_button != NULL)
    gtk_widget_set_sensitive (self->filter_button, any);
}

/* Selects the row of selected_id again after the model changed under it. */
static void
restore_selection (MitRecordList *self)
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
emit_selected (MitRecordList *self,
               gboolean       open)
{
  g_signal_emit (self->widget, self->selected_signal, 0, self->selected_id, open);
}

static void
search_activate_cb (MitRecordList *self)
{
  /* Enter in the search opens the first result. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  self->selected_id = mit_query_model_get_id (self->model, 0);
  emit_selected (self, TRUE);
}

static void
search_stop_cb (GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
list_activate_cb (GtkListView   *view,
                  guint          position,
                  MitRecordList *self)
{
  self->selected_id = mit_query_model_get_id (self->model, position);
  emit_selected (self, TRUE);
}

static void
selection_changed_cb (MitRecordList *self)
{
  guint position;
  gint64 id;

  if (self->updating)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  /* A row disappearing under a reload is not a choice of the user. */
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  id = mit_query_model_get_id (self->model, position);
  if (id == self->selected_id)
    return;

  self->selected_id = id;
  /* Moving through the list with the arrow keys only previews; a click
   * (or Enter, see list_activate_cb) also opens the detail page. */
  emit_selected (self, !self->in_key_press);
}

static void
model_items_changed_cb (MitRecordList *self)
{
  if (self->updating)
    return;

  mit_record_list_refresh (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MitRecordList         *self)
{
  /* Before the search entry's type-to-search sees it, which would take
   * Delete for itself. */
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) &&
      (state & gtk_accelerator_get_default_mod_mask ()) == 0)
    {
      gtk_widget_activate_action (self->widget, "win.delete", NULL);
      return GDK_EVENT_STOP;
    }

  self->in_key_press = TRUE;
  return GDK_EVENT_PROPAGATE;
}

static void
key_released_cb (MitRecordList *self)
{
  self->in_key_press = FALSE;
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             MitRecordList            *self)
{
  mit_gui_list_item_watch (item, self->funcs->update_row, self->widget);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  mit_gui_list_item_unwatch (item);
}

void
mit_record_list_init (MitRecordList            *self,
                      const MitRecordListFuncs *funcs,
                      GtkWidget                *widget,
                      guint                     selected_signal,
                      GtkSearchEntry           *search_entry,
                      GtkStack                 *stack,
                      GtkLabel                 *count_label,
                      GtkListView              *list_view)
{
  GtkEventController *keys;

  g_return_if_fail (self != NULL);
  g_return_if_fail (funcs != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  self->funcs = funcs;
  self->widget = widget;
  self->selected_signal = selected_signal;
  self->search_entry = search_entry;
  self->stack = stack;
  self->count_label = count_label;
  self->list_view = list_view;

  /* The search entry and the list view are the widget's children: they do
   * not outlive the widget, and with it this struct. */
  g_signal_connect_swapped (search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect (search_entry, "stop-search", G_CALLBACK (search_stop_cb), NULL);
  g_signal_connect (list_view, "activate", G_CALLBACK (list_activate_cb), self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  g_signal_connect_swapped (keys, "key-released", G_CALLBACK (key_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (list_view), keys);

  gtk_search_entry_set_key_capture_widget (search_entry, GTK_WIDGET (list_view));
}

void
mit_record_list_clear (MitRecordList *self)
{
  g_return_if_fail (self != NULL);

  /* The store, and perhaps the model, live on after the widget. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
}

void
mit_record_list_set_store (MitRecordList *self,
                           MitStore      *store)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (self != NULL && self->funcs != NULL);
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->model = mit_query_model_new (store, self->funcs->record_kind);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_data (self->model, "items-changed", G_CALLBACK (model_items_changed_cb),
                         self, NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_data (store, "changed", G_CALLBACK (update_state),
                         self, NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", self->funcs->setup_row, self->widget, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update_state (self);
}

void
mit_record_list_refresh (MitRecordList *self)
{
  g_return_if_fail (self != NULL);

  restore_selection (self);
  update_state (self);
}

void
mit_record_list_select_id (MitRecordList *self,
                           gint64         id)
{
  guint position;

  g_return_if_fail (self != NULL);

  self->selected_id = id;
  if (self->model == NULL)
    return;

  position = mit_query_model_find_id (self->model, id);
  if (position == G_MAXUINT && id > 0)
    {
      /* The search hides it: show everything again. */
      self->funcs->show_all (self->widget);
      position = mit_query_model_find_id (self->model, id);
    }

  restore_selection (self);

  if (position != G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}
