// Numeric verification of a unitary representation given by the matrices of
// all elements (g at offset g*d*d, row-major), tolerance 1e-9 (max-entry norm):
// homomorphism rho(g*s) = rho(g) rho(s) on every (element g, generator s) pair,
// unitarity rho(g) rho(g)^H = I, and trace rho(g) = chi(g) on every element.
// Exact constructions are verified exactly by verify_monomial_representation.
#pragma once

#include <complex>
#include <vector>

#include "groups/enumerated_group.hpp"

namespace irrepkit {

// Throws check_failed naming the identity, the element and the error size.
void verify_numeric_representation(const EnumeratedGroup& group, const std::vector<ElementIndex>& generators,
                                   const std::vector<std::complex<double>>& matrices, std::size_t dimension,
                                   const std::vector<std::complex<double>>& character_of_element,
                                   double tolerance = 1e-9);

}  // namespace irrepkit
