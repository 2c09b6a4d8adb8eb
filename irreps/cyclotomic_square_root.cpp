// Exact cyclotomic square roots (see the header).
#include "irreps/cyclotomic_square_root.hpp"

#include <flint/fmpz.h>
#include <flint/fmpz_factor.h>
#include <flint/ulong_extras.h>

#include <cmath>
#include <numeric>
#include <cstdint>
#include <string>
#include <vector>

#include "lib/error.hpp"

namespace irrepkit {

namespace {

// sqrt(p) (p = 2 or an odd prime), positive real.
Cyclotomic square_root_of_prime(unsigned long p) {
  if (p == 2) {
    return Cyclotomic::root_of_unity(8, 1) - Cyclotomic::root_of_unity(8, 3);
  }
  std::vector<long long> coefficients(p, 0);
  for (unsigned long k = 1; k < p; ++k) {
    coefficients[k] = n_jacobi(static_cast<mp_limb_signed_t>(k), p);
  }
  Cyclotomic gauss_sum = Cyclotomic::from_coefficients(p, coefficients);
  if (p % 4 == 1) {
    return gauss_sum;
  }
  return -Cyclotomic::root_of_unity(4, 1) * gauss_sum;  // g = i sqrt(p)
}

// sqrt(m) for a positive integer m: (square part) * prod sqrt(p) over primes
// of odd multiplicity. Only primes below 2^15 are found by trial division (no
// general factorisation: pivots can have hundreds of digits); the cofactor
// left must be a square or a prime below 2^22 (Cyclotomic::max_conductor),
// else the root would live beyond the supported fields: throw unable.
// Largest conductor of a square root built here: arithmetic in Q(zeta_m) costs
// ~m per operation, and a unitarisation needing more is refused anyway.
constexpr std::uint64_t square_root_conductor_limit = std::uint64_t{1} << 16;

Cyclotomic square_root_of_integer(const Integer& m) {
  constexpr ulong trial_bound = 1UL << 15;
  Integer cofactor = m;
  Integer square_part(1);
  std::vector<ulong> odd_primes;
  n_primes_t iterator;
  n_primes_init(iterator);
  for (ulong prime = n_primes_next(iterator); prime < trial_bound && !fmpz_is_one(cofactor.raw());
       prime = n_primes_next(iterator)) {
    ulong multiplicity = 0;
    while (fmpz_divisible_si(cofactor.raw(), static_cast<slong>(prime))) {
      fmpz_divexact_ui(cofactor.raw(), cofactor.raw(), prime);
      ++multiplicity;
    }
    if (multiplicity == 0) continue;
    Integer power;
    fmpz_set_ui(power.raw(), prime);
    fmpz_pow_ui(power.raw(), power.raw(), multiplicity / 2);
    fmpz_mul(square_part.raw(), square_part.raw(), power.raw());
    if (multiplicity % 2 == 1) odd_primes.push_back(prime);
  }
  n_primes_clear(iterator);
  if (!fmpz_is_one(cofactor.raw())) {
    if (fmpz_is_square(cofactor.raw())) {
      Integer cofactor_root;
      fmpz_sqrt(cofactor_root.raw(), cofactor.raw());
      fmpz_mul(square_part.raw(), square_part.raw(), cofactor_root.raw());
    } else if (fmpz_cmp_ui(cofactor.raw(), square_root_conductor_limit) <= 0 && fmpz_is_prime(cofactor.raw()) == 1) {
      odd_primes.push_back(fmpz_get_ui(cofactor.raw()));
    } else {
      throw_unable("square_root_of_rational: a factor above 2^15 of odd multiplicity needs a field beyond Q(zeta_" +
                   std::to_string(square_root_conductor_limit) + ")");
    }
  }
  // The conductor of Q(sqrt(squarefree part)), checked before any arithmetic there.
  std::uint64_t squarefree = 1;
  for (ulong prime : odd_primes) {
    squarefree *= prime;
    if (squarefree > square_root_conductor_limit) break;
  }
  const std::uint64_t conductor = squarefree % 4 == 1 ? squarefree : 4 * squarefree;
  if (conductor > square_root_conductor_limit) {
    throw_unable("square_root_of_rational: the root needs a field beyond Q(zeta_" +
                 std::to_string(square_root_conductor_limit) + ")");
  }
  Cyclotomic root(1L);
  for (ulong prime : odd_primes) root *= square_root_of_prime(prime);
  return root * Cyclotomic(square_part);
}

}  // namespace

Cyclotomic square_root_of_rational(const Rational& q) {
  if (q.is_zero()) {
    return Cyclotomic();
  }
  // sqrt(a/b) = sqrt(|a| b) / b
  Integer product;
  fmpz_mul(product.raw(), q.numerator().raw(), q.denominator().raw());
  fmpz_abs(product.raw(), product.raw());
  Cyclotomic root = square_root_of_integer(product) / Cyclotomic(q.denominator());
  if (q.sign() < 0) {
    root *= Cyclotomic::root_of_unity(4, 1);
  }
  return root;
}

namespace {

std::optional<Cyclotomic> square_root_or_nullopt(const Cyclotomic& a) {
  if (a.is_rational()) {
    return square_root_of_rational(a.rational_value());
  }
  // Quadratic? a has exactly one Galois conjugate a' != a.
  const std::uint64_t m = a.conductor();
  std::optional<Cyclotomic> other;
  for (std::uint64_t k = 2; k < m; ++k) {
    if (std::gcd(k, m) != 1) {
      continue;
    }
    Cyclotomic image = a.galois(static_cast<long long>(k));
    if (image == a) {
      continue;
    }
    if (!other) {
      other = std::move(image);
    } else if (!(image == *other)) {
      return std::nullopt;  // degree above 2
    }
  }
  if (!other) {
    return std::nullopt;
  }
  // a = r + delta, a' = r - delta, delta^2 = t rational; x, y = (r +- sqrt(r^2 - t)) / 2.
  const Cyclotomic sum = a + *other;
  if (!sum.is_rational()) {
    return std::nullopt;
  }
  const Cyclotomic norm = a * *other;
  if (!norm.is_rational() || norm.rational_value().sign() < 0) {
    return std::nullopt;
  }
  const Cyclotomic norm_root = square_root_of_rational(norm.rational_value());
  if (!norm_root.is_rational()) {
    return std::nullopt;
  }
  const Rational r = sum.rational_value() / Rational(2);
  const Rational s = norm_root.rational_value();
  const Rational x = (r + s) / Rational(2);
  const Rational y = (r - s) / Rational(2);
  const Cyclotomic root_x = square_root_of_rational(x);
  const Cyclotomic root_y = square_root_of_rational(y);
  for (int sign : {1, -1}) {
    Cyclotomic candidate = root_x + Cyclotomic(static_cast<long>(sign)) * root_y;
    if (candidate * candidate == a) {
      std::complex<double> value = candidate.to_complex();
      if (a.is_real() && value.real() < 0) {
        candidate = -candidate;
      }
      return candidate;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Cyclotomic> cyclotomic_square_root(const Cyclotomic& a) {
  try {
    return square_root_or_nullopt(a);
  } catch (const Error& error) {
    // The root lives beyond Cyclotomic::max_conductor (a large squarefree part).
    if (error.kind() != ErrorKind::unable) throw;
    return std::nullopt;
  }
}

}  // namespace irrepkit
