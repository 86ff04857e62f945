/* mit-target-group-list.c: the searchable list of target groups
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitTargetGroupList"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-assessment.h"
#include "mit-gui-util.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"
#include "mit-target-group-list.h"

/* The level filter's items, in order. */
enum {
  LEVEL_ANY,
  LEVEL_GOOD,
  LEVEL_MEDIUM,
  LEVEL_LITTLE,
  LEVEL_UNASSESSED,
};

struct _MitTargetGroupList
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *level_dropdown;
  GtkToggleButton    *focus_button;
  GtkStack           *stack;
  GtkLabel           *count_label;
  GtkListView        *list_view;

  /* owned */
  MitStore           *store;
  GListStore         *groups;
  GtkSingleSelection *selection;
  gint64              selected_id;
  guint               updating : 1;
  guint               in_key_press : 1;
};

G_DEFINE_FINAL_TYPE (MitTargetGroupList, mit_target_group_list, ADW_TYPE_BIN)

enum {
  GROUP_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
get_id_at (MitTargetGroupList *self,
           guint               position)
{
  g_autoptr(MitTargetGroup) group = g_list_model_get_item (G_LIST_MODEL (self->groups), position);

  return group != NULL ? mit_target_group_get_id (group) : 0;
}

static guint
find_id (MitTargetGroupList *self,
         gint64              id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->groups));

  for (guint i = 0; id > 0 && i < n; i++)
    if (get_id_at (self, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
update_state (MitTargetGroupList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->groups));
  gboolean any = n > 0 || (self->store != NULL && mit_store_count_target_groups (self->store) > 0);
  g_autofree char *count = g_strdup_printf (ngettext ("%u target group", "%u target groups", n), n);

  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (!any)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "no-results");

  /* Searching makes no sense without groups. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), any);
  gtk_widget_set_sensitive (GTK_WIDGET (self->level_dropdown), any);
  gtk_widget_set_sensitive (GTK_WIDGET (self->focus_button), any);
}

static void
restore_selection (MitTargetGroupList *self)
{
  guint position = find_id (self, self->selected_id);

  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating = FALSE;
}

/* Runs the query of the search and the filters again. */
static void
reload (MitTargetGroupList *self)
{
  const char *text;
  guint level_item;
  gboolean focus_only;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GError) error = NULL;
  int level = -1;

  if (self->store == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  level_item = gtk_drop_down_get_selected (self->level_dropdown);
  focus_only = gtk_toggle_button_get_active (self->focus_button);
  shown = g_ptr_array_new ();

  if (level_item >= LEVEL_GOOD && level_item <= LEVEL_LITTLE)
    level = MIT_REACHABILITY_GOOD + (int)(level_item - LEVEL_GOOD);

  ids = mit_store_find_target_group_ids (self->store, text, level, focus_only, &error);
  if (ids != NULL)
    groups = mit_store_load_target_groups (self->store, (const gint64 *)(gpointer)ids->data,
                                           ids->len, &error);
  if (groups == NULL)
    {
      g_warning ("Cannot list the target groups: %s", error->message);
      return;
    }

  /* The store's query cannot ask for "never assessed" (-1 is any level). */
  for (guint i = 0; i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);

      if (level_item != LEVEL_UNASSESSED ||
          mit_target_group_get_level (group) == MIT_REACHABILITY_UNKNOWN)
        g_ptr_array_add (shown, group);
    }

  self->updating = TRUE;
  g_list_store_splice (self->groups, 0, g_list_model_get_n_items (G_LIST_MODEL (self->groups)),
                       shown->pdata, shown->len);
  self->updating = FALSE;

  restore_selection (self);
  update_state (self);
}

static void
filter_changed_cb (MitTargetGroupList *self)
{
  if (!self->updating)
    reload (self);
}

static void
search_changed_cb (GtkSearchEntry     *entry,
                   MitTargetGroupList *self)
{
  reload (self);
}

static void
show_all (MitTargetGroupList *self)
{
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->level_dropdown, LEVEL_ANY);
  gtk_toggle_button_set_active (self->focus_button, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->updating = FALSE;

  reload (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitTargetGroupList *self = MIT_TARGET_GROUP_LIST (widget);

  show_all (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
store_changed_cb (MitStore           *store,
                  guint               kinds,
                  MitTargetGroupList *self)
{
  if (kinds & (MIT_RECORD_TARGET_GROUP | MIT_RECORD_ASSESSMENT))
    reload (self);
}

/* Selection and keys, as in mit-record-list.c */

static void
emit_selected (MitTargetGroupList *self,
               gboolean            navigate)
{
  g_signal_emit (self, signals[GROUP_SELECTED], 0, self->selected_id, navigate);
}

static void
search_activate_cb (GtkSearchEntry     *entry,
                    MitTargetGroupList *self)
{
  /* Enter in the search opens the first result. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->groups)) == 0)
    return;

  /* The id first: the selection's handler then has nothing to say. */
  self->selected_id = get_id_at (self, 0);
  gtk_single_selection_set_selected (self->selection, 0);
  emit_selected (self, TRUE);
}

static void
search_stop_cb (GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
list_activate_cb (GtkListView        *view,
                  guint               position,
                  MitTargetGroupList *self)
{
  self->selected_id = get_id_at (self, position);
  emit_selected (self, TRUE);
}

static void
selection_changed_cb (MitTargetGroupList *self)
{
  guint position;
  gint64 id;

  if (self->updating)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  id = get_id_at (self, position);
  if (id == self->selected_id)
    return;

  self->selected_id = id;
  /* Arrow keys only preview; a click also opens the detail page. */
  emit_selected (self, !self->in_key_press);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MitTargetGroupList    *self)
{
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) &&
      (state & gtk_accelerator_get_default_mod_mask ()) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.delete", NULL);
      return GDK_EVENT_STOP;
    }

  self->in_key_press = TRUE;
  return GDK_EVENT_PROPAGATE;
}

static void
key_released_cb (MitTargetGroupList *self)
{
  self->in_key_press = FALSE;
}

/* Rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *district = gtk_label_new (NULL);
  GtkWidget *pill = gtk_label_new (NULL);
  GtkWidget *focus = gtk_image_new_from_icon_name ("starred-symbolic");

  gtk_widget_add_css_class (dot, "mit-level-dot");
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 30);

  gtk_label_set_xalign (GTK_LABEL (district), 0);
  gtk_label_set_ellipsize (GTK_LABEL (district), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (district), 20);
  gtk_widget_set_hexpand (district, TRUE);
  gtk_widget_add_css_class (district, "dim-label");
  gtk_widget_add_css_class (district, "caption");

  gtk_widget_add_css_class (pill, "mit-level-pill");
  gtk_widget_add_css_class (pill, "caption");
  gtk_widget_set_halign (pill, GTK_ALIGN_END);

  gtk_widget_set_valign (focus, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (focus, _("Focus group"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (focus),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Focus group"),
                                  -1);
  gtk_widget_add_css_class (focus, "accent");

  gtk_box_append (GTK_BOX (bottom), district);
  gtk_box_append (GTK_BOX (bottom), pill);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), bottom);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (row), dot);
  gtk_box_append (GTK_BOX (row), box);
  gtk_box_append (GTK_BOX (row), focus);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);

  gtk_list_item_set_child (item, row);
}

static void
set_level_class (GtkWidget       *widget,
                 MitReachability  level)
{
  static const MitReachability levels[] = {
    MIT_REACHABILITY_UNKNOWN, MIT_REACHABILITY_GOOD, MIT_REACHABILITY_MEDIUM,
    MIT_REACHABILITY_LITTLE_OR_NONE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    gtk_widget_remove_css_class (widget, mit_gui_level_get_css_class (levels[i]));
  gtk_widget_add_css_class (widget, mit_gui_level_get_css_class (level));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  MitTargetGroup *group = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *dot = gtk_widget_get_first_child (row);
  GtkWidget *box = gtk_widget_get_next_sibling (dot);
  GtkWidget *focus = gtk_widget_get_next_sibling (box);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *bottom = gtk_widget_get_next_sibling (name);
  GtkWidget *district = gtk_widget_get_first_child (bottom);
  GtkWidget *pill = gtk_widget_get_next_sibling (district);
  MitReachability level = mit_target_group_get_level (group);

  gtk_label_set_text (GTK_LABEL (name), mit_target_group_get_name (group));
  gtk_label_set_text (GTK_LABEL (district), mit_target_group_get_district (group));
  gtk_label_set_text (GTK_LABEL (pill), mit_gui_level_get_title (level));
  set_level_class (dot, level);
  set_level_class (pill, level);
  gtk_widget_set_visible (focus, mit_target_group_get_focus (group));
}

static void
mit_target_group_list_dispose (GObject *object)
{
  MitTargetGroupList *self = (MitTargetGroupList *)object;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_TARGET_GROUP_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->groups);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_target_group_list_parent_class)->dispose (object);
}

static void
mit_target_group_list_class_init (MitTargetGroupListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_target_group_list_dispose;

  /**
   * MitTargetGroupList::group-selected:
   * @id: the group
   * @navigate: TRUE when the user chose it (click, Enter), FALSE when
   *   moving through the list with the keyboard
   */
  signals[GROUP_SELECTED] =
    g_signal_new ("group-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/target-groups/mit-target-group-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupList, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupList, focus_button);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupList, stack);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupList, count_label);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "target-group-list.clear-filters", NULL,
                                   clear_filters_action);
}

static void
mit_target_group_list_init (MitTargetGroupList *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (levels, _("All Levels"));
  for (int level = MIT_REACHABILITY_GOOD; level <= MIT_REACHABILITY_LAST; level++)
    gtk_string_list_append (levels, mit_gui_level_get_title (level));
  gtk_string_list_append (levels, mit_gui_level_get_title (MIT_REACHABILITY_UNKNOWN));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
  gtk_drop_down_set_selected (self->level_dropdown, LEVEL_ANY);

  self->groups = g_list_store_new (MIT_TYPE_TARGET_GROUP);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->groups)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  g_signal_connect_object (keys, "key-released", G_CALLBACK (key_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  g_signal_connect_object (self->level_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->focus_button, "toggled",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  update_state (self);
}

void
mit_target_group_list_set_store (MitTargetGroupList *self,
                                 MitStore           *store)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP_LIST (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
}

GListModel *
mit_target_group_list_get_model (MitTargetGroupList *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP_LIST (self), NULL);

  return G_LIST_MODEL (self->groups);
}

void
mit_target_group_list_focus_search (MitTargetGroupList *self)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mit_target_group_list_set_level_filter (MitTargetGroupList *self,
                                        gboolean            any,
                                        MitReachability     level)
{
  guint item;

  g_return_if_fail (MIT_IS_TARGET_GROUP_LIST (self));

  if (any)
    item = LEVEL_ANY;
  else if (mit_reachability_is_valid (level))
    item = LEVEL_GOOD + (guint)(level - MIT_REACHABILITY_GOOD);
  else
    item = LEVEL_UNASSESSED;

  gtk_drop_down_set_selected (self->level_dropdown, item);
}

void
mit_target_group_list_set_focus_only (MitTargetGroupList *self,
                                      gboolean            focus_only)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP_LIST (self));

  gtk_toggle_button_set_active (self->focus_button, focus_only);
}

void
mit_target_group_list_select_id (MitTargetGroupList *self,
                                 gint64              id)
{
  guint position;

  g_return_if_fail (MIT_IS_TARGET_GROUP_LIST (self));

  self->selected_id = id;
  position = find_id (self, id);
  if (position == GTK_INVALID_LIST_POSITION && id > 0)
    {
      /* The search or a filter hides it: show everything again. */
      show_all (self);
      position = find_id (self, id);
    }

  restore_selection (self);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

gint64
mit_target_group_list_get_selected_id (MitTargetGroupList *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP_LIST (self), 0);

  return self->selected_id;
}
