/* mit-add-subscription-dialog.c: subscribe to a region of a portal
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitAddSubscriptionDialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-add-subscription-dialog.h"
#include "mit-gui-util.h"
#include "mit-languages.h"
#include "mit-portal-client.h"
#include "mit-portal-parse.h"
#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-sync-runner.h"

struct _MitAddSubscriptionDialog
{
  AdwWindow             parent_instance;

  /* template widgets */
  GtkButton            *back_button;
  GtkButton            *cancel_button;
  GtkButton            *subscribe_button;
  GtkStack             *stack;
  AdwEntryRow          *url_row;
  GtkSearchEntry       *search_entry;
  GtkWidget            *loading_box;
  GtkSpinner           *regions_spinner;
  GtkWidget            *regions_error_list;
  AdwActionRow         *regions_error_row;
  GtkListBox           *regions_list;
  GtkWidget            *no_match_label;
  AdwPreferencesGroup  *languages_group;
  GtkWidget            *languages_loading_box;
  GtkSpinner           *languages_spinner;
  GtkWidget            *languages_error_list;
  AdwActionRow         *languages_error_row;
  GtkLabel             *error_label;

  /* owned */
  MitStore             *store;
  MitPortalClient      *client;
  GCancellable         *cancellable;
  GPtrArray            *regions;          /* MitPortalRegion, live ones */
  GPtrArray            *languages;        /* MitPortalLanguage of the chosen region */
  GPtrArray            *language_rows;    /* GtkWidget, in languages_group */
  GHashTable           *subscribed;       /* "base_url region" of existing subscriptions */
  char                 *region;           /* chosen slug */
  char                 *region_name;
};

G_DEFINE_FINAL_TYPE (MitAddSubscriptionDialog, mit_add_subscription_dialog, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- the portal address --------------------------------------------------- */

/* What the user typed, as the address of a portal: spaces and trailing
 * slashes off, https:// when no scheme is given. */
static char *
dup_base_url (MitAddSubscriptionDialog *self)
{
  g_autofree char *text = mit_gui_dup_stripped (GTK_EDITABLE (self->url_row));

  while (g_str_has_suffix (text, "/"))
    text[strlen (text) - 1] = '\0';
  if (*text == '\0')
    return g_strdup (MIT_PORTAL_CLIENT_DEFAULT_BASE_URL);
  if (strstr (text, "://") == NULL)
    return g_strconcat ("https://", text, NULL);
  return g_steal_pointer (&text);
}

static char *
subscribed_key (const char *base_url,
                const char *region)
{
  return g_strconcat (base_url, " ", region, NULL);
}

static void
read_subscribed (MitAddSubscriptionDialog *self)
{
  g_autoptr(GPtrArray) list = mit_store_list_subscriptions (self->store, NULL);

  g_hash_table_remove_all (self->subscribed);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      MitSubscription *subscription = g_ptr_array_index (list, i);

      g_hash_table_add (self->subscribed,
                        subscribed_key (subscription->base_url, subscription->region));
    }
}

static void
update_actions (MitAddSubscriptionDialog *self)
{
  gboolean on_languages = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack),
                                     "languages") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "add-subscription.subscribe",
                                 on_languages && self->languages != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), on_languages);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), !on_languages);
}

/* ---- the regions ---------------------------------------------------------- */

/* Folded for search: lower case, without accents ("Nürnberg" → "nurnberg"). */
static char *
fold (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", NULL);

  return g_ascii_strdown (ascii, -1);
}

static char *
region_search_text (const MitPortalRegion *region)
{
  g_autoptr(GString) text = g_string_new (region->name);
  g_autofree char *folded = NULL;

  g_string_append_printf (text, " %s %s", region->slug, region->postcode ? region->postcode : "");
  for (guint i = 0; region->aliases[i] != NULL; i++)
    g_string_append_printf (text, " %s", region->aliases[i]);
  folded = fold (text->str);
  return g_steal_pointer (&folded);
}

static char *
region_subtitle (const MitPortalRegion *region)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (region->postcode != NULL && *region->postcode != '\0')
    g_string_append (text, region->postcode);
  if (region->aliases[0] != NULL)
    {
      g_autofree char *aliases = g_strjoinv (", ", region->aliases);

      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: other places that belong to a region, "Also Mering, Kissing" */
      g_string_append_printf (text, _("Also %s"), aliases);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
region_row_matches (GtkListBoxRow *row,
                    const char    *query)
{
  const char *text = g_object_get_data (G_OBJECT (row), "mit-search-text");
  g_auto(GStrv) words = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  words = g_strsplit_set (query, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (text, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
apply_search (MitAddSubscriptionDialog *self)
{
  g_autofree char *query = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  guint n_visible = 0;
  gboolean loaded = self->regions != NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->regions_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      gboolean match = region_row_matches (GTK_LIST_BOX_ROW (child), query);

      gtk_widget_set_visible (child, match);
      n_visible += match;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->regions_list), loaded && n_visible > 0);
  gtk_widget_set_visible (self->no_match_label, loaded && n_visible == 0);
}

static void
search_changed_cb (GtkSearchEntry           *entry,
                   MitAddSubscriptionDialog *self)
{
  apply_search (self);
}

static void
clear_regions (MitAddSubscriptionDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->regions_list))) != NULL)
    gtk_list_box_remove (self->regions_list, child);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
}

static void
fill_regions (MitAddSubscriptionDialog *self,
              GPtrArray                *all)
{
  g_autofree char *base_url = dup_base_url (self);

  clear_regions (self);
  read_subscribed (self);
  self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify)mit_portal_region_free);

  for (guint i = 0; i < all->len; i++)
    {
      MitPortalRegion *region = g_ptr_array_index (all, i);
      g_autofree char *key = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Hidden test regions are not for subscribers. */
      if (!region->live)
        continue;

      g_ptr_array_add (self->regions, g_ptr_array_steal_index (all, i));
      i--;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), region->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      key = subscribed_key (base_url, region->slug);
      if (g_hash_table_contains (self->subscribed, key))
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Subscribed already"));
          gtk_widget_set_sensitive (row, FALSE);
        }
      else
        {
          subtitle = region_subtitle (region);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
        }
      g_object_set_data_full (G_OBJECT (row), "mit-slug", g_strdup (region->slug), g_free);
      g_object_set_data_full (G_OBJECT (row), "mit-search-text", region_search_text (region),
                              g_free);
      gtk_list_box_append (self->regions_list, row);
    }
}

static void
show_regions_state (MitAddSubscriptionDialog *self,
                    gboolean                  loading,
                    const char               *error_message)
{
  gtk_widget_set_visible (self->loading_box, loading);
  gtk_spinner_set_spinning (self->regions_spinner, loading);
  gtk_widget_set_visible (self->regions_error_list, error_message != NULL);
  if (error_message != NULL)
    adw_action_row_set_subtitle (self->regions_error_row, error_message);
  apply_search (self);
}

static void
regions_fetched_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(MitAddSubscriptionDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GPtrArray) all = NULL;

  body = mit_portal_client_fetch_finish (MIT_PORTAL_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (MIT_PORTAL_CLIENT (source) != self->client)
    return;   /* an earlier address */
  if (body != NULL)
    all = mit_portal_parse_regions (body, &error);
  if (all == NULL)
    {
      show_regions_state (self, FALSE, error->message);
      return;
    }

  fill_regions (self, all);
  show_regions_state (self, FALSE, NULL);
}

static void
load_regions (MitAddSubscriptionDialog *self)
{
  g_autofree char *base_url = dup_base_url (self);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  clear_regions (self);
  g_clear_object (&self->client);
  self->client = mit_portal_client_new (base_url);
  show_regions_state (self, TRUE, NULL);
  mit_portal_client_fetch_async (self->client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL,
                                 self->cancellable, regions_fetched_cb, g_object_ref (self));
}

static void
url_apply_cb (AdwEntryRow              *row,
              MitAddSubscriptionDialog *self)
{
  load_regions (self);
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  load_regions (MIT_ADD_SUBSCRIPTION_DIALOG (widget));
}

/* ---- the languages -------------------------------------------------------- */

static const MitPortalRegion *
find_region (MitAddSubscriptionDialog *self,
             const char               *slug)
{
  for (guint i = 0; self->regions != NULL && i < self->regions->len; i++)
    {
      const MitPortalRegion *region = g_ptr_array_index (self->regions, i);

      if (g_strcmp0 (region->slug, slug) == 0)
        return region;
    }
  return NULL;
}

static void
clear_languages (MitAddSubscriptionDialog *self)
{
  for (guint i = 0; i < self->language_rows->len; i++)
    adw_preferences_group_remove (self->languages_group,
                                  g_ptr_array_index (self->language_rows, i));
  g_ptr_array_set_size (self->language_rows, 0);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
}

static void
fill_languages (MitAddSubscriptionDialog *self)
{
  for (guint i = 0; i < self->languages->len; i++)
    {
      const MitPortalLanguage *language = g_ptr_array_index (self->languages, i);
      const char *name = mit_languages_get_name (language->code);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *subtitle = NULL;

      if (name == NULL)
        name = language->native_name != NULL ? language->native_name : language->code;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

      if (i == 0)
        subtitle = g_strdup (_("The region’s default language, always included"));
      else if (language->native_name != NULL && g_strcmp0 (language->native_name, name) != 0)
        subtitle = g_strdup (language->native_name);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i == 0);
      gtk_widget_set_sensitive (check, i > 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (check), "mit-code", g_strdup (language->code), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "mit-check", check);

      adw_preferences_group_add (self->languages_group, row);
      g_ptr_array_add (self->language_rows, row);
    }
}

static void
show_languages_state (MitAddSubscriptionDialog *self,
                      gboolean                  loading,
                      const char               *error_message)
{
  gtk_widget_set_visible (self->languages_loading_box, loading);
  gtk_spinner_set_spinning (self->languages_spinner, loading);
  gtk_widget_set_visible (self->languages_error_list, error_message != NULL);
  if (error_message != NULL)
    adw_action_row_set_subtitle (self->languages_error_row, error_message);
  update_actions (self);
}

static void
languages_fetched_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(MitAddSubscriptionDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  GPtrArray *languages = NULL;

  body = mit_portal_client_fetch_finish (MIT_PORTAL_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (MIT_PORTAL_CLIENT (source) != self->client)
    return;
  if (body != NULL)
    languages = mit_portal_parse_languages (body, self->region, &error);
  if (languages != NULL && languages->len == 0)
    {
      g_set_error (&error, MIT_PORTAL_ERROR, MIT_PORTAL_ERROR_MISSING_FIELD,
                   _("The portal lists no language for this region."));
      g_clear_pointer (&languages, g_ptr_array_unref);
    }
  if (languages == NULL)
    {
      show_languages_state (self, FALSE, error->message);
      return;
    }

  self->languages = languages;
  fill_languages (self);
  show_languages_state (self, FALSE, NULL);
}

static void
load_languages (MitAddSubscriptionDialog *self)
{
  clear_languages (self);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  show_languages_state (self, TRUE, NULL);
  mit_portal_client_fetch_async (self->client, MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES,
                                 self->region, NULL, self->cancellable,
                                 languages_fetched_cb, g_object_ref (self));
}

static void
choose_region (MitAddSubscriptionDialog *self,
               const MitPortalRegion    *region)
{
  g_autofree char *title = NULL;

  g_free (self->region);
  self->region = g_strdup (region->slug);
  g_free (self->region_name);
  self->region_name = g_strdup (region->name);

  /* Translators: the heading of the language list, "Languages of Stadt Augsburg" */
  title = g_strdup_printf (_("Languages of %s"), region->name);
  adw_preferences_group_set_title (self->languages_group, title);
  gtk_stack_set_visible_child_name (self->stack, "languages");
  load_languages (self);
}

static void
region_activated_cb (GtkListBox               *list,
                     GtkListBoxRow            *row,
                     MitAddSubscriptionDialog *self)
{
  const MitPortalRegion *region = find_region (self, g_object_get_data (G_OBJECT (row),
                                                                         "mit-slug"));

  if (region != NULL && gtk_widget_get_sensitive (GTK_WIDGET (row)))
    choose_region (self, region);
}

static void
retry_languages_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MitAddSubscriptionDialog *self = MIT_ADD_SUBSCRIPTION_DIALOG (widget);

  if (self->region != NULL && self->client != NULL)
    load_languages (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitAddSubscriptionDialog *self = MIT_ADD_SUBSCRIPTION_DIALOG (widget);

  clear_languages (self);
  gtk_stack_set_visible_child_name (self->stack, "regions");
  update_actions (self);
}

/* ---- subscribing ---------------------------------------------------------- */

static void
subscribe_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MitAddSubscriptionDialog *self = MIT_ADD_SUBSCRIPTION_DIALOG (widget);
  g_autofree char *base_url = dup_base_url (self);
  g_autoptr(MitSubscription) subscription = NULL;
  g_autoptr(GStrvBuilder) languages = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;

  if (self->languages == NULL || self->region == NULL)
    return;

  /* The default language first, then the chosen ones in the portal's order. */
  for (guint i = 0; i < self->language_rows->len; i++)
    {
      GtkWidget *check = g_object_get_data (g_ptr_array_index (self->language_rows, i),
                                            "mit-check");

      if (i == 0 || gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_strv_builder_add (languages, g_object_get_data (G_OBJECT (check), "mit-code"));
    }

  subscription = mit_subscription_new (base_url, self->region);
  g_free (subscription->region_name);
  subscription->region_name = g_strdup (self->region_name);
  g_strfreev (subscription->languages);
  subscription->languages = g_strv_builder_end (languages);

  if (!mit_store_save_subscription (self->store, subscription, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The subscription could not be saved: %s"),
                                                  error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  mit_sync_runner_subscriptions_changed (mit_sync_runner_get_for_store (self->store));
  g_signal_emit (self, signals[DONE], 0, subscription->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- the object ----------------------------------------------------------- */

static gboolean
mit_add_subscription_dialog_close_request (GtkWindow *window)
{
  MitAddSubscriptionDialog *self = MIT_ADD_SUBSCRIPTION_DIALOG (window);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (mit_add_subscription_dialog_parent_class)->close_request (window);
}

static void
mit_add_subscription_dialog_dispose (GObject *object)
{
  MitAddSubscriptionDialog *self = (MitAddSubscriptionDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->store);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->languages, g_ptr_array_unref);

  G_OBJECT_CLASS (mit_add_subscription_dialog_parent_class)->dispose (object);
}

static void
mit_add_subscription_dialog_finalize (GObject *object)
{
  MitAddSubscriptionDialog *self = (MitAddSubscriptionDialog *)object;

  g_clear_pointer (&self->language_rows, g_ptr_array_unref);
  g_clear_pointer (&self->subscribed, g_hash_table_unref);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->region_name, g_free);

  G_OBJECT_CLASS (mit_add_subscription_dialog_parent_class)->finalize (object);
}

static void
mit_add_subscription_dialog_class_init (MitAddSubscriptionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mit_add_subscription_dialog_dispose;
  object_class->finalize = mit_add_subscription_dialog_finalize;
  window_class->close_request = mit_add_subscription_dialog_close_request;

  /**
   * MitAddSubscriptionDialog::done:
   * @id: the new subscription
   */
  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/portal/mit-add-subscription-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, subscribe_button);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, loading_box);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, regions_spinner);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, regions_error_list);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, regions_error_row);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, regions_list);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, no_match_label);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, languages_group);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, languages_loading_box);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, languages_spinner);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, languages_error_list);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, languages_error_row);
  gtk_widget_class_bind_template_child (widget_class, MitAddSubscriptionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, url_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, region_activated_cb);

  gtk_widget_class_install_action (widget_class, "add-subscription.subscribe", NULL,
                                   subscribe_action);
  gtk_widget_class_install_action (widget_class, "add-subscription.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "add-subscription.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "add-subscription.retry-languages", NULL,
                                   retry_languages_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_add_subscription_dialog_init (MitAddSubscriptionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->language_rows = g_ptr_array_new ();
  self->subscribed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  update_actions (self);
}

/**
 * mit_add_subscription_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: where the subscription is saved
 * @base_url: (nullable): the portal offered first
 *
 * Returns: (transfer none): a new dialog, not yet presented, already
 *   loading the portal's regions
 */
MitAddSubscriptionDialog *
mit_add_subscription_dialog_new (GtkWindow  *parent,
                                 MitStore   *store,
                                 const char *base_url)
{
  MitAddSubscriptionDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_ADD_SUBSCRIPTION_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  gtk_editable_set_text (GTK_EDITABLE (self->url_row),
                         base_url != NULL ? base_url : MIT_PORTAL_CLIENT_DEFAULT_BASE_URL);
  load_regions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

GStrv
mit_add_subscription_dialog_dup_visible_regions (MitAddSubscriptionDialog *self)
{
  g_autoptr(GStrvBuilder) slugs = g_strv_builder_new ();

  g_return_val_if_fail (MIT_IS_ADD_SUBSCRIPTION_DIALOG (self), NULL);

  if (gtk_widget_get_visible (GTK_WIDGET (self->regions_list)))
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->regions_list));
         child != NULL; child = gtk_widget_get_next_sibling (child))
      if (gtk_widget_get_visible (child))
        g_strv_builder_add (slugs, g_object_get_data (G_OBJECT (child), "mit-slug"));
  return g_strv_builder_end (slugs);
}

gboolean
mit_add_subscription_dialog_choose_region (MitAddSubscriptionDialog *self,
                                           const char               *slug)
{
  g_return_val_if_fail (MIT_IS_ADD_SUBSCRIPTION_DIALOG (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->regions_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "mit-slug"), slug) == 0)
      {
        region_activated_cb (self->regions_list, GTK_LIST_BOX_ROW (child), self);
        return TRUE;
      }
  return FALSE;
}

GtkCheckButton *
mit_add_subscription_dialog_get_language_check (MitAddSubscriptionDialog *self,
                                                const char               *code)
{
  g_return_val_if_fail (MIT_IS_ADD_SUBSCRIPTION_DIALOG (self), NULL);

  for (guint i = 0; i < self->language_rows->len; i++)
    {
      GtkWidget *check = g_object_get_data (g_ptr_array_index (self->language_rows, i),
                                            "mit-check");

      if (g_strcmp0 (g_object_get_data (G_OBJECT (check), "mit-code"), code) == 0)
        return GTK_CHECK_BUTTON (check);
    }
  return NULL;
}
