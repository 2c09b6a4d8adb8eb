// A finite permutation group with its elements numbered 0..|G|-1.
//
// The numbering is the bijection rank/unrank through the stabiliser chain
// (no hash table): memory stays proportional to |G| (products are computed
// on the fly; a Cayley table is built only on request, for small groups).
// Index 0 is always the identity. The numbering is deterministic: the same
// generators give the same numbering on every run.
#pragma once

#include <cstdint>
#include <vector>

#include "groups/permutation.hpp"
#include "groups/permutation_group.hpp"

namespace irrepkit {

using ElementIndex = std::uint32_t;

class EnumeratedGroup {
 public:
  // Throws unable (naming the order and the limit) if |G| > element_limit.
  explicit EnumeratedGroup(const PermutationGroup& group,
                           std::uint64_t element_limit = 10'000'000);

  const PermutationGroup& group() const noexcept;
  std::uint64_t size() const noexcept;

  Permutation element(ElementIndex i) const;          // unrank
  ElementIndex index_of(const Permutation& g) const;  // rank; throws bad_input if g not in G
  ElementIndex multiply(ElementIndex a, ElementIndex b) const;  // index of a*b (a first)
  ElementIndex inverse(ElementIndex a) const;
  std::uint64_t element_order(ElementIndex a) const;

  // Row-major |G| x |G| table, table[a*|G|+b] = a*b. Throws unable if |G| is too
  // large to hold one (limit in elements of the table).
  std::vector<ElementIndex> cayley_table(std::uint64_t entry_limit = 100'000'000) const;
};

}  // namespace irrepkit
