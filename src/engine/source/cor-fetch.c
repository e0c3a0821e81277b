/* cor-fetch.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "cor-fetch.h"
#include "cor-source.h"

#define MAX_REDIRECTS 10
#define ACCEPT "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5"

/* A watchdog that cancels the transfer when its time is up, so a server
 * that trickles bytes cannot hold a report past the limit. */
typedef struct
{
  GMutex        lock;
  GCond         cond;
  gboolean      done;
  gboolean      fired;
  gint64        deadline;
  GCancellable *cancellable;
} Watchdog;

static gpointer
watchdog_thread (gpointer data)
{
  Watchdog *w = data;

  g_mutex_lock (&w->lock);
  while (!w->done)
    if (!g_cond_wait_until (&w->cond, &w->lock, w->deadline))
      {
        w->fired = !w->done;
        break;
      }
  g_mutex_unlock (&w->lock);
  if (w->fired)
    g_cancellable_cancel (w->cancellable);
  return NULL;
}

static void
forward_cancel (GCancellable *outer,
                GCancellable *inner)
{
  g_cancellable_cancel (inner);
}

static gboolean
accepted_type (const char *type)
{
  return type == NULL || g_str_has_prefix (type, "text/") || g_str_equal (type, "application/xhtml+xml")
         || g_str_equal (type, "application/pdf") || g_str_equal (type, "application/xml");
}

static void
set_type_error (GError     **error,
                const char  *type)
{
  if (g_str_has_prefix (type, "image/"))
    g_set_error_literal (error, COR_ERROR, COR_ERROR_BINARY,
                         _("The web address points to an image, not a report."));
  else
    /* Translators: %s is a media type such as application/zip */
    g_set_error (error, COR_ERROR, COR_ERROR_BINARY,
                 _("The web address points to a file of type %s, not a report."), type);
}

static GBytes *
read_body (GInputStream  *in,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[16384];

  for (;;)
    {
      gssize n = g_input_stream_read (in, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
      if (buffer->len > COR_SOURCE_MAX_SIZE)
        {
          g_set_error (error, COR_ERROR, COR_ERROR_TOO_LARGE,
                       _("The web page is larger than %u MB, the most Corroborate reads."),
                       COR_SOURCE_MAX_SIZE / (1024 * 1024));
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Turns a transport error into a sentence for the user. */
static void
explain (GError    **error,
         GError     *cause,
         Watchdog   *watchdog,
         guint       timeout_ms)
{
  if (watchdog->fired || g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, COR_ERROR, COR_ERROR_NETWORK,
                 ngettext ("The web address did not answer within %u second.",
                           "The web address did not answer within %u seconds.",
                           MAX (1, timeout_ms / 1000)),
                 MAX (1, timeout_ms / 1000));
  else if (g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_TOO_MANY_REDIRECTS))
    g_set_error_literal (error, COR_ERROR, COR_ERROR_NETWORK,
                         _("The web address redirects too many times."));
  else if (cause->domain == COR_ERROR || g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else
    /* Translators: %s is the network library's own description of the problem */
    g_set_error (error, COR_ERROR, COR_ERROR_NETWORK,
                 _("The web address cannot be reached: %s."), cause->message);
}

/* A server that closes the connection before the length it announced is
 * reached sent part of the page, not the page; libsoup 3.2 ends the body
 * there without an error. The bytes that came over the network are
 * counted before any decompression, as Content-Length counts them. */
static gboolean
check_length (SoupMessage  *message,
              GError      **error)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);
  SoupMessageMetrics *metrics = soup_message_get_metrics (message);

  if (metrics == NULL
      || soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH
      || soup_message_metrics_get_response_body_bytes_received (metrics)
         >= (guint64) soup_message_headers_get_content_length (headers))
    return TRUE;
  g_set_error_literal (error, COR_ERROR, COR_ERROR_NETWORK,
                       _("The web page arrived incomplete: the server closed the connection "
                         "before sending all of it."));
  return FALSE;
}

static gboolean
is_redirect (guint status)
{
  return status == SOUP_STATUS_MOVED_PERMANENTLY || status == SOUP_STATUS_FOUND
         || status == SOUP_STATUS_SEE_OTHER || status == SOUP_STATUS_TEMPORARY_REDIRECT
         || status == SOUP_STATUS_PERMANENT_REDIRECT;
}

/* Where a redirect leads, if it is a web address with a host: libsoup
 * would hand an empty host on to a critical. */
static SoupMessage *
follow (SoupMessage  *message,
        GError      **error)
{
  const char *location = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                       "Location");
  g_autoptr(GUri) target = NULL;
  g_autofree char *text = NULL;
  SoupMessage *next;

  if (location != NULL)
    target = g_uri_parse_relative (soup_message_get_uri (message), location,
                                   SOUP_HTTP_URI_FLAGS, NULL);
  text = target ? g_uri_to_string (target) : NULL;
  if (text == NULL || !cor_fetch_is_web_address (text))
    {
      g_set_error_literal (error, COR_ERROR, COR_ERROR_NETWORK,
                           _("The web address redirects to something that is not a web page."));
      return NULL;
    }
  next = soup_message_new_from_uri (SOUP_METHOD_GET, target);
  soup_message_headers_append (soup_message_get_request_headers (next), "Accept", ACCEPT);
  soup_message_add_flags (next, SOUP_MESSAGE_NO_REDIRECT | SOUP_MESSAGE_COLLECT_METRICS);
  return next;
}

/* Sends @message and follows at most MAX_REDIRECTS redirects; returns the
 * body's stream with @message the last one sent. */
static GInputStream *
send_following (SoupSession   *session,
                SoupMessage  **message,
                GCancellable  *cancellable,
                GError       **error)
{
  for (guint redirects = 0;; redirects++)
    {
      GInputStream *in = soup_session_send (session, *message, cancellable, error);
      SoupMessage *next;

      if (in == NULL || !is_redirect (soup_message_get_status (*message)))
        return in;
      g_input_stream_close (in, NULL, NULL);
      g_object_unref (in);
      if (redirects == MAX_REDIRECTS)
        {
          g_set_error_literal (error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_TOO_MANY_REDIRECTS,
                               "too many redirects");
          return NULL;
        }
      next = follow (*message, error);
      if (next == NULL)
        return NULL;
      g_object_unref (*message);
      *message = next;
    }
}

static GBytes *
fetch (SoupSession   *session,
       SoupMessage  **message_inout,
       char         **content_type,
       char         **charset,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GBytes) body = NULL;
  SoupMessageHeaders *headers;
  SoupMessage *message;
  const char *type;
  guint status;

  in = send_following (session, message_inout, cancellable, error);
  if (in == NULL)
    return NULL;
  message = *message_inout;

  status = soup_message_get_status (message);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE)
        g_set_error (error, COR_ERROR, COR_ERROR_NETWORK,
                     _("The web page was not found (error %u)."), status);
      else
        /* Translators: %u is an HTTP status code, %s its reason phrase */
        g_set_error (error, COR_ERROR, COR_ERROR_NETWORK,
                     _("The web server did not send the page (error %u: %s)."),
                     status, soup_message_get_reason_phrase (message));
      return NULL;
    }

  headers = soup_message_get_response_headers (message);
  type = soup_message_headers_get_content_type (headers, &params);
  if (!accepted_type (type))
    {
      set_type_error (error, type);
      return NULL;
    }
  if (soup_message_headers_get_content_length (headers) > COR_SOURCE_MAX_SIZE)
    {
      g_set_error (error, COR_ERROR, COR_ERROR_TOO_LARGE,
                   _("The web page is larger than %u MB, the most Corroborate reads."),
                   COR_SOURCE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  body = read_body (in, cancellable, error);
  if (body == NULL || !check_length (message, error))
    return NULL;
  *content_type = g_strdup (type);
  *charset = params ? g_strdup (g_hash_table_lookup (params, "charset")) : NULL;
  return g_steal_pointer (&body);
}

gboolean
cor_fetch_is_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;
  const char *scheme;

  if (text == NULL)
    return FALSE;
  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  host = uri ? g_uri_get_host (uri) : NULL;
  if (host == NULL || host[0] == '\0')
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0;
}

GBytes *
cor_fetch (const char    *uri,
           guint          timeout_ms,
           char         **content_type,
           char         **charset,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GCancellable) inner = g_cancellable_new ();
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GError) cause = NULL;
  Watchdog watchdog = { 0 };
  GThread *thread;
  GBytes *bytes;
  gulong handler = 0;

  if (!cor_fetch_is_web_address (uri))
    {
      g_set_error_literal (error, COR_ERROR, COR_ERROR_NETWORK,
                           _("This is not a valid web address."));
      return NULL;
    }

  session = soup_session_new_with_options ("timeout", MAX (1u, timeout_ms / 1000),
                                           "user-agent", "Corroborate/" VERSION " ",
                                           NULL);
  soup_session_set_idle_timeout (session, MAX (1u, timeout_ms / 1000));
  message = soup_message_new (SOUP_METHOD_GET, uri);
  if (message == NULL)
    {
      g_set_error_literal (error, COR_ERROR, COR_ERROR_NETWORK, _("This is not a valid web address."));
      return NULL;
    }
  soup_message_headers_append (soup_message_get_request_headers (message), "Accept", ACCEPT);
  /* Redirects are followed here, each checked, MAX_REDIRECTS at most. */
  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT | SOUP_MESSAGE_COLLECT_METRICS);

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (forward_cancel), inner, NULL);
  g_mutex_init (&watchdog.lock);
  g_cond_init (&watchdog.cond);
  watchdog.deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;
  watchdog.cancellable = inner;
  thread = g_thread_new ("cor-fetch-watchdog", watchdog_thread, &watchdog);

  bytes = fetch (session, &message, content_type, charset, inner, &cause);

  g_mutex_lock (&watchdog.lock);
  watchdog.done = TRUE;
  g_cond_signal (&watchdog.cond);
  g_mutex_unlock (&watchdog.lock);
  g_thread_join (thread);
  g_cancellable_disconnect (cancellable, handler);

  if (bytes == NULL)
    explain (error, cause, &watchdog, timeout_ms);
  g_mutex_clear (&watchdog.lock);
  g_cond_clear (&watchdog.cond);
  return bytes;
}
