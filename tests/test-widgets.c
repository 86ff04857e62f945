/* test-widgets.c: every templated widget builds once
 *
 * A .ui file that names a widget newer than the platform floor (or a
 * typo) makes GtkBuilder fail, which is fatal here rather than in a
 * user's hands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "mit-test-util.h"
#include "mit-store.h"
#include "mit-window.h"
#include "mit-preferences-window.h"
#include "actors/mit-actor-editor.h"
#include "actors/mit-actor-list.h"
#include "actors/mit-new-actor-dialog.h"
#include "common/mit-affiliations-group.h"
#include "common/mit-languages-group.h"
#include "common/mit-link-dialog.h"
#include "common/mit-vocab-row.h"
#include "persons/mit-person-editor.h"
#include "persons/mit-person-list.h"
#include "import/mit-import-dialog.h"
#include "map/mit-map-page.h"
#include "overview/mit-overview.h"
#include "target-groups/mit-channels-group.h"
#include "target-groups/mit-new-target-group-dialog.h"
#include "target-groups/mit-target-group-editor.h"
#include "target-groups/mit-target-group-list.h"

static MitStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  MitStore *store = mit_store_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
destroy_toplevels (void)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
sink_and_destroy (GtkWidget *widget)
{
  g_object_ref_sink (widget);
  g_object_unref (widget);
}

static void
test_composites (void)
{
  g_autoptr(MitStore) store = open_store ();
  GtkWidget *widget;

  widget = g_object_new (MIT_TYPE_ACTOR_LIST, NULL);
  mit_actor_list_set_store (MIT_ACTOR_LIST (widget), store);
  sink_and_destroy (widget);

  widget = g_object_new (MIT_TYPE_ACTOR_EDITOR, NULL);
  mit_actor_editor_set_store (MIT_ACTOR_EDITOR (widget), store);
  sink_and_destroy (widget);

  widget = g_object_new (MIT_TYPE_PERSON_LIST, NULL);
  mit_person_list_set_store (MIT_PERSON_LIST (widget), store);
  sink_and_destroy (widget);

  widget = g_object_new (MIT_TYPE_PERSON_EDITOR, NULL);
  mit_person_editor_set_store (MIT_PERSON_EDITOR (widget), store);
  sink_and_destroy (widget);

  widget = g_object_new (MIT_TYPE_TARGET_GROUP_LIST, NULL);
  mit_target_group_list_set_store (MIT_TARGET_GROUP_LIST (widget), store);
  sink_and_destroy (widget);

  widget = g_object_new (MIT_TYPE_TARGET_GROUP_EDITOR, NULL);
  mit_target_group_editor_set_store (MIT_TARGET_GROUP_EDITOR (widget), store);
  sink_and_destroy (widget);

  widget = g_object_new (MIT_TYPE_CHANNELS_GROUP, NULL);
  mit_channels_group_set_record (MIT_CHANNELS_GROUP (widget), store, MIT_RECORD_TARGET_GROUP, 0);
  sink_and_destroy (widget);

  widget = GTK_WIDGET (mit_map_page_new (store));
  sink_and_destroy (widget);

  widget = mit_overview_new (store);
  sink_and_destroy (widget);

  widget = mit_languages_group_new ();
  g_assert_true (mit_languages_group_add_language (MIT_LANGUAGES_GROUP (widget), "de"));
  g_assert_false (mit_languages_group_add_language (MIT_LANGUAGES_GROUP (widget), "de"));
  sink_and_destroy (widget);

  widget = mit_affiliations_group_new ();
  mit_affiliations_group_set_record (MIT_AFFILIATIONS_GROUP (widget), store, MIT_RECORD_ACTOR, 0);
  sink_and_destroy (widget);

  widget = mit_vocab_row_new ();
  mit_vocab_row_set_store (MIT_VOCAB_ROW (widget), store, "actor-kind");
  mit_vocab_row_set_key (MIT_VOCAB_ROW (widget), "school");
  g_assert_cmpstr (mit_vocab_row_get_key (MIT_VOCAB_ROW (widget)), ==, "school");
  sink_and_destroy (widget);
}

static void
test_windows (void)
{
  g_autoptr(MitStore) store = open_store ();
  GtkWindow *window;

  window = GTK_WINDOW (mit_window_new (NULL, store));
  gtk_window_present (window);

  gtk_window_present (GTK_WINDOW (mit_new_actor_dialog_new (window, store)));
  gtk_window_present (GTK_WINDOW (mit_new_target_group_dialog_new (window, store)));
  gtk_window_present (GTK_WINDOW (mit_link_dialog_new (window, store, MIT_RECORD_ACTOR)));
  gtk_window_present (GTK_WINDOW (mit_link_dialog_new (window, store, MIT_RECORD_PERSON)));
  gtk_window_present (GTK_WINDOW (mit_preferences_window_new (store, NULL)));
  mit_import_dialog_present (window, store);

  while (g_main_context_iteration (NULL, FALSE))
    ;

  destroy_toplevels ();
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GObject *overlay;

  gtk_builder_add_from_resource (builder, "/io/github/miteinander/Miteinander/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_style_and_icons (void)
{
  g_autoptr(GBytes) css = NULL;
  GtkIconTheme *theme;

  css = g_resources_lookup_data ("/io/github/miteinander/Miteinander/style.css", 0, NULL);
  g_assert_nonnull (css);

  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  gtk_icon_theme_add_resource_path (theme, "/io/github/miteinander/Miteinander/icons");
  g_assert_true (gtk_icon_theme_has_icon (theme, "mit-filter-symbolic"));
  g_assert_true (gtk_icon_theme_has_icon (theme, "mit-organisation-symbolic"));
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

  g_test_add_func ("/widgets/composites", test_composites);
  g_test_add_func ("/widgets/windows", test_windows);
  g_test_add_func ("/widgets/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/widgets/style-and-icons", test_style_and_icons);

  return g_test_run ();
}
