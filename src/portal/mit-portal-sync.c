/* mit-portal-sync.c: bringing a portal's region into the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The portal has no "changed since" and its item ids change on every edit
 * (DESIGN.md §2.2), so a sync downloads the whole region, compares each
 * item's content hash with the one recorded in its origin, and touches
 * only what differs. For a record that differs, three versions meet: the
 * one the sync last took from the portal ("base", kept in the origin), the
 * one here ("mine") and the portal's new one ("theirs"). Field by field:
 * unchanged there → keep mine; changed there and not here → take theirs;
 * changed on both sides to different values → a conflict, kept in the
 * origin until the user chooses.
 *
 * Locations and events come from the region's default language (the
 * directory holds one record per organisation, not one per translation);
 * pages come in every language of the subscription, as topics.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mit-portal-sync.h"
#include "mit-portal-map.h"
#include "mit-portal-parse.h"
#include "mit-html-sanitize.h"
#include "mit-store-events.h"

void
mit_portal_snapshot_free (MitPortalSnapshot *self)
{
  if (self == NULL)
    return;
  g_free (self->language);
  g_clear_pointer (&self->locations, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_strfreev (self->page_languages);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_free (self);
}

/* ---- download ----------------------------------------------------------- */

typedef struct
{
  MitSyncProgressFunc func;
  gpointer            data;
  guint               step;
  guint               n_steps;
  const char         *what;
} Progress;

static void
progress_cb (MitPortalClient *client,
             int              endpoint,
             guint64          received,
             guint64          total,
             gpointer         user_data)
{
  Progress *progress = user_data;
  double part = total > 0 ? MIN (1.0, (double)received / (double)total) : 0.5;

  if (progress->func)
    progress->func ((progress->step + part) / progress->n_steps, progress->what, progress->data);
}

static GBytes *
fetch_step (MitPortalClient         *client,
            Progress                *progress,
            MitPortalClientEndpoint  endpoint,
            const char              *region,
            const char              *language,
            const char              *what,
            GCancellable            *cancellable,
            GError                 **error)
{
  GBytes *bytes;

  progress->what = what;
  if (progress->func)
    progress->func ((double)progress->step / progress->n_steps, what, progress->data);
  bytes = mit_portal_client_fetch_sync (client, endpoint, region, language, cancellable, error);
  progress->step++;
  return bytes;
}

MitPortalSnapshot *
mit_portal_fetch_snapshot (MitPortalClient       *client,
                           const MitSubscription *subscription,
                           MitSyncProgressFunc    progress_func,
                           gpointer               progress_data,
                           GCancellable          *cancellable,
                           GError               **error)
{
  g_autoptr(MitPortalSnapshot) snapshot = NULL;
  g_autoptr(GBytes) locations = NULL;
  g_autoptr(GBytes) events = NULL;
  Progress progress = { progress_func, progress_data, 0, 0, NULL };
  const char *region;
  gulong handler;
  guint n_languages;

  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (client), NULL);
  g_return_val_if_fail (subscription != NULL, NULL);

  n_languages = g_strv_length (subscription->languages);
  if (n_languages == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A subscription needs at least one language."));
      return NULL;
    }
  region = subscription->region;
  progress.n_steps = 2 + n_languages;

  snapshot = g_new0 (MitPortalSnapshot, 1);
  snapshot->language = g_strdup (subscription->languages[0]);
  snapshot->page_languages = g_strdupv (subscription->languages);
  snapshot->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  handler = g_signal_connect (client, "progress", G_CALLBACK (progress_cb), &progress);

  locations = fetch_step (client, &progress, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, region,
                          snapshot->language, _("Places"), cancellable, error);
  if (locations == NULL
      || !(snapshot->locations = mit_portal_parse_locations (locations, region, error)))
    goto failed;

  events = fetch_step (client, &progress, MIT_PORTAL_CLIENT_ENDPOINT_EVENTS, region,
                       snapshot->language, _("Events"), cancellable, error);
  if (events == NULL || !(snapshot->events = mit_portal_parse_events (events, region, error)))
    goto failed;

  for (guint i = 0; i < n_languages; i++)
    {
      g_autoptr(GBytes) pages = NULL;
      g_autofree char *what = g_strdup_printf (_("Pages (%s)"), subscription->languages[i]);
      GPtrArray *parsed;

      pages = fetch_step (client, &progress, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, region,
                          subscription->languages[i], what, cancellable, error);
      if (pages == NULL || !(parsed = mit_portal_parse_pages (pages, region, error)))
        goto failed;
      g_ptr_array_add (snapshot->pages, parsed);
    }

  g_signal_handler_disconnect (client, handler);
  if (progress_func)
    progress_func (1.0, _("Saving"), progress_data);
  return g_steal_pointer (&snapshot);

failed:
  g_signal_handler_disconnect (client, handler);
  return NULL;
}

/* ---- three-way merge ---------------------------------------------------- */

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return json_object_new ();
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return json_object_new ();
  return json_object_ref (json_node_get_object (root));
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  return json_to_string (node, FALSE);
}

static const char *
member_string (JsonObject *object,
               const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

typedef enum
{
  MERGE_UNCHANGED,
  MERGE_UPDATED,
  MERGE_CONFLICT,
} MergeResult;

/* Merges @theirs into @mine, field by field (see the top of the file);
 * updates the origin's base and theirs. */
static MergeResult
merge_fields (const char *tbl,
              GObject    *mine,
              GObject    *theirs,
              MitOrigin  *origin)
{
  g_autoptr(JsonObject) base = parse_object (origin->base);
  g_autoptr(JsonObject) pending = parse_object (origin->theirs);
  gboolean changed = FALSE;
  guint n;
  const MitPortalField *fields = mit_portal_fields_for (tbl, &n);

  for (guint i = 0; i < n; i++)
    {
      const char *key = fields[i].key;
      g_autofree char *m = fields[i].get (mine);
      g_autofree char *t = fields[i].get (theirs);
      const char *b = member_string (base, key);

      /* A base without this field (an older sync): what is here counts
       * as what came from the portal. */
      if (b == NULL)
        b = m;

      if (g_str_equal (t, b))
        {
          /* Not changed there; a conflict the portal took back is gone. */
          if (json_object_has_member (pending, key))
            json_object_remove_member (pending, key);
          continue;
        }
      if (g_str_equal (m, b) || g_str_equal (m, t))
        {
          if (!g_str_equal (m, t))
            {
              fields[i].set (mine, t);
              changed = TRUE;
            }
          json_object_set_string_member (base, key, t);
          if (json_object_has_member (pending, key))
            json_object_remove_member (pending, key);
          continue;
        }
      json_object_set_string_member (pending, key, t);
    }

  g_free (origin->base);
  origin->base = object_to_string (base);
  g_clear_pointer (&origin->theirs, g_free);
  if (json_object_get_size (pending) > 0)
    {
      origin->theirs = object_to_string (pending);
      return MERGE_CONFLICT;
    }
  return changed ? MERGE_UPDATED : MERGE_UNCHANGED;
}

/* ---- apply -------------------------------------------------------------- */

/* The hash an origin records: the item's own, and what the mapping made
 * of it beyond the item (the category's target, the venue's actor), so a
 * change of the mapping also counts as a change. */
static char *
origin_hash (const char *item_hash,
             const char *extra)
{
  g_autofree char *joined = g_strconcat (item_hash ? item_hash : "", "\n", extra ? extra : "", NULL);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, joined, -1);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static GObject *
load_record (MitStore    *store,
             const char  *tbl,
             gint64       id,
             GError     **error)
{
  if (g_str_equal (tbl, "actor"))
    return (GObject *)mit_store_load_actor (store, id, error);
  return (GObject *)mit_store_load_event (store, id, error);
}

static gboolean
save_record (MitStore    *store,
             const char  *tbl,
             GObject     *record,
             GError     **error)
{
  if (g_str_equal (tbl, "actor"))
    return mit_store_save_actor (store, MIT_ACTOR (record), error);
  return mit_store_save_event (store, MIT_EVENT (record), error);
}

static gint64
record_id (const char *tbl,
           GObject    *record)
{
  if (g_str_equal (tbl, "actor"))
    return mit_actor_get_id (MIT_ACTOR (record));
  return mit_event_get_id (MIT_EVENT (record));
}

/* Names the portal's item in a store error; returns FALSE. */
static gboolean
prefix_error (GError     **error,
              const char  *tbl,
              GObject     *theirs)
{
  const char *name = g_str_equal (tbl, "actor") ? mit_actor_get_name (MIT_ACTOR (theirs))
                                                 : mit_event_get_title (MIT_EVENT (theirs));

  /* Translators: %s is the name of a place or an event from the portal. */
  g_prefix_error (error, _("“%s” from the portal: "), name);
  return FALSE;
}

/* Brings one item in: @theirs is what it maps to here. Counts it. */
static gboolean
apply_item (MitStore      *store,
            gint64         subscription_id,
            const char    *tbl,
            const char    *language,
            const char    *key,
            const char    *hash,
            GObject       *theirs,
            GHashTable    *origins,
            MitSyncCounts *counts,
            GError       **error)
{
  MitOrigin *origin = g_hash_table_lookup (origins, key);
  g_autoptr(GObject) mine = NULL;
  g_autoptr(GError) local_error = NULL;
  MergeResult result;

  if (origin == NULL)
    {
      MitOrigin fresh = { 0, };
      g_autofree char *base = NULL;

      if (!save_record (store, tbl, theirs, error))
        return prefix_error (error, tbl, theirs);
      base = mit_portal_fields_to_json (tbl, theirs);
      fresh.subscription_id = subscription_id;
      fresh.tbl = (char *)tbl;
      fresh.language = (char *)language;
      fresh.key = (char *)key;
      fresh.row_id = record_id (tbl, theirs);
      fresh.hash = (char *)hash;
      fresh.base = base;
      fresh.removed = (char *)"";
      if (!mit_store_put_origin (store, &fresh, error))
        return FALSE;
      counts->added++;
      return TRUE;
    }

  if (g_str_equal (origin->hash, hash) && *origin->removed == '\0')
    {
      counts->unchanged++;
      return TRUE;
    }

  mine = load_record (store, tbl, origin->row_id, &local_error);
  if (mine == NULL)
    {
      if (!g_error_matches (local_error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      /* Deleted here: it stays deleted; remember the portal's version so
       * that the next sync does not look at it again. */
      g_free (origin->hash);
      origin->hash = g_strdup (hash);
      g_free (origin->removed);
      origin->removed = g_strdup ("");
      counts->unchanged++;
      return mit_store_put_origin (store, origin, error);
    }

  result = merge_fields (tbl, mine, theirs, origin);
  if (result != MERGE_UNCHANGED && !save_record (store, tbl, mine, error))
    return prefix_error (error, tbl, theirs);
  if (*origin->removed != '\0')
    {
      /* Back on the portal. */
      g_free (origin->removed);
      origin->removed = g_strdup ("");
    }
  g_free (origin->hash);
  origin->hash = g_strdup (hash);
  if (!mit_store_put_origin (store, origin, error))
    return FALSE;

  if (result == MERGE_CONFLICT)
    counts->conflicts++;
  else if (result == MERGE_UPDATED)
    counts->updated++;
  else
    counts->unchanged++;
  return TRUE;
}

/* Marks the origins of @origins that are not in @seen as removed. */
static gboolean
mark_removed (MitStore      *store,
              GHashTable    *origins,
              GHashTable    *seen,
              MitSyncCounts *counts,
              GError       **error)
{
  g_autofree char *date = today ();
  GHashTableIter iter;
  MitOrigin *origin;

  g_hash_table_iter_init (&iter, origins);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&origin))
    {
      if (g_hash_table_contains (seen, origin->key) || *origin->removed != '\0')
        continue;
      g_free (origin->removed);
      origin->removed = g_strdup (date);
      if (!mit_store_put_origin (store, origin, error))
        return FALSE;
      counts->removed++;
    }
  return TRUE;
}

static gboolean
apply_locations (MitStore          *store,
                 MitSubscription   *subscription,
                 MitPortalSnapshot *snapshot,
                 MitSyncCounts     *counts,
                 GHashTable        *venues,
                 GError           **error)
{
  g_autoptr(GHashTable) origins = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  origins = mit_store_load_origins (store, subscription->id, "actor", error);
  if (origins == NULL)
    return FALSE;

  for (guint i = 0; i < snapshot->locations->len; i++)
    {
      const MitPortalLocation *location = g_ptr_array_index (snapshot->locations, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, location->id);
      g_autoptr(MitCategoryTarget) target = NULL;
      g_autoptr(MitActor) theirs = NULL;
      g_autofree char *fields = NULL;
      g_autofree char *extra = NULL;
      g_autofree char *hash = NULL;
      MitOrigin *origin;

      if (location->id == 0 || g_hash_table_contains (seen, key))
        continue;
      g_hash_table_add (seen, g_strdup (key));

      target = mit_portal_map_category (subscription->category_map, location->category_id,
                                        location->category_name);
      fields = g_strjoinv (",", target->fields);
      extra = g_strconcat (target->kind, ":", fields, NULL);
      hash = origin_hash (location->hash, extra);
      origin = g_hash_table_lookup (origins, key);
      if (origin != NULL && g_str_equal (origin->hash, hash) && *origin->removed == '\0')
        {
          /* Unchanged: not even mapped (a re-sync is mostly this). */
          counts->unchanged++;
          g_hash_table_insert (venues, g_strdup (key), GSIZE_TO_POINTER (origin->row_id));
          continue;
        }
      theirs = mit_portal_location_to_actor (location, subscription->category_map);
      if (!apply_item (store, subscription->id, "actor", snapshot->language, key, hash,
                       G_OBJECT (theirs), origins, counts, error))
        return FALSE;

      origin = g_hash_table_lookup (origins, key);
      g_hash_table_insert (venues, g_strdup (key),
                           GSIZE_TO_POINTER (origin ? origin->row_id : mit_actor_get_id (theirs)));
    }
  return mark_removed (store, origins, seen, counts, error);
}

static gboolean
apply_events (MitStore          *store,
              MitSubscription   *subscription,
              MitPortalSnapshot *snapshot,
              MitSyncCounts     *counts,
              GHashTable        *venues,
              GError           **error)
{
  g_autoptr(GHashTable) origins = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  origins = mit_store_load_origins (store, subscription->id, "event", error);
  if (origins == NULL)
    return FALSE;

  for (guint i = 0; i < snapshot->events->len; i++)
    {
      const MitPortalEvent *event = g_ptr_array_index (snapshot->events, i);
      g_autofree char *key = NULL;
      g_autofree char *location_key = NULL;
      g_autofree char *extra = NULL;
      g_autofree char *hash = NULL;
      g_autoptr(MitEvent) theirs = NULL;
      MitOrigin *origin;
      gint64 venue_id;

      /* Dated copies of a repeating event have no id: without one there is
       * no stable key (the client asks with combine_recurring). */
      if (event->id == 0)
        continue;
      key = g_strdup_printf ("%" G_GINT64_FORMAT, event->id);
      if (g_hash_table_contains (seen, key))
        continue;
      g_hash_table_add (seen, g_strdup (key));

      location_key = g_strdup_printf ("%" G_GINT64_FORMAT, event->location_id);
      venue_id = event->location_id
                 ? (gint64)GPOINTER_TO_SIZE (g_hash_table_lookup (venues, location_key)) : 0;
      extra = g_strdup_printf ("%" G_GINT64_FORMAT, venue_id);
      hash = origin_hash (event->hash, extra);
      origin = g_hash_table_lookup (origins, key);
      if (origin != NULL && g_str_equal (origin->hash, hash) && *origin->removed == '\0')
        {
          counts->unchanged++;
          continue;
        }
      theirs = mit_portal_event_to_event (event, venue_id);
      if (!apply_item (store, subscription->id, "event", snapshot->language, key, hash,
                       G_OBJECT (theirs), origins, counts, error))
        return FALSE;
    }
  return mark_removed (store, origins, seen, counts, error);
}

/* Links into the portal's web app become links to the API path, which the
 * Topics section opens as the local topic when it has it. */
static char *
rewrite_link (const char *href,
              const char *portal_path,
              gpointer    user_data)
{
  return portal_path ? g_strconcat ("topic:", portal_path, NULL) : g_strdup (href);
}

static gboolean
apply_pages (MitStore          *store,
             MitSubscription   *subscription,
             const char        *language,
             GPtrArray         *pages,
             MitSyncCounts     *counts,
             GError           **error)
{
  static const MitHtmlOptions options = { "https://integreat.app", rewrite_link, NULL };
  g_autoptr(GHashTable) hashes = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  const char *path;
  const char *stored;

  hashes = mit_store_load_topic_hashes (store, subscription->id, language, error);
  if (hashes == NULL)
    return FALSE;

  for (guint i = 0; i < pages->len; i++)
    {
      const MitPortalPage *page = g_ptr_array_index (pages, i);
      g_autofree char *content = NULL;
      MitTopic topic = { 0, };

      if (g_hash_table_contains (seen, page->path))
        continue;
      g_hash_table_add (seen, page->path);
      stored = g_hash_table_lookup (hashes, page->path);
      if (g_strcmp0 (stored, page->hash) == 0)
        {
          counts->unchanged++;
          continue;
        }

      content = mit_html_sanitize (page->content_html, &options);
      topic.subscription_id = subscription->id;
      topic.language = (char *)language;
      topic.path = page->path;
      topic.parent_path = page->parent_path ? page->parent_path : (char *)"";
      topic.position = (int)CLAMP (page->order, G_MININT, G_MAXINT);
      topic.title = page->title;
      topic.content = content;
      topic.last_updated = page->last_updated ? page->last_updated : (char *)"";
      topic.hash = page->hash;
      topic.removed = (char *)"";
      if (!mit_store_put_topic (store, &topic, error))
        return FALSE;
      if (stored)
        counts->updated++;
      else
        counts->added++;
    }

  g_hash_table_iter_init (&iter, hashes);
  while (g_hash_table_iter_next (&iter, (gpointer *)&path, (gpointer *)&stored))
    {
      if (g_hash_table_contains (seen, path) || g_str_has_suffix (stored, "-removed"))
        continue;
      if (!mit_store_mark_topic_removed (store, subscription->id, language, path, error))
        return FALSE;
      counts->removed++;
    }
  return TRUE;
}

static gboolean
report_changed (const MitSyncReport *report)
{
  for (int k = 0; k < MIT_SYNC_N_KINDS; k++)
    {
      const MitSyncCounts *c = &report->counts[k];
      if (c->added || c->updated || c->removed || c->conflicts)
        return TRUE;
    }
  return FALSE;
}

gboolean
mit_portal_sync_apply (MitStore          *store,
                       MitSubscription   *subscription,
                       MitPortalSnapshot *snapshot,
                       MitSyncReport     *report,
                       GError           **error)
{
  g_autoptr(GHashTable) venues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *extended_map = NULL;
  g_autofree char *old_map = NULL;
  g_autofree char *old_sync = NULL;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (subscription != NULL && subscription->id != 0, FALSE);
  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  memset (report, 0, sizeof *report);

  if (!mit_store_begin (store, error))
    return FALSE;

  /* New categories get a guessed target that the user can change. */
  old_map = g_strdup (subscription->category_map);
  old_sync = g_strdup (subscription->last_sync);
  extended_map = mit_portal_extend_category_map (subscription->category_map,
                                                 snapshot->locations);
  if (extended_map)
    {
      g_free (subscription->category_map);
      subscription->category_map = g_steal_pointer (&extended_map);
    }

  if (!apply_locations (store, subscription, snapshot, &report->counts[MIT_SYNC_ACTORS],
                        venues, error)
      || !apply_events (store, subscription, snapshot, &report->counts[MIT_SYNC_EVENTS],
                        venues, error))
    goto failed;

  for (guint i = 0; snapshot->page_languages && snapshot->page_languages[i]
                    && i < snapshot->pages->len; i++)
    if (!apply_pages (store, subscription, snapshot->page_languages[i],
                      g_ptr_array_index (snapshot->pages, i),
                      &report->counts[MIT_SYNC_TOPICS], error))
      goto failed;

  if (!report_changed (report) && g_strcmp0 (old_map, subscription->category_map) == 0)
    {
      /* Nothing new: nothing is written, not even the time. */
      mit_store_rollback (store);
      report->wrote = FALSE;
      return TRUE;
    }

  g_free (subscription->last_sync);
  subscription->last_sync = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  if (!mit_store_save_subscription (store, subscription, error)
      || !mit_store_commit (store, error))
    goto failed;
  report->wrote = TRUE;
  return TRUE;

failed:
  mit_store_rollback (store);
  g_free (subscription->category_map);
  subscription->category_map = g_steal_pointer (&old_map);
  g_free (subscription->last_sync);
  subscription->last_sync = g_steal_pointer (&old_sync);
  memset (report, 0, sizeof *report);
  return FALSE;
}

/* ---- conflicts ---------------------------------------------------------- */

gboolean
mit_portal_resolve_conflict (MitStore    *store,
                             gint64       origin_id,
                             GHashTable  *take_theirs,
                             GError     **error)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(JsonObject) base = NULL;
  g_autoptr(JsonObject) theirs = NULL;
  g_autoptr(GObject) record = NULL;
  g_autoptr(GList) members = NULL;
  MitOrigin *origin = NULL;

  g_return_val_if_fail (MIT_IS_STORE (store), FALSE);

  conflicts = mit_store_list_conflicts (store, error);
  if (conflicts == NULL)
    return FALSE;
  for (guint i = 0; i < conflicts->len && origin == NULL; i++)
    if (((MitOrigin *)g_ptr_array_index (conflicts, i))->id == origin_id)
      origin = g_ptr_array_index (conflicts, i);
  if (origin == NULL)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("This conflict was settled already."));
      return FALSE;
    }

  if (!mit_store_begin (store, error))
    return FALSE;
  record = load_record (store, origin->tbl, origin->row_id, error);
  if (record == NULL)
    goto failed;

  base = parse_object (origin->base);
  theirs = parse_object (origin->theirs);
  members = json_object_get_members (theirs);
  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;
      const char *value = member_string (theirs, key);
      const MitPortalField *field = mit_portal_field_lookup (origin->tbl, key);

      if (field == NULL || value == NULL)
        continue;
      if (take_theirs && g_hash_table_contains (take_theirs, key))
        field->set (record, value);
      json_object_set_string_member (base, key, value);
    }

  g_free (origin->base);
  origin->base = object_to_string (base);
  g_clear_pointer (&origin->theirs, g_free);
  if (!save_record (store, origin->tbl, record, error)
      || !mit_store_put_origin (store, origin, error)
      || !mit_store_commit (store, error))
    goto failed;
  return TRUE;

failed:
  mit_store_rollback (store);
  return FALSE;
}

/* ---- running it --------------------------------------------------------- */

gboolean
mit_portal_sync_run (MitStore        *store,
                     MitPortalClient *client,
                     MitSubscription *subscription,
                     MitSyncReport   *report,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(MitPortalSnapshot) snapshot = NULL;

  snapshot = mit_portal_fetch_snapshot (client, subscription, NULL, NULL, cancellable, error);
  if (snapshot == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return mit_portal_sync_apply (store, subscription, snapshot, report, error);
}

typedef struct
{
  char                *path;
  MitPortalClient     *client;
  MitSubscription     *subscription;
  MitSyncProgressFunc  progress_func;
  gpointer             progress_data;
  GMainContext        *context;
  MitSyncReport        report;
} SyncJob;

static void
sync_job_free (SyncJob *job)
{
  g_free (job->path);
  g_clear_object (&job->client);
  mit_subscription_free (job->subscription);
  g_main_context_unref (job->context);
  g_free (job);
}

typedef struct
{
  MitSyncProgressFunc  func;
  gpointer             data;
  double               fraction;
  char                *what;
} ProgressCall;

static gboolean
progress_in_context (gpointer data)
{
  ProgressCall *call = data;

  call->func (call->fraction, call->what, call->data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (gpointer data)
{
  ProgressCall *call = data;

  g_free (call->what);
  g_free (call);
}

/* In the worker: hands progress over to the caller's main context. */
static void
worker_progress (double      fraction,
                 const char *what,
                 gpointer    user_data)
{
  SyncJob *job = user_data;
  ProgressCall *call = g_new0 (ProgressCall, 1);

  call->func = job->progress_func;
  call->data = job->progress_data;
  call->fraction = fraction;
  call->what = g_strdup (what);
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, progress_in_context,
                              call, progress_call_free);
}

static void
sync_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SyncJob *job = task_data;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(MitPortalSnapshot) snapshot = NULL;
  GError *error = NULL;

  snapshot = mit_portal_fetch_snapshot (job->client, job->subscription,
                                        job->progress_func ? worker_progress : NULL, job,
                                        cancellable, &error);
  if (snapshot == NULL || g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  store = mit_store_open_secondary (job->path, &error);
  if (store == NULL
      || !mit_portal_sync_apply (store, job->subscription, snapshot, &job->report, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
mit_portal_sync_async (const char            *path,
                       MitPortalClient       *client,
                       const MitSubscription *subscription,
                       MitSyncProgressFunc    progress_func,
                       gpointer               progress_data,
                       GCancellable          *cancellable,
                       GAsyncReadyCallback    callback,
                       gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  SyncJob *job;

  g_return_if_fail (path != NULL);
  g_return_if_fail (MIT_IS_PORTAL_CLIENT (client));
  g_return_if_fail (subscription != NULL);

  job = g_new0 (SyncJob, 1);
  job->path = g_strdup (path);
  job->client = g_object_ref (client);
  job->subscription = mit_subscription_copy (subscription);
  job->progress_func = progress_func;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mit_portal_sync_async);
  g_task_set_task_data (task, job, (GDestroyNotify)sync_job_free);
  g_task_run_in_thread (task, sync_thread);
}

gboolean
mit_portal_sync_finish (GAsyncResult   *result,
                        MitSyncReport  *report,
                        GError        **error)
{
  SyncJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job = g_task_get_task_data (G_TASK (result));
  if (report)
    *report = job->report;
  return TRUE;
}

char *
mit_sync_counts_format (const MitSyncCounts *counts)
{
  g_autofree char *added = g_strdup_printf (ngettext ("%u added", "%u added", counts->added),
                                            counts->added);
  g_autofree char *updated = g_strdup_printf (ngettext ("%u updated", "%u updated",
                                                       counts->updated), counts->updated);
  g_autofree char *removed = g_strdup_printf (ngettext ("%u removed", "%u removed",
                                                       counts->removed), counts->removed);
  g_autofree char *conflicts = g_strdup_printf (ngettext ("%u conflict", "%u conflicts",
                                                         counts->conflicts), counts->conflicts);

  /* Translators: the result of a sync for one kind of record:
   * "3 added, 1 updated, 0 removed, 1 conflict". */
  return g_strdup_printf (_("%s, %s, %s, %s"), added, updated, removed, conflicts);
}
