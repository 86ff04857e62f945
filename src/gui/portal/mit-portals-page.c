/* mit-portals-page.c: the "Portals" page of the preferences
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitPortalsPage"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-add-subscription-dialog.h"
#include "mit-conflicts-dialog.h"
#include "mit-portals-page.h"
#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-subscription-page.h"
#include "mit-sync-runner.h"

struct _MitPortalsPage
{
  AdwPreferencesPage   parent_instance;

  /* template widgets */
  AdwPreferencesGroup *subscriptions_group;
  AdwActionRow        *empty_row;
  AdwActionRow        *sync_row;
  GtkStack            *sync_stack;
  AdwActionRow        *conflicts_row;

  /* owned */
  MitStore            *store;
  MitSyncRunner       *runner;
  GPtrArray           *rows;        /* the subscriptions' rows */
  char                *default_base_url;
  char                *last_result;
};

G_DEFINE_FINAL_TYPE (MitPortalsPage, mit_portals_page, ADW_TYPE_PREFERENCES_PAGE)

static void
reload (MitPortalsPage *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->subscriptions_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->store != NULL)
    {
      list = mit_store_list_subscriptions (self->store, &error);
      if (list == NULL)
        g_warning ("Cannot list the subscriptions: %s", error->message);
    }

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const MitSubscription *subscription = g_ptr_array_index (list, i);
      g_autofree char *subtitle = mit_subscription_format_summary (subscription);
      g_autofree char *action_target = NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     *subscription->region_name ? subscription->region_name
                                                                : subscription->region);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "portals.open-subscription");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", subscription->id);
      g_object_set_data_full (G_OBJECT (row), "mit-region", g_strdup (subscription->region),
                              g_free);
      adw_preferences_group_add (self->subscriptions_group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->rows->len == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portals.sync",
                                 self->rows->len > 0 && self->runner != NULL
                                 && !mit_sync_runner_get_running (self->runner));
}

static void
update_sync_row (MitPortalsPage *self)
{
  gboolean running = self->runner != NULL && mit_sync_runner_get_running (self->runner);
  const char *subtitle;

  gtk_stack_set_visible_child_name (self->sync_stack, running ? "running" : "idle");
  if (running)
    subtitle = mit_sync_runner_get_what (self->runner);
  else if (self->last_result != NULL)
    subtitle = self->last_result;
  else
    subtitle = _("Subscriptions are synced when you ask, and as often as each is set to while Miteinander is open");
  adw_action_row_set_subtitle (self->sync_row, subtitle != NULL ? subtitle : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portals.sync",
                                 !running && self->rows->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portals.cancel-sync", running);
}

static void
update_conflicts_row (MitPortalsPage *self)
{
  guint n = self->store != NULL ? mit_portal_count_conflicts (self->store) : 0;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_row), n > 0);
  if (n == 0)
    return;
  text = g_strdup_printf (ngettext ("%u record was changed here and on the portal",
                                    "%u records were changed here and on the portal", n), n);
  adw_action_row_set_subtitle (self->conflicts_row, text);
}

static void
store_changed_cb (MitStore       *store,
                  guint           kinds,
                  MitPortalsPage *self)
{
  if (kinds & (MIT_RECORD_ACTOR | MIT_RECORD_EVENT))
    update_conflicts_row (self);
}

static void
show_conflicts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MitPortalsPage *self = MIT_PORTALS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store == NULL)
    return;
  gtk_window_present (GTK_WINDOW (mit_conflicts_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                                 : NULL,
                                                            self->store)));
}

static void
runner_notify_cb (MitSyncRunner  *runner,
                  GParamSpec     *pspec,
                  MitPortalsPage *self)
{
  update_sync_row (self);
}

static void
runner_finished_cb (MitSyncRunner  *runner,
                    const char     *summary,
                    gboolean        failed,
                    const char     *error_message,
                    MitPortalsPage *self)
{
  g_free (self->last_result);
  self->last_result = g_strdup (summary);
  reload (self);
  update_sync_row (self);
  update_conflicts_row (self);
}

static void
subscriptions_changed_cb (MitSyncRunner  *runner,
                          MitPortalsPage *self)
{
  reload (self);
  update_sync_row (self);
}

static void
add_subscription_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MitPortalsPage *self = MIT_PORTALS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  MitAddSubscriptionDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = mit_add_subscription_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                            self->store, self->default_base_url);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_subscription_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MitPortalsPage *self = MIT_PORTALS_PAGE (widget);
  GtkWidget *window = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_WINDOW);
  GtkWidget *page;

  if (self->store == NULL || window == NULL)
    return;

  page = mit_subscription_page_new (self->store, g_variant_get_int64 (parameter));
  if (page != NULL)
    adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (window), page);
}

static void
sync_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitPortalsPage *self = MIT_PORTALS_PAGE (widget);

  if (self->runner != NULL)
    mit_sync_runner_start (self->runner);
}

static void
cancel_sync_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitPortalsPage *self = MIT_PORTALS_PAGE (widget);

  if (self->runner != NULL)
    mit_sync_runner_cancel (self->runner);
}

static void
mit_portals_page_dispose (GObject *object)
{
  MitPortalsPage *self = (MitPortalsPage *)object;

  g_clear_object (&self->runner);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_portals_page_parent_class)->dispose (object);
}

static void
mit_portals_page_finalize (GObject *object)
{
  MitPortalsPage *self = (MitPortalsPage *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->default_base_url, g_free);
  g_clear_pointer (&self->last_result, g_free);

  G_OBJECT_CLASS (mit_portals_page_parent_class)->finalize (object);
}

static void
mit_portals_page_class_init (MitPortalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_portals_page_dispose;
  object_class->finalize = mit_portals_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/portal/mit-portals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MitPortalsPage, subscriptions_group);
  gtk_widget_class_bind_template_child (widget_class, MitPortalsPage, empty_row);
  gtk_widget_class_bind_template_child (widget_class, MitPortalsPage, sync_row);
  gtk_widget_class_bind_template_child (widget_class, MitPortalsPage, sync_stack);
  gtk_widget_class_bind_template_child (widget_class, MitPortalsPage, conflicts_row);

  gtk_widget_class_install_action (widget_class, "portals.add-subscription", NULL,
                                   add_subscription_action);
  gtk_widget_class_install_action (widget_class, "portals.open-subscription", "x",
                                   open_subscription_action);
  gtk_widget_class_install_action (widget_class, "portals.sync", NULL, sync_action);
  gtk_widget_class_install_action (widget_class, "portals.cancel-sync", NULL, cancel_sync_action);
  gtk_widget_class_install_action (widget_class, "portals.show-conflicts", NULL,
                                   show_conflicts_action);
}

static void
mit_portals_page_init (MitPortalsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

/**
 * mit_portals_page_new:
 * @store: the store whose subscriptions it shows
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
mit_portals_page_new (MitStore *store)
{
  MitPortalsPage *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_PORTALS_PAGE, NULL);
  self->store = g_object_ref (store);
  self->runner = g_object_ref (mit_sync_runner_get_for_store (store));
  g_signal_connect_object (self->runner, "notify::running", G_CALLBACK (runner_notify_cb),
                           self, 0);
  g_signal_connect_object (self->runner, "notify::what", G_CALLBACK (runner_notify_cb),
                           self, 0);
  g_signal_connect_object (self->runner, "finished", G_CALLBACK (runner_finished_cb), self, 0);
  g_signal_connect_object (self->runner, "subscriptions-changed",
                           G_CALLBACK (subscriptions_changed_cb), self, 0);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
  update_sync_row (self);
  update_conflicts_row (self);

  return GTK_WIDGET (self);
}

void
mit_portals_page_set_default_base_url (MitPortalsPage *self,
                                       const char     *base_url)
{
  g_return_if_fail (MIT_IS_PORTALS_PAGE (self));

  g_free (self->default_base_url);
  self->default_base_url = g_strdup (base_url);
}
