/* mit-bench-map.c: frame times of the network map
 *
 *   mit-bench-map [--actors A] [--groups G] [--channels C] [--persons P]
 *                 [--seconds S] [--seed N] DB
 *
 * Creates DB (a new file) with A actors (default 1 500) and G target
 * groups (default 500) — 2 000 nodes — and C channels (default 10 000:
 * every actor has one, the rest go to random pairs, popular groups more
 * often), P persons (default 1 000) each affiliated with two or three
 * actors (the links of the multiplier paths), all through the store API in
 * one transaction. Then it
 *
 *   - times mit_network_data_load() (the snapshot the map reads on the
 *     main thread), 5 times;
 *   - shows MitMapPage in a 1280 × 800 window and times the layout in the
 *     worker thread, from the page's first read to the picture;
 *   - drives a scripted pan, zoom and pan-while-zoomed for S seconds
 *     (default 8) from a tick callback, selects a group halfway (its
 *     multiplier paths are highlighted), and measures every frame with the
 *     frame clock: the interval between frame times, and the paint time
 *     from the start of the frame's update phase to the end of its paint
 *     phase, including the X server's work (gdk_display_sync()). It does
 *     this twice: with the map's scene cache (the default: while the view
 *     keeps moving and a full picture takes longer than a frame allows,
 *     the last picture is moved and scaled), and without it (a full
 *     picture every frame);
 *   - times full pictures of the whole network at rest.
 *
 * Run it under Xvfb with GSK_RENDERER=cairo (set if unset). Prints
 * machine-readable "key value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include <adwaita.h>

#include "mit-network-data.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "map/mit-map-page.h"
#include "map/mit-network-map.h"
#include "mit-bench-common.h"

static const char *hows[] = {
  "counselling", "outreach", "multiplier", "event", "language-course", "other",
};

static const char *districts[] = {
  "Altstadt", "Nordstadt", "Südstadt", "Bahnhofsviertel", "Am Hang", "Ried", "Weststadt",
  "Oststadt",
};

static const char *fields[] = {
  "language", "education", "work", "housing", "health", "counselling", "culture-sport",
  "participation", "youth", "seniors",
};

static void
check (gboolean    ok,
       GError     *error,
       const char *what)
{
  if (!ok)
    g_error ("%s: %s", what, error ? error->message : "failed");
}

static void
build_store (MitStore *store,
             GRand    *rand,
             guint     n_actors,
             guint     n_groups,
             guint     n_channels,
             guint     n_persons)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) actor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint made = 0, tries = 0;

  check (mit_store_begin (store, &error), error, "begin");

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(MitActor) actor = mit_actor_new ();
      g_autofree char *name = g_strdup_printf ("Akteur %04u", i);
      const char *actor_fields[3] = {
        fields[g_rand_int_range (rand, 0, G_N_ELEMENTS (fields))],
        fields[g_rand_int_range (rand, 0, G_N_ELEMENTS (fields))],
        NULL
      };
      gint64 id;

      mit_actor_set_name (actor, name);
      mit_actor_set_sector (actor, g_rand_int_range (rand, 0, MIT_SECTOR_LAST + 1));
      mit_actor_set_text (actor, MIT_ACTOR_DISTRICT, districts[g_rand_int_range (rand, 0, G_N_ELEMENTS (districts))]);
      mit_actor_set_fields (actor, actor_fields);
      check (mit_store_save_actor (store, actor, &error), error, "actor");
      id = mit_actor_get_id (actor);
      g_array_append_val (actor_ids, id);
    }

  for (guint i = 0; i < n_groups; i++)
    {
      g_autoptr(MitTargetGroup) group = mit_target_group_new ();
      g_autofree char *name = g_strdup_printf ("Zielgruppe %04u", i);
      gint64 id;

      mit_target_group_set_name (group, name);
      mit_target_group_set_district (group, districts[g_rand_int_range (rand, 0, G_N_ELEMENTS (districts))]);
      check (mit_store_save_target_group (store, group, &error), error, "group");
      id = mit_target_group_get_id (group);
      g_array_append_val (group_ids, id);
      if (g_rand_int_range (rand, 0, 5) > 0)
        check (mit_store_record_assessment (store, id, g_rand_int_range (rand, 0, 3), "2026-01-15",
                                            "", "", &error) > 0, error, "assessment");
    }

  /* Every actor reaches one group, the rest at random; popular groups
   * (the square of a uniform number) more often. */
  while (made < n_channels && tries < 10 * n_channels)
    {
      guint a = made < n_actors ? made : (guint) g_rand_int_range (rand, 0, n_actors);
      double u = g_rand_double (rand);
      guint g = MIN (n_groups - 1, (guint) (u * u * n_groups));
      const char *how = hows[g_rand_int_range (rand, 0, G_N_ELEMENTS (hows))];
      g_autofree char *key = g_strdup_printf ("%u/%u/%s", a, g, how);
      g_autoptr(MitChannel) channel = NULL;

      tries++;
      if (!g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;
      channel = mit_channel_new (g_array_index (actor_ids, gint64, a), g_array_index (group_ids, gint64, g));
      mit_channel_set_how (channel, how);
      mit_channel_set_strength (channel, g_rand_int_range (rand, 0, MIT_CHANNEL_STRENGTH_LAST + 1));
      check (mit_store_save_channel (store, channel, &error), error, "channel");
      made++;
    }

  for (guint i = 0; i < n_persons; i++)
    {
      g_autoptr(MitPerson) person = mit_person_new ();
      g_autofree char *name = g_strdup_printf ("Person %04u", i);
      guint n_links = g_rand_int_range (rand, 2, 4);

      mit_person_set_name (person, name);
      check (mit_store_save_person (store, person, &error), error, "person");
      for (guint l = 0; l < n_links; l++)
        check (mit_store_link_person (store, mit_person_get_id (person),
                                      g_array_index (actor_ids, gint64, g_rand_int_range (rand, 0, n_actors)),
                                      "", &error) > 0, error, "affiliation");
    }

  check (mit_store_commit (store, &error), error, "commit");
}

/* ---- the scripted gesture ------------------------------------------------------- */

typedef struct
{
  MitNetworkMap *map;
  GdkDisplay    *display;
  double         seconds;
  gint64         start;
  gint64         update_start;
  gint64         last_frame_time;
  GArray        *intervals;     /* ms */
  GArray        *paints;        /* ms */
  const char    *select_uid;
  gboolean       selected;
  gboolean       done;
  double         zoom_x;
  double         zoom_y;
} Script;

static gboolean
script_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Script *s = user_data;
  gint64 frame_time = gdk_frame_clock_get_frame_time (clock);
  double t, phase;

  s->update_start = g_get_monotonic_time ();
  if (s->start == 0)
    s->start = frame_time;
  else
    {
      double interval = (frame_time - s->last_frame_time) / 1000.0;

      g_array_append_val (s->intervals, interval);
    }
  s->last_frame_time = frame_time;

  t = (frame_time - s->start) / 1e6;
  if (t >= s->seconds)
    {
      s->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  /* Thirds: pan at zoom 1, zoom in and out around a point, pan at zoom 3. */
  phase = t / (s->seconds / 3);
  if (phase < 1)
    {
      double a = 2 * G_PI * phase;

      mit_network_map_set_zoom (s->map, 1.0);
      mit_network_map_set_center (s->map, 0.5 + 0.2 * cos (a), 0.5 + 0.2 * sin (a));
    }
  else if (phase < 2)
    {
      double target = pow (4.0, 0.5 - 0.5 * cos (2 * G_PI * (phase - 1)));

      mit_network_map_zoom_at (s->map, target / mit_network_map_get_zoom (s->map), s->zoom_x, s->zoom_y);
    }
  else
    {
      double a = 2 * G_PI * (phase - 2);

      if (!s->selected && s->select_uid != NULL)
        {
          /* The highlight of a group's multiplier paths, while moving. */
          mit_network_map_select (s->map, s->select_uid);
          s->selected = TRUE;
        }
      mit_network_map_set_zoom (s->map, 3.0);
      mit_network_map_set_center (s->map, 0.5 + 0.25 * cos (a), 0.5 + 0.25 * sin (a));
    }
  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Script        *s)
{
  double paint;

  if (s->update_start == 0 || s->done)
    return;
  /* The X server draws what it was sent: wait for it. */
  gdk_display_sync (s->display);
  paint = (g_get_monotonic_time () - s->update_start) / 1000.0;
  g_array_append_val (s->paints, paint);
  s->update_start = 0;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* A tick callback keeps the frames coming. */
static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  guint frames = 0;
  guint tick = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);

  gtk_widget_queue_draw (widget);
  while (frames < n)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, tick);
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
}

static void
run_script (const char    *prefix,
            MitNetworkMap *map,
            GtkWidget     *window,
            double         seconds,
            const char    *select_uid)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Script s = { 0, };
  guint renders_before, renders_after;
  gulong handler;
  double *v;

  s.map = map;
  s.display = gtk_widget_get_display (window);
  s.seconds = seconds;
  s.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  s.paints = g_array_new (FALSE, FALSE, sizeof (double));
  s.select_uid = select_uid;
  s.zoom_x = gtk_widget_get_width (GTK_WIDGET (map)) * 0.6;
  s.zoom_y = gtk_widget_get_height (GTK_WIDGET (map)) * 0.4;

  mit_network_map_select (map, NULL);
  mit_network_map_reset_view (map);
  wait_ms (300);
  wait_frames (window, 3);
  mit_network_map_get_render_stats (map, &renders_before, NULL);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &s);
  gtk_widget_add_tick_callback (window, script_tick_cb, &s, NULL);
  while (!s.done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  mit_network_map_get_render_stats (map, &renders_after, NULL);

  v = (double *) s.intervals->data;
  g_print ("%s_frames %u\n", prefix, s.paints->len);
  g_print ("%s_interval_p50_ms %.2f\n", prefix, bench_percentile (v, s.intervals->len, 50));
  g_print ("%s_interval_p95_ms %.2f\n", prefix, bench_percentile (v, s.intervals->len, 95));
  g_print ("%s_interval_max_ms %.2f\n", prefix, bench_percentile (v, s.intervals->len, 100));
  v = (double *) s.paints->data;
  g_print ("%s_paint_p50_ms %.2f\n", prefix, bench_percentile (v, s.paints->len, 50));
  g_print ("%s_paint_p95_ms %.2f\n", prefix, bench_percentile (v, s.paints->len, 95));
  g_print ("%s_paint_max_ms %.2f\n", prefix, bench_percentile (v, s.paints->len, 100));
  g_print ("%s_full_renders %u\n", prefix, renders_after - renders_before);
  g_array_unref (s.intervals);
  g_array_unref (s.paints);
}

int
main (int   argc,
      char *argv[])
{
  gint n_actors = 1500;
  gint n_groups = 500;
  gint n_channels = 10000;
  gint n_persons = 1000;
  gint seed = 20260615;
  double seconds = 8;
  GOptionEntry entries[] = {
    { "actors", 'a', 0, G_OPTION_ARG_INT, &n_actors, "Number of actors", "A" },
    { "groups", 'g', 0, G_OPTION_ARG_INT, &n_groups, "Number of target groups", "G" },
    { "channels", 'c', 0, G_OPTION_ARG_INT, &n_channels, "Number of channels", "C" },
    { "persons", 'p', 0, G_OPTION_ARG_INT, &n_persons, "Number of persons", "P" },
    { "seconds", 't', 0, G_OPTION_ARG_DOUBLE, &seconds, "Seconds of panning and zooming", "S" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Random seed", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(MitNetworkData) data = NULL;
  double load[5];
  double generate_s, t0, start;
  GtkWidget *window;
  MitMapPage *page;
  MitNetworkMap *map;
  const char *busiest = NULL;
  guint busiest_channels = 0;
  double full[7];
  guint n_full = 0;

  setlocale (LC_ALL, "");
  /* One line at a time, also into a pipe. */
  setvbuf (stdout, NULL, _IOLBF, 0);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 ||
      n_actors < 1 || n_groups < 1 || n_channels < n_actors || seconds <= 0)
    {
      g_printerr ("usage: %s [--actors A] [--groups G] [--channels C] [--persons P] [--seconds S] DB\n%s\n",
                  g_get_prgname (), error ? error->message : "");
      return 2;
    }

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  if (!gtk_init_check ())
    {
      g_printerr ("%s: no display (run it under xvfb-run)\n", g_get_prgname ());
      return 77;
    }
  adw_init ();

  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s: %s exists; give a new file\n", g_get_prgname (), argv[1]);
      return 2;
    }
  store = mit_store_open (argv[1], &error);
  check (store != NULL, error, "open");
  rand = g_rand_new_with_seed (seed);
  t0 = bench_wall_seconds ();
  build_store (store, rand, n_actors, n_groups, n_channels, n_persons);
  generate_s = bench_wall_seconds () - t0;

  /* The snapshot, as the page reads it on the main thread. */
  for (guint r = 0; r < G_N_ELEMENTS (load); r++)
    {
      g_clear_pointer (&data, mit_network_data_unref);
      t0 = bench_wall_seconds ();
      data = mit_network_data_load (store, &error);
      load[r] = (bench_wall_seconds () - t0) * 1000;
      check (data != NULL, error, "load");
    }
  for (guint i = 0; i < mit_network_data_get_n_nodes (data); i++)
    {
      guint n;

      mit_network_data_get_node_channels (data, i, &n);
      if (mit_network_data_get_node (data, i)->kind == MIT_LAYOUT_NODE_GROUP && n > busiest_channels)
        {
          busiest_channels = n;
          busiest = mit_network_data_get_node (data, i)->uid;
        }
    }

  g_print ("map_generate_s %.1f\n", generate_s);
  g_print ("map_nodes %u\n", mit_network_data_get_n_nodes (data));
  g_print ("map_groups %u\n", mit_network_data_get_n_groups (data));
  g_print ("map_channels %u\n", mit_network_data_get_n_channels (data));
  g_print ("map_links %u\n", mit_network_data_get_n_links (data));
  g_print ("map_load_median_ms %.1f\n", bench_percentile (load, G_N_ELEMENTS (load), 50));
  g_print ("map_load_max_ms %.1f\n", bench_percentile (load, G_N_ELEMENTS (load), 100));

  /* The page: read, lay out in the worker, draw. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  start = bench_wall_seconds ();
  page = mit_map_page_new (store);
  map = mit_map_page_get_map (page);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  while (mit_map_page_get_busy (page) || mit_network_map_get_layout (map) == NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_frames (window, 1);
  g_print ("map_layout_worker_ms %.1f\n", mit_map_page_get_last_layout_time (page) / 1000.0);
  g_print ("map_first_picture_ms %.1f\n", (bench_wall_seconds () - start) * 1000);
  g_print ("map_size %dx%d\n", gtk_widget_get_width (GTK_WIDGET (map)),
           gtk_widget_get_height (GTK_WIDGET (map)));
  g_print ("map_renderer %s\n", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  /* A full picture of the whole network at rest. */
  for (guint i = 0; i < G_N_ELEMENTS (full); i++)
    {
      gint64 us;

      mit_network_map_set_zoom (map, i % 2 ? 1.0 : 1.001);
      wait_ms (200);
      wait_frames (window, 2);
      mit_network_map_get_render_stats (map, NULL, &us);
      full[n_full++] = us / 1000.0;
    }
  g_print ("map_full_render_median_ms %.2f\n", bench_percentile (full, n_full, 50));
  g_print ("map_full_render_max_ms %.2f\n", bench_percentile (full, n_full, 100));

  /* What a frame costs without the map: the rest of the page. */
  gtk_widget_set_opacity (GTK_WIDGET (map), 0);
  run_script ("map_baseline", map, window, MIN (seconds, 3), NULL);
  gtk_widget_set_opacity (GTK_WIDGET (map), 1);

  mit_network_map_set_scene_cache (map, TRUE);
  run_script ("map_cached", map, window, seconds, busiest);
  mit_network_map_set_scene_cache (map, FALSE);
  run_script ("map_uncached", map, window, seconds, busiest);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return 0;
}
