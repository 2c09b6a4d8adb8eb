// Exact elements of cyclotomic fields Q(zeta_n), in GAP's notation E(n).
//
// Canonical form (as GAP's cyclotom.c): every value is reduced to the
// smallest field Q(zeta_m) containing it (m = its conductor, never 2 mod 4)
// and written in a fixed basis of Q(zeta_m), so equality and hashing compare
// representations. E(4)^2 is the rational -1; E(3)+E(3)^2 is -1.
#pragma once

#include <complex>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/rational.hpp"

namespace irrepkit {

class Cyclotomic {
 public:
  Cyclotomic();                              // 0
  Cyclotomic(long value);                    // NOLINT: integers convert implicitly
  explicit Cyclotomic(const Rational& value);
  static Cyclotomic root_of_unity(std::uint64_t n, long long k = 1);  // E(n)^k
  // sum_k coefficients[k] * E(n)^k (k = 0..size-1), reduced.
  static Cyclotomic from_coefficients(std::uint64_t n, const std::vector<long long>& coefficients);
  static Cyclotomic from_coefficients(std::uint64_t n, const std::vector<Rational>& coefficients);
  // Parses what GAP prints: "E(7)+E(7)^2+E(7)^4", "-1/2*E(3)", "-3/2", "2*E(5)^2-E(5)^3".
  // Throws bad_input with the offending position.
  static Cyclotomic parse(std::string_view text);
  std::string to_string() const;             // GAP notation; EvalString reads it back

  std::uint64_t conductor() const noexcept;  // 1 for rationals
  bool is_zero() const noexcept;
  bool is_rational() const noexcept;
  bool is_real() const;
  Rational rational_value() const;           // throws undefined if not rational
  Cyclotomic conjugate() const;              // complex conjugation
  Cyclotomic galois(long long k) const;      // zeta -> zeta^k, gcd(k, conductor) = 1
  std::complex<double> to_complex() const;

  Cyclotomic operator-() const;
  Cyclotomic& operator+=(const Cyclotomic& other);
  Cyclotomic& operator-=(const Cyclotomic& other);
  Cyclotomic& operator*=(const Cyclotomic& other);
  Cyclotomic& operator/=(const Cyclotomic& other);  // throws undefined on zero
  Cyclotomic power(long long exponent) const;       // negative: inverse first

  bool operator==(const Cyclotomic& other) const noexcept;
  std::size_t hash() const noexcept;
  // (representation chosen by the implementation)
};

Cyclotomic operator+(Cyclotomic a, const Cyclotomic& b);
Cyclotomic operator-(Cyclotomic a, const Cyclotomic& b);
Cyclotomic operator*(Cyclotomic a, const Cyclotomic& b);
Cyclotomic operator/(Cyclotomic a, const Cyclotomic& b);

}  // namespace irrepkit
