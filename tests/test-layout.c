/* test-layout.c: the layout of the network map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "mit-network-layout.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-test-util.h"

/* A deterministic pseudo-random graph: @n_nodes nodes in @perm order (NULL:
 * in order), edges from a simple LCG, every third node a group. Edges are
 * added in @reverse_edges order when asked. */
static MitLayoutGraph *
make_graph (guint        n_nodes,
            guint        n_edges,
            const guint *perm,
            gboolean     reverse_edges)
{
  MitLayoutGraph *graph = mit_layout_graph_new ();
  g_autofree guint *a = g_new (guint, n_edges + 1);
  g_autofree guint *b = g_new (guint, n_edges + 1);
  g_autofree double *w = g_new (double, n_edges + 1);
  guint32 state = 12345;

  for (guint i = 0; i < n_nodes; i++)
    {
      guint id = perm ? perm[i] : i;
      g_autofree char *key = g_strdup_printf ("node-%04u", id);

      g_assert_cmpuint (mit_layout_graph_add_node (graph, key,
                                                   id % 3 == 0 ? MIT_LAYOUT_NODE_GROUP
                                                               : MIT_LAYOUT_NODE_ACTOR), ==, i);
    }

  for (guint e = 0; e < n_edges; e++)
    {
      state = state * 1103515245 + 12345;
      a[e] = (state >> 8) % n_nodes;
      state = state * 1103515245 + 12345;
      b[e] = (state >> 8) % n_nodes;
      w[e] = 1 + e % 3;
    }

  for (guint i = 0; i < n_edges; i++)
    {
      guint e = reverse_edges ? n_edges - 1 - i : i;
      g_autofree char *ka = g_strdup_printf ("node-%04u", a[e]);
      g_autofree char *kb = g_strdup_printf ("node-%04u", b[e]);

      mit_layout_graph_add_edge (graph,
                                 mit_layout_graph_lookup (graph, ka),
                                 mit_layout_graph_lookup (graph, kb), w[e]);
    }
  return graph;
}

static MitNetworkLayout *
compute (MitLayoutGraph *graph,
         guint           iterations)
{
  g_autoptr(GError) error = NULL;
  MitNetworkLayout *layout = mit_network_layout_compute (graph, iterations, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (layout);
  g_assert_cmpuint (mit_network_layout_get_n_nodes (layout), ==, mit_layout_graph_get_n_nodes (graph));
  return layout;
}

static void
assert_inside_box (MitNetworkLayout *layout)
{
  const double *xy = mit_network_layout_get_positions (layout);

  for (guint i = 0; i < 2 * mit_network_layout_get_n_nodes (layout); i++)
    {
      g_assert_true (isfinite (xy[i]));
      g_assert_cmpfloat (xy[i], >=, 0.0);
      g_assert_cmpfloat (xy[i], <=, 1.0);
    }
}

static void
test_layout_deterministic (void)
{
  g_autoptr(MitLayoutGraph) graph = make_graph (300, 900, NULL, FALSE);
  g_autoptr(MitLayoutGraph) again = make_graph (300, 900, NULL, FALSE);
  g_autoptr(MitNetworkLayout) one = compute (graph, 200);
  g_autoptr(MitNetworkLayout) two = compute (graph, 200);
  g_autoptr(MitNetworkLayout) three = compute (again, 200);

  g_assert_cmpmem (mit_network_layout_get_positions (one), 2 * 300 * sizeof (double),
                   mit_network_layout_get_positions (two), 2 * 300 * sizeof (double));
  g_assert_cmpmem (mit_network_layout_get_positions (one), 2 * 300 * sizeof (double),
                   mit_network_layout_get_positions (three), 2 * 300 * sizeof (double));
  assert_inside_box (one);
}

static void
test_layout_order_independent (void)
{
  guint n = 300;
  g_autofree guint *perm = g_new (guint, n);
  g_autoptr(MitLayoutGraph) graph = NULL;
  g_autoptr(MitLayoutGraph) shuffled = NULL;
  g_autoptr(MitNetworkLayout) one = NULL;
  g_autoptr(MitNetworkLayout) two = NULL;
  guint32 state = 99;

  for (guint i = 0; i < n; i++)
    perm[i] = i;
  for (guint i = n - 1; i > 0; i--)
    {
      guint j, t;

      state = state * 1664525 + 1013904223;
      j = (state >> 8) % (i + 1);
      t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }

  graph = make_graph (n, 900, NULL, FALSE);
  shuffled = make_graph (n, 900, perm, TRUE);
  g_assert_cmpuint (perm[0], !=, 0);
  one = compute (graph, 150);
  two = compute (shuffled, 150);

  for (guint i = 0; i < n; i++)
    {
      const char *key = mit_layout_graph_get_key (graph, i);
      guint j = mit_layout_graph_lookup (shuffled, key);
      double x1, y1, x2, y2;

      g_assert_cmpuint (j, <, n);
      mit_network_layout_get_position (one, i, &x1, &y1);
      mit_network_layout_get_position (two, j, &x2, &y2);
      /* Bit-identical, not just close. */
      g_assert_true (memcmp (&x1, &x2, sizeof (double)) == 0);
      g_assert_true (memcmp (&y1, &y2, sizeof (double)) == 0);
    }
}

static void
test_layout_edges_pull (void)
{
  guint n = 400, n_edges = 800;
  g_autoptr(MitLayoutGraph) graph = make_graph (n, n_edges, NULL, FALSE);
  g_autoptr(MitNetworkLayout) layout = compute (graph, 0);
  g_autoptr(GHashTable) joined = g_hash_table_new (g_direct_hash, g_direct_equal);
  const double *xy = mit_network_layout_get_positions (layout);
  double edge_sum = 0, other_sum = 0;
  guint edge_count = 0, other_count = 0;
  double x0 = 1, x1 = 0, y0 = 1, y1 = 0;

  assert_inside_box (layout);

  for (guint e = 0; e < n_edges; e++)
    {
      guint a, b;

      mit_layout_graph_get_edge (graph, e, &a, &b, NULL);
      if (a == b)
        continue;
      edge_sum += hypot (xy[2 * a] - xy[2 * b], xy[2 * a + 1] - xy[2 * b + 1]);
      edge_count++;
      g_hash_table_add (joined, GUINT_TO_POINTER (MIN (a, b) * n + MAX (a, b)));
    }
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      if (!g_hash_table_contains (joined, GUINT_TO_POINTER (a * n + b)))
        {
          other_sum += hypot (xy[2 * a] - xy[2 * b], xy[2 * a + 1] - xy[2 * b + 1]);
          other_count++;
        }
  g_test_message ("mean edge length %.4f, mean distance of other pairs %.4f",
                  edge_sum / edge_count, other_sum / other_count);
  g_assert_cmpfloat (edge_sum / edge_count, <, 0.75 * (other_sum / other_count));

  /* The picture uses the box: it is not all in one corner. */
  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, xy[2 * i]);
      x1 = MAX (x1, xy[2 * i]);
      y0 = MIN (y0, xy[2 * i + 1]);
      y1 = MAX (y1, xy[2 * i + 1]);
    }
  g_assert_cmpfloat (MAX (x1 - x0, y1 - y0), >, 0.99);
}

static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;
  MitNetworkLayout *layout = mit_network_layout_compute_finish (result, error);

  g_assert_null (layout);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_layout_cancel (void)
{
  g_autoptr(MitLayoutGraph) graph = make_graph (2000, 10000, NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  MitNetworkLayout *layout;
  gint64 start, cancelled;

  /* Already cancelled: nothing is computed. */
  g_cancellable_cancel (cancellable);
  layout = mit_network_layout_compute (graph, 0, cancellable, &error);
  g_assert_null (layout);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Cancelled while the worker runs a very long layout: it stops within
   * an iteration or so. */
  g_cancellable_reset (cancellable);
  start = g_get_monotonic_time ();
  mit_network_layout_compute_async (graph, 1000000, cancellable, layout_done_cb, &error);
  g_timeout_add (50, cancel_cb, cancellable);
  while (!g_cancellable_is_cancelled (cancellable))
    g_main_context_iteration (NULL, TRUE);
  cancelled = g_get_monotonic_time ();
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_test_message ("stopped %.1f ms after the cancel (%.1f ms in all)",
                  (g_get_monotonic_time () - cancelled) / 1000.0,
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - cancelled, <, 2 * G_USEC_PER_SEC);
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  MitNetworkLayout **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = mit_network_layout_compute_finish (result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*out);
}

static void
test_layout_async (void)
{
  g_autoptr(MitLayoutGraph) graph = make_graph (200, 500, NULL, FALSE);
  g_autoptr(MitNetworkLayout) sync = compute (graph, 100);
  g_autoptr(MitNetworkLayout) async = NULL;

  mit_network_layout_compute_async (graph, 100, NULL, async_done_cb, &async);
  /* The worker has its own copy: dropping ours now does not matter. */
  g_clear_pointer (&graph, mit_layout_graph_unref);
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpmem (mit_network_layout_get_positions (sync), 2 * 200 * sizeof (double),
                   mit_network_layout_get_positions (async), 2 * 200 * sizeof (double));
}

static void
test_layout_small (void)
{
  g_autoptr(MitLayoutGraph) empty = mit_layout_graph_new ();
  g_autoptr(MitLayoutGraph) one = mit_layout_graph_new ();
  g_autoptr(MitLayoutGraph) two = mit_layout_graph_new ();
  g_autoptr(MitNetworkLayout) layout = NULL;
  double x, y, x2, y2;

  layout = compute (empty, 0);
  g_assert_cmpuint (mit_network_layout_get_n_nodes (layout), ==, 0);
  g_clear_pointer (&layout, mit_network_layout_unref);

  g_assert_cmpuint (mit_layout_graph_add_node (one, "only", MIT_LAYOUT_NODE_ACTOR), ==, 0);
  mit_layout_graph_add_edge (one, 0, 0, 1.0);  /* a loop does nothing */
  layout = compute (one, 0);
  mit_network_layout_get_position (layout, 0, &x, &y);
  g_assert_cmpfloat (x, ==, 0.5);
  g_assert_cmpfloat (y, ==, 0.5);
  g_clear_pointer (&layout, mit_network_layout_unref);

  mit_layout_graph_add_node (two, "a", MIT_LAYOUT_NODE_ACTOR);
  mit_layout_graph_add_node (two, "b", MIT_LAYOUT_NODE_GROUP);
  mit_layout_graph_add_edge (two, 0, 1, 2.0);
  g_assert_cmpint (mit_layout_graph_get_kind (two, 1), ==, MIT_LAYOUT_NODE_GROUP);
  layout = compute (two, 0);
  assert_inside_box (layout);
  mit_network_layout_get_position (layout, 0, &x, &y);
  mit_network_layout_get_position (layout, 1, &x2, &y2);
  g_assert_cmpfloat (hypot (x - x2, y - y2), >, 0.5);

  /* A key is a node once. */
  if (g_test_undefined ())
    {
      g_test_expect_message ("MitNetworkLayout", G_LOG_LEVEL_CRITICAL, "*assertion*");
      g_assert_cmpuint (mit_layout_graph_add_node (two, "a", MIT_LAYOUT_NODE_GROUP), ==, G_MAXUINT);
      g_test_assert_expected_messages ();
      g_assert_cmpuint (mit_layout_graph_get_n_nodes (two), ==, 2);
    }
}

static gint64
add_actor (MitStore   *store,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = mit_actor_new ();

  mit_actor_set_name (actor, name);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
  return mit_actor_get_id (actor);
}

static gint64
add_group (MitStore   *store,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();

  mit_target_group_set_name (group, name);
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_no_error (error);
  return mit_target_group_get_id (group);
}

static void
add_channel (MitStore           *store,
             gint64              actor_id,
             gint64              group_id,
             const char         *how,
             MitChannelStrength  strength)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitChannel) channel = mit_channel_new (actor_id, group_id);

  mit_channel_set_how (channel, how);
  mit_channel_set_strength (channel, strength);
  g_assert_true (mit_store_save_channel (store, channel, &error));
  g_assert_no_error (error);
}

static void
test_layout_from_store (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("layout.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitLayoutGraph) graph = NULL;
  g_autoptr(MitLayoutGraph) empty = NULL;
  g_autoptr(MitNetworkLayout) layout = NULL;
  gint64 caritas, awo, lonely, youth, seniors, nobody;
  guint n_actors = 0, n_groups = 0, strong = 0;

  empty = mit_network_layout_graph_from_store (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mit_layout_graph_get_n_nodes (empty), ==, 0);
  g_assert_cmpuint (mit_layout_graph_get_n_edges (empty), ==, 0);

  caritas = add_actor (store, "Caritas");
  awo = add_actor (store, "AWO");
  lonely = add_actor (store, "Ohne Kanal e. V.");
  youth = add_group (store, "Jugendliche");
  seniors = add_group (store, "Senior*innen");
  nobody = add_group (store, "Niemand erreicht");
  (void) lonely;
  (void) nobody;

  add_channel (store, caritas, youth, MIT_CHANNEL_HOW_COUNSELLING, MIT_CHANNEL_STRONG);
  add_channel (store, caritas, youth, MIT_CHANNEL_HOW_EVENT, MIT_CHANNEL_WEAK);
  add_channel (store, caritas, seniors, MIT_CHANNEL_HOW_OUTREACH, MIT_CHANNEL_REGULAR);
  add_channel (store, awo, seniors, MIT_CHANNEL_HOW_MULTIPLIER, MIT_CHANNEL_REGULAR);

  graph = mit_network_layout_graph_from_store (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (graph);

  /* Two actors with channels (not the one without), all three groups, one
   * edge per channel. */
  g_assert_cmpuint (mit_layout_graph_get_n_nodes (graph), ==, 5);
  g_assert_cmpuint (mit_layout_graph_get_n_edges (graph), ==, 4);
  for (guint i = 0; i < 5; i++)
    {
      if (mit_layout_graph_get_kind (graph, i) == MIT_LAYOUT_NODE_ACTOR)
        n_actors++;
      else
        n_groups++;
    }
  g_assert_cmpuint (n_actors, ==, 2);
  g_assert_cmpuint (n_groups, ==, 3);

  for (guint e = 0; e < 4; e++)
    {
      guint a, b;
      double w;

      mit_layout_graph_get_edge (graph, e, &a, &b, &w);
      g_assert_cmpint (mit_layout_graph_get_kind (graph, a), ==, MIT_LAYOUT_NODE_ACTOR);
      g_assert_cmpint (mit_layout_graph_get_kind (graph, b), ==, MIT_LAYOUT_NODE_GROUP);
      if (w == mit_layout_weight_for_strength (MIT_CHANNEL_STRONG))
        strong++;
    }
  g_assert_cmpuint (strong, ==, 1);

  {
    g_autoptr(MitActor) actor = mit_store_load_actor (store, caritas, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (mit_layout_graph_lookup (graph, mit_actor_get_uid (actor)), <, 5);
  }

  layout = compute (graph, 0);
  assert_inside_box (layout);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/layout/deterministic", test_layout_deterministic);
  g_test_add_func ("/layout/order-independent", test_layout_order_independent);
  g_test_add_func ("/layout/edges-pull", test_layout_edges_pull);
  g_test_add_func ("/layout/cancel", test_layout_cancel);
  g_test_add_func ("/layout/async", test_layout_async);
  g_test_add_func ("/layout/small", test_layout_small);
  g_test_add_func ("/layout/from-store", test_layout_from_store);

  return g_test_run ();
}
