/* mit-query-model.c: a GListModel over a query of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitQueryModel"

#include "config.h"

#include <string.h>

#include "mit-query-model.h"

/* Rows are loaded this many at a time. */
#define PAGE_SIZE 64
/* Past this many cached rows, those nobody else holds are dropped. */
#define CACHE_LIMIT 1024

struct _MitQueryModel
{
  GObject         parent_instance;

  /* owned */
  MitStore       *store;
  GArray         *ids;          /* gint64, in list order */
  GHashTable     *cache;        /* gint64 id → MitActor / MitPerson */
  MitActorFilter  filter;
  char           *search_text;

  MitRecordKind   kind;
  guint           pages_loaded;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MitQueryModel, mit_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
item_type (MitQueryModel *self)
{
  return self->kind == MIT_RECORD_PERSON ? MIT_TYPE_PERSON : MIT_TYPE_ACTOR;
}

static GPtrArray *
load_rows (MitQueryModel *self,
           const gint64  *ids,
           guint          n_ids)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  if (self->kind == MIT_RECORD_PERSON)
    rows = mit_store_load_persons (self->store, ids, n_ids, &error);
  else
    rows = mit_store_load_actors (self->store, ids, n_ids, &error);

  if (rows == NULL)
    {
      g_warning ("Could not load rows: %s", error->message);
      rows = g_ptr_array_new_with_free_func (g_object_unref);
    }
  return rows;
}

static gint64
row_id (MitQueryModel *self,
        gpointer       row)
{
  if (self->kind == MIT_RECORD_PERSON)
    return mit_person_get_id (row);
  return mit_actor_get_id (row);
}

/* Copies the stored values into the object the list already shows, so
 * that rows, selections and editors keep the same object. */
static void
refresh_row (MitQueryModel *self,
             gpointer       cached,
             gpointer       fresh)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_object_freeze_notify (cached);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (fresh), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_WRITABLE) || (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (fresh, pspecs[i]->name, &value);
      g_object_set_property (cached, pspecs[i]->name, &value);
    }
  if (self->kind == MIT_RECORD_PERSON)
    _mit_person_set_identity (cached, mit_person_get_id (fresh), mit_person_get_uid (fresh),
                              mit_person_get_created (fresh), mit_person_get_modified (fresh));
  else
    _mit_actor_set_identity (cached, mit_actor_get_id (fresh), mit_actor_get_uid (fresh),
                             mit_actor_get_created (fresh), mit_actor_get_modified (fresh));
  g_object_thaw_notify (cached);
}

static void
trim_cache (MitQueryModel *self)
{
  GHashTableIter iter;
  gpointer row;

  if (g_hash_table_size (self->cache) <= CACHE_LIMIT)
    return;

  /* Keep what a row widget, a selection or an editor still holds. */
  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    if (G_OBJECT (row)->ref_count == 1)
      g_hash_table_iter_remove (&iter);
}

static GType
mit_query_model_get_item_type (GListModel *model)
{
  return item_type (MIT_QUERY_MODEL (model));
}

static guint
mit_query_model_get_n_items (GListModel *model)
{
  return MIT_QUERY_MODEL (model)->ids->len;
}

static gpointer
mit_query_model_get_item (GListModel *model,
                          guint       position)
{
  MitQueryModel *self = MIT_QUERY_MODEL (model);
  g_autoptr(GArray) wanted = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id;
  gpointer row;
  guint start, end;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  row = g_hash_table_lookup (self->cache, &id);
  if (row != NULL)
    return g_object_ref (row);

  trim_cache (self);

  /* Load the page around @position, leaving out what is cached. */
  start = (position / PAGE_SIZE) * PAGE_SIZE;
  end = MIN (start + PAGE_SIZE, self->ids->len);
  wanted = g_array_sized_new (FALSE, FALSE, sizeof (gint64), end - start);
  for (guint i = start; i < end; i++)
    {
      gint64 page_id = g_array_index (self->ids, gint64, i);

      if (!g_hash_table_contains (self->cache, &page_id))
        g_array_append_val (wanted, page_id);
    }
  rows = load_rows (self, (const gint64 *)(gpointer)wanted->data, wanted->len);
  self->pages_loaded++;
  for (guint i = 0; i < rows->len; i++)
    {
      gpointer loaded = g_ptr_array_index (rows, i);
      gint64 *key = g_new (gint64, 1);

      *key = row_id (self, loaded);
      g_hash_table_insert (self->cache, key, g_object_ref (loaded));
    }

  row = g_hash_table_lookup (self->cache, &id);
  if (row == NULL)
    {
      /* Deleted by another connection since the ids were read; the next
       * reload removes the position. Until then show an empty row. */
      row = g_object_new (item_type (self), NULL);
      return row;
    }
  return g_object_ref (row);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = mit_query_model_get_item_type;
  iface->get_n_items = mit_query_model_get_n_items;
  iface->get_item = mit_query_model_get_item;
}

static GArray *
query_ids (MitQueryModel *self)
{
  g_autoptr(GError) error = NULL;
  GArray *ids;

  if (self->kind == MIT_RECORD_PERSON)
    ids = mit_store_find_person_ids (self->store, self->search_text, &error);
  else
    ids = mit_store_find_actor_ids (self->store, &self->filter, &error);

  if (ids == NULL)
    {
      g_warning ("Could not run the query: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  return ids;
}

/* Refreshes the cached rows from the database and drops the ones that are
 * gone, in one query. */
static void
refresh_cache (MitQueryModel *self)
{
  g_autoptr(GArray) cached_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key, row;

  if (g_hash_table_size (self->cache) == 0)
    return;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (cached_ids, *(gint64 *)key);

  rows = load_rows (self, (const gint64 *)(gpointer)cached_ids->data, cached_ids->len);
  for (guint i = 0; i < rows->len; i++)
    {
      gpointer fresh = g_ptr_array_index (rows, i);
      gint64 id = row_id (self, fresh);
      gpointer cached = g_hash_table_lookup (self->cache, &id);

      if (cached)
        {
          refresh_row (self, cached, fresh);
          g_hash_table_add (seen, cached);
        }
    }

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    if (!g_hash_table_contains (seen, row))
      g_hash_table_iter_remove (&iter);
}

static void
replace_ids (MitQueryModel *self,
             GArray        *ids)
{
  g_autoptr(GArray) old = self->ids;
  guint prefix = 0, suffix = 0;
  guint old_len = old->len, new_len = ids->len;
  const gint64 *a = (const gint64 *)(gpointer)old->data;
  const gint64 *b = (const gint64 *)(gpointer)ids->data;

  self->ids = ids;

  while (prefix < old_len && prefix < new_len && a[prefix] == b[prefix])
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && a[old_len - 1 - suffix] == b[new_len - 1 - suffix])
    suffix++;

  if (prefix == old_len && prefix == new_len)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_len - prefix - suffix, new_len - prefix - suffix);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

void
mit_query_model_reload (MitQueryModel *self)
{
  g_return_if_fail (MIT_IS_QUERY_MODEL (self));

  refresh_cache (self);
  replace_ids (self, query_ids (self));
}

static void
store_changed_cb (MitQueryModel *self,
                  guint          kinds,
                  MitStore      *store)
{
  /* An actor's search entry also holds the names of its people. */
  MitRecordKind relevant = self->kind == MIT_RECORD_PERSON
    ? MIT_RECORD_PERSON
    : MIT_RECORD_ACTOR | MIT_RECORD_PERSON | MIT_RECORD_AFFILIATION;

  if (kinds & relevant)
    mit_query_model_reload (self);
}

static void
mit_query_model_dispose (GObject *object)
{
  MitQueryModel *self = (MitQueryModel *)object;

  if (self->store)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);
  if (self->cache)
    g_hash_table_remove_all (self->cache);

  G_OBJECT_CLASS (mit_query_model_parent_class)->dispose (object);
}

static void
mit_query_model_finalize (GObject *object)
{
  MitQueryModel *self = (MitQueryModel *)object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);
  mit_actor_filter_clear (&self->filter);

  G_OBJECT_CLASS (mit_query_model_parent_class)->finalize (object);
}

static void
mit_query_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MitQueryModel *self = MIT_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_query_model_class_init (MitQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mit_query_model_dispose;
  object_class->finalize = mit_query_model_finalize;
  object_class->get_property = mit_query_model_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_query_model_init (MitQueryModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  mit_actor_filter_init (&self->filter);
}

/**
 * mit_query_model_new:
 * @kind: %MIT_RECORD_ACTOR or %MIT_RECORD_PERSON
 *
 * Returns: (transfer full): a model of all actors or persons, by name
 */
MitQueryModel *
mit_query_model_new (MitStore      *store,
                     MitRecordKind  kind)
{
  MitQueryModel *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == MIT_RECORD_ACTOR || kind == MIT_RECORD_PERSON, NULL);

  self = g_object_new (MIT_TYPE_QUERY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_array_unref (self->ids);
  self->ids = query_ids (self);
  return self;
}

MitStore *
mit_query_model_get_store (MitQueryModel *self)
{
  g_return_val_if_fail (MIT_IS_QUERY_MODEL (self), NULL);
  return self->store;
}

static char *
dup_set (const char *s)
{
  return s && *s ? g_strdup (s) : NULL;
}

void
mit_query_model_set_actor_filter (MitQueryModel        *self,
                                  const MitActorFilter *filter)
{
  g_return_if_fail (MIT_IS_QUERY_MODEL (self));
  g_return_if_fail (self->kind == MIT_RECORD_ACTOR);

  mit_actor_filter_clear (&self->filter);
  if (filter)
    {
      self->filter.text = dup_set (filter->text);
      self->filter.field = dup_set (filter->field);
      self->filter.kind = dup_set (filter->kind);
      self->filter.language = dup_set (filter->language);
      self->filter.district = dup_set (filter->district);
      self->filter.sector = filter->sector;
    }
  replace_ids (self, query_ids (self));
}

void
mit_query_model_set_search_text (MitQueryModel *self,
                                 const char    *text)
{
  g_return_if_fail (MIT_IS_QUERY_MODEL (self));

  g_free (self->search_text);
  self->search_text = dup_set (text);
  replace_ids (self, query_ids (self));
}

guint
mit_query_model_find_id (MitQueryModel *self,
                         gint64         id)
{
  g_return_val_if_fail (MIT_IS_QUERY_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

gint64
mit_query_model_get_id (MitQueryModel *self,
                        guint          position)
{
  g_return_val_if_fail (MIT_IS_QUERY_MODEL (self), 0);

  if (position >= self->ids->len)
    return 0;
  return g_array_index (self->ids, gint64, position);
}

guint
mit_query_model_get_pages_loaded (MitQueryModel *self)
{
  g_return_val_if_fail (MIT_IS_QUERY_MODEL (self), 0);
  return self->pages_loaded;
}
