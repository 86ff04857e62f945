/* mit-languages.h: language names from iso-codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Codes are ISO 639-1 where one exists ("de", "tr", "ar"), else ISO 639-3
 * ("prs"). Names come from the iso-codes data, translated into the user's
 * language through its "iso_639-3" gettext domain. */

/* The name, or NULL for an unknown code. */
const char  *mit_languages_get_name         (const char *code);
/* The code for a code or a name in English or the user's language
 * ("Türkisch", "turkish", "TR", "tur" → "tr"), or NULL. */
const char  *mit_languages_lookup           (const char *code_or_name);
/* All known codes (the living languages with a two-letter code, and a few
 * more spoken by newcomers), sorted by name in the user's language. */
const char * const *mit_languages_list_codes (void);

G_END_DECLS
