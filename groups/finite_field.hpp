// GF(q), q = p^k <= 2^16, by small tables.
//
// An element is an integer 0..q-1 read as the polynomial sum c_i x^i with
// base-p digits c_i, modulo the field's defining polynomial. The primitive
// element z = Z(q) is GAP's: the smallest primitive root for prime q, and
// x modulo the Conway polynomial (FLINT's table) for q = p^k, k > 1; so
// Z(q)^e means the same element here as in GAP. Multiplication and
// inversion go through discrete log/exp tables.
#pragma once

#include <cstdint>
#include <vector>

namespace irrepkit {

class FiniteField {
 public:
  static constexpr std::uint32_t max_order = 65536;
  // Throws bad_input if q is not a prime power or exceeds max_order.
  explicit FiniteField(long long q);

  std::uint32_t order() const noexcept { return _q; }
  std::uint32_t characteristic() const noexcept { return _p; }
  std::uint32_t degree() const noexcept { return _k; }

  std::uint32_t add(std::uint32_t a, std::uint32_t b) const noexcept;
  std::uint32_t negate(std::uint32_t a) const noexcept;
  std::uint32_t subtract(std::uint32_t a, std::uint32_t b) const noexcept { return add(a, negate(b)); }
  std::uint32_t multiply(std::uint32_t a, std::uint32_t b) const noexcept;
  std::uint32_t inverse(std::uint32_t a) const;  // throws undefined on 0
  std::uint32_t primitive_power(long long e) const noexcept;  // Z(q)^e
  std::uint32_t from_integer(long long n) const noexcept;    // n * 1

 private:
  std::uint32_t _q = 2, _p = 2, _k = 1;
  std::vector<std::uint32_t> _exp;  // z^i, i = 0..q-2
  std::vector<std::uint32_t> _log;  // log_z(a) for a != 0
};

}  // namespace irrepkit
