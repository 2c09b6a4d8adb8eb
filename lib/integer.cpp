// Integer: the out-of-line members of the fmpz wrapper (parsing, printing,
// checked conversions and divisions).
#include "lib/integer.hpp"

#include <ostream>

#include <flint/flint.h>

#include "lib/error.hpp"

namespace irrepkit {

Integer::Integer(std::string_view text) {
  fmpz_init(_value);
  std::size_t start = 0;
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    start = 1;
  }
  if (start == text.size()) {
    fmpz_clear(_value);
    throw_bad_input("Integer: no digits in \"" + std::string(text) + "\"");
  }
  for (std::size_t i = start; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') {
      fmpz_clear(_value);
      throw_bad_input("Integer: unexpected character '" + std::string(1, text[i]) + "' at position " +
                      std::to_string(i) + " in \"" + std::string(text) + "\"");
    }
  }
  std::string digits(text.substr(start));
  fmpz_set_str(_value, digits.c_str(), 10);
  if (negative) fmpz_neg(_value, _value);
}

long Integer::to_long() const {
  if (!fmpz_fits_si(_value)) throw_unable("Integer::to_long: " + to_string() + " does not fit in a long");
  return fmpz_get_si(_value);
}

unsigned long Integer::to_ulong() const {
  if (!fits_ulong()) throw_unable("Integer::to_ulong: " + to_string() + " does not fit in an unsigned long");
  return fmpz_get_ui(_value);
}

std::string Integer::to_string() const {
  char* text = fmpz_get_str(nullptr, 10, _value);
  std::string result(text);
  flint_free(text);
  return result;
}

std::size_t Integer::hash() const noexcept {
  if (!COEFF_IS_MPZ(*_value)) return std::hash<slong>()(static_cast<slong>(*_value));
  // Large values: mix the limbs.
  std::size_t h = static_cast<std::size_t>(fmpz_sgn(_value)) * 0x9e3779b97f4a7c15ULL;
  __mpz_struct* big = COEFF_TO_PTR(*_value);
  slong size = big->_mp_size < 0 ? -big->_mp_size : big->_mp_size;
  for (slong i = 0; i < size; ++i) h = (h ^ big->_mp_d[i]) * 0x100000001b3ULL + (h >> 29);
  return h;
}

Integer Integer::operator-() const noexcept {
  Integer result;
  fmpz_neg(result._value, _value);
  return result;
}

Integer& Integer::operator/=(const Integer& other) {
  if (other.is_zero()) throw_undefined("Integer: division of " + to_string() + " by zero");
  Integer remainder;
  fmpz_tdiv_qr(_value, remainder._value, _value, other._value);
  if (!remainder.is_zero()) {
    throw_undefined("Integer: inexact division by " + other.to_string() + " (use floor_divide)");
  }
  return *this;
}

Integer& Integer::operator%=(const Integer& other) {
  if (other.is_zero()) throw_undefined("Integer: remainder of " + to_string() + " modulo zero");
  Integer modulus = other.abs();
  fmpz_mod(_value, _value, modulus._value);
  return *this;
}

Integer Integer::abs() const noexcept {
  Integer result;
  fmpz_abs(result._value, _value);
  return result;
}

Integer Integer::power(unsigned long exponent) const noexcept {
  Integer result;
  fmpz_pow_ui(result._value, _value, exponent);
  return result;
}

Integer Integer::factorial(unsigned long n) noexcept {
  Integer result;
  fmpz_fac_ui(result._value, n);
  return result;
}

Integer Integer::gcd(const Integer& a, const Integer& b) noexcept {
  Integer result;
  fmpz_gcd(result._value, a._value, b._value);
  return result;
}

Integer Integer::lcm(const Integer& a, const Integer& b) noexcept {
  Integer result;
  fmpz_lcm(result._value, a._value, b._value);
  return result;
}

Integer Integer::floor_divide(const Integer& a, const Integer& b) {
  if (b.is_zero()) throw_undefined("Integer::floor_divide: division of " + a.to_string() + " by zero");
  Integer result;
  fmpz_fdiv_q(result._value, a._value, b._value);
  return result;
}

std::ostream& operator<<(std::ostream& out, const Integer& value) { return out << value.to_string(); }

}  // namespace irrepkit
