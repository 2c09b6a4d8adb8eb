// Word-size modular arithmetic over FLINT's ulong_extras (see the header).
#include "lib/modular_arithmetic.hpp"

#include <string>

#include <flint/ulong_extras.h>

#include "lib/error.hpp"

namespace irrepkit {

bool is_prime(std::uint64_t n) noexcept { return n_is_prime(n) != 0; }

std::uint64_t power_mod(std::uint64_t a, std::uint64_t e, std::uint64_t p) noexcept {
  if (p == 1) return 0;
  // n_powmod2_ui_preinv handles the full word range.
  return n_powmod2_ui_preinv(a % p, e, p, n_preinvert_limb(p));
}

std::uint64_t inverse_mod(std::uint64_t a, std::uint64_t p) {
  mp_limb_t inverse = 0;
  mp_limb_t g = n_gcdinv(&inverse, a % p, p);
  if (g != 1) {
    throw_undefined("inverse_mod: " + std::to_string(a) + " is not invertible modulo " + std::to_string(p));
  }
  return inverse;
}

std::uint64_t prime_congruent_one(std::uint64_t e, std::uint64_t above) {
  if (e == 0) throw_bad_input("prime_congruent_one: e must be positive");
  // Candidates k*e + 1 > above.
  std::uint64_t k = above / e;
  while (true) {
    if (k > (max_modulus - 2) / e) {
      throw_unable("prime_congruent_one: no prime = 1 mod " + std::to_string(e) + " above " + std::to_string(above) +
                   " below 2^63");
    }
    std::uint64_t candidate = k * e + 1;
    if (candidate > above && n_is_prime(candidate)) return candidate;
    ++k;
  }
}

std::uint64_t primitive_root(std::uint64_t p) {
  if (p < 2 || p >= max_modulus || !n_is_prime(p)) {
    throw_bad_input("primitive_root: " + std::to_string(p) + " is not a prime below 2^63");
  }
  if (p == 2) return 1;
  // Our own search: FLINT 2.9's n_primitive_root_prime answers wrongly above 2^62.
  n_factor_t factors;
  n_factor_init(&factors);
  n_factor(&factors, p - 1, 1);
  for (std::uint64_t g = 2; g < p; ++g) {
    bool primitive = true;
    for (int t = 0; t < factors.num && primitive; ++t) primitive = power_mod(g, (p - 1) / factors.p[t], p) != 1;
    if (primitive) return g;
  }
  throw_check_failed("primitive_root: none found modulo " + std::to_string(p));
}

std::uint64_t root_of_unity_mod(std::uint64_t e, std::uint64_t p) {
  if (e == 0 || p < 2 || !n_is_prime(p) || (p - 1) % e != 0) {
    throw_bad_input("root_of_unity_mod: need a prime p with e | p - 1, got e = " + std::to_string(e) +
                    ", p = " + std::to_string(p));
  }
  return power_mod(primitive_root(p), (p - 1) / e, p);
}

}  // namespace irrepkit
