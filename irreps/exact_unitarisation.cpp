// Exact LDL^H and unitarisation (see the header).
#include "irreps/exact_unitarisation.hpp"

#include <numeric>

#include "irreps/cyclotomic_square_root.hpp"
#include "lib/error.hpp"

namespace irrepkit {

Cyclotomic HermitianLdl::next_pivot(const std::vector<Cyclotomic>& gram_row, const Cyclotomic& diagonal,
                                    std::vector<Cyclotomic>& l_row) const {
  const std::size_t j = _pivots.size();
  l_row.assign(j, Cyclotomic());
  // L_jk = (G_jk - sum_{l<k} L_jl conj(L_kl) D_l) / D_k
  for (std::size_t k = 0; k < j; ++k) {
    CyclotomicSum sum;
    sum.add(gram_row[k]);
    for (std::size_t l = 0; l < k; ++l) {
      if (l_row[l].is_zero() || _rows[k][l].is_zero()) {
        continue;
      }
      sum.add_product(-(l_row[l] * _pivots[l]), _rows[k][l].conjugate());
    }
    l_row[k] = sum.value() / _pivots[k];
  }
  // D_j = G_jj - sum_k |L_jk|^2 D_k
  CyclotomicSum pivot;
  pivot.add(diagonal);
  for (std::size_t k = 0; k < j; ++k) {
    if (!l_row[k].is_zero()) {
      pivot.add_product(-(l_row[k] * _pivots[k]), l_row[k].conjugate());
    }
  }
  return pivot.value();
}

void HermitianLdl::accept(std::vector<Cyclotomic> l_row, Cyclotomic pivot) {
  if (pivot.is_zero() || !pivot.is_real() || pivot.to_complex().real() <= 0) {
    throw_check_failed("HermitianLdl: pivot " + pivot.to_string() + " is not positive (the form is not definite)");
  }
  _rows.push_back(std::move(l_row));
  _pivots.push_back(std::move(pivot));
}

CyclotomicMatrix HermitianLdl::lower() const {
  const std::size_t d = size();
  CyclotomicMatrix l = CyclotomicMatrix::identity(d);
  for (std::size_t i = 0; i < d; ++i) {
    for (std::size_t k = 0; k < i; ++k) {
      l(i, k) = _rows[i][k];
    }
  }
  return l;
}

HermitianLdl hermitian_ldl(const CyclotomicMatrix& gram) {
  HermitianLdl ldl;
  std::vector<Cyclotomic> row, l_row;
  for (std::size_t j = 0; j < gram.rows(); ++j) {
    row.assign(j, Cyclotomic());
    for (std::size_t k = 0; k < j; ++k) {
      row[k] = gram(j, k);
    }
    Cyclotomic pivot = ldl.next_pivot(row, gram(j, j), l_row);
    ldl.accept(std::move(l_row), std::move(pivot));
  }
  return ldl;
}

std::optional<ExactUnitarisation> exact_unitarisation(const HermitianLdl& ldl, std::string* reason,
                                                     std::uint64_t conductor_limit) {
  const std::size_t d = ldl.size();
  std::vector<Cyclotomic> scale(d);
  for (std::size_t i = 0; i < d; ++i) {
    Cyclotomic ratio = ldl.pivots()[i] / ldl.pivots()[0];
    std::optional<Cyclotomic> root = cyclotomic_square_root(ratio);
    if (!root) {
      if (reason != nullptr) {
        *reason = "no cyclotomic square root found for the pivot ratio " + ratio.to_string();
      }
      return std::nullopt;
    }
    scale[i] = std::move(*root);
  }
  CyclotomicMatrix upper = ldl.lower().conjugate_transpose();
  // The field of C = S U before any arithmetic in it.
  std::uint64_t conductor = upper.conductor();
  for (const Cyclotomic& root : scale) conductor = std::lcm(conductor, root.conductor());
  if (conductor > conductor_limit) {
    if (reason != nullptr) {
      *reason = "the unitary basis needs Q(zeta_" + std::to_string(conductor) + "), above the limit " +
                std::to_string(conductor_limit);
    }
    return std::nullopt;
  }
  ExactUnitarisation result;
  result.change = CyclotomicMatrix(d, d);
  for (std::size_t i = 0; i < d; ++i) {
    for (std::size_t j = i; j < d; ++j) {
      result.change(i, j) = scale[i] * upper(i, j);
    }
  }
  // C^{-1} = U^{-1} S^{-1}: U is unit upper triangular over the field of the
  // Gram matrix, so only its (cheap) inverse needs elimination.
  CyclotomicMatrix upper_inverse = upper.inverse();
  result.change_inverse = CyclotomicMatrix(d, d);
  for (std::size_t j = 0; j < d; ++j) {
    Cyclotomic inverse_scale = scale[j].inverse();
    for (std::size_t i = 0; i <= j; ++i) result.change_inverse(i, j) = upper_inverse(i, j) * inverse_scale;
  }
  return result;
}

}  // namespace irrepkit
