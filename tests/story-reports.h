/* story-reports.h
 *
 * Copyright 2026 The Corroborate authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Invented reports of four events: two earthquakes of one kind, in other
 * places and years, a ferry fire and a library flood. */
static const char *quake_a[] G_GNUC_UNUSED = {
  "Earthquake kills nine in Velmora province\n"
  "A magnitude 6.2 earthquake struck Velmora province in Ostrania on Tuesday, killing at least nine people and injuring dozens.\n"
  "The quake hit the mountain town of Drevik at a depth of 12 kilometres, the Ostranian Seismic Institute said.\n"
  "Rescue teams pulled survivors from collapsed houses in Drevik and the nearby village of Sulen.\n"
  "Governor Anika Holt said 140 homes were damaged across Velmora.\n",

  "Deadly quake hits Drevik\n"
  "At least nine people died when a 6.2-magnitude earthquake shook Drevik in Ostrania's Velmora province on Tuesday.\n"
  "The Ostranian Seismic Institute put the depth at 12 kilometres.\n"
  "Velmora governor Anika Holt said some 140 homes had been damaged and landslides blocked the road to Sulen.\n"
  "Ostrania lies on a fault line and earthquakes are common.\n",

  "Ostrania quake toll rises to nine\n"
  "The death toll from Tuesday's earthquake in Velmora province rose to nine, officials in Drevik said.\n"
  "Dozens were injured when houses collapsed in Drevik and Sulen.\n"
  "Governor Anika Holt visited the town and promised aid for the 140 damaged homes.\n",
};

static const char *quake_b[] G_GNUC_UNUSED = {
  "Strong quake rocks Tarsa island\n"
  "A 5.9-magnitude earthquake struck Tarsa island off the coast of Kelmar on Friday, killing four people.\n"
  "The quake was centred near the port of Bailon, the Kelmar Geological Survey said.\n"
  "Several mud-brick houses collapsed in the villages of Ruhan and Pesh.\n"
  "Mayor Idris Vane of Bailon said 60 people were injured.\n",

  "Four dead as earthquake hits Kelmar's Tarsa island\n"
  "Four people were killed on Friday when an earthquake of magnitude 5.9 hit Tarsa island, Kelmar's Geological Survey said.\n"
  "Houses collapsed in Ruhan and Pesh, and 60 people were hurt, Bailon mayor Idris Vane said.\n"
  "Ferries to Bailon were suspended while engineers checked the pier.\n",
};

static const char *ferry[] G_GNUC_UNUSED = {
  "Ferry fire forces evacuation off Lunport\n"
  "Fire broke out on the ferry Maren Star off Lunport on Sunday, forcing 212 passengers into lifeboats.\n"
  "The coastguard said the blaze started in the engine room.\n"
  "All passengers were brought ashore at Lunport harbour by the evening.\n",

  "Passengers rescued from burning Maren Star\n"
  "The coastguard rescued 212 passengers from the ferry Maren Star after a fire in its engine room near Lunport on Sunday.\n"
  "Captain Oda Brenn said the crew fought the fire for two hours.\n",
};

/* One agency text, its copy under another outlet's name, a copy edited by
 * hand and an independent report of the same event. */
static const char *agency G_GNUC_UNUSED =
  "Library flood ruins rare maps in Castelny\n"
  "A burst water main flooded the basement of the Castelny city library on Monday night, ruining 340 rare maps.\n"
  "Librarian Oskar Veld said the maps dated from the seventeenth century.\n"
  "Firefighters pumped water out of the basement for six hours.\n"
  "The city council said repairs would cost 2 million crowns.\n"
  "Conservators from the national archive arrived on Tuesday to dry the surviving documents.\n"
  "The oldest of the ruined maps showed the river delta before the harbour was built.\n"
  "Students from the university offered to help sort the damp papers by hand.\n"
  "Insurers were expected to inspect the building later in the week.\n"
  "The water main, laid in 1931, had been due for replacement next spring, the council said.\n"
  "Residents of Kade Street were without water for most of the night.\n"
  "The library will stay closed until the end of the month.\n";

static const char *edited G_GNUC_UNUSED =
  "Castelny library loses its map collection\n"
  "A burst water main flooded the basement of the Castelny city library on Monday night, ruining 340 rare maps.\n"
  "Librarian Oskar Veld said the maps dated from the seventeenth century.\n"
  "Firefighters pumped water out of the basement for six hours.\n"
  "The city council said repairs would cost 5 million crowns.\n"
  "The oldest of the ruined maps showed the river delta before the harbour was built.\n"
  "Students from the university offered to help sort the damp papers by hand.\n"
  "The water main, laid in 1931, had been due for replacement next spring, the council said.\n"
  "Residents of Kade Street were without water for most of the night.\n"
  "The library will stay closed until the end of the month.\n";

static const char *independent G_GNUC_UNUSED =
  "Water main bursts under Castelny library\n"
  "Hundreds of old maps were ruined on Monday night when water flooded the basement of the Castelny city library.\n"
  "Librarian Oskar Veld said the maps dated from the seventeenth century.\n"
  "A retired teacher, Petra Lind, called it a sad day for everyone who loves old atlases.\n";

G_END_DECLS
