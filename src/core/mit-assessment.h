/* mit-assessment.h: one dated assessment of how well a target group is
 * reached (Erreichbarkeit)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_ASSESSMENT (mit_assessment_get_type ())
G_DECLARE_FINAL_TYPE (MitAssessment, mit_assessment, MIT, ASSESSMENT, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "group-id" (int64), "level" (int, a MitReachability other than
 * UNKNOWN), "date" ("YYYY-MM-DD"), "assessor" (who assessed), "reasoning"
 * (a short why). The latest assessment of a group by date (then by id) is
 * its current level; the others are its history. */

/* A new assessment of group @group_id, level GOOD, dated today (local time). */
MitAssessment  *mit_assessment_new              (gint64          group_id);
MitAssessment  *mit_assessment_copy             (MitAssessment  *self);

gint64          mit_assessment_get_id           (MitAssessment  *self);
const char     *mit_assessment_get_uid          (MitAssessment  *self);
const char     *mit_assessment_get_created      (MitAssessment  *self);
const char     *mit_assessment_get_modified     (MitAssessment  *self);

gint64          mit_assessment_get_group_id     (MitAssessment  *self);
void            mit_assessment_set_group_id     (MitAssessment  *self,
                                                 gint64          group_id);
MitReachability mit_assessment_get_level        (MitAssessment  *self);
void            mit_assessment_set_level        (MitAssessment  *self,
                                                 MitReachability level);
/* Never NULL. */
const char     *mit_assessment_get_date         (MitAssessment  *self);
void            mit_assessment_set_date         (MitAssessment  *self,
                                                 const char     *date);
const char     *mit_assessment_get_assessor     (MitAssessment  *self);
void            mit_assessment_set_assessor     (MitAssessment  *self,
                                                 const char     *assessor);
const char     *mit_assessment_get_reasoning    (MitAssessment  *self);
void            mit_assessment_set_reasoning    (MitAssessment  *self,
                                                 const char     *reasoning);

/* The translated name of a level ("Good", "Medium", "Little or none",
 * "Not assessed"). */
const char     *mit_reachability_get_label      (MitReachability level);
/* Whether @level is one an assessment can record (not UNKNOWN). */
gboolean        mit_reachability_is_valid       (int             level);

/* For the store. */
void            _mit_assessment_set_identity    (MitAssessment  *self,
                                                 gint64          id,
                                                 const char     *uid,
                                                 const char     *created,
                                                 const char     *modified);

G_END_DECLS
