/* mit-target-group.h: a target group of the network's work (Zielgruppe)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_TARGET_GROUP (mit_target_group_get_type ())
G_DECLARE_FINAL_TYPE (MitTargetGroup, mit_target_group, MIT, TARGET_GROUP, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "name", "description", "languages" (GStrv of ISO 639 codes),
 * "district", "size" (int, -1 unknown), "notes", "focus" (boolean,
 * Fokusgruppe), and read-only "level" (int, a MitReachability: the current
 * one, MIT_REACHABILITY_UNKNOWN if never assessed) and "assessed" (the date
 * "YYYY-MM-DD" of the current assessment, "" if none). "level" and
 * "assessed" are what the store found when it loaded the group; reload it
 * (or listen to MitStore::changed for MIT_RECORD_ASSESSMENT) to follow new
 * assessments. */

MitTargetGroup *mit_target_group_new            (void);
MitTargetGroup *mit_target_group_copy           (MitTargetGroup     *self);

gint64          mit_target_group_get_id         (MitTargetGroup     *self);
const char     *mit_target_group_get_uid        (MitTargetGroup     *self);
const char     *mit_target_group_get_created    (MitTargetGroup     *self);
const char     *mit_target_group_get_modified   (MitTargetGroup     *self);

/* Texts: never NULL, an unset text is "". */
const char     *mit_target_group_get_name       (MitTargetGroup     *self);
void            mit_target_group_set_name       (MitTargetGroup     *self,
                                                 const char         *name);
const char     *mit_target_group_get_description (MitTargetGroup    *self);
void            mit_target_group_set_description (MitTargetGroup    *self,
                                                  const char        *description);
const char     *mit_target_group_get_district   (MitTargetGroup     *self);
void            mit_target_group_set_district   (MitTargetGroup     *self,
                                                 const char         *district);
const char     *mit_target_group_get_notes      (MitTargetGroup     *self);
void            mit_target_group_set_notes      (MitTargetGroup     *self,
                                                 const char         *notes);

/* Language codes (ISO 639): never NULL, NULL-terminated, owned by the group. */
const char * const *mit_target_group_get_languages (MitTargetGroup     *self);
void                mit_target_group_set_languages (MitTargetGroup     *self,
                                                    const char * const *languages);

/* Estimated number of people; -1 when unknown. */
int             mit_target_group_get_size       (MitTargetGroup     *self);
void            mit_target_group_set_size       (MitTargetGroup     *self,
                                                 int                 size);

/* Fokusgruppe: a group the network has chosen to concentrate on. */
gboolean        mit_target_group_get_focus      (MitTargetGroup     *self);
void            mit_target_group_set_focus      (MitTargetGroup     *self,
                                                 gboolean            focus);

/* The current reachability (the latest assessment), as loaded. */
MitReachability mit_target_group_get_level      (MitTargetGroup     *self);
/* Date of the current assessment, "" if never assessed. */
const char     *mit_target_group_get_assessed   (MitTargetGroup     *self);

/* For the store. */
void            _mit_target_group_set_identity  (MitTargetGroup     *self,
                                                 gint64              id,
                                                 const char         *uid,
                                                 const char         *created,
                                                 const char         *modified);
void            _mit_target_group_set_current   (MitTargetGroup     *self,
                                                 MitReachability     level,
                                                 const char         *assessed);

G_END_DECLS
