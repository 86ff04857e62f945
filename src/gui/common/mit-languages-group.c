/* mit-languages-group.c: the languages of an actor or a person
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitLanguagesGroup"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-languages.h"
#include "mit-languages-group.h"
#include "mit-text-util.h"

struct _MitLanguagesGroup
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  GtkMenuButton       *add_button;
  GtkPopover          *add_popover;
  GtkSearchEntry      *search_entry;
  GtkListView         *language_view;
  AdwActionRow        *empty_row;

  /* owned */
  char               **languages;
  GPtrArray           *rows;
  GtkCustomFilter     *filter;
  char                *search_folded;
};

G_DEFINE_FINAL_TYPE (MitLanguagesGroup, mit_languages_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_LANGUAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
remove_clicked_cb (GtkButton         *button,
                   MitLanguagesGroup *self)
{
  const char *code = g_object_get_data (G_OBJECT (button), "mit-language");
  g_auto(GStrv) languages = mit_text_strv_remove ((const char * const *)self->languages, code);

  mit_languages_group_set_languages (self, (const char * const *)languages);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static void
rebuild_rows (MitLanguagesGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; self->languages[i] != NULL; i++)
    {
      const char *code = self->languages[i];
      const char *name = mit_languages_get_name (code);
      g_autofree char *remove_label = NULL;
      GtkWidget *row;
      GtkWidget *button;

      if (name == NULL)
        name = code;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

      remove_label = g_strdup_printf (_("Remove %s"), name);
      button = gtk_button_new_from_icon_name ("edit-delete-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                      -1);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "mit-language", g_strdup (code), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->languages[0] == NULL);
}

static gboolean
language_matches_cb (gpointer item,
                     gpointer user_data)
{
  MitLanguagesGroup *self = user_data;
  const char *code = gtk_string_object_get_string (item);
  const char *name;
  g_autofree char *folded = NULL;

  if (self->search_folded == NULL)
    return TRUE;

  if (g_str_has_prefix (code, self->search_folded))
    return TRUE;

  name = mit_languages_get_name (code);
  if (name == NULL)
    return FALSE;
  /* Word starts only: "ara" finds Arabic, not Gujarati. */
  folded = g_utf8_casefold (name, -1);
  for (const char *p = folded; (p = strstr (p, self->search_folded)) != NULL; p++)
    if (p == folded || p[-1] == ' ' || p[-1] == '-' || p[-1] == '(')
      return TRUE;
  return FALSE;
}

static void
search_changed_cb (GtkSearchEntry    *entry,
                   MitLanguagesGroup *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  g_clear_pointer (&self->search_folded, g_free);
  if (*text != '\0')
    self->search_folded = g_utf8_casefold (text, -1);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
choose_language (MitLanguagesGroup *self,
                 const char        *code)
{
  gtk_popover_popdown (self->add_popover);
  mit_languages_group_add_language (self, code);
}

static void
search_activate_cb (GtkSearchEntry    *entry,
                    MitLanguagesGroup *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->language_view));
  g_autoptr(GtkStringObject) first = NULL;

  if (g_list_model_get_n_items (model) == 0)
    return;

  first = g_list_model_get_item (model, 0);
  choose_language (self, gtk_string_object_get_string (first));
}

static void
language_activate_cb (GtkListView       *view,
                      guint              position,
                      MitLanguagesGroup *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  if (item != NULL)
    choose_language (self, gtk_string_object_get_string (item));
}

static void
add_popover_show_cb (GtkPopover        *popover,
                     MitLanguagesGroup *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
setup_language_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_language_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *code = gtk_string_object_get_string (string);
  const char *name = mit_languages_get_name (code);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), name != NULL ? name : code);
}

static void
mit_languages_group_dispose (GObject *object)
{
  MitLanguagesGroup *self = (MitLanguagesGroup *)object;

  /* No gtk_widget_dispose_template(): AdwPreferencesGroup tears down its
   * rows and header itself, and libadwaita 1.2 fails when they are gone. */

  g_clear_object (&self->filter);

  G_OBJECT_CLASS (mit_languages_group_parent_class)->dispose (object);
}

static void
mit_languages_group_finalize (GObject *object)
{
  MitLanguagesGroup *self = (MitLanguagesGroup *)object;

  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->search_folded, g_free);

  G_OBJECT_CLASS (mit_languages_group_parent_class)->finalize (object);
}

static void
mit_languages_group_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MitLanguagesGroup *self = MIT_LANGUAGES_GROUP (object);

  switch (prop_id)
    {
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_languages_group_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MitLanguagesGroup *self = MIT_LANGUAGES_GROUP (object);

  switch (prop_id)
    {
    case PROP_LANGUAGES:
      mit_languages_group_set_languages (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_languages_group_class_init (MitLanguagesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_languages_group_dispose;
  object_class->finalize = mit_languages_group_finalize;
  object_class->get_property = mit_languages_group_get_property;
  object_class->set_property = mit_languages_group_set_property;

  /**
   * MitLanguagesGroup:languages:
   *
   * The chosen language codes.
   */
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/common/mit-languages-group.ui");
  gtk_widget_class_bind_template_child (widget_class, MitLanguagesGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, MitLanguagesGroup, add_popover);
  gtk_widget_class_bind_template_child (widget_class, MitLanguagesGroup, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitLanguagesGroup, language_view);
  gtk_widget_class_bind_template_child (widget_class, MitLanguagesGroup, empty_row);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_popover_show_cb);
}

static void
mit_languages_group_init (MitLanguagesGroup *self)
{
  g_autoptr(GtkStringList) codes = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->languages = g_new0 (char *, 1);
  self->rows = g_ptr_array_new ();

  codes = gtk_string_list_new ((const char * const *)mit_languages_list_codes ());
  self->filter = gtk_custom_filter_new (language_matches_cb, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_steal_pointer (&codes)),
                                        g_object_ref (GTK_FILTER (self->filter)));
  selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_list_view_set_model (self->language_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_language_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_language_cb), NULL);
  gtk_list_view_set_factory (self->language_view, factory);

}

GtkWidget *
mit_languages_group_new (void)
{
  return g_object_new (MIT_TYPE_LANGUAGES_GROUP, NULL);
}

const char * const *
mit_languages_group_get_languages (MitLanguagesGroup *self)
{
  g_return_val_if_fail (MIT_IS_LANGUAGES_GROUP (self), NULL);

  return (const char * const *)self->languages;
}

void
mit_languages_group_set_languages (MitLanguagesGroup  *self,
                                   const char * const *languages)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (MIT_IS_LANGUAGES_GROUP (self));

  if (languages == NULL)
    languages = empty;

  if (g_strv_equal ((const char * const *)self->languages, languages))
    return;

  g_strfreev (self->languages);
  self->languages = g_strdupv ((char **)languages);
  rebuild_rows (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

gboolean
mit_languages_group_add_language (MitLanguagesGroup *self,
                                  const char        *code)
{
  g_auto(GStrv) languages = NULL;

  g_return_val_if_fail (MIT_IS_LANGUAGES_GROUP (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (g_strv_contains ((const char * const *)self->languages, code))
    return FALSE;

  languages = mit_text_strv_add ((const char * const *)self->languages, code);
  mit_languages_group_set_languages (self, (const char * const *)languages);
  return TRUE;
}
