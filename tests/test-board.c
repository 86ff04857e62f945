/* test-board.c: the reachability board on the example network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "mit-test-util.h"
#include "mit-assessment.h"
#include "mit-example.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "target-groups/mit-reachability-board.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  MitStore             *store;
  GtkWindow            *window;
  MitReachabilityBoard *board;
  gint64                change;
  guint                 n_recorded;
} Fixture;

static void
assessment_recorded_cb (MitReachabilityBoard *board,
                        gint64                change,
                        Fixture              *f)
{
  f->change = change;
  f->n_recorded++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = mit_test_open_store ("board.db");
  g_assert_true (mit_example_load (f->store, &error));
  g_assert_no_error (error);

  f->board = mit_reachability_board_new (f->store);
  g_signal_connect (f->board, "assessment-recorded", G_CALLBACK (assessment_recorded_cb), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->board));
  gtk_window_present (f->window);
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  iterate ();
  g_clear_object (&f->store);
}

static gboolean
ids_equal (GArray *a,
           GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, gint64, i) != g_array_index (b, gint64, i))
      return FALSE;
  return TRUE;
}

static gboolean
column_has (MitReachabilityBoard *board,
            MitReachability       level,
            gint64                id)
{
  g_autoptr(GArray) ids = mit_reachability_board_list_column (board, level);

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* The first group currently at @level. */
static gint64
first_group_at (MitStore        *store,
                MitReachability  level)
{
  g_autoptr(GArray) ids = mit_store_find_target_group_ids (store, NULL, level, FALSE, NULL);

  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, >, 0);
  return g_array_index (ids, gint64, 0);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
test_columns (Fixture       *f,
              gconstpointer  data)
{
  guint total = 0;
  g_autoptr(GArray) unassessed = NULL;

  for (MitReachability level = MIT_REACHABILITY_GOOD; level <= MIT_REACHABILITY_LAST; level++)
    {
      g_autoptr(GArray) expected = mit_store_find_target_group_ids (f->store, NULL, level,
                                                                    FALSE, NULL);
      g_autoptr(GArray) shown = mit_reachability_board_list_column (f->board, level);

      g_assert_cmpuint (expected->len, >, 0);
      g_assert_true (ids_equal (expected, shown));
      total += shown->len;
    }

  /* The rest were never assessed. */
  unassessed = mit_reachability_board_list_column (f->board, MIT_REACHABILITY_UNKNOWN);
  for (guint i = 0; i < unassessed->len; i++)
    g_assert_cmpint (mit_store_get_current_level (f->store, g_array_index (unassessed, gint64, i),
                                                  NULL), ==, MIT_REACHABILITY_UNKNOWN);
  total += unassessed->len;
  g_assert_cmpuint (total, ==, mit_store_count_target_groups (f->store));

  /* A card says what it shows, for a screen reader and as its tooltip. */
  {
    gint64 id = first_group_at (f->store, MIT_REACHABILITY_MEDIUM);
    GtkWidget *card = mit_reachability_board_get_card (f->board, id);
    g_autoptr(MitTargetGroup) group = mit_store_load_target_group (f->store, id, NULL);
    g_autofree char *expected = g_strdup_printf ("%s, reachability medium, assessed %s",
                                                 mit_target_group_get_name (group),
                                                 mit_target_group_get_assessed (group));
    g_autofree char *tooltip = gtk_widget_get_tooltip_text (card) != NULL
                               ? g_strdup (gtk_widget_get_tooltip_text (card)) : NULL;

    g_assert_nonnull (card);
    g_assert_true (gtk_widget_get_focusable (card));
    g_assert_true (g_str_has_prefix (tooltip, expected));
  }
}

static void
check_move (Fixture         *f,
            gint64           id,
            MitReachability  from,
            MitReachability  to,
            guint            n_before)
{
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = today ();
  MitAssessment *latest;

  g_assert_cmpuint (f->n_recorded, ==, n_before + 1);
  g_assert_cmpint (f->change, >, 0);
  g_assert_cmpint (f->change, ==, mit_store_get_last_change (f->store));

  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, to);
  assessments = mit_store_list_assessments (f->store, id, &error);
  g_assert_no_error (error);
  latest = g_ptr_array_index (assessments, assessments->len - 1);
  g_assert_cmpint (mit_assessment_get_level (latest), ==, to);
  g_assert_cmpstr (mit_assessment_get_date (latest), ==, date);
  g_assert_cmpstr (mit_assessment_get_reasoning (latest), ==, "Moved on the reachability board");

  WAIT_UNTIL (column_has (f->board, to, id));
  g_assert_false (column_has (f->board, from, id));

  /* Undo puts the card back. */
  g_assert_true (mit_store_undo (f->store, f->change, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, from);
  WAIT_UNTIL (column_has (f->board, from, id));
  g_assert_false (column_has (f->board, to, id));
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  gint64 id = first_group_at (f->store, MIT_REACHABILITY_MEDIUM);
  guint n_assessments;

  g_assert_true (column_has (f->board, MIT_REACHABILITY_MEDIUM, id));

  mit_reachability_board_set_assessor (f->board, "KIB");
  assessments = mit_store_list_assessments (f->store, id, NULL);
  n_assessments = assessments->len;
  g_clear_pointer (&assessments, g_ptr_array_unref);

  g_assert_true (mit_reachability_board_move_group (f->board, id,
                                                    MIT_REACHABILITY_LITTLE_OR_NONE, &error));
  g_assert_no_error (error);

  assessments = mit_store_list_assessments (f->store, id, NULL);
  g_assert_cmpuint (assessments->len, ==, n_assessments + 1);
  g_assert_cmpstr (mit_assessment_get_assessor (g_ptr_array_index (assessments, n_assessments)),
                   ==, "KIB");

  check_move (f, id, MIT_REACHABILITY_MEDIUM, MIT_REACHABILITY_LITTLE_OR_NONE, 0);

  /* Dropping a card on its own column records nothing. */
  g_assert_true (mit_reachability_board_move_group (f->board, id, MIT_REACHABILITY_MEDIUM,
                                                    &error));
  g_assert_cmpuint (f->n_recorded, ==, 1);

  /* A group that does not exist is an error, not a crash. */
  g_assert_false (mit_reachability_board_move_group (f->board, 4711, MIT_REACHABILITY_GOOD,
                                                     &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (f->n_recorded, ==, 1);
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  gint64 id = first_group_at (f->store, MIT_REACHABILITY_MEDIUM);
  gint64 good_id = first_group_at (f->store, MIT_REACHABILITY_GOOD);
  GtkWidget *card = mit_reachability_board_get_card (f->board, id);

  /* Alt+Right: one column towards Little */
  gtk_widget_grab_focus (card);
  g_assert_true (gtk_widget_has_focus (card));
  g_assert_true (gtk_widget_activate_action (card, "board.move-towards-little", NULL));
  check_move (f, id, MIT_REACHABILITY_MEDIUM, MIT_REACHABILITY_LITTLE_OR_NONE, 0);

  /* The moved card keeps the focus. */
  card = mit_reachability_board_get_card (f->board, id);
  g_assert_true (gtk_widget_has_focus (card));

  /* Alt+Left: towards Good */
  g_assert_true (gtk_widget_activate_action (card, "board.move-towards-good", NULL));
  check_move (f, id, MIT_REACHABILITY_MEDIUM, MIT_REACHABILITY_GOOD, 1);

  /* Nothing is better than Good. */
  card = mit_reachability_board_get_card (f->board, good_id);
  gtk_widget_grab_focus (card);
  g_assert_true (gtk_widget_activate_action (card, "board.move-towards-good", NULL));
  iterate ();
  g_assert_cmpuint (f->n_recorded, ==, 2);
  g_assert_cmpint (mit_store_get_current_level (f->store, good_id, NULL), ==,
                   MIT_REACHABILITY_GOOD);
}

/* A new group appears under "Not Assessed"; Alt+Left assesses it. */
static void
test_unassessed (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *card;
  gint64 id;

  mit_target_group_set_name (group, "Neue Gruppe");
  g_assert_true (mit_store_save_target_group (f->store, group, &error));
  g_assert_no_error (error);
  id = mit_target_group_get_id (group);

  WAIT_UNTIL (column_has (f->board, MIT_REACHABILITY_UNKNOWN, id));
  card = mit_reachability_board_get_card (f->board, id);
  g_assert_true (gtk_widget_is_visible (card));

  /* It cannot go further right than "Not Assessed" ... */
  gtk_widget_grab_focus (card);
  g_assert_true (gtk_widget_activate_action (card, "board.move-towards-little", NULL));
  iterate ();
  g_assert_cmpuint (f->n_recorded, ==, 0);

  /* ... and goes left into "Little or None". */
  g_assert_true (gtk_widget_activate_action (card, "board.move-towards-good", NULL));
  check_move (f, id, MIT_REACHABILITY_UNKNOWN, MIT_REACHABILITY_LITTLE_OR_NONE, 0);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(guint *)data)++;
  return G_SOURCE_CONTINUE;
}

/* With MIT_TEST_SCREENSHOT=file.png, saves a picture of the board. */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *path = g_getenv ("MIT_TEST_SCREENSHOT");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  guint frames = 0;
  guint tick;

  if (path == NULL)
    {
      g_test_skip ("MIT_TEST_SCREENSHOT is not set");
      return;
    }

  gtk_widget_grab_focus (mit_reachability_board_get_card (f->board,
                           first_group_at (f->store, MIT_REACHABILITY_MEDIUM)));
  tick = gtk_widget_add_tick_callback (GTK_WIDGET (f->window), count_frame_cb, &frames, NULL);
  WAIT_UNTIL (frames >= 3);
  gtk_widget_remove_tick_callback (GTK_WIDGET (f->window), tick);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (GTK_WIDGET (f->window)),
                          gtk_widget_get_height (GTK_WIDGET (f->window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (GTK_NATIVE (f->window));
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
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
  ADD ("/board/columns", test_columns);
  ADD ("/board/move", test_move);
  ADD ("/board/keyboard", test_keyboard);
  ADD ("/board/unassessed", test_unassessed);
  ADD ("/board/screenshot", test_screenshot);
#undef ADD

  return g_test_run ();
}
