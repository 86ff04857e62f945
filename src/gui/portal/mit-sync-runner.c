/* mit-sync-runner.c: syncing every portal subscription, on demand and
 * periodically, with progress
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitSyncRunner"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-sync-runner.h"

/* A periodic sync never comes sooner than this after the app started or
 * the last one ended, so that opening the app is not slowed down. */
#define MIN_DELAY_SECONDS 60

struct _MitSyncRunner
{
  GObject        parent_instance;

  /* borrowed (weak) */
  MitStore      *store;

  /* owned */
  GHashTable    *clients;       /* base URL → MitPortalClient */
  GPtrArray     *queue;         /* MitSubscription, while running */
  GCancellable  *cancellable;
  char          *what;
  char          *first_error;
  char          *failed_name;
  MitSyncCounts  counts[MIT_SYNC_N_KINDS];
  guint          index;
  guint          n_failed;
  double         fraction;
  gint64         next_run;
  guint          timer_id;
  gboolean       running;
  gboolean       periodic;
  gboolean       automatic;     /* the current or last run came from the timer */
};

G_DEFINE_FINAL_TYPE (MitSyncRunner, mit_sync_runner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_FRACTION,
  PROP_WHAT,
  PROP_PERIODIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PROGRESS,
  FINISHED,
  SUBSCRIPTIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void run_next (MitSyncRunner *self);
static void schedule (MitSyncRunner *self);

static void
set_progress (MitSyncRunner *self,
              double         fraction,
              const char    *what)
{
  fraction = CLAMP (fraction, 0.0, 1.0);
  if (fraction != self->fraction)
    {
      self->fraction = fraction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }
  if (g_strcmp0 (what, self->what) != 0)
    {
      g_free (self->what);
      self->what = g_strdup (what);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT]);
    }
  g_signal_emit (self, signals[PROGRESS], 0, self->fraction, self->what);
}

static void
set_running (MitSyncRunner *self,
             gboolean       running)
{
  if (self->running == running)
    return;
  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static const char *
subscription_title (const MitSubscription *subscription)
{
  return subscription->region_name && *subscription->region_name
         ? subscription->region_name : subscription->region;
}

/* Called in the main context, also after the worker has ended: the
 * runner is kept alive until sync_done_cb, which the main context runs
 * after every progress call the worker queued before it. */
static void
sync_progress_cb (double      fraction,
                  const char *what,
                  gpointer    user_data)
{
  MitSyncRunner *self = user_data;
  const MitSubscription *subscription;
  g_autofree char *text = NULL;

  if (!self->running || self->queue == NULL || self->index >= self->queue->len)
    return;

  subscription = g_ptr_array_index (self->queue, self->index);
  /* Translators: "Stadt Augsburg: Downloading events" */
  text = g_strdup_printf (_("%s: %s"), subscription_title (subscription), what);
  set_progress (self, (self->index + fraction) / self->queue->len, text);
}

static void
add_counts (MitSyncCounts       *sum,
            const MitSyncCounts *counts)
{
  sum->added += counts->added;
  sum->updated += counts->updated;
  sum->removed += counts->removed;
  sum->conflicts += counts->conflicts;
  sum->unchanged += counts->unchanged;
}

static char *
build_summary (MitSyncRunner *self,
               gboolean       cancelled)
{
  MitSyncCounts total = { 0, };
  g_autofree char *counts = NULL;

  if (cancelled)
    return g_strdup (_("Sync cancelled"));

  if (self->n_failed > 0)
    {
      if (self->n_failed == 1)
        /* Translators: "Stadt Augsburg could not be synced: The portal did not answer." */
        return g_strdup_printf (_("%s could not be synced: %s"),
                                self->failed_name, self->first_error);
      return g_strdup_printf (ngettext ("%u subscription could not be synced: %s",
                                        "%u subscriptions could not be synced: %s",
                                        self->n_failed),
                              self->n_failed, self->first_error);
    }

  for (guint i = 0; i < MIT_SYNC_N_KINDS; i++)
    add_counts (&total, &self->counts[i]);
  if (total.added == 0 && total.updated == 0 && total.removed == 0 && total.conflicts == 0)
    return g_strdup (_("Synced with the portal: nothing new"));

  counts = mit_sync_counts_format (&total);
  /* Translators: %s is "3 added, 1 updated, 0 removed, 1 conflict" */
  return g_strdup_printf (_("Synced with the portal: %s"), counts);
}

static void
finish (MitSyncRunner *self,
        gboolean       cancelled)
{
  g_autofree char *summary = build_summary (self, cancelled);
  g_autofree char *message = g_strdup (self->first_error);
  gboolean failed = self->n_failed > 0 && !cancelled;

  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  if (!cancelled && !failed)
    set_progress (self, 1.0, _("Done"));
  set_running (self, FALSE);
  schedule (self);

  g_signal_emit (self, signals[FINISHED], 0, summary, failed, failed ? message : NULL);
}

static void
sync_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(MitSyncRunner) self = user_data;
  g_autoptr(GError) error = NULL;
  MitSyncReport report = { 0, };
  const MitSubscription *subscription = g_ptr_array_index (self->queue, self->index);

  if (!mit_portal_sync_finish (result, &report, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          finish (self, TRUE);
          return;
        }
      g_message ("Syncing %s of %s failed: %s", subscription->region,
                 subscription->base_url, error->message);
      if (self->n_failed++ == 0)
        {
          self->first_error = g_strdup (error->message);
          self->failed_name = g_strdup (subscription_title (subscription));
        }
    }
  else
    {
      for (guint i = 0; i < MIT_SYNC_N_KINDS; i++)
        add_counts (&self->counts[i], &report.counts[i]);
      /* The worker wrote on a connection of its own: the window's lists
       * and editors learn of it here. */
      if (self->store != NULL && report.wrote
          && !mit_store_check_external_changes (self->store))
        mit_store_notify_changed (self->store, MIT_RECORD_ALL);
    }

  self->index++;
  run_next (self);
}

static void
run_next (MitSyncRunner *self)
{
  const MitSubscription *subscription;
  MitPortalClient *client;

  if (self->store == NULL)
    {
      finish (self, TRUE);
      return;
    }
  if (self->index >= self->queue->len)
    {
      finish (self, FALSE);
      return;
    }
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      finish (self, TRUE);
      return;
    }

  subscription = g_ptr_array_index (self->queue, self->index);
  client = mit_sync_runner_get_client (self, subscription->base_url);
  sync_progress_cb (0.0, _("Connecting"), self);
  mit_portal_sync_async (mit_store_get_path (self->store), client, subscription,
                         sync_progress_cb, self, self->cancellable,
                         sync_done_cb, g_object_ref (self));
}

static gboolean
start_queue (MitSyncRunner *self,
             GPtrArray     *queue)
{
  const char *path = self->store != NULL ? mit_store_get_path (self->store) : NULL;

  /* The sync writes on a connection of its own, which a database in
   * memory does not share. */
  if (queue->len == 0 || path == NULL || g_strcmp0 (path, ":memory:") == 0)
    {
      g_ptr_array_unref (queue);
      return FALSE;
    }

  self->queue = queue;
  self->index = 0;
  self->n_failed = 0;
  g_clear_pointer (&self->first_error, g_free);
  g_clear_pointer (&self->failed_name, g_free);
  memset (self->counts, 0, sizeof self->counts);
  self->cancellable = g_cancellable_new ();
  g_clear_handle_id (&self->timer_id, g_source_remove);
  self->next_run = 0;

  set_running (self, TRUE);
  set_progress (self, 0.0, _("Connecting"));
  run_next (self);
  return TRUE;
}

static GPtrArray *
list_subscriptions (MitSyncRunner *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list;

  if (self->store == NULL)
    return NULL;
  list = mit_store_list_subscriptions (self->store, &error);
  if (list == NULL)
    g_warning ("Cannot list the subscriptions: %s", error->message);
  return list;
}

/* When @subscription is due for a periodic sync (Unix time), 0 never. */
static gint64
due_time (const MitSubscription *subscription)
{
  g_autoptr(GDateTime) last = NULL;

  if (subscription->interval_minutes == 0)
    return 0;
  if (subscription->last_sync == NULL || *subscription->last_sync == '\0')
    return 1;
  last = g_date_time_new_from_iso8601 (subscription->last_sync, NULL);
  if (last == NULL)
    return 1;
  return g_date_time_to_unix (last) + (gint64)subscription->interval_minutes * 60;
}

static gboolean
timer_cb (gpointer user_data)
{
  MitSyncRunner *self = user_data;
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *due;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  self->timer_id = 0;
  self->next_run = 0;
  if (self->running)
    return G_SOURCE_REMOVE;   /* finish() schedules again */

  all = list_subscriptions (self);
  due = g_ptr_array_new_with_free_func ((GDestroyNotify)mit_subscription_free);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      MitSubscription *subscription = g_ptr_array_index (all, i);
      gint64 due_at = due_time (subscription);

      if (due_at != 0 && due_at <= now)
        g_ptr_array_add (due, mit_subscription_copy (subscription));
    }

  self->automatic = TRUE;
  if (!start_queue (self, due))
    schedule (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (MitSyncRunner *self)
{
  g_autoptr(GPtrArray) all = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 earliest = 0;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  self->next_run = 0;
  if (!self->periodic || self->running || self->store == NULL)
    return;

  all = list_subscriptions (self);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      gint64 due_at = due_time (g_ptr_array_index (all, i));

      if (due_at != 0 && (earliest == 0 || due_at < earliest))
        earliest = due_at;
    }
  if (earliest == 0)
    return;

  earliest = MAX (earliest, now + MIN_DELAY_SECONDS);
  self->next_run = earliest;
  self->timer_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, (guint)(earliest - now),
                                               timer_cb, self, NULL);
}

static void
mit_sync_runner_dispose (GObject *object)
{
  MitSyncRunner *self = (MitSyncRunner *)object;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->store != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->store), (gpointer *)&self->store);
  self->store = NULL;

  G_OBJECT_CLASS (mit_sync_runner_parent_class)->dispose (object);
}

static void
mit_sync_runner_finalize (GObject *object)
{
  MitSyncRunner *self = (MitSyncRunner *)object;

  g_clear_pointer (&self->clients, g_hash_table_unref);
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->first_error, g_free);
  g_clear_pointer (&self->failed_name, g_free);

  G_OBJECT_CLASS (mit_sync_runner_parent_class)->finalize (object);
}

static void
mit_sync_runner_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MitSyncRunner *self = MIT_SYNC_RUNNER (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_WHAT:
      g_value_set_string (value, self->what);
      break;
    case PROP_PERIODIC:
      g_value_set_boolean (value, self->periodic);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_sync_runner_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MitSyncRunner *self = MIT_SYNC_RUNNER (object);

  switch (prop_id)
    {
    case PROP_PERIODIC:
      mit_sync_runner_set_periodic (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_sync_runner_class_init (MitSyncRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mit_sync_runner_dispose;
  object_class->finalize = mit_sync_runner_finalize;
  object_class->get_property = mit_sync_runner_get_property;
  object_class->set_property = mit_sync_runner_set_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WHAT] =
    g_param_spec_string ("what", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PERIODIC] =
    g_param_spec_boolean ("periodic", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MitSyncRunner::progress:
   * @fraction: the part done, 0…1
   * @what: what is being done, for people
   */
  signals[PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_STRING);

  /**
   * MitSyncRunner::finished:
   * @summary: one line for a toast ("Synced with the portal: 3 added, …",
   *   "Stadt Augsburg could not be synced: …", "Sync cancelled")
   * @failed: whether a subscription could not be synced
   * @error_message: (nullable): the first failure's message, for people
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_BOOLEAN, G_TYPE_STRING);

  /**
   * MitSyncRunner::subscriptions-changed:
   *
   * A subscription was added, changed or removed (see
   * mit_sync_runner_subscriptions_changed()).
   */
  signals[SUBSCRIPTIONS_CHANGED] =
    g_signal_new ("subscriptions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
mit_sync_runner_init (MitSyncRunner *self)
{
  self->clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * mit_sync_runner_new:
 * @store: the window's store
 *
 * Returns: (transfer full): a new runner
 */
MitSyncRunner *
mit_sync_runner_new (MitStore *store)
{
  MitSyncRunner *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_SYNC_RUNNER, NULL);
  self->store = store;
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *)&self->store);
  return self;
}

/**
 * mit_sync_runner_get_for_store:
 * @store: a store
 *
 * Returns: (transfer none): the store's runner
 */
MitSyncRunner *
mit_sync_runner_get_for_store (MitStore *store)
{
  MitSyncRunner *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), "mit-sync-runner");
  if (self == NULL)
    {
      self = mit_sync_runner_new (store);
      g_object_set_data_full (G_OBJECT (store), "mit-sync-runner", self, g_object_unref);
    }
  return self;
}

MitStore *
mit_sync_runner_get_store (MitSyncRunner *self)
{
  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), NULL);

  return self->store;
}

/**
 * mit_sync_runner_get_client:
 * @base_url: a portal's address
 *
 * Returns: (transfer none): the runner's client for that portal
 */
MitPortalClient *
mit_sync_runner_get_client (MitSyncRunner *self,
                            const char    *base_url)
{
  MitPortalClient *client;

  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), NULL);
  g_return_val_if_fail (base_url != NULL, NULL);

  client = g_hash_table_lookup (self->clients, base_url);
  if (client == NULL)
    {
      client = mit_portal_client_new (base_url);
      g_hash_table_insert (self->clients, g_strdup (base_url), client);
    }
  return client;
}

gboolean
mit_sync_runner_start (MitSyncRunner *self)
{
  GPtrArray *all;

  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), FALSE);

  if (self->running)
    return FALSE;
  all = list_subscriptions (self);
  if (all == NULL)
    return FALSE;
  self->automatic = FALSE;
  return start_queue (self, all);
}

gboolean
mit_sync_runner_start_one (MitSyncRunner *self,
                           gint64         subscription_id)
{
  g_autoptr(GError) error = NULL;
  MitSubscription *subscription;
  GPtrArray *queue;

  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), FALSE);

  if (self->running || self->store == NULL)
    return FALSE;
  subscription = mit_store_load_subscription (self->store, subscription_id, &error);
  if (subscription == NULL)
    {
      g_warning ("Cannot load subscription %" G_GINT64_FORMAT ": %s", subscription_id,
                 error ? error->message : "not found");
      return FALSE;
    }
  queue = g_ptr_array_new_with_free_func ((GDestroyNotify)mit_subscription_free);
  g_ptr_array_add (queue, subscription);
  self->automatic = FALSE;
  return start_queue (self, queue);
}

void
mit_sync_runner_cancel (MitSyncRunner *self)
{
  g_return_if_fail (MIT_IS_SYNC_RUNNER (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
mit_sync_runner_get_running (MitSyncRunner *self)
{
  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), FALSE);

  return self->running;
}

double
mit_sync_runner_get_fraction (MitSyncRunner *self)
{
  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), 0.0);

  return self->fraction;
}

const char *
mit_sync_runner_get_what (MitSyncRunner *self)
{
  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), NULL);

  return self->what;
}

const MitSyncCounts *
mit_sync_runner_get_counts (MitSyncRunner *self,
                            MitSyncKind    kind)
{
  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), NULL);
  g_return_val_if_fail (kind < MIT_SYNC_N_KINDS, NULL);

  return &self->counts[kind];
}

gboolean
mit_sync_runner_get_periodic (MitSyncRunner *self)
{
  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), FALSE);

  return self->periodic;
}

void
mit_sync_runner_set_periodic (MitSyncRunner *self,
                              gboolean       periodic)
{
  g_return_if_fail (MIT_IS_SYNC_RUNNER (self));

  periodic = !!periodic;
  if (self->periodic == periodic)
    return;
  self->periodic = periodic;
  schedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIODIC]);
}

void
mit_sync_runner_subscriptions_changed (MitSyncRunner *self)
{
  g_return_if_fail (MIT_IS_SYNC_RUNNER (self));

  schedule (self);
  g_signal_emit (self, signals[SUBSCRIPTIONS_CHANGED], 0);
}

gint64
mit_sync_runner_get_next_run (MitSyncRunner *self)
{
  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), 0);

  return self->next_run;
}

gboolean
mit_sync_runner_get_automatic (MitSyncRunner *self)
{
  g_return_val_if_fail (MIT_IS_SYNC_RUNNER (self), FALSE);

  return self->automatic;
}
