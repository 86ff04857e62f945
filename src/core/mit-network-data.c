/* mit-network-data.c: what the network map shows: actors, groups, channels and their attributes
 *
 * The snapshot is read with one statement (a UNION ALL of nodes, channels
 * and links), so it is consistent even while another connection writes,
 * and kept in flat arrays: the map walks it for every frame it draws.
 * Adjacency (a node's channels, an actor's links) is kept in compressed
 * rows: an offset per node into one array of indices.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitNetworkData"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mit-network-data.h"
#include "mit-store-private.h"

struct _MitNetworkData
{
  gatomicrefcount  ref_count;

  GStringChunk    *strings;
  GArray          *nodes;          /* of MitNetworkNode */
  GArray          *channels;       /* of MitNetworkChannel */
  GArray          *links;          /* of MitNetworkLink */
  GPtrArray       *field_lists;    /* the nodes' NULL-terminated field lists, in one array */
  guint            n_groups;

  GHashTable      *by_uid;         /* uid (borrowed) → index + 1 */
  GHashTable      *actor_ids;      /* gint64 * (owned) → index + 1 */
  GHashTable      *group_ids;

  /* compressed rows: node i's channels are
   * node_channels[channel_start[i] … channel_start[i + 1]) */
  guint           *channel_start;
  guint           *node_channels;
  guint           *link_start;
  guint           *node_links;
};

G_DEFINE_BOXED_TYPE (MitNetworkData, mit_network_data,
                     mit_network_data_ref, mit_network_data_unref)

static MitNetworkData *
network_data_new (void)
{
  MitNetworkData *self = g_new0 (MitNetworkData, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->strings = g_string_chunk_new (4096);
  self->nodes = g_array_new (FALSE, FALSE, sizeof (MitNetworkNode));
  self->channels = g_array_new (FALSE, FALSE, sizeof (MitNetworkChannel));
  self->links = g_array_new (FALSE, FALSE, sizeof (MitNetworkLink));
  self->field_lists = g_ptr_array_new ();
  self->by_uid = g_hash_table_new (g_str_hash, g_str_equal);
  self->actor_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->group_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return self;
}

MitNetworkData *
mit_network_data_ref (MitNetworkData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
mit_network_data_unref (MitNetworkData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_string_chunk_free (self->strings);
  g_array_unref (self->nodes);
  g_array_unref (self->channels);
  g_array_unref (self->links);
  g_ptr_array_unref (self->field_lists);
  g_hash_table_unref (self->by_uid);
  g_hash_table_unref (self->actor_ids);
  g_hash_table_unref (self->group_ids);
  g_free (self->channel_start);
  g_free (self->node_channels);
  g_free (self->link_start);
  g_free (self->node_links);
  g_free (self);
}

/* Builds the compressed rows of @n_edges edges with ends @ends (two node
 * indices per edge, the second G_MAXUINT when only one end counts, which
 * the stride and offset pick out). */
static void
build_rows (guint          n_nodes,
            guint          n_edges,
            const guint   *a,
            const guint   *b,
            gsize          stride,
            guint        **start_out,
            guint        **items_out)
{
  guint *start = g_new0 (guint, n_nodes + 2);
  guint *fill = g_new0 (guint, n_nodes + 1);
  guint *items;

  for (guint e = 0; e < n_edges; e++)
    {
      const guint *pa = (const guint *) ((const char *) a + e * stride);
      const guint *pb = (const guint *) ((const char *) b + e * stride);

      start[*pa + 1]++;
      if (*pb != *pa)
        start[*pb + 1]++;
    }
  for (guint i = 0; i < n_nodes; i++)
    start[i + 1] += start[i];
  items = g_new (guint, start[n_nodes] + 1);
  /* In edge order, so every row is ascending. */
  for (guint e = 0; e < n_edges; e++)
    {
      const guint *pa = (const guint *) ((const char *) a + e * stride);
      const guint *pb = (const guint *) ((const char *) b + e * stride);

      items[start[*pa] + fill[*pa]++] = e;
      if (*pb != *pa)
        items[start[*pb] + fill[*pb]++] = e;
    }
  g_free (fill);
  *start_out = start;
  *items_out = items;
}

static void
finish (MitNetworkData *self)
{
  guint n = self->nodes->len;

  /* The field lists point into field_lists, which is complete now: turn
   * the offsets kept while reading into pointers. */
  for (guint i = 0; i < n; i++)
    {
      MitNetworkNode *node = &g_array_index (self->nodes, MitNetworkNode, i);
      gsize offset = GPOINTER_TO_SIZE (node->fields);

      node->fields = (const char * const *) &g_ptr_array_index (self->field_lists, offset);
    }

  if (self->channels->len > 0)
    build_rows (n, self->channels->len,
                &g_array_index (self->channels, MitNetworkChannel, 0).actor,
                &g_array_index (self->channels, MitNetworkChannel, 0).group,
                sizeof (MitNetworkChannel), &self->channel_start, &self->node_channels);
  else
    build_rows (n, 0, NULL, NULL, 0, &self->channel_start, &self->node_channels);

  if (self->links->len > 0)
    build_rows (n, self->links->len,
                &g_array_index (self->links, MitNetworkLink, 0).actor_a,
                &g_array_index (self->links, MitNetworkLink, 0).actor_b,
                sizeof (MitNetworkLink), &self->link_start, &self->node_links);
  else
    build_rows (n, 0, NULL, NULL, 0, &self->link_start, &self->node_links);
}

/**
 * mit_network_data_new_empty:
 *
 * Returns: (transfer full): a snapshot without nodes
 */
MitNetworkData *
mit_network_data_new_empty (void)
{
  MitNetworkData *self = network_data_new ();

  g_ptr_array_add (self->field_lists, NULL);
  finish (self);
  return self;
}

static const char *
intern (MitNetworkData *self,
        const char     *text)
{
  return g_string_chunk_insert_const (self->strings, text ? text : "");
}

static guint
add_node (MitNetworkData    *self,
          sqlite3_stmt      *stmt,
          MitLayoutNodeKind  kind)
{
  MitNetworkNode node = { 0, };
  guint index = self->nodes->len;
  const char *joined;

  node.id = sqlite3_column_int64 (stmt, 1);
  node.uid = g_string_chunk_insert (self->strings, _mit_store_column_text (stmt, 2));
  node.name = g_string_chunk_insert (self->strings, _mit_store_column_text (stmt, 3));
  node.kind = kind;
  node.sector = CLAMP (sqlite3_column_int (stmt, 4), 0, MIT_SECTOR_LAST);
  node.district = intern (self, _mit_store_column_text (stmt, 5));
  node.level = sqlite3_column_type (stmt, 7) == SQLITE_NULL
               ? MIT_REACHABILITY_UNKNOWN
               : (MitReachability) CLAMP (sqlite3_column_int (stmt, 7), 0, MIT_REACHABILITY_LAST);

  /* An offset for now; finish() makes it a pointer. */
  node.fields = GSIZE_TO_POINTER ((gsize) self->field_lists->len);
  joined = (const char *) sqlite3_column_text (stmt, 6);
  if (joined != NULL && *joined != '\0')
    {
      g_auto(GStrv) keys = g_strsplit (joined, "\x1f", -1);

      for (guint k = 0; keys[k] != NULL; k++)
        if (*keys[k] != '\0')
          g_ptr_array_add (self->field_lists, (gpointer) intern (self, keys[k]));
    }
  g_ptr_array_add (self->field_lists, NULL);

  g_array_append_val (self->nodes, node);
  g_hash_table_insert (self->by_uid, (gpointer) node.uid, GUINT_TO_POINTER (index + 1));
  g_hash_table_insert (kind == MIT_LAYOUT_NODE_ACTOR ? self->actor_ids : self->group_ids,
                       g_memdup2 (&node.id, sizeof node.id), GUINT_TO_POINTER (index + 1));
  if (kind == MIT_LAYOUT_NODE_GROUP)
    self->n_groups++;
  return index;
}

static guint
find_index (GHashTable *ids,
            gint64      id)
{
  gpointer value = g_hash_table_lookup (ids, &id);

  return value ? GPOINTER_TO_UINT (value) - 1 : G_MAXUINT;
}

/**
 * mit_network_data_load:
 * @store: the store to read
 * @error: return location for an error
 *
 * Returns: (transfer full): the snapshot, or %NULL with @error set
 */
MitNetworkData *
mit_network_data_load (MitStore  *store,
                       GError   **error)
{
  /* Columns: what (0 actor, 1 group, 2 channel, 3 link), then
   *   nodes:    id, uid, name, sector, district, fields (joined by U+001F), level
   *   channels: id, how, -, strength, -, actor_id, group_id
   *   links:    actor a, actor b, -, contacts
   * "a.id IN (SELECT actor_id FROM channel)" reads the channels once
   * instead of probing them for every actor of the directory. */
  static const char sql[] =
    "WITH reaching (actor_id) AS MATERIALIZED (SELECT DISTINCT actor_id FROM channel) "
    "SELECT 0, a.id, a.uid, a.name, a.sector, a.district, "
    "  (SELECT group_concat (value, char (31)) FROM json_each (a.fields)), NULL "
    "FROM actor a WHERE a.id IN reaching "
    "UNION ALL "
    "SELECT 1, g.id, g.uid, g.name, 0, g.district, NULL, "
    "  (SELECT x.level FROM assessment x WHERE x.group_id = g.id "
    "   ORDER BY x.date DESC, x.id DESC LIMIT 1) "
    "FROM target_group g "
    "UNION ALL "
    "SELECT 2, c.id, c.how, NULL, c.strength, NULL, c.actor_id, c.group_id FROM channel c "
    "UNION ALL "
    "SELECT 3, x.actor_id, y.actor_id, NULL, count (*), NULL, NULL, NULL "
    "FROM affiliation x JOIN affiliation y ON y.person_id = x.person_id AND y.actor_id > x.actor_id "
    "WHERE x.actor_id IN reaching AND y.actor_id IN reaching "
    "GROUP BY x.actor_id, y.actor_id "
    "ORDER BY 1, 2, 3";
  g_autoptr(MitNetworkData) self = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = _mit_store_prepare (store, sql, error)))
    return NULL;

  self = network_data_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int what = sqlite3_column_int (stmt, 0);

      if (what == 0 || what == 1)
        {
          if (g_hash_table_contains (self->by_uid, _mit_store_column_text (stmt, 2)))
            {
              sqlite3_reset (stmt);
              g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_CORRUPT,
                           _("Two records have the same identifier “%s”"),
                           _mit_store_column_text (stmt, 2));
              return NULL;
            }
          add_node (self, stmt, what == 0 ? MIT_LAYOUT_NODE_ACTOR : MIT_LAYOUT_NODE_GROUP);
        }
      else if (what == 2)
        {
          MitNetworkChannel channel;

          channel.id = sqlite3_column_int64 (stmt, 1);
          channel.how = intern (self, _mit_store_column_text (stmt, 2));
          channel.strength = CLAMP (sqlite3_column_int (stmt, 4), 0, MIT_CHANNEL_STRENGTH_LAST);
          channel.actor = find_index (self->actor_ids, sqlite3_column_int64 (stmt, 6));
          channel.group = find_index (self->group_ids, sqlite3_column_int64 (stmt, 7));
          /* Foreign keys make both exist. */
          if (channel.actor != G_MAXUINT && channel.group != G_MAXUINT)
            g_array_append_val (self->channels, channel);
        }
      else
        {
          MitNetworkLink link;

          link.actor_a = find_index (self->actor_ids, sqlite3_column_int64 (stmt, 1));
          link.actor_b = find_index (self->actor_ids, sqlite3_column_int64 (stmt, 2));
          link.n_contacts = (guint) MAX (sqlite3_column_int (stmt, 4), 0);
          if (link.actor_a != G_MAXUINT && link.actor_b != G_MAXUINT)
            {
              if (link.actor_a > link.actor_b)
                {
                  guint t = link.actor_a;

                  link.actor_a = link.actor_b;
                  link.actor_b = t;
                }
              g_array_append_val (self->links, link);
            }
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (store, error, rc, _("Could not read the network"));
      return NULL;
    }

  g_ptr_array_add (self->field_lists, NULL);
  finish (self);
  return g_steal_pointer (&self);
}

guint
mit_network_data_get_n_nodes (MitNetworkData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->nodes->len;
}

guint
mit_network_data_get_n_groups (MitNetworkData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_groups;
}

const MitNetworkNode *
mit_network_data_get_node (MitNetworkData *self,
                           guint           node)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  return &g_array_index (self->nodes, MitNetworkNode, node);
}

guint
mit_network_data_lookup (MitNetworkData *self,
                         const char     *uid)
{
  gpointer value;

  g_return_val_if_fail (self != NULL, G_MAXUINT);

  if (uid == NULL)
    return G_MAXUINT;
  value = g_hash_table_lookup (self->by_uid, uid);
  return value ? GPOINTER_TO_UINT (value) - 1 : G_MAXUINT;
}

guint
mit_network_data_find (MitNetworkData    *self,
                       MitLayoutNodeKind  kind,
                       gint64             id)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);

  return find_index (kind == MIT_LAYOUT_NODE_GROUP ? self->group_ids : self->actor_ids, id);
}

guint
mit_network_data_get_n_channels (MitNetworkData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->channels->len;
}

const MitNetworkChannel *
mit_network_data_get_channel (MitNetworkData *self,
                              guint           channel)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (channel < self->channels->len, NULL);

  return &g_array_index (self->channels, MitNetworkChannel, channel);
}

guint
mit_network_data_get_n_links (MitNetworkData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->links->len;
}

const MitNetworkLink *
mit_network_data_get_link (MitNetworkData *self,
                           guint           link)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (link < self->links->len, NULL);

  return &g_array_index (self->links, MitNetworkLink, link);
}

const guint *
mit_network_data_get_node_channels (MitNetworkData *self,
                                    guint           node,
                                    guint          *n_channels)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_channels != NULL, NULL);

  *n_channels = 0;
  g_return_val_if_fail (node < self->nodes->len, self->node_channels);
  *n_channels = self->channel_start[node + 1] - self->channel_start[node];
  return self->node_channels + self->channel_start[node];
}

const guint *
mit_network_data_get_node_links (MitNetworkData *self,
                                 guint           node,
                                 guint          *n_links)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_links != NULL, NULL);

  *n_links = 0;
  g_return_val_if_fail (node < self->nodes->len, self->node_links);
  *n_links = self->link_start[node + 1] - self->link_start[node];
  return self->node_links + self->link_start[node];
}

/**
 * mit_network_data_build_layout_graph:
 *
 * Returns: (transfer full): the graph to lay out
 */
MitLayoutGraph *
mit_network_data_build_layout_graph (MitNetworkData *self)
{
  MitLayoutGraph *graph;

  g_return_val_if_fail (self != NULL, NULL);

  graph = mit_layout_graph_new ();
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const MitNetworkNode *node = &g_array_index (self->nodes, MitNetworkNode, i);

      mit_layout_graph_add_node (graph, node->uid, node->kind);
    }
  for (guint c = 0; c < self->channels->len; c++)
    {
      const MitNetworkChannel *channel = &g_array_index (self->channels, MitNetworkChannel, c);

      mit_layout_graph_add_edge (graph, channel->actor, channel->group,
                                 mit_layout_weight_for_strength (channel->strength));
    }
  return graph;
}

/* ---- highlights ------------------------------------------------------------ */

void
mit_network_highlight_free (MitNetworkHighlight *highlight)
{
  if (highlight == NULL)
    return;
  g_array_unref (highlight->nodes);
  g_array_unref (highlight->channels);
  g_array_unref (highlight->links);
  g_free (highlight);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static gboolean
sorted_has (const GArray *array,
            guint         value)
{
  guint lo = 0, hi = array->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint v = g_array_index (array, guint, mid);

      if (v == value)
        return TRUE;
      if (v < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

gboolean
mit_network_highlight_has_node (const MitNetworkHighlight *highlight,
                                guint                      node)
{
  g_return_val_if_fail (highlight != NULL, FALSE);

  return sorted_has (highlight->nodes, node);
}

gboolean
mit_network_highlight_has_channel (const MitNetworkHighlight *highlight,
                                   guint                      channel)
{
  g_return_val_if_fail (highlight != NULL, FALSE);

  return sorted_has (highlight->channels, channel);
}

gboolean
mit_network_highlight_has_link (const MitNetworkHighlight *highlight,
                                guint                      link)
{
  g_return_val_if_fail (highlight != NULL, FALSE);

  return sorted_has (highlight->links, link);
}

/* Sorts and drops repeats. */
static void
sort_unique (GArray *array)
{
  guint out = 0;

  g_array_sort (array, compare_uints);
  for (guint i = 0; i < array->len; i++)
    if (out == 0 || g_array_index (array, guint, i) != g_array_index (array, guint, out - 1))
      g_array_index (array, guint, out++) = g_array_index (array, guint, i);
  g_array_set_size (array, out);
}

static void
add_links_of_actor (MitNetworkData      *self,
                    MitNetworkHighlight *highlight,
                    guint                actor)
{
  guint n_links;
  const guint *links = mit_network_data_get_node_links (self, actor, &n_links);

  for (guint l = 0; l < n_links; l++)
    {
      const MitNetworkLink *link = mit_network_data_get_link (self, links[l]);
      guint other = link->actor_a == actor ? link->actor_b : link->actor_a;

      g_array_append_val (highlight->links, links[l]);
      g_array_append_val (highlight->nodes, other);
    }
}

/**
 * mit_network_data_find_multiplier_paths:
 * @node: a node index
 *
 * Returns: (transfer full): what to highlight; empty for an index out of
 *   range
 */
MitNetworkHighlight *
mit_network_data_find_multiplier_paths (MitNetworkData *self,
                                        guint           node)
{
  MitNetworkHighlight *highlight;
  const MitNetworkNode *start;
  const guint *channels;
  guint n_channels;

  g_return_val_if_fail (self != NULL, NULL);

  highlight = g_new0 (MitNetworkHighlight, 1);
  highlight->nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  highlight->channels = g_array_new (FALSE, FALSE, sizeof (guint));
  highlight->links = g_array_new (FALSE, FALSE, sizeof (guint));
  if (node >= self->nodes->len)
    return highlight;

  start = mit_network_data_get_node (self, node);
  g_array_append_val (highlight->nodes, node);
  channels = mit_network_data_get_node_channels (self, node, &n_channels);
  g_array_append_vals (highlight->channels, channels, n_channels);

  for (guint c = 0; c < n_channels; c++)
    {
      const MitNetworkChannel *channel = mit_network_data_get_channel (self, channels[c]);

      if (start->kind == MIT_LAYOUT_NODE_GROUP)
        {
          /* G ← A, then every A ← B */
          g_array_append_val (highlight->nodes, channel->actor);
          add_links_of_actor (self, highlight, channel->actor);
        }
      else
        g_array_append_val (highlight->nodes, channel->group);
    }
  if (start->kind == MIT_LAYOUT_NODE_ACTOR)
    add_links_of_actor (self, highlight, node);

  sort_unique (highlight->nodes);
  sort_unique (highlight->channels);
  sort_unique (highlight->links);
  return highlight;
}

/* ---- filters ---------------------------------------------------------------- */

void
mit_network_filter_init (MitNetworkFilter *filter)
{
  g_return_if_fail (filter != NULL);

  filter->field = NULL;
  filter->district = NULL;
  filter->level = MIT_NETWORK_FILTER_ANY_LEVEL;
}

gboolean
mit_network_filter_is_empty (const MitNetworkFilter *filter)
{
  g_return_val_if_fail (filter != NULL, TRUE);

  return filter->field == NULL && filter->district == NULL &&
         filter->level == MIT_NETWORK_FILTER_ANY_LEVEL;
}

static gboolean
has_field (const MitNetworkNode *node,
           const char           *field)
{
  for (guint i = 0; node->fields[i] != NULL; i++)
    if (strcmp (node->fields[i], field) == 0)
      return TRUE;
  return FALSE;
}

guint
mit_network_data_filter (MitNetworkData         *self,
                         const MitNetworkFilter *filter,
                         guint8                 *visible)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (filter != NULL, 0);
  g_return_val_if_fail (visible != NULL || self->nodes->len == 0, 0);

  /* Each node by itself first. */
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const MitNetworkNode *node = &g_array_index (self->nodes, MitNetworkNode, i);
      gboolean shown = filter->district == NULL || strcmp (node->district, filter->district) == 0;

      if (node->kind == MIT_LAYOUT_NODE_ACTOR)
        shown = shown && (filter->field == NULL || has_field (node, filter->field));
      else
        shown = shown && (filter->level == MIT_NETWORK_FILTER_ANY_LEVEL ||
                          (int) node->level == filter->level);
      visible[i] = shown;
    }

  /* A level keeps the actors that reach a group at that level … */
  if (filter->level != MIT_NETWORK_FILTER_ANY_LEVEL)
    for (guint i = 0; i < self->nodes->len; i++)
      {
        const MitNetworkNode *node = &g_array_index (self->nodes, MitNetworkNode, i);
        guint n_channels;
        const guint *channels;
        gboolean reaches = FALSE;

        if (node->kind != MIT_LAYOUT_NODE_ACTOR || !visible[i])
          continue;
        channels = mit_network_data_get_node_channels (self, i, &n_channels);
        for (guint c = 0; c < n_channels && !reaches; c++)
          reaches = visible[mit_network_data_get_channel (self, channels[c])->group];
        visible[i] = reaches;
      }

  /* … and a field the groups that such actors reach. */
  if (filter->field != NULL)
    for (guint i = 0; i < self->nodes->len; i++)
      {
        const MitNetworkNode *node = &g_array_index (self->nodes, MitNetworkNode, i);
        guint n_channels;
        const guint *channels;
        gboolean reached = FALSE;

        if (node->kind != MIT_LAYOUT_NODE_GROUP || !visible[i])
          continue;
        channels = mit_network_data_get_node_channels (self, i, &n_channels);
        for (guint c = 0; c < n_channels && !reached; c++)
          reached = visible[mit_network_data_get_channel (self, channels[c])->actor];
        visible[i] = reached;
      }

  for (guint i = 0; i < self->nodes->len; i++)
    n += visible[i];
  return n;
}
