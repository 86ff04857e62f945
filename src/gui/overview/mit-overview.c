/* mit-overview.c: the Overview section
 *
 * Everything here is read again from the store 200 ms after its
 * "changed", all at once (read_data()), and then shown. On a network of
 * 100 000 actors that takes 300 to 800 ms, most of it the gaps
 * (tests/bench/mit-bench-gaps.c), so it runs in a worker thread with a
 * connection of its own (a file's store; an in-memory store is read on the
 * main thread). The worker's store is opened once, by the first refresh:
 * opening a store erases the traces of persons deleted but not yet erased,
 * which must not happen while the window still offers to undo such a
 * delete; at construction, nothing has been deleted yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitOverview"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-overview.h"
#include "mit-overview-private.h"
#include "mit-level-chart.h"
#include "mit-assessment.h"
#include "mit-gaps.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-store-overview.h"
#include "mit-target-group.h"
#include "common/mit-debounce.h"
#include "common/mit-gui-util.h"
#include "mit-validate.h"
#include "mit-gui-util.h"

#define REFRESH_DELAY_MS 200
#define N_RECENT_CHANGES 10
/* Gap rows shown before "Show All"; longer lists open in steps, so that a
 * large network does not build 50 000 rows at once. */
#define N_GAPS_FIRST 5
#define N_GAPS_ALL_AT_ONCE 200
#define N_GAPS_STEP 100

typedef struct
{
  AdwPreferencesGroup *group;
  GtkLabel            *count;
  GtkListBox          *list;
  guint                first;    /* index of the kind's first gap in gaps */
  guint                n;
  guint                n_shown;  /* kept over refreshes */
} GapSection;

struct _MitOverview
{
  AdwBin         parent_instance;

  /* template widgets */
  GtkStack      *stack;
  GtkFlowBox    *counts_box;
  GtkLabel      *actors_count;
  GtkLabel      *persons_count;
  GtkLabel      *groups_count;
  GtkLabel      *channels_count;
  MitLevelChart *chart;
  GtkLabel      *level_counts[MIT_OVERVIEW_N_LEVELS];
  GtkWidget     *unassessed_row;
  GtkListBox    *focus_list;
  GtkListBox    *recent_list;
  AdwPreferencesGroup *gaps_group;
  GtkSpinButton *stale_spin;
  GtkLabel      *months_label;
  GtkBox        *gaps_box;

  /* borrowed: built in init, children of gaps_box */
  GapSection     sections[MIT_GAP_N_KINDS];

  /* owned */
  MitStore      *store;
  MitDebounce   *refresh;
  GPtrArray     *gaps;
  struct _Worker *worker;     /* NULL: read on the main thread */
  GCancellable  *cancellable;
  gboolean       needs_refresh;  /* changed while off screen */
  gboolean       reading;        /* a read is under way in the worker */
  gboolean       read_again;     /* changed while it was */
};

G_DEFINE_FINAL_TYPE (MitOverview, mit_overview, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the overview shows, read at once (in the worker or not) */
typedef struct
{
  guint              stale_months;
  MitOverviewCounts  counts;
  GPtrArray         *focus_groups;   /* MitTargetGroup */
  GPtrArray         *recent;         /* MitRecentChange */
  GPtrArray         *gaps;           /* MitGap */
  double             gaps_ms;
} OverviewData;

static void
overview_data_free (OverviewData *data)
{
  g_clear_pointer (&data->focus_groups, g_ptr_array_unref);
  g_clear_pointer (&data->recent, g_ptr_array_unref);
  g_clear_pointer (&data->gaps, g_ptr_array_unref);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OverviewData, overview_data_free)

/* The worker's own connection, opened in the worker on first use. Only
 * one read runs at a time. */
typedef struct _Worker
{
  char     *path;
  MitStore *store;
} Worker;

static void
worker_clear (Worker *worker)
{
  g_free (worker->path);
  g_clear_object (&worker->store);
}

static Worker *
worker_ref (Worker *worker)
{
  return g_atomic_rc_box_acquire (worker);
}

static void
worker_unref (Worker *worker)
{
  g_atomic_rc_box_release_full (worker, (GDestroyNotify) worker_clear);
}

/* ---- helpers ------------------------------------------------------------------ */

/* The headings of the gap sections, in Title Case; mit_gap_kind_get_label()
 * is sentence case for reports. */
static const char * const gap_kind_titles[MIT_GAP_N_KINDS] = {
  [MIT_GAP_NO_CHANNEL] = N_("No Channel"),
  [MIT_GAP_WEAK_CHANNELS_ONLY] = N_("Only Weak Channels"),
  [MIT_GAP_NO_MULTIPLIER] = N_("No Multiplier"),
  [MIT_GAP_LANGUAGE] = N_("Language Not Offered in Counselling"),
  [MIT_GAP_FIELD] = N_("Field of Action Missing in a District"),
  [MIT_GAP_STALE_ASSESSMENT] = N_("Assessment Out of Date"),
  [MIT_GAP_UNVERIFIED_ACTOR] = N_("Actor Not Verified for Long"),
};

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* Not by child: the placeholder is one too. */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
set_label_number (GtkLabel *label,
                  guint     n)
{
  /* With the thousands separator of the user's language */
  g_autofree char *text = g_strdup_printf ("%'u", n);

  gtk_label_set_text (label, text);
}

static GtkWidget *
placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* A row whose title and subtitle are plain text, not markup: names may
 * hold "&" or "<". */
static GtkWidget *
text_row_new (const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* Activating the row opens a record through the window's @action. */
static void
row_set_link (GtkWidget  *row,
              const char *action,
              GVariant   *target)
{
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
}

/* When a change was committed: "Today, 14:05", "Yesterday, 09:12" or the
 * date. */
char *
_mit_overview_format_stamp (const char *stamp,
                            GDateTime  *now)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (stamp, NULL);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *time = NULL;
  g_autofree char *ymd = NULL;
  GDate today;
  GDate day;
  int days;

  if (utc == NULL)
    return g_strdup (stamp);
  local = g_date_time_to_local (utc);
  time = g_date_time_format (local, "%H:%M");
  /* Calendar days, also across the turn of a year */
  g_date_clear (&today, 1);
  g_date_clear (&day, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  days = g_date_days_between (&day, &today);
  if (days == 0)
    /* Translators: when a change was made; %s is the time, e.g. 14:05 */
    return g_strdup_printf (_("Today, %s"), time);
  if (days == 1)
    /* Translators: when a change was made; %s is the time, e.g. 14:05 */
    return g_strdup_printf (_("Yesterday, %s"), time);
  ymd = g_date_time_format (local, "%Y-%m-%d");
  return mit_date_format (ymd);
}

/* ---- counts and chart ---------------------------------------------------------- */

static void
show_counts (MitOverview        *self,
             const OverviewData *data)
{
  static const MitReachability levels[MIT_OVERVIEW_N_LEVELS] = {
    MIT_REACHABILITY_GOOD, MIT_REACHABILITY_MEDIUM, MIT_REACHABILITY_LITTLE_OR_NONE,
    MIT_REACHABILITY_UNKNOWN,
  };
  const MitOverviewCounts *counts = &data->counts;

  set_label_number (self->actors_count, counts->actors);
  set_label_number (self->persons_count, counts->persons);
  set_label_number (self->groups_count, counts->target_groups);
  set_label_number (self->channels_count, counts->channels);
  mit_level_chart_set_counts (self->chart, counts->groups_by_level);
  for (guint i = 0; i < MIT_OVERVIEW_N_LEVELS; i++)
    set_label_number (self->level_counts[i],
                      counts->groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (levels[i])]);
  /* Nothing to say when every group has been assessed (as on the board) */
  gtk_widget_set_visible (self->unassessed_row,
                          counts->groups_by_level[MIT_OVERVIEW_LEVEL_INDEX (MIT_REACHABILITY_UNKNOWN)] > 0);
}

/* ---- focus groups ----------------------------------------------------------------- */

static GtkWidget *
focus_row_new (MitTargetGroup *group)
{
  MitReachability level = mit_target_group_get_level (group);
  const char *assessed = mit_target_group_get_assessed (group);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *pill;

  if (assessed != NULL && assessed[0] != '\0')
    {
      g_autofree char *date = mit_date_format (assessed);

      /* Translators: %s is a date */
      subtitle = g_strdup_printf (_("Assessed %s"), date);
    }
  else
    subtitle = g_strdup (_("Never assessed"));

  row = text_row_new (mit_target_group_get_name (group), subtitle);

  pill = gtk_label_new (mit_gui_level_get_title (level));
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "mit-level-pill");
  gtk_widget_add_css_class (pill, mit_gui_level_get_css_class (level));
  gtk_widget_add_css_class (pill, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

  row_set_link (row, "win.show-target-group",
                g_variant_new_int64 (mit_target_group_get_id (group)));
  return row;
}

static void
show_focus_groups (MitOverview        *self,
                   const OverviewData *data)
{
  clear_list (self->focus_list);
  for (guint i = 0; i < data->focus_groups->len; i++)
    gtk_list_box_append (self->focus_list, focus_row_new (g_ptr_array_index (data->focus_groups, i)));
}

/* ---- recent changes -------------------------------------------------------------- */

static const char *
change_icon_name (MitRecordKind kind)
{
  switch (kind)
    {
    case MIT_RECORD_ACTOR:
      return "mit-organisation-symbolic";
    case MIT_RECORD_PERSON:
    case MIT_RECORD_AFFILIATION:
      return "avatar-default-symbolic";
    case MIT_RECORD_TARGET_GROUP:
      return "mit-target-group-symbolic";
    case MIT_RECORD_ASSESSMENT:
      return "mit-reachability-symbolic";
    case MIT_RECORD_CHANNEL:
    case MIT_RECORD_VOCABULARY:
    case MIT_RECORD_ALL:
    default:
      return "mit-network-symbolic";
    }
}

static GtkWidget *
recent_row_new (MitRecentChange *change)
{
  g_autofree char *description = mit_recent_change_dup_description (change);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = _mit_overview_format_stamp (mit_recent_change_get_stamp (change), now);
  GtkWidget *row = text_row_new (description, when);
  GtkWidget *icon = gtk_image_new_from_icon_name (change_icon_name (mit_recent_change_get_kind (change)));
  gint64 id = mit_recent_change_get_target_id (change);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  switch (mit_recent_change_get_target_kind (change))
    {
    case MIT_RECORD_ACTOR:
      row_set_link (row, "win.show-actor", g_variant_new_int64 (id));
      break;
    case MIT_RECORD_PERSON:
      row_set_link (row, "win.show-person", g_variant_new_int64 (id));
      break;
    case MIT_RECORD_TARGET_GROUP:
      row_set_link (row, "win.show-target-group", g_variant_new_int64 (id));
      break;
    case MIT_RECORD_AFFILIATION:
    case MIT_RECORD_ASSESSMENT:
    case MIT_RECORD_CHANNEL:
    case MIT_RECORD_VOCABULARY:
    case MIT_RECORD_ALL:
    default:
      /* Gone: nothing to open */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      break;
    }
  return row;
}

static void
show_recent_changes (MitOverview        *self,
                     const OverviewData *data)
{
  clear_list (self->recent_list);
  for (guint i = 0; i < data->recent->len; i++)
    gtk_list_box_append (self->recent_list, recent_row_new (g_ptr_array_index (data->recent, i)));
}

/* ---- gaps ---------------------------------------------------------------------------- */

static GtkWidget *
gap_row_new (const MitGap *gap)
{
  g_autofree char *description = mit_gap_dup_description (gap);
  GtkWidget *row = text_row_new (description, NULL);

  switch (gap->record)
    {
    case MIT_GAP_RECORD_TARGET_GROUP:
      row_set_link (row, "win.show-target-group", g_variant_new_int64 (gap->record_id));
      break;
    case MIT_GAP_RECORD_ACTOR:
      row_set_link (row, "win.show-actor", g_variant_new_int64 (gap->record_id));
      break;
    case MIT_GAP_RECORD_DISTRICT:
    default:
      row_set_link (row, "win.show-actors-in-district", g_variant_new_string (gap->name));
      break;
    }
  return row;
}

static GtkWidget *
show_more_row_new (guint n_hidden,
                   guint n_all)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (n_hidden <= N_GAPS_ALL_AT_ONCE)
    /* Translators: a button row under the first few gaps of a kind */
    text = g_strdup_printf (ngettext ("Show All %u", "Show All %u", n_all), n_all);
  else
    /* Translators: a button row under the gaps shown so far */
    text = g_strdup_printf (ngettext ("Show %u More", "Show %u More", N_GAPS_STEP), N_GAPS_STEP);

  label = gtk_label_new (text);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_add_css_class (label, "accent");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* Shows the section's first n_shown gaps and, while some are hidden, the
 * row that shows more. */
static void
fill_gap_section (MitOverview *self,
                  GapSection  *section)
{
  guint n_rows = MIN (section->n, section->n_shown);

  clear_list (section->list);
  for (guint i = 0; i < n_rows; i++)
    gtk_list_box_append (section->list,
                         gap_row_new (g_ptr_array_index (self->gaps, section->first + i)));
  if (n_rows < section->n)
    gtk_list_box_append (section->list, show_more_row_new (section->n - n_rows, section->n));

  set_label_number (section->count, section->n);
  gtk_widget_set_visible (GTK_WIDGET (section->group), section->n > 0);
}

static void update_months_label (MitOverview *self);

/* Takes the gaps of @data. */
static void
show_gaps (MitOverview  *self,
           OverviewData *data)
{
  g_autofree char *summary = NULL;
  guint first[MIT_GAP_N_KINDS] = { 0, };
  guint n[MIT_GAP_N_KINDS] = { 0, };

  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  self->gaps = g_steal_pointer (&data->gaps);

  /* In the order of the kinds */
  for (guint i = 0; i < self->gaps->len; i++)
    {
      const MitGap *gap = g_ptr_array_index (self->gaps, i);

      if (n[gap->kind]++ == 0)
        first[gap->kind] = i;
    }
  for (guint k = 0; k < MIT_GAP_N_KINDS; k++)
    {
      self->sections[k].first = first[k];
      self->sections[k].n = n[k];
      fill_gap_section (self, &self->sections[k]);
    }

  if (self->gaps->len > 0)
    summary = g_strdup_printf (ngettext ("%u gap in the network: what nobody reaches, "
                                         "offers or has looked at for a while",
                                         "%u gaps in the network: what nobody reaches, "
                                         "offers or has looked at for a while",
                                         self->gaps->len),
                               self->gaps->len);
  else
    summary = g_strdup (_("No gaps found: every target group is reached, and everything "
                          "was looked at recently"));
  adw_preferences_group_set_description (self->gaps_group, summary);

  g_signal_handlers_block_matched (self->stale_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                   self);
  gtk_spin_button_set_value (self->stale_spin, data->stale_months);
  g_signal_handlers_unblock_matched (self->stale_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                     self);
  update_months_label (self);
}

static void
show_more_cb (GtkListBox    *list,
              GtkListBoxRow *row,
              MitOverview   *self)
{
  for (guint k = 0; k < MIT_GAP_N_KINDS; k++)
    {
      GapSection *section = &self->sections[k];
      guint index;
      GtkListBoxRow *next;

      if (section->list != list)
        continue;

      index = MIN (section->n, section->n_shown);
      if (section->n - index <= N_GAPS_ALL_AT_ONCE)
        section->n_shown = section->n;
      else
        section->n_shown = index + N_GAPS_STEP;
      fill_gap_section (self, section);

      /* The keyboard focus goes on with the first row that was hidden. */
      next = gtk_list_box_get_row_at_index (list, index);
      if (next != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (next));
      return;
    }
}

static void
build_gap_sections (MitOverview *self)
{
  for (guint k = 0; k < MIT_GAP_N_KINDS; k++)
    {
      GapSection *section = &self->sections[k];
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *count = gtk_label_new ("0");
      GtkWidget *list = gtk_list_box_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(gap_kind_titles[k]));
      gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (count, "numeric");
      gtk_widget_add_css_class (count, "dim-label");
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), count);

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(gap_kind_titles[k]),
                                      -1);
      /* Gap rows open their record by action; only "Show All" comes here. */
      g_signal_connect (list, "row-activated", G_CALLBACK (show_more_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

      gtk_widget_set_visible (group, FALSE);
      gtk_box_append (self->gaps_box, group);

      section->group = ADW_PREFERENCES_GROUP (group);
      section->count = GTK_LABEL (count);
      section->list = GTK_LIST_BOX (list);
      section->n_shown = N_GAPS_FIRST;
    }
}

/* "1 month", "12 months" */
static void
update_months_label (MitOverview *self)
{
  guint months = gtk_spin_button_get_value_as_int (self->stale_spin);

  /* Translators: the unit after the number of months in "Out of Date After" */
  gtk_label_set_text (self->months_label, ngettext ("month", "months", months));
}

static void
stale_spin_changed_cb (MitOverview   *self,
                       GtkSpinButton *spin)
{
  guint months = gtk_spin_button_get_value_as_int (spin);
  g_autoptr(GError) error = NULL;

  update_months_label (self);

  if (months == mit_store_get_stale_months (self->store))
    return;
  if (!mit_store_set_stale_months (self->store, months, &error))
    {
      g_warning ("Cannot keep the age of out-of-date records: %s", error->message);
      return;
    }
  /* The setting is no record: the store does not say "changed". */
  mit_debounce_queue (self->refresh);
}

/* ---- refreshing -------------------------------------------------------------------- */

/* Reads what the overview shows; in any thread, on a store nobody else
 * uses meanwhile. Never NULL: what cannot be read is left empty. */
static OverviewData *
read_data (MitStore *store,
           guint     stale_months)
{
  g_autoptr(OverviewData) data = g_new0 (OverviewData, 1);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  MitGapOptions options;
  gint64 start;

  data->stale_months = stale_months;
  if (!mit_store_count_overview (store, &data->counts, &error))
    {
      g_warning ("Cannot count the records: %s", error->message);
      g_clear_error (&error);
    }

  ids = mit_store_find_target_group_ids (store, NULL, -1, TRUE, &error);
  if (ids != NULL)
    data->focus_groups = mit_store_load_target_groups (store, (const gint64 *) ids->data,
                                                       ids->len, &error);
  if (data->focus_groups == NULL)
    {
      g_warning ("Cannot load the focus groups: %s", error->message);
      g_clear_error (&error);
      data->focus_groups = g_ptr_array_new ();
    }

  data->recent = mit_store_list_recent_changes (store, N_RECENT_CHANGES, &error);
  if (data->recent == NULL)
    {
      g_warning ("Cannot read the recent changes: %s", error->message);
      g_clear_error (&error);
      data->recent = g_ptr_array_new ();
    }

  start = g_get_monotonic_time ();
  mit_gap_options_init (&options);
  options.stale_months = stale_months;
  data->gaps = mit_gaps_find (store, &options, &error);
  if (data->gaps == NULL)
    {
      g_warning ("Cannot find the gaps: %s", error->message);
      g_clear_error (&error);
      data->gaps = g_ptr_array_new ();
    }
  data->gaps_ms = (g_get_monotonic_time () - start) / 1000.0;

  return g_steal_pointer (&data);
}

static void
show_data (MitOverview  *self,
           OverviewData *data)
{
  const MitOverviewCounts *counts = &data->counts;
  gint64 start = g_get_monotonic_time ();

  show_counts (self, data);
  if (counts->actors + counts->persons + counts->target_groups == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  show_focus_groups (self, data);
  show_recent_changes (self, data);
  show_gaps (self, data);
  gtk_stack_set_visible_child_name (self->stack, "overview");

  g_debug ("Overview: gaps found in %.1f ms, shown in %.1f ms", data->gaps_ms,
           (g_get_monotonic_time () - start) / 1000.0);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Worker *worker = task_data;
  guint months = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "stale-months"));
  GError *error = NULL;

  if (worker->store == NULL && !(worker->store = mit_store_open_secondary (worker->path, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, read_data (worker->store, months),
                         (GDestroyNotify) overview_data_free);
}

static void refresh (MitOverview *self);

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MitOverview *self;
  g_autoptr(OverviewData) data = NULL;
  g_autoptr(GError) error = NULL;

  data = g_task_propagate_pointer (G_TASK (result), &error);
  /* Cancelled when the overview went away */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = MIT_OVERVIEW (user_data);
  self->reading = FALSE;
  if (data == NULL)
    {
      /* The file cannot be opened twice: read it here from now on. */
      g_warning ("Cannot read the overview in the background: %s", error->message);
      g_clear_pointer (&self->worker, worker_unref);
      self->read_again = TRUE;
    }
  else
    show_data (self, data);

  if (self->read_again)
    refresh (self);
}

static void
refresh (MitOverview *self)
{
  guint months = mit_store_get_stale_months (self->store);
  g_autoptr(GTask) task = NULL;

  self->needs_refresh = FALSE;
  if (self->reading)
    {
      self->read_again = TRUE;
      return;
    }
  self->read_again = FALSE;

  if (self->worker == NULL)
    {
      g_autoptr(OverviewData) data = read_data (self->store, months);

      show_data (self, data);
      return;
    }

  self->reading = TRUE;
  task = g_task_new (NULL, self->cancellable, read_done_cb, self);
  g_task_set_source_tag (task, refresh);
  g_task_set_task_data (task, worker_ref (self->worker), (GDestroyNotify) worker_unref);
  g_object_set_data (G_OBJECT (task), "stale-months", GUINT_TO_POINTER (months));
  g_task_run_in_thread (task, read_thread);
}

static void
refresh_cb (gpointer user_data)
{
  refresh (MIT_OVERVIEW (user_data));
}

/* Off screen, the overview only notes that it is out of date. */
static void
store_changed_cb (MitOverview *self,
                  guint        kinds,
                  MitStore    *store)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    mit_debounce_queue (self->refresh);
  else
    self->needs_refresh = TRUE;
}

static void
mit_overview_map (GtkWidget *widget)
{
  MitOverview *self = MIT_OVERVIEW (widget);

  GTK_WIDGET_CLASS (mit_overview_parent_class)->map (widget);

  if (self->needs_refresh)
    refresh (self);
}

/* ---- GObject ---------------------------------------------------------------------- */

static void
mit_overview_constructed (GObject *object)
{
  MitOverview *self = MIT_OVERVIEW (object);
  const char *path;

  G_OBJECT_CLASS (mit_overview_parent_class)->constructed (object);

  g_return_if_fail (MIT_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* A second connection to an in-memory database would see another,
   * empty one. */
  path = mit_store_get_path (self->store);
  if (path != NULL && path[0] != '\0' && !g_str_equal (path, ":memory:") &&
      !g_str_has_prefix (path, "file::memory:"))
    {
      self->worker = g_atomic_rc_box_new0 (Worker);
      self->worker->path = g_strdup (path);
    }
  refresh (self);
}

static void
mit_overview_dispose (GObject *object)
{
  MitOverview *self = MIT_OVERVIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->worker, worker_unref);
  if (self->refresh != NULL)
    {
      /* Freeing flushes: nothing is to run now. */
      mit_debounce_cancel (self->refresh);
      g_clear_pointer (&self->refresh, mit_debounce_free);
    }
  /* The stack is the bin's child and a template child: the bin lets it
   * go first, so that disposing the template does not unparent it behind
   * the bin's back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_OVERVIEW);
  memset (self->sections, 0, sizeof self->sections);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_overview_parent_class)->dispose (object);
}

static void
mit_overview_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MitOverview *self = MIT_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_overview_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MitOverview *self = MIT_OVERVIEW (object);

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
mit_overview_class_init (MitOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mit_overview_constructed;
  object_class->dispose = mit_overview_dispose;
  object_class->get_property = mit_overview_get_property;
  object_class->set_property = mit_overview_set_property;
  widget_class->map = mit_overview_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIT_TYPE_LEVEL_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/miteinander/Miteinander/gui/overview/mit-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, MitOverview, stack);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, counts_box);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, actors_count);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, persons_count);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, groups_count);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, channels_count);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, chart);
  gtk_widget_class_bind_template_child_full (widget_class, "good_count", FALSE,
    G_STRUCT_OFFSET (MitOverview, level_counts[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "medium_count", FALSE,
    G_STRUCT_OFFSET (MitOverview, level_counts[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "little_count", FALSE,
    G_STRUCT_OFFSET (MitOverview, level_counts[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "unassessed_count", FALSE,
    G_STRUCT_OFFSET (MitOverview, level_counts[3]));
  gtk_widget_class_bind_template_child (widget_class, MitOverview, unassessed_row);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, focus_list);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, recent_list);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, stale_spin);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, months_label);
  gtk_widget_class_bind_template_child (widget_class, MitOverview, gaps_box);
  /* Not kept, but found by gtk_widget_get_template_child() in the tests */
  gtk_widget_class_bind_template_child_full (widget_class, "load_example_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "new_actor_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, stale_spin_changed_cb);
}

static void
mit_overview_init (MitOverview *self)
{
  GtkWidget *child;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->refresh = mit_debounce_new (REFRESH_DELAY_MS, refresh_cb, self);
  self->cancellable = g_cancellable_new ();

  /* The tiles are read, not clicked: no stop for the keyboard. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  gtk_list_box_set_placeholder (self->focus_list,
                                placeholder_new (_("No focus groups. Mark the groups the "
                                                   "network is working on as focus groups.")));
  gtk_list_box_set_placeholder (self->recent_list, placeholder_new (_("No changes yet")));

  build_gap_sections (self);
}

/**
 * mit_overview_new:
 * @store: the store to show
 *
 * Returns: (transfer floating): a new overview
 */
GtkWidget *
mit_overview_new (MitStore *store)
{
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  return g_object_new (MIT_TYPE_OVERVIEW, "store", store, NULL);
}

/**
 * mit_overview_get_store:
 *
 * Returns: (transfer none): the store
 */
MitStore *
mit_overview_get_store (MitOverview *self)
{
  g_return_val_if_fail (MIT_IS_OVERVIEW (self), NULL);

  return self->store;
}

/* ---- for the tests ----------------------------------------------------------------- */

void
_mit_overview_flush_refresh (MitOverview *self)
{
  g_return_if_fail (MIT_IS_OVERVIEW (self));

  mit_debounce_flush (self->refresh);
  while (self->reading)
    g_main_context_iteration (NULL, TRUE);
}

GtkListBox *
_mit_overview_get_gap_list (MitOverview *self,
                            MitGapKind   kind)
{
  g_return_val_if_fail (MIT_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail ((guint) kind < MIT_GAP_N_KINDS, NULL);

  return self->sections[kind].list;
}

GtkLabel *
_mit_overview_get_gap_count (MitOverview *self,
                             MitGapKind   kind)
{
  g_return_val_if_fail (MIT_IS_OVERVIEW (self), NULL);
  g_return_val_if_fail ((guint) kind < MIT_GAP_N_KINDS, NULL);

  return self->sections[kind].count;
}
