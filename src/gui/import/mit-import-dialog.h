/* mit-import-dialog.h: import actors from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"
#include "mit-csv-import.h"

G_BEGIN_DECLS

#define MIT_TYPE_IMPORT_DIALOG (mit_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitImportDialog, mit_import_dialog, MIT, IMPORT_DIALOG, AdwWindow)

/* Shows the dialog; it starts by asking for a file. */
void                 mit_import_dialog_present          (GtkWindow       *parent,
                                                         MitStore        *store);
/* Shows the dialog with @file loaded (dropped on the window, or given on
 * the command line). */
void                 mit_import_dialog_present_for_file (GtkWindow       *parent,
                                                         MitStore        *store,
                                                         GFile           *file);

MitImportDialog     *mit_import_dialog_new              (GtkWindow       *parent,
                                                         MitStore        *store);
/* Reads @file and shows its preview (asynchronously). */
void                 mit_import_dialog_load_file        (MitImportDialog *self,
                                                         GFile           *file);

/* For tests: what the dialog shows. The page is "choose", "preview",
 * "progress" or "result". */
const char          *mit_import_dialog_get_page         (MitImportDialog *self);
const MitCsvMapping *mit_import_dialog_get_mapping      (MitImportDialog *self);
/* The text of a preview cell; row 0 is the header line. */
const char          *mit_import_dialog_get_preview_text (MitImportDialog *self,
                                                         guint            row,
                                                         guint            column);
/* Chooses a field for a column as the user would, with its drop-down. */
void                 mit_import_dialog_set_column_field (MitImportDialog *self,
                                                         guint            column,
                                                         MitCsvField      field);
/* The title of the result page, once the import is done. */
const char          *mit_import_dialog_get_result_title (MitImportDialog *self);

G_END_DECLS
