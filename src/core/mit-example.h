/* mit-example.h: the example network of a fictional town
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-store.h"

G_BEGIN_DECLS

#define MIT_EXAMPLE_RESOURCE_PATH "/io/github/miteinander/Miteinander/example/network.json"

/* Loads the example network (the fictional town of Lindenbrunn) into an
 * empty directory, in one transaction: either all of it or nothing. With
 * the records of network.json come the steering group and its four
 * meetings of the example year (agenda, minutes, decisions and action
 * items, some still open and carried into the later meetings). Fails
 * with MIT_STORE_ERROR_INVALID when the store already holds actors. Every
 * error is in the MIT_STORE_ERROR domain; a damaged example gives
 * MIT_STORE_ERROR_FAILED. */
gboolean    mit_example_load                (MitStore       *store,
                                             GError        **error);

/* The same for any data in the example format (see
 * resources/example/network.json), without the steering group, which
 * refers to the keys of the program's own example. For tests and for
 * later importers. */
gboolean    mit_example_load_bytes          (MitStore       *store,
                                             GBytes         *data,
                                             GError        **error);

G_END_DECLS
