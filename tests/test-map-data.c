/* test-map-data.c: the network map's data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mit-test-util.h"

int
main (int argc, char **argv)
{
  mit_test_init (&argc, &argv);
  return g_test_run ();
}
