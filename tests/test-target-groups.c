/* test-target-groups.c: the target group list and editor, channels on both sides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "mit-test-util.h"
#include "mit-affiliation.h"
#include "mit-assessment.h"
#include "mit-channel.h"
#include "mit-example.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"
#include "actors/mit-actor-editor.h"
#include "target-groups/mit-assessment-dialog.h"
#include "target-groups/mit-channel-dialog.h"
#include "target-groups/mit-channels-group.h"
#include "mit-languages-group.h"
#include "target-groups/mit-new-target-group-dialog.h"
#include "target-groups/mit-target-group-editor.h"
#include "target-groups/mit-target-group-list.h"

#define CHILD(widget, type, name) \
  ((gpointer)gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))

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
  MitTargetGroupList   *list;
  MitTargetGroupEditor *editor;
  MitActorEditor       *actor_editor;

  /* what the "win" actions were called with */
  guint                 n_undo_offers;
  gint64                undo_change;
  char                 *undo_message;
  gint64                shown_actor;
  gint64                shown_group;
  guint                 n_deletes;
} Fixture;

static void
offer_undo_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  Fixture *f = data;

  f->n_undo_offers++;
  g_clear_pointer (&f->undo_message, g_free);
  g_variant_get (parameter, "(xs)", &f->undo_change, &f->undo_message);
}

static void
show_actor_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  ((Fixture *)data)->shown_actor = g_variant_get_int64 (parameter);
}

static void
show_group_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  ((Fixture *)data)->shown_group = g_variant_get_int64 (parameter);
}

static void
delete_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       data)
{
  ((Fixture *)data)->n_deletes++;
}

static void
set_up_window (Fixture *f)
{
  const GActionEntry entries[] = {
    { "offer-undo", offer_undo_cb, "(xs)", NULL, NULL, { 0 } },
    { "show-actor", show_actor_cb, "x", NULL, NULL, { 0 } },
    { "show-target-group", show_group_cb, "x", NULL, NULL, { 0 } },
    { "delete", delete_cb, NULL, NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), f);

  f->list = g_object_new (MIT_TYPE_TARGET_GROUP_LIST, NULL);
  f->editor = g_object_new (MIT_TYPE_TARGET_GROUP_EDITOR, NULL);
  f->actor_editor = g_object_new (MIT_TYPE_ACTOR_EDITOR, NULL);
  gtk_widget_set_size_request (GTK_WIDGET (f->list), 320, -1);
  gtk_widget_set_hexpand (GTK_WIDGET (f->editor), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (f->actor_editor), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->editor));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->actor_editor));

  mit_target_group_list_set_store (f->list, f->store);
  mit_target_group_editor_set_store (f->editor, f->store);
  mit_actor_editor_set_store (f->actor_editor, f->store);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (actions));
  gtk_window_set_default_size (f->window, 1400, 900);
  gtk_window_set_child (f->window, box);
  gtk_window_present (f->window);
  iterate ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = mit_test_open_store ("target-groups.db");
  g_assert_true (mit_example_load (f->store, &error));
  g_assert_no_error (error);
  set_up_window (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  iterate ();

  g_clear_pointer (&f->undo_message, g_free);
  g_clear_object (&f->store);
}

static GtkWindow *
find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);

  return found;
}

static gint64
find_group_named (MitStore   *store,
                  const char *name)
{
  g_autoptr(GArray) ids = mit_store_find_target_group_ids (store, name, -1, FALSE, NULL);
  g_autoptr(GPtrArray) groups = NULL;

  g_assert_nonnull (ids);
  groups = mit_store_load_target_groups (store, (const gint64 *)(gpointer)ids->data, ids->len, NULL);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (mit_target_group_get_name (g_ptr_array_index (groups, i)), name) == 0)
      return mit_target_group_get_id (g_ptr_array_index (groups, i));

  g_error ("No target group called %s", name);
  return 0;
}

static guint
count_assessments (MitStore *store,
                   gint64    group_id)
{
  g_autoptr(GPtrArray) assessments = mit_store_list_assessments (store, group_id, NULL);

  g_assert_nonnull (assessments);
  return assessments->len;
}

static guint
count_list_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
array_has (GArray *ids,
           gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Pure functions */

static void
test_parse_date (void)
{
  const struct { const char *text; const char *expected; } cases[] = {
    { "2026-11-22", "2026-11-22" },
    { " 22.11.2026 ", "2026-11-22" },
    { "1.2.2026", "2026-02-01" },
    { "29.02.2028", "2028-02-29" },
    { "29.02.2027", NULL },
    { "31.04.2026", NULL },
    { "2026-13-01", NULL },
    { "2026-2-1", NULL },
    { "22.11.26", NULL },
    { "22/11/2026", NULL },
    { "22.11.2026x", NULL },
    { "", NULL },
    { "gestern", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = mit_assessment_dialog_parse_date (cases[i].text);

      g_assert_cmpstr (date, ==, cases[i].expected);
    }
  g_assert_null (mit_assessment_dialog_parse_date (NULL));
}

static void
test_parse_size (void)
{
  const struct { const char *text; gboolean ok; int size; } cases[] = {
    { "", TRUE, -1 },
    { "  ", TRUE, -1 },
    { "350", TRUE, 350 },
    { "1.200", TRUE, 1200 },
    { "12 000", TRUE, 12000 },
    { "1.234.567", TRUE, 1234567 },
    { "1.5", FALSE, 0 },
    { "1.2000", FALSE, 0 },
    { "1234.567", FALSE, 0 },
    { "ca. 300", FALSE, 0 },
    { "-5", FALSE, 0 },
    { "999999999999", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int size = 0;

      g_assert_cmpint (mit_target_group_editor_parse_size (cases[i].text, &size), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpint (size, ==, cases[i].size);
    }
}

/* The list */

static void
check_list_levels (Fixture *f)
{
  GListModel *model = mit_target_group_list_get_model (f->list);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MitTargetGroup) group = g_list_model_get_item (model, i);

      g_assert_cmpint (mit_target_group_get_level (group), ==,
                       mit_store_get_current_level (f->store, mit_target_group_get_id (group), NULL));
    }
}

static void
count_selected_cb (MitTargetGroupList *list,
                   gint64              id,
                   gboolean            navigate,
                   guint              *n_selected)
{
  g_assert_true (navigate);
  (*n_selected)++;
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  GListModel *model = mit_target_group_list_get_model (f->list);
  GtkStack *stack = CHILD (f->list, MIT_TYPE_TARGET_GROUP_LIST, "stack");
  GtkLabel *count = CHILD (f->list, MIT_TYPE_TARGET_GROUP_LIST, "count_label");
  guint n = mit_store_count_target_groups (f->store);
  g_autofree char *expected = g_strdup_printf ("%u target groups", n);
  g_autoptr(GArray) medium = mit_store_find_target_group_ids (f->store, NULL, MIT_REACHABILITY_MEDIUM,
                                                              FALSE, NULL);
  g_autoptr(GArray) focus = mit_store_find_target_group_ids (f->store, NULL, -1, TRUE, NULL);
  g_autoptr(MitTargetGroup) first = NULL;
  gint64 ukraine = find_group_named (f->store, "Neuzugewanderte aus der Ukraine");

  /* Every example group, each with its current level */
  g_assert_cmpuint (n, ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpstr (gtk_label_get_text (count), ==, expected);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  check_list_levels (f);

  /* The level filter's items are headings, as on the board */
  {
    GListModel *items = gtk_drop_down_get_model (CHILD (f->list, MIT_TYPE_TARGET_GROUP_LIST,
                                                        "level_dropdown"));
    const char * const titles[] = { "All Levels", "Good", "Medium", "Little or None", "Not Assessed" };

    g_assert_cmpuint (g_list_model_get_n_items (items), ==, G_N_ELEMENTS (titles));
    for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), i), ==, titles[i]);
  }

  /* The level filter */
  mit_target_group_list_set_level_filter (f->list, FALSE, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpuint (medium->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, medium->len);
  for (guint i = 0; i < medium->len; i++)
    {
      g_autoptr(MitTargetGroup) group = g_list_model_get_item (model, i);

      g_assert_cmpint (mit_target_group_get_id (group), ==, g_array_index (medium, gint64, i));
      g_assert_cmpint (mit_target_group_get_level (group), ==, MIT_REACHABILITY_MEDIUM);
    }

  /* Every example group was assessed: none "never assessed" */
  mit_target_group_list_set_level_filter (f->list, FALSE, MIT_REACHABILITY_UNKNOWN);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");

  /* Focus groups only, at any level */
  mit_target_group_list_set_level_filter (f->list, TRUE, MIT_REACHABILITY_UNKNOWN);
  mit_target_group_list_set_focus_only (f->list, TRUE);
  g_assert_cmpuint (focus->len, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, focus->len);
  for (guint i = 0; i < focus->len; i++)
    {
      g_autoptr(MitTargetGroup) group = g_list_model_get_item (model, i);

      g_assert_true (mit_target_group_get_focus (group));
    }

  /* Both filters together */
  mit_target_group_list_set_level_filter (f->list, FALSE, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (mit_target_group_get_name (first), ==, "Senior*innen mit Migrationsgeschichte");

  /* Selecting a hidden group clears the filters */
  mit_target_group_list_select_id (f->list, ukraine);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpint (mit_target_group_list_get_selected_id (f->list), ==, ukraine);

  /* The search finds words in any order, ignoring case */
  gtk_editable_set_text (CHILD (f->list, MIT_TYPE_TARGET_GROUP_LIST, "search_entry"), "ukraine NEUZUGEWANDERTE");
  WAIT_UNTIL (g_list_model_get_n_items (model) == 1);
  g_assert_cmpstr (gtk_label_get_text (count), ==, "1 target group");
  /* Enter in the search opens the first match, once */
  {
    guint n_selected = 0;
    gulong handler = g_signal_connect (f->list, "group-selected", G_CALLBACK (count_selected_cb),
                                       &n_selected);

    g_signal_emit_by_name (CHILD (f->list, MIT_TYPE_TARGET_GROUP_LIST, "search_entry"), "activate");
    g_assert_cmpuint (n_selected, ==, 1);
    g_assert_cmpint (mit_target_group_list_get_selected_id (f->list), ==, ukraine);
    g_signal_handler_disconnect (f->list, handler);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->list), "target-group-list.clear-filters", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

  /* A new assessment moves the group into the filtered list */
  mit_target_group_list_set_level_filter (f->list, FALSE, MIT_REACHABILITY_LITTLE_OR_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpint (mit_store_record_assessment (f->store, ukraine, MIT_REACHABILITY_LITTLE_OR_NONE,
                                                NULL, "", "", NULL), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  check_list_levels (f);
}

static void
test_list_empty (void)
{
  Fixture fixture = { 0 };
  Fixture *f = &fixture;
  GtkStack *stack;
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();

  f->store = mit_test_open_store ("target-groups-empty.db");
  set_up_window (f);
  stack = CHILD (f->list, MIT_TYPE_TARGET_GROUP_LIST, "stack");

  /* Nothing to search: say how to add a group */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_false (gtk_widget_get_sensitive (CHILD (f->list, MIT_TYPE_TARGET_GROUP_LIST, "search_entry")));

  mit_target_group_set_name (group, "Neue Gruppe");
  g_assert_true (mit_store_save_target_group (f->store, group, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (mit_target_group_list_get_model (f->list)), ==, 1);

  fixture_tear_down (f, NULL);
}

static void
store_id_cb (GObject *dialog,
             gint64   id,
             gint64  *out)
{
  *out = id;
}

static void
test_new_group_dialog (Fixture       *f,
                       gconstpointer  data)
{
  MitNewTargetGroupDialog *dialog = mit_new_target_group_dialog_new (f->window, f->store);
  guint n = mit_store_count_target_groups (f->store);
  gint64 done = 0;
  gint64 existing = find_group_named (f->store, "Eritreische Familien");
  g_autoptr(MitTargetGroup) added = NULL;

  g_signal_connect (dialog, "done", G_CALLBACK (store_id_cb), &done);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();

  /* An empty name cannot be added */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-target-group.add", NULL);
  g_assert_cmpint (done, ==, 0);
  g_assert_cmpuint (mit_store_count_target_groups (f->store), ==, n);

  /* The same name: offers to open that one instead */
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_TARGET_GROUP_DIALOG, "name_row"), "eritreische familien");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-target-group.add", NULL));
  g_assert_true (gtk_revealer_get_reveal_child (CHILD (dialog, MIT_TYPE_NEW_TARGET_GROUP_DIALOG,
                                                       "duplicate_revealer")));
  g_assert_cmpuint (mit_store_count_target_groups (f->store), ==, n);
  g_assert_cmpint (done, ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-target-group.open-existing", NULL));
  g_assert_cmpint (done, ==, existing);
  g_assert_cmpuint (mit_store_count_target_groups (f->store), ==, n);

  /* A new name is added, as a focus group when switched on */
  done = 0;
  dialog = mit_new_target_group_dialog_new (f->window, f->store);
  g_signal_connect (dialog, "done", G_CALLBACK (store_id_cb), &done);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_NEW_TARGET_GROUP_DIALOG, "name_row"), "  Alleinerziehende Väter ");
  gtk_switch_set_active (CHILD (dialog, MIT_TYPE_NEW_TARGET_GROUP_DIALOG, "focus_switch"), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-target-group.add", NULL));
  g_assert_cmpint (done, >, 0);
  g_assert_cmpuint (mit_store_count_target_groups (f->store), ==, n + 1);
  added = mit_store_load_target_group (f->store, done, NULL);
  g_assert_cmpstr (mit_target_group_get_name (added), ==, "Alleinerziehende Väter");
  g_assert_true (mit_target_group_get_focus (added));
  g_assert_null (find_toplevel (MIT_TYPE_NEW_TARGET_GROUP_DIALOG));
}

/* The editor */

static void
set_buffer (GtkTextView *view,
            const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
test_editor_saves (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id = find_group_named (f->store, "Eritreische Familien");
  g_autoptr(MitTargetGroup) before = mit_store_load_target_group (f->store, id, NULL);
  g_autoptr(MitTargetGroup) after = NULL;
  g_autoptr(MitTargetGroup) kept = NULL;
  GtkEditable *size_row = CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "size_row");
  GtkLabel *details_error = CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "details_error_label");
  GtkLabel *level_label = CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "level_label");
  const char * const languages[] = { "ti", "ar", NULL };
  gint64 change_before;

  g_assert_true (mit_target_group_editor_load (f->editor, id));
  g_assert_cmpint (mit_target_group_editor_get_group_id (f->editor), ==, id);
  g_assert_cmpstr (mit_target_group_editor_get_title (f->editor), ==, "Eritreische Familien");
  g_assert_cmpstr (gtk_label_get_text (level_label), ==, "Medium");
  g_assert_false (mit_target_group_editor_load (f->editor, 999999));
  g_assert_true (mit_target_group_editor_load (f->editor, id));

  /* Edits are stored together, once typing pauses: one change */
  change_before = mit_store_get_last_change (f->store);
  gtk_editable_set_text (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "name_row"), "Eritreische Familien im Norden");
  g_assert_cmpstr (mit_target_group_editor_get_title (f->editor), ==, "Eritreische Familien im Norden");
  gtk_editable_set_text (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "district_row"), "Am Hang");
  gtk_editable_set_text (size_row, "1.200");
  gtk_switch_set_active (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "focus_switch"),
                         !mit_target_group_get_focus (before));
  mit_languages_group_set_languages (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "languages_group"),
                                     languages);
  set_buffer (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "description_view"), "Familien aus Eritrea.");
  set_buffer (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "notes_view"), "Treffen im Stadtteilzentrum.");
  WAIT_UNTIL (mit_store_get_last_change (f->store) != change_before);
  g_assert_cmpint (mit_store_get_last_change (f->store), ==, change_before + 1);

  after = mit_store_load_target_group (f->store, id, NULL);
  g_assert_cmpstr (mit_target_group_get_name (after), ==, "Eritreische Familien im Norden");
  g_assert_cmpstr (mit_target_group_get_district (after), ==, "Am Hang");
  g_assert_cmpint (mit_target_group_get_size (after), ==, 1200);
  g_assert_cmpint (mit_target_group_get_focus (after), ==, !mit_target_group_get_focus (before));
  g_assert_cmpstrv (mit_target_group_get_languages (after), languages);
  g_assert_cmpstr (mit_target_group_get_description (after), ==, "Familien aus Eritrea.");
  g_assert_cmpstr (mit_target_group_get_notes (after), ==, "Treffen im Stadtteilzentrum.");

  /* An invalid size is shown as such and not stored; the rest is */
  gtk_editable_set_text (size_row, "etwa 300");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (size_row), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (details_error)));
  gtk_editable_set_text (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "district_row"), "Nordstadt");
  mit_target_group_editor_flush (f->editor);
  kept = mit_store_load_target_group (f->store, id, NULL);
  g_assert_cmpint (mit_target_group_get_size (kept), ==, 1200);
  g_assert_cmpstr (mit_target_group_get_district (kept), ==, "Nordstadt");
  g_assert_cmpstr (gtk_editable_get_text (size_row), ==, "etwa 300");

  /* An empty size means unknown */
  gtk_editable_set_text (size_row, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (size_row), "error"));
  mit_target_group_editor_flush (f->editor);
  g_clear_object (&kept);
  kept = mit_store_load_target_group (f->store, id, NULL);
  g_assert_cmpint (mit_target_group_get_size (kept), ==, -1);

  /* An empty name keeps the stored one */
  gtk_editable_set_text (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "name_row"), " ");
  g_assert_true (gtk_widget_get_visible (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "save_error_label")));
  gtk_editable_set_text (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "district_row"), "Ried");
  mit_target_group_editor_flush (f->editor);
  g_clear_object (&kept);
  kept = mit_store_load_target_group (f->store, id, NULL);
  g_assert_cmpstr (mit_target_group_get_name (kept), ==, "Eritreische Familien im Norden");
  g_assert_cmpstr (mit_target_group_get_district (kept), ==, "Ried");

  /* An undo elsewhere shows in the editor */
  g_assert_true (mit_store_undo (f->store, mit_store_get_last_change (f->store), NULL));
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "district_row")),
                   ==, "Nordstadt");
}

static MitAssessmentDialog *
open_record_dialog (Fixture         *f,
                    MitReachability  level)
{
  MitAssessmentDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "target-group-editor.record",
                                             "i", (gint32)level));
  iterate ();
  dialog = (MitAssessmentDialog *)find_toplevel (MIT_TYPE_ASSESSMENT_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
test_record_assessment (Fixture       *f,
                        gconstpointer  data)
{
  gint64 id = find_group_named (f->store, "Eritreische Familien");
  guint n = count_assessments (f->store, id);
  g_autoptr(GPtrArray) assessments = mit_store_list_assessments (f->store, id, NULL);
  MitAssessment *previous = g_ptr_array_index (assessments, assessments->len - 1);
  GtkListBox *timeline = CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "timeline_list");
  GtkLabel *level_label = CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "level_label");
  g_autofree char *date = today ();
  g_autofree char *latest_date = NULL;
  MitAssessmentDialog *dialog;
  g_autoptr(GPtrArray) after = NULL;
  MitAssessment *latest;
  gint64 change;

  g_assert_true (mit_target_group_editor_load (f->editor, id));
  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpuint (count_list_rows (timeline), ==, n);

  /* From the page: a new assessment at another level, dated today, by
   * whoever assessed last */
  dialog = open_record_dialog (f, MIT_REACHABILITY_GOOD);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "date_row")), ==, date);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "assessor_row")), ==,
                   mit_assessment_get_assessor (previous));
  g_assert_cmpuint (adw_combo_row_get_selected (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "level_row")), ==,
                    MIT_REACHABILITY_GOOD);
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "reasoning_row"), "Elterncafé läuft");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "assessment.save", NULL));
  iterate ();
  g_assert_null (find_toplevel (MIT_TYPE_ASSESSMENT_DIALOG));

  g_assert_cmpuint (count_assessments (f->store, id), ==, n + 1);
  g_assert_cmpint (mit_store_get_current_level (f->store, id, &latest_date), ==, MIT_REACHABILITY_GOOD);
  g_assert_cmpstr (latest_date, ==, date);
  after = mit_store_list_assessments (f->store, id, NULL);
  latest = g_ptr_array_index (after, after->len - 1);
  g_assert_cmpstr (mit_assessment_get_reasoning (latest), ==, "Elterncafé läuft");

  /* The page shows it, and undo is offered for exactly this change */
  g_assert_cmpstr (gtk_label_get_text (level_label), ==, "Good");
  g_assert_cmpuint (count_list_rows (timeline), ==, n + 1);
  g_assert_cmpuint (f->n_undo_offers, ==, 1);
  g_assert_cmpint (f->undo_change, ==, mit_store_get_last_change (f->store));
  g_assert_cmpstr (f->undo_message, ==, "Assessment recorded");

  change = f->undo_change;
  g_assert_true (mit_store_undo (f->store, change, NULL));
  g_assert_cmpuint (count_assessments (f->store, id), ==, n);
  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, MIT_REACHABILITY_MEDIUM);
  g_assert_cmpstr (gtk_label_get_text (level_label), ==, "Medium");
  g_assert_cmpuint (count_list_rows (timeline), ==, n);

  /* Cancelling records nothing */
  dialog = open_record_dialog (f, MIT_REACHABILITY_LITTLE_OR_NONE);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpuint (count_assessments (f->store, id), ==, n);
  g_assert_cmpuint (f->n_undo_offers, ==, 1);
}

static void
test_edit_old_assessment (Fixture       *f,
                          gconstpointer  data)
{
  gint64 id = find_group_named (f->store, "Jugendliche im Bahnhofsviertel");
  g_autoptr(GPtrArray) before = mit_store_list_assessments (f->store, id, NULL);
  g_autoptr(GPtrArray) after = NULL;
  MitAssessment *oldest = g_ptr_array_index (before, 0);
  MitReachability current = mit_store_get_current_level (f->store, id, NULL);
  MitReachability other = current == MIT_REACHABILITY_GOOD ? MIT_REACHABILITY_LITTLE_OR_NONE
                                                          : MIT_REACHABILITY_GOOD;
  MitAssessmentDialog *dialog;
  MitAssessment *edited = NULL;

  g_assert_cmpuint (before->len, >=, 2);
  g_assert_true (mit_target_group_editor_load (f->editor, id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "target-group-editor.edit-assessment",
                                             "x", mit_assessment_get_id (oldest)));
  iterate ();
  dialog = (MitAssessmentDialog *)find_toplevel (MIT_TYPE_ASSESSMENT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "date_row")), ==,
                   mit_assessment_get_date (oldest));

  adw_combo_row_set_selected (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "level_row"), other);
  gtk_editable_set_text (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "reasoning_row"), "Nachgetragen");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "assessment.save", NULL));
  iterate ();

  /* The series keeps its length and its latest level */
  after = mit_store_list_assessments (f->store, id, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_cmpint (mit_store_get_current_level (f->store, id, NULL), ==, current);
  for (guint i = 0; i < after->len; i++)
    if (mit_assessment_get_id (g_ptr_array_index (after, i)) == mit_assessment_get_id (oldest))
      edited = g_ptr_array_index (after, i);
  g_assert_nonnull (edited);
  g_assert_cmpint (mit_assessment_get_level (edited), ==, other);
  g_assert_cmpstr (mit_assessment_get_reasoning (edited), ==, "Nachgetragen");
  g_assert_cmpstr (mit_assessment_get_date (edited), ==, mit_assessment_get_date (oldest));
  g_assert_cmpuint (f->n_undo_offers, ==, 1);
  g_assert_cmpint (f->undo_change, ==, mit_store_get_last_change (f->store));

  /* Deleting one from the timeline offers undo too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "target-group-editor.delete-assessment",
                                             "x", mit_assessment_get_id (oldest)));
  g_assert_cmpuint (count_assessments (f->store, id), ==, before->len - 1);
  g_assert_cmpuint (f->n_undo_offers, ==, 2);
  g_assert_cmpstr (f->undo_message, ==, "Assessment deleted");
  g_assert_true (mit_store_undo (f->store, f->undo_change, NULL));
  g_assert_cmpuint (count_assessments (f->store, id), ==, before->len);
  g_assert_cmpuint (count_list_rows (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "timeline_list")), ==,
                    before->len);
}

static void
test_invalid_date (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id = find_group_named (f->store, "Eritreische Familien");
  guint n = count_assessments (f->store, id);
  MitAssessmentDialog *dialog;
  GtkEditable *date_row;
  GtkLabel *error_label;
  g_autofree char *date = NULL;

  g_assert_true (mit_target_group_editor_load (f->editor, id));
  dialog = open_record_dialog (f, MIT_REACHABILITY_LITTLE_OR_NONE);
  date_row = CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "date_row");
  error_label = CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "error_label");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));

  /* No 31 February: refused inline, nothing saved */
  gtk_editable_set_text (date_row, "31.02.2026");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_false (gtk_widget_get_sensitive (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "save_button")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "assessment.save", NULL);
  iterate ();
  g_assert_nonnull (find_toplevel (MIT_TYPE_ASSESSMENT_DIALOG));
  g_assert_cmpuint (count_assessments (f->store, id), ==, n);
  g_assert_cmpuint (f->n_undo_offers, ==, 0);

  /* A German date is taken and stored the ISO way */
  gtk_editable_set_text (date_row, "22.11.2026");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "assessment.save", NULL));
  iterate ();
  g_assert_cmpuint (count_assessments (f->store, id), ==, n + 1);
  g_assert_cmpint (mit_store_get_current_level (f->store, id, &date), ==, MIT_REACHABILITY_LITTLE_OR_NONE);
  g_assert_cmpstr (date, ==, "2026-11-22");
}

/* Channels */

/* An actor that does not reach @group_id yet. */
static gint64
find_actor_not_reaching (MitStore *store,
                         gint64    group_id)
{
  g_autoptr(GPtrArray) channels = mit_store_list_channels_of_group (store, group_id, NULL);
  g_autoptr(MitActor) actor = mit_test_load_actor_named (store, "Syrischer Kulturverein Lindenbrunn e.V.");

  for (guint i = 0; i < channels->len; i++)
    g_assert_cmpint (mit_channel_get_actor_id (g_ptr_array_index (channels, i)), !=, mit_actor_get_id (actor));
  return mit_actor_get_id (actor);
}

static guint
how_index (const char *how)
{
  const char * const *keys = mit_channel_how_list ();

  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], how) == 0)
      return i;
  g_assert_not_reached ();
  return 0;
}

static MitChannelDialog *
open_add_channel_dialog (MitChannelsGroup *group)
{
  MitChannelDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "channels.add", NULL));
  iterate ();
  dialog = (MitChannelDialog *)find_toplevel (MIT_TYPE_CHANNEL_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
test_channels_both_sides (Fixture       *f,
                          gconstpointer  data)
{
  gint64 group_id = find_group_named (f->store, "Eritreische Familien");
  gint64 actor_id = find_actor_not_reaching (f->store, group_id);
  MitChannelsGroup *group_side = CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "channels_group");
  MitChannelsGroup *actor_side = CHILD (f->actor_editor, MIT_TYPE_ACTOR_EDITOR, "channels_group");
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) shown = NULL;
  g_autoptr(GArray) actor_shown = NULL;
  g_autoptr(GPtrArray) channels = NULL;
  g_autoptr(GPtrArray) links = NULL;
  MitChannelDialog *dialog;
  MitChannel *added = NULL;
  AdwComboRow *contact_row;
  gint64 contact_id;

  g_assert_true (mit_target_group_editor_load (f->editor, group_id));
  g_assert_true (mit_actor_editor_load (f->actor_editor, actor_id));
  g_assert_cmpint (mit_channels_group_get_kind (group_side), ==, MIT_RECORD_TARGET_GROUP);
  g_assert_cmpint (mit_channels_group_get_kind (actor_side), ==, MIT_RECORD_ACTOR);
  before = mit_channels_group_list_ids (group_side);
  g_assert_cmpuint (before->len, >, 0);

  /* Added from the group's page: choose the actor, how, how well and the
   * key contact among its people */
  dialog = open_add_channel_dialog (group_side);
  g_assert_false (gtk_widget_get_sensitive (CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "save_button")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "channel.save", NULL);
  g_assert_true (mit_channel_dialog_choose (dialog, actor_id));
  adw_combo_row_set_selected (CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "how_row"),
                              how_index (MIT_CHANNEL_HOW_EVENT));
  adw_combo_row_set_selected (CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "strength_row"), MIT_CHANNEL_STRONG);
  links = mit_store_list_affiliations_of_actor (f->store, actor_id, NULL);
  g_assert_cmpuint (links->len, >, 0);
  contact_id = mit_affiliation_get_person_id (g_ptr_array_index (links, 0));
  contact_row = CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "contact_row");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (contact_row)), >=, 2);
  adw_combo_row_set_selected (contact_row, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "channel.save", NULL));
  iterate ();
  g_assert_null (find_toplevel (MIT_TYPE_CHANNEL_DIALOG));

  channels = mit_store_list_channels_of_group (f->store, group_id, NULL);
  g_assert_cmpuint (channels->len, ==, before->len + 1);
  for (guint i = 0; i < channels->len; i++)
    if (mit_channel_get_actor_id (g_ptr_array_index (channels, i)) == actor_id)
      added = g_ptr_array_index (channels, i);
  g_assert_nonnull (added);
  g_assert_cmpstr (mit_channel_get_how (added), ==, MIT_CHANNEL_HOW_EVENT);
  g_assert_cmpint (mit_channel_get_strength (added), ==, MIT_CHANNEL_STRONG);
  g_assert_cmpint (mit_channel_get_contact_id (added), ==, contact_id);
  g_assert_cmpstr (f->undo_message, ==, "Channel added");

  /* Shown on both sides */
  shown = mit_channels_group_list_ids (group_side);
  g_assert_true (array_has (shown, mit_channel_get_id (added)));
  actor_shown = mit_channels_group_list_ids (actor_side);
  g_assert_true (array_has (actor_shown, mit_channel_get_id (added)));

  /* Each side's rows open the other side */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actor_side), "channels.edit", "x",
                                             mit_channel_get_id (added)));
  iterate ();
  g_assert_nonnull (find_toplevel (MIT_TYPE_CHANNEL_DIALOG));
  gtk_window_close (find_toplevel (MIT_TYPE_CHANNEL_DIALOG));
  iterate ();

  /* Removed from the actor's page, with undo */
  f->n_undo_offers = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (actor_side), "channels.remove", "x",
                                             mit_channel_get_id (added)));
  g_assert_cmpuint (f->n_undo_offers, ==, 1);
  g_assert_cmpstr (f->undo_message, ==, "Channel removed");
  g_assert_cmpint (f->undo_change, ==, mit_store_get_last_change (f->store));
  g_clear_pointer (&shown, g_array_unref);
  shown = mit_channels_group_list_ids (group_side);
  g_assert_cmpuint (shown->len, ==, before->len);
  g_clear_pointer (&actor_shown, g_array_unref);
  actor_shown = mit_channels_group_list_ids (actor_side);
  g_assert_false (array_has (actor_shown, mit_channel_get_id (added)));

  g_assert_true (mit_store_undo (f->store, f->undo_change, NULL));
  g_clear_pointer (&actor_shown, g_array_unref);
  actor_shown = mit_channels_group_list_ids (actor_side);
  g_assert_true (array_has (actor_shown, mit_channel_get_id (added)));
}

/* The first row of a channel inside @widget, depth first. */
static GtkWidget *
find_channel_row (GtkWidget *widget)
{
  if (ADW_IS_ACTION_ROW (widget) && g_object_get_data (G_OBJECT (widget), "mit-channel") != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_channel_row (child);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static void
test_channel_rows_navigate (Fixture       *f,
                            gconstpointer  data)
{
  gint64 group_id = find_group_named (f->store, "Jugendliche im Bahnhofsviertel");
  MitChannelsGroup *group_side = CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "channels_group");
  g_autoptr(GPtrArray) channels = mit_store_list_channels_of_group (f->store, group_id, NULL);
  MitChannel *first = g_ptr_array_index (channels, 0);
  GtkWidget *row = NULL;

  g_assert_true (mit_target_group_editor_load (f->editor, group_id));

  /* The first channel's row opens its actor */
  row = find_channel_row (GTK_WIDGET (group_side));
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
  g_assert_cmpint (f->shown_actor, ==, mit_channel_get_actor_id (first));

  /* From the actor's side, a row opens the group */
  g_assert_true (mit_actor_editor_load (f->actor_editor, mit_channel_get_actor_id (first)));
  row = find_channel_row (CHILD (f->actor_editor, MIT_TYPE_ACTOR_EDITOR, "channels_group"));
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
  g_assert_cmpint (f->shown_group, >, 0);
  g_assert_cmpint (f->shown_group, ==,
                   mit_channel_get_group_id (g_object_get_data (G_OBJECT (row), "mit-channel")));
}

static void
test_duplicate_channel (Fixture       *f,
                        gconstpointer  data)
{
  gint64 group_id = find_group_named (f->store, "Jugendliche im Bahnhofsviertel");
  g_autoptr(GPtrArray) channels = mit_store_list_channels_of_group (f->store, group_id, NULL);
  MitChannel *existing = g_ptr_array_index (channels, 0);
  MitChannelsGroup *group_side = CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "channels_group");
  MitChannelDialog *dialog;
  GtkLabel *error_label;
  const char *other_how;

  g_assert_true (mit_target_group_editor_load (f->editor, group_id));
  dialog = open_add_channel_dialog (group_side);
  error_label = CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "error_label");

  /* The same actor the same way: refused, saying why */
  g_assert_true (mit_channel_dialog_choose (dialog, mit_channel_get_actor_id (existing)));
  adw_combo_row_set_selected (CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "how_row"),
                              how_index (mit_channel_get_how (existing)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), mit_channel_get_actor_name (existing)));
  g_assert_false (gtk_widget_get_sensitive (CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "save_button")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "channel.save", NULL);
  iterate ();
  g_assert_nonnull (find_toplevel (MIT_TYPE_CHANNEL_DIALOG));

  /* Another way is fine */
  other_how = g_strcmp0 (mit_channel_get_how (existing), MIT_CHANNEL_HOW_OTHER) == 0
              ? MIT_CHANNEL_HOW_EVENT : MIT_CHANNEL_HOW_OTHER;
  adw_combo_row_set_selected (CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "how_row"), how_index (other_how));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();

  {
    g_autoptr(GPtrArray) unchanged = mit_store_list_channels_of_group (f->store, group_id, NULL);

    g_assert_cmpuint (unchanged->len, ==, channels->len);
  }
}

/* With MIT_TEST_SCREENSHOT=file.png, saves a picture of the list, the
 * editor and the actor's page, and of the channel dialog beside it. */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *path = g_getenv ("MIT_TEST_SCREENSHOT");
  gint64 group_id = find_group_named (f->store, "Jugendliche im Bahnhofsviertel");
  g_autoptr(GPtrArray) channels = mit_store_list_channels_of_group (f->store, group_id, NULL);
  g_autofree char *dialog_path = NULL;
  MitChannelDialog *dialog;

  if (path == NULL)
    {
      g_test_skip ("MIT_TEST_SCREENSHOT is not set");
      return;
    }

  /* The application loads the style sheet; here it is done by hand. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/miteinander/Miteinander/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  mit_target_group_list_select_id (f->list, group_id);
  g_assert_true (mit_target_group_editor_load (f->editor, group_id));
  g_assert_true (mit_actor_editor_load (f->actor_editor,
                                        mit_channel_get_actor_id (g_ptr_array_index (channels, 0))));
  mit_test_save_screenshot (GTK_WIDGET (f->window), path);

  dialog = open_add_channel_dialog (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "channels_group"));
  g_assert_true (mit_channel_dialog_choose (dialog, mit_channel_get_actor_id (g_ptr_array_index (channels, 0))));
  adw_combo_row_set_selected (CHILD (dialog, MIT_TYPE_CHANNEL_DIALOG, "how_row"),
                              how_index (mit_channel_get_how (g_ptr_array_index (channels, 0))));
  dialog_path = g_strconcat (path, "-dialog.png", NULL);
  mit_test_save_screenshot (GTK_WIDGET (dialog), dialog_path);
}

/* The user's name from Preferences comes before whoever assessed last,
 * and the levels are named as on the board. */
static void
test_record_assessment_by_user (Fixture       *f,
                                gconstpointer  data)
{
  gint64 id = find_group_named (f->store, "Eritreische Familien");
  GListModel *levels;
  MitAssessmentDialog *dialog;
  g_autofree char *assessor = NULL;

  g_assert_true (mit_target_group_editor_load (f->editor, id));
  g_object_set (f->editor, "assessor", "Kim Weber", NULL);
  g_object_get (f->editor, "assessor", &assessor, NULL);
  g_assert_cmpstr (assessor, ==, "Kim Weber");

  dialog = open_record_dialog (f, MIT_REACHABILITY_LITTLE_OR_NONE);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "assessor_row")),
                   ==, "Kim Weber");
  levels = adw_combo_row_get_model (CHILD (dialog, MIT_TYPE_ASSESSMENT_DIALOG, "level_row"));
  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (levels),
                                               MIT_REACHABILITY_LITTLE_OR_NONE), ==, "Little or None");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Closing the window right after typing keeps what was typed, without the
 * store's "changed" (sent while saving) reaching a half-gone editor. */
static void
test_editor_closed_while_typing (Fixture       *f,
                                 gconstpointer  data)
{
  gint64 id = find_group_named (f->store, "Eritreische Familien");
  g_autoptr(MitTargetGroup) after = NULL;

  g_assert_true (mit_target_group_editor_load (f->editor, id));
  gtk_editable_set_text (CHILD (f->editor, MIT_TYPE_TARGET_GROUP_EDITOR, "name_row"),
                         "Familien aus Eritrea");
  gtk_window_destroy (f->window);
  f->window = NULL;
  iterate ();

  after = mit_store_load_target_group (f->store, id, NULL);
  g_assert_cmpstr (mit_target_group_get_name (after), ==, "Familien aus Eritrea");
}

static int
min_width (gpointer widget)
{
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (widget), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  return minimum;
}

/* List and editor fit a phone (360 px), a group with the longest level
 * name and a long name shown. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  gint64 group_id = find_group_named (f->store, "Geflüchtete Männer in Gemeinschaftsunterkünften");

  gtk_widget_set_size_request (GTK_WIDGET (f->list), -1, -1);
  mit_target_group_list_select_id (f->list, group_id);
  g_assert_true (mit_target_group_editor_load (f->editor, group_id));
  iterate ();

  g_test_message ("list %d, editor %d", min_width (f->list), min_width (f->editor));
  g_assert_cmpint (min_width (f->list), <=, 360);
  g_assert_cmpint (min_width (f->editor), <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

  g_test_add_func ("/target-groups/parse-date", test_parse_date);
  g_test_add_func ("/target-groups/parse-size", test_parse_size);
  g_test_add_func ("/target-groups/list-empty", test_list_empty);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/target-groups/list", test_list);
  ADD ("/target-groups/new-group-dialog", test_new_group_dialog);
  ADD ("/target-groups/editor-saves", test_editor_saves);
  ADD ("/target-groups/record-assessment", test_record_assessment);
  ADD ("/target-groups/edit-old-assessment", test_edit_old_assessment);
  ADD ("/target-groups/invalid-date", test_invalid_date);
  ADD ("/target-groups/channels-both-sides", test_channels_both_sides);
  ADD ("/target-groups/channel-rows-navigate", test_channel_rows_navigate);
  ADD ("/target-groups/duplicate-channel", test_duplicate_channel);
  ADD ("/target-groups/record-assessment-by-user", test_record_assessment_by_user);
  ADD ("/target-groups/editor-closed-while-typing", test_editor_closed_while_typing);
  ADD ("/target-groups/narrow", test_narrow);
  ADD ("/target-groups/screenshot", test_screenshot);
#undef ADD

  return g_test_run ();
}
