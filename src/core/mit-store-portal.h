/* mit-store-portal.h: subscriptions to a portal, the origin of synced
 * records, and the portal's pages (topics) in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-store.h"

G_BEGIN_DECLS

/* One region of one portal that the user subscribed to. */
typedef struct
{
  gint64  id;                /* 0 until saved */
  char   *uid;
  char   *base_url;          /* "https://cms.integreat-app.de" */
  char   *region;            /* slug, "augsburg" */
  char   *region_name;       /* "Stadt Augsburg", for people */
  char  **languages;         /* the region's default language first; never NULL */
  char   *category_map;      /* JSON object, see resources/sql/0006-portal.sql */
  guint   interval_minutes;  /* 0: only on demand */
  char   *last_sync;         /* "YYYY-MM-DDTHH:MM:SSZ" or "" */
} MitSubscription;

#define MIT_TYPE_SUBSCRIPTION (mit_subscription_get_type ())
GType            mit_subscription_get_type (void) G_GNUC_CONST;
MitSubscription *mit_subscription_new      (const char            *base_url,
                                            const char            *region);
MitSubscription *mit_subscription_copy     (const MitSubscription *self);
void             mit_subscription_free     (MitSubscription       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitSubscription, mit_subscription_free)

/* Inserts (id 0) or updates. The base URL must be http(s) with a host,
 * the region a slug, and there must be at least one language. Sets id and
 * uid. Not part of the undo history. */
gboolean         mit_store_save_subscription   (MitStore         *self,
                                                MitSubscription  *subscription,
                                                GError          **error);
/* By base URL, then region. A GPtrArray of MitSubscription. */
GPtrArray       *mit_store_list_subscriptions  (MitStore         *self,
                                                GError          **error);
MitSubscription *mit_store_load_subscription   (MitStore         *self,
                                                gint64            id,
                                                GError          **error);
/* Ends the subscription: its topics and the origins of its records go;
 * the actors and events it brought stay, as local records. */
gboolean         mit_store_delete_subscription (MitStore         *self,
                                                gint64            id,
                                                GError          **error);

/* Where a synced actor or event came from. */
typedef struct
{
  gint64  id;
  gint64  subscription_id;
  char   *tbl;        /* "actor" or "event" */
  char   *language;
  char   *key;        /* the portal's stable key */
  gint64  row_id;     /* the record here */
  char   *hash;       /* content hash of the portal's item last seen */
  char   *base;       /* JSON object: the mapped fields as last taken */
  char   *theirs;     /* JSON object: the portal's values in conflict, or NULL */
  char   *removed;    /* when the portal stopped listing it, or "" */
} MitOrigin;

void       mit_origin_free (MitOrigin *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitOrigin, mit_origin_free)

/* The origins of one subscription's records of @tbl, by key: a hash table
 * from key (char *) to MitOrigin, owning both. */
GHashTable *mit_store_load_origins   (MitStore        *self,
                                      gint64           subscription_id,
                                      const char      *tbl,
                                      GError         **error);
/* The origin of a record here, or NULL (no error) when it was not synced. */
MitOrigin  *mit_store_find_origin    (MitStore        *self,
                                      const char      *tbl,
                                      gint64           row_id,
                                      GError         **error);
/* Inserts or replaces the origin of (subscription, tbl, key); sets its id.
 * Joins the open transaction. */
gboolean    mit_store_put_origin     (MitStore        *self,
                                      MitOrigin       *origin,
                                      GError         **error);
/* Every origin with a conflict waiting for the user, whose record still
 * exists. A GPtrArray of MitOrigin. */
GPtrArray  *mit_store_list_conflicts (MitStore        *self,
                                      GError         **error);

/* A page of the portal. */
typedef struct
{
  gint64  id;
  gint64  subscription_id;
  char   *language;
  char   *path;          /* the portal's stable key */
  char   *parent_path;   /* "" for a root page */
  int     position;
  char   *title;
  char   *content;       /* sanitised HTML */
  char   *last_updated;
  char   *hash;
  char   *removed;       /* "" while the portal lists it */
} MitTopic;

void       mit_topic_free (MitTopic *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitTopic, mit_topic_free)

/* Path → hash of one subscription's topics in @language (a hash table
 * owning both strings); removed ones are included. */
GHashTable *mit_store_load_topic_hashes (MitStore   *self,
                                         gint64      subscription_id,
                                         const char *language,
                                         GError    **error);
/* Inserts or replaces by (subscription, language, path). Joins the open
 * transaction. */
gboolean    mit_store_put_topic         (MitStore   *self,
                                         MitTopic   *topic,
                                         GError    **error);
/* Marks the topic removed (today) unless it is already. */
gboolean    mit_store_mark_topic_removed (MitStore   *self,
                                          gint64      subscription_id,
                                          const char *language,
                                          const char *path,
                                          GError    **error);
/* The topics in @language of every subscription (NULL: all languages), in
 * tree order: parents before their children, siblings by position. A
 * GPtrArray of MitTopic. */
GPtrArray  *mit_store_list_topics       (MitStore   *self,
                                         const char *language,
                                         GError    **error);
MitTopic   *mit_store_find_topic        (MitStore   *self,
                                         const char *path,
                                         GError    **error);
/* The languages that have topics, sorted. NULL-terminated. */
char      **mit_store_list_topic_languages (MitStore *self,
                                            GError  **error);

G_END_DECLS
