// Arbitrary-precision integers: a thin RAII wrapper around FLINT's fmpz.
//
// Conventions: values are exact; `/` is exact division (throws undefined on a
// zero divisor, and undefined if the division leaves a remainder); `%` is the
// non-negative remainder modulo |m| (as GAP's `mod`). Copies go through
// fmpz_set; moves swap and are noexcept. raw() exposes the fmpz for code that
// calls FLINT directly.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include <flint/fmpz.h>

namespace irrepkit {

class Integer {
 public:
  Integer() noexcept { fmpz_init(_value); }
  Integer(int value) noexcept { fmpz_init_set_si(_value, value); }                 // NOLINT
  Integer(long value) noexcept { fmpz_init_set_si(_value, value); }                // NOLINT
  Integer(long long value) noexcept { fmpz_init_set_si(_value, static_cast<slong>(value)); }  // NOLINT
  Integer(unsigned value) noexcept { fmpz_init_set_ui(_value, value); }            // NOLINT
  Integer(unsigned long value) noexcept { fmpz_init_set_ui(_value, value); }       // NOLINT
  Integer(unsigned long long value) noexcept {                                     // NOLINT
    fmpz_init_set_ui(_value, static_cast<ulong>(value));
  }
  // Decimal text with an optional leading '-' or '+'; throws bad_input otherwise.
  explicit Integer(std::string_view text);
  explicit Integer(const fmpz_t value) noexcept { fmpz_init_set(_value, value); }

  Integer(const Integer& other) noexcept { fmpz_init_set(_value, other._value); }
  Integer(Integer&& other) noexcept { fmpz_init(_value); fmpz_swap(_value, other._value); }
  Integer& operator=(const Integer& other) noexcept { fmpz_set(_value, other._value); return *this; }
  Integer& operator=(Integer&& other) noexcept { fmpz_swap(_value, other._value); return *this; }
  ~Integer() { fmpz_clear(_value); }

  fmpz* raw() noexcept { return _value; }
  const fmpz* raw() const noexcept { return _value; }

  bool is_zero() const noexcept { return fmpz_is_zero(_value); }
  bool is_one() const noexcept { return fmpz_is_one(_value); }
  int sign() const noexcept { return fmpz_sgn(_value); }
  bool fits_long() const noexcept { return fmpz_fits_si(_value); }
  bool fits_ulong() const noexcept { return fmpz_sgn(_value) >= 0 && fmpz_abs_fits_ui(_value); }
  long to_long() const;                   // throws unable if it does not fit
  unsigned long to_ulong() const;         // throws unable if negative or too large
  double to_double() const noexcept { return fmpz_get_d(_value); }
  std::string to_string() const;          // decimal
  std::size_t hash() const noexcept;

  Integer operator-() const noexcept;
  Integer& operator+=(const Integer& other) noexcept { fmpz_add(_value, _value, other._value); return *this; }
  Integer& operator-=(const Integer& other) noexcept { fmpz_sub(_value, _value, other._value); return *this; }
  Integer& operator*=(const Integer& other) noexcept { fmpz_mul(_value, _value, other._value); return *this; }
  Integer& operator/=(const Integer& other);  // exact division, see top of file
  Integer& operator%=(const Integer& other);  // non-negative remainder

  bool operator==(const Integer& other) const noexcept { return fmpz_equal(_value, other._value); }
  std::strong_ordering operator<=>(const Integer& other) const noexcept {
    return fmpz_cmp(_value, other._value) <=> 0;
  }

  Integer abs() const noexcept;
  Integer power(unsigned long exponent) const noexcept;
  static Integer factorial(unsigned long n) noexcept;
  static Integer gcd(const Integer& a, const Integer& b) noexcept;
  static Integer lcm(const Integer& a, const Integer& b) noexcept;
  // Floor division (rounds towards minus infinity); throws undefined on zero.
  static Integer floor_divide(const Integer& a, const Integer& b);

 private:
  fmpz_t _value;
};

inline Integer operator+(Integer a, const Integer& b) noexcept { return a += b; }
inline Integer operator-(Integer a, const Integer& b) noexcept { return a -= b; }
inline Integer operator*(Integer a, const Integer& b) noexcept { return a *= b; }
inline Integer operator/(Integer a, const Integer& b) { return a /= b; }
inline Integer operator%(Integer a, const Integer& b) { return a %= b; }

std::ostream& operator<<(std::ostream& out, const Integer& value);

}  // namespace irrepkit

template <>
struct std::hash<irrepkit::Integer> {
  std::size_t operator()(const irrepkit::Integer& value) const noexcept { return value.hash(); }
};
