/* mit-bench-gaps.c: the gaps report on a large network
 *
 *   mit-bench-gaps [--groups N] [--channels M] [--runs R] [--seed S] DB
 *
 * DB is a copy of the generated actor directory (mit-bench-generate): this
 * adds N target groups (default 2 000) with one to four dated assessments
 * each and about M channels (default 10 000) from random actors, through
 * the store API in one transaction, then times mit_gaps_find() R times
 * (default 5) on the store opened again, with a fixed "today", and prints
 * the median. A DB that already has target groups is used as it is.
 *
 * Prints machine-readable "key value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mit-store-groups.h"
#include "mit-gaps.h"
#include "mit-bench-common.h"

#define TODAY "2026-06-15"

static const char *group_names[] = {
  "Jugendliche", "Senior*innen", "Frauen mit Fluchtgeschichte", "Eltern von Kita-Kindern",
  "Neuzugewanderte", "Studierende", "Alleinerziehende", "Geflüchtete Familien",
  "Saisonarbeitskräfte", "Pflegekräfte aus dem Ausland", "Menschen ohne Arbeit",
  "Ehrenamtliche", "Moscheegemeinden", "Sportvereine", "Schulabbrecher*innen",
};

static const char *communities[] = {
  "die rumänische Community", "die syrische Community", "die türkische Community",
  "die ukrainische Community", "die eritreische Community", "die afghanische Community",
  "die polnische Community", "die bulgarische Community", "die vietnamesische Community",
};

/* Mostly languages the generated directory offers, and a few it does not. */
static const char *group_languages[] = {
  "de", "tr", "ar", "ru", "uk", "pl", "fa", "ro", "bg", "ti", "so", "ku",
  "prs", "am", "ha", "ln",
};

static const char *hows[] = {
  "counselling", "outreach", "multiplier", "event", "language-course", "other",
};

static void
add_groups (MitStore *store,
            GRand    *rand,
            guint     n_groups,
            guint     n_channels)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actor_ids = NULL;
  g_autoptr(GArray) group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  MitActorFilter filter;
  guint added = 0;

  mit_actor_filter_init (&filter);
  actor_ids = mit_store_find_actor_ids (store, &filter, &error);
  if (actor_ids == NULL || actor_ids->len == 0)
    g_error ("no actors: %s", error ? error->message : "empty database");

  if (!mit_store_begin (store, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < n_groups; i++)
    {
      g_autoptr(MitTargetGroup) group = mit_target_group_new ();
      g_autofree char *name = NULL;
      const char *langs[4] = { NULL };
      guint n_langs = g_rand_int_range (rand, 1, 4);
      guint n_assessments = g_rand_int_range (rand, 0, 5);

      if (g_rand_boolean (rand))
        name = g_strdup_printf ("%s %u", group_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (group_names))], i + 1);
      else
        name = g_strdup_printf ("%s %u", communities[g_rand_int_range (rand, 0, G_N_ELEMENTS (communities))], i + 1);
      for (guint l = 0; l < n_langs; l++)
        langs[l] = group_languages[g_rand_int_range (rand, 0, G_N_ELEMENTS (group_languages))];

      mit_target_group_set_name (group, name);
      mit_target_group_set_languages (group, langs);
      if (!mit_store_save_target_group (store, group, &error))
        g_error ("group %u: %s", i, error->message);
      g_array_append_val (group_ids, (gint64) { mit_target_group_get_id (group) });

      for (guint a = 0; a < n_assessments; a++)
        {
          g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2022, 2027),
                                                   g_rand_int_range (rand, 1, 13),
                                                   g_rand_int_range (rand, 1, 29));

          if (mit_store_record_assessment (store, mit_target_group_get_id (group),
                                           g_rand_int_range (rand, 0, 3), date, "Steuerungsgruppe",
                                           "", &error) == 0)
            g_error ("assessment: %s", error->message);
        }
    }

  for (guint i = 0; i < n_channels; i++)
    {
      gint64 actor_id = g_array_index (actor_ids, gint64, g_rand_int_range (rand, 0, actor_ids->len));
      /* Some groups get no channel at all. */
      gint64 group_id = g_array_index (group_ids, gint64,
                                       g_rand_int_range (rand, 0, group_ids->len * 9 / 10 + 1));
      const char *how = hows[g_rand_int_range (rand, 0, G_N_ELEMENTS (hows))];
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s",
                                              actor_id, group_id, how);
      g_autoptr(MitChannel) channel = NULL;

      if (!g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;
      channel = mit_channel_new (actor_id, group_id);
      mit_channel_set_how (channel, how);
      mit_channel_set_strength (channel, g_rand_int_range (rand, 0, 3));
      if (!mit_store_save_channel (store, channel, &error))
        g_error ("channel: %s", error->message);
      added++;
    }

  if (!mit_store_commit (store, &error))
    g_error ("%s", error->message);

  g_print ("gaps_groups %u\n", n_groups);
  g_print ("gaps_channels %u\n", added);
}

int
main (int   argc,
      char *argv[])
{
  gint n_groups = 2000;
  gint n_channels = 10000;
  gint runs = 5;
  gint seed = 20260615;
  GOptionEntry entries[] = {
    { "groups", 'g', 0, G_OPTION_ARG_INT, &n_groups, "Number of target groups", "N" },
    { "channels", 'c', 0, G_OPTION_ARG_INT, &n_channels, "Number of channels", "M" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Timed runs of the report", "R" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Random seed", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autofree double *wall = NULL;
  g_autofree double *cpu = NULL;
  guint counts[MIT_GAP_N_KINDS] = { 0 };
  MitGapOptions options;
  double t0, t1;
  guint n_gaps = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("usage: %s [--groups N] [--channels M] [--runs R] DB\n%s\n", g_get_prgname (),
                  error ? error->message : "");
      return 2;
    }

  store = mit_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  t0 = bench_wall_seconds ();
  rand = g_rand_new_with_seed (seed);
  if (mit_store_count_target_groups (store) == 0)
    {
      add_groups (store, rand, n_groups, n_channels);
      /* Measured as the app would run it: on a store opened afresh, not on
       * the connection that just wrote (and still reads through the WAL). */
      g_clear_object (&store);
      store = mit_store_open (argv[1], &error);
      if (store == NULL)
        g_error ("%s", error->message);
    }
  t1 = bench_wall_seconds ();
  g_print ("gaps_setup_s %.1f\n", t1 - t0);
  g_print ("gaps_actors %u\n", mit_store_count_actors (store));

  mit_gap_options_init (&options);
  mit_gap_options_set_today (&options, TODAY);

  wall = g_new0 (double, runs);
  cpu = g_new0 (double, runs);
  for (gint r = 0; r < runs; r++)
    {
      g_autoptr(GPtrArray) gaps = NULL;
      double w0 = bench_wall_seconds (), c0 = bench_cpu_seconds ();

      gaps = mit_gaps_find (store, &options, &error);
      if (gaps == NULL)
        g_error ("%s", error->message);
      wall[r] = (bench_wall_seconds () - w0) * 1000;
      cpu[r] = (bench_cpu_seconds () - c0) * 1000;
      g_print ("gaps_run_ms %.3f\n", wall[r]);

      if (r == 0)
        {
          n_gaps = gaps->len;
          for (guint i = 0; i < gaps->len; i++)
            counts[((MitGap *) g_ptr_array_index (gaps, i))->kind]++;
        }
    }

  g_print ("gaps_runs %d\n", runs);
  g_print ("gaps_found %u\n", n_gaps);
  for (guint k = 0; k < MIT_GAP_N_KINDS; k++)
    g_print ("gaps_kind_%s %u\n", mit_gap_kind_to_key (k), counts[k]);
  g_print ("gaps_min_ms %.3f\n", bench_percentile (wall, runs, 0));
  g_print ("gaps_median_ms %.3f\n", bench_percentile (wall, runs, 50));
  g_print ("gaps_max_ms %.3f\n", bench_percentile (wall, runs, 100));
  g_print ("gaps_cpu_median_ms %.3f\n", bench_percentile (cpu, runs, 50));
  return 0;
}
