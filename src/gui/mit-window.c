/* mit-window.c: the main window
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

#define G_LOG_DOMAIN "MitWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-application.h"
#include "mit-csv-import.h"
#include "mit-example.h"
#include "mit-gui-util.h"
#include "mit-store.h"
#include "mit-window-private.h"
#include "actors/mit-actor-editor.h"
#include "actors/mit-actor-list.h"
#include "actors/mit-new-actor-dialog.h"
#include "import/mit-import-dialog.h"
#include "persons/mit-person-editor.h"
#include "persons/mit-person-list.h"
#include "mit-store-groups.h"
#include "overview/mit-overview.h"
#include "map/mit-map-page.h"
#include "target-groups/mit-reachability-board.h"
#include "target-groups/mit-target-group-editor.h"
#include "target-groups/mit-target-group-list.h"
#include "target-groups/mit-new-target-group-dialog.h"

/* The sections of the sidebar, in its order; the names are those of the
 * rows, the stack pages and the "last-section" setting. */
typedef enum
{
  SECTION_OVERVIEW,
  SECTION_ACTORS,
  SECTION_PERSONS,
  SECTION_TARGET_GROUPS,
  SECTION_REACHABILITY,
  SECTION_MAP,
  N_SECTIONS
} Section;

static const char * const section_names[N_SECTIONS] = {
  "overview", "actors", "persons", "target-groups", "reachability", "map",
};

/* A change that can still be undone from its toast: a deletion (kind
 * names what was deleted; the record is shown again after undo) or another
 * change (kind 0). */
typedef struct
{
  MitRecordKind  kind;
  gint64         change;
  gint64         id;
  char          *uid;       /* persons: their traces are erased when the toast goes */
  gboolean       finished;  /* undone, or erased */
} Deletion;

struct _MitWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkListBoxRow        *actors_row;
  GtkListBoxRow        *persons_row;
  GtkListBoxRow        *target_groups_row;
  GtkListBoxRow        *reachability_row;
  GtkListBoxRow        *map_row;
  GtkListBoxRow        *overview_row;
  GtkStack             *section_stack;
  AdwLeaflet           *actors_leaflet;
  MitActorList         *actor_list;
  AdwWindowTitle       *actor_title;
  GtkStack             *actor_detail_stack;
  MitActorEditor       *actor_editor;
  AdwLeaflet           *persons_leaflet;
  MitPersonList        *person_list;
  AdwWindowTitle       *person_title;
  GtkStack             *person_detail_stack;
  MitPersonEditor      *person_editor;
  AdwLeaflet           *target_groups_leaflet;
  MitTargetGroupList   *target_group_list;
  AdwWindowTitle       *target_group_title;
  GtkStack             *target_group_detail_stack;
  MitTargetGroupEditor *target_group_editor;
  AdwBin               *board_bin;
  MitReachabilityBoard *board;
  AdwBin               *map_bin;
  GtkWidget            *map_page;
  AdwBin               *overview_bin;
  GtkWidget            *overview;

  /* borrowed: the sidebar rows by section; NULL for none yet */
  GtkListBoxRow        *section_rows[N_SECTIONS];

  /* owned */
  MitStore             *store;
  GSettings            *settings;
  AdwToast             *undo_toast;
  GtkFileChooserNative *export_chooser;
};

G_DEFINE_FINAL_TYPE (MitWindow, mit_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deletion_free (Deletion *deletion)
{
  g_free (deletion->uid);
  g_free (deletion);
}

static Section
current_section (MitWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->section_stack);

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (g_strcmp0 (name, section_names[i]) == 0)
        return i;
    }

  return SECTION_ACTORS;
}

/* The list-and-detail leaflet of the section, or NULL for a section of one
 * page. */
static AdwLeaflet *
section_get_leaflet (MitWindow *self,
                     Section    section)
{
  switch (section)
    {
    case SECTION_ACTORS:
      return self->actors_leaflet;
    case SECTION_PERSONS:
      return self->persons_leaflet;
    case SECTION_TARGET_GROUPS:
      return self->target_groups_leaflet;
    case SECTION_OVERVIEW:
    case SECTION_REACHABILITY:
    case SECTION_MAP:
    case N_SECTIONS:
    default:
      return NULL;
    }
}

static void
show_toast (MitWindow  *self,
            const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (MitWindow    *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Titles of the detail pages */

static void
update_actor_title (MitWindow *self)
{
  const char *name = mit_actor_editor_get_title (self->actor_editor);

  if (mit_actor_editor_get_actor_id (self->actor_editor) == 0)
    name = "";
  else if (name == NULL || *name == '\0')
    name = _("Unnamed Actor");

  adw_window_title_set_title (self->actor_title, name);
}

static void
update_person_title (MitWindow *self)
{
  const char *name = mit_person_editor_get_title (self->person_editor);

  if (mit_person_editor_get_person_id (self->person_editor) == 0)
    name = "";
  else if (name == NULL || *name == '\0')
    name = _("Unnamed Contact Person");

  adw_window_title_set_title (self->person_title, name);
}

static void
update_target_group_title (MitWindow *self)
{
  const char *name = mit_target_group_editor_get_title (self->target_group_editor);

  if (mit_target_group_editor_get_group_id (self->target_group_editor) == 0)
    name = "";
  else if (name == NULL || *name == '\0')
    name = _("Unnamed Target Group");

  adw_window_title_set_title (self->target_group_title, name);
}

/* Sections and records */

static void
open_target_group (MitWindow *self,
                   gint64     id,
                   gboolean   navigate);

static void
update_delete_enabled (MitWindow *self)
{
  gboolean enabled;

  switch (current_section (self))
    {
    case SECTION_PERSONS:
      enabled = mit_person_editor_get_person_id (self->person_editor) > 0;
      break;
    case SECTION_ACTORS:
      enabled = mit_actor_editor_get_actor_id (self->actor_editor) > 0;
      break;
    case SECTION_TARGET_GROUPS:
      enabled = mit_target_group_editor_get_group_id (self->target_group_editor) > 0;
      break;
    case SECTION_OVERVIEW:
    case SECTION_REACHABILITY:
    case SECTION_MAP:
    case N_SECTIONS:
    default:
      enabled = FALSE;
      break;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete", enabled);
}


static void
open_actor (MitWindow *self,
            gint64     id,
            gboolean   navigate)
{
  gboolean found = id > 0 && mit_actor_editor_load (self->actor_editor, id);

  if (!found)
    mit_actor_editor_load (self->actor_editor, 0);

  gtk_stack_set_visible_child_name (self->actor_detail_stack, found ? "editor" : "none");
  update_actor_title (self);
  update_delete_enabled (self);

  /* Unfolded, the detail is already in view; navigating would move the
   * keyboard focus away from the list. */
  if (navigate && found && adw_leaflet_get_folded (self->actors_leaflet))
    adw_leaflet_navigate (self->actors_leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
open_person (MitWindow *self,
             gint64     id,
             gboolean   navigate)
{
  gboolean found = id > 0 && mit_person_editor_load (self->person_editor, id);

  if (!found)
    mit_person_editor_load (self->person_editor, 0);

  gtk_stack_set_visible_child_name (self->person_detail_stack, found ? "editor" : "none");
  update_person_title (self);
  update_delete_enabled (self);

  if (navigate && found && adw_leaflet_get_folded (self->persons_leaflet))
    adw_leaflet_navigate (self->persons_leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
open_target_group (MitWindow *self,
                   gint64     id,
                   gboolean   navigate)
{
  gboolean found = id > 0 && mit_target_group_editor_load (self->target_group_editor, id);

  if (!found)
    mit_target_group_editor_load (self->target_group_editor, 0);

  gtk_stack_set_visible_child_name (self->target_group_detail_stack, found ? "editor" : "none");
  update_target_group_title (self);
  update_delete_enabled (self);

  if (navigate && found && adw_leaflet_get_folded (self->target_groups_leaflet))
    adw_leaflet_navigate (self->target_groups_leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

void
mit_window_show_section (MitWindow  *self,
                         const char *section)
{
  GtkListBoxRow *row = self->actors_row;

  g_return_if_fail (MIT_IS_WINDOW (self));

  /* An unknown name (e.g. from the settings of another version) shows the
   * actors. */
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (self->section_rows[i] != NULL && g_strcmp0 (section, section_names[i]) == 0)
        row = self->section_rows[i];
    }

  if (gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
}

static void
sidebar_row_selected_cb (GtkListBox    *list,
                         GtkListBoxRow *row,
                         MitWindow     *self)
{
  const char *section;

  if (row == NULL)
    return;

  section = gtk_widget_get_name (GTK_WIDGET (row));
  gtk_stack_set_visible_child_name (self->section_stack, section);
  update_delete_enabled (self);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-section", section);
}

static void
sidebar_row_activated_cb (GtkListBox    *list,
                          GtkListBoxRow *row,
                          MitWindow     *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
actor_selected_cb (MitActorList *list,
                   gint64        id,
                   gboolean      navigate,
                   MitWindow    *self)
{
  open_actor (self, id, navigate);
}

static void
person_selected_cb (MitPersonList *list,
                    gint64         id,
                    gboolean       navigate,
                    MitWindow     *self)
{
  open_person (self, id, navigate);
}

static void
target_group_selected_cb (MitTargetGroupList *list,
                          gint64              id,
                          gboolean            navigate,
                          MitWindow          *self)
{
  open_target_group (self, id, navigate);
}

void
mit_window_show_target_group (MitWindow *self,
                              gint64     id)
{
  g_return_if_fail (MIT_IS_WINDOW (self));

  mit_window_show_section (self, "target-groups");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  mit_target_group_list_select_id (self->target_group_list, id);
  open_target_group (self, id, TRUE);
}

void
mit_window_show_actor (MitWindow *self,
                       gint64     id)
{
  g_return_if_fail (MIT_IS_WINDOW (self));

  mit_window_show_section (self, "actors");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  mit_actor_list_select_id (self->actor_list, id);
  open_actor (self, id, TRUE);
}

void
mit_window_show_person (MitWindow *self,
                        gint64     id)
{
  g_return_if_fail (MIT_IS_WINDOW (self));

  mit_window_show_section (self, "persons");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  mit_person_list_select_id (self->person_list, id);
  open_person (self, id, TRUE);
}

static void
folded_changed_cb (MitWindow *self)
{
  /* Unfolding shows the sidebar again; keep the section in view when
   * folding. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

/* Deletion and undo */

static void
finish_deletion (MitWindow *self,
                 Deletion  *deletion)
{
  g_autoptr(GError) error = NULL;

  if (deletion->finished)
    return;
  deletion->finished = TRUE;

  /* A deleted person must leave nothing behind once undo is no longer
   * offered. */
  if (deletion->kind == MIT_RECORD_PERSON && deletion->uid != NULL)
    {
      if (!mit_store_erase_person_traces (self->store, deletion->uid, &error))
        g_warning ("Cannot erase the traces of a deleted person: %s", error->message);
    }
}

static void
undo_toast_dismissed_cb (AdwToast  *toast,
                         MitWindow *self)
{
  Deletion *deletion = g_object_get_data (G_OBJECT (toast), "mit-deletion");

  finish_deletion (self, deletion);

  if (self->undo_toast == toast)
    {
      g_clear_object (&self->undo_toast);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
    }
}

/* Offers to undo @change in a toast titled @title. @kind and @id name a
 * deleted record to show again after undo (kind 0: none); @uid is a
 * deleted person's, whose traces are erased when the toast goes. */
static void
offer_undo (MitWindow     *self,
            MitRecordKind  kind,
            gint64         id,
            const char    *uid,
            gint64         change,
            const char    *title)
{
  Deletion *deletion;
  AdwToast *toast;

  /* One undo at a time: the previous deletion becomes final. */
  if (self->undo_toast != NULL)
    {
      g_autoptr(AdwToast) previous = g_steal_pointer (&self->undo_toast);

      finish_deletion (self, g_object_get_data (G_OBJECT (previous), "mit-deletion"));
      adw_toast_dismiss (previous);
    }

  deletion = g_new0 (Deletion, 1);
  deletion->kind = kind;
  deletion->id = id;
  deletion->uid = g_strdup (uid);
  deletion->change = change;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "mit-deletion", deletion, (GDestroyNotify)deletion_free);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, 0);

  self->undo_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", TRUE);
}

static void
delete_actor (MitWindow *self)
{
  gint64 id = mit_actor_editor_get_actor_id (self->actor_editor);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  gint64 change;

  if (id <= 0)
    return;

  mit_actor_editor_flush (self->actor_editor);
  name = g_strdup (mit_actor_editor_get_title (self->actor_editor));

  change = mit_store_delete_actor (self->store, id, &error);
  if (change <= 0)
    {
      show_error (self, _("Cannot Delete the Actor"), error);
      return;
    }

  open_actor (self, 0, FALSE);
  mit_actor_list_select_id (self->actor_list, 0);
  adw_leaflet_navigate (self->actors_leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  title = g_strdup_printf (_("“%s” deleted"), name);
  offer_undo (self, MIT_RECORD_ACTOR, id, NULL, change, title);
}

static void
delete_target_group (MitWindow *self)
{
  gint64 id = mit_target_group_editor_get_group_id (self->target_group_editor);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  gint64 change;

  if (id <= 0)
    return;

  mit_target_group_editor_flush (self->target_group_editor);
  title = g_strdup_printf (_("“%s” deleted"), mit_target_group_editor_get_title (self->target_group_editor));

  change = mit_store_delete_target_group (self->store, id, &error);
  if (change <= 0)
    {
      show_error (self, _("Cannot Delete the Target Group"), error);
      return;
    }

  open_target_group (self, 0, FALSE);
  mit_target_group_list_select_id (self->target_group_list, 0);
  adw_leaflet_navigate (self->target_groups_leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  offer_undo (self, MIT_RECORD_TARGET_GROUP, id, NULL, change, title);
}

static void
delete_person_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           MitWindow        *self)
{
  gint64 id = mit_person_editor_get_person_id (self->person_editor);
  g_autoptr(MitPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  gint64 change;

  if (g_strcmp0 (response, "delete") != 0 || id <= 0)
    return;

  mit_person_editor_flush (self->person_editor);
  person = mit_store_load_person (self->store, id, &error);
  if (person == NULL)
    {
      show_error (self, _("Cannot Delete the Contact Person"), error);
      return;
    }
  uid = g_strdup (mit_person_get_uid (person));
  name = g_strdup (mit_person_get_name (person));

  change = mit_store_delete_person (self->store, id, &error);
  if (change <= 0)
    {
      show_error (self, _("Cannot Delete the Contact Person"), error);
      return;
    }

  open_person (self, 0, FALSE);
  mit_person_list_select_id (self->person_list, 0);
  adw_leaflet_navigate (self->persons_leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  title = g_strdup_printf (_("“%s” deleted"), name);
  offer_undo (self, MIT_RECORD_PERSON, id, uid, change, title);
}

static void
delete_person (MitWindow *self)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (mit_person_editor_get_person_id (self->person_editor) <= 0)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), mit_person_editor_get_title (self->person_editor));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The contact person and their links to organisations are "
                                     "deleted. You can undo this for a few seconds; after that "
                                     "every trace of them is erased from the database, including "
                                     "the change history and the search index."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_person_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  switch (current_section (self))
    {
    case SECTION_PERSONS:
      delete_person (self);
      break;
    case SECTION_ACTORS:
      delete_actor (self);
      break;
    case SECTION_TARGET_GROUPS:
      delete_target_group (self);
      break;
    case SECTION_OVERVIEW:
    case SECTION_REACHABILITY:
    case SECTION_MAP:
    case N_SECTIONS:
    default:
      break;
    }
}

/* The Delete key deletes only when the focus is on the list or nowhere in
 * particular, never while editing a field of the record. */
static gboolean
delete_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  MitWindow *self = MIT_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *list;

  switch (current_section (self))
    {
    case SECTION_PERSONS:
      list = GTK_WIDGET (self->person_list);
      break;
    case SECTION_ACTORS:
      list = GTK_WIDGET (self->actor_list);
      break;
    case SECTION_TARGET_GROUPS:
      list = GTK_WIDGET (self->target_group_list);
      break;
    case SECTION_OVERVIEW:
    case SECTION_REACHABILITY:
    case SECTION_MAP:
    case N_SECTIONS:
    default:
      return FALSE;
    }

  if (focus != NULL && !gtk_widget_is_ancestor (focus, list))
    return FALSE;
  if (GTK_IS_EDITABLE (focus) || (focus != NULL && GTK_IS_TEXT (focus)))
    return FALSE;

  gtk_widget_activate_action (widget, "win.delete", NULL);
  return TRUE;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->undo_toast);
  g_autoptr(GError) error = NULL;
  Deletion *deletion;

  if (toast == NULL)
    return;

  deletion = g_object_get_data (G_OBJECT (toast), "mit-deletion");
  if (deletion->finished)
    return;
  deletion->finished = TRUE;
  adw_toast_dismiss (toast);
  gtk_widget_action_set_enabled (widget, "win.undo", FALSE);

  if (!mit_store_undo (self->store, deletion->change, &error))
    {
      show_error (self, deletion->kind != 0 ? _("Cannot Undo the Deletion")
                                            : _("Cannot Undo the Change"),
                  error);
      return;
    }

  if (deletion->kind == MIT_RECORD_PERSON)
    mit_window_show_person (self, deletion->id);
  else if (deletion->kind == MIT_RECORD_ACTOR)
    mit_window_show_actor (self, deletion->id);
  else if (deletion->kind == MIT_RECORD_TARGET_GROUP)
    mit_window_show_target_group (self, deletion->id);
}

static void
offer_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  const char *title;
  gint64 change;

  g_variant_get (parameter, "(x&s)", &change, &title);
  if (change > 0)
    offer_undo (self, 0, 0, NULL, change, title);
}

static void
board_assessment_recorded_cb (MitReachabilityBoard *board,
                              gint64                change,
                              MitWindow            *self)
{
  offer_undo (self, 0, 0, NULL, change, _("Assessment recorded"));
}

static void
board_group_activated_cb (MitReachabilityBoard *board,
                          gint64                group_id,
                          MitWindow            *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-target-group", "x", group_id);
}

/* Other commands */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  AdwLeaflet *section = section_get_leaflet (self, current_section (self));

  if (section != NULL && adw_leaflet_get_folded (section) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (section), "detail") == 0)
    {
      adw_leaflet_navigate (section, ADW_NAVIGATION_DIRECTION_BACK);
      return;
    }

  if (adw_leaflet_get_folded (self->leaflet))
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      gtk_widget_grab_focus (GTK_WIDGET (self->sidebar_list));
    }
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  Section section = current_section (self);

  /* The sections without a search of their own search the actors. */
  if (section_get_leaflet (self, section) == NULL)
    {
      section = SECTION_ACTORS;
      mit_window_show_section (self, section_names[section]);
    }

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  adw_leaflet_set_visible_child_name (section_get_leaflet (self, section), "list");

  if (section == SECTION_PERSONS)
    mit_person_list_focus_search (self->person_list);
  else if (section == SECTION_TARGET_GROUPS)
    mit_target_group_list_focus_search (self->target_group_list);
  else
    mit_actor_list_focus_search (self->actor_list);
}

static void
new_actor_done_cb (MitNewActorDialog *dialog,
                   gint64             id,
                   MitWindow         *self)
{
  mit_window_show_actor (self, id);
  mit_actor_editor_focus_name (self->actor_editor);
}

static void
new_actor_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  MitNewActorDialog *dialog = mit_new_actor_dialog_new (GTK_WINDOW (self), self->store);

  g_signal_connect_object (dialog, "done", G_CALLBACK (new_actor_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_person_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        MitWindow        *self)
{
  g_autofree char *name = mit_gui_entry_dialog_dup_text (dialog);
  g_autoptr(MitPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0 || *name == '\0')
    return;

  person = mit_person_new ();
  mit_person_set_name (person, name);
  if (!mit_store_save_person (self->store, person, &error))
    {
      show_error (self, _("Cannot Add the Contact Person"), error);
      return;
    }

  mit_window_show_person (self, mit_person_get_id (person));
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  AdwMessageDialog *dialog;

  dialog = mit_gui_entry_dialog_new (GTK_WINDOW (self), _("New Contact Person"), _("Name"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_person_response_cb), self, 0);
  mit_gui_entry_dialog_present (dialog);
}

static void
new_target_group_done_cb (MitNewTargetGroupDialog *dialog,
                          gint64                   id,
                          MitWindow               *self)
{
  mit_window_show_target_group (self, id);
  mit_target_group_editor_focus_name (self->target_group_editor);
}

static void
new_target_group_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  MitNewTargetGroupDialog *dialog = mit_new_target_group_dialog_new (GTK_WINDOW (self), self->store);

  g_signal_connect_object (dialog, "done", G_CALLBACK (new_target_group_done_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_target_group_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  mit_window_show_target_group (MIT_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_actor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  mit_window_show_actor (MIT_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  mit_window_show_person (MIT_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_actors_in_district_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  mit_window_show_section (self, "actors");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  adw_leaflet_set_visible_child_name (self->actors_leaflet, "list");
  mit_actor_list_show_district (self->actor_list, g_variant_get_string (parameter, NULL));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  mit_window_show_section (self, g_variant_get_string (parameter, NULL));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
show_reachability_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  mit_window_show_section (self, "reachability");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  mit_import_dialog_present (GTK_WINDOW (self), self->store);
}

static void
load_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!mit_example_load (self->store, &error))
    {
      show_error (self, _("Cannot Load the Example Network"), error);
      return;
    }

  show_toast (self, _("Example network loaded"));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MitWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    goto out;

  if (!mit_csv_export_actors (self->store, path, &error))
    {
      show_error (self, _("Cannot Export the Directory"), error);
    }
  else
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("Directory exported to “%s”"), basename);

      show_toast (self, title);
    }

out:
  g_clear_object (&self->export_chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->export_chooser != NULL)
    return;

  self->export_chooser = gtk_file_chooser_native_new (_("Export Directory"),
                                                      GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"),
                                                      _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), "directory.csv");

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);

  g_signal_connect_object (self->export_chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

static void
store_changed_cb (MitStore  *store,
                  guint      kinds,
                  MitWindow *self)
{
  if (kinds & MIT_RECORD_ACTOR)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-example",
                                   mit_store_count_actors (store) == 0);
}

/* Window state */

static void
restore_state (MitWindow *self)
{
  g_autofree char *section = NULL;

  if (self->settings == NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);
      mit_window_show_section (self, "overview");
      return;
    }

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  section = g_settings_get_string (self->settings, "last-section");
  mit_window_show_section (self, section);
}

static void
save_state (MitWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
mit_window_close_request (GtkWindow *window)
{
  MitWindow *self = MIT_WINDOW (window);

  save_state (self);

  mit_actor_editor_flush (self->actor_editor);
  mit_person_editor_flush (self->person_editor);
  mit_target_group_editor_flush (self->target_group_editor);

  if (self->undo_toast != NULL)
    {
      g_autoptr(AdwToast) toast = g_steal_pointer (&self->undo_toast);

      finish_deletion (self, g_object_get_data (G_OBJECT (toast), "mit-deletion"));
      adw_toast_dismiss (toast);
    }

  return GTK_WINDOW_CLASS (mit_window_parent_class)->close_request (window);
}

static void
mit_window_constructed (GObject *object)
{
  MitWindow *self = (MitWindow *)object;

  G_OBJECT_CLASS (mit_window_parent_class)->constructed (object);

  g_assert (MIT_IS_STORE (self->store));

  mit_actor_list_set_store (self->actor_list, self->store);
  mit_actor_editor_set_store (self->actor_editor, self->store);
  mit_person_list_set_store (self->person_list, self->store);
  mit_person_editor_set_store (self->person_editor, self->store);
  mit_target_group_list_set_store (self->target_group_list, self->store);
  mit_target_group_editor_set_store (self->target_group_editor, self->store);

  self->board = mit_reachability_board_new (self->store);
  adw_bin_set_child (self->board_bin, GTK_WIDGET (self->board));
  self->map_page = g_object_new (MIT_TYPE_MAP_PAGE, "store", self->store, NULL);
  adw_bin_set_child (self->map_bin, self->map_page);
  self->overview = g_object_new (MIT_TYPE_OVERVIEW, "store", self->store, NULL);
  adw_bin_set_child (self->overview_bin, self->overview);
  g_signal_connect_object (self->board, "assessment-recorded",
                           G_CALLBACK (board_assessment_recorded_cb), self, 0);
  g_signal_connect_object (self->board, "group-activated",
                           G_CALLBACK (board_group_activated_cb), self, 0);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "assessor-name", self->board, "assessor", G_SETTINGS_BIND_GET);
      g_settings_bind (self->settings, "assessor-name", self->target_group_editor, "assessor",
                       G_SETTINGS_BIND_GET);
    }

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-example",
                                 mit_store_count_actors (self->store) == 0);

  restore_state (self);
  update_delete_enabled (self);
}

static void
mit_window_dispose (GObject *object)
{
  MitWindow *self = (MitWindow *)object;

  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);

  /* Destroyed without a close request (e.g. at the end of the session):
   * a deleted person's traces are erased all the same. */
  if (self->undo_toast != NULL)
    finish_deletion (self, g_object_get_data (G_OBJECT (self->undo_toast), "mit-deletion"));
  g_clear_object (&self->undo_toast);

  G_OBJECT_CLASS (mit_window_parent_class)->dispose (object);
}

static void
mit_window_finalize (GObject *object)
{
  MitWindow *self = (MitWindow *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_window_parent_class)->finalize (object);
}

static void
mit_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MitWindow *self = MIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MitWindow *self = MIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_window_class_init (MitWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mit_window_constructed;
  object_class->dispose = mit_window_dispose;
  object_class->finalize = mit_window_finalize;
  object_class->get_property = mit_window_get_property;
  object_class->set_property = mit_window_set_property;

  window_class->close_request = mit_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MIT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIT_TYPE_ACTOR_LIST);
  g_type_ensure (MIT_TYPE_ACTOR_EDITOR);
  g_type_ensure (MIT_TYPE_PERSON_LIST);
  g_type_ensure (MIT_TYPE_PERSON_EDITOR);
  g_type_ensure (MIT_TYPE_TARGET_GROUP_LIST);
  g_type_ensure (MIT_TYPE_TARGET_GROUP_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/mit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MitWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, actors_row);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, persons_row);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, target_groups_row);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, reachability_row);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, target_groups_leaflet);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, target_group_list);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, target_group_title);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, target_group_detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, target_group_editor);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, board_bin);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, map_bin);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, map_row);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, overview_bin);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, overview_row);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, actors_leaflet);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, actor_list);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, actor_title);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, actor_detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, actor_editor);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, persons_leaflet);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, person_list);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, person_title);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, person_detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, person_editor);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_group_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.load-example", NULL, load_example_action);
  gtk_widget_class_install_action (widget_class, "win.new-actor", NULL, new_actor_action);
  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "win.new-target-group", NULL, new_target_group_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-actor", "x", show_actor_action);
  gtk_widget_class_install_action (widget_class, "win.show-person", "x", show_person_action);
  gtk_widget_class_install_action (widget_class, "win.show-target-group", "x", show_target_group_action);
  gtk_widget_class_install_action (widget_class, "win.show-actors-in-district", "s",
                                   show_actors_in_district_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-reachability", NULL, show_reachability_action);
  gtk_widget_class_install_action (widget_class, "win.offer-undo", "(xs)", offer_undo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-actor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-person", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-target-group", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  /* Ctrl+1 … Ctrl+6: the sections in the sidebar's order */
  for (guint i = 0; i < N_SECTIONS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-section", "s", section_names[i]);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_key_cb, NULL);
}

static void
mit_window_init (MitWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->section_rows[SECTION_ACTORS] = self->actors_row;
  self->section_rows[SECTION_PERSONS] = self->persons_row;
  self->section_rows[SECTION_TARGET_GROUPS] = self->target_groups_row;
  self->section_rows[SECTION_REACHABILITY] = self->reachability_row;
  self->section_rows[SECTION_MAP] = self->map_row;
  self->section_rows[SECTION_OVERVIEW] = self->overview_row;

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = mit_gui_settings_new ();

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);

  g_signal_connect_object (self->actor_editor, "notify::title",
                           G_CALLBACK (update_actor_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->person_editor, "notify::title",
                           G_CALLBACK (update_person_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_group_editor, "notify::title",
                           G_CALLBACK (update_target_group_title), self, G_CONNECT_SWAPPED);
}

/**
 * mit_window_new:
 * @app: (nullable): the application
 * @store: the open database
 *
 * Returns: (transfer none): a new window
 */
MitWindow *
mit_window_new (MitApplication *app,
                MitStore       *store)
{
  g_return_val_if_fail (app == NULL || MIT_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  return g_object_new (MIT_TYPE_WINDOW,
                       "application", app,
                       "store", store,
                       NULL);
}

MitStore *
mit_window_get_store (MitWindow *self)
{
  g_return_val_if_fail (MIT_IS_WINDOW (self), NULL);

  return self->store;
}

AdwToast *
_mit_window_get_undo_toast (MitWindow *self)
{
  g_return_val_if_fail (MIT_IS_WINDOW (self), NULL);

  return self->undo_toast;
}
