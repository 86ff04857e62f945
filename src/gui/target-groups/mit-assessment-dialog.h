/* mit-assessment-dialog.h: record or edit one reachability assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_ASSESSMENT_DIALOG (mit_assessment_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitAssessmentDialog, mit_assessment_dialog, MIT, ASSESSMENT_DIALOG, AdwWindow)

/* A dialog recording a new assessment of @group_id at @level, dated today,
 * by whoever made the group's latest assessment. Emits "saved" (gint64
 * change: the store's change number, for mit_store_undo()) and closes.
 * Action "assessment.save" (Enter in a row) saves; it is disabled while
 * the date is not a real date. */
MitAssessmentDialog *mit_assessment_dialog_new_record (GtkWindow       *parent,
                                                       MitStore        *store,
                                                       gint64           group_id,
                                                       MitReachability  level);
/* A dialog editing @assessment (a copy is edited; the store's is changed
 * on saving). Editing an older assessment keeps the others as they are. */
MitAssessmentDialog *mit_assessment_dialog_new_edit   (GtkWindow       *parent,
                                                       MitStore        *store,
                                                       MitAssessment   *assessment);

/* Puts @assessor in the "Assessed By" row (before the dialog is shown). */
void                 mit_assessment_dialog_set_assessor (MitAssessmentDialog *self,
                                                         const char          *assessor);

/* The date as typed: ISO "2026-11-22" or German "22.11.2026" (day and
 * month may have one digit, spaces around are ignored). Returns
 * "YYYY-MM-DD", or NULL when @text is not a real date. */
char                *mit_assessment_dialog_parse_date (const char      *text);

G_END_DECLS
