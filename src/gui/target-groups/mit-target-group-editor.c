/* mit-target-group-editor.c: the detail page of a target group
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitTargetGroupEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-assessment.h"
#include "mit-assessment-dialog.h"
#include "mit-channels-group.h"
#include "mit-debounce.h"
#include "mit-editor-rows.h"
#include "mit-gui-util.h"
#include "mit-languages-group.h"
#include "mit-store.h"
#include "mit-store-groups.h"
#include "mit-target-group.h"
#include "mit-target-group-editor.h"
#include "mit-validate.h"

#define SAVE_DELAY_MS 400
#define MAX_SIZE 100000000

struct _MitTargetGroupEditor
{
  AdwBin             parent_instance;

  /* template widgets */
  AdwEntryRow       *name_row;
  GtkSwitch         *focus_switch;
  GtkLabel          *save_error_label;
  GtkWidget         *level_dot;
  GtkLabel          *level_label;
  GtkLabel          *level_detail_label;
  GtkListBox        *timeline_list;
  MitChannelsGroup  *channels_group;
  AdwEntryRow       *district_row;
  GtkPopover        *district_popover;
  GtkListBox        *district_list;
  AdwEntryRow       *size_row;
  GtkLabel          *details_error_label;
  MitLanguagesGroup *languages_group;
  GtkTextView       *description_view;
  GtkTextView       *notes_view;

  /* owned */
  MitStore          *store;
  MitTargetGroup    *group;
  GPtrArray         *assessments;  /* MitAssessment, oldest first */
  MitDebounce       *save;
  char              *assessor;
  guint              loading : 1;
};

G_DEFINE_FINAL_TYPE (MitTargetGroupEditor, mit_target_group_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ASSESSOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
mit_target_group_editor_parse_size (const char *text,
                                    int        *size)
{
  g_autofree char *value = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 number = 0;
  guint digits_in_group = 0;
  gboolean grouped = FALSE;

  g_return_val_if_fail (size != NULL, FALSE);

  if (*value == '\0')
    {
      *size = -1;
      return TRUE;
    }

  for (const char *p = value; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          number = number * 10 + (*p - '0');
          digits_in_group++;
          if (number > MAX_SIZE || (grouped && digits_in_group > 3))
            return FALSE;
        }
      else if (*p == '.' || *p == ' ')
        {
          /* "1.200", "12 000": a separator between groups of three. */
          if (digits_in_group == 0 || (grouped && digits_in_group != 3) ||
              (!grouped && digits_in_group > 3))
            return FALSE;
          grouped = TRUE;
          digits_in_group = 0;
        }
      else
        {
          return FALSE;
        }
    }

  if (digits_in_group == 0 || (grouped && digits_in_group != 3))
    return FALSE;

  *size = (int)number;
  return TRUE;
}

/* Validation and saving */

static gboolean
name_is_valid (MitTargetGroupEditor *self)
{
  g_autofree char *name = mit_gui_dup_stripped (GTK_EDITABLE (self->name_row));

  return *name != '\0';
}

static gboolean
size_is_valid (MitTargetGroupEditor *self)
{
  int size;

  return mit_target_group_editor_parse_size (gtk_editable_get_text (GTK_EDITABLE (self->size_row)), &size);
}

static void
validate (MitTargetGroupEditor *self)
{
  const char *size_message = NULL;

  if (!size_is_valid (self))
    size_message = _("The estimated size is a number of people, for example 350 or 1.200.");
  mit_gui_set_row_error (GTK_WIDGET (self->size_row), size_message);
  gtk_label_set_text (self->details_error_label, size_message != NULL ? size_message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->details_error_label), size_message != NULL);

  if (self->group != NULL && !name_is_valid (self))
    {
      mit_gui_set_row_error (GTK_WIDGET (self->name_row), _("A target group needs a name."));
      gtk_label_set_text (self->save_error_label,
                          _("A target group needs a name. Until it has one, the previous name is kept."));
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
    }
  else
    {
      mit_gui_set_row_error (GTK_WIDGET (self->name_row), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);
    }
}

static void
save_cb (gpointer data)
{
  MitTargetGroupEditor *self = data;
  g_autoptr(MitTargetGroup) stored = NULL;
  g_autoptr(GError) error = NULL;

  if (self->group == NULL || self->store == NULL)
    return;

  /* An invalid text keeps the stored value; the row goes on showing what
   * was typed, and the other edits are stored all the same. */
  if (!name_is_valid (self) || !size_is_valid (self))
    {
      stored = mit_store_load_target_group (self->store, mit_target_group_get_id (self->group), &error);
      if (stored != NULL && !name_is_valid (self))
        {
          mit_target_group_set_name (self->group, mit_target_group_get_name (stored));
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
        }
      if (stored != NULL && !size_is_valid (self))
        mit_target_group_set_size (self->group, mit_target_group_get_size (stored));
    }

  if (error != NULL || !mit_store_save_target_group (self->store, self->group, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The changes could not be saved: %s"), error->message);

      g_warning ("Cannot save target group %" G_GINT64_FORMAT ": %s",
                 mit_target_group_get_id (self->group), error->message);
      gtk_label_set_text (self->save_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
    }
}

static void
changed (MitTargetGroupEditor *self)
{
  if (self->loading || self->group == NULL)
    return;

  validate (self);
  mit_debounce_queue (self->save);
}

static void
name_changed_cb (GtkEditable          *row,
                 MitTargetGroupEditor *self)
{
  g_autofree char *name = NULL;

  if (self->loading || self->group == NULL)
    return;

  name = mit_gui_dup_stripped (row);
  mit_target_group_set_name (self->group, name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);

  if (*name == '\0')
    {
      validate (self);
      return;
    }
  changed (self);
}

static void
district_changed_cb (GtkEditable          *row,
                     MitTargetGroupEditor *self)
{
  g_autofree char *district = NULL;

  if (self->loading || self->group == NULL)
    return;

  district = mit_gui_dup_stripped (row);
  mit_target_group_set_district (self->group, district);
  changed (self);
}

static void
size_changed_cb (GtkEditable          *row,
                 MitTargetGroupEditor *self)
{
  int size;

  if (self->loading || self->group == NULL)
    return;

  if (!mit_target_group_editor_parse_size (gtk_editable_get_text (row), &size))
    {
      validate (self);
      return;
    }

  mit_target_group_set_size (self->group, size);
  changed (self);
}

static void
focus_changed_cb (MitTargetGroupEditor *self)
{
  if (self->loading || self->group == NULL)
    return;

  mit_target_group_set_focus (self->group, gtk_switch_get_active (self->focus_switch));
  changed (self);
}

static void
languages_changed_cb (MitTargetGroupEditor *self)
{
  if (self->loading || self->group == NULL)
    return;

  mit_target_group_set_languages (self->group, mit_languages_group_get_languages (self->languages_group));
  changed (self);
}

static void
description_changed_cb (MitTargetGroupEditor *self)
{
  g_autofree char *text = NULL;

  if (self->loading || self->group == NULL)
    return;

  text = mit_editor_dup_text_view (self->description_view);
  mit_target_group_set_description (self->group, text);
  changed (self);
}

static void
notes_changed_cb (MitTargetGroupEditor *self)
{
  g_autofree char *text = NULL;

  if (self->loading || self->group == NULL)
    return;

  text = mit_editor_dup_text_view (self->notes_view);
  mit_target_group_set_notes (self->group, text);
  changed (self);
}

/* Districts */

static void
district_popover_show_cb (GtkPopover           *popover,
                          MitTargetGroupEditor *self)
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
district_activated_cb (GtkListBox           *list,
                       GtkListBoxRow        *row,
                       MitTargetGroupEditor *self)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);

  gtk_popover_popdown (self->district_popover);
  if (gtk_widget_has_css_class (label, "dim-label"))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->district_row), gtk_label_get_text (GTK_LABEL (label)));
  gtk_widget_grab_focus (GTK_WIDGET (self->district_row));
}

/* Reachability */

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

static GtkWidget *
new_level_pill (MitReachability level)
{
  GtkWidget *pill = gtk_label_new (mit_gui_level_get_title (level));

  gtk_widget_add_css_class (pill, "mit-level-pill");
  gtk_widget_add_css_class (pill, "caption");
  set_level_class (pill, level);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  return pill;
}

static GtkWidget *
new_timeline_row (MitAssessment *assessment,
                  gboolean       current)
{
  MitReachability level = mit_assessment_get_level (assessment);
  const char *assessor = mit_assessment_get_assessor (assessment);
  const char *reasoning = mit_assessment_get_reasoning (assessment);
  gint64 id = mit_assessment_get_id (assessment);
  g_autofree char *date = mit_date_format (mit_assessment_get_date (assessment));
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *edit_label = NULL;
  g_autofree char *delete_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  if (current)
    /* Translators: the date of the assessment that is the current one */
    title = g_strdup_printf (_("%s (current)"), date);
  else
    title = g_strdup (date);

  if (*assessor != '\0')
    /* Translators: who made an assessment */
    g_string_append_printf (subtitle, _("By %s"), assessor);
  if (*reasoning != '\0')
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, reasoning);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "target-group-editor.edit-assessment");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);
  g_object_set_data (G_OBJECT (row), "mit-assessment", assessment);

  gtk_widget_add_css_class (dot, "mit-level-dot");
  set_level_class (dot, level);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_level_pill (level));
  /* Translators: a button's tooltip; %s is the date of an assessment */
  edit_label = g_strdup_printf (_("Edit the Assessment of %s"), date);
  mit_editor_row_add_button (row, "document-edit-symbolic", edit_label,
                             "target-group-editor.edit-assessment", g_variant_new_int64 (id));
  /* Translators: a button's tooltip; %s is the date of an assessment */
  delete_label = g_strdup_printf (_("Delete the Assessment of %s"), date);
  mit_editor_row_add_button (row, "edit-delete-symbolic", delete_label,
                             "target-group-editor.delete-assessment", g_variant_new_int64 (id));

  return row;
}

static void
rebuild_reachability (MitTargetGroupEditor *self)
{
  g_autoptr(GError) error = NULL;
  MitAssessment *latest = NULL;
  MitReachability level = MIT_REACHABILITY_UNKNOWN;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->timeline_list))) != NULL)
    gtk_list_box_remove (self->timeline_list, child);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);

  if (self->store != NULL && self->group != NULL)
    {
      self->assessments = mit_store_list_assessments (self->store,
                                                      mit_target_group_get_id (self->group),
                                                      &error);
      if (self->assessments == NULL)
        g_warning ("Cannot list the assessments: %s", error->message);
    }

  if (self->assessments != NULL && self->assessments->len > 0)
    {
      latest = g_ptr_array_index (self->assessments, self->assessments->len - 1);
      level = mit_assessment_get_level (latest);
    }

  set_level_class (self->level_dot, level);
  gtk_label_set_text (self->level_label, mit_gui_level_get_title (level));

  if (latest != NULL)
    {
      g_autofree char *date = mit_date_format (mit_assessment_get_date (latest));
      g_autofree char *detail = NULL;
      const char *assessor = mit_assessment_get_assessor (latest);

      if (*assessor != '\0')
        /* Translators: the date and the author of the current assessment */
        detail = g_strdup_printf (_("Assessed on %s by %s"), date, assessor);
      else
        /* Translators: the date of the current assessment */
        detail = g_strdup_printf (_("Assessed on %s"), date);
      gtk_label_set_text (self->level_detail_label, detail);
    }
  else
    {
      gtk_label_set_text (self->level_detail_label,
                          _("Never assessed. Record how well the network reaches this group."));
    }

  /* Newest first. */
  for (guint i = self->assessments != NULL ? self->assessments->len : 0; i > 0; i--)
    gtk_list_box_append (self->timeline_list,
                         new_timeline_row (g_ptr_array_index (self->assessments, i - 1),
                                           i == self->assessments->len));

  gtk_widget_set_visible (GTK_WIDGET (self->timeline_list),
                          self->assessments != NULL && self->assessments->len > 0);
}

static MitAssessment *
find_assessment (MitTargetGroupEditor *self,
                 gint64                id)
{
  for (guint i = 0; self->assessments != NULL && i < self->assessments->len; i++)
    if (mit_assessment_get_id (g_ptr_array_index (self->assessments, i)) == id)
      return g_ptr_array_index (self->assessments, i);
  return NULL;
}

static void
offer_undo (MitTargetGroupEditor *self,
            gint64                change,
            const char           *message)
{
  if (change > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.offer-undo", "(xs)", change, message);
}

static void
assessment_saved_cb (MitAssessmentDialog  *dialog,
                     gint64                change,
                     MitTargetGroupEditor *self)
{
  offer_undo (self, change, g_object_get_data (G_OBJECT (dialog), "mit-message"));
}

static GtkWindow *
get_parent_window (MitTargetGroupEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
present_dialog (MitTargetGroupEditor *self,
                MitAssessmentDialog  *dialog,
                const char           *message)
{
  g_object_set_data (G_OBJECT (dialog), "mit-message", (gpointer)message);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (assessment_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitTargetGroupEditor *self = MIT_TARGET_GROUP_EDITOR (widget);
  int level = g_variant_get_int32 (parameter);
  MitAssessmentDialog *dialog;

  if (self->group == NULL || !mit_reachability_is_valid (level))
    return;

  mit_debounce_flush (self->save);
  dialog = mit_assessment_dialog_new_record (get_parent_window (self), self->store,
                                             mit_target_group_get_id (self->group), level);
  /* The user's own name (Preferences) before whoever assessed last */
  if (self->assessor != NULL && self->assessor[0] != '\0')
    mit_assessment_dialog_set_assessor (dialog, self->assessor);
  present_dialog (self, dialog, _("Assessment recorded"));
}

static void
edit_assessment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MitTargetGroupEditor *self = MIT_TARGET_GROUP_EDITOR (widget);
  MitAssessment *assessment = find_assessment (self, g_variant_get_int64 (parameter));

  if (assessment == NULL)
    return;

  present_dialog (self,
                  mit_assessment_dialog_new_edit (get_parent_window (self), self->store, assessment),
                  _("Assessment changed"));
}

static void
delete_assessment_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MitTargetGroupEditor *self = MIT_TARGET_GROUP_EDITOR (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  gint64 change;

  if (find_assessment (self, id) == NULL)
    return;

  /* The store's change signal rebuilds the timeline. */
  change = mit_store_delete_assessment (self->store, id, &error);
  if (change <= 0)
    {
      g_warning ("Cannot delete the assessment: %s", error->message);
      return;
    }

  offer_undo (self, change, _("Assessment deleted"));
}

/* Loading */

static void
fill_widgets (MitTargetGroupEditor *self)
{
  MitTargetGroup *group = self->group;
  g_autofree char *size = NULL;

  self->loading = TRUE;

  if (group != NULL && mit_target_group_get_size (group) >= 0)
    size = g_strdup_printf ("%d", mit_target_group_get_size (group));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), group ? mit_target_group_get_name (group) : "");
  gtk_switch_set_active (self->focus_switch, group ? mit_target_group_get_focus (group) : FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->district_row),
                         group ? mit_target_group_get_district (group) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->size_row), size != NULL ? size : "");
  mit_languages_group_set_languages (self->languages_group,
                                     group ? mit_target_group_get_languages (group) : NULL);
  mit_editor_set_text_view (self->description_view, group ? mit_target_group_get_description (group) : "");
  mit_editor_set_text_view (self->notes_view, group ? mit_target_group_get_notes (group) : "");

  if (self->store != NULL)
    mit_channels_group_set_record (self->channels_group, self->store, MIT_RECORD_TARGET_GROUP,
                                   group ? mit_target_group_get_id (group) : 0);

  self->loading = FALSE;

  rebuild_reachability (self);
  validate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Whether @a and @b hold the same values. Not by "modified" alone: it
 * counts in seconds, and an undo within the same second restores the same
 * stamp. */
static gboolean
groups_are_equal (MitTargetGroup *a,
                  MitTargetGroup *b)
{
  const char * const *languages_a = mit_target_group_get_languages (a);
  const char * const *languages_b = mit_target_group_get_languages (b);

  return g_strcmp0 (mit_target_group_get_modified (a), mit_target_group_get_modified (b)) == 0 &&
         g_strcmp0 (mit_target_group_get_name (a), mit_target_group_get_name (b)) == 0 &&
         g_strcmp0 (mit_target_group_get_description (a), mit_target_group_get_description (b)) == 0 &&
         g_strcmp0 (mit_target_group_get_district (a), mit_target_group_get_district (b)) == 0 &&
         g_strcmp0 (mit_target_group_get_notes (a), mit_target_group_get_notes (b)) == 0 &&
         mit_target_group_get_size (a) == mit_target_group_get_size (b) &&
         mit_target_group_get_focus (a) == mit_target_group_get_focus (b) &&
         g_strv_equal ((const char * const *)languages_a, (const char * const *)languages_b);
}

static void
store_changed_cb (MitStore             *store,
                  guint                 kinds,
                  MitTargetGroupEditor *self)
{
  if (self->group == NULL)
    return;

  /* Someone else (an undo, the board, another program) changed the group
   * shown: show their version, unless an edit of ours is still to be
   * stored. */
  if ((kinds & MIT_RECORD_TARGET_GROUP) && !mit_debounce_is_queued (self->save))
    {
      g_autoptr(MitTargetGroup) stored = mit_store_load_target_group (store,
                                                                      mit_target_group_get_id (self->group),
                                                                      NULL);

      if (stored != NULL && !groups_are_equal (stored, self->group))
        {
          g_set_object (&self->group, stored);
          fill_widgets (self);
          return;
        }
    }

  if (kinds & MIT_RECORD_ASSESSMENT)
    rebuild_reachability (self);
}

static void
mit_target_group_editor_dispose (GObject *object)
{
  MitTargetGroupEditor *self = (MitTargetGroupEditor *)object;

  /* Whatever was typed last is kept. Saved before the debounce goes:
   * the store's "changed" comes back here while saving and asks it. */
  if (self->save != NULL)
    mit_debounce_flush (self->save);
  g_clear_pointer (&self->save, mit_debounce_free);

  /* Without a group, the handlers of the template's last signals and of
   * the store do nothing. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->group);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_TARGET_GROUP_EDITOR);

  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_target_group_editor_parent_class)->dispose (object);
}

static void
mit_target_group_editor_finalize (GObject *object)
{
  MitTargetGroupEditor *self = (MitTargetGroupEditor *)object;

  g_clear_pointer (&self->assessor, g_free);

  G_OBJECT_CLASS (mit_target_group_editor_parent_class)->finalize (object);
}

static void
mit_target_group_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MitTargetGroupEditor *self = MIT_TARGET_GROUP_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mit_target_group_editor_get_title (self));
      break;

    case PROP_ASSESSOR:
      g_value_set_string (value, mit_target_group_editor_get_assessor (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_target_group_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MitTargetGroupEditor *self = MIT_TARGET_GROUP_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ASSESSOR:
      mit_target_group_editor_set_assessor (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_target_group_editor_class_init (MitTargetGroupEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_target_group_editor_dispose;
  object_class->finalize = mit_target_group_editor_finalize;
  object_class->get_property = mit_target_group_editor_get_property;
  object_class->set_property = mit_target_group_editor_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ASSESSOR] =
    g_param_spec_string ("assessor", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIT_TYPE_LANGUAGES_GROUP);
  g_type_ensure (MIT_TYPE_CHANNELS_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/target-groups/mit-target-group-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, focus_switch);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, level_dot);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, level_label);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, level_detail_label);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, channels_group);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, district_popover);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, district_list);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, size_row);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, details_error_label);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, languages_group);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, MitTargetGroupEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, district_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, district_activated_cb);

  gtk_widget_class_install_action (widget_class, "target-group-editor.record", "i", record_action);
  gtk_widget_class_install_action (widget_class, "target-group-editor.edit-assessment", "x",
                                   edit_assessment_action);
  gtk_widget_class_install_action (widget_class, "target-group-editor.delete-assessment", "x",
                                   delete_assessment_action);
}

static void
mit_target_group_editor_init (MitTargetGroupEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->assessor = g_strdup ("");
  self->save = mit_debounce_new (SAVE_DELAY_MS, save_cb, self);

  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (name_changed_cb), self, 0);
  g_signal_connect_object (self->district_row, "changed", G_CALLBACK (district_changed_cb), self, 0);
  g_signal_connect_object (self->size_row, "changed", G_CALLBACK (size_changed_cb), self, 0);
  g_signal_connect_object (self->focus_switch, "notify::active",
                           G_CALLBACK (focus_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->languages_group, "notify::languages",
                           G_CALLBACK (languages_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (description_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "target-group-editor.record", FALSE);
}

void
mit_target_group_editor_set_store (MitTargetGroupEditor *self,
                                   MitStore             *store)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP_EDITOR (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  mit_channels_group_set_record (self->channels_group, store, MIT_RECORD_TARGET_GROUP, 0);
}

gboolean
mit_target_group_editor_load (MitTargetGroupEditor *self,
                              gint64                id)
{
  g_autoptr(MitTargetGroup) group = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MIT_IS_TARGET_GROUP_EDITOR (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  mit_debounce_flush (self->save);

  if (id > 0)
    {
      group = mit_store_load_target_group (self->store, id, &error);
      if (group == NULL)
        g_debug ("Cannot load target group %" G_GINT64_FORMAT ": %s", id, error->message);
    }

  g_set_object (&self->group, group);
  fill_widgets (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "target-group-editor.record", self->group != NULL);

  if (self->group != NULL)
    {
      /* Start at the top for every group. */
      GtkWidget *scrolled = gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (self)));

      if (GTK_IS_SCROLLED_WINDOW (scrolled))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
    }

  return self->group != NULL || id == 0;
}

gint64
mit_target_group_editor_get_group_id (MitTargetGroupEditor *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP_EDITOR (self), 0);

  return self->group != NULL ? mit_target_group_get_id (self->group) : 0;
}

const char *
mit_target_group_editor_get_title (MitTargetGroupEditor *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP_EDITOR (self), NULL);

  if (self->group == NULL)
    return "";
  return mit_target_group_get_name (self->group);
}

void
mit_target_group_editor_flush (MitTargetGroupEditor *self)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP_EDITOR (self));

  mit_debounce_flush (self->save);
}

void
mit_target_group_editor_focus_name (MitTargetGroupEditor *self)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * mit_target_group_editor_get_assessor:
 *
 * Returns: (transfer none): who records assessments, or ""
 */
const char *
mit_target_group_editor_get_assessor (MitTargetGroupEditor *self)
{
  g_return_val_if_fail (MIT_IS_TARGET_GROUP_EDITOR (self), NULL);

  return self->assessor;
}

/**
 * mit_target_group_editor_set_assessor:
 * @assessor: (nullable): who records assessments; %NULL is ""
 */
void
mit_target_group_editor_set_assessor (MitTargetGroupEditor *self,
                                      const char           *assessor)
{
  g_return_if_fail (MIT_IS_TARGET_GROUP_EDITOR (self));

  if (assessor == NULL)
    assessor = "";
  if (g_strcmp0 (self->assessor, assessor) == 0)
    return;

  g_free (self->assessor);
  self->assessor = g_strdup (assessor);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSOR]);
}
