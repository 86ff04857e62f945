/* mit-store-overview.c: counts and recent changes for the overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"
