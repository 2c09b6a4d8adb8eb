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
#include <utility>
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
  // Takes already verified characters (compute_character_table builds it).
  CharacterTable(const ConjugacyClasses& classes, std::vector<Character> characters)
      : _classes(&classes), _characters(std::move(characters)) {}

  const ConjugacyClasses& classes() const noexcept { return *_classes; }  // must outlive the table
  const std::vector<Character>& characters() const noexcept { return _characters; }
  std::size_t size() const noexcept { return _characters.size(); }  // number of irreducible characters

 private:
  const ConjugacyClasses* _classes;
  std::vector<Character> _characters;
};

// What compute_character_table did (for -v output and benchmarks).
struct CharacterTableStatistics {
  std::uint64_t prime = 0;                 // the p of the modular computation
  std::uint64_t class_products = 0;        // group products for class multiplication coefficients
  std::size_t splits = 0;                  // eigenspace decompositions
  std::size_t found_by_splitting = 0;      // characters found as eigenlines
  std::size_t found_cheaply = 0;           // Galois conjugates and linear twists
};

CharacterTable compute_character_table(const ConjugacyClasses& classes,
                                      CharacterTableStatistics* statistics = nullptr);
// Throws check_failed naming the identity that fails.
void verify_character_table(const ConjugacyClasses& classes, const std::vector<Character>& characters);

}  // namespace irrepkit
