/* mit-map-page.c: the Network Map section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"
