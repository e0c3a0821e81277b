/* cor-entities-lexicon.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-entities"

#include "config.h"

#include <json-glib/json-glib.h>

#include "cor-entities-lexicon.h"

/* Country names come from iso-codes. What iso-codes does not hold is kept
 * here, as small as it can be: the short names news uses where the
 * standard's is formal ("Russia" for "Russian Federation"), and the
 * demonyms and capitals that stand for a country's government ("Chinese
 * officials", "Beijing said"). Each maps to an ISO 3166 alpha-2 code, so the
 * canonical name still comes from iso-codes. */
typedef struct
{
  const char *word;
  const char *alpha_2;
} Alias;

static const Alias display_names[] = {
  { "Russia", "RU" }, { "Palestine", "PS" }, { "Democratic Republic of the Congo", "CD" },
  { "Vatican City", "VA" }, { "Micronesia", "FM" },
};

static const Alias country_aliases[] = {
  { "us", "US" }, { "u.s.", "US" }, { "u.s", "US" }, { "usa", "US" }, { "u.s.a.", "US" },
  { "america", "US" }, { "united states of america", "US" }, { "uk", "GB" }, { "u.k.", "GB" },
  { "britain", "GB" }, { "great britain", "GB" }, { "russia", "RU" }, { "turkey", "TR" },
  { "czech republic", "CZ" }, { "ivory coast", "CI" }, { "vatican", "VA" }, { "holland", "NL" },
  { "burma", "MM" }, { "uae", "AE" }, { "dprk", "KP" }, { "prc", "CN" }, { "palestine", "PS" },
  { "congo", "CG" }, { "drc", "CD" }, { "east timor", "TL" }, { "swaziland", "SZ" },
  { "cape verde", "CV" }, { "macedonia", "MK" }, { "korea", "KR" }, { "vietnam", "VN" },
  { "mainland china", "CN" }, { "persia", "IR" },
};

static const Alias demonyms[] = {
  { "american", "US" }, { "chinese", "CN" }, { "russian", "RU" }, { "iranian", "IR" },
  { "british", "GB" }, { "french", "FR" }, { "german", "DE" }, { "japanese", "JP" },
  { "indian", "IN" }, { "israeli", "IL" }, { "ukrainian", "UA" }, { "taiwanese", "TW" },
  { "turkish", "TR" }, { "saudi", "SA" }, { "pakistani", "PK" }, { "afghan", "AF" },
  { "iraqi", "IQ" }, { "syrian", "SY" }, { "egyptian", "EG" }, { "canadian", "CA" },
  { "mexican", "MX" }, { "brazilian", "BR" }, { "australian", "AU" }, { "italian", "IT" },
  { "spanish", "ES" }, { "danish", "DK" }, { "dutch", "NL" }, { "polish", "PL" },
  { "greek", "GR" }, { "swedish", "SE" }, { "norwegian", "NO" }, { "finnish", "FI" },
  { "irish", "IE" }, { "vietnamese", "VN" }, { "indonesian", "ID" }, { "filipino", "PH" },
  { "thai", "TH" }, { "malaysian", "MY" }, { "nigerian", "NG" }, { "kenyan", "KE" },
  { "ethiopian", "ET" }, { "sudanese", "SD" }, { "venezuelan", "VE" }, { "cuban", "CU" },
  { "argentine", "AR" }, { "colombian", "CO" }, { "chilean", "CL" }, { "peruvian", "PE" },
  { "lebanese", "LB" }, { "jordanian", "JO" }, { "qatari", "QA" }, { "emirati", "AE" },
  { "yemeni", "YE" }, { "palestinian", "PS" }, { "belgian", "BE" }, { "austrian", "AT" },
  { "portuguese", "PT" }, { "hungarian", "HU" }, { "czech", "CZ" }, { "romanian", "RO" },
  { "serbian", "RS" }, { "belarusian", "BY" }, { "georgian", "GE" }, { "armenian", "AM" },
  { "bangladeshi", "BD" }, { "nepalese", "NP" }, { "north korean", "KP" },
  { "south korean", "KR" }, { "south african", "ZA" }, { "new zealand", "NZ" },
  { "libyan", "LY" }, { "somali", "SO" }, { "haitian", "HT" }, { "swiss", "CH" },
};

static const Alias capitals[] = {
  { "beijing", "CN" }, { "washington", "US" }, { "moscow", "RU" }, { "tehran", "IR" },
  { "kyiv", "UA" }, { "kiev", "UA" }, { "london", "GB" }, { "paris", "FR" }, { "berlin", "DE" },
  { "tokyo", "JP" }, { "taipei", "TW" }, { "seoul", "KR" }, { "pyongyang", "KP" },
  { "new delhi", "IN" }, { "islamabad", "PK" }, { "kabul", "AF" }, { "baghdad", "IQ" },
  { "damascus", "SY" }, { "ankara", "TR" }, { "riyadh", "SA" }, { "cairo", "EG" },
  { "ottawa", "CA" }, { "canberra", "AU" }, { "rome", "IT" }, { "madrid", "ES" },
  { "warsaw", "PL" }, { "athens", "GR" }, { "caracas", "VE" }, { "havana", "CU" },
  { "minsk", "BY" }, { "hanoi", "VN" }, { "manila", "PH" }, { "jakarta", "ID" },
};

#define FIRST_FILTER_SHIFT 20
#define FIRST_FILTER_BITS  (1u << (32 - FIRST_FILTER_SHIFT))

typedef struct
{
  GHashTable *names;     /* lower-case name → CorPlace (static) */
  GHashTable *first;     /* cor_word_hash() of a name's first word → its most words */
  guint       max_words;
  /* one bit per hash of a first word: most capitalised words start no
   * name, and this answers them without a hash table lookup */
  guint64     first_filter[FIRST_FILTER_BITS / 64];
} Lexicon;

static void
add_name (GHashTable *names,
          const char *name,
          const char *canonical,
          CorPlaceRole role)
{
  CorPlace *place;
  char *key = g_utf8_strdown (name, -1);

  if (g_hash_table_contains (names, key))
    {
      g_free (key);
      return;
    }
  place = g_new0 (CorPlace, 1);
  place->canonical = g_strdup (canonical);
  place->role = role;
  g_hash_table_insert (names, key, place);
}

static const char *
display_name (JsonObject *country)
{
  const char *code = json_object_get_string_member_with_default (country, "alpha_2", "");

  for (guint k = 0; k < G_N_ELEMENTS (display_names); k++)
    if (g_str_equal (display_names[k].alpha_2, code))
      return display_names[k].word;
  if (json_object_has_member (country, "common_name"))
    return json_object_get_string_member (country, "common_name");
  return json_object_get_string_member_with_default (country, "name", code);
}

static void
add_aliases (GHashTable  *names,
             GHashTable  *by_code,
             const Alias *aliases,
             guint        n,
             CorPlaceRole role)
{
  for (guint k = 0; k < n; k++)
    {
      const char *canonical = g_hash_table_lookup (by_code, aliases[k].alpha_2);

      if (canonical != NULL)
        add_name (names, aliases[k].word, canonical, role);
    }
}

static gpointer
load_lexicon (gpointer data)
{
  Lexicon *lex = g_new0 (Lexicon, 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key;
  guint32 bit;

  lex->names = g_hash_table_new (g_str_hash, g_str_equal);
  if (!json_parser_load_from_file (parser, ISO_CODES_DIR "/iso_3166-1.json", &error))
    g_warning ("Cannot read the country names in %s: %s", ISO_CODES_DIR, error->message);
  else
    {
      JsonObject *root = json_node_get_object (json_parser_get_root (parser));
      JsonArray *countries = json_object_get_array_member (root, "3166-1");

      for (guint i = 0; i < json_array_get_length (countries); i++)
        {
          JsonObject *c = json_array_get_object_element (countries, i);
          const char *canonical = display_name (c);
          const char *members[] = { "name", "common_name", "official_name" };

          g_hash_table_insert (by_code, g_strdup (json_object_get_string_member (c, "alpha_2")),
                               g_strdup (canonical));
          add_name (lex->names, canonical, canonical, COR_PLACE_COUNTRY);
          for (guint m = 0; m < G_N_ELEMENTS (members); m++)
            if (json_object_has_member (c, members[m]))
              add_name (lex->names, json_object_get_string_member (c, members[m]), canonical,
                        COR_PLACE_COUNTRY);
        }
    }
  add_aliases (lex->names, by_code, country_aliases, G_N_ELEMENTS (country_aliases),
               COR_PLACE_COUNTRY);
  add_aliases (lex->names, by_code, demonyms, G_N_ELEMENTS (demonyms), COR_PLACE_DEMONYM);
  add_aliases (lex->names, by_code, capitals, G_N_ELEMENTS (capitals), COR_PLACE_CAPITAL);

  lex->first = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&iter, lex->names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *space = strchr (key, ' ');
      gpointer first = GUINT_TO_POINTER (cor_word_hash (key, space ? space - (char *)key : strlen (key)));
      guint words = 1;

      for (const char *p = key; *p; p++)
        words += *p == ' ';
      lex->max_words = MAX (lex->max_words, words);
      words = MAX (words, GPOINTER_TO_UINT (g_hash_table_lookup (lex->first, first)));
      g_hash_table_insert (lex->first, first, GUINT_TO_POINTER (words));
      bit = cor_word_filter_bit (GPOINTER_TO_UINT (first), FIRST_FILTER_SHIFT);
      lex->first_filter[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
    }
  lex->max_words = MIN (lex->max_words, 6);
  return lex;
}

static Lexicon *
get_lexicon (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_lexicon, NULL);
}

guint
cor_entities_place_at (const CorWords  *words,
                       guint            i,
                       const CorPlace **place)
{
  Lexicon *lex = get_lexicon ();
  char buf[256];

  guint span = 0, max_words = lex->max_words;

  /* Names are runs of adjacent words that start with a capital ("United
   * States of America"); no lookup for anything else. */
  if (i >= words->n_words || words->words[i].type != COR_WORD_ALPHA ||
      !(words->words[i].flags & COR_WORD_FLAG_UPPER_INITIAL))
    return 0;
  /* Most capitalised words start no name: one lookup of the hash the token
   * carries says so, before any longer name is put together. The hash
   * lower-cases ASCII only, so other words take the long way. */
  if (!(words->words[i].flags & COR_WORD_FLAG_NON_ASCII))
    {
      guint32 bit = cor_word_filter_bit (words->words[i].hash, FIRST_FILTER_SHIFT);

      if (!(lex->first_filter[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))))
        return 0;
      max_words = GPOINTER_TO_UINT (g_hash_table_lookup (lex->first,
                                                         GUINT_TO_POINTER (words->words[i].hash)));
      if (max_words == 0)
        return 0;
      max_words = MIN (max_words, lex->max_words);
    }
  while (i + span < words->n_words && span < max_words &&
         words->words[i + span].type == COR_WORD_ALPHA &&
         (span == 0 || words->words[i + span].start == words->words[i + span - 1].end + 1))
    span++;

  /* Longest name first: "United States of America" before "United". */
  for (guint n = span; n >= 1; n--)
    {
      gsize len = 0;
      gboolean ok = TRUE;

      for (guint k = 0; k < n && ok; k++)
        {
          const CorWord *w = &words->words[i + k];
          gsize wl = w->end - w->start;

          if (w->type != COR_WORD_ALPHA || len + wl + 1 >= sizeof buf)
            ok = FALSE;
          else if (k > 0 && w->start != words->words[i + k - 1].end + 1)
            ok = FALSE;
          else
            {
              if (k > 0)
                buf[len++] = ' ';
              for (gsize c = 0; c < wl; c++)
                buf[len++] = cor_ascii_lower (words->text[w->start + c]);
            }
        }
      if (!ok)
        continue;
      buf[len] = '\0';
      if (n > 1 && !(words->words[i + n - 1].flags & COR_WORD_FLAG_UPPER_INITIAL))
        continue;  /* names end with a capitalised word */
      if (!g_str_is_ascii (buf))
        {
          g_autofree char *lower = g_utf8_strdown (buf, -1);

          *place = g_hash_table_lookup (lex->names, lower);
        }
      else
        *place = g_hash_table_lookup (lex->names, buf);
      if (*place != NULL)
        return i + n;
    }
  return 0;
}
