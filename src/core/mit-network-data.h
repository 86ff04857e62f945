/* mit-network-data.h: what the network map shows: actors, groups, channels and their attributes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-network-layout.h"

G_BEGIN_DECLS

/* A read-only snapshot of the network as the map shows it: every actor
 * that has a channel and every target group are the nodes, the channels
 * (actor → group) and the links between actors (a contact person
 * affiliated with both) the edges. Reference counted, immutable, and so
 * safe to share between threads. */
typedef struct _MitNetworkData MitNetworkData;

#define MIT_TYPE_NETWORK_DATA (mit_network_data_get_type ())

/**
 * MitNetworkNode:
 * @id: the record's id (actor or target group)
 * @uid: the record's uid; the key of the node in the layout graph
 * @name: the record's name
 * @kind: actor or target group
 * @sector: an actor's sector (professional for groups)
 * @district: the district, "" when none
 * @fields: an actor's fields of action (keys of the "field" vocabulary),
 *   NULL-terminated; empty for groups
 * @level: a group's current reachability (its latest assessment);
 *   %MIT_REACHABILITY_UNKNOWN for actors and for groups never assessed
 *
 * One node of the map. Owned by the snapshot.
 */
typedef struct
{
  gint64              id;
  const char         *uid;
  const char         *name;
  MitLayoutNodeKind   kind;
  MitSector           sector;
  const char         *district;
  const char * const *fields;
  MitReachability     level;
} MitNetworkNode;

/**
 * MitNetworkChannel:
 * @id: the channel's id
 * @actor: the node index of the actor
 * @group: the node index of the target group
 * @how: one of the MIT_CHANNEL_HOW_* keys
 * @strength: how well the actor reaches the group
 */
typedef struct
{
  gint64              id;
  guint               actor;
  guint               group;
  const char         *how;
  MitChannelStrength  strength;
} MitNetworkChannel;

/**
 * MitNetworkLink:
 * @actor_a: the node index of one actor
 * @actor_b: the node index of the other (@actor_a < @actor_b)
 * @n_contacts: how many persons are affiliated with both
 *
 * Two actors of the map that share a contact person.
 */
typedef struct
{
  guint  actor_a;
  guint  actor_b;
  guint  n_contacts;
} MitNetworkLink;

GType                    mit_network_data_get_type        (void) G_GNUC_CONST;

/* Reads the snapshot from @store in one statement, so it is consistent
 * even while another connection writes. Nodes come actors first, then
 * groups, each by id. Errors in MIT_STORE_ERROR. */
MitNetworkData          *mit_network_data_load            (MitStore          *store,
                                                           GError           **error);
/* An empty snapshot. */
MitNetworkData          *mit_network_data_new_empty       (void);
MitNetworkData          *mit_network_data_ref             (MitNetworkData    *self);
void                     mit_network_data_unref           (MitNetworkData    *self);

guint                    mit_network_data_get_n_nodes     (MitNetworkData    *self);
guint                    mit_network_data_get_n_groups    (MitNetworkData    *self);
const MitNetworkNode    *mit_network_data_get_node        (MitNetworkData    *self,
                                                           guint              node);
/* The index of the node with @uid, or G_MAXUINT. */
guint                    mit_network_data_lookup          (MitNetworkData    *self,
                                                           const char        *uid);
/* The index of the actor or group with @id, or G_MAXUINT. */
guint                    mit_network_data_find            (MitNetworkData    *self,
                                                           MitLayoutNodeKind  kind,
                                                           gint64             id);

guint                    mit_network_data_get_n_channels  (MitNetworkData    *self);
const MitNetworkChannel *mit_network_data_get_channel     (MitNetworkData    *self,
                                                           guint              channel);
guint                    mit_network_data_get_n_links     (MitNetworkData    *self);
const MitNetworkLink    *mit_network_data_get_link        (MitNetworkData    *self,
                                                           guint              link);

/* The channels of a node (an actor's or a group's) as channel indices in
 * ascending order; sets *@n_channels. Owned by the snapshot. */
const guint             *mit_network_data_get_node_channels (MitNetworkData  *self,
                                                             guint            node,
                                                             guint           *n_channels);
/* The links of an actor as link indices in ascending order (none for a
 * group). */
const guint             *mit_network_data_get_node_links  (MitNetworkData    *self,
                                                           guint              node,
                                                           guint             *n_links);

/* The layout graph of the snapshot: one node per node of the snapshot, in
 * the same order and keyed by uid, one edge per channel weighted by its
 * strength (mit_layout_weight_for_strength()). The links between actors
 * do not move the layout. */
MitLayoutGraph          *mit_network_data_build_layout_graph (MitNetworkData *self);

/**
 * MitNetworkHighlight:
 * @nodes: node indices (guint), ascending
 * @channels: channel indices (guint), ascending
 * @links: link indices (guint), ascending
 *
 * A part of the map to highlight.
 */
typedef struct
{
  GArray *nodes;
  GArray *channels;
  GArray *links;
} MitNetworkHighlight;

void                     mit_network_highlight_free       (MitNetworkHighlight *highlight);
/* Whether @node, @channel, @link are part of it (binary search). */
gboolean                 mit_network_highlight_has_node   (const MitNetworkHighlight *highlight,
                                                           guint                      node);
gboolean                 mit_network_highlight_has_channel (const MitNetworkHighlight *highlight,
                                                            guint                      channel);
gboolean                 mit_network_highlight_has_link   (const MitNetworkHighlight *highlight,
                                                           guint                      link);

/* The multiplier paths of the target group @node: every path G ← A ← B,
 * where actor A has a channel to G (any "how"; the map emphasises the
 * multiplier channels) and actor B shares a contact person with A (a
 * link). The result holds G, every such A and B, the channels of the A to
 * G and the links A–B.
 *
 * For an actor @node, the paths it starts: the actor, its channels and
 * their groups, its links and the actors at their other ends. */
MitNetworkHighlight     *mit_network_data_find_multiplier_paths (MitNetworkData *self,
                                                                 guint           node);

/* Which nodes to show. */
#define MIT_NETWORK_FILTER_ANY_LEVEL (-2)

/**
 * MitNetworkFilter:
 * @field: a field-of-action key, or %NULL for any
 * @district: a district, or %NULL for any
 * @level: a #MitReachability (%MIT_REACHABILITY_UNKNOWN: not assessed),
 *   or %MIT_NETWORK_FILTER_ANY_LEVEL
 *
 * Borrowed strings; initialise with mit_network_filter_init().
 */
typedef struct
{
  const char *field;
  const char *district;
  int         level;
} MitNetworkFilter;

void                     mit_network_filter_init          (MitNetworkFilter       *filter);
gboolean                 mit_network_filter_is_empty      (const MitNetworkFilter *filter);

/* Fills @visible (one byte per node, 1 shown, 0 hidden) and returns the
 * number of nodes shown. An actor must work in @field and lie in
 * @district; a group must be at @level and lie in @district. With a field
 * chosen, a group is shown only when a shown actor reaches it; with a
 * level chosen, an actor only when it reaches a shown group. */
guint                    mit_network_data_filter          (MitNetworkData         *self,
                                                           const MitNetworkFilter *filter,
                                                           guint8                 *visible);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitNetworkData, mit_network_data_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitNetworkHighlight, mit_network_highlight_free)

G_END_DECLS
