// Tests of compute_unitary_irreps: homomorphism (all pairs), unitarity,
// characters, determinism, exactness of the exact constructions, the share of
// exact constructions on monomial groups, and numeric-vs-exact cross-checks.
#include <doctest/doctest.h>

#include <cmath>
#include <complex>
#include <map>

#include <Eigen/Dense>

#include "irreps/induced_module_irrep.hpp"
#include "lib/cyclotomic_matrix.hpp"
#include "irreps/real_form.hpp"
#include "irreps/unitary_irreps.hpp"
#include "tests/irreps_test_groups.hpp"

using namespace irrepkit;
using irrepkit::testing::group_with_table;
using irrepkit::testing::small_test_groups;

namespace {

using RowMajor = Eigen::Matrix<std::complex<double>, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Eigen::Map<const RowMajor> rho(const UnitaryIrrep& irrep, std::size_t g) {
  const auto d = static_cast<Eigen::Index>(irrep.dimension);
  return Eigen::Map<const RowMajor>(irrep.matrix(static_cast<ElementIndex>(g)), d, d);
}

// Independent re-check of every property on all pairs of elements.
void check_representations(const irrepkit::testing::GroupWithTable& g, const std::vector<UnitaryIrrep>& irreps) {
  const EnumeratedGroup& group = *g.enumerated;
  const ConjugacyClasses& classes = *g.classes;
  const CharacterTable& table = *g.table;
  const std::size_t n = group.size();
  REQUIRE(irreps.size() == table.size());
  for (std::size_t r = 0; r < irreps.size(); ++r) {
    const UnitaryIrrep& irrep = irreps[r];
    const Character& chi = table.characters()[r];
    CHECK(irrep.character_index == r);
    CHECK(irrep.dimension == chi.degree);
    CHECK(irrep.indicator == chi.indicator);
    REQUIRE(irrep.matrices.size() == n * irrep.dimension * irrep.dimension);
    const auto d = static_cast<Eigen::Index>(irrep.dimension);
    double worst_homomorphism = 0, worst_unitarity = 0, worst_trace = 0;
    for (std::size_t a = 0; a < n; ++a) {
      worst_unitarity = std::max(worst_unitarity,
                                 (rho(irrep, a) * rho(irrep, a).adjoint() - RowMajor::Identity(d, d)).cwiseAbs().maxCoeff());
      std::complex<double> expected = chi.values[classes.class_of(static_cast<ElementIndex>(a))].to_complex();
      worst_trace = std::max(worst_trace, std::abs(rho(irrep, a).trace() - expected));
      for (std::size_t b = 0; b < n; ++b) {
        std::size_t ab = group.multiply(static_cast<ElementIndex>(a), static_cast<ElementIndex>(b));
        worst_homomorphism = std::max(
            worst_homomorphism, (rho(irrep, ab) - rho(irrep, a) * rho(irrep, b)).cwiseAbs().maxCoeff());
      }
    }
    INFO("irrep ", r, " of dimension ", irrep.dimension, " (", construction_name(irrep.construction), ")");
    CHECK(worst_homomorphism < 1e-9);
    CHECK(worst_unitarity < 1e-9);
    CHECK(worst_trace < 1e-9);
    // Generator matrices agree with the all-element matrices.
    const auto& generators = g.group->generators();
    REQUIRE(irrep.generator_matrices.size() == generators.size() * irrep.dimension * irrep.dimension);
    for (std::size_t s = 0; s < generators.size(); ++s) {
      std::size_t index = group.index_of(generators[s]);
      for (std::size_t k = 0; k < irrep.dimension * irrep.dimension; ++k) {
        CHECK(irrep.generator_matrices[s * irrep.dimension * irrep.dimension + k] ==
              irrep.matrix(static_cast<ElementIndex>(index))[k]);
      }
    }
  }
}

}  // namespace

TEST_CASE("unitary_irreps/001: homomorphism, unitarity and characters on small groups (exact routes on)") {
  for (const auto& named : small_test_groups()) {
    INFO("group ", named.name);
    auto g = group_with_table(named.generators);
    std::vector<UnitaryIrrep> irreps = compute_unitary_irreps(*g.table);
    check_representations(g, irreps);
  }
}

TEST_CASE("unitary_irreps/002: the numeric route alone on small groups") {
  UnitaryIrrepOptions options;
  options.exact = false;
  for (const auto& named : small_test_groups()) {
    INFO("group ", named.name);
    auto g = group_with_table(named.generators);
    std::vector<UnitaryIrrep> irreps = compute_unitary_irreps(*g.table, options);
    check_representations(g, irreps);
    for (const UnitaryIrrep& irrep : irreps) {
      CHECK(irrep.construction == IrrepConstruction::numeric);
      CHECK(irrep.exact_generator_matrices.empty());
    }
  }
}

TEST_CASE("unitary_irreps/009: the regular-representation route alone on small groups") {
  UnitaryIrrepOptions options;
  options.exact = false;
  options.induced_modules = false;
  for (const auto& named : small_test_groups()) {
    INFO("group ", named.name);
    auto g = group_with_table(named.generators);
    std::vector<UnitaryIrrep> irreps = compute_unitary_irreps(*g.table, options);
    check_representations(g, irreps);
    for (const UnitaryIrrep& irrep : irreps) {
      CHECK(irrep.construction == IrrepConstruction::numeric);
      if (irrep.dimension > 1) {
        CHECK(irrep.construction_detail.find("regular representation") != std::string::npos);
      }
    }
  }
}

TEST_CASE("unitary_irreps/010: induced modules with multiplicity above one (S6, PSL(2,7))") {
  for (const std::vector<std::string>& generators :
       {std::vector<std::string>{"(1,2,3,4,5,6)", "(1,2)"}, std::vector<std::string>{"(3,4)(5,6)", "(1,2,3)(4,5,7)"}}) {
    auto g = group_with_table(generators);
    UnitaryIrrepOptions options;
    options.exact = false;
    auto irreps = compute_unitary_irreps(*g.table, options);
    std::size_t through_modules = 0;
    for (const UnitaryIrrep& irrep : irreps) {
      if (irrep.construction_detail.find("module induced") != std::string::npos) {
        ++through_modules;
      }
    }
    CHECK(through_modules > 0);
    // Characters, unitarity and the homomorphism on (element, generator) pairs.
    const std::size_t n = g.enumerated->size();
    for (const UnitaryIrrep& irrep : irreps) {
      const auto d = static_cast<Eigen::Index>(irrep.dimension);
      double worst = 0;
      for (std::size_t a = 0; a < n; ++a) {
        std::complex<double> chi =
            g.table->characters()[irrep.character_index].values[g.classes->class_of(static_cast<ElementIndex>(a))].to_complex();
        worst = std::max(worst, std::abs(rho(irrep, a).trace() - chi));
        worst = std::max(worst, (rho(irrep, a) * rho(irrep, a).adjoint() - RowMajor::Identity(d, d)).cwiseAbs().maxCoeff());
        for (const Permutation& s : g.group->generators()) {
          ElementIndex si = g.enumerated->index_of(s);
          worst = std::max(worst, (rho(irrep, g.enumerated->multiply(static_cast<ElementIndex>(a), si)) -
                                   rho(irrep, a) * rho(irrep, si)).cwiseAbs().maxCoeff());
        }
      }
      CHECK(worst < 1e-9);
    }
  }
}

TEST_CASE("unitary_irreps/003: the trivial group has one 1x1 identity representation") {
  auto g = group_with_table({});
  for (bool exact : {true, false}) {
    UnitaryIrrepOptions options;
    options.exact = exact;
    std::vector<UnitaryIrrep> irreps = compute_unitary_irreps(*g.table, options);
    REQUIRE(irreps.size() == 1);
    CHECK(irreps[0].dimension == 1);
    REQUIRE(irreps[0].matrices.size() == 1);
    CHECK(irreps[0].matrices[0] == std::complex<double>(1.0, 0.0));
  }
}

TEST_CASE("unitary_irreps/004: deterministic bit for bit across two runs") {
  for (bool exact : {true, false}) {
    UnitaryIrrepOptions options;
    options.exact = exact;
    for (const char* name : {"SL(2,3)", "A5", "S4"}) {
      INFO("group ", name, " exact ", exact);
      std::vector<std::string> generators;
      for (const auto& named : small_test_groups()) {
        if (named.name == name) {
          generators = named.generators;
        }
      }
      auto first = group_with_table(generators);
      auto second = group_with_table(generators);
      auto a = compute_unitary_irreps(*first.table, options);
      auto b = compute_unitary_irreps(*second.table, options);
      REQUIRE(a.size() == b.size());
      for (std::size_t r = 0; r < a.size(); ++r) {
        CHECK(a[r].matrices == b[r].matrices);
        CHECK(a[r].generator_matrices == b[r].generator_matrices);
      }
    }
  }
}

TEST_CASE("unitary_irreps/005: share of exact constructions on monomial and non-monomial groups") {
  // S3, Q8, A4, S4, F21 are monomial (M-groups): every irrep exact.
  // SL(2,3): its three 2-dim irreps are not induced (no subgroup of order 12),
  // A5: 3, 3, 4 are not induced; all come exact and unitary from isotypic
  // components of multiplicity-one induced modules.
  std::map<std::string, std::size_t> expected_numeric = {
      {"trivial", 0}, {"C12", 0}, {"S3", 0}, {"Q8", 0}, {"A4", 0}, {"S4", 0}, {"F21", 0}, {"SL(2,3)", 0}, {"A5", 0}};
  for (const auto& named : small_test_groups()) {
    if (expected_numeric.count(named.name) == 0) {
      continue;
    }
    INFO("group ", named.name);
    auto g = group_with_table(named.generators);
    auto irreps = compute_unitary_irreps(*g.table);
    ConstructionShare share = construction_share(irreps);
    CHECK(share.numeric == expected_numeric[named.name]);
    CHECK(share.exact_unitary == irreps.size());
    CHECK(share.exact_unitary + share.exact + share.numeric == irreps.size());
  }
}

TEST_CASE("unitary_irreps/006: exact constructions are exactly unitary monomial matrices") {
  auto g = group_with_table({"(1,2,3,4)", "(1,2)"});  // S4
  auto irreps = compute_unitary_irreps(*g.table);
  for (const UnitaryIrrep& irrep : irreps) {
    REQUIRE(irrep.construction == IrrepConstruction::exact_unitary);
    REQUIRE(irrep.exact_generator_matrices.size() == g.group->generators().size());
    const std::size_t d = irrep.dimension;
    for (std::size_t s = 0; s < irrep.exact_generator_matrices.size(); ++s) {
      const std::vector<Cyclotomic>& m = irrep.exact_generator_matrices[s];
      REQUIRE(m.size() == d * d);
      // M M^H = I exactly, and the rounded matrix is the stored numeric one.
      for (std::size_t i = 0; i < d; ++i) {
        for (std::size_t j = 0; j < d; ++j) {
          Cyclotomic sum;
          for (std::size_t k = 0; k < d; ++k) {
            sum += m[i * d + k] * m[j * d + k].conjugate();
          }
          CHECK(sum == Cyclotomic(i == j ? 1L : 0L));
          CHECK(std::abs(m[i * d + j].to_complex() - irrep.generator_matrices[s * d * d + i * d + j]) < 1e-15);
        }
      }
    }
  }
}

TEST_CASE("unitary_irreps/007: A5's 3-dim irreps have traces (1+-sqrt5)/2 on 5-cycles, numeric vs exact agree") {
  auto g = group_with_table({"(1,2,3,4,5)", "(3,4,5)"});
  auto exact_route = compute_unitary_irreps(*g.table);
  UnitaryIrrepOptions numeric_only;
  numeric_only.exact = false;
  auto numeric_route = compute_unitary_irreps(*g.table, numeric_only);
  const double golden = (1.0 + std::sqrt(5.0)) / 2.0;
  ElementIndex five_cycle = g.enumerated->index_of(Permutation::parse("(1,2,3,4,5)"));
  std::size_t three_dimensional = 0;
  for (std::size_t r = 0; r < exact_route.size(); ++r) {
    if (exact_route[r].dimension == 3) {
      ++three_dimensional;
      double trace = rho(exact_route[r], five_cycle).trace().real();
      CHECK((std::abs(trace - golden) < 1e-12 || std::abs(trace - (1.0 - golden)) < 1e-12));
    }
    // The two routes give equivalent representations: equal traces on every element.
    for (std::size_t x = 0; x < g.enumerated->size(); ++x) {
      CHECK(std::abs(rho(exact_route[r], x).trace() - rho(numeric_route[r], x).trace()) < 1e-9);
    }
  }
  CHECK(three_dimensional == 2);
}

TEST_CASE("unitary_irreps/008: real forms are real orthogonal homomorphisms with the right character") {
  using RealRowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  for (const auto& named : small_test_groups()) {
    for (bool exact : {true, false}) {
      INFO("group ", named.name, " exact ", exact);
      auto g = group_with_table(named.generators);
      UnitaryIrrepOptions options;
      options.exact = exact;
      auto irreps = compute_unitary_irreps(*g.table, options);
      const std::size_t n = g.enumerated->size();
      for (const UnitaryIrrep& irrep : irreps) {
        INFO("irrep ", irrep.character_index, " indicator ", irrep.indicator);
        RealForm real = real_form(irrep);
        CHECK(real.dimension == (irrep.indicator == 1 ? 1 : 2) * irrep.dimension);
        const auto D = static_cast<Eigen::Index>(real.dimension);
        auto sigma = [&](std::size_t x) {
          return Eigen::Map<const RealRowMajor>(real.matrix(static_cast<ElementIndex>(x)), D, D);
        };
        double worst = 0;
        for (std::size_t a = 0; a < n; ++a) {
          worst = std::max(worst, (sigma(a) * sigma(a).transpose() - RealRowMajor::Identity(D, D)).cwiseAbs().maxCoeff());
          double expected = (irrep.indicator == 1 ? 1.0 : 2.0) * rho(irrep, a).trace().real();
          worst = std::max(worst, std::abs(sigma(a).trace() - expected));
          for (std::size_t b = 0; b < n; ++b) {
            std::size_t ab = g.enumerated->multiply(static_cast<ElementIndex>(a), static_cast<ElementIndex>(b));
            worst = std::max(worst, (sigma(ab) - sigma(a) * sigma(b)).cwiseAbs().maxCoeff());
          }
        }
        CHECK(worst < 1e-9);
      }
    }
  }
}

TEST_CASE("unitary_irreps/011: irreducible subspaces of an induced module with multiplicities 1, 2, 3 (A5, H = C2)") {
  auto g = group_with_table({"(1,2,3,4,5)", "(3,4,5)"});
  const EnumeratedGroup& group = *g.enumerated;
  const std::size_t n = group.size();
  std::vector<long long> lambda(n, -1);
  lambda[0] = 0;
  lambda[group.index_of(Permutation::parse("(1,2)(3,4)"))] = 0;  // trivial character of C2
  InducedModule module(group, lambda, 2);
  CHECK(module.dimension() == 30);
  for (std::size_t r = 1; r < g.table->size(); ++r) {
    const Character& chi = g.table->characters()[r];
    std::vector<std::complex<double>> of_class;
    for (const Cyclotomic& value : chi.values) {
      of_class.push_back(value.to_complex());
    }
    // <chi|_C2, 1> = (chi(1) + chi(2a)) / 2
    const auto multiplicity = static_cast<std::size_t>(std::llround((of_class[0] + of_class[g.classes->class_of(
                                  group.index_of(Permutation::parse("(1,2)(3,4)")))]).real() / 2.0));
    INFO("character ", r, " of degree ", chi.degree, " multiplicity ", multiplicity);
    Eigen::MatrixXcd basis = irreducible_in_induced_module(module, *g.classes, of_class, chi.degree, multiplicity, 7);
    REQUIRE(basis.cols() == static_cast<Eigen::Index>(chi.degree));
    std::vector<Eigen::MatrixXcd> rho_of(n);
    for (std::size_t x = 0; x < n; ++x) {
      rho_of[x] = basis.adjoint() * module.apply(static_cast<ElementIndex>(x), basis);
    }
    double worst = 0;
    for (std::size_t a = 0; a < n; ++a) {
      worst = std::max(worst, std::abs(rho_of[a].trace() - of_class[g.classes->class_of(static_cast<ElementIndex>(a))]));
      for (std::size_t b = 0; b < n; ++b) {
        worst = std::max(worst, (rho_of[group.multiply(static_cast<ElementIndex>(a), static_cast<ElementIndex>(b))] -
                                 rho_of[a] * rho_of[b]).cwiseAbs().maxCoeff());
      }
    }
    CHECK(worst < 1e-9);
  }
}

namespace {

// Exact checks of an exact_unitary irrep from its exact generator matrices:
// M M^H = I, the matrices of all elements (breadth-first products) satisfy
// rho(g*s) = rho(g) rho(s) exactly, and trace rho(g) = chi(g) exactly.
void check_exact_unitary(const irrepkit::testing::GroupWithTable& g, const UnitaryIrrep& irrep) {
  const EnumeratedGroup& group = *g.enumerated;
  const Character& chi = g.table->characters()[irrep.character_index];
  const std::size_t d = irrep.dimension;
  REQUIRE(irrep.construction == IrrepConstruction::exact_unitary);
  std::vector<ElementIndex> generators;
  std::vector<CyclotomicMatrix> of_generator;
  for (std::size_t s = 0; s < g.group->generators().size(); ++s) {
    generators.push_back(group.index_of(g.group->generators()[s]));
    CyclotomicMatrix m(d, d);
    for (std::size_t k = 0; k < d * d; ++k) {
      m(k / d, k % d) = irrep.exact_generator_matrices[s][k];
      CHECK(std::abs(m(k / d, k % d).to_complex() - irrep.generator_matrices[s * d * d + k]) < 1e-12);
    }
    CHECK((m * m.conjugate_transpose()).is_identity());
    of_generator.push_back(std::move(m));
  }
  const std::size_t n = group.size();
  std::vector<CyclotomicMatrix> of_element(n);
  std::vector<char> known(n, 0);
  std::vector<ElementIndex> queue{0};
  of_element[0] = CyclotomicMatrix::identity(d);
  known[0] = 1;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    ElementIndex x = queue[head];
    for (std::size_t s = 0; s < generators.size(); ++s) {
      ElementIndex y = group.multiply(x, generators[s]);
      CyclotomicMatrix product = of_element[x] * of_generator[s];
      if (known[y] == 0) {
        known[y] = 1;
        of_element[y] = std::move(product);
        queue.push_back(y);
      } else {
        CHECK(of_element[y] == product);
      }
    }
  }
  REQUIRE(queue.size() == n);
  for (std::size_t x = 0; x < n; ++x) {
    CHECK(of_element[x].trace() == chi.values[g.classes->class_of(static_cast<ElementIndex>(x))]);
  }
}

}  // namespace

TEST_CASE("unitary_irreps/012: non-monomial irreps exact and exactly unitary (A5, SL(2,3), S5, GL(2,3), PSL(2,7))") {
  std::vector<std::pair<std::string, std::vector<std::string>>> groups = {
      {"A5", {"(1,2,3,4,5)", "(3,4,5)"}},
      {"SL(2,3)", {"(4,5,6)(7,9,8)", "(2,7,3,4)(5,8,9,6)"}},
      {"S5", {"(1,2,3,4,5)", "(1,2)"}},
      {"GL(2,3)", {"(3,6)(4,7)(5,8)", "(1,6,5)(2,3,7)"}},
      {"PSL(2,7)", {"(3,4)(5,6)", "(1,2,3)(4,5,7)"}},
  };
  for (const auto& [name, generators] : groups) {
    INFO("group ", name);
    auto g = group_with_table(generators);
    auto irreps = compute_unitary_irreps(*g.table);
    ConstructionShare share = construction_share(irreps);
    CHECK(share.exact_unitary == irreps.size());
    check_representations(g, irreps);
    for (const UnitaryIrrep& irrep : irreps) {
      INFO("irrep ", irrep.character_index, " of degree ", irrep.dimension, ": ", irrep.construction_detail);
      check_exact_unitary(g, irrep);
    }
  }
}

TEST_CASE("unitary_irreps/013: exact isotypic route agrees with the numeric route (traces on every element)") {
  auto g = group_with_table({"(4,5,6)(7,9,8)", "(2,7,3,4)(5,8,9,6)"});  // SL(2,3)
  auto exact_route = compute_unitary_irreps(*g.table);
  UnitaryIrrepOptions numeric_only;
  numeric_only.exact = false;
  auto numeric_route = compute_unitary_irreps(*g.table, numeric_only);
  std::size_t isotypic = 0;
  for (std::size_t r = 0; r < exact_route.size(); ++r) {
    if (exact_route[r].construction_detail.find("isotypic") != std::string::npos) {
      ++isotypic;
    }
    for (std::size_t x = 0; x < g.enumerated->size(); ++x) {
      CHECK(std::abs(rho(exact_route[r], x).trace() - rho(numeric_route[r], x).trace()) < 1e-9);
    }
  }
  CHECK(isotypic == 3);
}
