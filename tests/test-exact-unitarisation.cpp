// Tests of the exact pieces behind exact unitary irreps: cyclotomic square
// roots (checked by squaring), the exact LDL^H factorisation and unitarisation,
// and the exact isotypic component of a multiplicity-one induced module.
#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "irreps/cyclotomic_square_root.hpp"
#include "irreps/exact_isotypic_irrep.hpp"
#include "irreps/exact_unitarisation.hpp"
#include "irreps/monomial_search.hpp"
#include "tests/irreps_test_groups.hpp"

using namespace irrepkit;
using irrepkit::testing::group_with_table;

TEST_CASE("exact_unitarisation/001: square roots of rationals square back, positive real") {
  for (const char* text : {"0", "1", "2", "3", "4", "5", "6", "7", "8", "11", "12", "1/2", "2/3", "8/27", "9/4",
                           "30", "105", "1/7", "13", "4/5"}) {
    INFO("q = ", text);
    Rational q = Rational::parse(text);
    Cyclotomic root = square_root_of_rational(q);
    CHECK(root * root == Cyclotomic(q));
    CHECK(root.is_real());
    CHECK(root.to_complex().real() >= 0);
    CHECK(std::abs(root.to_complex().real() - std::sqrt(q.to_double())) < 1e-12);
  }
  CHECK(square_root_of_rational(Rational(2)) == Cyclotomic::parse("E(8)-E(8)^3"));
  CHECK(square_root_of_rational(Rational(5)) == Cyclotomic::parse("E(5)-E(5)^2-E(5)^3+E(5)^4"));
  CHECK(square_root_of_rational(Rational(3)).conductor() == 12);
  // Negative rationals: E(4) * sqrt(-q).
  Cyclotomic root = square_root_of_rational(Rational(-3));
  CHECK(root * root == Cyclotomic(-3L));
  CHECK(std::abs(root.to_complex() - std::complex<double>(0, std::sqrt(3.0))) < 1e-12);
}

TEST_CASE("exact_unitarisation/002: seeded random rationals") {
  const unsigned seed = 20240611;
  MESSAGE("seed ", seed);
  std::mt19937 random(seed);
  // |a b| <= 4000: the root's field Q(zeta_m) stays within the 2^16 limit.
  std::uniform_int_distribution<long> numerator(1, 200), denominator(1, 20);
  for (int trial = 0; trial < 40; ++trial) {
    Rational q(numerator(random), denominator(random));
    INFO("q = ", q.to_string());
    Cyclotomic root = square_root_of_rational(q);
    CHECK(root * root == Cyclotomic(q));
    CHECK(std::abs(root.to_complex() - std::sqrt(q.to_double())) < 1e-9);
  }
}

TEST_CASE("exact_unitarisation/002b: roots beyond Q(zeta_65536) are refused, not computed") {
  // Regressions: M11 and PSL(2,11) pivots whose roots needed Q(zeta_m) with m in
  // the millions (hours of arithmetic, then an overflow of Cyclotomic).
  CHECK_THROWS(square_root_of_rational(Rational(494 * 59)));  // m = 4 * 2 * 13 * 19 * 59 = 116584
  CHECK_FALSE(cyclotomic_square_root(Cyclotomic(Rational(47L * 59 * 379 * 2, 7))));
  // The Mersenne prime 2^127 - 1: refused without factoring it.
  CHECK_FALSE(cyclotomic_square_root(Cyclotomic(Rational(Integer("170141183460469231731687303715884105727")))));
  // A large square factor is fine: 3 (2^61 - 1)^2 has root (2^61 - 1) sqrt 3.
  Integer big_square("15950735949418990461010626668081971203");  // 3 * (2^61 - 1)^2
  Cyclotomic root = square_root_of_rational(Rational(big_square));
  CHECK(root * root == Cyclotomic(Rational(big_square)));
  CHECK(root.conductor() == 12);
}

TEST_CASE("exact_unitarisation/003: square roots in real quadratic fields by denesting") {
  // ((1+sqrt5)/2)^2 = (3+sqrt5)/2
  Cyclotomic sqrt5 = square_root_of_rational(Rational(5));
  Cyclotomic golden = (Cyclotomic(1L) + sqrt5) / Cyclotomic(2L);
  std::optional<Cyclotomic> root = cyclotomic_square_root(golden * golden);
  REQUIRE(root);
  CHECK(*root == golden);
  // 2 + sqrt3 = ((sqrt6 + sqrt2)/2)^2
  Cyclotomic a = Cyclotomic(2L) + square_root_of_rational(Rational(3));
  root = cyclotomic_square_root(a);
  REQUIRE(root);
  CHECK(*root * *root == a);
  CHECK(std::abs(root->to_complex().real() - std::sqrt(2 + std::sqrt(3.0))) < 1e-12);
  // 1 + sqrt2 has norm -1: no cyclotomic root (not totally positive).
  CHECK_FALSE(cyclotomic_square_root(Cyclotomic(1L) + square_root_of_rational(Rational(2))));
  // A cubic element: not handled.
  CHECK_FALSE(cyclotomic_square_root(Cyclotomic::parse("2+E(7)+E(7)^6")));
  // Rationals go through square_root_of_rational.
  root = cyclotomic_square_root(Cyclotomic(Rational(7, 3)));
  REQUIRE(root);
  CHECK(*root * *root == Cyclotomic(Rational(7, 3)));
}

TEST_CASE("exact_unitarisation/004: LDL^H reproduces the Gram matrix; unitarisation of a non-unitary form") {
  // rho(s) = [[0,1],[1,0]] conjugated by X = [[1,1],[0,2]]: invariant form X^-H X^-1.
  CyclotomicMatrix x = CyclotomicMatrix::from_rows({{Cyclotomic(1L), Cyclotomic(1L)}, {Cyclotomic(0L), Cyclotomic(2L)}});
  CyclotomicMatrix swap = CyclotomicMatrix::from_rows({{Cyclotomic(0L), Cyclotomic(1L)}, {Cyclotomic(1L), Cyclotomic(0L)}});
  CyclotomicMatrix rho = x.inverse() * swap * x;
  CyclotomicMatrix gram = x.conjugate_transpose() * x;  // basis columns of X: rho-invariant form
  CHECK(rho.conjugate_transpose() * gram * rho == gram);
  HermitianLdl ldl = hermitian_ldl(gram);
  CyclotomicMatrix d(2, 2);
  d(0, 0) = ldl.pivots()[0];
  d(1, 1) = ldl.pivots()[1];
  CHECK(ldl.lower() * d * ldl.lower().conjugate_transpose() == gram);
  std::optional<ExactUnitarisation> u = exact_unitarisation(ldl);
  REQUIRE(u);
  CyclotomicMatrix unitary = u->change * rho * u->change_inverse;
  CHECK((unitary * unitary.conjugate_transpose()).is_identity());
  CHECK(unitary.trace() == rho.trace());
  CHECK((u->change * u->change_inverse).is_identity());
}

TEST_CASE("exact_unitarisation/005: A5's 3-dim irreps from an isotypic component, exact and unitarisable") {
  auto g = group_with_table({"(1,2,3,4,5)", "(3,4,5)"});
  MonomialSearch search(*g.table, 20000);
  std::vector<ElementIndex> generators;
  for (const Permutation& s : g.group->generators()) {
    generators.push_back(g.enumerated->index_of(s));
  }
  std::size_t three_dimensional = 0;
  for (std::size_t r = 0; r < g.table->size(); ++r) {
    const Character& chi = g.table->characters()[r];
    if (chi.degree != 3) {
      continue;
    }
    ++three_dimensional;
    std::vector<InducedModuleChoice> modules = search.multiplicity_one_modules(r, 100, 20);
    REQUIRE(!modules.empty());
    bool some_unitarisable = false;
    for (const InducedModuleChoice& choice : modules) {
      INFO("module: ", choice.description);
      MonomialRepresentation module = induced_representation(*g.enumerated, choice.lambda_exponents, choice.root_order);
      std::optional<ExactIsotypicIrrep> irrep = ExactIsotypicIrrep::build(module, *g.classes, chi, generators);
      REQUIRE(irrep);
      // Exact homomorphism on all pairs and the character on every element.
      for (std::size_t a = 0; a < g.enumerated->size(); ++a) {
        CyclotomicMatrix rho_a = irrep->matrix(static_cast<ElementIndex>(a));
        CHECK(rho_a.trace() == chi.values[g.classes->class_of(static_cast<ElementIndex>(a))]);
        for (ElementIndex s : generators) {
          CHECK(irrep->matrix(g.enumerated->multiply(static_cast<ElementIndex>(a), s)) == rho_a * irrep->matrix(s));
        }
      }
      if (irrep->unitarisable()) {
        std::optional<ExactUnitarisation> u = exact_unitarisation(irrep->ldl());
        REQUIRE(u);
        some_unitarisable = true;
        for (ElementIndex s : generators) {
          CyclotomicMatrix unitary = u->change * irrep->matrix(s) * u->change_inverse;
          CHECK((unitary * unitary.conjugate_transpose()).is_identity());
        }
      }
    }
    CHECK(some_unitarisable);
  }
  CHECK(three_dimensional == 2);
}
