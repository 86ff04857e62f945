/* mit-overview.c: the Overview section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"
