/* test-entities.c
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mention-helpers.h"

static void
assert_entity (GPtrArray      *mentions,
               CorMentionKind  kind,
               const char     *text,
               const char     *canonical)
{
  const CorMention *m = find (mentions, kind, text);

  if (m == NULL)
    g_error ("no %s “%s”", cor_mention_kind_to_string (kind), text);
  g_assert_cmpstr (m->canonical, ==, canonical);
}

static void
test_titles_and_surnames (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Finnish Prime Minister Aino Lehtola met the press. Later, Ms. Lehtola defended the plan.\n"
    "Lehtola said the budget was balanced.", NULL);

  assert_entity (mentions, COR_MENTION_PERSON, "Aino Lehtola", "Aino Lehtola");
  assert_entity (mentions, COR_MENTION_PERSON, "Ms. Lehtola", "Aino Lehtola");
  assert_entity (mentions, COR_MENTION_PERSON, "Lehtola", "Aino Lehtola");
  assert_entity (mentions, COR_MENTION_PLACE, "Finnish", "Finland");
}

/* A company's officers' titles are no part of their names. */
static void
test_company_titles (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "\"We are sorry,\" Chief Executive Helen Ashdown said. Chief Financial Officer Tom Reyes left.", NULL);

  assert_entity (mentions, COR_MENTION_PERSON, "Helen Ashdown", "Helen Ashdown");
  assert_entity (mentions, COR_MENTION_PERSON, "Tom Reyes", "Tom Reyes");
}

/* A name before a comma and an apposition that says who someone is, an
 * age aside, is a person's. */
static void
test_role_apposition (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Teodor Vasilakis, a 70-year old pensioner who lives on little, said the strike was needed. "
    "Irena Bolt, a 41-year-old nurse, agreed. Harbour Point, a 40-year-old tower, was empty.", NULL);

  assert_entity (mentions, COR_MENTION_PERSON, "Teodor Vasilakis", "Teodor Vasilakis");
  assert_entity (mentions, COR_MENTION_PERSON, "Irena Bolt", "Irena Bolt");
  g_assert_null (find (mentions, COR_MENTION_PERSON, "Harbour Point"));
}

/* A month that names a day is no short form of a person named for it. */
static void
test_month_not_surname (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "The deal may end as soon as May 12, or by 3 May. Theresa May said so.", NULL);

  assert_entity (mentions, COR_MENTION_PERSON, "Theresa May", "Theresa May");
  g_assert_null (find (mentions, COR_MENTION_PERSON, "May"));
}

static void
test_family_name_first (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Premier Wen Baolin arrived. Mr. Wen then left.", NULL);

  assert_entity (mentions, COR_MENTION_PERSON, "Mr. Wen", "Wen Baolin");
}

static void
test_speech_verb (void)
{
  g_autoptr(GPtrArray) mentions = extract ("The plan failed, Marta Quintero told reporters.", NULL);

  assert_entity (mentions, COR_MENTION_PERSON, "Marta Quintero", "Marta Quintero");
}

/* A double-barrelled name is one name, and a hyphen before a place ends
 * the name: "Agence-France Presse" is no person. */
static void
test_hyphenated_name (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Fund chief Odile Marchand-Vey spoke. Later, Marchand-Vey left. Agence-France Presse reported it.", NULL);

  assert_entity (mentions, COR_MENTION_PERSON, "Odile Marchand-Vey", "Odile Marchand-Vey");
  assert_entity (mentions, COR_MENTION_PERSON, "Marchand-Vey", "Odile Marchand-Vey");
  g_assert_null (find (mentions, COR_MENTION_PERSON, "Agence-France Presse"));
  g_assert_null (find (mentions, COR_MENTION_PERSON, "Odile Marchand"));
}

/* A name with an age beside it is a person's: "Tomas Reyna, 32,",
 * "36-year-old Ilse Varga", "Ana Brel, aged 40". A number that is no
 * age, or no name, makes none. */
static void
test_aged_people (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Tomas Reyna, 32, died on the ridge. A 36-year-old Ilse Varga survived. Ana Brel, aged 40, was rescued. "
    "Later, Reyna's brother arrived. Port Selby, 300, was flooded. Red Valley, 12 km away, was spared.", NULL);

  assert_entity (mentions, COR_MENTION_PERSON, "Tomas Reyna", "Tomas Reyna");
  assert_entity (mentions, COR_MENTION_PERSON, "Ilse Varga", "Ilse Varga");
  assert_entity (mentions, COR_MENTION_PERSON, "Ana Brel", "Ana Brel");
  assert_entity (mentions, COR_MENTION_PERSON, "Reyna", "Tomas Reyna");
  g_assert_null (find (mentions, COR_MENTION_PERSON, "Port Selby"));
  g_assert_null (find (mentions, COR_MENTION_PERSON, "Red Valley"));
}

static void
test_sentence_start_is_not_a_person (void)
{
  g_autoptr(GPtrArray) mentions = extract ("However the ships stayed. Nobody said why.", NULL);

  g_assert_cmpuint (count_kind (mentions, COR_MENTION_PERSON), ==, 0);
}

static void
test_country_variants (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "The U.S. and the USA and America and the United States of America signed, "
    "with Russia and the Russian Federation. Let us go.", NULL);

  assert_entity (mentions, COR_MENTION_PLACE, "U.S.", "United States");
  assert_entity (mentions, COR_MENTION_PLACE, "USA", "United States");
  assert_entity (mentions, COR_MENTION_PLACE, "America", "United States");
  assert_entity (mentions, COR_MENTION_PLACE, "United States of America", "United States");
  assert_entity (mentions, COR_MENTION_PLACE, "Russia", "Russia");
  assert_entity (mentions, COR_MENTION_PLACE, "Russian Federation", "Russia");
  g_assert_null (find (mentions, COR_MENTION_PLACE, "us"));
}

static void
test_capitals (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "Moscow rejected the offer. The envoy flew to Moscow.", NULL);
  const CorMention *first = NULL, *second = NULL;

  for (guint i = 0; i < mentions->len; i++)
    {
      const CorMention *m = g_ptr_array_index (mentions, i);

      if (m->kind == COR_MENTION_PLACE && g_str_equal (m->text, "Moscow"))
        {
          if (first == NULL)
            first = m;
          else
            second = m;
        }
    }
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpstr (first->canonical, ==, "Russia");
  g_assert_cmpstr (second->canonical, ==, "Moscow");
}

static void
test_organisations (void)
{
  g_autoptr(GPtrArray) mentions = extract (
    "The International Fisheries Council met. The IFC later voted, as did NATO and the EU.", NULL);

  assert_entity (mentions, COR_MENTION_ORGANIZATION, "International Fisheries Council",
                 "International Fisheries Council");
  assert_entity (mentions, COR_MENTION_ORGANIZATION, "IFC", "International Fisheries Council");
  assert_entity (mentions, COR_MENTION_ORGANIZATION, "NATO", "NATO");
  assert_entity (mentions, COR_MENTION_ORGANIZATION, "EU", "European Union");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/entities/titles-and-surnames", test_titles_and_surnames);
  g_test_add_func ("/entities/company-titles", test_company_titles);
  g_test_add_func ("/entities/family-name-first", test_family_name_first);
  g_test_add_func ("/entities/speech-verb", test_speech_verb);
  g_test_add_func ("/entities/hyphenated-name", test_hyphenated_name);
  g_test_add_func ("/entities/aged-people", test_aged_people);
  g_test_add_func ("/entities/sentence-start", test_sentence_start_is_not_a_person);
  g_test_add_func ("/entities/country-variants", test_country_variants);
  g_test_add_func ("/entities/month-not-surname", test_month_not_surname);
  g_test_add_func ("/entities/role-apposition", test_role_apposition);
  g_test_add_func ("/entities/capitals", test_capitals);
  g_test_add_func ("/entities/organisations", test_organisations);
  return g_test_run ();
}
