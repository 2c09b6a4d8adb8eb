// Exact elements of cyclotomic fields Q(zeta_n), in GAP's notation E(n).
//
// Canonical form (as GAP's cyclotom.c): every value is reduced to the
// smallest field Q(zeta_m) containing it (m = its conductor, never 2 mod 4)
// and written in a fixed basis of Q(zeta_m), so equality and hashing compare
// representations. E(4)^2 is the rational -1; E(3)+E(3)^2 is -1.
//
// Representation: the conductor m, a positive common denominator d, and the
// nonzero integer numerators c_k of the basis elements E(m)^k (sorted by k),
// value = (sum_k c_k E(m)^k) / d with gcd(d, all c_k) = 1. The basis is
// Zumbroich's (GAP's ZumbroichBase(m, 1)): for m = prod p^a, E(m)^k is a basis
// element iff, writing the p-part of k as E(p^a)^l, for p = 2: l < 2^(a-1),
// and for odd p: l, written as j*p^(a-1) + r with |r| <= (p^(a-1)-1)/2, has
// j != 0. Rationals have conductor 1 and at most the term k = 0; zero has no
// terms. This basis is an integral basis, so character values (algebraic
// integers) always have d = 1.
//
// Arithmetic works in a dense thread-local buffer of length lcm(conductors)
// (int64 when coefficients are provably small, fmpz otherwise; FLINT
// polynomial multiplication for large dense operands), then converts to the
// basis and reduces to the smallest field. Conductors above
// max_conductor (2^22) throw unable. CyclotomicSum accumulates many products
// without reducing each one (for inner products and matrix products).
#pragma once

#include <complex>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <flint/fmpz.h>

#include "lib/rational.hpp"

namespace irrepkit {

namespace detail {
// One basis coefficient: exponent k of E(m)^k and its integer numerator.
struct CyclotomicTerm {
  std::uint32_t exponent = 0;
  fmpz coefficient = 0;  // a valid fmpz (0 is FLINT's zero)

  CyclotomicTerm() noexcept = default;
  CyclotomicTerm(std::uint32_t k, slong c) noexcept : exponent(k) { fmpz_set_si(&coefficient, c); }
  CyclotomicTerm(const CyclotomicTerm& other) noexcept : exponent(other.exponent) {
    fmpz_set(&coefficient, &other.coefficient);
  }
  CyclotomicTerm(CyclotomicTerm&& other) noexcept : exponent(other.exponent), coefficient(other.coefficient) {
    other.coefficient = 0;
  }
  CyclotomicTerm& operator=(const CyclotomicTerm& other) noexcept {
    exponent = other.exponent;
    fmpz_set(&coefficient, &other.coefficient);
    return *this;
  }
  CyclotomicTerm& operator=(CyclotomicTerm&& other) noexcept {
    exponent = other.exponent;
    fmpz_swap(&coefficient, &other.coefficient);
    return *this;
  }
  ~CyclotomicTerm() { fmpz_clear(&coefficient); }
  bool operator==(const CyclotomicTerm& other) const noexcept {
    return exponent == other.exponent && fmpz_equal(&coefficient, &other.coefficient);
  }
};
class CyclotomicBuffer;
}  // namespace detail

class Cyclotomic {
 public:
  static constexpr std::uint64_t max_conductor = std::uint64_t{1} << 22;

  Cyclotomic();                              // 0
  Cyclotomic(long value);                    // NOLINT: integers convert implicitly
  Cyclotomic(int value) : Cyclotomic(static_cast<long>(value)) {}  // NOLINT
  Cyclotomic(long long value) : Cyclotomic(static_cast<long>(value)) {}  // NOLINT
  explicit Cyclotomic(const Rational& value);
  explicit Cyclotomic(const Integer& value);
  static Cyclotomic root_of_unity(std::uint64_t n, long long k = 1);  // E(n)^k
  // sum_k coefficients[k] * E(n)^k (k = 0..size-1, taken mod n), reduced.
  static Cyclotomic from_coefficients(std::uint64_t n, const std::vector<long long>& coefficients);
  static Cyclotomic from_coefficients(std::uint64_t n, const std::vector<Rational>& coefficients);
  // Parses what GAP prints: "E(7)+E(7)^2+E(7)^4", "-1/2*E(3)", "-3/2", "2*E(5)^2-E(5)^3".
  // Also accepts products, quotients, parentheses, E(n)^-k, blanks and GAP's
  // "\" line continuations. Throws bad_input naming the 0-based offending
  // position; undefined on division by zero.
  static Cyclotomic parse(std::string_view text);
  std::string to_string() const;             // GAP notation; EvalString reads it back

  std::uint64_t conductor() const noexcept;  // 1 for rationals
  bool is_zero() const noexcept;
  bool is_one() const noexcept;
  bool is_rational() const noexcept;
  bool is_integral() const noexcept { return fmpz_is_one(_denominator.raw()); }  // an algebraic integer
  bool is_real() const;
  Rational rational_value() const;           // throws undefined if not rational
  Cyclotomic conjugate() const;              // complex conjugation
  Cyclotomic galois(long long k) const;      // zeta -> zeta^k, gcd(k, conductor) = 1 else undefined
  std::complex<double> to_complex() const;
  // The basis coefficients: pairs (k, q) with value = sum q * E(conductor)^k.
  std::vector<std::pair<std::uint64_t, Rational>> coefficients() const;
  const Integer& denominator() const noexcept { return _denominator; }

  Cyclotomic operator-() const;
  Cyclotomic& operator+=(const Cyclotomic& other);
  Cyclotomic& operator-=(const Cyclotomic& other);
  Cyclotomic& operator*=(const Cyclotomic& other);
  Cyclotomic& operator/=(const Cyclotomic& other);  // throws undefined on zero
  Cyclotomic inverse() const;                       // throws undefined on zero
  Cyclotomic power(long long exponent) const;       // negative: inverse first
  // *this += a * b with a single reduction.
  Cyclotomic& add_product(const Cyclotomic& a, const Cyclotomic& b);

  bool operator==(const Cyclotomic& other) const noexcept;
  bool operator!=(const Cyclotomic& other) const noexcept { return !(*this == other); }
  std::size_t hash() const noexcept;

  Cyclotomic(const Cyclotomic& other) = default;
  Cyclotomic& operator=(const Cyclotomic& other) = default;
  Cyclotomic(Cyclotomic&& other) noexcept;
  Cyclotomic& operator=(Cyclotomic&& other) noexcept;
  ~Cyclotomic() = default;

 private:
  friend class CyclotomicSum;
  friend Cyclotomic operator+(const Cyclotomic& a, const Cyclotomic& b);
  friend Cyclotomic operator-(const Cyclotomic& a, const Cyclotomic& b);
  friend Cyclotomic operator*(const Cyclotomic& a, const Cyclotomic& b);
  using Term = detail::CyclotomicTerm;
  // Builds the canonical value from the buffer's contents (field buffer.field()),
  // divided by `denominator`; `in_basis` says the buffer already holds basis
  // coefficients, `same_field` that the conductor cannot drop.
  static Cyclotomic from_buffer(detail::CyclotomicBuffer& buffer, Integer denominator, bool in_basis,
                                bool may_reduce = true);
  void divide_out_content();   // restores gcd(d, c_k) = 1
  void scale(const Rational& factor);
  static Cyclotomic add_or_subtract(const Cyclotomic& a, const Cyclotomic& b, bool subtract);
  static Cyclotomic multiply(const Cyclotomic& a, const Cyclotomic& b);

  std::uint32_t _conductor = 1;
  Integer _denominator{1};
  std::vector<Term> _terms;  // sorted by exponent, nonzero coefficients
};

Cyclotomic operator+(const Cyclotomic& a, const Cyclotomic& b);
Cyclotomic operator-(const Cyclotomic& a, const Cyclotomic& b);
Cyclotomic operator*(const Cyclotomic& a, const Cyclotomic& b);
Cyclotomic operator/(const Cyclotomic& a, const Cyclotomic& b);
std::ostream& operator<<(std::ostream& out, const Cyclotomic& value);

// Accumulates sum_i a_i * b_i (and plain terms) in one dense buffer, reducing
// only when value() is asked for: the inner loop of inner products, traces
// and matrix products. The working field grows to the lcm of the conductors
// seen. Not thread-safe; one per thread.
class CyclotomicSum {
 public:
  CyclotomicSum();
  ~CyclotomicSum();
  CyclotomicSum(CyclotomicSum&&) noexcept;
  CyclotomicSum& operator=(CyclotomicSum&&) noexcept;
  CyclotomicSum(const CyclotomicSum&) = delete;
  CyclotomicSum& operator=(const CyclotomicSum&) = delete;

  void add(const Cyclotomic& a);
  void add_product(const Cyclotomic& a, const Cyclotomic& b);
  Cyclotomic value() const;  // the canonical sum so far
  void clear();

 private:
  // Makes the buffer's field a multiple of n and its denominator a multiple
  // of `denominator`; switches to big mode when the magnitude bound demands.
  void prepare(std::uint32_t n, const Integer& denominator, double magnitude_bound);
  std::unique_ptr<detail::CyclotomicBuffer> _buffer;
  Integer _denominator{1};
  double _bound = 0;  // bound on |values| in the buffer (small mode)
};

}  // namespace irrepkit

template <>
struct std::hash<irrepkit::Cyclotomic> {
  std::size_t operator()(const irrepkit::Cyclotomic& value) const noexcept { return value.hash(); }
};
