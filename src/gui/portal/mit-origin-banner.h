/* mit-origin-banner.h: where a synced record came from, shown above its
 * editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

/**
 * MitOriginState:
 * @MIT_ORIGIN_STATE_NONE: not synced from a portal (the banner is hidden)
 * @MIT_ORIGIN_STATE_SYNCED: synced, nothing to do
 * @MIT_ORIGIN_STATE_CONFLICT: changed here and on the portal; a button
 *   opens MitConflictDialog
 * @MIT_ORIGIN_STATE_REMOVED: the portal no longer lists it
 */
typedef enum
{
  MIT_ORIGIN_STATE_NONE,
  MIT_ORIGIN_STATE_SYNCED,
  MIT_ORIGIN_STATE_CONFLICT,
  MIT_ORIGIN_STATE_REMOVED,
} MitOriginState;

#define MIT_TYPE_ORIGIN_BANNER (mit_origin_banner_get_type ())
G_DECLARE_FINAL_TYPE (MitOriginBanner, mit_origin_banner, MIT, ORIGIN_BANNER, GtkWidget)

GtkWidget      *mit_origin_banner_new        (void);
/* Shows the origin of the record @row_id of @tbl ("actor" or "event"),
 * and follows the store; @store NULL or @row_id 0 hides it. */
void            mit_origin_banner_set_record (MitOriginBanner *self,
                                              MitStore        *store,
                                              const char      *tbl,
                                              gint64           row_id);
MitOriginState  mit_origin_banner_get_state  (MitOriginBanner *self);
/* The sentence shown: "Synced from Stadt Augsburg on cms.integreat-app.de",
 * "Removed from the portal on 3 June 2026. You can keep or delete it.",
 * "Changed here and on the portal since the last sync." */
const char     *mit_origin_banner_get_text   (MitOriginBanner *self);

G_END_DECLS
