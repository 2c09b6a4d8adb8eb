// Numeric irreps inside induced modules (see the header for the method).
#include "irreps/induced_module_irrep.hpp"

#include <cmath>
#include <numbers>
#include <string>

#include "irreps/seeded_random.hpp"
#include "lib/error.hpp"

namespace irrepkit {

InducedModule::InducedModule(const EnumeratedGroup& group, const std::vector<long long>& lambda_exponents,
                             std::uint64_t root_order)
    : _group(group) {
  const std::size_t n = group.size();
  std::vector<ElementIndex> subgroup;
  for (std::size_t x = 0; x < n; ++x) {
    if (lambda_exponents[x] >= 0) {
      subgroup.push_back(static_cast<ElementIndex>(x));
    }
  }
  _coset_of.assign(n, UINT32_MAX);
  _lambda_part.assign(n, 0.0);
  for (std::size_t x = 0; x < n; ++x) {
    if (_coset_of[x] != UINT32_MAX) {
      continue;
    }
    auto j = static_cast<std::uint32_t>(_transversal.size());
    _transversal.push_back(static_cast<ElementIndex>(x));
    for (ElementIndex h : subgroup) {
      ElementIndex y = group.multiply(static_cast<ElementIndex>(x), h);
      if (_coset_of[y] != UINT32_MAX) {
        throw_check_failed("InducedModule: the element set is not a subgroup (cosets overlap)");
      }
      _coset_of[y] = j;
      _lambda_part[y] = std::polar(1.0, 2.0 * std::numbers::pi * static_cast<double>(lambda_exponents[h]) /
                                            static_cast<double>(root_order));
    }
  }
}

Eigen::MatrixXcd InducedModule::apply(ElementIndex g, const Eigen::MatrixXcd& x) const {
  Eigen::MatrixXcd result(x.rows(), x.cols());
  for (std::size_t i = 0; i < _transversal.size(); ++i) {
    ElementIndex y = _group.multiply(g, _transversal[i]);
    result.row(_coset_of[y]) = _lambda_part[y] * x.row(static_cast<Eigen::Index>(i));
  }
  return result;
}

Eigen::MatrixXcd irreducible_in_induced_module(const InducedModule& module, const ConjugacyClasses& classes,
                                               const std::vector<std::complex<double>>& character_of_class,
                                               std::size_t dimension, std::size_t multiplicity,
                                               std::uint64_t seed) {
  const EnumeratedGroup& group = classes.group();
  const std::size_t n = group.size();
  const auto big = static_cast<Eigen::Index>(module.dimension());
  const auto d = static_cast<Eigen::Index>(dimension);
  const auto md = static_cast<Eigen::Index>(dimension * multiplicity);
  // P = (d/n) sum_g conj(chi(g)) rho_ind(g), column by column through apply on the identity.
  Eigen::MatrixXcd projector = Eigen::MatrixXcd::Zero(big, big);
  const double scale = static_cast<double>(dimension) / static_cast<double>(n);
  for (std::size_t g = 0; g < n; ++g) {
    std::complex<double> c = scale * std::conj(character_of_class[classes.class_of(static_cast<ElementIndex>(g))]);
    if (c == 0.0) {
      continue;
    }
    for (Eigen::Index i = 0; i < big; ++i) {
      std::uint32_t row = 0;
      std::complex<double> value = module.image(static_cast<ElementIndex>(g), static_cast<std::size_t>(i), row);
      projector(row, i) += c * value;
    }
  }
  // An orthonormal basis of the image of P (rank m*d) by column-pivoted QR (robust
  // where a symmetric eigensolver may not converge on P's degenerate spectrum).
  Eigen::ColPivHouseholderQR<Eigen::MatrixXcd> qr(projector);
  qr.setThreshold(1e-8);
  const Eigen::Index rank = qr.rank();
  if (rank != md) {
    throw_check_failed("induced module: the isotypic component has dimension " + std::to_string(rank) +
                       ", expected " + std::to_string(md));
  }
  Eigen::MatrixXcd component = qr.householderQ() * Eigen::MatrixXcd::Identity(big, md);  // N x md
  if (multiplicity == 1) {
    return component;
  }
  SeededRandom random(seed);
  const std::size_t terms = multiplicity / dimension + 2;
  for (int attempt = 0; attempt < 6; ++attempt) {
    Eigen::MatrixXcd endomorphism = Eigen::MatrixXcd::Zero(md, md);
    for (std::size_t term = 0; term < terms; ++term) {
      Eigen::VectorXcd coordinates(md);
      for (Eigen::Index i = 0; i < md; ++i) {
        coordinates(i) = {random.symmetric_unit(), random.symmetric_unit()};
      }
      Eigen::MatrixXcd v = component * coordinates;  // in the component
      double weight = 1.0 + 0.5 * (random.symmetric_unit() + 1.0) + static_cast<double>(term);
      Eigen::MatrixXcd images(md, static_cast<Eigen::Index>(n));
      for (std::size_t g = 0; g < n; ++g) {
        images.col(static_cast<Eigen::Index>(g)) = component.adjoint() * module.apply(static_cast<ElementIndex>(g), v);
      }
      endomorphism += weight * (images * images.adjoint());
    }
    endomorphism = (0.5 * (endomorphism + endomorphism.adjoint())).eval();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXcd> solver(endomorphism);
    if (solver.info() != Eigen::Success) {
      continue;
    }
    const Eigen::VectorXd& values = solver.eigenvalues();
    double top = std::max(1.0, std::abs(values(md - 1)));
    if (values(md - 1) - values(md - d) > 1e-8 * top) {
      continue;
    }
    if (values(md - d) - values(md - d - 1) < 1e-5 * top) {
      continue;
    }
    return component * solver.eigenvectors().rightCols(d);
  }
  throw_unable("induced module: no generic endomorphism found for a character of degree " +
               std::to_string(dimension) + " with multiplicity " + std::to_string(multiplicity));
}

}  // namespace irrepkit
