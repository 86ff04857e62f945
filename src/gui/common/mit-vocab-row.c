/* mit-vocab-row.c: a combo row over one vocabulary of the store
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitVocabRow"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-gui-util.h"
#include "mit-store.h"
#include "mit-vocab-row.h"

struct _MitVocabRow
{
  AdwComboRow   parent_instance;

  /* owned */
  MitStore     *store;
  char         *vocabulary;
  char         *key;
  char         *add_label;
  char         *add_heading;
  GtkStringList *labels;
  /* the key of each item; the last item ("Add …") has NULL */
  GPtrArray    *keys;
  guint         updating : 1;
};

G_DEFINE_FINAL_TYPE (MitVocabRow, mit_vocab_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_KEY,
  PROP_ADD_LABEL,
  PROP_ADD_HEADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
find_key (MitVocabRow *self,
          const char  *key)
{
  for (guint i = 0; i < self->keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->keys, i), key) == 0)
      return i;
  return G_MAXUINT;
}

static void
select_current_key (MitVocabRow *self)
{
  guint position = find_key (self, self->key);

  self->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), position == G_MAXUINT ? 0 : position);
  self->updating = FALSE;
}

static void
reload (MitVocabRow *self)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint old_n;

  g_ptr_array_set_size (self->keys, 0);

  g_ptr_array_add (self->keys, g_strdup (""));
  g_strv_builder_add (labels, C_("vocabulary term", "Not set"));

  if (self->store != NULL && self->vocabulary != NULL)
    {
      terms = mit_store_list_vocabulary (self->store, self->vocabulary, &error);
      if (terms == NULL)
        g_warning ("Cannot list the vocabulary %s: %s", self->vocabulary, error->message);
    }

  for (guint i = 0; terms != NULL && i < terms->len; i++)
    {
      MitVocabTerm *term = g_ptr_array_index (terms, i);

      g_ptr_array_add (self->keys, g_strdup (term->key));
      g_strv_builder_add (labels, term->builtin ? _(term->label) : term->label);
    }

  /* A key from an import that is not (or no longer) in the vocabulary */
  if (self->key != NULL && self->key[0] != '\0' && find_key (self, self->key) == G_MAXUINT)
    {
      g_ptr_array_add (self->keys, g_strdup (self->key));
      g_strv_builder_add (labels, self->key);
    }

  g_ptr_array_add (self->keys, NULL);
  g_strv_builder_add (labels, self->add_label != NULL ? self->add_label : _("Add Term…"));

  strv = g_strv_builder_end (labels);
  self->updating = TRUE;
  old_n = g_list_model_get_n_items (G_LIST_MODEL (self->labels));
  gtk_string_list_splice (self->labels, 0, old_n, (const char * const *)strv);
  self->updating = FALSE;

  select_current_key (self);
}

/* Returns whether the key changed; the caller notifies. */
static gboolean
store_key (MitVocabRow *self,
           const char  *key)
{
  if (key == NULL)
    key = "";
  if (g_strcmp0 (self->key, key) == 0)
    return FALSE;

  g_free (self->key);
  self->key = g_strdup (key);
  return TRUE;
}

static void
add_term_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      MitVocabRow      *self)
{
  g_autofree char *label = mit_gui_entry_dialog_dup_text (dialog);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0 || *label == '\0' || self->store == NULL)
    {
      select_current_key (self);
      return;
    }

  key = mit_store_add_vocabulary_term (self->store, self->vocabulary, label, &error);
  if (key == NULL)
    {
      g_warning ("Cannot add “%s” to %s: %s", label, self->vocabulary, error->message);
      select_current_key (self);
      return;
    }

  g_free (self->key);
  self->key = g_strdup (key);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

static void
ask_for_term (MitVocabRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = mit_gui_entry_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->add_heading != NULL ? self->add_heading : _("Add Term"),
                                     _("Name"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_term_response_cb), self, 0);
  mit_gui_entry_dialog_present (dialog);
}

static void
selected_changed_cb (MitVocabRow *self)
{
  guint position;

  if (self->updating)
    return;

  position = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  if (position >= self->keys->len)
    return;

  if (g_ptr_array_index (self->keys, position) == NULL)
    ask_for_term (self);
  else if (store_key (self, g_ptr_array_index (self->keys, position)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

static void
store_changed_cb (MitStore    *store,
                  guint        kinds,
                  MitVocabRow *self)
{
  if (kinds & MIT_RECORD_VOCABULARY)
    reload (self);
}

static void
mit_vocab_row_dispose (GObject *object)
{
  MitVocabRow *self = (MitVocabRow *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->labels);

  G_OBJECT_CLASS (mit_vocab_row_parent_class)->dispose (object);
}

static void
mit_vocab_row_finalize (GObject *object)
{
  MitVocabRow *self = (MitVocabRow *)object;

  g_clear_pointer (&self->vocabulary, g_free);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->add_label, g_free);
  g_clear_pointer (&self->add_heading, g_free);
  g_clear_pointer (&self->keys, g_ptr_array_unref);

  G_OBJECT_CLASS (mit_vocab_row_parent_class)->finalize (object);
}

static void
mit_vocab_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MitVocabRow *self = MIT_VOCAB_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_ADD_LABEL:
      g_value_set_string (value, self->add_label);
      break;

    case PROP_ADD_HEADING:
      g_value_set_string (value, self->add_heading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_vocab_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MitVocabRow *self = MIT_VOCAB_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      mit_vocab_row_set_key (self, g_value_get_string (value));
      break;

    case PROP_ADD_LABEL:
      g_free (self->add_label);
      self->add_label = g_value_dup_string (value);
      reload (self);
      break;

    case PROP_ADD_HEADING:
      g_free (self->add_heading);
      self->add_heading = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_vocab_row_class_init (MitVocabRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mit_vocab_row_dispose;
  object_class->finalize = mit_vocab_row_finalize;
  object_class->get_property = mit_vocab_row_get_property;
  object_class->set_property = mit_vocab_row_set_property;

  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ADD_HEADING] =
    g_param_spec_string ("add-heading", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_vocab_row_init (MitVocabRow *self)
{
  self->key = g_strdup ("");
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->labels = gtk_string_list_new (NULL);

  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (self->labels));
  reload (self);

  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_changed_cb), NULL);
}

GtkWidget *
mit_vocab_row_new (void)
{
  return g_object_new (MIT_TYPE_VOCAB_ROW, NULL);
}

void
mit_vocab_row_set_store (MitVocabRow *self,
                         MitStore    *store,
                         const char  *vocabulary)
{
  g_return_if_fail (MIT_IS_VOCAB_ROW (self));
  g_return_if_fail (MIT_IS_STORE (store));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
      g_set_object (&self->store, store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
    }

  g_free (self->vocabulary);
  self->vocabulary = g_strdup (vocabulary);
  reload (self);
}

const char *
mit_vocab_row_get_key (MitVocabRow *self)
{
  g_return_val_if_fail (MIT_IS_VOCAB_ROW (self), NULL);

  return self->key;
}

void
mit_vocab_row_set_key (MitVocabRow *self,
                       const char  *key)
{
  g_return_if_fail (MIT_IS_VOCAB_ROW (self));

  if (!store_key (self, key))
    return;

  if (find_key (self, self->key) == G_MAXUINT)
    reload (self);
  else
    select_current_key (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}
