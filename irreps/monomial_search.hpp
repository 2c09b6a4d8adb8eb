// Exact constructions of irreps as monomial representations: linear characters
// of G directly, and chi = Ind_H^G lambda for a subgroup H of index chi(1) and a
// linear character lambda of H with <chi|_H, lambda>_H = 1 (then by Frobenius
// reciprocity Ind lambda contains chi once and has its degree, so equals chi).
// Subgroups come from SubgroupCandidates, cached per order across characters.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "irreps/character_table.hpp"
#include "irreps/subgroup_candidates.hpp"

namespace irrepkit {

struct MonomialConstruction {
  std::vector<long long> lambda_exponents;  // per element of G; -1 outside H
  std::uint64_t root_order = 1;             // lambda(x) = E(root_order)^k
  std::string description;
};

// A small induced module containing chi, for the numeric route.
struct InducedModuleChoice {
  std::vector<long long> lambda_exponents;  // per element of G; -1 outside H
  std::uint64_t root_order = 1;
  std::size_t multiplicity = 0;             // <chi|_H, lambda>
  std::size_t module_dimension = 0;         // [G:H]
  double cost = 0;                          // estimated operations
  std::string description;
};

class MonomialSearch {
 public:
  // Subgroups larger than subgroup_limit are not examined.
  MonomialSearch(const CharacterTable& table, std::uint64_t subgroup_limit);

  // Characters of degree 1 always succeed; others may return nullopt.
  std::optional<MonomialConstruction> find(std::size_t character_index);

  // The cheapest (by estimated operations) induced module Ind_H^G lambda over
  // the cheap subgroups H (SubgroupCandidates::cheap_subgroups) and their linear
  // characters with <chi|_H, lambda> >= 1, if it costs less than cost_to_beat
  // and its dimension is at most dimension_limit.
  std::optional<InducedModuleChoice> best_induced_module(std::size_t character_index, double cost_to_beat,
                                                         std::size_t dimension_limit);

  // Induced modules Ind_H^G lambda over the cheap subgroups H in which chi occurs
  // exactly once (<chi|_H, lambda> = 1), dimension [G:H] at most dimension_limit,
  // smallest dimension first (ties: subgroup, then character order); at most
  // max_count of them. For the exact isotypic construction.
  std::vector<InducedModuleChoice> multiplicity_one_modules(std::size_t character_index,
                                                            std::size_t dimension_limit, std::size_t max_count);

 private:
  const CharacterTable& _table;
  std::uint64_t _subgroup_limit;
  std::uint64_t _root_order;
  SubgroupCandidates _candidates;
  // Linear characters per candidate (same order as subgroups_of_order), lazily.
  std::vector<std::vector<std::vector<std::uint32_t>>>& linear_characters_of_order(std::uint64_t order);
  std::map<std::uint64_t, std::vector<std::vector<std::vector<std::uint32_t>>>> _linear_cache;
  std::vector<std::vector<std::vector<std::uint32_t>>> _cheap_linear;  // aligned with cheap_subgroups()
  bool _cheap_linear_done = false;
  void compute_cheap_linear();
};

}  // namespace irrepkit
