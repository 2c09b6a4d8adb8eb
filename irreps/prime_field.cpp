// Choice of the prime for Dixon-Schneider and arithmetic in F_p (FLINT nmod).
#include "irreps/prime_field.hpp"

#include <flint/ulong_extras.h>

#include <numeric>
#include <string>

#include "lib/error.hpp"

namespace irrepkit {

mp_limb_t PrimeField::inv(mp_limb_t a) const {
  if (a % mod.n == 0) throw_undefined("PrimeField::inv: zero has no inverse mod " + std::to_string(mod.n));
  return n_invmod(a % mod.n, mod.n);
}

mp_limb_t PrimeField::pow(mp_limb_t a, std::uint64_t e) const noexcept {
  return n_powmod2_ui_preinv(a % mod.n, e, mod.n, mod.ninv);
}

mp_limb_t PrimeField::from_unsigned(std::uint64_t a) const noexcept { return a % mod.n; }

mp_limb_t PrimeField::root_of_unity_of_order(std::uint64_t o) const {
  if (o == 0 || exponent % o != 0) {
    throw_undefined("PrimeField: order " + std::to_string(o) + " does not divide the exponent " +
                    std::to_string(exponent));
  }
  return pow(root_of_unity, exponent / o);
}

namespace {

// A generator of (Z/q^a)^* for an odd prime q.
std::uint64_t primitive_root_prime_power(std::uint64_t q, unsigned a) {
  std::uint64_t r = n_primitive_root_prime(q);
  if (a == 1) return r;
  std::uint64_t q2 = q * q;
  // r generates (Z/q^a)^* for all a >= 2 iff r^(q-1) != 1 mod q^2.
  if (n_powmod2(r, q - 1, q2) != 1) return r;
  return r + q;
}

// x = a mod m1, x = 1 mod m2 (coprime), as 0 <= x < m1*m2.
std::uint64_t crt_with_one(std::uint64_t a, std::uint64_t m1, std::uint64_t m2) {
  if (m2 == 1) return a % m1;
  // x = 1 + m2 * t, m2 * t = a - 1 mod m1.
  std::uint64_t inverse = n_invmod(m2 % m1, m1);
  std::uint64_t t = n_mulmod2((a + m1 - 1) % m1, inverse, m1);
  return 1 + m2 * t;
}

}  // namespace

std::vector<std::uint64_t> PrimeField::unit_group_generators() const {
  std::vector<std::uint64_t> result;
  if (exponent <= 2) return result;
  n_factor_t factors;
  n_factor_init(&factors);
  n_factor(&factors, exponent, 1);
  for (int i = 0; i < factors.num; ++i) {
    std::uint64_t q = factors.p[i];
    unsigned a = factors.exp[i];
    std::uint64_t qa = n_pow(q, a);
    std::uint64_t rest = exponent / qa;
    std::vector<std::uint64_t> local;
    if (q == 2) {
      if (a >= 2) local.push_back(qa - 1);
      if (a >= 3) local.push_back(5);
    } else {
      local.push_back(primitive_root_prime_power(q, a));
    }
    for (std::uint64_t g : local) result.push_back(crt_with_one(g, qa, rest));
  }
  return result;
}

PrimeField choose_prime_field(std::uint64_t group_order, std::uint64_t exponent) {
  if (group_order == 0 || exponent == 0) throw_bad_input("choose_prime_field: the group order must be positive");
  const unsigned __int128 bound = static_cast<unsigned __int128>(4) * group_order;
  for (std::uint64_t t = 1;; ++t) {
    unsigned __int128 candidate = static_cast<unsigned __int128>(t) * exponent + 1;
    if (candidate >= (static_cast<unsigned __int128>(1) << 62)) {
      throw_unable("choose_prime_field: no prime p = 1 mod " + std::to_string(exponent) +
                   " fits in a machine word");
    }
    std::uint64_t p = static_cast<std::uint64_t>(candidate);
    if (static_cast<unsigned __int128>(p) * p <= bound) continue;
    if (!n_is_prime(p)) continue;
    PrimeField field;
    nmod_init(&field.mod, p);
    field.exponent = exponent;
    std::uint64_t generator = n_primitive_root_prime(p);
    field.root_of_unity = field.pow(generator, (p - 1) / exponent);
    return field;
  }
}

}  // namespace irrepkit
