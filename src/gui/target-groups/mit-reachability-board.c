/* mit-reachability-board.c: target groups as cards in one column per
 * reachability level
 *
 * Copyright 2025 The Miteinander authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitReachabilityBoard"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-reachability-board.h"
#include "mit-validate.h"
#include "mit-assessment.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"

/* Columns left to right; the index of a level's column is the level. */
enum {
  COLUMN_GOOD = MIT_REACHABILITY_GOOD,
  COLUMN_MEDIUM = MIT_REACHABILITY_MEDIUM,
  COLUMN_LITTLE = MIT_REACHABILITY_LITTLE_OR_NONE,
  COLUMN_UNASSESSED,
  N_COLUMNS
};

struct _MitReachabilityBoard
{
  AdwBin           parent_instance;

  /* template widgets; the toast overlay is the bin's child (not bound:
   * disposing the template would unparent it behind the bin's back) */
  GtkWidget       *columns[N_COLUMNS];
  GtkLabel        *counts[N_COLUMNS];
  GtkListBox      *lists[N_COLUMNS];

  /* borrowed: group id → card, rebuilt with the cards */
  GHashTable      *cards;

  /* owned */
  MitStore        *store;
  char            *assessor;
  guint            reload_id;
};

G_DEFINE_FINAL_TYPE (MitReachabilityBoard, mit_reachability_board, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ASSESSOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ASSESSMENT_RECORDED,
  GROUP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GQuark card_id_quark;
static GQuark column_level_quark;

static int
column_of_level (MitReachability level)
{
  return mit_reachability_is_valid (level) ? (int)level : COLUMN_UNASSESSED;
}

static MitReachability
level_of_column (int column)
{
  return column == COLUMN_UNASSESSED ? MIT_REACHABILITY_UNKNOWN : (MitReachability)column;
}

static gint64
card_get_group_id (GtkWidget *card)
{
  gint64 *id = g_object_get_qdata (G_OBJECT (card), card_id_quark);

  return id != NULL ? *id : 0;
}

static MitReachability
card_get_level (GtkWidget *card)
{
  return GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (card), column_level_quark)) - 1;
}

/* What a screen reader says for a card, and its tooltip. */
static char *
describe_group (MitTargetGroup *group)
{
  const char *name = mit_target_group_get_name (group);
  const char *assessed = mit_target_group_get_assessed (group);

  switch (mit_target_group_get_level (group))
    {
    case MIT_REACHABILITY_GOOD:
      /* Translators: a card on the board: group name, then date */
      return g_strdup_printf (_("%s, reachability good, assessed %s"), name, assessed);
    case MIT_REACHABILITY_MEDIUM:
      /* Translators: a card on the board: group name, then date */
      return g_strdup_printf (_("%s, reachability medium, assessed %s"), name, assessed);
    case MIT_REACHABILITY_LITTLE_OR_NONE:
      /* Translators: a card on the board: group name, then date */
      return g_strdup_printf (_("%s, reachability little or none, assessed %s"), name, assessed);
    case MIT_REACHABILITY_UNKNOWN:
    default:
      /* Translators: a card on the board: group name */
      return g_strdup_printf (_("%s, not assessed yet"), name);
    }
}

/* Drag and drop */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 gpointer       user_data)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  return gdk_content_provider_new_typed (G_TYPE_INT64, card_get_group_id (card));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               gpointer       user_data)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (card);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
show_error (MitReachabilityBoard *self,
            const GError         *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self))), toast);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  MitReachabilityBoard *self = MIT_REACHABILITY_BOARD (user_data);
  GtkWidget *column = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  MitReachability level = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (column),
                                                                column_level_quark)) - 1;
  gint64 group_id = g_value_get_int64 (value);
  GtkWidget *card = mit_reachability_board_get_card (self, group_id);
  g_autoptr(GError) error = NULL;

  if (card == NULL || card_get_level (card) == level)
    return FALSE;

  if (!mit_reachability_board_move_group (self, group_id, level, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Cards */

static GtkWidget *
create_card (MitReachabilityBoard *self,
             MitTargetGroup       *group)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label;
  GtkDragSource *source;
  const char *district = mit_target_group_get_district (group);
  const char *assessed = mit_target_group_get_assessed (group);
  g_autofree char *summary = describe_group (group);
  g_autofree char *tooltip = NULL;
  g_autofree char *description = NULL;
  gint64 *id = g_new (gint64, 1);

  *id = mit_target_group_get_id (group);
  g_object_set_qdata_full (G_OBJECT (row), card_id_quark, id, g_free);
  g_object_set_qdata (G_OBJECT (row), column_level_quark,
                      GINT_TO_POINTER (mit_target_group_get_level (group) + 1));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);

  label = gtk_label_new (mit_target_group_get_name (group));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (title_box), label);

  if (mit_target_group_get_focus (group))
    {
      GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");

      gtk_widget_set_valign (star, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (star, _("Focus group"));
      gtk_widget_add_css_class (star, "accent");
      gtk_box_append (GTK_BOX (title_box), star);
    }
  gtk_box_append (GTK_BOX (box), title_box);

  if (district[0] != '\0')
    {
      label = gtk_label_new (district);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }

  if (assessed[0] != '\0')
    {
      g_autofree char *date = mit_date_format (assessed);
      /* Translators: %s is a date, e.g. "3 June 2026" */
      g_autofree char *text = g_strdup_printf (_("Assessed %s"), date);

      label = gtk_label_new (text);
    }
  else
    label = gtk_label_new (_("Never assessed"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_focusable (row, TRUE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (mit_target_group_get_focus (group) && district[0] != '\0')
    /* Translators: the district of a group that is a focus group */
    description = g_strdup_printf (_("%s, focus group"), district);
  else if (mit_target_group_get_focus (group))
    description = g_strdup (_("Focus group"));
  else
    description = g_strdup (district);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  tooltip = g_strdup_printf ("%s\n%s", summary,
                             _("Drag to another column, or press Alt+← or Alt+→"));
  gtk_widget_set_tooltip_text (row, tooltip);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  return row;
}

static GtkWidget *
get_focused_card (MitReachabilityBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    if (GTK_IS_LIST_BOX_ROW (focus) && card_get_group_id (focus) != 0)
      return focus;

  return NULL;
}

static void
update_count (MitReachabilityBoard *self,
              int                   column,
              guint                 n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  gtk_label_set_text (self->counts[column], text);
}

static void
reload (MitReachabilityBoard *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *focused = get_focused_card (self);
  gint64 focus_id = focused != NULL ? card_get_group_id (focused) : 0;
  guint n[N_COLUMNS] = { 0, };

  g_hash_table_remove_all (self->cards);
  for (int c = 0; c < N_COLUMNS; c++)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lists[c]))) != NULL)
        gtk_list_box_remove (self->lists[c], child);
    }

  ids = mit_store_find_target_group_ids (self->store, NULL, -1, FALSE, &error);
  if (ids != NULL)
    groups = mit_store_load_target_groups (self->store, (const gint64 *)ids->data, ids->len,
                                           &error);
  if (groups == NULL)
    {
      g_warning ("Cannot load the target groups: %s", error->message);
      groups = g_ptr_array_new ();
    }

  for (guint i = 0; i < groups->len; i++)
    {
      MitTargetGroup *group = g_ptr_array_index (groups, i);
      int column = column_of_level (mit_target_group_get_level (group));
      GtkWidget *card = create_card (self, group);

      gtk_list_box_append (self->lists[column], card);
      g_hash_table_insert (self->cards, g_memdup2 (&(gint64){ mit_target_group_get_id (group) },
                                                   sizeof (gint64)), card);
      n[column]++;
    }

  for (int c = 0; c < N_COLUMNS; c++)
    update_count (self, c, n[c]);
  /* Nothing is left to say when every group has been assessed. */
  gtk_widget_set_visible (self->columns[COLUMN_UNASSESSED], n[COLUMN_UNASSESSED] > 0);

  /* Keyboard users keep their place: the moved card keeps the focus. */
  if (focus_id != 0)
    {
      GtkWidget *card = mit_reachability_board_get_card (self, focus_id);

      if (card != NULL)
        gtk_widget_grab_focus (card);
    }
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  MitReachabilityBoard *self = MIT_REACHABILITY_BOARD (user_data);

  self->reload_id = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* Deferred, so that a drop finishes before its card is replaced. */
static void
store_changed_cb (MitReachabilityBoard *self,
                  guint                 kinds,
                  MitStore             *store)
{
  if ((kinds & (MIT_RECORD_TARGET_GROUP | MIT_RECORD_ASSESSMENT)) == 0)
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
row_activated_cb (GtkListBox           *list,
                  GtkListBoxRow        *row,
                  MitReachabilityBoard *self)
{
  gint64 id = card_get_group_id (GTK_WIDGET (row));

  if (id != 0)
    g_signal_emit (self, signals[GROUP_ACTIVATED], 0, id);
}

/* Actions */

static void
move_focused_card (MitReachabilityBoard *self,
                   int                   step)
{
  GtkWidget *card = get_focused_card (self);
  int column;
  g_autoptr(GError) error = NULL;

  if (card == NULL)
    return;

  /* Not assessed is the rightmost column; a card cannot go back there. */
  column = column_of_level (card_get_level (card)) + step;
  if (column < COLUMN_GOOD || column > COLUMN_LITTLE)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (!mit_reachability_board_move_group (self, card_get_group_id (card),
                                          level_of_column (column), &error))
    show_error (self, error);
}

static void
move_towards_good_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  move_focused_card (MIT_REACHABILITY_BOARD (widget), -1);
}

static void
move_towards_little_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  move_focused_card (MIT_REACHABILITY_BOARD (widget), +1);
}

/* GObject */

static void
mit_reachability_board_constructed (GObject *object)
{
  MitReachabilityBoard *self = MIT_REACHABILITY_BOARD (object);

  G_OBJECT_CLASS (mit_reachability_board_parent_class)->constructed (object);

  g_return_if_fail (MIT_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

static void
mit_reachability_board_dispose (GObject *object)
{
  MitReachabilityBoard *self = MIT_REACHABILITY_BOARD (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_REACHABILITY_BOARD);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_reachability_board_parent_class)->dispose (object);
}

static void
mit_reachability_board_finalize (GObject *object)
{
  MitReachabilityBoard *self = MIT_REACHABILITY_BOARD (object);

  g_clear_pointer (&self->assessor, g_free);

  G_OBJECT_CLASS (mit_reachability_board_parent_class)->finalize (object);
}

static void
mit_reachability_board_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MitReachabilityBoard *self = MIT_REACHABILITY_BOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ASSESSOR:
      g_value_set_string (value, self->assessor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_reachability_board_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MitReachabilityBoard *self = MIT_REACHABILITY_BOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_ASSESSOR:
      mit_reachability_board_set_assessor (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_reachability_board_class_init (MitReachabilityBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mit_reachability_board_constructed;
  object_class->dispose = mit_reachability_board_dispose;
  object_class->finalize = mit_reachability_board_finalize;
  object_class->get_property = mit_reachability_board_get_property;
  object_class->set_property = mit_reachability_board_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSESSOR] =
    g_param_spec_string ("assessor", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MitReachabilityBoard::assessment-recorded:
   * @change: the change number, for mit_store_undo()
   *
   * A card was moved and a new assessment recorded.
   */
  signals[ASSESSMENT_RECORDED] =
    g_signal_new ("assessment-recorded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * MitReachabilityBoard::group-activated:
   * @group_id: the group whose card was activated
   */
  signals[GROUP_ACTIVATED] =
    g_signal_new ("group-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  card_id_quark = g_quark_from_static_string ("mit-board-group-id");
  column_level_quark = g_quark_from_static_string ("mit-board-level");

  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/miteinander/Miteinander/gui/target-groups/mit-reachability-board.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "good_column", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, columns[COLUMN_GOOD]));
  gtk_widget_class_bind_template_child_full (widget_class, "medium_column", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, columns[COLUMN_MEDIUM]));
  gtk_widget_class_bind_template_child_full (widget_class, "little_column", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, columns[COLUMN_LITTLE]));
  gtk_widget_class_bind_template_child_full (widget_class, "unassessed_column", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, columns[COLUMN_UNASSESSED]));
  gtk_widget_class_bind_template_child_full (widget_class, "good_count", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, counts[COLUMN_GOOD]));
  gtk_widget_class_bind_template_child_full (widget_class, "medium_count", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, counts[COLUMN_MEDIUM]));
  gtk_widget_class_bind_template_child_full (widget_class, "little_count", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, counts[COLUMN_LITTLE]));
  gtk_widget_class_bind_template_child_full (widget_class, "unassessed_count", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, counts[COLUMN_UNASSESSED]));
  gtk_widget_class_bind_template_child_full (widget_class, "good_list", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, lists[COLUMN_GOOD]));
  gtk_widget_class_bind_template_child_full (widget_class, "medium_list", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, lists[COLUMN_MEDIUM]));
  gtk_widget_class_bind_template_child_full (widget_class, "little_list", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, lists[COLUMN_LITTLE]));
  gtk_widget_class_bind_template_child_full (widget_class, "unassessed_list", FALSE,
    G_STRUCT_OFFSET (MitReachabilityBoard, lists[COLUMN_UNASSESSED]));
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "board.move-towards-good", NULL,
                                   move_towards_good_action);
  gtk_widget_class_install_action (widget_class, "board.move-towards-little", NULL,
                                   move_towards_little_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "board.move-towards-good", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "board.move-towards-good", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "board.move-towards-little", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK,
                                       "board.move-towards-little", NULL);
}

static void
mit_reachability_board_init (MitReachabilityBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->assessor = g_strdup ("");
  self->cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* Cards can be dropped on the three assessed columns, not back on "Not
   * Assessed": an assessment cannot be unmade by moving a card. */
  for (int c = 0; c < N_COLUMNS; c++)
    {
      GtkDropTarget *target;

      g_object_set_qdata (G_OBJECT (self->columns[c]), column_level_quark,
                          GINT_TO_POINTER (level_of_column (c) + 1));
      if (c == COLUMN_UNASSESSED)
        continue;

      target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
      gtk_widget_add_controller (self->columns[c], GTK_EVENT_CONTROLLER (target));
    }
}

/**
 * mit_reachability_board_new:
 * @store: the store to show the groups of
 *
 * Returns: (transfer floating): a new board
 */
MitReachabilityBoard *
mit_reachability_board_new (MitStore *store)
{
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  return g_object_new (MIT_TYPE_REACHABILITY_BOARD, "store", store, NULL);
}

/**
 * mit_reachability_board_get_store:
 *
 * Returns: (transfer none): the store
 */
MitStore *
mit_reachability_board_get_store (MitReachabilityBoard *self)
{
  g_return_val_if_fail (MIT_IS_REACHABILITY_BOARD (self), NULL);

  return self->store;
}

/**
 * mit_reachability_board_get_assessor:
 *
 * Returns: who assessments recorded on the board are by; never %NULL
 */
const char *
mit_reachability_board_get_assessor (MitReachabilityBoard *self)
{
  g_return_val_if_fail (MIT_IS_REACHABILITY_BOARD (self), NULL);

  return self->assessor;
}

/**
 * mit_reachability_board_set_assessor:
 * @assessor: (nullable): who assesses; %NULL is ""
 */
void
mit_reachability_board_set_assessor (MitReachabilityBoard *self,
                                     const char           *assessor)
{
  g_return_if_fail (MIT_IS_REACHABILITY_BOARD (self));

  if (assessor == NULL)
    assessor = "";
  if (g_strcmp0 (self->assessor, assessor) == 0)
    return;

  g_free (self->assessor);
  self->assessor = g_strdup (assessor);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSOR]);
}

/**
 * mit_reachability_board_move_group:
 * @group_id: the group to move
 * @level: the column to move it to (not %MIT_REACHABILITY_UNKNOWN)
 * @error: return location for an error
 *
 * Records a new assessment dated today and emits "assessment-recorded".
 *
 * Returns: %FALSE with @error set if the assessment could not be recorded
 */
gboolean
mit_reachability_board_move_group (MitReachabilityBoard  *self,
                                   gint64                 group_id,
                                   MitReachability        level,
                                   GError               **error)
{
  g_return_val_if_fail (MIT_IS_REACHABILITY_BOARD (self), FALSE);
  g_return_val_if_fail (group_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mit_store_get_current_level (self->store, group_id, NULL) == level)
    return TRUE;

  if (mit_store_record_assessment (self->store, group_id, level, NULL, self->assessor,
                                   _("Moved on the reachability board"), error) == 0)
    return FALSE;

  g_signal_emit (self, signals[ASSESSMENT_RECORDED], 0, mit_store_get_last_change (self->store));

  return TRUE;
}

/**
 * mit_reachability_board_list_column:
 * @level: the column; %MIT_REACHABILITY_UNKNOWN for "Not Assessed"
 *
 * Returns: (transfer full) (element-type gint64): the ids of the column's
 *   cards, top to bottom
 */
GArray *
mit_reachability_board_list_column (MitReachabilityBoard *self,
                                    MitReachability       level)
{
  GArray *ids;

  g_return_val_if_fail (MIT_IS_REACHABILITY_BOARD (self), NULL);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lists[column_of_level (level)]));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gint64 id = card_get_group_id (child);

      if (id != 0)
        g_array_append_val (ids, id);
    }

  return ids;
}

/**
 * mit_reachability_board_get_card:
 *
 * Returns: (transfer none) (nullable): the card of @group_id
 */
GtkWidget *
mit_reachability_board_get_card (MitReachabilityBoard *self,
                                 gint64                group_id)
{
  g_return_val_if_fail (MIT_IS_REACHABILITY_BOARD (self), NULL);

  return g_hash_table_lookup (self->cards, &group_id);
}
