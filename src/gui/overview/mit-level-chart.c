/* mit-level-chart.c: the target groups by reachability level, as one
 * stacked bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitOverview"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mit-level-chart.h"
#include "mit-assessment.h"
#include "mit-store-overview.h"
#include "common/mit-gui-util.h"

#define BAR_HEIGHT 24
#define CORNER_RADIUS 6

/* Left to right */
static const MitReachability order[MIT_OVERVIEW_N_LEVELS] = {
  MIT_REACHABILITY_GOOD,
  MIT_REACHABILITY_MEDIUM,
  MIT_REACHABILITY_LITTLE_OR_NONE,
  MIT_REACHABILITY_UNKNOWN,
};

struct _MitLevelChart
{
  GtkWidget  parent_instance;

  guint      counts[MIT_OVERVIEW_N_LEVELS];
  char      *summary;
};

G_DEFINE_FINAL_TYPE (MitLevelChart, mit_level_chart, GTK_TYPE_WIDGET)

static void
update_summary (MitLevelChart *self)
{
  g_autoptr(GString) levels = g_string_new (NULL);
  g_autofree char *head = NULL;
  guint total = 0;

  for (guint i = 0; i < MIT_OVERVIEW_N_LEVELS; i++)
    total += self->counts[i];

  /* Translators: the start of what the reachability chart says */
  head = g_strdup_printf (ngettext ("Reachability of %u target group",
                                    "Reachability of %u target groups", total), total);
  for (guint i = 0; i < MIT_OVERVIEW_N_LEVELS; i++)
    {
      MitReachability level = order[i];

      if (i > 0)
        g_string_append (levels, C_("list separator", ", "));
      /* Translators: one level in what the reachability chart says, e.g.
       * "Medium 4" */
      g_string_append_printf (levels, C_("level and number", "%s %u"),
                              mit_reachability_get_label (level),
                              self->counts[MIT_OVERVIEW_LEVEL_INDEX (level)]);
    }

  g_free (self->summary);
  /* Translators: "Reachability of 13 target groups: Good 5, Medium 4, …" */
  self->summary = g_strdup_printf (_("%s: %s"), head, levels->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->summary);
}

static void
mit_level_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 480;
    }
  else
    *minimum = *natural = BAR_HEIGHT;
}

static void
mit_level_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  MitLevelChart *self = MIT_LEVEL_CHART (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  GskRoundedRect outline;
  guint total = 0;
  guint done = 0;
  float x = 0;

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height),
                                   MIN (CORNER_RADIUS, height / 2));
  gtk_snapshot_push_rounded_clip (snapshot, &outline);

  for (guint i = 0; i < MIT_OVERVIEW_N_LEVELS; i++)
    total += self->counts[i];

  if (total == 0)
    {
      GdkRGBA track;

      mit_gui_level_get_color (MIT_REACHABILITY_UNKNOWN, &track);
      track.alpha *= 0.3f;
      gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, 0, width, height));
    }

  for (guint i = 0; i < MIT_OVERVIEW_N_LEVELS && total > 0; i++)
    {
      MitReachability level = order[i];
      guint n = self->counts[MIT_OVERVIEW_LEVEL_INDEX (level)];
      GdkRGBA color;
      float end;

      if (n == 0)
        continue;
      /* Rounded at the ends of the running sum, so the segments meet */
      done += n;
      end = roundf (width * done / total);
      mit_gui_level_get_color (level, &color);
      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, 0, end - x, height));
      x = end;
    }

  gtk_snapshot_pop (snapshot);
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             MitLevelChart   *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-reachability", NULL);
}

static void
mit_level_chart_finalize (GObject *object)
{
  MitLevelChart *self = MIT_LEVEL_CHART (object);

  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (mit_level_chart_parent_class)->finalize (object);
}

static void
mit_level_chart_class_init (MitLevelChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mit_level_chart_finalize;
  widget_class->measure = mit_level_chart_measure;
  widget_class->snapshot = mit_level_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "levelchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mit_level_chart_init (MitLevelChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  update_summary (self);
}

GtkWidget *
mit_level_chart_new (void)
{
  return g_object_new (MIT_TYPE_LEVEL_CHART, NULL);
}

/**
 * mit_level_chart_set_counts:
 * @counts: (array fixed-size=4): the groups per level, indexed by
 *   MIT_OVERVIEW_LEVEL_INDEX()
 */
void
mit_level_chart_set_counts (MitLevelChart *self,
                            const guint   *counts)
{
  g_return_if_fail (MIT_IS_LEVEL_CHART (self));
  g_return_if_fail (counts != NULL);

  if (memcmp (self->counts, counts, sizeof self->counts) == 0)
    return;
  memcpy (self->counts, counts, sizeof self->counts);
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
mit_level_chart_get_count (MitLevelChart   *self,
                           MitReachability  level)
{
  g_return_val_if_fail (MIT_IS_LEVEL_CHART (self), 0);
  g_return_val_if_fail (level >= MIT_REACHABILITY_UNKNOWN && level <= MIT_REACHABILITY_LAST, 0);

  return self->counts[MIT_OVERVIEW_LEVEL_INDEX (level)];
}

const char *
mit_level_chart_get_summary (MitLevelChart *self)
{
  g_return_val_if_fail (MIT_IS_LEVEL_CHART (self), NULL);

  return self->summary;
}
