// Cheap subgroup candidates for the monomial search (see the header).
#include "irreps/subgroup_candidates.hpp"

#include <algorithm>
#include <set>

namespace irrepkit {

namespace {
// p^a with p prime and a >= 1: returns p, else 0.
std::uint64_t prime_of_prime_power(std::uint64_t m) {
  if (m < 2) {
    return 0;
  }
  std::uint64_t p = 2;
  while (p * p <= m && m % p != 0) {
    ++p;
  }
  if (m % p != 0) {
    return m;  // m is prime
  }
  while (m % p == 0) {
    m /= p;
  }
  return m == 1 ? p : 0;
}
}  // namespace

SubgroupCandidates::SubgroupCandidates(const ConjugacyClasses& classes, std::size_t pair_budget)
    : _classes(classes), _group(classes.group()), _pair_budget(pair_budget), _mark(classes.group().size(), 0) {
  for (const Permutation& generator : _group.group().generators()) {
    _generators.push_back(_group.index_of(generator));
  }
}

std::vector<ElementIndex> SubgroupCandidates::closure(const std::vector<ElementIndex>& generators,
                                                      std::uint64_t limit) {
  std::vector<ElementIndex> elements{0};
  _mark[0] = 1;
  bool too_large = false;
  for (std::size_t head = 0; head < elements.size() && !too_large; ++head) {
    for (ElementIndex s : generators) {
      ElementIndex x = _group.multiply(elements[head], s);
      if (!_mark[x]) {
        _mark[x] = 1;
        elements.push_back(x);
        if (elements.size() > limit) {
          too_large = true;
          break;
        }
      }
    }
  }
  for (ElementIndex x : elements) {
    _mark[x] = 0;
  }
  if (too_large) {
    return {};
  }
  std::sort(elements.begin(), elements.end());
  return elements;
}

std::vector<ElementIndex> SubgroupCandidates::normal_closure(const std::vector<ElementIndex>& generators,
                                                             const std::vector<ElementIndex>& within_generators) {
  std::vector<ElementIndex> current_generators = generators;
  std::vector<ElementIndex> elements = closure(current_generators, _group.size());
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < current_generators.size() && !changed; ++i) {
      for (ElementIndex w : within_generators) {
        ElementIndex conjugate =
            _group.multiply(_group.multiply(_group.inverse(w), current_generators[i]), w);
        if (!std::binary_search(elements.begin(), elements.end(), conjugate)) {
          current_generators.push_back(conjugate);
          elements = closure(current_generators, _group.size());
          changed = true;
          break;
        }
      }
    }
  }
  return elements;
}

std::vector<ElementIndex> SubgroupCandidates::generating_set(const std::vector<ElementIndex>& elements) {
  std::vector<ElementIndex> generators;
  std::vector<ElementIndex> generated{0};
  for (ElementIndex x : elements) {
    if (generated.size() == elements.size()) {
      break;
    }
    if (!std::binary_search(generated.begin(), generated.end(), x)) {
      generators.push_back(x);
      generated = closure(generators, elements.size());
    }
  }
  return generators;
}

std::vector<ElementIndex> SubgroupCandidates::normaliser(const std::vector<ElementIndex>& generators,
                                                         const std::vector<ElementIndex>& elements) {
  std::vector<ElementIndex> result;
  for (std::size_t x = 0; x < _group.size(); ++x) {
    auto g = static_cast<ElementIndex>(x);
    ElementIndex g_inverse = _group.inverse(g);
    bool normalises = std::all_of(generators.begin(), generators.end(), [&](ElementIndex s) {
      return std::binary_search(elements.begin(), elements.end(),
                                _group.multiply(_group.multiply(g_inverse, s), g));
    });
    if (normalises) {
      result.push_back(g);
    }
  }
  return result;
}

std::vector<ElementIndex> SubgroupCandidates::sylow_subgroup(std::uint64_t prime, std::uint64_t prime_power) {
  std::vector<ElementIndex> generators;
  std::vector<ElementIndex> elements{0};
  while (elements.size() < prime_power) {
    bool grown = false;
    for (std::size_t x = 1; x < _group.size() && !grown; ++x) {
      auto g = static_cast<ElementIndex>(x);
      std::uint64_t order = _group.element_order(g);
      while (order % prime == 0) {
        order /= prime;
      }
      if (order != 1 || std::binary_search(elements.begin(), elements.end(), g)) {
        continue;
      }
      ElementIndex g_inverse = _group.inverse(g);
      bool normalises = std::all_of(generators.begin(), generators.end(), [&](ElementIndex s) {
        return std::binary_search(elements.begin(), elements.end(),
                                  _group.multiply(_group.multiply(g_inverse, s), g));
      });
      if (normalises) {
        generators.push_back(g);
        elements = closure(generators, prime_power);
        grown = true;
      }
    }
    if (!grown || elements.empty()) {
      return {};  // cannot happen for a true Sylow order; be safe
    }
  }
  return elements;
}

const std::vector<SubgroupCandidate>& SubgroupCandidates::subgroups_of_order(std::uint64_t order) {
  auto found = _cache.find(order);
  if (found != _cache.end()) {
    return found->second;
  }
  std::vector<SubgroupCandidate>& result = _cache[order];
  const std::uint64_t n = _group.size();
  if (order == 0 || n % order != 0) {
    return result;
  }
  std::set<std::vector<ElementIndex>> seen;
  auto offer = [&](std::vector<ElementIndex> elements, const std::string& description) {
    if (elements.size() != order || !seen.insert(elements).second) {
      return;
    }
    SubgroupCandidate candidate;
    candidate.generators = generating_set(elements);
    candidate.elements = std::move(elements);
    candidate.description = description;
    result.push_back(std::move(candidate));
  };
  const auto& classes = _classes.classes();
  for (const ConjugacyClass& c : classes) {
    if (c.element_order == order) {
      offer(closure({c.representative}, order), "cyclic subgroup generated by an element of class " + c.name);
    }
  }
  for (const ConjugacyClass& c : classes) {
    if (c.centralizer_order == order) {
      std::vector<ElementIndex> centraliser;
      for (std::size_t x = 0; x < n; ++x) {
        auto g = static_cast<ElementIndex>(x);
        if (_group.multiply(g, c.representative) == _group.multiply(c.representative, g)) {
          centraliser.push_back(g);
        }
      }
      offer(std::move(centraliser), "centraliser of an element of class " + c.name);
    }
  }
  {  // point stabilisers, one per orbit
    const std::size_t degree = _group.group().degree();
    std::vector<char> done(degree, 0);
    for (std::size_t p = 0; p < degree; ++p) {
      if (done[p]) {
        continue;
      }
      std::vector<Point> orbit{static_cast<Point>(p)};
      done[p] = 1;
      for (std::size_t head = 0; head < orbit.size(); ++head) {
        for (const Permutation& s : _group.group().generators()) {
          Point q = s[orbit[head]];
          if (!done[q]) {
            done[q] = 1;
            orbit.push_back(q);
          }
        }
      }
      if (orbit.size() > 1 && n / orbit.size() == order) {
        std::vector<ElementIndex> stabiliser;
        for (std::size_t x = 0; x < n; ++x) {
          if (_group.element(static_cast<ElementIndex>(x))[static_cast<Point>(p)] == p) {
            stabiliser.push_back(static_cast<ElementIndex>(x));
          }
        }
        offer(std::move(stabiliser), "stabiliser of point " + std::to_string(p + 1));
      }
    }
  }
  {  // derived subgroup
    std::vector<ElementIndex> commutators;
    for (ElementIndex a : _generators) {
      for (ElementIndex b : _generators) {
        ElementIndex commutator = _group.multiply(_group.multiply(_group.inverse(a), _group.inverse(b)),
                                                  _group.multiply(a, b));
        if (commutator != 0) {
          commutators.push_back(commutator);
        }
      }
    }
    if (!commutators.empty()) {
      offer(normal_closure(commutators, _generators), "derived subgroup");
    } else if (order == 1) {
      offer({0}, "derived subgroup");
    }
  }
  for (std::uint64_t p = 2; p <= n; ++p) {  // Sylow subgroups and their normalisers
    if (n % p != 0 || prime_of_prime_power(p) != p) {
      continue;
    }
    std::uint64_t p_part = 1;
    for (std::uint64_t m = n; m % p == 0; m /= p) {
      p_part *= p;
    }
    if (p_part == order || (order % p_part == 0 && order != n)) {
      std::vector<ElementIndex> sylow = sylow_subgroup(p, p_part);
      if (sylow.empty()) {
        continue;
      }
      if (p_part == order) {
        offer(sylow, "Sylow " + std::to_string(p) + "-subgroup");
      } else {
        offer(normaliser(generating_set(sylow), sylow), "normaliser of a Sylow " + std::to_string(p) + "-subgroup");
      }
    }
  }
  for (const ConjugacyClass& c : classes) {  // normalisers of cyclic subgroups
    if (c.element_order > 1 && order % c.element_order == 0 && order != n) {
      std::vector<ElementIndex> cyclic = closure({c.representative}, n);
      offer(normaliser({c.representative}, cyclic),
            "normaliser of the cyclic subgroup generated by an element of class " + c.name);
    }
  }
  // Two-generator subgroups: (class representative x, conjugate of a class representative y).
  std::size_t budget = _pair_budget;
  for (std::size_t conjugator = 0; conjugator < n && budget > 0; ++conjugator) {
    auto z = static_cast<ElementIndex>(conjugator);
    ElementIndex z_inverse = _group.inverse(z);
    for (std::size_t i = 1; i < classes.size() && budget > 0; ++i) {
      if (order % classes[i].element_order != 0) {
        continue;
      }
      for (std::size_t j = i; j < classes.size() && budget > 0; ++j) {
        if (order % classes[j].element_order != 0) {
          continue;
        }
        ElementIndex y = _group.multiply(_group.multiply(z_inverse, classes[j].representative), z);
        --budget;
        std::vector<ElementIndex> elements = closure({classes[i].representative, y}, order);
        if (!elements.empty()) {
          offer(std::move(elements), "subgroup generated by elements of classes " + classes[i].name + " and " +
                                         classes[j].name);
        }
      }
    }
  }
  return result;
}

const std::vector<SubgroupCandidate>& SubgroupCandidates::cheap_subgroups() {
  if (_cheap_done) {
    return _cheap;
  }
  _cheap_done = true;
  const std::uint64_t n = _group.size();
  std::set<std::vector<ElementIndex>> seen;
  auto offer = [&](std::vector<ElementIndex> elements, const std::string& description) {
    if (elements.size() <= 1 || elements.size() >= n || !seen.insert(elements).second) {
      return;
    }
    SubgroupCandidate candidate;
    candidate.generators = generating_set(elements);
    candidate.elements = std::move(elements);
    candidate.description = description;
    _cheap.push_back(std::move(candidate));
  };
  const auto& classes = _classes.classes();
  {  // point stabilisers, one per orbit
    const std::size_t degree = _group.group().degree();
    std::vector<char> done(degree, 0);
    for (std::size_t p = 0; p < degree; ++p) {
      if (done[p]) {
        continue;
      }
      std::size_t orbit_size = 0;
      std::vector<Point> orbit{static_cast<Point>(p)};
      done[p] = 1;
      for (std::size_t head = 0; head < orbit.size(); ++head) {
        for (const Permutation& s : _group.group().generators()) {
          Point q = s[orbit[head]];
          if (!done[q]) {
            done[q] = 1;
            orbit.push_back(q);
          }
        }
      }
      orbit_size = orbit.size();
      if (orbit_size > 1) {
        std::vector<ElementIndex> stabiliser;
        for (std::size_t x = 0; x < n; ++x) {
          if (_group.element(static_cast<ElementIndex>(x))[static_cast<Point>(p)] == p) {
            stabiliser.push_back(static_cast<ElementIndex>(x));
          }
        }
        offer(std::move(stabiliser), "stabiliser of point " + std::to_string(p + 1));
      }
    }
  }
  for (std::uint64_t p = 2; p <= n; ++p) {  // Sylow subgroups and their normalisers
    if (n % p != 0 || prime_of_prime_power(p) != p) {
      continue;
    }
    std::uint64_t p_part = 1;
    for (std::uint64_t m = n; m % p == 0; m /= p) {
      p_part *= p;
    }
    std::vector<ElementIndex> sylow = sylow_subgroup(p, p_part);
    if (!sylow.empty()) {
      offer(normaliser(generating_set(sylow), sylow), "normaliser of a Sylow " + std::to_string(p) + "-subgroup");
      offer(sylow, "Sylow " + std::to_string(p) + "-subgroup");
    }
  }
  for (std::size_t c = 1; c < classes.size(); ++c) {
    ElementIndex x = classes[c].representative;
    std::vector<ElementIndex> centraliser;
    for (std::size_t y = 0; y < n; ++y) {
      auto g = static_cast<ElementIndex>(y);
      if (_group.multiply(g, x) == _group.multiply(x, g)) {
        centraliser.push_back(g);
      }
    }
    offer(std::move(centraliser), "centraliser of an element of class " + classes[c].name);
    std::vector<ElementIndex> cyclic = closure({x}, n);
    offer(normaliser({x}, cyclic), "normaliser of the cyclic subgroup generated by an element of class " +
                                       classes[c].name);
    offer(std::move(cyclic), "cyclic subgroup generated by an element of class " + classes[c].name);
  }
  {
    std::vector<ElementIndex> commutators;
    for (ElementIndex a : _generators) {
      for (ElementIndex b : _generators) {
        ElementIndex commutator = _group.multiply(_group.multiply(_group.inverse(a), _group.inverse(b)),
                                                  _group.multiply(a, b));
        if (commutator != 0) {
          commutators.push_back(commutator);
        }
      }
    }
    if (!commutators.empty()) {
      offer(normal_closure(commutators, _generators), "derived subgroup");
    }
  }
  std::stable_sort(_cheap.begin(), _cheap.end(), [](const SubgroupCandidate& a, const SubgroupCandidate& b) {
    return a.elements.size() > b.elements.size();
  });
  return _cheap;
}

}  // namespace irrepkit
