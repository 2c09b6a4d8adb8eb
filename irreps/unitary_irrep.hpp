// Unitary irreducible representations rho: G -> U(d), one per irreducible character.
//
// rho is a homomorphism for GAP's product (g*h applies g first):
// rho(g*h) = rho(g) rho(h). Matrices are indexed by the element numbering of
// EnumeratedGroup. Every representation is verified (homomorphism on the
// generators, unitarity, character) before it is returned.
#pragma once

#include <complex>
#include <cstdint>
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
  std::vector<std::complex<double>> matrices;

  const std::complex<double>* matrix(ElementIndex g) const {
    return matrices.data() + static_cast<std::size_t>(g) * dimension * dimension;
  }
};

}  // namespace irrepkit
