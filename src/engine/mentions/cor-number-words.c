/* cor-number-words.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cor-numbers"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "cor-number-words.h"
#include "cor-words.h"

/* The words of English numbers, and the units, currencies and hedges that
 * stand around them. Built once into one lexicon. */

typedef struct
{
  const char *word;
  guint8      num_class;
  double      value;
} NumberWord;

static const NumberWord number_words[] = {
  { "zero", NUM_UNIT, 0 }, { "nought", NUM_UNIT, 0 }, { "naught", NUM_UNIT, 0 },
  { "one", NUM_UNIT, 1 }, { "two", NUM_UNIT, 2 }, { "three", NUM_UNIT, 3 },
  { "four", NUM_UNIT, 4 }, { "five", NUM_UNIT, 5 }, { "six", NUM_UNIT, 6 },
  { "seven", NUM_UNIT, 7 }, { "eight", NUM_UNIT, 8 }, { "nine", NUM_UNIT, 9 },
  { "ten", NUM_TEEN, 10 }, { "eleven", NUM_TEEN, 11 }, { "twelve", NUM_TEEN, 12 },
  { "thirteen", NUM_TEEN, 13 }, { "fourteen", NUM_TEEN, 14 }, { "fifteen", NUM_TEEN, 15 },
  { "sixteen", NUM_TEEN, 16 }, { "seventeen", NUM_TEEN, 17 }, { "eighteen", NUM_TEEN, 18 },
  { "nineteen", NUM_TEEN, 19 }, { "twenty", NUM_TENS, 20 }, { "thirty", NUM_TENS, 30 },
  { "forty", NUM_TENS, 40 }, { "fifty", NUM_TENS, 50 }, { "sixty", NUM_TENS, 60 },
  { "seventy", NUM_TENS, 70 }, { "eighty", NUM_TENS, 80 }, { "ninety", NUM_TENS, 90 },
  { "hundred", NUM_HUNDRED, 100 }, { "thousand", NUM_SCALE, 1e3 },
  { "million", NUM_SCALE, 1e6 }, { "billion", NUM_SCALE, 1e9 },
  { "trillion", NUM_SCALE, 1e12 }, { "lakh", NUM_SCALE, 1e5 }, { "lakhs", NUM_SCALE, 1e5 },
  { "crore", NUM_SCALE, 1e7 }, { "crores", NUM_SCALE, 1e7 },
  { "dozen", NUM_DOZEN, 12 }, { "dozens", NUM_DOZEN, 12 }, { "dzs", NUM_DOZEN, 12 },
  { "dozs", NUM_DOZEN, 12 },
  { "a", NUM_ARTICLE, 1 }, { "an", NUM_ARTICLE, 1 },
  { "half", NUM_HALF, 0.5 }, { "quarter", NUM_HALF, 0.25 },
};

typedef struct
{
  const char *word;
  double      value;
  gboolean    denominator;
  gboolean    plural;
} OrdinalWord;

static const OrdinalWord ordinal_words[] = {
  { "first", 1, FALSE, FALSE }, { "second", 2, FALSE, FALSE }, { "third", 3, TRUE, FALSE },
  { "fourth", 4, TRUE, FALSE }, { "fifth", 5, TRUE, FALSE }, { "sixth", 6, TRUE, FALSE },
  { "seventh", 7, TRUE, FALSE }, { "eighth", 8, TRUE, FALSE }, { "ninth", 9, TRUE, FALSE },
  { "tenth", 10, TRUE, FALSE }, { "eleventh", 11, TRUE, FALSE }, { "twelfth", 12, TRUE, FALSE },
  { "thirteenth", 13, TRUE, FALSE }, { "fourteenth", 14, TRUE, FALSE },
  { "fifteenth", 15, TRUE, FALSE }, { "sixteenth", 16, TRUE, FALSE },
  { "seventeenth", 17, TRUE, FALSE }, { "eighteenth", 18, TRUE, FALSE },
  { "nineteenth", 19, TRUE, FALSE }, { "twentieth", 20, TRUE, FALSE },
  { "thirtieth", 30, TRUE, FALSE }, { "fortieth", 40, TRUE, FALSE },
  { "fiftieth", 50, TRUE, FALSE }, { "sixtieth", 60, TRUE, FALSE },
  { "seventieth", 70, TRUE, FALSE }, { "eightieth", 80, TRUE, FALSE },
  { "ninetieth", 90, TRUE, FALSE }, { "hundredth", 100, TRUE, FALSE },
  { "thousandth", 1e3, TRUE, FALSE }, { "millionth", 1e6, TRUE, FALSE },
  { "billionth", 1e9, TRUE, FALSE }, { "trillionth", 1e12, TRUE, FALSE },
  { "firsts", 1, FALSE, TRUE }, { "thirds", 3, TRUE, TRUE }, { "fourths", 4, TRUE, TRUE }, { "fifths", 5, TRUE, TRUE },
  { "sixths", 6, TRUE, TRUE }, { "sevenths", 7, TRUE, TRUE }, { "eighths", 8, TRUE, TRUE },
  { "ninths", 9, TRUE, TRUE }, { "tenths", 10, TRUE, TRUE }, { "hundredths", 100, TRUE, TRUE },
  { "thousandths", 1e3, TRUE, TRUE }, { "millionths", 1e6, TRUE, TRUE },
  { "trillionths", 1e12, TRUE, TRUE }, { "halves", 2, TRUE, TRUE }, { "quarters", 4, TRUE, TRUE },
};

static const char *const months[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};

/* A phrase: its words separated by spaces ("=" before a word: match its
 * case exactly), then what it means. */
typedef struct
{
  guint8      role;
  const char *words;
  guint8      kind;
  const char *unit;
  double      factor;
  guint16     flags;
} PhraseDef;

#define APPROX(w, bound) { ROLE_APPROX, w, 0, NULL, bound, 0 }
#define CUR(w, code, flags) { ROLE_CURRENCY, w, COR_MENTION_MONEY, code, 1, flags }
#define SCALE(w, f, flags) { ROLE_SCALE, w, 0, NULL, f, flags }
#define SUF(w, kind, unit, flags) { ROLE_SUFFIX, w, COR_MENTION_ ## kind, unit, 1, flags }
#define MONEY(w, code) SUF (w, MONEY, code, 0)
#define QTY(w, unit) SUF (w, QUANTITY, unit, 0)
#define DUR(w, unit) SUF (w, DURATION, unit, 0)
#define VAGUE(w, v) { ROLE_VAGUE, w, 0, NULL, v, 0 }

static const PhraseDef phrase_defs[] = {
  APPROX ("about", COR_BOUND_NONE), APPROX ("around", COR_BOUND_NONE),
  APPROX ("approximately", COR_BOUND_NONE), APPROX ("roughly", COR_BOUND_NONE),
  APPROX ("some", COR_BOUND_NONE), APPROX ("an estimated", COR_BOUND_NONE),
  APPROX ("estimated", COR_BOUND_NONE), APPROX ("approx", COR_BOUND_NONE),
  APPROX ("approx .", COR_BOUND_NONE), APPROX ("circa", COR_BOUND_NONE),
  APPROX ("nearly", COR_BOUND_AT_MOST), APPROX ("almost", COR_BOUND_AT_MOST),
  APPROX ("close to", COR_BOUND_AT_MOST), APPROX ("up to", COR_BOUND_AT_MOST),
  APPROX ("as many as", COR_BOUND_AT_MOST), APPROX ("as much as", COR_BOUND_AT_MOST),
  APPROX ("as high as", COR_BOUND_AT_MOST), APPROX ("at most", COR_BOUND_AT_MOST),
  APPROX ("less than", COR_BOUND_AT_MOST), APPROX ("fewer than", COR_BOUND_AT_MOST),
  APPROX ("under", COR_BOUND_AT_MOST), APPROX ("just under", COR_BOUND_AT_MOST),
  APPROX ("below", COR_BOUND_AT_MOST), APPROX ("no more than", COR_BOUND_AT_MOST),
  APPROX ("more than", COR_BOUND_AT_LEAST), APPROX ("over", COR_BOUND_AT_LEAST),
  APPROX ("just over", COR_BOUND_AT_LEAST), APPROX ("well over", COR_BOUND_AT_LEAST),
  APPROX ("above", COR_BOUND_AT_LEAST), APPROX ("at least", COR_BOUND_AT_LEAST),
  APPROX ("in excess of", COR_BOUND_AT_LEAST), APPROX ("upwards of", COR_BOUND_AT_LEAST),
  APPROX ("no fewer than", COR_BOUND_AT_LEAST), APPROX ("no less than", COR_BOUND_AT_LEAST),
  APPROX ("exceeding", COR_BOUND_AT_LEAST),
  { ROLE_APPROX, "between", 0, NULL, COR_BOUND_NONE, PHRASE_RANGE },

  CUR ("$", "USD", 0), CUR ("us $", "USD", 0), CUR ("u . s . $", "USD", 0),
  CUR ("u . s $", "USD", 0), CUR ("=A $", "AUD", PHRASE_ATTACHED), CUR ("au $", "AUD", 0),
  CUR ("c $", "CAD", 0), CUR ("ca $", "CAD", 0), CUR ("hk $", "HKD", 0),
  CUR ("nz $", "NZD", 0), CUR ("=S $", "SGD", PHRASE_ATTACHED), CUR ("nt $", "TWD", 0),
  CUR ("mex $", "MXN", 0), CUR ("=R $", "BRL", PHRASE_ATTACHED), CUR ("€", "EUR", 0),
  CUR ("£", "GBP", 0), CUR ("¥", "JPY", 0), CUR ("₹", "INR", 0), CUR ("=Rs", "INR", 0),
  CUR ("=Rs .", "INR", 0), CUR ("₩", "KRW", 0), CUR ("₽", "RUB", 0), CUR ("₺", "TRY", 0),
  CUR ("₪", "ILS", 0), CUR ("₦", "NGN", 0), CUR ("₱", "PHP", 0), CUR ("฿", "THB", 0),
  CUR ("₫", "VND", 0), CUR ("₴", "UAH", 0), CUR ("₡", "CRC", 0), CUR ("₾", "GEL", 0),
  CUR ("₭", "LAK", 0), CUR ("=R", "ZAR", PHRASE_ATTACHED), CUR ("=Dh", "AED", 0),
  CUR ("=Dhs", "AED", 0), CUR ("=SR", "SAR", PHRASE_ATTACHED), CUR ("=QR", "QAR", PHRASE_ATTACHED),
  CUR ("=RM", "MYR", PHRASE_ATTACHED), CUR ("=Rp", "IDR", 0), CUR ("=KSh", "KES", 0),
  /* "euro22 billion", as some agencies write it */
  CUR ("euro", "EUR", PHRASE_ATTACHED), CUR ("ர ூ", "LKR", 0),

  SCALE ("thousand", 1e3, 0), SCALE ("million", 1e6, 0), SCALE ("billion", 1e9, 0),
  SCALE ("trillion", 1e12, 0), SCALE ("k", 1e3, 0), SCALE ("bn", 1e9, 0),
  SCALE ("bln", 1e9, 0), SCALE ("b", 1e9, PHRASE_ATTACHED), SCALE ("mn", 1e6, 0),
  SCALE ("mln", 1e6, 0), SCALE ("mil", 1e6, 0), SCALE ("m", 1e6, PHRASE_MONEY_ONLY),
  SCALE ("=M", 1e6, PHRASE_CASE), SCALE ("=MM", 1e6, PHRASE_CASE),
  SCALE ("mm", 1e6, PHRASE_MONEY_ONLY), SCALE ("=G", 1e9, PHRASE_CASE),
  SCALE ("tn", 1e12, 0), SCALE ("tln", 1e12, 0), SCALE ("trn", 1e12, 0),

  SUF ("%", PERCENT, NULL, 0), SUF ("percent", PERCENT, NULL, 0),
  SUF ("per cent", PERCENT, NULL, 0), SUF ("pct", PERCENT, NULL, 0),
  SUF ("percentage", PERCENT, NULL, 0), SUF ("percents", PERCENT, NULL, 0),
  SUF ("percentage point", PERCENT, "percentage point", 0),
  SUF ("percentage points", PERCENT, "percentage point", 0),
  SUF ("% points", PERCENT, "percentage point", 0),
  SUF ("basis point", PERCENT, "basis point", 0), SUF ("basis points", PERCENT, "basis point", 0),
  SUF ("bps", PERCENT, "basis point", 0),

  MONEY ("dollar", "USD"), MONEY ("dollars", "USD"), MONEY ("us dollar", "USD"),
  MONEY ("us dollars", "USD"), MONEY ("u . s . dollars", "USD"), MONEY ("american dollars", "USD"),
  MONEY ("australian dollars", "AUD"), MONEY ("australian dollar", "AUD"),
  MONEY ("canadian dollars", "CAD"), MONEY ("canadian dollar", "CAD"),
  MONEY ("hong kong dollars", "HKD"), MONEY ("new zealand dollars", "NZD"),
  MONEY ("singapore dollars", "SGD"), MONEY ("taiwan dollars", "TWD"),
  MONEY ("new taiwan dollars", "TWD"), MONEY ("euro", "EUR"), MONEY ("euros", "EUR"),
  MONEY ("pounds sterling", "GBP"), MONEY ("pound sterling", "GBP"), MONEY ("sterling", "GBP"),
  MONEY ("british pounds", "GBP"), SUF ("pounds", MONEY, "GBP", PHRASE_SCALED),
  SUF ("pound", MONEY, "GBP", PHRASE_SCALED), MONEY ("yen", "JPY"), MONEY ("japanese yen", "JPY"),
  MONEY ("yuan", "CNY"), MONEY ("chinese yuan", "CNY"), MONEY ("renminbi", "CNY"),
  MONEY ("rmb", "CNY"), MONEY ("元", "CNY"), MONEY ("kuai", "CNY"), MONEY ("rupee", "INR"),
  MONEY ("rupees", "INR"), MONEY ("indian rupees", "INR"), MONEY ("pakistani rupees", "PKR"),
  MONEY ("sri lankan rupees", "LKR"), MONEY ("rouble", "RUB"), MONEY ("roubles", "RUB"),
  MONEY ("ruble", "RUB"), MONEY ("rubles", "RUB"), MONEY ("swiss francs", "CHF"),
  MONEY ("swiss franc", "CHF"), MONEY ("franc", "franc"), MONEY ("francs", "franc"),
  MONEY ("mexican pesos", "MXN"), MONEY ("philippine pesos", "PHP"), MONEY ("peso", "peso"),
  MONEY ("pesos", "peso"), MONEY ("won", "KRW"), MONEY ("rand", "ZAR"), MONEY ("naira", "NGN"),
  MONEY ("shekel", "ILS"), MONEY ("shekels", "ILS"), MONEY ("dirham", "AED"),
  MONEY ("dirhams", "AED"), MONEY ("riyal", "SAR"), MONEY ("riyals", "SAR"),
  MONEY ("rial", "IRR"), MONEY ("rials", "IRR"), MONEY ("lira", "TRY"), MONEY ("baht", "THB"),
  MONEY ("ringgit", "MYR"), MONEY ("rupiah", "IDR"), MONEY ("peseta", "ESP"),
  MONEY ("pesetas", "ESP"), MONEY ("markka", "FIM"), MONEY ("finnish markka", "FIM"),
  MONEY ("guilder", "NLG"), MONEY ("guilders", "NLG"), MONEY ("dutch guilders", "NLG"),
  MONEY ("deutsche marks", "DEM"), MONEY ("cedi", "GHS"), MONEY ("cedis", "GHS"),
  MONEY ("kenyan shillings", "KES"), MONEY ("shilling", "shilling"),
  MONEY ("shillings", "shilling"), MONEY ("dong", "VND"), MONEY ("taka", "BDT"),
  MONEY ("hryvnia", "UAH"), MONEY ("zloty", "PLN"), MONEY ("forint", "HUF"),
  MONEY ("koruna", "CZK"), MONEY ("kronor", "SEK"), MONEY ("bitcoin", "bitcoin"),
  MONEY ("ர ூ", "LKR"), MONEY ("€", "EUR"), MONEY ("£", "GBP"), MONEY ("₡", "CRC"), MONEY ("₾", "GEL"),
  MONEY ("₭", "LAK"), MONEY ("₹", "INR"), MONEY ("₩", "KRW"), MONEY ("₽", "RUB"),
  SUF ("cent", MONEY, "cent", PHRASE_MINOR), SUF ("cents", MONEY, "cent", PHRASE_MINOR),
  SUF ("pence", MONEY, "penny", PHRASE_MINOR), SUF ("penny", MONEY, "penny", PHRASE_MINOR),

  QTY ("=t", "t"), QTY ("ton", "t"), QTY ("tons", "t"), QTY ("tonne", "t"), QTY ("tonnes", "t"),
  QTY ("metric ton", "t"), QTY ("metric tons", "t"), QTY ("metric tonnes", "t"),
  QTY ("short tons", "t"), QTY ("kg", "kg"), QTY ("kgs", "kg"), QTY ("kilogram", "kg"),
  QTY ("kilograms", "kg"), QTY ("kilogrammes", "kg"), QTY ("kilo", "kg"), QTY ("kilos", "kg"),
  QTY ("=g", "g"), QTY ("gram", "g"), QTY ("grams", "g"), QTY ("gramme", "g"),
  QTY ("grammes", "g"), QTY ("mg", "mg"), QTY ("milligram", "mg"), QTY ("milligrams", "mg"),
  QTY ("μg", "µg"), QTY ("µg", "µg"), QTY ("mcg", "µg"), QTY ("microgram", "µg"),
  QTY ("micrograms", "µg"), QTY ("microgrammes", "µg"), QTY ("lb", "pound"),
  QTY ("lbs", "pound"), QTY ("pound", "pound"), QTY ("pounds", "pound"),
  QTY ("ounce", "ounce"), QTY ("ounces", "ounce"), QTY ("oz", "ounce"),
  QTY ("km", "km"), QTY ("kms", "km"), QTY ("kilometre", "km"), QTY ("kilometres", "km"),
  QTY ("kilometer", "km"), QTY ("kilometers", "km"), QTY ("=m", "m"), QTY ("metre", "m"),
  QTY ("metres", "m"), QTY ("meter", "m"), QTY ("meters", "m"), QTY ("cm", "cm"),
  QTY ("centimetre", "cm"), QTY ("centimetres", "cm"), QTY ("centimeters", "cm"),
  QTY ("=mm", "mm"), QTY ("millimetre", "mm"), QTY ("millimetres", "mm"),
  QTY ("millimeters", "mm"), QTY ("dm", "dm"), QTY ("mile", "mile"), QTY ("miles", "mile"),
  QTY ("nautical mile", "nautical mile"), QTY ("nautical miles", "nautical mile"),
  QTY ("foot", "foot"), QTY ("feet", "foot"), QTY ("ft", "foot"), QTY ("inch", "inch"),
  QTY ("inches", "inch"), QTY ("yard", "yard"), QTY ("yards", "yard"),
  QTY ("square kilometres", "km²"), QTY ("square kilometers", "km²"),
  QTY ("square kilometre", "km²"), QTY ("sq km", "km²"), QTY ("km 2", "km²"),
  QTY ("km ²", "km²"), QTY ("square metres", "m²"), QTY ("square meters", "m²"),
  QTY ("square metre", "m²"), QTY ("sq m", "m²"), QTY ("=m 2", "m²"), QTY ("m ²", "m²"),
  QTY ("square miles", "square mile"), QTY ("square mile", "square mile"),
  QTY ("square feet", "square foot"), QTY ("sq ft", "square foot"),
  QTY ("hectare", "ha"), QTY ("hectares", "ha"), QTY ("ha", "ha"), QTY ("acre", "acre"),
  QTY ("acres", "acre"), QTY ("cubic metres", "m³"), QTY ("cubic meters", "m³"),
  QTY ("=m 3", "m³"), QTY ("cubic feet", "cubic foot"), QTY ("litre", "L"), QTY ("litres", "L"),
  QTY ("liter", "L"), QTY ("liters", "L"), QTY ("=L", "L"), QTY ("=l", "L"), QTY ("ml", "mL"),
  QTY ("millilitres", "mL"), QTY ("gallon", "gallon"), QTY ("gallons", "gallon"),
  QTY ("barrel", "barrel"), QTY ("barrels", "barrel"), QTY ("bbl", "barrel"),
  QTY ("barrels per day", "barrel per day"), QTY ("barrels a day", "barrel per day"),
  QTY ("bpd", "barrel per day"), QTY ("mph", "mph"), QTY ("miles per hour", "mph"),
  QTY ("miles an hour", "mph"), QTY ("km / h", "km/h"), QTY ("km / hr", "km/h"),
  QTY ("kph", "km/h"), QTY ("kmph", "km/h"), QTY ("kilometres per hour", "km/h"),
  QTY ("kilometers per hour", "km/h"), QTY ("kilometres an hour", "km/h"),
  QTY ("knot", "knot"), QTY ("knots", "knot"), QTY ("mw", "MW"), QTY ("megawatt", "MW"),
  QTY ("megawatts", "MW"), QTY ("gw", "GW"), QTY ("gigawatts", "GW"), QTY ("kw", "kW"),
  QTY ("kwh", "kWh"), QTY ("bit", "bit"), QTY ("bits", "bit"), QTY ("byte", "byte"),
  QTY ("bytes", "byte"), QTY ("kb", "kB"), QTY ("mb", "MB"), QTY ("gb", "GB"), QTY ("tb", "TB"),
  QTY ("° c", "°C"), QTY ("degrees celsius", "°C"), QTY ("degrees c", "°C"),
  QTY ("degrees centigrade", "°C"), QTY ("° f", "°F"), QTY ("degrees fahrenheit", "°F"),
  QTY ("degrees f", "°F"), QTY ("degree", "degree"), QTY ("degrees", "degree"),
  /* a magnitude is a number on a scale, not an amount of anything */
  SUF ("magnitude", NUMBER, "magnitude", 0), SUF ("on the richter scale", NUMBER, "magnitude", 0),
  SUF ("people", NUMBER, "person", 0), SUF ("persons", NUMBER, "person", 0),
  SUF ("person", NUMBER, "person", 0),

  DUR ("second", "s"), DUR ("seconds", "s"), DUR ("secs", "s"),
  DUR ("minute", "min"), DUR ("minutes", "min"), DUR ("mins", "min"),
  DUR ("hour", "h"), DUR ("hours", "h"), DUR ("hrs", "h"), DUR ("day", "day"),
  DUR ("days", "day"), DUR ("week", "week"), DUR ("weeks", "week"), DUR ("fortnight", "week"),
  DUR ("month", "month"), DUR ("months", "month"), DUR ("year", "year"),
  DUR ("years", "year"), DUR ("yrs", "year"), DUR ("decade", "decade"),
  DUR ("decades", "decade"), DUR ("century", "century"), DUR ("centuries", "century"),
  SUF ("year - old", NUMBER, COR_UNIT_AGE, PHRASE_AGE),
  SUF ("years old", NUMBER, COR_UNIT_AGE, PHRASE_AGE),
  SUF ("year old", NUMBER, COR_UNIT_AGE, PHRASE_AGE),
  SUF ("- year - old", NUMBER, COR_UNIT_AGE, PHRASE_AGE),
  SUF ("years - old", NUMBER, COR_UNIT_AGE, PHRASE_AGE),
  SUF ("- years - old", NUMBER, COR_UNIT_AGE, PHRASE_AGE),

  { ROLE_AFTER, "or so", 0, NULL, COR_BOUND_NONE, 0 },
  { ROLE_AFTER, "or more", 0, NULL, COR_BOUND_AT_LEAST, 0 },
  { ROLE_AFTER, "or less", 0, NULL, COR_BOUND_AT_MOST, 0 },
  { ROLE_AFTER, "- plus", 0, NULL, COR_BOUND_AT_LEAST, PHRASE_ATTACHED },
  { ROLE_AFTER, "plus", 0, NULL, COR_BOUND_AT_LEAST, 0 },
  { ROLE_AFTER, "- odd", 0, NULL, COR_BOUND_AT_LEAST, PHRASE_ATTACHED },

  /* the least each allows: "dozens" is two dozen or more */
  VAGUE ("dozens", 24), VAGUE ("hundreds", 200), { ROLE_VAGUE, "scores", 0, NULL, 40, PHRASE_NEEDS_OF }, VAGUE ("thousands", 2e3),
  VAGUE ("tens of thousands", 2e4), VAGUE ("hundreds of thousands", 2e5),
  VAGUE ("millions", 2e6), VAGUE ("tens of millions", 2e7),
  VAGUE ("hundreds of millions", 2e8), VAGUE ("billions", 2e9),
  VAGUE ("tens of billions", 2e10), VAGUE ("hundreds of billions", 2e11),
  VAGUE ("trillions", 2e12),
  /* "several dozen youths", "a few hundred people": at least two of the scale */
  VAGUE ("several dozen", 24), VAGUE ("several hundred", 200), VAGUE ("several thousand", 2e3),
  VAGUE ("several million", 2e6), VAGUE ("several billion", 2e9), VAGUE ("a few dozen", 24),
  VAGUE ("a few hundred", 200), VAGUE ("a few thousand", 2e3), VAGUE ("a few million", 2e6),
  VAGUE ("a few billion", 2e9),
};

/* ISO 4217 codes that are also English words written in capitals. */
static const char *const code_words[] = { "ALL", "TOP", "CUP", "PEN", "BOB", "TRY", "MOP", "SOS", "MAD" };

static GHashTable *lexicon;

static CorLex *
lex_ensure (const char *word)
{
  g_autofree char *key = g_utf8_strdown (word, -1);
  CorLex *lex = g_hash_table_lookup (lexicon, key);

  if (lex == NULL)
    {
      lex = g_new0 (CorLex, 1);
      lex->key = g_steal_pointer (&key);
      g_hash_table_insert (lexicon, lex->key, lex);
    }
  return lex;
}

static void
add_phrase (const PhraseDef *def,
            const char      *unit)
{
  g_auto(GStrv) words = g_strsplit (def->words, " ", -1);
  CorPhrase *phrase = g_new0 (CorPhrase, 1);
  CorLex *first;

  phrase->role = def->role;
  phrase->kind = def->kind;
  phrase->unit = unit;
  phrase->flags = def->flags;
  if (def->role == ROLE_APPROX || def->role == ROLE_AFTER)
    phrase->bound = (guint8)def->factor;
  else
    phrase->factor = def->factor;
  for (guint i = 0; words[i] != NULL && i < G_N_ELEMENTS (phrase->words); i++)
    {
      const char *w = words[i];

      if (w[0] == '=' && w[1] != '\0')
        {
          w++;
          phrase->exact[i] = g_strdup (w);
          phrase->flags |= PHRASE_CASE;
        }
      phrase->words[i] = lex_ensure (w);
      phrase->n_words = i + 1;
    }
  first = (CorLex *)phrase->words[0];
  if (first->phrases == NULL)
    first->phrases = g_ptr_array_new ();
  g_ptr_array_add (first->phrases, phrase);
  first->roles |= 1 << def->role;
}

/* Currency codes from iso-codes, written in capitals before or after an
 * amount: "USD 5 million", "5 million EUR". */
static void
add_currency_codes (void)
{
  g_autofree char *path = g_build_filename (ISO_CODES_DIR, "iso_4217.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *codes;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_debug ("No currency codes: %s", error->message);
      return;
    }
  codes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "4217");
  for (guint i = 0; codes != NULL && i < json_array_get_length (codes); i++)
    {
      JsonObject *code = json_array_get_object_element (codes, i);
      const char *alpha = json_object_get_string_member_with_default (code, "alpha_3", NULL);
      g_autofree char *words = NULL;
      gboolean word = FALSE;

      if (alpha == NULL || strlen (alpha) != 3)
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (code_words); j++)
        word |= strcmp (alpha, code_words[j]) == 0;
      if (word)
        continue;
      words = g_strconcat ("=", alpha, NULL);
      {
        const char *unit = g_intern_string (alpha);
        PhraseDef prefix = { ROLE_CURRENCY, words, COR_MENTION_MONEY, NULL, 1, 0 };
        PhraseDef suffix = { ROLE_SUFFIX, words, COR_MENTION_MONEY, NULL, 1, 0 };

        add_phrase (&prefix, unit);
        add_phrase (&suffix, unit);
      }
    }
}

/* Which words can start an expression (see match_at() in cor-numbers.c):
 * a number word or ordinal, the first word of a hedge, a currency, a
 * percentage named first ("percent of") or a vague number, and the words
 * it looks for by name. The rest ("the", "or", "tons", "new" of "new
 * zealand dollars") never do, and the scan passes over them. */
static void
mark_starts (void)
{
  static const char *const named[] = { "magnitude", "minus", "negative" };
  const guint8 roles = 1 << ROLE_APPROX | 1 << ROLE_CURRENCY | 1 << ROLE_SUFFIX | 1 << ROLE_VAGUE;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, lexicon);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      CorLex *lex = value;

      lex->can_start = lex->num_class != NUM_NONE || lex->ordinal > 0 || (lex->roles & roles) != 0;
      /* a unit starts nothing, only a percentage does: "percent of 10" */
      if (lex->can_start && lex->num_class == NUM_NONE && lex->ordinal == 0 &&
          (lex->roles & roles) == 1 << ROLE_SUFFIX)
        {
          lex->can_start = FALSE;
          for (guint p = 0; p < lex->phrases->len; p++)
            {
              const CorPhrase *phrase = g_ptr_array_index (lex->phrases, p);

              if (phrase->role == ROLE_SUFFIX && phrase->kind == COR_MENTION_PERCENT &&
                  phrase->unit == NULL)
                lex->can_start = TRUE;
            }
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    lex_ensure (named[i])->can_start = TRUE;
}

static void
build_lexicon (void)
{
  lexicon = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (number_words); i++)
    {
      CorLex *lex = lex_ensure (number_words[i].word);

      lex->num_class = number_words[i].num_class;
      lex->num_value = number_words[i].value;
      lex->plural = g_str_has_suffix (number_words[i].word, "s");
    }
  for (guint i = 0; i < G_N_ELEMENTS (ordinal_words); i++)
    {
      CorLex *lex = lex_ensure (ordinal_words[i].word);

      lex->ordinal = ordinal_words[i].value;
      lex->denominator = ordinal_words[i].denominator;
      lex->plural = ordinal_words[i].plural;
    }
  lex_ensure ("half")->denominator = TRUE;
  lex_ensure ("half")->ordinal = 2;
  lex_ensure ("quarter")->denominator = TRUE;
  lex_ensure ("quarter")->ordinal = 4;
  lex_ensure ("minus");
  lex_ensure ("gmt");
  lex_ensure ("negative");
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    lex_ensure (months[i])->month = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (phrase_defs); i++)
    add_phrase (&phrase_defs[i], phrase_defs[i].unit);
  add_currency_codes ();
  mark_starts ();
}

/* The lexicon again as an open-addressing table keyed by cor_word_hash(),
 * the hash the shared tokens already carry: most tokens are in no entry,
 * and a miss then costs an integer compare instead of copying the word,
 * hashing it again and calling through GHashTable. */
typedef struct
{
  guint32       hash;
  guint32       length;
  const CorLex *lex;       /* NULL: an empty slot */
} LexSlot;

static LexSlot *lex_slots;
static guint32  lex_mask;

guint64 cor_lex_filter[(1 << COR_LEX_FILTER_BITS) / 64];

static inline guint32
lex_slot_of (guint32 hash)
{
  return (hash ^ (hash >> 15)) & lex_mask;
}

static void
build_lex_table (void)
{
  GHashTableIter iter;
  gpointer value;
  guint32 size = 16;

  while (size < 4 * g_hash_table_size (lexicon))
    size *= 2;
  lex_mask = size - 1;
  lex_slots = g_new0 (LexSlot, size);
  g_hash_table_iter_init (&iter, lexicon);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const CorLex *lex = value;
      gsize length = strlen (lex->key);
      guint32 hash = cor_word_hash (lex->key, length);
      guint32 slot = lex_slot_of (hash);

      while (lex_slots[slot].lex != NULL)
        slot = (slot + 1) & lex_mask;
      lex_slots[slot].hash = hash;
      lex_slots[slot].length = length;
      lex_slots[slot].lex = lex;
      cor_lex_filter[cor_lex_filter_bit (hash) / 64] |= G_GUINT64_CONSTANT (1) << (cor_lex_filter_bit (hash) % 64);
    }
}

void
cor_lex_init (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      build_lexicon ();
      build_lex_table ();
      g_once_init_leave (&once, 1);
    }
}

const CorLex *
cor_lex_lookup_slots (const char *text,
                      gsize       length,
                      guint32     hash)
{
  /* keys are lower case (g_utf8_strdown), and a token matches when its
   * ASCII letters lowered equal the key, as the GHashTable look-up did */
  if (length >= 32)
    return NULL;
  for (guint32 slot = lex_slot_of (hash); lex_slots[slot].lex != NULL;
       slot = (slot + 1) & lex_mask)
    {
      const LexSlot *s = &lex_slots[slot];
      gboolean equal = TRUE;

      if (s->hash != hash || s->length != length)
        continue;
      for (gsize k = 0; k < length && equal; k++)
        equal = cor_ascii_lower (text[k]) == s->lex->key[k];
      if (equal)
        return s->lex;
    }
  return NULL;
}

const CorLex *
cor_lex_lookup (const char *text,
                gsize       length)
{
  cor_lex_init ();
  return cor_lex_lookup_hashed (text, length, cor_word_hash (text, length));
}
