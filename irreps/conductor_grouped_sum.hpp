// A sum of cyclotomic numbers (and products of two) that keeps one
// CyclotomicSum per field Q(zeta_m), m = lcm of the factors' conductors, so
// terms from the same small field are added there and only the few partial
// sums meet in a larger field at the end (adding E(7)-values to E(5)-values
// term by term would work in Q(zeta_35) throughout).
#pragma once

#include <cstdint>
#include <map>
#include <numeric>

#include "lib/cyclotomic.hpp"

namespace irrepkit {

class ConductorGroupedSum {
 public:
  void add(const Cyclotomic& term) {
    if (term.is_zero()) return;
    _partial[term.conductor()].add(term);
  }
  void add_product(const Cyclotomic& a, const Cyclotomic& b) {
    if (a.is_zero() || b.is_zero()) return;
    _partial[std::lcm(a.conductor(), b.conductor())].add_product(a, b);
  }
  Cyclotomic total() const {
    Cyclotomic sum;
    for (const auto& [conductor, partial] : _partial) sum += partial.value();
    return sum;
  }
  void clear() {
    for (auto& [conductor, partial] : _partial) partial.clear();
  }

 private:
  std::map<std::uint64_t, CyclotomicSum> _partial;
};

}  // namespace irrepkit
