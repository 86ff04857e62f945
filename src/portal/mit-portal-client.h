/* mit-portal-client.h: downloads from a portal's Integreat API v3
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MIT_PORTAL_CLIENT_ERROR (mit_portal_client_error_quark ())

/**
 * MitPortalClientError:
 * @MIT_PORTAL_CLIENT_ERROR_INVALID_ADDRESS: the portal address is not an http(s) URL
 * @MIT_PORTAL_CLIENT_ERROR_UNREACHABLE: no connection (host unknown, refused, closed)
 * @MIT_PORTAL_CLIENT_ERROR_TIMEOUT: the server did not answer within the timeout
 * @MIT_PORTAL_CLIENT_ERROR_TLS: the server's certificate cannot be trusted
 * @MIT_PORTAL_CLIENT_ERROR_HTTP_STATUS: an HTTP error status (after retries for 5xx)
 * @MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION: the portal has no such region
 * @MIT_PORTAL_CLIENT_ERROR_UNKNOWN_LANGUAGE: the region has no such language
 * @MIT_PORTAL_CLIENT_ERROR_NOT_A_PORTAL: the address answers, but not with the API
 * @MIT_PORTAL_CLIENT_ERROR_TOO_LARGE: the answer is larger than the size cap
 * @MIT_PORTAL_CLIENT_ERROR_TRUNCATED: the download broke off before its end
 *
 * Cancellation is reported as %G_IO_ERROR_CANCELLED, not in this domain.
 */
typedef enum
{
  MIT_PORTAL_CLIENT_ERROR_INVALID_ADDRESS,
  MIT_PORTAL_CLIENT_ERROR_UNREACHABLE,
  MIT_PORTAL_CLIENT_ERROR_TIMEOUT,
  MIT_PORTAL_CLIENT_ERROR_TLS,
  MIT_PORTAL_CLIENT_ERROR_HTTP_STATUS,
  MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION,
  MIT_PORTAL_CLIENT_ERROR_UNKNOWN_LANGUAGE,
  MIT_PORTAL_CLIENT_ERROR_NOT_A_PORTAL,
  MIT_PORTAL_CLIENT_ERROR_TOO_LARGE,
  MIT_PORTAL_CLIENT_ERROR_TRUNCATED,
} MitPortalClientError;

/**
 * MitPortalClientEndpoint:
 * @MIT_PORTAL_CLIENT_ENDPOINT_REGIONS: `/api/v3/regions/`
 * @MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES: `/api/v3/{region}/languages/`
 * @MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS: `/api/v3/{region}/{language}/locations/`
 * @MIT_PORTAL_CLIENT_ENDPOINT_EVENTS: `/api/v3/{region}/{language}/events/`
 * @MIT_PORTAL_CLIENT_ENDPOINT_PAGES: `/api/v3/{region}/{language}/pages/`
 */
typedef enum
{
  MIT_PORTAL_CLIENT_ENDPOINT_REGIONS,
  MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES,
  MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS,
  MIT_PORTAL_CLIENT_ENDPOINT_EVENTS,
  MIT_PORTAL_CLIENT_ENDPOINT_PAGES,
} MitPortalClientEndpoint;

#define MIT_PORTAL_CLIENT_DEFAULT_BASE_URL "https://cms.integreat-app.de"
#define MIT_PORTAL_CLIENT_DEFAULT_TIMEOUT 30                      /* seconds */
#define MIT_PORTAL_CLIENT_DEFAULT_MAX_ATTEMPTS 3
#define MIT_PORTAL_CLIENT_DEFAULT_RETRY_DELAY 1000                /* milliseconds */
#define MIT_PORTAL_CLIENT_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (64) * 1024 * 1024)

#define MIT_TYPE_PORTAL_CLIENT (mit_portal_client_get_type ())
G_DECLARE_FINAL_TYPE (MitPortalClient, mit_portal_client, MIT, PORTAL_CLIENT, GObject)

GQuark           mit_portal_client_error_quark      (void);

MitPortalClient *mit_portal_client_new              (const char *base_url);

const char      *mit_portal_client_get_base_url     (MitPortalClient *self);
void             mit_portal_client_set_base_url     (MitPortalClient *self,
                                                     const char      *base_url);
guint            mit_portal_client_get_timeout      (MitPortalClient *self);
void             mit_portal_client_set_timeout      (MitPortalClient *self,
                                                     guint            seconds);
guint            mit_portal_client_get_max_attempts (MitPortalClient *self);
void             mit_portal_client_set_max_attempts (MitPortalClient *self,
                                                     guint            max_attempts);
guint            mit_portal_client_get_retry_delay  (MitPortalClient *self);
void             mit_portal_client_set_retry_delay  (MitPortalClient *self,
                                                     guint            milliseconds);
guint64          mit_portal_client_get_max_size     (MitPortalClient *self);
void             mit_portal_client_set_max_size     (MitPortalClient *self,
                                                     guint64          max_size);
const char      *mit_portal_client_get_user_agent   (MitPortalClient *self);

char            *mit_portal_client_build_url        (MitPortalClient         *self,
                                                     MitPortalClientEndpoint  endpoint,
                                                     const char              *region,
                                                     const char              *language,
                                                     GError                 **error);

void             mit_portal_client_fetch_async      (MitPortalClient         *self,
                                                     MitPortalClientEndpoint  endpoint,
                                                     const char              *region,
                                                     const char              *language,
                                                     GCancellable            *cancellable,
                                                     GAsyncReadyCallback      callback,
                                                     gpointer                 user_data);
GBytes          *mit_portal_client_fetch_finish     (MitPortalClient         *self,
                                                     GAsyncResult            *result,
                                                     GError                 **error);
GBytes          *mit_portal_client_fetch_sync       (MitPortalClient         *self,
                                                     MitPortalClientEndpoint  endpoint,
                                                     const char              *region,
                                                     const char              *language,
                                                     GCancellable            *cancellable,
                                                     GError                 **error);

G_END_DECLS
