/* mit-store-overview.h: counts and recent changes for the overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"
#include "mit-store.h"

G_BEGIN_DECLS

/* ---- counts ---------------------------------------------------------------- */

/* The index of a level in MitOverviewCounts.groups_by_level: 0 never
 * assessed, 1 good, 2 medium, 3 little or none. */
#define MIT_OVERVIEW_LEVEL_INDEX(level) ((int) (level) + 1)
#define MIT_OVERVIEW_N_LEVELS 4

typedef struct
{
  guint actors;
  guint persons;
  guint target_groups;
  guint focus_groups;
  guint channels;
  /* Target groups by current level (the latest assessment), indexed by
   * MIT_OVERVIEW_LEVEL_INDEX(); they add up to target_groups. */
  guint groups_by_level[MIT_OVERVIEW_N_LEVELS];
} MitOverviewCounts;

/* Fills @counts with one read. FALSE (and @counts zeroed) with @error set
 * when the database cannot be read. */
gboolean     mit_store_count_overview           (MitStore          *self,
                                                 MitOverviewCounts *counts,
                                                 GError           **error);

/* ---- recent changes -------------------------------------------------------- */

typedef enum
{
  MIT_CHANGE_ADDED,
  MIT_CHANGE_CHANGED,
  MIT_CHANGE_DELETED,
} MitChangeOp;

#define MIT_TYPE_RECENT_CHANGE (mit_recent_change_get_type ())
G_DECLARE_FINAL_TYPE (MitRecentChange, mit_recent_change, MIT, RECENT_CHANGE, GObject)

/* The change number (as for mit_store_undo()). */
gint64         mit_recent_change_get_change      (MitRecentChange *self);
/* When it was committed, as stored: "YYYY-MM-DDTHH:MM:SSZ" (UTC). */
const char    *mit_recent_change_get_stamp       (MitRecentChange *self);
/* What kind of record changed: exactly one of MIT_RECORD_ACTOR, _PERSON,
 * _AFFILIATION, _TARGET_GROUP, _ASSESSMENT, _CHANNEL. */
MitRecordKind  mit_recent_change_get_kind        (MitRecentChange *self);
/* The row id of that record (it may no longer exist). */
gint64         mit_recent_change_get_record_id   (MitRecentChange *self);
MitChangeOp    mit_recent_change_get_op          (MitRecentChange *self);
/* The name to show: the record's own name (actor, person, target group);
 * for an assessment or a channel the name of its target group; for an
 * affiliation the name of the actor. The current name when the record
 * still exists, otherwise the last one the history holds. Never NULL. */
const char    *mit_recent_change_get_name        (MitRecentChange *self);
/* The record to open for this change, if it still exists: the actor,
 * person or target group itself; the target group of an assessment or a
 * channel; the actor of an affiliation. MIT_RECORD_ACTOR, _PERSON or
 * _TARGET_GROUP, or 0 (and id 0) when it is gone. */
MitRecordKind  mit_recent_change_get_target_kind (MitRecentChange *self);
gint64         mit_recent_change_get_target_id   (MitRecentChange *self);
/* A translated sentence, e.g. "Assessment of “Jugendliche” recorded".
 * Caller frees. */
char          *mit_recent_change_dup_description (MitRecentChange *self);

/* The most recent committed changes, newest first: at most one entry per
 * record and change, at most @max entries. A record deleted together with
 * the record it belongs to (the assessments of a deleted group, the links
 * of a deleted person) is not listed on its own. The history of an erased
 * person is gone, so they do not appear. Returns a GPtrArray of
 * MitRecentChange (free function set), or NULL with @error set. */
GPtrArray     *mit_store_list_recent_changes     (MitStore        *self,
                                                  guint            max,
                                                  GError         **error);

/* ---- how old is too old ---------------------------------------------------- */

#define MIT_STALE_MONTHS_MIN 1
#define MIT_STALE_MONTHS_MAX 120

/* After how many months an assessment or an actor's last check counts as
 * out of date (a gap): the setting "stale-months" kept in the database, so
 * that the window and `--report=gaps` agree. 12 (MIT_GAP_DEFAULT_STALE_MONTHS)
 * when not set or not a valid value. */
guint          mit_store_get_stale_months        (MitStore        *self);
/* Stores @months; refused (MIT_STORE_ERROR_INVALID) outside
 * MIT_STALE_MONTHS_MIN … MIT_STALE_MONTHS_MAX. Does not emit "changed". */
gboolean       mit_store_set_stale_months        (MitStore        *self,
                                                  guint            months,
                                                  GError         **error);

G_END_DECLS
