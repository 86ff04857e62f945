/* test-portal-client.c: downloads from the portal, against a local server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitPortal"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "mit-portal-client.h"
#include "mit-test-portal-server.h"
#include "mit-test-util.h"

#define LOCATIONS_DE "/api/v3/augsburg/de/locations/"
#define PAGES_DE "/api/v3/augsburg/de/pages/"

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *rel = g_build_filename ("portal", "augsburg", name, NULL);
  g_autofree char *path = mit_test_fixture_path (rel);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* A client for @server that retries quickly, so that retries cost
 * milliseconds; the timeout only bounds a broken test. */
static MitPortalClient *
client_for (MitTestPortalServer *server)
{
  MitPortalClient *client = mit_portal_client_new (mit_test_portal_server_get_url (server));

  mit_portal_client_set_retry_delay (client, 1);
  mit_portal_client_set_timeout (client, 10);
  return client;
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

/* Runs one download in the default main context (where the server of a
 * same-thread test also answers) until it is done. */
static GBytes *
fetch (MitPortalClient         *client,
       MitPortalClientEndpoint  endpoint,
       const char              *region,
       const char              *language,
       GCancellable            *cancellable,
       GError                 **error)
{
  GAsyncResult *result = NULL;
  GBytes *bytes;

  mit_portal_client_fetch_async (client, endpoint, region, language, cancellable,
                                 store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  bytes = mit_portal_client_fetch_finish (client, result, error);
  g_object_unref (result);
  return bytes;
}

static void
assert_bytes_equal (GBytes *actual,
                    GBytes *expected)
{
  g_assert_nonnull (actual);
  g_assert_cmpmem (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

typedef struct
{
  guint   emissions;
  int     endpoint;
  guint64 received;
  guint64 total;
} Progress;

static void
progress_cb (MitPortalClient *client,
             int              endpoint,
             guint64          received,
             guint64          total,
             gpointer         user_data)
{
  Progress *progress = user_data;

  progress->emissions++;
  progress->endpoint = endpoint;
  g_assert_cmpuint (received, >=, progress->received);
  progress->received = received;
  progress->total = total;
}

/* Endpoints and URLs */

static void
test_endpoints (void)
{
  static const struct
  {
    MitPortalClientEndpoint endpoint;
    const char *region;
    const char *language;
    const char *path;
    const char *fixture;
  } cases[] = {
    { MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL, "/api/v3/regions/", "regions.json" },
    { MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES, "augsburg", NULL, "/api/v3/augsburg/languages/",
      "augsburg_languages.json" },
    { MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", LOCATIONS_DE,
      "augsburg_de_locations.json" },
    { MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "en", "/api/v3/augsburg/en/locations/",
      "augsburg_en_locations.json" },
    { MIT_PORTAL_CLIENT_ENDPOINT_EVENTS, "augsburg", "de", "/api/v3/augsburg/de/events/",
      "augsburg_de_events.json" },
    { MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", PAGES_DE, "augsburg_de_pages.json" },
  };
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) expected = load_fixture (cases[i].fixture);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *agent = NULL;
      g_autofree char *accept = NULL;
      Progress progress = { 0, };
      gulong handler;

      handler = g_signal_connect (client, "progress", G_CALLBACK (progress_cb), &progress);
      bytes = fetch (client, cases[i].endpoint, cases[i].region, cases[i].language, NULL, &error);
      g_signal_handler_disconnect (client, handler);

      g_assert_no_error (error);
      assert_bytes_equal (bytes, expected);
      g_assert_cmpuint (mit_test_portal_server_get_request_count (server, cases[i].path), ==, 1);

      /* The window shows progress: the last report is the whole body, of
       * the size the server announced. */
      g_assert_cmpuint (progress.emissions, >=, 2);
      g_assert_cmpint (progress.endpoint, ==, cases[i].endpoint);
      g_assert_cmpuint (progress.received, ==, g_bytes_get_size (expected));
      g_assert_cmpuint (progress.total, ==, g_bytes_get_size (expected));

      agent = mit_test_portal_server_get_last_request_header (server, cases[i].path, "User-Agent");
      g_assert_cmpstr (agent, ==, "Miteinander/" PACKAGE_VERSION);
      accept = mit_test_portal_server_get_last_request_header (server, cases[i].path, "Accept");
      g_assert_cmpstr (accept, ==, "application/json");
    }
}

static void
test_build_url (void)
{
  g_autoptr(MitPortalClient) client = mit_portal_client_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *regions = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *below = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *no_region = NULL;
  g_autofree char *no_language = NULL;

  g_assert_cmpstr (mit_portal_client_get_base_url (client), ==, "https://cms.integreat-app.de");
  g_assert_cmpstr (mit_portal_client_get_user_agent (client), ==, "Miteinander/" PACKAGE_VERSION);
  g_assert_cmpuint (mit_portal_client_get_timeout (client), ==, 30);
  g_assert_cmpuint (mit_portal_client_get_max_attempts (client), ==, 3);
  g_assert_cmpuint (mit_portal_client_get_max_size (client), ==, 64 * 1024 * 1024);

  regions = mit_portal_client_build_url (client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL,
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpstr (regions, ==, "https://cms.integreat-app.de/api/v3/regions/");

  pages = mit_portal_client_build_url (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de",
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pages, ==, "https://cms.integreat-app.de/api/v3/augsburg/de/pages/");

  /* Path parts are escaped: a slug cannot reach another path. */
  escaped = mit_portal_client_build_url (client, MIT_PORTAL_CLIENT_ENDPOINT_EVENTS,
                                         "a b/../c?", "d#e", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (escaped, ==,
                   "https://cms.integreat-app.de/api/v3/a%20b%2F..%2Fc%3F/d%23e/events/?combine_recurring=True");

  /* A portal below a path, with a port and a trailing slash. */
  mit_portal_client_set_base_url (client, "http://example.org:8080/cms/");
  below = mit_portal_client_build_url (client, MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES, "augsburg",
                                       NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (below, ==, "http://example.org:8080/cms/api/v3/augsburg/languages/");

  mit_portal_client_set_base_url (client, "ftp://example.org");
  bad = mit_portal_client_build_url (client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL,
                                     &error);
  g_assert_null (bad);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_INVALID_ADDRESS);
  g_assert_nonnull (strstr (error->message, "ftp://example.org"));
  g_assert_nonnull (strstr (error->message, "Preferences"));
  g_clear_error (&error);

  mit_portal_client_set_base_url (client, NULL);
  g_assert_cmpstr (mit_portal_client_get_base_url (client), ==, "https://cms.integreat-app.de");
  no_region = mit_portal_client_build_url (client, MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES, "",
                                           NULL, &error);
  g_assert_null (no_region);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION);
  g_clear_error (&error);
  no_language = mit_portal_client_build_url (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg",
                                             NULL, &error);
  g_assert_null (no_language);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_LANGUAGE);
}

static void
test_invalid_address (void)
{
  g_autoptr(MitPortalClient) client = mit_portal_client_new ("not a url");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_INVALID_ADDRESS);
}

/* Retries */

static void
test_retry_then_ok (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) expected = load_fixture ("augsburg_de_locations.json");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  mit_test_portal_server_set_fault (server, LOCATIONS_DE, MIT_TEST_PORTAL_FAULT_ERROR_500, 2);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (bytes, expected);
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 3);
}

static void
test_always_500 (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  mit_portal_client_set_max_attempts (client, 4);
  mit_test_portal_server_set_fault (server, LOCATIONS_DE, MIT_TEST_PORTAL_FAULT_ERROR_500, 0);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_HTTP_STATUS);
  g_assert_nonnull (strstr (error->message, "500"));
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 4);
}

static void
test_4xx_not_retried (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) forbidden = g_bytes_new_static ("{}", 2);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  mit_test_portal_server_add_bytes (server, LOCATIONS_DE, 403, "application/json", forbidden);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_HTTP_STATUS);
  g_assert_nonnull (strstr (error->message, "403"));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 1);
}

static void
test_unknown_language (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = "/api/v3/augsburg/non-existing/pages/";

  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "non-existing", NULL,
                 &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "“non-existing”"));
  g_assert_nonnull (strstr (error->message, "“augsburg”"));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, path), ==, 1);
}

static void
test_unknown_region (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) languages = NULL;
  g_autoptr(GBytes) events = NULL;
  g_autoptr(GBytes) start_page = NULL;
  g_autoptr(GError) error = NULL;

  languages = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES, "nirgendwo", NULL, NULL,
                     &error);
  g_assert_null (languages);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION);
  g_assert_nonnull (strstr (error->message, "“nirgendwo”"));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server,
                                                              "/api/v3/nirgendwo/languages/"),
                    ==, 1);
  g_clear_error (&error);

  /* Below an unknown region the portal answers 404 with an HTML page. */
  events = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_EVENTS, "nirgendwo", "de", NULL, &error);
  g_assert_null (events);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION);
  g_assert_nonnull (strstr (error->message, "“nirgendwo”"));
  g_clear_error (&error);

  /* A web app's start page with 200 is no data either. */
  mit_test_portal_server_set_fault (server, LOCATIONS_DE, MIT_TEST_PORTAL_FAULT_HTML_200, 0);
  start_page = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", NULL,
                      &error);
  g_assert_null (start_page);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION);
  g_assert_nonnull (strstr (error->message, "“augsburg”"));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 1);
}

static void
test_not_a_portal (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) missing = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GError) error = NULL;

  mit_test_portal_server_remove (server, "/api/v3/regions/");
  missing = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_NOT_A_PORTAL);
  g_assert_nonnull (strstr (error->message, "Preferences"));
  g_clear_error (&error);

  mit_test_portal_server_set_fault (server, "/api/v3/regions/",
                                    MIT_TEST_PORTAL_FAULT_HTML_200, 0);
  html = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL, NULL, &error);
  g_assert_null (html);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_NOT_A_PORTAL);
}

/* Connections that fail */

static void
test_stall_times_out (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  mit_portal_client_set_timeout (client, 1);
  mit_test_portal_server_set_fault (server, LOCATIONS_DE, MIT_TEST_PORTAL_FAULT_STALL, 0);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  /* A timeout is not tried again: the person has waited long enough. */
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 1);
}

static void
test_reset (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  mit_test_portal_server_set_fault (server, LOCATIONS_DE, MIT_TEST_PORTAL_FAULT_RESET, 0);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNREACHABLE);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_assert_nonnull (strstr (error->message, "internet connection"));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 3);
  g_clear_error (&error);

  /* One reset, then the answer. */
  mit_test_portal_server_reset_request_counts (server);
  mit_test_portal_server_set_fault (server, LOCATIONS_DE, MIT_TEST_PORTAL_FAULT_RESET, 1);
  again = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 2);
}

static void
assert_truncated (MitTestPortalServer *server,
                  MitPortalClient     *client)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  mit_test_portal_server_reset_request_counts (server);
  mit_test_portal_server_set_fault (server, PAGES_DE, MIT_TEST_PORTAL_FAULT_TRUNCATED, 0);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TRUNCATED);
  g_assert_nonnull (strstr (error->message, "“augsburg”"));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, PAGES_DE), ==, 3);
}

/* A chunked body that stops between two chunks looks complete to libsoup;
 * the client cannot know, but what it hands on is shorter than the data
 * and does not parse, so the sync still refuses it. */
static void
test_truncated_chunked (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) expected = load_fixture ("augsburg_de_pages.json");

  mit_test_portal_server_set_chunked (server, TRUE);
  for (guint gzip = 0; gzip < 2; gzip++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      mit_test_portal_server_set_gzip (server, gzip);
      mit_test_portal_server_set_fault (server, PAGES_DE, MIT_TEST_PORTAL_FAULT_TRUNCATED, 0);
      bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
      if (bytes == NULL)
        {
          g_test_message ("chunked%s: the client noticed", gzip ? ", gzip" : "");
          g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TRUNCATED);
        }
      else
        {
          g_autoptr(JsonParser) parser = json_parser_new ();

          g_test_message ("chunked%s: left to the parser", gzip ? ", gzip" : "");
          g_assert_no_error (error);
          g_assert_cmpuint (g_bytes_get_size (bytes), <, g_bytes_get_size (expected));
          g_assert_false (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                                      (gssize) g_bytes_get_size (bytes), &error));
          g_assert_nonnull (error);
        }
    }
}

static void
test_truncated (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) expected = load_fixture ("augsburg_de_pages.json");
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  /* Short of its Content-Length, plain and gzipped (where Content-Length
   * is not the size of the data). */
  assert_truncated (server, client);
  mit_test_portal_server_set_gzip (server, TRUE);
  assert_truncated (server, client);
  mit_test_portal_server_set_gzip (server, FALSE);

  /* Broken off once, then whole. */
  mit_test_portal_server_reset_request_counts (server);
  mit_test_portal_server_set_fault (server, PAGES_DE, MIT_TEST_PORTAL_FAULT_TRUNCATED, 1);
  again = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (again, expected);
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, PAGES_DE), ==, 2);
}

static guint16
closed_port (void)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  guint16 port;

  /* Bound but never listening: connections are refused. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                         &error);
  g_assert_no_error (error);
  g_socket_bind (socket, any_port, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);
  return port;
}

static void
test_unreachable (void)
{
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u", closed_port ());
  g_autoptr(MitPortalClient) client = mit_portal_client_new (url);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  mit_portal_client_set_retry_delay (client, 1);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNREACHABLE);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_assert_nonnull (strstr (error->message, "internet connection"));
}

/* Set in the subprocess of the TLS test only. */
static gboolean skip_leak_check;

#ifdef __SANITIZE_ADDRESS__
/* LeakSanitizer asks this before its check at exit. Its tracer (GCC 12)
 * crashes on the dynamic TLS that GnuTLS leaves in GLib's worker threads,
 * so the process that did a TLS handshake is not checked for leaks; the
 * others are. */
int __lsan_is_turned_off (void);

int
__lsan_is_turned_off (void)
{
  return skip_leak_check;
}
#endif

static void
test_tls_refused (void)
{
  g_autoptr(MitTestPortalServer) server = NULL;
  g_autoptr(MitPortalClient) client = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking) installed");
      return;
    }

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  skip_leak_check = TRUE;
  server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_TLS);
  g_assert_true (g_str_has_prefix (mit_test_portal_server_get_url (server), "https://"));
  client = client_for (server);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TLS);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_assert_nonnull (strstr (error->message, "certificate authority"));
  /* The handshake failed, so no request was ever sent. */
  g_assert_cmpuint (mit_test_portal_server_get_total_request_count (server), ==, 0);
}

/* Size, encoding, cancelling */

static void
test_too_large (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) expected = load_fixture ("augsburg_de_pages.json");
  gsize size = g_bytes_get_size (expected);
  g_autoptr(GBytes) announced = NULL;
  g_autoptr(GBytes) chunked = NULL;
  g_autoptr(GBytes) gzipped = NULL;
  g_autoptr(GBytes) exact = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (size, >, 8192);
  mit_portal_client_set_max_size (client, size - 1);

  /* Announced by Content-Length. */
  announced = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_null (announced);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_clear_error (&error);

  /* Not announced: counted while reading. */
  mit_test_portal_server_set_chunked (server, TRUE);
  chunked = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_null (chunked);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Compressed below the cap, too large once decoded. */
  mit_test_portal_server_set_chunked (server, FALSE);
  mit_test_portal_server_set_gzip (server, TRUE);
  gzipped = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_null (gzipped);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Too large is not tried again. */
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, PAGES_DE), ==, 3);

  /* Exactly the cap is allowed. */
  mit_test_portal_server_set_chunked (server, TRUE);
  mit_portal_client_set_max_size (client, size);
  exact = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (exact, expected);
}

static void
test_gzip (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) expected = load_fixture ("augsburg_de_pages.json");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *accept = NULL;
  Progress progress = { 0, };

  mit_test_portal_server_set_gzip (server, TRUE);
  g_signal_connect (client, "progress", G_CALLBACK (progress_cb), &progress);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (bytes, expected);

  /* The server compresses only when the client asked for it. */
  accept = mit_test_portal_server_get_last_request_header (server, PAGES_DE, "Accept-Encoding");
  g_assert_nonnull (accept);
  g_assert_nonnull (strstr (accept, "gzip"));

  /* The size on the wire is not the size of the data: no total is shown. */
  g_assert_cmpuint (progress.received, ==, g_bytes_get_size (expected));
  g_assert_cmpuint (progress.total, ==, 0);
}

static void
cancel_on_progress_cb (MitPortalClient *client,
                       int              endpoint,
                       guint64          received,
                       guint64          total,
                       gpointer         user_data)
{
  if (received > 0)
    g_cancellable_cancel (user_data);
}

static void
test_cancel_mid_download (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GString) big = g_string_new ("[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, };

  /* Large enough that it cannot arrive in one read. */
  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (big, "%s{\"id\": %u, \"title\": \"Ort %u\"}", i ? ", " : "", i, i);
  g_string_append (big, "]");
  mit_test_portal_server_add_json (server, LOCATIONS_DE, big->str);
  mit_test_portal_server_set_chunked (server, TRUE);

  g_signal_connect (client, "progress", G_CALLBACK (progress_cb), &progress);
  g_signal_connect (client, "progress", G_CALLBACK (cancel_on_progress_cb), cancellable);
  bytes = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de", cancellable,
                 &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (progress.received, >, 0);
  g_assert_cmpuint (progress.received, <, big->len);
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 1);
}

static void
test_cancel_while_waiting (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GAsyncResult *result = NULL;

  /* A long back-off: only cancelling can end this download in time. */
  mit_portal_client_set_retry_delay (client, 10 * 60 * 1000);
  mit_test_portal_server_set_fault (server, LOCATIONS_DE, MIT_TEST_PORTAL_FAULT_ERROR_500, 0);
  mit_portal_client_fetch_async (client, MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS, "augsburg", "de",
                                 cancellable, store_result_cb, &result);
  while (mit_test_portal_server_get_request_count (server, LOCATIONS_DE) == 0)
    g_main_context_iteration (NULL, TRUE);
  g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  bytes = mit_portal_client_fetch_finish (client, result, &error);
  g_clear_object (&result);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server, LOCATIONS_DE), ==, 1);
}

/* The blocking call and the test server's own tricks */

static void
test_sync (void)
{
  g_autoptr(MitTestPortalServer) server =
    mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_OWN_THREAD);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) expected = load_fixture ("augsburg_de_events.json");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) missing = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, };

  g_signal_connect (client, "progress", G_CALLBACK (progress_cb), &progress);
  mit_test_portal_server_set_fault (server, "/api/v3/augsburg/de/events/",
                                    MIT_TEST_PORTAL_FAULT_ERROR_500, 1);
  bytes = mit_portal_client_fetch_sync (client, MIT_PORTAL_CLIENT_ENDPOINT_EVENTS, "augsburg",
                                        "de", NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (bytes, expected);
  g_assert_cmpuint (progress.received, ==, g_bytes_get_size (expected));
  g_assert_cmpuint (mit_test_portal_server_get_request_count (server,
                                                              "/api/v3/augsburg/de/events/"),
                    ==, 2);

  missing = mit_portal_client_fetch_sync (client, MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES,
                                          "nirgendwo", NULL, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION);
  g_assert_nonnull (strstr (error->message, "nirgendwo"));
}

static void
test_sync_cancelled (void)
{
  g_autoptr(MitTestPortalServer) server =
    mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_OWN_THREAD);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  bytes = mit_portal_client_fetch_sync (client, MIT_PORTAL_CLIENT_ENDPOINT_REGIONS, NULL, NULL,
                                        cancellable, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (mit_test_portal_server_get_total_request_count (server), ==, 0);
}

static guint
count_array (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  json_parser_load_from_data (parser, data, (gssize) size, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_array_get_length (json_node_get_array (json_parser_get_root (parser)));
}

static void
test_server_edits (void)
{
  g_autoptr(MitTestPortalServer) server = mit_test_portal_server_new (MIT_TEST_PORTAL_SERVER_NONE);
  g_autoptr(MitPortalClient) client = client_for (server);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GBytes) dropped = NULL;
  g_autoptr(GBytes) malformed = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *changed_text = NULL;
  const char *path = "/api/v3/augsburg/de/pages/";

  before = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_array (before), ==, 19);

  g_assert_true (mit_test_portal_server_change_item (server, path, "path",
                                                     "/augsburg/de/willkommen/", "title",
                                                     "\"Herzlich willkommen\""));
  g_assert_false (mit_test_portal_server_change_item (server, path, "path", "/nicht/da/",
                                                      "title", "\"x\""));
  changed = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_array (changed), ==, 19);
  changed_text = g_strndup (g_bytes_get_data (changed, NULL), g_bytes_get_size (changed));
  g_assert_nonnull (strstr (changed_text, "Herzlich willkommen"));

  g_assert_true (mit_test_portal_server_drop_item (server, path, "path",
                                                   "/augsburg/de/willkommen/"));
  dropped = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_array (dropped), ==, 18);

  /* A malformed body arrives complete; it is the parser's to refuse. */
  mit_test_portal_server_set_fault (server, path, MIT_TEST_PORTAL_FAULT_MALFORMED, 1);
  malformed = fetch (client, MIT_PORTAL_CLIENT_ENDPOINT_PAGES, "augsburg", "de", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (malformed);
  g_assert_false (json_parser_load_from_data (parser, g_bytes_get_data (malformed, NULL),
                                              (gssize) g_bytes_get_size (malformed), &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  /* The tests' GSETTINGS_SCHEMA_DIR has only our schema, and GIO's GNOME
   * proxy module aborts without its own; the servers are local anyway. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  mit_test_init (&argc, &argv);

  g_test_add_func ("/portal-client/endpoints", test_endpoints);
  g_test_add_func ("/portal-client/build-url", test_build_url);
  g_test_add_func ("/portal-client/invalid-address", test_invalid_address);
  g_test_add_func ("/portal-client/retry-then-ok", test_retry_then_ok);
  g_test_add_func ("/portal-client/always-500", test_always_500);
  g_test_add_func ("/portal-client/4xx-not-retried", test_4xx_not_retried);
  g_test_add_func ("/portal-client/unknown-language", test_unknown_language);
  g_test_add_func ("/portal-client/unknown-region", test_unknown_region);
  g_test_add_func ("/portal-client/not-a-portal", test_not_a_portal);
  g_test_add_func ("/portal-client/stall-times-out", test_stall_times_out);
  g_test_add_func ("/portal-client/reset", test_reset);
  g_test_add_func ("/portal-client/truncated", test_truncated);
  g_test_add_func ("/portal-client/truncated-chunked", test_truncated_chunked);
  g_test_add_func ("/portal-client/unreachable", test_unreachable);
  g_test_add_func ("/portal-client/tls-refused", test_tls_refused);
  g_test_add_func ("/portal-client/too-large", test_too_large);
  g_test_add_func ("/portal-client/gzip", test_gzip);
  g_test_add_func ("/portal-client/cancel-mid-download", test_cancel_mid_download);
  g_test_add_func ("/portal-client/cancel-while-waiting", test_cancel_while_waiting);
  g_test_add_func ("/portal-client/sync", test_sync);
  g_test_add_func ("/portal-client/sync-cancelled", test_sync_cancelled);
  g_test_add_func ("/portal-client/server-edits", test_server_edits);

  return g_test_run ();
}
