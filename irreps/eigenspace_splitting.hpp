// Dixon-Schneider's modular step: the irreducible characters of G modulo p
// as the common eigenvectors of the class matrices M_j (see
// class_structure.hpp), found by splitting F_p^k into eigenspaces of one
// class matrix after another until every space is a line.
//
// Cheap characters shorten the splitting: the trivial character is known
// from the start, and every character found brings its Galois conjugates
// chi^(k)(g) = chi(g^k) (k a unit mod e, complex conjugation included) and
// its products with the linear characters found; each space is cut down to
// its part orthogonal to the known characters before it is split.
//
// A modular character is returned normalised, v[s] = chi(g_s)/chi(1) mod p
// (so v[0] = 1). The result lists exactly k of them (k = number of classes).
#pragma once

#include <cstdint>
#include <vector>

#include <flint/flint.h>

#include "irreps/class_structure.hpp"
#include "irreps/prime_field.hpp"

namespace irrepkit {

using ModularVector = std::vector<mp_limb_t>;

struct SplittingStatistics {
  std::size_t splits = 0;              // eigenspace decompositions performed
  std::size_t found_by_splitting = 0;  // characters that came out as a line
  std::size_t found_cheaply = 0;       // Galois conjugates and linear twists
};

// Throws check_failed if the spaces do not split into k lines (a bug, or
// inconsistent input).
std::vector<ModularVector> modular_normalised_characters(const ClassStructure& structure,
                                                         ClassMultiplicationSource& coefficients,
                                                         const PrimeField& field,
                                                         SplittingStatistics* statistics = nullptr);

// <u, w> = sum_s |C_s| u[s] w[s*] mod p (s* the class of inverses): the
// inner product of class functions times |G|.
mp_limb_t modular_inner_product(const ClassStructure& structure, const PrimeField& field,
                                const ModularVector& u, const ModularVector& w);

}  // namespace irrepkit
