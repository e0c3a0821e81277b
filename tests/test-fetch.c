/* test-fetch.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libsoup/soup.h>

#include "cor-source-load.h"

/* Every address is served by a SoupServer on 127.0.0.1 that the test
 * starts itself; nothing goes to the internet. */

static SoupServer *server;
static char *base;
static GPtrArray *paused;

static const char good_page[] =
  "<html><head><title>Caf\xe9 rules | Valley Times</title></head><body><article>"
  "<p>Caf\xe9 owners in the valley may put tables on the pavement from April, the council said on "
  "Thursday, after a vote of 31 to 9.</p>"
  "<p>The rule will be reviewed after one year, and owners must leave 1.5 metres free for walkers.</p>"
  "</article></body></html>";

static void
handle (SoupServer        *srv,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  if (g_str_equal (path, "/slow"))
    {
      /* Never answers: the client's time limit must end the wait. */
      soup_server_message_pause (msg);
      g_ptr_array_add (paused, g_object_ref (msg));
    }
  else if (g_str_equal (path, "/loop"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
  else if (g_str_equal (path, "/moved"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_MOVED_PERMANENTLY, "/good");
  else if (g_str_has_prefix (path, "/chain/"))
    {
      /* /chain/N is N redirects from the good page. */
      guint n = g_ascii_strtoull (path + 7, NULL, 10);
      g_autofree char *next = g_strdup_printf ("/chain/%u", n - 1);

      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, n <= 1 ? "/good" : next);
    }
  else if (g_str_equal (path, "/image"))
    {
      static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, png, sizeof png);
    }
  else if (g_str_equal (path, "/good"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=windows-1252", SOUP_MEMORY_STATIC,
                                        good_page, sizeof good_page - 1);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

/* A server that misbehaves as no library would let it: raw answers,
 * written whole and the connection closed, on a port of its own. */
static char *raw_base;

static GBytes *
raw_answer (const char *path)
{
  g_autoptr(GString) body = g_string_new ("<html><body><article>");
  g_autoptr(GConverter) gzip = NULL;
  g_autofree char *packed = NULL;
  gsize read = 0, written = 0;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (body, "<p>Paragraph %u: the council met on Monday and agreed to "
                            "repair the bridge, officials said.</p>", i + 1);
  g_string_append (body, "</article></body></html>");

  if (g_str_equal (path, "/truncated"))
    {
      /* Announces the page and sends half of it. */
      g_string_append_printf (out, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                              "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n",
                              body->len);
      g_string_append_len (out, body->str, body->len / 2);
    }
  else if (g_str_equal (path, "/truncated-gzip"))
    {
      gzip = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1));
      packed = g_malloc (body->len + 1024);
      g_assert_cmpint (g_converter_convert (gzip, body->str, body->len, packed, body->len + 1024,
                                            G_CONVERTER_INPUT_AT_END, &read, &written, NULL),
                       ==, G_CONVERTER_FINISHED);
      g_string_append_printf (out, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                              "Content-Encoding: gzip\r\nContent-Length: %" G_GSIZE_FORMAT "\r\n"
                              "Connection: close\r\n\r\n", written);
      g_string_append_len (out, packed, written / 2);
    }
  else if (g_str_equal (path, "/no-host"))
    g_string_append (out, "HTTP/1.1 302 Found\r\nLocation: http://\r\nContent-Length: 0\r\n"
                     "Connection: close\r\n\r\n");
  else if (g_str_equal (path, "/to-file"))
    g_string_append (out, "HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\n"
                     "Content-Length: 0\r\nConnection: close\r\n\r\n");
  else
    g_string_append_printf (out, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                            "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n%s",
                            body->len, body->str);
  return g_string_free_to_bytes (out);
}

static gboolean
raw_run (GThreadedSocketService *service,
         GSocketConnection      *connection,
         GObject                *source_object,
         gpointer                user_data)
{
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autoptr(GString) request = g_string_new (NULL);
  g_autoptr(GBytes) answer = NULL;
  g_auto(GStrv) words = NULL;
  char buffer[1024];
  gssize n;

  while (strstr (request->str, "\r\n\r\n") == NULL
         && (n = g_input_stream_read (in, buffer, sizeof buffer, NULL, NULL)) > 0)
    g_string_append_len (request, buffer, n);
  words = g_strsplit (request->str, " ", 3);
  answer = raw_answer (g_strv_length (words) >= 2 ? words[1] : "/");
  g_output_stream_write_all (out, g_bytes_get_data (answer, NULL), g_bytes_get_size (answer),
                             NULL, NULL, NULL);
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  /* Only /slow tests the time limit: the others get one a slow machine (or
   * valgrind) cannot reach, so they test what they name. */
  guint timeout_ms = g_str_has_suffix (task_data, "/slow") && cancellable == NULL ? 1000 : 20000;

  g_task_return_pointer (task, cor_source_load_uri_with_timeout (task_data, timeout_ms, cancellable),
                         g_object_unref);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  CorSource **out = user_data;

  *out = g_task_propagate_pointer (G_TASK (result), NULL);
}

/* Loads @path from the test server in a worker thread while this thread
 * keeps serving. */
static CorSource *
load_from (const char   *server_base,
           const char   *path,
           GCancellable *cancellable,
           gint64       *elapsed)
{
  CorSource *source = NULL;
  GTask *task = g_task_new (NULL, cancellable, on_loaded, &source);
  gint64 start = g_get_monotonic_time ();

  /* The loader reports cancellation in the source it returns. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, g_strconcat (server_base, path, NULL), g_free);
  g_task_run_in_thread (task, load_thread);
  g_object_unref (task);
  while (source == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (elapsed != NULL)
    *elapsed = g_get_monotonic_time () - start;
  return source;
}

static CorSource *
load_cancellable (const char   *path,
                  GCancellable *cancellable,
                  gint64       *elapsed)
{
  return load_from (base, path, cancellable, elapsed);
}

static CorSource *
load (const char *path,
      gint64     *elapsed)
{
  return load_cancellable (path, NULL, elapsed);
}

static void
assert_network_error (CorSource  *source,
                      const char *words)
{
  const GError *error = cor_source_get_error (source);

  g_assert_nonnull (error);
  g_assert_null (cor_source_get_text (source));
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
test_timeout (void)
{
  gint64 elapsed = 0;
  g_autoptr(CorSource) source = load ("/slow", &elapsed);

  assert_network_error (source, "did not answer within 1 second");
  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC);
}

static gboolean
cancel_soon (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CorSource) source = NULL;
  gint64 elapsed = 0;

  g_timeout_add (200, cancel_soon, cancellable);
  source = load_cancellable ("/slow", cancellable, &elapsed);
  g_assert_error ((GError *)cor_source_get_error (source), G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC);
}

static void
test_not_found (void)
{
  g_autoptr(CorSource) source = load ("/nothing-here", NULL);

  assert_network_error (source, "not found (error 404)");
}

static void
test_redirect_loop (void)
{
  g_autoptr(CorSource) source = load ("/loop", NULL);

  assert_network_error (source, "redirects too many times");
}

static void
test_image (void)
{
  g_autoptr(CorSource) source = load ("/image", NULL);

  assert_network_error (source, "points to an image");
}

static void
test_good_page (void)
{
  g_autoptr(CorSource) source = load ("/moved", NULL);
  const char *text = cor_source_get_text (source);

  g_assert_null (cor_source_get_error (source));
  g_assert_true (g_str_has_prefix (text, "Café owners in the valley"));
  g_assert_nonnull (strstr (text, "\nThe rule will be reviewed"));
  g_assert_cmpstr (cor_source_get_title (source), ==, "Café rules | Valley Times");
  /* Nothing better names the outlet than the host. */
  g_assert_cmpstr (cor_source_get_name (source), ==, "127.0.0.1");
  g_assert_true (g_str_has_suffix (cor_source_get_uri (source), "/moved"));
}

/* Issue 17, defect 7: a server that closes the connection before its
 * Content-Length is reached gave a short article and exit 0. */
static void
test_truncated (void)
{
  const char *paths[] = { "/truncated", "/truncated-gzip" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(CorSource) source = load_from (raw_base, paths[i], NULL, NULL);

      assert_network_error (source, "arrived incomplete");
    }
}

/* The raw server's whole page, with its length, reads. */
static void
test_raw_whole (void)
{
  g_autoptr(CorSource) source = load_from (raw_base, "/whole", NULL, NULL);

  g_assert_null (cor_source_get_error (source));
  g_assert_nonnull (strstr (cor_source_get_text (source), "Paragraph 40: the council met"));
}

/* Issue 17, defect 8: a redirect to "http://" (no host) or to a file is
 * refused in a sentence; MAX_REDIRECTS (10) holds, not libsoup's 20. */
static void
test_redirects (void)
{
  const char *paths[] = { "/no-host", "/to-file" };
  g_autoptr(CorSource) ten = load ("/chain/10", NULL);
  g_autoptr(CorSource) eleven = load ("/chain/11", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(CorSource) source = load_from (raw_base, paths[i], NULL, NULL);

      assert_network_error (source, "redirects to something that is not a web page");
    }
  if (cor_source_get_error (ten) != NULL)
    g_error ("%s", cor_source_get_error (ten)->message);
  g_assert_true (g_str_has_prefix (cor_source_get_text (ten), "Café owners in the valley"));
  assert_network_error (eleven, "redirects too many times");
}

static void
test_bad_address (void)
{
  g_autoptr(CorSource) source = cor_source_load_uri_with_timeout ("ftp://example.org/x", 1000, NULL);

  assert_network_error (source, "not a valid web address");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketService) raw_service = NULL;
  guint16 raw_port;
  GSList *uris;
  int status;

  g_test_init (&argc, &argv, NULL);

  paused = g_ptr_array_new_with_free_func (g_object_unref);
  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  if (!soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("cannot start the test server: %s", error->message);
  uris = soup_server_get_uris (server);
  base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);

  raw_service = g_threaded_socket_service_new (4);
  raw_port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (raw_service), NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (raw_service, "run", G_CALLBACK (raw_run), NULL);
  g_socket_service_start (raw_service);
  raw_base = g_strdup_printf ("http://127.0.0.1:%u", raw_port);

  g_test_add_func ("/fetch/timeout", test_timeout);
  g_test_add_func ("/fetch/cancel", test_cancel);
  g_test_add_func ("/fetch/not-found", test_not_found);
  g_test_add_func ("/fetch/redirect-loop", test_redirect_loop);
  g_test_add_func ("/fetch/image", test_image);
  g_test_add_func ("/fetch/good-page", test_good_page);
  g_test_add_func ("/fetch/bad-address", test_bad_address);
  g_test_add_func ("/fetch/truncated", test_truncated);
  g_test_add_func ("/fetch/raw-whole", test_raw_whole);
  g_test_add_func ("/fetch/redirects", test_redirects);

  status = g_test_run ();

  g_socket_service_stop (raw_service);
  g_socket_listener_close (G_SOCKET_LISTENER (raw_service));
  g_clear_pointer (&raw_base, g_free);
  soup_server_disconnect (server);
  g_clear_pointer (&paused, g_ptr_array_unref);
  g_clear_object (&server);
  g_free (base);
  return status;
}
