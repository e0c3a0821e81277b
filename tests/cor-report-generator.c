/* cor-report-generator.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cor-report-generator.h"

/* The invented story: a storm damages a river bridge. Every {slot} is filled
 * per set (the facts) and per report (how the outlet tells them, and where
 * it gets them wrong). Written for the project; no real outlet's words. */

static const char *titles[] = {
  "{Town} bridge closed after storm damage",
  "Storm shuts {river} crossing in {Town}",
  "{Town} council closes bridge for {days} days",
  "Repairs to cost {cost}, {Town} mayor says",
  "Drivers face {detour} km detour as {Town} bridge shuts",
  "What we know about the {Town} bridge closure",
  "{river} bridge: engineers find {supports} damaged supports",
};

static const char *leads[] = {
  "The {river} bridge in {Town} was closed on {weekday} after high winds damaged {supports} of its supports, the town council said.",
  "{Town}'s main crossing over the {river} will stay shut for {days} days after a storm on {weekday} left {supports} supports cracked, officials said.",
  "A storm that swept through {Town} on {date} damaged the {river} bridge so badly that the council closed it to all traffic, according to a statement.",
  "Engineers closed the {river} bridge in {Town} on {weekday} night, saying gusts of up to {wind} km/h had damaged {supports} supports beneath the deck.",
};

static const char *paragraphs[] = {
  "Mayor {mayor} said the repairs would cost {cost} and would be paid from the town's emergency fund. \"We will not cut corners on safety,\" {mayor_last} told reporters outside the town hall.",
  "About {vehicles} vehicles cross the bridge every day, according to the council's latest traffic count, which was published in {month}.",
  "The council expects the bridge to reopen in {days} days, although chief engineer {engineer} warned that the timetable could slip if the weather turns again.",
  "{engineer}, who leads the council's structures team, said divers had found cracks in {supports} of the {piers} piers. \"The deck itself is sound,\" {engineer_last} said.",
  "Nobody was hurt when the bridge was closed, police said. Officers spent the night turning back lorries at both ends of the crossing.",
  "Drivers heading to {other_town} now face a detour of about {detour} kilometres through {village}, adding around {minutes} minutes to the journey at busy times.",
  "The storm brought winds of up to {wind} km/h to the valley on {weekday}, the national weather service said, the strongest it has recorded there since {year}.",
  "Bus operator {company} said its route {route} would be diverted until further notice and that it would add {buses} extra buses in the morning.",
  "Shop owners on the east bank said trade had already fallen. \"Half my customers live across the river,\" said {shopkeeper}, who runs a bakery near the bridge.",
  "The bridge was built in {built} and last strengthened in {strengthened}, when the council spent {old_cost} on new bearings, records show.",
  "A council spokesperson, {spokesperson}, said the emergency fund held {fund} at the end of last year, enough to cover the work without raising local taxes.",
  "Opposition councillor {councillor} questioned why an inspection in {month} had not found the weakness. \"Residents deserve answers,\" {councillor_last} said.",
  "The council voted {votes_for} to {votes_against} on {weekday} evening to release the money, with {abstain} members abstaining.",
  "Schools on the east bank will open {late} minutes later from {next_weekday} so that pupils who cross by bus are not marked late, the education office said.",
  "Emergency services said they had moved an ambulance to a station on the east bank, so that response times would not rise while the crossing is shut.",
  "Freight firms warned that deliveries to the {industrial} industrial estate could be delayed by up to {delay} hours while lorries use the longer route.",
  "The regional transport minister, {minister}, said on {weekday} that the government would consider helping with the cost if the final bill exceeded {threshold}.",
  "Residents gathered at the river bank on {weekday} afternoon to watch engineers lower cameras beside the damaged piers. Some had lived in {Town} for more than {residents_years} years.",
  "A temporary footbridge could be in place within {footbridge} days, the council said, allowing pedestrians and cyclists to cross while the main repairs continue.",
  "Insurance assessors were expected on site by {next_weekday}. The council said its policy covered storm damage up to {insured}.",
  "In {flood_year}, floods closed the same bridge for {flood_weeks} weeks, and local businesses said they lost about {flood_loss} in trade during that time.",
  "The ferry that once linked the two banks stopped running in {ferry_end}. Some residents asked on social media whether it could be brought back for the duration of the repairs.",
  "Police asked drivers not to use the narrow lane past {village} school, which is not built for heavy traffic, and said speed checks would be carried out.",
  "The council's statement said that {percent} percent of the repair budget would go on the piers and the rest on resurfacing the approach roads.",
};

/* Background: other news an outlet packs into the same page. */
static const char *background[] = {
  "Separately, the {other_town} market will move indoors on {next_weekday} because of the forecast, its organisers said, and {stalls} stalls have signed up.",
  "In other news, the {company} factory announced {jobs} new jobs at its site near {village}, to be filled by the end of {year_next}.",
  "The town's library will extend its opening hours to {hours} o'clock on weekdays, after a petition signed by {signatures} residents.",
  "Ticket sales for the {Town} summer festival opened on {date} and {tickets} tickets were sold in the first hour, organisers said.",
};

static const char *first_names[] = {
  "Ana", "Tom", "Mira", "Jonas", "Priya", "Kwame", "Elena", "Samir", "Ines", "Oskar",
  "Leila", "Daniel", "Hana", "Pedro", "Ruth", "Yusuf", "Clara", "Marek", "Nadia", "Felix",
};

static const char *last_names[] = {
  "Reyes", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Mensah", "Kowalski", "Haddad",
  "Brennan", "Silva", "Novak", "Adeyemi", "Fischer", "Laurent", "Duarte", "Sato",
  "Osei", "Varga", "Quinn", "Halvorsen",
};

static const char *outlets[] = {
  "Kelvale Courier", "Valley Herald", "River Post", "Morning Ledger", "Eastbank Gazette",
  "Regional Times", "Daily Crossing", "Northfield Echo", "The Observer Online", "County Wire",
};

static const char *towns[] = { "Kelvale", "Arnby", "Corrow", "Ledbury Vale", "Marlow Cross" };
static const char *rivers[] = { "Kel", "Arn", "Sorrow", "Ledd", "Wend" };
static const char *villages[] = { "Hollins", "Brackwater", "Emsby", "Thornley", "Pike End" };
static const char *companies[] = { "Valley Coaches", "Eastline", "Riverlink", "Kel Transit" };
static const char *weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
static const char *months[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

typedef struct
{
  GRand      *rand;
  GHashTable *slots;   /* slot name → value */
} Filler;

static const char *
pick (GRand        *rand,
      const char  **pool,
      guint         n)
{
  return pool[g_rand_int_range (rand, 0, n)];
}

#define PICK(rand, pool) pick ((rand), (pool), G_N_ELEMENTS (pool))

static void
set_slot (GHashTable *slots,
          const char *name,
          char       *value)
{
  g_hash_table_insert (slots, g_strdup (name), value);
}

/* Usually the story's number; sometimes an outlet gets it wrong or rounds it. */
static char *
vary_number (GRand  *rand,
             guint   truth)
{
  int roll = g_rand_int_range (rand, 0, 100);

  if (roll < 70)
    return g_strdup_printf ("%u", truth);
  if (roll < 85)
    return g_strdup_printf ("%u", truth + 1 + g_rand_int_range (rand, 0, MAX (truth / 5, 1)));
  return g_strdup_printf ("%u", MAX (truth, 2) - 1);
}

static char *
vary_money (GRand  *rand,
            guint   tenths_of_million)
{
  int roll = g_rand_int_range (rand, 0, 100);
  guint v = tenths_of_million;

  if (roll >= 75)
    v += g_rand_int_range (rand, 1, 4);
  switch (g_rand_int_range (rand, 0, 3))
    {
    case 0:
      return g_strdup_printf ("$%u.%u million", v / 10, v % 10);
    case 1:
      return g_strdup_printf ("%u.%u million dollars", v / 10, v % 10);
    default:
      return g_strdup_printf ("$%u,%u00,000", v / 10, v % 10);
    }
}

static GHashTable *
story_slots (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GHashTable *slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  set_slot (slots, "Town", g_strdup (PICK (rand, towns)));
  set_slot (slots, "river", g_strdup (PICK (rand, rivers)));
  set_slot (slots, "village", g_strdup (PICK (rand, villages)));
  set_slot (slots, "other_town", g_strdup (PICK (rand, towns)));
  set_slot (slots, "company", g_strdup (PICK (rand, companies)));
  set_slot (slots, "industrial", g_strdup (PICK (rand, villages)));
  set_slot (slots, "mayor_first", g_strdup (PICK (rand, first_names)));
  set_slot (slots, "mayor_last", g_strdup (PICK (rand, last_names)));
  set_slot (slots, "engineer_first", g_strdup (PICK (rand, first_names)));
  set_slot (slots, "engineer_last", g_strdup (PICK (rand, last_names)));
  set_slot (slots, "councillor_first", g_strdup (PICK (rand, first_names)));
  set_slot (slots, "councillor_last", g_strdup (PICK (rand, last_names)));
  set_slot (slots, "day", g_strdup_printf ("%d", g_rand_int_range (rand, 1, 28)));
  set_slot (slots, "month_index", g_strdup_printf ("%d", g_rand_int_range (rand, 0, 12)));
  set_slot (slots, "weekday_index", g_strdup_printf ("%d", g_rand_int_range (rand, 0, 7)));
  return slots;
}

static int
slot_int (GHashTable *slots,
          const char *name)
{
  return atoi (g_hash_table_lookup (slots, name));
}

/* The slots of one report: the story's facts, as this outlet tells them. */
static void
report_slots (Filler     *filler,
              GHashTable *story)
{
  GRand *rand = filler->rand;
  GHashTable *slots = filler->slots;
  GHashTableIter iter;
  gpointer key, value;
  int month = slot_int (story, "month_index");
  int weekday = slot_int (story, "weekday_index");
  int day = slot_int (story, "day");

  g_hash_table_iter_init (&iter, story);
  while (g_hash_table_iter_next (&iter, &key, &value))
    set_slot (slots, key, g_strdup (value));

  set_slot (slots, "mayor", g_strdup_printf ("%s %s", (char *) g_hash_table_lookup (story, "mayor_first"),
                                             (char *) g_hash_table_lookup (story, "mayor_last")));
  set_slot (slots, "engineer", g_strdup_printf ("%s %s", (char *) g_hash_table_lookup (story, "engineer_first"),
                                                (char *) g_hash_table_lookup (story, "engineer_last")));
  set_slot (slots, "councillor", g_strdup_printf ("%s %s", (char *) g_hash_table_lookup (story, "councillor_first"),
                                                  (char *) g_hash_table_lookup (story, "councillor_last")));
  set_slot (slots, "reporter", g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, last_names)));
  set_slot (slots, "spokesperson", g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, last_names)));
  set_slot (slots, "shopkeeper", g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, last_names)));
  set_slot (slots, "minister", g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, last_names)));
  set_slot (slots, "outlet", g_strdup (PICK (rand, outlets)));

  set_slot (slots, "weekday", g_strdup (weekdays[g_rand_int_range (rand, 0, 100) < 90 ? weekday : (weekday + 1) % 7]));
  set_slot (slots, "next_weekday", g_strdup (weekdays[(weekday + 2 + g_rand_int_range (rand, 0, 3)) % 7]));
  set_slot (slots, "month", g_strdup (PICK (rand, months)));
  if (g_rand_boolean (rand))
    set_slot (slots, "date", g_strdup_printf ("%d %s 2026", day, months[month]));
  else
    set_slot (slots, "date", g_strdup_printf ("%s %d, 2026", months[month], day));
  set_slot (slots, "published", g_strdup_printf ("2026-%02d-%02d", month + 1, MIN (day + g_rand_int_range (rand, 0, 2), 28)));

  set_slot (slots, "cost", vary_money (rand, 24));
  set_slot (slots, "old_cost", vary_money (rand, 7));
  set_slot (slots, "fund", vary_money (rand, 51));
  set_slot (slots, "insured", vary_money (rand, 30));
  set_slot (slots, "threshold", vary_money (rand, 35));
  set_slot (slots, "flood_loss", vary_money (rand, 12));
  set_slot (slots, "days", vary_number (rand, 10));
  set_slot (slots, "supports", vary_number (rand, 2));
  set_slot (slots, "piers", vary_number (rand, 6));
  set_slot (slots, "vehicles", g_strdup_printf ("%u,%03u", 12, g_rand_int_range (rand, 0, 100) < 75 ? 0 : 500));
  set_slot (slots, "detour", vary_number (rand, 18));
  set_slot (slots, "minutes", vary_number (rand, 25));
  set_slot (slots, "wind", vary_number (rand, 130));
  set_slot (slots, "year", vary_number (rand, 1998));
  set_slot (slots, "year_next", g_strdup ("2027"));
  set_slot (slots, "route", vary_number (rand, 14));
  set_slot (slots, "buses", vary_number (rand, 3));
  set_slot (slots, "built", vary_number (rand, 1962));
  set_slot (slots, "strengthened", vary_number (rand, 2009));
  set_slot (slots, "votes_for", vary_number (rand, 17));
  set_slot (slots, "votes_against", vary_number (rand, 4));
  set_slot (slots, "abstain", vary_number (rand, 2));
  set_slot (slots, "late", vary_number (rand, 30));
  set_slot (slots, "delay", vary_number (rand, 3));
  set_slot (slots, "residents_years", vary_number (rand, 40));
  set_slot (slots, "footbridge", vary_number (rand, 5));
  set_slot (slots, "flood_year", vary_number (rand, 2012));
  set_slot (slots, "flood_weeks", vary_number (rand, 6));
  set_slot (slots, "ferry_end", vary_number (rand, 1971));
  set_slot (slots, "percent", vary_number (rand, 60));
  set_slot (slots, "stalls", g_strdup_printf ("%d", g_rand_int_range (rand, 20, 90)));
  set_slot (slots, "jobs", g_strdup_printf ("%d", g_rand_int_range (rand, 10, 400)));
  set_slot (slots, "hours", g_strdup_printf ("%d", g_rand_int_range (rand, 7, 10)));
  set_slot (slots, "signatures", g_strdup_printf ("%d", g_rand_int_range (rand, 200, 3000)));
  set_slot (slots, "tickets", g_strdup_printf ("%d", g_rand_int_range (rand, 500, 5000)));
}

static void
fill (Filler     *filler,
      GString    *out,
      const char *template)
{
  for (const char *p = template; *p != '\0'; p++)
    {
      const char *end;

      if (*p == '{' && (end = strchr (p, '}')) != NULL)
        {
          g_autofree char *name = g_strndup (p + 1, end - p - 1);
          const char *value = g_hash_table_lookup (filler->slots, name);

          g_assert (value != NULL);
          g_string_append (out, value);
          p = end;
        }
      else
        g_string_append_c (out, *p);
    }
}

/* A fixture paragraph with some of its digits changed, so numbers vary. */
static void
append_perturbed (GRand      *rand,
                  GString    *out,
                  const char *paragraph)
{
  for (const char *p = paragraph; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) && !g_ascii_isdigit (p[1]) && g_rand_int_range (rand, 0, 4) == 0)
        g_string_append_c (out, '0' + g_rand_int_range (rand, 0, 10));
      else
        g_string_append_c (out, *p);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
load_fixture_paragraphs (const char *fixture_dir)
{
  GPtrArray *paragraphs_out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = fixture_dir ? g_dir_open (fixture_dir, 0, NULL) : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  /* Directory order differs between file systems; the set must not. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (fixture_dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_file_get_contents (path, &contents, NULL, NULL) || !g_utf8_validate (contents, -1, NULL))
        continue;
      lines = g_strsplit (contents, "\n", -1);
      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_strstrip (lines[l]);
          /* Sentences, not headlines or bylines. */
          if (strlen (lines[l]) > 60 && strchr (lines[l], '.') != NULL)
            g_ptr_array_add (paragraphs_out, g_strdup (lines[l]));
        }
    }
  return paragraphs_out;
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* The report's paragraphs, in this outlet's order. */
static GPtrArray *
report_paragraphs (Filler    *filler,
                   GPtrArray *fixture_paragraphs,
                   guint      target_words)
{
  GRand *rand = filler->rand;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  guint order[G_N_ELEMENTS (paragraphs)];
  guint words = 0;
  GString *p;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  for (guint i = G_N_ELEMENTS (order) - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      guint t = order[i];

      order[i] = order[j];
      order[j] = t;
    }

  p = g_string_new (NULL);
  fill (filler, p, PICK (rand, leads));
  words += count_words (p->str);
  g_ptr_array_add (out, g_string_free (p, FALSE));

  for (guint i = 0; words < target_words; i++)
    {
      p = g_string_new (NULL);
      if (i < G_N_ELEMENTS (order))
        fill (filler, p, paragraphs[order[i]]);
      else if (fixture_paragraphs->len > 0 && g_rand_boolean (rand))
        append_perturbed (rand, p, g_ptr_array_index (fixture_paragraphs,
                                                      g_rand_int_range (rand, 0, fixture_paragraphs->len)));
      else
        fill (filler, p, PICK (rand, background));
      /* Fixture paragraphs join early too, so every report carries some. */
      if (i == 3 && fixture_paragraphs->len > 0)
        {
          g_string_append_c (p, ' ');
          append_perturbed (rand, p, g_ptr_array_index (fixture_paragraphs,
                                                        g_rand_int_range (rand, 0, fixture_paragraphs->len)));
        }
      words += count_words (p->str);
      g_ptr_array_add (out, g_string_free (p, FALSE));
    }
  return out;
}

static char *
format_report (Filler           *filler,
               CorGeneratedKind  kind,
               const char       *title,
               GPtrArray        *paras)
{
  GString *out = g_string_new (NULL);
  const char *date = g_hash_table_lookup (filler->slots, "date");
  const char *reporter = g_hash_table_lookup (filler->slots, "reporter");
  const char *outlet = g_hash_table_lookup (filler->slots, "outlet");

  switch (kind)
    {
    case COR_GENERATED_HTML:
      g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                              "<title>%s | %s</title>"
                              "<meta property=\"article:published_time\" content=\"%sT08:00:00Z\">"
                              "</head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
                              "<article><h1>%s</h1><p class=\"byline\">By %s</p>\n",
                              title, outlet, (char *) g_hash_table_lookup (filler->slots, "published"),
                              title, reporter);
      for (guint i = 0; i < paras->len; i++)
        {
          g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (paras, i), -1);

          g_string_append_printf (out, "<p>%s</p>\n", escaped);
        }
      g_string_append (out, "</article><footer>© 2026</footer></body></html>\n");
      break;

    case COR_GENERATED_MARKDOWN:
      g_string_append_printf (out, "# %s\n\n*By %s, %s, %s*\n\n", title, reporter, outlet, date);
      for (guint i = 0; i < paras->len; i++)
        g_string_append_printf (out, "%s\n\n", (char *) g_ptr_array_index (paras, i));
      break;

    case COR_GENERATED_TEXT:
    default:
      g_string_append_printf (out, "%s\n\nBy %s, %s, %s\n\n", title, reporter, outlet, date);
      for (guint i = 0; i < paras->len; i++)
        g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (paras, i));
      break;
    }
  return g_string_free (out, FALSE);
}

GPtrArray *
cor_generate_reports (guint       n_reports,
                      guint       target_words,
                      guint32     seed,
                      const char *fixture_dir)
{
  static const char *extensions[] = { "txt", "html", "md" };
  GPtrArray *reports = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_generated_report_free);
  g_autoptr(GHashTable) story = story_slots (seed);
  g_autoptr(GPtrArray) fixture_paragraphs = load_fixture_paragraphs (fixture_dir);

  for (guint r = 0; r < n_reports; r++)
    {
      Filler filler;
      CorGeneratedReport *report = g_new0 (CorGeneratedReport, 1);
      g_autoptr(GPtrArray) paras = NULL;
      g_autoptr(GString) title = g_string_new (NULL);

      filler.rand = g_rand_new_with_seed (seed * 7919u + r);
      filler.slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      report_slots (&filler, story);

      /* Three in five plain text; the rest HTML and Markdown. */
      report->kind = r % 5 == 3 ? COR_GENERATED_HTML : r % 5 == 4 ? COR_GENERATED_MARKDOWN : COR_GENERATED_TEXT;
      fill (&filler, title, PICK (filler.rand, titles));
      paras = report_paragraphs (&filler, fixture_paragraphs, target_words);
      report->data = format_report (&filler, report->kind, title->str, paras);
      report->name = g_strdup_printf ("report-%04u.%s", r + 1, extensions[report->kind]);
      g_ptr_array_add (reports, report);

      g_rand_free (filler.rand);
      g_hash_table_unref (filler.slots);
    }
  return reports;
}

void
cor_generated_report_free (CorGeneratedReport *report)
{
  g_free (report->name);
  g_free (report->data);
  g_free (report);
}

char *
cor_generate_long_report (gsize        target_bytes,
                          guint32      seed,
                          const char  *fixture_dir)
{
  GString *out = g_string_sized_new (target_bytes + 1);
  guint n_paragraphs = 0;

  for (guint32 set = seed; out->len < target_bytes; set++)
    {
      /* Three reports a set: each set is a new story, with its own names,
       * places and numbers. */
      g_autoptr(GPtrArray) reports = cor_generate_reports (3, 600, set, fixture_dir);

      for (guint r = 0; r < reports->len && out->len < target_bytes; r++)
        {
          CorGeneratedReport *report = g_ptr_array_index (reports, r);
          g_auto(GStrv) lines = NULL;

          if (report->kind != COR_GENERATED_TEXT)
            continue;
          lines = g_strsplit (report->data, "\n", -1);
          for (guint i = 0; lines[i] != NULL; i++)
            {
              /* A running number keeps the paragraphs that have no slot
               * apart, so few are dropped as repeats. */
              if (strlen (lines[i]) > 60)
                g_string_append_printf (out, "Update %u: ", ++n_paragraphs);
              g_string_append (out, lines[i]);
              g_string_append_c (out, '\n');
            }
        }
    }
  /* Cut at a line's end, so the text ends whole. */
  while (out->len > target_bytes)
    {
      gsize cut = out->len - 1;

      while (cut > 0 && out->str[cut - 1] != '\n')
        cut--;
      g_string_truncate (out, cut > 0 ? cut : target_bytes);
    }
  return g_string_free (out, FALSE);
}
