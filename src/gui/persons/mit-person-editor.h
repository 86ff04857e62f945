/* mit-person-editor.h: the detail page of a contact person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_PERSON_EDITOR (mit_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (MitPersonEditor, mit_person_editor, MIT, PERSON_EDITOR, AdwBin)

void        mit_person_editor_set_store     (MitPersonEditor *self,
                                             MitStore        *store);
/* Shows the person @id (0: none), saving what is pending first. */
gboolean    mit_person_editor_load          (MitPersonEditor *self,
                                             gint64           id);
gint64      mit_person_editor_get_person_id (MitPersonEditor *self);
const char *mit_person_editor_get_title     (MitPersonEditor *self);
void        mit_person_editor_flush         (MitPersonEditor *self);
void        mit_person_editor_focus_name    (MitPersonEditor *self);

G_END_DECLS
