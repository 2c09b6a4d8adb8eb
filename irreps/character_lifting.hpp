// From a normalised modular character (v[s] = chi(g_s)/chi(1) mod p) to the
// exact character in Q(zeta_e).
//
// Degree: chi(1)^2 = |G| / <v, v> (the row orthogonality relation), lifted
// as the divisor d of |G| with d^2 = that residue (unique as d < p/2).
// Values: for g of order o the eigenvalues of rho(g) are o-th roots of
// unity; the multiplicity of E(o)^l is
//   m_l = (1/o) sum_{j=0}^{o-1} chi(g^j) zeta_o^(-j l)  (mod p, zeta_o = z^(e/o)),
// an integer in [0, chi(1)], and chi(g) = sum_l m_l E(o)^l exactly.
#pragma once

#include <cstdint>
#include <vector>

#include "irreps/character_table.hpp"
#include "irreps/class_structure.hpp"
#include "irreps/eigenspace_splitting.hpp"
#include "irreps/prime_field.hpp"

namespace irrepkit {

// The exact character with its eigenvalue multiplicities:
// multiplicities[s][l] = multiplicity of E(o_s)^l as an eigenvalue of rho(g_s).
struct LiftedCharacter {
  Character character;
  std::vector<std::vector<std::uint64_t>> multiplicities;
};

// Throws check_failed if no divisor of |G| fits.
std::uint64_t lift_degree(const ClassStructure& structure, const PrimeField& field,
                          const ModularVector& normalised);

// Throws check_failed if a multiplicity is not in [0, chi(1)] or they do not
// add up to chi(1). The indicator is left 0 (see frobenius_schur.hpp).
LiftedCharacter lift_character(const ClassStructure& structure, const PrimeField& field,
                               const ModularVector& normalised, std::uint64_t degree);

}  // namespace irrepkit
