/* mit-preferences-window.c: the preferences
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitPreferencesWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-preferences-window.h"
#include "mit-store.h"
#include "portal/mit-portals-page.h"

struct _MitPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  AdwActionRow         *location_row;
  GtkSwitch            *skip_bad_rows_switch;
  AdwEntryRow          *assessor_row;

  /* borrowed: the Portals page, when there is a store */
  GtkWidget            *portals_page;

  /* owned */
  char                 *path;
};

G_DEFINE_FINAL_TYPE (MitPreferencesWindow, mit_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
open_folder_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Cannot open the folder: %s", error->message);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitPreferencesWindow *self = MIT_PREFERENCES_WINDOW (widget);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *uri = NULL;

  if (self->path == NULL)
    return;

  file = g_file_new_for_path (self->path);
  folder = g_file_get_parent (file);
  if (folder == NULL)
    return;
  uri = g_file_get_uri (folder);
  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, open_folder_done_cb, NULL);
}

static void
mit_preferences_window_finalize (GObject *object)
{
  MitPreferencesWindow *self = (MitPreferencesWindow *)object;

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (mit_preferences_window_parent_class)->finalize (object);
}

static void
mit_preferences_window_class_init (MitPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mit_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/mit-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MitPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, MitPreferencesWindow, skip_bad_rows_switch);
  gtk_widget_class_bind_template_child (widget_class, MitPreferencesWindow, assessor_row);

  gtk_widget_class_install_action (widget_class, "preferences.open-folder", NULL, open_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_preferences_window_init (MitPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MitPreferencesWindow *
mit_preferences_window_new (MitStore  *store,
                            GSettings *settings)
{
  MitPreferencesWindow *self = g_object_new (MIT_TYPE_PREFERENCES_WINDOW, NULL);
  const char *path = store != NULL ? mit_store_get_path (store) : NULL;
  gboolean in_memory = path == NULL || g_strcmp0 (path, ":memory:") == 0;

  self->path = in_memory ? NULL : g_strdup (path);
  adw_action_row_set_subtitle (self->location_row,
                               in_memory ? _("Kept in memory only; nothing is saved") : path);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.open-folder", !in_memory);

  if (store != NULL)
    {
      self->portals_page = mit_portals_page_new (store);
      adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                  ADW_PREFERENCES_PAGE (self->portals_page));
    }

  if (settings != NULL)
    {
      g_settings_bind (settings, "csv-skip-bad-rows",
                       self->skip_bad_rows_switch, "active",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "assessor-name",
                       self->assessor_row, "text",
                       G_SETTINGS_BIND_DEFAULT);
    }
  else
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->skip_bad_rows_switch), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->assessor_row), FALSE);
    }

  return self;
}

/**
 * mit_preferences_window_show_portals:
 *
 * Opens the Portals page (there is one when the window was made with a
 * store).
 */
void
mit_preferences_window_show_portals (MitPreferencesWindow *self)
{
  g_return_if_fail (MIT_IS_PREFERENCES_WINDOW (self));

  if (self->portals_page != NULL)
    adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self),
                                             ADW_PREFERENCES_PAGE (self->portals_page));
}

/**
 * mit_preferences_window_get_portals_page:
 *
 * Returns: (transfer none) (nullable): the Portals page (a MitPortalsPage)
 */
GtkWidget *
mit_preferences_window_get_portals_page (MitPreferencesWindow *self)
{
  g_return_val_if_fail (MIT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->portals_page;
}
