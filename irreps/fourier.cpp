// Fourier transform on finite groups in two conventions (see the header).
#include "irreps/fourier.hpp"

#include <string>

#include "lib/error.hpp"

namespace irrepkit {

namespace {
using RowMajor = Eigen::Matrix<std::complex<double>, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Eigen::Map<const RowMajor> matrix_of(const UnitaryIrrep& irrep, std::size_t g) {
  const auto d = static_cast<Eigen::Index>(irrep.dimension);
  return Eigen::Map<const RowMajor>(irrep.matrices.data() + g * irrep.dimension * irrep.dimension, d, d);
}
}  // namespace

std::size_t group_order_of(const std::vector<UnitaryIrrep>& irreps) {
  if (irreps.empty()) {
    throw_bad_input("Fourier transform: no irreps given");
  }
  std::size_t n = 0;
  for (const UnitaryIrrep& irrep : irreps) {
    std::size_t block = irrep.dimension * irrep.dimension;
    if (block == 0 || irrep.matrices.empty() || irrep.matrices.size() % block != 0) {
      throw_unable("Fourier transform: irrep " + std::to_string(irrep.character_index) +
                   " does not carry the matrices of all elements (group too large?)");
    }
    std::size_t order = irrep.matrices.size() / block;
    if (n != 0 && order != n) {
      throw_bad_input("Fourier transform: irreps of groups of different orders " + std::to_string(n) + " and " +
                      std::to_string(order));
    }
    n = order;
  }
  return n;
}

std::vector<Eigen::MatrixXcd> fourier_transform(const std::vector<UnitaryIrrep>& irreps, const GroupFunction& f,
                                                FourierConvention convention) {
  const std::size_t n = group_order_of(irreps);
  if (f.size() != n) {
    throw_bad_input("Fourier transform: the function has " + std::to_string(f.size()) +
                    " values for a group of order " + std::to_string(n));
  }
  std::vector<Eigen::MatrixXcd> coefficients;
  for (const UnitaryIrrep& irrep : irreps) {
    const auto d = static_cast<Eigen::Index>(irrep.dimension);
    Eigen::MatrixXcd sum = Eigen::MatrixXcd::Zero(d, d);
    for (std::size_t g = 0; g < n; ++g) {
      if (f[g] == 0.0) {
        continue;
      }
      if (convention == FourierConvention::unitary) {
        sum += f[g] * matrix_of(irrep, g);
      } else {
        sum += f[g] * matrix_of(irrep, g).adjoint();  // rho(g^-1) = rho(g)^H
      }
    }
    if (convention == FourierConvention::network) {
      sum /= static_cast<double>(n);
    }
    coefficients.push_back(std::move(sum));
  }
  return coefficients;
}

GroupFunction inverse_fourier_transform(const std::vector<UnitaryIrrep>& irreps,
                                        const std::vector<Eigen::MatrixXcd>& coefficients,
                                        FourierConvention convention) {
  const std::size_t n = group_order_of(irreps);
  if (coefficients.size() != irreps.size()) {
    throw_bad_input("inverse Fourier transform: " + std::to_string(coefficients.size()) +
                    " coefficient blocks for " + std::to_string(irreps.size()) + " irreps");
  }
  GroupFunction f(n, 0.0);
  for (std::size_t r = 0; r < irreps.size(); ++r) {
    const UnitaryIrrep& irrep = irreps[r];
    const auto d = static_cast<Eigen::Index>(irrep.dimension);
    if (coefficients[r].rows() != d || coefficients[r].cols() != d) {
      throw_bad_input("inverse Fourier transform: block " + std::to_string(r) + " is not " + std::to_string(d) +
                      " x " + std::to_string(d));
    }
    const auto weight = static_cast<double>(irrep.dimension);
    // unitary: tr(rho(g)^H F) = sum_ij conj(rho_ij) F_ij;  network: tr(F rho(g)) = sum_ij F_ji rho_ij.
    const Eigen::MatrixXcd& block = coefficients[r];
    Eigen::MatrixXcd paired = convention == FourierConvention::unitary ? Eigen::MatrixXcd(block)
                                                                        : Eigen::MatrixXcd(block.transpose());
    for (std::size_t g = 0; g < n; ++g) {
      auto rho = matrix_of(irrep, g);
      std::complex<double> trace = 0;
      for (Eigen::Index i = 0; i < d; ++i) {
        for (Eigen::Index j = 0; j < d; ++j) {
          trace += (convention == FourierConvention::unitary ? std::conj(rho(i, j)) : rho(i, j)) * paired(i, j);
        }
      }
      f[g] += weight * trace;
    }
  }
  if (convention == FourierConvention::unitary) {
    for (std::complex<double>& value : f) {
      value /= static_cast<double>(n);
    }
  }
  return f;
}

std::vector<double> energy_per_irrep(const std::vector<UnitaryIrrep>& irreps, const GroupFunction& f) {
  std::vector<Eigen::MatrixXcd> coefficients = fourier_transform(irreps, f, FourierConvention::unitary);
  const auto n = static_cast<double>(group_order_of(irreps));
  std::vector<double> energy;
  for (std::size_t r = 0; r < irreps.size(); ++r) {
    energy.push_back(static_cast<double>(irreps[r].dimension) * coefficients[r].squaredNorm() / n);
  }
  return energy;
}

GroupFunction convolve(const EnumeratedGroup& group, const GroupFunction& f, const GroupFunction& h) {
  const std::size_t n = group.size();
  if (f.size() != n || h.size() != n) {
    throw_bad_input("convolve: functions of lengths " + std::to_string(f.size()) + " and " +
                    std::to_string(h.size()) + " on a group of order " + std::to_string(n));
  }
  GroupFunction result(n, 0.0);
  for (std::size_t g = 0; g < n; ++g) {
    if (f[g] == 0.0) {
      continue;
    }
    for (std::size_t k = 0; k < n; ++k) {
      result[group.multiply(static_cast<ElementIndex>(g), static_cast<ElementIndex>(k))] += f[g] * h[k];
    }
  }
  return result;
}

}  // namespace irrepkit
