/* mit-editor-rows.h: pieces of the record editors' rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Adds a flat icon button at the end of @row (an AdwActionRow) that
 * activates @action_name with @target (floating references are sunk;
 * NULL: none). @label is its tooltip and accessible name. Returns the
 * button (owned by @row). */
GtkWidget *mit_editor_row_add_button (GtkWidget  *row,
                                      const char *icon_name,
                                      const char *label,
                                      const char *action_name,
                                      GVariant   *target);

/* The text of @view without leading and trailing white space. Caller
 * frees. */
char      *mit_editor_dup_text_view  (GtkTextView *view);
/* Replaces the text of @view (NULL: empty). */
void       mit_editor_set_text_view  (GtkTextView *view,
                                      const char  *text);

G_END_DECLS
