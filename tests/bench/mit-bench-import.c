/* mit-bench-import.c: CSV import of the actor directory, rows per second
 *
 *   mit-bench-import [--without-persons] [--max-seconds S] CSV DB
 *
 * Removes DB, opens a fresh store (not timed), then times
 * mit_csv_import_file() of CSV into it: the app's whole import, in one
 * transaction. Also times reading the file with MitCsvReader alone, to
 * tell parsing from storing. --without-persons maps the contact persons
 * column to "ignore" (to see what the persons and links cost).
 * --max-seconds cancels an import that takes longer; the rate is then
 * taken over the rows imported until then (the import reports progress
 * every 1000 rows), and nothing is kept.
 *
 * Prints machine-readable "key value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "mit-store.h"
#include "mit-csv-import.h"
#include "mit-bench-common.h"

static void
remove_database (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

typedef struct
{
  GCancellable *cancellable;
  double        start;
  double        max_seconds;
  guint         n_calls;      /* one per 1000 rows, and one at the end */
  double        last;         /* time of the last call */
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->last = bench_wall_seconds ();
  if (fraction < 1.0)
    progress->n_calls++;
  if (progress->max_seconds > 0 && progress->last - progress->start > progress->max_seconds)
    g_cancellable_cancel (progress->cancellable);
}

int
main (int   argc,
      char *argv[])
{
  gboolean without_persons = FALSE;
  double max_seconds = 0;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { 0, };
  GOptionEntry entries[] = {
    { "without-persons", 0, 0, G_OPTION_ARG_NONE, &without_persons,
      "Ignore the contact persons column", NULL },
    { "max-seconds", 0, 0, G_OPTION_ARG_DOUBLE, &max_seconds,
      "Stop the import after this long", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("CSV DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(MitCsvImportReport) report = NULL;
  g_autoptr(MitCsvMapping) mapping = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint parsed_rows = 0;
  double t0, t1, c0, c1, p0, p1;
  gboolean ok;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("usage: %s [--without-persons] CSV DB\n", g_get_prgname ());
      return 2;
    }

  /* Parsing alone: the reader over the whole file (read once into memory,
   * which also warms the page cache for the timed import). */
  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    g_error ("%s", error->message);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  p0 = bench_wall_seconds ();
  {
    g_autoptr(MitCsvReader) reader = mit_csv_reader_new (bytes, &error);

    if (reader == NULL)
      g_error ("%s", error->message);
    while (mit_csv_reader_next (reader, &error))
      {
        if (parsed_rows == 0)
          {
            mapping = mit_csv_mapping_new_from_headers (mit_csv_reader_get_fields (reader),
                                                        mit_csv_reader_get_n_fields (reader));
          }
        parsed_rows++;
      }
    if (error != NULL)
      g_error ("%s", error->message);
  }
  p1 = bench_wall_seconds ();
  parsed_rows = parsed_rows > 0 ? parsed_rows - 1 : 0;   /* the header */

  if (without_persons)
    {
      int column = mit_csv_mapping_find_field (mapping, MIT_CSV_FIELD_PERSONS);

      if (column >= 0)
        mit_csv_mapping_set_field (mapping, column, MIT_CSV_FIELD_IGNORE);
    }

  remove_database (argv[2]);
  store = mit_store_open (argv[2], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  t0 = bench_wall_seconds ();
  c0 = bench_cpu_seconds ();
  progress.cancellable = cancellable;
  progress.start = t0;
  progress.max_seconds = max_seconds;
  ok = mit_csv_import_file (store, argv[1], without_persons ? mapping : NULL, FALSE, cancellable,
                            progress_cb, &progress, &report, &error);
  t1 = bench_wall_seconds ();
  c1 = bench_cpu_seconds ();
  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && progress.n_calls > 0)
    {
      guint rows = progress.n_calls * 1000;

      g_print ("import_complete 0\n");
      g_print ("import_total_rows %u\n", parsed_rows);
      g_print ("import_rows %u\n", rows);
      g_print ("import_added %u\n", rows);
      g_print ("import_persons_added 0\n");
      g_print ("import_seconds %.3f\n", progress.last - t0);
      g_print ("import_cpu_seconds %.3f\n", c1 - c0);
      g_print ("import_rows_per_s %.0f\n", rows / (progress.last - t0));
      g_print ("import_parse_seconds %.3f\n", p1 - p0);
      g_print ("import_parse_rows_per_s %.0f\n", parsed_rows / MAX (p1 - p0, 1e-6));
      return 0;
    }
  if (!ok)
    {
      for (guint i = 0; report && i < report->bad_rows->len && i < 5; i++)
        g_printerr ("  %s\n", ((MitCsvBadRow *) g_ptr_array_index (report->bad_rows, i))->reason);
      g_error ("import: %s", error->message);
    }

  g_print ("import_complete 1\n");
  g_print ("import_total_rows %u\n", parsed_rows);
  g_print ("import_rows %u\n", report->n_rows);
  g_print ("import_added %u\n", report->n_added);
  g_print ("import_persons_added %u\n", report->n_persons_added);
  g_print ("import_seconds %.3f\n", t1 - t0);
  g_print ("import_cpu_seconds %.3f\n", c1 - c0);
  g_print ("import_rows_per_s %.0f\n", report->n_rows / (t1 - t0));
  g_print ("import_parse_seconds %.3f\n", p1 - p0);
  g_print ("import_parse_rows_per_s %.0f\n", parsed_rows / MAX (p1 - p0, 1e-6));
  return 0;
}
