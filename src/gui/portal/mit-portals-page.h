/* mit-portals-page.h: the "Portals" page of the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_PORTALS_PAGE (mit_portals_page_get_type ())
G_DECLARE_FINAL_TYPE (MitPortalsPage, mit_portals_page, MIT, PORTALS_PAGE, AdwPreferencesPage)

/* The subscriptions of @store (region, portal, languages, last sync), each
 * opening its settings as a subpage of the preferences window; adding one,
 * and syncing them all with the store's MitSyncRunner. Actions:
 * "portals.add-subscription", "portals.sync", "portals.cancel-sync",
 * "portals.open-subscription" (x, the id), "portals.show-conflicts"
 * (a row that shows only while conflicts wait). */
GtkWidget *mit_portals_page_new (MitStore *store);

/* The portal the Add Subscription dialog offers (tests point it at a
 * local server); NULL: the default portal. */
void       mit_portals_page_set_default_base_url (MitPortalsPage *self,
                                                  const char     *base_url);

G_END_DECLS
