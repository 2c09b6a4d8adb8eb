// The numeric route to a unitary irrep, for any finite group: an irreducible
// subspace of the regular representation.
//
// Left regular representation L(g) e_h = e_{g*h} (GAP's product, g first), a
// homomorphism: L(g*h) = L(g) L(h). The chi-isotypic component (dimension d^2)
// is spanned by the left translates of the central idempotent
// e_chi = (d/|G|) sum_g conj(chi(g)) g. A random Hermitian element A of the
// commutant (right multiplications R(x) v_k = v_{k*x}, A = sum c_x R(x) + h.c.)
// restricted to it has d eigenvalues of multiplicity d; the eigenspace W of the
// smallest is irreducible and left-invariant, and rho(g) = W^H L(g) W is unitary.
// Deterministic: fixed seed, canonical candidate order, Eigen's self-adjoint solver.
#pragma once

#include <complex>
#include <cstdint>
#include <vector>

#include <Eigen/Dense>

#include "groups/enumerated_group.hpp"

namespace irrepkit {

// rho on each element of `generators` (indices into `group`), for the
// irreducible character with values `character_of_element` (one per element)
// and degree `dimension`. Throws unable if |G| > order_limit (naming both),
// unable if no generic commutant element is found, check_failed if the
// isotypic component has the wrong dimension (chi not irreducible).
std::vector<Eigen::MatrixXcd> regular_representation_irrep(
    const EnumeratedGroup& group, const std::vector<ElementIndex>& generators,
    const std::vector<std::complex<double>>& character_of_element, std::size_t dimension,
    std::uint64_t seed, std::uint64_t order_limit);

// The matrices of all elements from those of the generators, by a breadth-first
// walk of the Cayley graph (rho(g*s) = rho(g) rho(s)); element g at offset g*d*d,
// row-major. Throws check_failed if the generators do not reach every element.
std::vector<std::complex<double>> matrices_of_all_elements(
    const EnumeratedGroup& group, const std::vector<ElementIndex>& generators,
    const std::vector<Eigen::MatrixXcd>& generator_matrices, std::size_t dimension);

}  // namespace irrepkit
