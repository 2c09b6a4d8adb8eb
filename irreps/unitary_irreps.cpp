// compute_unitary_irreps: exact constructions first, the numeric route as the
// fallback; every result verified (see the header).
#include "irreps/unitary_irreps.hpp"

#include <Eigen/Dense>

#include <cmath>
#include <limits>
#include <optional>

#include "irreps/exact_isotypic_route.hpp"
#include "irreps/induced_module_irrep.hpp"
#include "irreps/irrep_verification.hpp"
#include "irreps/monomial_representation.hpp"
#include "irreps/monomial_search.hpp"
#include "irreps/regular_representation_irrep.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {

std::vector<ElementIndex> generator_indices(const EnumeratedGroup& group) {
  std::vector<ElementIndex> generators;
  for (const Permutation& generator : group.group().generators()) {
    generators.push_back(group.index_of(generator));
  }
  return generators;
}

std::vector<std::complex<double>> character_of_elements(const CharacterTable& table, std::size_t index) {
  const ConjugacyClasses& classes = table.classes();
  const Character& chi = table.characters()[index];
  std::vector<std::complex<double>> of_class(classes.size());
  for (std::size_t c = 0; c < classes.size(); ++c) {
    of_class[c] = chi.values[c].to_complex();
  }
  std::vector<std::complex<double>> of_element(classes.group().size());
  for (std::size_t g = 0; g < of_element.size(); ++g) {
    of_element[g] = of_class[classes.class_of(static_cast<ElementIndex>(g))];
  }
  return of_element;
}

UnitaryIrrep build_irrep(const CharacterTable& table, std::size_t index, const UnitaryIrrepOptions& options,
                         MonomialSearch* search) {
  const ConjugacyClasses& classes = table.classes();
  const EnumeratedGroup& group = classes.group();
  const Character& chi = table.characters().at(index);
  const std::vector<ElementIndex> generators = generator_indices(group);
  const std::size_t n = group.size();
  const std::size_t d = chi.degree;
  UnitaryIrrep irrep;
  irrep.character_index = index;
  irrep.dimension = d;
  irrep.indicator = chi.indicator;
  std::optional<MonomialConstruction> monomial;
  if (search != nullptr && options.exact) {
    monomial = search->find(index);
  }
  if (monomial) {
    MonomialRepresentation representation =
        induced_representation(group, monomial->lambda_exponents, monomial->root_order);
    verify_monomial_representation(representation, classes, generators, chi);
    irrep.construction = IrrepConstruction::exact_unitary;
    irrep.construction_detail = monomial->description;
    for (ElementIndex s : generators) {
      std::vector<std::complex<double>> matrix = numeric_matrix(representation, s);
      irrep.generator_matrices.insert(irrep.generator_matrices.end(), matrix.begin(), matrix.end());
      irrep.exact_generator_matrices.push_back(exact_matrix(representation, s));
    }
    if (n <= options.all_elements_limit) {
      irrep.matrices = numeric_matrices(representation);
    }
    return irrep;
  }
  std::string exact_reason;
  if (search != nullptr && options.exact && d > 1) {
    std::optional<UnitaryIrrep> exact = exact_isotypic_irrep(table, index, options, *search, generators, &exact_reason);
    if (exact) {
      return std::move(*exact);
    }
  }
  // Numeric: the cheaper of the regular representation and a small induced module.
  const auto n_double = static_cast<double>(n);
  const auto d_double = static_cast<double>(d);
  const double regular_cost = n <= options.numeric_order_limit
                                  ? n_double * d_double * d_double * d_double * d_double +
                                        std::pow(d_double, 6.0)
                                  : std::numeric_limits<double>::infinity();
  std::optional<InducedModuleChoice> module_choice;
  if (search != nullptr && options.induced_modules && d > 1) {
    module_choice = search->best_induced_module(index, regular_cost, options.module_dimension_limit);
  }
  irrep.construction = IrrepConstruction::numeric;
  std::vector<Eigen::MatrixXcd> on_generators;
  std::optional<InducedModule> module;
  Eigen::MatrixXcd module_basis;
  if (module_choice) {
    module.emplace(group, module_choice->lambda_exponents, module_choice->root_order);
    std::vector<std::complex<double>> character_of_class(classes.size());
    for (std::size_t c = 0; c < classes.size(); ++c) {
      character_of_class[c] = chi.values[c].to_complex();
    }
    module_basis = irreducible_in_induced_module(*module, classes, character_of_class, d,
                                                 module_choice->multiplicity, options.seed);
    for (ElementIndex s : generators) {
      on_generators.push_back(module_basis.adjoint() * module->apply(s, module_basis));
    }
    irrep.construction_detail = module_choice->description;
  } else {
    std::vector<std::complex<double>> character = character_of_elements(table, index);
    on_generators = regular_representation_irrep(group, generators, character, d, options.seed,
                                                 options.numeric_order_limit);
    irrep.construction_detail = "numeric: irreducible subspace of the regular representation";
  }
  if (!exact_reason.empty()) {
    irrep.construction_detail += " (exact route: " + exact_reason + ")";
  }
  for (const Eigen::MatrixXcd& matrix : on_generators) {
    for (Eigen::Index r = 0; r < matrix.rows(); ++r) {
      for (Eigen::Index c = 0; c < matrix.cols(); ++c) {
        irrep.generator_matrices.push_back(matrix(r, c));
      }
    }
  }
  if (n <= std::max(options.all_elements_limit, options.numeric_order_limit)) {
    std::vector<std::complex<double>> all = matrices_of_all_elements(group, generators, on_generators, d);
    verify_numeric_representation(group, generators, all, d, character_of_elements(table, index));
    if (n <= options.all_elements_limit) {
      irrep.matrices = std::move(all);
    }
  } else {
    // Too large to list: check class representatives and generators through the module.
    auto rho = [&](ElementIndex g) { return Eigen::MatrixXcd(module_basis.adjoint() * module->apply(g, module_basis)); };
    const Eigen::MatrixXcd identity = Eigen::MatrixXcd::Identity(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(d));
    for (std::size_t c = 0; c < classes.size(); ++c) {
      ElementIndex representative = classes.classes()[c].representative;
      Eigen::MatrixXcd rho_c = rho(representative);
      double trace_error = std::abs(rho_c.trace() - chi.values[c].to_complex());
      double unitarity = (rho_c * rho_c.adjoint() - identity).cwiseAbs().maxCoeff();
      double homomorphism = 0;
      for (std::size_t i = 0; i < generators.size(); ++i) {
        homomorphism = std::max(homomorphism, (rho(group.multiply(representative, generators[i])) -
                                               rho_c * on_generators[i]).cwiseAbs().maxCoeff());
      }
      if (!(trace_error < 1e-9) || !(unitarity < 1e-9) || !(homomorphism < 1e-9)) {
        throw_check_failed("representation check (dimension " + std::to_string(d) + ") fails on class " +
                           classes.classes()[c].name + ": trace error " + std::to_string(trace_error) +
                           ", unitarity error " + std::to_string(unitarity) + ", homomorphism error " +
                           std::to_string(homomorphism));
      }
    }
  }
  return irrep;
}

}  // namespace

UnitaryIrrep compute_unitary_irrep(const CharacterTable& table, std::size_t character_index,
                                   const UnitaryIrrepOptions& options) {
  if (character_index >= table.size()) {
    throw_bad_input("compute_unitary_irrep: character index " + std::to_string(character_index) +
                    " out of range (the table has " + std::to_string(table.size()) + " characters)");
  }
  if (!options.exact && !options.induced_modules) {
    return build_irrep(table, character_index, options, nullptr);
  }
  MonomialSearch search(table, options.monomial_subgroup_limit);
  return build_irrep(table, character_index, options, &search);
}

std::vector<UnitaryIrrep> compute_unitary_irreps(const CharacterTable& table, const UnitaryIrrepOptions& options) {
  std::vector<UnitaryIrrep> irreps;
  std::optional<MonomialSearch> search;
  if (options.exact || options.induced_modules) {
    search.emplace(table, options.monomial_subgroup_limit);
  }
  for (std::size_t i = 0; i < table.size(); ++i) {
    irreps.push_back(build_irrep(table, i, options, search ? &*search : nullptr));
  }
  return irreps;
}

ConstructionShare construction_share(const std::vector<UnitaryIrrep>& irreps) {
  ConstructionShare share;
  for (const UnitaryIrrep& irrep : irreps) {
    switch (irrep.construction) {
      case IrrepConstruction::exact_unitary: ++share.exact_unitary; break;
      case IrrepConstruction::exact: ++share.exact; break;
      case IrrepConstruction::numeric: ++share.numeric; break;
    }
  }
  return share;
}

const char* construction_name(IrrepConstruction construction) {
  switch (construction) {
    case IrrepConstruction::exact_unitary: return "exact_unitary";
    case IrrepConstruction::exact: return "exact";
    case IrrepConstruction::numeric: return "numeric";
  }
  return "unknown";
}

}  // namespace irrepkit
