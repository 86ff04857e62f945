/* mit-text-util.h: what list rows and editors show, as pure functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mit-types.h"

G_BEGIN_DECLS

/* "Moschee, Frauen;  Sprachcafé" → { "Moschee", "Frauen", "Sprachcafé" }:
 * split at commas and semicolons, trimmed, empty and repeated (ignoring
 * case) tags left out. Never NULL. */
char       **mit_text_parse_tags           (const char          *text);
/* The reverse, joined with ", ". */
char        *mit_text_join_tags            (const char * const  *tags);
/* "1 actor", "12 actors" */
char        *mit_text_format_actor_count   (guint                n);
/* "1 contact person", "12 contact persons" */
char        *mit_text_format_person_count  (guint                n);
/* The translated label of a sector or a consent level. */
const char  *mit_text_get_sector_label     (MitSector            sector);
const char  *mit_text_get_consent_label    (MitConsent           consent);
/* Today as "YYYY-MM-DD" in local time. */
char        *mit_text_dup_today            (void);
/* A copy of @list with @item added at the end unless it is in it already. */
char       **mit_text_strv_add             (const char * const  *list,
                                            const char          *item);
/* A copy of @list without @item. */
char       **mit_text_strv_remove          (const char * const  *list,
                                            const char          *item);

G_END_DECLS
