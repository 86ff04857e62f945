/* mit-test-gtk.c: set-up for widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "mit-test-util.h"

gboolean
mit_test_init_gtk (void)
{
  if (!gtk_init_check ())
    return FALSE;
  adw_init ();
  return TRUE;
}
