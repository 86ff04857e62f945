/* mit-gui-util.h: small helpers shared by the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

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

G_END_DECLS
