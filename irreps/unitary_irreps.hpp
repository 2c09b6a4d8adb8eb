// compute_unitary_irreps: one verified unitary irreducible representation per
// irreducible character of a CharacterTable, in the table's character order.
//
// Conventions: rho(g*h) = rho(g) rho(h) for GAP's product (g*h applies g first);
// matrices are indexed by EnumeratedGroup's element numbering; element g's
// numeric matrix sits at offset g*d*d, row-major (UnitaryIrrep::matrix(g)).
//
// Constructions, tried in this order for each character (see UnitaryIrrep):
//   1. degree 1: rho(g) = chi(g), exact (exact_unitary);
//   2. monomial: chi = Ind_H^G lambda for a subgroup H of index chi(1) and a
//      linear character lambda of H (checked by Frobenius reciprocity); the
//      induced representation has root-of-unity entries, exact (exact_unitary);
//   3. exact isotypic: the chi-component of an induced module Ind_H^G lambda in
//      which chi occurs once, with a basis of projected coset vectors chosen so
//      that the Gram matrix unitarises with cyclotomic square roots
//      (exact_unitary), or else exact matrices unitarised numerically (exact);
//      see exact_isotypic_route.hpp;
//   4. numeric: an irreducible subspace of a small induced module Ind_H^G lambda
//      containing chi, or of the regular representation (the fallback and the
//      cross-check of the exact routes), whichever is estimated cheaper;
//      construction = numeric.
// Every representation is verified before it is returned (homomorphism on all
// (element, generator) pairs, unitarity, trace = character; exactly for the
// exact constructions, to 1e-9 for numeric ones; for |G| above both limits below,
// numeric ones on class representatives and generators); a failure throws check_failed.
// The same group and options give the same matrices bit for bit (fixed seeds).
#pragma once

#include <cstdint>
#include <vector>

#include "irreps/character_table.hpp"
#include "irreps/unitary_irrep.hpp"

namespace irrepkit {

struct UnitaryIrrepOptions {
  // Try the exact constructions (linear, monomial) before the numeric one.
  bool exact = true;
  // Seed of the numeric route (random commutant element and basis order).
  std::uint64_t seed = 0x9e3779b97f4a7c15ULL;
  // Largest |G| for which the numeric route (regular representation, memory
  // ~ 16 |G| d^2 bytes per character) is attempted; above it a character that
  // has no exact construction throws unable naming the order.
  std::uint64_t numeric_order_limit = 6000;
  // Largest |G| for which the matrices of all elements are stored
  // (UnitaryIrrep::matrices, 16 |G|^2 bytes in total); above it only the
  // generator matrices are kept and `matrices` is left empty.
  std::uint64_t all_elements_limit = 4000;
  // Allow the numeric route through induced modules (else: regular representation only).
  bool induced_modules = true;
  // Largest induced module dimension [G:H] considered (dense N x N work).
  std::size_t module_dimension_limit = 2000;
  // Largest subgroup order for which the monomial search computes the linear
  // characters of a candidate subgroup.
  std::uint64_t monomial_subgroup_limit = 20000;
  // Exact isotypic route (non-monomial characters): largest module dimension
  // [G:H], largest |G| * [G:H] (memory of the monomial module, 8 bytes each),
  // largest exponent of G, number of modules tried, and the budget (rational
  // multiply-adds: cyclotomic ones times phi(m) in Q(zeta_m)) of the exact
  // homomorphism check on all (element, generator) pairs.
  std::size_t exact_module_dimension_limit = 64;  // the LDL over the field costs ~[G:H]^3 cyclotomic divisions (PSL(2,13), [G:H] = 91: minutes)
  std::uint64_t exact_module_work_limit = 20000000;
  std::uint64_t exact_exponent_limit = 2000;
  std::size_t exact_module_attempts = 12;
  std::uint64_t exact_verification_budget = 4000000;
  // Largest conductor m of Q(zeta_m) holding an exact unitarisation, as a
  // multiple of the exponent of G (never below 840): each square root of a
  // pivot can multiply the field, and arithmetic there costs ~phi(m)^2
  // (PSL(2,11): Q(zeta_40040), half an hour). Above it the representation
  // stays exact and is unitarised numerically (construction `exact`).
  std::uint64_t exact_unitary_conductor_factor = 4;
};

std::vector<UnitaryIrrep> compute_unitary_irreps(const CharacterTable& table,
                                                 const UnitaryIrrepOptions& options = {});

// One representation, for character `character_index` of `table`.
UnitaryIrrep compute_unitary_irrep(const CharacterTable& table, std::size_t character_index,
                                   const UnitaryIrrepOptions& options = {});

// Share of each construction in `irreps`, counted per irrep: {exact_unitary, exact, numeric}.
struct ConstructionShare {
  std::size_t exact_unitary = 0;
  std::size_t exact = 0;
  std::size_t numeric = 0;
};
ConstructionShare construction_share(const std::vector<UnitaryIrrep>& irreps);

const char* construction_name(IrrepConstruction construction);  // "exact_unitary", ...

}  // namespace irrepkit
