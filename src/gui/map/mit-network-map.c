/* mit-network-map.c: the drawing of the network map, with pan, zoom and selection
 *
 * The picture (edges, nodes, labels) is rendered with cairo into an image
 * of the widget's size, which snapshot() hands to GSK as a texture. Edges
 * are drawn as one path per style and nodes as one path per shape and
 * colour, both culled to the view, so a picture of 2 000 nodes and 10 000
 * edges takes a few milliseconds. While the view keeps changing (a drag,
 * a pinch, scrolling) and the last picture took longer than a frame
 * allows, the last picture is shown moved and scaled instead, and a crisp
 * one is rendered once the view has rested for a moment. Hover and focus
 * marks are drawn on top, outside the picture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitNetworkMap"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "mit-network-map.h"
#include "mit-channel.h"
#include "mit-gui-util.h"

#define ZOOM_MIN            0.25
#define ZOOM_MAX            64.0
#define ZOOM_STEP           1.25
#define VIEW_MARGIN         36.0     /* px around the unit box at zoom 1 */
#define PAN_STEP            48.0     /* px per arrow key */
#define SETTLE_MS           150      /* rest before a crisp picture */
#define CHEAP_RENDER_US     6000     /* pictures faster than this are always rendered */
#define LABEL_MAX_WIDTH     200      /* px */
#define LABEL_GRID          8        /* px per cell of the label collision grid */
#define HIT_SLOP            4.0      /* px around a node that still hits it */

/* Export: landscape A3 in points, the map in a square on the left. */
#define PAGE_WIDTH          1190.55
#define PAGE_HEIGHT         841.89
#define PAGE_MARGIN         36.0
#define PNG_SCALE           2.0

typedef enum
{
  SHAPE_SQUARE,
  SHAPE_CIRCLE,
  SHAPE_DIAMOND,
  SHAPE_HEXAGON,
} Shape;

typedef struct
{
  GdkRGBA fg;
  GdkRGBA bg;
  GdkRGBA actor;
  GdkRGBA multiplier;
  GdkRGBA shared;
  GdkRGBA accent;
  GdkRGBA levels[4];   /* by level + 1 */
} Palette;

/* How the unit box maps to the drawing: x = ox + u * scale. */
typedef struct
{
  double width;
  double height;
  double scale;
  double ox;
  double oy;
} View;

typedef struct
{
  PangoContext *context;   /* borrowed */
  GPtrArray    *layouts;   /* node → PangoLayout or NULL, owned */
} Labels;

struct _MitNetworkMap
{
  GtkWidget          parent_instance;

  /* owned */
  MitNetworkData      *data;
  MitNetworkLayout    *layout;
  guint8              *visible;
  guint                n_shown;
  char                *filter_field;
  char                *filter_district;
  int                  filter_level;
  MitNetworkHighlight *highlight;
  guint                selected;       /* node index or G_MAXUINT */
  guint                hover;
  Labels               labels;
  char                *style;          /* colours and font the labels were made for */

  /* the view */
  double               zoom;
  double               cx;
  double               cy;
  double               pointer_x;
  double               pointer_y;
  gboolean             pointer_inside;

  /* gestures */
  gboolean             dragging;
  double               drag_cx;
  double               drag_cy;
  double               pinch_zoom;
  gint64               view_changed_us;
  guint                settle_id;

  /* the rendered picture */
  GdkTexture          *scene;
  cairo_surface_t     *scene_surface;      /* the texture's pixels */
  guint                scene_generation;   /* of what it shows */
  int                  scene_width;        /* device pixels */
  int                  scene_height;
  int                  scene_scale_factor;
  double               scene_zoom;
  double               scene_cx;
  double               scene_cy;
  guint                generation;         /* bumped when the picture's content changes */
  gboolean             scene_cache;
  guint                n_renders;
  gint64               last_render_us;

  /* scratch: screen positions of the nodes */
  double              *sx;
  double              *sy;
};

G_DEFINE_FINAL_TYPE (MitNetworkMap, mit_network_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_SELECTED_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- colours and shapes ---------------------------------------------------- */

static void
rgba_parse (GdkRGBA    *rgba,
            const char *spec)
{
  if (!gdk_rgba_parse (rgba, spec))
    g_assert_not_reached ();
}

static void
palette_init_light (Palette *p)
{
  rgba_parse (&p->fg, "rgba(0,0,0,0.8)");
  rgba_parse (&p->bg, "#ffffff");
  rgba_parse (&p->accent, "#1c71d8");
  /* GNOME palette: Blue 2 for the actors (no level colour), Purple 3 for
   * multiplier channels, Orange 4 for shared contact persons */
  rgba_parse (&p->actor, "#62a0ea");
  rgba_parse (&p->multiplier, "#9141ac");
  rgba_parse (&p->shared, "#e66100");
  for (int level = MIT_REACHABILITY_UNKNOWN; level <= MIT_REACHABILITY_LAST; level++)
    mit_gui_level_get_color (level, &p->levels[level + 1]);
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
palette_init_for_widget (Palette   *p,
                         GtkWidget *widget)
{
  GtkStyleContext *context;
  GdkRGBA color;

  palette_init_light (p);
  if (widget == NULL)
    return;

  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &p->fg);
  if (gtk_style_context_lookup_color (context, "view_bg_color", &color))
    p->bg = color;
  if (gtk_style_context_lookup_color (context, "accent_color", &color))
    p->accent = color;
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    {
      rgba_parse (&p->multiplier, "#c061cb");
      rgba_parse (&p->shared, "#ffa348");
    }
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
set_source (cairo_t       *cr,
            const GdkRGBA *rgba,
            double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static Shape
shape_of (const MitNetworkNode *node)
{
  if (node->kind == MIT_LAYOUT_NODE_GROUP)
    return SHAPE_HEXAGON;
  switch (node->sector)
    {
    case MIT_SECTOR_VOLUNTEER:
      return SHAPE_CIRCLE;
    case MIT_SECTOR_MIGRANT_ORGANISATION:
      return SHAPE_DIAMOND;
    case MIT_SECTOR_PROFESSIONAL:
    default:
      return SHAPE_SQUARE;
    }
}

/* Adds the shape to the path; the shapes have about the same area as a
 * circle of radius @r. */
static void
path_shape (cairo_t *cr,
            Shape    shape,
            double   x,
            double   y,
            double   r)
{
  double s;

  switch (shape)
    {
    case SHAPE_SQUARE:
      s = r * 0.886;
      cairo_rectangle (cr, x - s, y - s, 2 * s, 2 * s);
      break;
    case SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    case SHAPE_DIAMOND:
      s = r * 1.253;
      cairo_move_to (cr, x, y - s);
      cairo_line_to (cr, x + s, y);
      cairo_line_to (cr, x, y + s);
      cairo_line_to (cr, x - s, y);
      cairo_close_path (cr);
      break;
    case SHAPE_HEXAGON:
    default:
      s = r * 1.1;
      cairo_move_to (cr, x + s, y);
      cairo_line_to (cr, x + s / 2, y + s * 0.866);
      cairo_line_to (cr, x - s / 2, y + s * 0.866);
      cairo_line_to (cr, x - s, y);
      cairo_line_to (cr, x - s / 2, y - s * 0.866);
      cairo_line_to (cr, x + s / 2, y - s * 0.866);
      cairo_close_path (cr);
      break;
    }
}

static const double strength_width[] = { 0.6, 1.1, 1.8 };

/* ---- geometry ---------------------------------------------------------------- */

static View
view_for_size (double width,
               double height,
               double margin,
               double zoom,
               double cx,
               double cy)
{
  View v;

  v.width = width;
  v.height = height;
  v.scale = MAX (MIN (width, height) - 2 * margin, 40.0) * zoom;
  v.ox = width / 2 - cx * v.scale;
  v.oy = height / 2 - cy * v.scale;
  return v;
}

static View
current_view (MitNetworkMap *self)
{
  return view_for_size (gtk_widget_get_width (GTK_WIDGET (self)),
                        gtk_widget_get_height (GTK_WIDGET (self)),
                        VIEW_MARGIN, self->zoom, self->cx, self->cy);
}

/* Node sizes follow the room each shown node has at this scale. */
static void
node_radii (MitNetworkMap *self,
            const View    *view,
            double        *actor_r,
            double        *group_r)
{
  double spacing = view->scale / sqrt (MAX (self->n_shown, 1));
  double r = CLAMP (spacing * 0.09, 3.0, 8.0);

  *actor_r = r;
  *group_r = r * 1.45 + 1;
}

static gboolean
actor_labels_fit (MitNetworkMap *self,
                  const View    *view)
{
  return view->scale / sqrt (MAX (self->n_shown, 1)) >= 70;
}

static void
compute_positions (MitNetworkMap *self,
                   const View    *view)
{
  guint n = mit_network_data_get_n_nodes (self->data);
  const double *xy = mit_network_layout_get_positions (self->layout);

  for (guint i = 0; i < n; i++)
    {
      self->sx[i] = view->ox + xy[2 * i] * view->scale;
      self->sy[i] = view->oy + xy[2 * i + 1] * view->scale;
    }
}

static gboolean
has_picture (MitNetworkMap *self)
{
  return self->data != NULL && self->layout != NULL &&
         mit_network_layout_get_n_nodes (self->layout) == mit_network_data_get_n_nodes (self->data) &&
         mit_network_data_get_n_nodes (self->data) > 0;
}

/* ---- labels -------------------------------------------------------------------- */

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
labels_init (Labels       *labels,
             PangoContext *context,
             guint         n)
{
  labels->context = context;
  labels->layouts = g_ptr_array_new_with_free_func (unref_if_set);
  g_ptr_array_set_size (labels->layouts, n);
}

static void
labels_clear (Labels *labels)
{
  g_clear_pointer (&labels->layouts, g_ptr_array_unref);
  labels->context = NULL;
}

static PangoLayout *
labels_get (Labels               *labels,
            guint                 node,
            const MitNetworkNode *info)
{
  PangoLayout *layout;
  PangoAttrList *attrs;

  if (node >= labels->layouts->len)
    return NULL;
  layout = g_ptr_array_index (labels->layouts, node);
  if (layout != NULL)
    return layout;

  layout = pango_layout_new (labels->context);
  pango_layout_set_text (layout, info->name, -1);
  pango_layout_set_width (layout, LABEL_MAX_WIDTH * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  attrs = pango_attr_list_new ();
  if (info->kind == MIT_LAYOUT_NODE_GROUP)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (info->kind == MIT_LAYOUT_NODE_GROUP ? 0.9 : 0.8));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  g_ptr_array_index (labels->layouts, node) = layout;
  return layout;
}

typedef struct
{
  guint8 *cells;
  int     columns;
  int     rows;
  double  width;
} LabelGrid;

#define CELL_LABEL 1
#define CELL_MARK  2

/* Marks the cells under the rectangle with @value if none of them holds
 * anything in @blocked. */
static gboolean
label_grid_claim (LabelGrid *grid,
                  double     x,
                  double     y,
                  double     w,
                  double     h,
                  guint8     blocked,
                  guint8     value)
{
  int c0 = (int) floor (x / LABEL_GRID), c1 = (int) floor ((x + w) / LABEL_GRID);
  int r0 = (int) floor (y / LABEL_GRID), r1 = (int) floor ((y + h) / LABEL_GRID);

  c0 = MAX (c0, 0);
  r0 = MAX (r0, 0);
  c1 = MIN (c1, grid->columns - 1);
  r1 = MIN (r1, grid->rows - 1);
  if (c0 > c1 || r0 > r1)
    return FALSE;
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      if (grid->cells[r * grid->columns + c] & blocked)
        return FALSE;
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      grid->cells[r * grid->columns + c] |= value;
  return TRUE;
}

/* ---- drawing into the picture's pixels ---------------------------------------
 *
 * Cairo turns a path of thousands of long, crossing lines (or of
 * thousands of small circles) into one polygon and scan-converts it with
 * every edge active on most rows: 700 ms for 10 000 channels. On the
 * screen the bulk of the edges are therefore drawn straight into the
 * image, as lines with a box-filtered width, and the nodes as small
 * pre-rendered sprites; exports keep cairo's vector paths. */

typedef struct
{
  guint32 *data;       /* cairo ARGB32: premultiplied, native endian */
  int      width;      /* device pixels */
  int      height;
  int      stride;     /* in pixels */
  double   scale;      /* device pixels per logical pixel */
} Raster;

typedef struct
{
  guint a, r, g, b;    /* premultiplied, 0 … 255 */
} Premul;

static Premul
premul_from_rgba (const GdkRGBA *rgba,
                  double         alpha)
{
  Premul p;
  double a = CLAMP (rgba->alpha * alpha, 0, 1);

  p.a = (guint) round (a * 255);
  p.r = (guint) round (CLAMP (rgba->red, 0, 1) * a * 255);
  p.g = (guint) round (CLAMP (rgba->green, 0, 1) * a * 255);
  p.b = (guint) round (CLAMP (rgba->blue, 0, 1) * a * 255);
  return p;
}

static inline guint
mul255 (guint x,
        guint y)
{
  guint t = x * y + 128;

  return (t + (t >> 8)) >> 8;
}

/* Source over, with @cover (0 … 256) of the colour. */
static inline void
blend_pixel (guint32      *pixel,
             const Premul *c,
             guint         cover)
{
  guint sa = (c->a * cover) >> 8, sr = (c->r * cover) >> 8;
  guint sg = (c->g * cover) >> 8, sb = (c->b * cover) >> 8;
  guint32 d = *pixel;
  guint inv = 255 - sa;

  *pixel = ((sa + mul255 (d >> 24, inv)) << 24) |
           ((sr + mul255 ((d >> 16) & 0xff, inv)) << 16) |
           ((sg + mul255 ((d >> 8) & 0xff, inv)) << 8) |
           (sb + mul255 (d & 0xff, inv));
}

/* Liang–Barsky: clips the segment to the box; FALSE when nothing is left. */
static gboolean
clip_segment (double *x0,
              double *y0,
              double *x1,
              double *y1,
              double  xmin,
              double  ymin,
              double  xmax,
              double  ymax)
{
  double dx = *x1 - *x0, dy = *y1 - *y0, t0 = 0, t1 = 1;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *x0 - xmin, xmax - *x0, *y0 - ymin, ymax - *y0 };

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      else
        {
          double t = q[i] / p[i];

          if (p[i] < 0)
            t0 = MAX (t0, t);
          else
            t1 = MIN (t1, t);
        }
    }
  if (t0 > t1)
    return FALSE;
  *x1 = *x0 + t1 * dx;
  *y1 = *y0 + t1 * dy;
  *x0 = *x0 + t0 * dx;
  *y0 = *y0 + t0 * dy;
  return TRUE;
}

/* A line @width device pixels wide: along the major axis one column (or
 * row) per pixel, across it the exact coverage of the pixel by the
 * line's span. */
static void
raster_line (Raster       *r,
             double        x0,
             double        y0,
             double        x1,
             double        y1,
             double        width,
             const Premul *c)
{
  gboolean steep;
  double slope, half;
  int major_end, minor_end;
  int start, end;

  if (!clip_segment (&x0, &y0, &x1, &y1, -2, -2, r->width + 2, r->height + 2))
    return;

  steep = fabs (y1 - y0) > fabs (x1 - x0);
  if (steep)
    {
      double t;

      t = x0, x0 = y0, y0 = t;
      t = x1, x1 = y1, y1 = t;
    }
  if (x0 > x1)
    {
      double t;

      t = x0, x0 = x1, x1 = t;
      t = y0, y0 = y1, y1 = t;
    }
  major_end = steep ? r->height : r->width;
  minor_end = steep ? r->width : r->height;
  slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0;
  half = width * sqrt (1 + slope * slope) / 2;
  start = MAX ((int) ceil (x0 - 0.5), 0);
  end = MIN ((int) floor (x1 - 0.5), major_end - 1);

  for (int m = start; m <= end; m++)
    {
      double centre = y0 + (m + 0.5 - x0) * slope;
      double top = centre - half, bottom = centre + half;
      int k0 = MAX ((int) floor (top), 0), k1 = MIN ((int) ceil (bottom), minor_end);

      for (int k = k0; k < k1; k++)
        {
          double cover = MIN (bottom, k + 1.0) - MAX (top, (double) k);
          guint32 *pixel;

          if (cover <= 0)
            continue;
          pixel = steep ? r->data + (gsize) m * r->stride + k : r->data + (gsize) k * r->stride + m;
          blend_pixel (pixel, c, (guint) (MIN (cover, 1.0) * 256));
        }
    }
}

/* A node's mark, rendered once per kind and size and copied per node. */
typedef struct
{
  cairo_surface_t *surface;
  int              size;
  int              centre;
} Sprite;

static void
sprite_init (Sprite        *sprite,
             Shape          shape,
             double         radius,        /* device pixels */
             const GdkRGBA *fill,
             const GdkRGBA *outline,
             double         outline_width,
             double         alpha)
{
  cairo_t *cr;

  sprite->size = (int) ceil (2 * (radius * 1.3 + outline_width + 2));
  sprite->centre = sprite->size / 2;
  sprite->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sprite->size, sprite->size);
  cr = cairo_create (sprite->surface);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  path_shape (cr, shape, sprite->centre + 0.5, sprite->centre + 0.5, radius);
  set_source (cr, fill, alpha);
  cairo_fill_preserve (cr);
  set_source (cr, outline, 1.0);
  cairo_set_line_width (cr, outline_width);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_flush (sprite->surface);
}

static void
sprite_clear (Sprite *sprite)
{
  g_clear_pointer (&sprite->surface, cairo_surface_destroy);
}

static void
raster_sprite (Raster       *r,
               const Sprite *sprite,
               double        x,
               double        y)
{
  const guint32 *src = (const guint32 *) cairo_image_surface_get_data (sprite->surface);
  int src_stride = cairo_image_surface_get_stride (sprite->surface) / 4;
  int left = (int) floor (x) - sprite->centre, top = (int) floor (y) - sprite->centre;

  for (int sy = MAX (0, -top); sy < sprite->size && top + sy < r->height; sy++)
    {
      const guint32 *row = src + (gsize) sy * src_stride;
      guint32 *dst = r->data + (gsize) (top + sy) * r->stride + left;

      for (int sx = MAX (0, -left); sx < sprite->size && left + sx < r->width; sx++)
        {
          guint32 s = row[sx];
          guint sa = s >> 24, inv;
          guint32 d;

          if (sa == 0)
            continue;
          if (sa == 255)
            {
              dst[sx] = s;
              continue;
            }
          inv = 255 - sa;
          d = dst[sx];
          dst[sx] = ((sa + mul255 (d >> 24, inv)) << 24) |
                    ((((s >> 16) & 0xff) + mul255 ((d >> 16) & 0xff, inv)) << 16) |
                    ((((s >> 8) & 0xff) + mul255 ((d >> 8) & 0xff, inv)) << 8) |
                    ((s & 0xff) + mul255 (d & 0xff, inv));
        }
    }
}

/* ---- the picture ------------------------------------------------------------------ */

static gboolean
on_screen (const View *view,
           double      x,
           double      y,
           double      slack)
{
  return x >= -slack && y >= -slack && x <= view->width + slack && y <= view->height + slack;
}

static gboolean
segment_may_show (const View *view,
                  double      x0,
                  double      y0,
                  double      x1,
                  double      y1)
{
  return !((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) ||
           (x0 > view->width && x1 > view->width) ||
           (y0 > view->height && y1 > view->height));
}

static gboolean
is_bright (MitNetworkMap *self,
           guint          node)
{
  return self->highlight == NULL || mit_network_highlight_has_node (self->highlight, node);
}

static void
draw_edges (MitNetworkMap *self,
            cairo_t       *cr,
            Raster        *raster,
            const View    *view,
            const Palette *palette)
{
  guint n_channels = mit_network_data_get_n_channels (self->data);
  guint n_links = mit_network_data_get_n_links (self->data);
  gboolean highlighting = self->highlight != NULL;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The channels outside the highlight (all of them without one): into
   * the pixels on the screen … */
  if (raster != NULL)
    {
      Premul colors[MIT_CHANNEL_STRENGTH_LAST + 1];

      for (int s = 0; s <= MIT_CHANNEL_STRENGTH_LAST; s++)
        colors[s] = premul_from_rgba (&palette->fg, highlighting ? 0.07 : 0.22 + 0.08 * s);
      cairo_surface_flush (cairo_get_target (cr));
      for (guint c = 0; c < n_channels; c++)
        {
          const MitNetworkChannel *ch = mit_network_data_get_channel (self->data, c);

          if (!self->visible[ch->actor] || !self->visible[ch->group])
            continue;
          if (highlighting && mit_network_highlight_has_channel (self->highlight, c))
            continue;
          raster_line (raster, self->sx[ch->actor] * raster->scale, self->sy[ch->actor] * raster->scale,
                       self->sx[ch->group] * raster->scale, self->sy[ch->group] * raster->scale,
                       strength_width[ch->strength] * raster->scale, &colors[ch->strength]);
        }
      cairo_surface_mark_dirty (cairo_get_target (cr));
    }

  /* … or as one path per strength. */
  for (int s = 0; s <= MIT_CHANNEL_STRENGTH_LAST && raster == NULL; s++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint c = 0; c < n_channels; c++)
        {
          const MitNetworkChannel *ch = mit_network_data_get_channel (self->data, c);

          if ((int) ch->strength != s || !self->visible[ch->actor] || !self->visible[ch->group])
            continue;
          if (highlighting && mit_network_highlight_has_channel (self->highlight, c))
            continue;
          if (!segment_may_show (view, self->sx[ch->actor], self->sy[ch->actor],
                                 self->sx[ch->group], self->sy[ch->group]))
            continue;
          cairo_move_to (cr, self->sx[ch->actor], self->sy[ch->actor]);
          cairo_line_to (cr, self->sx[ch->group], self->sy[ch->group]);
          any = TRUE;
        }
      if (!any)
        continue;
      set_source (cr, &palette->fg, highlighting ? 0.07 : 0.22 + 0.08 * s);
      cairo_set_line_width (cr, strength_width[s]);
      cairo_stroke (cr);
    }

  if (!highlighting)
    return;

  /* Shared contact persons: dashed. */
  cairo_new_path (cr);
  for (guint l = 0; l < n_links; l++)
    {
      const MitNetworkLink *link = mit_network_data_get_link (self->data, l);

      if (!mit_network_highlight_has_link (self->highlight, l) ||
          !self->visible[link->actor_a] || !self->visible[link->actor_b])
        continue;
      cairo_move_to (cr, self->sx[link->actor_a], self->sy[link->actor_a]);
      cairo_line_to (cr, self->sx[link->actor_b], self->sy[link->actor_b]);
    }
  set_source (cr, &palette->shared, 0.9);
  cairo_set_line_width (cr, 1.6);
  cairo_set_dash (cr, (double[]) { 5, 4 }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* The highlighted channels, multipliers last and widest. */
  for (int pass = 0; pass < 2; pass++)
    for (int s = 0; s <= MIT_CHANNEL_STRENGTH_LAST; s++)
      {
        gboolean any = FALSE;

        cairo_new_path (cr);
        for (guint i = 0; i < self->highlight->channels->len; i++)
          {
            guint c = g_array_index (self->highlight->channels, guint, i);
            const MitNetworkChannel *ch = mit_network_data_get_channel (self->data, c);
            gboolean multiplier = strcmp (ch->how, MIT_CHANNEL_HOW_MULTIPLIER) == 0;

            if ((int) ch->strength != s || multiplier != (pass == 1) ||
                !self->visible[ch->actor] || !self->visible[ch->group])
              continue;
            cairo_move_to (cr, self->sx[ch->actor], self->sy[ch->actor]);
            cairo_line_to (cr, self->sx[ch->group], self->sy[ch->group]);
            any = TRUE;
          }
        if (!any)
          continue;
        if (pass == 1)
          set_source (cr, &palette->multiplier, 1.0);
        else
          set_source (cr, &palette->fg, 0.75);
        cairo_set_line_width (cr, strength_width[s] + (pass == 1 ? 2.2 : 0.8));
        cairo_stroke (cr);
      }
}

static void
draw_nodes (MitNetworkMap *self,
            cairo_t       *cr,
            Raster        *raster,
            const View    *view,
            const Palette *palette)
{
  guint n = mit_network_data_get_n_nodes (self->data);
  double actor_r, group_r;

  node_radii (self, view, &actor_r, &group_r);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* Dimmed nodes first, then the bright ones; one path per kind of mark:
   * the three sectors of actors, the four levels of groups. */
  for (int bright = 0; bright < 2; bright++)
    {
      if (bright == 0 && self->highlight == NULL)
        continue;
      for (int batch = 0; batch < 7; batch++)
        {
          gboolean group_batch = batch >= 3;
          gboolean any = FALSE;
          double r = group_batch ? group_r : actor_r;
          Shape shape = SHAPE_HEXAGON;

          const GdkRGBA *fill = group_batch ? &palette->levels[batch - 3] : &palette->actor;
          GdkRGBA outline = group_batch ? palette->fg : palette->bg;
          double fill_alpha = bright ? 1.0 : 0.3;
          Sprite sprite = { NULL, 0, 0 };

          outline.alpha *= bright ? (group_batch ? 0.55 : 0.9) : 0.2;
          cairo_new_path (cr);
          for (guint i = 0; i < n; i++)
            {
              const MitNetworkNode *node;

              if (!self->visible[i] || is_bright (self, i) != bright ||
                  !on_screen (view, self->sx[i], self->sy[i], r * 1.5))
                continue;
              node = mit_network_data_get_node (self->data, i);
              if (group_batch ? (node->kind != MIT_LAYOUT_NODE_GROUP || (int) node->level + 1 != batch - 3)
                              : (node->kind != MIT_LAYOUT_NODE_ACTOR || (int) node->sector != batch))
                continue;
              shape = shape_of (node);
              if (raster != NULL)
                {
                  if (sprite.surface == NULL)
                    {
                      cairo_surface_flush (cairo_get_target (cr));
                      sprite_init (&sprite, shape, r * raster->scale, fill, &outline,
                                   (group_batch ? 1.2 : 1.0) * raster->scale, fill_alpha);
                    }
                  raster_sprite (raster, &sprite, self->sx[i] * raster->scale, self->sy[i] * raster->scale);
                }
              else
                path_shape (cr, shape, self->sx[i], self->sy[i], r);
              any = TRUE;
            }
          if (sprite.surface != NULL)
            {
              sprite_clear (&sprite);
              cairo_surface_mark_dirty (cairo_get_target (cr));
            }
          if (!any || raster != NULL)
            continue;
          set_source (cr, fill, fill_alpha);
          cairo_fill_preserve (cr);
          set_source (cr, &outline, 1.0);
          cairo_set_line_width (cr, group_batch ? 1.2 : 1.0);
          cairo_stroke (cr);
        }
    }

  /* The selection: a ring in the accent colour. */
  if (self->selected != G_MAXUINT && self->visible[self->selected])
    {
      const MitNetworkNode *node = mit_network_data_get_node (self->data, self->selected);
      double r = node->kind == MIT_LAYOUT_NODE_GROUP ? group_r : actor_r;

      cairo_new_path (cr);
      cairo_arc (cr, self->sx[self->selected], self->sy[self->selected], r * 1.35 + 4, 0, 2 * G_PI);
      set_source (cr, &palette->accent, 1.0);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
}

static void
draw_label (cairo_t       *cr,
            PangoLayout   *layout,
            gboolean       avoid_marks,
            LabelGrid     *grid,
            double         x,
            double         y,
            double         below,
            const Palette *palette,
            double         alpha)
{
  PangoRectangle ink, logical;
  double lx, ly;

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  /* Centred below the node, but inside the picture. */
  lx = CLAMP (x - logical.width / 2.0, 4, MAX (4, grid->width - logical.width - 4));
  ly = y + below + 2;
  if (!label_grid_claim (grid, lx - 2, ly, logical.width + 4, logical.height,
                         avoid_marks ? CELL_LABEL | CELL_MARK : CELL_LABEL, CELL_LABEL))
    return;

  cairo_new_path (cr);
  cairo_rectangle (cr, lx - 2, ly, logical.width + 4, logical.height);
  set_source (cr, &palette->bg, 0.72 * alpha);
  cairo_fill (cr);
  cairo_move_to (cr, lx - logical.x, ly);
  set_source (cr, &palette->fg, alpha);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_labels (MitNetworkMap *self,
             cairo_t       *cr,
             const View    *view,
             const Palette *palette,
             Labels        *labels)
{
  guint n = mit_network_data_get_n_nodes (self->data);
  gboolean actors = actor_labels_fit (self, view);
  double actor_r, group_r;
  LabelGrid grid;

  node_radii (self, view, &actor_r, &group_r);
  grid.columns = (int) ceil (view->width / LABEL_GRID) + 1;
  grid.rows = (int) ceil (view->height / LABEL_GRID) + 1;
  grid.cells = g_malloc0 ((gsize) grid.columns * grid.rows);
  grid.width = view->width;

  /* Actors' labels do not cover the marks of bright nodes; groups'
   * labels only avoid other labels. */
  for (guint i = 0; i < n; i++)
    {
      double r;

      if (!self->visible[i] || !is_bright (self, i) ||
          !on_screen (view, self->sx[i], self->sy[i], group_r))
        continue;
      r = mit_network_data_get_node (self->data, i)->kind == MIT_LAYOUT_NODE_GROUP ? group_r : actor_r;
      label_grid_claim (&grid, self->sx[i] - r * 0.7, self->sy[i] - r * 0.7, r * 1.4, r * 1.4,
                        0, CELL_MARK);
    }

  /* Who gets a label when they would overlap: the selection, the
   * highlighted groups and actors, the other groups, the other actors. */
  for (int round = 0; round < 5; round++)
    for (guint i = 0; i < n; i++)
      {
        const MitNetworkNode *node;
        gboolean group, bright, wanted;
        PangoLayout *layout;

        if (!self->visible[i] || (round == 0) != (i == self->selected))
          continue;

        node = mit_network_data_get_node (self->data, i);
        group = node->kind == MIT_LAYOUT_NODE_GROUP;
        bright = self->highlight != NULL && mit_network_highlight_has_node (self->highlight, i);
        switch (round)
          {
          case 0:
            wanted = TRUE;
            break;
          case 1:
            wanted = bright && group;
            break;
          case 2:
            wanted = bright && !group;
            break;
          case 3:
            wanted = !bright && group;
            break;
          default:
            wanted = !bright && !group && actors;
            break;
          }
        if (!wanted || !on_screen (view, self->sx[i], self->sy[i], LABEL_MAX_WIDTH / 2.0))
          continue;
        layout = labels_get (labels, i, node);
        if (layout != NULL)
          draw_label (cr, layout, !group && round != 0, &grid, self->sx[i], self->sy[i], (group ? group_r : actor_r) * 1.2,
                      palette, self->highlight == NULL || bright || round == 0 ? 1.0 : 0.45);
      }

  g_free (grid.cells);
}

/* @raster: the pixels of @cr's target, to draw the bulk of the picture
 * into directly (the screen), or NULL (exports) */
static void
draw_scene (MitNetworkMap *self,
            cairo_t       *cr,
            Raster        *raster,
            const View    *view,
            const Palette *palette,
            Labels        *labels)
{
  compute_positions (self, view);
  draw_edges (self, cr, raster, view, palette);
  draw_nodes (self, cr, raster, view, palette);
  draw_labels (self, cr, view, palette, labels);
}

/* ---- rendering on the screen ------------------------------------------------------ */

static void
invalidate_scene (MitNetworkMap *self)
{
  self->generation++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
invalidate_labels (MitNetworkMap *self)
{
  labels_clear (&self->labels);
  if (self->data != NULL)
    labels_init (&self->labels, gtk_widget_get_pango_context (GTK_WIDGET (self)),
                 mit_network_data_get_n_nodes (self->data));
  invalidate_scene (self);
}

static void
render_scene (MitNetworkMap *self,
              int            width,
              int            height,
              int            scale_factor)
{
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;
  View view = current_view (self);
  Palette palette;
  gint64 start = g_get_monotonic_time ();
  int pw = width * scale_factor, ph = height * scale_factor;
  Raster raster;

  palette_init_for_widget (&palette, GTK_WIDGET (self));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  cr = cairo_create (surface);
  if (self->labels.layouts == NULL)
    labels_init (&self->labels, gtk_widget_get_pango_context (GTK_WIDGET (self)),
                 mit_network_data_get_n_nodes (self->data));
  raster.data = (guint32 *) cairo_image_surface_get_data (surface);
  raster.width = pw;
  raster.height = ph;
  raster.stride = cairo_image_surface_get_stride (surface) / 4;
  raster.scale = scale_factor;
  draw_scene (self, cr, &raster, &view, &palette, &self->labels);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_clear_pointer (&self->scene_surface, cairo_surface_destroy);
  self->scene_surface = cairo_surface_reference (surface);
  /* The texture keeps the surface's pixels without a copy. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * ph,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  g_clear_object (&self->scene);
  self->scene = gdk_memory_texture_new (pw, ph, GDK_MEMORY_DEFAULT, bytes,
                                        cairo_image_surface_get_stride (surface));
  self->scene_generation = self->generation;
  self->scene_width = pw;
  self->scene_height = ph;
  self->scene_scale_factor = scale_factor;
  self->scene_zoom = self->zoom;
  self->scene_cx = self->cx;
  self->scene_cy = self->cy;
  self->n_renders++;
  self->last_render_us = g_get_monotonic_time () - start;
}

static gboolean
view_is_settling (MitNetworkMap *self)
{
  return self->dragging || self->pinch_zoom > 0 ||
         g_get_monotonic_time () - self->view_changed_us < SETTLE_MS * 1000;
}

static void
append_ring (GtkSnapshot   *snapshot,
             double         x,
             double         y,
             double         r,
             const GdkRGBA *color,
             double         width)
{
  GskRoundedRect ring;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (x - r, y - r, 2 * r, 2 * r), r);
  gtk_snapshot_append_border (snapshot, &ring, widths, colors);
}

/* Shows the picture, moved and scaled from the view it was rendered for
 * to the current one (x' = k·x + t) while a gesture goes on. The cairo
 * renderer draws a cairo node of the same image surface frame after frame
 * faster than a texture node, which it copies and uploads every time
 * (12 against 27 ms a frame under Xvfb); the GL renderer keeps a texture
 * on the GPU. */
static void
paint_scene (MitNetworkMap *self,
             GtkSnapshot   *snapshot,
             int            width,
             int            height,
             int            scale_factor,
             gboolean       same_view)
{
  View old = view_for_size (width, height, VIEW_MARGIN, self->scene_zoom,
                            self->scene_cx, self->scene_cy);
  View now = current_view (self);
  double k = now.scale / old.scale;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (self)));

  if (GSK_IS_CAIRO_RENDERER (renderer))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

      if (!same_view)
        {
          cairo_translate (cr, now.ox - k * old.ox, now.oy - k * old.oy);
          cairo_scale (cr, k, k);
        }
      cairo_scale (cr, 1.0 / scale_factor, 1.0 / scale_factor);
      cairo_set_source_surface (cr, self->scene_surface, 0, 0);
      /* Only for the moment of a gesture: nearest pixels are cheaper. */
      if (!same_view && k != 1.0)
        cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_FAST);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  else if (same_view)
    gtk_snapshot_append_texture (snapshot, self->scene,
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
  else
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (now.ox - k * old.ox, now.oy - k * old.oy));
      gtk_snapshot_scale (snapshot, k, k);
      gtk_snapshot_append_texture (snapshot, self->scene,
                                   &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_restore (snapshot);
    }
}

static void
mit_network_map_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale_factor = gtk_widget_get_scale_factor (widget);
  gboolean same_view, same_content;
  View view;

  if (!has_picture (self) || width <= 0 || height <= 0)
    return;

  same_content = self->scene != NULL && self->scene_generation == self->generation &&
                 self->scene_scale_factor == scale_factor;
  same_view = same_content && self->scene_width == width * scale_factor &&
              self->scene_height == height * scale_factor &&
              self->scene_zoom == self->zoom && self->scene_cx == self->cx && self->scene_cy == self->cy;

  if (!same_view &&
      !(self->scene_cache && same_content && self->scene_width == width * scale_factor &&
        self->scene_height == height * scale_factor &&
        self->last_render_us > CHEAP_RENDER_US && view_is_settling (self)))
    {
      render_scene (self, width, height, scale_factor);
      same_view = TRUE;
    }

  paint_scene (self, snapshot, width, height, scale_factor, same_view);

  /* Hover and focus: cheap marks on top of the picture. */
  view = current_view (self);
  if (self->hover != G_MAXUINT && self->hover != self->selected && self->visible[self->hover])
    {
      const double *xy = mit_network_layout_get_positions (self->layout);
      const MitNetworkNode *node = mit_network_data_get_node (self->data, self->hover);
      Palette palette;
      double actor_r, group_r;

      palette_init_for_widget (&palette, widget);
      node_radii (self, &view, &actor_r, &group_r);
      append_ring (snapshot, view.ox + xy[2 * self->hover] * view.scale,
                   view.oy + xy[2 * self->hover + 1] * view.scale,
                   (node->kind == MIT_LAYOUT_NODE_GROUP ? group_r : actor_r) * 1.35 + 3,
                   &palette.accent, 2);
    }
  if (gtk_widget_has_visible_focus (widget))
    {
      Palette palette;
      GskRoundedRect frame;
      float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA colors[4];

      palette_init_for_widget (&palette, widget);
      palette.accent.alpha = 0.5;
      for (int i = 0; i < 4; i++)
        colors[i] = palette.accent;
      gsk_rounded_rect_init_from_rect (&frame, &GRAPHENE_RECT_INIT (1, 1, width - 2, height - 2), 6);
      gtk_snapshot_append_border (snapshot, &frame, widths, colors);
    }
}

static gboolean
settle_cb (gpointer user_data)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (user_data);

  if (view_is_settling (self))
    return G_SOURCE_CONTINUE;
  self->settle_id = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
view_changed (MitNetworkMap *self)
{
  self->view_changed_us = g_get_monotonic_time ();
  if (self->settle_id == 0)
    self->settle_id = g_timeout_add (SETTLE_MS / 3, settle_cb, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- selection -------------------------------------------------------------------- */

static void
update_highlight (MitNetworkMap *self)
{
  g_clear_pointer (&self->highlight, mit_network_highlight_free);
  if (self->selected != G_MAXUINT)
    self->highlight = mit_network_data_find_multiplier_paths (self->data, self->selected);
}

static void
set_selected (MitNetworkMap *self,
              guint          node)
{
  if (node == self->selected)
    return;
  self->selected = node;
  update_highlight (self);
  invalidate_scene (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_UID]);
}

static guint
node_at (MitNetworkMap *self,
         double         x,
         double         y)
{
  const double *xy;
  double actor_r, group_r, best = G_MAXDOUBLE;
  guint found = G_MAXUINT;
  View view;

  if (!has_picture (self))
    return G_MAXUINT;

  view = current_view (self);
  node_radii (self, &view, &actor_r, &group_r);
  xy = mit_network_layout_get_positions (self->layout);
  for (guint i = 0; i < mit_network_data_get_n_nodes (self->data); i++)
    {
      double dx, dy, d2, r;

      if (!self->visible[i])
        continue;
      r = (mit_network_data_get_node (self->data, i)->kind == MIT_LAYOUT_NODE_GROUP
           ? group_r : actor_r) * 1.25 + HIT_SLOP;
      dx = view.ox + xy[2 * i] * view.scale - x;
      dy = view.oy + xy[2 * i + 1] * view.scale - y;
      d2 = dx * dx + dy * dy;
      /* The nearest of the nodes hit; a later (group) node wins a tie. */
      if (d2 <= r * r && d2 <= best)
        {
          best = d2;
          found = i;
        }
    }
  return found;
}

/* ---- view changes ----------------------------------------------------------------- */

static void
set_view (MitNetworkMap *self,
          double         zoom,
          double         cx,
          double         cy)
{
  gboolean zoom_changed;

  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  cx = CLAMP (cx, 0.0, 1.0);
  cy = CLAMP (cy, 0.0, 1.0);
  zoom_changed = zoom != self->zoom;
  if (!zoom_changed && cx == self->cx && cy == self->cy)
    return;
  self->zoom = zoom;
  self->cx = cx;
  self->cy = cy;
  view_changed (self);
  if (zoom_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
mit_network_map_zoom_at (MitNetworkMap *self,
                         double         factor,
                         double         x,
                         double         y)
{
  View view;
  double ux, uy, zoom, scale;

  g_return_if_fail (MIT_IS_NETWORK_MAP (self));
  g_return_if_fail (factor > 0);

  /* The unit point under (x, y) stays there. */
  view = current_view (self);
  ux = (x - view.ox) / view.scale;
  uy = (y - view.oy) / view.scale;
  zoom = CLAMP (self->zoom * factor, ZOOM_MIN, ZOOM_MAX);
  scale = view.scale / self->zoom * zoom;
  set_view (self, zoom, ux - (x - view.width / 2) / scale, uy - (y - view.height / 2) / scale);
}

/* ---- input ----------------------------------------------------------------------------- */

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               MitNetworkMap  *self)
{
  self->dragging = FALSE;
  self->drag_cx = self->cx;
  self->drag_cy = self->cy;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                MitNetworkMap  *self)
{
  View view = current_view (self);

  if (!self->dragging && dx * dx + dy * dy < 16)
    return;
  if (!self->dragging)
    {
      self->dragging = TRUE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }
  set_view (self, self->zoom, self->drag_cx - dx / view.scale, self->drag_cy - dy / view.scale);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             MitNetworkMap  *self)
{
  if (self->dragging)
    {
      self->dragging = FALSE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
      view_changed (self);
    }
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  MitNetworkMap   *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2 && node_at (self, x, y) != G_MAXUINT)
    {
      mit_network_map_select_at (self, x, y);
      mit_network_map_activate_selection (self);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   MitNetworkMap   *self)
{
  if (n_press == 1 && !self->dragging)
    mit_network_map_select_at (self, x, y);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           MitNetworkMap            *self)
{
  double x = self->pointer_inside ? self->pointer_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double y = self->pointer_inside ? self->pointer_y : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (dy == 0)
    return FALSE;
  mit_network_map_zoom_at (self, pow (1.2, -dy), x, y);
  return TRUE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               MitNetworkMap    *self)
{
  self->pinch_zoom = self->zoom;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       MitNetworkMap  *self)
{
  double x, y;

  if (self->pinch_zoom <= 0)
    return;
  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  mit_network_map_zoom_at (self, self->pinch_zoom * scale / self->zoom, x, y);
}

static void
zoom_end_cb (GtkGesture       *gesture,
             GdkEventSequence *sequence,
             MitNetworkMap    *self)
{
  self->pinch_zoom = 0;
  view_changed (self);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           MitNetworkMap            *self)
{
  guint hover;

  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;
  if (self->dragging)
    return;
  hover = node_at (self, x, y);
  if (hover != self->hover)
    {
      self->hover = hover;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hover != G_MAXUINT ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *controller,
          MitNetworkMap            *self)
{
  self->pointer_inside = FALSE;
  if (self->hover != G_MAXUINT)
    {
      self->hover = G_MAXUINT;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/**
 * mit_network_map_describe_node:
 *
 * Returns: (transfer full): what a node is, for tooltips and screen
 *   readers ("Target group, reached well, Nordstadt")
 */
char *
mit_network_map_describe_node (const MitNetworkNode *node)
{
  const char *what;

  if (node->kind == MIT_LAYOUT_NODE_GROUP)
    {
      switch (node->level)
        {
        case MIT_REACHABILITY_GOOD:
          what = _("Target group, reached well");
          break;
        case MIT_REACHABILITY_MEDIUM:
          what = _("Target group, reached in part");
          break;
        case MIT_REACHABILITY_LITTLE_OR_NONE:
          what = _("Target group, reached little or not at all");
          break;
        case MIT_REACHABILITY_UNKNOWN:
        default:
          what = _("Target group, not assessed yet");
          break;
        }
    }
  else
    {
      switch (node->sector)
        {
        case MIT_SECTOR_VOLUNTEER:
          what = _("Actor, volunteers");
          break;
        case MIT_SECTOR_MIGRANT_ORGANISATION:
          what = _("Actor, migrant organisation");
          break;
        case MIT_SECTOR_PROFESSIONAL:
        default:
          what = _("Actor, professionals");
          break;
        }
    }

  if (node->district[0] != '\0')
    /* Translators: the kind of a node of the map, then its district */
    return g_strdup_printf (_("%s, %s"), what, node->district);
  return g_strdup (what);
}

static gboolean
mit_network_map_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (widget);
  guint node = keyboard_mode ? self->selected : node_at (self, x, y);
  const MitNetworkNode *info;
  g_autofree char *description = NULL;
  g_autofree char *markup = NULL;

  if (node == G_MAXUINT || self->data == NULL)
    return FALSE;
  info = mit_network_data_get_node (self->data, node);
  description = mit_network_map_describe_node (info);
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s", info->name, description);
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* ---- actions ------------------------------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (widget);

  mit_network_map_zoom_at (self, ZOOM_STEP, gtk_widget_get_width (widget) / 2.0,
                           gtk_widget_get_height (widget) / 2.0);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (widget);

  mit_network_map_zoom_at (self, 1 / ZOOM_STEP, gtk_widget_get_width (widget) / 2.0,
                           gtk_widget_get_height (widget) / 2.0);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  mit_network_map_reset_view (MIT_NETWORK_MAP (widget));
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  mit_network_map_pan (MIT_NETWORK_MAP (widget), dx, dy);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  if (!mit_network_map_activate_selection (MIT_NETWORK_MAP (widget)))
    gtk_widget_error_bell (widget);
}

static void
unselect_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  mit_network_map_select (MIT_NETWORK_MAP (widget), NULL);
}

/* The shown nodes by name: the next after (or before) the selection. */
static void
select_step (MitNetworkMap *self,
             int            step)
{
  guint n, best = G_MAXUINT;
  const char *current = NULL;

  if (self->data == NULL || self->n_shown == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  n = mit_network_data_get_n_nodes (self->data);
  if (self->selected != G_MAXUINT)
    current = mit_network_data_get_node (self->data, self->selected)->name;

  for (guint i = 0; i < n; i++)
    {
      const char *name;
      int c;

      if (!self->visible[i] || i == self->selected)
        continue;
      name = mit_network_data_get_node (self->data, i)->name;
      c = current != NULL ? g_utf8_collate (name, current) * step : 1;
      if (c < 0 || (c == 0 && (step > 0 ? i < self->selected : i > self->selected)))
        continue;
      if (best == G_MAXUINT ||
          g_utf8_collate (name, mit_network_data_get_node (self->data, best)->name) * step < 0)
        best = i;
    }
  if (best == G_MAXUINT)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  set_selected (self, best);
  mit_network_map_center_on (self, mit_network_data_get_node (self->data, best)->uid);
}

static void
select_next_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  select_step (MIT_NETWORK_MAP (widget), +1);
}

static void
select_previous_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  select_step (MIT_NETWORK_MAP (widget), -1);
}

/* ---- GObject ---------------------------------------------------------------------------------- */

static void
mit_network_map_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (widget);
  const PangoFontDescription *font;
  g_autofree char *style = NULL;
  g_autofree char *fg = NULL;
  g_autofree char *bg = NULL;
  g_autofree char *accent = NULL;
  g_autofree char *font_name = NULL;
  Palette palette;

  GTK_WIDGET_CLASS (mit_network_map_parent_class)->css_changed (widget, change);

  /* The picture changes only with the colours and the font, not with
   * every state (focus, hover) that changes the style. */
  palette_init_for_widget (&palette, widget);
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  fg = gdk_rgba_to_string (&palette.fg);
  bg = gdk_rgba_to_string (&palette.bg);
  accent = gdk_rgba_to_string (&palette.accent);
  font_name = font != NULL ? pango_font_description_to_string (font) : g_strdup ("");
  style = g_strdup_printf ("%s %s %s %s", fg, bg, accent, font_name);
  if (g_strcmp0 (style, self->style) == 0)
    return;
  g_free (self->style);
  self->style = g_steal_pointer (&style);
  invalidate_labels (self);
}

static void
mit_network_map_dispose (GObject *object)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  labels_clear (&self->labels);
  g_clear_object (&self->scene);
  g_clear_pointer (&self->scene_surface, cairo_surface_destroy);
  g_clear_pointer (&self->highlight, mit_network_highlight_free);
  g_clear_pointer (&self->layout, mit_network_layout_unref);
  g_clear_pointer (&self->data, mit_network_data_unref);

  G_OBJECT_CLASS (mit_network_map_parent_class)->dispose (object);
}

static void
mit_network_map_finalize (GObject *object)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (object);

  g_free (self->visible);
  g_free (self->sx);
  g_free (self->sy);
  g_free (self->filter_field);
  g_free (self->filter_district);
  g_free (self->style);

  G_OBJECT_CLASS (mit_network_map_parent_class)->finalize (object);
}

static void
mit_network_map_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SELECTED_UID:
      g_value_set_string (value, mit_network_map_get_selected_uid (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_network_map_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MitNetworkMap *self = MIT_NETWORK_MAP (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      mit_network_map_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_pan_binding (GtkWidgetClass *widget_class,
                 guint           key,
                 double          dx,
                 double          dy)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, "network-map.pan", "(dd)", dx, dy);
}

static void
mit_network_map_class_init (MitNetworkMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_network_map_dispose;
  object_class->finalize = mit_network_map_finalize;
  object_class->get_property = mit_network_map_get_property;
  object_class->set_property = mit_network_map_set_property;

  widget_class->snapshot = mit_network_map_snapshot;
  widget_class->query_tooltip = mit_network_map_query_tooltip;
  widget_class->css_changed = mit_network_map_css_changed;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, ZOOM_MIN, ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_UID] =
    g_param_spec_string ("selected-uid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MitNetworkMap::node-activated:
   * @kind: a #MitLayoutNodeKind
   * @id: the actor's or target group's id
   *
   * The selected node is being opened.
   */
  signals[NODE_ACTIVATED] =
    g_signal_new ("node-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "network-map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "network-map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "network-map.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "network-map.pan", "(dd)", pan_action);
  gtk_widget_class_install_action (widget_class, "network-map.activate", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "network-map.unselect", NULL, unselect_action);
  gtk_widget_class_install_action (widget_class, "network-map.select-next", NULL, select_next_action);
  gtk_widget_class_install_action (widget_class, "network-map.select-previous", NULL,
                                   select_previous_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "network-map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "network-map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "network-map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "network-map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "network-map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "network-map.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "network-map.zoom-reset", NULL);
  add_pan_binding (widget_class, GDK_KEY_Left, -PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_KP_Left, -PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Right, PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_KP_Right, PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Up, 0, -PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_KP_Up, 0, -PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_Down, 0, PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_KP_Down, 0, PAN_STEP);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "network-map.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "network-map.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "network-map.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "network-map.unselect", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "network-map.select-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "network-map.select-previous", NULL);

  gtk_widget_class_set_css_name (widget_class, "mit-network-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mit_network_map_init (MitNetworkMap *self)
{
  GtkGesture *drag, *click, *zoom;
  GtkEventController *scroll, *motion;

  self->zoom = 1.0;
  self->cx = self->cy = 0.5;
  self->selected = G_MAXUINT;
  self->hover = G_MAXUINT;
  self->filter_level = MIT_NETWORK_FILTER_ANY_LEVEL;
  self->scene_cache = TRUE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "view");

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  g_signal_connect (zoom, "end", G_CALLBACK (zoom_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Network map"),
                                  -1);
}

/* ---- public API ------------------------------------------------------------------------------ */

/**
 * mit_network_map_new:
 *
 * Returns: (transfer floating): a new, empty map
 */
MitNetworkMap *
mit_network_map_new (void)
{
  return g_object_new (MIT_TYPE_NETWORK_MAP, NULL);
}

static void
apply_filter (MitNetworkMap *self)
{
  MitNetworkFilter filter;
  g_autofree char *description = NULL;

  if (self->data == NULL)
    {
      self->n_shown = 0;
      return;
    }
  mit_network_filter_init (&filter);
  filter.field = self->filter_field;
  filter.district = self->filter_district;
  filter.level = self->filter_level;
  self->n_shown = mit_network_data_filter (self->data, &filter, self->visible);

  if (self->selected != G_MAXUINT && !self->visible[self->selected])
    {
      self->selected = G_MAXUINT;
      update_highlight (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_UID]);
    }

  description = g_strdup_printf (ngettext ("%u actor or target group shown",
                                           "%u actors and target groups shown", self->n_shown),
                                 self->n_shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
mit_network_map_set_data (MitNetworkMap    *self,
                          MitNetworkData   *data,
                          MitNetworkLayout *layout)
{
  g_autofree char *selected_uid = NULL;
  guint n;

  g_return_if_fail (MIT_IS_NETWORK_MAP (self));
  g_return_if_fail (layout == NULL || data != NULL);
  g_return_if_fail (layout == NULL ||
                    mit_network_layout_get_n_nodes (layout) == mit_network_data_get_n_nodes (data));

  selected_uid = g_strdup (mit_network_map_get_selected_uid (self));

  if (data != NULL)
    mit_network_data_ref (data);
  if (layout != NULL)
    mit_network_layout_ref (layout);
  g_clear_pointer (&self->data, mit_network_data_unref);
  g_clear_pointer (&self->layout, mit_network_layout_unref);
  self->data = data;
  self->layout = layout;

  n = data != NULL ? mit_network_data_get_n_nodes (data) : 0;
  g_free (self->visible);
  g_free (self->sx);
  g_free (self->sy);
  self->visible = g_new0 (guint8, n + 1);
  self->sx = g_new0 (double, n + 1);
  self->sy = g_new0 (double, n + 1);
  self->hover = G_MAXUINT;

  self->selected = data != NULL && selected_uid != NULL ? mit_network_data_lookup (data, selected_uid)
                                                        : G_MAXUINT;
  update_highlight (self);
  apply_filter (self);
  invalidate_labels (self);

  if (g_strcmp0 (selected_uid, mit_network_map_get_selected_uid (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_UID]);
}

/**
 * mit_network_map_get_data:
 *
 * Returns: (transfer none) (nullable): the snapshot shown
 */
MitNetworkData *
mit_network_map_get_data (MitNetworkMap *self)
{
  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), NULL);

  return self->data;
}

/**
 * mit_network_map_get_layout:
 *
 * Returns: (transfer none) (nullable): the positions shown
 */
MitNetworkLayout *
mit_network_map_get_layout (MitNetworkMap *self)
{
  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), NULL);

  return self->layout;
}

void
mit_network_map_set_filter (MitNetworkMap          *self,
                            const MitNetworkFilter *filter)
{
  g_return_if_fail (MIT_IS_NETWORK_MAP (self));
  g_return_if_fail (filter != NULL);

  if (g_strcmp0 (filter->field, self->filter_field) == 0 &&
      g_strcmp0 (filter->district, self->filter_district) == 0 &&
      filter->level == self->filter_level)
    return;

  g_free (self->filter_field);
  g_free (self->filter_district);
  self->filter_field = g_strdup (filter->field);
  self->filter_district = g_strdup (filter->district);
  self->filter_level = filter->level;
  apply_filter (self);
  invalidate_scene (self);
}

guint
mit_network_map_get_n_shown (MitNetworkMap *self)
{
  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), 0);

  return self->n_shown;
}

gboolean
mit_network_map_is_shown (MitNetworkMap *self,
                          const char    *uid)
{
  guint node;

  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), FALSE);

  if (self->data == NULL || uid == NULL)
    return FALSE;
  node = mit_network_data_lookup (self->data, uid);
  return node != G_MAXUINT && self->visible[node];
}

gboolean
mit_network_map_select (MitNetworkMap *self,
                        const char    *uid)
{
  guint node = G_MAXUINT;

  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), FALSE);

  if (uid != NULL && self->data != NULL)
    node = mit_network_data_lookup (self->data, uid);
  if (node != G_MAXUINT && !self->visible[node])
    node = G_MAXUINT;
  set_selected (self, node);
  return node != G_MAXUINT;
}

/**
 * mit_network_map_get_selected_uid:
 *
 * Returns: (nullable): the uid of the selected node
 */
const char *
mit_network_map_get_selected_uid (MitNetworkMap *self)
{
  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), NULL);

  if (self->selected == G_MAXUINT || self->data == NULL)
    return NULL;
  return mit_network_data_get_node (self->data, self->selected)->uid;
}

const MitNetworkNode *
mit_network_map_get_selected_node (MitNetworkMap *self)
{
  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), NULL);

  if (self->selected == G_MAXUINT || self->data == NULL)
    return NULL;
  return mit_network_data_get_node (self->data, self->selected);
}

const char *
mit_network_map_get_uid_at (MitNetworkMap *self,
                            double         x,
                            double         y)
{
  guint node;

  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), NULL);

  node = node_at (self, x, y);
  return node != G_MAXUINT ? mit_network_data_get_node (self->data, node)->uid : NULL;
}

gboolean
mit_network_map_select_at (MitNetworkMap *self,
                           double         x,
                           double         y)
{
  guint node;

  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), FALSE);

  node = node_at (self, x, y);
  set_selected (self, node);
  return node != G_MAXUINT;
}

gboolean
mit_network_map_activate_selection (MitNetworkMap *self)
{
  const MitNetworkNode *node;

  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), FALSE);

  node = mit_network_map_get_selected_node (self);
  if (node == NULL)
    return FALSE;

  g_signal_emit (self, signals[NODE_ACTIVATED], 0, (guint) node->kind, node->id);
  gtk_widget_activate_action (GTK_WIDGET (self),
                              node->kind == MIT_LAYOUT_NODE_GROUP ? "win.show-target-group"
                                                                  : "win.show-actor",
                              "x", node->id);
  return TRUE;
}

double
mit_network_map_get_zoom (MitNetworkMap *self)
{
  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), 1.0);

  return self->zoom;
}

void
mit_network_map_set_zoom (MitNetworkMap *self,
                          double         zoom)
{
  g_return_if_fail (MIT_IS_NETWORK_MAP (self));

  set_view (self, zoom, self->cx, self->cy);
}

void
mit_network_map_get_center (MitNetworkMap *self,
                            double        *x,
                            double        *y)
{
  g_return_if_fail (MIT_IS_NETWORK_MAP (self));

  if (x)
    *x = self->cx;
  if (y)
    *y = self->cy;
}

void
mit_network_map_set_center (MitNetworkMap *self,
                            double         x,
                            double         y)
{
  g_return_if_fail (MIT_IS_NETWORK_MAP (self));

  set_view (self, self->zoom, x, y);
}

void
mit_network_map_pan (MitNetworkMap *self,
                     double         dx,
                     double         dy)
{
  View view;

  g_return_if_fail (MIT_IS_NETWORK_MAP (self));

  view = current_view (self);
  set_view (self, self->zoom, self->cx + dx / view.scale, self->cy + dy / view.scale);
}

void
mit_network_map_reset_view (MitNetworkMap *self)
{
  g_return_if_fail (MIT_IS_NETWORK_MAP (self));

  set_view (self, 1.0, 0.5, 0.5);
}

gboolean
mit_network_map_center_on (MitNetworkMap *self,
                           const char    *uid)
{
  guint node;
  double x, y;

  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), FALSE);

  if (!has_picture (self) || uid == NULL)
    return FALSE;
  node = mit_network_data_lookup (self->data, uid);
  if (node == G_MAXUINT)
    return FALSE;
  mit_network_layout_get_position (self->layout, node, &x, &y);
  set_view (self, self->zoom, x, y);
  return TRUE;
}

gboolean
mit_network_map_get_node_position_in_widget (MitNetworkMap *self,
                                             const char    *uid,
                                             double        *x,
                                             double        *y)
{
  guint node;
  double ux, uy;
  View view;

  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), FALSE);

  if (!has_picture (self) || uid == NULL)
    return FALSE;
  node = mit_network_data_lookup (self->data, uid);
  if (node == G_MAXUINT)
    return FALSE;
  view = current_view (self);
  mit_network_layout_get_position (self->layout, node, &ux, &uy);
  if (x)
    *x = view.ox + ux * view.scale;
  if (y)
    *y = view.oy + uy * view.scale;
  return TRUE;
}

void
mit_network_map_set_scene_cache (MitNetworkMap *self,
                                 gboolean       enabled)
{
  g_return_if_fail (MIT_IS_NETWORK_MAP (self));

  self->scene_cache = !!enabled;
}

void
mit_network_map_get_render_stats (MitNetworkMap *self,
                                  guint         *n_renders,
                                  gint64        *last_render_us)
{
  g_return_if_fail (MIT_IS_NETWORK_MAP (self));

  if (n_renders)
    *n_renders = self->n_renders;
  if (last_render_us)
    *last_render_us = self->last_render_us;
}

/* ---- legend ------------------------------------------------------------------------------------ */

const char *
mit_network_map_legend_get_label (MitNetworkMapLegendItem item)
{
  switch (item)
    {
    case MIT_NETWORK_MAP_LEGEND_GROUP_GOOD:
      return _("Target group reached well");
    case MIT_NETWORK_MAP_LEGEND_GROUP_MEDIUM:
      return _("Target group reached in part");
    case MIT_NETWORK_MAP_LEGEND_GROUP_LITTLE:
      return _("Target group reached little or not at all");
    case MIT_NETWORK_MAP_LEGEND_GROUP_UNKNOWN:
      return _("Target group not assessed yet");
    case MIT_NETWORK_MAP_LEGEND_PROFESSIONAL:
      return _("Actor: professionals");
    case MIT_NETWORK_MAP_LEGEND_VOLUNTEER:
      return _("Actor: volunteers");
    case MIT_NETWORK_MAP_LEGEND_MIGRANT_ORGANISATION:
      return _("Actor: migrant organisation");
    case MIT_NETWORK_MAP_LEGEND_CHANNEL:
      return _("Channel: an actor reaches a group");
    case MIT_NETWORK_MAP_LEGEND_MULTIPLIER:
      return _("Multiplier channel (of the selection)");
    case MIT_NETWORK_MAP_LEGEND_SHARED_CONTACT:
      return _("Shared contact person (of the selection)");
    case MIT_NETWORK_MAP_N_LEGEND_ITEMS:
    default:
      g_return_val_if_reached ("");
    }
}

static void
draw_legend_symbol (MitNetworkMapLegendItem  item,
                    const Palette           *palette,
                    cairo_t                 *cr,
                    double                   width,
                    double                   height)
{
  double cx = width / 2, cy = height / 2, r = MIN (width, height) * 0.3;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  switch (item)
    {
    case MIT_NETWORK_MAP_LEGEND_GROUP_GOOD:
    case MIT_NETWORK_MAP_LEGEND_GROUP_MEDIUM:
    case MIT_NETWORK_MAP_LEGEND_GROUP_LITTLE:
    case MIT_NETWORK_MAP_LEGEND_GROUP_UNKNOWN:
      {
        /* GOOD … LITTLE are levels 0 … 2; UNKNOWN is index 0 */
        int index = item == MIT_NETWORK_MAP_LEGEND_GROUP_UNKNOWN ? 0 : (int) item + 1;

        path_shape (cr, SHAPE_HEXAGON, cx, cy, r * 1.1);
        set_source (cr, &palette->levels[index], 1.0);
        cairo_fill_preserve (cr);
        set_source (cr, &palette->fg, 0.55);
        cairo_set_line_width (cr, 1.2);
        cairo_stroke (cr);
      }
      break;
    case MIT_NETWORK_MAP_LEGEND_PROFESSIONAL:
    case MIT_NETWORK_MAP_LEGEND_VOLUNTEER:
    case MIT_NETWORK_MAP_LEGEND_MIGRANT_ORGANISATION:
      path_shape (cr,
                  item == MIT_NETWORK_MAP_LEGEND_PROFESSIONAL ? SHAPE_SQUARE
                  : item == MIT_NETWORK_MAP_LEGEND_VOLUNTEER ? SHAPE_CIRCLE : SHAPE_DIAMOND,
                  cx, cy, r * 0.85);
      set_source (cr, &palette->actor, 1.0);
      cairo_fill (cr);
      break;
    case MIT_NETWORK_MAP_LEGEND_CHANNEL:
    case MIT_NETWORK_MAP_LEGEND_MULTIPLIER:
    case MIT_NETWORK_MAP_LEGEND_SHARED_CONTACT:
      cairo_move_to (cr, width * 0.1, cy);
      cairo_line_to (cr, width * 0.9, cy);
      if (item == MIT_NETWORK_MAP_LEGEND_CHANNEL)
        {
          set_source (cr, &palette->fg, 0.6);
          cairo_set_line_width (cr, strength_width[MIT_CHANNEL_REGULAR]);
        }
      else if (item == MIT_NETWORK_MAP_LEGEND_MULTIPLIER)
        {
          set_source (cr, &palette->multiplier, 1.0);
          cairo_set_line_width (cr, strength_width[MIT_CHANNEL_REGULAR] + 2.2);
        }
      else
        {
          set_source (cr, &palette->shared, 0.9);
          cairo_set_line_width (cr, 1.6);
          cairo_set_dash (cr, (double[]) { 5, 4 }, 2, 0);
        }
      cairo_stroke (cr);
      break;
    case MIT_NETWORK_MAP_N_LEGEND_ITEMS:
    default:
      break;
    }
  cairo_restore (cr);
}

void
mit_network_map_legend_draw_symbol (MitNetworkMapLegendItem  item,
                                    GtkWidget               *widget,
                                    cairo_t                 *cr,
                                    double                   width,
                                    double                   height)
{
  Palette palette;

  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (item < MIT_NETWORK_MAP_N_LEGEND_ITEMS);

  palette_init_for_widget (&palette, widget);
  draw_legend_symbol (item, &palette, cr, width, height);
}

/* ---- export ------------------------------------------------------------------------------------- */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->stream, data, length, NULL, writer->cancellable,
                                  &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* Closes @stream without replacing the file: a half-written file is
 * worse than the old one. */
static void
abandon (GOutputStream *stream)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_cancellable_cancel (cancelled);
  g_output_stream_close (stream, cancelled, NULL);
}

static void
draw_page (MitNetworkMap *self,
           cairo_t       *cr)
{
  Palette palette;
  Labels labels;
  PangoContext *context;
  PangoLayout *text;
  PangoFontDescription *font;
  double side = PAGE_HEIGHT - 2 * PAGE_MARGIN;
  double legend_x = PAGE_MARGIN + side + 24;
  double y = PAGE_MARGIN;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%x");
  View view;

  palette_init_light (&palette);
  set_source (cr, &palette.bg, 1.0);
  cairo_paint (cr);

  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  font = pango_font_description_copy (pango_context_get_font_description (
                                        gtk_widget_get_pango_context (GTK_WIDGET (self))));
  pango_font_description_set_size (font, 9 * PANGO_SCALE);
  pango_context_set_font_description (context, font);

  if (has_picture (self))
    {
      /* The whole network in the square on the left. */
      cairo_save (cr);
      cairo_rectangle (cr, PAGE_MARGIN, PAGE_MARGIN, side, side);
      cairo_clip (cr);
      cairo_translate (cr, PAGE_MARGIN, PAGE_MARGIN);
      view = view_for_size (side, side, 12, 1.0, 0.5, 0.5);
      labels_init (&labels, context, mit_network_data_get_n_nodes (self->data));
      draw_scene (self, cr, NULL, &view, &palette, &labels);
      labels_clear (&labels);
      cairo_restore (cr);
    }

  /* Title, date and the legend on the right. */
  text = pango_layout_new (context);
  pango_font_description_set_size (font, 16 * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (text, font);
  pango_layout_set_width (text, (int) ((PAGE_WIDTH - PAGE_MARGIN - legend_x) * PANGO_SCALE));
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (text, _("Network Map"), -1);
  set_source (cr, &palette.fg, 1.0);
  cairo_move_to (cr, legend_x, y);
  pango_cairo_show_layout (cr, text);
  {
    int h;

    pango_layout_get_pixel_size (text, NULL, &h);
    y += h + 4;
  }

  pango_font_description_set_size (font, 9 * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (text, font);
  {
    g_autofree char *line = g_strdup_printf (ngettext ("%s · %u actor or target group shown",
                                                       "%s · %u actors and target groups shown",
                                                       self->n_shown),
                                             date, self->n_shown);
    int h;

    pango_layout_set_text (text, line, -1);
    cairo_move_to (cr, legend_x, y);
    pango_cairo_show_layout (cr, text);
    pango_layout_get_pixel_size (text, NULL, &h);
    y += h + 18;
  }

  for (int item = 0; item < MIT_NETWORK_MAP_N_LEGEND_ITEMS; item++)
    {
      int h;

      cairo_save (cr);
      cairo_translate (cr, legend_x, y);
      draw_legend_symbol (item, &palette, cr, 22, 16);
      cairo_restore (cr);
      pango_layout_set_width (text, (int) ((PAGE_WIDTH - PAGE_MARGIN - legend_x - 30) * PANGO_SCALE));
      pango_layout_set_text (text, mit_network_map_legend_get_label (item), -1);
      set_source (cr, &palette.fg, 1.0);
      cairo_move_to (cr, legend_x + 30, y + 1);
      pango_cairo_show_layout (cr, text);
      pango_layout_get_pixel_size (text, NULL, &h);
      y += MAX (h, 16) + 8;
    }

  pango_font_description_free (font);
  g_object_unref (text);
  g_object_unref (context);
}

gboolean
mit_network_map_export (MitNetworkMap        *self,
                        GFile                *file,
                        MitNetworkMapFormat   format,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  Writer writer = { NULL, cancellable, NULL };
  cairo_t *cr;

  g_return_val_if_fail (MIT_IS_NETWORK_MAP (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;
  writer.stream = G_OUTPUT_STREAM (stream);

  switch (format)
    {
    case MIT_NETWORK_MAP_SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, &writer, PAGE_WIDTH, PAGE_HEIGHT);
      break;
    case MIT_NETWORK_MAP_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_cb, &writer, PAGE_WIDTH, PAGE_HEIGHT);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Network Map"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Miteinander");
      break;
    case MIT_NETWORK_MAP_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) ceil (PAGE_WIDTH * PNG_SCALE),
                                            (int) ceil (PAGE_HEIGHT * PNG_SCALE));
      cairo_surface_set_device_scale (surface, PNG_SCALE, PNG_SCALE);
      break;
    }

  cr = cairo_create (surface);
  draw_page (self, cr);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == MIT_NETWORK_MAP_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, &writer);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      abandon (G_OUTPUT_STREAM (stream));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the map: %s"), cairo_status_to_string (status));
      abandon (G_OUTPUT_STREAM (stream));
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}
