/* test-proposition.c: what a statement says, read with WordNet.
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cor-acts.h"
#include "cor-lexicon.h"
#include "cor-proposition.h"
#include "facts-helpers.h"

static gboolean
words_meet (const char *a,
            const char *b)
{
  const CorWordSense *x = cor_lexicon_lookup (a);
  const CorWordSense *y = cor_lexicon_lookup (b);

  g_assert_nonnull (x);
  g_assert_nonnull (y);
  return cor_lexicon_concepts_meet (x->concepts, x->n_concepts, y->concepts, y->n_concepts);
}

static void
test_lexicon (void)
{
  const CorWordSense *struck = cor_lexicon_lookup ("struck");

  g_assert_true (cor_lexicon_available ());
  /* Inflections come back to their lemma… */
  g_assert_cmpstr (struck->lemma, ==, "strike");
  g_assert_true (struck->verb_form);
  g_assert_cmpstr (cor_lexicon_lookup ("fell")->lemma, ==, "fall");
  /* …and a lemma has its simple past, irregular, doubled or regular. */
  {
    static const char *pasts[][2] = {
      { "make", "made" }, { "take", "took" }, { "stop", "stopped" }, { "warn", "warned" },
      { "close", "closed" }, { "carry", "carried" }, { "put", "put" }, { "leave", "left" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (pasts); i++)
      {
        g_autofree char *past = cor_lexicon_past_tense (pasts[i][0]);

        g_assert_cmpstr (past, ==, pasts[i][1]);
      }
  }
  /* …synonyms, derivations and causes meet… */
  g_assert_true (words_meet ("bought", "purchases"));
  g_assert_true (words_meet ("quake", "earthquake"));
  g_assert_true (words_meet ("killed", "died"));
  g_assert_true (words_meet ("injured", "wounded"));
  /* …and unrelated words do not. */
  g_assert_false (words_meet ("bought", "injured"));
  g_assert_null (cor_lexicon_lookup ("zqxv"));
}

/* The proposition of the first statement of @text. */
typedef struct
{
  Reading      *reading;
  CorStatement *st;
} Read;

static Read
read_first (const char *text)
{
  Read r = { reading_new (text, "2030-05-08") };

  r.st = reading_get (r.reading, 0);
  return r;
}

static void
check_predicate (const char *text,
                 const char *predicate,
                 gboolean    negated,
                 const char *subject)
{
  Read r = read_first (text);

  g_assert_cmpstr (r.st->prop.predicate_word, ==, predicate);
  g_assert_cmpint (r.st->prop.negated, ==, negated);
  g_assert_cmpstr (r.st->prop.subject, ==, subject);
  reading_free (r.reading);
}

static void
test_predicate (void)
{
  check_predicate ("Mayor Ana Lopez opened the new bridge on Monday.", "open", FALSE, "ana lopez");
  /* An irregular past, and the subject behind a title and a place. */
  check_predicate ("Norway's prime minister Erna Dahl flew to Oslo.", "fly", FALSE, "erna dahl");
  /* A role, not a name, does it: no one named. */
  check_predicate ("The Norwegian prime minister flew to Oslo.", "fly", FALSE, NULL);
  /* The "am" of a time is no auxiliary. */
  check_predicate ("The embankment failed at 5am on Saturday.", "fail", FALSE, NULL);
  /* The act comes after "agreed to", "is considering". */
  check_predicate ("The airline agreed to buy 40 new aircraft.", "buy", FALSE, NULL);
  check_predicate ("The airline is considering buying 40 new aircraft.", "buy", FALSE, NULL);
  /* A light verb carries its noun: "made no mention" is "mention", negated. */
  check_predicate ("The council made no mention of the harbour.", "mention", TRUE, NULL);
  /* "n't" negates the verb it follows. */
  check_predicate ("The ferry didn't leave the port on time.", "leave", TRUE, NULL);
  /* An opening phrase up to its comma is not the subject. */
  check_predicate ("In a short statement, Chile recalled its ambassador.", "recall", FALSE, "chile");
  /* A participle clause's act is its participle. */
  {
    g_autoptr(Reading) r = reading_new ("The storm hit the coast on Monday, killing at least five people "
                                        "in the valley.", "2030-05-08");

    g_assert_cmpstr (reading_find (r, "killing")->prop.predicate_word, ==, "kill");
  }
  /* Nouns after a determiner, a possessive or an adjective are no verbs. */
  check_predicate ("Chile's purchases of copper rose sharply.", "rise", FALSE, NULL);
}

static void
test_finite_verb (void)
{
  const char *list = "The museum bought paintings, sculptures and old maps.";
  const char *clause = "the conductor will record a new album";

  g_assert_true (cor_proposition_has_finite_verb (clause, 0, strlen (clause), NULL));
  g_assert_true (cor_proposition_has_finite_verb (list, 0, strlen (list), NULL));
  /* A list item or an attribution alone is no clause. */
  g_assert_false (cor_proposition_has_finite_verb ("and old maps", 0, 12, NULL));
  g_assert_false (cor_proposition_has_finite_verb ("and the port city, state media said.", 0, 36, NULL));
  {
    const char *owned = "and China’s purchases of US oil and gas.";

    g_assert_false (cor_proposition_has_finite_verb (owned, 0, strlen (owned), NULL));
  }
}

static void
test_objects (void)
{
  Read a = read_first ("The minister will visit Chile in May.");
  Read b = read_first ("The president is due to visit Chile in April.");
  Read c = read_first ("The minister will visit Peru in May.");

  g_assert_true (cor_proposition_objects_meet (&a.st->prop, &b.st->prop));
  g_assert_false (cor_proposition_objects_meet (&a.st->prop, &c.st->prop));
  reading_free (a.reading);
  reading_free (b.reading);
  reading_free (c.reading);
}

/* Whether the first statement of @text names the act or event @noun
 * (checked with cor_proposition_event_leads () when @leads is not NULL). */
static gboolean
names_event (const char *text,
             const char *noun,
             gboolean   *leads)
{
  Read r = read_first (text);
  guint32 event = cor_lexicon_lookup (noun)->event;
  gboolean found = FALSE;

  g_assert_cmpuint (event, !=, 0);
  for (guint e = 0; e < r.st->prop.n_events; e++)
    found |= r.st->prop.events[e] == event;
  if (leads != NULL)
    *leads = cor_proposition_event_leads (&r.st->prop, event);
  reading_free (r.reading);
  return found;
}

static void
test_events (void)
{
  gboolean leads;

  /* Nouns whose first sense is an act or an event; one concept for
   * "quake" and "earthquake". */
  g_assert_cmpuint (cor_lexicon_lookup ("strike")->event, !=, 0);
  g_assert_cmpuint (cor_lexicon_lookup ("heist")->event, !=, 0);
  g_assert_cmpuint (cor_lexicon_lookup ("quake")->event, ==, cor_lexicon_lookup ("earthquake")->event);
  /* Not a thing, nor a body of people that an act also names. */
  g_assert_cmpuint (cor_lexicon_lookup ("warehouse")->event, ==, 0);
  g_assert_cmpuint (cor_lexicon_lookup ("administration")->event, ==, 0);

  /* Named in passing, after a preposition, an adjective, a noun. */
  g_assert_true (names_event ("Three dockers were hurt during the general strike.", "strike", &leads));
  g_assert_false (leads);
  g_assert_true (names_event ("Ferries stayed in port because of a dock strike.", "strike", NULL));
  /* What the clause is about. */
  g_assert_true (names_event ("The general strike closed every port on Monday.", "strike", &leads));
  g_assert_true (leads);
  g_assert_true (names_event ("A strong quake shook the island.", "earthquake", &leads));
  g_assert_true (leads);
  /* What the verb is done to, with no preposition between. */
  g_assert_true (names_event ("The council said it would delay a decision on the port.", "decision", &leads));
  g_assert_true (leads);
  g_assert_true (names_event ("The council met again after a decision on the port.", "decision", &leads));
  g_assert_false (leads);
  /* The verb is no event: after an auxiliary, after a subject in the
   * plural. */
  g_assert_false (names_event ("The dockers will strike on Monday.", "strike", NULL));
  g_assert_false (names_event ("Dockers strike at the port every winter.", "strike", NULL));
  /* More than one is no single event. */
  g_assert_false (names_event ("Two climbers fell to their deaths.", "death", NULL));
}

static const CorMeasure *
measure (CorStatement *st,
         const char   *text)
{
  for (guint i = 0; i < st->prop.measures->len; i++)
    {
      const CorMeasure *m = &g_array_index (st->prop.measures, CorMeasure, i);

      if (g_strcmp0 (m->mention->text, text) == 0)
        return m;
    }
  g_error ("no measure “%s” in “%s”", text, st->text);
  return NULL;
}

static void
test_measures (void)
{
  Read a = read_first ("The storm killed 12 people and injured 40 people in the valley.");
  Read b = read_first ("Rescuers said 15 people had died in the storm.");
  Read c = read_first ("The storm injured 30 people in the valley.");

  /* The dead are counted against the dead, the injured against the injured. */
  g_assert_true (cor_proposition_same_measure (measure (a.st, "12 people"), measure (b.st, "15 people")));
  g_assert_true (cor_proposition_same_measure (measure (a.st, "40 people"), measure (c.st, "30 people")));
  g_assert_false (cor_proposition_same_measure (measure (a.st, "12 people"), measure (c.st, "30 people")));
  reading_free (a.reading);
  reading_free (b.reading);
  reading_free (c.reading);
}

/* The words between two figures are the first one's: "three bank
 * workers - two women and a man" counts workers once. */
static void
test_measures_between (void)
{
  Read a = read_first ("The three bank workers-two women and a man-were killed in the fire.");
  Read b = read_first ("The fire killed three bank workers on Wednesday.");
  const CorMeasure *two = measure (a.st, "two");

  g_assert_cmpuint (two->n_words, ==, 0);
  g_assert_false (cor_proposition_same_measure (two, measure (b.st, "three")));
  g_assert_true (cor_proposition_same_measure (measure (a.st, "three"), measure (b.st, "three")));
  reading_free (a.reading);
  reading_free (b.reading);
}

static void
test_years (void)
{
  Read a = read_first ("In 2004 a tsunami killed thousands of people on the coast.");
  Read b = read_first ("On Tuesday a quake killed 24 people on the coast.");
  Read c = read_first ("A tsunami in 2004 killed many people on the coast.");

  g_assert_true (cor_proposition_years_clash (&a.st->prop, &b.st->prop));
  g_assert_false (cor_proposition_years_clash (&a.st->prop, &c.st->prop));
  reading_free (a.reading);
  reading_free (b.reading);
  reading_free (c.reading);
}

static void
test_opposites_and_superlatives (void)
{
  Read a = read_first ("The reactor was insufficiently cooled.");
  Read b = read_first ("The reactor was sufficiently cooled.");
  Read c = read_first ("Norway is the largest supplier of salmon.");
  const char *x = NULL, *y = NULL;

  g_assert_true (cor_proposition_antonyms (&a.st->prop, &b.st->prop, &x, &y));
  g_assert_cmpstr (x, ==, "insufficiently");
  g_assert_cmpstr (c.st->prop.superlative, ==, "large");
  g_assert_cmpstr (c.st->prop.subject, ==, "norway");
  reading_free (a.reading);
  reading_free (b.reading);
  reading_free (c.reading);
}

static void
test_attribution_is_not_content (void)
{
  Read a = read_first ("“The talks went well,” the minister said in a radio interview.");
  Read b = read_first ("The talks went well in the capital.");

  /* "the minister said in a radio interview" says who and where, not what:
   * the quote's words are all its content. */
  g_assert_cmpuint (a.st->prop.n_content, ==, 3);
  g_assert_cmpuint (b.st->prop.n_content, ==, 4);
  reading_free (a.reading);
  reading_free (b.reading);

  /* A reporting verb with a clause after it opens the sentence: what the
   * clause says is the content. */
  a = read_first ("The bus company, Lakeway Transit, said a brake failure caused the crash.");
  g_assert_cmpuint (a.st->prop.n_content, >=, 4);
  reading_free (a.reading);

  /* A reporting word used as a noun names the channel ("in a blog post",
   * "in a press statement"); the verb before it still closes the
   * attribution. */
  a = read_first ("“The talks went well,” the foreign minister said in a social media post.");
  g_assert_cmpuint (a.st->prop.n_content, ==, 3);
  reading_free (a.reading);
  a = read_first ("“The talks went well,” the minister said in a televised news report.");
  g_assert_cmpuint (a.st->prop.n_content, ==, 3);
  reading_free (a.reading);

  /* "…, said <person>, <who they are>": however long the description,
   * even with a verb of its own, it says who spoke. */
  a = read_first ("The talks went well, said Ilse Varga, the head of a harbour group that supports "
                  "fishing families along the coast.");
  g_assert_cmpuint (a.st->prop.n_content, ==, 3);
  reading_free (a.reading);
}

static gboolean
same_terms (GArray *a,
            GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (guint32)) == 0;
}

/* The terms of @kind of the first statement of @text. */
static GArray *
terms_of (const char  *text,
          const char  *published,
          CorTermKind  kind)
{
  g_autoptr(Reading) r = reading_new (text, published);
  CorStatement *st = reading_get (r, 0);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < st->prop.terms->len; i++)
    if (COR_TERM_KIND (g_array_index (st->prop.terms, guint32, i)) == kind)
      g_array_append_val (out, g_array_index (st->prop.terms, guint32, i));
  return out;
}

static gboolean
share_a_term (GArray *a,
              GArray *b)
{
  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      if (g_array_index (a, guint32, i) == g_array_index (b, guint32, j))
        return TRUE;
  return FALSE;
}

/* A count that names no unit may count anything: "3 dead" shares its
 * number with "Three people died"; other numbers do not. */
/* The stem terms of the statement of @text that holds @words. */
static GArray *
stems_of_clause (const char *text,
                 const char *words)
{
  g_autoptr(Reading) r = reading_new (text, NULL);
  CorStatement *st = reading_find (r, words);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_assert_nonnull (st);
  for (guint i = 0; i < st->prop.terms->len; i++)
    if (COR_TERM_KIND (g_array_index (st->prop.terms, guint32, i)) == COR_TERM_STEM)
      g_array_append_val (out, g_array_index (st->prop.terms, guint32, i));
  return out;
}

/* ", killing four fishermen" does what the subject before it does: it
 * has the storm's words too. Not after a passive: the bank did not kill. */
static void
test_participle_takes_subject (void)
{
  g_autoptr(GArray) storm = terms_of ("Storms battered the town again.", NULL, COR_TERM_STEM);
  g_autoptr(GArray) bank = terms_of ("Banks opened in the town again.", NULL, COR_TERM_STEM);
  g_autoptr(GArray) killing = stems_of_clause ("A powerful storm struck the coast of Ostrand on Tuesday, killing "
                                               "four fishermen near the harbour.\n", "killing four");
  g_autoptr(GArray) passive = stems_of_clause ("A savings bank was torched in the centre of Ostrand on Tuesday, "
                                               "killing four clerks inside the building.\n", "killing four");

  g_assert_cmpuint (storm->len, >, 0);
  g_assert_true (share_a_term (killing, storm));
  g_assert_false (share_a_term (passive, bank));
}

static void
test_bare_counts (void)
{
  g_autoptr(GArray) bare = terms_of ("3 dead after a blast at the old harbour depot", "2030-05-08", COR_TERM_VALUE);
  g_autoptr(GArray) people = terms_of ("Three people died in a blast at the old harbour depot.", "2030-05-08", COR_TERM_VALUE);
  g_autoptr(GArray) four = terms_of ("Four people died in a blast at the old harbour depot.", "2030-05-08", COR_TERM_VALUE);
  g_autoptr(GArray) money = terms_of ("The depot lost $3 in a blast at the old harbour.", "2030-05-08", COR_TERM_VALUE);

  g_assert_cmpuint (bare->len, ==, 1);
  g_assert_true (share_a_term (bare, people));
  g_assert_false (share_a_term (bare, four));
  g_assert_false (share_a_term (bare, money));
}

/* An age counts no one: it shares no term with another person's bare
 * age, nor with a bare count. */
static void
test_ages_are_no_counts (void)
{
  g_autoptr(GArray) aged = terms_of ("A 23-year-old nurse reached the park on Sunday.", "2030-05-08", COR_TERM_VALUE);
  g_autoptr(GArray) bare = terms_of ("Ana Brel, 23, and her husband reached the park.", "2030-05-08", COR_TERM_VALUE);
  g_autoptr(GArray) same = terms_of ("The 23-year-old nurse reached the park.", "2030-05-08", COR_TERM_VALUE);

  g_assert_cmpuint (aged->len, ==, 1);
  g_assert_false (share_a_term (aged, bare));
  g_assert_true (share_a_term (aged, same));
}

/* A month by name is the same date term whether or not the report can
 * tell its year: one without a date of its own says "December" as one
 * that has one does. A day beside it is part of the key. */
static void
test_month_terms (void)
{
  const char *text = "In December the council approved a new budget for the harbour.";
  g_autoptr(GArray) dated = terms_of (text, "2030-05-08", COR_TERM_DATE);
  g_autoptr(GArray) undated = terms_of (text, NULL, COR_TERM_DATE);
  g_autoptr(GArray) day = terms_of ("On 4 December the council approved a new budget.", "2030-05-08", COR_TERM_DATE);
  g_autoptr(GArray) day_after = terms_of ("On December 4 the council approved a new budget.", NULL, COR_TERM_DATE);
  g_autoptr(GArray) other_day = terms_of ("On 5 December the council approved a new budget.", "2030-05-08", COR_TERM_DATE);
  g_autoptr(GArray) weekday = terms_of ("On Monday the council approved a new budget.", "2030-05-08", COR_TERM_DATE);

  g_assert_cmpuint (dated->len, ==, 1);
  g_assert_true (same_terms (dated, undated));
  g_assert_cmpuint (day->len, ==, 1);
  g_assert_true (same_terms (day, day_after));
  g_assert_false (same_terms (day, other_day));
  g_assert_false (same_terms (day, dated));
  /* Dates without a month's name keep their resolved key. */
  g_assert_cmpuint (weekday->len, ==, 1);
  g_assert_false (same_terms (weekday, dated));
}

/* One scratch for many clauses reads each as buffers of its own would; a
 * clause short of the content words asked for is read no further. */
static void
test_scratch (void)
{
  static const char text[] = "Flood water closed the harbour road on Friday. It rose 5%. "
                             "Engineers said the pumps failed twice. Rain.";
  g_autoptr(CorPropositionScratch) scratch = cor_proposition_scratch_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(CorStemmer) stemmer = cor_stemmer_new ();
  const char *clauses[] = { "Flood water closed the harbour road on Friday.", "It rose 5%.",
                            "Engineers said the pumps failed twice.", "Rain." };
  CorProposition short_of = { 0 };

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
      {
        gsize start = strstr (text, clauses[i]) - text, end = start + strlen (clauses[i]);
        CorProposition own, shared;

        g_assert_true (cor_proposition_init (&own, text, start, end, none, stemmer, 0, NULL));
        g_assert_true (cor_proposition_init (&shared, text, start, end, none, stemmer, 0, scratch));
        g_assert_cmpuint (shared.n_content, ==, own.n_content);
        g_assert_true (same_terms (shared.terms, own.terms));
        g_assert_cmpuint (shared.predicate, ==, own.predicate);
        g_assert_cmpstr (shared.predicate_word, ==, own.predicate_word);
        g_assert_cmpint (shared.finite, ==, own.finite);
        g_assert_cmpuint (shared.verb_end, ==, own.verb_end);
        cor_proposition_clear (&own);
        cor_proposition_clear (&shared);
      }

  /* Without its mentions, "Flood water closed the harbour road on Friday"
   * has six content words. */
  g_assert_false (cor_proposition_init (&short_of, text, 0, strlen (clauses[0]), none, stemmer, 7, scratch));
  g_assert_cmpuint (short_of.n_content, ==, 6);
  g_assert_null (short_of.terms);
  g_assert_null (short_of.predicate_word);
  cor_proposition_clear (&short_of);
  g_assert_true (cor_proposition_init (&short_of, text, 0, strlen (clauses[0]), none, stemmer, 6, scratch));
  g_assert_cmpstr (short_of.predicate_word, ==, "close");
  cor_proposition_clear (&short_of);
}

/* Whether @read_acts reads the act @act ("verb noun") in @text. */
static gboolean
reads_act (void      (*read_acts) (const char *, GPtrArray *),
           const char *text,
           const char *act)
{
  g_autoptr(GPtrArray) acts = g_ptr_array_new_with_free_func (g_free);

  read_acts (text, acts);
  for (guint i = 0; i < acts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (acts, i), act) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @text tells the act @act ("verb noun"). */
static gboolean
tells_act (const char *text,
           const char *act)
{
  return reads_act (cor_acts_read, text, act);
}

/* Whether @text tells the act @act done to a name ("visit orvia"). */
static gboolean
tells_named_act (const char *text,
                 const char *act)
{
  return reads_act (cor_acts_read_named, text, act);
}

static guint
n_acts (const char *text)
{
  g_autoptr(GPtrArray) acts = g_ptr_array_new_with_free_func (g_free);

  cor_acts_read (text, acts);
  return acts->len;
}

static void
test_acts (void)
{
  /* A verb and the head of what it is done to, active or passive, past
   * determiners, adjectives and figures… */
  g_assert_true (tells_act ("The strike grounded all flights to and from Lenna.", "ground flight"));
  g_assert_true (tells_act ("Flights to and from the country were grounded.", "ground flight"));
  g_assert_true (tells_act ("Protesters tried to storm parliament.", "storm parliament"));
  g_assert_true (tells_act ("Youths hurled petrol bombs at the police.", "hurl bomb"));
  g_assert_true (tells_act ("A landslide buried at least three houses.", "bury house"));
  g_assert_true (tells_act ("The blast shook buildings, witnesses said.", "shake building"));
  g_assert_true (tells_act ("A general strike that closed the ports began at dawn.", "close port"));
  /* …not a participle that describes a noun, nor a verb of saying, nor a
   * time, nor what a preposition governs. */
  g_assert_cmpuint (n_acts ("Most of the damaged houses were in the hills."), ==, 0);
  g_assert_cmpuint (n_acts ("The self-governed island sits amid renewed diplomatic engagement."), ==, 0);
  g_assert_cmpuint (n_acts ("Its trading partners were upset by government spending cuts."), ==, 0);
  g_assert_false (tells_act ("The minister said the plan would work.", "say plan"));
  g_assert_cmpuint (n_acts ("The measures announced last weekend were unpopular."), ==, 0);
  g_assert_false (tells_act ("Many houses were damaged and dozens of villagers were injured.", "injure house"));
  g_assert_true (tells_act ("Many houses were damaged and dozens of villagers were injured.", "damage house"));
  /* Acts done to a name are read apart, by the name's last word. */
  g_assert_true (tells_named_act ("The envoy is due to visit Orvia in April.", "visit orvia"));
  g_assert_true (tells_named_act ("She will visit the Republic of Orvia next week.", "visit orvia"));
  g_assert_true (tells_named_act ("Rebels attacked North Dalmar overnight.", "attack dalmar"));
  g_assert_false (tells_act ("The envoy is due to visit Orvia in April.", "visit orvia"));
  g_assert_false (tells_named_act ("The envoy will visit the capital in April.", "visit capital"));
  g_assert_false (tells_named_act ("The envoy said Orvia was ready.", "say orvia"));
  g_assert_false (tells_named_act ("The envoy flew to Orvia in April.", "fly orvia"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/proposition/lexicon", test_lexicon);
  g_test_add_func ("/proposition/acts", test_acts);
  g_test_add_func ("/proposition/predicate", test_predicate);
  g_test_add_func ("/proposition/finite-verb", test_finite_verb);
  g_test_add_func ("/proposition/objects", test_objects);
  g_test_add_func ("/proposition/events", test_events);
  g_test_add_func ("/proposition/measures", test_measures);
  g_test_add_func ("/proposition/measures-between", test_measures_between);
  g_test_add_func ("/proposition/years", test_years);
  g_test_add_func ("/proposition/opposites-and-superlatives", test_opposites_and_superlatives);
  g_test_add_func ("/proposition/attribution-is-not-content", test_attribution_is_not_content);
  g_test_add_func ("/proposition/scratch", test_scratch);
  g_test_add_func ("/proposition/month-terms", test_month_terms);
  g_test_add_func ("/proposition/bare-counts", test_bare_counts);
  g_test_add_func ("/proposition/ages-are-no-counts", test_ages_are_no_counts);
  g_test_add_func ("/proposition/participle-takes-subject", test_participle_takes_subject);

  return g_test_run ();
}
