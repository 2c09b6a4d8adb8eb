// Exact character tables (Dixon-Schneider), with Frobenius-Schur indicators.
//
// Values are Cyclotomic numbers in their smallest field; chi.values[c] is the
// value on class c of the ConjugacyClasses the table was built from.
// Character order: the trivial character first, then by degree, then a
// deterministic order. Every table is verified before it is returned (both
// orthogonality relations exactly, sum of squared degrees = |G|, degrees
// divide |G|, indicators in {-1,0,1}); a failure throws check_failed.
#pragma once

#include <cstdint>
#include <vector>

#include "groups/conjugacy_classes.hpp"
#include "lib/cyclotomic.hpp"

namespace irrepkit {

struct Character {
  std::vector<Cyclotomic> values;  // one per class
  std::uint64_t degree = 0;        // values[0]
  int indicator = 0;               // Frobenius-Schur: 1 real, 0 complex, -1 quaternionic
};

class CharacterTable {
 public:
  const ConjugacyClasses& classes() const noexcept;  // the table refers to, and outlives not, these
  const std::vector<Character>& characters() const noexcept;
  std::size_t size() const noexcept;                 // number of irreducible characters
};

CharacterTable compute_character_table(const ConjugacyClasses& classes);
// Throws check_failed naming the identity that fails.
void verify_character_table(const ConjugacyClasses& classes, const std::vector<Character>& characters);

}  // namespace irrepkit
