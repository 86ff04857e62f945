/* mit-add-subscription-dialog.h: subscribe to a region of a portal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_ADD_SUBSCRIPTION_DIALOG (mit_add_subscription_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MitAddSubscriptionDialog, mit_add_subscription_dialog, MIT, ADD_SUBSCRIPTION_DIALOG, AdwWindow)

/* Loads the live regions of the portal at @base_url (NULL: the default
 * portal) as soon as it is made; the user picks one and its languages,
 * and "Subscribe" saves the subscription, tells the store's
 * MitSyncRunner, emits "done" (gint64 subscription id) and closes.
 * Everything under way is cancelled when it closes. Actions:
 * "add-subscription.subscribe", "…back", "…retry", "…retry-languages". */
MitAddSubscriptionDialog *mit_add_subscription_dialog_new (GtkWindow  *parent,
                                                           MitStore   *store,
                                                           const char *base_url);

/* The regions shown after the search, for tests: their slugs in order.
 * Caller frees. */
GStrv mit_add_subscription_dialog_dup_visible_regions (MitAddSubscriptionDialog *self);
/* Chooses the region @slug as if its row had been activated. Returns
 * whether it is listed. */
gboolean mit_add_subscription_dialog_choose_region (MitAddSubscriptionDialog *self,
                                                    const char               *slug);
/* The check button of language @code, or NULL, for tests. */
GtkCheckButton *mit_add_subscription_dialog_get_language_check (MitAddSubscriptionDialog *self,
                                                                const char               *code);

G_END_DECLS
