// Real orthogonal forms of unitary irreps.
//
// Indicator +1: rho is equivalent to a real representation. A symmetric unitary
// intertwiner J with rho(g) J = J conj(rho(g)) (J = sum_g rho(g) X rho(g)^T for a
// seeded random real symmetric X, normalised) has a Takagi factorisation
// J = W W^T with W unitary (J = O D O^T, O real orthogonal from the commuting
// real and imaginary parts, W = O D^(1/2)); then W^H rho W is real orthogonal,
// of dimension d.
// Indicator 0 or -1: the realification g -> [[Re rho, -Im rho], [Im rho, Re rho]],
// real orthogonal of dimension 2d, whose complexification is rho + conj(rho).
// Same product convention as UnitaryIrrep: sigma(g*h) = sigma(g) sigma(h).
#pragma once

#include <cstddef>
#include <vector>

#include "irreps/unitary_irrep.hpp"

namespace irrepkit {

struct RealForm {
  std::size_t dimension = 0;     // d (indicator +1) or 2d
  int indicator = 0;
  std::vector<double> matrices;  // all elements, element g at offset g*D*D, row-major
  const double* matrix(ElementIndex g) const {
    return matrices.data() + static_cast<std::size_t>(g) * dimension * dimension;
  }
};

// Needs the matrices of all elements (throws unable otherwise). Verified:
// orthogonality, and that the real form's character is chi (indicator +1) or
// 2 Re chi, to 1e-9; throws check_failed otherwise.
RealForm real_form(const UnitaryIrrep& irrep);

}  // namespace irrepkit
