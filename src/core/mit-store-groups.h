/* mit-store-groups.h: target groups, their assessments and channels in
 * the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-store.h"
#include "mit-target-group.h"
#include "mit-assessment.h"
#include "mit-channel.h"

G_BEGIN_DECLS

/* Same conventions as mit-store.h: errors in MIT_STORE_ERROR; each write
 * is one transaction of its own or joins the open one; "changed" names
 * MIT_RECORD_TARGET_GROUP, MIT_RECORD_ASSESSMENT and MIT_RECORD_CHANNEL;
 * deletes return the change number for mit_store_undo() (0 on error). */

/* Target groups */

/* Inserts when the group has no id yet (giving it id, uid and stamps),
 * otherwise updates it. The name must not be empty. */
gboolean        mit_store_save_target_group      (MitStore        *self,
                                                  MitTargetGroup  *group,
                                                  GError         **error);
/* With "level" and "assessed" filled in. */
MitTargetGroup *mit_store_load_target_group      (MitStore        *self,
                                                  gint64           id,
                                                  GError         **error);
/* The groups with these ids, in this order; ids that do not exist are left
 * out. A GPtrArray of MitTargetGroup. */
GPtrArray      *mit_store_load_target_groups     (MitStore        *self,
                                                  const gint64    *ids,
                                                  guint            n_ids,
                                                  GError         **error);
/* Deletes the group with its assessments and channels; all of it comes
 * back with mit_store_undo (returned change). */
gint64          mit_store_delete_target_group    (MitStore        *self,
                                                  gint64           id,
                                                  GError         **error);
/* Ids of the groups, sorted by name in the user's language. @text (NULL or
 * "" for all) is found in name or description, ignoring case and accents;
 * @level is a MitReachability to match the current level (-1 for any);
 * @focus_only keeps only focus groups. A GArray of gint64. */
GArray         *mit_store_find_target_group_ids  (MitStore        *self,
                                                  const char      *text,
                                                  int              level,
                                                  gboolean         focus_only,
                                                  GError         **error);
guint           mit_store_count_target_groups    (MitStore        *self);

/* Assessments */

/* Inserts or updates. The level must be GOOD, MEDIUM or LITTLE_OR_NONE,
 * the date a real date "YYYY-MM-DD", and the group must exist. Editing an
 * older assessment leaves the others as they are. */
gboolean        mit_store_save_assessment        (MitStore        *self,
                                                  MitAssessment   *assessment,
                                                  GError         **error);
gint64          mit_store_delete_assessment      (MitStore        *self,
                                                  gint64           id,
                                                  GError         **error);
/* The timeline of a group: oldest first (by date, then by id). A GPtrArray
 * of MitAssessment; empty if never assessed. */
GPtrArray      *mit_store_list_assessments       (MitStore        *self,
                                                  gint64           group_id,
                                                  GError         **error);
/* The group's current level (its latest assessment), or
 * MIT_REACHABILITY_UNKNOWN when it was never assessed or does not exist.
 * @date_out (optional) receives that assessment's date, or NULL. */
MitReachability mit_store_get_current_level      (MitStore        *self,
                                                  gint64           group_id,
                                                  char           **date_out);
/* Records a new assessment in one call (e.g. a card dropped on a column of
 * the board). @date NULL means today. Returns the new assessment's id, or
 * 0 with @error set. */
gint64          mit_store_record_assessment      (MitStore        *self,
                                                  gint64           group_id,
                                                  MitReachability  level,
                                                  const char      *date,
                                                  const char      *assessor,
                                                  const char      *reasoning,
                                                  GError         **error);

/* Channels */

/* Inserts or updates. "how" must be one of the MIT_CHANNEL_HOW_* keys,
 * the strength a MitChannelStrength; actor, group and (when not 0) the
 * contact person must exist, and the actor must not reach the group the
 * same way twice. Fills in the names. */
gboolean        mit_store_save_channel           (MitStore        *self,
                                                  MitChannel      *channel,
                                                  GError         **error);
gint64          mit_store_delete_channel         (MitStore        *self,
                                                  gint64           id,
                                                  GError         **error);
/* With names filled in. */
MitChannel     *mit_store_load_channel           (MitStore        *self,
                                                  gint64           id,
                                                  GError         **error);
/* The actors reaching a group, sorted by actor name (then by how). A
 * GPtrArray of MitChannel, names filled in. */
GPtrArray      *mit_store_list_channels_of_group (MitStore        *self,
                                                  gint64           group_id,
                                                  GError         **error);
/* The groups an actor reaches, sorted by group name (then by how). */
GPtrArray      *mit_store_list_channels_of_actor (MitStore        *self,
                                                  gint64           actor_id,
                                                  GError         **error);

G_END_DECLS
