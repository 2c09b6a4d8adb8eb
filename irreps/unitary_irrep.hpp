// Unitary irreducible representations rho: G -> U(d), one per irreducible character.
//
// rho is a homomorphism for GAP's product (g*h applies g first):
// rho(g*h) = rho(g) rho(h). Matrices are indexed by the element numbering of
// EnumeratedGroup. Every representation is verified (homomorphism on the
// generators, unitarity, character) before it is returned.
#pragma once

#include <complex>
#include <cstdint>
#include <string>
#include <vector>

#include "groups/enumerated_group.hpp"
#include "irreps/character_table.hpp"

namespace irrepkit {

// How a representation was obtained.
enum class IrrepConstruction { exact_unitary, exact, numeric };

struct UnitaryIrrep {
  std::size_t character_index = 0;  // into CharacterTable::characters()
  std::size_t dimension = 0;
  int indicator = 0;
  IrrepConstruction construction = IrrepConstruction::numeric;
  // Numeric unitary matrices of all elements, element g at offset g*d*d,
  // row-major d x d (for exact constructions: the exact values rounded).
  // Empty when |G| exceeds UnitaryIrrepOptions::all_elements_limit.
  std::vector<std::complex<double>> matrices;
  // Numeric matrices of the generators (in PermutationGroup::generators()
  // order), d*d row-major each, concatenated; always filled.
  std::vector<std::complex<double>> generator_matrices;
  // Exact matrices of the generators, one row-major d*d vector each, for the
  // exact constructions (empty for numeric ones); print with to_string (GAP).
  std::vector<std::vector<Cyclotomic>> exact_generator_matrices;
  // How it was built, e.g. "induced from a subgroup of order 8 (Sylow 2)".
  std::string construction_detail;

  const std::complex<double>* matrix(ElementIndex g) const {
    return matrices.data() + static_cast<std::size_t>(g) * dimension * dimension;
  }
};

}  // namespace irrepkit
