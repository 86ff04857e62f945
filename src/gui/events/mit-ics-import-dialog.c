/* mit-ics-import-dialog.c: import events from an iCalendar file, with a
 * preview
 *
 * The file is read into a MitIcsImport without touching the store; the
 * preview lists what it holds, and Import saves all of it in one
 * transaction (mit_ics_import_apply) or, on an error, nothing.
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitIcsImportDialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-event.h"
#include "mit-ics.h"
#include "mit-ics-import-dialog.h"
#include "mit-store.h"
#include "mit-validate.h"

/* A file of thousands of events lists the first ones and counts the rest. */
#define MAX_PREVIEW_ROWS 200

struct _MitIcsImportDialog
{
  AdwWindow      parent_instance;

  /* template widgets */
  GtkStack      *stack;
  GtkLabel      *file_label;
  GtkLabel      *summary_label;
  GtkListBox    *preview_list;
  AdwStatusPage *error_page;

  /* owned */
  MitStore      *store;
  MitIcsImport  *import;
};

G_DEFINE_FINAL_TYPE (MitIcsImportDialog, mit_ics_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (MitIcsImportDialog *self,
            const char         *message)
{
  g_clear_pointer (&self->import, mit_ics_import_free);
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ics-import.import", FALSE);
}

static char *
format_first_date (MitEvent *event)
{
  const char *starts = mit_event_get_starts (event);
  g_autofree char *day = g_strndup (starts, 10);
  g_autofree char *date = mit_date_format (day);
  g_autofree char *time = NULL;

  if (mit_event_get_all_day (event) || strlen (starts) < 16)
    return g_steal_pointer (&date);
  time = g_strndup (starts + 11, 5);
  /* Translators: when an imported event begins: date, time */
  return g_strdup_printf (C_("day and time", "%s, %s"), date, time);
}

static GtkWidget *
new_preview_row (MitIcsImport *import,
                 guint         index)
{
  MitEvent *event = mit_ics_import_get_event (import, index);
  gboolean update = mit_ics_import_is_update (import, index);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (update ? C_("import", "Updates Existing") : C_("import",
                                                                                   "New"));
  g_autofree char *date = format_first_date (event);
  g_autoptr(GString) subtitle = g_string_new (date);

  if (mit_event_is_recurring (event))
    /* Translators: after the first date of an imported event */
    g_string_append (subtitle, _(", repeats"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mit_event_get_title (event));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_widget_add_css_class (label, "mit-level-pill");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, update ? "mit-level-medium" : "mit-level-good");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
show_preview (MitIcsImportDialog *self,
              const char         *name)
{
  guint n = mit_ics_import_get_n_events (self->import);
  guint n_updates = mit_ics_import_get_n_updates (self->import);
  guint n_skipped = mit_ics_import_get_n_skipped (self->import);
  g_autoptr(GString) summary = g_string_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))) != NULL)
    gtk_list_box_remove (self->preview_list, child);

  gtk_label_set_text (self->file_label, name);
  if (n_updates == 0)
    g_string_append_printf (summary, ngettext ("%u new event.", "%u new events.", n), n);
  else
    g_string_append_printf (summary,
                            ngettext ("%u event: %u new, %u updating an event imported before.",
                                      "%u events: %u new, %u updating events imported before.", n),
                            n, n - n_updates, n_updates);
  if (n_skipped > 0)
    {
      g_string_append_c (summary, ' ');
      g_string_append_printf (summary,
                              ngettext ("%u changed occurrence of a recurring event is left out.",
                                        "%u changed occurrences of recurring events are left out.",
                                        n_skipped),
                              n_skipped);
    }
  gtk_label_set_text (self->summary_label, summary->str);

  for (guint i = 0; i < n && i < MAX_PREVIEW_ROWS; i++)
    gtk_list_box_append (self->preview_list, new_preview_row (self->import, i));
  if (n > MAX_PREVIEW_ROWS)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more event", "And %u more events",
                                                         n - MAX_PREVIEW_ROWS), n - MAX_PREVIEW_ROWS);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->preview_list, row);
    }

  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ics-import.import", TRUE);
}

gboolean
mit_ics_import_dialog_load_file (MitIcsImportDialog *self,
                                 GFile              *file)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MIT_IS_ICS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  g_clear_pointer (&self->import, mit_ics_import_free);
  path = g_file_get_path (file);
  name = g_file_get_basename (file);
  if (path == NULL)
    {
      show_error (self, _("Only files on this computer can be imported."));
      return FALSE;
    }

  self->import = mit_ics_import_parse_file (self->store, path, &error);
  if (self->import == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s”: %s Nothing was imported."), name,
                                                  error->message);

      show_error (self, message);
      return FALSE;
    }

  show_preview (self, name);
  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog    *chooser,
                     int                 response,
                     MitIcsImportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file != NULL)
    mit_ics_import_dialog_load_file (self, file);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitIcsImportDialog *self = MIT_ICS_IMPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose an iCalendar File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_pattern (filter, "*.ICS");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitIcsImportDialog *self = MIT_ICS_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint n_added = 0, n_updated = 0;

  if (self->import == NULL)
    return;

  if (!mit_ics_import_apply (self->import, self->store, &n_added, &n_updated, &error))
    {
      g_autofree char *message = g_strdup_printf (_("%s Nothing was imported."), error->message);

      show_error (self, message);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, n_added, n_updated);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mit_ics_import_dialog_dispose (GObject *object)
{
  MitIcsImportDialog *self = (MitIcsImportDialog *)object;

  g_clear_pointer (&self->import, mit_ics_import_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_ics_import_dialog_parent_class)->dispose (object);
}

static void
mit_ics_import_dialog_class_init (MitIcsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_ics_import_dialog_dispose;

  /**
   * MitIcsImportDialog::imported:
   * @n_added: events added
   * @n_updated: events that were there and were changed
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/events/mit-ics-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitIcsImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MitIcsImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, MitIcsImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MitIcsImportDialog, preview_list);
  gtk_widget_class_bind_template_child (widget_class, MitIcsImportDialog, error_page);

  gtk_widget_class_install_action (widget_class, "ics-import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "ics-import.import", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_ics_import_dialog_init (MitIcsImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ics-import.import", FALSE);
}

/**
 * mit_ics_import_dialog_new:
 *
 * Returns: (transfer none): a new dialog, not yet presented
 */
MitIcsImportDialog *
mit_ics_import_dialog_new (GtkWindow *parent,
                           MitStore  *store)
{
  MitIcsImportDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_ICS_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * mit_ics_import_dialog_present:
 *
 * Returns: (transfer none): the dialog
 */
MitIcsImportDialog *
mit_ics_import_dialog_present (GtkWindow *parent,
                               MitStore  *store)
{
  MitIcsImportDialog *self = mit_ics_import_dialog_new (parent, store);

  g_return_val_if_fail (self != NULL, NULL);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "ics-import.choose", NULL);
  return self;
}
