// Exact cyclotomic square roots (see the header).
#include "irreps/cyclotomic_square_root.hpp"

#include <flint/fmpz.h>
#include <flint/fmpz_factor.h>
#include <flint/ulong_extras.h>

#include <cmath>
#include <numeric>
#include <string>

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

// sqrt(m) for a positive integer m: (square part) * prod sqrt(p) over primes of odd multiplicity.
Cyclotomic square_root_of_integer(const Integer& m) {
  fmpz_factor_t factors;
  fmpz_factor_init(factors);
  fmpz_factor(factors, m.raw());
  Integer square_part(1);
  Cyclotomic root(1L);
  for (slong i = 0; i < factors->num; ++i) {
    const fmpz* prime = factors->p + i;
    const ulong multiplicity = factors->exp[i];
    if (!fmpz_abs_fits_ui(prime) || fmpz_cmp_ui(prime, 1UL << 31) > 0) {
      fmpz_factor_clear(factors);
      throw_unable("square_root_of_rational: prime factor above 2^31");
    }
    Integer power;
    fmpz_pow_ui(power.raw(), prime, multiplicity / 2);
    fmpz_mul(square_part.raw(), square_part.raw(), power.raw());
    if (multiplicity % 2 == 1) {
      root *= square_root_of_prime(fmpz_get_ui(prime));
    }
  }
  fmpz_factor_clear(factors);
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

std::optional<Cyclotomic> cyclotomic_square_root(const Cyclotomic& a) {
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

}  // namespace irrepkit
