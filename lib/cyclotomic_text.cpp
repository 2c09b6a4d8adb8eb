// Cyclotomic in GAP's notation: printing (exactly as GAP prints, e.g.
// "-1/2*E(3)", "E(7)+E(7)^2+E(7)^4", "1+E(8)": terms by increasing exponent,
// exponent 0 as a bare rational, coefficient +-1 omitted) and parsing.
//
// Grammar accepted by parse (blanks and GAP's "\" + newline continuations are skipped):
//   sum     := product { ("+" | "-") product }
//   product := factor { ("*" | "/") factor }
//   factor  := ["+" | "-"] power
//   power   := primary [ "^" ["+" | "-"] digits ]
//   primary := digits | "E" "(" digits ")" | "(" sum ")"   (at most 200 nested)
// Positions in error messages are 0-based offsets into the text.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "lib/cyclotomic.hpp"
#include "lib/error.hpp"

namespace irrepkit {

std::string Cyclotomic::to_string() const {
  if (_terms.empty()) return "0";
  std::string text;
  const std::string root = "E(" + std::to_string(_conductor) + ")";
  const bool integral = fmpz_is_one(_denominator.raw());
  for (const Term& term : _terms) {
    std::string coefficient = integral ? Integer(&term.coefficient).to_string()
                                       : Rational(Integer(&term.coefficient), _denominator).to_string();
    std::string piece;
    if (term.exponent == 0) {
      piece = coefficient;
    } else {
      if (coefficient == "1") {
        piece = root;
      } else if (coefficient == "-1") {
        piece = '-';
        piece += root;
      } else {
        piece = coefficient + "*" + root;
      }
      if (term.exponent != 1) {
        piece += '^';
        piece += std::to_string(term.exponent);
      }
    }
    if (!text.empty() && piece[0] != '-') text += '+';
    text += piece;
  }
  return text;
}

namespace {

class CyclotomicParser {
 public:
  // GAP breaks long output with "\" + newline anywhere, even inside a number:
  // drop those first, remembering where each kept character came from.
  explicit CyclotomicParser(std::string_view text) : _original(text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '\n' || text[i + 1] == '\r')) {
        ++i;
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        continue;
      }
      _cleaned.push_back(text[i]);
      _origin.push_back(i);
    }
    _origin.push_back(text.size());
    _text = _cleaned;
  }

  Cyclotomic parse() {
    skip_blanks();
    if (_position == _text.size()) fail("empty expression");
    Cyclotomic value = parse_sum();
    if (_position != _text.size()) fail("unexpected '" + std::string(1, _text[_position]) + "'");
    return value;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw_bad_input("Cyclotomic::parse: " + what + " at position " + std::to_string(original(_position)) +
                    " in \"" + std::string(_original) + "\"");
  }
  std::size_t original(std::size_t position) const { return _origin[std::min(position, _origin.size() - 1)]; }

  void skip_blanks() {
    while (_position < _text.size()) {
      char c = _text[_position];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++_position;
      } else {
        break;
      }
    }
  }

  bool accept(char c) {
    skip_blanks();
    if (_position < _text.size() && _text[_position] == c) {
      ++_position;
      skip_blanks();
      return true;
    }
    return false;
  }

  void expect(char c) {
    skip_blanks();
    if (_position >= _text.size()) fail(std::string("expected '") + c + "' but the text ended");
    if (_text[_position] != c) fail(std::string("expected '") + c + "', found '" + _text[_position] + "'");
    ++_position;
    skip_blanks();
  }

  bool at_digit() const { return _position < _text.size() && _text[_position] >= '0' && _text[_position] <= '9'; }

  Integer parse_digits() {
    skip_blanks();
    if (!at_digit()) {
      if (_position >= _text.size()) fail("expected a number but the text ended");
      fail("expected a number, found '" + std::string(1, _text[_position]) + "'");
    }
    std::size_t start = _position;
    while (at_digit()) ++_position;
    Integer value(_text.substr(start, _position - start));
    skip_blanks();
    return value;
  }

  Cyclotomic parse_sum() {
    Cyclotomic value = parse_product();
    while (true) {
      if (accept('+')) {
        value += parse_product();
      } else if (accept('-')) {
        value -= parse_product();
      } else {
        return value;
      }
    }
  }

  Cyclotomic parse_product() {
    Cyclotomic value = parse_factor();
    while (true) {
      if (accept('*')) {
        value *= parse_factor();
      } else if (accept('/')) {
        std::size_t where = _position;
        Cyclotomic divisor = parse_factor();
        if (divisor.is_zero()) {
          throw_undefined("Cyclotomic::parse: division by zero at position " + std::to_string(original(where)) +
                          " in \"" + std::string(_original) + "\"");
        }
        // Rational divisors (the common "1/2") avoid a field inversion.
        if (divisor.is_rational()) {
          value *= Cyclotomic(divisor.rational_value().inverse());
        } else {
          value /= divisor;
        }
      } else {
        return value;
      }
    }
  }

  Cyclotomic parse_factor() {
    if (accept('-')) return -parse_power();
    accept('+');
    return parse_power();
  }

  long long parse_exponent() {
    bool negative = false;
    if (accept('-')) {
      negative = true;
    } else {
      accept('+');
    }
    std::size_t where = _position;
    Integer digits = parse_digits();
    if (!digits.fits_long()) {
      _position = where;
      fail("exponent too large");
    }
    long long e = digits.to_long();
    return negative ? -e : e;
  }

  Cyclotomic parse_power() {
    skip_blanks();
    if (_position < _text.size() && _text[_position] == 'E') {
      ++_position;
      expect('(');
      std::size_t where = _position;
      Integer n = parse_digits();
      if (n.is_zero() || !n.fits_ulong() || n.to_ulong() > Cyclotomic::max_conductor) {
        _position = where;
        fail("E(n) needs 1 <= n <= " + std::to_string(Cyclotomic::max_conductor) + ", got " + n.to_string());
      }
      expect(')');
      long long k = 1;
      if (accept('^')) k = parse_exponent();
      return Cyclotomic::root_of_unity(n.to_ulong(), k);
    }
    Cyclotomic base = parse_primary();
    if (accept('^')) {
      std::size_t where = _position;
      long long k = parse_exponent();
      if (k < 0 && base.is_zero()) {
        throw_undefined("Cyclotomic::parse: zero to a negative power at position " +
                        std::to_string(original(where)) + " in \"" + std::string(_original) + "\"");
      }
      return checked_power(base, k, where);
    }
    return base;
  }

  // base^k for an exponent from the text: a root of unity (an algebraic
  // integer with base * conjugate(base) = 1; in an abelian field then every
  // conjugate has absolute value 1) has order dividing lcm(2, n), so k is
  // reduced; any other base grows with k, so the size of the result (about
  // |k| * (coefficient bits + log2(terms)) bits) is capped: "2^99999999999"
  // is refused instead of exhausting time and memory.
  Cyclotomic checked_power(const Cyclotomic& base, long long k, std::size_t where) {
    if (base.is_zero() || base.is_one() || k == 0 || k == 1) return base.power(k);
    if (base.is_integral() && (base * base.conjugate()).is_one()) {
      const long long n = static_cast<long long>(base.conductor());
      const long long order = n % 2 == 0 ? n : 2 * n;
      return base.power(k % order);
    }
    double bits_per_factor = 1.0;
    for (const auto& [exponent, coefficient] : base.coefficients()) {
      (void)exponent;
      bits_per_factor = std::max(bits_per_factor, static_cast<double>(fmpz_bits(fmpq_numref(coefficient.raw()))) +
                                                      static_cast<double>(fmpz_bits(fmpq_denref(coefficient.raw()))));
    }
    bits_per_factor += std::log2(static_cast<double>(base.coefficients().size()) + 1.0);
    const double magnitude = k < 0 ? -static_cast<double>(k) : static_cast<double>(k);
    if (magnitude * bits_per_factor > max_power_bits) {
      _position = where;
      fail("power too large (about " + std::to_string(static_cast<long long>(magnitude * bits_per_factor)) +
           " bits; at most " + std::to_string(static_cast<long long>(max_power_bits)) + ")");
    }
    return base.power(k);
  }
  static constexpr double max_power_bits = 1 << 22;

  Cyclotomic parse_primary() {
    skip_blanks();
    if (accept('(')) {
      // Each '(' recurses: 10000 of them overflowed the stack (found under
      // AddressSanitizer). GAP never prints nested parentheses.
      if (_depth == max_depth) fail("parentheses nested more than " + std::to_string(max_depth) + " levels deep");
      ++_depth;
      Cyclotomic value = parse_sum();
      --_depth;
      expect(')');
      return value;
    }
    if (_position >= _text.size()) fail("expected a number, E(n) or '(' but the text ended");
    if (!at_digit()) fail("expected a number, E(n) or '(', found '" + std::string(1, _text[_position]) + "'");
    return Cyclotomic(parse_digits());
  }

  std::string_view _original;
  std::string _cleaned;
  std::vector<std::size_t> _origin;  // _origin[i]: position in _original of _cleaned[i]
  std::string_view _text;            // _cleaned
  std::size_t _position = 0;
  int _depth = 0;  // open parentheses around _position
  static constexpr int max_depth = 200;
};

}  // namespace

Cyclotomic Cyclotomic::parse(std::string_view text) { return CyclotomicParser(text).parse(); }

}  // namespace irrepkit
