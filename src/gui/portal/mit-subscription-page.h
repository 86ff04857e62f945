/* mit-subscription-page.h: the settings of one portal subscription, a
 * subpage of the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"
#include "mit-store-portal.h"

G_BEGIN_DECLS

#define MIT_TYPE_SUBSCRIPTION_PAGE (mit_subscription_page_get_type ())
G_DECLARE_FINAL_TYPE (MitSubscriptionPage, mit_subscription_page, MIT, SUBSCRIPTION_PAGE, GtkBox)

/* Languages (from the region's list on the portal; the default one always
 * included), the sync interval, the category mapping (kind and fields of
 * action per category, from the "actor-kind" and "field" vocabularies) and
 * removing the subscription. Every change is saved at once. Returns NULL
 * when the subscription cannot be loaded. Actions: "subscription.back",
 * "…sync", "…remove". */
GtkWidget *mit_subscription_page_new (MitStore *store,
                                      gint64    subscription_id);

/* "Last synced 3 June 2026, 14:05" or "Never synced". */
char      *mit_subscription_format_last_sync (const char            *last_sync);
/* "cms.integreat-app.de · Deutsch, English · Last synced …" */
char      *mit_subscription_format_summary   (const MitSubscription *subscription);

/* The intervals offered, in minutes (0: only when asked), and the label
 * of one. */
const guint *mit_subscription_list_intervals  (guint *n_intervals);
char        *mit_subscription_format_interval (guint  minutes);

G_END_DECLS
