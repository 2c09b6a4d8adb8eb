// A stabiliser chain (base, strong generating set, explicit transversals) of
// a permutation group, built by Schreier-Sims.
//
// Level i holds the base point b_i, the orbit of b_i under G^(i) (the
// pointwise stabiliser of b_0..b_{i-1}), and for each orbit point orbit[k]
// the coset representative u_k with u_k(b_i) = orbit[k] and its inverse, as
// raw 0-based image arrays. orbit[0] = b_i and u_0 is the identity. Every
// g in G factors uniquely as g = u_{k-1}[d_{k-1}] * ... * u_0[d_0] (the
// deepest level applied first; products apply the left factor first).
//
// Construction: a seeded (hence deterministic) random Schreier-Sims phase
// proposes strong generators; the deterministic Schreier-Sims test then
// checks every Schreier generator and repairs the chain if needed, so the
// result never depends on luck.
#pragma once

#include <cstdint>
#include <vector>

#include "groups/permutation.hpp"
#include "lib/integer.hpp"

namespace irrepkit {

class StabiliserChain {
 public:
  struct Level {
    Point base_point = 0;
    std::vector<Point> orbit;             // orbit[0] = base_point
    std::vector<std::int32_t> position;   // degree entries: index in orbit, or -1
    std::vector<Point> transversal;       // orbit.size() * degree images: u_k
    std::vector<Point> inverse_transversal;
    std::vector<std::size_t> generators;  // indices into strong_generators()
    std::vector<std::size_t> checked;     // per generator: orbit points already verified

    const Point* representative(std::size_t k, std::size_t degree) const noexcept {
      return transversal.data() + k * degree;
    }
    const Point* inverse_representative(std::size_t k, std::size_t degree) const noexcept {
      return inverse_transversal.data() + k * degree;
    }
  };

  StabiliserChain() = default;
  // All generators must have degree `degree`. The base starts with
  // `base_prefix` (may be empty) and is extended as needed.
  StabiliserChain(std::size_t degree, const std::vector<Permutation>& generators,
                  const std::vector<Point>& base_prefix = {});

  std::size_t degree() const noexcept { return _degree; }
  std::size_t length() const noexcept { return _levels.size(); }
  const std::vector<Level>& levels() const noexcept { return _levels; }
  const std::vector<Point>& base() const noexcept { return _base; }
  const std::vector<std::vector<Point>>& strong_generators() const noexcept { return _strong; }
  Integer order() const;
  // |G| as an unsigned 64-bit integer, or 0 if it does not fit.
  std::uint64_t order_if_small() const noexcept;

  // Sifts g (degree() images, modified in place) through levels from `first`.
  // Returns the level where it stopped (length() if it went through); g is
  // then the residue.
  std::size_t sift_no_checks(std::vector<Point>& g, std::size_t first = 0) const;
  bool contains(const Permutation& g) const;

  // Adds a generator (extending the chain if it is not already in the group).
  // Returns true if the group grew.
  bool add_generator(const Permutation& g);

 private:
  void append_level(Point base_point);
  void extend_orbit(std::size_t level, std::size_t generator);
  void random_phase(const std::vector<Permutation>& generators);
  void verify();  // deterministic Schreier-Sims test from the bottom up
  std::size_t first_moved_point(const std::vector<Point>& g) const;

  std::size_t _degree = 0;
  std::vector<Level> _levels;
  std::vector<Point> _base;
  std::vector<std::vector<Point>> _strong;
  std::size_t _transversal_entries = 0;

 public:
  // Explicit transversals cost orbit length * degree entries per level; the
  // construction refuses (unable) beyond this many in total.
  static constexpr std::size_t max_transversal_entries = 25'000'000;
};

}  // namespace irrepkit
