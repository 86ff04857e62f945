/* mit-actor-editor.c: the detail page of an actor
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

#define G_LOG_DOMAIN "MitActorEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-actor-editor.h"
#include "portal/mit-origin-banner.h"
#include "mit-affiliations-group.h"
#include "target-groups/mit-channels-group.h"
#include "mit-debounce.h"
#include "mit-gui-util.h"
#include "mit-languages-group.h"
#include "mit-store.h"
#include "mit-text-util.h"
#include "mit-validate.h"
#include "mit-vocab-row.h"

#define SAVE_DELAY_MS 400

struct _MitActorEditor
{
  AdwBin                parent_instance;

  MitOriginBanner      *origin_banner;

  /* template widgets */
  AdwEntryRow          *name_row;
  MitVocabRow          *kind_row;
  AdwComboRow          *sector_row;
  GtkLabel             *save_error_label;
  AdwEntryRow          *street_row;
  AdwEntryRow          *postcode_row;
  AdwEntryRow          *town_row;
  AdwEntryRow          *district_row;
  GtkPopover           *district_popover;
  GtkLabel             *address_error_label;
  GtkListBox           *district_list;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *email_row;
  AdwEntryRow          *website_row;
  AdwEntryRow          *opening_hours_row;
  GtkLabel             *contact_error_label;
  GtkFlowBox           *fields_box;
  GtkPopover           *add_field_popover;
  GtkEntry             *add_field_entry;
  MitLanguagesGroup    *languages_group;
  GtkTextView          *description_view;
  AdwEntryRow          *tags_row;
  AdwEntryRow          *last_verified_row;
  GtkLabel             *more_error_label;
  MitAffiliationsGroup *affiliations_group;
  MitChannelsGroup     *channels_group;

  /* owned */
  MitStore             *store;
  MitActor             *actor;
  MitDebounce          *save;
  guint                 loading : 1;
};

G_DEFINE_FINAL_TYPE (MitActorEditor, mit_actor_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef gboolean (*ValidateFunc) (const char *text);

/* The text rows: which field each edits and how it is checked. */
typedef struct
{
  gsize         offset;
  MitActorText  field;
  ValidateFunc  validate;
  const char   *message;
} TextRow;

static const TextRow text_rows[] = {
  { G_STRUCT_OFFSET (MitActorEditor, name_row), MIT_ACTOR_NAME, NULL, NULL },
  { G_STRUCT_OFFSET (MitActorEditor, street_row), MIT_ACTOR_STREET, NULL, NULL },
  { G_STRUCT_OFFSET (MitActorEditor, postcode_row), MIT_ACTOR_POSTCODE, mit_validate_postcode,
    N_("A postcode has five digits, for example 86150.") },
  { G_STRUCT_OFFSET (MitActorEditor, town_row), MIT_ACTOR_TOWN, NULL, NULL },
  { G_STRUCT_OFFSET (MitActorEditor, district_row), MIT_ACTOR_DISTRICT, NULL, NULL },
  { G_STRUCT_OFFSET (MitActorEditor, phone_row), MIT_ACTOR_PHONE, mit_validate_phone,
    N_("A phone number has digits, spaces and + ( ) / - only, for example +49 821 324-0.") },
  { G_STRUCT_OFFSET (MitActorEditor, email_row), MIT_ACTOR_EMAIL, mit_validate_email,
    N_("This is not an e-mail address, for example info@example.de.") },
  { G_STRUCT_OFFSET (MitActorEditor, website_row), MIT_ACTOR_WEBSITE, mit_validate_url,
    N_("This is not a web address, for example https://www.example.de.") },
  { G_STRUCT_OFFSET (MitActorEditor, opening_hours_row), MIT_ACTOR_OPENING_HOURS, NULL, NULL },
  { G_STRUCT_OFFSET (MitActorEditor, last_verified_row), MIT_ACTOR_LAST_VERIFIED, mit_validate_date,
    N_("Write the date as year-month-day, for example 2025-03-31.") },
};

#define ROW_AT(self, i) (*(GtkWidget **)G_STRUCT_MEMBER_P ((self), text_rows[i].offset))

/* Whether the text of row @i may be stored. */
static gboolean
text_row_is_valid (MitActorEditor *self,
                   guint           i)
{
  GtkEditable *row = GTK_EDITABLE (ROW_AT (self, i));

  if (text_rows[i].field == MIT_ACTOR_NAME)
    {
      g_autofree char *name = mit_gui_dup_stripped (row);

      return *name != '\0';
    }

  return text_rows[i].validate == NULL || text_rows[i].validate (gtk_editable_get_text (row));
}

/* Checks every row, marks the invalid ones and fills the error labels.
 * An invalid text stays in its row for the user to correct, but is not
 * stored, and it does not hold back the other edits (see save_cb()). */
static void
validate (MitActorEditor *self)
{
  g_autoptr(GString) address_errors = g_string_new (NULL);
  g_autoptr(GString) contact_errors = g_string_new (NULL);
  g_autoptr(GString) more_errors = g_string_new (NULL);
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    {
      GtkWidget *row = ROW_AT (self, i);
      const char *message = NULL;

      if (text_rows[i].field != MIT_ACTOR_NAME && !text_row_is_valid (self, i))
        {
          GString *errors;

          if (text_rows[i].field == MIT_ACTOR_POSTCODE)
            errors = address_errors;
          else if (text_rows[i].field == MIT_ACTOR_LAST_VERIFIED)
            errors = more_errors;
          else
            errors = contact_errors;

          message = _(text_rows[i].message);
          if (errors->len > 0)
            g_string_append_c (errors, '\n');
          g_string_append (errors, message);
        }
      mit_gui_set_row_error (row, message);
    }

  if (*name == '\0' && self->actor != NULL)
    {
      mit_gui_set_row_error (GTK_WIDGET (self->name_row), _("An actor needs a name."));
      gtk_label_set_text (self->save_error_label,
                          _("An actor needs a name. Until it has one, the previous name is kept."));
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);
    }

  gtk_label_set_text (self->address_error_label, address_errors->str);
  gtk_widget_set_visible (GTK_WIDGET (self->address_error_label), address_errors->len > 0);
  gtk_label_set_text (self->contact_error_label, contact_errors->str);
  gtk_widget_set_visible (GTK_WIDGET (self->contact_error_label), contact_errors->len > 0);
  gtk_label_set_text (self->more_error_label, more_errors->str);
  gtk_widget_set_visible (GTK_WIDGET (self->more_error_label), more_errors->len > 0);
}

static void
save_cb (gpointer data)
{
  MitActorEditor *self = data;
  g_autoptr(MitActor) stored = NULL;
  g_autoptr(GError) error = NULL;

  if (self->actor == NULL || self->store == NULL)
    return;

  /* A row with an invalid text (still being typed, or wrong) keeps the
   * stored value; the other edits are stored all the same. The row goes
   * on showing what was typed. */
  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    {
      if (text_row_is_valid (self, i))
        continue;

      if (stored == NULL)
        stored = mit_store_load_actor (self->store, mit_actor_get_id (self->actor), &error);
      if (stored == NULL)
        break;
      mit_actor_set_text (self->actor, text_rows[i].field,
                          mit_actor_get_text (stored, text_rows[i].field));
      if (text_rows[i].field == MIT_ACTOR_NAME)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }

  if (error != NULL || !mit_store_save_actor (self->store, self->actor, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The changes could not be saved: %s"), error->message);

      g_warning ("Cannot save actor %" G_GINT64_FORMAT ": %s",
                 mit_actor_get_id (self->actor), error->message);
      gtk_label_set_text (self->save_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
    }
}

static void
changed (MitActorEditor *self)
{
  if (self->loading || self->actor == NULL)
    return;

  validate (self);
  mit_debounce_queue (self->save);
}

static void
text_row_changed_cb (GtkEditable    *row,
                     MitActorEditor *self)
{
  g_autofree char *text = NULL;
  guint i;

  if (self->loading || self->actor == NULL)
    return;

  i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mit-row-index"));
  text = mit_gui_dup_stripped (row);
  mit_actor_set_text (self->actor, text_rows[i].field, text);

  if (text_rows[i].field == MIT_ACTOR_NAME)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);

  /* Nothing to store yet; save_cb() keeps the stored value for it. */
  if (!text_row_is_valid (self, i))
    {
      validate (self);
      return;
    }

  changed (self);
}

static void
tags_changed_cb (GtkEditable    *row,
                 MitActorEditor *self)
{
  g_auto(GStrv) tags = NULL;

  if (self->loading || self->actor == NULL)
    return;

  tags = mit_text_parse_tags (gtk_editable_get_text (row));
  mit_actor_set_tags (self->actor, (const char * const *)tags);
  changed (self);
}

static void
description_changed_cb (GtkTextBuffer  *buffer,
                        MitActorEditor *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading || self->actor == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  mit_actor_set_text (self->actor, MIT_ACTOR_DESCRIPTION, g_strstrip (text));
  changed (self);
}

static void
kind_changed_cb (MitActorEditor *self)
{
  if (self->loading || self->actor == NULL)
    return;

  mit_actor_set_kind (self->actor, mit_vocab_row_get_key (self->kind_row));
  changed (self);
}

static void
sector_changed_cb (MitActorEditor *self)
{
  guint sector = adw_combo_row_get_selected (self->sector_row);

  if (self->loading || self->actor == NULL || sector > MIT_SECTOR_LAST)
    return;

  mit_actor_set_sector (self->actor, sector);
  changed (self);
}

static void
languages_changed_cb (MitActorEditor *self)
{
  if (self->loading || self->actor == NULL)
    return;

  mit_actor_set_languages (self->actor, mit_languages_group_get_languages (self->languages_group));
  changed (self);
}

/* Fields of action */

static void
field_toggled_cb (GtkCheckButton *check,
                  MitActorEditor *self)
{
  const char *key = g_object_get_data (G_OBJECT (check), "mit-field");
  g_auto(GStrv) fields = NULL;

  if (self->loading || self->actor == NULL)
    return;

  if (gtk_check_button_get_active (check))
    fields = mit_text_strv_add (mit_actor_get_fields (self->actor), key);
  else
    fields = mit_text_strv_remove (mit_actor_get_fields (self->actor), key);

  mit_actor_set_fields (self->actor, (const char * const *)fields);
  changed (self);
}

static GtkWidget *
add_field_check (MitActorEditor *self,
                 const char     *key,
                 const char     *label)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  g_object_set_data_full (G_OBJECT (check), "mit-field", g_strdup (key), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (field_toggled_cb), self, 0);
  gtk_flow_box_append (self->fields_box, check);

  return check;
}

static void
rebuild_fields (MitActorEditor *self)
{
  const char * const *chosen = self->actor != NULL ? mit_actor_get_fields (self->actor) : NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  gboolean was_loading = self->loading;

  self->loading = TRUE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields_box))) != NULL)
    gtk_flow_box_remove (self->fields_box, child);

  if (self->store != NULL)
    {
      terms = mit_store_list_vocabulary (self->store, "field", &error);
      if (terms == NULL)
        g_warning ("Cannot list the fields of action: %s", error->message);
    }

  for (guint i = 0; terms != NULL && i < terms->len; i++)
    {
      MitVocabTerm *term = g_ptr_array_index (terms, i);
      GtkWidget *check = add_field_check (self, term->key, term->builtin ? _(term->label) : term->label);

      g_hash_table_add (shown, term->key);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   chosen != NULL && g_strv_contains (chosen, term->key));
    }

  /* A field that is not (or no longer) in the vocabulary stays visible. */
  for (guint i = 0; chosen != NULL && chosen[i] != NULL; i++)
    if (!g_hash_table_contains (shown, chosen[i]))
      gtk_check_button_set_active (GTK_CHECK_BUTTON (add_field_check (self, chosen[i], chosen[i])), TRUE);

  self->loading = was_loading;
}

static void
add_field (MitActorEditor *self)
{
  g_autofree char *label = mit_gui_dup_stripped (GTK_EDITABLE (self->add_field_entry));
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) fields = NULL;

  if (*label == '\0' || self->store == NULL)
    return;

  key = mit_store_add_vocabulary_term (self->store, "field", label, &error);
  if (key == NULL)
    {
      g_warning ("Cannot add the field of action “%s”: %s", label, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->add_field_entry), "");
  gtk_popover_popdown (self->add_field_popover);

  if (self->actor != NULL)
    {
      fields = mit_text_strv_add (mit_actor_get_fields (self->actor), key);
      mit_actor_set_fields (self->actor, (const char * const *)fields);
      changed (self);
    }
  rebuild_fields (self);
}

static void
add_field_activate_cb (GtkEntry       *entry,
                       MitActorEditor *self)
{
  add_field (self);
}

static void
add_field_clicked_cb (GtkButton      *button,
                      MitActorEditor *self)
{
  add_field (self);
}

/* Districts */

static void
district_popover_show_cb (GtkPopover     *popover,
                          MitActorEditor *self)
{
  g_auto(GStrv) districts = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->district_list))) != NULL)
    gtk_list_box_remove (self->district_list, child);

  if (self->store != NULL)
    districts = mit_store_list_districts (self->store);

  for (guint i = 0; districts != NULL && districts[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (districts[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (self->district_list, label);
    }

  if (districts == NULL || districts[0] == NULL)
    {
      GtkWidget *label = gtk_label_new (_("No districts yet"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (self->district_list, label);
    }
}

static void
district_activated_cb (GtkListBox     *list,
                       GtkListBoxRow  *row,
                       MitActorEditor *self)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);

  gtk_popover_popdown (self->district_popover);
  if (gtk_widget_has_css_class (label, "dim-label"))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->district_row), gtk_label_get_text (GTK_LABEL (label)));
  gtk_widget_grab_focus (GTK_WIDGET (self->district_row));
}

static void
mark_verified_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitActorEditor *self = MIT_ACTOR_EDITOR (widget);
  g_autofree char *today = mit_text_dup_today ();

  gtk_editable_set_text (GTK_EDITABLE (self->last_verified_row), today);
}

static void fill_widgets (MitActorEditor *self);

static void
store_changed_cb (MitStore       *store,
                  guint           kinds,
                  MitActorEditor *self)
{
  if (kinds & MIT_RECORD_VOCABULARY)
    rebuild_fields (self);

  /* Someone else (an import, the command line) changed the actor shown:
   * show their version, unless an edit of ours is still to be stored. */
  if ((kinds & MIT_RECORD_ACTOR) && self->actor != NULL && !mit_debounce_is_queued (self->save))
    {
      g_autoptr(MitActor) stored = mit_store_load_actor (store, mit_actor_get_id (self->actor), NULL);

      if (stored != NULL
          && g_strcmp0 (mit_actor_get_modified (stored), mit_actor_get_modified (self->actor)) != 0)
        {
          g_set_object (&self->actor, stored);
          fill_widgets (self);
        }
    }
}

/* Loading */

static void
fill_widgets (MitActorEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *tags = NULL;

  self->loading = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (ROW_AT (self, i)),
                           self->actor ? mit_actor_get_text (self->actor, text_rows[i].field) : "");

  mit_vocab_row_set_key (self->kind_row, self->actor ? mit_actor_get_kind (self->actor) : "");
  adw_combo_row_set_selected (self->sector_row, self->actor ? mit_actor_get_sector (self->actor) : 0);
  mit_languages_group_set_languages (self->languages_group,
                                     self->actor ? mit_actor_get_languages (self->actor) : NULL);
  gtk_text_buffer_set_text (buffer,
                            self->actor ? mit_actor_get_text (self->actor, MIT_ACTOR_DESCRIPTION) : "",
                            -1);
  tags = mit_text_join_tags (self->actor ? mit_actor_get_tags (self->actor) : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);

  rebuild_fields (self);

  if (self->store != NULL)
    {
      mit_affiliations_group_set_record (self->affiliations_group, self->store, MIT_RECORD_ACTOR,
                                         self->actor ? mit_actor_get_id (self->actor) : 0);
      mit_channels_group_set_record (self->channels_group, self->store, MIT_RECORD_ACTOR,
                                     self->actor ? mit_actor_get_id (self->actor) : 0);
    }

  self->loading = FALSE;

  validate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
mit_actor_editor_dispose (GObject *object)
{
  MitActorEditor *self = (MitActorEditor *)object;

  /* Whatever was typed last is kept. */
  g_clear_pointer (&self->save, mit_debounce_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_ACTOR_EDITOR);

  g_clear_object (&self->actor);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_actor_editor_parent_class)->dispose (object);
}

static void
mit_actor_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MitActorEditor *self = MIT_ACTOR_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mit_actor_editor_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_actor_editor_class_init (MitActorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_actor_editor_dispose;
  object_class->get_property = mit_actor_editor_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIT_TYPE_VOCAB_ROW);
  g_type_ensure (MIT_TYPE_LANGUAGES_GROUP);
  g_type_ensure (MIT_TYPE_AFFILIATIONS_GROUP);
  g_type_ensure (MIT_TYPE_CHANNELS_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/actors/mit-actor-editor.ui");
  g_type_ensure (MIT_TYPE_ORIGIN_BANNER);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, origin_banner);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, sector_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, street_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, town_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, district_popover);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, address_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, district_list);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, website_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, opening_hours_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, contact_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, fields_box);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, add_field_popover);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, add_field_entry);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, languages_group);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, last_verified_row);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, more_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, affiliations_group);
  gtk_widget_class_bind_template_child (widget_class, MitActorEditor, channels_group);
  gtk_widget_class_bind_template_callback (widget_class, district_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, district_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_field_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_field_clicked_cb);

  gtk_widget_class_install_action (widget_class, "actor-editor.mark-verified", NULL, mark_verified_action);
}

static void
mit_actor_editor_init (MitActorEditor *self)
{
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->save = mit_debounce_new (SAVE_DELAY_MS, save_cb, self);

  for (int sector = 0; sector <= MIT_SECTOR_LAST; sector++)
    gtk_string_list_append (sectors, mit_text_get_sector_label (sector));
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (sectors));

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    {
      GtkWidget *row = ROW_AT (self, i);

      g_object_set_data (G_OBJECT (row), "mit-row-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (row, "changed", G_CALLBACK (text_row_changed_cb), self, 0);
    }

  g_signal_connect_object (self->tags_row, "changed", G_CALLBACK (tags_changed_cb), self, 0);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (description_changed_cb), self, 0);
  g_signal_connect_object (self->kind_row, "notify::key",
                           G_CALLBACK (kind_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sector_row, "notify::selected",
                           G_CALLBACK (sector_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->languages_group, "notify::languages",
                           G_CALLBACK (languages_changed_cb), self, G_CONNECT_SWAPPED);
}

void
mit_actor_editor_set_store (MitActorEditor *self,
                            MitStore       *store)
{
  g_return_if_fail (MIT_IS_ACTOR_EDITOR (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  mit_vocab_row_set_store (self->kind_row, store, "actor-kind");
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  rebuild_fields (self);
}

gboolean
mit_actor_editor_load (MitActorEditor *self,
                       gint64          id)
{
  g_autoptr(MitActor) actor = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MIT_IS_ACTOR_EDITOR (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  mit_debounce_flush (self->save);

  if (id > 0)
    {
      actor = mit_store_load_actor (self->store, id, &error);
      if (actor == NULL)
        g_debug ("Cannot load actor %" G_GINT64_FORMAT ": %s", id, error->message);
    }

  g_set_object (&self->actor, actor);
  fill_widgets (self);
  mit_origin_banner_set_record (self->origin_banner, self->store, "actor",
                                self->actor != NULL ? mit_actor_get_id (self->actor) : 0);

  if (self->actor != NULL)
    {
      /* Start at the top for every actor. */
      GtkWidget *scrolled = gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (self)));

      if (GTK_IS_SCROLLED_WINDOW (scrolled))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
    }

  return self->actor != NULL || id == 0;
}

gint64
mit_actor_editor_get_actor_id (MitActorEditor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR_EDITOR (self), 0);

  return self->actor != NULL ? mit_actor_get_id (self->actor) : 0;
}

const char *
mit_actor_editor_get_title (MitActorEditor *self)
{
  g_return_val_if_fail (MIT_IS_ACTOR_EDITOR (self), NULL);

  if (self->actor == NULL)
    return "";
  return mit_actor_get_name (self->actor);
}

void
mit_actor_editor_flush (MitActorEditor *self)
{
  g_return_if_fail (MIT_IS_ACTOR_EDITOR (self));

  mit_debounce_flush (self->save);
}

void
mit_actor_editor_focus_name (MitActorEditor *self)
{
  g_return_if_fail (MIT_IS_ACTOR_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
