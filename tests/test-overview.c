/* test-overview.c: the Overview section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mit-test-util.h"
#include "mit-example.h"
#include "mit-gaps.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-store-overview.h"
#include "mit-validate.h"
#include "overview/mit-level-chart.h"
#include "overview/mit-overview.h"
#include "overview/mit-overview-private.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  MitStore    *store;
  GtkWindow   *window;
  MitOverview *overview;
  /* the last "win" action activated */
  char        *action;
  GVariant    *parameter;
  guint        n_activated;
} Fixture;

static void
action_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  Fixture *f = user_data;

  g_free (f->action);
  f->action = g_strdup (g_action_get_name (G_ACTION (action)));
  g_clear_pointer (&f->parameter, g_variant_unref);
  f->parameter = parameter ? g_variant_ref (parameter) : NULL;
  f->n_activated++;
}

static void
forget_activation (Fixture *f)
{
  g_clear_pointer (&f->action, g_free);
  g_clear_pointer (&f->parameter, g_variant_unref);
}

static void
set_up_window (Fixture *f)
{
  const GActionEntry entries[] = {
    { "show-actor", action_activated_cb, "x", NULL, NULL, { 0 } },
    { "show-person", action_activated_cb, "x", NULL, NULL, { 0 } },
    { "show-target-group", action_activated_cb, "x", NULL, NULL, { 0 } },
    { "show-actors-in-district", action_activated_cb, "s", NULL, NULL, { 0 } },
    { "show-reachability", action_activated_cb, NULL, NULL, NULL, { 0 } },
    { "load-example", action_activated_cb, NULL, NULL, NULL, { 0 } },
    { "new-actor", action_activated_cb, NULL, NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 900);
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));

  f->overview = MIT_OVERVIEW (mit_overview_new (f->store));
  gtk_window_set_child (f->window, GTK_WIDGET (f->overview));
  gtk_window_present (f->window);
  iterate ();
  /* The first read runs in a worker thread. */
  _mit_overview_flush_refresh (f->overview);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = mit_test_open_store ("overview.db");
  g_assert_true (mit_example_load (f->store, &error));
  g_assert_no_error (error);
  set_up_window (f);
}

static void
fixture_set_up_empty (Fixture       *f,
                      gconstpointer  data)
{
  f->store = mit_test_open_store ("overview-empty.db");
  set_up_window (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  iterate ();
  forget_activation (f);
  g_clear_object (&f->store);
}

static GtkWidget *
get_child (Fixture    *f,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->overview), MIT_TYPE_OVERVIEW,
                                                  name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (get_child (f, name)));
}

static gboolean
label_is_number (GtkLabel *label,
                 guint     n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  return g_strcmp0 (gtk_label_get_text (label), text) == 0;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static const char *
row_title (GtkListBox *list,
           guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_PREFERENCES_ROW (row));
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (get_child (f, "stack")));
}

static GPtrArray *
find_gaps (MitStore *store,
           guint     months)
{
  g_autoptr(GError) error = NULL;
  MitGapOptions options;
  GPtrArray *gaps;

  mit_gap_options_init (&options);
  options.stale_months = months;
  gaps = mit_gaps_find (store, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (gaps);
  return gaps;
}

static guint
count_gaps (GPtrArray  *gaps,
            MitGapKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < gaps->len; i++)
    if (((MitGap *) g_ptr_array_index (gaps, i))->kind == kind)
      n++;
  return n;
}

static const MitGap *
nth_gap (GPtrArray  *gaps,
         MitGapKind  kind,
         guint       index)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      const MitGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind == kind && index-- == 0)
        return gap;
    }
  g_assert_not_reached ();
}

/* ---- tests ----------------------------------------------------------------------- */

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GArray) groups = mit_store_find_target_group_ids (f->store, NULL, -1, FALSE, NULL);
  MitLevelChart *chart = MIT_LEVEL_CHART (get_child (f, "chart"));
  static const struct
  {
    MitReachability  level;
    const char      *label;
    const char      *text;
  } levels[] = {
    { MIT_REACHABILITY_GOOD, "good_count", "Good" },
    { MIT_REACHABILITY_MEDIUM, "medium_count", "Medium" },
    { MIT_REACHABILITY_LITTLE_OR_NONE, "little_count", "Little or none" },
  };
  guint n_channels = 0;
  guint n_assessed = 0;
  g_autofree char *head = NULL;
  g_autofree char *unassessed = NULL;

  g_assert_cmpstr (visible_page (f), ==, "overview");
  g_assert_true (label_is_number (GTK_LABEL (get_child (f, "actors_count")),
                                  mit_store_count_actors (f->store)));
  g_assert_true (label_is_number (GTK_LABEL (get_child (f, "persons_count")),
                                  mit_store_count_persons (f->store)));
  g_assert_true (label_is_number (GTK_LABEL (get_child (f, "groups_count")),
                                  mit_store_count_target_groups (f->store)));
  g_assert_cmpuint (mit_store_count_actors (f->store), >, 0);

  for (guint i = 0; i < groups->len; i++)
    {
      g_autoptr(GPtrArray) channels =
        mit_store_list_channels_of_group (f->store, g_array_index (groups, gint64, i), NULL);

      n_channels += channels->len;
    }
  g_assert_cmpuint (n_channels, >, 0);
  g_assert_true (label_is_number (GTK_LABEL (get_child (f, "channels_count")), n_channels));

  /* The chart, its legend and what it says match the groups per level. */
  head = g_strdup_printf ("Reachability of %u target groups: ", groups->len);
  g_assert_true (g_str_has_prefix (mit_level_chart_get_summary (chart), head));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (chart)), ==,
                   mit_level_chart_get_summary (chart));
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(GArray) ids = mit_store_find_target_group_ids (f->store, NULL, levels[i].level,
                                                               FALSE, NULL);
      g_autofree char *part = g_strdup_printf ("%s %u", levels[i].text, ids->len);

      g_assert_cmpuint (mit_level_chart_get_count (chart, levels[i].level), ==, ids->len);
      g_assert_true (label_is_number (GTK_LABEL (get_child (f, levels[i].label)), ids->len));
      g_assert_nonnull (strstr (mit_level_chart_get_summary (chart), part));
      n_assessed += ids->len;
    }
  g_assert_cmpuint (n_assessed, >, 0);
  g_assert_cmpuint (mit_level_chart_get_count (chart, MIT_REACHABILITY_UNKNOWN), ==,
                    groups->len - n_assessed);
  g_assert_true (label_is_number (GTK_LABEL (get_child (f, "unassessed_count")),
                                  groups->len - n_assessed));
  unassessed = g_strdup_printf ("Not assessed %u", groups->len - n_assessed);
  g_assert_true (g_str_has_suffix (mit_level_chart_get_summary (chart), unassessed));
  g_assert_cmpint (gtk_widget_get_visible (gtk_widget_get_ancestor (get_child (f, "unassessed_count"),
                                                                     GTK_TYPE_LIST_BOX_ROW)),
                   ==, groups->len > n_assessed);

  /* A new group is not assessed yet. */
  {
    g_autoptr(MitTargetGroup) group = mit_target_group_new ();
    GtkWidget *label = get_child (f, "unassessed_count");

    mit_target_group_set_name (group, "Neue Gruppe");
    g_assert_true (mit_store_save_target_group (f->store, group, NULL));
    WAIT_UNTIL (label_is_number (GTK_LABEL (label), groups->len - n_assessed + 1));
    g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW)));
    g_assert_cmpuint (mit_level_chart_get_count (chart, MIT_REACHABILITY_UNKNOWN), ==,
                      groups->len - n_assessed + 1);
    g_assert_true (label_is_number (GTK_LABEL (get_child (f, "groups_count")), groups->len + 1));
  }

  /* A new actor is counted once the store says it changed. */
  {
    g_autoptr(MitActor) actor = mit_actor_new ();
    guint n = mit_store_count_actors (f->store);

    mit_actor_set_name (actor, "Neue Initiative");
    g_assert_true (mit_store_save_actor (f->store, actor, NULL));
    WAIT_UNTIL (label_is_number (GTK_LABEL (get_child (f, "actors_count")), n + 1));
  }
}

static void
test_level_links (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *count = get_child (f, "medium_count");
  GtkWidget *row = gtk_widget_get_ancestor (count, GTK_TYPE_LIST_BOX_ROW);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_sensitive (row));
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpstr (f->action, ==, "show-reachability");
  g_assert_null (f->parameter);
}

static void
test_focus_groups (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GArray) ids = mit_store_find_target_group_ids (f->store, NULL, -1, TRUE, NULL);
  GtkListBox *list = GTK_LIST_BOX (get_child (f, "focus_list"));
  g_autoptr(MitTargetGroup) first = NULL;

  g_assert_cmpuint (ids->len, >, 0);
  g_assert_cmpuint (count_rows (list), ==, ids->len);
  first = mit_store_load_target_group (f->store, g_array_index (ids, gint64, 0), NULL);
  g_assert_cmpstr (row_title (list, 0), ==, mit_target_group_get_name (first));

  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));
  g_assert_cmpstr (f->action, ==, "show-target-group");
  g_assert_cmpint (g_variant_get_int64 (f->parameter), ==, mit_target_group_get_id (first));

  /* No longer a focus group: gone from the list */
  mit_target_group_set_focus (first, FALSE);
  g_assert_true (mit_store_save_target_group (f->store, first, NULL));
  WAIT_UNTIL (count_rows (list) == ids->len - 1);
}

static void
test_gaps (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) gaps = find_gaps (f->store, mit_store_get_stale_months (f->store));
  MitGapKind long_kind = MIT_GAP_N_KINDS;
  GtkListBox *list;
  guint n;

  g_assert_cmpuint (gaps->len, >, 0);
  for (MitGapKind k = 0; k < MIT_GAP_N_KINDS; k++)
    {
      guint n_kind = count_gaps (gaps, k);
      GtkWidget *group;

      list = _mit_overview_get_gap_list (f->overview, k);
      group = gtk_widget_get_ancestor (GTK_WIDGET (list), ADW_TYPE_PREFERENCES_GROUP);
      g_assert_true (label_is_number (_mit_overview_get_gap_count (f->overview, k), n_kind));
      g_assert_cmpint (gtk_widget_get_visible (group), ==, n_kind > 0);
      /* The report's label as a heading, in Title Case */
      g_assert_cmpint (g_ascii_strcasecmp (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)),
                                           mit_gap_kind_get_label (k)), ==, 0);
      g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), !=,
                       mit_gap_kind_get_label (k));
      /* The first five, then "Show All" */
      g_assert_cmpuint (count_rows (list), ==, MIN (n_kind, 5) + (n_kind > 5 ? 1 : 0));
      for (guint i = 0; i < MIN (n_kind, 5); i++)
        {
          g_autofree char *description = mit_gap_dup_description (nth_gap (gaps, k, i));

          g_assert_cmpstr (row_title (list, i), ==, description);
        }
      if (n_kind > 5 && n_kind < 200 && long_kind == MIT_GAP_N_KINDS)
        long_kind = k;
    }

  /* "Show All N" shows them all. */
  g_assert_cmpint (long_kind, <, MIT_GAP_N_KINDS);
  list = _mit_overview_get_gap_list (f->overview, long_kind);
  n = count_gaps (gaps, long_kind);
  {
    GtkListBoxRow *more = gtk_list_box_get_row_at_index (list, 5);
    GtkWidget *label = gtk_list_box_row_get_child (more);
    g_autofree char *expected = g_strdup_printf ("Show All %u", n);

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
    g_assert_true (gtk_widget_activate (GTK_WIDGET (more)));
  }
  g_assert_cmpuint (count_rows (list), ==, n);
  {
    g_autofree char *description = mit_gap_dup_description (nth_gap (gaps, long_kind, n - 1));

    g_assert_cmpstr (row_title (list, n - 1), ==, description);
  }
  /* Activating the "Show All" row opened no record. */
  g_assert_null (f->action);

  /* Still open after a change */
  {
    g_autoptr(MitActor) actor = mit_actor_new ();

    mit_actor_set_name (actor, "Neue Initiative");
    g_assert_true (mit_store_save_actor (f->store, actor, NULL));
    _mit_overview_flush_refresh (f->overview);
    g_assert_cmpuint (count_rows (list), >=, n);
  }
}

static void
test_gap_links (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) gaps = find_gaps (f->store, mit_store_get_stale_months (f->store));
  guint n_checked[3] = { 0, };

  for (MitGapKind k = 0; k < MIT_GAP_N_KINDS; k++)
    {
      GtkListBox *list = _mit_overview_get_gap_list (f->overview, k);
      const MitGap *gap;
      GtkListBoxRow *row;

      if (count_gaps (gaps, k) == 0)
        continue;
      gap = nth_gap (gaps, k, 0);
      row = gtk_list_box_get_row_at_index (list, 0);

      forget_activation (f);
      g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
      g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
      switch (gap->record)
        {
        case MIT_GAP_RECORD_TARGET_GROUP:
          g_assert_cmpstr (f->action, ==, "show-target-group");
          g_assert_cmpint (g_variant_get_int64 (f->parameter), ==, gap->record_id);
          g_assert_cmpint (gap->record_id, >, 0);
          break;
        case MIT_GAP_RECORD_ACTOR:
          g_assert_cmpstr (f->action, ==, "show-actor");
          g_assert_cmpint (g_variant_get_int64 (f->parameter), ==, gap->record_id);
          g_assert_cmpint (gap->record_id, >, 0);
          break;
        case MIT_GAP_RECORD_DISTRICT:
        default:
          g_assert_cmpstr (f->action, ==, "show-actors-in-district");
          g_assert_cmpstr (g_variant_get_string (f->parameter, NULL), ==, gap->name);
          break;
        }
      n_checked[gap->record]++;
    }

  /* The example has gaps about all three kinds of record. */
  g_assert_cmpuint (n_checked[MIT_GAP_RECORD_TARGET_GROUP], >, 0);
  g_assert_cmpuint (n_checked[MIT_GAP_RECORD_ACTOR], >, 0);
  g_assert_cmpuint (n_checked[MIT_GAP_RECORD_DISTRICT], >, 0);
}

static void
test_stale_age (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) one = find_gaps (f->store, 1);
  g_autoptr(GPtrArray) ten_years = find_gaps (f->store, 120);
  GtkSpinButton *spin = GTK_SPIN_BUTTON (get_child (f, "stale_spin"));
  GtkLabel *stale = _mit_overview_get_gap_count (f->overview, MIT_GAP_STALE_ASSESSMENT);
  GtkLabel *unverified = _mit_overview_get_gap_count (f->overview, MIT_GAP_UNVERIFIED_ACTOR);
  guint n_stale_one = count_gaps (one, MIT_GAP_STALE_ASSESSMENT);
  guint n_stale_ten = count_gaps (ten_years, MIT_GAP_STALE_ASSESSMENT);

  /* The shown value is the stored one, 12 by default. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 12);
  g_assert_cmpuint (n_stale_one, >, n_stale_ten);
  g_assert_cmpuint (count_gaps (one, MIT_GAP_UNVERIFIED_ACTOR), >,
                    count_gaps (ten_years, MIT_GAP_UNVERIFIED_ACTOR));

  g_assert_cmpstr (label_text (f, "months_label"), ==, "months");
  gtk_spin_button_set_value (spin, 1);
  g_assert_cmpuint (mit_store_get_stale_months (f->store), ==, 1);
  g_assert_cmpstr (label_text (f, "months_label"), ==, "month");
  WAIT_UNTIL (label_is_number (stale, n_stale_one));
  g_assert_true (label_is_number (unverified, count_gaps (one, MIT_GAP_UNVERIFIED_ACTOR)));

  gtk_spin_button_set_value (spin, 120);
  g_assert_cmpuint (mit_store_get_stale_months (f->store), ==, 120);
  WAIT_UNTIL (label_is_number (stale, n_stale_ten));
  g_assert_true (label_is_number (unverified, count_gaps (ten_years, MIT_GAP_UNVERIFIED_ACTOR)));

  /* A value stored elsewhere (the command line, another window) shows at
   * the next refresh. */
  g_assert_true (mit_store_set_stale_months (f->store, 1, NULL));
  {
    g_autoptr(MitActor) actor = mit_actor_new ();

    mit_actor_set_name (actor, "Neue Initiative");
    mit_actor_set_text (actor, MIT_ACTOR_LAST_VERIFIED, "2000-01-01");
    g_assert_true (mit_store_save_actor (f->store, actor, NULL));
  }
  WAIT_UNTIL (gtk_spin_button_get_value_as_int (spin) == 1);
  g_assert_cmpstr (label_text (f, "months_label"), ==, "month");
  g_assert_true (label_is_number (stale, n_stale_one));
  g_assert_true (label_is_number (unverified, count_gaps (one, MIT_GAP_UNVERIFIED_ACTOR) + 1));
}

static void
test_recent_changes (Fixture       *f,
                     gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (get_child (f, "recent_list"));
  g_autoptr(GPtrArray) changes = mit_store_list_recent_changes (f->store, 10, NULL);
  g_autoptr(MitActor) actor = NULL;
  g_autofree char *first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 group_id;

  g_assert_cmpuint (changes->len, ==, 10);
  g_assert_cmpuint (count_rows (list), ==, changes->len);
  first = mit_recent_change_dup_description (g_ptr_array_index (changes, 0));
  g_assert_cmpstr (row_title (list, 0), ==, first);

  /* An edit comes first, and opens its record. */
  actor = mit_test_load_actor_named (f->store, "Diakonisches Werk Lindenbrunn");
  mit_actor_set_name (actor, "Diakonisches Werk Lindenbrunn-Nord");
  g_assert_true (mit_store_save_actor (f->store, actor, &error));
  g_assert_no_error (error);
  WAIT_UNTIL (g_strcmp0 (row_title (list, 0),
                         "Actor “Diakonisches Werk Lindenbrunn-Nord” changed") == 0);
  g_assert_cmpuint (count_rows (list), ==, 10);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));
  g_assert_cmpstr (f->action, ==, "show-actor");
  g_assert_cmpint (g_variant_get_int64 (f->parameter), ==, mit_actor_get_id (actor));

  /* An assessment names its group and opens it. */
  ids = mit_store_find_target_group_ids (f->store, NULL, -1, FALSE, NULL);
  group_id = g_array_index (ids, gint64, 0);
  g_assert_cmpint (mit_store_record_assessment (f->store, group_id, MIT_REACHABILITY_GOOD, NULL,
                                                "", "", &error), >, 0);
  g_assert_no_error (error);
  WAIT_UNTIL (g_str_has_prefix (row_title (list, 0), "Assessment of “"));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));
  g_assert_cmpstr (f->action, ==, "show-target-group");
  g_assert_cmpint (g_variant_get_int64 (f->parameter), ==, group_id);

  /* A deleted actor has nothing to open. */
  g_assert_cmpint (mit_store_delete_actor (f->store, mit_actor_get_id (actor), &error), >, 0);
  WAIT_UNTIL (g_strcmp0 (row_title (list, 0),
                         "Actor “Diakonisches Werk Lindenbrunn-Nord” deleted") == 0);
  g_assert_false (gtk_list_box_row_get_activatable (gtk_list_box_get_row_at_index (list, 0)));
  /* …nor its earlier change */
  g_assert_cmpstr (row_title (list, 2), ==,
                   "Actor “Diakonisches Werk Lindenbrunn-Nord” changed");
  g_assert_false (gtk_list_box_row_get_activatable (gtk_list_box_get_row_at_index (list, 2)));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *button = get_child (f, "load_example_button");

  g_assert_cmpstr (visible_page (f), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (button));

  /* A button activated by the keyboard is "clicked" after a short flash. */
  g_assert_true (gtk_widget_activate (button));
  WAIT_UNTIL (f->action != NULL);
  g_assert_cmpstr (f->action, ==, "load-example");
  forget_activation (f);
  g_assert_true (gtk_widget_activate (get_child (f, "new_actor_button")));
  WAIT_UNTIL (f->action != NULL);
  g_assert_cmpstr (f->action, ==, "new-actor");

  g_assert_true (mit_example_load (f->store, &error));
  g_assert_no_error (error);
  WAIT_UNTIL (g_strcmp0 (visible_page (f), "overview") == 0);
  g_assert_true (label_is_number (GTK_LABEL (get_child (f, "actors_count")),
                                  mit_store_count_actors (f->store)));
  g_assert_cmpstr (label_text (f, "actors_count"), !=, "0");
}

static void
test_unmapped (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MitActor) actor = mit_actor_new ();
  guint n = mit_store_count_actors (f->store);

  /* Off screen, a change waits until the overview is shown again. */
  gtk_widget_set_visible (GTK_WIDGET (f->overview), FALSE);
  mit_actor_set_name (actor, "Neue Initiative");
  g_assert_true (mit_store_save_actor (f->store, actor, NULL));
  _mit_overview_flush_refresh (f->overview);
  iterate ();
  g_assert_true (label_is_number (GTK_LABEL (get_child (f, "actors_count")), n));

  gtk_widget_set_visible (GTK_WIDGET (f->overview), TRUE);
  iterate ();
  _mit_overview_flush_refresh (f->overview);
  g_assert_true (label_is_number (GTK_LABEL (get_child (f, "actors_count")), n + 1));
}

/* Today and yesterday are calendar days in local time, also at the turn
 * of a year (TZ is Europe/Berlin in the tests). */
static void
test_stamps (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 1, 1, 10, 0, 0);
  g_autofree char *today = _mit_overview_format_stamp ("2026-01-01T08:00:00Z", now);
  g_autofree char *after_midnight = _mit_overview_format_stamp ("2025-12-31T23:30:00Z", now);
  g_autofree char *yesterday = _mit_overview_format_stamp ("2025-12-31T20:00:00Z", now);
  g_autofree char *earlier = _mit_overview_format_stamp ("2025-12-30T12:00:00Z", now);
  g_autofree char *earlier_date = mit_date_format ("2025-12-30");

  g_assert_cmpstr (today, ==, "Today, 09:00");
  g_assert_cmpstr (after_midnight, ==, "Today, 00:30");
  g_assert_cmpstr (yesterday, ==, "Yesterday, 21:00");
  g_assert_cmpstr (earlier, ==, earlier_date);
}

/* Fits a phone: every page of the overview, the empty one too, is at most
 * 360 px wide at its narrowest. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (f->overview), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_test_message ("minimum width %d", minimum);
  g_assert_cmpint (minimum, <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

  g_test_add_func ("/overview/stamps", test_stamps);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/overview/counts", test_counts);
  ADD ("/overview/level-links", test_level_links);
  ADD ("/overview/focus-groups", test_focus_groups);
  ADD ("/overview/gaps", test_gaps);
  ADD ("/overview/gap-links", test_gap_links);
  ADD ("/overview/stale-age", test_stale_age);
  ADD ("/overview/recent-changes", test_recent_changes);
  ADD ("/overview/unmapped", test_unmapped);
  ADD ("/overview/narrow", test_narrow);
  g_test_add ("/overview/empty", Fixture, NULL, fixture_set_up_empty, test_empty,
              fixture_tear_down);
#undef ADD

  return g_test_run ();
}
