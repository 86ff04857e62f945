/* mit-network-layout.c: positions for the network map
 *
 * Fruchterman–Reingold: every pair of nodes repels with k²/d, every edge
 * pulls with w·d²/k, a weak pull towards the centre keeps parts that are
 * not connected together, and each step moves a node at most by a
 * temperature that cools linearly. The repulsion is summed over a
 * Barnes–Hut quadtree built again every iteration, so an iteration is
 * O(n log n + m).
 *
 * The same data must give the same picture: the nodes are put in key order
 * and the edges in (node, node, weight) order before anything is computed,
 * the starting positions are a hash of each key, and all of it runs in one
 * thread, so every sum is done in the same order every time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitNetworkLayout"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mit-network-layout.h"
#include "mit-store-private.h"

/* The ideal edge length; the layout is scaled into the unit box at the
 * end, so only the ratios below matter. */
#define LAYOUT_K          1.0
/* Barnes–Hut: a cell this small for its distance counts as one body. */
#define LAYOUT_THETA      1.0
/* Pull towards the centre, per unit of distance. */
#define LAYOUT_GRAVITY    1.0
/* Closer than this (squared) counts as this close. */
#define LAYOUT_MIN_DIST2  1e-4
#define QUAD_MAX_DEPTH    48

/* ---- the graph ---------------------------------------------------------- */

typedef struct
{
  guint  source;
  guint  target;
  double weight;
} LayoutEdge;

struct _MitLayoutGraph
{
  gatomicrefcount  ref_count;
  GPtrArray       *keys;     /* of char *, owned */
  GArray          *kinds;    /* of guint8 */
  GArray          *edges;    /* of LayoutEdge */
  GHashTable      *index;    /* key (borrowed from keys) → index + 1 */
};

G_DEFINE_BOXED_TYPE (MitLayoutGraph, mit_layout_graph,
                     mit_layout_graph_ref, mit_layout_graph_unref)

MitLayoutGraph *
mit_layout_graph_new (void)
{
  MitLayoutGraph *self = g_new0 (MitLayoutGraph, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->kinds = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->edges = g_array_new (FALSE, FALSE, sizeof (LayoutEdge));
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

MitLayoutGraph *
mit_layout_graph_ref (MitLayoutGraph *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
mit_layout_graph_unref (MitLayoutGraph *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->keys);
  g_array_unref (self->kinds);
  g_array_unref (self->edges);
  g_free (self);
}

guint
mit_layout_graph_add_node (MitLayoutGraph    *self,
                           const char        *key,
                           MitLayoutNodeKind  kind)
{
  char *copy;
  guint8 k = kind;
  guint index;

  g_return_val_if_fail (self != NULL, G_MAXUINT);
  g_return_val_if_fail (key != NULL, G_MAXUINT);
  g_return_val_if_fail (!g_hash_table_contains (self->index, key), G_MAXUINT);
  g_return_val_if_fail (self->keys->len < G_MAXUINT - 1, G_MAXUINT);

  index = self->keys->len;
  copy = g_strdup (key);
  g_ptr_array_add (self->keys, copy);
  g_array_append_val (self->kinds, k);
  g_hash_table_insert (self->index, copy, GUINT_TO_POINTER (index + 1));
  return index;
}

void
mit_layout_graph_add_edge (MitLayoutGraph *self,
                           guint           source,
                           guint           target,
                           double          weight)
{
  LayoutEdge edge = { source, target, weight };

  g_return_if_fail (self != NULL);
  g_return_if_fail (source < self->keys->len && target < self->keys->len);
  g_return_if_fail (isfinite (weight) && weight > 0);

  g_array_append_val (self->edges, edge);
}

guint
mit_layout_graph_get_n_nodes (const MitLayoutGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->keys->len;
}

guint
mit_layout_graph_get_n_edges (const MitLayoutGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->edges->len;
}

const char *
mit_layout_graph_get_key (const MitLayoutGraph *self,
                          guint                 node)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (node < self->keys->len, NULL);

  return g_ptr_array_index (self->keys, node);
}

MitLayoutNodeKind
mit_layout_graph_get_kind (const MitLayoutGraph *self,
                           guint                 node)
{
  g_return_val_if_fail (self != NULL, MIT_LAYOUT_NODE_ACTOR);
  g_return_val_if_fail (node < self->kinds->len, MIT_LAYOUT_NODE_ACTOR);

  return g_array_index (self->kinds, guint8, node);
}

guint
mit_layout_graph_lookup (const MitLayoutGraph *self,
                         const char           *key)
{
  gpointer value;

  g_return_val_if_fail (self != NULL, G_MAXUINT);
  g_return_val_if_fail (key != NULL, G_MAXUINT);

  value = g_hash_table_lookup (self->index, key);
  return value ? GPOINTER_TO_UINT (value) - 1 : G_MAXUINT;
}

void
mit_layout_graph_get_edge (const MitLayoutGraph *self,
                           guint                 edge,
                           guint                *source,
                           guint                *target,
                           double               *weight)
{
  const LayoutEdge *e;

  g_return_if_fail (self != NULL);
  g_return_if_fail (edge < self->edges->len);

  e = &g_array_index (self->edges, LayoutEdge, edge);
  if (source)
    *source = e->source;
  if (target)
    *target = e->target;
  if (weight)
    *weight = e->weight;
}

double
mit_layout_weight_for_strength (MitChannelStrength strength)
{
  switch (strength)
    {
    case MIT_CHANNEL_WEAK:
      return 1.0;
    case MIT_CHANNEL_STRONG:
      return 3.0;
    case MIT_CHANNEL_REGULAR:
    default:
      return 2.0;
    }
}

/* ---- from the store ------------------------------------------------------- */

MitLayoutGraph *
mit_network_layout_graph_from_store (MitStore  *store,
                                     GError   **error)
{
  g_autoptr(MitLayoutGraph) graph = NULL;
  g_autoptr(GHashTable) actors = NULL;
  g_autoptr(GHashTable) groups = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One statement: one snapshot, even while another connection writes.
   * The nodes come before the edges (column 0). */
  stmt = _mit_store_prepare (store,
                             "SELECT 0, a.id, a.uid, 0 FROM actor a"
                             " WHERE EXISTS (SELECT 1 FROM channel c WHERE c.actor_id = a.id) "
                             "UNION ALL "
                             "SELECT 1, g.id, g.uid, 0 FROM target_group g "
                             "UNION ALL "
                             "SELECT 2, c.actor_id, c.group_id, c.strength FROM channel c "
                             "ORDER BY 1, 2",
                             error);
  if (stmt == NULL)
    return NULL;

  graph = mit_layout_graph_new ();
  actors = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int what = sqlite3_column_int (stmt, 0);
      gint64 id = sqlite3_column_int64 (stmt, 1);

      if (what == 0 || what == 1)
        {
          const char *uid = _mit_store_column_text (stmt, 2);
          guint node;

          if (mit_layout_graph_lookup (graph, uid) != G_MAXUINT)
            {
              sqlite3_reset (stmt);
              g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_CORRUPT,
                           _("Two records have the same identifier “%s”"), uid);
              return NULL;
            }
          node = mit_layout_graph_add_node (graph, uid,
                                            what == 0 ? MIT_LAYOUT_NODE_ACTOR
                                                      : MIT_LAYOUT_NODE_GROUP);
          g_hash_table_insert (what == 0 ? actors : groups,
                               g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (node + 1));
        }
      else
        {
          gint64 group_id = sqlite3_column_int64 (stmt, 2);
          int strength = sqlite3_column_int (stmt, 3);
          gpointer a = g_hash_table_lookup (actors, &id);
          gpointer g = g_hash_table_lookup (groups, &group_id);

          /* Foreign keys make both exist. */
          if (a != NULL && g != NULL)
            mit_layout_graph_add_edge (graph,
                                       GPOINTER_TO_UINT (a) - 1, GPOINTER_TO_UINT (g) - 1,
                                       mit_layout_weight_for_strength (strength));
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (store, error, rc, _("Could not read the network"));
      return NULL;
    }

  return g_steal_pointer (&graph);
}

/* ---- the result ------------------------------------------------------------ */

struct _MitNetworkLayout
{
  gatomicrefcount  ref_count;
  guint            n_nodes;
  double          *xy;
};

G_DEFINE_BOXED_TYPE (MitNetworkLayout, mit_network_layout,
                     mit_network_layout_ref, mit_network_layout_unref)

static MitNetworkLayout *
network_layout_new (guint n_nodes)
{
  MitNetworkLayout *self = g_new0 (MitNetworkLayout, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->n_nodes = n_nodes;
  self->xy = g_new0 (double, 2 * (gsize) n_nodes + 1);
  return self;
}

MitNetworkLayout *
mit_network_layout_ref (MitNetworkLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
mit_network_layout_unref (MitNetworkLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->xy);
  g_free (self);
}

guint
mit_network_layout_get_n_nodes (const MitNetworkLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_nodes;
}

void
mit_network_layout_get_position (const MitNetworkLayout *self,
                                 guint                   node,
                                 double                 *x,
                                 double                 *y)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->n_nodes);

  if (x)
    *x = self->xy[2 * node];
  if (y)
    *y = self->xy[2 * node + 1];
}

const double *
mit_network_layout_get_positions (const MitNetworkLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->xy;
}

/* ---- the problem, in key order ---------------------------------------------- */

typedef struct
{
  guint       n;          /* nodes */
  guint      *order;      /* order[s]: the graph index of the s-th node by key */
  double     *start;      /* 2 × n: starting positions */
  guint       n_edges;
  LayoutEdge *edges;      /* in key-order indices, source < target, sorted */
  guint       iterations;
} Problem;

static void
problem_free (gpointer data)
{
  Problem *p = data;

  g_free (p->order);
  g_free (p->start);
  g_free (p->edges);
  g_free (p);
}

typedef struct
{
  const char *key;
  guint       index;
} KeyIndex;

static int
compare_keys (const void *a,
              const void *b)
{
  return strcmp (((const KeyIndex *) a)->key, ((const KeyIndex *) b)->key);
}

static int
compare_edges (const void *a,
               const void *b)
{
  const LayoutEdge *x = a, *y = b;

  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  return x->weight < y->weight ? -1 : x->weight > y->weight ? 1 : 0;
}

static guint64
mix64 (guint64 z)
{
  /* splitmix64's finaliser */
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/* A number in [0, 1) from the key: FNV-1a, then mixed with @salt. */
static double
key_hash_unit (const char *key,
               guint64     salt)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (const guchar *p = (const guchar *) key; *p; p++)
    {
      h ^= *p;
      h *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  return (mix64 (h ^ mix64 (salt)) >> 11) * (1.0 / 9007199254740992.0);
}

static double
box_side (guint n)
{
  return sqrt ((double) MAX (n, 1)) * LAYOUT_K;
}

static Problem *
problem_new (const MitLayoutGraph *graph,
             guint                 iterations)
{
  Problem *p = g_new0 (Problem, 1);
  g_autofree KeyIndex *sorted = NULL;
  g_autofree guint *rank = NULL;
  double side;

  p->n = graph->keys->len;
  p->iterations = iterations ? iterations : MIT_NETWORK_LAYOUT_DEFAULT_ITERATIONS;
  p->order = g_new (guint, p->n + 1);
  p->start = g_new (double, 2 * (gsize) p->n + 1);
  rank = g_new (guint, p->n + 1);
  sorted = g_new (KeyIndex, p->n + 1);

  for (guint i = 0; i < p->n; i++)
    {
      sorted[i].key = g_ptr_array_index (graph->keys, i);
      sorted[i].index = i;
    }
  qsort (sorted, p->n, sizeof (KeyIndex), compare_keys);

  side = box_side (p->n);
  for (guint s = 0; s < p->n; s++)
    {
      p->order[s] = sorted[s].index;
      rank[sorted[s].index] = s;
      p->start[2 * s] = key_hash_unit (sorted[s].key, 1) * side;
      p->start[2 * s + 1] = key_hash_unit (sorted[s].key, 2) * side;
    }

  p->edges = g_new (LayoutEdge, graph->edges->len + 1);
  for (guint i = 0; i < graph->edges->len; i++)
    {
      const LayoutEdge *e = &g_array_index (graph->edges, LayoutEdge, i);
      guint a = rank[e->source], b = rank[e->target];

      if (a == b)
        continue;
      p->edges[p->n_edges].source = MIN (a, b);
      p->edges[p->n_edges].target = MAX (a, b);
      p->edges[p->n_edges].weight = e->weight;
      p->n_edges++;
    }
  qsort (p->edges, p->n_edges, sizeof (LayoutEdge), compare_edges);

  return p;
}

/* ---- Barnes–Hut quadtree ------------------------------------------------------ */

typedef struct
{
  double x0, y0, size;   /* the square */
  double sx, sy, mass;   /* sum of positions, number of bodies */
  double cx, cy;         /* centre of mass, after quad_build() */
  int    child[4];       /* -1: none */
  int    body;           /* a leaf's single body; -1 empty, -2 several (max depth) */
  gboolean leaf;
} QuadCell;

typedef struct
{
  QuadCell *cells;
  guint     n_cells;
  guint     capacity;
} QuadTree;

static int
quad_new_cell (QuadTree *tree,
               double    x0,
               double    y0,
               double    size)
{
  QuadCell *c;

  if (tree->n_cells == tree->capacity)
    {
      tree->capacity = MAX (64, tree->capacity * 2);
      tree->cells = g_renew (QuadCell, tree->cells, tree->capacity);
    }
  c = &tree->cells[tree->n_cells];
  c->x0 = x0;
  c->y0 = y0;
  c->size = size;
  c->sx = c->sy = c->mass = 0;
  c->child[0] = c->child[1] = c->child[2] = c->child[3] = -1;
  c->body = -1;
  c->leaf = TRUE;
  return tree->n_cells++;
}

static int
quad_child_for (QuadTree *tree,
                int       cell,
                double    x,
                double    y)
{
  QuadCell *c = &tree->cells[cell];
  double half = c->size / 2;
  int q = (x >= c->x0 + half ? 1 : 0) | (y >= c->y0 + half ? 2 : 0);
  int child;

  if (c->child[q] >= 0)
    return c->child[q];
  child = quad_new_cell (tree,
                         c->x0 + (q & 1 ? half : 0),
                         c->y0 + (q & 2 ? half : 0),
                         half);
  /* quad_new_cell() may have moved the cells */
  tree->cells[cell].child[q] = child;
  return child;
}

static void
quad_insert (QuadTree     *tree,
             const double *pos,
             int           body)
{
  double x = pos[2 * body], y = pos[2 * body + 1];
  int cell = 0;

  for (guint depth = 0;; depth++)
    {
      QuadCell *c = &tree->cells[cell];

      if (c->leaf)
        {
          if (c->body == -1 && c->mass == 0)
            {
              c->body = body;
              c->sx = x;
              c->sy = y;
              c->mass = 1;
              return;
            }
          if (depth >= QUAD_MAX_DEPTH)
            {
              c->body = -2;
              c->sx += x;
              c->sy += y;
              c->mass += 1;
              return;
            }
          else
            {
              /* Split: the body already here goes one level down. */
              int old = c->body;
              int child;

              c->leaf = FALSE;
              c->body = -1;
              child = quad_child_for (tree, cell, pos[2 * old], pos[2 * old + 1]);
              tree->cells[child].body = old;
              tree->cells[child].sx = pos[2 * old];
              tree->cells[child].sy = pos[2 * old + 1];
              tree->cells[child].mass = 1;
            }
        }

      c = &tree->cells[cell];
      c->sx += x;
      c->sy += y;
      c->mass += 1;
      cell = quad_child_for (tree, cell, x, y);
    }
}

static void
quad_build (QuadTree     *tree,
            const double *pos,
            guint         n)
{
  double minx = pos[0], maxx = pos[0], miny = pos[1], maxy = pos[1], size;

  for (guint i = 1; i < n; i++)
    {
      minx = MIN (minx, pos[2 * i]);
      maxx = MAX (maxx, pos[2 * i]);
      miny = MIN (miny, pos[2 * i + 1]);
      maxy = MAX (maxy, pos[2 * i + 1]);
    }
  size = MAX (maxx - minx, maxy - miny);
  size = size * 1.0001 + 1e-9;

  tree->n_cells = 0;
  quad_new_cell (tree, minx, miny, size);
  for (guint i = 0; i < n; i++)
    quad_insert (tree, pos, i);
  for (guint c = 0; c < tree->n_cells; c++)
    {
      QuadCell *cell = &tree->cells[c];

      cell->cx = cell->mass > 0 ? cell->sx / cell->mass : cell->x0;
      cell->cy = cell->mass > 0 ? cell->sy / cell->mass : cell->y0;
    }
}

/* Adds the repulsion on @body to @fx, @fy. */
static void
quad_repel (const QuadTree *tree,
            const double   *pos,
            int             body,
            double         *fx,
            double         *fy)
{
  int stack[4 * QUAD_MAX_DEPTH + 8];
  guint top = 0;
  double x = pos[2 * body], y = pos[2 * body + 1];
  double k2 = LAYOUT_K * LAYOUT_K;
  double theta2 = LAYOUT_THETA * LAYOUT_THETA;

  stack[top++] = 0;
  while (top > 0)
    {
      const QuadCell *c = &tree->cells[stack[--top]];
      double dx, dy, d2, mass = c->mass, cx, cy;

      if (mass == 0 || (c->leaf && c->body == body))
        continue;

      cx = c->cx;
      cy = c->cy;
      if (G_UNLIKELY (c->leaf && c->body == -2))
        {
          /* Several bodies at the deepest level, maybe this one too. */
          if (x >= c->x0 && x <= c->x0 + c->size && y >= c->y0 && y <= c->y0 + c->size)
            {
              mass -= 1;
              if (mass <= 0)
                continue;
              cx = (c->sx - x) / mass;
              cy = (c->sy - y) / mass;
            }
        }
      dx = x - cx;
      dy = y - cy;
      d2 = dx * dx + dy * dy;

      if (c->leaf || c->size * c->size < theta2 * d2)
        {
          double f;

          if (d2 < LAYOUT_MIN_DIST2)
            d2 = LAYOUT_MIN_DIST2;
          f = k2 * mass / d2;
          *fx += dx * f;
          *fy += dy * f;
        }
      else
        {
          for (int q = 0; q < 4; q++)
            if (c->child[q] >= 0)
              stack[top++] = c->child[q];
        }
    }
}

/* ---- the simulation ------------------------------------------------------------- */

static MitNetworkLayout *
problem_run (const Problem  *p,
             GCancellable   *cancellable,
             GError        **error)
{
  g_autoptr(MitNetworkLayout) layout = network_layout_new (p->n);
  g_autofree double *pos = NULL;
  g_autofree double *disp = NULL;
  QuadTree tree = { NULL, 0, 0 };
  double side, centre, t0, minx, maxx, miny, maxy, extent;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (p->n == 0)
    return g_steal_pointer (&layout);

  pos = g_memdup2 (p->start, 2 * sizeof (double) * p->n);
  disp = g_new (double, 2 * (gsize) p->n);
  side = box_side (p->n);
  centre = side / 2;
  t0 = side / 10;

  for (guint iter = 0; iter < p->iterations && p->n > 1; iter++)
    {
      double t;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_free (tree.cells);
          return NULL;
        }

      quad_build (&tree, pos, p->n);
      for (guint i = 0; i < p->n; i++)
        {
          double fx = 0, fy = 0;

          quad_repel (&tree, pos, i, &fx, &fy);
          fx -= LAYOUT_GRAVITY * (pos[2 * i] - centre);
          fy -= LAYOUT_GRAVITY * (pos[2 * i + 1] - centre);
          disp[2 * i] = fx;
          disp[2 * i + 1] = fy;
        }

      for (guint e = 0; e < p->n_edges; e++)
        {
          const LayoutEdge *edge = &p->edges[e];
          guint a = edge->source, b = edge->target;
          double dx = pos[2 * b] - pos[2 * a];
          double dy = pos[2 * b + 1] - pos[2 * a + 1];
          /* w·d²/k along the edge: the vector (dx, dy) times w·d/k */
          double f = edge->weight * sqrt (dx * dx + dy * dy) / LAYOUT_K;

          disp[2 * a] += dx * f;
          disp[2 * a + 1] += dy * f;
          disp[2 * b] -= dx * f;
          disp[2 * b + 1] -= dy * f;
        }

      /* Linear cooling, with a little movement left at the end. */
      t = t0 * (1.0 - (double) iter / p->iterations) + t0 * 0.002;
      for (guint i = 0; i < p->n; i++)
        {
          double dx = disp[2 * i], dy = disp[2 * i + 1];
          double len = sqrt (dx * dx + dy * dy);

          if (!(len > 0))
            continue;
          if (len > t)
            {
              dx *= t / len;
              dy *= t / len;
            }
          pos[2 * i] += dx;
          pos[2 * i + 1] += dy;
        }
    }
  g_free (tree.cells);

  /* Into the unit box, the same scale on both axes, centred. */
  minx = maxx = pos[0];
  miny = maxy = pos[1];
  for (guint i = 1; i < p->n; i++)
    {
      minx = MIN (minx, pos[2 * i]);
      maxx = MAX (maxx, pos[2 * i]);
      miny = MIN (miny, pos[2 * i + 1]);
      maxy = MAX (maxy, pos[2 * i + 1]);
    }
  extent = MAX (maxx - minx, maxy - miny);
  for (guint s = 0; s < p->n; s++)
    {
      double x = 0.5, y = 0.5;

      if (extent > 0 && isfinite (extent))
        {
          x = 0.5 + (pos[2 * s] - (minx + maxx) / 2) / extent;
          y = 0.5 + (pos[2 * s + 1] - (miny + maxy) / 2) / extent;
          x = isfinite (x) ? CLAMP (x, 0.0, 1.0) : 0.5;
          y = isfinite (y) ? CLAMP (y, 0.0, 1.0) : 0.5;
        }
      layout->xy[2 * p->order[s]] = x;
      layout->xy[2 * p->order[s] + 1] = y;
    }

  return g_steal_pointer (&layout);
}

MitNetworkLayout *
mit_network_layout_compute (const MitLayoutGraph  *graph,
                            guint                  iterations,
                            GCancellable          *cancellable,
                            GError               **error)
{
  Problem *p;
  MitNetworkLayout *layout;

  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  p = problem_new (graph, iterations);
  layout = problem_run (p, cancellable, error);
  problem_free (p);
  return layout;
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  MitNetworkLayout *layout = problem_run (task_data, cancellable, &error);

  if (layout == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, layout, (GDestroyNotify) mit_network_layout_unref);
}

void
mit_network_layout_compute_async (const MitLayoutGraph *graph,
                                  guint                 iterations,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (graph != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mit_network_layout_compute_async);
  g_task_set_name (task, "[mit] network layout");
  /* The worker gets its own copy in key order, not the graph. */
  g_task_set_task_data (task, problem_new (graph, iterations), problem_free);
  g_task_run_in_thread (task, compute_thread);
}

MitNetworkLayout *
mit_network_layout_compute_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mit_network_layout_compute_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
