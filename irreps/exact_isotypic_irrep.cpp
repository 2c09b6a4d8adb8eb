// Exact isotypic component of a multiplicity-one monomial module (see the header).
#include "irreps/exact_isotypic_irrep.hpp"

#include "irreps/cyclotomic_square_root.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

// P as N columns of N entries, from column 0 and the monomial action.
std::vector<std::vector<Cyclotomic>> isotypic_projector(const MonomialRepresentation& module,
                                                        const ConjugacyClasses& classes, const Character& chi,
                                                        const std::vector<Cyclotomic>& roots) {
  const std::size_t N = module.dimension;
  const std::size_t n = module.rows.size() / N;
  const std::uint64_t e = module.root_order;
  std::vector<Cyclotomic> conjugate_chi;
  for (const Cyclotomic& value : chi.values) {
    conjugate_chi.push_back(value.conjugate());
  }
  // v_j = (d/|G|) sum_{g: rho(g) e_0 = E^k e_j} conj(chi(g)) E^k
  std::vector<std::vector<ElementIndex>> reaching(N);
  for (std::size_t g = 0; g < n; ++g) {
    reaching[module.rows[g * N]].push_back(static_cast<ElementIndex>(g));
  }
  const Cyclotomic factor(Rational(static_cast<long>(chi.degree), static_cast<long>(n)));
  std::vector<Cyclotomic> v(N);
  CyclotomicSum sum;
  for (std::size_t j = 0; j < N; ++j) {
    sum.clear();
    for (ElementIndex g : reaching[j]) {
      sum.add_product(conjugate_chi[classes.class_of(g)], roots[module.exponents[static_cast<std::size_t>(g) * N]]);
    }
    v[j] = sum.value() * factor;
  }
  std::vector<std::vector<Cyclotomic>> columns(N, std::vector<Cyclotomic>(N));
  for (std::size_t i = 0; i < N; ++i) {
    const std::size_t g = reaching[i].front();  // rho(g) e_0 = E^k e_i
    const std::uint64_t k = module.exponents[g * N];
    for (std::size_t l = 0; l < N; ++l) {
      if (!v[l].is_zero()) {
        columns[i][module.rows[g * N + l]] = v[l] * roots[(module.exponents[g * N + l] + e - k) % e];
      }
    }
  }
  return columns;
}

}  // namespace

std::optional<ExactIsotypicIrrep> ExactIsotypicIrrep::build(const MonomialRepresentation& module,
                                                            const ConjugacyClasses& classes, const Character& chi,
                                                            const std::vector<ElementIndex>& generators,
                                                            std::string* reason) {
  auto fail = [&](const std::string& why) -> std::optional<ExactIsotypicIrrep> {
    if (reason != nullptr) {
      *reason = why;
    }
    return std::nullopt;
  };
  const std::size_t N = module.dimension;
  const std::size_t d = chi.degree;
  const std::uint64_t e = module.root_order;
  ExactIsotypicIrrep result(module);
  for (std::uint64_t k = 0; k < e; ++k) {
    result._roots.push_back(Cyclotomic::root_of_unity(e, static_cast<long long>(k)));
  }
  const std::vector<Cyclotomic>& roots = result._roots;
  std::vector<std::vector<Cyclotomic>> P = isotypic_projector(module, classes, chi, roots);
  auto entry = [&](std::size_t row, std::size_t column) -> const Cyclotomic& { return P[column][row]; };

  // 1. A largest set of mutually orthogonal columns (first found).
  std::vector<std::size_t> chosen;
  for (std::size_t start = 0; start < std::min<std::size_t>(N, 64) && chosen.size() < d; ++start) {
    std::vector<std::size_t> clique{start};
    for (std::size_t j = 0; j < N && clique.size() < d; ++j) {
      bool orthogonal = j != start;
      for (std::size_t i : clique) {
        orthogonal = orthogonal && entry(i, j).is_zero();
      }
      if (orthogonal) {
        clique.push_back(j);
      }
    }
    if (clique.size() > chosen.size()) {
      chosen = std::move(clique);
    }
  }
  const std::size_t orthogonal_count = chosen.size();
  std::vector<Cyclotomic> gram_row, l_row;
  for (std::size_t i : chosen) {
    gram_row.assign(result._ldl.size(), Cyclotomic());  // zeros: orthogonal
    Cyclotomic pivot = result._ldl.next_pivot(gram_row, entry(i, i), l_row);
    result._ldl.accept(std::move(l_row), std::move(pivot));
  }
  // 2. Extend by pivot quality: rational ratio, then a cyclotomic root, then any.
  std::size_t rational_count = 0, root_count = 0, other_count = 0;
  std::vector<char> in_basis(N, 0);
  for (std::size_t i : chosen) {
    in_basis[i] = 1;
  }
  while (chosen.size() < d) {
    bool added = false;
    for (int quality = 0; quality < 3 && !added; ++quality) {
      for (std::size_t j = 0; j < N && !added; ++j) {
        if (in_basis[j] != 0) {
          continue;
        }
        gram_row.clear();
        for (std::size_t i : chosen) {
          gram_row.push_back(entry(j, i));
        }
        Cyclotomic pivot = result._ldl.next_pivot(gram_row, entry(j, j), l_row);
        if (pivot.is_zero()) {
          continue;
        }
        Cyclotomic ratio = pivot / result._ldl.pivots()[0];
        bool accept = quality == 2 || (quality == 0 ? ratio.is_rational() : cyclotomic_square_root(ratio).has_value());
        if (!accept) {
          continue;
        }
        (quality == 0 ? rational_count : quality == 1 ? root_count : other_count)++;
        if (quality == 2) {
          result._unitarisable = false;
        }
        result._ldl.accept(std::move(l_row), std::move(pivot));
        chosen.push_back(j);
        in_basis[j] = 1;
        added = true;
      }
    }
    if (!added) {
      return fail("the isotypic component has dimension " + std::to_string(chosen.size()) + ", not " +
                  std::to_string(d));
    }
  }
  result._basis_columns = chosen;
  result._basis_description = std::to_string(orthogonal_count) + " orthogonal columns of " + std::to_string(N);
  if (rational_count + root_count + other_count > 0) {
    result._basis_description += ", " + std::to_string(rational_count) + " with rational pivots, " +
                                 std::to_string(root_count) + " with quadratic ones, " +
                                 std::to_string(other_count) + " others";
  }
  // Gram matrix, coordinates = Gram^{-1} P[S, :].
  result._gram = CyclotomicMatrix(d, d);
  for (std::size_t a = 0; a < d; ++a) {
    for (std::size_t b = 0; b < d; ++b) {
      result._gram(a, b) = entry(chosen[a], chosen[b]);
    }
  }
  CyclotomicMatrix rows_of_P(d, N);
  for (std::size_t a = 0; a < d; ++a) {
    for (std::size_t j = 0; j < N; ++j) {
      rows_of_P(a, j) = entry(chosen[a], j);
    }
  }
  result._coordinates = result._gram.inverse() * rows_of_P;
  // Exact invariance: P e_j = B coordinates[:, j] for every j reached from B by a generator.
  std::vector<char> checked(N, 0);
  for (std::size_t i : chosen) {
    checked[i] = 1;  // trivially: coordinates[:, S_a] = unit vector
  }
  for (ElementIndex s : generators) {
    for (std::size_t i : chosen) {
      const std::size_t j = module.rows[static_cast<std::size_t>(s) * N + i];
      if (checked[j] != 0) {
        continue;
      }
      checked[j] = 1;
      CyclotomicSum sum;
      for (std::size_t row = 0; row < N; ++row) {
        sum.clear();
        for (std::size_t a = 0; a < d; ++a) {
          if (!result._coordinates(a, j).is_zero()) {
            sum.add_product(entry(row, chosen[a]), result._coordinates(a, j));
          }
        }
        if (!(sum.value() == entry(row, j))) {
          return fail("the span of the chosen columns is not invariant (component of dimension above " +
                      std::to_string(d) + ")");
        }
      }
    }
  }
  // Exact trace check on every class representative.
  for (std::size_t c = 0; c < classes.size(); ++c) {
    ElementIndex g = classes.classes()[c].representative;
    if (!(result.matrix(g).trace() == chi.values[c])) {
      throw_check_failed("exact isotypic irrep of degree " + std::to_string(d) + ": trace on class " +
                         classes.classes()[c].name + " is not " + chi.values[c].to_string());
    }
  }
  return result;
}

CyclotomicMatrix ExactIsotypicIrrep::matrix(ElementIndex g) const {
  const std::size_t d = dimension();
  const std::size_t N = _module->dimension;
  CyclotomicMatrix result(d, d);
  for (std::size_t i = 0; i < d; ++i) {
    const std::size_t at = static_cast<std::size_t>(g) * N + _basis_columns[i];
    const std::size_t j = _module->rows[at];
    const Cyclotomic& root = _roots[_module->exponents[at]];
    for (std::size_t a = 0; a < d; ++a) {
      if (!_coordinates(a, j).is_zero()) {
        result(a, i) = _coordinates(a, j) * root;
      }
    }
  }
  return result;
}

}  // namespace irrepkit
