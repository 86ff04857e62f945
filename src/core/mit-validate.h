/* mit-validate.h: checks of what people type into contact fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each returns TRUE for a value the directory can keep. NULL and ""
 * (after trimming spaces) are valid: every field is optional. They are
 * lenient on purpose: they refuse what is certainly wrong, not what is
 * unusual. */
gboolean mit_validate_email    (const char *s);
gboolean mit_validate_url      (const char *s);
gboolean mit_validate_phone    (const char *s);
gboolean mit_validate_postcode (const char *s);
gboolean mit_validate_date     (const char *s);

/* Reads a stored date "YYYY-MM-DD" into @date (cleared first); FALSE if
 * @ymd is not a real date of that form. */
gboolean mit_date_parse        (const char *ymd,
                                GDate      *date);
/* A stored date as people read it, in the user's language ("3 June 2026",
 * "3. Juni 2026"); a copy of @ymd when it is not a date, NULL for NULL. */
char    *mit_date_format       (const char *ymd);

G_END_DECLS
