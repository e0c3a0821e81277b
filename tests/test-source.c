/* test-source.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <cairo-pdf.h>

#include "cor-analysis.h"
#include "cor-metadata.h"
#include "cor-source-load.h"
#include "corpus-helpers.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "source", name, NULL);
}

static CorSource *
load_fixture (const char *name)
{
  g_autofree char *path = data_path (name);

  return cor_source_load_path (path, NULL);
}

static char *
temp_file (const char *name,
           const char *contents,
           gssize      length)
{
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static void
assert_error (CorSource *source,
              CorError   code)
{
  const GError *error = cor_source_get_error (source);

  g_assert_nonnull (error);
  g_assert_error ((GError *)error, COR_ERROR, code);
  g_assert_null (cor_source_get_text (source));
  /* A sentence for a person: capitalised, ending with a full stop. */
  g_assert_true (g_ascii_isupper (error->message[0]));
  g_assert_true (g_str_has_suffix (error->message, "."));
}

static void
test_utf8_bom (void)
{
  static const char text[] = "\xef\xbb\xbfThe bridge reopened on Monday, the city said.";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(CorSource) source = cor_source_load_bytes (bytes, "bom", NULL, NULL);

  g_assert_null (cor_source_get_error (source));
  g_assert_cmpstr (cor_source_get_text (source), ==, "The bridge reopened on Monday, the city said.");
}

static void
test_utf16 (void)
{
  g_autoptr(CorSource) source = load_fixture ("glacier-utf16.txt");
  const char *text = cor_source_get_text (source);

  g_assert_null (cor_source_get_error (source));
  g_assert_nonnull (strstr (text, "the glacier had lost about 40 metres of ice"));
  g_assert_cmpstr (cor_source_get_title (source), ==, "Glacier retreat measured at 40 metres this summer");
}

static void
test_windows_1252 (void)
{
  g_autoptr(CorSource) source = load_fixture ("cafe-windows-1252.txt");
  const char *text = cor_source_get_text (source);

  g_assert_null (cor_source_get_error (source));
  g_assert_true (g_str_has_prefix (text, "Café owners"));
  g_assert_nonnull (strstr (text, "“pedestrian zone”"));
  g_assert_nonnull (strstr (text, "trade – a claim"));
}

/* Text with a few bytes of no encoding is read, each such byte as U+FFFD,
 * and says so; bytes that are mostly no character are no text. */
static void
test_bad_encoding (void)
{
  g_autoptr(CorSource) source = load_fixture ("bad-encoding.txt");
  g_autoptr(GString) garbage = g_string_new ("Lorem ");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CorSource) refused = NULL;

  g_assert_null (cor_source_get_error (source));
  g_assert_true (g_str_has_prefix (cor_source_get_text (source), "Lorem text with bad bytes \xef\xbf\xbd"));
  g_assert_nonnull (strstr (cor_source_get_text (source), " everywhere."));
  g_assert_nonnull (strstr (cor_source_get_warning (source), "not valid UTF-8"));

  for (guint i = 0; i < 200; i++)
    g_string_append_c (garbage, (char) (0x81 + i % 0x3f));
  bytes = g_bytes_new (garbage->str, garbage->len);
  refused = cor_source_load_bytes (bytes, "garbage", NULL, NULL);
  assert_error (refused, COR_ERROR_ENCODING);
}

static void
test_empty (void)
{
  g_autofree char *path = temp_file ("cor-test-empty.txt", "", 0);
  g_autoptr(CorSource) source = cor_source_load_path (path, NULL);

  assert_error (source, COR_ERROR_EMPTY);
  g_assert_cmpstr (cor_source_get_error (source)->message, ==, "The file is empty.");
  g_unlink (path);
}

static void
test_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  static const char elf[] = "\x7f" "ELF\2\1\1\0\0\0\0\0\0\0\0\0";
  static const char zeros[] = "text\0with\0nul\0bytes";
  g_autoptr(GBytes) image = g_bytes_new_static (png, sizeof png);
  g_autoptr(GBytes) program = g_bytes_new_static (elf, sizeof elf);
  g_autoptr(GBytes) nul = g_bytes_new_static (zeros, sizeof zeros);
  g_autoptr(CorSource) a = cor_source_load_bytes (image, "a.png", NULL, NULL);
  g_autoptr(CorSource) b = cor_source_load_bytes (program, "a.out", NULL, NULL);
  g_autoptr(CorSource) c = cor_source_load_bytes (nul, "nul", NULL, NULL);

  assert_error (a, COR_ERROR_BINARY);
  g_assert_nonnull (strstr (cor_source_get_error (a)->message, "image"));
  assert_error (b, COR_ERROR_BINARY);
  g_assert_nonnull (strstr (cor_source_get_error (b)->message, "program"));
  assert_error (c, COR_ERROR_BINARY);
}

static void
test_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(CorSource) source = cor_source_load_path (path, NULL);

  assert_error (source, COR_ERROR_NOT_A_FILE);
  g_assert_nonnull (strstr (cor_source_get_error (source)->message, "folder"));
}

static void
test_missing (void)
{
  g_autoptr(CorSource) source = cor_source_load_path ("/nonexistent/corroborate/report.txt", NULL);

  assert_error (source, COR_ERROR_NOT_A_FILE);
  g_assert_cmpstr (cor_source_get_location (source), ==, "/nonexistent/corroborate/report.txt");
  /* People know a report by its name, never by its path. */
  g_assert_cmpstr (cor_source_get_label (source), ==, "report");
}

static void
test_unreadable (void)
{
  g_autofree char *path = temp_file ("cor-test-unreadable.txt", "Some text that nobody may read.", -1);
  g_autofree char *fifo = g_build_filename (g_get_tmp_dir (), "cor-test-fifo", NULL);
  g_autoptr(CorSource) special = NULL;

  /* A pipe is not a report, and reading it must not block. */
  g_unlink (fifo);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  special = cor_source_load_path (fifo, NULL);
  assert_error (special, COR_ERROR_NOT_A_FILE);
  g_unlink (fifo);

  if (geteuid () == 0)
    {
      g_unlink (path);
      g_test_skip ("root reads every file");
      return;
    }
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  {
    g_autoptr(CorSource) source = cor_source_load_path (path, NULL);

    assert_error (source, COR_ERROR_NOT_A_FILE);
  }
  g_unlink (path);
}

static void
test_too_large (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "cor-test-large.txt", NULL);
  g_autoptr(CorSource) source = NULL;
  FILE *file = g_fopen (path, "w");

  /* A sparse file: large on paper, cheap to make. */
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), COR_SOURCE_MAX_SIZE + 10), ==, 0);
  fclose (file);

  source = cor_source_load_path (path, NULL);
  assert_error (source, COR_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (cor_source_get_error (source)->message, "larger than 16 MB"));
  g_unlink (path);
}

static void
test_long_line (void)
{
  GString *line = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CorSource) source = NULL;
  gint64 start;

  while (line->len < 1024 * 1024)
    g_string_append (line, "the council said the harbour, which opened in 1998, would close ");
  bytes = g_string_free_to_bytes (line);

  start = g_get_monotonic_time ();
  source = cor_source_load_bytes (bytes, "line", NULL, NULL);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_null (cor_source_get_error (source));
  g_assert_cmpuint (cor_source_get_text_length (source), >, 1000000);
}

static void
test_deep_html (void)
{
  GString *html = g_string_new ("<html><body>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CorSource) source = NULL;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "<p>The deepest paragraph says the dam held, officials said on Sunday.</p>");
  bytes = g_string_free_to_bytes (html);

  start = g_get_monotonic_time ();
  source = cor_source_load_bytes (bytes, "deep.html", "text/html", NULL);
  /* Ten seconds, the limit; valgrind runs code about 20 times slower. */
  g_assert_cmpint (g_get_monotonic_time () - start, <,
                   (g_getenv ("COR_UNDER_VALGRIND") != NULL ? 200 : 10) * G_USEC_PER_SEC);
  /* Either outcome is fine as long as it is one: text, or a sentence. */
  g_assert_true ((cor_source_get_error (source) != NULL) != (cor_source_get_text (source) != NULL));
}

static void
test_html_article (void)
{
  g_autoptr(CorSource) source = load_fixture ("harbour-gazette.html");
  const char *text = cor_source_get_text (source);

  g_assert_null (cor_source_get_error (source));
  g_assert_cmpint (cor_source_get_kind (source), ==, COR_SOURCE_KIND_HTML);
  g_assert_cmpstr (cor_source_get_name (source), ==, "The Harbour Gazette");
  g_assert_cmpstr (cor_source_get_title (source), ==, "Ferry strike ends after nine days");
  g_assert_cmpstr (cor_source_get_published (source), ==, "2025-03-14");
  g_assert_cmpstr (cor_source_get_byline (source), ==, "Mara Quill");
  g_assert_cmpstr (cor_source_get_language (source), ==, "en");

  g_assert_nonnull (strstr (text, "Crews on the island ferries returned to work on Friday"));
  g_assert_nonnull (strstr (text, "tickets bought for cancelled sailings"));
  g_assert_nonnull (strstr (text, "“We are glad the boats are running again"));
  /* Paragraphs stay apart. */
  g_assert_nonnull (strstr (text, "since 1998.\nThe union"));
  /* No furniture: navigation, side bars, related links, captions, comments, scripts. */
  g_assert_null (strstr (text, "Most read"));
  g_assert_null (strstr (text, "Lighthouse keeper"));
  g_assert_null (strstr (text, "Related stories"));
  g_assert_null (strstr (text, "Ferry fares to rise"));
  g_assert_null (strstr (text, "north pier"));
  g_assert_null (strstr (text, "Great news for the islands"));
  g_assert_null (strstr (text, "Recommended"));
  g_assert_null (strstr (text, "Copyright"));
}

static void
test_html_charset (void)
{
  static const char page[] =
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
    "</head><body><p>Na\xefve investors in the r\xe9gion lost about \x80" "3 million in the scheme, "
    "the regulator said on Wednesday, and it warned others.</p></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (page, sizeof page - 1);
  g_autoptr(CorSource) source = cor_source_load_bytes (bytes, "page", NULL, NULL);

  g_assert_null (cor_source_get_error (source));
  g_assert_nonnull (strstr (cor_source_get_text (source), "Naïve investors in the région lost about €3 million"));
}

static void
test_markdown (void)
{
  g_autoptr(CorSource) source = load_fixture ("orchard-report.md");
  const char *text = cor_source_get_text (source);

  g_assert_null (cor_source_get_error (source));
  g_assert_cmpint (cor_source_get_kind (source), ==, COR_SOURCE_KIND_MARKDOWN);
  g_assert_cmpstr (cor_source_get_title (source), ==, "Orchard harvest doubles after wet spring");
  g_assert_cmpstr (cor_source_get_byline (source), ==, "Tomas Elder");
  g_assert_nonnull (strstr (text, "The apple harvest in the valley doubled this year, growers said on "
                                  "Monday, after a wet spring"));
  g_assert_nonnull (strstr (text, "\nGrowers picked about 14,000 tonnes"));
  g_assert_nonnull (strstr (text, "Read the growers' report for details."));
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "https://"));
  g_assert_null (strstr (text, "apples.jpg"));
}

/* An invented report, pasted from a browser with its furniture. */
static const char pasted_report[] =
  "The museum will reopen its west wing in May after a two-year repair of the roof, its director said.\n"
  "\n"
  "City council approves the museum's new roof budget\n"
  "City council approves the museum's new roof budget, after a debate that lasted most of the night.\n"
  "Recommended stories\n"
  "list of 4 itemsend of list\n"
  "The repair cost about 3.2 million euros, a third more than planned, because of the timber.\n"
  "The museum will reopen its west wing in May after a two-year repair of the roof, its director said.\n"
  "“We kept every beam we could,” the director said.\n"
  "Advertisement\n"
  "Share this article\n"
  "-ENDS-\n"
  "Published By:\n"
  "Jane Roe\n"
  "Published On:\n"
  "Mar 3, 2025\n"
  "Watch Live\n"
  "\n"
  "25 mins ago\n";

static void
test_furniture (void)
{
  g_autoptr(CorSource) source = cor_source_load_text (pasted_report, NULL, NULL);
  const char *text = cor_source_get_text (source);
  static const char *furniture[] = { "Recommended", "list of", "end of list", "Advertisement",
                                     "Share this", "ENDS", "Published", "Jane Roe", "Mar 3",
                                     "Watch Live", "ago" };

  g_assert_null (cor_source_get_error (source));
  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    if (strstr (text, furniture[i]) != NULL)
      g_error ("furniture “%s” left in: %s", furniture[i], text);

  g_assert_cmpstr (cor_source_get_published (source), ==, "2025-03-03");
  g_assert_cmpstr (cor_source_get_byline (source), ==, "Jane Roe");
  g_assert_cmpstr (cor_source_get_title (source), ==, "City council approves the museum's new roof budget");
  /* The repeated paragraph and the headline the lead repeats are there once. */
  g_assert_true (strstr (text, "west wing") == g_strrstr (text, "west wing"));
  g_assert_true (strstr (text, "City council approves") == g_strrstr (text, "City council approves"));
  g_assert_cmpstr (text, ==,
                   "The museum will reopen its west wing in May after a two-year repair of the roof, its director said.\n"
                   "City council approves the museum's new roof budget, after a debate that lasted most of the night.\n"
                   "The repair cost about 3.2 million euros, a third more than planned, because of the timber.\n"
                   "“We kept every beam we could,” the director said.");
}

static void
test_metadata_lines (void)
{
  g_autoptr(CorSource) a = cor_source_load_text ("  date 2024-11-02 The river rose by two metres overnight, "
                                                 "the water board said.\nRoads were closed.", NULL, NULL);
  g_autoptr(CorSource) b = cor_source_load_text ("LISBON (Coastal Wire) — Fishing boats stayed in port on "
                                                 "Monday as the storm passed, the harbour master said.\n"
                                                 "Published 12 October 2024\n", NULL, NULL);
  g_autoptr(CorSource) c = cor_source_load_text ("Harbour closed by storm\nUpdated Tue 15 Oct 2024, 9:03am\n"
                                                 "Posted: October 14, 2024 | 10:00 AM\n\nThe harbour closed.",
                                                 NULL, NULL);

  g_assert_cmpstr (cor_source_get_published (a), ==, "2024-11-02");
  g_assert_true (g_str_has_prefix (cor_source_get_text (a), "The river rose"));
  g_assert_cmpstr (cor_source_get_name (b), ==, "Coastal Wire");
  g_assert_cmpstr (cor_source_get_published (b), ==, "2024-10-12");
  g_assert_cmpstr (cor_source_get_published (c), ==, "2024-10-14");
  g_assert_cmpstr (cor_source_get_text (c), ==, "Harbour closed by storm\nThe harbour closed.");
}

/* A wire's dateline gives a month and a day, without a year. */
static void
test_dateline_day (void)
{
  static const struct { const char *line; guint month, day; } cases[] = {
    { "LONDON, Nov 17 (Press Wire) — Brantwell rejected the bid.", 11, 17 },
    { "MOLVANE, Dravalia, Oct 14 (Continental Press Agency) — A quake struck.", 10, 14 },
    { "WASHINGTON, April 30 (Reuters)-President Trump delayed the tariffs.", 4, 30 },
    { "GENEVA, Sept. 3 — The talks ended.", 9, 3 },
    { "In May 12 people died in the floods.", 0, 0 },
    { "LONDON (Press Wire) — Brantwell rejected the bid.", 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint month = 0, day = 0;
      gboolean found = cor_metadata_dateline_day (cases[i].line, &month, &day);

      g_assert_cmpint (found, ==, cases[i].month != 0);
      if (found)
        {
          g_assert_cmpuint (month, ==, cases[i].month);
          g_assert_cmpuint (day, ==, cases[i].day);
        }
    }
}

/* A section's name before a bar labels a date line, and "Published
 * online" is a label; a sentence before a bar is no label. */
static void
test_section_date_lines (void)
{
  g_autoptr(CorSource) a = cor_source_load_text ("HARBOUR WEEKLY\n\nSHIPPING | 12 March 2025\n\n"
                                                 "The harbour closed on Monday.\nBoats stayed in.", NULL, NULL);
  g_autoptr(CorSource) b = cor_source_load_text ("Storm shuts harbour\nPublished online 12 March 2025, 21:30\n\n"
                                                 "The harbour closed on Monday.", NULL, NULL);
  g_autoptr(CorSource) c = cor_source_load_text ("Storm shuts harbour\n\nThe harbour shut as boats fled | "
                                                 "12 March 2025\n\nThe harbour closed on Monday.", NULL, NULL);

  g_assert_cmpstr (cor_source_get_published (a), ==, "2025-03-12");
  g_assert_null (strstr (cor_source_get_text (a), "SHIPPING"));
  g_assert_cmpstr (cor_source_get_published (b), ==, "2025-03-12");
  g_assert_null (strstr (cor_source_get_text (b), "online"));
  g_assert_nonnull (strstr (cor_source_get_text (c), "boats fled"));
}

static void
test_parse_date (void)
{
  static const struct { const char *text; const char *date; } cases[] = {
    { "2026-02-05T10:00:00Z", "2026-02-05" },
    { "Feb 5, 2026", "2026-02-05" },
    { "Monday, 28 November 2005, 02:24 GMT", "2005-11-28" },
    { "Tuesday, July 2nd, 2013", "2013-07-02" },
    { "Sept. 15, 2013", "2013-09-15" },
    { "11/27/2005 7:21 AM", "2005-11-27" },
    { "14/09/2013", "2013-09-14" },
    { "2019-04-28 06:01:07", "2019-04-28" },
    { "no date here", NULL },
    { "February 30, 2024", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = cor_metadata_parse_date (cases[i].text);

      g_assert_cmpstr (date, ==, cases[i].date);
    }
}

static void
test_language (void)
{
  g_autoptr(CorSource) fr = cor_source_load_text (
    "Le conseil municipal a voté mardi soir une hausse de la taxe sur les ordures, qui passera de "
    "120 à 140 euros par foyer. Les élus de l'opposition ont dénoncé une décision prise sans débat, "
    "et ils demandent que le projet soit soumis aux habitants avant la fin de l'année.", NULL, NULL);
  g_autoptr(CorSource) en = cor_source_load_text (
    "The town council voted on Tuesday night to raise the waste tax, which will go from 120 to 140 "
    "euros per household. Opposition members said the decision was taken without a debate, and they "
    "asked that the plan be put to residents before the end of the year.", NULL, NULL);

  g_assert_cmpstr (cor_source_get_language (fr), ==, "fr");
  g_assert_nonnull (cor_source_get_warning (fr));
  g_assert_nonnull (cor_source_get_text (fr));
  g_assert_cmpstr (cor_source_get_language (en), ==, "en");
  g_assert_null (cor_source_get_warning (en));
}

/* A PDF made on the spot with cairo: a page of text, or a page of
 * shapes only, like a scan. */
static GBytes *
make_pdf (gboolean with_text)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "cor-test.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  char *contents = NULL;
  gsize length = 0;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, "2023-04-05T10:00:00");
  if (with_text)
    {
      cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 12);
      cairo_move_to (cr, 50, 80);
      cairo_show_text (cr, "The tunnel under the river opened on Saturday, the transport office said.");
      cairo_move_to (cr, 50, 120);
      cairo_show_text (cr, "About 40,000 cars a day are expected to use it.");
    }
  else
    {
      cairo_rectangle (cr, 50, 50, 300, 200);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_unlink (path);
  return g_bytes_new_take (contents, length);
}

static void
test_pdf (void)
{
  g_autoptr(GBytes) bytes = make_pdf (TRUE);
  g_autoptr(CorSource) source = cor_source_load_bytes (bytes, "tunnel.pdf", NULL, NULL);
  const char *text = cor_source_get_text (source);

  g_assert_null (cor_source_get_error (source));
  g_assert_cmpint (cor_source_get_kind (source), ==, COR_SOURCE_KIND_PDF);
  g_assert_nonnull (strstr (text, "The tunnel under the river opened on Saturday"));
  g_assert_nonnull (strstr (text, "About 40,000 cars"));
  /* the text gives no date: the PDF's own creation date does */
  g_assert_cmpstr (cor_source_get_published (source), ==, "2023-04-05");
  g_assert_cmpstr (cor_source_get_published_from (source), ==, COR_PUBLISHED_FROM_METADATA);
}

#define DATELESS_REPORT "The ferry left the harbour on Tuesday with 212 passengers aboard, the port said.\n"

/* Where each report's date comes from is recorded, and a file's time
 * serves only when nothing else dates the report. */
static void
test_date_origins (void)
{
  g_autofree char *dated = temp_file ("cor-test-dated.txt",
                                      "Published: 5 March 2024\n\n" DATELESS_REPORT, -1);
  g_autofree char *dateless = temp_file ("cor-test-dateless.txt", DATELESS_REPORT, -1);
  const char *html = "<html><head><meta property=\"article:published_time\" "
                     "content=\"2024-03-06T08:00:00Z\"></head><body><article><p>"
                     DATELESS_REPORT "</p></article></body></html>";
  g_autoptr(GBytes) page = g_bytes_new_static (html, strlen (html));
  g_autoptr(GFile) file = g_file_new_for_path (dateless);
  g_autoptr(GDateTime) when = g_date_time_new_local (2024, 3, 7, 12, 0, 0);
  g_autoptr(CorSource) from_text = NULL;
  g_autoptr(CorSource) from_page = NULL;
  g_autoptr(CorSource) from_file = NULL;
  g_autoptr(CorSource) given = cor_source_load_text (DATELESS_REPORT, "Port news", "2024-03-08");

  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                              g_date_time_to_unix (when), G_FILE_QUERY_INFO_NONE,
                                              NULL, NULL));
  from_text = cor_source_load_path (dated, NULL);
  from_page = cor_source_load_bytes (page, "port.html", "text/html", NULL);
  from_file = cor_source_load_path (dateless, NULL);

  g_assert_cmpstr (cor_source_get_published (from_text), ==, "2024-03-05");
  g_assert_cmpstr (cor_source_get_published_from (from_text), ==, COR_PUBLISHED_FROM_TEXT);
  g_assert_cmpstr (cor_source_get_published (from_page), ==, "2024-03-06");
  g_assert_cmpstr (cor_source_get_published_from (from_page), ==, COR_PUBLISHED_FROM_METADATA);
  g_assert_cmpstr (cor_source_get_published (from_file), ==, "2024-03-07");
  g_assert_cmpstr (cor_source_get_published_from (from_file), ==, COR_PUBLISHED_FROM_FILE);
  g_assert_cmpstr (cor_source_get_published (given), ==, "2024-03-08");
  g_assert_cmpstr (cor_source_get_published_from (given), ==, COR_PUBLISHED_FROM_OPTION);
  g_unlink (dated);
  g_unlink (dateless);
}

/* The document of a report dated by @file_date from its file, read beside
 * one that dates itself 2024-03-05. */
static char *
reference_beside_dated (const char *file_date)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  CorSource *by_file = cor_source_load_text (DATELESS_REPORT, "Saved page", NULL);
  CorAnalysisOptions options = COR_ANALYSIS_OPTIONS_INIT;
  g_autoptr(CorFactTable) table = NULL;
  CorDocument *doc;

  cor_source_set_published_with_origin (by_file, file_date, COR_PUBLISHED_FROM_FILE);
  g_ptr_array_add (sources, cor_source_load_text (DATELESS_REPORT, "Port news", "2024-03-05"));
  g_ptr_array_add (sources, by_file);
  options.n_threads = 1;
  table = cor_analysis_read_documents (sources, &options, NULL, NULL, NULL, NULL);
  doc = g_ptr_array_index (table->documents, 1);
  return g_strdup (doc->published);
}

static void
test_file_date_reference (void)
{
  g_autofree char *near = reference_beside_dated ("2024-03-07");
  g_autofree char *far = reference_beside_dated ("2024-11-30");

  /* a file saved two days after the story dates it; one saved months later
   * does not, and its "Tuesday" is left unresolved rather than guessed */
  g_assert_cmpstr (near, ==, "2024-03-07");
  g_assert_null (far);
}

static void
test_pdf_without_text (void)
{
  g_autoptr(GBytes) bytes = make_pdf (FALSE);
  g_autoptr(CorSource) source = cor_source_load_bytes (bytes, "scan.pdf", NULL, NULL);

  assert_error (source, COR_ERROR_NO_TEXT);
  g_assert_nonnull (strstr (cor_source_get_error (source)->message, "no text layer"));
}

/* The command line goes on past a bad report, says why in one line, and
 * exits 1. */
static void
test_cli_bad_and_good (void)
{
  const char *binary = g_getenv ("COR_BINARY");
  g_autofree char *good = data_path ("harbour-gazette.html");
  g_autofree char *empty = temp_file ("cor-test-cli-empty.txt", "", 0);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  int status = 0;

  if (binary == NULL || !g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("COR_BINARY not built");
      return;
    }
  {
    const char *argv[] = { binary, "--export=json", good, empty, "/nonexistent/x.txt", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, NULL));
  }
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_nonnull (strstr (out, "\"The Harbour Gazette\""));
  lines = g_strsplit (g_strstrip (err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_nonnull (strstr (lines[0], "The file is empty."));
  g_assert_nonnull (strstr (lines[1], "/nonexistent/x.txt: The file does not exist."));
  g_unlink (empty);
}

/* A label without a colon, and a credit in capitals, are still metadata:
 * the quick tests run before the patterns must let them through. */
static void
test_furniture_labels (void)
{
  static const char body[] =
    "The ferry service between the two islands will run twice a day from next week, the operator said.\n"
    "Tickets will cost the same as last summer, and the first boat leaves at seven in the morning.\n"
    "The operator hired four more crew members for the season, its spokesman added.\n";
  g_autofree char *labelled = g_strconcat ("Story by\nAnna Lee\n", body, NULL);
  g_autofree char *credited = g_strconcat ("REPORTED BY: Sam Poe\n", body, NULL);
  g_autoptr(CorSource) a = cor_source_load_text (labelled, NULL, NULL);
  g_autoptr(CorSource) b = cor_source_load_text (credited, NULL, NULL);

  g_assert_cmpstr (cor_source_get_byline (a), ==, "Anna Lee");
  g_assert_null (strstr (cor_source_get_text (a), "Story by"));
  g_assert_cmpstr (cor_source_get_byline (b), ==, "Sam Poe");
  g_assert_null (strstr (cor_source_get_text (b), "REPORTED"));
}

/* A publication line without a year, with times, time zones, an update
 * and the outlet's name, is no statement of the report; nor is a list's
 * bullet. */
static void
test_furniture_yearless_dates (void)
{
  static const char body[] =
    "The ferry service between the two islands will run twice a day from next week, the operator said.\n"
    "Tickets will cost the same as last summer, and the first boat leaves at seven in the morning.\n";
  static const char *lines[] = {
    "Published: 03 March, 04:15 PM", "Published 3 March, 19:05 BST | Updated 3 March, 20:30 BST",
    "Published 14 October, updated 21:10", "Island Weekly | Published 15 October, 07:30",
    "Posted June 9, 2:20 pm ET", "Published: Sunday, March 16, 2025 - 06:00 SAST",
    /* Captions with their credits, and links to other stories. */
    "The mayor and her rival listen to the declaration at the sports hall. Photograph: Lee Roe for the Sentinel",
    "Pictured: Burnt olive trees on the road between two villages.",
    "Smoke rises behind the church tower on Tuesday morning (Courier photo)",
    "Related: Fuel management in abandoned farmland - what the evidence says", "\u00b7 6 min read",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strconcat (lines[i], "\n", body, NULL);
      g_autoptr(CorSource) source = cor_source_load_text (text, NULL, NULL);

      if (strstr (cor_source_get_text (source), lines[i]) != NULL)
        g_error ("furniture “%s” left in", lines[i]);
    }
  /* A list's bullets are no part of its items. */
  {
    g_autofree char *text = g_strconcat (body, "- The old ferry was licensed to carry 120 passengers\n"
                                         "\u2022 The captain is being questioned by police\n"
                                         "- 47 people were injured in a crush at the gate\n", NULL);
    g_autoptr(CorSource) source = cor_source_load_text (text, NULL, NULL);
    const char *got = cor_source_get_text (source);

    g_assert_nonnull (strstr (got, "\nThe old ferry was licensed"));
    g_assert_nonnull (strstr (got, "\nThe captain is being questioned"));
    g_assert_nonnull (strstr (got, "\n47 people were injured"));
  }
  /* A sentence that gives a day is kept. */
  {
    g_autofree char *text = g_strconcat (body, "The timetable was published on 3 March by the operator.\n", NULL);
    g_autoptr(CorSource) source = cor_source_load_text (text, NULL, NULL);

    g_assert_nonnull (strstr (cor_source_get_text (source), "published on 3 March"));
  }
}

/* The name a report goes by: a rename or the outlet, else the site its
 * headline names, else the file's base name; never its path. */
static void
test_label (void)
{
  g_autoptr(CorSource) source = cor_source_new ();

  g_assert_cmpstr (cor_source_get_label (source), ==, "Pasted text");
  cor_source_set_path (source, "/home/reader/news/07_lantern.txt");
  cor_source_set_name (source, "07_lantern.txt");
  g_assert_cmpstr (cor_source_get_label (source), ==, "07_lantern");
  cor_source_set_title (source, "Lighthouse keeper retires after forty years | Lantern Weekly");
  g_assert_cmpstr (cor_source_get_label (source), ==, "Lantern Weekly");
  cor_source_set_name (source, "The Lantern");
  g_assert_cmpstr (cor_source_get_label (source), ==, "The Lantern");
  g_assert_cmpstr (cor_source_get_location (source), ==, "/home/reader/news/07_lantern.txt");
}

/* Data, a listing and a page of links are held back; articles are not. */
static void
test_not_article (void)
{
  g_autofree char *json = temp_file ("cor-test-manifest.json",
                                     "{\n  \"story\": \"harbour\",\n  \"files\": [\n"
                                     "    { \"file\": \"a.txt\", \"outlet\": \"Gazette\" }\n  ]\n}\n", -1);
  g_autofree char *listing = temp_file ("cor-test-listing.txt",
                                        "Harbour news\nFerry timetable changes\nCouncil votes on parking\n"
                                        "Lighthouse open day\nSchool fete raises funds\nWeather for the week\n"
                                        "Letters to the editor\nObituaries\n", -1);
  g_autofree char *links = temp_file ("cor-test-links.html",
                                      "<html><body><ul>"
                                      "<li><a href=\"/a\">Ferry runs aground near the point</a></li>"
                                      "<li><a href=\"/b\">Council closes the harbour road</a></li>"
                                      "<li><a href=\"/c\">Fishermen protest the new quotas</a></li>"
                                      "<li><a href=\"/d\">Storm warning for the weekend</a></li>"
                                      "<li><a href=\"/e\">New lifeboat for the station</a></li>"
                                      "<li><a href=\"/f\">Museum reopens after repairs</a></li>"
                                      "<li><a href=\"/g\">Mayor answers readers' questions</a></li>"
                                      "</ul></body></html>", -1);
  g_autofree char *article = data_path ("harbour-gazette.html");
  const char *paths[] = { json, listing, links };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(CorSource) source = cor_source_load_path (paths[i], NULL);

      g_assert_no_error ((GError *)cor_source_get_error (source));
      g_assert_nonnull (cor_source_get_not_article (source));
      g_test_message ("%s: %s", paths[i], cor_source_get_not_article (source));
    }
  {
    g_autoptr(CorSource) source = cor_source_load_path (article, NULL);

    g_assert_null (cor_source_get_not_article (source));
  }
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_unlink (paths[i]);
}

/* Every report of the shared corpus reads as an article. */
static void
test_corpus_articles (void)
{
  g_autofree char *corpus = corpus_root ();
  g_autoptr(GPtrArray) clusters = NULL;
  guint n = 0;

  if (corpus == NULL)
    {
      g_test_skip ("COR_SHARED_DIR has no corpus");
      return;
    }
  clusters = corpus_list (corpus, TRUE);
  for (guint c = 0; c < clusters->len; c++)
    {
      g_autofree char *folder = g_build_filename (corpus, g_ptr_array_index (clusters, c), NULL);
      g_autoptr(GPtrArray) files = corpus_list (folder, FALSE);

      for (guint f = 0; f < files->len; f++)
        {
          g_autofree char *path = g_build_filename (folder, g_ptr_array_index (files, f), NULL);
          g_autoptr(CorSource) source = cor_source_load_path (path, NULL);

          if (cor_source_get_not_article (source) != NULL)
            g_test_fail_printf ("%s: %s", path, cor_source_get_not_article (source));
          n++;
        }
      {
        g_autofree char *manifest = g_build_filename (folder, "manifest.json", NULL);
        g_autoptr(CorSource) source = NULL;

        if (!g_file_test (manifest, G_FILE_TEST_EXISTS))
          continue;
        source = cor_source_load_path (manifest, NULL);
        g_assert_nonnull (cor_source_get_not_article (source));
      }
    }
  g_test_message ("%u reports of the corpus read as articles", n);
  g_assert_cmpuint (n, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source/utf8-bom", test_utf8_bom);
  g_test_add_func ("/source/utf16", test_utf16);
  g_test_add_func ("/source/windows-1252", test_windows_1252);
  g_test_add_func ("/source/bad/encoding", test_bad_encoding);
  g_test_add_func ("/source/bad/empty", test_empty);
  g_test_add_func ("/source/bad/binary", test_binary);
  g_test_add_func ("/source/bad/directory", test_directory);
  g_test_add_func ("/source/bad/missing", test_missing);
  g_test_add_func ("/source/label", test_label);
  g_test_add_func ("/source/not-article", test_not_article);
  g_test_add_func ("/source/corpus-articles", test_corpus_articles);
  g_test_add_func ("/source/bad/unreadable", test_unreadable);
  g_test_add_func ("/source/bad/too-large", test_too_large);
  g_test_add_func ("/source/bad/long-line", test_long_line);
  g_test_add_func ("/source/bad/deep-html", test_deep_html);
  g_test_add_func ("/source/bad/pdf-without-text", test_pdf_without_text);
  g_test_add_func ("/source/html/article", test_html_article);
  g_test_add_func ("/source/html/charset", test_html_charset);
  g_test_add_func ("/source/markdown", test_markdown);
  g_test_add_func ("/source/pdf", test_pdf);
  g_test_add_func ("/source/furniture", test_furniture);
  g_test_add_func ("/source/furniture-labels", test_furniture_labels);
  g_test_add_func ("/source/furniture-yearless-dates", test_furniture_yearless_dates);
  g_test_add_func ("/source/metadata-lines", test_metadata_lines);
  g_test_add_func ("/source/section-date-lines", test_section_date_lines);
  g_test_add_func ("/source/dateline-day", test_dateline_day);
  g_test_add_func ("/source/parse-date", test_parse_date);
  g_test_add_func ("/source/language", test_language);
  g_test_add_func ("/source/cli", test_cli_bad_and_good);
  g_test_add_func ("/source/date-origins", test_date_origins);
  g_test_add_func ("/source/file-date-reference", test_file_date_reference);

  return g_test_run ();
}
