// Internal to lib/cyclotomic.cpp: the dense working buffer of cyclotomic
// arithmetic, and the per-field tables it uses.
//
// A buffer holds sum_i v_i E(n)^i for one working field n (never 2 mod 4),
// i in [0, n), as a dense array plus the list of touched indices (so clearing
// and scanning cost O(touched), not O(n)). Values are int64 in small mode and
// fmpz in big mode; callers choose small mode only when they have bounded the
// magnitudes (|v| <= 2^52 before convert_to_base, which at most doubles them
// once per prime of n). The pipeline is: add terms -> convert_to_base (write
// every E(n)^i in Zumbroich's basis) -> reduce (find the smallest field m,
// with exponents in stride s = n/m) -> extract (sorted terms, buffer cleared).
#pragma once

#include <cstdint>
#include <vector>

#include <flint/fmpz.h>

#include "lib/cyclotomic.hpp"

namespace irrepkit::detail {

inline constexpr std::int64_t small_value_bound = std::int64_t{1} << 52;

struct PrimePart {
  std::uint32_t prime;
  std::uint32_t exponent;  // valuation of n at prime
  std::uint32_t power;     // prime^exponent
};

// Tables for the working field Q(zeta_n).
struct FieldData {
  std::uint32_t n = 1;
  std::vector<PrimePart> primes;  // ascending
  // non_basis[i] has bit t set iff E(n)^i is outside the basis because of primes[t].
  std::vector<std::uint8_t> non_basis;
};

// Cached per thread; throws unable if n > Cyclotomic::max_conductor.
const FieldData& field_data(std::uint32_t n);

// lcm of two conductors, throwing unable past Cyclotomic::max_conductor.
std::uint32_t common_field(std::uint64_t a, std::uint64_t b);

class CyclotomicBuffer {
 public:
  CyclotomicBuffer() = default;
  ~CyclotomicBuffer();
  CyclotomicBuffer(const CyclotomicBuffer&) = delete;
  CyclotomicBuffer& operator=(const CyclotomicBuffer&) = delete;

  // Empties the buffer and sets the working field (must not be 2 mod 4).
  void start(std::uint32_t n, bool big);
  std::uint32_t field() const noexcept { return _n; }
  bool big() const noexcept { return _big; }
  bool empty() const noexcept { return _touched.empty(); }

  void add_small(std::uint32_t i, std::int64_t v) noexcept {
    touch(i);
    _small[i] += v;
  }
  void add_fmpz(std::uint32_t i, const fmpz* v) noexcept {
    touch(i);
    fmpz_add(&_large[i], &_large[i], v);
  }
  void addmul_fmpz(std::uint32_t i, const fmpz* a, const fmpz* b) noexcept {
    touch(i);
    fmpz_addmul(&_large[i], a, b);
  }
  // Adds a * scale (big mode).
  void addmul_fmpz_scaled(std::uint32_t i, const fmpz* a, const fmpz* scale) noexcept {
    addmul_fmpz(i, a, scale);
  }
  void promote();                        // small -> big mode, keeping the values
  void multiply_all(const fmpz* factor);  // big mode only
  // Re-embeds the contents into field m (a multiple of the current field).
  void extend_field(std::uint32_t m);

  void convert_to_base();
  // Smallest field containing the (basis) contents: its conductor m and stride s = n/m.
  void reduce(std::uint32_t& m, std::uint32_t& s);
  // Moves the nonzero values into terms (exponent i/s, sorted) and clears the buffer.
  void extract(std::uint32_t s, std::vector<CyclotomicTerm>& terms);
  // Copies the contents into another buffer (same field, mode).
  void copy_to(CyclotomicBuffer& other) const;
  void clear() noexcept;

 private:
  void touch(std::uint32_t i) noexcept {
    if (!_flag[i]) {
      _flag[i] = 1;
      _touched.push_back(i);
    }
  }
  bool is_zero(std::uint32_t i) const noexcept { return _big ? fmpz_is_zero(&_large[i]) : _small[i] == 0; }
  bool fold_prime(std::uint32_t p, std::uint32_t m, std::uint32_t s);
  std::uint32_t support_gcd() const;

  std::uint32_t _n = 1;
  bool _big = false;
  std::vector<std::int64_t> _small;
  std::vector<fmpz> _large;  // owned fmpz values; zero outside _touched
  std::vector<std::uint8_t> _flag;
  std::vector<std::uint32_t> _touched;
  std::vector<std::uint32_t> _leaders;  // scratch of fold_prime
};

// The calling thread's scratch buffer (used by one operation at a time).
CyclotomicBuffer& scratch_buffer();

}  // namespace irrepkit::detail
