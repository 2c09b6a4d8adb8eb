// compute_character_table: Dixon-Schneider end to end (class structure ->
// modular characters -> exact lift -> indicators -> order -> verification).
#include "irreps/character_table.hpp"

#include <algorithm>
#include <numeric>

#include "irreps/character_lifting.hpp"
#include "irreps/class_structure.hpp"
#include "irreps/eigenspace_splitting.hpp"
#include "irreps/frobenius_schur.hpp"
#include "irreps/prime_field.hpp"
#include "irreps/verify_character_table.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

// Deterministic order: trivial first, then by degree, then by the number of
// irrational values, then by eigenvalue multiplicities (class by class,
// larger multiplicity of E(o)^l for smaller l first; so E(3) before E(3)^2).
bool comes_before(const LiftedCharacter& a, const LiftedCharacter& b, std::size_t irrational_a,
                  std::size_t irrational_b) {
  if (a.character.degree != b.character.degree) return a.character.degree < b.character.degree;
  if (irrational_a != irrational_b) return irrational_a < irrational_b;
  return a.multiplicities > b.multiplicities;
}

}  // namespace

CharacterTable compute_character_table(const ConjugacyClasses& classes, CharacterTableStatistics* statistics) {
  ClassStructure structure = class_structure_of(classes);
  PrimeField field = choose_prime_field(structure.group_order, structure.exponent);
  GroupClassMultiplication coefficients(classes);
  SplittingStatistics splitting;
  std::vector<ModularVector> modular = modular_normalised_characters(structure, coefficients, field, &splitting);

  std::vector<LiftedCharacter> lifted;
  lifted.reserve(modular.size());
  std::vector<std::uint32_t> square_classes(structure.size());
  for (std::uint32_t s = 0; s < structure.size(); ++s) square_classes[s] = structure.power_class(s, 2);
  for (const auto& v : modular) {
    std::uint64_t degree = lift_degree(structure, field, v);
    lifted.push_back(lift_character(structure, field, v, degree));
  }
  // The trivial character is the one with all multiplicities on E(o)^0.
  std::vector<std::size_t> irrational(lifted.size(), 0);
  std::vector<bool> trivial(lifted.size(), true);
  for (std::size_t i = 0; i < lifted.size(); ++i) {
    for (const auto& value : lifted[i].character.values) {
      if (!value.is_rational()) ++irrational[i];
      if (!(value == Cyclotomic(1L))) trivial[i] = false;
    }
  }
  std::vector<std::size_t> order(lifted.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (trivial[a] != trivial[b]) return static_cast<bool>(trivial[a]);
    return comes_before(lifted[a], lifted[b], irrational[a], irrational[b]);
  });
  std::vector<Character> characters;
  characters.reserve(lifted.size());
  for (std::size_t i : order) {
    Character chi = std::move(lifted[i].character);
    chi.indicator = frobenius_schur_indicator(structure.sizes, square_classes, structure.group_order, chi.values,
                                              "X." + std::to_string(characters.size() + 1));
    characters.push_back(std::move(chi));
  }
  ClassSummary summary = class_summary_of(classes);
  verify_character_table(summary, characters);
  if (statistics) {
    statistics->prime = field.prime();
    statistics->class_products = coefficients.products_computed();
    statistics->splits = splitting.splits;
    statistics->found_by_splitting = splitting.found_by_splitting;
    statistics->found_cheaply = splitting.found_cheaply;
  }
  return CharacterTable(classes, std::move(characters));
}

void verify_character_table(const ConjugacyClasses& classes, const std::vector<Character>& characters) {
  verify_character_table(class_summary_of(classes), characters);
}

}  // namespace irrepkit
