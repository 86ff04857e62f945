/* mit-gui-util.c: small helpers shared by the widgets
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitGuiUtil"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-assessment.h"
#include "mit-gui-util.h"

#define SETTINGS_SCHEMA_ID "io.github.miteinander.Miteinander"

GSettings *
mit_gui_settings_new (void)
{
  static gboolean warned;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);

  if (schema == NULL)
    {
      if (!warned)
        g_warning ("The settings schema %s is not installed; settings are not kept",
                   SETTINGS_SCHEMA_ID);
      warned = TRUE;
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

void
mit_gui_set_row_error (GtkWidget  *row,
                       const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (row));

  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

char *
mit_gui_dup_stripped (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

/* Watching list items */

typedef struct
{
  GtkListItem              *item;      /* borrowed: the watch is its data */
  GObject                  *record;
  gulong                    handler;
  MitGuiListItemUpdateFunc  update;
  gpointer                  user_data;
} ItemWatch;

static GQuark
item_watch_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("mit-gui-item-watch");
  return quark;
}

static void
item_watch_free (gpointer data)
{
  ItemWatch *watch = data;

  g_clear_signal_handler (&watch->handler, watch->record);
  g_clear_object (&watch->record);
  g_free (watch);
}

static void
item_record_notify_cb (GObject    *record,
                       GParamSpec *pspec,
                       ItemWatch  *watch)
{
  watch->update (watch->item, watch->user_data);
}

void
mit_gui_list_item_watch (GtkListItem              *item,
                         MitGuiListItemUpdateFunc  update,
                         gpointer                  user_data)
{
  GObject *record;
  ItemWatch *watch;

  g_return_if_fail (GTK_IS_LIST_ITEM (item));
  g_return_if_fail (update != NULL);

  mit_gui_list_item_unwatch (item);
  update (item, user_data);

  record = gtk_list_item_get_item (item);
  if (record == NULL)
    return;

  watch = g_new0 (ItemWatch, 1);
  watch->item = item;
  watch->record = g_object_ref (record);
  watch->update = update;
  watch->user_data = user_data;
  watch->handler = g_signal_connect (record, "notify", G_CALLBACK (item_record_notify_cb), watch);
  g_object_set_qdata_full (G_OBJECT (item), item_watch_quark (), watch, item_watch_free);
}

void
mit_gui_list_item_unwatch (GtkListItem *item)
{
  g_return_if_fail (GTK_IS_LIST_ITEM (item));

  g_object_set_qdata (G_OBJECT (item), item_watch_quark (), NULL);
}

/* A dialog asking for a name */

static void
entry_dialog_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = mit_gui_dup_stripped (entry);

  adw_message_dialog_set_response_enabled (dialog, "add", *text != '\0');
}

static void
entry_dialog_activated_cb (AdwEntryRow      *row,
                           AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "add"))
    adw_message_dialog_response (dialog, "add");
}

AdwMessageDialog *
mit_gui_entry_dialog_new (GtkWindow  *parent,
                          const char *heading,
                          const char *entry_title)
{
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *entry;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, NULL));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "add", FALSE);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), entry_title);
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  adw_message_dialog_set_extra_child (dialog, list);
  g_object_set_data (G_OBJECT (dialog), "mit-entry", entry);

  g_signal_connect_object (entry, "changed", G_CALLBACK (entry_dialog_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "entry-activated", G_CALLBACK (entry_dialog_activated_cb), dialog, 0);

  return dialog;
}

void
mit_gui_entry_dialog_present (AdwMessageDialog *dialog)
{
  GtkWidget *entry;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  entry = g_object_get_data (G_OBJECT (dialog), "mit-entry");
  gtk_window_present (GTK_WINDOW (dialog));
  if (entry != NULL)
    gtk_widget_grab_focus (entry);
}

char *
mit_gui_entry_dialog_dup_text (AdwMessageDialog *dialog)
{
  GtkEditable *entry;

  g_return_val_if_fail (ADW_IS_MESSAGE_DIALOG (dialog), NULL);

  entry = g_object_get_data (G_OBJECT (dialog), "mit-entry");
  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  return mit_gui_dup_stripped (entry);
}

void
mit_gui_level_get_color (MitReachability  level,
                         GdkRGBA         *rgba)
{
  /* GNOME palette: Green 4, Yellow 5, Red 3, Light 5 */
  static const char * const colors[] = { "#2ec27e", "#e5a50a", "#e01b24" };

  g_return_if_fail (rgba != NULL);

  gdk_rgba_parse (rgba, mit_reachability_is_valid (level) ? colors[level] : "#9a9996");
}

const char *
mit_gui_level_get_css_class (MitReachability level)
{
  static const char * const classes[] = { "mit-level-good", "mit-level-medium", "mit-level-little" };

  return mit_reachability_is_valid (level) ? classes[level] : "mit-level-unknown";
}

const char *
mit_gui_level_get_title (MitReachability level)
{
  switch (level)
    {
    case MIT_REACHABILITY_GOOD:
      return C_("reachability", "Good");
    case MIT_REACHABILITY_MEDIUM:
      return C_("reachability", "Medium");
    case MIT_REACHABILITY_LITTLE_OR_NONE:
      return C_("reachability", "Little or None");
    case MIT_REACHABILITY_UNKNOWN:
    default:
      return C_("reachability", "Not Assessed");
    }
}
