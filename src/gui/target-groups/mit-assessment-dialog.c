/* mit-assessment-dialog.c: record or edit one reachability assessment
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitAssessmentDialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mit-assessment.h"
#include "mit-assessment-dialog.h"
#include "mit-gui-util.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-text-util.h"

struct _MitAssessmentDialog
{
  AdwWindow      parent_instance;

  /* template widgets */
  GtkButton     *save_button;
  AdwComboRow   *level_row;
  AdwEntryRow   *date_row;
  AdwEntryRow   *assessor_row;
  AdwEntryRow   *reasoning_row;
  GtkLabel      *error_label;

  /* owned */
  MitStore      *store;
  MitAssessment *assessment;  /* a copy when editing */
  gboolean       editing;
};

G_DEFINE_FINAL_TYPE (MitAssessmentDialog, mit_assessment_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reads 1 to @max_digits digits; FALSE if there are none or too many. */
static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n = 0;

  *value = 0;
  while (g_ascii_isdigit (**p))
    {
      if (++n > max_digits)
        return FALSE;
      *value = *value * 10 + (guint)(**p - '0');
      (*p)++;
    }
  return n > 0;
}

char *
mit_assessment_dialog_parse_date (const char *text)
{
  g_autofree char *value = NULL;
  const char *p;
  guint year, month, day;

  if (text == NULL)
    return NULL;

  value = g_strstrip (g_strdup (text));
  p = value;

  if (strlen (value) == 10 && value[4] == '-' && value[7] == '-')
    {
      /* ISO 8601: 2026-11-22 */
      if (!read_number (&p, 4, &year) || *p++ != '-' ||
          !read_number (&p, 2, &month) || *p++ != '-' ||
          !read_number (&p, 2, &day) || *p != '\0')
        return NULL;
    }
  else
    {
      /* German: 22.11.2026 or 1.2.2026 */
      if (!read_number (&p, 2, &day) || *p++ != '.' ||
          !read_number (&p, 2, &month) || *p++ != '.' ||
          !read_number (&p, 4, &year) || *p != '\0' || year < 1000)
        return NULL;
    }

  if (year < 1900 || year > 2999 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static gboolean
check_input (MitAssessmentDialog *self)
{
  g_autofree char *date = mit_assessment_dialog_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  const char *message = NULL;

  if (date == NULL)
    message = _("This is not a date. Write it as day.month.year or year-month-day, "
                "for example 22.11.2026 or 2026-11-22.");

  mit_gui_set_row_error (GTK_WIDGET (self->date_row), message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessment.save", date != NULL);

  return date != NULL;
}

static void
date_changed_cb (GtkEditable         *editable,
                 MitAssessmentDialog *self)
{
  check_input (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitAssessmentDialog *self = MIT_ASSESSMENT_DIALOG (widget);
  g_autofree char *date = NULL;
  g_autofree char *assessor = NULL;
  g_autofree char *reasoning = NULL;
  g_autoptr(GError) error = NULL;
  guint level = adw_combo_row_get_selected (self->level_row);
  gboolean changed;

  if (!check_input (self))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }

  date = mit_assessment_dialog_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  assessor = mit_gui_dup_stripped (GTK_EDITABLE (self->assessor_row));
  reasoning = mit_gui_dup_stripped (GTK_EDITABLE (self->reasoning_row));
  if (level > MIT_REACHABILITY_LAST)
    level = MIT_REACHABILITY_GOOD;

  changed = !self->editing ||
            mit_assessment_get_level (self->assessment) != (MitReachability)level ||
            g_strcmp0 (mit_assessment_get_date (self->assessment), date) != 0 ||
            g_strcmp0 (mit_assessment_get_assessor (self->assessment), assessor) != 0 ||
            g_strcmp0 (mit_assessment_get_reasoning (self->assessment), reasoning) != 0;

  /* Nothing to store, and no change to offer to undo. */
  if (!changed)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  mit_assessment_set_level (self->assessment, level);
  mit_assessment_set_date (self->assessment, date);
  mit_assessment_set_assessor (self->assessment, assessor);
  mit_assessment_set_reasoning (self->assessment, reasoning);

  if (!mit_store_save_assessment (self->store, self->assessment, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The assessment could not be saved: %s"),
                                                  error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, mit_store_get_last_change (self->store));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
row_activated_cb (AdwEntryRow         *row,
                  MitAssessmentDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "assessment.save", NULL);
}

static void
mit_assessment_dialog_dispose (GObject *object)
{
  MitAssessmentDialog *self = (MitAssessmentDialog *)object;

  g_clear_object (&self->assessment);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_assessment_dialog_parent_class)->dispose (object);
}

static void
mit_assessment_dialog_class_init (MitAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_assessment_dialog_dispose;

  /**
   * MitAssessmentDialog::saved:
   * @change: the change number of the saving, for mit_store_undo()
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/target-groups/mit-assessment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MitAssessmentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MitAssessmentDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, MitAssessmentDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, MitAssessmentDialog, assessor_row);
  gtk_widget_class_bind_template_child (widget_class, MitAssessmentDialog, reasoning_row);
  gtk_widget_class_bind_template_child (widget_class, MitAssessmentDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "assessment.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mit_assessment_dialog_init (MitAssessmentDialog *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In Title Case, as on the board and in the list's filter */
  for (int level = MIT_REACHABILITY_GOOD; level <= MIT_REACHABILITY_LAST; level++)
    gtk_string_list_append (levels, mit_gui_level_get_title (level));
  g_assert (g_list_model_get_n_items (G_LIST_MODEL (levels)) == MIT_REACHABILITY_LAST + 1);
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
}

static MitAssessmentDialog *
dialog_new (GtkWindow     *parent,
            MitStore      *store,
            MitAssessment *assessment,
            gboolean       editing)
{
  MitAssessmentDialog *self;

  self = g_object_new (MIT_TYPE_ASSESSMENT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->assessment = assessment;
  self->editing = editing;

  if (editing)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Assessment"));
      gtk_button_set_label (self->save_button, _("_Save"));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Record Assessment"));
      gtk_button_set_label (self->save_button, _("_Record"));
    }

  adw_combo_row_set_selected (self->level_row, mit_assessment_get_level (assessment));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), mit_assessment_get_date (assessment));
  gtk_editable_set_text (GTK_EDITABLE (self->assessor_row), mit_assessment_get_assessor (assessment));
  gtk_editable_set_text (GTK_EDITABLE (self->reasoning_row), mit_assessment_get_reasoning (assessment));
  check_input (self);

  /* A new assessment is mostly a matter of saying why. */
  gtk_widget_grab_focus (GTK_WIDGET (editing ? self->date_row : self->reasoning_row));

  return self;
}

/**
 * mit_assessment_dialog_new_record:
 *
 * Returns: (transfer none): a new dialog, not yet presented
 */
MitAssessmentDialog *
mit_assessment_dialog_new_record (GtkWindow       *parent,
                                  MitStore        *store,
                                  gint64           group_id,
                                  MitReachability  level)
{
  MitAssessment *assessment;
  g_autoptr(GPtrArray) previous = NULL;
  g_autofree char *today = mit_text_dup_today ();

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (group_id > 0, NULL);
  g_return_val_if_fail (mit_reachability_is_valid (level), NULL);

  assessment = mit_assessment_new (group_id);
  mit_assessment_set_level (assessment, level);
  mit_assessment_set_date (assessment, today);

  /* Mostly the same person or round assesses a group again. */
  previous = mit_store_list_assessments (store, group_id, NULL);
  if (previous != NULL && previous->len > 0)
    mit_assessment_set_assessor (assessment,
                                 mit_assessment_get_assessor (g_ptr_array_index (previous, previous->len - 1)));

  return dialog_new (parent, store, assessment, FALSE);
}

/**
 * mit_assessment_dialog_new_edit:
 *
 * Returns: (transfer none): a new dialog, not yet presented
 */
MitAssessmentDialog *
mit_assessment_dialog_new_edit (GtkWindow     *parent,
                                MitStore      *store,
                                MitAssessment *assessment)
{
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (MIT_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (mit_assessment_get_id (assessment) > 0, NULL);

  return dialog_new (parent, store, mit_assessment_copy (assessment), TRUE);
}

/**
 * mit_assessment_dialog_set_assessor:
 * @assessor: who assessed, as the first guess
 */
void
mit_assessment_dialog_set_assessor (MitAssessmentDialog *self,
                                    const char          *assessor)
{
  g_return_if_fail (MIT_IS_ASSESSMENT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->assessor_row), assessor != NULL ? assessor : "");
}
