/* mit-store-overview.h: counts and recent changes for the overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once
