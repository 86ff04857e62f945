/* mit-topic-item.h: a topic as a node of the Topics tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-store-portal.h"

G_BEGIN_DECLS

#define MIT_TYPE_TOPIC_ITEM (mit_topic_item_get_type ())
G_DECLARE_FINAL_TYPE (MitTopicItem, mit_topic_item, MIT, TOPIC_ITEM, GObject)

/* Takes @topic over. */
MitTopicItem   *mit_topic_item_new          (MitTopic     *topic);
const MitTopic *mit_topic_item_get_topic    (MitTopicItem *self);
/* The sub-topics, a GListModel of MitTopicItem (possibly empty). */
GListModel     *mit_topic_item_get_children (MitTopicItem *self);

/* The tree of @topics (MitTopic in tree order, as mit_store_list_topics()
 * gives them; copied), keeping only those whose title matches @search
 * (mit_topic_title_matches(); NULL or "" keeps all) and the topics above
 * them. A topic whose parent is not kept is a root. Returns the roots, a
 * GListStore of MitTopicItem. @items (may be NULL), a table made with
 * g_free() and g_object_unref() as destroy functions, receives every node
 * by path. */
GListStore     *mit_topic_item_build_tree   (GPtrArray    *topics,
                                             const char   *search,
                                             GHashTable   *items);

G_END_DECLS
