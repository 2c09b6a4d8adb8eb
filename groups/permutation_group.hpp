// A permutation group given by generators, with its stabiliser chain
// (base and strong generating set from Schreier-Sims).
//
// All generators are stored at the common degree `degree()`.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "groups/permutation.hpp"
#include "groups/stabiliser_chain.hpp"
#include "lib/integer.hpp"

namespace irrepkit {

class PermutationGroup {
 public:
  // The trivial group on `degree` points.
  explicit PermutationGroup(std::size_t degree = 1);
  // Generators may have different degrees: they are padded with fixed points.
  explicit PermutationGroup(std::vector<Permutation> generators, std::string name = "");

  const std::string& name() const noexcept { return _name; }  // as the user wrote it
  std::size_t degree() const noexcept { return _degree; }
  const std::vector<Permutation>& generators() const noexcept { return _generators; }

  Integer order() const;                       // exact, e.g. 50! for S_50
  bool contains(const Permutation& g) const;   // membership by sifting
  const std::vector<Point>& base() const;
  bool is_abelian() const;
  bool is_solvable() const;
  PermutationGroup derived_subgroup() const;
  PermutationGroup subgroup_generated_by(std::vector<Permutation> elements) const;

  // Further members.
  const StabiliserChain& chain() const noexcept { return *_chain; }
  std::uint64_t order_if_small() const noexcept { return _chain->order_if_small(); }  // 0 if > 2^64
  bool is_trivial() const noexcept { return _chain->length() == 0; }
  void set_name(std::string name) { _name = std::move(name); }
  // Normal closure of `elements` in this group (they must lie in it).
  PermutationGroup normal_closure(std::vector<Permutation> elements) const;
  // The derived series G = G_0 > G_1 > ... down to where it stabilises.
  std::vector<PermutationGroup> derived_series() const;
  // |G/G'|.
  Integer abelianisation_order() const;
  // Abelian invariants of G/G' as GAP's AbelianInvariants: prime powers in
  // increasing order ([] for a perfect group). Throws unable if |G/G'| > limit.
  std::vector<std::uint64_t> abelian_invariants(std::uint64_t limit = 1'000'000) const;

 private:
  std::string _name;
  std::size_t _degree = 1;
  std::vector<Permutation> _generators;
  std::shared_ptr<const StabiliserChain> _chain;
};

}  // namespace irrepkit
