/* mit-cli.c: the command line (no window, no display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitCli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mit-cli.h"
#include "mit-example.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-csv-import.h"
#include "mit-gaps.h"
#include "mit-store-overview.h"
#include "mit-store-events.h"
#include "mit-store-meetings.h"
#include "mit-ics.h"

static const GOptionEntry cli_options[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use this database file instead of the default one"), N_("FILE") },
  { "load-example", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Load the example network into an empty database"), NULL },
  { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import actors from a CSV file"), N_("FILE") },
  { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import-csv: import the good rows and list the bad ones"), NULL },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the directory of actors to a CSV file"), N_("FILE") },
  { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export all events to an iCalendar file (.ics)"), N_("FILE") },
  { "import-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the events of an iCalendar file (.ics); events already there (same UID) "
       "are updated"), N_("FILE") },
  { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the actors that match QUERY: uid, name and kind, one per line"), N_("QUERY") },
  { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print a report; REPORT is “gaps”: the gaps in the network"), N_("REPORT") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --report: print it as “tsv” (tab-separated, the default) or “json”"), N_("FORMAT") },
  { "stale-months", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --report=gaps: assessments and verifications older than N months are out of "
       "date (default 12)"), N_("N") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

void
mit_cli_add_options (GApplication *app)
{
  g_application_add_main_option_entries (app, cli_options);
}

char *
mit_cli_dup_database_path (GVariantDict *options)
{
  g_autofree char *path = NULL;

  if (options && g_variant_dict_lookup (options, "database", "^ay", &path) && path && *path)
    return g_steal_pointer (&path);
  return mit_store_dup_default_path ();
}

static char *
lookup_filename (GVariantDict *options,
                 const char   *name)
{
  char *path = NULL;

  if (g_variant_dict_lookup (options, name, "^ay", &path) && path && *path)
    return path;
  g_free (path);
  return NULL;
}

static int
fail (const char   *what,
      const GError *error)
{
  g_printerr ("miteinander: %s%s%s\n", what ? what : "", what ? ": " : "",
              error ? error->message : _("unknown error"));
  return 1;
}

static int
run_import (MitStore   *store,
            const char *path,
            gboolean    skip_bad_rows)
{
  g_autoptr(MitCsvImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = mit_csv_import_file (store, path, NULL, skip_bad_rows, NULL, NULL, NULL, &report, &error);

  if (report && report->bad_rows)
    for (guint i = 0; i < report->bad_rows->len; i++)
      {
        MitCsvBadRow *row = g_ptr_array_index (report->bad_rows, i);

        g_printerr ("%s: %s\n", path, row->reason);
      }

  if (!ok)
    {
      g_printerr ("miteinander: %s\n", error->message);
      g_printerr ("%s\n", _("Nothing was imported."));
      return 1;
    }

  /* Translators: the start of a sentence, continued by the next strings */
  g_print (ngettext ("Imported %u row", "Imported %u rows", report->n_added + report->n_updated),
           report->n_added + report->n_updated);
  g_print (ngettext (": %u actor added", ": %u actors added", report->n_added), report->n_added);
  g_print (ngettext (", %u updated", ", %u updated", report->n_updated), report->n_updated);
  g_print (ngettext ("; %u contact person added", "; %u contact persons added",
                     report->n_persons_added), report->n_persons_added);
  if (report->bad_rows && report->bad_rows->len > 0)
    g_print (ngettext ("; %u bad row skipped", "; %u bad rows skipped", report->bad_rows->len),
             report->bad_rows->len);
  g_print (".\n");
  return 0;
}

static int
run_import_ics (MitStore   *store,
                const char *path)
{
  g_autoptr(MitIcsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added = 0, n_updated = 0, n_skipped;

  import = mit_ics_import_parse_file (store, path, &error);
  if (import == NULL || !mit_ics_import_apply (import, store, &n_added, &n_updated, &error))
    {
      g_printerr ("miteinander: %s: %s\n", path, error->message);
      return 1;
    }
  n_skipped = mit_ics_import_get_n_skipped (import);

  /* Translators: the start of a sentence, continued by the next strings */
  g_print (ngettext ("Imported %u event: ", "Imported %u events: ", n_added + n_updated),
           n_added + n_updated);
  g_print (ngettext ("%u added", "%u added", n_added), n_added);
  g_print (ngettext (", %u updated", ", %u updated", n_updated), n_updated);
  if (n_skipped > 0)
    g_print (ngettext ("; %u changed occurrence or repeated event left out",
                       "; %u changed occurrences or repeated events left out", n_skipped),
             n_skipped);
  g_print (".\n");
  return 0;
}

static int
run_search (MitStore   *store,
            const char *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  MitActorFilter filter;

  mit_actor_filter_init (&filter);
  filter.text = (char *)query;
  ids = mit_store_find_actor_ids (store, &filter, &error);
  if (ids == NULL)
    return fail (NULL, error);

  /* Load in pages so a broad query over a large directory stays small. */
  for (guint start = 0; start < ids->len; start += 256)
    {
      guint n = MIN (256, ids->len - start);

      actors = mit_store_load_actors (store, &g_array_index (ids, gint64, start), n, &error);
      if (actors == NULL)
        return fail (NULL, error);
      for (guint i = 0; i < actors->len; i++)
        {
          MitActor *actor = g_ptr_array_index (actors, i);

          g_print ("%s\t%s\t%s\n", mit_actor_get_uid (actor), mit_actor_get_name (actor),
                   mit_store_get_vocabulary_label (store, "actor-kind", mit_actor_get_kind (actor)));
        }
      g_clear_pointer (&actors, g_ptr_array_unref);
    }
  return 0;
}

static int
run_gaps_report (MitStore   *store,
                 gboolean    json,
                 guint       stale_months)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autofree char *text = NULL;
  MitGapOptions options;

  mit_gap_options_init (&options);
  options.stale_months = stale_months;
  gaps = mit_gaps_find (store, &options, &error);
  if (gaps == NULL)
    return fail (_("Could not find the gaps"), error);

  text = json ? mit_gaps_to_json (gaps) : mit_gaps_to_tsv (gaps);
  fputs (text, stdout);
  fflush (stdout);
  return 0;
}

int
mit_cli_handle_local_options (GApplication *app,
                              GVariantDict *options)
{
  g_autofree char *database = NULL;
  g_autofree char *import_path = NULL;
  g_autofree char *export_path = NULL;
  g_autofree char *export_ics = NULL;
  g_autofree char *import_ics = NULL;
  g_autofree char *query = NULL;
  g_autofree char *report = NULL;
  g_autofree char *format = NULL;
  g_autofree char *stale_text = NULL;
  guint64 stale_months = MIT_GAP_DEFAULT_STALE_MONTHS;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean load_example = g_variant_dict_contains (options, "load-example");
  gboolean skip_bad_rows = g_variant_dict_contains (options, "skip-bad-rows");
  int status = 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("miteinander %s\n", PACKAGE_VERSION);
      return 0;
    }

  import_path = lookup_filename (options, "import-csv");
  export_path = lookup_filename (options, "export-csv");
  export_ics = lookup_filename (options, "export-ics");
  import_ics = lookup_filename (options, "import-ics");
  g_variant_dict_lookup (options, "search", "s", &query);
  g_variant_dict_lookup (options, "report", "s", &report);
  g_variant_dict_lookup (options, "format", "s", &format);
  g_variant_dict_lookup (options, "stale-months", "s", &stale_text);

  /* Bad report options are refused before the database is opened. */
  if (report && strcmp (report, "gaps") != 0)
    {
      g_printerr ("miteinander: ");
      g_printerr (_("There is no report “%s”. The report is --report=gaps."), report);
      g_printerr ("\n");
      return 2;
    }
  if (format && strcmp (format, "tsv") != 0 && strcmp (format, "json") != 0)
    {
      g_printerr ("miteinander: ");
      g_printerr (_("The format “%s” is unknown. Use --format=tsv or --format=json."), format);
      g_printerr ("\n");
      return 2;
    }
  /* A string, not G_OPTION_ARG_INT: GApplication drops an int option of 0,
   * which then could not be refused. */
  if (stale_text &&
      !g_ascii_string_to_unsigned (stale_text, 10, 1, 120, &stale_months, NULL))
    {
      g_printerr ("miteinander: ");
      g_printerr (_("--stale-months needs a number of months from 1 to 120, not “%s”."),
                  stale_text);
      g_printerr ("\n");
      return 2;
    }
  if (!report && (format || stale_text))
    {
      g_printerr ("miteinander: %s\n", _("--format and --stale-months go with --report=gaps."));
      return 2;
    }

  if (!load_example && !import_path && !export_path && !query && !report && !export_ics
      && !import_ics)
    {
      if (skip_bad_rows)
        {
          g_printerr ("miteinander: %s\n", _("--skip-bad-rows goes with --import-csv=FILE."));
          return 2;
        }
      return -1;
    }

  database = mit_cli_dup_database_path (options);
  store = mit_store_open (database, &error);
  if (store == NULL)
    return fail (NULL, error);

  if (load_example)
    {
      if (!mit_example_load (store, &error))
        return fail (_("Could not load the example network"), error);
      guint n_actors = mit_store_count_actors (store);
      guint n_persons = mit_store_count_persons (store);
      guint n_groups = mit_store_count_target_groups (store);
      guint n_events = mit_store_count_events (store);
      guint n_meetings = mit_store_count_meetings (store);

      /* Translators: followed by "%u contact persons, " */
      g_print (ngettext ("Loaded the example network: %u actor, ",
                         "Loaded the example network: %u actors, ", n_actors), n_actors);
      /* Translators: followed by "%u target groups, " */
      g_print (ngettext ("%u contact person, ", "%u contact persons, ", n_persons), n_persons);
      /* Translators: followed by "%u events, " */
      g_print (ngettext ("%u target group, ", "%u target groups, ", n_groups), n_groups);
      /* Translators: followed by "%u meetings." (of the steering group) */
      g_print (ngettext ("%u event, ", "%u events, ", n_events), n_events);
      g_print (ngettext ("%u meeting.\n", "%u meetings.\n", n_meetings), n_meetings);
    }

  if (import_path && (status = run_import (store, import_path, skip_bad_rows)) != 0)
    return status;

  if (export_path)
    {
      if (!mit_csv_export_actors (store, export_path, &error))
        return fail (_("Could not export the directory"), error);
      guint n_actors = mit_store_count_actors (store);

      g_print (ngettext ("Exported %u actor to %s.\n", "Exported %u actors to %s.\n", n_actors),
               n_actors, export_path);
    }

  /* Import before export, so that both in one call copy a calendar. */
  if (import_ics && (status = run_import_ics (store, import_ics)) != 0)
    return status;

  if (export_ics)
    {
      guint n_events = 0;

      if (!mit_ics_export_file (store, export_ics, NULL, 0, &n_events, &error))
        return fail (_("Could not export the events"), error);
      g_print (ngettext ("Exported %u event to %s.\n", "Exported %u events to %s.\n", n_events),
               n_events, export_ics);
    }

  if (query && (status = run_search (store, query)) != 0)
    return status;

  if (report)
    {
      /* Without --stale-months: the age set in the window, kept in the
       * database. */
      if (stale_text == NULL)
        stale_months = mit_store_get_stale_months (store);
      status = run_gaps_report (store, format && strcmp (format, "json") == 0, (guint) stale_months);
    }

  return status;
}
