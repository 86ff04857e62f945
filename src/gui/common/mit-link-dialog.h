/* mit-link-dialog.h: choose an actor, a person, an event or a target group
 * to link, with a role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_LINK_DIALOG (mit_link_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitLinkDialog, mit_link_dialog, MIT, LINK_DIALOG, AdwWindow)

/* @choose is MIT_RECORD_ACTOR, MIT_RECORD_PERSON, MIT_RECORD_EVENT or
 * MIT_RECORD_TARGET_GROUP: what the user picks (actors and persons are
 * searched in the store, events and target groups by title in memory).
 * Emits "chosen" (gint64 id, const char *role) and closes. Property
 * "selected-id" (gint64, read-only, notified): the record selected now,
 * 0 for none. */
MitLinkDialog *mit_link_dialog_new             (GtkWindow     *parent,
                                                MitStore      *store,
                                                MitRecordKind  choose);
/* Whether the dialog asks for a role (it does by default); a venue or a
 * linked record has none. */
void           mit_link_dialog_set_asks_role   (MitLinkDialog *self,
                                                gboolean       asks_role);
/* Adds @row (e.g. an AdwComboRow) below the role, for what the caller
 * asks besides the record; the caller reads it when "chosen" is emitted. */
void           mit_link_dialog_add_row         (MitLinkDialog *self,
                                                GtkWidget     *row);
gint64         mit_link_dialog_get_selected_id (MitLinkDialog *self);
/* Selects the record @id when it is listed (for tests and callers that
 * propose one). Returns whether it is. */
gboolean       mit_link_dialog_select_id       (MitLinkDialog *self,
                                                gint64         id);

G_END_DECLS
