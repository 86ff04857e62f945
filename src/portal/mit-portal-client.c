/* mit-portal-client.c: downloads from a portal's Integreat API v3
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One download is one GTask: send the request, check the status and the
 * content type, then read the body in chunks into memory, counting what
 * arrives against the size cap (Content-Length alone is not trusted, and a
 * gzip body is counted after decoding). Connection errors, broken-off
 * bodies and 5xx answers are tried again after a delay that doubles each
 * time; the last failure becomes an error a person can act on.
 */

#define G_LOG_DOMAIN "MitPortal"

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "mit-portal-client.h"

/* What one read asks for; the body grows by at most this much at a time. */
#define READ_CHUNK_SIZE (64 * 1024)
/* The delay doubles per attempt, but not past 2^MAX_BACKOFF_SHIFT times. */
#define MAX_BACKOFF_SHIFT 6

struct _MitPortalClient
{
  GObject parent_instance;

  /* owned references */
  char        *base_url;
  char        *user_agent;
  SoupSession *session;         /* for the async calls; made on first use */

  guint        timeout;
  guint        max_attempts;
  guint        retry_delay;
  guint64      max_size;
};

G_DEFINE_FINAL_TYPE (MitPortalClient, mit_portal_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (mit-portal-client-error-quark, mit_portal_client_error)

enum
{
  PROP_0,
  PROP_BASE_URL,
  PROP_TIMEOUT,
  PROP_MAX_ATTEMPTS,
  PROP_RETRY_DELAY,
  PROP_MAX_SIZE,
  PROP_USER_AGENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  /* owned references */
  MitPortalClient        *client;
  SoupSession            *session;
  GUri                   *uri;
  char                   *host;         /* host[:port], for messages */
  char                   *region;
  char                   *language;
  SoupMessage            *msg;
  GInputStream           *stream;
  GByteArray             *body;
  GSource                *delay_source;
  GSource                *cancel_source;

  MitPortalClientEndpoint endpoint;
  guint                   attempt;
  guint64                 total;        /* announced length, 0 when unknown */
  guint64                 wire_length;  /* Content-Length, encoded; 0 when unknown */
} FetchData;

static void start_attempt (GTask *task);

static void
clear_delay (FetchData *data)
{
  if (data->delay_source != NULL)
    g_source_destroy (data->delay_source);
  if (data->cancel_source != NULL)
    g_source_destroy (data->cancel_source);
  g_clear_pointer (&data->delay_source, g_source_unref);
  g_clear_pointer (&data->cancel_source, g_source_unref);
}

static void
fetch_data_free (FetchData *data)
{
  clear_delay (data);
  g_clear_pointer (&data->body, g_byte_array_unref);
  g_clear_object (&data->stream);
  g_clear_object (&data->msg);
  g_clear_pointer (&data->uri, g_uri_unref);
  g_clear_object (&data->session);
  g_clear_object (&data->client);
  g_free (data->host);
  g_free (data->region);
  g_free (data->language);
  g_free (data);
}

static gboolean
endpoint_needs_language (MitPortalClientEndpoint endpoint)
{
  return endpoint == MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS
         || endpoint == MIT_PORTAL_CLIENT_ENDPOINT_EVENTS
         || endpoint == MIT_PORTAL_CLIENT_ENDPOINT_PAGES;
}

/* What was asked for, in words, for the error messages. */
static char *
describe_request (FetchData *data)
{
  switch (data->endpoint)
    {
    case MIT_PORTAL_CLIENT_ENDPOINT_REGIONS:
      return g_strdup (_("the list of regions"));
    case MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES:
      return g_strdup_printf (_("the languages of region “%s”"), data->region);
    case MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS:
      return g_strdup_printf (_("the locations of region “%s” in language “%s”"),
                              data->region, data->language);
    case MIT_PORTAL_CLIENT_ENDPOINT_EVENTS:
      return g_strdup_printf (_("the events of region “%s” in language “%s”"),
                              data->region, data->language);
    case MIT_PORTAL_CLIENT_ENDPOINT_PAGES:
      return g_strdup_printf (_("the pages of region “%s” in language “%s”"),
                              data->region, data->language);
    default:
      g_assert_not_reached ();
    }
}

static char *
describe_tls_errors (GTlsCertificateFlags flags)
{
  /* The most telling reason first: a certificate for another name is more
   * likely a wrong address than an unknown authority is. */
  if (flags & G_TLS_CERTIFICATE_BAD_IDENTITY)
    return g_strdup (_("it belongs to a different server"));
  if (flags & G_TLS_CERTIFICATE_EXPIRED)
    return g_strdup (_("it has expired (check the date and time of this computer)"));
  if (flags & G_TLS_CERTIFICATE_NOT_ACTIVATED)
    return g_strdup (_("it is not valid yet (check the date and time of this computer)"));
  if (flags & G_TLS_CERTIFICATE_REVOKED)
    return g_strdup (_("it has been revoked"));
  if (flags & G_TLS_CERTIFICATE_UNKNOWN_CA)
    return g_strdup (_("it is not signed by a known certificate authority"));
  if (flags & G_TLS_CERTIFICATE_INSECURE)
    return g_strdup (_("it uses an insecure algorithm"));
  return NULL;
}

/* Turns a failure of libsoup or of the socket into our domain. @in_body
 * says whether the answer had begun to arrive; @retry whether trying again
 * may help. */
static GError *
translate_transport_error (FetchData    *data,
                           const GError *error,
                           gboolean      in_body,
                           gboolean     *retry)
{
  GTlsCertificateFlags tls_flags = 0;

  *retry = FALSE;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);

  if (data->msg != NULL)
    tls_flags = soup_message_get_tls_peer_certificate_errors (data->msg);

  if (tls_flags != 0
      || g_error_matches (error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE))
    {
      g_autofree char *reason = describe_tls_errors (tls_flags);

      return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TLS,
                          _("The certificate of %s cannot be trusted: %s. Miteinander only "
                            "connects to portals whose identity it can verify. Check the "
                            "address in Preferences; if it is right, the portal’s operators "
                            "need to fix their certificate."),
                          data->host, reason != NULL ? reason : error->message);
    }

  /* A connection closed during the handshake is a connection error. */
  if (error->domain == G_TLS_ERROR && error->code != G_TLS_ERROR_EOF)
    {
      return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TLS,
                          _("A secure connection to %s could not be set up (%s). Check the "
                            "address in Preferences."),
                          data->host, error->message);
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      /* Not tried again: the person has already waited the whole timeout. */
      return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TIMEOUT,
                          ngettext ("%s did not answer within %u second. Check your internet "
                                    "connection, or try again later.",
                                    "%s did not answer within %u seconds. Check your internet "
                                    "connection, or try again later.",
                                    data->client->timeout),
                          data->host, data->client->timeout);
    }

  if (error->domain == G_RESOLVER_ERROR
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_NOT_FOUND))
    {
      *retry = g_error_matches (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_TEMPORARY_FAILURE);
      return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNREACHABLE,
                          _("The server %s cannot be found. Check your internet connection "
                            "and the address in Preferences."),
                          data->host);
    }

  *retry = error->domain == G_IO_ERROR
           || g_error_matches (error, G_TLS_ERROR, G_TLS_ERROR_EOF)
           || g_error_matches (error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_PARSING);

  if (in_body)
    {
      g_autofree char *what = describe_request (data);
      g_autofree char *size = g_format_size (data->body != NULL ? data->body->len : 0);

      return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TRUNCATED,
                          _("The download of %s from %s broke off after %s (%s). Check your "
                            "internet connection and try again."),
                          what, data->host, size, error->message);
    }

  return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNREACHABLE,
                      _("Cannot connect to %s (%s). Check your internet connection and the "
                        "address in Preferences."),
                      data->host, error->message);
}

static gboolean
is_html (SoupMessage *msg)
{
  const char *type;

  type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);
  return type != NULL
         && (g_ascii_strcasecmp (type, "text/html") == 0
             || g_ascii_strcasecmp (type, "application/xhtml+xml") == 0);
}

static gboolean
is_json (SoupMessage *msg)
{
  const char *type;

  type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);
  return type != NULL && g_ascii_strcasecmp (type, "application/json") == 0;
}

static GError *
unknown_region_error (FetchData *data)
{
  return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION,
                      _("The portal %s has no region “%s”. Check the region in Preferences."),
                      data->host, data->region);
}

static GError *
not_a_portal_error (FetchData *data)
{
  return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_NOT_A_PORTAL,
                      _("%s answered with a web page instead of portal data; it does not "
                        "seem to be an Integreat portal. Check the address in Preferences."),
                      data->host);
}

/* An answer that is not the data asked for: which error it means.
 * Returns NULL when the status is a success. @retry is set for 5xx. */
static GError *
status_error (FetchData *data,
              gboolean  *retry)
{
  guint status = soup_message_get_status (data->msg);
  const char *reason = soup_message_get_reason_phrase (data->msg);
  g_autofree char *what = NULL;

  *retry = FALSE;

  if (SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      /* The portal's web app answers unknown paths with its start page. */
      if (!is_html (data->msg))
        return NULL;
      if (data->endpoint == MIT_PORTAL_CLIENT_ENDPOINT_REGIONS)
        return not_a_portal_error (data);
      return unknown_region_error (data);
    }

  if (status == SOUP_STATUS_NOT_FOUND)
    {
      switch (data->endpoint)
        {
        case MIT_PORTAL_CLIENT_ENDPOINT_REGIONS:
          return not_a_portal_error (data);
        case MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES:
          return unknown_region_error (data);
        case MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS:
        case MIT_PORTAL_CLIENT_ENDPOINT_EVENTS:
        case MIT_PORTAL_CLIENT_ENDPOINT_PAGES:
        default:
          /* For an unknown region Django answers with its HTML error page;
           * for an unknown language of a known region, the API answers with
           * {"error": "No language matches the given query."}. */
          if (!is_json (data->msg))
            return unknown_region_error (data);
          return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_LANGUAGE,
                              _("The region “%s” on %s has no language “%s”. Check the "
                                "language in Preferences."),
                              data->region, data->host, data->language);
        }
    }

  what = describe_request (data);
  if (reason == NULL || *reason == '\0')
    reason = soup_status_get_phrase (status);

  if (SOUP_STATUS_IS_SERVER_ERROR (status))
    {
      *retry = TRUE;
      return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_HTTP_STATUS,
                          ngettext ("The portal %s has a problem and could not send %s "
                                    "(error %u, %s; %u attempt). Try again later.",
                                    "The portal %s has a problem and could not send %s "
                                    "(error %u, %s; %u attempts). Try again later.",
                                    data->attempt),
                          data->host, what, status, reason, data->attempt);
    }

  return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_HTTP_STATUS,
                      _("The portal %s refused to send %s (error %u, %s). Check the address "
                        "in Preferences."),
                      data->host, what, status, reason);
}

static GError *
too_large_error (FetchData *data)
{
  g_autofree char *what = describe_request (data);
  g_autofree char *cap = g_format_size (data->client->max_size);

  return g_error_new (MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_TOO_LARGE,
                      _("%s sent more than %s for %s, which is more than Miteinander accepts. "
                        "Check the address in Preferences."),
                      data->host, cap, what);
}

static void
emit_progress (FetchData *data)
{
  g_signal_emit (data->client, signals[PROGRESS], 0,
                 (int) data->endpoint,
                 (guint64) (data->body != NULL ? data->body->len : 0),
                 data->total);
}

static gboolean
delay_done_cb (gpointer user_data)
{
  GTask *task = user_data;
  FetchData *data = g_task_get_task_data (task);

  clear_delay (data);
  start_attempt (g_object_ref (task));
  return G_SOURCE_REMOVE;
}

static gboolean
delay_cancelled_cb (GCancellable *cancellable,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  FetchData *data = g_task_get_task_data (task);

  clear_delay (data);
  g_task_return_error_if_cancelled (task);
  return G_SOURCE_REMOVE;
}

/* Ends the download with @error, or tries again after a delay when @retry
 * and attempts are left. Takes both @task and @error. */
static void
fail_or_retry (GTask    *task,
               GError   *error,
               gboolean  retry)
{
  g_autoptr(GTask) owned_task = task;
  FetchData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  guint shift;
  guint64 delay;

  if (!retry || data->attempt >= data->client->max_attempts
      || g_cancellable_is_cancelled (cancellable))
    {
      g_task_return_error (task, error);
      return;
    }

  g_debug ("Attempt %u of %s failed, trying again: %s",
           data->attempt, g_uri_get_path (data->uri), error->message);
  g_error_free (error);

  g_clear_object (&data->stream);
  g_clear_pointer (&data->body, g_byte_array_unref);
  data->total = 0;
  data->wire_length = 0;

  shift = MIN (data->attempt - 1, MAX_BACKOFF_SHIFT);
  delay = MIN ((guint64) data->client->retry_delay << shift, (guint64) G_MAXUINT);

  data->delay_source = g_timeout_source_new ((guint) delay);
  g_source_set_callback (data->delay_source, delay_done_cb,
                         g_object_ref (task), g_object_unref);
  g_source_set_static_name (data->delay_source, "[mit] portal retry delay");
  g_source_attach (data->delay_source, g_task_get_context (task));

  if (cancellable != NULL)
    {
      data->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (data->cancel_source, G_SOURCE_FUNC (delay_cancelled_cb),
                             g_object_ref (task), g_object_unref);
      g_source_attach (data->cancel_source, g_task_get_context (task));
    }
}

static void read_next (GTask *task);

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FetchData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (bytes == NULL)
    {
      gboolean retry;
      GError *translated = translate_transport_error (data, error, TRUE, &retry);

      fail_or_retry (g_steal_pointer (&task), translated, retry);
      return;
    }

  size = g_bytes_get_size (bytes);
  if (size == 0)
    {
      g_clear_object (&data->stream);

      /* libsoup 3.2 ends a body quietly when the connection closes before
       * Content-Length is reached, so count what came over the wire. (A
       * chunked body cut off between chunks cannot be told from a whole
       * one; JSON cut short does not parse, so the parser reports it.) */
      if (data->wire_length > 0)
        {
          SoupMessageMetrics *metrics = soup_message_get_metrics (data->msg);
          guint64 wire_received = data->wire_length;

          if (metrics != NULL)
            wire_received = soup_message_metrics_get_response_body_bytes_received (metrics);
          if (wire_received < data->wire_length || data->body->len < data->total)
            {
              g_autoptr(GError) short_body = NULL;
              gboolean retry;
              GError *translated;

              short_body = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT,
                                                _("the answer is shorter than announced"));
              translated = translate_transport_error (data, short_body, TRUE, &retry);
              fail_or_retry (g_steal_pointer (&task), translated, retry);
              return;
            }
        }

      g_task_return_pointer (task, g_byte_array_free_to_bytes (g_steal_pointer (&data->body)),
                             (GDestroyNotify) g_bytes_unref);
      return;
    }

  if ((guint64) data->body->len + size > data->client->max_size)
    {
      g_clear_object (&data->stream);
      g_task_return_error (task, too_large_error (data));
      return;
    }

  g_byte_array_append (data->body, g_bytes_get_data (bytes, NULL), size);
  emit_progress (data);
  read_next (g_steal_pointer (&task));
}

/* Takes @task. */
static void
read_next (GTask *task)
{
  FetchData *data = g_task_get_task_data (task);
  gsize want;

  /* One byte more than the cap allows, so that an answer of exactly the
   * cap's size passes and a larger one is noticed without reading on. */
  want = (gsize) MIN ((guint64) READ_CHUNK_SIZE,
                      data->client->max_size - data->body->len + 1);

  g_input_stream_read_bytes_async (data->stream, want, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), read_cb, task);
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FetchData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  SoupMessageHeaders *headers;
  GError *failure;
  gboolean retry;

  stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (stream == NULL)
    {
      failure = translate_transport_error (data, error, FALSE, &retry);
      fail_or_retry (g_steal_pointer (&task), failure, retry);
      return;
    }

  failure = status_error (data, &retry);
  if (failure != NULL)
    {
      /* Dropping the unread stream closes the connection. */
      fail_or_retry (g_steal_pointer (&task), failure, retry);
      return;
    }

  headers = soup_message_get_response_headers (data->msg);
  data->total = 0;
  data->wire_length = 0;
  /* Content-Length counts encoded bytes; with gzip the total is unknown. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH)
    data->wire_length = (guint64) soup_message_headers_get_content_length (headers);
  if (soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    data->total = data->wire_length;

  if (data->total > data->client->max_size)
    {
      g_task_return_error (task, too_large_error (data));
      return;
    }

  data->stream = g_steal_pointer (&stream);
  data->body = g_byte_array_sized_new ((guint) MIN (data->total, (guint64) READ_CHUNK_SIZE * 16));
  emit_progress (data);
  read_next (g_steal_pointer (&task));
}

/* Takes @task. */
static void
start_attempt (GTask *task)
{
  FetchData *data = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  data->attempt++;
  g_clear_object (&data->msg);
  data->msg = soup_message_new_from_uri (SOUP_METHOD_GET, data->uri);
  soup_message_add_flags (data->msg, SOUP_MESSAGE_COLLECT_METRICS);
  headers = soup_message_get_request_headers (data->msg);
  soup_message_headers_replace (headers, "Accept", "application/json");

  soup_session_send_async (data->session, data->msg, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), send_cb, task);
}

static SoupSession *
create_session (MitPortalClient *self)
{
  SoupSession *session;

  /* TLS verification stays as libsoup has it: the system's trust store,
   * and no accept-certificate handler, so a bad certificate fails. */
  session = soup_session_new_with_options ("user-agent", self->user_agent,
                                           "timeout", self->timeout,
                                           NULL);
  if (!soup_session_has_feature (session, SOUP_TYPE_CONTENT_DECODER))
    soup_session_add_feature_by_type (session, SOUP_TYPE_CONTENT_DECODER);
  return session;
}

static GUri *
parse_base_url (MitPortalClient  *self,
                GError          **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme = NULL;

  uri = g_uri_parse (self->base_url, G_URI_FLAGS_ENCODED, NULL);
  if (uri != NULL)
    scheme = g_uri_get_scheme (uri);
  if (uri == NULL
      || (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0)
      || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_INVALID_ADDRESS,
                   _("“%s” is not a portal address Miteinander can use; it must begin with "
                     "https:// and name a server. Check the address in Preferences."),
                   self->base_url);
      return NULL;
    }
  return g_steal_pointer (&uri);
}

static char *
build_url (MitPortalClient          *self,
           MitPortalClientEndpoint   endpoint,
           const char               *region,
           const char               *language,
           GUri                    **base_out,
           GError                  **error)
{
  g_autoptr(GUri) base = NULL;
  g_autoptr(GString) path = NULL;
  g_autofree char *region_part = NULL;
  g_autofree char *language_part = NULL;
  const char *base_path;
  char *url;
  gsize len;

  base = parse_base_url (self, error);
  if (base == NULL)
    return NULL;

  if (endpoint != MIT_PORTAL_CLIENT_ENDPOINT_REGIONS && (region == NULL || *region == '\0'))
    {
      g_set_error_literal (error, MIT_PORTAL_CLIENT_ERROR, MIT_PORTAL_CLIENT_ERROR_UNKNOWN_REGION,
                           _("No portal region is chosen. Choose a region in Preferences."));
      return NULL;
    }
  if (endpoint_needs_language (endpoint) && (language == NULL || *language == '\0'))
    {
      g_set_error_literal (error, MIT_PORTAL_CLIENT_ERROR,
                           MIT_PORTAL_CLIENT_ERROR_UNKNOWN_LANGUAGE,
                           _("No portal language is chosen. Choose a language in Preferences."));
      return NULL;
    }

  /* A portal may live below a path ("https://example.org/cms/"). */
  base_path = g_uri_get_path (base);
  len = strlen (base_path);
  while (len > 0 && base_path[len - 1] == '/')
    len--;
  path = g_string_new_len (base_path, len);
  g_string_append (path, "/api/v3/");

  if (region != NULL)
    region_part = g_uri_escape_string (region, NULL, FALSE);
  if (language != NULL)
    language_part = g_uri_escape_string (language, NULL, FALSE);

  switch (endpoint)
    {
    case MIT_PORTAL_CLIENT_ENDPOINT_REGIONS:
      g_string_append (path, "regions/");
      break;
    case MIT_PORTAL_CLIENT_ENDPOINT_LANGUAGES:
      g_string_append_printf (path, "%s/languages/", region_part);
      break;
    case MIT_PORTAL_CLIENT_ENDPOINT_LOCATIONS:
      g_string_append_printf (path, "%s/%s/locations/", region_part, language_part);
      break;
    case MIT_PORTAL_CLIENT_ENDPOINT_EVENTS:
      g_string_append_printf (path, "%s/%s/events/", region_part, language_part);
      break;
    case MIT_PORTAL_CLIENT_ENDPOINT_PAGES:
      g_string_append_printf (path, "%s/%s/pages/", region_part, language_part);
      break;
    default:
      g_assert_not_reached ();
    }

  /* Events once each, with their rule: without this the portal sends a
   * dated copy per occurrence, and those have no stable id. */
  url = g_uri_join (G_URI_FLAGS_ENCODED, g_uri_get_scheme (base), NULL, g_uri_get_host (base),
                    g_uri_get_port (base), path->str,
                    endpoint == MIT_PORTAL_CLIENT_ENDPOINT_EVENTS ? "combine_recurring=True" : NULL,
                    NULL);
  if (base_out != NULL)
    *base_out = g_steal_pointer (&base);
  return url;
}

/**
 * mit_portal_client_build_url:
 * @self: a #MitPortalClient
 * @endpoint: what to fetch
 * @region: (nullable): the region's slug; not needed for the list of regions
 * @language: (nullable): the language's slug, for locations, events and pages
 * @error: the address or a needed slug is missing or unusable
 *
 * Returns: (transfer full): the URL that @endpoint is fetched from.
 */
char *
mit_portal_client_build_url (MitPortalClient          *self,
                             MitPortalClientEndpoint   endpoint,
                             const char               *region,
                             const char               *language,
                             GError                  **error)
{
  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_url (self, endpoint, region, language, NULL, error);
}

static void
fetch_with_session (MitPortalClient         *self,
                    SoupSession             *session,
                    MitPortalClientEndpoint  endpoint,
                    const char              *region,
                    const char              *language,
                    GCancellable            *cancellable,
                    GAsyncReadyCallback      callback,
                    gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) base = NULL;
  g_autofree char *url = NULL;
  FetchData *data;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mit_portal_client_fetch_async);
  g_task_set_name (task, "[mit] portal fetch");

  data = g_new0 (FetchData, 1);
  data->client = g_object_ref (self);
  data->session = g_object_ref (session);
  data->endpoint = endpoint;
  data->region = g_strdup (region);
  data->language = g_strdup (language);
  g_task_set_task_data (task, data, (GDestroyNotify) fetch_data_free);

  url = build_url (self, endpoint, region, language, &base, &error);
  if (url == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, &error);
  if (data->uri == NULL)
    {
      g_task_return_new_error (task, MIT_PORTAL_CLIENT_ERROR,
                               MIT_PORTAL_CLIENT_ERROR_INVALID_ADDRESS,
                               _("“%s” is not a portal address Miteinander can use (%s). "
                                 "Check the address in Preferences."),
                               self->base_url, error->message);
      return;
    }

  if (g_uri_get_port (base) > 0)
    data->host = g_strdup_printf ("%s:%d", g_uri_get_host (base), g_uri_get_port (base));
  else
    data->host = g_strdup (g_uri_get_host (base));

  start_attempt (g_steal_pointer (&task));
}

/**
 * mit_portal_client_fetch_async:
 * @self: a #MitPortalClient
 * @endpoint: what to fetch
 * @region: (nullable): the region's slug; not needed for the list of regions
 * @language: (nullable): the language's slug, for locations, events and pages
 * @cancellable: (nullable): cancels the download, also between retries
 * @callback: called in the thread-default main context of this call
 * @user_data: for @callback
 *
 * Downloads the whole answer of one API call into memory. Emits
 * #MitPortalClient::progress as data arrives. Connection errors, broken-off
 * answers and 5xx statuses are tried again, up to #MitPortalClient:max-attempts
 * times, with a delay that starts at #MitPortalClient:retry-delay and
 * doubles. The answer is not parsed.
 */
void
mit_portal_client_fetch_async (MitPortalClient         *self,
                               MitPortalClientEndpoint  endpoint,
                               const char              *region,
                               const char              *language,
                               GCancellable            *cancellable,
                               GAsyncReadyCallback      callback,
                               gpointer                 user_data)
{
  g_return_if_fail (MIT_IS_PORTAL_CLIENT (self));
  g_return_if_fail (endpoint <= MIT_PORTAL_CLIENT_ENDPOINT_PAGES);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  if (self->session == NULL)
    self->session = create_session (self);

  fetch_with_session (self, self->session, endpoint, region, language, cancellable,
                      callback, user_data);
}

/**
 * mit_portal_client_fetch_finish:
 * @self: a #MitPortalClient
 * @result: the result given to the callback
 * @error: a #MIT_PORTAL_CLIENT_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the body of the answer, exactly as sent
 *   (after gzip decoding)
 */
GBytes *
mit_portal_client_fetch_finish (MitPortalClient  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mit_portal_client_fetch_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
sync_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/**
 * mit_portal_client_fetch_sync:
 * @self: a #MitPortalClient
 * @endpoint: what to fetch
 * @region: (nullable): the region's slug; not needed for the list of regions
 * @language: (nullable): the language's slug, for locations, events and pages
 * @cancellable: (nullable): may be cancelled from another thread
 * @error: a #MIT_PORTAL_CLIENT_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Like mit_portal_client_fetch_async(), but blocks, for the command line
 * and worker threads. It runs the download in a main context and a
 * connection of its own, so it may be called from any thread and does not
 * run the caller's main context; #MitPortalClient::progress is emitted in
 * the calling thread.
 *
 * Returns: (transfer full): the body of the answer
 */
GBytes *
mit_portal_client_fetch_sync (MitPortalClient          *self,
                              MitPortalClientEndpoint   endpoint,
                              const char               *region,
                              const char               *language,
                              GCancellable             *cancellable,
                              GError                  **error)
{
  GMainContext *context;
  SoupSession *session;
  GAsyncResult *result = NULL;
  GBytes *bytes;

  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), NULL);
  g_return_val_if_fail (endpoint <= MIT_PORTAL_CLIENT_ENDPOINT_PAGES, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A SoupSession belongs to the main context it was made in, so the
   * blocking call makes its own session inside its own context. */
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  session = create_session (self);

  fetch_with_session (self, session, endpoint, region, language, cancellable,
                      sync_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);

  bytes = mit_portal_client_fetch_finish (self, result, error);
  g_object_unref (result);

  soup_session_abort (session);
  g_object_unref (session);
  while (g_main_context_pending (context))
    g_main_context_iteration (context, FALSE);

  g_main_context_pop_thread_default (context);
  g_main_context_unref (context);

  return bytes;
}

MitPortalClient *
mit_portal_client_new (const char *base_url)
{
  return g_object_new (MIT_TYPE_PORTAL_CLIENT,
                       "base-url", base_url != NULL ? base_url : MIT_PORTAL_CLIENT_DEFAULT_BASE_URL,
                       NULL);
}

const char *
mit_portal_client_get_base_url (MitPortalClient *self)
{
  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), NULL);

  return self->base_url;
}

/**
 * mit_portal_client_set_base_url:
 * @self: a #MitPortalClient
 * @base_url: (nullable): the portal's address, such as
 *   "https://cms.integreat-app.de"; %NULL for that default
 *
 * An unusable address is kept and reported by the next download.
 */
void
mit_portal_client_set_base_url (MitPortalClient *self,
                                const char      *base_url)
{
  g_return_if_fail (MIT_IS_PORTAL_CLIENT (self));

  if (base_url == NULL)
    base_url = MIT_PORTAL_CLIENT_DEFAULT_BASE_URL;
  if (g_strcmp0 (self->base_url, base_url) == 0)
    return;
  g_free (self->base_url);
  self->base_url = g_strdup (base_url);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
}

guint
mit_portal_client_get_timeout (MitPortalClient *self)
{
  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), 0);

  return self->timeout;
}

/**
 * mit_portal_client_set_timeout:
 * @self: a #MitPortalClient
 * @seconds: how long to wait for a connection or for the next data, 0 for ever
 */
void
mit_portal_client_set_timeout (MitPortalClient *self,
                               guint            seconds)
{
  g_return_if_fail (MIT_IS_PORTAL_CLIENT (self));

  if (self->timeout == seconds)
    return;
  self->timeout = seconds;
  if (self->session != NULL)
    g_object_set (self->session, "timeout", seconds, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

guint
mit_portal_client_get_max_attempts (MitPortalClient *self)
{
  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), 0);

  return self->max_attempts;
}

void
mit_portal_client_set_max_attempts (MitPortalClient *self,
                                    guint            max_attempts)
{
  g_return_if_fail (MIT_IS_PORTAL_CLIENT (self));
  g_return_if_fail (max_attempts >= 1);

  if (self->max_attempts == max_attempts)
    return;
  self->max_attempts = max_attempts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_ATTEMPTS]);
}

guint
mit_portal_client_get_retry_delay (MitPortalClient *self)
{
  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), 0);

  return self->retry_delay;
}

/**
 * mit_portal_client_set_retry_delay:
 * @self: a #MitPortalClient
 * @milliseconds: the wait before the second attempt; it doubles for each further one
 */
void
mit_portal_client_set_retry_delay (MitPortalClient *self,
                                   guint            milliseconds)
{
  g_return_if_fail (MIT_IS_PORTAL_CLIENT (self));

  if (self->retry_delay == milliseconds)
    return;
  self->retry_delay = milliseconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETRY_DELAY]);
}

guint64
mit_portal_client_get_max_size (MitPortalClient *self)
{
  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), 0);

  return self->max_size;
}

/**
 * mit_portal_client_set_max_size:
 * @self: a #MitPortalClient
 * @max_size: the largest answer accepted, in bytes after decoding
 */
void
mit_portal_client_set_max_size (MitPortalClient *self,
                                guint64          max_size)
{
  g_return_if_fail (MIT_IS_PORTAL_CLIENT (self));
  g_return_if_fail (max_size >= 1 && max_size <= G_MAXUINT);

  if (self->max_size == max_size)
    return;
  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

const char *
mit_portal_client_get_user_agent (MitPortalClient *self)
{
  g_return_val_if_fail (MIT_IS_PORTAL_CLIENT (self), NULL);

  return self->user_agent;
}

static void
mit_portal_client_dispose (GObject *object)
{
  MitPortalClient *self = MIT_PORTAL_CLIENT (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (mit_portal_client_parent_class)->dispose (object);
}

static void
mit_portal_client_finalize (GObject *object)
{
  MitPortalClient *self = MIT_PORTAL_CLIENT (object);

  g_clear_pointer (&self->base_url, g_free);
  g_clear_pointer (&self->user_agent, g_free);

  G_OBJECT_CLASS (mit_portal_client_parent_class)->finalize (object);
}

static void
mit_portal_client_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MitPortalClient *self = MIT_PORTAL_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;
    case PROP_MAX_ATTEMPTS:
      g_value_set_uint (value, self->max_attempts);
      break;
    case PROP_RETRY_DELAY:
      g_value_set_uint (value, self->retry_delay);
      break;
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    case PROP_USER_AGENT:
      g_value_set_string (value, self->user_agent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_portal_client_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MitPortalClient *self = MIT_PORTAL_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      mit_portal_client_set_base_url (self, g_value_get_string (value));
      break;
    case PROP_TIMEOUT:
      mit_portal_client_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_MAX_ATTEMPTS:
      mit_portal_client_set_max_attempts (self, g_value_get_uint (value));
      break;
    case PROP_RETRY_DELAY:
      mit_portal_client_set_retry_delay (self, g_value_get_uint (value));
      break;
    case PROP_MAX_SIZE:
      mit_portal_client_set_max_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_portal_client_class_init (MitPortalClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mit_portal_client_dispose;
  object_class->finalize = mit_portal_client_finalize;
  object_class->get_property = mit_portal_client_get_property;
  object_class->set_property = mit_portal_client_set_property;

  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL,
                         MIT_PORTAL_CLIENT_DEFAULT_BASE_URL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       0, G_MAXUINT, MIT_PORTAL_CLIENT_DEFAULT_TIMEOUT,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MAX_ATTEMPTS] =
    g_param_spec_uint ("max-attempts", NULL, NULL,
                       1, 100, MIT_PORTAL_CLIENT_DEFAULT_MAX_ATTEMPTS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RETRY_DELAY] =
    g_param_spec_uint ("retry-delay", NULL, NULL,
                       0, 10 * 60 * 1000, MIT_PORTAL_CLIENT_DEFAULT_RETRY_DELAY,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXUINT, MIT_PORTAL_CLIENT_DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_USER_AGENT] =
    g_param_spec_string ("user-agent", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MitPortalClient::progress:
   * @self: the client
   * @endpoint: the #MitPortalClientEndpoint being downloaded
   * @received: bytes received so far in this attempt (after decoding)
   * @total: the announced size, or 0 when the portal did not say
   *
   * Emitted in the main context of the download when it starts and after
   * each chunk. A retry starts again from 0.
   */
  signals[PROGRESS] =
    g_signal_new ("progress",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_UINT64, G_TYPE_UINT64);
}

static void
mit_portal_client_init (MitPortalClient *self)
{
  self->user_agent = g_strdup ("Miteinander/" PACKAGE_VERSION);
  self->timeout = MIT_PORTAL_CLIENT_DEFAULT_TIMEOUT;
  self->max_attempts = MIT_PORTAL_CLIENT_DEFAULT_MAX_ATTEMPTS;
  self->retry_delay = MIT_PORTAL_CLIENT_DEFAULT_RETRY_DELAY;
  self->max_size = MIT_PORTAL_CLIENT_DEFAULT_MAX_SIZE;
}
