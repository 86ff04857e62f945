/* mit-gui-util.h: small helpers shared by the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

/* The application's settings, or NULL (with a warning once) when the
 * schema is not installed, e.g. when run from the build tree. */
GSettings *mit_gui_settings_new   (void);
/* Shows @row as invalid with @message (or valid when @message is NULL):
 * the "error" style, the message as tooltip, and the accessible state. */
void       mit_gui_set_row_error  (GtkWidget  *row,
                                   const char *message);
/* The text of a GtkEditable with leading and trailing spaces removed. */
char      *mit_gui_dup_stripped   (GtkEditable *editable);

typedef void (*MitGuiListItemUpdateFunc) (GtkListItem *item,
                                          gpointer     user_data);

/* For a list item factory's "bind": calls @update now and again whenever
 * the item's record notifies a change. MitQueryModel refreshes the records
 * it holds in place, so a row filled only once would go on showing the old
 * name. @user_data is borrowed; the watch ends with mit_gui_list_item_unwatch()
 * (from "unbind") or with the item. */
void       mit_gui_list_item_watch    (GtkListItem              *item,
                                       MitGuiListItemUpdateFunc  update,
                                       gpointer                  user_data);
void       mit_gui_list_item_unwatch  (GtkListItem              *item);

/* A message dialog asking for one line of text (a name), with Cancel and
 * an "add" response that is enabled only while the text is not blank and
 * is answered by Enter. Get the text with mit_gui_entry_dialog_dup_text(). */
AdwMessageDialog *mit_gui_entry_dialog_new      (GtkWindow        *parent,
                                                 const char       *heading,
                                                 const char       *entry_title);
/* Presents the dialog with the keyboard focus in the entry. */
void              mit_gui_entry_dialog_present  (AdwMessageDialog *dialog);
char             *mit_gui_entry_dialog_dup_text (AdwMessageDialog *dialog);

/* The colour of a reachability level wherever it is drawn (board, map,
 * overview chart), from the GNOME palette: GOOD green, MEDIUM yellow,
 * LITTLE_OR_NONE red, UNKNOWN (never assessed) grey. */
void        mit_gui_level_get_color     (MitReachability  level,
                                         GdkRGBA         *rgba);
/* A level as a label of its own (pills, columns, drop-down items), in
 * Title Case: "Good", "Medium", "Little or None", "Not Assessed" (UNKNOWN).
 * mit_reachability_get_label() is the sentence-case form for sentences and
 * reports. */
const char *mit_gui_level_get_title     (MitReachability  level);
/* The style class for the same colour: "mit-level-good", "mit-level-medium",
 * "mit-level-little", "mit-level-unknown" (style.css). */
const char *mit_gui_level_get_css_class (MitReachability  level);

G_END_DECLS
