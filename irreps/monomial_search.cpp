// Exact monomial constructions (see the header).
#include "irreps/monomial_search.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

#include "irreps/linear_characters.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {
std::complex<double> root_value(std::uint64_t order, std::uint64_t exponent) {
  return std::polar(1.0, 2.0 * std::numbers::pi * static_cast<double>(exponent) / static_cast<double>(order));
}
}  // namespace

MonomialSearch::MonomialSearch(const CharacterTable& table, std::uint64_t subgroup_limit)
    : _table(table),
      _subgroup_limit(subgroup_limit),
      _root_order(table.classes().exponent()),
      _candidates(table.classes()) {}

std::vector<std::vector<std::vector<std::uint32_t>>>& MonomialSearch::linear_characters_of_order(
    std::uint64_t order) {
  auto found = _linear_cache.find(order);
  if (found != _linear_cache.end()) {
    return found->second;
  }
  auto& result = _linear_cache[order];
  for (const SubgroupCandidate& subgroup : _candidates.subgroups_of_order(order)) {
    result.push_back(linear_characters(_table.classes().group(), _candidates, subgroup, _root_order));
  }
  return result;
}

std::optional<MonomialConstruction> MonomialSearch::find(std::size_t character_index) {
  const ConjugacyClasses& classes = _table.classes();
  const EnumeratedGroup& group = classes.group();
  const Character& chi = _table.characters().at(character_index);
  const std::uint64_t n = group.size();
  MonomialConstruction construction;
  construction.root_order = _root_order;
  if (chi.degree == 1) {
    std::vector<long long> exponent_of_class(classes.size());
    for (std::size_t c = 0; c < classes.size(); ++c) {
      std::complex<double> value = chi.values[c].to_complex();
      double turns = std::arg(value) / (2.0 * std::numbers::pi);
      auto k = static_cast<long long>(std::llround(turns * static_cast<double>(_root_order)));
      k = ((k % static_cast<long long>(_root_order)) + static_cast<long long>(_root_order)) %
          static_cast<long long>(_root_order);
      if (std::abs(root_value(_root_order, static_cast<std::uint64_t>(k)) - value) > 1e-8) {
        throw_check_failed("linear character " + std::to_string(character_index) + " has value " +
                           chi.values[c].to_string() + ", not a root of unity of order dividing " +
                           std::to_string(_root_order));
      }
      exponent_of_class[c] = k;
    }
    construction.lambda_exponents.resize(n);
    for (std::size_t x = 0; x < n; ++x) {
      construction.lambda_exponents[x] = exponent_of_class[classes.class_of(static_cast<ElementIndex>(x))];
    }
    construction.description = "linear character";
    return construction;
  }
  if (chi.degree == 0 || n % chi.degree != 0) {
    return std::nullopt;
  }
  const std::uint64_t order = n / chi.degree;
  if (order > _subgroup_limit) {
    return std::nullopt;
  }
  std::vector<std::complex<double>> chi_of_class(classes.size());
  for (std::size_t c = 0; c < classes.size(); ++c) {
    chi_of_class[c] = chi.values[c].to_complex();
  }
  const auto& subgroups = _candidates.subgroups_of_order(order);
  auto& characters = linear_characters_of_order(order);
  for (std::size_t s = 0; s < subgroups.size(); ++s) {
    const SubgroupCandidate& subgroup = subgroups[s];
    for (const std::vector<std::uint32_t>& lambda : characters[s]) {
      std::complex<double> inner = 0;
      for (std::size_t i = 0; i < subgroup.elements.size(); ++i) {
        inner += chi_of_class[classes.class_of(subgroup.elements[i])] *
                 std::conj(root_value(_root_order, lambda[i]));
      }
      inner /= static_cast<double>(subgroup.elements.size());
      if (std::abs(inner - 1.0) < 1e-6) {
        construction.lambda_exponents.assign(n, -1);
        for (std::size_t i = 0; i < subgroup.elements.size(); ++i) {
          construction.lambda_exponents[subgroup.elements[i]] = lambda[i];
        }
        construction.description = "induced from a linear character of a subgroup of order " +
                                   std::to_string(order) + " (" + subgroup.description + ")";
        return construction;
      }
    }
  }
  return std::nullopt;
}

void MonomialSearch::compute_cheap_linear() {
  if (_cheap_linear_done) {
    return;
  }
  _cheap_linear_done = true;
  for (const SubgroupCandidate& subgroup : _candidates.cheap_subgroups()) {
    if (subgroup.elements.size() <= _subgroup_limit) {
      _cheap_linear.push_back(linear_characters(_table.classes().group(), _candidates, subgroup, _root_order));
    } else {
      _cheap_linear.emplace_back();
    }
  }
}

std::vector<InducedModuleChoice> MonomialSearch::multiplicity_one_modules(std::size_t character_index,
                                                                          std::size_t dimension_limit,
                                                                          std::size_t max_count) {
  const ConjugacyClasses& classes = _table.classes();
  const Character& chi = _table.characters().at(character_index);
  const std::size_t n = classes.group().size();
  const auto& subgroups = _candidates.cheap_subgroups();
  compute_cheap_linear();
  std::vector<std::complex<double>> chi_of_class(classes.size());
  for (std::size_t c = 0; c < classes.size(); ++c) {
    chi_of_class[c] = chi.values[c].to_complex();
  }
  struct Found {
    std::size_t index, subgroup, character;
  };
  std::vector<Found> found;
  for (std::size_t s = 0; s < subgroups.size(); ++s) {
    const SubgroupCandidate& subgroup = subgroups[s];
    const std::size_t index = n / subgroup.elements.size();
    if (index < chi.degree || index > dimension_limit) {
      continue;
    }
    for (std::size_t l = 0; l < _cheap_linear[s].size(); ++l) {
      const std::vector<std::uint32_t>& lambda = _cheap_linear[s][l];
      std::complex<double> inner = 0;
      for (std::size_t i = 0; i < subgroup.elements.size(); ++i) {
        inner += chi_of_class[classes.class_of(subgroup.elements[i])] *
                 std::conj(root_value(_root_order, lambda[i]));
      }
      inner /= static_cast<double>(subgroup.elements.size());
      if (std::abs(inner - 1.0) < 1e-6) {
        found.push_back({index, s, l});
      }
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.index < b.index; });
  std::vector<InducedModuleChoice> result;
  for (const Found& f : found) {
    if (result.size() >= max_count) {
      break;
    }
    const SubgroupCandidate& subgroup = subgroups[f.subgroup];
    InducedModuleChoice& choice = result.emplace_back();
    choice.multiplicity = 1;
    choice.module_dimension = f.index;
    choice.root_order = _root_order;
    choice.lambda_exponents.assign(n, -1);
    for (std::size_t i = 0; i < subgroup.elements.size(); ++i) {
      choice.lambda_exponents[subgroup.elements[i]] = _cheap_linear[f.subgroup][f.character][i];
    }
    choice.description = "subgroup of order " + std::to_string(subgroup.elements.size()) + " (" +
                         subgroup.description + "), linear character " + std::to_string(f.character);
  }
  return result;
}

std::optional<InducedModuleChoice> MonomialSearch::best_induced_module(std::size_t character_index,
                                                                       double cost_to_beat,
                                                                       std::size_t dimension_limit) {
  const ConjugacyClasses& classes = _table.classes();
  const Character& chi = _table.characters().at(character_index);
  const auto n = static_cast<double>(classes.group().size());
  const auto& subgroups = _candidates.cheap_subgroups();
  compute_cheap_linear();
  std::vector<std::complex<double>> chi_of_class(classes.size());
  for (std::size_t c = 0; c < classes.size(); ++c) {
    chi_of_class[c] = chi.values[c].to_complex();
  }
  const auto d = static_cast<double>(chi.degree);
  std::optional<InducedModuleChoice> best;
  double best_cost = cost_to_beat;
  std::size_t best_subgroup = 0, best_character = 0;
  for (std::size_t s = 0; s < subgroups.size(); ++s) {
    const SubgroupCandidate& subgroup = subgroups[s];
    const std::size_t index = classes.group().size() / subgroup.elements.size();
    if (index < chi.degree || index > dimension_limit) {
      continue;
    }
    const auto big = static_cast<double>(index);
    if (n * big + big * big * big >= best_cost) {
      continue;  // even multiplicity one would not be cheaper
    }
    for (std::size_t l = 0; l < _cheap_linear[s].size(); ++l) {
      const std::vector<std::uint32_t>& lambda = _cheap_linear[s][l];
      std::complex<double> inner = 0;
      for (std::size_t i = 0; i < subgroup.elements.size(); ++i) {
        inner += chi_of_class[classes.class_of(subgroup.elements[i])] *
                 std::conj(root_value(_root_order, lambda[i]));
      }
      inner /= static_cast<double>(subgroup.elements.size());
      const double multiplicity = std::round(inner.real());
      if (multiplicity < 1 || std::abs(inner - multiplicity) > 1e-6) {
        continue;
      }
      const double md = multiplicity * d;
      double cost = n * big + big * big * big;
      if (multiplicity > 1) {
        cost += (multiplicity / d + 2) * n * (big + big * md + md * md);
      }
      if (cost < best_cost) {
        best_cost = cost;
        best.emplace();
        best->multiplicity = static_cast<std::size_t>(multiplicity);
        best->module_dimension = index;
        best->cost = cost;
        best->description = "numeric: irreducible subspace of the module induced from a linear character of a "
                            "subgroup of order " + std::to_string(subgroup.elements.size()) + " (" +
                            subgroup.description + "), multiplicity " + std::to_string(best->multiplicity);
        best_subgroup = s;
        best_character = l;
      }
    }
  }
  if (best) {
    const SubgroupCandidate& subgroup = subgroups[best_subgroup];
    best->root_order = _root_order;
    best->lambda_exponents.assign(classes.group().size(), -1);
    for (std::size_t i = 0; i < subgroup.elements.size(); ++i) {
      best->lambda_exponents[subgroup.elements[i]] = _cheap_linear[best_subgroup][best_character][i];
    }
  }
  return best;
}

}  // namespace irrepkit
