// Word-size modular arithmetic for the modular character-table methods:
// primes p = 1 mod e, primitive roots and e-th roots of unity mod p, powers
// and inverses. Thin checked wrappers over FLINT's ulong_extras; moduli are
// below 2^63 (nmod range).
#pragma once

#include <cstdint>

namespace irrepkit {

inline constexpr std::uint64_t max_modulus = std::uint64_t{1} << 63;

bool is_prime(std::uint64_t n) noexcept;
// a^e mod p.
std::uint64_t power_mod(std::uint64_t a, std::uint64_t e, std::uint64_t p) noexcept;
// a^-1 mod p; throws undefined if gcd(a, p) != 1.
std::uint64_t inverse_mod(std::uint64_t a, std::uint64_t p);
// The least prime p > above with p = 1 mod e; throws unable if none below 2^63.
std::uint64_t prime_congruent_one(std::uint64_t e, std::uint64_t above);
// The least primitive root modulo the prime p; throws bad_input if p is not prime.
std::uint64_t primitive_root(std::uint64_t p);
// A primitive e-th root of unity mod the prime p (g^((p-1)/e) for the least
// primitive root g); throws bad_input unless p is prime and e divides p - 1.
std::uint64_t root_of_unity_mod(std::uint64_t e, std::uint64_t p);

}  // namespace irrepkit
