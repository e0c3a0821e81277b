/* cor-entities.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-entities"

#include "config.h"

#include <string.h>

#include "cor-dates-lexicon.h"
#include "cor-entities-lexicon.h"
#include "cor-entities.h"

/* People, places and organisations, each with one canonical name for all
 * the ways a report names them. Two passes over the tokens: the first finds
 * names that announce themselves (a title, a speech verb, an organisation's
 * head word, a country); the second resolves the short forms ("Xi",
 * "Mr. Xi", "WTO") against the full names the document introduced. */

COR_WORD_SET (titles,
  "president", "minister", "chancellor", "king", "queen", "prince", "princess", "pope",
  "senator", "sen", "rep", "representative", "governor", "gov", "secretary", "premier",
  "ambassador", "general", "gen", "leader", "envoy", "spokesman", "spokeswoman",
  "spokesperson", "chairman", "chairwoman", "chair", "judge", "justice", "mayor",
  "commissioner", "director", "chief", "sheikh", "ayatollah", "emir", "sultan", "speaker",
  "colonel", "col", "adm", "admiral", "lt", "lieutenant", "captain", "capt", "sergeant",
  "officer", "professor", "prof", "ceo", "founder", "coach", "analyst", "economist",
  "counselor", "adviser", "advisor", "diplomat", "negotiator", "lawmaker", "official",
  "cardinal", "bishop", "rabbi", "imam", "dr", "mr", "mrs", "ms", "miss", "sir", "dame",
  "lord", "lady", "president-elect", "vice", "deputy", "mp", "attorney", "superintendent",
  "prime", "foreign", "defence", "defense", "finance", "interior", "trade", "state", "executive",
  "operating", "financial");
/* Titles written with the name, so part of the mention: "Mr. Xi" */
COR_WORD_SET (honorifics, "mr", "mrs", "ms", "dr", "miss", "sir", "dame");

COR_WORD_SET (speech_verbs,
  "said", "says", "told", "added", "asked", "announced", "warned", "wrote", "stated",
  "tweeted", "posted", "noted", "insisted", "argued", "explained", "urged", "stressed",
  "claimed", "declared", "replied", "responded", "acknowledged", "confirmed", "denied",
  "emphasized", "emphasised", "described", "praised");

/* Head words that end an organisation's name. */
COR_WORD_SET (org_heads,
  "organization", "organisation", "ministry", "council", "party", "agency", "bank",
  "company", "corp", "corporation", "inc", "ltd", "llc", "plc", "university", "committee",
  "association", "union", "court", "department", "commission", "office", "fund", "institute",
  "group", "forces", "army", "navy", "parliament", "congress", "senate", "assembly",
  "federation", "foundation", "times", "post", "journal", "news", "reserve", "authority",
  "service", "police", "guard", "network", "airlines", "airways", "motors", "house",
  "administration", "coalition", "alliance", "board", "bureau", "press", "tribune",
  "telegraph", "guardian", "herald", "gazette", "reuters", "broadcasting", "television",
  "radio", "nations", "front", "movement", "brigade", "brigades", "church", "school",
  "college", "hospital", "exchange", "cabinet", "pentagon", "kremlin", "media", "club");
/* Single words that name an institution on their own. */
COR_WORD_SET (org_words,
  "pentagon", "kremlin", "congress", "parliament", "senate", "xinhua", "reuters", "nato",
  "interpol", "hamas", "hezbollah", "taliban", "opec", "asean", "unesco", "unicef");

/* ALL-CAPS words that are not acronyms of organisations. */
COR_WORD_SET (not_acronyms,
  "i", "tv", "ceo", "am", "pm", "gdp", "ok", "et", "gmt", "utc", "ai", "id", "ii", "iii",
  "iv", "vi", "vii", "viii", "ix", "xi", "xii", "pdf", "faq", "usd", "eur", "gbp", "km", "mph",
  "covid", "hiv", "aids", "dna", "ap", "a.m.", "p.m.", "vs", "q", "mw", "gw", "kg", "bn");

/* A compact table of the most common international organisations' short
 * forms: iso-codes has no organisations, and these appear without their
 * full name in most reports. */
static const struct { const char *acronym; const char *name; } org_acronyms[] = {
  { "UN", "United Nations" }, { "U.N.", "United Nations" }, { "EU", "European Union" },
  { "E.U.", "European Union" }, { "NATO", "NATO" }, { "WTO", "World Trade Organization" },
  { "WHO", "World Health Organization" }, { "IMF", "International Monetary Fund" },
  { "IAEA", "International Atomic Energy Agency" }, { "ICC", "International Criminal Court" },
  { "FBI", "Federal Bureau of Investigation" }, { "CIA", "Central Intelligence Agency" },
};

/* Words that start sentences and are capitalised only for that. */
COR_WORD_SET (function_words,
  "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "but", "and", "or",
  "however", "meanwhile", "separately", "according", "while", "when", "after", "before",
  "it", "he", "she", "they", "we", "his", "her", "their", "its", "our", "my", "your", "if",
  "as", "for", "with", "by", "from", "to", "of", "although", "though", "since", "beyond",
  "writing", "hours", "several", "both", "some", "many", "no", "not", "yet", "so", "then",
  "there", "here", "what", "who", "why", "how", "where", "also", "still", "once", "last",
  "next", "recommended", "published", "tune", "ends", "more", "most", "all", "any");

typedef struct
{
  const CorWords *w;
  GPtrArray      *out;
  guint8         *covered;     /* tokens already inside a mention */
  guint           first_out;   /* our mentions start here in @out */
  /* the last place looked up: the scan asks about a word, then asks
   * scan_place(), which asks again */
  guint           place_i;     /* its word + 1, or 0 */
  guint           place_end;
  const CorPlace *place;
} Ent;

static guint
ent_place_at (Ent             *ent,
              guint            i,
              const CorPlace **place)
{
  if (ent->place_i != i + 1)
    {
      ent->place = NULL;
      ent->place_end = cor_entities_place_at (ent->w, i, &ent->place);
      ent->place_i = i + 1;
    }
  *place = ent->place;
  return ent->place_end;
}

static gboolean
is_cap (const CorWords *w,
        guint           i)
{
  return i < w->n_words && w->words[i].type == COR_WORD_ALPHA &&
         (w->words[i].flags & COR_WORD_FLAG_UPPER_INITIAL);
}

static gboolean
is_name_word (const CorWords *w,
              guint           i)
{
  const CorPlace *place;

  if (!is_cap (w, i) || cor_word_in (w, i, function_words) >= 0 ||
      cor_word_in (w, i, titles) >= 0 || cor_word_in (w, i, speech_verbs) >= 0 ||
      cor_word_in (w, i, org_words) >= 0 || cor_word_in (w, i, org_heads) >= 0)
    return FALSE;
  if (cor_entities_place_at (w, i, &place) > 0)
    return FALSE;
  return TRUE;
}

static CorMention *
emit (Ent            *ent,
      CorMentionKind  kind,
      guint           first,
      guint           last,
      const char     *canonical)
{
  const CorWords *w = ent->w;
  CorMention *m = cor_mention_new (kind, NULL, w->words[first].start, w->words[last].end);

  m->text = cor_words_dup_span (w, first, last);
  m->canonical = g_strdup (canonical != NULL ? canonical : m->text);
  g_ptr_array_add (ent->out, m);
  memset (ent->covered + first, 1, last - first + 1);
  return m;
}

/* A run of name words from @i: "Xi Jinping", "Donald J. Trump". Returns the
 * index after it, or @i when there is none. */
static guint
name_run (const CorWords *w,
          guint           i,
          guint           max)
{
  guint j = i, n = 0;

  while (n < max && is_name_word (w, j) && (j == i || w->words[j].start == w->words[j - 1].end + 1 ||
                                             cor_word_is_punct (w, j - 1, '.')))
    {
      j++;
      n++;
      /* a double-barrelled name: "Strauss-Kahn", "Jean-Claude" */
      if (cor_word_is_punct (w, j, '-') && w->words[j].start == w->words[j - 1].end && is_name_word (w, j + 1)
          && w->words[j + 1].start == w->words[j].end)
        j += 2;
      /* an initial: "J." */
      if (cor_word_is_punct (w, j, '.') && w->words[j - 1].end - w->words[j - 1].start == 1 &&
          is_name_word (w, j + 1))
        j++;
    }
  return j;
}

static guint
scan_place (Ent   *ent,
            guint  i)
{
  const CorWords *w = ent->w;
  const CorPlace *place = NULL;
  guint end = ent_place_at (ent, i, &place);
  const char *canonical;
  g_autofree char *city = NULL;

  if (end == 0 || !is_cap (w, i))
    return 0;
  /* "US" is a country, "us" a pronoun */
  if (cor_word_length (w, i) == 2 && !(w->words[i].flags & COR_WORD_FLAG_ALL_CAPS))
    return 0;
  canonical = place->canonical;
  if (place->role == COR_PLACE_CAPITAL && i > 0 &&
      (cor_word_is (w, i - 1, "in") || cor_word_is (w, i - 1, "to") ||
       cor_word_is (w, i - 1, "from") || cor_word_is (w, i - 1, "at") ||
       cor_word_is (w, i - 1, "near") || cor_word_is (w, i - 1, "into") ||
       cor_word_is (w, i - 1, "outside") || cor_word_is (w, i - 1, "visit") ||
       cor_word_is (w, i - 1, "visited") || cor_word_is (w, i - 1, "via") ||
       cor_word_is (w, i - 1, "around")))
    {
      /* a place to be, not a government that acts: keep the city */
      city = cor_words_dup_span (w, i, end - 1);
      canonical = city;
    }
  emit (ent, COR_MENTION_PLACE, i, end - 1, canonical);
  return end;
}

/* "World Trade Organization", "the Ministry of Foreign Affairs",
 * "White House", "State Department" */
static guint
scan_org (Ent   *ent,
          guint  i)
{
  const CorWords *w = ent->w;
  guint j = i, last_head = 0;
  gboolean has_head = FALSE;

  if (cor_word_in (w, i, org_words) >= 0)
    {
      emit (ent, COR_MENTION_ORGANIZATION, i, i, NULL);
      return i + 1;
    }
  while (j < w->n_words && j - i < 8)
    {
      if (is_cap (w, j) && (j == i || w->words[j].start == w->words[j - 1].end + 1))
        {
          if (cor_word_in (w, j, org_heads) >= 0 && j > i)
            {
              has_head = TRUE;
              last_head = j;
            }
          else if (cor_word_is (w, j, "ministry") || cor_word_is (w, j, "department") ||
                   cor_word_is (w, j, "university") || cor_word_is (w, j, "bank"))
            {
              has_head = TRUE;
              last_head = j;
            }
          j++;
        }
      else if ((cor_word_is (w, j, "of") || cor_word_is (w, j, "for") ||
                cor_word_is (w, j, "and") || cor_word_is (w, j, "on")) && is_cap (w, j + 1) &&
               j > i)
        j++;
      else
        break;
    }
  if (!has_head)
    return 0;
  /* "Ministry of Foreign Affairs": the head may come first */
  while (j > last_head + 1 && !is_cap (w, j - 1))
    j--;
  if (!is_cap (w, j - 1))
    return 0;
  if (cor_word_in (w, i, function_words) >= 0)
    {
      if (j - 1 == i + 1 && last_head == i + 1)
        return 0;  /* "The House" alone is too vague */
      i++;
    }
  emit (ent, COR_MENTION_ORGANIZATION, i, j - 1, NULL);
  return j;
}

/* A title and the name after it: "President Xi Jinping", "Mr. Xi",
 * "special envoy Steve Witkoff", "Prime Minister Keir Starmer". */
static guint
scan_titled (Ent   *ent,
             guint  i)
{
  const CorWords *w = ent->w;
  guint j = i, name_end, first;
  gboolean honorific = cor_word_in (w, i, honorifics) >= 0;

  while (cor_word_in (w, j, titles) >= 0 && j - i < 4)
    {
      j++;
      if (cor_word_is_punct (w, j, '.') && w->words[j].start == w->words[j - 1].end)
        j++;
      if (cor_word_is (w, j, "of") && cor_word_is (w, j + 1, "state"))
        j += 2;
    }
  if (j == i)
    return 0;
  name_end = name_run (w, j, 4);
  if (name_end == j)
    return 0;
  first = honorific ? i : j;
  emit (ent, COR_MENTION_PERSON, first, name_end - 1, NULL);
  /* canonical: the name without the honorific, resolved later */
  {
    CorMention *m = g_ptr_array_index (ent->out, ent->out->len - 1);

    g_free (m->canonical);
    m->canonical = cor_words_dup_span (w, j, name_end - 1);
  }
  return name_end;
}

/* Who people are, after a name and a comma: "Mehdi Zareh, director of
 * …", "Bensu Elianita, a resident of …". */
COR_WORD_SET (roles,
  "head", "co-founder", "resident", "doctor", "researcher", "reporter", "correspondent", "lawyer",
  "coordinator", "member", "executive", "manager", "worker", "student", "witness", "survivor",
  "teacher", "farmer", "engineer", "editor", "journalist", "activist", "campaigner", "expert",
  "pensioner", "retiree", "protester", "demonstrator", "shopkeeper", "nurse", "mother", "father",
  "grandmother", "grandfather", "widow", "neighbour", "neighbor", "passenger", "driver", "analyst",
  "economist", "professor", "lecturer", "consultant", "volunteer", "mechanic", "fisherman");

/* Whether the words from @i are an apposition that says who someone is: a
 * title or a role, in lower case, within its first four words, an age
 * before it aside ("a 70-year-old pensioner"). */
static gboolean
is_role_apposition (const CorWords *w,
                    guint           i)
{
  for (guint k = i, n = 0; k < w->n_words && n < 4; k++, n++)
    {
      /* "70-year-old", "70-year old": an age, no word of its own */
      if (w->words[k].type == COR_WORD_DIGITS && cor_word_is_punct (w, k + 1, '-') && cor_word_is (w, k + 2, "year"))
        {
          k += cor_word_is_punct (w, k + 3, '-') && cor_word_is (w, k + 4, "old") ? 4
               : cor_word_is (w, k + 3, "old") ? 3 : 2;
          continue;
        }
      if (w->words[k].type != COR_WORD_ALPHA || is_cap (w, k) || cor_word_is (w, k, "of"))
        return FALSE;
      if (cor_word_in (w, k, titles) >= 0 || cor_word_in (w, k, roles) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether word @i is an age: a whole number from 1 to 120. */
static gboolean
is_age (const CorWords *w,
        guint           i)
{
  guint n_digits;
  gint64 n = i < w->n_words && w->words[i].type == COR_WORD_DIGITS ? cor_word_int (w, i, &n_digits) : -1;

  return n >= 1 && n <= 120 && !(w->words[i].flags & COR_WORD_FLAG_ORDINAL);
}

/* Whether the name from @i to @end has its age beside it, as reports give
 * a person's: "Robert Buckley, 32, died", "36-year-old Duncan Rait",
 * "Jane Doe, aged 40". */
static gboolean
aged (const CorWords *w,
      guint           i,
      guint           end)
{
  if (cor_word_is_punct (w, end, ',') && is_age (w, end + 1) && cor_word_is_punct (w, end + 2, ','))
    return TRUE;
  if (cor_word_is_punct (w, end, ',') && cor_word_is (w, end + 1, "aged") && is_age (w, end + 2))
    return TRUE;
  return i >= 2 && cor_word_is (w, i - 1, "old") && cor_word_is_punct (w, i - 2, '-');
}

/* "Steve Witkoff said", "said Jane Doe", "Mehdi Zareh, director of …",
 * "Robert Buckley, 32," */
static guint
scan_speaker (Ent   *ent,
              guint  i)
{
  const CorWords *w = ent->w;
  guint end = name_run (w, i, 3);

  if (end < i + 2)
    return 0;
  if (cor_word_in (w, end, speech_verbs) >= 0 || aged (w, i, end) ||
      (cor_word_is_punct (w, end, ',') && is_role_apposition (w, end + 1)) ||
      (cor_word_is (w, end, "has") && cor_word_in (w, end + 1, speech_verbs) >= 0) ||
      (i > 0 && cor_word_in (w, i - 1, speech_verbs) >= 0) ||
      (cor_word_is_punct (w, end, ',') && i > 0 && cor_word_is_punct (w, i - 1, ',')))
    {
      emit (ent, COR_MENTION_PERSON, i, end - 1, NULL);
      return end;
    }
  return 0;
}

static guint
scan_acronym (Ent   *ent,
              guint  i)
{
  const CorWords *w = ent->w;
  guint n = cor_word_length (w, i);

  if (!(w->words[i].flags & COR_WORD_FLAG_ALL_CAPS) || n < 2 || n > 8 ||
      cor_word_in (w, i, not_acronyms) >= 0)
    return 0;
  /* a headline or dateline in capitals is not a run of acronyms */
  if ((i + 1 < w->n_words && (w->words[i + 1].flags & COR_WORD_FLAG_ALL_CAPS) &&
       cor_word_length (w, i + 1) > 3) ||
      (i > 0 && (w->words[i - 1].flags & COR_WORD_FLAG_ALL_CAPS) && cor_word_length (w, i - 1) > 3))
    return 0;
  emit (ent, COR_MENTION_ORGANIZATION, i, i, NULL);
  return i + 1;
}

static void
register_person (GHashTable *strong,
                 GHashTable *weak,
                 const char *canonical)
{
  const char *space = strrchr (canonical, ' ');
  const char *first_space = strchr (canonical, ' ');

  if (space == NULL)
    return;
  if (!g_hash_table_contains (strong, space + 1))
    g_hash_table_insert (strong, g_strdup (space + 1), g_strdup (canonical));
  /* Chinese and Korean names put the family name first: "Xi Jinping" */
  {
    g_autofree char *given = g_strndup (canonical, first_space - canonical);

    if (!g_hash_table_contains (weak, given))
      g_hash_table_insert (weak, g_steal_pointer (&given), g_strdup (canonical));
  }
}

static const char *
lookup_person (GHashTable *strong,
               GHashTable *weak,
               const char *name)
{
  const char *full = g_hash_table_lookup (strong, name);

  return full != NULL ? full : g_hash_table_lookup (weak, name);
}

/* Whether a mention of @kind found by this pass has a space in its
 * canonical name (@spaced) or one has none. */
static gboolean
has_kind (Ent            *ent,
          CorMentionKind  kind,
          gboolean        spaced)
{
  for (guint k = ent->first_out; k < ent->out->len; k++)
    {
      CorMention *m = g_ptr_array_index (ent->out, k);

      if (m->kind == kind && (strchr (m->canonical, ' ') != NULL) == spaced)
        return TRUE;
    }
  return FALSE;
}

/* Whether word @i is a month that names a day ("May 12", "12 May"): no
 * short form of Theresa May. */
static gboolean
names_day (const CorWords *w,
           guint           i)
{
  guint next;

  if (cor_dates_month_at (w, i, &next) == 0)
    return FALSE;
  return (next < w->n_words && w->words[next].type == COR_WORD_DIGITS)
         || (i > 0 && w->words[i - 1].type == COR_WORD_DIGITS);
}

/* Second pass: short forms take the full name the document introduced.
 * A document that introduces none (most of a hundred thousand small
 * reports) has nothing to resolve: no tables, no word copied. */
static void
resolve_people (Ent *ent)
{
  const CorWords *w = ent->w;
  g_autoptr(GHashTable) strong = NULL;
  g_autoptr(GHashTable) weak = NULL;
  guint n_found = ent->out->len;

  if (!has_kind (ent, COR_MENTION_PERSON, TRUE))
    return;
  strong = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  weak = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint k = ent->first_out; k < n_found; k++)
    {
      CorMention *m = g_ptr_array_index (ent->out, k);

      if (m->kind == COR_MENTION_PERSON)
        register_person (strong, weak, m->canonical);
    }
  for (guint k = ent->first_out; k < n_found; k++)
    {
      CorMention *m = g_ptr_array_index (ent->out, k);
      const char *full;

      if (m->kind == COR_MENTION_PERSON && strchr (m->canonical, ' ') == NULL &&
          (full = lookup_person (strong, weak, m->canonical)) != NULL)
        {
          g_free (m->canonical);
          m->canonical = g_strdup (full);
        }
    }
  for (guint i = 0; i < w->n_words; i++)
    {
      g_autofree char *word = NULL;
      const char *full;

      guint last = i;

      if (ent->covered[i] || !is_cap (w, i) || names_day (w, i))
        continue;
      /* "Marchand-Vey" after "Odile Marchand-Vey" */
      if (cor_word_is_punct (w, i + 1, '-') && w->words[i + 1].start == w->words[i].end && is_cap (w, i + 2)
          && w->words[i + 2].start == w->words[i + 1].end && !ent->covered[i + 2])
        last = i + 2;
      word = cor_words_dup_span (w, i, last);
      full = lookup_person (strong, weak, word);
      if (full != NULL)
        emit (ent, COR_MENTION_PERSON, i, last, full);
      else if (last == i + 2)
        {
          i = last;
          continue;
        }
    }
}

/* Acronyms take a full name of the document whose initials they are
 * ("WTO" after "World Trade Organization"), or a well-known one. */
static void
resolve_acronyms (Ent *ent)
{
  g_autoptr(GHashTable) initials = NULL;

  if (!has_kind (ent, COR_MENTION_ORGANIZATION, FALSE))
    return;
  initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = ent->first_out; k < ent->out->len; k++)
    {
      CorMention *m = g_ptr_array_index (ent->out, k);
      GString *s;
      g_auto(GStrv) parts = NULL;

      if (m->kind != COR_MENTION_ORGANIZATION || strchr (m->canonical, ' ') == NULL)
        continue;
      parts = g_strsplit (m->canonical, " ", -1);
      s = g_string_new (NULL);
      for (guint p = 0; parts[p] != NULL; p++)
        if (g_ascii_isupper (parts[p][0]))
          g_string_append_c (s, parts[p][0]);
      g_hash_table_insert (initials, g_string_free (s, FALSE), m->canonical);
    }
  for (guint k = ent->first_out; k < ent->out->len; k++)
    {
      CorMention *m = g_ptr_array_index (ent->out, k);
      const char *full;

      if (m->kind != COR_MENTION_ORGANIZATION || strchr (m->canonical, ' ') != NULL)
        continue;
      full = g_hash_table_lookup (initials, m->canonical);
      for (guint a = 0; full == NULL && a < G_N_ELEMENTS (org_acronyms); a++)
        if (g_str_equal (org_acronyms[a].acronym, m->canonical))
          full = org_acronyms[a].name;
      if (full != NULL)
        {
          g_free (m->canonical);
          m->canonical = g_strdup (full);
        }
    }
}

void
cor_entities_extract (const CorMentionContext *context,
                      GPtrArray               *out)
{
  const CorWords *w = context->words;
  g_autofree guint8 *covered = g_malloc0 (w->n_words + 1);
  Ent ent = { w, out, covered, out->len, 0, 0, NULL };
  guint i = 0;

  while (i < w->n_words)
    {
      guint next = 0;

      if (w->words[i].type == COR_WORD_ALPHA)
        {
          if (!next && cor_word_in (w, i, titles) >= 0)
            next = scan_titled (&ent, i);
          if (!next && is_cap (w, i))
            {
              const CorPlace *place;

              /* "Russian Federation" is a country, not an organisation */
              if (ent_place_at (&ent, i, &place) > i + 1)
                next = scan_place (&ent, i);
            }
          if (!next && is_cap (w, i))
            next = scan_org (&ent, i);
          if (!next && is_cap (w, i))
            next = scan_place (&ent, i);
          if (!next && is_cap (w, i))
            next = scan_speaker (&ent, i);
          if (!next && is_cap (w, i))
            next = scan_acronym (&ent, i);
        }
      i = MAX (next, i + 1);
    }
  resolve_people (&ent);
  resolve_acronyms (&ent);
}
