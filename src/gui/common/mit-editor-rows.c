/* mit-editor-rows.c: pieces of the record editors' rows
 *
 * The event editor and the target-group editor build their removable
 * rows and their notes fields the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitEditorRows"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-editor-rows.h"

GtkWidget *
mit_editor_row_add_button (GtkWidget  *row,
                           const char *icon_name,
                           const char *label,
                           const char *action_name,
                           GVariant   *target)
{
  GtkWidget *button;

  g_return_val_if_fail (ADW_IS_ACTION_ROW (row), NULL);
  g_return_val_if_fail (icon_name != NULL && label != NULL && action_name != NULL, NULL);

  button = gtk_button_new_from_icon_name (icon_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

char *
mit_editor_dup_text_view (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

void
mit_editor_set_text_view (GtkTextView *view,
                          const char  *text)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}
