/* mit-topic-item.c: a topic as a node of the Topics tree
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitTopicItem"

#include "config.h"

#include "mit-topic-format.h"
#include "mit-topic-item.h"

struct _MitTopicItem
{
  GObject     parent_instance;

  /* owned */
  MitTopic   *topic;
  GListStore *children;
};

G_DEFINE_FINAL_TYPE (MitTopicItem, mit_topic_item, G_TYPE_OBJECT)

static void
mit_topic_item_dispose (GObject *object)
{
  MitTopicItem *self = MIT_TOPIC_ITEM (object);

  g_clear_object (&self->children);

  G_OBJECT_CLASS (mit_topic_item_parent_class)->dispose (object);
}

static void
mit_topic_item_finalize (GObject *object)
{
  MitTopicItem *self = MIT_TOPIC_ITEM (object);

  g_clear_pointer (&self->topic, mit_topic_free);

  G_OBJECT_CLASS (mit_topic_item_parent_class)->finalize (object);
}

static void
mit_topic_item_class_init (MitTopicItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mit_topic_item_dispose;
  object_class->finalize = mit_topic_item_finalize;
}

static void
mit_topic_item_init (MitTopicItem *self)
{
  self->children = g_list_store_new (MIT_TYPE_TOPIC_ITEM);
}

MitTopicItem *
mit_topic_item_new (MitTopic *topic)
{
  MitTopicItem *self;

  g_return_val_if_fail (topic != NULL, NULL);

  self = g_object_new (MIT_TYPE_TOPIC_ITEM, NULL);
  self->topic = topic;
  return self;
}

const MitTopic *
mit_topic_item_get_topic (MitTopicItem *self)
{
  g_return_val_if_fail (MIT_IS_TOPIC_ITEM (self), NULL);

  return self->topic;
}

GListModel *
mit_topic_item_get_children (MitTopicItem *self)
{
  g_return_val_if_fail (MIT_IS_TOPIC_ITEM (self), NULL);

  return G_LIST_MODEL (self->children);
}

static MitTopic *
copy_topic (const MitTopic *topic)
{
  MitTopic *copy = g_new0 (MitTopic, 1);

  copy->id = topic->id;
  copy->subscription_id = topic->subscription_id;
  copy->language = g_strdup (topic->language);
  copy->path = g_strdup (topic->path);
  copy->parent_path = g_strdup (topic->parent_path ? topic->parent_path : "");
  copy->position = topic->position;
  copy->title = g_strdup (topic->title);
  copy->content = g_strdup (topic->content);
  copy->last_updated = g_strdup (topic->last_updated);
  copy->hash = g_strdup (topic->hash);
  copy->removed = g_strdup (topic->removed ? topic->removed : "");
  return copy;
}

GListStore *
mit_topic_item_build_tree (GPtrArray  *topics,
                           const char *search,
                           GHashTable *items)
{
  g_autoptr(GHashTable) by_path = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) nodes = g_hash_table_new (g_str_hash, g_str_equal);
  GListStore *roots = g_list_store_new (MIT_TYPE_TOPIC_ITEM);
  gboolean searching = search != NULL && *search != '\0';

  g_return_val_if_fail (topics != NULL, roots);

  for (guint i = 0; i < topics->len; i++)
    {
      MitTopic *topic = g_ptr_array_index (topics, i);

      if (!g_hash_table_contains (by_path, topic->path))
        g_hash_table_insert (by_path, topic->path, topic);
    }

  /* A match keeps the topics above it, so it is found where it lives. */
  for (guint i = 0; searching && i < topics->len; i++)
    {
      MitTopic *topic = g_ptr_array_index (topics, i);

      if (!mit_topic_title_matches (topic->title, search))
        continue;
      /* At most one step per topic: a cycle cannot hold us. */
      for (guint steps = 0; topic != NULL && steps <= topics->len; steps++)
        {
          if (g_hash_table_contains (kept, topic->path))
            break;
          g_hash_table_add (kept, topic->path);
          topic = topic->parent_path != NULL && *topic->parent_path != '\0'
                  ? g_hash_table_lookup (by_path, topic->parent_path) : NULL;
        }
    }

  for (guint i = 0; i < topics->len; i++)
    {
      MitTopic *topic = g_ptr_array_index (topics, i);
      g_autoptr(MitTopicItem) item = NULL;
      MitTopicItem *parent;

      if (searching && !g_hash_table_contains (kept, topic->path))
        continue;
      if (g_hash_table_contains (nodes, topic->path))
        continue;

      item = mit_topic_item_new (copy_topic (topic));
      parent = topic->parent_path != NULL && *topic->parent_path != '\0'
               ? g_hash_table_lookup (nodes, topic->parent_path) : NULL;
      g_list_store_append (parent != NULL ? parent->children : roots, item);
      g_hash_table_insert (nodes, item->topic->path, item);
      if (items != NULL)
        g_hash_table_insert (items, g_strdup (item->topic->path), g_object_ref (item));
    }
  return roots;
}
