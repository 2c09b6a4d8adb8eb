// The exact isotypic route to an irrep (see the header).
#include "irreps/exact_isotypic_route.hpp"

#include <memory>
#include <numeric>

#include <Eigen/Dense>

#include "irreps/exact_isotypic_irrep.hpp"
#include "irreps/exact_unitarisation.hpp"
#include "irreps/irrep_verification.hpp"
#include "irreps/monomial_representation.hpp"
#include "irreps/regular_representation_irrep.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

Eigen::MatrixXcd to_numeric(const CyclotomicMatrix& matrix) {
  Eigen::MatrixXcd result(static_cast<Eigen::Index>(matrix.rows()), static_cast<Eigen::Index>(matrix.cols()));
  for (std::size_t i = 0; i < matrix.rows(); ++i) {
    for (std::size_t j = 0; j < matrix.cols(); ++j) {
      result(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = matrix(i, j).to_complex();
    }
  }
  return result;
}

std::vector<Cyclotomic> row_major(const CyclotomicMatrix& matrix) {
  std::vector<Cyclotomic> entries;
  for (std::size_t i = 0; i < matrix.rows(); ++i) {
    for (std::size_t j = 0; j < matrix.cols(); ++j) {
      entries.push_back(matrix(i, j));
    }
  }
  return entries;
}

std::string degree_text(std::size_t d) { return "degree " + std::to_string(d); }

std::uint64_t euler_phi(std::uint64_t m) {
  std::uint64_t result = m;
  for (std::uint64_t p = 2; p * p <= m; ++p) {
    if (m % p != 0) continue;
    while (m % p == 0) m /= p;
    result -= result / p;
  }
  if (m > 1) result -= result / m;
  return result;
}

}  // namespace

std::optional<UnitaryIrrep> exact_isotypic_irrep(const CharacterTable& table, std::size_t character_index,
                                                 const UnitaryIrrepOptions& options, MonomialSearch& search,
                                                 const std::vector<ElementIndex>& generators,
                                                 std::string* reason) {
  const ConjugacyClasses& classes = table.classes();
  const EnumeratedGroup& group = classes.group();
  const Character& chi = table.characters().at(character_index);
  const std::size_t n = group.size();
  const std::size_t d = chi.degree;
  auto fail = [&](const std::string& why) -> std::optional<UnitaryIrrep> {
    if (reason != nullptr) {
      *reason = why;
    }
    return std::nullopt;
  };
  if (classes.exponent() > options.exact_exponent_limit) {
    return fail("exponent " + std::to_string(classes.exponent()) + " above the exact limit " +
                std::to_string(options.exact_exponent_limit));
  }
  const std::uint64_t conductor_limit =
      std::max<std::uint64_t>(840, options.exact_unitary_conductor_factor * classes.exponent());
  const std::size_t dimension_limit = std::min<std::uint64_t>(options.exact_module_dimension_limit,
                                                              options.exact_module_work_limit / std::max<std::size_t>(n, 1));
  std::vector<InducedModuleChoice> modules =
      search.multiplicity_one_modules(character_index, dimension_limit, options.exact_module_attempts);
  if (modules.empty()) {
    return fail("no induced module of dimension at most " + std::to_string(dimension_limit) +
                " contains the character once");
  }
  // The first exact result that unitarises exactly; else the first exact one.
  std::unique_ptr<MonomialRepresentation> fallback_module;  // the irreps point into these
  std::optional<ExactIsotypicIrrep> fallback;
  std::string fallback_description;
  std::string last_reason;
  std::unique_ptr<MonomialRepresentation> module;
  std::optional<ExactIsotypicIrrep> found;
  std::optional<ExactUnitarisation> unitarisation;
  std::string description;
  for (const InducedModuleChoice& choice : modules) {
    module = std::make_unique<MonomialRepresentation>(
        induced_representation(group, choice.lambda_exponents, choice.root_order));
    std::optional<ExactIsotypicIrrep> irrep = ExactIsotypicIrrep::build(*module, classes, chi, generators, &last_reason);
    if (!irrep) {
      continue;
    }
    description = "exact: isotypic component of the module induced from a linear character of a " +
                  choice.description + "; basis: " + irrep->basis_description();
    if (irrep->unitarisable()) {
      unitarisation = exact_unitarisation(irrep->ldl(), &last_reason, conductor_limit);
      if (unitarisation) {
        found = std::move(irrep);
        break;
      }
    }
    if (!fallback) {
      fallback_module = std::move(module);
      fallback.emplace(std::move(*irrep));
      fallback_description = description;
    }
  }
  if (!found && !fallback) {
    return fail("no exact isotypic component found (" + last_reason + ")");
  }
  const ExactIsotypicIrrep& irrep = found ? *found : *fallback;
  UnitaryIrrep result;
  result.character_index = character_index;
  result.dimension = d;
  result.indicator = chi.indicator;
  result.construction = found ? IrrepConstruction::exact_unitary : IrrepConstruction::exact;
  result.construction_detail = found ? description : fallback_description + " (unitarised numerically)";
  // The change of basis C (exact or numeric) with C rho_B C^{-1} unitary.
  Eigen::MatrixXcd change, change_inverse;
  if (found) {
    change = to_numeric(unitarisation->change);
    change_inverse = to_numeric(unitarisation->change_inverse);
  } else {
    Eigen::LLT<Eigen::MatrixXcd> cholesky(to_numeric(irrep.gram()));
    if (cholesky.info() != Eigen::Success) {
      throw_check_failed("exact isotypic irrep of " + degree_text(d) + ": the Gram matrix is not positive definite");
    }
    change = cholesky.matrixU();
    change_inverse = change.inverse();
  }
  std::vector<Eigen::MatrixXcd> numeric_generators;
  for (ElementIndex s : generators) {
    CyclotomicMatrix rho_b = irrep.matrix(s);
    if (found) {
      CyclotomicMatrix unitary = unitarisation->change * rho_b * unitarisation->change_inverse;
      if (!(unitary * unitary.conjugate_transpose()).is_identity()) {
        throw_check_failed("exact unitarisation of " + degree_text(d) + ": rho(s) rho(s)^H != I for generator element " +
                           std::to_string(s));
      }
      result.exact_generator_matrices.push_back(row_major(unitary));
      numeric_generators.push_back(to_numeric(unitary));
    } else {
      result.exact_generator_matrices.push_back(row_major(rho_b));
      numeric_generators.push_back(change * to_numeric(rho_b) * change_inverse);
    }
  }
  for (const Eigen::MatrixXcd& matrix : numeric_generators) {
    for (Eigen::Index r = 0; r < matrix.rows(); ++r) {
      for (Eigen::Index c = 0; c < matrix.cols(); ++c) {
        result.generator_matrices.push_back(matrix(r, c));
      }
    }
  }
  // Within the budget: the exact matrices of every element (in the unitary
  // basis for exact_unitary) and the exact homomorphism on every (element,
  // generator) pair; the numeric matrices are then the exact ones rounded.
  // Each cyclotomic multiply-add in Q(zeta_m) costs about phi(m) rational ones.
  std::uint64_t field_conductor = found ? unitarisation->change.conductor() : 1;
  for (ElementIndex s : generators) field_conductor = std::lcm(field_conductor, irrep.matrix(s).conductor());
  const double pairs_cost = static_cast<double>(n) * static_cast<double>(generators.size() + 2) *
                            static_cast<double>(d * d * d) * static_cast<double>(euler_phi(field_conductor));
  const bool store_all = n <= options.all_elements_limit;
  if (pairs_cost <= static_cast<double>(options.exact_verification_budget)) {
    std::vector<CyclotomicMatrix> of_element(n);
    for (std::size_t g = 0; g < n; ++g) {
      of_element[g] = irrep.matrix(static_cast<ElementIndex>(g));
      if (found) {
        of_element[g] = unitarisation->change * of_element[g] * unitarisation->change_inverse;
      }
    }
    for (std::size_t g = 0; g < n; ++g) {
      for (ElementIndex s : generators) {
        if (of_element[group.multiply(static_cast<ElementIndex>(g), s)] != of_element[g] * of_element[s]) {
          throw_check_failed("exact isotypic irrep of " + degree_text(d) + ": rho(g*s) != rho(g) rho(s) for element " +
                             std::to_string(g) + " and generator element " + std::to_string(s));
        }
      }
    }
    if (store_all) {
      result.matrices.resize(n * d * d);
      for (std::size_t g = 0; g < n; ++g) {
        Eigen::MatrixXcd matrix = to_numeric(of_element[g]);
        if (!found) {
          matrix = change * matrix * change_inverse;
        }
        for (std::size_t i = 0; i < d; ++i) {
          for (std::size_t j = 0; j < d; ++j) {
            result.matrices[g * d * d + i * d + j] = matrix(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
          }
        }
      }
    }
  } else if (store_all) {
    // Numeric C rho_B(g) C^{-1} from the exact rho_B(g).
    result.matrices.resize(n * d * d);
    for (std::size_t g = 0; g < n; ++g) {
      Eigen::MatrixXcd matrix = change * to_numeric(irrep.matrix(static_cast<ElementIndex>(g))) * change_inverse;
      for (std::size_t i = 0; i < d; ++i) {
        for (std::size_t j = 0; j < d; ++j) {
          result.matrices[g * d * d + i * d + j] = matrix(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
        }
      }
    }
  }
  if (store_all) {
    // The generator matrices are the stored element matrices, bit for bit.
    result.generator_matrices.clear();
    for (ElementIndex s : generators) {
      result.generator_matrices.insert(result.generator_matrices.end(),
                                       result.matrices.begin() + static_cast<std::ptrdiff_t>(s * d * d),
                                       result.matrices.begin() + static_cast<std::ptrdiff_t>((s + 1) * d * d));
    }
    std::vector<std::complex<double>> character(n);
    for (std::size_t g = 0; g < n; ++g) {
      character[g] = chi.values[classes.class_of(static_cast<ElementIndex>(g))].to_complex();
    }
    verify_numeric_representation(group, generators, result.matrices, d, character);
  }
  return result;
}

}  // namespace irrepkit
