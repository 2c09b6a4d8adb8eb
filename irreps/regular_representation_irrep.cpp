// Numeric unitary irreps from the regular representation (see the header for
// the method and conventions).
#include "irreps/regular_representation_irrep.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "irreps/seeded_random.hpp"
#include "lib/error.hpp"

namespace irrepkit {
namespace {

using Complex = std::complex<double>;

// Orthonormal basis (n x d^2) of the isotypic component: left translates of the
// central idempotent, identity first, then the other elements in a seeded order.
Eigen::MatrixXcd isotypic_basis(const EnumeratedGroup& group,
                                const std::vector<Complex>& character_of_element,
                                std::size_t dimension, SeededRandom& random) {
  const std::size_t n = group.size();
  const std::size_t target = dimension * dimension;
  Eigen::VectorXcd idempotent(static_cast<Eigen::Index>(n));
  const double scale = static_cast<double>(dimension) / static_cast<double>(n);
  for (std::size_t g = 0; g < n; ++g) {
    idempotent(static_cast<Eigen::Index>(g)) = scale * std::conj(character_of_element[g]);
  }
  std::vector<ElementIndex> candidates(n);
  std::iota(candidates.begin(), candidates.end(), ElementIndex{0});
  for (std::size_t i = n - 1; i > 1; --i) {  // Fisher-Yates on 1..n-1, identity stays first
    std::size_t j = 1 + random.below(i);
    std::swap(candidates[i], candidates[j]);
  }
  Eigen::MatrixXcd basis(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(target));
  Eigen::Index rank = 0;
  Eigen::VectorXcd v(static_cast<Eigen::Index>(n));
  for (ElementIndex h : candidates) {
    if (static_cast<std::size_t>(rank) == target) {
      break;
    }
    ElementIndex h_inverse = group.inverse(h);
    for (std::size_t k = 0; k < n; ++k) {  // (L(h) e)_k = e_{h^-1 * k}
      v(static_cast<Eigen::Index>(k)) =
          idempotent(static_cast<Eigen::Index>(group.multiply(h_inverse, static_cast<ElementIndex>(k))));
    }
    double original = v.norm();
    for (int pass = 0; pass < 2; ++pass) {
      if (rank > 0) {
        Eigen::VectorXcd coefficients = basis.leftCols(rank).adjoint() * v;
        v.noalias() -= basis.leftCols(rank) * coefficients;
      }
    }
    double residual = v.norm();
    if (residual > 1e-6 * original) {
      basis.col(rank++) = v / residual;
    }
  }
  if (static_cast<std::size_t>(rank) != target) {
    throw_check_failed("regular_representation_irrep: the isotypic component of a character of degree " +
                       std::to_string(dimension) + " has dimension " + std::to_string(rank) +
                       ", expected " + std::to_string(target) + " (character not irreducible?)");
  }
  return basis;
}

// rows_of(B, p): the matrix whose row k is row p[k] of B.
Eigen::MatrixXcd permuted_rows(const Eigen::MatrixXcd& matrix, const std::vector<ElementIndex>& rows) {
  Eigen::MatrixXcd result(matrix.rows(), matrix.cols());
  for (Eigen::Index k = 0; k < matrix.rows(); ++k) {
    result.row(k) = matrix.row(rows[static_cast<std::size_t>(k)]);
  }
  return result;
}

// Orthonormal basis (n x d) of one irreducible left-invariant subspace, or an
// empty matrix if the commutant element of this attempt was not generic.
Eigen::MatrixXcd irreducible_subspace(const EnumeratedGroup& group,
                                      const std::vector<ElementIndex>& generators,
                                      const Eigen::MatrixXcd& basis, std::size_t dimension,
                                      std::size_t element_count, SeededRandom& random) {
  const std::size_t n = group.size();
  const Eigen::Index d = static_cast<Eigen::Index>(dimension);
  std::vector<ElementIndex> elements = generators;
  while (elements.size() < element_count) {
    elements.push_back(static_cast<ElementIndex>(random.below(n)));
  }
  Eigen::MatrixXcd applied = Eigen::MatrixXcd::Zero(basis.rows(), basis.cols());
  std::vector<ElementIndex> right(n), right_inverse(n);
  for (ElementIndex x : elements) {
    Complex c(random.symmetric_unit(), random.symmetric_unit());
    ElementIndex x_inverse = group.inverse(x);
    for (std::size_t k = 0; k < n; ++k) {  // (R(x) v)_k = v_{k*x}
      right[k] = group.multiply(static_cast<ElementIndex>(k), x);
      right_inverse[k] = group.multiply(static_cast<ElementIndex>(k), x_inverse);
    }
    applied += c * permuted_rows(basis, right) + std::conj(c) * permuted_rows(basis, right_inverse);
  }
  Eigen::MatrixXcd restricted = basis.adjoint() * applied;
  restricted = (0.5 * (restricted + restricted.adjoint())).eval();
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXcd> solver(restricted);
  if (solver.info() != Eigen::Success) {
    return {};
  }
  const Eigen::VectorXd& values = solver.eigenvalues();
  double scale = std::max({1.0, std::abs(values(0)), std::abs(values(values.size() - 1))});
  if (values(d - 1) - values(0) > 1e-8 * scale) {
    return {};
  }
  if (values.size() > d && values(d) - values(d - 1) < 1e-5 * scale) {
    return {};
  }
  return basis * solver.eigenvectors().leftCols(d);
}

}  // namespace

std::vector<Eigen::MatrixXcd> regular_representation_irrep(
    const EnumeratedGroup& group, const std::vector<ElementIndex>& generators,
    const std::vector<Complex>& character_of_element, std::size_t dimension, std::uint64_t seed,
    std::uint64_t order_limit) {
  const std::size_t n = group.size();
  if (n > order_limit) {
    throw_unable("regular_representation_irrep: the numeric route works in the regular representation "
                 "and is limited to groups of order at most " + std::to_string(order_limit) +
                 "; this group has order " + std::to_string(n));
  }
  if (character_of_element.size() != n || dimension == 0) {
    throw_check_failed("regular_representation_irrep: " + std::to_string(character_of_element.size()) +
                       " character values for a group of order " + std::to_string(n));
  }
  if (dimension == 1) {
    std::vector<Eigen::MatrixXcd> result;
    for (ElementIndex s : generators) {
      result.push_back(Eigen::MatrixXcd::Constant(1, 1, character_of_element[s]));
    }
    return result;
  }
  SeededRandom random(seed);
  Eigen::MatrixXcd basis = isotypic_basis(group, character_of_element, dimension, random);
  Eigen::MatrixXcd subspace;
  std::size_t element_count = std::min<std::size_t>(n, generators.size() + 8);
  for (int attempt = 0; attempt < 6 && subspace.size() == 0; ++attempt) {
    subspace = irreducible_subspace(group, generators, basis, dimension, element_count, random);
    element_count = std::min<std::size_t>(n, 2 * element_count);
  }
  if (subspace.size() == 0) {
    throw_unable("regular_representation_irrep: no generic commutant element found for a character of degree " +
                 std::to_string(dimension) + " after 6 attempts");
  }
  std::vector<Eigen::MatrixXcd> result;
  std::vector<ElementIndex> rows(n);
  for (ElementIndex s : generators) {
    ElementIndex s_inverse = group.inverse(s);
    for (std::size_t k = 0; k < n; ++k) {  // (L(s) W)_k = W_{s^-1 * k}
      rows[k] = group.multiply(s_inverse, static_cast<ElementIndex>(k));
    }
    result.push_back(subspace.adjoint() * permuted_rows(subspace, rows));
  }
  return result;
}

std::vector<Complex> matrices_of_all_elements(const EnumeratedGroup& group,
                                              const std::vector<ElementIndex>& generators,
                                              const std::vector<Eigen::MatrixXcd>& generator_matrices,
                                              std::size_t dimension) {
  using RowMajor = Eigen::Matrix<Complex, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  const std::size_t n = group.size();
  const std::size_t block = dimension * dimension;
  const Eigen::Index d = static_cast<Eigen::Index>(dimension);
  std::vector<Complex> matrices(n * block);
  std::vector<char> reached(n, 0);
  std::vector<ElementIndex> queue;
  queue.reserve(n);
  Eigen::Map<RowMajor>(matrices.data(), d, d).setIdentity();
  reached[0] = 1;
  queue.push_back(0);
  for (std::size_t head = 0; head < queue.size(); ++head) {
    ElementIndex g = queue[head];
    Eigen::Map<const RowMajor> rho_g(matrices.data() + g * block, d, d);
    for (std::size_t i = 0; i < generators.size(); ++i) {
      ElementIndex x = group.multiply(g, generators[i]);
      if (!reached[x]) {
        reached[x] = 1;
        Eigen::Map<RowMajor>(matrices.data() + static_cast<std::size_t>(x) * block, d, d).noalias() =
            rho_g * generator_matrices[i];
        queue.push_back(x);
      }
    }
  }
  if (queue.size() != n) {
    throw_check_failed("matrices_of_all_elements: the generators reach " + std::to_string(queue.size()) +
                       " of " + std::to_string(n) + " elements");
  }
  return matrices;
}

}  // namespace irrepkit
