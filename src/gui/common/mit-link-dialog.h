/* mit-link-dialog.h: choose an actor or a person to link, with a role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_LINK_DIALOG (mit_link_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitLinkDialog, mit_link_dialog, MIT, LINK_DIALOG, AdwWindow)

/* @choose is MIT_RECORD_ACTOR or MIT_RECORD_PERSON: what the user picks.
 * Emits "chosen" (gint64 id, const char *role) and closes. */
MitLinkDialog *mit_link_dialog_new (GtkWindow     *parent,
                                    MitStore      *store,
                                    MitRecordKind  choose);

G_END_DECLS
