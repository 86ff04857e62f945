/* test-map-data.c: the network map's data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mit-network-data.h"
#include "mit-network-layout.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-test-util.h"

/* A small network by hand:
 *
 *   actors (sector, district, fields)        channels
 *   Alpha   professional  Nord  language, education  Alpha → Jugend    multiplier, strong
 *   Beta    volunteer     Süd   work                 Beta → Jugend     outreach, weak
 *   Gamma   migrant org.  Nord  language             Gamma → Senioren  counselling, regular
 *   Delta   professional  Süd   -                    (none: not on the map)
 *   Epsilon professional  Süd   -                    Epsilon → Senioren multiplier, regular
 *
 *   groups: Jugend (Nord; medium, then good), Senioren (Süd; little or
 *   none), Frauen (no district; never assessed, no channels)
 *
 *   persons: Paula (Alpha, Gamma), Pedro (Beta, Gamma, Delta),
 *   Pia (Alpha, Gamma): links Alpha–Gamma (2 contacts), Beta–Gamma (1).
 */
typedef struct
{
  MitStore *store;
  gint64    alpha, beta, gamma, delta, epsilon;
  gint64    jugend, senioren, frauen;
} Network;

static gint64
add_actor (MitStore           *store,
           const char         *name,
           MitSector           sector,
           const char         *district,
           const char * const *fields)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitActor) actor = mit_actor_new ();

  mit_actor_set_name (actor, name);
  mit_actor_set_sector (actor, sector);
  mit_actor_set_text (actor, MIT_ACTOR_DISTRICT, district);
  if (fields != NULL)
    mit_actor_set_fields (actor, fields);
  g_assert_true (mit_store_save_actor (store, actor, &error));
  g_assert_no_error (error);
  return mit_actor_get_id (actor);
}

static gint64
add_group (MitStore   *store,
           const char *name,
           const char *district)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();

  mit_target_group_set_name (group, name);
  mit_target_group_set_district (group, district);
  g_assert_true (mit_store_save_target_group (store, group, &error));
  g_assert_no_error (error);
  return mit_target_group_get_id (group);
}

static gint64
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
  return mit_channel_get_id (channel);
}

static void
add_person (MitStore     *store,
            const char   *name,
            const gint64 *actors,
            guint         n_actors)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitPerson) person = mit_person_new ();

  mit_person_set_name (person, name);
  g_assert_true (mit_store_save_person (store, person, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n_actors; i++)
    {
      g_assert_cmpint (mit_store_link_person (store, mit_person_get_id (person), actors[i],
                                              "", &error), >, 0);
      g_assert_no_error (error);
    }
}

static void
record (MitStore        *store,
        gint64           group_id,
        MitReachability  level,
        const char      *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mit_store_record_assessment (store, group_id, level, date, "", "", &error), >, 0);
  g_assert_no_error (error);
}

static void
network_build (Network *n)
{
  const char *alpha_fields[] = { "language", "education", NULL };
  const char *beta_fields[] = { "work", NULL };
  const char *gamma_fields[] = { "language", NULL };

  n->store = mit_test_open_store ("map-data.db");
  n->alpha = add_actor (n->store, "Alpha", MIT_SECTOR_PROFESSIONAL, "Nord", alpha_fields);
  n->beta = add_actor (n->store, "Beta", MIT_SECTOR_VOLUNTEER, "Süd", beta_fields);
  n->gamma = add_actor (n->store, "Gamma", MIT_SECTOR_MIGRANT_ORGANISATION, "Nord", gamma_fields);
  n->delta = add_actor (n->store, "Delta", MIT_SECTOR_PROFESSIONAL, "Süd", NULL);
  n->epsilon = add_actor (n->store, "Epsilon", MIT_SECTOR_PROFESSIONAL, "Süd", NULL);

  n->jugend = add_group (n->store, "Jugend", "Nord");
  n->senioren = add_group (n->store, "Senioren", "Süd");
  n->frauen = add_group (n->store, "Frauen", "");
  record (n->store, n->jugend, MIT_REACHABILITY_MEDIUM, "2024-01-10");
  record (n->store, n->jugend, MIT_REACHABILITY_GOOD, "2025-03-01");
  record (n->store, n->senioren, MIT_REACHABILITY_LITTLE_OR_NONE, "2025-02-01");

  add_channel (n->store, n->alpha, n->jugend, "multiplier", MIT_CHANNEL_STRONG);
  add_channel (n->store, n->beta, n->jugend, "outreach", MIT_CHANNEL_WEAK);
  add_channel (n->store, n->gamma, n->senioren, "counselling", MIT_CHANNEL_REGULAR);
  add_channel (n->store, n->epsilon, n->senioren, "multiplier", MIT_CHANNEL_REGULAR);

  add_person (n->store, "Paula", (gint64[]) { n->alpha, n->gamma }, 2);
  add_person (n->store, "Pedro", (gint64[]) { n->beta, n->gamma, n->delta }, 3);
  add_person (n->store, "Pia", (gint64[]) { n->alpha, n->gamma }, 2);
}

static MitNetworkData *
load (MitStore *store)
{
  g_autoptr(GError) error = NULL;
  MitNetworkData *data = mit_network_data_load (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static guint
actor_node (MitNetworkData *data,
            gint64          id)
{
  guint node = mit_network_data_find (data, MIT_LAYOUT_NODE_ACTOR, id);

  g_assert_cmpuint (node, <, mit_network_data_get_n_nodes (data));
  return node;
}

static guint
group_node (MitNetworkData *data,
            gint64          id)
{
  guint node = mit_network_data_find (data, MIT_LAYOUT_NODE_GROUP, id);

  g_assert_cmpuint (node, <, mit_network_data_get_n_nodes (data));
  return node;
}

static void
test_snapshot_nodes (void)
{
  Network n;
  g_autoptr(MitNetworkData) data = NULL;
  const MitNetworkNode *node;

  network_build (&n);
  data = load (n.store);

  /* Four actors with channels and all three groups; Delta has none. */
  g_assert_cmpuint (mit_network_data_get_n_nodes (data), ==, 7);
  g_assert_cmpuint (mit_network_data_get_n_groups (data), ==, 3);
  g_assert_cmpuint (mit_network_data_find (data, MIT_LAYOUT_NODE_ACTOR, n.delta), ==, G_MAXUINT);
  /* Actors first, then groups, each by id. */
  g_assert_cmpuint (actor_node (data, n.alpha), ==, 0);
  g_assert_cmpuint (actor_node (data, n.epsilon), ==, 3);
  g_assert_cmpuint (group_node (data, n.jugend), ==, 4);
  g_assert_cmpuint (group_node (data, n.frauen), ==, 6);

  node = mit_network_data_get_node (data, actor_node (data, n.alpha));
  g_assert_cmpint (node->id, ==, n.alpha);
  g_assert_cmpstr (node->name, ==, "Alpha");
  g_assert_cmpint (node->kind, ==, MIT_LAYOUT_NODE_ACTOR);
  g_assert_cmpint (node->sector, ==, MIT_SECTOR_PROFESSIONAL);
  g_assert_cmpstr (node->district, ==, "Nord");
  g_assert_cmpuint (g_strv_length ((char **) node->fields), ==, 2);
  g_assert_cmpstr (node->fields[0], ==, "language");
  g_assert_cmpstr (node->fields[1], ==, "education");
  g_assert_cmpint (node->level, ==, MIT_REACHABILITY_UNKNOWN);
  g_assert_cmpuint (mit_network_data_lookup (data, node->uid), ==, actor_node (data, n.alpha));
  g_assert_cmpuint (mit_network_data_lookup (data, "no-such-uid"), ==, G_MAXUINT);

  node = mit_network_data_get_node (data, actor_node (data, n.gamma));
  g_assert_cmpint (node->sector, ==, MIT_SECTOR_MIGRANT_ORGANISATION);
  node = mit_network_data_get_node (data, actor_node (data, n.beta));
  g_assert_cmpint (node->sector, ==, MIT_SECTOR_VOLUNTEER);
  g_assert_cmpstr (node->district, ==, "Süd");
  node = mit_network_data_get_node (data, actor_node (data, n.epsilon));
  g_assert_null (node->fields[0]);

  /* The latest assessment is the level. */
  node = mit_network_data_get_node (data, group_node (data, n.jugend));
  g_assert_cmpint (node->kind, ==, MIT_LAYOUT_NODE_GROUP);
  g_assert_cmpint (node->level, ==, MIT_REACHABILITY_GOOD);
  g_assert_cmpstr (node->district, ==, "Nord");
  g_assert_null (node->fields[0]);
  node = mit_network_data_get_node (data, group_node (data, n.senioren));
  g_assert_cmpint (node->level, ==, MIT_REACHABILITY_LITTLE_OR_NONE);
  node = mit_network_data_get_node (data, group_node (data, n.frauen));
  g_assert_cmpint (node->level, ==, MIT_REACHABILITY_UNKNOWN);
  g_assert_cmpstr (node->district, ==, "");

  g_clear_object (&n.store);
}

static gboolean
has_channel (MitNetworkData     *data,
             guint               actor,
             guint               group,
             const char         *how,
             MitChannelStrength  strength)
{
  for (guint c = 0; c < mit_network_data_get_n_channels (data); c++)
    {
      const MitNetworkChannel *channel = mit_network_data_get_channel (data, c);

      if (channel->actor == actor && channel->group == group)
        return strcmp (channel->how, how) == 0 && channel->strength == strength;
    }
  return FALSE;
}

static void
test_snapshot_edges (void)
{
  Network n;
  g_autoptr(MitNetworkData) data = NULL;
  const MitNetworkLink *link;
  const guint *items;
  guint count;

  network_build (&n);
  data = load (n.store);

  g_assert_cmpuint (mit_network_data_get_n_channels (data), ==, 4);
  g_assert_true (has_channel (data, actor_node (data, n.alpha), group_node (data, n.jugend),
                              "multiplier", MIT_CHANNEL_STRONG));
  g_assert_true (has_channel (data, actor_node (data, n.beta), group_node (data, n.jugend),
                              "outreach", MIT_CHANNEL_WEAK));
  g_assert_true (has_channel (data, actor_node (data, n.gamma), group_node (data, n.senioren),
                              "counselling", MIT_CHANNEL_REGULAR));
  g_assert_true (has_channel (data, actor_node (data, n.epsilon), group_node (data, n.senioren),
                              "multiplier", MIT_CHANNEL_REGULAR));

  /* Delta is not on the map, so Pedro's links to it are not either. */
  g_assert_cmpuint (mit_network_data_get_n_links (data), ==, 2);
  link = mit_network_data_get_link (data, 0);
  g_assert_cmpuint (link->actor_a, ==, actor_node (data, n.alpha));
  g_assert_cmpuint (link->actor_b, ==, actor_node (data, n.gamma));
  g_assert_cmpuint (link->n_contacts, ==, 2);
  link = mit_network_data_get_link (data, 1);
  g_assert_cmpuint (link->actor_a, ==, actor_node (data, n.beta));
  g_assert_cmpuint (link->actor_b, ==, actor_node (data, n.gamma));
  g_assert_cmpuint (link->n_contacts, ==, 1);

  items = mit_network_data_get_node_channels (data, group_node (data, n.jugend), &count);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpuint (items[0], <, items[1]);
  items = mit_network_data_get_node_channels (data, group_node (data, n.frauen), &count);
  g_assert_cmpuint (count, ==, 0);
  items = mit_network_data_get_node_links (data, actor_node (data, n.gamma), &count);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpuint (items[0], ==, 0);
  g_assert_cmpuint (items[1], ==, 1);
  mit_network_data_get_node_links (data, actor_node (data, n.epsilon), &count);
  g_assert_cmpuint (count, ==, 0);

  g_clear_object (&n.store);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names of @nodes, sorted and joined with "," */
static char *
names_of (MitNetworkData      *data,
          const GArray        *nodes)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (names, (gpointer) mit_network_data_get_node (data, g_array_index (nodes, guint, i))->name);
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

static char *
channel_names_of (MitNetworkData *data,
                  const GArray   *channels)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < channels->len; i++)
    {
      const MitNetworkChannel *c = mit_network_data_get_channel (data, g_array_index (channels, guint, i));

      g_ptr_array_add (names, g_strdup_printf ("%s>%s", mit_network_data_get_node (data, c->actor)->name,
                                               mit_network_data_get_node (data, c->group)->name));
    }
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

static void
test_multiplier_paths (void)
{
  Network n;
  g_autoptr(MitNetworkData) data = NULL;
  g_autoptr(MitNetworkHighlight) jugend = NULL;
  g_autoptr(MitNetworkHighlight) senioren = NULL;
  g_autoptr(MitNetworkHighlight) frauen = NULL;
  g_autoptr(MitNetworkHighlight) alpha = NULL;
  g_autoptr(MitNetworkHighlight) outside = NULL;
  g_autofree char *names = NULL;
  g_autofree char *channels = NULL;

  network_build (&n);
  data = load (n.store);

  /* Jugend ← Alpha ← Gamma, Jugend ← Beta ← Gamma */
  jugend = mit_network_data_find_multiplier_paths (data, group_node (data, n.jugend));
  names = names_of (data, jugend->nodes);
  g_assert_cmpstr (names, ==, "Alpha,Beta,Gamma,Jugend");
  channels = channel_names_of (data, jugend->channels);
  g_assert_cmpstr (channels, ==, "Alpha>Jugend,Beta>Jugend");
  g_assert_cmpuint (jugend->links->len, ==, 2);
  g_assert_true (mit_network_highlight_has_link (jugend, 0));
  g_assert_true (mit_network_highlight_has_link (jugend, 1));
  g_assert_true (mit_network_highlight_has_node (jugend, actor_node (data, n.gamma)));
  g_assert_false (mit_network_highlight_has_node (jugend, actor_node (data, n.epsilon)));
  g_assert_false (mit_network_highlight_has_node (jugend, group_node (data, n.senioren)));
  for (guint c = 0; c < mit_network_data_get_n_channels (data); c++)
    g_assert_true (mit_network_highlight_has_channel (jugend, c) ==
                   (mit_network_data_get_channel (data, c)->group == group_node (data, n.jugend)));

  /* Senioren ← Gamma ← Alpha, Senioren ← Gamma ← Beta, Senioren ← Epsilon */
  g_clear_pointer (&names, g_free);
  g_clear_pointer (&channels, g_free);
  senioren = mit_network_data_find_multiplier_paths (data, group_node (data, n.senioren));
  names = names_of (data, senioren->nodes);
  g_assert_cmpstr (names, ==, "Alpha,Beta,Epsilon,Gamma,Senioren");
  channels = channel_names_of (data, senioren->channels);
  g_assert_cmpstr (channels, ==, "Epsilon>Senioren,Gamma>Senioren");
  g_assert_cmpuint (senioren->links->len, ==, 2);

  /* No channels: only the group itself. */
  g_clear_pointer (&names, g_free);
  frauen = mit_network_data_find_multiplier_paths (data, group_node (data, n.frauen));
  names = names_of (data, frauen->nodes);
  g_assert_cmpstr (names, ==, "Frauen");
  g_assert_cmpuint (frauen->channels->len, ==, 0);
  g_assert_cmpuint (frauen->links->len, ==, 0);

  /* An actor: its groups and the actors it shares contacts with. */
  g_clear_pointer (&names, g_free);
  g_clear_pointer (&channels, g_free);
  alpha = mit_network_data_find_multiplier_paths (data, actor_node (data, n.alpha));
  names = names_of (data, alpha->nodes);
  g_assert_cmpstr (names, ==, "Alpha,Gamma,Jugend");
  channels = channel_names_of (data, alpha->channels);
  g_assert_cmpstr (channels, ==, "Alpha>Jugend");
  g_assert_cmpuint (alpha->links->len, ==, 1);
  g_assert_true (mit_network_highlight_has_link (alpha, 0));

  outside = mit_network_data_find_multiplier_paths (data, 1000);
  g_assert_cmpuint (outside->nodes->len, ==, 0);

  g_clear_object (&n.store);
}

/* The names of the shown nodes, in node order, joined with "," */
static char *
filtered (MitNetworkData *data,
          const char     *field,
          const char     *district,
          int             level,
          guint          *n_shown)
{
  MitNetworkFilter filter;
  guint n = mit_network_data_get_n_nodes (data);
  g_autofree guint8 *visible = g_new0 (guint8, n);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint count = 0;

  mit_network_filter_init (&filter);
  g_assert_true (mit_network_filter_is_empty (&filter));
  filter.field = field;
  filter.district = district;
  filter.level = level;
  *n_shown = mit_network_data_filter (data, &filter, visible);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (visible[i] == 0 || visible[i] == 1);
      if (visible[i])
        {
          g_ptr_array_add (names, (gpointer) mit_network_data_get_node (data, i)->name);
          count++;
        }
    }
  g_assert_cmpuint (count, ==, *n_shown);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

static void
test_filters (void)
{
  Network n;
  g_autoptr(MitNetworkData) data = NULL;
  const int any = MIT_NETWORK_FILTER_ANY_LEVEL;
  const struct {
    const char *field;
    const char *district;
    int         level;
    const char *expected;
  } cases[] = {
    { NULL, NULL, any, "Alpha,Beta,Gamma,Epsilon,Jugend,Senioren,Frauen" },
    /* a field: its actors, and the groups they reach */
    { "language", NULL, any, "Alpha,Gamma,Jugend,Senioren" },
    { "work", NULL, any, "Beta,Jugend" },
    { "housing", NULL, any, "" },
    /* a district: the actors and groups in it */
    { NULL, "Nord", any, "Alpha,Gamma,Jugend" },
    { NULL, "Süd", any, "Beta,Epsilon,Senioren" },
    /* a level: its groups, and the actors that reach them */
    { NULL, NULL, MIT_REACHABILITY_GOOD, "Alpha,Beta,Jugend" },
    { NULL, NULL, MIT_REACHABILITY_LITTLE_OR_NONE, "Gamma,Epsilon,Senioren" },
    { NULL, NULL, MIT_REACHABILITY_MEDIUM, "" },
    { NULL, NULL, MIT_REACHABILITY_UNKNOWN, "Frauen" },
    /* together */
    { "work", "Süd", any, "Beta" },
    { "language", NULL, MIT_REACHABILITY_GOOD, "Alpha,Jugend" },
    { NULL, "Süd", MIT_REACHABILITY_LITTLE_OR_NONE, "Epsilon,Senioren" },
  };

  network_build (&n);
  data = load (n.store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint shown;
      g_autofree char *names = filtered (data, cases[i].field, cases[i].district, cases[i].level, &shown);

      g_test_message ("case %u: %s", i, names);
      g_assert_cmpstr (names, ==, cases[i].expected);
    }

  g_clear_object (&n.store);
}

static void
test_layout_graph (void)
{
  Network n;
  g_autoptr(MitNetworkData) data = NULL;
  g_autoptr(MitLayoutGraph) graph = NULL;
  g_autoptr(MitLayoutGraph) from_store = NULL;
  g_autoptr(MitNetworkLayout) one = NULL;
  g_autoptr(MitNetworkLayout) two = NULL;
  g_autoptr(GError) error = NULL;

  network_build (&n);
  data = load (n.store);
  graph = mit_network_data_build_layout_graph (data);

  g_assert_cmpuint (mit_layout_graph_get_n_nodes (graph), ==, mit_network_data_get_n_nodes (data));
  g_assert_cmpuint (mit_layout_graph_get_n_edges (graph), ==, 4);
  for (guint i = 0; i < mit_network_data_get_n_nodes (data); i++)
    {
      const MitNetworkNode *node = mit_network_data_get_node (data, i);

      g_assert_cmpstr (mit_layout_graph_get_key (graph, i), ==, node->uid);
      g_assert_cmpint (mit_layout_graph_get_kind (graph, i), ==, node->kind);
    }
  for (guint e = 0; e < mit_layout_graph_get_n_edges (graph); e++)
    {
      const MitNetworkChannel *channel = mit_network_data_get_channel (data, e);
      guint source, target;
      double weight;

      mit_layout_graph_get_edge (graph, e, &source, &target, &weight);
      g_assert_cmpuint (source, ==, channel->actor);
      g_assert_cmpuint (target, ==, channel->group);
      g_assert_cmpfloat (weight, ==, mit_layout_weight_for_strength (channel->strength));
    }

  /* The same network as the store's own graph, so the same positions. */
  from_store = mit_network_layout_graph_from_store (n.store, &error);
  g_assert_no_error (error);
  one = mit_network_layout_compute (graph, 50, NULL, &error);
  g_assert_no_error (error);
  two = mit_network_layout_compute (from_store, 50, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < mit_network_data_get_n_nodes (data); i++)
    {
      guint j = mit_layout_graph_lookup (from_store, mit_network_data_get_node (data, i)->uid);
      double x1, y1, x2, y2;

      g_assert_cmpuint (j, !=, G_MAXUINT);
      mit_network_layout_get_position (one, i, &x1, &y1);
      mit_network_layout_get_position (two, j, &x2, &y2);
      g_assert_cmpfloat (x1, ==, x2);
      g_assert_cmpfloat (y1, ==, y2);
    }

  g_clear_object (&n.store);
}

static void
test_changes (void)
{
  Network n;
  g_autoptr(MitNetworkData) before = NULL;
  g_autoptr(MitNetworkData) after = NULL;
  g_autoptr(MitNetworkData) empty = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) channels = NULL;

  network_build (&n);
  before = load (n.store);

  /* Epsilon's only channel goes: Epsilon leaves the map; the old
   * snapshot stays as it was. */
  channels = mit_store_list_channels_of_actor (n.store, n.epsilon, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (channels->len, ==, 1);
  g_assert_cmpint (mit_store_delete_channel (n.store, mit_channel_get_id (g_ptr_array_index (channels, 0)),
                                             &error), >, 0);
  g_assert_no_error (error);
  record (n.store, n.frauen, MIT_REACHABILITY_MEDIUM, "2025-06-01");

  after = load (n.store);
  g_assert_cmpuint (mit_network_data_get_n_nodes (before), ==, 7);
  g_assert_cmpuint (mit_network_data_get_n_nodes (after), ==, 6);
  g_assert_cmpuint (mit_network_data_find (after, MIT_LAYOUT_NODE_ACTOR, n.epsilon), ==, G_MAXUINT);
  g_assert_cmpuint (mit_network_data_get_n_channels (after), ==, 3);
  g_assert_cmpint (mit_network_data_get_node (after, group_node (after, n.frauen))->level, ==,
                   MIT_REACHABILITY_MEDIUM);
  g_assert_cmpint (mit_network_data_get_node (before, group_node (before, n.frauen))->level, ==,
                   MIT_REACHABILITY_UNKNOWN);
  g_clear_object (&n.store);

  /* An empty store, and the empty snapshot. */
  n.store = mit_test_open_store ("map-data-empty.db");
  empty = load (n.store);
  g_assert_cmpuint (mit_network_data_get_n_nodes (empty), ==, 0);
  g_assert_cmpuint (mit_network_data_get_n_channels (empty), ==, 0);
  g_assert_cmpuint (mit_network_data_get_n_links (empty), ==, 0);
  g_clear_pointer (&empty, mit_network_data_unref);
  empty = mit_network_data_new_empty ();
  g_assert_cmpuint (mit_network_data_get_n_nodes (empty), ==, 0);
  g_assert_cmpuint (mit_network_data_get_n_groups (empty), ==, 0);
  g_clear_object (&n.store);
}

int
main (int argc, char **argv)
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/map-data/snapshot/nodes", test_snapshot_nodes);
  g_test_add_func ("/map-data/snapshot/edges", test_snapshot_edges);
  g_test_add_func ("/map-data/multiplier-paths", test_multiplier_paths);
  g_test_add_func ("/map-data/filters", test_filters);
  g_test_add_func ("/map-data/layout-graph", test_layout_graph);
  g_test_add_func ("/map-data/changes", test_changes);

  return g_test_run ();
}
