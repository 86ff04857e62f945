/* mit-conflict-dialog.c: a record changed here and on the portal, both
 * versions side by side, chosen field by field
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitConflictDialog"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mit-conflict-dialog.h"
#include "mit-event.h"
#include "mit-portal-map.h"
#include "mit-portal-sync.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-portal.h"

/* Below this width the two versions of a field are stacked. */
#define NARROW_WIDTH 560

struct _MitConflictDialog
{
  AdwWindow       parent_instance;

  /* template widgets */
  GtkLabel       *name_label;
  GtkLabel       *origin_label;
  GtkBox         *fields_box;
  GtkLabel       *error_label;

  /* owned */
  MitStore       *store;
  MitOrigin      *origin;
  GObject        *record;
  GPtrArray      *pairs;          /* GtkBox holding the two choices of a field */
  GHashTable     *theirs_buttons; /* key → GtkToggleButton of the portal's value */
  GPtrArray      *keys;
  GtkOrientation  orientation;
  guint           orientation_idle;
};

G_DEFINE_FINAL_TYPE (MitConflictDialog, mit_conflict_dialog, ADW_TYPE_WINDOW)

enum {
  RESOLVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
mit_conflict_format_value (MitStore   *store,
                           const char *tbl,
                           const char *key,
                           const char *value)
{
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  if (value == NULL)
    return g_strdup ("");

  if (g_strcmp0 (tbl, "actor") == 0)
    {
      if (g_strcmp0 (key, "kind") == 0 && *value != '\0')
        return g_strdup (mit_store_get_vocabulary_label (store, "actor-kind", value));
      if (g_strcmp0 (key, "fields") == 0 && *value != '\0')
        {
          g_auto(GStrv) fields = g_strsplit (value, ",", -1);
          g_autoptr(GString) text = g_string_new (NULL);

          for (guint i = 0; fields[i] != NULL; i++)
            {
              if (i > 0)
                g_string_append (text, ", ");
              g_string_append (text, mit_store_get_vocabulary_label (store, "field", fields[i]));
            }
          return g_string_free (g_steal_pointer (&text), FALSE);
        }
      if (g_strcmp0 (key, "barrier-free") == 0)
        {
          if (g_strcmp0 (value, "1") == 0)
            return g_strdup (C_("barrier-free", "Yes"));
          if (g_strcmp0 (value, "2") == 0)
            return g_strdup (C_("barrier-free", "No"));
          return g_strdup (C_("barrier-free", "Not known"));
        }
    }
  else if (g_strcmp0 (tbl, "event") == 0)
    {
      if (g_strcmp0 (key, "all-day") == 0)
        return g_strdup (g_strcmp0 (value, "1") == 0 ? C_("all day", "Yes") : C_("all day", "No"));
      if (g_strcmp0 (key, "venue") == 0 && value[0] == '#')
        {
          g_autoptr(MitActor) actor = mit_store_load_actor (store, g_ascii_strtoll (value + 1, NULL, 10),
                                                            NULL);

          if (actor != NULL)
            return g_strdup (mit_actor_get_name (actor));
        }
    }
  return g_strdup (value);
}

/* ---- narrow and wide -------------------------------------------------------- */

static void
apply_orientation (MitConflictDialog *self)
{
  for (guint i = 0; i < self->pairs->len; i++)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (g_ptr_array_index (self->pairs, i)),
                                    self->orientation);
}

static gboolean
orientation_idle_cb (gpointer user_data)
{
  MitConflictDialog *self = user_data;

  self->orientation_idle = 0;
  apply_orientation (self);
  return G_SOURCE_REMOVE;
}

/* The orientation cannot change while the window is being allocated, so
 * it follows the width in the next main loop iteration. */
static void
mit_conflict_dialog_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  MitConflictDialog *self = MIT_CONFLICT_DIALOG (widget);
  GtkOrientation wanted = width < NARROW_WIDTH ? GTK_ORIENTATION_VERTICAL
                                               : GTK_ORIENTATION_HORIZONTAL;

  GTK_WIDGET_CLASS (mit_conflict_dialog_parent_class)->size_allocate (widget, width, height,
                                                                      baseline);

  if (wanted != self->orientation)
    {
      self->orientation = wanted;
      if (self->orientation_idle == 0)
        self->orientation_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, orientation_idle_cb,
                                                  self, NULL);
    }
}

/* ---- the fields ------------------------------------------------------------- */

static GtkWidget *
make_choice (const char *caption,
             const char *value)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *caption_label = gtk_label_new (caption);
  GtkWidget *value_label = gtk_label_new (*value != '\0' ? value : _("(empty)"));

  gtk_widget_add_css_class (caption_label, "caption-heading");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);

  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_yalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (value_label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (value_label), 40);
  gtk_label_set_lines (GTK_LABEL (value_label), 8);
  gtk_label_set_ellipsize (GTK_LABEL (value_label), PANGO_ELLIPSIZE_END);
  if (*value == '\0')
    gtk_widget_add_css_class (value_label, "dim-label");

  /* The chosen one says so by more than its shade. */
  gtk_widget_set_hexpand (caption_label, TRUE);
  g_object_bind_property (button, "active", check, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (caption_box), caption_label);
  gtk_box_append (GTK_BOX (caption_box), check);
  gtk_box_append (GTK_BOX (box), caption_box);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_FILL);
  gtk_widget_set_tooltip_text (button, *value != '\0' ? value : NULL);
  return button;
}

static void
add_field (MitConflictDialog    *self,
           const MitPortalField *field,
           const char           *theirs)
{
  g_autofree char *mine_raw = field->get (self->record);
  g_autofree char *mine = mit_conflict_format_value (self->store, self->origin->tbl, field->key,
                                                     mine_raw);
  g_autofree char *portal = mit_conflict_format_value (self->store, self->origin->tbl,
                                                       field->key, theirs);
  g_autofree char *mine_label = NULL;
  g_autofree char *theirs_label = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_(field->label));
  GtkWidget *pair = gtk_box_new (self->orientation, 6);
  GtkWidget *mine_button = make_choice (_("On This Computer"), mine);
  GtkWidget *theirs_button = make_choice (_("On the Portal"), portal);

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_set_homogeneous (GTK_BOX (pair), TRUE);

  /* Translators: the accessible names of the two choices, "Name on this computer" */
  mine_label = g_strdup_printf (_("%s on this computer"), _(field->label));
  theirs_label = g_strdup_printf (_("%s on the portal"), _(field->label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (mine_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mine_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (theirs_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, theirs_label, -1);

  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (theirs_button), GTK_TOGGLE_BUTTON (mine_button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mine_button), TRUE);

  gtk_box_append (GTK_BOX (pair), mine_button);
  gtk_box_append (GTK_BOX (pair), theirs_button);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), pair);
  gtk_box_append (self->fields_box, box);

  g_ptr_array_add (self->pairs, pair);
  g_ptr_array_add (self->keys, g_strdup (field->key));
  g_hash_table_insert (self->theirs_buttons, g_strdup (field->key), theirs_button);
}

static char *
origin_text (MitConflictDialog *self)
{
  g_autoptr(MitSubscription) subscription = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *host;

  subscription = mit_store_load_subscription (self->store, self->origin->subscription_id, NULL);
  if (subscription == NULL)
    return g_strdup ("");
  uri = g_uri_parse (subscription->base_url, G_URI_FLAGS_NONE, NULL);
  host = uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri)
                                                    : subscription->base_url;
  /* Translators: "From Stadt Augsburg on cms.integreat-app.de" */
  return g_strdup_printf (_("From %s on %s"),
                          *subscription->region_name ? subscription->region_name
                                                     : subscription->region,
                          host);
}

static gboolean
load (MitConflictDialog *self,
      gint64             origin_id)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GList) members = NULL;
  g_autofree char *from = NULL;
  JsonObject *theirs;
  JsonNode *root;

  conflicts = mit_store_list_conflicts (self->store, &error);
  for (guint i = 0; conflicts != NULL && i < conflicts->len && self->origin == NULL; i++)
    if (((MitOrigin *)g_ptr_array_index (conflicts, i))->id == origin_id)
      self->origin = g_ptr_array_steal_index (conflicts, i);
  if (self->origin == NULL)
    {
      g_warning ("No conflict %" G_GINT64_FORMAT ": %s", origin_id,
                 error != NULL ? error->message : "settled already");
      return FALSE;
    }

  if (g_strcmp0 (self->origin->tbl, "actor") == 0)
    self->record = (GObject *)mit_store_load_actor (self->store, self->origin->row_id, &error);
  else if (g_strcmp0 (self->origin->tbl, "event") == 0)
    self->record = (GObject *)mit_store_load_event (self->store, self->origin->row_id, &error);
  if (self->record == NULL)
    {
      g_warning ("Cannot load the %s of conflict %" G_GINT64_FORMAT ": %s", self->origin->tbl,
                 origin_id, error != NULL ? error->message : "unknown table");
      return FALSE;
    }

  gtk_label_set_text (self->name_label,
                      MIT_IS_ACTOR (self->record) ? mit_actor_get_name (MIT_ACTOR (self->record))
                                                  : mit_event_get_title (MIT_EVENT (self->record)));
  from = origin_text (self);
  gtk_label_set_text (self->origin_label, from);
  gtk_widget_set_visible (GTK_WIDGET (self->origin_label), *from != '\0');

  if (!json_parser_load_from_data (parser, self->origin->theirs, -1, &error)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_warning ("The portal's values of conflict %" G_GINT64_FORMAT " cannot be read",
                 origin_id);
      return FALSE;
    }
  theirs = json_node_get_object (root);

  /* In the order of the table's fields, not of the JSON. */
  {
    guint n_fields = 0;
    const MitPortalField *fields = mit_portal_fields_for (self->origin->tbl, &n_fields);

    for (guint i = 0; i < n_fields; i++)
      {
        JsonNode *node = json_object_get_member (theirs, fields[i].key);

        if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
            || json_node_get_value_type (node) != G_TYPE_STRING)
          continue;
        add_field (self, &fields[i], json_node_get_string (node));
      }
  }

  return TRUE;
}

/* ---- actions ---------------------------------------------------------------- */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MitConflictDialog *self = MIT_CONFLICT_DIALOG (widget);
  g_autoptr(GHashTable) take = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, button;

  g_hash_table_iter_init (&iter, self->theirs_buttons);
  while (g_hash_table_iter_next (&iter, &key, &button))
    if (gtk_toggle_button_get_active (button))
      g_hash_table_add (take, key);

  if (!mit_portal_resolve_conflict (self->store, self->origin->id, take, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The choice could not be saved: %s"),
                                                  error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[RESOLVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
choose_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitConflictDialog *self = MIT_CONFLICT_DIALOG (widget);
  gboolean theirs = g_variant_get_boolean (parameter);

  for (guint i = 0; i < self->keys->len; i++)
    mit_conflict_dialog_choose (self, g_ptr_array_index (self->keys, i), theirs);
}

/* ---- the object ------------------------------------------------------------- */

static void
mit_conflict_dialog_dispose (GObject *object)
{
  MitConflictDialog *self = (MitConflictDialog *)object;

  g_clear_handle_id (&self->orientation_idle, g_source_remove);
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_clear_pointer (&self->theirs_buttons, g_hash_table_unref);
  g_clear_pointer (&self->pairs, g_ptr_array_unref);

  G_OBJECT_CLASS (mit_conflict_dialog_parent_class)->dispose (object);
}

static void
mit_conflict_dialog_finalize (GObject *object)
{
  MitConflictDialog *self = (MitConflictDialog *)object;

  g_clear_pointer (&self->origin, mit_origin_free);
  g_clear_pointer (&self->keys, g_ptr_array_unref);

  G_OBJECT_CLASS (mit_conflict_dialog_parent_class)->finalize (object);
}

static void
mit_conflict_dialog_class_init (MitConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_conflict_dialog_dispose;
  object_class->finalize = mit_conflict_dialog_finalize;
  widget_class->size_allocate = mit_conflict_dialog_size_allocate;

  /**
   * MitConflictDialog::resolved:
   *
   * The user's choice was saved.
   */
  signals[RESOLVED] =
    g_signal_new ("resolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/portal/mit-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitConflictDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, MitConflictDialog, origin_label);
  gtk_widget_class_bind_template_child (widget_class, MitConflictDialog, fields_box);
  gtk_widget_class_bind_template_child (widget_class, MitConflictDialog, error_label);

  gtk_widget_class_install_action (widget_class, "conflict.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "conflict.choose-all", "b", choose_all_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_conflict_dialog_init (MitConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->orientation = GTK_ORIENTATION_HORIZONTAL;
  self->pairs = g_ptr_array_new ();
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->theirs_buttons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * mit_conflict_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 * @origin_id: the origin in conflict
 *
 * Returns: (transfer none) (nullable): a new dialog, not yet presented
 */
MitConflictDialog *
mit_conflict_dialog_new (GtkWindow *parent,
                         MitStore  *store,
                         gint64     origin_id)
{
  MitConflictDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_CONFLICT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  if (!load (self, origin_id))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  return self;
}

gboolean
mit_conflict_dialog_choose (MitConflictDialog *self,
                            const char        *key,
                            gboolean           theirs)
{
  GtkToggleButton *theirs_button;
  GtkWidget *mine_button;

  g_return_val_if_fail (MIT_IS_CONFLICT_DIALOG (self), FALSE);

  theirs_button = g_hash_table_lookup (self->theirs_buttons, key);
  if (theirs_button == NULL)
    return FALSE;
  mine_button = gtk_widget_get_prev_sibling (GTK_WIDGET (theirs_button));
  gtk_toggle_button_set_active (theirs ? theirs_button : GTK_TOGGLE_BUTTON (mine_button), TRUE);
  return TRUE;
}

GStrv
mit_conflict_dialog_dup_keys (MitConflictDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MIT_IS_CONFLICT_DIALOG (self), NULL);

  for (guint i = 0; i < self->keys->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->keys, i));
  return g_strv_builder_end (builder);
}
