/* mit-subscription-page.c: the settings of one portal subscription, a
 * subpage of the preferences
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitSubscriptionPage"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mit-languages.h"
#include "mit-portal-client.h"
#include "mit-portal-parse.h"
#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-subscription-page.h"
#include "mit-sync-runner.h"
#include "mit-validate.h"
#include "mit-vocab-row.h"

struct _MitSubscriptionPage
{
  GtkBox               parent_instance;

  /* template widgets */
  AdwWindowTitle      *title_widget;
  AdwActionRow        *portal_row;
  AdwActionRow        *last_sync_row;
  AdwComboRow         *interval_row;
  GtkStringList       *interval_labels;
  AdwPreferencesGroup *languages_group;
  GtkSpinner          *languages_spinner;
  AdwPreferencesGroup *categories_group;
  AdwActionRow        *no_categories_row;

  /* owned */
  MitStore            *store;
  MitSyncRunner       *runner;
  MitSubscription     *subscription;
  GCancellable        *cancellable;
  GArray              *intervals;        /* guint minutes, one per interval_labels item */
  GPtrArray           *language_rows;
  GPtrArray           *category_rows;
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (MitSubscriptionPage, mit_subscription_page, GTK_TYPE_BOX)

static const guint intervals[] = { 0, 60, 180, 360, 720, 1440 };

const guint *
mit_subscription_list_intervals (guint *n_intervals)
{
  if (n_intervals != NULL)
    *n_intervals = G_N_ELEMENTS (intervals);
  return intervals;
}

char *
mit_subscription_format_interval (guint minutes)
{
  if (minutes == 0)
    return g_strdup (_("Off"));
  if (minutes == 60)
    return g_strdup (_("Every Hour"));
  if (minutes == 1440)
    return g_strdup (_("Every Day"));
  if (minutes % 60 == 0)
    return g_strdup_printf (ngettext ("Every %u Hour", "Every %u Hours", minutes / 60),
                            minutes / 60);
  return g_strdup_printf (ngettext ("Every %u Minute", "Every %u Minutes", minutes), minutes);
}

char *
mit_subscription_format_last_sync (const char *last_sync)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *ymd = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (last_sync == NULL || *last_sync == '\0'
      || (utc = g_date_time_new_from_iso8601 (last_sync, NULL)) == NULL)
    return g_strdup (_("Never synced"));

  local = g_date_time_to_local (utc);
  ymd = g_date_time_format (local, "%Y-%m-%d");
  date = mit_date_format (ymd);
  time = g_date_time_format (local, "%H:%M");
  /* Translators: "Last synced 3 June 2026, 14:05" */
  return g_strdup_printf (_("Last synced %s, %s"), date, time);
}

static char *
dup_host (const char *base_url)
{
  g_autoptr(GUri) uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return g_strdup (base_url);
  if (g_uri_get_port (uri) > 0)
    return g_strdup_printf ("%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  return g_strdup (g_uri_get_host (uri));
}

static const char *
language_name (const char *code)
{
  const char *name = mit_languages_get_name (code);

  return name != NULL ? name : code;
}

char *
mit_subscription_format_summary (const MitSubscription *subscription)
{
  g_autofree char *host = NULL;
  g_autofree char *last_sync = NULL;
  g_autoptr(GString) languages = g_string_new (NULL);

  g_return_val_if_fail (subscription != NULL, NULL);

  host = dup_host (subscription->base_url);
  for (guint i = 0; subscription->languages[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (languages, ", ");
      g_string_append (languages, language_name (subscription->languages[i]));
    }
  last_sync = mit_subscription_format_last_sync (subscription->last_sync);
  return g_strdup_printf ("%s · %s · %s", host, languages->str, last_sync);
}

/* ---- saving ----------------------------------------------------------------- */

typedef void (*EditFunc) (MitSubscription *subscription,
                          gpointer         data);

/* Applies @edit to the subscription as stored now (a sync may have
 * written its last sync or category map meanwhile) and saves it. */
static void
edit_subscription (MitSubscriptionPage *self,
                   EditFunc             edit,
                   gpointer             data)
{
  g_autoptr(MitSubscription) current = NULL;
  g_autoptr(GError) error = NULL;

  current = mit_store_load_subscription (self->store, self->subscription->id, &error);
  if (current == NULL)
    {
      g_warning ("Cannot load the subscription: %s", error ? error->message : "gone");
      return;
    }
  edit (current, data);
  if (!mit_store_save_subscription (self->store, current, &error))
    {
      g_warning ("Cannot save the subscription: %s", error->message);
      return;
    }
  mit_subscription_free (self->subscription);
  self->subscription = g_steal_pointer (&current);
  mit_sync_runner_subscriptions_changed (self->runner);
}

/* ---- the interval ----------------------------------------------------------- */

static void
fill_intervals (MitSubscriptionPage *self)
{
  guint current = self->subscription->interval_minutes;
  guint selected = 0;
  gboolean found = FALSE;

  self->updating = TRUE;
  g_array_set_size (self->intervals, 0);
  gtk_string_list_splice (self->interval_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->interval_labels)), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (intervals); i++)
    {
      g_autofree char *label = mit_subscription_format_interval (intervals[i]);

      g_array_append_val (self->intervals, intervals[i]);
      gtk_string_list_append (self->interval_labels, label);
      if (intervals[i] == current)
        {
          selected = i;
          found = TRUE;
        }
    }
  if (!found)
    {
      g_autofree char *label = mit_subscription_format_interval (current);

      g_array_append_val (self->intervals, current);
      gtk_string_list_append (self->interval_labels, label);
      selected = self->intervals->len - 1;
    }
  adw_combo_row_set_selected (self->interval_row, selected);
  self->updating = FALSE;
}

static void
set_interval (MitSubscription *subscription,
              gpointer         data)
{
  subscription->interval_minutes = GPOINTER_TO_UINT (data);
}

static void
interval_selected_cb (AdwComboRow         *row,
                      GParamSpec          *pspec,
                      MitSubscriptionPage *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || self->subscription == NULL || selected >= self->intervals->len)
    return;
  if (g_array_index (self->intervals, guint, selected) == self->subscription->interval_minutes)
    return;
  edit_subscription (self, set_interval,
                     GUINT_TO_POINTER (g_array_index (self->intervals, guint, selected)));
}

/* ---- the languages ---------------------------------------------------------- */

static void
set_languages (MitSubscription *subscription,
               gpointer         data)
{
  g_strfreev (subscription->languages);
  subscription->languages = g_strdupv (data);
}

static void
language_toggled_cb (GtkCheckButton      *check,
                     MitSubscriptionPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) languages = NULL;

  if (self->updating)
    return;

  /* The default language first, then the others in the order shown. */
  for (guint i = 0; i < self->language_rows->len; i++)
    {
      GtkWidget *other = g_object_get_data (g_ptr_array_index (self->language_rows, i),
                                            "mit-check");

      if (i == 0 || gtk_check_button_get_active (GTK_CHECK_BUTTON (other)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (other), "mit-code"));
    }
  languages = g_strv_builder_end (builder);
  edit_subscription (self, set_languages, languages);
}

static void
add_language_row (MitSubscriptionPage *self,
                  const char          *code,
                  const char          *native_name,
                  gboolean             is_default,
                  gboolean             active)
{
  const char *name = mit_languages_get_name (code);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  if (name == NULL)
    name = native_name != NULL ? native_name : code;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (is_default)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("The region’s default language, always included"));
  else if (native_name != NULL && g_strcmp0 (native_name, name) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), native_name);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active || is_default);
  gtk_widget_set_sensitive (check, !is_default);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (check), "mit-code", g_strdup (code), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (language_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "mit-check", check);

  adw_preferences_group_add (self->languages_group, row);
  g_ptr_array_add (self->language_rows, row);
}

static void
clear_language_rows (MitSubscriptionPage *self)
{
  for (guint i = 0; i < self->language_rows->len; i++)
    adw_preferences_group_remove (self->languages_group,
                                  g_ptr_array_index (self->language_rows, i));
  g_ptr_array_set_size (self->language_rows, 0);
}

/* The subscribed languages alone, until (or when not) the portal answers. */
static void
fill_subscribed_languages (MitSubscriptionPage *self)
{
  self->updating = TRUE;
  clear_language_rows (self);
  for (guint i = 0; self->subscription->languages[i] != NULL; i++)
    add_language_row (self, self->subscription->languages[i], NULL, i == 0, TRUE);
  self->updating = FALSE;
}

static void
languages_fetched_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(MitSubscriptionPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GPtrArray) languages = NULL;
  const char *default_code;

  body = mit_portal_client_fetch_finish (MIT_PORTAL_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_spinner_set_spinning (self->languages_spinner, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->languages_spinner), FALSE);
  if (body != NULL)
    languages = mit_portal_parse_languages (body, self->subscription->region, &error);
  if (languages == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Only the chosen languages are shown: %s"),
                                               error->message);

      adw_preferences_group_set_description (self->languages_group, text);
      return;
    }

  /* The subscription's default stays first, whatever the portal says now. */
  default_code = self->subscription->languages[0];
  self->updating = TRUE;
  clear_language_rows (self);
  add_language_row (self, default_code, NULL, TRUE, TRUE);
  for (guint i = 0; i < languages->len; i++)
    {
      const MitPortalLanguage *language = g_ptr_array_index (languages, i);

      if (g_strcmp0 (language->code, default_code) == 0)
        continue;
      add_language_row (self, language->code, language->native_name, FALSE,
                        g_strv_contains ((const char * const *)self->subscription->languages,
                                         language->code));
    }
  /* A language the portal no longer lists stays visible while chosen. */
  for (guint i = 1; self->subscription->languages[i] != NULL; i++)
    {
      gboolean listed = FALSE;

      for (guint j = 0; j < languages->len && !listed; j++)
        listed = g_strcmp0 (((MitPortalLanguage *)g_ptr_array_index (languages, j))->code,
                            self->subscription->languages[i]) == 0;
      if (!listed)
        add_language_row (self, self->subscription->languages[i], NULL, FALSE, TRUE);
    }
  self->updating = FALSE;
}

static void
load_languages (MitSubscriptionPage *self)
{
  MitPortalClient *client = mit_sync_runner_get_client (self->runner,
                                                        self->subscription->base_url);

  fill_subscribed_languages (self);
  gtk_widget_set_visible (GTK_WIDGET (self->languages_spinner), TRUE);
  gtk_spinner_set_spinning (self->languages_spinner, TRUE);
  mit_portal_client_fetch_async (client, MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES,
                                 self->subscription->region, NULL, self->cancellable,
                                 languages_fetched_cb, g_object_ref (self));
}

/* ---- the categories --------------------------------------------------------- */

typedef struct
{
  const char *category;
  const char *kind;          /* NULL: leave */
  const char *field;         /* NULL: leave */
  gboolean    field_active;
} CategoryEdit;

static JsonObject *
parse_category_map (const char  *text,
                    JsonNode   **root_out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  *root_out = NULL;
  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      *root_out = json_node_init_object (json_node_alloc (), json_object_new ());
      return json_node_get_object (*root_out);
    }
  *root_out = json_node_copy (root);
  return json_node_get_object (*root_out);
}

static GStrv
entry_fields (JsonObject *entry)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (entry, "fields");

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }
  return g_strv_builder_end (builder);
}

static void
apply_category_edit (MitSubscription *subscription,
                     gpointer         data)
{
  const CategoryEdit *edit = data;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *map = parse_category_map (subscription->category_map, &root);
  JsonNode *entry_node = json_object_get_member (map, edit->category);
  JsonObject *entry;

  if (entry_node == NULL || !JSON_NODE_HOLDS_OBJECT (entry_node))
    {
      json_object_set_object_member (map, edit->category, json_object_new ());
      entry_node = json_object_get_member (map, edit->category);
    }
  entry = json_node_get_object (entry_node);

  if (edit->kind != NULL)
    json_object_set_string_member (entry, "kind", edit->kind);
  if (edit->field != NULL)
    {
      g_auto(GStrv) fields = entry_fields (entry);
      JsonArray *array = json_array_new ();
      gboolean had = FALSE;

      for (guint i = 0; fields[i] != NULL; i++)
        {
          if (g_strcmp0 (fields[i], edit->field) == 0)
            {
              had = TRUE;
              if (!edit->field_active)
                continue;
            }
          json_array_add_string_element (array, fields[i]);
        }
      if (edit->field_active && !had)
        json_array_add_string_element (array, edit->field);
      json_object_set_array_member (entry, "fields", array);
    }

  g_free (subscription->category_map);
  subscription->category_map = json_to_string (root, FALSE);
}

static void
update_category_subtitle (MitSubscriptionPage *self,
                          GtkWidget           *expander,
                          const char          *kind,
                          const char * const  *fields)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append (text, kind != NULL && *kind != '\0'
                         ? mit_store_get_vocabulary_label (self->store, "actor-kind", kind)
                         : C_("actor kind", "No kind"));
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    g_string_append_printf (text, i == 0 ? " · %s" : ", %s",
                            mit_store_get_vocabulary_label (self->store, "field", fields[i]));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), text->str);
}

static void
refresh_category_subtitle (MitSubscriptionPage *self,
                           GtkWidget           *expander)
{
  const char *category = g_object_get_data (G_OBJECT (expander), "mit-category");
  g_autoptr(JsonNode) root = NULL;
  JsonObject *map = parse_category_map (self->subscription->category_map, &root);
  JsonNode *entry_node = json_object_get_member (map, category);
  g_auto(GStrv) fields = NULL;
  const char *kind = NULL;

  if (entry_node != NULL && JSON_NODE_HOLDS_OBJECT (entry_node))
    {
      kind = json_object_get_string_member_with_default (json_node_get_object (entry_node),
                                                         "kind", NULL);
      fields = entry_fields (json_node_get_object (entry_node));
    }
  update_category_subtitle (self, expander, kind, (const char * const *)fields);
}

static void
kind_changed_cb (MitVocabRow         *row,
                 GParamSpec          *pspec,
                 MitSubscriptionPage *self)
{
  CategoryEdit edit = { 0, };

  if (self->updating)
    return;
  edit.category = g_object_get_data (G_OBJECT (row), "mit-category");
  edit.kind = mit_vocab_row_get_key (row);
  edit_subscription (self, apply_category_edit, &edit);
  refresh_category_subtitle (self, g_object_get_data (G_OBJECT (row), "mit-expander"));
}

static void
field_toggled_cb (GtkCheckButton      *check,
                  MitSubscriptionPage *self)
{
  CategoryEdit edit = { 0, };

  if (self->updating)
    return;
  edit.category = g_object_get_data (G_OBJECT (check), "mit-category");
  edit.field = g_object_get_data (G_OBJECT (check), "mit-field");
  edit.field_active = gtk_check_button_get_active (check);
  edit_subscription (self, apply_category_edit, &edit);
  refresh_category_subtitle (self, g_object_get_data (G_OBJECT (check), "mit-expander"));
}

static void
add_category_row (MitSubscriptionPage *self,
                  const char          *category,
                  JsonObject          *entry,
                  GPtrArray           *field_terms)
{
  const char *name = json_object_get_string_member_with_default (entry, "name", "");
  const char *kind = json_object_get_string_member_with_default (entry, "kind", "");
  g_auto(GStrv) fields = entry_fields (entry);
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *kind_row = mit_vocab_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                 *name != '\0' ? name : category);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  g_object_set_data_full (G_OBJECT (expander), "mit-category", g_strdup (category), g_free);
  update_category_subtitle (self, expander, kind, (const char * const *)fields);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind_row), _("Kind of Actor"));
  mit_vocab_row_set_store (MIT_VOCAB_ROW (kind_row), self->store, "actor-kind");
  mit_vocab_row_set_key (MIT_VOCAB_ROW (kind_row), kind);
  g_object_set_data_full (G_OBJECT (kind_row), "mit-category", g_strdup (category), g_free);
  g_object_set_data (G_OBJECT (kind_row), "mit-expander", expander);
  g_signal_connect_object (kind_row, "notify::key", G_CALLBACK (kind_changed_cb), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), kind_row);

  for (guint i = 0; field_terms != NULL && i < field_terms->len; i++)
    {
      MitVocabTerm *term = g_ptr_array_index (field_terms, i);
      const char *label = term->builtin ? _(term->label) : term->label;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strv_contains ((const char * const *)fields, term->key));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (check), "mit-category", g_strdup (category), g_free);
      g_object_set_data_full (G_OBJECT (check), "mit-field", g_strdup (term->key), g_free);
      g_object_set_data (G_OBJECT (check), "mit-expander", expander);
      g_signal_connect_object (check, "toggled", G_CALLBACK (field_toggled_cb), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  adw_preferences_group_add (self->categories_group, expander);
  g_ptr_array_add (self->category_rows, expander);
}

static int
compare_category_names (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  JsonObject *map = user_data;
  const char *ka = *(const char * const *)a;
  const char *kb = *(const char * const *)b;
  JsonNode *na = json_object_get_member (map, ka);
  JsonNode *nb = json_object_get_member (map, kb);
  const char *name_a = JSON_NODE_HOLDS_OBJECT (na)
    ? json_object_get_string_member_with_default (json_node_get_object (na), "name", ka) : ka;
  const char *name_b = JSON_NODE_HOLDS_OBJECT (nb)
    ? json_object_get_string_member_with_default (json_node_get_object (nb), "name", kb) : kb;

  return g_utf8_collate (name_a, name_b);
}

static void
fill_categories (MitSubscriptionPage *self)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) field_terms = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GList) members = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *map;

  self->updating = TRUE;
  for (guint i = 0; i < self->category_rows->len; i++)
    adw_preferences_group_remove (self->categories_group,
                                  g_ptr_array_index (self->category_rows, i));
  g_ptr_array_set_size (self->category_rows, 0);

  map = parse_category_map (self->subscription->category_map, &root);
  members = json_object_get_members (map);
  for (GList *l = members; l != NULL; l = l->next)
    if (JSON_NODE_HOLDS_OBJECT (json_object_get_member (map, l->data)))
      g_ptr_array_add (ids, l->data);
  g_ptr_array_sort_with_data (ids, compare_category_names, map);

  if (ids->len > 0)
    {
      field_terms = mit_store_list_vocabulary (self->store, "field", &error);
      if (field_terms == NULL)
        g_warning ("Cannot list the fields of action: %s", error->message);
    }
  for (guint i = 0; i < ids->len; i++)
    add_category_row (self, g_ptr_array_index (ids, i),
                      json_object_get_object_member (map, g_ptr_array_index (ids, i)),
                      field_terms);

  gtk_widget_set_visible (GTK_WIDGET (self->no_categories_row), ids->len == 0);
  self->updating = FALSE;
}

/* ---- the rest --------------------------------------------------------------- */

static void
fill_info (MitSubscriptionPage *self)
{
  g_autofree char *last_sync = mit_subscription_format_last_sync (self->subscription->last_sync);
  g_autofree char *host = dup_host (self->subscription->base_url);

  adw_window_title_set_title (self->title_widget,
                              *self->subscription->region_name
                              ? self->subscription->region_name : self->subscription->region);
  adw_window_title_set_subtitle (self->title_widget, host);
  adw_action_row_set_subtitle (self->portal_row, self->subscription->base_url);
  adw_action_row_set_subtitle (self->last_sync_row, last_sync);
}

static void
runner_finished_cb (MitSyncRunner       *runner,
                    const char          *summary,
                    gboolean             failed,
                    const char          *error_message,
                    MitSubscriptionPage *self)
{
  g_autoptr(MitSubscription) current = NULL;

  current = mit_store_load_subscription (self->store, self->subscription->id, NULL);
  if (current == NULL)
    return;
  mit_subscription_free (self->subscription);
  self->subscription = g_steal_pointer (&current);
  fill_info (self);
  fill_categories (self);
}

static void
runner_running_cb (MitSyncRunner       *runner,
                   GParamSpec          *pspec,
                   MitSubscriptionPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "subscription.sync",
                                 !mit_sync_runner_get_running (runner));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (window));
}

static void
sync_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitSubscriptionPage *self = MIT_SUBSCRIPTION_PAGE (widget);

  mit_sync_runner_start_one (self->runner, self->subscription->id);
}

static void
remove_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    MitSubscriptionPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;

  if (!mit_store_delete_subscription (self->store, self->subscription->id, &error))
    {
      g_warning ("Cannot remove the subscription: %s", error->message);
      return;
    }
  mit_sync_runner_subscriptions_changed (self->runner);
  back_action (GTK_WIDGET (self), NULL, NULL);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitSubscriptionPage *self = MIT_SUBSCRIPTION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                             : NULL,
                                                       NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Remove the Subscription to %s?"),
                                     *self->subscription->region_name
                                     ? self->subscription->region_name
                                     : self->subscription->region);
  adw_message_dialog_set_body (dialog,
                               _("The actors and events it brought stay in your directory as "
                                 "your own records and are no longer updated; its information "
                                 "pages are removed. Nothing changes on the portal."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
mit_subscription_page_dispose (GObject *object)
{
  MitSubscriptionPage *self = (MitSubscriptionPage *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_SUBSCRIPTION_PAGE);
  g_clear_object (&self->runner);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_subscription_page_parent_class)->dispose (object);
}

static void
mit_subscription_page_finalize (GObject *object)
{
  MitSubscriptionPage *self = (MitSubscriptionPage *)object;

  g_clear_pointer (&self->subscription, mit_subscription_free);
  g_clear_pointer (&self->intervals, g_array_unref);
  g_clear_pointer (&self->language_rows, g_ptr_array_unref);
  g_clear_pointer (&self->category_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mit_subscription_page_parent_class)->finalize (object);
}

static void
mit_subscription_page_class_init (MitSubscriptionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_subscription_page_dispose;
  object_class->finalize = mit_subscription_page_finalize;

  g_type_ensure (MIT_TYPE_VOCAB_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/portal/mit-subscription-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, title_widget);
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, portal_row);
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, last_sync_row);
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, interval_row);
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, interval_labels);
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, languages_group);
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, languages_spinner);
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, categories_group);
  gtk_widget_class_bind_template_child (widget_class, MitSubscriptionPage, no_categories_row);
  gtk_widget_class_bind_template_callback (widget_class, interval_selected_cb);

  gtk_widget_class_install_action (widget_class, "subscription.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "subscription.sync", NULL, sync_action);
  gtk_widget_class_install_action (widget_class, "subscription.remove", NULL, remove_action);
}

static void
mit_subscription_page_init (MitSubscriptionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->intervals = g_array_new (FALSE, FALSE, sizeof (guint));
  self->language_rows = g_ptr_array_new ();
  self->category_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
}

/**
 * mit_subscription_page_new:
 * @store: the store
 * @subscription_id: the subscription to show
 *
 * Returns: (transfer floating) (nullable): a new page
 */
GtkWidget *
mit_subscription_page_new (MitStore *store,
                           gint64    subscription_id)
{
  g_autoptr(GError) error = NULL;
  MitSubscriptionPage *self;
  MitSubscription *subscription;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  subscription = mit_store_load_subscription (store, subscription_id, &error);
  if (subscription == NULL)
    {
      g_warning ("Cannot load subscription %" G_GINT64_FORMAT ": %s", subscription_id,
                 error != NULL ? error->message : "not found");
      return NULL;
    }

  self = g_object_new (MIT_TYPE_SUBSCRIPTION_PAGE, NULL);
  self->store = g_object_ref (store);
  self->runner = g_object_ref (mit_sync_runner_get_for_store (store));
  self->subscription = subscription;
  g_signal_connect_object (self->runner, "finished", G_CALLBACK (runner_finished_cb), self, 0);
  g_signal_connect_object (self->runner, "notify::running", G_CALLBACK (runner_running_cb),
                           self, 0);
  runner_running_cb (self->runner, NULL, self);

  fill_info (self);
  fill_intervals (self);
  fill_categories (self);
  load_languages (self);

  return GTK_WIDGET (self);
}
