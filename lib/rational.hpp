// Exact rational numbers: a thin RAII wrapper around FLINT's fmpq.
//
// Conventions: always canonical (denominator > 0, gcd(num, den) = 1), so ==
// and hash compare representations. Division by zero throws undefined.
// to_string prints as GAP does: "-3/2", "5", "0". parse accepts "a", "a/b"
// with optional sign (and whitespace-free), throwing bad_input with the
// position of the offending character.
#pragma once

#include <compare>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

#include <flint/fmpq.h>

#include "lib/integer.hpp"

namespace irrepkit {

class Rational {
 public:
  Rational() noexcept { fmpq_init(_value); }
  Rational(int value) noexcept : Rational() { fmpq_set_si(_value, value, 1); }        // NOLINT
  Rational(long value) noexcept : Rational() { fmpq_set_si(_value, value, 1); }       // NOLINT
  Rational(long long value) noexcept : Rational() { fmpq_set_si(_value, static_cast<slong>(value), 1); }  // NOLINT
  Rational(const Integer& value) noexcept : Rational() { fmpz_set(fmpq_numref(_value), value.raw()); }  // NOLINT
  // numerator / denominator, canonicalised; throws undefined if denominator is 0.
  Rational(const Integer& numerator, const Integer& denominator);
  Rational(long numerator, long denominator);
  explicit Rational(const fmpq_t value) noexcept : Rational() { fmpq_set(_value, value); }

  Rational(const Rational& other) noexcept : Rational() { fmpq_set(_value, other._value); }
  Rational(Rational&& other) noexcept : Rational() { fmpq_swap(_value, other._value); }
  Rational& operator=(const Rational& other) noexcept { fmpq_set(_value, other._value); return *this; }
  Rational& operator=(Rational&& other) noexcept { fmpq_swap(_value, other._value); return *this; }
  ~Rational() { fmpq_clear(_value); }

  static Rational parse(std::string_view text);

  fmpq* raw() noexcept { return _value; }
  const fmpq* raw() const noexcept { return _value; }

  Integer numerator() const noexcept { return Integer(fmpq_numref(_value)); }
  Integer denominator() const noexcept { return Integer(fmpq_denref(_value)); }
  bool is_zero() const noexcept { return fmpq_is_zero(_value); }
  bool is_one() const noexcept { return fmpq_is_one(_value); }
  bool is_integer() const noexcept { return fmpz_is_one(fmpq_denref(_value)); }
  int sign() const noexcept { return fmpq_sgn(_value); }
  double to_double() const noexcept;
  std::string to_string() const;  // GAP notation: "-3/2"
  std::size_t hash() const noexcept;

  Rational operator-() const noexcept;
  Rational inverse() const;  // throws undefined on zero
  Rational abs() const noexcept;
  Rational power(long exponent) const;  // negative exponents invert (throws on 0)
  Rational& operator+=(const Rational& other) noexcept { fmpq_add(_value, _value, other._value); return *this; }
  Rational& operator-=(const Rational& other) noexcept { fmpq_sub(_value, _value, other._value); return *this; }
  Rational& operator*=(const Rational& other) noexcept { fmpq_mul(_value, _value, other._value); return *this; }
  Rational& operator/=(const Rational& other);  // throws undefined on zero

  bool operator==(const Rational& other) const noexcept { return fmpq_equal(_value, other._value); }
  std::strong_ordering operator<=>(const Rational& other) const noexcept {
    return fmpq_cmp(_value, other._value) <=> 0;
  }

 private:
  fmpq_t _value;
};

inline Rational operator+(Rational a, const Rational& b) noexcept { return a += b; }
inline Rational operator-(Rational a, const Rational& b) noexcept { return a -= b; }
inline Rational operator*(Rational a, const Rational& b) noexcept { return a *= b; }
inline Rational operator/(Rational a, const Rational& b) { return a /= b; }

std::ostream& operator<<(std::ostream& out, const Rational& value);

}  // namespace irrepkit

template <>
struct std::hash<irrepkit::Rational> {
  std::size_t operator()(const irrepkit::Rational& value) const noexcept { return value.hash(); }
};
