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
load_cancellable (const char   *path,
                  GCancellable *cancellable,
                  gint64       *elapsed)
{
  CorSource *source = NULL;
  GTask *task = g_task_new (NULL, cancellable, on_loaded, &source);
  gint64 start = g_get_monotonic_time ();

  /* The loader reports cancellation in the source it returns. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, g_strconcat (base, path, NULL), g_free);
  g_task_run_in_thread (task, load_thread);
  g_object_unref (task);
  while (source == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (elapsed != NULL)
    *elapsed = g_get_monotonic_time () - start;
  return source;
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

  g_test_add_func ("/fetch/timeout", test_timeout);
  g_test_add_func ("/fetch/cancel", test_cancel);
  g_test_add_func ("/fetch/not-found", test_not_found);
  g_test_add_func ("/fetch/redirect-loop", test_redirect_loop);
  g_test_add_func ("/fetch/image", test_image);
  g_test_add_func ("/fetch/good-page", test_good_page);
  g_test_add_func ("/fetch/bad-address", test_bad_address);

  status = g_test_run ();

  soup_server_disconnect (server);
  g_clear_pointer (&paused, g_ptr_array_unref);
  g_clear_object (&server);
  g_free (base);
  return status;
}
