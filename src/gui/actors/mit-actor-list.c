/* mit-actor-list.c: the searchable list of actors
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

#define G_LOG_DOMAIN "MitActorList"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-actor-list.h"
#include "mit-gui-util.h"
#include "mit-languages.h"
#include "mit-query-model.h"
#include "mit-record-list.h"
#include "mit-store.h"
#include "mit-text-util.h"

struct _MitActorList
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkPopover         *filter_popover;
  GtkDropDown        *field_dropdown;
  GtkDropDown        *sector_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *language_dropdown;
  GtkDropDown        *district_dropdown;
  GtkStack           *stack;
  GtkLabel           *count_label;
  GtkListView        *list_view;

  /* owned */
  MitRecordList       records;  /* selection, model and store */
  GPtrArray          *field_keys;
  GPtrArray          *kind_keys;
  GPtrArray          *language_keys;
  GPtrArray          *district_keys;
};

G_DEFINE_FINAL_TYPE (MitActorList, mit_actor_list, ADW_TYPE_BIN)

enum {
  ACTOR_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Filter choices. Index 0 of every dropdown is "Any" (key NULL). */

static const char *
dropdown_get_key (GtkDropDown *dropdown,
                  GPtrArray   *keys)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= keys->len)
    return NULL;
  return g_ptr_array_index (keys, position);
}

static void
dropdown_fill (GtkDropDown        *dropdown,
               GPtrArray          *keys,
               const char * const *new_keys,
               const char * const *labels)
{
  g_autofree char *current = g_strdup (dropdown_get_key (dropdown, keys));
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (keys, 0);
  g_ptr_array_add (keys, NULL);
  gtk_string_list_append (model, C_("filter", "Any"));

  for (guint i = 0; new_keys[i] != NULL; i++)
    {
      g_ptr_array_add (keys, g_strdup (new_keys[i]));
      gtk_string_list_append (model, labels[i]);
      if (g_strcmp0 (current, new_keys[i]) == 0)
        selected = i + 1;
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, selected);
}

static void
fill_vocabulary (MitActorList *self,
                 GtkDropDown  *dropdown,
                 GPtrArray    *keys,
                 const char   *vocabulary)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GStrvBuilder) key_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) label_builder = g_strv_builder_new ();
  g_auto(GStrv) new_keys = NULL;
  g_auto(GStrv) labels = NULL;
  g_autoptr(GError) error = NULL;

  terms = mit_store_list_vocabulary (self->records.store, vocabulary, &error);
  if (terms == NULL)
    g_warning ("Cannot list the vocabulary %s: %s", vocabulary, error->message);

  for (guint i = 0; terms != NULL && i < terms->len; i++)
    {
      MitVocabTerm *term = g_ptr_array_index (terms, i);

      g_strv_builder_add (key_builder, term->key);
      g_strv_builder_add (label_builder, term->builtin ? _(term->label) : term->label);
    }

  new_keys = g_strv_builder_end (key_builder);
  labels = g_strv_builder_end (label_builder);
  dropdown_fill (dropdown, keys, (const char * const *)new_keys, (const char * const *)labels);
}

static void
fill_filter_choices (MitActorList *self)
{
  const char * const *codes = mit_languages_list_codes ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) language_names = NULL;
  g_auto(GStrv) districts = NULL;

  self->records.updating = TRUE;

  fill_vocabulary (self, self->field_dropdown, self->field_keys, "field");
  fill_vocabulary (self, self->kind_dropdown, self->kind_keys, "actor-kind");

  for (guint i = 0; codes[i] != NULL; i++)
    {
      const char *name = mit_languages_get_name (codes[i]);
      g_strv_builder_add (names, name != NULL ? name : codes[i]);
    }
  language_names = g_strv_builder_end (names);
  dropdown_fill (self->language_dropdown, self->language_keys, codes,
                 (const char * const *)language_names);

  districts = mit_store_list_districts (self->records.store);
  if (districts == NULL)
    districts = g_new0 (char *, 1);
  dropdown_fill (self->district_dropdown, self->district_keys,
                 (const char * const *)districts, (const char * const *)districts);

  self->records.updating = FALSE;
}

static gboolean
filters_are_active (MitActorList *self)
{
  return gtk_drop_down_get_selected (self->field_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->sector_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->kind_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->language_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->district_dropdown) > 0;
}

static void
apply_filter (MitActorList *self)
{
  MitActorFilter filter;
  guint sector;

  if (self->records.model == NULL)
    return;

  mit_actor_filter_init (&filter);
  filter.text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  filter.field = g_strdup (dropdown_get_key (self->field_dropdown, self->field_keys));
  filter.kind = g_strdup (dropdown_get_key (self->kind_dropdown, self->kind_keys));
  filter.language = g_strdup (dropdown_get_key (self->language_dropdown, self->language_keys));
  filter.district = g_strdup (dropdown_get_key (self->district_dropdown, self->district_keys));
  sector = gtk_drop_down_get_selected (self->sector_dropdown);
  filter.sector = (sector == 0 || sector == GTK_INVALID_LIST_POSITION) ? -1 : (int)sector - 1;

  self->records.updating = TRUE;
  mit_query_model_set_actor_filter (self->records.model, &filter);
  self->records.updating = FALSE;
  mit_actor_filter_clear (&filter);

  mit_record_list_refresh (&self->records);

  if (filters_are_active (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

static void
filter_changed_cb (MitActorList *self)
{
  if (!self->records.updating)
    apply_filter (self);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   MitActorList   *self)
{
  apply_filter (self);
}

static void
filter_popover_show_cb (GtkPopover   *popover,
                        MitActorList *self)
{
  /* Districts and terms change as people edit: refresh on opening. */
  if (self->records.store != NULL)
    fill_filter_choices (self);
}

/* Clears the search and every filter, and applies that. */
static void
show_all (GtkWidget *widget)
{
  MitActorList *self = MIT_ACTOR_LIST (widget);

  self->records.updating = TRUE;
  gtk_drop_down_set_selected (self->field_dropdown, 0);
  gtk_drop_down_set_selected (self->sector_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->language_dropdown, 0);
  gtk_drop_down_set_selected (self->district_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->records.updating = FALSE;

  apply_filter (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitActorList *self = MIT_ACTOR_LIST (widget);

  show_all (widget);
  gtk_popover_popdown (self->filter_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MitActorList             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *address = gtk_label_new (NULL);
  GtkWidget *kind = gtk_label_new (NULL);

  /* Bounded natural widths keep the list pane from growing with long
   * names. */
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 30);

  gtk_label_set_xalign (GTK_LABEL (address), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (address), 20);
  gtk_label_set_ellipsize (GTK_LABEL (address), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (address, TRUE);
  gtk_widget_add_css_class (address, "dim-label");
  gtk_widget_add_css_class (address, "caption");

  gtk_label_set_ellipsize (GTK_LABEL (kind), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (kind), 20);
  gtk_widget_set_halign (kind, GTK_ALIGN_END);
  gtk_widget_set_valign (kind, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (kind, "mit-kind-label");
  gtk_widget_add_css_class (kind, "caption");

  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (bottom), address);
  gtk_box_append (GTK_BOX (bottom), kind);
  gtk_box_append (GTK_BOX (box), bottom);
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
  MitActorList *self = user_data;
  MitActor *actor = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *bottom = gtk_widget_get_next_sibling (name);
  GtkWidget *address = gtk_widget_get_first_child (bottom);
  GtkWidget *kind = gtk_widget_get_next_sibling (address);
  g_autofree char *address_line = NULL;
  const char *kind_key;
  const char *kind_label = "";

  if (!MIT_IS_ACTOR (actor))
    return;

  kind_key = mit_actor_get_kind (actor);
  if (kind_key != NULL && *kind_key != '\0')
    kind_label = mit_store_get_vocabulary_label (self->records.store, "actor-kind", kind_key);

  address_line = mit_actor_dup_address_line (actor);

  gtk_label_set_text (GTK_LABEL (name), mit_actor_get_name (actor));
  gtk_label_set_text (GTK_LABEL (kind), kind_label);
  gtk_widget_set_visible (kind, kind_label != NULL && *kind_label != '\0');
  gtk_label_set_text (GTK_LABEL (address), address_line != NULL ? address_line : "");
  gtk_widget_set_visible (bottom, (address_line != NULL && *address_line != '\0') ||
                                  (kind_label != NULL && *kind_label != '\0'));
}

static const MitRecordListFuncs record_list_funcs = {
  .record_kind = MIT_RECORD_ACTOR,
  .format_count = mit_text_format_actor_count,
  .count_records = mit_store_count_actors,
  .setup_row = G_CALLBACK (setup_row_cb),
  .update_row = update_row,
  .show_all = show_all,
};

static void
mit_actor_list_dispose (GObject *object)
{
  MitActorList *self = (MitActorList *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_ACTOR_LIST);

  mit_record_list_clear (&self->records);

  G_OBJECT_CLASS (mit_actor_list_parent_class)->dispose (object);
}

static void
mit_actor_list_finalize (GObject *object)
{
  MitActorList *self = (MitActorList *)object;

  g_clear_pointer (&self->field_keys, g_ptr_array_unref);
  g_clear_pointer (&self->kind_keys, g_ptr_array_unref);
  g_clear_pointer (&self->language_keys, g_ptr_array_unref);
  g_clear_pointer (&self->district_keys, g_ptr_array_unref);

  G_OBJECT_CLASS (mit_actor_list_parent_class)->finalize (object);
}

static void
mit_actor_list_class_init (MitActorListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_actor_list_dispose;
  object_class->finalize = mit_actor_list_finalize;

  /**
   * MitActorList::actor-selected:
   * @id: the actor
   * @open: TRUE when the user chose it (click, Enter), FALSE when moving
   *   through the list with the keyboard
   */
  signals[ACTOR_SELECTED] =
    g_signal_new ("actor-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/actors/mit-actor-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MitActorList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, filter_button);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, field_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, district_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, stack);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, count_label);
  gtk_widget_class_bind_template_child (widget_class, MitActorList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "actor-list.clear-filters", NULL, clear_filters_action);
}

static void
mit_actor_list_init (MitActorList *self)
{
  g_autoptr(GtkStringList) sectors = NULL;
  g_autoptr(GtkExpression) expression = NULL;
  GtkDropDown *dropdowns[5];

  gtk_widget_init_template (GTK_WIDGET (self));

  mit_record_list_init (&self->records, &record_list_funcs, GTK_WIDGET (self),
                        signals[ACTOR_SELECTED], self->search_entry, self->stack,
                        self->count_label, self->list_view);
  self->records.filter_button = GTK_WIDGET (self->filter_button);

  self->field_keys = g_ptr_array_new_with_free_func (g_free);
  self->kind_keys = g_ptr_array_new_with_free_func (g_free);
  self->language_keys = g_ptr_array_new_with_free_func (g_free);
  self->district_keys = g_ptr_array_new_with_free_func (g_free);

  sectors = gtk_string_list_new (NULL);
  gtk_string_list_append (sectors, C_("filter", "Any"));
  for (int sector = 0; sector <= MIT_SECTOR_LAST; sector++)
    gtk_string_list_append (sectors, mit_text_get_sector_label (sector));
  gtk_drop_down_set_model (self->sector_dropdown, G_LIST_MODEL (sectors));

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->language_dropdown, expression);

  dropdowns[0] = self->field_dropdown;
  dropdowns[1] = self->sector_dropdown;
  dropdowns[2] = self->kind_dropdown;
  dropdowns[3] = self->language_dropdown;
  dropdowns[4] = self->district_dropdown;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    g_signal_connect_object (dropdowns[i], "notify::selected",
                             G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
}

void
mit_actor_list_set_store (MitActorList *self,
                          MitStore     *store)
{
  g_return_if_fail (MIT_IS_ACTOR_LIST (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->records.store == NULL);

  mit_record_list_set_store (&self->records, store);
  fill_filter_choices (self);
}

GListModel *
mit_actor_list_get_model (MitActorList *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR_LIST (self), NULL);

  return G_LIST_MODEL (self->records.model);
}

void
mit_actor_list_focus_search (MitActorList *self)
{
  g_return_if_fail (MIT_IS_ACTOR_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mit_actor_list_select_id (MitActorList *self,
                          gint64        id)
{
  g_return_if_fail (MIT_IS_ACTOR_LIST (self));

  mit_record_list_select_id (&self->records, id);
}

void
mit_actor_list_show_district (MitActorList *self,
                              const char   *district)
{
  g_return_if_fail (MIT_IS_ACTOR_LIST (self));
  g_return_if_fail (district != NULL);

  show_all (GTK_WIDGET (self));
  fill_filter_choices (self);

  for (guint i = 1; i < self->district_keys->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->district_keys, i), district) == 0)
        {
          /* filter_changed_cb applies it */
          gtk_drop_down_set_selected (self->district_dropdown, i);
          return;
        }
    }
}

gint64
mit_actor_list_get_selected_id (MitActorList *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR_LIST (self), 0);

  return self->records.selected_id;
}
