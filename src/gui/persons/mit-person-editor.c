/* mit-person-editor.c: the detail page of a contact person
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

#define G_LOG_DOMAIN "MitPersonEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-affiliations-group.h"
#include "mit-debounce.h"
#include "mit-gui-util.h"
#include "mit-languages-group.h"
#include "mit-person-editor.h"
#include "mit-store.h"
#include "mit-text-util.h"
#include "mit-validate.h"

#define SAVE_DELAY_MS 400

struct _MitPersonEditor
{
  AdwBin                parent_instance;

  /* template widgets */
  AdwEntryRow          *name_row;
  AdwEntryRow          *salutation_row;
  GtkSwitch            *volunteer_switch;
  GtkLabel             *save_error_label;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *email_row;
  GtkLabel             *contact_error_label;
  MitLanguagesGroup    *languages_group;
  AdwComboRow          *consent_row;
  AdwEntryRow          *consent_date_row;
  GtkLabel             *consent_error_label;
  MitAffiliationsGroup *affiliations_group;

  /* owned */
  MitStore             *store;
  MitPerson            *person;
  MitDebounce          *save;
  guint                 loading : 1;
};

G_DEFINE_FINAL_TYPE (MitPersonEditor, mit_person_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_error_label (GtkLabel   *label,
                 const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* Whether the text of @row, which edits @field, may be stored. */
static gboolean
text_row_is_valid (GtkEditable   *row,
                   MitPersonText  field)
{
  const char *text = gtk_editable_get_text (row);

  switch (field)
    {
    case MIT_PERSON_NAME:
      {
        g_autofree char *name = mit_gui_dup_stripped (row);

        return *name != '\0';
      }
    case MIT_PERSON_PHONE:
      return mit_validate_phone (text);
    case MIT_PERSON_EMAIL:
      return mit_validate_email (text);
    case MIT_PERSON_CONSENT_DATE:
      return mit_validate_date (text);
    default:
      return TRUE;
    }
}

/* Marks the invalid rows and fills the error labels. An invalid text stays
 * in its row for the user to correct, but is not stored, and it does not
 * hold back the other edits (see save_cb()). */
static void
validate (MitPersonEditor *self)
{
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));
  g_autoptr(GString) contact = g_string_new (NULL);
  const char *phone_error = NULL;
  const char *email_error = NULL;
  const char *date_error = NULL;
  const char *name_error = NULL;

  if (!text_row_is_valid (GTK_EDITABLE (self->phone_row), MIT_PERSON_PHONE))
    phone_error = _("A phone number has digits, spaces and + ( ) / - only, for example +49 821 324-0.");
  if (!text_row_is_valid (GTK_EDITABLE (self->email_row), MIT_PERSON_EMAIL))
    email_error = _("This is not an e-mail address, for example info@example.de.");
  if (!text_row_is_valid (GTK_EDITABLE (self->consent_date_row), MIT_PERSON_CONSENT_DATE))
    date_error = _("Write the date as year-month-day, for example 2025-03-31.");
  if (*name == '\0' && self->person != NULL)
    name_error = _("A contact person needs a name. Until they have one, the previous name is kept.");

  mit_gui_set_row_error (GTK_WIDGET (self->name_row), name_error);
  mit_gui_set_row_error (GTK_WIDGET (self->phone_row), phone_error);
  mit_gui_set_row_error (GTK_WIDGET (self->email_row), email_error);
  mit_gui_set_row_error (GTK_WIDGET (self->consent_date_row), date_error);

  if (phone_error != NULL)
    g_string_append (contact, phone_error);
  if (email_error != NULL)
    g_string_append_printf (contact, "%s%s", contact->len > 0 ? "\n" : "", email_error);

  set_error_label (self->save_error_label, name_error);
  set_error_label (self->contact_error_label, contact->len > 0 ? contact->str : NULL);
  set_error_label (self->consent_error_label, date_error);
}

static void
save_cb (gpointer data)
{
  MitPersonEditor *self = data;
  g_autoptr(MitPerson) stored = NULL;
  g_autoptr(GError) error = NULL;
  struct { AdwEntryRow *row; MitPersonText field; } rows[] = {
    { self->name_row, MIT_PERSON_NAME },
    { self->phone_row, MIT_PERSON_PHONE },
    { self->email_row, MIT_PERSON_EMAIL },
    { self->consent_date_row, MIT_PERSON_CONSENT_DATE },
  };

  if (self->person == NULL || self->store == NULL)
    return;

  /* A row with an invalid text (still being typed, or wrong) keeps the
   * stored value; the other edits are stored all the same. The row goes
   * on showing what was typed. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (text_row_is_valid (GTK_EDITABLE (rows[i].row), rows[i].field))
        continue;

      if (stored == NULL)
        stored = mit_store_load_person (self->store, mit_person_get_id (self->person), &error);
      if (stored == NULL)
        break;
      mit_person_set_text (self->person, rows[i].field, mit_person_get_text (stored, rows[i].field));
      if (rows[i].field == MIT_PERSON_NAME)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }

  if (error != NULL || !mit_store_save_person (self->store, self->person, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The changes could not be saved: %s"), error->message);

      g_warning ("Cannot save person %" G_GINT64_FORMAT ": %s",
                 mit_person_get_id (self->person), error->message);
      set_error_label (self->save_error_label, message);
    }
}

static void
changed (MitPersonEditor *self)
{
  if (self->loading || self->person == NULL)
    return;

  validate (self);
  mit_debounce_queue (self->save);
}

static void
text_row_changed_cb (GtkEditable     *row,
                     MitPersonEditor *self)
{
  MitPersonText field;
  g_autofree char *text = NULL;

  if (self->loading || self->person == NULL)
    return;

  field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mit-field"));
  text = mit_gui_dup_stripped (row);
  mit_person_set_text (self->person, field, text);

  if (field == MIT_PERSON_NAME)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);

  /* Nothing to store yet; save_cb() keeps the stored value for it. */
  if (!text_row_is_valid (row, field))
    {
      validate (self);
      return;
    }

  changed (self);
}

static void
volunteer_changed_cb (MitPersonEditor *self)
{
  if (self->loading || self->person == NULL)
    return;

  mit_person_set_volunteer (self->person, gtk_switch_get_active (self->volunteer_switch));
  changed (self);
}

static void
consent_changed_cb (MitPersonEditor *self)
{
  guint consent = adw_combo_row_get_selected (self->consent_row);
  g_autofree char *today = NULL;

  if (self->loading || self->person == NULL || consent > MIT_CONSENT_LAST)
    return;

  mit_person_set_consent (self->person, consent);

  /* A new answer is given today; the date stays editable for answers
   * given on paper earlier. Setting the row's text saves it. */
  today = mit_text_dup_today ();
  gtk_editable_set_text (GTK_EDITABLE (self->consent_date_row), today);

  changed (self);
}

static void
languages_changed_cb (MitPersonEditor *self)
{
  if (self->loading || self->person == NULL)
    return;

  mit_person_set_languages (self->person, mit_languages_group_get_languages (self->languages_group));
  changed (self);
}

static void
fill_widgets (MitPersonEditor *self)
{
  MitPerson *person = self->person;

  self->loading = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), person ? mit_person_get_name (person) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->salutation_row),
                         person ? mit_person_get_text (person, MIT_PERSON_SALUTATION) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row),
                         person ? mit_person_get_text (person, MIT_PERSON_PHONE) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->email_row),
                         person ? mit_person_get_text (person, MIT_PERSON_EMAIL) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->consent_date_row),
                         person ? mit_person_get_text (person, MIT_PERSON_CONSENT_DATE) : "");
  gtk_switch_set_active (self->volunteer_switch, person ? mit_person_get_volunteer (person) : FALSE);
  adw_combo_row_set_selected (self->consent_row, person ? mit_person_get_consent (person) : MIT_CONSENT_NONE);
  mit_languages_group_set_languages (self->languages_group,
                                     person ? mit_person_get_languages (person) : NULL);

  if (self->store != NULL)
    mit_affiliations_group_set_record (self->affiliations_group, self->store, MIT_RECORD_PERSON,
                                       person ? mit_person_get_id (person) : 0);

  self->loading = FALSE;

  validate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
mit_person_editor_dispose (GObject *object)
{
  MitPersonEditor *self = (MitPersonEditor *)object;

  g_clear_pointer (&self->save, mit_debounce_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_PERSON_EDITOR);

  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_person_editor_parent_class)->dispose (object);
}

static void
mit_person_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MitPersonEditor *self = MIT_PERSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mit_person_editor_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_person_editor_class_init (MitPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_person_editor_dispose;
  object_class->get_property = mit_person_editor_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIT_TYPE_LANGUAGES_GROUP);
  g_type_ensure (MIT_TYPE_AFFILIATIONS_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/persons/mit-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, salutation_row);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, volunteer_switch);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, contact_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, languages_group);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, consent_row);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, consent_date_row);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, consent_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitPersonEditor, affiliations_group);
}

static void
connect_text_row (MitPersonEditor *self,
                  AdwEntryRow     *row,
                  MitPersonText    field)
{
  g_object_set_data (G_OBJECT (row), "mit-field", GUINT_TO_POINTER (field));
  g_signal_connect_object (row, "changed", G_CALLBACK (text_row_changed_cb), self, 0);
}

static void
mit_person_editor_init (MitPersonEditor *self)
{
  g_autoptr(GtkStringList) consents = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->save = mit_debounce_new (SAVE_DELAY_MS, save_cb, self);

  for (int consent = 0; consent <= MIT_CONSENT_LAST; consent++)
    gtk_string_list_append (consents, mit_text_get_consent_label (consent));
  adw_combo_row_set_model (self->consent_row, G_LIST_MODEL (consents));

  connect_text_row (self, self->name_row, MIT_PERSON_NAME);
  connect_text_row (self, self->salutation_row, MIT_PERSON_SALUTATION);
  connect_text_row (self, self->phone_row, MIT_PERSON_PHONE);
  connect_text_row (self, self->email_row, MIT_PERSON_EMAIL);
  connect_text_row (self, self->consent_date_row, MIT_PERSON_CONSENT_DATE);

  g_signal_connect_object (self->volunteer_switch, "notify::active",
                           G_CALLBACK (volunteer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->consent_row, "notify::selected",
                           G_CALLBACK (consent_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->languages_group, "notify::languages",
                           G_CALLBACK (languages_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Someone else (an import, the command line) changed the person shown:
 * show their version, unless an edit of ours is still to be stored. */
static void
store_changed_cb (MitStore        *store,
                  guint            kinds,
                  MitPersonEditor *self)
{
  if ((kinds & MIT_RECORD_PERSON) && self->person != NULL && !mit_debounce_is_queued (self->save))
    {
      g_autoptr(MitPerson) stored = mit_store_load_person (store, mit_person_get_id (self->person), NULL);

      if (stored != NULL
          && g_strcmp0 (mit_person_get_modified (stored), mit_person_get_modified (self->person)) != 0)
        {
          g_set_object (&self->person, stored);
          fill_widgets (self);
        }
    }
}

void
mit_person_editor_set_store (MitPersonEditor *self,
                             MitStore        *store)
{
  g_return_if_fail (MIT_IS_PERSON_EDITOR (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
}

gboolean
mit_person_editor_load (MitPersonEditor *self,
                        gint64           id)
{
  g_autoptr(MitPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MIT_IS_PERSON_EDITOR (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  mit_debounce_flush (self->save);

  if (id > 0)
    {
      person = mit_store_load_person (self->store, id, &error);
      if (person == NULL)
        g_debug ("Cannot load person %" G_GINT64_FORMAT ": %s", id, error->message);
    }

  g_set_object (&self->person, person);
  fill_widgets (self);

  if (self->person != NULL)
    {
      GtkWidget *scrolled = gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (self)));

      if (GTK_IS_SCROLLED_WINDOW (scrolled))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
    }

  return self->person != NULL || id == 0;
}

gint64
mit_person_editor_get_person_id (MitPersonEditor *self)
{
  g_return_val_if_fail (MIT_IS_PERSON_EDITOR (self), 0);

  return self->person != NULL ? mit_person_get_id (self->person) : 0;
}

const char *
mit_person_editor_get_title (MitPersonEditor *self)
{
  g_return_val_if_fail (MIT_IS_PERSON_EDITOR (self), NULL);

  return self->person != NULL ? mit_person_get_name (self->person) : "";
}

void
mit_person_editor_flush (MitPersonEditor *self)
{
  g_return_if_fail (MIT_IS_PERSON_EDITOR (self));

  mit_debounce_flush (self->save);
}

void
mit_person_editor_focus_name (MitPersonEditor *self)
{
  g_return_if_fail (MIT_IS_PERSON_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
