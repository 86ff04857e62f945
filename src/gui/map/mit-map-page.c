/* mit-map-page.c: the Network Map section
 *
 * Reads a snapshot of the network (MitNetworkData) on the main thread
 * (a few milliseconds for 2 000 nodes and 10 000 channels), lays it out
 * in a worker thread and hands both to the MitNetworkMap. A change to the
 * store is read again after a pause; when the nodes and channels are
 * still the same (a new name, a new assessment) the old positions are
 * kept, otherwise the network is laid out again. The layout is
 * deterministic, so the same network always gets the same picture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMapPage"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mit-gui-util.h"
#include "mit-map-page.h"
#include "mit-debounce.h"
#include "mit-network-data.h"
#include "mit-network-layout.h"
#include "mit-store.h"

#define RELOAD_DELAY_MS 300

struct _MitMapPage
{
  AdwBin           parent_instance;

  /* template widgets; the toast overlay is the bin's child (not bound:
   * disposing the template would unparent it behind the bin's back) */
  GtkStack        *stack;
  MitNetworkMap   *map;
  GtkLabel        *status_label;
  GtkSpinner      *toolbar_spinner;
  GtkWidget       *busy_box;
  GtkSpinner      *busy_spinner;
  GtkBox          *legend_box;
  GtkToggleButton *legend_button;
  GtkRevealer     *selection_revealer;
  GtkLabel        *selection_title;
  GtkLabel        *selection_subtitle;
  GtkDropDown     *field_dropdown;
  GtkDropDown     *district_dropdown;
  GtkDropDown     *level_dropdown;
  GtkDropDown     *group_dropdown;

  /* owned */
  MitStore        *store;
  MitDebounce     *reload;
  GCancellable    *cancellable;     /* of the running layout */
  MitNetworkData  *pending;         /* being laid out */
  char            *pending_signature;
  char            *signature;       /* of the network shown */
  GPtrArray       *field_keys;      /* dropdown position → key (NULL: any) */
  GPtrArray       *districts;       /* dropdown position → district (NULL: any) */
  GPtrArray       *group_uids;      /* dropdown position → uid (NULL: none) */
  GtkFileChooserNative *chooser;
  gint64           layout_started;
  gint64           last_layout_us;
  gboolean         busy;
  gboolean         syncing;         /* setting dropdowns from code */
  gboolean         shown_once;
};

G_DEFINE_FINAL_TYPE (MitMapPage, mit_map_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The level dropdown, in its order. */
static const int levels[] = {
  MIT_NETWORK_FILTER_ANY_LEVEL,
  MIT_REACHABILITY_GOOD,
  MIT_REACHABILITY_MEDIUM,
  MIT_REACHABILITY_LITTLE_OR_NONE,
  MIT_REACHABILITY_UNKNOWN,
};

static void
show_message (MitMapPage *self,
              const char *message)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self))),
                               adw_toast_new (message));
}

static void
set_busy (MitMapPage *self,
          gboolean    busy)
{
  gboolean has_map = mit_network_map_get_data (self->map) != NULL;

  gtk_widget_set_visible (self->busy_box, busy && !has_map);
  gtk_spinner_set_spinning (self->busy_spinner, busy && !has_map);
  gtk_widget_set_visible (GTK_WIDGET (self->toolbar_spinner), busy && has_map);
  gtk_spinner_set_spinning (self->toolbar_spinner, busy && has_map);

  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* What decides the positions: the nodes and the channels. */
static char *
compute_signature (MitNetworkData *data)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < mit_network_data_get_n_nodes (data); i++)
    {
      const MitNetworkNode *node = mit_network_data_get_node (data, i);

      g_checksum_update (checksum, (const guchar *) node->uid, -1);
      g_checksum_update (checksum, (const guchar *) "\n", 1);
    }
  for (guint c = 0; c < mit_network_data_get_n_channels (data); c++)
    {
      const MitNetworkChannel *channel = mit_network_data_get_channel (data, c);
      guint values[3] = { channel->actor, channel->group, channel->strength };

      g_checksum_update (checksum, (const guchar *) values, sizeof values);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/* ---- status and selection ---------------------------------------------------- */

static void
update_status (MitMapPage *self)
{
  MitNetworkData *data = mit_network_map_get_data (self->map);
  g_autofree char *text = NULL;
  guint n_nodes, n_groups;

  if (data == NULL)
    {
      gtk_label_set_text (self->status_label, "");
      return;
    }
  n_nodes = mit_network_data_get_n_nodes (data);
  n_groups = mit_network_data_get_n_groups (data);
  if (mit_network_map_get_n_shown (self->map) < n_nodes)
    /* Translators: nodes of the map shown by the filters, of all */
    text = g_strdup_printf (_("%u of %u shown"), mit_network_map_get_n_shown (self->map), n_nodes);
  else
    {
      g_autofree char *groups = g_strdup_printf (ngettext ("%u target group", "%u target groups",
                                                           n_groups), n_groups);
      g_autofree char *actors = g_strdup_printf (ngettext ("%u actor", "%u actors",
                                                           n_nodes - n_groups), n_nodes - n_groups);

      /* Translators: "3 target groups, 12 actors" */
      text = g_strdup_printf (_("%s, %s"), groups, actors);
    }
  gtk_label_set_text (self->status_label, text);
}

static guint
find_string (GPtrArray  *strings,
             const char *value)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_strcmp0 (g_ptr_array_index (strings, i), value) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
selection_changed_cb (MitMapPage *self)
{
  const MitNetworkNode *node = mit_network_map_get_selected_node (self->map);
  guint position;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.open-selection", node != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.unselect", node != NULL);
  gtk_revealer_set_reveal_child (self->selection_revealer, node != NULL);
  if (node != NULL)
    {
      g_autofree char *description = mit_network_map_describe_node (node);

      gtk_label_set_text (self->selection_title, node->name);
      gtk_label_set_text (self->selection_subtitle, description);
    }

  /* The group chooser follows the selection. */
  position = find_string (self->group_uids,
                          node != NULL && node->kind == MIT_LAYOUT_NODE_GROUP ? node->uid : NULL);
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->group_dropdown, position);
  self->syncing = FALSE;
}

static void
group_chosen_cb (MitMapPage *self)
{
  guint position = gtk_drop_down_get_selected (self->group_dropdown);
  const char *uid;

  if (self->syncing || position == GTK_INVALID_LIST_POSITION || position >= self->group_uids->len)
    return;

  uid = g_ptr_array_index (self->group_uids, position);
  if (uid == NULL)
    {
      const MitNetworkNode *node = mit_network_map_get_selected_node (self->map);

      if (node != NULL && node->kind == MIT_LAYOUT_NODE_GROUP)
        mit_network_map_select (self->map, NULL);
      return;
    }
  if (!mit_network_map_select (self->map, uid))
    {
      show_message (self, _("The group is hidden by the filters"));
      return;
    }
  mit_network_map_center_on (self->map, uid);
}

/* ---- filters ---------------------------------------------------------------------- */

static void
filter_changed_cb (MitMapPage *self)
{
  MitNetworkFilter filter;
  guint position;

  if (self->syncing)
    return;

  mit_network_filter_init (&filter);
  position = gtk_drop_down_get_selected (self->field_dropdown);
  if (position < self->field_keys->len)
    filter.field = g_ptr_array_index (self->field_keys, position);
  position = gtk_drop_down_get_selected (self->district_dropdown);
  if (position < self->districts->len)
    filter.district = g_ptr_array_index (self->districts, position);
  position = gtk_drop_down_get_selected (self->level_dropdown);
  if (position < G_N_ELEMENTS (levels))
    filter.level = levels[position];

  mit_network_map_set_filter (self->map, &filter);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.reset-filters",
                                 !mit_network_filter_is_empty (&filter));
  update_status (self);
}

/* Fills @dropdown with @labels, keeping the item whose key was chosen. */
static void
refill_dropdown (MitMapPage  *self,
                 GtkDropDown *dropdown,
                 GPtrArray   *keys,
                 GPtrArray   *new_keys,
                 GPtrArray   *labels)
{
  GtkStringList *model = GTK_STRING_LIST (gtk_drop_down_get_model (dropdown));
  guint position = gtk_drop_down_get_selected (dropdown);
  g_autofree char *chosen = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (model));
  guint found;

  if (position < keys->len)
    chosen = g_strdup (g_ptr_array_index (keys, position));

  g_ptr_array_set_size (keys, 0);
  for (guint i = 0; i < new_keys->len; i++)
    g_ptr_array_add (keys, g_strdup (g_ptr_array_index (new_keys, i)));

  g_ptr_array_add (labels, NULL);
  self->syncing = TRUE;
  gtk_string_list_splice (model, 0, n_old, (const char * const *) labels->pdata);
  found = find_string (keys, chosen);
  gtk_drop_down_set_selected (dropdown, found != GTK_INVALID_LIST_POSITION ? found : 0);
  self->syncing = FALSE;
}

static int
compare_collated (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

typedef struct
{
  const char *name;
  const char *uid;
} NamedUid;

static int
compare_named (gconstpointer a,
               gconstpointer b)
{
  const NamedUid *x = a, *y = b;
  int c = g_utf8_collate (x->name, y->name);

  return c != 0 ? c : g_strcmp0 (x->uid, y->uid);
}

static void
refill_choices (MitMapPage     *self,
                MitNetworkData *data)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) districts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (NamedUid));
  g_auto(GStrv) store_districts = NULL;

  /* Fields of action, in the vocabulary's order. */
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (labels, g_strdup (_("All Fields of Action")));
  terms = mit_store_list_vocabulary (self->store, "field", NULL);
  for (guint i = 0; terms != NULL && i < terms->len; i++)
    {
      MitVocabTerm *term = g_ptr_array_index (terms, i);

      g_ptr_array_add (keys, term->key);
      g_ptr_array_add (labels, g_strdup (term->label));
    }
  refill_dropdown (self, self->field_dropdown, self->field_keys, keys, labels);

  /* Districts: the actors' and the groups'. */
  store_districts = mit_store_list_districts (self->store);
  for (guint i = 0; store_districts != NULL && store_districts[i] != NULL; i++)
    if (g_hash_table_add (seen, g_strdup (store_districts[i])))
      g_ptr_array_add (districts, g_strdup (store_districts[i]));
  for (guint i = 0; i < mit_network_data_get_n_nodes (data); i++)
    {
      const char *district = mit_network_data_get_node (data, i)->district;

      if (district[0] != '\0' && g_hash_table_add (seen, g_strdup (district)))
        g_ptr_array_add (districts, g_strdup (district));
    }
  g_ptr_array_sort (districts, compare_collated);
  g_ptr_array_set_size (keys, 0);
  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (labels, g_strdup (_("All Districts")));
  for (guint i = 0; i < districts->len; i++)
    {
      g_ptr_array_add (keys, g_ptr_array_index (districts, i));
      g_ptr_array_add (labels, g_strdup (g_ptr_array_index (districts, i)));
    }
  refill_dropdown (self, self->district_dropdown, self->districts, keys, labels);

  /* Target groups by name. */
  for (guint i = 0; i < mit_network_data_get_n_nodes (data); i++)
    {
      const MitNetworkNode *node = mit_network_data_get_node (data, i);
      NamedUid named = { node->name, node->uid };

      if (node->kind == MIT_LAYOUT_NODE_GROUP)
        g_array_append_val (groups, named);
    }
  g_array_sort (groups, compare_named);
  g_ptr_array_set_size (keys, 0);
  g_ptr_array_set_size (labels, 0);
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (labels, g_strdup (C_("multiplier paths of", "None")));
  for (guint i = 0; i < groups->len; i++)
    {
      g_ptr_array_add (keys, (gpointer) g_array_index (groups, NamedUid, i).uid);
      g_ptr_array_add (labels, g_strdup (g_array_index (groups, NamedUid, i).name));
    }
  refill_dropdown (self, self->group_dropdown, self->group_uids, keys, labels);
}

/* ---- loading ---------------------------------------------------------------------------- */

static void
show_network (MitMapPage       *self,
              MitNetworkData   *data,
              MitNetworkLayout *layout)
{
  /* On a narrow screen the legend would cover much of the map: it starts
   * hidden there, until asked for. */
  if (!self->shown_once && data != NULL)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (self));

      self->shown_once = TRUE;
      if (width > 0 && width < 600)
        gtk_toggle_button_set_active (self->legend_button, FALSE);
    }
  mit_network_map_set_data (self->map, data, layout);
  /* The filter may show other nodes of the new data. */
  filter_changed_cb (self);
  selection_changed_cb (self);
  update_status (self);
}

static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MitMapPage) self = user_data;
  g_autoptr(MitNetworkLayout) layout = NULL;
  g_autoptr(GError) error = NULL;

  layout = mit_network_layout_compute_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  self->last_layout_us = g_get_monotonic_time () - self->layout_started;
  if (layout == NULL)
    {
      g_warning ("Cannot lay out the network: %s", error->message);
      show_message (self, _("The map could not be drawn"));
    }
  else if (self->pending != NULL)
    {
      g_free (self->signature);
      self->signature = g_steal_pointer (&self->pending_signature);
      show_network (self, self->pending, layout);
    }
  g_clear_pointer (&self->pending, mit_network_data_unref);
  g_clear_pointer (&self->pending_signature, g_free);
  set_busy (self, FALSE);
}

static void
cancel_layout (MitMapPage *self)
{
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }
  g_clear_pointer (&self->pending, mit_network_data_unref);
  g_clear_pointer (&self->pending_signature, g_free);
}

static void
reload_cb (gpointer user_data)
{
  MitMapPage *self = MIT_MAP_PAGE (user_data);
  g_autoptr(MitNetworkData) data = NULL;
  g_autoptr(MitLayoutGraph) graph = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *signature = NULL;

  data = mit_network_data_load (self->store, &error);
  if (data == NULL)
    {
      g_warning ("Cannot read the network: %s", error->message);
      show_message (self, error->message);
      return;
    }
  refill_choices (self, data);

  if (mit_network_data_get_n_groups (data) == 0)
    {
      cancel_layout (self);
      g_clear_pointer (&self->signature, g_free);
      show_network (self, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      set_busy (self, FALSE);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "map");

  /* Same nodes and channels: the same positions, no need to wait. */
  signature = compute_signature (data);
  if (self->signature != NULL && strcmp (signature, self->signature) == 0 &&
      mit_network_map_get_data (self->map) != NULL)
    {
      g_autoptr(MitNetworkLayout) layout = mit_network_layout_ref (mit_network_map_get_layout (self->map));

      cancel_layout (self);
      show_network (self, data, layout);
      set_busy (self, FALSE);
      return;
    }

  cancel_layout (self);
  self->pending = mit_network_data_ref (data);
  self->pending_signature = g_steal_pointer (&signature);
  self->cancellable = g_cancellable_new ();
  self->layout_started = g_get_monotonic_time ();
  graph = mit_network_data_build_layout_graph (data);
  mit_network_layout_compute_async (graph, 0, self->cancellable, layout_done_cb,
                                    g_object_ref (self));
  set_busy (self, TRUE);
}

static void
store_changed_cb (MitMapPage *self,
                  guint       kinds,
                  MitStore   *store)
{
  if ((kinds & (MIT_RECORD_ACTOR | MIT_RECORD_TARGET_GROUP | MIT_RECORD_ASSESSMENT |
                MIT_RECORD_CHANNEL | MIT_RECORD_AFFILIATION | MIT_RECORD_VOCABULARY)) == 0)
    return;
  mit_debounce_queue (self->reload);
}

/* ---- export ------------------------------------------------------------------------------ */

static MitNetworkMapFormat
format_from_name (const char *name)
{
  if (g_strcmp0 (name, "svg") == 0)
    return MIT_NETWORK_MAP_SVG;
  if (g_strcmp0 (name, "png") == 0)
    return MIT_NETWORK_MAP_PNG;
  return MIT_NETWORK_MAP_PDF;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MitMapPage      *self)
{
  MitNetworkMapFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "mit-format"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (!mit_network_map_export (self->map, file, format, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The map could not be exported: %s"),
                                                  error->message);

      show_message (self, message);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Map exported as “%s”"), name);

      show_message (self, message);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitMapPage *self = MIT_MAP_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  MitNetworkMapFormat format = format_from_name (name);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *file_name = NULL;

  if (self->chooser != NULL)
    return;

  switch (format)
    {
    case MIT_NETWORK_MAP_SVG:
      gtk_file_filter_set_name (filter, _("SVG Drawings"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
      gtk_file_filter_add_suffix (filter, "svg");
      break;
    case MIT_NETWORK_MAP_PNG:
      gtk_file_filter_set_name (filter, _("PNG Images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      gtk_file_filter_add_suffix (filter, "png");
      break;
    case MIT_NETWORK_MAP_PDF:
    default:
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
      break;
    }

  self->chooser = gtk_file_chooser_native_new (_("Export the Map"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* Translators: the suggested file name of an exported map, without the extension */
  file_name = g_strdup_printf ("%s.%s", _("network-map"), name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
  g_object_set_data (G_OBJECT (self->chooser), "mit-format", GINT_TO_POINTER (format));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- actions ----------------------------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (MIT_MAP_PAGE (widget)->map), "network-map.zoom-in", NULL);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (MIT_MAP_PAGE (widget)->map), "network-map.zoom-out", NULL);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  mit_network_map_reset_view (MIT_MAP_PAGE (widget)->map);
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  mit_map_page_set_filter (MIT_MAP_PAGE (widget), NULL, NULL, MIT_NETWORK_FILTER_ANY_LEVEL);
}

static void
open_selection_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  mit_network_map_activate_selection (MIT_MAP_PAGE (widget)->map);
}

static void
unselect_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MitMapPage *self = MIT_MAP_PAGE (widget);

  mit_network_map_select (self->map, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->map));
}

/* ---- GObject ----------------------------------------------------------------------------- */

static void
legend_draw_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  mit_network_map_legend_draw_symbol (GPOINTER_TO_INT (user_data), GTK_WIDGET (area), cr,
                                      width, height);
}

static void
build_legend (MitMapPage *self)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 10);
  gtk_widget_set_margin_bottom (grid, 10);

  for (int item = 0; item < MIT_NETWORK_MAP_N_LEGEND_ITEMS; item++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (mit_network_map_legend_get_label (item));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 22);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 16);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), legend_draw_cb,
                                      GINT_TO_POINTER (item), NULL);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_widget_add_css_class (label, "caption");
      gtk_grid_attach (GTK_GRID (grid), area, 0, item, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label, 1, item, 1, 1);
    }
  gtk_box_append (self->legend_box, grid);
}

static void
mit_map_page_constructed (GObject *object)
{
  MitMapPage *self = MIT_MAP_PAGE (object);

  G_OBJECT_CLASS (mit_map_page_parent_class)->constructed (object);

  g_return_if_fail (MIT_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload_cb (self);
}

static void
mit_map_page_dispose (GObject *object)
{
  MitMapPage *self = MIT_MAP_PAGE (object);

  cancel_layout (self);
  if (self->reload != NULL)
    mit_debounce_cancel (self->reload);
  g_clear_pointer (&self->reload, mit_debounce_free);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_MAP_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_map_page_parent_class)->dispose (object);
}

static void
mit_map_page_finalize (GObject *object)
{
  MitMapPage *self = MIT_MAP_PAGE (object);

  g_clear_pointer (&self->field_keys, g_ptr_array_unref);
  g_clear_pointer (&self->districts, g_ptr_array_unref);
  g_clear_pointer (&self->group_uids, g_ptr_array_unref);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (mit_map_page_parent_class)->finalize (object);
}

static void
mit_map_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MitMapPage *self = MIT_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_map_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MitMapPage *self = MIT_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_map_page_class_init (MitMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mit_map_page_constructed;
  object_class->dispose = mit_map_page_dispose;
  object_class->finalize = mit_map_page_finalize;
  object_class->get_property = mit_map_page_get_property;
  object_class->set_property = mit_map_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIT_TYPE_NETWORK_MAP);
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/miteinander/Miteinander/gui/map/mit-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, map);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, toolbar_spinner);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, busy_box);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, legend_box);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, legend_button);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, selection_revealer);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, selection_title);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, selection_subtitle);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, field_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, district_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitMapPage, group_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "map.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "map.reset-filters", NULL, reset_filters_action);
  gtk_widget_class_install_action (widget_class, "map.open-selection", NULL, open_selection_action);
  gtk_widget_class_install_action (widget_class, "map.unselect", NULL, unselect_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "map.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "map.zoom-reset", NULL);
}

static GtkStringList *
new_level_model (void)
{
  const char *labels[] = {
    _("All Levels"),
    mit_gui_level_get_title (MIT_REACHABILITY_GOOD),
    mit_gui_level_get_title (MIT_REACHABILITY_MEDIUM),
    mit_gui_level_get_title (MIT_REACHABILITY_LITTLE_OR_NONE),
    mit_gui_level_get_title (MIT_REACHABILITY_UNKNOWN),
    NULL
  };

  return gtk_string_list_new (labels);
}

static void
mit_map_page_init (MitMapPage *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reload = mit_debounce_new (RELOAD_DELAY_MS, reload_cb, self);
  self->field_keys = g_ptr_array_new_with_free_func (g_free);
  self->districts = g_ptr_array_new_with_free_func (g_free);
  self->group_uids = g_ptr_array_new_with_free_func (g_free);

  self->syncing = TRUE;
  gtk_drop_down_set_model (self->field_dropdown, G_LIST_MODEL (gtk_string_list_new (NULL)));
  gtk_drop_down_set_model (self->district_dropdown, G_LIST_MODEL (gtk_string_list_new (NULL)));
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (gtk_string_list_new (NULL)));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (new_level_model ()));
  /* Searching the groups by name. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->group_dropdown, expression);
  self->syncing = FALSE;

  build_legend (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.reset-filters", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.open-selection", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.unselect", FALSE);
}

/**
 * mit_map_page_new:
 * @store: the store to show
 *
 * Returns: (transfer floating): a new page
 */
MitMapPage *
mit_map_page_new (MitStore *store)
{
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  return g_object_new (MIT_TYPE_MAP_PAGE, "store", store, NULL);
}

/**
 * mit_map_page_get_store:
 *
 * Returns: (transfer none): the store
 */
MitStore *
mit_map_page_get_store (MitMapPage *self)
{
  g_return_val_if_fail (MIT_IS_MAP_PAGE (self), NULL);

  return self->store;
}

/**
 * mit_map_page_get_map:
 *
 * Returns: (transfer none): the drawing
 */
MitNetworkMap *
mit_map_page_get_map (MitMapPage *self)
{
  g_return_val_if_fail (MIT_IS_MAP_PAGE (self), NULL);

  return self->map;
}

gboolean
mit_map_page_get_busy (MitMapPage *self)
{
  g_return_val_if_fail (MIT_IS_MAP_PAGE (self), FALSE);

  return self->busy;
}

gboolean
mit_map_page_get_empty (MitMapPage *self)
{
  g_return_val_if_fail (MIT_IS_MAP_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}

gint64
mit_map_page_get_last_layout_time (MitMapPage *self)
{
  g_return_val_if_fail (MIT_IS_MAP_PAGE (self), 0);

  return self->last_layout_us;
}

void
mit_map_page_reload (MitMapPage *self)
{
  g_return_if_fail (MIT_IS_MAP_PAGE (self));

  mit_debounce_cancel (self->reload);
  reload_cb (self);
}

gboolean
mit_map_page_set_filter (MitMapPage *self,
                         const char *field,
                         const char *district,
                         int         level)
{
  guint field_position, district_position, level_position = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (MIT_IS_MAP_PAGE (self), FALSE);

  field_position = find_string (self->field_keys, field);
  district_position = find_string (self->districts, district);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (levels[i] == level)
      level_position = i;
  if (field_position == GTK_INVALID_LIST_POSITION || district_position == GTK_INVALID_LIST_POSITION ||
      level_position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->field_dropdown, field_position);
  gtk_drop_down_set_selected (self->district_dropdown, district_position);
  gtk_drop_down_set_selected (self->level_dropdown, level_position);
  self->syncing = FALSE;
  filter_changed_cb (self);
  return TRUE;
}

gboolean
mit_map_page_highlight_group (MitMapPage *self,
                              gint64      group_id)
{
  MitNetworkData *data;
  guint node, position;

  g_return_val_if_fail (MIT_IS_MAP_PAGE (self), FALSE);

  if (group_id == 0)
    {
      gtk_drop_down_set_selected (self->group_dropdown, 0);
      return TRUE;
    }
  data = mit_network_map_get_data (self->map);
  if (data == NULL)
    return FALSE;
  node = mit_network_data_find (data, MIT_LAYOUT_NODE_GROUP, group_id);
  if (node == G_MAXUINT)
    return FALSE;
  position = find_string (self->group_uids, mit_network_data_get_node (data, node)->uid);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (self->group_dropdown, position);
  return g_strcmp0 (mit_network_map_get_selected_uid (self->map),
                    mit_network_data_get_node (data, node)->uid) == 0;
}
