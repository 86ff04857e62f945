/* mit-bench-layout.c: the layout of the network map on a large network
 *
 *   mit-bench-layout [--nodes N] [--edges M] [--iterations I] [--runs R]
 *
 * Builds a synthetic network (default 2 000 nodes: a quarter target
 * groups, the rest actors; 10 000 edges, each from an actor to a group,
 * popular groups more often, strengths mixed) from a fixed seed, so it is
 * the same every time and needs no database. Times
 * mit_network_layout_compute_async() from the call until the callback in
 * the main loop (the worker thread's time, as the window would see it) R
 * times (default 3) and prints the median.
 *
 * Prints machine-readable "key value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "mit-network-layout.h"
#include "mit-bench-common.h"

typedef struct
{
  MitNetworkLayout *layout;
  GError           *error;
  gboolean          done;
} Run;

static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Run *run = user_data;

  run->layout = mit_network_layout_compute_finish (result, &run->error);
  run->done = TRUE;
}

static MitLayoutGraph *
make_network (guint n_nodes,
              guint n_edges,
              guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  MitLayoutGraph *graph = mit_layout_graph_new ();
  guint n_groups = MAX (1, n_nodes / 4);
  guint n_actors = MAX (1, n_nodes - n_groups);

  for (guint i = 0; i < n_actors; i++)
    {
      g_autofree char *key = g_strdup_printf ("actor-%05u", i);

      mit_layout_graph_add_node (graph, key, MIT_LAYOUT_NODE_ACTOR);
    }
  for (guint i = 0; i < n_groups; i++)
    {
      g_autofree char *key = g_strdup_printf ("group-%05u", i);

      mit_layout_graph_add_node (graph, key, MIT_LAYOUT_NODE_GROUP);
    }

  for (guint e = 0; e < n_edges; e++)
    {
      guint actor = g_rand_int_range (rand, 0, n_actors);
      /* Skewed: the square of a uniform number favours the first groups. */
      double u = g_rand_double (rand);
      guint group = MIN (n_groups - 1, (guint) (u * u * n_groups));
      MitChannelStrength strength = g_rand_int_range (rand, 0, MIT_CHANNEL_STRENGTH_LAST + 1);

      mit_layout_graph_add_edge (graph, actor, n_actors + group,
                                 mit_layout_weight_for_strength (strength));
    }
  return graph;
}

int
main (int   argc,
      char *argv[])
{
  gint n_nodes = 2000;
  gint n_edges = 10000;
  gint iterations = MIT_NETWORK_LAYOUT_DEFAULT_ITERATIONS;
  gint runs = 3;
  gint seed = 20260615;
  GOptionEntry entries[] = {
    { "nodes", 'n', 0, G_OPTION_ARG_INT, &n_nodes, "Number of nodes", "N" },
    { "edges", 'e', 0, G_OPTION_ARG_INT, &n_edges, "Number of edges", "M" },
    { "iterations", 'i', 0, G_OPTION_ARG_INT, &iterations, "Layout iterations", "I" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Timed runs", "R" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Random seed", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitLayoutGraph) graph = NULL;
  g_autoptr(MitNetworkLayout) first = NULL;
  g_autofree double *wall = NULL;
  g_autofree double *cpu = NULL;
  double edge_sum = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 1
      || runs < 1 || n_nodes < 2 || n_edges < 0 || iterations < 1)
    {
      g_printerr ("usage: %s [--nodes N] [--edges M] [--iterations I] [--runs R]\n%s\n",
                  g_get_prgname (), error ? error->message : "");
      return 2;
    }

  graph = make_network (n_nodes, n_edges, seed);
  g_print ("layout_nodes %u\n", mit_layout_graph_get_n_nodes (graph));
  g_print ("layout_edges %u\n", mit_layout_graph_get_n_edges (graph));
  g_print ("layout_iterations %d\n", iterations);
  g_print ("layout_runs %d\n", runs);

  wall = g_new0 (double, runs);
  cpu = g_new0 (double, runs);
  for (gint r = 0; r < runs; r++)
    {
      Run run = { NULL, NULL, FALSE };
      double w0 = bench_wall_seconds (), c0 = bench_cpu_seconds ();

      mit_network_layout_compute_async (graph, iterations, NULL, layout_done_cb, &run);
      while (!run.done)
        g_main_context_iteration (NULL, TRUE);
      wall[r] = (bench_wall_seconds () - w0) * 1000;
      cpu[r] = (bench_cpu_seconds () - c0) * 1000;
      if (run.layout == NULL)
        g_error ("%s", run.error->message);

      /* Every run must give the same picture. */
      if (first == NULL)
        first = g_steal_pointer (&run.layout);
      else
        {
          if (memcmp (mit_network_layout_get_positions (first),
                      mit_network_layout_get_positions (run.layout),
                      2 * sizeof (double) * n_nodes) != 0)
            g_error ("run %d gave another layout than run 1", r + 1);
          mit_network_layout_unref (run.layout);
        }
    }

  for (guint e = 0; e < mit_layout_graph_get_n_edges (graph); e++)
    {
      guint a, b;
      double ax, ay, bx, by;

      mit_layout_graph_get_edge (graph, e, &a, &b, NULL);
      mit_network_layout_get_position (first, a, &ax, &ay);
      mit_network_layout_get_position (first, b, &bx, &by);
      edge_sum += hypot (ax - bx, ay - by);
    }

  g_print ("layout_mean_edge_length %.4f\n",
           n_edges > 0 ? edge_sum / mit_layout_graph_get_n_edges (graph) : 0.0);
  g_print ("layout_min_ms %.1f\n", bench_percentile (wall, runs, 0));
  g_print ("layout_median_ms %.1f\n", bench_percentile (wall, runs, 50));
  g_print ("layout_max_ms %.1f\n", bench_percentile (wall, runs, 100));
  g_print ("layout_cpu_median_ms %.1f\n", bench_percentile (cpu, runs, 50));
  g_print ("layout_identical 1\n");
  return 0;
}
