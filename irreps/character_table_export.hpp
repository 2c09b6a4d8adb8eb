// Machine-readable forms of a character table: JSON, and a file GAP can Read.
//
// JSON (`irrepkit table --json`):
//   {"group": {"name": ..., "order": "21", "degree": 7, "generators": [[1-based images]]},
//    "classes": [{"name": "3a", "representative": [1-based images], "size": 7,
//                 "element_order": 3, "centralizer_order": 3}, ...],
//    "power_maps": {"3": [0-based class indices], ...},   (primes dividing |G|)
//    "characters": [{"degree": 3, "indicator": 0, "values": ["3", "0", "E(7)+E(7)^2+E(7)^4", ...],
//                    "values_float": [[re, im], ...]}, ...]}
//
// GAP file (`--gap FILE`): defines G, irrepkit_representatives (our class
// representatives), irrepkit_values (our characters, in our class order),
// irrepkit_indicators, and irrepkit_irr: the characters as ClassFunctions of
// CharacterTable(G) in GAP's class order, so that in GAP
//   Set(Irr(CharacterTable(G))) = Set(irrepkit_irr)
// holds exactly when the table is right.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "irreps/character_table.hpp"

namespace irrepkit {

nlohmann::json character_table_json(const CharacterTable& table);
std::string character_table_gap(const CharacterTable& table);

}  // namespace irrepkit
