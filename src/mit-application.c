/* mit-application.c: the application object
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

#define G_LOG_DOMAIN "MitApplication"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-application.h"
#include "mit-cli.h"
#include "mit-gui-util.h"
#include "mit-store.h"
#include "mit-preferences-window.h"
#include "mit-window.h"

struct _MitApplication
{
  AdwApplication  parent_instance;

  /* owned */
  char           *database_path;
  MitStore       *store;
  GSettings      *settings;

  guint           watch_id;
};

G_DEFINE_FINAL_TYPE (MitApplication, mit_application, ADW_TYPE_APPLICATION)

static int
mit_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  MitApplication *self = MIT_APPLICATION (app);
  int status;

  status = mit_cli_handle_local_options (app, options);
  if (status >= 0)
    return status;

  g_free (self->database_path);
  self->database_path = mit_cli_dup_database_path (options);

  /* A window on another database is a program of its own: a running
   * Miteinander would otherwise just raise its window on its own file. */
  if (g_variant_dict_contains (options, "database"))
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static gboolean
check_external_changes_cb (gpointer user_data)
{
  MitApplication *self = user_data;

  if (self->store != NULL)
    mit_store_check_external_changes (self->store);
  return G_SOURCE_CONTINUE;
}

static void
store_error_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         MitApplication   *self)
{
  g_application_quit (G_APPLICATION (self));
}

/* The database could not be opened: say why and leave the file alone. */
static void
show_store_error (MitApplication *self,
                  const GError   *error)
{
  AdwMessageDialog *dialog;
  const char *heading;

  if (g_error_matches (error, MIT_STORE_ERROR, MIT_STORE_ERROR_TOO_NEW))
    heading = _("Database Is From a Newer Version");
  else
    heading = _("Cannot Open the Database");

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, heading, error->message));
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  adw_message_dialog_set_default_response (dialog, "quit");
  adw_message_dialog_set_close_response (dialog, "quit");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (store_error_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
mit_application_activate (GApplication *app)
{
  MitApplication *self = MIT_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL)
    {
      if (self->database_path == NULL)
        self->database_path = mit_store_dup_default_path ();

      self->store = mit_store_open (self->database_path, &error);
      if (self->store == NULL)
        {
          g_warning ("Cannot open %s: %s", self->database_path, error->message);
          show_store_error (self, error);
          return;
        }
      /* Another program (the command line, a nightly job) may write to the
       * same file; look every two seconds and let the lists follow. */
      self->watch_id = g_timeout_add_seconds (2, check_external_changes_cb, self);
    }

  window = GTK_WINDOW (mit_window_new (self, self->store));
  gtk_window_present (window);
}

static void
mit_application_startup (GApplication *app)
{
  static const char * const quit_accels[] = { "<Control>q", NULL };
  static const char * const help_accels[] = { "F1", NULL };
  static const char * const prefs_accels[] = { "<Control>comma", NULL };
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  G_APPLICATION_CLASS (mit_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  gtk_application_set_accels_for_action (gtk_app, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (gtk_app, "app.help", help_accels);
  gtk_application_set_accels_for_action (gtk_app, "app.preferences", prefs_accels);
}

static void
mit_application_dispose (GObject *object)
{
  MitApplication *self = (MitApplication *)object;

  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mit_application_parent_class)->dispose (object);
}

static void
mit_application_finalize (GObject *object)
{
  MitApplication *self = (MitApplication *)object;

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (mit_application_parent_class)->finalize (object);
}

static void
mit_application_class_init (MitApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mit_application_dispose;
  object_class->finalize = mit_application_finalize;

  app_class->handle_local_options = mit_application_handle_local_options;
  app_class->startup = mit_application_startup;
  app_class->activate = mit_application_activate;
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  MitApplication *self = user_data;
  GList *windows;

  /* Close the windows first so that they save their state and finish a
   * pending deletion (a deleted person's traces are erased then). */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  MitApplication *self = user_data;
  static const char *developers[] = { "The Miteinander authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "modal", TRUE,
                        "application-name", _("Miteinander"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Miteinander authors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("The directory of the local integration network: "
                                      "organisations, contact persons and what they offer"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
help_launch_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MitApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  GtkWidget *dialog;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;

  g_warning ("Cannot open the help: %s", error->message);
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  dialog = adw_message_dialog_new (window, _("Cannot Open the Help"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("No help viewer is installed. Install the “Help” app "
                                    "(yelp) to read the manual. (%s)"),
                                  error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
help_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  MitApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (window != NULL)
    context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
                gtk_widget_get_display (GTK_WIDGET (window))));

  /* Uninstalled (make run), the pages are read from the source tree. */
  if (g_getenv ("MIT_HELP_DIR") != NULL)
    uri = g_strconcat ("ghelp:", g_getenv ("MIT_HELP_DIR"), NULL);
  else
    uri = g_strdup ("help:miteinander");

  g_app_info_launch_default_for_uri_async (uri, context, NULL,
                                           help_launch_cb, g_object_ref (self));
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  MitApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  MitPreferencesWindow *prefs;

  prefs = mit_preferences_window_new (self->store, mit_application_get_settings (self));
  if (window != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (prefs), window);
  gtk_window_present (GTK_WINDOW (prefs));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb },
  { "about", about_activated_cb },
  { "help", help_activated_cb },
  { "preferences", preferences_activated_cb },
};

static void
mit_application_init (MitApplication *self)
{
  mit_cli_add_options (G_APPLICATION (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
}

/**
 * mit_application_new:
 *
 * Returns: (transfer full): the application
 */
MitApplication *
mit_application_new (void)
{
  return g_object_new (MIT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

MitStore *
mit_application_get_store (MitApplication *self)
{
  g_return_val_if_fail (MIT_IS_APPLICATION (self), NULL);

  return self->store;
}

const char *
mit_application_get_database_path (MitApplication *self)
{
  g_return_val_if_fail (MIT_IS_APPLICATION (self), NULL);

  return self->database_path;
}

GSettings *
mit_application_get_settings (MitApplication *self)
{
  g_return_val_if_fail (MIT_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = mit_gui_settings_new ();

  return self->settings;
}
