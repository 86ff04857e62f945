/* mit-test-portal-server.h: a local Integreat API v3 server for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * MitTestPortalServerFlags:
 * @MIT_TEST_PORTAL_SERVER_NONE: plain HTTP, served from the thread-default
 *   main context of mit_test_portal_server_new() (the test must iterate it)
 * @MIT_TEST_PORTAL_SERVER_OWN_THREAD: served from a thread of its own, for
 *   clients that block (mit_portal_client_fetch_sync(), a subprocess)
 * @MIT_TEST_PORTAL_SERVER_TLS: HTTPS with the self-signed certificate of
 *   tests/fixtures/portal/tls, which a verifying client must refuse
 */
typedef enum
{
  MIT_TEST_PORTAL_SERVER_NONE       = 0,
  MIT_TEST_PORTAL_SERVER_OWN_THREAD = 1 << 0,
  MIT_TEST_PORTAL_SERVER_TLS        = 1 << 1,
} MitTestPortalServerFlags;

/**
 * MitTestPortalFault:
 * @MIT_TEST_PORTAL_FAULT_NONE: answer normally
 * @MIT_TEST_PORTAL_FAULT_ERROR_500: "500 Internal Server Error" with an HTML page
 * @MIT_TEST_PORTAL_FAULT_STALL: read the request and never answer
 * @MIT_TEST_PORTAL_FAULT_RESET: close the connection without answering
 * @MIT_TEST_PORTAL_FAULT_TRUNCATED: announce the whole body's length, send
 *   the first half, then close the connection; with set_chunked(), send
 *   the first half in chunks and close before the closing chunk; with
 *   set_gzip(), half of the compressed body
 * @MIT_TEST_PORTAL_FAULT_MALFORMED: a complete, well-framed 200 answer whose
 *   JSON body is cut in half (not valid JSON)
 * @MIT_TEST_PORTAL_FAULT_HTML_404: "404 Not Found" with an HTML page, as the
 *   live portal answers for an unknown region
 * @MIT_TEST_PORTAL_FAULT_HTML_200: "200 OK" with an HTML page (a web app's
 *   start page instead of the API)
 */
typedef enum
{
  MIT_TEST_PORTAL_FAULT_NONE,
  MIT_TEST_PORTAL_FAULT_ERROR_500,
  MIT_TEST_PORTAL_FAULT_STALL,
  MIT_TEST_PORTAL_FAULT_RESET,
  MIT_TEST_PORTAL_FAULT_TRUNCATED,
  MIT_TEST_PORTAL_FAULT_MALFORMED,
  MIT_TEST_PORTAL_FAULT_HTML_404,
  MIT_TEST_PORTAL_FAULT_HTML_200,
} MitTestPortalFault;

#define MIT_TEST_TYPE_PORTAL_SERVER (mit_test_portal_server_get_type ())
G_DECLARE_FINAL_TYPE (MitTestPortalServer, mit_test_portal_server, MIT_TEST, PORTAL_SERVER, GObject)

/* Listens on 127.0.0.1 at a free port and serves the Augsburg fixtures of
 * tests/fixtures/portal/augsburg under the API's real paths
 * (/api/v3/regions/, /api/v3/augsburg/languages/,
 * /api/v3/augsburg/{de,en}/{locations,events}/, /api/v3/augsburg/de/pages/,
 * and the rest listed in the fixtures' README.txt). A path it does not know
 * answers 404: with {"error": "No language matches the given query."} (JSON)
 * below a region it knows (one with a /api/v3/REGION/languages/ path), with
 * an HTML page elsewhere, as the live portal does. Fails the test if it
 * cannot listen. */
MitTestPortalServer *mit_test_portal_server_new       (MitTestPortalServerFlags flags);

/* "http://127.0.0.1:PORT" (https with the TLS flag), without a trailing slash. */
const char  *mit_test_portal_server_get_url          (MitTestPortalServer *self);
guint16      mit_test_portal_server_get_port         (MitTestPortalServer *self);

/* Serves @body at @path (exact match, no query) with @status and
 * @content_type, replacing what was there. */
void         mit_test_portal_server_add_bytes        (MitTestPortalServer *self,
                                                      const char          *path,
                                                      guint                status,
                                                      const char          *content_type,
                                                      GBytes              *body);
/* Serves a JSON string with 200, for synthetic regions and benchmarks. */
void         mit_test_portal_server_add_json         (MitTestPortalServer *self,
                                                      const char          *path,
                                                      const char          *json);
/* Serves a file with 200 as JSON; @file is absolute or relative to
 * tests/fixtures. */
void         mit_test_portal_server_add_file         (MitTestPortalServer *self,
                                                      const char          *path,
                                                      const char          *file);
/* @path then answers like any unknown path (404). */
void         mit_test_portal_server_remove           (MitTestPortalServer *self,
                                                      const char          *path);
/* The body served at @path now, or NULL. */
GBytes      *mit_test_portal_server_get_body         (MitTestPortalServer *self,
                                                      const char          *path);

/* In the JSON array served at @path, the object whose top-level member
 * @key_member equals @key_value (a string, or an integer written in
 * decimal) gets @member set to @json_value (any JSON text, such as
 * "\"Neuer Name\"", "42" or "null"). Returns whether the item was found. */
gboolean     mit_test_portal_server_change_item      (MitTestPortalServer *self,
                                                      const char          *path,
                                                      const char          *key_member,
                                                      const char          *key_value,
                                                      const char          *member,
                                                      const char          *json_value);
/* Drops that object from the array. Returns whether it was found. */
gboolean     mit_test_portal_server_drop_item        (MitTestPortalServer *self,
                                                      const char          *path,
                                                      const char          *key_member,
                                                      const char          *key_value);

/* The next @times requests of @path get @fault, later ones are answered
 * normally; @times 0 means every request. MIT_TEST_PORTAL_FAULT_NONE
 * clears the fault. Works for paths without content too. */
void         mit_test_portal_server_set_fault        (MitTestPortalServer *self,
                                                      const char          *path,
                                                      MitTestPortalFault   fault,
                                                      guint                times);
/* gzip every answer to a request whose Accept-Encoding allows it. */
void         mit_test_portal_server_set_gzip         (MitTestPortalServer *self,
                                                      gboolean             gzip);
/* Send bodies with chunked transfer encoding (no Content-Length), in 4 KiB
 * chunks. */
void         mit_test_portal_server_set_chunked      (MitTestPortalServer *self,
                                                      gboolean             chunked);

/* How many requests for @path arrived (faulty answers included). */
guint        mit_test_portal_server_get_request_count (MitTestPortalServer *self,
                                                       const char          *path);
guint        mit_test_portal_server_get_total_request_count (MitTestPortalServer *self);
void         mit_test_portal_server_reset_request_counts (MitTestPortalServer *self);
/* The value of header @name in the latest request for @path, or NULL.
 * Caller frees. */
char        *mit_test_portal_server_get_last_request_header (MitTestPortalServer *self,
                                                             const char          *path,
                                                             const char          *name);

G_END_DECLS
