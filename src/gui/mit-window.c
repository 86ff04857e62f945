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
#include "mit-ics.h"
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
#include "topics/mit-topics-page.h"
#include "portal/mit-sync-runner.h"
#include "portal/mit-sync-status.h"
#include "portal/mit-conflicts-dialog.h"
#include "mit-preferences-window.h"
#include "events/mit-event-editor.h"
#include "events/mit-event-list.h"
#include "events/mit-month-view.h"
#include "events/mit-new-event-dialog.h"
#include "events/mit-ics-import-dialog.h"
#include "meetings/mit-meeting-editor.h"
#include "meetings/mit-meeting-list.h"
#include "meetings/mit-new-meeting-dialog.h"
#include "mit-store-events.h"
#include "mit-store-meetings.h"
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
  SECTION_EVENTS,
  SECTION_MEETINGS,
  SECTION_TOPICS,
  N_SECTIONS
} Section;

static const char * const section_names[N_SECTIONS] = {
  "overview", "actors", "persons", "target-groups", "reachability", "map", "events", "meetings",
  "topics",
};

/* What the window does with the list and the editor of a list section,
 * through the widgets' own functions. */
typedef void         (*SetStoreFunc)   (gpointer widget, MitStore *store);
typedef void         (*IdFunc)         (gpointer widget, gint64 id);
typedef void         (*WidgetFunc)     (gpointer widget);
typedef gboolean     (*LoadFunc)       (gpointer editor, gint64 id);
typedef gint64       (*GetIdFunc)      (gpointer editor);
typedef const char * (*GetTitleFunc)   (gpointer editor);
typedef gint64       (*DeleteFunc)     (MitStore *store, gint64 id, GError **error);
typedef gpointer     (*NewDialogFunc)  (GtkWindow *parent, MitStore *store);

typedef struct
{
  MitRecordKind  kind;
  const char    *show_action;    /* "win.show-…" (x) */
  const char    *new_action;     /* "win.new-…", answered by new_dialog */
  const char    *unnamed;        /* the title of a record without a name */
  const char    *cannot_delete;  /* the heading of the error */
  SetStoreFunc   list_set_store;
  IdFunc         select_id;
  WidgetFunc     focus_search;
  SetStoreFunc   editor_set_store;
  LoadFunc       load;
  GetIdFunc      get_id;
  GetTitleFunc   get_title;
  WidgetFunc     flush;
  WidgetFunc     focus_name;
  DeleteFunc     delete_record;  /* NULL: the section deletes its own way */
  NewDialogFunc  new_dialog;     /* a dialog with "done" (gint64 id), or NULL */
} ListFuncs;

static const ListFuncs actor_funcs = {
  MIT_RECORD_ACTOR, "win.show-actor", "win.new-actor",
  N_("Unnamed Actor"), N_("Cannot Delete the Actor"),
  (SetStoreFunc) mit_actor_list_set_store, (IdFunc) mit_actor_list_select_id,
  (WidgetFunc) mit_actor_list_focus_search, (SetStoreFunc) mit_actor_editor_set_store,
  (LoadFunc) mit_actor_editor_load, (GetIdFunc) mit_actor_editor_get_actor_id,
  (GetTitleFunc) mit_actor_editor_get_title, (WidgetFunc) mit_actor_editor_flush,
  (WidgetFunc) mit_actor_editor_focus_name, mit_store_delete_actor,
  (NewDialogFunc) mit_new_actor_dialog_new,
};

static const ListFuncs person_funcs = {
  MIT_RECORD_PERSON, "win.show-person", NULL,
  N_("Unnamed Contact Person"), N_("Cannot Delete the Contact Person"),
  (SetStoreFunc) mit_person_list_set_store, (IdFunc) mit_person_list_select_id,
  (WidgetFunc) mit_person_list_focus_search, (SetStoreFunc) mit_person_editor_set_store,
  (LoadFunc) mit_person_editor_load, (GetIdFunc) mit_person_editor_get_person_id,
  (GetTitleFunc) mit_person_editor_get_title, (WidgetFunc) mit_person_editor_flush,
  (WidgetFunc) mit_person_editor_focus_name, NULL, NULL,
};

static const ListFuncs target_group_funcs = {
  MIT_RECORD_TARGET_GROUP, "win.show-target-group", "win.new-target-group",
  N_("Unnamed Target Group"), N_("Cannot Delete the Target Group"),
  (SetStoreFunc) mit_target_group_list_set_store, (IdFunc) mit_target_group_list_select_id,
  (WidgetFunc) mit_target_group_list_focus_search, (SetStoreFunc) mit_target_group_editor_set_store,
  (LoadFunc) mit_target_group_editor_load, (GetIdFunc) mit_target_group_editor_get_group_id,
  (GetTitleFunc) mit_target_group_editor_get_title, (WidgetFunc) mit_target_group_editor_flush,
  (WidgetFunc) mit_target_group_editor_focus_name, mit_store_delete_target_group,
  (NewDialogFunc) mit_new_target_group_dialog_new,
};

static const ListFuncs event_funcs = {
  MIT_RECORD_EVENT, "win.show-event", "win.new-event",
  N_("Untitled Event"), N_("Cannot Delete the Event"),
  (SetStoreFunc) mit_event_list_set_store, (IdFunc) mit_event_list_select_id,
  (WidgetFunc) mit_event_list_focus_search, (SetStoreFunc) mit_event_editor_set_store,
  (LoadFunc) mit_event_editor_load, (GetIdFunc) mit_event_editor_get_event_id,
  (GetTitleFunc) mit_event_editor_get_title, (WidgetFunc) mit_event_editor_flush,
  (WidgetFunc) mit_event_editor_focus_title, mit_store_delete_event,
  (NewDialogFunc) mit_new_event_dialog_new,
};

static const ListFuncs meeting_funcs = {
  MIT_RECORD_MEETING, "win.show-meeting", "win.new-meeting",
  N_("Untitled Meeting"), N_("Cannot Delete the Meeting"),
  (SetStoreFunc) mit_meeting_list_set_store, (IdFunc) mit_meeting_list_select_id,
  (WidgetFunc) mit_meeting_list_focus_search, (SetStoreFunc) mit_meeting_editor_set_store,
  (LoadFunc) mit_meeting_editor_load, (GetIdFunc) mit_meeting_editor_get_meeting_id,
  (GetTitleFunc) mit_meeting_editor_get_title, (WidgetFunc) mit_meeting_editor_flush,
  (WidgetFunc) mit_meeting_editor_focus_title, mit_store_delete_meeting,
  (NewDialogFunc) mit_new_meeting_dialog_new,
};

/* A list section: its functions and widgets (borrowed template children). */
typedef struct
{
  const ListFuncs *funcs;
  AdwLeaflet      *leaflet;
  GtkWidget       *list;
  GtkWidget       *editor;
  GtkStack        *detail_stack;
  AdwWindowTitle  *title;
} ListSection;

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
  GtkListBoxRow        *events_row;
  GtkListBoxRow        *meetings_row;
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
  AdwLeaflet           *events_leaflet;
  MitEventList         *event_list;
  MitMonthView         *month_view;
  AdwWindowTitle       *event_title;
  GtkStack             *event_detail_stack;
  MitEventEditor       *event_editor;
  AdwLeaflet           *meetings_leaflet;
  MitMeetingList       *meeting_list;
  AdwWindowTitle       *meeting_title;
  GtkStack             *meeting_detail_stack;
  MitMeetingEditor     *meeting_editor;
  AdwBin               *board_bin;
  MitReachabilityBoard *board;
  AdwBin               *map_bin;
  GtkWidget            *map_page;
  AdwBin               *topics_bin;
  GtkBox               *main_box;
  MitSyncRunner        *sync_runner;
  GtkWidget            *topics_page;
  GtkListBoxRow        *topics_row;
  AdwBin               *overview_bin;
  GtkWidget            *overview;

  /* borrowed: the sidebar rows by section; NULL for none yet */
  GtkListBoxRow        *section_rows[N_SECTIONS];
  /* the list sections; funcs NULL for the others */
  ListSection           lists[N_SECTIONS];

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

/* The list section @section, or NULL for a section of one page. */
static ListSection *
list_section (MitWindow *self,
              Section    section)
{
  if (section >= N_SECTIONS || self->lists[section].funcs == NULL)
    return NULL;
  return &self->lists[section];
}

/* The list-and-detail leaflet of the section, or NULL for a section of one
 * page. */
static AdwLeaflet *
section_get_leaflet (MitWindow *self,
                     Section    section)
{
  ListSection *ls = list_section (self, section);

  return ls != NULL ? ls->leaflet : NULL;
}

/* The list section a list, month view or editor belongs to; N_SECTIONS if
 * none. */
static Section
section_of_widget (MitWindow *self,
                   gpointer   widget)
{
  if (widget == (gpointer) self->month_view)
    return SECTION_EVENTS;
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (self->lists[i].funcs != NULL &&
          (widget == (gpointer) self->lists[i].list || widget == (gpointer) self->lists[i].editor))
        return i;
    }
  return N_SECTIONS;
}

static Section
section_of_kind (MitWindow     *self,
                 MitRecordKind  kind)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (self->lists[i].funcs != NULL && self->lists[i].funcs->kind == kind)
        return i;
    }
  return N_SECTIONS;
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

/* Sections and records */

static void
update_title (MitWindow *self,
              Section    section)
{
  ListSection *ls = list_section (self, section);
  const char *name;

  if (ls == NULL)
    return;

  name = ls->funcs->get_title (ls->editor);
  if (ls->funcs->get_id (ls->editor) == 0)
    name = "";
  else if (name == NULL || *name == '\0')
    name = _(ls->funcs->unnamed);

  adw_window_title_set_title (ls->title, name);
}

static void
update_delete_enabled (MitWindow *self)
{
  ListSection *ls = list_section (self, current_section (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete",
                                 ls != NULL && ls->funcs->get_id (ls->editor) > 0);
}

static void
open_record (MitWindow *self,
             Section    section,
             gint64     id,
             gboolean   navigate)
{
  ListSection *ls = list_section (self, section);
  gboolean found;

  g_return_if_fail (ls != NULL);

  found = id > 0 && ls->funcs->load (ls->editor, id);
  if (!found)
    ls->funcs->load (ls->editor, 0);

  gtk_stack_set_visible_child_name (ls->detail_stack, found ? "editor" : "none");
  update_title (self, section);
  update_delete_enabled (self);

  /* Unfolded, the detail is already in view; navigating would move the
   * keyboard focus away from the list. */
  if (navigate && found && adw_leaflet_get_folded (ls->leaflet))
    adw_leaflet_navigate (ls->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
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

/* "…-selected" of every list (and of the month view) */
static void
record_selected_cb (GtkWidget *list,
                    gint64     id,
                    gboolean   navigate,
                    MitWindow *self)
{
  Section section = section_of_widget (self, list);

  if (section < N_SECTIONS)
    open_record (self, section, id, navigate);
}

static void
editor_title_cb (GtkWidget  *editor,
                 GParamSpec *pspec,
                 MitWindow  *self)
{
  update_title (self, section_of_widget (self, editor));
}

/* Shows the record @id in its section, selected in the list. */
static void
show_record (MitWindow *self,
             Section    section,
             gint64     id)
{
  ListSection *ls = list_section (self, section);

  g_return_if_fail (ls != NULL);

  mit_window_show_section (self, section_names[section]);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  ls->funcs->select_id (ls->list, id);
  open_record (self, section, id, TRUE);
}

void
mit_window_show_target_group (MitWindow *self,
                              gint64     id)
{
  g_return_if_fail (MIT_IS_WINDOW (self));

  show_record (self, SECTION_TARGET_GROUPS, id);
}

void
mit_window_show_actor (MitWindow *self,
                       gint64     id)
{
  g_return_if_fail (MIT_IS_WINDOW (self));

  show_record (self, SECTION_ACTORS, id);
}

void
mit_window_show_person (MitWindow *self,
                        gint64     id)
{
  g_return_if_fail (MIT_IS_WINDOW (self));

  show_record (self, SECTION_PERSONS, id);
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

/* libadwaita 1.2 can free a toast twice when it is dismissed while its
 * show animation still runs (Ctrl+Z right after a deletion): dismiss it
 * once that animation (300 ms) is over. */
static gboolean
dismiss_toast_cb (gpointer data)
{
  adw_toast_dismiss (ADW_TOAST (data));
  return G_SOURCE_REMOVE;
}

static void
dismiss_toast_soon (AdwToast *toast)
{
  g_timeout_add_full (G_PRIORITY_DEFAULT, 350, dismiss_toast_cb, g_object_ref (toast),
                      g_object_unref);
}

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
      dismiss_toast_soon (previous);
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

/* Deletes the record shown in a list section, with an Undo toast. */
static void
delete_record (MitWindow *self,
               Section    section)
{
  ListSection *ls = list_section (self, section);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, change;

  if (ls == NULL || ls->funcs->delete_record == NULL || (id = ls->funcs->get_id (ls->editor)) <= 0)
    return;

  ls->funcs->flush (ls->editor);
  title = g_strdup_printf (_("“%s” deleted"), ls->funcs->get_title (ls->editor));

  change = ls->funcs->delete_record (self->store, id, &error);
  if (change <= 0)
    {
      show_error (self, _(ls->funcs->cannot_delete), error);
      return;
    }

  open_record (self, section, 0, FALSE);
  ls->funcs->select_id (ls->list, 0);
  adw_leaflet_navigate (ls->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  offer_undo (self, ls->funcs->kind, id, NULL, change, title);
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

  open_record (self, SECTION_PERSONS, 0, FALSE);
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

  if (current_section (self) == SECTION_PERSONS)
    delete_person (self);
  else
    delete_record (self, current_section (self));
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
  ListSection *ls = list_section (self, current_section (self));
  GtkWidget *list;

  if (ls == NULL)
    return FALSE;
  list = ls->list;

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
  dismiss_toast_soon (toast);
  gtk_widget_action_set_enabled (widget, "win.undo", FALSE);

  if (!mit_store_undo (self->store, deletion->change, &error))
    {
      show_error (self, deletion->kind != 0 ? _("Cannot Undo the Deletion")
                                            : _("Cannot Undo the Change"),
                  error);
      return;
    }

  if (deletion->kind != 0 && section_of_kind (self, deletion->kind) < N_SECTIONS)
    show_record (self, section_of_kind (self, deletion->kind), deletion->id);
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

  if (section == SECTION_TOPICS)
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      mit_topics_page_focus_search (MIT_TOPICS_PAGE (self->topics_page));
      return;
    }

  /* The sections without a search of their own search the actors. */
  if (section_get_leaflet (self, section) == NULL)
    {
      section = SECTION_ACTORS;
      mit_window_show_section (self, section_names[section]);
    }

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  adw_leaflet_set_visible_child_name (section_get_leaflet (self, section), "list");

  list_section (self, section)->funcs->focus_search (list_section (self, section)->list);
}

static void
new_record_done_cb (GtkWidget *dialog,
                    gint64     id,
                    MitWindow *self)
{
  Section section = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "mit-section"));
  ListSection *ls = list_section (self, section);

  g_return_if_fail (ls != NULL);

  show_record (self, section, id);
  ls->funcs->focus_name (ls->editor);
}

/* "win.new-actor", "win.new-target-group", "win.new-event" and
 * "win.new-meeting": the section's dialog, then the new record. */
static void
new_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      const ListFuncs *funcs = self->lists[i].funcs;
      GtkWidget *dialog;

      if (funcs == NULL || g_strcmp0 (funcs->new_action, action_name) != 0)
        continue;

      dialog = funcs->new_dialog (GTK_WINDOW (self), self->store);
      g_object_set_data (G_OBJECT (dialog), "mit-section", GUINT_TO_POINTER (i));
      g_signal_connect_object (dialog, "done", G_CALLBACK (new_record_done_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
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

/* "win.show-actor", "win.show-person", … (x: the id) */
static void
show_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (self->lists[i].funcs != NULL && g_strcmp0 (self->lists[i].funcs->show_action, action_name) == 0)
        show_record (self, i, g_variant_get_int64 (parameter));
    }
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

/* ---- sync with a portal ---- */

static void
update_sync_actions (MitWindow *self)
{
  g_autoptr(GPtrArray) subscriptions = mit_store_list_subscriptions (self->store, NULL);
  gboolean running = mit_sync_runner_get_running (self->sync_runner);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sync-portal",
                                 !running && subscriptions != NULL && subscriptions->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-sync", running);
}

static void
sync_finished_cb (MitSyncRunner *runner,
                  const char    *summary,
                  gboolean       failed,
                  const char    *message,
                  MitWindow     *self)
{
  const MitSyncCounts *counts[MIT_SYNC_N_KINDS];
  gboolean nothing_new = TRUE;

  for (int k = 0; k < MIT_SYNC_N_KINDS; k++)
    {
      counts[k] = mit_sync_runner_get_counts (runner, k);
      if (counts[k]->added || counts[k]->updated || counts[k]->removed || counts[k]->conflicts)
        nothing_new = FALSE;
    }
  /* A periodic sync that found nothing says nothing. */
  if (mit_sync_runner_get_automatic (runner) && !failed && nothing_new)
    return;
  show_toast (self, summary);
}

static void
sync_portal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  mit_sync_runner_start (self->sync_runner);
}

static void
cancel_sync_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  mit_sync_runner_cancel (MIT_WINDOW (widget)->sync_runner);
}

static void
show_conflicts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (mit_conflicts_dialog_new (GTK_WINDOW (self), self->store)));
}

static void
manage_portals_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  MitPreferencesWindow *prefs = mit_preferences_window_new (self->store, self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (self));
  mit_preferences_window_show_portals (prefs);
  gtk_window_present (GTK_WINDOW (prefs));
}

/* win.show-topic: the page of a portal, by its path. */
static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  mit_window_show_section (self, "topics");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  if (!mit_topics_page_show_topic (MIT_TOPICS_PAGE (self->topics_page),
                                   g_variant_get_string (parameter, NULL)))
    show_toast (self, _("This topic is not here. Sync with the portal to get it."));
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
import_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);

  mit_ics_import_dialog_present (GTK_WINDOW (self), self->store);
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

/* What "Export…" and "Export Events…" write: the directory as CSV, or
 * every event as iCalendar. */
static gboolean
export_to_file (MitWindow   *self,
                gboolean     events,
                GFile       *file,
                GError     **error)
{
  g_autofree char *path = NULL;

  if (events)
    return mit_ics_export_all_events (self->store, file, NULL, NULL, error);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Choose a folder on this computer."));
      return FALSE;
    }
  return mit_csv_export_actors (self->store, path, error);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    MitWindow       *self)
{
  gboolean events = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "mit-events"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL)
    goto out;

  if (!export_to_file (self, events, file, &error))
    {
      show_error (self, events ? _("Cannot Export the Events") : _("Cannot Export the Directory"),
                  error);
    }
  else
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (events ? _("Events exported to “%s”")
                                                       : _("Directory exported to “%s”"),
                                                basename);

      show_toast (self, title);
    }

out:
  g_clear_object (&self->export_chooser);
}

/* win.export (the directory as CSV) and win.export-ics (all events). */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitWindow *self = MIT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean events = g_str_equal (action_name, "win.export-ics");

  if (self->export_chooser != NULL)
    return;

  self->export_chooser = gtk_file_chooser_native_new (events ? _("Export Events")
                                                             : _("Export Directory"),
                                                      GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"),
                                                      _("_Cancel"));
  g_object_set_data (G_OBJECT (self->export_chooser), "mit-events", GINT_TO_POINTER (events));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  /* Translators: the file name suggested for all events as iCalendar. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser),
                                     events ? _("events.ics") : "directory.csv");

  if (events)
    {
      gtk_file_filter_set_name (filter, _("iCalendar files"));
      gtk_file_filter_add_mime_type (filter, "text/calendar");
      gtk_file_filter_add_suffix (filter, "ics");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("CSV files"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_suffix (filter, "csv");
    }
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

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (self->lists[i].funcs != NULL)
        self->lists[i].funcs->flush (self->lists[i].editor);
    }

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

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      ListSection *ls = list_section (self, i);

      if (ls == NULL)
        continue;
      ls->funcs->list_set_store (ls->list, self->store);
      ls->funcs->editor_set_store (ls->editor, self->store);
    }
  mit_month_view_set_store (self->month_view, self->store);

  self->board = mit_reachability_board_new (self->store);
  adw_bin_set_child (self->board_bin, GTK_WIDGET (self->board));
  self->map_page = g_object_new (MIT_TYPE_MAP_PAGE, "store", self->store, NULL);
  adw_bin_set_child (self->map_bin, self->map_page);
  self->sync_runner = g_object_ref (mit_sync_runner_get_for_store (self->store));
  mit_sync_runner_set_periodic (self->sync_runner, TRUE);
  gtk_box_append (self->main_box, mit_sync_status_new (self->sync_runner));
  g_signal_connect_object (self->sync_runner, "finished", G_CALLBACK (sync_finished_cb), self, 0);
  g_signal_connect_object (self->sync_runner, "notify::running",
                           G_CALLBACK (update_sync_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sync_runner, "subscriptions-changed",
                           G_CALLBACK (update_sync_actions), self, G_CONNECT_SWAPPED);
  update_sync_actions (self);
  self->topics_page = GTK_WIDGET (mit_topics_page_new (self->store));
  adw_bin_set_child (self->topics_bin, self->topics_page);
  g_object_bind_property (self->leaflet, "folded", self->topics_page, "show-back-button",
                          G_BINDING_SYNC_CREATE);
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

  if (self->sync_runner != NULL)
    {
      mit_sync_runner_cancel (self->sync_runner);
      mit_sync_runner_set_periodic (self->sync_runner, FALSE);
      g_clear_object (&self->sync_runner);
    }

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
  g_type_ensure (MIT_TYPE_EVENT_LIST);
  g_type_ensure (MIT_TYPE_MONTH_VIEW);
  g_type_ensure (MIT_TYPE_EVENT_EDITOR);
  g_type_ensure (MIT_TYPE_MEETING_LIST);
  g_type_ensure (MIT_TYPE_MEETING_EDITOR);

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
  gtk_widget_class_bind_template_child (widget_class, MitWindow, topics_bin);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, topics_row);
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
  gtk_widget_class_bind_template_child (widget_class, MitWindow, events_row);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, events_leaflet);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, month_view);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, event_title);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, event_detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, event_editor);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, meetings_row);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, meetings_leaflet);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, meeting_list);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, meeting_title);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, meeting_detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MitWindow, meeting_editor);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.load-example", NULL, load_example_action);
  gtk_widget_class_install_action (widget_class, "win.new-actor", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "win.new-target-group", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.new-event", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.new-meeting", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.import-ics", NULL, import_ics_action);
  gtk_widget_class_install_action (widget_class, "win.export-ics", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-actor", "x", show_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-person", "x", show_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-target-group", "x", show_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-event", "x", show_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "x", show_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-actors-in-district", "s",
                                   show_actors_in_district_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-reachability", NULL, show_reachability_action);
  gtk_widget_class_install_action (widget_class, "win.show-topic", "s", show_topic_action);
  gtk_widget_class_install_action (widget_class, "win.sync-portal", NULL, sync_portal_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-sync", NULL, cancel_sync_action);
  gtk_widget_class_install_action (widget_class, "win.show-conflicts", NULL, show_conflicts_action);
  gtk_widget_class_install_action (widget_class, "win.manage-portals", NULL, manage_portals_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.sync-portal", NULL);
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
  /* Ctrl+1 … Ctrl+9: the sections in the sidebar's order */
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
  self->section_rows[SECTION_EVENTS] = self->events_row;
  self->section_rows[SECTION_MEETINGS] = self->meetings_row;
  self->section_rows[SECTION_TOPICS] = self->topics_row;

#define LIST_SECTION(section, f, lf, l, e, d, t) \
  self->lists[section] = (ListSection) { &f, lf, GTK_WIDGET (l), GTK_WIDGET (e), d, t }
  LIST_SECTION (SECTION_ACTORS, actor_funcs, self->actors_leaflet, self->actor_list,
                self->actor_editor, self->actor_detail_stack, self->actor_title);
  LIST_SECTION (SECTION_PERSONS, person_funcs, self->persons_leaflet, self->person_list,
                self->person_editor, self->person_detail_stack, self->person_title);
  LIST_SECTION (SECTION_TARGET_GROUPS, target_group_funcs, self->target_groups_leaflet,
                self->target_group_list, self->target_group_editor,
                self->target_group_detail_stack, self->target_group_title);
  LIST_SECTION (SECTION_EVENTS, event_funcs, self->events_leaflet, self->event_list,
                self->event_editor, self->event_detail_stack, self->event_title);
  LIST_SECTION (SECTION_MEETINGS, meeting_funcs, self->meetings_leaflet, self->meeting_list,
                self->meeting_editor, self->meeting_detail_stack, self->meeting_title);
#undef LIST_SECTION

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = mit_gui_settings_new ();

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (self->lists[i].funcs != NULL)
        g_signal_connect_object (self->lists[i].editor, "notify::title",
                                 G_CALLBACK (editor_title_cb), self, 0);
    }
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
