// The prime field F_p in which Dixon-Schneider works, with a fixed
// primitive e-th root of unity z (e = exponent of G).
//
// p is the smallest prime with p = 1 (mod e) and p > 2*sqrt(|G|): then F_p
// contains all e-th roots of unity, the class algebra splits over F_p, and
// an integer in [0, sqrt(|G|)] is determined by its residue (degrees and
// eigenvalue multiplicities lift uniquely). The embedding Z[zeta_e] -> F_p
// used throughout is E(e) -> z; E(o) -> z^(e/o) for o | e.
#pragma once

#include <cstdint>
#include <vector>

#include <flint/flint.h>
#include <flint/nmod_vec.h>

namespace irrepkit {

struct PrimeField {
  nmod_t mod{};
  std::uint64_t exponent = 1;      // e
  mp_limb_t root_of_unity = 1;     // z, of multiplicative order exactly e

  mp_limb_t prime() const noexcept { return mod.n; }
  mp_limb_t add(mp_limb_t a, mp_limb_t b) const noexcept { return nmod_add(a, b, mod); }
  mp_limb_t sub(mp_limb_t a, mp_limb_t b) const noexcept { return nmod_sub(a, b, mod); }
  mp_limb_t mul(mp_limb_t a, mp_limb_t b) const noexcept { return nmod_mul(a, b, mod); }
  mp_limb_t inv(mp_limb_t a) const;  // throws undefined on 0
  mp_limb_t pow(mp_limb_t a, std::uint64_t e) const noexcept;
  mp_limb_t from_unsigned(std::uint64_t a) const noexcept;
  // z^(e/o): the image of E(o); o must divide e.
  mp_limb_t root_of_unity_of_order(std::uint64_t o) const;
  // Units k mod e whose powers generate (Z/e)^* (CRT lifts of generators of
  // each (Z/q^a)^*); used for Galois conjugation chi(g) -> chi(g^k).
  std::vector<std::uint64_t> unit_group_generators() const;
};

// The field for a group of order `group_order` and exponent `exponent`.
// Throws unable if no such prime fits in a machine word.
PrimeField choose_prime_field(std::uint64_t group_order, std::uint64_t exponent);

}  // namespace irrepkit
