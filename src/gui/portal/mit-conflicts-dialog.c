/* mit-conflicts-dialog.c: every record changed here and on the portal
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitConflictsDialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-conflict-dialog.h"
#include "mit-conflicts-dialog.h"
#include "mit-event.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-store-portal.h"
#include "mit-validate.h"

struct _MitConflictsDialog
{
  AdwWindow   parent_instance;

  /* template widgets */
  GtkStack   *stack;
  GtkListBox *list;

  /* owned */
  MitStore   *store;
  guint       n_conflicts;
};

G_DEFINE_FINAL_TYPE (MitConflictsDialog, mit_conflicts_dialog, ADW_TYPE_WINDOW)

/* The first ten characters of a stamp, as a date for people. */
static char *
format_day (const char *stamp)
{
  g_autofree char *ymd = NULL;

  if (stamp == NULL || strlen (stamp) < 10)
    return NULL;
  ymd = g_strndup (stamp, 10);
  return mit_date_format (ymd);
}

static GtkWidget *
make_row (MitConflictsDialog *self,
          const MitOrigin    *origin)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *day = NULL;
  g_autoptr(GObject) record = NULL;
  const char *name;
  GtkWidget *row;

  if (g_strcmp0 (origin->tbl, "actor") == 0)
    record = (GObject *)mit_store_load_actor (self->store, origin->row_id, NULL);
  else if (g_strcmp0 (origin->tbl, "event") == 0)
    record = (GObject *)mit_store_load_event (self->store, origin->row_id, NULL);
  if (record == NULL)
    return NULL;

  if (MIT_IS_ACTOR (record))
    {
      name = mit_actor_get_name (MIT_ACTOR (record));
      day = format_day (mit_actor_get_modified (MIT_ACTOR (record)));
      /* Translators: a conflict's row, "Actor · changed here on 3 June 2026" */
      subtitle = day != NULL ? g_strdup_printf (_("Actor · changed here on %s"), day)
                             : g_strdup (_("Actor"));
    }
  else
    {
      name = mit_event_get_title (MIT_EVENT (record));
      day = format_day (mit_event_get_starts (MIT_EVENT (record)));
      /* Translators: a conflict's row, "Event on 3 June 2026" */
      subtitle = day != NULL ? g_strdup_printf (_("Event on %s"), day) : g_strdup (_("Event"));
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "conflicts.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", origin->id);
  return row;
}

static void
reload (MitConflictsDialog *self)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_conflicts = 0;

  conflicts = mit_store_list_conflicts (self->store, &error);
  if (conflicts == NULL)
    g_warning ("Cannot list the conflicts: %s", error->message);
  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      GtkWidget *row = make_row (self, g_ptr_array_index (conflicts, i));

      if (row == NULL)
        continue;
      gtk_list_box_append (self->list, row);
      self->n_conflicts++;
    }

  gtk_stack_set_visible_child_name (self->stack, self->n_conflicts > 0 ? "list" : "empty");
}

static void
store_changed_cb (MitStore           *store,
                  guint               kinds,
                  MitConflictsDialog *self)
{
  if (kinds & (MIT_RECORD_ACTOR | MIT_RECORD_EVENT))
    reload (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitConflictsDialog *self = MIT_CONFLICTS_DIALOG (widget);
  MitConflictDialog *dialog;

  dialog = mit_conflict_dialog_new (GTK_WINDOW (self), self->store,
                                    g_variant_get_int64 (parameter));
  if (dialog == NULL)
    {
      reload (self);
      return;
    }
  g_signal_connect_object (dialog, "resolved", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
mit_conflicts_dialog_dispose (GObject *object)
{
  MitConflictsDialog *self = (MitConflictsDialog *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_conflicts_dialog_parent_class)->dispose (object);
}

static void
mit_conflicts_dialog_class_init (MitConflictsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_conflicts_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/portal/mit-conflicts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitConflictsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MitConflictsDialog, list);

  gtk_widget_class_install_action (widget_class, "conflicts.open", "x", open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_conflicts_dialog_init (MitConflictsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mit_conflicts_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 *
 * Returns: (transfer none): a new dialog, not yet presented
 */
MitConflictsDialog *
mit_conflicts_dialog_new (GtkWindow *parent,
                          MitStore  *store)
{
  MitConflictsDialog *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_CONFLICTS_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
  return self;
}

guint
mit_conflicts_dialog_get_n_conflicts (MitConflictsDialog *self)
{
  g_return_val_if_fail (MIT_IS_CONFLICTS_DIALOG (self), 0);

  return self->n_conflicts;
}

guint
mit_portal_count_conflicts (MitStore *store)
{
  g_autoptr(GPtrArray) conflicts = NULL;

  g_return_val_if_fail (MIT_IS_STORE (store), 0);

  conflicts = mit_store_list_conflicts (store, NULL);
  return conflicts != NULL ? conflicts->len : 0;
}
