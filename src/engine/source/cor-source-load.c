/* cor-source-load.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-source"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gunixinputstream.h>

#include "cor-article.h"
#include "cor-charset.h"
#include "cor-fetch.h"
#include "cor-furniture.h"
#include "cor-html.h"
#include "cor-html-meta.h"
#include "cor-markdown.h"
#include "cor-metadata.h"
#include "cor-pdf.h"
#include "cor-source-load.h"

/* The whole-transfer limit for a web address. */
#define FETCH_TIMEOUT_MS (30 * 1000)

static void
fail (CorSource  *self,
      CorError    code,
      const char *message)
{
  g_autoptr(GError) error = g_error_new_literal (COR_ERROR, code, message);

  cor_source_set_error (self, error);
}

static void
fail_too_large (CorSource *self)
{
  g_autofree char *message = g_strdup_printf (_("The file is larger than %u MB, the most "
                                                "Corroborate reads."),
                                              COR_SOURCE_MAX_SIZE / (1024 * 1024));

  fail (self, COR_ERROR_TOO_LARGE, message);
}

static gboolean
has_extension (const char *name,
               const char *const *extensions)
{
  g_autofree char *lower = NULL;

  if (name == NULL)
    return FALSE;
  lower = g_ascii_strdown (name, -1);
  for (guint i = 0; extensions[i] != NULL; i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return TRUE;
  return FALSE;
}

/* The kind of a report from its declared type, its name, then its bytes. */
static CorSourceKind
guess_kind (CorSource  *self,
            const char *content_type,
            const char *text,
            gsize       length)
{
  static const char *const html_ext[] = { ".html", ".htm", ".xhtml", ".shtml", NULL };
  static const char *const md_ext[] = { ".md", ".markdown", ".mdown", NULL };
  const char *name = cor_source_get_path (self) ? cor_source_get_path (self) : cor_source_get_uri (self);

  if (content_type != NULL)
    {
      if (g_str_has_prefix (content_type, "text/html") || g_str_has_prefix (content_type, "application/xhtml"))
        return COR_SOURCE_KIND_HTML;
      if (g_str_has_prefix (content_type, "text/markdown") || g_str_has_prefix (content_type, "text/x-markdown"))
        return COR_SOURCE_KIND_MARKDOWN;
    }
  if (has_extension (name, html_ext))
    return COR_SOURCE_KIND_HTML;
  if (has_extension (name, md_ext))
    return COR_SOURCE_KIND_MARKDOWN;
  if (cor_html_looks_like_html (text, length))
    return COR_SOURCE_KIND_HTML;
  return COR_SOURCE_KIND_TEXT;
}

static void
apply_language (CorSource   *self,
                CorMetadata *meta,
                const char  *text,
                gsize        length)
{
  const char *detected = cor_metadata_detect_language (text, length);
  g_autofree char *declared = NULL;

  if (meta->language != NULL)
    {
      declared = g_ascii_strdown (meta->language, -1);
      declared[strcspn (declared, "-_")] = '\0';
    }

  /* The words decide; a declared language only fills in for a text too
   * short to tell. */
  if (g_strcmp0 (detected, "und") == 0 && declared != NULL && *declared != '\0')
    detected = declared;
  cor_source_set_language (self, detected);

  if (g_strcmp0 (detected, "en") != 0 && g_strcmp0 (detected, "und") != 0)
    cor_source_add_warning (self, _("This report does not seem to be in English. Corroborate "
                                    "reads English best and may miss facts in it."));
}

static void
apply_meta (CorSource   *self,
            CorMetadata *meta)
{
  if (meta->outlet != NULL)
    cor_source_set_name (self, meta->outlet);
  if (meta->title != NULL)
    cor_source_set_title (self, meta->title);
  if (meta->byline != NULL)
    cor_source_set_byline (self, meta->byline);
  if (meta->published != NULL)
    cor_source_set_published_with_origin (self, meta->published, meta->published_from);
}

static void
warn_replaced (CorSource *self,
               gsize      n_replaced)
{
  g_autofree char *sentence = NULL;
  guint n = MIN (n_replaced, G_MAXUINT);

  sentence = g_strdup_printf (ngettext ("%u byte of the report is not valid UTF-8 and reads “\xef\xbf\xbd”.",
                                        "%u bytes of the report are not valid UTF-8 and read “\xef\xbf\xbd”.",
                                        n),
                              n);
  cor_source_add_warning (self, sentence);
}

/* A page's metadata is read from its tree before the article is cut out
 * of it. */
static char *
read_html (const char   *text,
           gsize         length,
           CorMetadata  *meta,
           GError      **error)
{
  xmlDoc *parsed = cor_html_parse (text, length);

  if (parsed != NULL)
    cor_html_meta_collect (parsed, meta);
  return cor_html_extract (text, length, parsed, error);
}

/* The article of @bytes, one paragraph per line, before its furniture is
 * removed; sets the kind of @self. */
static char *
read_article (CorSource    *self,
              GBytes       *bytes,
              const char   *content_type,
              const char   *charset,
              CorMetadata  *meta,
              gboolean     *plain,
              GError      **error)
{
  gsize size = 0, length = 0, n_replaced = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *declared = g_strdup (charset);
  g_autofree char *text = NULL;
  CorSourceKind kind;

  *plain = TRUE;
  if (cor_charset_is_pdf ((const guint8 *)data, size))
    {
      cor_source_set_kind (self, COR_SOURCE_KIND_PDF);
      return cor_pdf_extract (bytes, meta, error);
    }

  if (declared == NULL && cor_html_looks_like_html (data, MIN (size, 4096)))
    declared = cor_charset_sniff_html_meta (data, size);
  text = cor_charset_decode (data, size, declared, &length, &n_replaced, error);
  if (text == NULL)
    return NULL;
  if (n_replaced > 0)
    warn_replaced (self, n_replaced);

  kind = guess_kind (self, content_type, text, length);
  cor_source_set_kind (self, kind);
  switch (kind)
    {
    case COR_SOURCE_KIND_HTML:
      *plain = FALSE;
      return read_html (text, length, meta, error);
    case COR_SOURCE_KIND_MARKDOWN:
      return cor_markdown_to_text (text, meta);
    case COR_SOURCE_KIND_TEXT:
    case COR_SOURCE_KIND_PDF:
    case COR_SOURCE_KIND_PASTED:
    default:
      return g_steal_pointer (&text);
    }
}

/* Bytes → decoded text → article → furniture removed → metadata →
 * @self: fills @self (text, title, outlet, date, language) or sets its
 * error. */
static gboolean
read_bytes (CorSource    *self,
            GBytes       *bytes,
            const char   *content_type_hint,
            const char   *charset_hint,
            GCancellable *cancellable)
{
  gsize size = g_bytes_get_size (bytes);
  const char *binary;
  g_auto(CorMetadata) meta = { NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *article = NULL;
  g_autofree char *text = NULL;
  gboolean plain;

  if (size == 0)
    {
      if (cor_source_get_uri (self) != NULL)
        fail (self, COR_ERROR_EMPTY, _("The web page is empty."));
      else if (cor_source_get_path (self) != NULL)
        fail (self, COR_ERROR_EMPTY, _("The file is empty."));
      else
        fail (self, COR_ERROR_EMPTY, _("The text is empty."));
      return FALSE;
    }
  if (size > COR_SOURCE_MAX_SIZE)
    {
      fail_too_large (self);
      return FALSE;
    }
  binary = cor_charset_sniff_binary (g_bytes_get_data (bytes, NULL), size);
  if (binary != NULL && !cor_charset_is_pdf (g_bytes_get_data (bytes, NULL), size))
    {
      fail (self, COR_ERROR_BINARY, binary);
      return FALSE;
    }

  article = read_article (self, bytes, content_type_hint, charset_hint, &meta, &plain, &error);
  if (article == NULL)
    {
      cor_source_set_error (self, error);
      return FALSE;
    }
  text = cor_furniture_clean (article, &meta, plain);
  if (*text == '\0')
    {
      fail (self, COR_ERROR_NO_TEXT, _("The report has no text that Corroborate can read."));
      return FALSE;
    }

  cor_source_set_text (self, text);
  cor_source_set_not_article (self, cor_article_check (g_bytes_get_data (bytes, NULL), size, text));
  apply_meta (self, &meta);
  apply_language (self, &meta, text, strlen (text));
  return TRUE;
}

CorSource *
cor_source_load_bytes (GBytes       *bytes,
                       const char   *label,
                       const char   *content_type_hint,
                       GCancellable *cancellable)
{
  CorSource *self = cor_source_new ();

  cor_source_set_name (self, label);
  read_bytes (self, bytes, content_type_hint, NULL, cancellable);
  return self;
}

CorSource *
cor_source_load_text (const char *text,
                      const char *name,
                      const char *published)
{
  CorSource *self = cor_source_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  bytes = g_bytes_new (text, strlen (text));
  read_bytes (self, bytes, "text/plain", NULL, NULL);
  cor_source_set_kind (self, COR_SOURCE_KIND_PASTED);
  if (name != NULL && *name != '\0')
    cor_source_set_name (self, name);
  if (published != NULL && *published != '\0')
    cor_source_set_published_with_origin (self, published, COR_PUBLISHED_FROM_OPTION);

  return self;
}

/* Reads at most one byte more than @max_size, so a larger input is seen
 * without holding all of it. Each read asks for as much as a report may
 * hold: smaller reads left glibc's malloc returning more of its memory to
 * the system, and the analysis that follows took 10,000 more page faults
 * and a tenth longer on 1,530 reports. */
static GBytes *
read_stream_fully (GInputStream  *in,
                   gsize          max_size,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();

  while (buffer->len <= max_size)
    {
      gsize want = MIN (max_size + 1 - buffer->len, COR_SOURCE_MAX_SIZE + 1);
      g_autoptr(GBytes) chunk = g_input_stream_read_bytes (in, want, cancellable, error);

      if (chunk == NULL)
        return NULL;
      if (g_bytes_get_size (chunk) == 0)
        break;
      g_byte_array_append (buffer, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static gpointer
file_error (GError       **error,
            GIOErrorEnum   code,
            int            errnum)
{
  g_set_error_literal (error, G_IO_ERROR, code, g_strerror (errnum));
  return NULL;
}

/* The error of a failed call, from the errno it left: read at once, before
 * anything else can change it. */
static gpointer
errno_error (GError **error,
             int      errnum)
{
  return file_error (error, g_io_error_from_errno (errnum), errnum);
}

static gboolean
check_file_type (GFileType   type,
                 guint64     size,
                 gsize       max_size,
                 GError    **error)
{
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      file_error (error, G_IO_ERROR_IS_DIRECTORY, EISDIR);
      return FALSE;
    }
  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           /* Translators: a reason, after “Could not open the project “%s”: ” */
                           _("Not a regular file"));
      return FALSE;
    }
  if (size > max_size)
    {
      g_set_error_literal (error, COR_ERROR, COR_ERROR_TOO_LARGE, g_strerror (EFBIG));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_stat (const GStatBuf  *st,
            gsize            max_size,
            GError         **error)
{
  GFileType type = S_ISREG (st->st_mode) ? G_FILE_TYPE_REGULAR
                   : S_ISDIR (st->st_mode) ? G_FILE_TYPE_DIRECTORY : G_FILE_TYPE_SPECIAL;

  return check_file_type (type, st->st_size, max_size, error);
}

/* A FIFO or a device is refused from its stat(), without being opened; a
 * path that turns into one in between is opened without waiting for a
 * writer (O_NONBLOCK) and refused from its fstat(), so no path can block
 * the caller. */
static GBytes *
load_local_file (const char    *path,
                 gsize          max_size,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GInputStream) in = NULL;
  GStatBuf st;
  int fd, flags;

  if (g_stat (path, &st) != 0)
    return errno_error (error, errno);
  if (!check_stat (&st, max_size, error))
    return NULL;
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return errno_error (error, errno);
  in = g_unix_input_stream_new (fd, TRUE);
  if (fstat (fd, &st) != 0)
    return errno_error (error, errno);
  if (!check_stat (&st, max_size, error))
    return NULL;
  flags = fcntl (fd, F_GETFL);
  if (flags < 0 || fcntl (fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
    return errno_error (error, errno);
  return read_stream_fully (in, max_size, cancellable, error);
}

GBytes *
cor_source_load_file (GFile         *file,
                      gsize          max_size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_peek_path (file) != NULL)
    return load_local_file (g_file_peek_path (file), max_size, cancellable, error);

  /* Anything else GIO reaches (sftp://, smb://…) goes through GIO. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return file_error (error, G_IO_ERROR_NOT_FOUND, ENOENT);
  if (info == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (!check_file_type (g_file_info_get_file_type (info), g_file_info_get_size (info), max_size,
                        error))
    return NULL;

  in = g_file_read (file, cancellable, &local);
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return file_error (error, G_IO_ERROR_PERMISSION_DENIED, EACCES);
  if (in == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return read_stream_fully (G_INPUT_STREAM (in), max_size, cancellable, error);
}

static GBytes *
read_file (CorSource    *self,
           GFile        *file,
           GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = cor_source_load_file (file, COR_SOURCE_MAX_SIZE, cancellable, &error);

  if (bytes != NULL)
    return bytes;
  /* "a.txt/b.txt": a folder on the way is a file, so there is no such file. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    fail (self, COR_ERROR_NOT_A_FILE, _("The file does not exist."));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    fail (self, COR_ERROR_NOT_A_FILE, _("This is a folder, not a file."));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    fail (self, COR_ERROR_NOT_A_FILE, _("This is not a regular file."));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    fail (self, COR_ERROR_NOT_A_FILE, _("The file cannot be opened: permission denied."));
  else if (g_error_matches (error, COR_ERROR, COR_ERROR_TOO_LARGE))
    fail_too_large (self);
  else
    cor_source_set_error (self, error);
  return NULL;
}

/* A report nothing dates is dated by its file's modification time, marked
 * as such: often when it was saved, which is not always when it was
 * published (see cor_analysis_run() for when relative dates use it). */
static void
date_from_file (CorSource    *self,
                GFile        *file,
                GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;

  if (cor_source_get_published (self) != NULL)
    return;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  modified = info ? g_file_info_get_modification_date_time (info) : NULL;
  if (modified == NULL)
    return;
  local = g_date_time_to_local (modified);
  date = g_date_time_format (local, "%Y-%m-%d");
  cor_source_set_published_with_origin (self, date, COR_PUBLISHED_FROM_FILE);
}

CorSource *
cor_source_load_path (const char   *path,
                      GCancellable *cancellable)
{
  CorSource *self = cor_source_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  cor_source_set_path (self, path);

  if (g_strcmp0 (path, "-") == 0)
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);

      cor_source_set_name (self, _("Standard input"));
      bytes = read_stream_fully (in, COR_SOURCE_MAX_SIZE, cancellable, &error);
      if (bytes == NULL)
        cor_source_set_error (self, error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autofree char *basename = g_file_get_basename (file);

      cor_source_set_name (self, basename);
      bytes = read_file (self, file, cancellable);
      if (bytes != NULL && read_bytes (self, bytes, NULL, NULL, cancellable))
        date_from_file (self, file, cancellable);
      return self;
    }

  if (bytes != NULL)
    read_bytes (self, bytes, NULL, NULL, cancellable);
  return self;
}

/* The host of @uri without "www.", to name an outlet nothing else names. */
static char *
host_name (const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  const char *host = parsed ? g_uri_get_host (parsed) : NULL;

  if (host == NULL)
    return NULL;
  if (g_str_has_prefix (host, "www."))
    host += 4;
  return g_strdup (host);
}

CorSource *
cor_source_load_uri_with_timeout (const char   *uri,
                                  guint         timeout_ms,
                                  GCancellable *cancellable)
{
  CorSource *self = cor_source_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *content_type = NULL;
  g_autofree char *charset = NULL;
  g_autofree char *host = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  cor_source_set_uri (self, uri);
  host = host_name (uri);
  if (host != NULL)
    cor_source_set_name (self, host);

  bytes = cor_fetch (uri, timeout_ms, &content_type, &charset, cancellable, &error);
  if (bytes == NULL)
    {
      cor_source_set_error (self, error);
      return self;
    }
  read_bytes (self, bytes, content_type, charset, cancellable);
  return self;
}

CorSource *
cor_source_load_uri (const char   *uri,
                     GCancellable *cancellable)
{
  return cor_source_load_uri_with_timeout (uri, FETCH_TIMEOUT_MS, cancellable);
}

static void
load_uri_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  g_task_return_pointer (task, cor_source_load_uri (task_data, cancellable), g_object_unref);
}

void
cor_source_load_uri_async (const char          *uri,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, cor_source_load_uri_async);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_run_in_thread (task, load_uri_thread);
}

CorSource *
cor_source_load_uri_finish (GAsyncResult  *result,
                            GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

CorSource *
cor_source_load_location (const char   *location,
                          GCancellable *cancellable)
{
  const char *scheme;

  g_return_val_if_fail (location != NULL, NULL);

  /* "http://" with no host is a web address gone wrong, not a file name:
   * the web loader says so in a sentence. */
  scheme = g_uri_peek_scheme (location);
  if (cor_fetch_is_web_address (location)
      || g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0)
    return cor_source_load_uri (location, cancellable);
  return cor_source_load_path (location, cancellable);
}
