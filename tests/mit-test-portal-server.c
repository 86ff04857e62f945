/* mit-test-portal-server.c: a local Integreat API v3 server for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SoupServer on 127.0.0.1 that serves fixture files under the API's real
 * paths and misbehaves on request. Its state is behind one mutex, because
 * with MIT_TEST_PORTAL_SERVER_OWN_THREAD the handler runs in the server's
 * thread while the test changes routes and faults from its own.
 */

#define G_LOG_DOMAIN "MitTest"

#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "mit-test-portal-server.h"
#include "mit-test-util.h"

#define CHUNK_SIZE 4096

static const char html_404[] =
  "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n"
  "<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n"
  "</body>\n</html>\n";
static const char html_500[] =
  "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n</head>\n"
  "<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n";
static const char html_200[] =
  "<!doctype html>\n<html lang=\"de\">\n<head>\n  <title>Integreat</title>\n</head>\n"
  "<body>\n  <div id=\"root\"></div>\n</body>\n</html>\n";
static const char unknown_language_json[] =
  "{ \"error\": \"No language matches the given query.\" }";

/* The fixtures' README.txt says which request each file answers. */
static const struct
{
  const char *path;
  const char *file;
} augsburg_routes[] = {
  { "/api/v3/regions/", "regions.json" },
  { "/api/v3/regions/augsburg/", "regions_augsburg.json" },
  { "/api/v3/augsburg/languages/", "augsburg_languages.json" },
  { "/api/v3/augsburg/de/pages/", "augsburg_de_pages.json" },
  { "/api/v3/augsburg/de/children/", "augsburg_de_children.json" },
  { "/api/v3/augsburg/de/events/", "augsburg_de_events.json" },
  { "/api/v3/augsburg/en/events/", "augsburg_en_events.json" },
  { "/api/v3/augsburg/de/locations/", "augsburg_de_locations.json" },
  { "/api/v3/augsburg/en/locations/", "augsburg_en_locations.json" },
  { "/api/v3/augsburg/de/location-categories/", "augsburg_de_location_categories.json" },
  { "/api/v3/augsburg/en/location-categories/", "augsburg_en_location_categories.json" },
  { "/api/v3/augsburg/de/imprint/", "augsburg_de_imprint.json" },
  { "/api/v3/augsburg/en/imprint/", "augsburg_en_imprint.json" },
  { "/api/v3/augsburg/offers/", "augsburg-offers.json" },
  { "/api/v3/augsburg/de/extras/", "augsburg-offers.json" },
};

typedef struct
{
  GBytes *body;
  char   *content_type;
  guint   status;
} Route;

typedef struct
{
  MitTestPortalFault fault;
  guint              remaining;   /* 0: for ever */
} Fault;

struct _MitTestPortalServer
{
  GObject parent_instance;

  MitTestPortalServerFlags flags;

  /* Used by the server's thread only (or the creating one). */
  SoupServer   *server;
  GMainContext *context;
  GMainLoop    *loop;
  GThread      *thread;

  /* Set before the server starts, read-only afterwards. */
  char         *url;
  guint16       port;

  /* Everything below is guarded by mutex. */
  GMutex        mutex;
  GCond         cond;
  gboolean      started;
  GHashTable   *routes;         /* path → Route */
  GHashTable   *faults;         /* path → Fault */
  GHashTable   *counts;         /* path → count */
  GHashTable   *last_headers;   /* path → SoupMessageHeaders */
  GPtrArray    *stalled;        /* SoupServerMessage, paused for ever */
  guint         total_count;
  gboolean      gzip;
  gboolean      chunked;
};

G_DEFINE_FINAL_TYPE (MitTestPortalServer, mit_test_portal_server, G_TYPE_OBJECT)

static void
route_free (Route *route)
{
  g_bytes_unref (route->body);
  g_free (route->content_type);
  g_free (route);
}

static GBytes *
gzip_bytes (GBytes *input)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
  g_autoptr(GError) error = NULL;
  gsize size;
  gconstpointer data = g_bytes_get_data (input, &size);

  g_output_stream_write_all (out, data, size, NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

/* @body, gzipped when @gzip and the request allows it; @gzipped tells. */
static GBytes *
encode_body (SoupServerMessage *msg,
             GBytes            *body,
             gboolean           gzip,
             gboolean          *gzipped)
{
  SoupMessageHeaders *request_headers = soup_server_message_get_request_headers (msg);
  const char *accept = soup_message_headers_get_list (request_headers, "Accept-Encoding");

  *gzipped = gzip && accept != NULL && soup_header_contains (accept, "gzip");
  return *gzipped ? gzip_bytes (body) : g_bytes_ref (body);
}

static void
respond (MitTestPortalServer *self,
         SoupServerMessage   *msg,
         guint                status,
         const char          *content_type,
         GBytes              *body,
         gboolean             gzip,
         gboolean             chunked)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  SoupMessageBody *message_body = soup_server_message_get_response_body (msg);
  g_autoptr(GBytes) sent = NULL;
  gboolean gzipped;
  gconstpointer data;
  gsize size;

  sent = encode_body (msg, body, gzip, &gzipped);
  if (gzipped)
    soup_message_headers_replace (headers, "Content-Encoding", "gzip");

  soup_server_message_set_status (msg, status, NULL);
  data = g_bytes_get_data (sent, &size);

  if (!chunked)
    {
      soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, data, size);
      return;
    }

  soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_headers_replace (headers, "Content-Type", content_type);
  for (gsize offset = 0; offset < size; offset += CHUNK_SIZE)
    soup_message_body_append (message_body, SOUP_MEMORY_COPY, (const char *) data + offset,
                              MIN (CHUNK_SIZE, size - offset));
  soup_message_body_complete (message_body);
}

/* The raw bytes of an answer that breaks off halfway through its body,
 * framed by Content-Length or in chunks without the closing chunk. */
static GBytes *
build_truncated (SoupServerMessage *msg,
                 const char        *content_type,
                 GBytes            *body,
                 gboolean           gzip,
                 gboolean           chunked)
{
  g_autoptr(GString) raw = g_string_new ("HTTP/1.1 200 OK\r\n");
  g_autoptr(GBytes) sent = NULL;
  gboolean gzipped;
  const char *data;
  gsize size;

  sent = encode_body (msg, body, gzip, &gzipped);
  data = g_bytes_get_data (sent, &size);

  g_string_append_printf (raw, "Content-Type: %s\r\nConnection: close\r\n", content_type);
  if (gzipped)
    g_string_append (raw, "Content-Encoding: gzip\r\n");
  if (chunked)
    {
      g_string_append (raw, "Transfer-Encoding: chunked\r\n\r\n");
      for (gsize offset = 0; offset < size / 2; offset += CHUNK_SIZE)
        {
          gsize length = MIN (CHUNK_SIZE, size / 2 - offset);

          g_string_append_printf (raw, "%" G_GSIZE_MODIFIER "x\r\n", length);
          g_string_append_len (raw, data + offset, length);
          g_string_append (raw, "\r\n");
        }
    }
  else
    {
      g_string_append_printf (raw, "Content-Length: %" G_GSIZE_FORMAT "\r\n\r\n", size);
      g_string_append_len (raw, data, size / 2);
    }
  return g_string_free_to_bytes (g_steal_pointer (&raw));
}

static void
respond_static (SoupServerMessage *msg,
                guint              status,
                const char        *content_type,
                const char        *text)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, content_type, SOUP_MEMORY_STATIC, text, strlen (text));
}

typedef struct
{
  SoupServerMessage *msg;
  GBytes            *raw;     /* written before closing, may be NULL */
} Hangup;

static void
hangup_free (Hangup *hangup)
{
  g_clear_pointer (&hangup->raw, g_bytes_unref);
  g_object_unref (hangup->msg);
  g_free (hangup);
}

static gboolean
hangup_cb (gpointer user_data)
{
  Hangup *hangup = user_data;
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (hangup->msg);

  if (stream == NULL)
    return G_SOURCE_REMOVE;

  if (hangup->raw != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (hangup->raw, &size);

      /* Small enough for the socket buffer, so this does not block. */
      g_output_stream_write_all (g_io_stream_get_output_stream (stream), data, size,
                                 NULL, NULL, NULL);
    }
  g_io_stream_close (stream, NULL, NULL);
  return G_SOURCE_REMOVE;
}

/* Answers nothing through libsoup: pauses @msg, then, once the handler has
 * returned, takes its connection, writes @raw (if any) and closes it. */
static void
hang_up (MitTestPortalServer *self,
         SoupServerMessage   *msg,
         GBytes              *raw)
{
  Hangup *hangup = g_new0 (Hangup, 1);
  GSource *source;

  hangup->msg = g_object_ref (msg);
  hangup->raw = raw != NULL ? g_bytes_ref (raw) : NULL;
  soup_server_message_pause (msg);

  source = g_idle_source_new ();
  g_source_set_callback (source, hangup_cb, hangup, (GDestroyNotify) hangup_free);
  g_source_set_static_name (source, "[mit-test] portal server hang-up");
  g_source_attach (source, self->context);
  g_source_unref (source);
}

/* Whether @path lies below a region that has a languages path. */
static gboolean
is_below_known_region (MitTestPortalServer *self,
                       const char          *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autofree char *languages = NULL;

  /* "", "api", "v3", REGION, LANGUAGE, ... */
  if (g_strv_length (parts) < 6 || g_strcmp0 (parts[1], "api") != 0
      || g_strcmp0 (parts[2], "v3") != 0)
    return FALSE;
  languages = g_strdup_printf ("/api/v3/%s/languages/", parts[3]);
  return g_hash_table_contains (self->routes, languages);
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  MitTestPortalServer *self = user_data;
  MitTestPortalFault fault = MIT_TEST_PORTAL_FAULT_NONE;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *content_type = NULL;
  guint status = 0;
  gboolean gzip, chunked, known_region;
  Fault *f;
  Route *route;

  g_mutex_lock (&self->mutex);

  self->total_count++;
  g_hash_table_insert (self->counts, g_strdup (path),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->counts,
                                                                                path)) + 1));
  g_hash_table_insert (self->last_headers, g_strdup (path),
                       soup_message_headers_ref (soup_server_message_get_request_headers (msg)));

  f = g_hash_table_lookup (self->faults, path);
  if (f != NULL)
    {
      fault = f->fault;
      if (f->remaining > 0 && --f->remaining == 0)
        g_hash_table_remove (self->faults, path);
    }

  route = g_hash_table_lookup (self->routes, path);
  if (route != NULL)
    {
      body = g_bytes_ref (route->body);
      content_type = g_strdup (route->content_type);
      status = route->status;
    }
  known_region = is_below_known_region (self, path);
  gzip = self->gzip;
  chunked = self->chunked;

  if (fault == MIT_TEST_PORTAL_FAULT_STALL)
    g_ptr_array_add (self->stalled, g_object_ref (msg));

  g_mutex_unlock (&self->mutex);

  if (g_strcmp0 (soup_server_message_get_method (msg), SOUP_METHOD_GET) != 0)
    {
      respond_static (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "text/html", html_404);
      return;
    }

  switch (fault)
    {
    case MIT_TEST_PORTAL_FAULT_ERROR_500:
      respond_static (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, "text/html", html_500);
      return;

    case MIT_TEST_PORTAL_FAULT_STALL:
      soup_server_message_pause (msg);
      return;

    case MIT_TEST_PORTAL_FAULT_RESET:
      hang_up (self, msg, NULL);
      return;

    case MIT_TEST_PORTAL_FAULT_HTML_404:
      respond_static (msg, SOUP_STATUS_NOT_FOUND, "text/html", html_404);
      return;

    case MIT_TEST_PORTAL_FAULT_HTML_200:
      respond_static (msg, SOUP_STATUS_OK, "text/html", html_200);
      return;

    case MIT_TEST_PORTAL_FAULT_TRUNCATED:
      if (body != NULL)
        {
          g_autoptr(GBytes) raw = build_truncated (msg, content_type, body, gzip, chunked);

          hang_up (self, msg, raw);
          return;
        }
      break;

    case MIT_TEST_PORTAL_FAULT_MALFORMED:
      if (body != NULL)
        {
          gsize size;
          const char *data = g_bytes_get_data (body, &size);
          g_autoptr(GBytes) half = g_bytes_new (data, size > 1 ? size / 2 : 1);

          respond (self, msg, SOUP_STATUS_OK, "application/json", half, gzip, chunked);
          return;
        }
      break;

    case MIT_TEST_PORTAL_FAULT_NONE:
    default:
      break;
    }

  if (body != NULL)
    respond (self, msg, status, content_type, body, gzip, chunked);
  else if (known_region)
    respond_static (msg, SOUP_STATUS_NOT_FOUND, "application/json", unknown_language_json);
  else
    respond_static (msg, SOUP_STATUS_NOT_FOUND, "text/html", html_404);
}

static void
start_server (MitTestPortalServer *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTlsCertificate) certificate = NULL;
  GSList *uris;
  SoupServerListenOptions options = SOUP_SERVER_LISTEN_IPV4_ONLY;

  if (self->flags & MIT_TEST_PORTAL_SERVER_TLS)
    {
      g_autofree char *cert = mit_test_fixture_path ("portal/tls/cert.pem");
      g_autofree char *key = mit_test_fixture_path ("portal/tls/key.pem");

      certificate = g_tls_certificate_new_from_files (cert, key, &error);
      g_assert_no_error (error);
      options |= SOUP_SERVER_LISTEN_HTTPS;
    }

  self->server = soup_server_new ("server-header", "MitTestPortal ",
                                  "tls-certificate", certificate,
                                  NULL);
  soup_server_add_handler (self->server, NULL, handle_cb, self, NULL);
  soup_server_listen_local (self->server, 0, options, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (self->server);
  g_assert_nonnull (uris);
  self->port = (guint16) g_uri_get_port (uris->data);
  self->url = g_strdup_printf ("%s://127.0.0.1:%u",
                               (self->flags & MIT_TEST_PORTAL_SERVER_TLS) ? "https" : "http",
                               self->port);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
stop_server (MitTestPortalServer *self)
{
  soup_server_disconnect (self->server);
  g_ptr_array_set_size (self->stalled, 0);
  g_clear_object (&self->server);
  /* Let what the disconnection queued run while the context still exists. */
  while (g_main_context_pending (self->context))
    g_main_context_iteration (self->context, FALSE);
}

static gpointer
server_thread (gpointer user_data)
{
  MitTestPortalServer *self = user_data;

  g_main_context_push_thread_default (self->context);
  start_server (self);

  g_mutex_lock (&self->mutex);
  self->started = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  g_main_loop_run (self->loop);

  stop_server (self);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

MitTestPortalServer *
mit_test_portal_server_new (MitTestPortalServerFlags flags)
{
  MitTestPortalServer *self = g_object_new (MIT_TEST_TYPE_PORTAL_SERVER, NULL);

  self->flags = flags;

  for (guint i = 0; i < G_N_ELEMENTS (augsburg_routes); i++)
    {
      g_autofree char *file = g_build_filename ("portal", "augsburg", augsburg_routes[i].file,
                                                NULL);

      mit_test_portal_server_add_file (self, augsburg_routes[i].path, file);
    }

  if (flags & MIT_TEST_PORTAL_SERVER_OWN_THREAD)
    {
      self->context = g_main_context_new ();
      self->loop = g_main_loop_new (self->context, FALSE);
      self->thread = g_thread_new ("mit-test-portal", server_thread, self);

      g_mutex_lock (&self->mutex);
      while (!self->started)
        g_cond_wait (&self->cond, &self->mutex);
      g_mutex_unlock (&self->mutex);
    }
  else
    {
      self->context = g_main_context_ref_thread_default ();
      start_server (self);
    }

  return self;
}

const char *
mit_test_portal_server_get_url (MitTestPortalServer *self)
{
  g_return_val_if_fail (MIT_TEST_IS_PORTAL_SERVER (self), NULL);

  return self->url;
}

guint16
mit_test_portal_server_get_port (MitTestPortalServer *self)
{
  g_return_val_if_fail (MIT_TEST_IS_PORTAL_SERVER (self), 0);

  return self->port;
}

void
mit_test_portal_server_add_bytes (MitTestPortalServer *self,
                                  const char          *path,
                                  guint                status,
                                  const char          *content_type,
                                  GBytes              *body)
{
  Route *route;

  g_return_if_fail (MIT_TEST_IS_PORTAL_SERVER (self));
  g_return_if_fail (path != NULL && content_type != NULL && body != NULL);

  route = g_new0 (Route, 1);
  route->body = g_bytes_ref (body);
  route->content_type = g_strdup (content_type);
  route->status = status;

  g_mutex_lock (&self->mutex);
  g_hash_table_insert (self->routes, g_strdup (path), route);
  g_mutex_unlock (&self->mutex);
}

void
mit_test_portal_server_add_json (MitTestPortalServer *self,
                                 const char          *path,
                                 const char          *json)
{
  g_autoptr(GBytes) body = g_bytes_new (json, strlen (json));

  mit_test_portal_server_add_bytes (self, path, SOUP_STATUS_OK, "application/json", body);
}

void
mit_test_portal_server_add_file (MitTestPortalServer *self,
                                 const char          *path,
                                 const char          *file)
{
  g_autofree char *full = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  char *contents = NULL;
  gsize length = 0;

  full = g_path_is_absolute (file) ? g_strdup (file) : mit_test_fixture_path (file);
  g_file_get_contents (full, &contents, &length, &error);
  g_assert_no_error (error);
  body = g_bytes_new_take (contents, length);
  mit_test_portal_server_add_bytes (self, path, SOUP_STATUS_OK, "application/json", body);
}

void
mit_test_portal_server_remove (MitTestPortalServer *self,
                               const char          *path)
{
  g_return_if_fail (MIT_TEST_IS_PORTAL_SERVER (self));

  g_mutex_lock (&self->mutex);
  g_hash_table_remove (self->routes, path);
  g_mutex_unlock (&self->mutex);
}

GBytes *
mit_test_portal_server_get_body (MitTestPortalServer *self,
                                 const char          *path)
{
  Route *route;
  GBytes *body = NULL;

  g_return_val_if_fail (MIT_TEST_IS_PORTAL_SERVER (self), NULL);

  g_mutex_lock (&self->mutex);
  route = g_hash_table_lookup (self->routes, path);
  if (route != NULL)
    body = g_bytes_ref (route->body);
  g_mutex_unlock (&self->mutex);
  return body;
}

static gboolean
node_equals (JsonNode   *node,
             const char *value)
{
  g_autofree char *text = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strcmp0 (json_node_get_string (node), value) == 0;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      return g_strcmp0 (text, value) == 0;
    }
  return FALSE;
}

/* Parses the array served at @path, finds the item, lets @edit change the
 * array and serves the result. Called with the mutex held. */
static gboolean
edit_item (MitTestPortalServer *self,
           const char          *path,
           const char          *key_member,
           const char          *key_value,
           const char          *member,
           JsonNode            *new_value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  Route *route = g_hash_table_lookup (self->routes, path);
  JsonArray *array;
  gsize size;
  const char *data;

  if (route == NULL)
    return FALSE;

  data = g_bytes_get_data (route->body, &size);
  text = g_strndup (data, size);
  root = json_from_string (text, &error);
  g_assert_no_error (error);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return FALSE;

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      g_autofree char *json = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      object = json_node_get_object (element);
      if (!node_equals (json_object_get_member (object, key_member), key_value))
        continue;

      if (member != NULL)
        json_object_set_member (object, member, json_node_copy (new_value));
      else
        json_array_remove_element (array, i);

      json = json_to_string (root, TRUE);
      size = strlen (json);
      g_bytes_unref (route->body);
      route->body = g_bytes_new_take (g_steal_pointer (&json), size);
      return TRUE;
    }
  return FALSE;
}

gboolean
mit_test_portal_server_change_item (MitTestPortalServer *self,
                                    const char          *path,
                                    const char          *key_member,
                                    const char          *key_value,
                                    const char          *member,
                                    const char          *json_value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) value = NULL;
  gboolean found;

  g_return_val_if_fail (MIT_TEST_IS_PORTAL_SERVER (self), FALSE);
  g_return_val_if_fail (member != NULL && json_value != NULL, FALSE);

  value = json_from_string (json_value, &error);
  g_assert_no_error (error);
  if (value == NULL)
    value = json_node_new (JSON_NODE_NULL);

  g_mutex_lock (&self->mutex);
  found = edit_item (self, path, key_member, key_value, member, value);
  g_mutex_unlock (&self->mutex);
  return found;
}

gboolean
mit_test_portal_server_drop_item (MitTestPortalServer *self,
                                  const char          *path,
                                  const char          *key_member,
                                  const char          *key_value)
{
  gboolean found;

  g_return_val_if_fail (MIT_TEST_IS_PORTAL_SERVER (self), FALSE);

  g_mutex_lock (&self->mutex);
  found = edit_item (self, path, key_member, key_value, NULL, NULL);
  g_mutex_unlock (&self->mutex);
  return found;
}

void
mit_test_portal_server_set_fault (MitTestPortalServer *self,
                                  const char          *path,
                                  MitTestPortalFault   fault,
                                  guint                times)
{
  g_return_if_fail (MIT_TEST_IS_PORTAL_SERVER (self));

  g_mutex_lock (&self->mutex);
  if (fault == MIT_TEST_PORTAL_FAULT_NONE)
    {
      g_hash_table_remove (self->faults, path);
    }
  else
    {
      Fault *f = g_new0 (Fault, 1);

      f->fault = fault;
      f->remaining = times;
      g_hash_table_insert (self->faults, g_strdup (path), f);
    }
  g_mutex_unlock (&self->mutex);
}

void
mit_test_portal_server_set_gzip (MitTestPortalServer *self,
                                 gboolean             gzip)
{
  g_return_if_fail (MIT_TEST_IS_PORTAL_SERVER (self));

  g_mutex_lock (&self->mutex);
  self->gzip = gzip;
  g_mutex_unlock (&self->mutex);
}

void
mit_test_portal_server_set_chunked (MitTestPortalServer *self,
                                    gboolean             chunked)
{
  g_return_if_fail (MIT_TEST_IS_PORTAL_SERVER (self));

  g_mutex_lock (&self->mutex);
  self->chunked = chunked;
  g_mutex_unlock (&self->mutex);
}

guint
mit_test_portal_server_get_request_count (MitTestPortalServer *self,
                                          const char          *path)
{
  guint count;

  g_return_val_if_fail (MIT_TEST_IS_PORTAL_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, path));
  g_mutex_unlock (&self->mutex);
  return count;
}

guint
mit_test_portal_server_get_total_request_count (MitTestPortalServer *self)
{
  guint count;

  g_return_val_if_fail (MIT_TEST_IS_PORTAL_SERVER (self), 0);

  g_mutex_lock (&self->mutex);
  count = self->total_count;
  g_mutex_unlock (&self->mutex);
  return count;
}

void
mit_test_portal_server_reset_request_counts (MitTestPortalServer *self)
{
  g_return_if_fail (MIT_TEST_IS_PORTAL_SERVER (self));

  g_mutex_lock (&self->mutex);
  g_hash_table_remove_all (self->counts);
  g_hash_table_remove_all (self->last_headers);
  self->total_count = 0;
  g_mutex_unlock (&self->mutex);
}

char *
mit_test_portal_server_get_last_request_header (MitTestPortalServer *self,
                                                const char          *path,
                                                const char          *name)
{
  SoupMessageHeaders *headers;
  char *value = NULL;

  g_return_val_if_fail (MIT_TEST_IS_PORTAL_SERVER (self), NULL);

  g_mutex_lock (&self->mutex);
  headers = g_hash_table_lookup (self->last_headers, path);
  if (headers != NULL)
    value = g_strdup (soup_message_headers_get_list (headers, name));
  g_mutex_unlock (&self->mutex);
  return value;
}

static gboolean
quit_loop_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
mit_test_portal_server_dispose (GObject *object)
{
  MitTestPortalServer *self = MIT_TEST_PORTAL_SERVER (object);

  if (self->thread != NULL)
    {
      /* Quit from inside the loop: a quit before g_main_loop_run() began
       * would be lost. */
      GSource *source = g_idle_source_new ();

      g_source_set_callback (source, quit_loop_cb, self->loop, NULL);
      g_source_attach (source, self->context);
      g_source_unref (source);
      g_thread_join (g_steal_pointer (&self->thread));
    }
  else if (self->server != NULL)
    {
      stop_server (self);
    }

  G_OBJECT_CLASS (mit_test_portal_server_parent_class)->dispose (object);
}

static void
mit_test_portal_server_finalize (GObject *object)
{
  MitTestPortalServer *self = MIT_TEST_PORTAL_SERVER (object);

  g_clear_pointer (&self->loop, g_main_loop_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->routes, g_hash_table_unref);
  g_clear_pointer (&self->faults, g_hash_table_unref);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->last_headers, g_hash_table_unref);
  g_clear_pointer (&self->stalled, g_ptr_array_unref);
  g_clear_pointer (&self->url, g_free);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (mit_test_portal_server_parent_class)->finalize (object);
}

static void
mit_test_portal_server_class_init (MitTestPortalServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mit_test_portal_server_dispose;
  object_class->finalize = mit_test_portal_server_finalize;
}

static void
mit_test_portal_server_init (MitTestPortalServer *self)
{
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->routes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) route_free);
  self->faults = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->last_headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) soup_message_headers_unref);
  self->stalled = g_ptr_array_new_with_free_func (g_object_unref);
}
