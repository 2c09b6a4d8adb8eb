// Exact unitarisation of an exact representation with an invariant Hermitian
// form, through an LDL^H factorisation with cyclotomic square roots.
//
// If rho(s)^H G rho(s) = G for a Hermitian positive definite G = L D L^H
// (L lower unit triangular, D = diag(D_0..D_{d-1}) positive reals), then with
// S = diag(r_0..r_{d-1}), |r_i|^2 = D_i / D_0, the matrices
// C rho(s) C^{-1}, C = S L^H, are unitary (the basis B L^{-H} S^{-1} is
// orthogonal with common squared norm D_0). The r_i are exact when every ratio
// D_i / D_0 has a cyclotomic square root (cyclotomic_square_root: always for
// rationals). HermitianLdl builds L and D one row at a time, so a caller can
// choose the next basis vector by the pivot it would produce.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lib/cyclotomic.hpp"
#include "lib/cyclotomic_matrix.hpp"

namespace irrepkit {

class HermitianLdl {
 public:
  std::size_t size() const noexcept { return _pivots.size(); }
  // The L row and the pivot of a new vector whose Gram entries against the
  // accepted ones are gram_row[0..size-1] (gram_row[k] = G(new, k)) and whose
  // squared norm is diagonal. A zero pivot means the vector is dependent.
  Cyclotomic next_pivot(const std::vector<Cyclotomic>& gram_row, const Cyclotomic& diagonal,
                        std::vector<Cyclotomic>& l_row) const;
  void accept(std::vector<Cyclotomic> l_row, Cyclotomic pivot);
  const std::vector<Cyclotomic>& pivots() const noexcept { return _pivots; }
  CyclotomicMatrix lower() const;  // L, unit lower triangular

 private:
  std::vector<std::vector<Cyclotomic>> _rows;  // strictly-lower parts of L's rows
  std::vector<Cyclotomic> _pivots;
};

// The factorisation of a whole Gram matrix (Hermitian positive definite);
// throws check_failed if a pivot is not positive real.
HermitianLdl hermitian_ldl(const CyclotomicMatrix& gram);

// rho' = change * rho * change_inverse is unitary.
struct ExactUnitarisation {
  CyclotomicMatrix change;
  CyclotomicMatrix change_inverse;
};

// nullopt (with `reason` set) if some D_i / D_0 has no cyclotomic square root
// found, or if C would need a field Q(zeta_m) with m above conductor_limit.
std::optional<ExactUnitarisation> exact_unitarisation(const HermitianLdl& ldl, std::string* reason = nullptr,
                                                     std::uint64_t conductor_limit = UINT64_MAX);

}  // namespace irrepkit
