// Real orthogonal forms of unitary irreps (see the header for the method).
#include "irreps/real_form.hpp"

#include <cmath>
#include <string>

#include <Eigen/Dense>

#include "irreps/seeded_random.hpp"
#include "lib/error.hpp"

namespace irrepkit {

namespace {
using RowMajor = Eigen::Matrix<std::complex<double>, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RealRowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// W unitary with W^H rho W real, or an empty matrix if this attempt failed.
Eigen::MatrixXcd takagi_basis(const Eigen::MatrixXcd& symmetric_unitary, double mix) {
  Eigen::MatrixXd real_part = symmetric_unitary.real();
  Eigen::MatrixXd imaginary_part = symmetric_unitary.imag();
  Eigen::MatrixXd combined = real_part + mix * imaginary_part;
  combined = (0.5 * (combined + combined.transpose())).eval();
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(combined);
  if (solver.info() != Eigen::Success) {
    return {};
  }
  Eigen::MatrixXcd orthogonal = solver.eigenvectors().cast<std::complex<double>>();
  Eigen::MatrixXcd diagonal = orthogonal.transpose() * symmetric_unitary * orthogonal;
  Eigen::MatrixXcd root = Eigen::MatrixXcd::Zero(diagonal.rows(), diagonal.cols());
  for (Eigen::Index i = 0; i < diagonal.rows(); ++i) {
    root(i, i) = std::polar(1.0, 0.5 * std::arg(diagonal(i, i)));
  }
  Eigen::MatrixXcd off_diagonal = diagonal - Eigen::MatrixXcd(diagonal.diagonal().asDiagonal());
  if (off_diagonal.cwiseAbs().maxCoeff() > 1e-9) {
    return {};
  }
  return orthogonal * root;
}
}  // namespace

RealForm real_form(const UnitaryIrrep& irrep) {
  const std::size_t d = irrep.dimension;
  const std::size_t block = d * d;
  if (block == 0 || irrep.matrices.empty() || irrep.matrices.size() % block != 0) {
    throw_unable("real_form: irrep " + std::to_string(irrep.character_index) +
                 " does not carry the matrices of all elements (group too large?)");
  }
  const std::size_t n = irrep.matrices.size() / block;
  const auto dd = static_cast<Eigen::Index>(d);
  auto rho = [&](std::size_t g) { return Eigen::Map<const RowMajor>(irrep.matrices.data() + g * block, dd, dd); };
  RealForm result;
  result.indicator = irrep.indicator;
  if (irrep.indicator == 1) {
    result.dimension = d;
    Eigen::MatrixXcd basis;
    SeededRandom random(0x5eed0001ULL + irrep.character_index);
    for (int attempt = 0; attempt < 8 && basis.size() == 0; ++attempt) {
      Eigen::MatrixXcd seed_matrix(dd, dd);
      for (Eigen::Index i = 0; i < dd; ++i) {
        for (Eigen::Index j = 0; j <= i; ++j) {
          seed_matrix(i, j) = seed_matrix(j, i) = random.symmetric_unit();
        }
      }
      Eigen::MatrixXcd intertwiner = Eigen::MatrixXcd::Zero(dd, dd);
      for (std::size_t g = 0; g < n; ++g) {
        intertwiner += rho(g) * seed_matrix * rho(g).transpose();
      }
      double scale = std::sqrt((intertwiner * intertwiner.adjoint()).trace().real() / static_cast<double>(d));
      if (scale < 1e-6 * static_cast<double>(n)) {
        continue;
      }
      intertwiner /= scale;
      intertwiner = (0.5 * (intertwiner + intertwiner.transpose())).eval();
      basis = takagi_basis(intertwiner, 0.7548776662466927 + attempt);
    }
    if (basis.size() == 0) {
      throw_check_failed("real_form: no symmetric intertwiner found for irrep " +
                         std::to_string(irrep.character_index) + " of indicator +1");
    }
    result.matrices.resize(n * block);
    for (std::size_t g = 0; g < n; ++g) {
      Eigen::MatrixXcd conjugated = basis.adjoint() * rho(g) * basis;
      if (conjugated.imag().cwiseAbs().maxCoeff() > 1e-9) {
        throw_check_failed("real_form: the change of basis leaves imaginary parts of size " +
                           std::to_string(conjugated.imag().cwiseAbs().maxCoeff()) + " on element " +
                           std::to_string(g));
      }
      Eigen::Map<RealRowMajor>(result.matrices.data() + g * block, dd, dd) = conjugated.real();
    }
  } else {
    result.dimension = 2 * d;
    const auto two_d = 2 * dd;
    result.matrices.resize(n * 4 * block);
    for (std::size_t g = 0; g < n; ++g) {
      Eigen::Map<RealRowMajor> sigma(result.matrices.data() + g * 4 * block, two_d, two_d);
      sigma.topLeftCorner(dd, dd) = rho(g).real();
      sigma.topRightCorner(dd, dd) = -rho(g).imag();
      sigma.bottomLeftCorner(dd, dd) = rho(g).imag();
      sigma.bottomRightCorner(dd, dd) = rho(g).real();
    }
  }
  const auto big = static_cast<Eigen::Index>(result.dimension);
  for (std::size_t g = 0; g < n; ++g) {
    Eigen::Map<const RealRowMajor> sigma(result.matrix(static_cast<ElementIndex>(g)), big, big);
    double orthogonality = (sigma * sigma.transpose() - RealRowMajor::Identity(big, big)).cwiseAbs().maxCoeff();
    double expected_trace = (irrep.indicator == 1 ? 1.0 : 2.0) * rho(g).trace().real();
    if (!(orthogonality < 1e-9) || !(std::abs(sigma.trace() - expected_trace) < 1e-9)) {
      throw_check_failed("real_form: the real form of irrep " + std::to_string(irrep.character_index) +
                         " fails orthogonality or its character on element " + std::to_string(g));
    }
  }
  return result;
}

}  // namespace irrepkit
