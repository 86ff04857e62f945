/* test-map.c: the network map widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "mit-test-util.h"
#include "mit-example.h"
#include "mit-gui-util.h"
#include "mit-network-data.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "map/mit-map-page.h"
#include "map/mit-network-map.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  MitStore   *store;
  GtkWindow  *window;
  MitMapPage *page;
  gint64      shown_actor;
  gint64      shown_group;
  guint       n_shown_actor;
  guint       n_shown_group;
} Fixture;

static void
show_actor_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *f = user_data;

  f->shown_actor = g_variant_get_int64 (parameter);
  f->n_shown_actor++;
}

static void
show_group_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *f = user_data;

  f->shown_group = g_variant_get_int64 (parameter);
  f->n_shown_group++;
}

static gboolean
laid_out (MitMapPage *page)
{
  return !mit_map_page_get_busy (page) &&
         (mit_map_page_get_empty (page) ||
          mit_network_map_get_layout (mit_map_page_get_map (page)) != NULL);
}

static MitMapPage *
open_page (Fixture *f,
           int      width,
           int      height)
{
  static const GActionEntry entries[] = {
    { "show-actor", show_actor_cb, "x" },
    { "show-target-group", show_group_cb, "x" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), f);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, height);
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
  f->page = mit_map_page_new (f->store);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  WAIT_UNTIL (laid_out (f->page) &&
              (mit_map_page_get_empty (f->page) ||
               gtk_widget_get_width (GTK_WIDGET (mit_map_page_get_map (f->page))) > 0));
  iterate ();
  return f->page;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = mit_test_open_store ("map.db");
  g_assert_true (mit_example_load (f->store, &error));
  g_assert_no_error (error);
  open_page (f, 1200, 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  iterate ();
  g_clear_object (&f->store);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* Renders @widget as the screen shows it, after a frame or two. */
static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  guint frames = 0;
  guint tick;

  gtk_widget_queue_draw (widget);
  tick = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);
  WAIT_UNTIL (frames >= 3);
  gtk_widget_remove_tick_callback (widget, tick);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, NULL);
}

typedef struct
{
  guchar *pixels;
  int     width;
  int     height;
  gsize   stride;
} Pixels;

static void
pixels_init (Pixels     *p,
             GdkTexture *texture)
{
  p->width = gdk_texture_get_width (texture);
  p->height = gdk_texture_get_height (texture);
  p->stride = 4 * (gsize) p->width;
  p->pixels = g_malloc (p->stride * p->height);
  gdk_texture_download (texture, p->pixels, p->stride);
}

/* Whether the pixel at (x, y) is close to @rgba (the download format is
 * premultiplied B8G8R8A8 on little-endian machines, like cairo's ARGB32;
 * the nodes are opaque). */
static gboolean
pixel_is (const Pixels  *p,
          double         x,
          double         y,
          const GdkRGBA *rgba)
{
  int px = (int) round (x), py = (int) round (y);
  const guchar *pixel;
  guint32 value;
  int r, g, b;

  if (px < 0 || py < 0 || px >= p->width || py >= p->height)
    return FALSE;
  pixel = p->pixels + py * p->stride + 4 * px;
  memcpy (&value, pixel, 4);
  r = (value >> 16) & 0xff;
  g = (value >> 8) & 0xff;
  b = value & 0xff;
  return ABS (r - (int) round (rgba->red * 255)) <= 12 &&
         ABS (g - (int) round (rgba->green * 255)) <= 12 &&
         ABS (b - (int) round (rgba->blue * 255)) <= 12;
}

static void
test_renders (Fixture       *f,
              gconstpointer  data)
{
  MitNetworkMap *map = mit_map_page_get_map (f->page);
  MitNetworkData *network = mit_network_map_get_data (map);
  g_autoptr(GdkTexture) texture = NULL;
  GdkRGBA actor_color;
  Pixels pixels;
  guint groups = 0, groups_matching = 0, actors = 0, actors_matching = 0;
  guint levels_seen = 0;

  g_assert_false (mit_map_page_get_empty (f->page));
  g_assert_nonnull (network);
  /* The example: 13 target groups and the actors with channels. */
  g_assert_cmpuint (mit_network_data_get_n_groups (network), ==, 13);
  g_assert_cmpuint (mit_network_data_get_n_nodes (network), >, 13);
  g_assert_cmpuint (mit_network_map_get_n_shown (map), ==, mit_network_data_get_n_nodes (network));

  texture = render_widget (GTK_WIDGET (map));
  pixels_init (&pixels, texture);
  gdk_rgba_parse (&actor_color, "#62a0ea");

  /* A node's centre has its colour: a group's level, an actor's blue. */
  for (guint i = 0; i < mit_network_data_get_n_nodes (network); i++)
    {
      const MitNetworkNode *node = mit_network_data_get_node (network, i);
      double x, y;

      g_assert_true (mit_network_map_get_node_position_in_widget (map, node->uid, &x, &y));
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (map)));
      g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (map)));
      if (node->kind == MIT_LAYOUT_NODE_GROUP)
        {
          GdkRGBA level_color;

          mit_gui_level_get_color (node->level, &level_color);
          groups++;
          if (pixel_is (&pixels, x, y, &level_color))
            {
              groups_matching++;
              levels_seen |= 1u << (node->level + 1);
            }
        }
      else
        {
          actors++;
          actors_matching += pixel_is (&pixels, x, y, &actor_color);
        }
    }
  g_free (pixels.pixels);

  /* A label may cover a node here and there, not many. */
  g_test_message ("groups %u/%u, actors %u/%u", groups_matching, groups, actors_matching, actors);
  g_assert_cmpuint (groups_matching * 10, >=, groups * 8);
  g_assert_cmpuint (actors_matching * 10, >=, actors * 8);
  /* The example has groups at every level that was assessed. */
  g_assert_cmpuint (levels_seen & (1u << (MIT_REACHABILITY_GOOD + 1)), !=, 0);
  g_assert_cmpuint (levels_seen & (1u << (MIT_REACHABILITY_LITTLE_OR_NONE + 1)), !=, 0);
}

static void
test_same_layout (Fixture       *f,
                  gconstpointer  data)
{
  MitNetworkData *network = mit_network_map_get_data (mit_map_page_get_map (f->page));
  MitNetworkLayout *one = mit_network_map_get_layout (mit_map_page_get_map (f->page));
  Fixture second = { 0, };
  MitNetworkData *network2;
  MitNetworkLayout *two;

  /* A second page on the same data: the same positions, bit for bit. */
  second.store = f->store;
  open_page (&second, 1200, 800);
  network2 = mit_network_map_get_data (mit_map_page_get_map (second.page));
  two = mit_network_map_get_layout (mit_map_page_get_map (second.page));
  g_assert_true (one != two);
  g_assert_cmpuint (mit_network_data_get_n_nodes (network2), ==, mit_network_data_get_n_nodes (network));
  for (guint i = 0; i < mit_network_data_get_n_nodes (network); i++)
    {
      const char *uid = mit_network_data_get_node (network, i)->uid;
      guint j = mit_network_data_lookup (network2, uid);
      double x1, y1, x2, y2, wx1, wy1, wx2, wy2;

      g_assert_cmpuint (j, !=, G_MAXUINT);
      mit_network_layout_get_position (one, i, &x1, &y1);
      mit_network_layout_get_position (two, j, &x2, &y2);
      g_assert_true (memcmp (&x1, &x2, sizeof x1) == 0 && memcmp (&y1, &y2, sizeof y1) == 0);
      g_assert_true (mit_network_map_get_node_position_in_widget (mit_map_page_get_map (f->page), uid, &wx1, &wy1));
      g_assert_true (mit_network_map_get_node_position_in_widget (mit_map_page_get_map (second.page), uid, &wx2, &wy2));
      g_assert_cmpfloat_with_epsilon (wx1, wx2, 1e-9);
      g_assert_cmpfloat_with_epsilon (wy1, wy2, 1e-9);
    }
  gtk_window_destroy (second.window);
  iterate ();
}

static guint
count_shown (MitNetworkMap *map,
             gboolean     (*pred) (const MitNetworkNode *node, gconstpointer data),
             gconstpointer  data,
             guint         *n_matching)
{
  MitNetworkData *network = mit_network_map_get_data (map);
  guint shown = 0;

  *n_matching = 0;
  for (guint i = 0; i < mit_network_data_get_n_nodes (network); i++)
    {
      const MitNetworkNode *node = mit_network_data_get_node (network, i);

      if (pred (node, data))
        (*n_matching)++;
      if (mit_network_map_is_shown (map, node->uid))
        {
          shown++;
          /* Everything shown matches the filter. */
          g_assert_true (pred (node, data));
        }
    }
  return shown;
}

static gboolean
in_district (const MitNetworkNode *node,
             gconstpointer         data)
{
  return strcmp (node->district, data) == 0;
}

static gboolean
good_group_or_actor (const MitNetworkNode *node,
                     gconstpointer         data)
{
  return node->kind == MIT_LAYOUT_NODE_ACTOR || node->level == MIT_REACHABILITY_GOOD;
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  MitNetworkMap *map = mit_map_page_get_map (f->page);
  guint total = mit_network_data_get_n_nodes (mit_network_map_get_data (map));
  guint matching, shown;
  const char *hidden_uid = NULL;
  double x, y;

  /* A district: only what lies in it. */
  g_assert_true (mit_map_page_set_filter (f->page, NULL, "Bahnhofsviertel", MIT_NETWORK_FILTER_ANY_LEVEL));
  shown = count_shown (map, in_district, "Bahnhofsviertel", &matching);
  g_assert_cmpuint (shown, >, 0);
  g_assert_cmpuint (shown, ==, matching);
  g_assert_cmpuint (shown, <, total);
  g_assert_cmpuint (mit_network_map_get_n_shown (map), ==, shown);

  /* A hidden node cannot be hit or selected. */
  for (guint i = 0; i < total && hidden_uid == NULL; i++)
    {
      const MitNetworkNode *node = mit_network_data_get_node (mit_network_map_get_data (map), i);

      if (!mit_network_map_is_shown (map, node->uid))
        hidden_uid = node->uid;
    }
  g_assert_nonnull (hidden_uid);
  g_assert_false (mit_network_map_select (map, hidden_uid));
  g_assert_true (mit_network_map_get_node_position_in_widget (map, hidden_uid, &x, &y));
  g_assert_cmpstr (mit_network_map_get_uid_at (map, x, y), !=, hidden_uid);

  /* A level: groups at that level and the actors that reach them. */
  g_assert_true (mit_map_page_set_filter (f->page, NULL, NULL, MIT_REACHABILITY_GOOD));
  shown = count_shown (map, good_group_or_actor, NULL, &matching);
  g_assert_cmpuint (shown, >, 0);
  g_assert_cmpuint (shown, <, total);

  /* A field of action. */
  g_assert_true (mit_map_page_set_filter (f->page, "language", NULL, MIT_NETWORK_FILTER_ANY_LEVEL));
  g_assert_cmpuint (mit_network_map_get_n_shown (map), >, 0);
  g_assert_cmpuint (mit_network_map_get_n_shown (map), <, total);

  /* Unknown choices are refused; resetting shows everything again. */
  g_assert_false (mit_map_page_set_filter (f->page, "no-such-field", NULL, MIT_NETWORK_FILTER_ANY_LEVEL));
  g_assert_false (mit_map_page_set_filter (f->page, NULL, "Atlantis", MIT_NETWORK_FILTER_ANY_LEVEL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "map.reset-filters", NULL));
  g_assert_cmpuint (mit_network_map_get_n_shown (map), ==, total);
}

/* The first node of @kind. */
static const MitNetworkNode *
first_node (MitNetworkMap     *map,
            MitLayoutNodeKind  kind)
{
  MitNetworkData *network = mit_network_map_get_data (map);

  for (guint i = 0; i < mit_network_data_get_n_nodes (network); i++)
    if (mit_network_data_get_node (network, i)->kind == kind)
      return mit_network_data_get_node (network, i);
  g_assert_not_reached ();
}

static void
test_select_and_open (Fixture       *f,
                      gconstpointer  data)
{
  MitNetworkMap *map = mit_map_page_get_map (f->page);
  const MitNetworkNode *group = first_node (map, MIT_LAYOUT_NODE_GROUP);
  const MitNetworkNode *actor = first_node (map, MIT_LAYOUT_NODE_ACTOR);
  double x, y;

  g_assert_null (mit_network_map_get_selected_uid (map));
  /* Nothing selected: nothing to open. */
  g_assert_false (mit_network_map_activate_selection (map));
  g_assert_cmpuint (f->n_shown_group + f->n_shown_actor, ==, 0);

  /* A click on a group selects it. */
  g_assert_true (mit_network_map_get_node_position_in_widget (map, group->uid, &x, &y));
  g_assert_true (mit_network_map_select_at (map, x, y));
  g_assert_cmpstr (mit_network_map_get_selected_uid (map), ==, group->uid);
  g_assert_true (mit_network_map_get_selected_node (map) == group);

  /* Enter on the map opens it. */
  gtk_widget_grab_focus (GTK_WIDGET (map));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "network-map.activate", NULL));
  g_assert_cmpuint (f->n_shown_group, ==, 1);
  g_assert_cmpint (f->shown_group, ==, group->id);
  g_assert_cmpuint (f->n_shown_actor, ==, 0);

  /* An actor: "win.show-actor" with its id, from the page's Open button. */
  g_assert_true (mit_network_map_get_node_position_in_widget (map, actor->uid, &x, &y));
  g_assert_true (mit_network_map_select_at (map, x, y));
  g_assert_cmpstr (mit_network_map_get_selected_uid (map), ==, actor->uid);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "map.open-selection", NULL));
  g_assert_cmpuint (f->n_shown_actor, ==, 1);
  g_assert_cmpint (f->shown_actor, ==, actor->id);

  /* A click on empty space unselects. */
  g_assert_false (mit_network_map_select_at (map, -100, -100));
  g_assert_null (mit_network_map_get_selected_uid (map));

  /* The keyboard: Page Down selects the first node by name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "network-map.select-next", NULL));
  g_assert_nonnull (mit_network_map_get_selected_uid (map));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "network-map.unselect", NULL));
  g_assert_null (mit_network_map_get_selected_uid (map));
}

static void
test_highlight (Fixture       *f,
                gconstpointer  data)
{
  MitNetworkMap *map = mit_map_page_get_map (f->page);
  MitNetworkData *network = mit_network_map_get_data (map);
  const MitNetworkNode *group = NULL;
  g_autoptr(MitNetworkHighlight) paths = NULL;

  /* A group with channels. */
  for (guint i = 0; i < mit_network_data_get_n_nodes (network) && group == NULL; i++)
    {
      guint n;

      if (mit_network_data_get_node (network, i)->kind == MIT_LAYOUT_NODE_GROUP &&
          (mit_network_data_get_node_channels (network, i, &n), n > 1))
        group = mit_network_data_get_node (network, i);
    }
  g_assert_nonnull (group);

  /* Chosen in "Multiplier Paths of": selected on the map, and centred. */
  g_assert_true (mit_map_page_highlight_group (f->page, group->id));
  g_assert_cmpstr (mit_network_map_get_selected_uid (map), ==, group->uid);
  {
    double cx, cy, x, y;

    mit_network_map_get_center (map, &cx, &cy);
    mit_network_layout_get_position (mit_network_map_get_layout (map),
                                     mit_network_data_lookup (network, group->uid), &x, &y);
    g_assert_cmpfloat_with_epsilon (cx, x, 1e-9);
    g_assert_cmpfloat_with_epsilon (cy, y, 1e-9);
  }
  paths = mit_network_data_find_multiplier_paths (network, mit_network_data_lookup (network, group->uid));
  g_assert_cmpuint (paths->nodes->len, >, 2);

  /* The highlighted picture differs from the plain one. */
  {
    g_autoptr(GdkTexture) highlighted = render_widget (GTK_WIDGET (map));
    g_autoptr(GdkTexture) plain = NULL;
    Pixels a, b;

    g_assert_true (mit_map_page_highlight_group (f->page, 0));
    g_assert_null (mit_network_map_get_selected_uid (map));
    plain = render_widget (GTK_WIDGET (map));
    pixels_init (&a, highlighted);
    pixels_init (&b, plain);
    g_assert_cmpint (a.width, ==, b.width);
    g_assert_true (memcmp (a.pixels, b.pixels, a.stride * a.height) != 0);
    g_free (a.pixels);
    g_free (b.pixels);
  }
}

static void
test_view (Fixture       *f,
           gconstpointer  data)
{
  MitNetworkMap *map = mit_map_page_get_map (f->page);
  const MitNetworkNode *group = first_node (map, MIT_LAYOUT_NODE_GROUP);
  double x0, y0, x1, y1, px, py;

  g_assert_cmpfloat (mit_network_map_get_zoom (map), ==, 1.0);

  /* Zooming around a point keeps that point where it is. */
  g_assert_true (mit_network_map_get_node_position_in_widget (map, group->uid, &x0, &y0));
  mit_network_map_zoom_at (map, 2.0, x0, y0);
  g_assert_cmpfloat_with_epsilon (mit_network_map_get_zoom (map), 2.0, 1e-9);
  g_assert_true (mit_network_map_get_node_position_in_widget (map, group->uid, &x1, &y1));
  g_assert_cmpfloat_with_epsilon (x1, x0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, y0, 1e-6);

  /* Panning moves everything by as many pixels. */
  mit_network_map_pan (map, 30, -20);
  g_assert_true (mit_network_map_get_node_position_in_widget (map, group->uid, &px, &py));
  g_assert_cmpfloat_with_epsilon (px, x1 - 30, 1e-6);
  g_assert_cmpfloat_with_epsilon (py, y1 + 20, 1e-6);

  /* Keys and buttons. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "network-map.zoom-in", NULL));
  g_assert_cmpfloat (mit_network_map_get_zoom (map), >, 2.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "map.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "map.zoom-out", NULL));
  g_assert_cmpfloat (mit_network_map_get_zoom (map), <, 2.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "network-map.pan", "(dd)", 48.0, 0.0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "map.zoom-reset", NULL));
  g_assert_cmpfloat (mit_network_map_get_zoom (map), ==, 1.0);
  g_assert_true (mit_network_map_get_node_position_in_widget (map, group->uid, &x1, &y1));
  g_assert_cmpfloat_with_epsilon (x1, x0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, y0, 1e-6);

  /* The zoom has limits. */
  mit_network_map_set_zoom (map, 1000);
  g_assert_cmpfloat (mit_network_map_get_zoom (map), <=, 64);
  mit_network_map_set_zoom (map, 0.001);
  g_assert_cmpfloat (mit_network_map_get_zoom (map), >=, 0.25);

  /* While the view moves, frames may reuse the last picture; once it
   * rests, a crisp one is rendered. */
  {
    guint before, after;
    g_autoptr(GdkTexture) texture = NULL;

    mit_network_map_reset_view (map);
    texture = render_widget (GTK_WIDGET (map));
    mit_network_map_get_render_stats (map, &before, NULL);
    g_assert_cmpuint (before, >, 0);
    g_clear_object (&texture);
    texture = render_widget (GTK_WIDGET (map));
    mit_network_map_get_render_stats (map, &after, NULL);
    /* Nothing changed: the same picture. */
    g_assert_cmpuint (after, ==, before);
  }
}

static gboolean
file_starts_with (const char *path,
                  const char *magic,
                  gsize       magic_len,
                  gsize       min_size)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_test_message ("%s: %" G_GSIZE_FORMAT " bytes", path, length);
  return length >= min_size && length >= magic_len && memcmp (contents, magic, magic_len) == 0;
}

static guint
count_occurrences (const char *path,
                   const char *needle)
{
  g_autofree char *contents = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (const char *p = strstr (contents, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  MitNetworkMap *map = mit_map_page_get_map (f->page);
  g_autofree char *png = mit_test_tmp_path ("map.png");
  g_autofree char *svg = mit_test_tmp_path ("map.svg");
  g_autofree char *pdf = mit_test_tmp_path ("map.pdf");
  g_autofree char *bad = mit_test_tmp_path ("no-such-folder/map.pdf");
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  g_assert_true (mit_network_map_export (map, png_file, MIT_NETWORK_MAP_PNG, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mit_network_map_export (map, svg_file, MIT_NETWORK_MAP_SVG, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mit_network_map_export (map, pdf_file, MIT_NETWORK_MAP_PDF, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (file_starts_with (png, "\x89PNG\r\n\x1a\n", 8, 20000));
  g_assert_true (file_starts_with (pdf, "%PDF", 4, 10000));
  g_assert_true (file_starts_with (svg, "<?xml", 5, 10000));
  g_assert_true (mit_test_file_contains (svg, "<svg"));
  /* Edges and nodes are drawn, not an empty page. */
  g_assert_cmpuint (count_occurrences (svg, "<path"), >, 10);

  /* The PNG is an image of the page with the colours of the map. */
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2382);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1684);
  {
    Pixels pixels;
    GdkRGBA good;
    guint n_good = 0;

    pixels_init (&pixels, texture);
    mit_gui_level_get_color (MIT_REACHABILITY_GOOD, &good);
    for (int y = 0; y < pixels.height; y += 2)
      for (int x = 0; x < pixels.width; x += 2)
        n_good += pixel_is (&pixels, x, y, &good);
    g_free (pixels.pixels);
    g_assert_cmpuint (n_good, >, 20);
  }

  /* MIT_TEST_EXPORT_KEEP=folder keeps a copy of the files to look at. */
  if (g_getenv ("MIT_TEST_EXPORT_KEEP") != NULL)
    {
      const char *paths[] = { png, svg, pdf };

      for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
        {
          g_autoptr(GFile) from = g_file_new_for_path (paths[i]);
          g_autofree char *name = g_path_get_basename (paths[i]);
          g_autofree char *target = g_build_filename (g_getenv ("MIT_TEST_EXPORT_KEEP"), name, NULL);
          g_autoptr(GFile) to = g_file_new_for_path (target);

          g_assert_true (g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
        }
    }

  /* A folder that does not exist: an error, no crash. */
  g_assert_false (mit_network_map_export (map, bad_file, MIT_NETWORK_MAP_PDF, NULL, &error));
  g_assert_nonnull (error);
}

static void
test_store_changes (Fixture       *f,
                    gconstpointer  data)
{
  MitNetworkMap *map = mit_map_page_get_map (f->page);
  MitNetworkData *before = mit_network_map_get_data (map);
  MitNetworkLayout *layout = mit_network_map_get_layout (map);
  const MitNetworkNode *group = first_node (map, MIT_LAYOUT_NODE_GROUP);
  MitReachability level = group->level == MIT_REACHABILITY_GOOD ? MIT_REACHABILITY_MEDIUM
                                                                : MIT_REACHABILITY_GOOD;
  g_autofree char *uid = g_strdup (group->uid);
  gint64 group_id = group->id;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) channels = NULL;
  MitNetworkData *after;
  guint n_channels;

  /* A new assessment: read again, the positions kept. */
  g_assert_cmpint (mit_store_record_assessment (f->store, group_id, level, NULL, "", "", &error), >, 0);
  g_assert_no_error (error);
  WAIT_UNTIL (mit_network_map_get_data (map) != before);
  after = mit_network_map_get_data (map);
  g_assert_false (mit_map_page_get_busy (f->page));
  g_assert_true (mit_network_map_get_layout (map) == layout);
  g_assert_cmpint (mit_network_data_get_node (after, mit_network_data_lookup (after, uid))->level, ==, level);
  n_channels = mit_network_data_get_n_channels (after);

  /* A channel less: laid out again in the worker. */
  channels = mit_store_list_channels_of_group (f->store, group_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (channels->len, >, 0);
  g_assert_cmpint (mit_store_delete_channel (f->store, mit_channel_get_id (g_ptr_array_index (channels, 0)),
                                             &error), >, 0);
  g_assert_no_error (error);
  mit_map_page_reload (f->page);
  g_assert_true (mit_map_page_get_busy (f->page));
  WAIT_UNTIL (laid_out (f->page));
  g_assert_true (mit_network_map_get_layout (map) != layout);
  g_assert_cmpuint (mit_network_data_get_n_channels (mit_network_map_get_data (map)), ==, n_channels - 1);
  g_assert_cmpint (mit_map_page_get_last_layout_time (f->page), >, 0);
}

static void
test_empty (void)
{
  Fixture f = { 0, };
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(GError) error = NULL;

  f.store = mit_test_open_store ("map-empty.db");
  open_page (&f, 360, 640);
  g_assert_true (mit_map_page_get_empty (f.page));
  g_assert_null (mit_network_map_get_data (mit_map_page_get_map (f.page)));

  /* The first group: the map appears. */
  mit_target_group_set_name (group, "Neu Zugezogene");
  g_assert_true (mit_store_save_target_group (f.store, group, &error));
  g_assert_no_error (error);
  WAIT_UNTIL (!mit_map_page_get_empty (f.page) && laid_out (f.page));
  g_assert_cmpuint (mit_network_map_get_n_shown (mit_map_page_get_map (f.page)), ==, 1);
  g_assert_true (mit_network_map_is_shown (mit_map_page_get_map (f.page),
                                           mit_target_group_get_uid (group)));

  /* Gone again: the empty state again. */
  g_assert_cmpint (mit_store_delete_target_group (f.store, mit_target_group_get_id (group), &error), >, 0);
  g_assert_no_error (error);
  WAIT_UNTIL (mit_map_page_get_empty (f.page));

  fixture_tear_down (&f, NULL);
}

/* MIT_TEST_SCREENSHOT=file.png writes what the page looks like, at the
 * width in MIT_TEST_SCREENSHOT_WIDTH (1200 by default). */
static void
test_screenshot (void)
{
  const char *path = g_getenv ("MIT_TEST_SCREENSHOT");
  const char *width = g_getenv ("MIT_TEST_SCREENSHOT_WIDTH");
  Fixture f = { 0, };
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      g_test_skip ("MIT_TEST_SCREENSHOT is not set");
      return;
    }
  f.store = mit_test_open_store ("map-shot.db");
  g_assert_true (mit_example_load (f.store, &error));
  open_page (&f, width ? atoi (width) : 1200, 800);
  if (g_getenv ("MIT_TEST_SCREENSHOT_SELECT"))
    mit_map_page_highlight_group (f.page, g_ascii_strtoll (g_getenv ("MIT_TEST_SCREENSHOT_SELECT"), NULL, 10));
  texture = render_widget (GTK_WIDGET (f.window));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  fixture_tear_down (&f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/map/renders", test_renders);
  ADD ("/map/same-layout", test_same_layout);
  ADD ("/map/filters", test_filters);
  ADD ("/map/select-and-open", test_select_and_open);
  ADD ("/map/highlight", test_highlight);
  ADD ("/map/view", test_view);
  ADD ("/map/export", test_export);
  ADD ("/map/store-changes", test_store_changes);
#undef ADD
  g_test_add_func ("/map/empty", test_empty);
  g_test_add_func ("/map/screenshot", test_screenshot);

  return g_test_run ();
}
