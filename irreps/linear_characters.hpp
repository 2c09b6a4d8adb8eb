// The linear characters of a subgroup H of an enumerated group G, through the
// abelianisation H/H'.
//
// Values are exponents k of E(root_order)^k (GAP's E(n)) where root_order is a
// multiple of the exponent of H (we use the exponent of G). Characters are built
// by extending along the chain 1 < <a_1> < <a_1,a_2> < ... in H/H': a character
// of A_i extends to A_{i+1} = A_i <a> in t ways, t = [A_{i+1} : A_i].
#pragma once

#include <cstdint>
#include <vector>

#include "groups/enumerated_group.hpp"
#include "irreps/subgroup_candidates.hpp"

namespace irrepkit {

// One vector per linear character of H, aligned with `subgroup.elements`, the
// trivial character first. `candidates` supplies closures in G.
std::vector<std::vector<std::uint32_t>> linear_characters(const EnumeratedGroup& group,
                                                          SubgroupCandidates& candidates,
                                                          const SubgroupCandidate& subgroup,
                                                          std::uint64_t root_order);

}  // namespace irrepkit
