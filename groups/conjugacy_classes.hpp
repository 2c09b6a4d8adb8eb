// Conjugacy classes of an enumerated group, with power maps.
//
// Class 0 is always the identity class. The order of the other classes is
// deterministic: by element order, then by class size, then by the smallest
// element index in the class (GAP-like names 1a 2a 2b 3a ... follow it).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "groups/enumerated_group.hpp"

namespace irrepkit {

struct ConjugacyClass {
  ElementIndex representative;   // index in the enumeration
  std::uint64_t size;
  std::uint64_t element_order;
  std::uint64_t centralizer_order;  // |G| / size
  std::string name;                 // "1a", "2a", "7b", as GAP's ClassNames
};

class ConjugacyClasses {
 public:
  explicit ConjugacyClasses(const EnumeratedGroup& group);

  const EnumeratedGroup& group() const noexcept;
  std::size_t size() const noexcept;                     // number of classes
  const std::vector<ConjugacyClass>& classes() const noexcept;
  std::uint32_t class_of(ElementIndex g) const;          // O(1): a stored |G| array
  std::uint32_t class_of(const Permutation& g) const;    // rank then lookup
  // Class index of g^p for a representative g of each class, for every prime p | |G|
  // (and on request for any integer p).
  const std::map<std::uint64_t, std::vector<std::uint32_t>>& power_maps() const;
  std::vector<std::uint32_t> power_map(long long p) const;
  std::uint64_t exponent() const;
  // Elements of class c, in increasing index order.
  std::vector<ElementIndex> elements_of_class(std::uint32_t c) const;

  // Further members.
  const std::vector<std::uint32_t>& class_of_all() const noexcept { return _class_of; }
  std::vector<std::uint32_t> primes_dividing_order() const;

 private:
  EnumeratedGroup _group;
  std::vector<ConjugacyClass> _classes;
  std::vector<std::uint32_t> _class_of;
  std::map<std::uint64_t, std::vector<std::uint32_t>> _power_maps;
};

}  // namespace irrepkit
