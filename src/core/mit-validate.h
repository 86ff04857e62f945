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

G_END_DECLS
