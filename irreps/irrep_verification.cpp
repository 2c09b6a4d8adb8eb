// Numeric verification of unitary representations (see the header).
#include "irreps/irrep_verification.hpp"

#include <cmath>
#include <string>

#include <Eigen/Dense>

#include "lib/error.hpp"

namespace irrepkit {

void verify_numeric_representation(const EnumeratedGroup& group, const std::vector<ElementIndex>& generators,
                                   const std::vector<std::complex<double>>& matrices, std::size_t dimension,
                                   const std::vector<std::complex<double>>& character_of_element,
                                   double tolerance) {
  using RowMajor = Eigen::Matrix<std::complex<double>, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  const std::size_t n = group.size();
  const std::size_t block = dimension * dimension;
  const auto d = static_cast<Eigen::Index>(dimension);
  if (matrices.size() != n * block) {
    throw_check_failed("representation check: " + std::to_string(matrices.size()) +
                       " matrix entries for " + std::to_string(n) + " elements of dimension " +
                       std::to_string(dimension));
  }
  auto rho = [&](std::size_t g) { return Eigen::Map<const RowMajor>(matrices.data() + g * block, d, d); };
  auto fail = [&](const std::string& what, std::size_t g, double error) {
    throw_check_failed("representation check (dimension " + std::to_string(dimension) + "): " + what +
                       " fails for element " + std::to_string(g) + ", error " + std::to_string(error));
  };
  const RowMajor identity = RowMajor::Identity(d, d);
  for (std::size_t g = 0; g < n; ++g) {
    double unitarity = std::sqrt((rho(g) * rho(g).adjoint() - identity).cwiseAbs2().maxCoeff());
    if (!(unitarity < tolerance)) {
      fail("unitarity rho(g) rho(g)^H = I", g, unitarity);
    }
    double trace = std::abs(rho(g).trace() - character_of_element[g]);
    if (!(trace < tolerance)) {
      fail("trace rho(g) = chi(g)", g, trace);
    }
    for (ElementIndex s : generators) {
      ElementIndex gs = group.multiply(static_cast<ElementIndex>(g), s);
      double homomorphism = std::sqrt((rho(gs) - rho(g) * rho(s)).cwiseAbs2().maxCoeff());
      if (!(homomorphism < tolerance)) {
        fail("homomorphism rho(g*s) = rho(g) rho(s) (generator element " + std::to_string(s) + ")", g,
             homomorphism);
      }
    }
  }
}

}  // namespace irrepkit
