/* mit-network-data.h: what the network map shows: actors, groups, channels and their attributes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once
