/* mit-bench-events.c: the month view, the agenda and iCalendar with many
 * events
 *
 *   mit-bench-events [--events N] [--recurring M] [--runs R] [--seed S] DIR
 *
 * Creates DIR/events.db (anew) with N events (default 10 000) spread over
 * 2025–2027, M of them recurring (default 1 000: weekly, fortnightly,
 * monthly on the n-th weekday, yearly; some with COUNT or UNTIL, some with
 * excluded dates), through the store API in one transaction. Then times,
 * R times each (default 20), the occurrences of a month
 * (mit_store_find_occurrences) and an agenda page (the next 50,
 * mit_store_find_next_occurrences), and prints median and p95 of the wall
 * time and, for a busy machine, the first run's CPU time. Then the
 * iCalendar export of all events, the import of that file into an empty
 * DIR/imported.db (parse and apply), and parsing the same file with
 * libical alone, as events per second, with the ratio of the import to
 * libical's parse.
 *
 * Prints machine-readable "key value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>
#include <libical/ical.h>

#include "mit-store-events.h"
#include "mit-ics.h"
#include "mit-bench-common.h"

static const char *titles[] = {
  "Sprachcafé", "Netzwerktreffen Integration", "Workshop Mehrsprachigkeit in Kitas",
  "Infoabend Ausbildung", "Elterncafé", "Fest der Kulturen", "Fortbildung Interkulturelle Kompetenz",
  "Beratung Anerkennung", "Frauenfrühstück", "Hausaufgabenhilfe", "Sportnachmittag",
};

static const char *rules[] = {
  "FREQ=WEEKLY;BYDAY=TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "FREQ=MONTHLY;BYDAY=2WE",
  "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=YEARLY", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=40",
  "FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630",
};

static gint64
unix_of (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  return g_date_time_to_unix (dt);
}

static void
generate (MitStore *store,
          guint     n_events,
          guint     n_recurring,
          GRand    *rand)
{
  g_autoptr(GError) error = NULL;
  double t0 = bench_wall_seconds ();

  g_assert_true (mit_store_begin (store, &error));
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(MitEvent) event = mit_event_new ();
      g_autoptr(GDateTime) day = g_date_time_new_local (2025, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) start = NULL;
      g_autofree char *starts = NULL;
      g_autofree char *ends = NULL;
      g_autofree char *date = NULL;
      int hour = g_rand_int_range (rand, 8, 20);
      gboolean recurring = i < n_recurring;

      start = g_date_time_add_days (day, g_rand_int_range (rand, 0, recurring ? 700 : 3 * 365));
      date = g_date_time_format (start, "%Y-%m-%dT");
      starts = g_strdup_printf ("%s%02d:%02d", date, hour, g_rand_boolean (rand) ? 0 : 30);
      ends = g_strdup_printf ("%s%02d:%02d", date, hour + 2, g_rand_boolean (rand) ? 0 : 30);
      mit_event_set_title (event, titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))]);
      mit_event_set_starts (event, starts);
      mit_event_set_ends (event, ends);
      mit_event_set_venue_address (event, g_rand_boolean (rand) ? "Bürgerhaus" : "Rathaus");
      if (recurring)
        {
          mit_event_set_rrule (event, rules[i % G_N_ELEMENTS (rules)]);
          if (i % 3 == 0)
            {
              g_autoptr(GDateTime) ex = g_date_time_add_weeks (start, 4);
              g_autofree char *exdate = g_date_time_format (ex, "%Y-%m-%d");

              mit_event_add_exdate (event, exdate);
            }
        }
      if (!mit_store_save_event (store, event, &error))
        g_error ("%s", error->message);
    }
  g_assert_true (mit_store_commit (store, &error));
  g_print ("generate_seconds %.2f\n", bench_wall_seconds () - t0);
}

static void
time_queries (MitStore *store,
              guint     runs)
{
  g_autofree double *month = g_new0 (double, runs);
  g_autofree double *agenda = g_new0 (double, runs);
  g_autoptr(GError) error = NULL;
  guint n_month = 0, n_agenda = 0;
  double month_cpu_cold = 0, agenda_cpu_cold = 0;

  for (guint r = 0; r < runs; r++)
    {
      /* A different month each run, through 2026. */
      g_autofree char *from_text = g_strdup_printf ("2026-%02u-01T00:00:00+01:00", 1 + r % 12);
      gint64 from = unix_of (from_text);
      g_autoptr(GArray) occurrences = NULL;
      double t0, c0;

      t0 = bench_wall_seconds ();
      c0 = bench_cpu_seconds ();
      occurrences = mit_store_find_occurrences (store, from, from + 31 * 86400, NULL, &error);
      month[r] = (bench_wall_seconds () - t0) * 1000;
      if (r == 0)
        month_cpu_cold = (bench_cpu_seconds () - c0) * 1000;
      g_assert_no_error (error);
      n_month = occurrences->len;
      g_clear_pointer (&occurrences, g_array_unref);

      t0 = bench_wall_seconds ();
      c0 = bench_cpu_seconds ();
      occurrences = mit_store_find_next_occurrences (store, from + r * 86400, 50, NULL, &error);
      agenda[r] = (bench_wall_seconds () - t0) * 1000;
      if (r == 0)
        agenda_cpu_cold = (bench_cpu_seconds () - c0) * 1000;
      g_assert_no_error (error);
      n_agenda = occurrences->len;
    }
  /* The first run found nothing kept from an earlier one. */
  g_print ("month_ms_cold %.2f\n", month[0]);
  g_print ("month_cpu_ms_cold %.2f\n", month_cpu_cold);
  g_print ("agenda_ms_after_month %.2f\n", agenda[0]);
  g_print ("agenda_cpu_ms_after_month %.2f\n", agenda_cpu_cold);
  g_print ("month_occurrences %u\n", n_month);
  g_print ("month_ms_median %.2f\n", bench_percentile (month, runs, 50));
  g_print ("month_ms_p95 %.2f\n", bench_percentile (month, runs, 95));
  g_print ("agenda_occurrences %u\n", n_agenda);
  g_print ("agenda_ms_median %.2f\n", bench_percentile (agenda, runs, 50));
  g_print ("agenda_ms_p95 %.2f\n", bench_percentile (agenda, runs, 95));
}

int
main (int    argc,
      char **argv)
{
  guint n_events = 10000, n_recurring = 1000, runs = 20, seed = 4;
  GOptionEntry entries[] = {
    { "events", 0, 0, G_OPTION_ARG_INT, &n_events, "Number of events", "N" },
    { "recurring", 0, 0, G_OPTION_ARG_INT, &n_recurring, "How many of them recur", "M" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs of each query", "R" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(MitStore) imported = NULL;
  g_autoptr(MitIcsImport) import = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autofree char *path = NULL;
  g_autofree char *imported_path = NULL;
  g_autofree char *ics = NULL;
  icalcomponent *parsed;
  double t0, export_s, parse_s, apply_s, libical_s;
  guint n_exported = 0, n_added = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs == 0)
    {
      g_printerr ("usage: mit-bench-events [--events N] [--recurring M] [--runs R] DIR\n");
      return 2;
    }
  g_mkdir_with_parents (argv[1], 0755);
  path = g_build_filename (argv[1], "events.db", NULL);
  imported_path = g_build_filename (argv[1], "imported.db", NULL);
  for (guint i = 0; i < 2; i++)
    {
      const char *base = i == 0 ? path : imported_path;
      g_autofree char *wal = g_strconcat (base, "-wal", NULL);
      g_autofree char *shm = g_strconcat (base, "-shm", NULL);

      g_unlink (base);
      g_unlink (wal);
      g_unlink (shm);
    }

  rand = g_rand_new_with_seed (seed);
  if (!(store = mit_store_open (path, &error)))
    g_error ("%s", error->message);
  g_print ("events %u\nrecurring %u\n", n_events, MIN (n_recurring, n_events));
  generate (store, n_events, n_recurring, rand);
  time_queries (store, runs);

  t0 = bench_wall_seconds ();
  ics = mit_ics_export_events (store, NULL, 0, &n_exported, &error);
  export_s = bench_wall_seconds () - t0;
  g_assert_no_error (error);
  g_print ("ics_bytes %zu\n", strlen (ics));
  g_print ("export_events_per_s %.0f\n", n_exported / export_s);

  if (!(imported = mit_store_open (imported_path, &error)))
    g_error ("%s", error->message);
  t0 = bench_wall_seconds ();
  import = mit_ics_import_parse (imported, ics, -1, &error);
  parse_s = bench_wall_seconds () - t0;
  g_assert_no_error (error);
  t0 = bench_wall_seconds ();
  if (!mit_ics_import_apply (import, imported, &n_added, NULL, &error))
    g_error ("%s", error->message);
  apply_s = bench_wall_seconds () - t0;

  t0 = bench_wall_seconds ();
  parsed = icalparser_parse_string (ics);
  libical_s = bench_wall_seconds () - t0;
  icalcomponent_free (parsed);

  g_print ("import_parse_events_per_s %.0f\n", n_added / parse_s);
  g_print ("import_apply_events_per_s %.0f\n", n_added / apply_s);
  g_print ("import_events_per_s %.0f\n", n_added / (parse_s + apply_s));
  g_print ("libical_parse_events_per_s %.0f\n", n_exported / libical_s);
  g_print ("import_to_libical_parse_ratio %.2f\n", (parse_s + apply_s) / libical_s);
  return n_added == n_exported ? 0 : 1;
}
