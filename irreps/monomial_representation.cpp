// Monomial (induced) representations, exact; see the header for conventions.
#include "irreps/monomial_representation.hpp"

#include <cmath>
#include <numbers>

#include "lib/error.hpp"

namespace irrepkit {

MonomialRepresentation induced_representation(const EnumeratedGroup& group,
                                              const std::vector<long long>& lambda_exponents,
                                              std::uint64_t root_order) {
  const std::size_t n = group.size();
  std::vector<ElementIndex> subgroup;
  for (std::size_t x = 0; x < n; ++x) {
    if (lambda_exponents[x] >= 0) {
      subgroup.push_back(static_cast<ElementIndex>(x));
    }
  }
  if (subgroup.empty() || n % subgroup.size() != 0 || lambda_exponents[0] != 0) {
    throw_check_failed("induced_representation: the subgroup has " + std::to_string(subgroup.size()) +
                       " elements in a group of order " + std::to_string(n));
  }
  const std::size_t d = n / subgroup.size();
  // coset_of[y] = j and part_of[y] = lambda-exponent of h where y = t_j * h.
  std::vector<std::uint32_t> coset_of(n, UINT32_MAX), part_of(n, 0);
  std::vector<ElementIndex> transversal;
  for (std::size_t x = 0; x < n; ++x) {
    if (coset_of[x] != UINT32_MAX) {
      continue;
    }
    auto j = static_cast<std::uint32_t>(transversal.size());
    transversal.push_back(static_cast<ElementIndex>(x));
    for (ElementIndex h : subgroup) {
      ElementIndex y = group.multiply(static_cast<ElementIndex>(x), h);
      if (coset_of[y] != UINT32_MAX) {
        throw_check_failed("induced_representation: the element set is not a subgroup (cosets overlap)");
      }
      coset_of[y] = j;
      part_of[y] = static_cast<std::uint32_t>(lambda_exponents[h]);
    }
  }
  MonomialRepresentation result;
  result.dimension = d;
  result.root_order = root_order;
  result.rows.resize(n * d);
  result.exponents.resize(n * d);
  for (std::size_t g = 0; g < n; ++g) {
    for (std::size_t i = 0; i < d; ++i) {
      ElementIndex y = group.multiply(static_cast<ElementIndex>(g), transversal[i]);
      result.rows[g * d + i] = coset_of[y];
      result.exponents[g * d + i] = part_of[y];
    }
  }
  return result;
}

void verify_monomial_representation(const MonomialRepresentation& representation,
                                    const ConjugacyClasses& classes,
                                    const std::vector<ElementIndex>& generators,
                                    const Character& character) {
  const EnumeratedGroup& group = classes.group();
  const std::size_t n = group.size();
  const std::size_t d = representation.dimension;
  const std::uint64_t e = representation.root_order;
  if (d != character.degree || representation.rows.size() != n * d) {
    throw_check_failed("monomial representation: dimension " + std::to_string(d) +
                       " for a character of degree " + std::to_string(character.degree));
  }
  for (std::size_t g = 0; g < n; ++g) {
    for (ElementIndex s : generators) {
      std::size_t gs = group.multiply(static_cast<ElementIndex>(g), s);
      // (rho(g) rho(s)) e_i = E^{k_s(i) + k_g(r_s(i))} e_{r_g(r_s(i))}
      for (std::size_t i = 0; i < d; ++i) {
        std::size_t via = representation.rows[s * d + i];
        std::uint32_t row = representation.rows[g * d + via];
        std::uint64_t exponent =
            (representation.exponents[s * d + i] + representation.exponents[g * d + via]) % e;
        if (representation.rows[gs * d + i] != row || representation.exponents[gs * d + i] != exponent) {
          throw_check_failed("monomial representation of degree " + std::to_string(d) +
                             ": rho(g*s) != rho(g) rho(s) for element " + std::to_string(g) +
                             " and generator element " + std::to_string(s));
        }
      }
    }
  }
  for (std::uint32_t c = 0; c < classes.size(); ++c) {
    ElementIndex g = classes.classes()[c].representative;
    Cyclotomic trace;
    for (std::size_t i = 0; i < d; ++i) {
      if (representation.rows[g * d + i] == i) {
        trace += Cyclotomic::root_of_unity(e, representation.exponents[g * d + i]);
      }
    }
    if (!(trace == character.values[c])) {
      throw_check_failed("monomial representation of degree " + std::to_string(d) + ": trace " +
                         trace.to_string() + " on class " + classes.classes()[c].name +
                         " differs from the character value " + character.values[c].to_string());
    }
  }
}

namespace {
std::complex<double> root_value(std::uint64_t order, std::uint32_t exponent) {
  if (exponent == 0) {
    return {1.0, 0.0};
  }
  if (2 * static_cast<std::uint64_t>(exponent) == order) {
    return {-1.0, 0.0};
  }
  if (4 * static_cast<std::uint64_t>(exponent) == order) {
    return {0.0, 1.0};
  }
  if (4 * static_cast<std::uint64_t>(exponent) == 3 * order) {
    return {0.0, -1.0};
  }
  return std::polar(1.0, 2.0 * std::numbers::pi * static_cast<double>(exponent) / static_cast<double>(order));
}
}  // namespace

std::vector<std::complex<double>> numeric_matrix(const MonomialRepresentation& representation,
                                                 ElementIndex g) {
  const std::size_t d = representation.dimension;
  std::vector<std::complex<double>> matrix(d * d);
  for (std::size_t i = 0; i < d; ++i) {
    std::size_t row = representation.rows[g * d + i];
    matrix[row * d + i] = root_value(representation.root_order, representation.exponents[g * d + i]);
  }
  return matrix;
}

std::vector<std::complex<double>> numeric_matrices(const MonomialRepresentation& representation) {
  const std::size_t d = representation.dimension;
  const std::size_t n = d == 0 ? 0 : representation.rows.size() / d;
  std::vector<std::complex<double>> matrices(n * d * d);
  for (std::size_t g = 0; g < n; ++g) {
    for (std::size_t i = 0; i < d; ++i) {
      std::size_t row = representation.rows[g * d + i];
      matrices[g * d * d + row * d + i] =
          root_value(representation.root_order, representation.exponents[g * d + i]);
    }
  }
  return matrices;
}

std::vector<Cyclotomic> exact_matrix(const MonomialRepresentation& representation, ElementIndex g) {
  const std::size_t d = representation.dimension;
  std::vector<Cyclotomic> matrix(d * d);
  for (std::size_t i = 0; i < d; ++i) {
    std::size_t row = representation.rows[g * d + i];
    matrix[row * d + i] = Cyclotomic::root_of_unity(representation.root_order, representation.exponents[g * d + i]);
  }
  return matrix;
}

}  // namespace irrepkit
