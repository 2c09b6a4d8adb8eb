// Rational: the out-of-line members of the fmpq wrapper (parsing, printing,
// checked divisions).
#include "lib/rational.hpp"

#include <ostream>

#include <flint/flint.h>

#include "lib/error.hpp"

namespace irrepkit {

Rational::Rational(const Integer& numerator, const Integer& denominator) : Rational() {
  if (denominator.is_zero()) throw_undefined("Rational: denominator zero in " + numerator.to_string() + "/0");
  fmpq_set_fmpz_frac(_value, numerator.raw(), denominator.raw());
}

Rational::Rational(long numerator, long denominator) : Rational() {
  if (denominator == 0) throw_undefined("Rational: denominator zero in " + std::to_string(numerator) + "/0");
  fmpz_set_si(fmpq_numref(_value), numerator);
  fmpz_set_si(fmpq_denref(_value), denominator);
  fmpq_canonicalise(_value);
}

namespace {

// Index just past a run of digits starting at `start`; throws if there is none.
std::size_t scan_digits(std::string_view text, std::size_t start) {
  std::size_t i = start;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == start) {
    std::string what = start < text.size() ? "unexpected character '" + std::string(1, text[start]) + "'"
                                           : std::string("missing digits");
    throw_bad_input("Rational::parse: " + what + " at position " + std::to_string(start) + " in \"" +
                    std::string(text) + "\"");
  }
  return i;
}

}  // namespace

Rational Rational::parse(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  std::size_t numerator_end = scan_digits(text, i);
  Integer numerator(text.substr(i, numerator_end - i));
  Integer denominator(1);
  i = numerator_end;
  if (i < text.size() && text[i] == '/') {
    std::size_t denominator_end = scan_digits(text, i + 1);
    denominator = Integer(text.substr(i + 1, denominator_end - i - 1));
    if (denominator.is_zero()) {
      throw_undefined("Rational::parse: zero denominator at position " + std::to_string(i + 1) + " in \"" +
                      std::string(text) + "\"");
    }
    i = denominator_end;
  }
  if (i != text.size()) {
    throw_bad_input("Rational::parse: unexpected character '" + std::string(1, text[i]) + "' at position " +
                    std::to_string(i) + " in \"" + std::string(text) + "\"");
  }
  if (negative) numerator = -numerator;
  return Rational(numerator, denominator);
}

double Rational::to_double() const noexcept { return fmpq_get_d(_value); }

std::string Rational::to_string() const {
  char* text = fmpq_get_str(nullptr, 10, _value);
  std::string result(text);
  flint_free(text);
  return result;
}

std::size_t Rational::hash() const noexcept {
  std::size_t h = Integer(fmpq_numref(_value)).hash();
  return h * 0x9e3779b97f4a7c15ULL ^ Integer(fmpq_denref(_value)).hash();
}

Rational Rational::operator-() const noexcept {
  Rational result;
  fmpq_neg(result._value, _value);
  return result;
}

Rational Rational::inverse() const {
  if (is_zero()) throw_undefined("Rational::inverse: inverse of zero");
  Rational result;
  fmpq_inv(result._value, _value);
  return result;
}

Rational Rational::abs() const noexcept {
  Rational result;
  fmpq_abs(result._value, _value);
  return result;
}

Rational Rational::power(long exponent) const {
  if (exponent < 0 && is_zero()) throw_undefined("Rational::power: zero to a negative power");
  Rational result;
  fmpq_pow_si(result._value, _value, exponent);
  return result;
}

Rational& Rational::operator/=(const Rational& other) {
  if (other.is_zero()) throw_undefined("Rational: division of " + to_string() + " by zero");
  fmpq_div(_value, _value, other._value);
  return *this;
}

std::ostream& operator<<(std::ostream& out, const Rational& value) { return out << value.to_string(); }

}  // namespace irrepkit
