// Plain-text display of a character table in the layout of GAP's
// Display(CharacterTable(G), rec(indicator := true)):
//
//        3  1  1  1  .  .        exponent of each prime in |C_G(g)| ("." for 0)
//        7  1  .  .  1  1
//
//          1a 3a 3b 7a 7b        class names
//       2P 1a 3b 3a 7a 7b        p-th power maps, primes p up to the largest element order
//       2                        header of the indicator column (+ o -)
//   X.1    +   1  1  1  1  1
//   X.2    o   1  A /A  1  1
//
//   A = E(3)^2
//
// Irrational values are named by capital letters in the order met (row by
// row); "/A" is the complex conjugate of A, "*A" the other Galois conjugate
// of a quadratic irrationality A, "-A", "-/A", "-*A" their negatives; a
// legend below gives each letter's value in GAP notation. Zero prints ".".
#pragma once

#include <string>

#include "irreps/character_table.hpp"

namespace irrepkit {

std::string display_character_table(const CharacterTable& table);

}  // namespace irrepkit
