// Cyclotomic: construction, arithmetic, Galois action and CyclotomicSum.
// Every result goes through detail::CyclotomicBuffer (convert to Zumbroich's
// basis, reduce to the smallest field), see lib/cyclotomic.hpp for the
// canonical form. Rationals and zero take shortcuts that skip the buffer.
#include "lib/cyclotomic.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <ostream>

#include <flint/fmpz_poly.h>
#include <flint/nmod_poly.h>
#include <flint/ulong_extras.h>

#include "lib/detail/cyclotomic_buffer.hpp"
#include "lib/error.hpp"

namespace irrepkit {

using detail::CyclotomicBuffer;
using detail::scratch_buffer;
using detail::small_value_bound;

namespace {

// |c| as a double, +inf if c is a multi-limb integer (forces big mode).
double magnitude(const fmpz* c) {
  if (COEFF_IS_MPZ(*c)) return HUGE_VAL;
  return std::fabs(static_cast<double>(*c));
}

double max_magnitude(const std::vector<detail::CyclotomicTerm>& terms) {
  double result = 0;
  for (const auto& term : terms) result = std::max(result, magnitude(&term.coefficient));
  return result;
}

// Exponent k of E(n)^k reduced to [0, n).
std::uint64_t reduce_exponent(long long k, std::uint64_t n) {
  long long r = k % static_cast<long long>(n);
  return static_cast<std::uint64_t>(r < 0 ? r + static_cast<long long>(n) : r);
}

// Products of many term pairs relative to the field size go through FLINT's
// polynomial multiplication instead of the schoolbook loop.
bool use_polynomial_product(std::size_t terms_a, std::size_t terms_b, std::uint32_t n) {
  std::size_t pairs = terms_a * terms_b;
  return pairs >= 2048 && pairs >= static_cast<std::size_t>(n) * 8;
}
// A prime above 2 * bound (bound < 2^53), so residues lift to exact products;
// small primes keep FLINT's Kronecker packing short.
mp_limb_t prime_above_twice(double bound) {
  thread_local mp_limb_t primes[64] = {};
  int bits = 1;
  while (bits < 62 && std::ldexp(1.0, bits) <= bound) ++bits;  // bound < 2^bits
  if (primes[bits] == 0) primes[bits] = n_nextprime(mp_limb_t{1} << (bits + 1), 1);
  return primes[bits];
}

void check_field_argument(std::uint64_t n, const char* where) {
  if (n == 0) throw_bad_input(std::string(where) + ": E(0) is not defined (n must be positive)");
  if (n > Cyclotomic::max_conductor) {
    throw_unable(std::string(where) + ": E(" + std::to_string(n) + ") exceeds the largest supported conductor " +
                 std::to_string(Cyclotomic::max_conductor));
  }
}

// The working field for E(n) and where E(n)^k lands in it: Q(zeta_n) when
// n is not 2 mod 4, else Q(zeta_{n/2}) with E(2m)^k = (-1)^k E(m)^(k(m+1)/2).
struct FieldMap {
  std::uint32_t field;
  bool halved;
  std::uint32_t exponent(std::uint64_t k, int& sign) const {
    if (!halved) {
      sign = 1;
      return static_cast<std::uint32_t>(k % field);
    }
    sign = (k % 2 == 0) ? 1 : -1;
    return static_cast<std::uint32_t>((k % field) * ((field + 1) / 2) % field);
  }
};

FieldMap field_map(std::uint64_t n) {
  if (n % 4 == 2) return {static_cast<std::uint32_t>(n / 2), true};
  return {static_cast<std::uint32_t>(n), false};
}

}  // namespace

Cyclotomic::Cyclotomic() = default;

Cyclotomic::Cyclotomic(long value) {
  if (value != 0) _terms.emplace_back(0, value);
}

Cyclotomic::Cyclotomic(const Rational& value) {
  if (value.is_zero()) return;
  _terms.emplace_back();
  fmpz_set(&_terms.back().coefficient, fmpq_numref(value.raw()));
  fmpz_set(_denominator.raw(), fmpq_denref(value.raw()));
}

Cyclotomic::Cyclotomic(const Integer& value) {
  if (value.is_zero()) return;
  _terms.emplace_back();
  fmpz_set(&_terms.back().coefficient, value.raw());
}

Cyclotomic::Cyclotomic(Cyclotomic&& other) noexcept
    : _conductor(other._conductor), _denominator(std::move(other._denominator)), _terms(std::move(other._terms)) {
  other._conductor = 1;
  fmpz_one(other._denominator.raw());
  other._terms.clear();
}

Cyclotomic& Cyclotomic::operator=(Cyclotomic&& other) noexcept {
  std::swap(_conductor, other._conductor);
  std::swap(_denominator, other._denominator);
  std::swap(_terms, other._terms);
  return *this;
}

Cyclotomic Cyclotomic::root_of_unity(std::uint64_t n, long long k) {
  check_field_argument(n, "Cyclotomic::root_of_unity");
  std::uint64_t e = reduce_exponent(k, n);
  std::uint64_t g = std::gcd(e, n);  // gcd(0, n) = n
  n /= g;
  e /= g;
  if (n == 1) return Cyclotomic(1);
  FieldMap map = field_map(n);
  int sign = 1;
  std::uint32_t exponent = map.exponent(e, sign);
  if (map.field == 1) return Cyclotomic(static_cast<long>(sign));
  const detail::FieldData& field = detail::field_data(map.field);
  Cyclotomic result;
  result._conductor = map.field;  // a primitive root: the conductor cannot drop
  if (field.non_basis[exponent] == 0) {
    result._terms.emplace_back(exponent, sign);
    return result;
  }
  CyclotomicBuffer& buffer = scratch_buffer();
  buffer.start(map.field, false);
  buffer.add_small(exponent, sign);
  buffer.convert_to_base();
  buffer.extract(1, result._terms);
  return result;
}

Cyclotomic Cyclotomic::from_coefficients(std::uint64_t n, const std::vector<long long>& coefficients) {
  check_field_argument(n, "Cyclotomic::from_coefficients");
  FieldMap map = field_map(n);
  double bound = 0;
  for (long long c : coefficients) bound += std::fabs(static_cast<double>(c));
  bool big = bound >= static_cast<double>(small_value_bound);
  CyclotomicBuffer& buffer = scratch_buffer();
  buffer.start(map.field, big);
  fmpz_t value;
  fmpz_init(value);
  for (std::size_t k = 0; k < coefficients.size(); ++k) {
    if (coefficients[k] == 0) continue;
    int sign = 1;
    std::uint32_t exponent = map.exponent(k % n, sign);
    if (big) {
      fmpz_set_si(value, static_cast<slong>(coefficients[k]) * sign);
      buffer.add_fmpz(exponent, value);
    } else {
      buffer.add_small(exponent, coefficients[k] * sign);
    }
  }
  fmpz_clear(value);
  return from_buffer(buffer, Integer(1), false);
}

Cyclotomic Cyclotomic::from_coefficients(std::uint64_t n, const std::vector<Rational>& coefficients) {
  check_field_argument(n, "Cyclotomic::from_coefficients");
  FieldMap map = field_map(n);
  Integer common(1);
  for (const Rational& c : coefficients) fmpz_lcm(common.raw(), common.raw(), fmpq_denref(c.raw()));
  CyclotomicBuffer& buffer = scratch_buffer();
  buffer.start(map.field, true);
  Integer value;
  for (std::size_t k = 0; k < coefficients.size(); ++k) {
    if (coefficients[k].is_zero()) continue;
    int sign = 1;
    std::uint32_t exponent = map.exponent(k % n, sign);
    fmpz_divexact(value.raw(), common.raw(), fmpq_denref(coefficients[k].raw()));
    fmpz_mul(value.raw(), value.raw(), fmpq_numref(coefficients[k].raw()));
    if (sign < 0) fmpz_neg(value.raw(), value.raw());
    buffer.add_fmpz(exponent, value.raw());
  }
  return from_buffer(buffer, std::move(common), false);
}

Cyclotomic Cyclotomic::from_buffer(CyclotomicBuffer& buffer, Integer denominator, bool in_basis, bool may_reduce) {
  if (!in_basis) buffer.convert_to_base();
  std::uint32_t m = buffer.field();
  std::uint32_t s = 1;
  if (may_reduce) buffer.reduce(m, s);
  Cyclotomic result;
  buffer.extract(s, result._terms);
  if (result._terms.empty()) return result;
  result._conductor = m;
  result._denominator = std::move(denominator);
  result.divide_out_content();
  return result;
}

void Cyclotomic::divide_out_content() {
  if (fmpz_is_one(_denominator.raw())) return;
  if (_terms.empty()) {
    fmpz_one(_denominator.raw());
    return;
  }
  Integer g = _denominator;
  for (const Term& term : _terms) {
    fmpz_gcd(g.raw(), g.raw(), &term.coefficient);
    if (fmpz_is_one(g.raw())) return;
  }
  for (Term& term : _terms) fmpz_divexact(&term.coefficient, &term.coefficient, g.raw());
  fmpz_divexact(_denominator.raw(), _denominator.raw(), g.raw());
}

void Cyclotomic::scale(const Rational& factor) {
  if (factor.is_zero()) {
    *this = Cyclotomic();
    return;
  }
  for (Term& term : _terms) fmpz_mul(&term.coefficient, &term.coefficient, fmpq_numref(factor.raw()));
  fmpz_mul(_denominator.raw(), _denominator.raw(), fmpq_denref(factor.raw()));
  divide_out_content();
}

std::uint64_t Cyclotomic::conductor() const noexcept { return _conductor; }
bool Cyclotomic::is_zero() const noexcept { return _terms.empty(); }
bool Cyclotomic::is_one() const noexcept {
  return _conductor == 1 && _terms.size() == 1 && fmpz_is_one(&_terms[0].coefficient) &&
         fmpz_is_one(_denominator.raw());
}
bool Cyclotomic::is_rational() const noexcept { return _conductor == 1; }
bool Cyclotomic::is_real() const { return _conductor <= 2 || conjugate() == *this; }

Rational Cyclotomic::rational_value() const {
  if (!is_rational()) throw_undefined("Cyclotomic::rational_value: " + to_string() + " is not rational");
  if (_terms.empty()) return Rational();
  return Rational(Integer(&_terms[0].coefficient), _denominator);
}

std::vector<std::pair<std::uint64_t, Rational>> Cyclotomic::coefficients() const {
  std::vector<std::pair<std::uint64_t, Rational>> result;
  result.reserve(_terms.size());
  for (const Term& term : _terms) result.emplace_back(term.exponent, Rational(Integer(&term.coefficient), _denominator));
  return result;
}

Cyclotomic Cyclotomic::galois(long long k) const {
  if (_conductor <= 2) return *this;
  std::uint64_t m = _conductor;
  std::uint64_t e = reduce_exponent(k, m);
  if (std::gcd(e, m) != 1) {
    throw_undefined("Cyclotomic::galois: " + std::to_string(k) + " is not coprime to the conductor " +
                    std::to_string(m) + " of " + to_string());
  }
  if (e == 1) return *this;
  bool big = max_magnitude(_terms) >= static_cast<double>(small_value_bound);
  CyclotomicBuffer& buffer = scratch_buffer();
  buffer.start(_conductor, big);
  for (const Term& term : _terms) {
    std::uint32_t exponent = static_cast<std::uint32_t>(term.exponent * e % m);
    if (big) {
      buffer.add_fmpz(exponent, &term.coefficient);
    } else {
      buffer.add_small(exponent, fmpz_get_si(&term.coefficient));
    }
  }
  // An automorphism keeps the field: no reduction.
  return from_buffer(buffer, _denominator, false, false);
}

Cyclotomic Cyclotomic::conjugate() const { return galois(-1); }

std::complex<double> Cyclotomic::to_complex() const {
  long double re = 0;
  long double im = 0;
  for (const Term& term : _terms) {
    long double c = fmpz_get_d(&term.coefficient);
    long double angle = 2 * std::numbers::pi_v<long double> * term.exponent / _conductor;
    re += c * std::cos(angle);
    im += c * std::sin(angle);
  }
  double d = fmpz_get_d(_denominator.raw());
  return {static_cast<double>(re / d), static_cast<double>(im / d)};
}

Cyclotomic Cyclotomic::operator-() const {
  Cyclotomic result(*this);
  for (Term& term : result._terms) fmpz_neg(&term.coefficient, &term.coefficient);
  return result;
}

Cyclotomic Cyclotomic::add_or_subtract(const Cyclotomic& a, const Cyclotomic& b, bool subtract) {
  if (b.is_zero()) return a;
  if (a.is_zero()) return subtract ? -b : b;
  if (a.is_rational() && b.is_rational()) {
    Rational x = a.rational_value();
    Rational y = b.rational_value();
    return Cyclotomic(subtract ? x - y : x + y);
  }
  std::uint32_t n = detail::common_field(a._conductor, b._conductor);
  std::uint32_t stride_a = n / a._conductor;
  std::uint32_t stride_b = n / b._conductor;
  CyclotomicBuffer& buffer = scratch_buffer();
  bool in_basis = a._conductor == n && b._conductor == n;
  if (a._denominator == b._denominator &&
      max_magnitude(a._terms) + max_magnitude(b._terms) < static_cast<double>(small_value_bound)) {
    buffer.start(n, false);
    for (const Term& term : a._terms) buffer.add_small(term.exponent * stride_a, fmpz_get_si(&term.coefficient));
    for (const Term& term : b._terms) {
      slong c = fmpz_get_si(&term.coefficient);
      buffer.add_small(term.exponent * stride_b, subtract ? -c : c);
    }
    return from_buffer(buffer, a._denominator, in_basis);
  }
  Integer common = Integer::lcm(a._denominator, b._denominator);
  Integer factor_a = common / a._denominator;
  Integer factor_b = common / b._denominator;
  if (subtract) factor_b = -factor_b;
  buffer.start(n, true);
  for (const Term& term : a._terms) buffer.addmul_fmpz(term.exponent * stride_a, &term.coefficient, factor_a.raw());
  for (const Term& term : b._terms) buffer.addmul_fmpz(term.exponent * stride_b, &term.coefficient, factor_b.raw());
  return from_buffer(buffer, std::move(common), in_basis);
}

namespace {

// Bound on |coefficient| of the schoolbook product before conversion to the basis.
double product_bound(const std::vector<detail::CyclotomicTerm>& a, const std::vector<detail::CyclotomicTerm>& b) {
  return max_magnitude(a) * max_magnitude(b) * static_cast<double>(std::min(a.size(), b.size()));
}

// Whether that bound, grown by convert_to_base, surely fits in int64.
bool product_is_small(const std::vector<detail::CyclotomicTerm>& a, const std::vector<detail::CyclotomicTerm>& b) {
  return product_bound(a, b) < static_cast<double>(small_value_bound);
}

// Adds the product of two term lists (exponents scaled into field n) to the buffer.
void add_product_terms(CyclotomicBuffer& buffer, const std::vector<detail::CyclotomicTerm>& a, std::uint32_t stride_a,
                       const std::vector<detail::CyclotomicTerm>& b, std::uint32_t stride_b) {
  const std::uint32_t n = buffer.field();
  thread_local std::vector<std::uint32_t> exponents_b;
  thread_local std::vector<std::int64_t> values_b;
  exponents_b.resize(b.size());
  for (std::size_t j = 0; j < b.size(); ++j) exponents_b[j] = b[j].exponent * stride_b;
  if (!buffer.big() && use_polynomial_product(a.size(), b.size(), n)) {
    // Dense operands with small coefficients: the product's coefficients are
    // below small_value_bound < p/2, so one word-size prime gives them exactly.
    const mp_limb_t polynomial_prime = prime_above_twice(product_bound(a, b));
    nmod_poly_t pa, pb, product;
    nmod_poly_init2(pa, polynomial_prime, n);
    nmod_poly_init2(pb, polynomial_prime, n);
    nmod_poly_init(product, polynomial_prime);
    auto residue = [polynomial_prime](const fmpz* c) {
      slong v = fmpz_get_si(c);
      return v >= 0 ? static_cast<mp_limb_t>(v) : polynomial_prime - static_cast<mp_limb_t>(-v);
    };
    for (const auto& x : a) nmod_poly_set_coeff_ui(pa, x.exponent * stride_a, residue(&x.coefficient));
    for (std::size_t j = 0; j < b.size(); ++j) nmod_poly_set_coeff_ui(pb, exponents_b[j], residue(&b[j].coefficient));
    nmod_poly_mul(product, pa, pb);
    slong length = nmod_poly_length(product);
    for (slong i = 0; i < length; ++i) {
      mp_limb_t c = product->coeffs[i];
      if (c == 0) continue;
      std::int64_t v = c > polynomial_prime / 2 ? -static_cast<std::int64_t>(polynomial_prime - c)
                                                : static_cast<std::int64_t>(c);
      buffer.add_small(static_cast<std::uint32_t>(i % n), v);
    }
    nmod_poly_clear(pa);
    nmod_poly_clear(pb);
    nmod_poly_clear(product);
    return;
  }
  if (!buffer.big()) {
    values_b.resize(b.size());
    for (std::size_t j = 0; j < b.size(); ++j) values_b[j] = fmpz_get_si(&b[j].coefficient);
    for (const auto& x : a) {
      const std::uint32_t ea = x.exponent * stride_a;
      const std::int64_t ca = fmpz_get_si(&x.coefficient);
      for (std::size_t j = 0; j < b.size(); ++j) {
        std::uint32_t index = ea + exponents_b[j];
        if (index >= n) index -= n;
        buffer.add_small(index, ca * values_b[j]);
      }
    }
    return;
  }
  if (use_polynomial_product(a.size(), b.size(), n)) {
    // Dense operands: FLINT multiplies the polynomials, then fold mod x^n - 1.
    fmpz_poly_t pa, pb, product;
    fmpz_poly_init2(pa, n);
    fmpz_poly_init2(pb, n);
    fmpz_poly_init(product);
    for (const auto& x : a) fmpz_poly_set_coeff_fmpz(pa, x.exponent * stride_a, &x.coefficient);
    for (std::size_t j = 0; j < b.size(); ++j) fmpz_poly_set_coeff_fmpz(pb, exponents_b[j], &b[j].coefficient);
    fmpz_poly_mul(product, pa, pb);
    slong length = fmpz_poly_length(product);
    for (slong i = 0; i < length; ++i) {
      const fmpz* c = product->coeffs + i;
      if (!fmpz_is_zero(c)) buffer.add_fmpz(static_cast<std::uint32_t>(i % n), c);
    }
    fmpz_poly_clear(pa);
    fmpz_poly_clear(pb);
    fmpz_poly_clear(product);
    return;
  }
  for (const auto& x : a) {
    const std::uint32_t ea = x.exponent * stride_a;
    for (std::size_t j = 0; j < b.size(); ++j) {
      std::uint32_t index = ea + exponents_b[j];
      if (index >= n) index -= n;
      buffer.addmul_fmpz(index, &x.coefficient, &b[j].coefficient);
    }
  }
}

}  // namespace

Cyclotomic Cyclotomic::multiply(const Cyclotomic& a, const Cyclotomic& b) {
  if (a.is_zero() || b.is_zero()) return Cyclotomic();
  if (a.is_rational()) {
    Cyclotomic result(b);
    result.scale(a.rational_value());
    return result;
  }
  if (b.is_rational()) {
    Cyclotomic result(a);
    result.scale(b.rational_value());
    return result;
  }
  std::uint32_t n = detail::common_field(a._conductor, b._conductor);
  bool small = product_is_small(a._terms, b._terms);
  CyclotomicBuffer& buffer = scratch_buffer();
  buffer.start(n, !small);
  add_product_terms(buffer, a._terms, n / a._conductor, b._terms, n / b._conductor);
  return from_buffer(buffer, a._denominator * b._denominator, false);
}

Cyclotomic& Cyclotomic::operator+=(const Cyclotomic& other) {
  *this = add_or_subtract(*this, other, false);
  return *this;
}

Cyclotomic& Cyclotomic::operator-=(const Cyclotomic& other) {
  *this = add_or_subtract(*this, other, true);
  return *this;
}

Cyclotomic& Cyclotomic::operator*=(const Cyclotomic& other) {
  *this = multiply(*this, other);
  return *this;
}

Cyclotomic& Cyclotomic::operator/=(const Cyclotomic& other) {
  if (other.is_zero()) throw_undefined("Cyclotomic: division of " + to_string() + " by zero");
  *this = multiply(*this, other.inverse());
  return *this;
}

Cyclotomic& Cyclotomic::add_product(const Cyclotomic& a, const Cyclotomic& b) {
  if (a.is_zero() || b.is_zero()) return *this;
  if (is_zero()) return *this = multiply(a, b);
  if (a.is_rational() || b.is_rational() || !is_integral() || !a.is_integral() || !b.is_integral() ||
      !product_is_small(a._terms, b._terms) ||
      max_magnitude(_terms) >= static_cast<double>(small_value_bound) / 2) {
    return *this += multiply(a, b);
  }
  std::uint32_t n = detail::common_field(detail::common_field(a._conductor, b._conductor), _conductor);
  CyclotomicBuffer& buffer = scratch_buffer();
  buffer.start(n, false);
  std::uint32_t stride = n / _conductor;
  for (const Term& term : _terms) buffer.add_small(term.exponent * stride, fmpz_get_si(&term.coefficient));
  add_product_terms(buffer, a._terms, n / a._conductor, b._terms, n / b._conductor);
  *this = from_buffer(buffer, Integer(1), false);
  return *this;
}

Cyclotomic Cyclotomic::inverse() const {
  if (is_zero()) throw_undefined("Cyclotomic::inverse: inverse of zero");
  if (is_rational()) return Cyclotomic(rational_value().inverse());
  // x = A(zeta)/d with A integral; x^-1 = d * S(zeta) where S*A = 1 mod Phi_m.
  const std::uint32_t m = _conductor;
  fmpz_poly_t phi, a;
  fmpz_poly_init(phi);
  fmpz_poly_init(a);
  fmpz_poly_cyclotomic(phi, m);
  for (const Term& term : _terms) fmpz_poly_set_coeff_fmpz(a, term.exponent, &term.coefficient);
  fmpz_poly_rem(a, a, phi);
  // s*Phi + t*A = r (the resultant, nonzero as Phi is irreducible and A != 0 mod Phi).
  fmpz_poly_t s, t;
  fmpz_poly_init(s);
  fmpz_poly_init(t);
  Integer resultant;
  fmpz_poly_xgcd(resultant.raw(), s, t, phi, a);
  bool invertible = !resultant.is_zero();
  CyclotomicBuffer& buffer = scratch_buffer();
  buffer.start(m, true);
  slong length = fmpz_poly_length(t);
  for (slong i = 0; i < length; ++i) {
    const fmpz* c = t->coeffs + i;
    if (!fmpz_is_zero(c)) buffer.addmul_fmpz(static_cast<std::uint32_t>(i), c, _denominator.raw());
  }
  fmpz_poly_clear(s);
  fmpz_poly_clear(t);
  fmpz_poly_clear(phi);
  fmpz_poly_clear(a);
  if (!invertible) {
    buffer.clear();
    throw_check_failed("Cyclotomic::inverse: " + to_string() + " is not invertible modulo Phi_" + std::to_string(m));
  }
  // x^-1 = d * t(zeta) / r; keep the denominator positive.
  if (resultant.sign() < 0) {
    Integer minus_one(-1);
    buffer.multiply_all(minus_one.raw());
    resultant = -resultant;
  }
  Integer denominator = std::move(resultant);
  return from_buffer(buffer, std::move(denominator), false, false);
}

Cyclotomic Cyclotomic::power(long long exponent) const {
  if (exponent == 0) return Cyclotomic(1);
  Cyclotomic base = exponent < 0 ? inverse() : *this;
  unsigned long long e = exponent < 0 ? 0ULL - static_cast<unsigned long long>(exponent)
                                      : static_cast<unsigned long long>(exponent);
  // A single root of unity: multiply the exponent.
  if (base._terms.size() == 1 && base.is_integral() && fmpz_is_pm1(&base._terms[0].coefficient) &&
      base._conductor > 1) {
    long long sign = (fmpz_is_one(&base._terms[0].coefficient) || e % 2 == 0) ? 1 : -1;
    std::uint64_t m = base._conductor;
    std::uint64_t k = static_cast<std::uint64_t>(base._terms[0].exponent) * (e % m) % m;
    Cyclotomic result = root_of_unity(m, static_cast<long long>(k));
    return sign < 0 ? -result : result;
  }
  Cyclotomic result(1);
  while (true) {
    if (e & 1) result *= base;
    e >>= 1;
    if (e == 0) break;
    base *= base;
  }
  return result;
}

bool Cyclotomic::operator==(const Cyclotomic& other) const noexcept {
  return _conductor == other._conductor && _denominator == other._denominator && _terms == other._terms;
}

std::size_t Cyclotomic::hash() const noexcept {
  std::size_t h = _conductor * 0x9e3779b97f4a7c15ULL ^ _denominator.hash();
  for (const Term& term : _terms) {
    std::size_t c = COEFF_IS_MPZ(term.coefficient) ? Integer(&term.coefficient).hash()
                                                  : static_cast<std::size_t>(term.coefficient);
    h = (h ^ (term.exponent + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2))) * 0x100000001b3ULL;
    h ^= c + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  }
  return h;
}

Cyclotomic operator+(const Cyclotomic& a, const Cyclotomic& b) { return Cyclotomic::add_or_subtract(a, b, false); }
Cyclotomic operator-(const Cyclotomic& a, const Cyclotomic& b) { return Cyclotomic::add_or_subtract(a, b, true); }
Cyclotomic operator*(const Cyclotomic& a, const Cyclotomic& b) { return Cyclotomic::multiply(a, b); }
Cyclotomic operator/(const Cyclotomic& a, const Cyclotomic& b) {
  Cyclotomic result(a);
  return result /= b;
}
std::ostream& operator<<(std::ostream& out, const Cyclotomic& value) { return out << value.to_string(); }

// ---------------------------------------------------------------- CyclotomicSum

CyclotomicSum::CyclotomicSum() : _buffer(std::make_unique<CyclotomicBuffer>()) { _buffer->start(1, false); }
CyclotomicSum::~CyclotomicSum() = default;
CyclotomicSum::CyclotomicSum(CyclotomicSum&&) noexcept = default;
CyclotomicSum& CyclotomicSum::operator=(CyclotomicSum&&) noexcept = default;

void CyclotomicSum::clear() {
  _buffer->start(1, false);
  _bound = 0;
  fmpz_one(_denominator.raw());
}

void CyclotomicSum::prepare(std::uint32_t n, const Integer& denominator, double magnitude_bound) {
  std::uint32_t field = detail::common_field(_buffer->field(), n);
  if (field != _buffer->field()) _buffer->extend_field(field);
  if (!fmpz_is_one(denominator.raw()) && !fmpz_divisible(_denominator.raw(), denominator.raw())) {
    Integer common = Integer::lcm(_denominator, denominator);
    Integer factor = common / _denominator;
    _buffer->promote();
    _buffer->multiply_all(factor.raw());
    _denominator = std::move(common);
  }
  _bound += magnitude_bound;
  if (!_buffer->big() && (_bound >= static_cast<double>(small_value_bound) || !fmpz_is_one(_denominator.raw()))) {
    _buffer->promote();
  }
}

void CyclotomicSum::add(const Cyclotomic& a) {
  if (a.is_zero()) return;
  prepare(a._conductor, a._denominator, max_magnitude(a._terms));
  std::uint32_t stride = _buffer->field() / a._conductor;
  if (_buffer->big()) {
    Integer factor = _denominator / a._denominator;
    for (const auto& term : a._terms) _buffer->addmul_fmpz(term.exponent * stride, &term.coefficient, factor.raw());
  } else {
    for (const auto& term : a._terms) _buffer->add_small(term.exponent * stride, fmpz_get_si(&term.coefficient));
  }
}

void CyclotomicSum::add_product(const Cyclotomic& a, const Cyclotomic& b) {
  if (a.is_zero() || b.is_zero()) return;
  Integer denominator = a._denominator * b._denominator;
  double bound = max_magnitude(a._terms) * max_magnitude(b._terms) *
                 static_cast<double>(std::min(a._terms.size(), b._terms.size()));
  prepare(detail::common_field(a._conductor, b._conductor), denominator, bound);
  std::uint32_t n = _buffer->field();
  if (!_buffer->big() || fmpz_equal(denominator.raw(), _denominator.raw())) {
    add_product_terms(*_buffer, a._terms, n / a._conductor, b._terms, n / b._conductor);
    return;
  }
  // Rescale: multiply one factor's numerators by D / (da db).
  Integer factor = _denominator / denominator;
  Cyclotomic scaled(a);
  for (auto& term : scaled._terms) fmpz_mul(&term.coefficient, &term.coefficient, factor.raw());
  add_product_terms(*_buffer, scaled._terms, n / a._conductor, b._terms, n / b._conductor);
}

Cyclotomic CyclotomicSum::value() const {
  if (_buffer->empty()) return Cyclotomic();
  CyclotomicBuffer& scratch = scratch_buffer();
  _buffer->copy_to(scratch);
  return Cyclotomic::from_buffer(scratch, _denominator, false);
}

}  // namespace irrepkit
