/* mit-import-dialog.c: import actors from a CSV file
 *
 * Copyright 2025 The Miteinander authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitImportDialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-import-dialog.h"
#include "mit-csv.h"
#include "mit-csv-import.h"
#include "mit-store.h"

#define SCHEMA_ID "io.github.miteinander.Miteinander"
#define N_PREVIEW_ROWS 20
/* Rows listed on the result page; the rest are counted */
#define MAX_LISTED_BAD_ROWS 500

struct _MitImportDialog
{
  AdwWindow               parent_instance;

  /* template widgets */
  GtkStack               *stack;
  AdwStatusPage          *choose_page;
  AdwActionRow           *file_row;
  AdwActionRow           *format_row;
  GtkSwitch              *skip_switch;
  GtkRevealer            *warning_revealer;
  GtkLabel               *warning_label;
  GtkGrid                *preview_grid;
  GtkProgressBar         *progress_bar;
  AdwStatusPage          *result_page;
  GtkListBox             *bad_rows_list;
  GtkButton              *import_button;
  GtkButton              *choose_button;
  GtkButton              *cancel_button;

  /* owned */
  MitStore               *store;
  GSettings              *settings;      /* NULL when the schema is not installed */
  GFile                  *file;
  GBytes                 *bytes;
  MitCsvMapping          *mapping;
  GCancellable           *cancellable;   /* the dialog's lifetime: cancelled in dispose */
  GCancellable           *import_cancellable;   /* the running import (Cancel) */
  GtkFileChooserNative   *chooser;
  char                   *preview_problem;

  gboolean                importing;
};

G_DEFINE_FINAL_TYPE (MitImportDialog, mit_import_dialog, ADW_TYPE_WINDOW)

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "csv-mapping"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static char *
dup_saved_mapping (MitImportDialog *self)
{
  if (self->settings != NULL)
    return g_settings_get_string (self->settings, "csv-mapping");
  return mit_store_get_setting (self->store, "csv-mapping");
}

static void
save_mapping (MitImportDialog *self)
{
  g_autofree char *saved = mit_csv_mapping_to_string (self->mapping);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "csv-mapping", saved);
  else
    {
      g_autoptr(GError) error = NULL;

      if (!mit_store_set_setting (self->store, "csv-mapping", saved, &error))
        g_warning ("Could not remember the column mapping: %s", error->message);
    }
}

static void
update_actions (MitImportDialog *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean preview = g_strcmp0 (page, "preview") == 0;
  gboolean has_name = self->mapping != NULL &&
                      mit_csv_mapping_find_field (self->mapping, MIT_CSV_FIELD_NAME) >= 0;
  const char *warning = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start",
                                 preview && has_name && !self->importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", !self->importing);

  gtk_widget_set_visible (GTK_WIDGET (self->import_button), preview);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_button), preview);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), g_strcmp0 (page, "result") != 0);

  if (preview && !has_name)
    warning = _("Choose “Name” for the column that holds the names of the organisations.");
  else if (preview && self->preview_problem != NULL)
    warning = self->preview_problem;
  gtk_label_set_text (self->warning_label, warning != NULL ? warning : "");
  gtk_revealer_set_reveal_child (self->warning_revealer, warning != NULL);
}

static void
set_page (MitImportDialog *self,
          const char      *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  update_actions (self);
}

static void
clear_preview (MitImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))) != NULL)
    gtk_grid_remove (self->preview_grid, child);
  g_clear_pointer (&self->mapping, mit_csv_mapping_free);
  g_clear_pointer (&self->preview_problem, g_free);
}

static void
field_dropdown_selected_cb (GtkDropDown     *dropdown,
                            GParamSpec      *pspec,
                            MitImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "mit-column"));
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->mapping == NULL || selected >= MIT_CSV_N_FIELDS ||
      column >= mit_csv_mapping_get_n_columns (self->mapping))
    return;

  mit_csv_mapping_set_field (self->mapping, column, selected);
  update_actions (self);
}

static GtkWidget *
create_field_dropdown (MitImportDialog *self,
                       guint            column,
                       const char      *header)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  g_autofree char *accessible = NULL;
  GtkWidget *dropdown;

  for (MitCsvField field = 0; field < MIT_CSV_N_FIELDS; field++)
    gtk_string_list_append (fields, mit_csv_field_get_label (field));

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&fields)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                              mit_csv_mapping_get_field (self->mapping, column));
  g_object_set_data (G_OBJECT (dropdown), "mit-column", GUINT_TO_POINTER (column));
  g_signal_connect_object (dropdown, "notify::selected",
                           G_CALLBACK (field_dropdown_selected_cb), self, 0);

  /* TRANSLATORS: accessible name of the drop-down that maps a CSV column */
  accessible = g_strdup_printf (_("Field for column “%s”"), header);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return dropdown;
}

static GtkWidget *
create_cell_label (const char *text,
                   gboolean    header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_set_tooltip_text (label, text);
  return label;
}

static void
show_unreadable (MitImportDialog *self,
                 const char      *message)
{
  adw_status_page_set_icon_name (self->choose_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->choose_page, _("This File Cannot Be Imported"));
  adw_status_page_set_description (self->choose_page, message);
  set_page (self, "choose");
}

static void
build_preview (MitImportDialog *self)
{
  g_autoptr(MitCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) headers = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *format = NULL;
  g_autofree char *file_name = NULL;
  guint n_columns;

  clear_preview (self);

  reader = mit_csv_reader_new (self->bytes, &error);
  if (reader == NULL)
    {
      show_unreadable (self, error->message);
      return;
    }
  if (!mit_csv_reader_next (reader, &error))
    {
      show_unreadable (self, error != NULL ? error->message :
                       _("The file is empty. A CSV file for import needs a header line with "
                         "the column names and one line per entry."));
      return;
    }

  n_columns = mit_csv_reader_get_n_fields (reader);
  headers = g_strdupv ((char **) mit_csv_reader_get_fields (reader));
  saved = dup_saved_mapping (self);
  self->mapping = mit_csv_mapping_new_from_string (saved, (const char * const *) headers,
                                                   n_columns);

  for (guint column = 0; column < n_columns; column++)
    {
      g_autofree char *title = NULL;

      if (*headers[column] != '\0')
        title = g_strdup (headers[column]);
      else
        title = g_strdup_printf (_("Column %u"), column + 1);

      gtk_grid_attach (self->preview_grid, create_cell_label (title, TRUE), column, 0, 1, 1);
      gtk_grid_attach (self->preview_grid, create_field_dropdown (self, column, title),
                       column, 1, 1, 1);
    }

  for (guint row = 0; row < N_PREVIEW_ROWS; row++)
    {
      if (!mit_csv_reader_next (reader, &error))
        {
          if (error != NULL)
            self->preview_problem = g_strdup (error->message);
          break;
        }
      for (guint column = 0; column < n_columns; column++)
        {
          const char *text = mit_csv_reader_get_field (reader, column);

          gtk_grid_attach (self->preview_grid,
                           create_cell_label (text != NULL ? mit_csv_unguard_cell (text) : "",
                                              FALSE),
                           column, row + 2, 1, 1);
        }
    }

  file_name = self->file != NULL ? g_file_get_parse_name (self->file) : g_strdup ("");
  adw_action_row_set_subtitle (self->file_row, file_name);
  /* TRANSLATORS: "UTF-8, columns separated by semicolons" */
  format = g_strdup_printf (_("%s, columns separated by %s"),
                            mit_csv_encoding_get_label (mit_csv_reader_get_encoding (reader)),
                            mit_csv_delimiter_get_label (mit_csv_reader_get_delimiter (reader)));
  adw_action_row_set_subtitle (self->format_row, format);

  set_page (self, "preview");
}

static void
file_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MitImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  /* Closed meanwhile: its widgets are gone. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (bytes == NULL)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("The file could not be read: %s"), error->message);
      show_unreadable (self, message);
      return;
    }

  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = g_steal_pointer (&bytes);
  build_preview (self);
}

void
mit_import_dialog_load_file (MitImportDialog *self,
                             GFile           *file)
{
  g_return_if_fail (MIT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!self->importing);

  g_set_object (&self->file, file);
  g_file_load_bytes_async (file, self->cancellable, file_loaded_cb, g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MitImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        mit_import_dialog_load_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitImportDialog *self = MIT_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_pattern (csv, "*.txt");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_progress_cb (double   fraction,
                    gpointer user_data)
{
  MitImportDialog *self = user_data;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
}

/* "Line 14: the e-mail address …" → "The e-mail address …", as the row's
 * title already names the line. */
static char *
dup_reason_without_line (const char *reason,
                         guint       line)
{
  g_autofree char *prefix = g_strdup_printf (_("Line %u: "), line);
  const char *rest = reason;
  gunichar first;

  if (g_str_has_prefix (reason, prefix))
    rest = reason + strlen (prefix);
  if (*rest == '\0')
    return g_strdup (reason);

  first = g_utf8_get_char (rest);
  {
    char buf[8] = { 0, };

    g_unichar_to_utf8 (g_unichar_totitle (first), buf);
    return g_strconcat (buf, g_utf8_next_char (rest), NULL);
  }
}

static void
show_bad_rows (MitImportDialog    *self,
               MitCsvImportReport *report)
{
  GtkWidget *child;
  guint n = report != NULL ? report->bad_rows->len : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->bad_rows_list))) != NULL)
    gtk_list_box_remove (self->bad_rows_list, child);

  for (guint i = 0; i < MIN (n, MAX_LISTED_BAD_ROWS); i++)
    {
      MitCsvBadRow *bad = g_ptr_array_index (report->bad_rows, i);
      g_autofree char *title = g_strdup_printf (_("Line %u"), bad->line);
      g_autofree char *reason = dup_reason_without_line (bad->reason, bad->line);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->bad_rows_list, row);
    }
  if (n > MAX_LISTED_BAD_ROWS)
    {
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();

      title = g_strdup_printf (ngettext ("And %u more row", "And %u more rows",
                                         n - MAX_LISTED_BAD_ROWS),
                               n - MAX_LISTED_BAD_ROWS);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_list_box_append (self->bad_rows_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->bad_rows_list), n > 0);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MitImportDialog) self = user_data;
  g_autoptr(MitCsvImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  gboolean ok;

  self->importing = FALSE;
  g_clear_object (&self->import_cancellable);

  ok = mit_csv_import_finish (MIT_STORE (object), result, &report, &error);
  /* Closed meanwhile: the store has announced the change; there is no one
   * left to tell. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (!ok)
    {
      adw_status_page_set_icon_name (self->result_page, "dialog-warning-symbolic");
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          adw_status_page_set_title (self->result_page, _("Import Stopped"));
          g_string_append (description, _("Nothing was imported."));
          g_clear_pointer (&report, mit_csv_import_report_free);
        }
      else
        {
          adw_status_page_set_title (self->result_page, _("Nothing Was Imported"));
          g_string_append (description, error->message);
          if (report != NULL && report->bad_rows->len > 1)
            {
              g_string_append (description, "\n\n");
              g_string_append (description, _("Correct these rows in the file and import it "
                                              "again, or switch on “Skip Bad Rows”."));
            }
        }
    }
  else
    {
      guint n_bad = report->bad_rows->len;

      adw_status_page_set_icon_name (self->result_page,
                                     n_bad > 0 ? "dialog-information-symbolic"
                                               : "emblem-ok-symbolic");
      adw_status_page_set_title (self->result_page, _("Import Complete"));
      g_string_append_printf (description,
                              ngettext ("%u actor was added", "%u actors were added",
                                        report->n_added),
                              report->n_added);
      g_string_append (description, ", ");
      g_string_append_printf (description,
                              ngettext ("%u was updated.", "%u were updated.", report->n_updated),
                              report->n_updated);
      if (n_bad > 0)
        {
          g_string_append (description, " ");
          g_string_append_printf (description,
                                  ngettext ("%u row was skipped:", "%u rows were skipped:", n_bad),
                                  n_bad);
        }
    }

  adw_status_page_set_description (self->result_page, description->str);
  show_bad_rows (self, report);
  set_page (self, "result");
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MitImportDialog *self = MIT_IMPORT_DIALOG (widget);

  if (self->importing || self->bytes == NULL || self->mapping == NULL)
    return;

  save_mapping (self);

  self->importing = TRUE;
  g_clear_object (&self->import_cancellable);
  self->import_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  set_page (self, "progress");

  mit_csv_import_bytes_async (self->store, self->bytes, self->mapping,
                              gtk_switch_get_active (self->skip_switch), self->import_cancellable,
                              import_progress_cb, g_object_ref (self), g_object_unref,
                              import_done_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitImportDialog *self = MIT_IMPORT_DIALOG (widget);

  if (self->importing)
    g_cancellable_cancel (self->import_cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
mit_import_dialog_close_request (GtkWindow *window)
{
  MitImportDialog *self = MIT_IMPORT_DIALOG (window);

  /* The worker rolls back; its callback holds a reference to us */
  if (self->importing)
    g_cancellable_cancel (self->import_cancellable);

  return GTK_WINDOW_CLASS (mit_import_dialog_parent_class)->close_request (window);
}

static void
mit_import_dialog_dispose (GObject *object)
{
  MitImportDialog *self = MIT_IMPORT_DIALOG (object);

  /* Also when destroyed without a close request (destroy-with-parent):
   * the worker rolls back, and no callback touches the widgets. */
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (mit_import_dialog_parent_class)->dispose (object);
}

static void
mit_import_dialog_finalize (GObject *object)
{
  MitImportDialog *self = MIT_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->file);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->mapping, mit_csv_mapping_free);
  g_clear_pointer (&self->preview_problem, g_free);

  G_OBJECT_CLASS (mit_import_dialog_parent_class)->finalize (object);
}

static void
mit_import_dialog_class_init (MitImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mit_import_dialog_dispose;
  object_class->finalize = mit_import_dialog_finalize;
  window_class->close_request = mit_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/miteinander/Miteinander/gui/import/mit-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, choose_page);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, warning_label);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, result_page);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, bad_rows_list);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, MitImportDialog, cancel_button);

  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
mit_import_dialog_init (MitImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = create_settings ();
  if (self->settings != NULL)
    {
      g_autoptr(GSettingsSchema) schema = NULL;

      g_object_get (self->settings, "settings-schema", &schema, NULL);
      /* The preference is where this import starts; switching it here is
       * for this import only, so all-or-nothing stays the default. */
      if (g_settings_schema_has_key (schema, "csv-skip-bad-rows"))
        gtk_switch_set_active (GTK_SWITCH (self->skip_switch),
                               g_settings_get_boolean (self->settings, "csv-skip-bad-rows"));
    }
  update_actions (self);
}

MitImportDialog *
mit_import_dialog_new (GtkWindow *parent,
                       MitStore  *store)
{
  MitImportDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  return self;
}

void
mit_import_dialog_present (GtkWindow *parent,
                           MitStore  *store)
{
  MitImportDialog *self = mit_import_dialog_new (parent, store);

  gtk_window_present (GTK_WINDOW (self));
}

void
mit_import_dialog_present_for_file (GtkWindow *parent,
                                    MitStore  *store,
                                    GFile     *file)
{
  MitImportDialog *self = mit_import_dialog_new (parent, store);

  mit_import_dialog_load_file (self, file);
  gtk_window_present (GTK_WINDOW (self));
}

const char *
mit_import_dialog_get_page (MitImportDialog *self)
{
  g_return_val_if_fail (MIT_IS_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const MitCsvMapping *
mit_import_dialog_get_mapping (MitImportDialog *self)
{
  g_return_val_if_fail (MIT_IS_IMPORT_DIALOG (self), NULL);
  return self->mapping;
}

const char *
mit_import_dialog_get_preview_text (MitImportDialog *self,
                                    guint            row,
                                    guint            column)
{
  GtkWidget *child;

  g_return_val_if_fail (MIT_IS_IMPORT_DIALOG (self), NULL);

  /* Grid row 1 holds the drop-downs */
  child = gtk_grid_get_child_at (self->preview_grid, column, row == 0 ? 0 : row + 1);
  if (!GTK_IS_LABEL (child))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (child));
}

void
mit_import_dialog_set_column_field (MitImportDialog *self,
                                    guint            column,
                                    MitCsvField      field)
{
  GtkWidget *child;

  g_return_if_fail (MIT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (field < MIT_CSV_N_FIELDS);

  child = gtk_grid_get_child_at (self->preview_grid, column, 1);
  g_return_if_fail (GTK_IS_DROP_DOWN (child));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child), field);
}

const char *
mit_import_dialog_get_result_title (MitImportDialog *self)
{
  g_return_val_if_fail (MIT_IS_IMPORT_DIALOG (self), NULL);
  return adw_status_page_get_title (self->result_page);
}
