// A permutation group given by generators, with its stabiliser chain
// (base and strong generating set from Schreier-Sims).
//
// All generators are stored at the common degree `degree()`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "groups/permutation.hpp"
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

  // (Further members: stabiliser chain access, sift, random elements...)
 private:
  std::string _name;
  std::size_t _degree = 1;
  std::vector<Permutation> _generators;
  // stabiliser chain held by the implementation
  struct Chain;
  std::shared_ptr<const Chain> _chain;
};

}  // namespace irrepkit
