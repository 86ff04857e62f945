/* mit-ics-import-dialog.h: import events from an iCalendar file, with a
 * preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_ICS_IMPORT_DIALOG (mit_ics_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitIcsImportDialog, mit_ics_import_dialog, MIT, ICS_IMPORT_DIALOG, AdwWindow)

/* Signal "imported" (guint n_added, guint n_updated): the events were
 * saved (in one transaction); the dialog then closes. A file that cannot
 * be read shows why and imports nothing.
 *
 * Actions "ics-import.choose" (pick a file), "ics-import.import". */

MitIcsImportDialog *mit_ics_import_dialog_new       (GtkWindow          *parent,
                                                     MitStore           *store);
/* Presents a new dialog and asks for a file at once. Returns (transfer
 * none) the dialog, e.g. to connect to "imported". */
MitIcsImportDialog *mit_ics_import_dialog_present   (GtkWindow          *parent,
                                                     MitStore           *store);
/* Reads @file and shows what importing it would do, or why it cannot be
 * imported (then FALSE). */
gboolean            mit_ics_import_dialog_load_file (MitIcsImportDialog *self,
                                                     GFile              *file);

G_END_DECLS
