// The Fourier transform on a finite group, over a complete list of unitary
// irreps (as compute_unitary_irreps returns), for functions f: G -> C given as
// vectors in the EnumeratedGroup's element order.
//
// Conventions (name them when you use them):
//   unitary: f^(rho) = sum_g f(g) rho(g),
//            inverse f(g) = (1/|G|) sum_rho d_rho tr(rho(g)^H f^(rho)),
//            Plancherel sum_g |f(g)|^2 = (1/|G|) sum_rho d_rho ||f^(rho)||_F^2.
//   network: f^[rho] = (1/|G|) sum_g f(g) rho(g^-1)   (the neural-network literature),
//            inverse f(g) = sum_rho d_rho tr(f^[rho] rho(g)),
//            Plancherel (1/|G|) sum_g |f(g)|^2 = sum_rho d_rho ||f^[rho]||_F^2.
// Convolution, with GAP's product (g*h applies g first):
//   (f * h)(x) = sum_{g*k = x} f(g) h(k) = sum_g f(g) h(g^-1 * x);
//   unitary: (f*h)^(rho) = f^(rho) h^(rho);   network: (f*h)^[rho] = |G| h^[rho] f^[rho].
// Irreps must carry the matrices of all elements (UnitaryIrrep::matrices).
#pragma once

#include <complex>
#include <vector>

#include <Eigen/Dense>

#include "groups/enumerated_group.hpp"
#include "irreps/unitary_irrep.hpp"

namespace irrepkit {

enum class FourierConvention { unitary, network };

using GroupFunction = std::vector<std::complex<double>>;

// One d_rho x d_rho block per irrep, in the order of `irreps`.
// Throws bad_input if f has the wrong length, unable if an irrep lacks its matrices.
std::vector<Eigen::MatrixXcd> fourier_transform(const std::vector<UnitaryIrrep>& irreps, const GroupFunction& f,
                                                FourierConvention convention);
GroupFunction inverse_fourier_transform(const std::vector<UnitaryIrrep>& irreps,
                                        const std::vector<Eigen::MatrixXcd>& coefficients,
                                        FourierConvention convention);

// Energy of f in each irrep: E_rho = d_rho ||f^(rho)||_F^2 / |G| (unitary
// convention), so that sum_rho E_rho = sum_g |f(g)|^2 (Plancherel).
std::vector<double> energy_per_irrep(const std::vector<UnitaryIrrep>& irreps, const GroupFunction& f);

// (f * h)(x) = sum_g f(g) h(g^-1 * x), GAP's product.
GroupFunction convolve(const EnumeratedGroup& group, const GroupFunction& f, const GroupFunction& h);

// |G| from a complete list of irreps (the matrices of the first one).
std::size_t group_order_of(const std::vector<UnitaryIrrep>& irreps);

}  // namespace irrepkit
