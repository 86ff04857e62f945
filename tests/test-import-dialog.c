/* test-import-dialog.c: the CSV import dialog, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitCsv"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "import/mit-import-dialog.h"
#include "mit-csv-import.h"
#include "mit-store.h"
#include "mit-test-util.h"

static void
wait_for_page (MitImportDialog *dialog,
               const char      *page)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_strcmp0 (mit_import_dialog_get_page (dialog), page) != 0)
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_test_message ("still on page “%s”", mit_import_dialog_get_page (dialog));
          g_assert_not_reached ();
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  /* Let the page settle (sizes, allocation) */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static MitImportDialog *
open_dialog_for_fixture (MitStore   *store,
                         const char *name)
{
  g_autofree char *rel = g_build_filename ("csv", name, NULL);
  g_autofree char *path = mit_test_fixture_path (rel);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MitImportDialog *dialog = mit_import_dialog_new (NULL, store);

  gtk_window_present (GTK_WINDOW (dialog));
  mit_import_dialog_load_file (dialog, file);
  wait_for_page (dialog, "preview");
  return dialog;
}

static void
changed_cb (MitStore *store,
            guint     kinds,
            guint    *n_changed)
{
  (*n_changed)++;
}

static void
test_preview_and_import (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("dialog.db");
  g_autoptr(MitActor) caritas = NULL;
  g_autoptr(GSettings) settings = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  const MitCsvMapping *mapping;
  MitImportDialog *dialog;
  const char *tags[] = { "Innenstadt", NULL };
  guint n_changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &n_changed);
  dialog = open_dialog_for_fixture (store, "actors-semicolon-bom.csv");

  /* The preview */
  g_assert_cmpstr (mit_import_dialog_get_preview_text (dialog, 0, 0), ==, "Bezeichnung");
  g_assert_cmpstr (mit_import_dialog_get_preview_text (dialog, 0, 7), ==, "PLZ");
  g_assert_cmpstr (mit_import_dialog_get_preview_text (dialog, 1, 0), ==,
                   "Caritasverband Singen-Hegau e.V.");
  g_assert_cmpstr (mit_import_dialog_get_preview_text (dialog, 2, 0), ==, "Müttercafé Nordstadt");
  g_assert_cmpstr (mit_import_dialog_get_preview_text (dialog, 4, 0), ==,
                   "Jobcenter Landkreis Konstanz");
  g_assert_null (mit_import_dialog_get_preview_text (dialog, 5, 0));

  /* The automatic mapping */
  mapping = mit_import_dialog_get_mapping (dialog);
  g_assert_cmpuint (mit_csv_mapping_get_n_columns (mapping), ==, 15);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 0), ==, MIT_CSV_FIELD_NAME);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 1), ==, MIT_CSV_FIELD_KIND);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 2), ==, MIT_CSV_FIELD_SECTOR);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 5), ==, MIT_CSV_FIELD_DISTRICT);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 7), ==, MIT_CSV_FIELD_POSTCODE);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 11), ==, MIT_CSV_FIELD_WEBSITE);
  g_assert_cmpint (mit_csv_mapping_get_field (mapping, 14), ==, MIT_CSV_FIELD_PERSONS);

  /* The user decides that "Stadtteil" is a tag here */
  mit_import_dialog_set_column_field (dialog, 5, MIT_CSV_FIELD_TAGS);
  g_assert_cmpint (mit_csv_mapping_get_field (mit_import_dialog_get_mapping (dialog), 5), ==,
                   MIT_CSV_FIELD_TAGS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  wait_for_page (dialog, "result");
  g_assert_cmpstr (mit_import_dialog_get_result_title (dialog), ==, "Import Complete");

  g_assert_cmpuint (mit_store_count_actors (store), ==, 4);
  g_assert_cmpuint (n_changed, >=, 1);
  caritas = mit_test_load_actor_named (store, "Caritasverband Singen-Hegau e.V.");
  g_assert_cmpstr (mit_actor_get_text (caritas, MIT_ACTOR_DISTRICT), ==, "");
  g_assert_true (g_strv_equal (mit_actor_get_tags (caritas), tags));

  /* The mapping is remembered for the next file */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.miteinander.Miteinander", TRUE);
  if (schema != NULL)
    {
      g_autofree char *saved = NULL;

      settings = g_settings_new_full (schema, NULL, NULL);
      saved = g_settings_get_string (settings, "csv-mapping");
      g_assert_nonnull (strstr (saved, "Stadtteil=tags"));
    }

  gtk_window_destroy (GTK_WINDOW (dialog));

  if (settings != NULL)
    {
      dialog = open_dialog_for_fixture (store, "actors-semicolon-bom.csv");
      g_assert_cmpint (mit_csv_mapping_get_field (mit_import_dialog_get_mapping (dialog), 5), ==,
                       MIT_CSV_FIELD_TAGS);
      gtk_window_destroy (GTK_WINDOW (dialog));
      g_settings_reset (settings, "csv-mapping");
    }
}

static void
test_all_or_nothing (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("dialog-bad.db");
  MitImportDialog *dialog = open_dialog_for_fixture (store, "bad-rows.csv");
  gint64 change = mit_store_get_last_change (store);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  wait_for_page (dialog, "result");
  g_assert_cmpstr (mit_import_dialog_get_result_title (dialog), ==, "Nothing Was Imported");
  g_assert_cmpuint (mit_store_count_actors (store), ==, 0);
  g_assert_cmpint (mit_store_get_last_change (store), ==, change);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_unreadable_file (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("dialog-broken.db");
  g_autofree char *path = mit_test_fixture_path ("csv/broken-encoding.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MitImportDialog *dialog = mit_import_dialog_new (NULL, store);
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  gtk_window_present (GTK_WINDOW (dialog));
  mit_import_dialog_load_file (dialog, file);
  /* Stays on the first page, which now says why */
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (mit_import_dialog_get_page (dialog), ==, "choose");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL) &&
                  g_strcmp0 (mit_import_dialog_get_page (dialog), "progress") == 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Closing the dialog while it reads the file or imports must leave its
 * callbacks nothing to touch; the import is rolled back, or if it had
 * already committed, announced. */
static void
test_closed_while_busy (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("dialog-closed.db");
  g_autofree char *path = mit_test_fixture_path ("csv/actors-semicolon-bom.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MitImportDialog *dialog = mit_import_dialog_new (NULL, store);
  g_autoptr(MitImportDialog) ref = g_object_ref (dialog);
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  guint n_changed = 0;

  /* While reading */
  gtk_window_present (GTK_WINDOW (dialog));
  mit_import_dialog_load_file (dialog, file);
  gtk_window_destroy (GTK_WINDOW (dialog));
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&ref);

  /* While importing */
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &n_changed);
  dialog = open_dialog_for_fixture (store, "actors-semicolon-bom.csv");
  ref = g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));
  deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  /* All or nothing, and the window's models hear of it when it is all */
  if (mit_store_count_actors (store) == 0)
    g_assert_cmpuint (n_changed, ==, 0);
  else
    g_assert_cmpuint (n_changed, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

  g_test_add_func ("/import-dialog/preview-and-import", test_preview_and_import);
  g_test_add_func ("/import-dialog/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/import-dialog/unreadable-file", test_unreadable_file);
  g_test_add_func ("/import-dialog/closed-while-busy", test_closed_while_busy);

  return g_test_run ();
}
