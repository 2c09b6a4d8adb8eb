// The dense working buffer of cyclotomic arithmetic: conversion to
// Zumbroich's basis and reduction to the smallest field (see the header and
// lib/cyclotomic.hpp for the basis). Per-field tables are cached per thread.
#include "lib/detail/cyclotomic_buffer.hpp"

#include <algorithm>
#include <memory>
#include <numeric>
#include <string>
#include <unordered_map>

#include <flint/ulong_extras.h>

#include "lib/error.hpp"

namespace irrepkit::detail {

namespace {

std::uint32_t inverse_mod(std::uint32_t a, std::uint32_t m) {
  if (m == 1) return 0;
  return static_cast<std::uint32_t>(n_invmod(a % m, m));
}

std::unique_ptr<FieldData> make_field_data(std::uint32_t n) {
  auto data = std::make_unique<FieldData>();
  data->n = n;
  n_factor_t factors;
  n_factor_init(&factors);
  n_factor(&factors, n, 1);
  for (int t = 0; t < factors.num; ++t) {
    std::uint32_t p = static_cast<std::uint32_t>(factors.p[t]);
    std::uint32_t power = 1;
    for (int e = 0; e < factors.exp[t]; ++e) power *= p;
    data->primes.push_back({p, static_cast<std::uint32_t>(factors.exp[t]), power});
  }
  std::sort(data->primes.begin(), data->primes.end(),
            [](const PrimePart& a, const PrimePart& b) { return a.prime < b.prime; });
  data->non_basis.assign(n, 0);
  for (std::size_t t = 0; t < data->primes.size(); ++t) {
    const PrimePart& part = data->primes[t];
    std::uint32_t q = part.power;
    // The p-part of E(n)^i is E(q)^l with l = i * (n/q)^-1 mod q.
    std::uint64_t inverse = inverse_mod((n / q) % q, q);
    std::uint32_t low = q / part.prime;  // p^(a-1)
    std::uint32_t half = (low - 1) / 2;
    for (std::uint32_t i = 0; i < n; ++i) {
      std::uint32_t l = static_cast<std::uint32_t>((i % q) * inverse % q);
      bool outside = part.prime == 2 ? l >= low : (l <= half || l >= q - half);
      if (outside) data->non_basis[i] |= static_cast<std::uint8_t>(1u << t);
    }
  }
  return data;
}

}  // namespace

const FieldData& field_data(std::uint32_t n) {
  thread_local std::unordered_map<std::uint32_t, std::unique_ptr<FieldData>> cache;
  thread_local const FieldData* last = nullptr;
  if (last != nullptr && last->n == n) return *last;
  if (n == 0 || n > Cyclotomic::max_conductor) {
    throw_unable("Cyclotomic: field Q(E(" + std::to_string(n) + ")) exceeds the largest supported conductor " +
                 std::to_string(Cyclotomic::max_conductor));
  }
  auto& slot = cache[n];
  if (!slot) slot = make_field_data(n);
  last = slot.get();
  return *last;
}

std::uint32_t common_field(std::uint64_t a, std::uint64_t b) {
  std::uint64_t l = std::lcm(a, b);
  if (l > Cyclotomic::max_conductor) {
    throw_unable("Cyclotomic: the field of E(" + std::to_string(a) + ") and E(" + std::to_string(b) +
                 ") has conductor " + std::to_string(l) + ", above the supported " +
                 std::to_string(Cyclotomic::max_conductor));
  }
  return static_cast<std::uint32_t>(l);
}

CyclotomicBuffer::~CyclotomicBuffer() {
  for (fmpz& v : _large) fmpz_clear(&v);
}

void CyclotomicBuffer::start(std::uint32_t n, bool big) {
  clear();
  _n = n;
  _big = big;
  if (_flag.size() < n) _flag.resize(n, 0);
  if (big) {
    if (_large.size() < n) _large.resize(n, 0);
  } else {
    if (_small.size() < n) _small.resize(n, 0);
  }
}

void CyclotomicBuffer::clear() noexcept {
  for (std::uint32_t i : _touched) {
    _flag[i] = 0;
    if (_big) {
      fmpz_zero(&_large[i]);
    } else {
      _small[i] = 0;
    }
  }
  _touched.clear();
}

void CyclotomicBuffer::promote() {
  if (_big) return;
  if (_large.size() < _n) _large.resize(_n, 0);
  for (std::uint32_t i : _touched) {
    fmpz_set_si(&_large[i], _small[i]);
    _small[i] = 0;
  }
  _big = true;
}

void CyclotomicBuffer::multiply_all(const fmpz* factor) {
  for (std::uint32_t i : _touched) fmpz_mul(&_large[i], &_large[i], factor);
}

void CyclotomicBuffer::extend_field(std::uint32_t m) {
  if (m == _n) return;
  std::uint32_t stride = m / _n;
  std::vector<std::uint32_t> old = _touched;
  // Move values out, then back in at scaled positions (descending, so a
  // destination never holds a value not yet moved: i*stride >= i).
  if (_flag.size() < m) _flag.resize(m, 0);
  if (_big) {
    if (_large.size() < m) _large.resize(m, 0);
  } else {
    if (_small.size() < m) _small.resize(m, 0);
  }
  for (std::uint32_t i : old) _flag[i] = 0;
  _touched.clear();
  std::sort(old.begin(), old.end(), std::greater<>());
  for (std::uint32_t i : old) {
    std::uint32_t j = i * stride;
    if (_big) {
      if (j != i) fmpz_swap(&_large[j], &_large[i]);
    } else if (j != i) {
      _small[j] = _small[i];
      _small[i] = 0;
    }
    _flag[j] = 1;
    _touched.push_back(j);
  }
  _n = m;
}

void CyclotomicBuffer::convert_to_base() {
  const FieldData& field = field_data(_n);
  const std::uint8_t* non_basis = field.non_basis.data();
  for (std::size_t t = 0; t < field.primes.size(); ++t) {
    const std::uint32_t p = field.primes[t].prime;
    const std::uint8_t bit = static_cast<std::uint8_t>(1u << t);
    const std::uint32_t step = _n / p;
    // Indices pushed while we scan are in the basis for this prime.
    for (std::size_t k = 0; k < _touched.size(); ++k) {
      std::uint32_t i = _touched[k];
      if (!(non_basis[i] & bit) || is_zero(i)) continue;
      // p = 2: E(n)^i = -E(n)^(i+n/2). Odd p: E(n)^i = -sum_{j=1}^{p-1} E(n)^(i+j*n/p).
      std::uint32_t target = i;
      for (std::uint32_t j = 1; j < p; ++j) {
        target += step;
        if (target >= _n) target -= _n;
        touch(target);
        if (_big) {
          fmpz_sub(&_large[target], &_large[target], &_large[i]);
        } else {
          _small[target] -= _small[i];
        }
      }
      if (_big) {
        fmpz_zero(&_large[i]);
      } else {
        _small[i] = 0;
      }
    }
  }
}

std::uint32_t CyclotomicBuffer::support_gcd() const {
  std::uint32_t g = _n;
  for (std::uint32_t i : _touched) {
    if (is_zero(i)) continue;
    g = std::gcd(g, i);
    if (g == 1) break;
  }
  return g;
}

// Basis contents in field m (stride s): if the element lies in Q(zeta_{m/p})
// for a prime p dividing m exactly once (odd), rewrites it there and returns true.
bool CyclotomicBuffer::fold_prime(std::uint32_t p, std::uint32_t m, std::uint32_t s) {
  const std::uint32_t step = m / p;                   // in m-space
  const std::uint32_t digit_inverse = inverse_mod(step % p, p);
  auto equal = [&](std::uint32_t a, std::uint32_t b) {
    return _big ? fmpz_equal(&_large[a], &_large[b]) : _small[a] == _small[b];
  };
  std::vector<std::uint32_t>& leaders = _leaders;  // N-space index of the base b (j = 0) per group
  leaders.clear();
  for (std::uint32_t index : _touched) {
    if (is_zero(index)) continue;
    std::uint32_t k = index / s;
    std::uint32_t j = static_cast<std::uint32_t>(static_cast<std::uint64_t>(k % p) * digit_inverse % p);
    // j != 0 since the contents are in the basis.
    std::uint64_t base = (static_cast<std::uint64_t>(k) + static_cast<std::uint64_t>(p - j) * step) % m;
    std::uint32_t first = static_cast<std::uint32_t>(((base + step) % m) * s);
    if (j != 1) {
      if (is_zero(first)) return false;
      continue;
    }
    std::uint64_t member = base + step;
    for (std::uint32_t jj = 2; jj < p; ++jj) {
      member += step;
      if (member >= m) member -= m;
      if (!equal(static_cast<std::uint32_t>(member * s), first)) return false;
    }
    leaders.push_back(static_cast<std::uint32_t>(base * s));
  }
  // The group sum_{j=1}^{p-1} c E(m)^(b + j m/p) equals -c E(m)^b.
  for (std::uint32_t base_index : leaders) {
    std::uint32_t base = base_index / s;
    std::uint32_t first = static_cast<std::uint32_t>(((static_cast<std::uint64_t>(base) + step) % m) * s);
    touch(base_index);
    if (_big) {
      fmpz_neg(&_large[base_index], &_large[first]);
    } else {
      _small[base_index] = -_small[first];
    }
    std::uint64_t member = base;
    for (std::uint32_t jj = 1; jj < p; ++jj) {
      member += step;
      if (member >= m) member -= m;
      std::uint32_t at = static_cast<std::uint32_t>(member * s);
      if (_big) {
        fmpz_zero(&_large[at]);
      } else {
        _small[at] = 0;
      }
    }
  }
  return true;
}

void CyclotomicBuffer::reduce(std::uint32_t& m, std::uint32_t& s) {
  m = _n;
  s = 1;
  std::uint32_t g = support_gcd();
  if (g == _n) {  // zero, or only E(n)^0: rational
    m = 1;
    s = _n;
    return;
  }
  const FieldData& field = field_data(_n);
  for (const PrimePart& part : field.primes) {
    const std::uint32_t p = part.prime;
    if (p == 2) {
      while (m % 8 == 0 && g % (2 * s) == 0) {
        s *= 2;
        m /= 2;
      }
      // Q(zeta_{4m'}) -> Q(zeta_{2m'}) = Q(zeta_{m'}); basis exponents are then 0 mod 4.
      if (m % 4 == 0 && m % 8 != 0 && g % (4 * s) == 0) {
        s *= 4;
        m /= 4;
      }
    } else {
      const std::uint64_t p64 = p;
      while (m % (p64 * p64) == 0 && g % (p64 * s) == 0) {
        s *= p;
        m /= p;
      }
      if (m % p == 0 && m % (p64 * p64) != 0 && fold_prime(p, m, s)) {
        s *= p;
        m /= p;
        g = support_gcd();
      }
    }
  }
}

void CyclotomicBuffer::extract(std::uint32_t s, std::vector<CyclotomicTerm>& terms) {
  terms.clear();
  std::size_t count = 0;
  for (std::uint32_t i : _touched) count += !is_zero(i);
  terms.reserve(count);
  if (_touched.size() * 8 > _n) {
    // Dense: scan in order instead of sorting.
    for (std::uint32_t i = 0; i < _n; i += s) {
      if (!_flag[i] || is_zero(i)) continue;
      terms.emplace_back();
      terms.back().exponent = i / s;
      if (_big) {
        fmpz_swap(&terms.back().coefficient, &_large[i]);
      } else {
        fmpz_set_si(&terms.back().coefficient, _small[i]);
      }
    }
  } else {
    std::sort(_touched.begin(), _touched.end());
    for (std::uint32_t i : _touched) {
      if (is_zero(i)) continue;
      terms.emplace_back();
      terms.back().exponent = i / s;
      if (_big) {
        fmpz_swap(&terms.back().coefficient, &_large[i]);
      } else {
        fmpz_set_si(&terms.back().coefficient, _small[i]);
      }
    }
  }
  clear();
}

void CyclotomicBuffer::copy_to(CyclotomicBuffer& other) const {
  other.start(_n, _big);
  for (std::uint32_t i : _touched) {
    if (_big) {
      other.add_fmpz(i, &_large[i]);
    } else {
      other.add_small(i, _small[i]);
    }
  }
}

CyclotomicBuffer& scratch_buffer() {
  thread_local CyclotomicBuffer buffer;
  return buffer;
}

}  // namespace irrepkit::detail
