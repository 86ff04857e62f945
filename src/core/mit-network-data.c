/* mit-network-data.c: what the network map shows: actors, groups, channels and their attributes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"
