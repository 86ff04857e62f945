/* mit-bench-map.c: frame times of the network map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

int
main (void)
{
  return 0;
}
