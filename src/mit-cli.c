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
#include "mit-store-portal.h"
#include "mit-portal-client.h"
#include "mit-portal-sync.h"

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
  { "sync", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Bring every subscribed portal region up to date, or the one named with --portal "
       "and --region"), NULL },
  { "portal", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --sync: the web address of the portal"), N_("URL") },
  { "region", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --sync --portal: the region of the portal, as in its web addresses"), N_("REGION") },
  { "language", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --sync --portal: a language to bring, such as “de”; repeat it or separate codes "
       "with commas; the first is the region’s default language"), N_("CODE") },
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

/* ---- --sync --------------------------------------------------------------- */

/* "https://host/" and "https://host" are one portal, as in the store. */
static char *
dup_portal_url (const char *url)
{
  char *copy = g_strstrip (g_strdup (url));
  gsize len = strlen (copy);

  while (len > 0 && copy[len - 1] == '/')
    copy[--len] = '\0';
  return copy;
}

static gboolean
is_portal_url (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *scheme;

  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0)
         && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

/* A region or language code as the portal writes it in its paths. */
static gboolean
is_code (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

/* The codes of every --language, split at commas, in order, each once. */
static char **
collect_languages (const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; args && args[i]; i++)
    {
      g_auto(GStrv) codes = g_strsplit (args[i], ",", -1);

      for (guint j = 0; codes[j]; j++)
        {
          char *code = g_strstrip (codes[j]);

          if (*code == '\0' || g_hash_table_contains (seen, code))
            continue;
          g_hash_table_add (seen, g_strdup (code));
          g_strv_builder_add (builder, code);
        }
    }
  return g_strv_builder_end (builder);
}

static int
usage_error (const char *message)
{
  g_printerr ("miteinander: %s\n", message);
  return 2;
}

/* Checks --sync, --portal, --region and --language before the database is
 * opened. Returns 0, or 2 after saying what is wrong. */
static int
check_sync_options (gboolean             sync,
                    const char          *portal,
                    const char          *region,
                    const char * const  *languages)
{
  g_autofree char *message = NULL;

  if (!sync)
    {
      if (portal || region || languages)
        return usage_error (_("--portal, --region and --language go with --sync."));
      return 0;
    }
  if (!portal && (region || languages))
    return usage_error (_("--region and --language go with --sync --portal=URL."));
  if (!portal)
    return 0;
  if (!region)
    return usage_error (_("--sync --portal=URL needs the region too: --region=REGION."));
  if (!is_portal_url (portal))
    {
      message = g_strdup_printf (_("“%s” is not the web address of a portal. It starts with "
                                   "https:// and names a host."), portal);
      return usage_error (message);
    }
  if (!is_code (region))
    {
      message = g_strdup_printf (_("“%s” is not a region of a portal. Use the region as it "
                                   "appears in the portal’s web addresses, such as “augsburg”."),
                                 region);
      return usage_error (message);
    }
  for (guint i = 0; languages && languages[i]; i++)
    if (!is_code (languages[i]))
      {
        message = g_strdup_printf (_("“%s” is not a language code, such as “de”."),
                                   languages[i]);
        return usage_error (message);
      }
  return 0;
}

/* "augsburg at https://cms.integreat-app.de", the region's name when it is
 * known: how a subscription is named in what --sync prints. */
static char *
describe_subscription (const MitSubscription *subscription)
{
  const char *region = subscription->region_name && *subscription->region_name
                       ? subscription->region_name : subscription->region;

  /* Translators: a subscription: the region, then the portal's web address */
  return g_strdup_printf (_("%s at %s"), region, subscription->base_url);
}

static MitPortalClient *
new_portal_client (const char *base_url)
{
  MitPortalClient *client = mit_portal_client_new (base_url);
  const char *delay = g_getenv ("MIT_PORTAL_RETRY_DELAY_MS");
  guint64 milliseconds;

  /* Not documented for users: lets the tests try a failing portal again
   * without the default back-off of seconds. */
  if (delay && g_ascii_string_to_unsigned (delay, 10, 0, G_MAXUINT, &milliseconds, NULL))
    mit_portal_client_set_retry_delay (client, (guint) milliseconds);
  return client;
}

static void
print_sync_report (const MitSubscription *subscription,
                   const MitSyncReport   *report)
{
  g_autofree char *name = describe_subscription (subscription);

  if (!report->wrote)
    {
      /* Translators: %s is a subscription, such as "augsburg at https://…" */
      g_print (_("%s: nothing changed.\n"), name);
      return;
    }

  /* Translators: %s is a subscription; the counts per kind follow */
  g_print (_("%s:\n"), name);
  for (guint kind = 0; kind < MIT_SYNC_N_KINDS; kind++)
    {
      g_autofree char *counts = mit_sync_counts_format (&report->counts[kind]);
      const char *label = NULL;

      switch (kind)
        {
        case MIT_SYNC_ACTORS:
          /* Translators: the portal's places, which the sync brings as actors */
          label = _("Places (actors)");
          break;
        case MIT_SYNC_EVENTS:
          label = _("Events");
          break;
        case MIT_SYNC_TOPICS:
          /* Translators: the portal's pages, which the sync brings as topics */
          label = _("Topics");
          break;
        default:
          g_assert_not_reached ();
        }
      g_print ("  ");
      /* Translators: a kind of record, then what the sync did to them:
       * "Events: 3 added, 1 updated, 0 removed, 1 conflict" */
      g_print (_("%s: %s"), label, counts);
      g_print ("\n");
    }
}

/* A subscription named on the command line that the database does not
 * hold yet: it is downloaded first, then saved together with what it
 * brought in one transaction, so a portal that fails leaves no trace. */
static gboolean
sync_new_subscription (MitStore         *store,
                       MitPortalClient  *client,
                       MitSubscription  *subscription,
                       MitSyncReport    *report,
                       GError          **error)
{
  g_autoptr(MitPortalSnapshot) snapshot = NULL;

  snapshot = mit_portal_fetch_snapshot (client, subscription, NULL, NULL, NULL, error);
  if (snapshot == NULL)
    return FALSE;

  if (!mit_store_begin (store, error))
    return FALSE;
  if (!mit_store_save_subscription (store, subscription, error)
      || !mit_portal_sync_apply (store, subscription, snapshot, report, error)
      || !mit_store_commit (store, error))
    {
      mit_store_rollback (store);
      subscription->id = 0;
      return FALSE;
    }
  /* The new row is written even when the region is empty. */
  report->wrote = TRUE;
  return TRUE;
}

/* The subscription of @portal and @region, the stored one if there is one. */
static MitSubscription *
find_or_make_subscription (GPtrArray          *stored,
                           const char         *portal,
                           const char         *region,
                           const char * const *languages)
{
  g_autoptr(MitSubscription) subscription = NULL;

  for (guint i = 0; i < stored->len; i++)
    {
      MitSubscription *candidate = g_ptr_array_index (stored, i);
      g_autofree char *url = dup_portal_url (candidate->base_url);

      if (g_str_equal (url, portal) && g_str_equal (candidate->region, region))
        {
          /* The languages chosen for a subscription are kept: a timer's
           * command line does not overrule what was set in the window. */
          if (languages && languages[0]
              && !g_strv_equal (languages, (const char * const *)candidate->languages))
            {
              g_autofree char *name = describe_subscription (candidate);
              g_autofree char *kept = g_strjoinv (",", candidate->languages);

              g_printerr ("miteinander: ");
              g_printerr (_("%s is subscribed with the languages %s; --language is not used."),
                          name, kept);
              g_printerr ("\n");
            }
          return mit_subscription_copy (candidate);
        }
    }

  subscription = mit_subscription_new (portal, region);
  if (languages)
    {
      g_strfreev (subscription->languages);
      subscription->languages = g_strdupv ((char **)languages);
    }
  return g_steal_pointer (&subscription);
}

/* Syncs every stored subscription, or only the one of @portal and @region
 * (created when missing). One that fails does not stop the others. */
static int
run_sync (MitStore           *store,
          const char         *portal,
          const char         *region,
          const char * const *languages)
{
  g_autoptr(GPtrArray) subscriptions = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  subscriptions = mit_store_list_subscriptions (store, &error);
  if (subscriptions == NULL)
    return fail (_("Could not read the subscriptions"), error);

  if (portal)
    {
      g_autoptr(MitSubscription) subscription = NULL;

      subscription = find_or_make_subscription (subscriptions, portal, region, languages);
      if (subscription->id == 0 && subscription->languages[0] == NULL)
        {
          g_autofree char *name = describe_subscription (subscription);

          g_printerr ("miteinander: ");
          g_printerr (_("%s is not subscribed yet. Name its languages with --language=CODE, "
                        "the region’s default language first."), name);
          g_printerr ("\n");
          return 2;
        }
      g_ptr_array_set_size (subscriptions, 0);
      g_ptr_array_add (subscriptions, g_steal_pointer (&subscription));
    }
  else if (subscriptions->len == 0)
    {
      g_printerr ("miteinander: %s\n",
                  _("This database has no subscription to a portal. Name one: "
                    "--sync --portal=URL --region=REGION --language=CODE"));
      return 2;
    }

  for (guint i = 0; i < subscriptions->len; i++)
    {
      MitSubscription *subscription = g_ptr_array_index (subscriptions, i);
      g_autoptr(MitPortalClient) client = new_portal_client (subscription->base_url);
      gboolean creating = subscription->id == 0;
      MitSyncReport report;
      gboolean ok;

      g_clear_error (&error);
      if (creating)
        ok = sync_new_subscription (store, client, subscription, &report, &error);
      else
        ok = mit_portal_sync_run (store, client, subscription, &report, NULL, &error);

      if (!ok)
        {
          g_autofree char *name = describe_subscription (subscription);

          g_printerr ("miteinander: %s: %s\n", name, error->message);
          status = 1;
          continue;
        }
      if (creating)
        {
          g_autofree char *name = describe_subscription (subscription);
          g_autofree char *codes = g_strjoinv (",", subscription->languages);

          /* Translators: %s is a subscription, then its language codes ("de,en") */
          g_print (_("Subscribed to %s in the languages %s.\n"), name, codes);
        }
      print_sync_report (subscription, &report);
    }
  return status;
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
  g_autofree char *portal_arg = NULL;
  g_autofree char *portal = NULL;
  g_autofree char *region = NULL;
  g_autofree char **language_args = NULL;
  g_auto(GStrv) languages = NULL;
  guint64 stale_months = MIT_GAP_DEFAULT_STALE_MONTHS;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean load_example = g_variant_dict_contains (options, "load-example");
  gboolean skip_bad_rows = g_variant_dict_contains (options, "skip-bad-rows");
  gboolean sync = g_variant_dict_contains (options, "sync");
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
  g_variant_dict_lookup (options, "portal", "s", &portal_arg);
  g_variant_dict_lookup (options, "region", "s", &region);
  g_variant_dict_lookup (options, "language", "^a&s", &language_args);
  if (language_args)
    languages = collect_languages ((const char * const *)language_args);
  if (portal_arg)
    portal = dup_portal_url (portal_arg);

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

  /* Whether --language was given at all (an empty --language= was). */
  if ((status = check_sync_options (sync, portal, region,
                                    language_args ? (const char * const *)languages : NULL)) != 0)
    return status;

  if (!load_example && !import_path && !export_path && !query && !report && !export_ics
      && !import_ics && !sync)
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

  /* After the imports and before the exports, so that one call can bring
   * the portal's records and pass the directory on. */
  if (sync && (status = run_sync (store, portal, region, (const char * const *)languages)) != 0)
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
