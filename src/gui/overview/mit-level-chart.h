/* mit-level-chart.h: the target groups by reachability level, as one
 * stacked bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_LEVEL_CHART (mit_level_chart_get_type ())
G_DECLARE_FINAL_TYPE (MitLevelChart, mit_level_chart, MIT, LEVEL_CHART, GtkWidget)

/* One segment per level, good to little or none, then not assessed, each
 * as wide as its share of the groups, in the colours of
 * mit_gui_level_get_color(). The numbers are its accessible label and
 * tooltip (mit_level_chart_get_summary()). A click activates
 * "win.show-reachability". */

GtkWidget   *mit_level_chart_new         (void);

/* @counts: the groups per level, indexed by MIT_OVERVIEW_LEVEL_INDEX()
 * (MitOverviewCounts.groups_by_level). */
void         mit_level_chart_set_counts  (MitLevelChart   *self,
                                          const guint     *counts);
guint        mit_level_chart_get_count   (MitLevelChart   *self,
                                          MitReachability  level);
/* "13 target groups: good 5, medium 4, …"; what a screen reader says. */
const char  *mit_level_chart_get_summary (MitLevelChart   *self);

G_END_DECLS
