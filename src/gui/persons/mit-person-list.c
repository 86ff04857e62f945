/* mit-person-list.c: the searchable list of contact persons
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

#define G_LOG_DOMAIN "MitPersonList"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-person-list.h"
#include "mit-gui-util.h"
#include "mit-query-model.h"
#include "mit-record-list.h"
#include "mit-store.h"
#include "mit-text-util.h"

struct _MitPersonList
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkLabel           *count_label;
  GtkListView        *list_view;

  /* owned */
  MitRecordList       records;  /* selection, model and store */
};

G_DEFINE_FINAL_TYPE (MitPersonList, mit_person_list, ADW_TYPE_BIN)

enum {
  PERSON_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
apply_search (MitPersonList *self)
{
  if (self->records.model == NULL)
    return;

  self->records.updating = TRUE;
  mit_query_model_set_search_text (self->records.model,
                                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  self->records.updating = FALSE;

  mit_record_list_refresh (&self->records);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   MitPersonList  *self)
{
  apply_search (self);
}

/* Clears the search and applies that. */
static void
show_all (GtkWidget *widget)
{
  MitPersonList *self = MIT_PERSON_LIST (widget);

  self->records.updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->records.updating = FALSE;
  apply_search (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MitPersonList            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (C_("person", "Volunteer"));
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 30);
  gtk_widget_set_hexpand (name, TRUE);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "mit-kind-label");
  gtk_widget_add_css_class (badge, "caption");

  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 30);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");

  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), badge);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_list_item_set_child (item, box);
}

static void
update_row (GtkListItem *item,
            gpointer     user_data)
{
  MitPerson *person = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_first_child (top);
  GtkWidget *badge = gtk_widget_get_next_sibling (name);
  GtkWidget *detail = gtk_widget_get_next_sibling (top);
  const char *email;
  const char *phone;
  g_autofree char *line = NULL;

  if (!MIT_IS_PERSON (person))
    return;

  email = mit_person_get_text (person, MIT_PERSON_EMAIL);
  phone = mit_person_get_text (person, MIT_PERSON_PHONE);
  if (*email != '\0' && *phone != '\0')
    line = g_strdup_printf ("%s · %s", email, phone);
  else
    line = g_strdup (*email != '\0' ? email : phone);

  gtk_label_set_text (GTK_LABEL (name), mit_person_get_name (person));
  gtk_widget_set_visible (badge, mit_person_get_volunteer (person));
  gtk_label_set_text (GTK_LABEL (detail), line);
  gtk_widget_set_visible (detail, *line != '\0');
}

static const MitRecordListFuncs record_list_funcs = {
  .record_kind = MIT_RECORD_PERSON,
  .format_count = mit_text_format_person_count,
  .count_records = mit_store_count_persons,
  .setup_row = G_CALLBACK (setup_row_cb),
  .update_row = update_row,
  .show_all = show_all,
};

static void
mit_person_list_dispose (GObject *object)
{
  MitPersonList *self = (MitPersonList *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_PERSON_LIST);

  mit_record_list_clear (&self->records);

  G_OBJECT_CLASS (mit_person_list_parent_class)->dispose (object);
}

static void
mit_person_list_class_init (MitPersonListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_person_list_dispose;

  /**
   * MitPersonList::person-selected:
   * @id: the person
   * @open: TRUE when the user chose it (click, Enter), FALSE when moving
   *   through the list with the keyboard
   */
  signals[PERSON_SELECTED] =
    g_signal_new ("person-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/persons/mit-person-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MitPersonList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitPersonList, stack);
  gtk_widget_class_bind_template_child (widget_class, MitPersonList, count_label);
  gtk_widget_class_bind_template_child (widget_class, MitPersonList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
mit_person_list_init (MitPersonList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  mit_record_list_init (&self->records, &record_list_funcs, GTK_WIDGET (self),
                        signals[PERSON_SELECTED], self->search_entry, self->stack,
                        self->count_label, self->list_view);
}

void
mit_person_list_set_store (MitPersonList *self,
                           MitStore      *store)
{
  g_return_if_fail (MIT_IS_PERSON_LIST (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->records.store == NULL);

  mit_record_list_set_store (&self->records, store);
}

GListModel *
mit_person_list_get_model (MitPersonList *self)
{
  g_return_val_if_fail (MIT_IS_PERSON_LIST (self), NULL);

  return G_LIST_MODEL (self->records.model);
}

void
mit_person_list_focus_search (MitPersonList *self)
{
  g_return_if_fail (MIT_IS_PERSON_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mit_person_list_select_id (MitPersonList *self,
                           gint64         id)
{
  g_return_if_fail (MIT_IS_PERSON_LIST (self));

  mit_record_list_select_id (&self->records, id);
}

gint64
mit_person_list_get_selected_id (MitPersonList *self)
{
  g_return_val_if_fail (MIT_IS_PERSON_LIST (self), 0);

  return self->records.selected_id;
}
