/* mit-map-page.h: the Network Map section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once
