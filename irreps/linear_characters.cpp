// Linear characters of a subgroup through its abelianisation (see the header).
#include "irreps/linear_characters.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "lib/error.hpp"

namespace irrepkit {

std::vector<std::vector<std::uint32_t>> linear_characters(const EnumeratedGroup& group,
                                                          SubgroupCandidates& candidates,
                                                          const SubgroupCandidate& subgroup,
                                                          std::uint64_t root_order) {
  const std::vector<ElementIndex>& elements = subgroup.elements;
  const std::vector<ElementIndex>& generators = subgroup.generators;
  std::unordered_map<ElementIndex, std::uint32_t> position;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    position.emplace(elements[i], static_cast<std::uint32_t>(i));
  }
  // Derived subgroup H' as the normal closure of the generators' commutators.
  std::vector<ElementIndex> commutators;
  for (ElementIndex a : generators) {
    for (ElementIndex b : generators) {
      ElementIndex c = group.multiply(group.multiply(group.inverse(a), group.inverse(b)), group.multiply(a, b));
      if (c != 0) {
        commutators.push_back(c);
      }
    }
  }
  std::vector<ElementIndex> derived =
      commutators.empty() ? std::vector<ElementIndex>{0} : candidates.normal_closure(commutators, generators);
  // Cosets of H' in H: coset_of[position], representative per coset.
  std::vector<std::uint32_t> coset_of(elements.size(), UINT32_MAX);
  std::vector<ElementIndex> representative;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    if (coset_of[i] != UINT32_MAX) {
      continue;
    }
    auto id = static_cast<std::uint32_t>(representative.size());
    representative.push_back(elements[i]);
    for (ElementIndex k : derived) {
      auto found = position.find(group.multiply(elements[i], k));
      if (found == position.end()) {
        throw_check_failed("linear_characters: the derived subgroup is not inside the subgroup");
      }
      coset_of[found->second] = id;
    }
  }
  const std::size_t quotient_order = representative.size();
  auto coset_product = [&](std::uint32_t a, std::uint32_t b) {
    return coset_of[position.at(group.multiply(representative[a], representative[b]))];
  };
  // Extend characters of A_i (values on `members`) to A_{i+1}.
  const std::uint32_t identity = coset_of[position.at(0)];
  std::vector<char> in_chain(quotient_order, 0);
  in_chain[identity] = 1;
  std::vector<std::uint32_t> members{identity};
  std::vector<std::vector<std::uint32_t>> values{std::vector<std::uint32_t>(quotient_order, 0)};
  for (ElementIndex s : generators) {
    std::uint32_t a = coset_of[position.at(s)];
    if (in_chain[a]) {
      continue;
    }
    std::vector<std::uint32_t> powers{identity, a};  // a^0, a^1, ...
    while (!in_chain[powers.back()]) {
      powers.push_back(coset_product(powers.back(), a));
    }
    const std::size_t t = powers.size() - 1;  // a^t in A_i
    if (root_order % t != 0) {
      throw_check_failed("linear_characters: root order " + std::to_string(root_order) +
                         " is not a multiple of an element order of the abelianisation");
    }
    std::vector<std::uint32_t> new_members;
    for (std::size_t j = 1; j < t; ++j) {
      for (std::uint32_t y : members) {
        new_members.push_back(coset_product(y, powers[j]));
      }
    }
    std::vector<std::vector<std::uint32_t>> extended;
    for (const std::vector<std::uint32_t>& chi : values) {
      std::uint64_t base = chi[powers[t]];
      if (base % t != 0) {
        throw_check_failed("linear_characters: inconsistent character values in the abelianisation");
      }
      for (std::size_t r = 0; r < t; ++r) {
        std::uint64_t x = (base / t + r * (root_order / t)) % root_order;  // t*x = base mod root_order
        std::vector<std::uint32_t> next = chi;
        std::size_t index = 0;
        for (std::size_t j = 1; j < t; ++j) {
          for (std::uint32_t y : members) {
            next[new_members[index++]] = static_cast<std::uint32_t>((chi[y] + j * x) % root_order);
          }
        }
        extended.push_back(std::move(next));
      }
    }
    values = std::move(extended);
    for (std::uint32_t m : new_members) {
      in_chain[m] = 1;
    }
    members.insert(members.end(), new_members.begin(), new_members.end());
  }
  if (members.size() != quotient_order || values.size() != quotient_order) {
    throw_check_failed("linear_characters: found " + std::to_string(values.size()) + " characters for an " +
                       "abelianisation of order " + std::to_string(quotient_order));
  }
  std::vector<std::vector<std::uint32_t>> result;
  for (const std::vector<std::uint32_t>& chi : values) {
    std::vector<std::uint32_t> on_elements(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
      on_elements[i] = chi[coset_of[i]];
    }
    result.push_back(std::move(on_elements));
  }
  return result;
}

}  // namespace irrepkit
