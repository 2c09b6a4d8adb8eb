// Linear algebra of lib/: ModMatrix (FLINT nmod_mat) and CyclotomicMatrix
// (exact Gauss-Jordan) on known matrices, and the modular helpers
// (primes = 1 mod e, roots of unity mod p).
#include <doctest/doctest.h>

#include <random>

#include "lib/cyclotomic_matrix.hpp"
#include "lib/error.hpp"
#include "lib/modular_arithmetic.hpp"
#include "lib/nmod_matrix.hpp"

using irrepkit::Cyclotomic;
using irrepkit::CyclotomicMatrix;
using irrepkit::Error;
using irrepkit::ErrorKind;
using irrepkit::ModMatrix;
using irrepkit::Rational;

namespace {

Cyclotomic E(std::uint64_t n, long long k = 1) { return Cyclotomic::root_of_unity(n, k); }

ErrorKind kind_of(auto&& action) {
  try {
    action();
  } catch (const Error& error) {
    return error.kind();
  }
  FAIL("no irrepkit::Error thrown");
  return ErrorKind::check_failed;
}

// The character table of C_n as a matrix: entries E(n)^(i*j).
CyclotomicMatrix fourier_matrix(std::uint64_t n) {
  CyclotomicMatrix m(n, n);
  for (std::uint64_t i = 0; i < n; ++i)
    for (std::uint64_t j = 0; j < n; ++j) m(i, j) = E(n, static_cast<long long>(i * j));
  return m;
}

}  // namespace

TEST_CASE("linear-algebra/001: modular helpers") {
  CHECK(irrepkit::is_prime(101));
  CHECK(!irrepkit::is_prime(91));
  CHECK(irrepkit::power_mod(3, 100, 101) == 1);
  CHECK(irrepkit::inverse_mod(3, 101) * 3 % 101 == 1);
  CHECK(kind_of([] { return irrepkit::inverse_mod(5, 100); }) == ErrorKind::undefined);
  std::uint64_t p = irrepkit::prime_congruent_one(60, 1000);
  CHECK(p == 1021);  // 1021 = 17*60 + 1, and 1001 = 7*11*13, ... none earlier
  CHECK(irrepkit::prime_congruent_one(1, 10) == 11);
  std::uint64_t big = irrepkit::prime_congruent_one(2520, std::uint64_t{1} << 62);
  CHECK(big > (std::uint64_t{1} << 62));
  CHECK(big % 2520 == 1);
  CHECK(irrepkit::is_prime(big));
  for (std::uint64_t q : {p, big}) {
    std::uint64_t w = irrepkit::root_of_unity_mod(60, q);
    CHECK(irrepkit::power_mod(w, 60, q) == 1);
    for (std::uint64_t d : {2, 3, 5}) CHECK(irrepkit::power_mod(w, 60 / d, q) != 1);
  }
  CHECK(irrepkit::primitive_root(7) == 3);
  CHECK(kind_of([] { return irrepkit::root_of_unity_mod(7, 101); }) == ErrorKind::bad_input);
  CHECK(kind_of([] { return irrepkit::primitive_root(100); }) == ErrorKind::bad_input);
}

TEST_CASE("linear-algebra/002: ModMatrix rank, inverse, nullspace, solve") {
  const std::uint64_t p = 101;
  ModMatrix a = ModMatrix::from_rows({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, p);
  CHECK(a.rank() == 2);
  CHECK(a.determinant() == 0);
  CHECK(a.trace() == 15);
  CHECK(kind_of([&] { return a.inverse(); }) == ErrorKind::undefined);
  ModMatrix kernel = a.nullspace();
  CHECK(kernel.rows() == 3);
  CHECK(kernel.cols() == 1);
  CHECK((a * kernel) == ModMatrix(3, 1, p));
  ModMatrix b = ModMatrix::from_rows({{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}, p);
  CHECK(b.rank() == 3);
  CHECK(b.determinant() == 4);
  ModMatrix inverse = b.inverse();
  CHECK(b * inverse == ModMatrix::identity(3, p));
  CHECK(inverse * b == ModMatrix::identity(3, p));
  ModMatrix rhs = ModMatrix::from_rows({{1}, {0}, {1}}, p);
  CHECK(b * b.solve(rhs) == rhs);
  auto [reduced, pivots] = a.rref();
  CHECK(pivots == std::vector<long>{0, 1});
  CHECK(reduced(0, 0) == 1);
  CHECK(reduced(2, 2) == 0);
  CHECK(ModMatrix::identity(4, p).nullspace().cols() == 0);
  CHECK(ModMatrix(2, 3, p).nullspace().cols() == 3);
  // Trivial (1x1) and empty matrices.
  CHECK(ModMatrix::identity(1, p).inverse() == ModMatrix::identity(1, p));
  CHECK(ModMatrix(0, 0, p).rank() == 0);
  // Errors.
  CHECK(kind_of([&] { return a * ModMatrix(2, 2, p); }) == ErrorKind::bad_input);
  CHECK(kind_of([] { return ModMatrix::identity(2, 100).rank(); }) == ErrorKind::bad_input);
  CHECK(kind_of([] { return ModMatrix(2, 2, 1); }) == ErrorKind::bad_input);
}

TEST_CASE("linear-algebra/003: ModMatrix with a 63-bit prime on random matrices") {
  const std::uint64_t seed = std::random_device{}();
  MESSAGE("seed " << seed);
  std::mt19937_64 random(seed);
  const std::uint64_t p = irrepkit::prime_congruent_one(2520, std::uint64_t{1} << 62);
  for (long n : {1, 2, 5, 20}) {
    INFO("n = " << n << ", seed " << seed);
    ModMatrix m(n, n, p);
    for (long i = 0; i < n; ++i)
      for (long j = 0; j < n; ++j) m.set(i, j, random());
    // A random matrix mod a 63-bit prime is invertible with overwhelming probability.
    CHECK(m.rank() == n);
    CHECK(m * m.inverse() == ModMatrix::identity(n, p));
    // Make it singular: last row = first row + second row (n >= 2).
    if (n >= 2) {
      for (long j = 0; j < n; ++j) m.set(n - 1, j, (m(0, j) + (n > 2 ? m(1, j) : 0)) % p);
      if (n == 2) CHECK(m.rank() == 1);
      if (n > 2) {
        CHECK(m.rank() == n - 1);
        ModMatrix kernel = m.nullspace();
        CHECK(kernel.cols() == 1);
        CHECK((m * kernel) == ModMatrix(n, 1, p));
      }
    }
  }
}

TEST_CASE("linear-algebra/004: CyclotomicMatrix on Fourier matrices") {
  for (std::uint64_t n : {1, 2, 3, 4, 5, 6, 8, 12}) {
    INFO("n = " << n);
    CyclotomicMatrix f = fourier_matrix(n);
    CyclotomicMatrix f_star = f.conjugate_transpose();
    // F F* = n I.
    CHECK(f * f_star == CyclotomicMatrix::identity(n).scaled(Cyclotomic(static_cast<long>(n))));
    CHECK(f.rank() == n);
    CyclotomicMatrix inverse = f.inverse();
    CHECK(inverse == f_star.scaled(Cyclotomic(Rational(1, static_cast<long>(n)))));
    CHECK((f * inverse).is_identity());
    CHECK(f.nullspace().cols() == 0);
  }
  // trace of the Fourier matrix of C_5: sum E(5)^(i^2) = the Gauss sum.
  CHECK(fourier_matrix(5).trace() == 1 + 2 * (E(5) + E(5, 4)));
  CHECK(fourier_matrix(2).determinant() == Cyclotomic(-2));
}

TEST_CASE("linear-algebra/005: CyclotomicMatrix rank, nullspace, inverse on known matrices") {
  // Rank 1: rows proportional by E(3).
  CyclotomicMatrix a = CyclotomicMatrix::from_rows({{1, E(3), E(3, 2)}, {E(3), E(3, 2), 1}});
  CHECK(a.rank() == 1);
  CyclotomicMatrix kernel = a.nullspace();
  CHECK(kernel.rows() == 3);
  CHECK(kernel.cols() == 2);
  CHECK((a * kernel).is_zero());
  CHECK(kernel.rank() == 2);
  CHECK(kind_of([&] { return a.inverse(); }) == ErrorKind::bad_input);  // not square
  CHECK(kind_of([] { return CyclotomicMatrix::from_rows({{1, E(4)}, {-E(4), 1}}).inverse(); }) == ErrorKind::undefined);
  CHECK(kind_of([&] { return a.trace(); }) == ErrorKind::bad_input);
  // A 2x2 matrix over Q(i): [[1, i], [i, 1]] has determinant 2, inverse [[1,-i],[-i,1]]/2.
  CyclotomicMatrix b = CyclotomicMatrix::from_rows({{1, E(4)}, {E(4), 1}});
  CHECK(b.determinant() == Cyclotomic(2));
  CHECK(b.inverse() == CyclotomicMatrix::from_rows({{Cyclotomic(Rational(1, 2)), -E(4) / 2},
                                                    {-E(4) / 2, Cyclotomic(Rational(1, 2))}}));
  // [[1, i], [-i, 1]] is Hermitian and singular.
  CyclotomicMatrix c = CyclotomicMatrix::from_rows({{1, E(4)}, {-E(4), 1}});
  CHECK(c == c.conjugate_transpose());
  CHECK(c.rank() == 1);
  CHECK(c.determinant().is_zero());
  CHECK((c * c.nullspace()).is_zero());
  // Mixed fields: sqrt(5) = E(5)-E(5)^2-E(5)^3+E(5)^4 and sqrt(-2) = E(8)+E(8)^3.
  Cyclotomic sqrt5 = E(5) - E(5, 2) - E(5, 3) + E(5, 4);
  Cyclotomic sqrtm2 = E(8) + E(8, 3);
  CyclotomicMatrix d = CyclotomicMatrix::from_rows({{sqrt5, sqrtm2, 1}, {0, sqrt5, E(3)}, {1, 0, sqrtm2}});
  CyclotomicMatrix d_inverse = d.inverse();
  CHECK((d * d_inverse).is_identity());
  CHECK((d_inverse * d).is_identity());
  CHECK(d.determinant() * d_inverse.determinant() == Cyclotomic(1));
  CHECK(d.conductor() == 120);
  std::vector<std::size_t> pivots;
  CHECK(d.rref(&pivots).is_identity());
  CHECK(pivots.size() == 3);
  // Trivial cases.
  CHECK(CyclotomicMatrix::identity(1).inverse().is_identity());
  CHECK(CyclotomicMatrix(0, 0).rank() == 0);
  CHECK(CyclotomicMatrix(2, 3).nullspace().cols() == 3);
  CHECK(CyclotomicMatrix::from_rows({{1, E(3)}}).to_string() == "[ [ 1, E(3) ] ]");
  CHECK(kind_of([&] { return d * a; }) == ErrorKind::bad_input);
}
