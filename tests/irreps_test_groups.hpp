// Test helper for the irreps layer: a group given by GAP cycle strings together
// with its enumeration, conjugacy classes and character table, kept alive
// together (each object refers to the previous one).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/permutation_group.hpp"
#include "irreps/character_table.hpp"

namespace irrepkit::testing {

struct GroupWithTable {
  std::unique_ptr<PermutationGroup> group;
  std::unique_ptr<EnumeratedGroup> enumerated;
  std::unique_ptr<ConjugacyClasses> classes;
  std::unique_ptr<CharacterTable> table;
};

inline GroupWithTable group_with_table(const std::vector<std::string>& generators, std::size_t degree = 1) {
  GroupWithTable result;
  std::vector<Permutation> permutations;
  for (const std::string& text : generators) {
    permutations.push_back(Permutation::parse(text));
  }
  result.group = permutations.empty() ? std::make_unique<PermutationGroup>(degree)
                                      : std::make_unique<PermutationGroup>(permutations);
  result.enumerated = std::make_unique<EnumeratedGroup>(*result.group);
  result.classes = std::make_unique<ConjugacyClasses>(*result.enumerated);
  result.table = std::make_unique<CharacterTable>(compute_character_table(*result.classes));
  return result;
}

// Generators (GAP cycle notation) of the groups the irreps tests use.
struct NamedGenerators {
  std::string name;
  std::vector<std::string> generators;
};

inline std::vector<NamedGenerators> small_test_groups() {
  return {
      {"trivial", {}},
      {"C2", {"(1,2)"}},
      {"C7", {"(1,2,3,4,5,6,7)"}},
      {"C12", {"(1,2,3,4,5,6,7,8,9,10,11,12)"}},
      {"S3", {"(1,2,3)", "(1,2)"}},
      {"Q8", {"(1,5,3,7)(2,8,4,6)", "(1,2,3,4)(5,6,7,8)"}},
      {"A4", {"(1,2,3)", "(2,3,4)"}},
      {"S4", {"(1,2,3,4)", "(1,2)"}},
      {"F21", {"(2,3,5)(4,7,6)", "(1,2,3,4,5,6,7)"}},
      {"SL(2,3)", {"(4,5,6)(7,9,8)", "(2,7,3,4)(5,8,9,6)"}},
      {"A5", {"(1,2,3,4,5)", "(3,4,5)"}},
  };
}

}  // namespace irrepkit::testing
