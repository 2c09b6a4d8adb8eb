// PermutationGroup: generators padded to a common degree, a stabiliser chain
// built at construction (shared between copies), and the structural queries
// that only need membership: derived series, normal closures, G/G'.
#include "groups/permutation_group.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "lib/error.hpp"

namespace irrepkit {

PermutationGroup::PermutationGroup(std::size_t degree)
    : _degree(std::max<std::size_t>(degree, 1)),
      _chain(std::make_shared<StabiliserChain>(_degree, std::vector<Permutation>{})) {}

PermutationGroup::PermutationGroup(std::vector<Permutation> generators, std::string name)
    : _name(std::move(name)) {
  std::size_t degree = 1;
  for (const auto& g : generators) degree = std::max(degree, g.degree());
  _degree = degree;
  for (auto& g : generators) g = g.resized(_degree);
  _generators = std::move(generators);
  _chain = std::make_shared<StabiliserChain>(_degree, _generators);
}

Integer PermutationGroup::order() const { return _chain->order(); }

bool PermutationGroup::contains(const Permutation& g) const { return _chain->contains(g); }

const std::vector<Point>& PermutationGroup::base() const { return _chain->base(); }

bool PermutationGroup::is_abelian() const {
  for (std::size_t i = 0; i < _generators.size(); ++i) {
    for (std::size_t j = i + 1; j < _generators.size(); ++j) {
      if (!(_generators[i] * _generators[j] == _generators[j] * _generators[i])) return false;
    }
  }
  return true;
}

PermutationGroup PermutationGroup::subgroup_generated_by(std::vector<Permutation> elements) const {
  for (auto& g : elements) {
    if (!contains(g)) throw_bad_input("subgroup_generated_by: " + g.to_cycle_string() + " is not in the group");
    g = g.resized(_degree);
  }
  if (elements.empty()) elements.push_back(Permutation(_degree));
  return PermutationGroup(std::move(elements));
}

PermutationGroup PermutationGroup::normal_closure(std::vector<Permutation> elements) const {
  std::vector<Permutation> closure_generators;
  StabiliserChain chain(_degree, {});
  std::vector<Permutation> queue;
  for (auto& g : elements) {
    Permutation h = g.resized(_degree);
    if (chain.add_generator(h)) {
      closure_generators.push_back(h);
      queue.push_back(h);
    }
  }
  std::vector<Permutation> inverses;
  for (const auto& g : _generators) inverses.push_back(g.inverse());
  for (std::size_t q = 0; q < queue.size(); ++q) {
    for (std::size_t i = 0; i < _generators.size(); ++i) {
      Permutation c = inverses[i] * queue[q] * _generators[i];
      if (chain.add_generator(c)) {
        closure_generators.push_back(c);
        queue.push_back(c);
      }
    }
  }
  if (closure_generators.empty()) closure_generators.push_back(Permutation(_degree));
  return PermutationGroup(std::move(closure_generators));
}

PermutationGroup PermutationGroup::derived_subgroup() const {
  std::vector<Permutation> commutators;
  for (std::size_t i = 0; i < _generators.size(); ++i) {
    for (std::size_t j = i + 1; j < _generators.size(); ++j) {
      const Permutation& a = _generators[i];
      const Permutation& b = _generators[j];
      Permutation c = a.inverse() * b.inverse() * a * b;
      if (!c.is_identity()) commutators.push_back(std::move(c));
    }
  }
  return normal_closure(std::move(commutators));
}

std::vector<PermutationGroup> PermutationGroup::derived_series() const {
  std::vector<PermutationGroup> series{*this};
  while (!series.back().is_trivial()) {
    PermutationGroup next = series.back().derived_subgroup();
    if (next.order() == series.back().order()) break;
    series.push_back(std::move(next));
  }
  return series;
}

bool PermutationGroup::is_solvable() const { return derived_series().back().is_trivial(); }

Integer PermutationGroup::abelianisation_order() const { return order() / derived_subgroup().order(); }

namespace {

// The element of the right coset D*g whose images of D's base points are
// lexicographically smallest (unique: d is determined by its base images);
// returned as its full image list, a canonical key for the coset.
std::vector<Point> coset_key(const StabiliserChain& d, std::vector<Point> g) {
  const std::size_t n = d.degree();
  std::vector<Point> scratch(n);
  for (const auto& level : d.levels()) {
    std::size_t best = 0;
    for (std::size_t k = 1; k < level.orbit.size(); ++k) {
      if (g[level.orbit[k]] < g[level.orbit[best]]) best = k;
    }
    if (best != 0) {
      const Point* u = level.representative(best, n);
      for (std::size_t x = 0; x < n; ++x) scratch[x] = g[u[x]];  // u first, then g
      g.swap(scratch);
    }
  }
  return g;
}

struct KeyHash {
  std::size_t operator()(const std::vector<Point>& key) const noexcept {
    std::size_t h = 1469598103934665603ULL;
    for (Point x : key) {
      h ^= x;
      h *= 1099511628211ULL;
    }
    return h;
  }
};

}  // namespace

std::vector<std::uint64_t> PermutationGroup::abelian_invariants(std::uint64_t limit) const {
  PermutationGroup derived = derived_subgroup();
  Integer quotient = order() / derived.order();
  if (!quotient.fits_ulong() || quotient.to_ulong() > limit) {
    throw_unable("abelian invariants: |G/G'| = " + quotient.to_string() + " exceeds the limit " +
                 std::to_string(limit));
  }
  const std::uint64_t m = quotient.to_ulong();
  // Coset representatives of G' by breadth-first search on canonical keys.
  const StabiliserChain& d = derived.chain();
  std::vector<Permutation> representatives{Permutation(_degree)};
  std::unordered_map<std::vector<Point>, std::size_t, KeyHash> seen;
  seen.emplace(coset_key(d, representatives[0].images()), 0);
  for (std::size_t q = 0; q < representatives.size(); ++q) {
    for (const auto& g : _generators) {
      Permutation x = representatives[q] * g;
      if (seen.emplace(coset_key(d, x.images()), representatives.size()).second) {
        representatives.push_back(std::move(x));
      }
    }
  }
  if (representatives.size() != m) {
    throw_check_failed("abelian invariants: found " + std::to_string(representatives.size()) +
                       " cosets of G' but |G/G'| = " + std::to_string(m));
  }
  std::vector<std::uint64_t> invariants;
  std::uint64_t rest = m;
  for (std::uint64_t p = 2; rest > 1; ++p) {
    if (rest % p != 0) continue;
    unsigned total = 0;
    while (rest % p == 0) {
      rest /= p;
      ++total;
    }
    // e[j] = log_p #{x in G/G' : x^(p^j) = 1}.
    std::vector<unsigned> e{0};
    std::uint64_t power = 1;
    while (e.back() < total) {
      power *= p;
      std::uint64_t count = 0;
      for (const auto& r : representatives) {
        if (derived.contains(r.power(static_cast<long long>(power)))) ++count;
      }
      unsigned log = 0;
      for (std::uint64_t c = count; c > 1; c /= p) ++log;
      e.push_back(log);
    }
    // Factors of order >= p^j: e[j] - e[j-1].
    for (std::size_t j = e.size() - 1; j >= 1; --j) {
      unsigned at_least_j = e[j] - e[j - 1];
      unsigned at_least_next = j + 1 < e.size() ? e[j + 1] - e[j] : 0;
      std::uint64_t pj = 1;
      for (std::size_t t = 0; t < j; ++t) pj *= p;
      for (unsigned c = 0; c < at_least_j - at_least_next; ++c) invariants.push_back(pj);
    }
  }
  std::sort(invariants.begin(), invariants.end());
  return invariants;
}

}  // namespace irrepkit
