// An exact irrep as the chi-isotypic component of a monomial module
// Ind_H^G lambda in which chi occurs once (Dixon's construction).
//
// The module (MonomialRepresentation, basis e_0..e_{N-1}, N = [G:H], e_0 the
// coset of H) is unitary for the standard inner product, so the isotypic
// projector P = (d/|G|) sum_g conj(chi(g)) rho_ind(g) is Hermitian and P^2 = P:
// the columns P e_i span the component (dimension d), with Gram matrix
// (P e_i, P e_j) = P_ij and P_ii = d/N. Column 0 v = P e_0 is summed over G
// (|G| products); every other column is P e_i = rho_ind(g) v / E^k for an
// element g with rho_ind(g) e_0 = E^k e_i, so all of P costs |G| + N^2.
//
// The basis B = (P e_i)_{i in S}, |S| = d, is chosen to make the Gram matrix
// P[S,S] easy to unitarise exactly: first a largest set of mutually orthogonal
// columns (P_ij = 0; scanned from each of the first 64 start columns in order),
// then columns in index order whose LDL^H pivot over the first pivot is
// rational, then one with a cyclotomic square root, then any independent one
// (the result is then not unitarisable exactly). Deterministic.
// In the basis B, rho_B(g) B = rho_ind(g) B: column i of rho_B(g) is
// E^k * coordinates[:, j] for rho_ind(g) e_{S_i} = E^k e_j, where
// coordinates = P[S,S]^{-1} P[S,:] expresses each P e_j in B.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "groups/conjugacy_classes.hpp"
#include "irreps/character_table.hpp"
#include "irreps/exact_unitarisation.hpp"
#include "irreps/monomial_representation.hpp"
#include "lib/cyclotomic_matrix.hpp"

namespace irrepkit {

class ExactIsotypicIrrep {
 public:
  // Builds and verifies exactly (invariance of span B under the generators,
  // trace = chi on every class representative); nullopt with `reason` set if
  // the component does not have dimension d (chi not of multiplicity one).
  static std::optional<ExactIsotypicIrrep> build(const MonomialRepresentation& module,
                                                 const ConjugacyClasses& classes, const Character& chi,
                                                 const std::vector<ElementIndex>& generators,
                                                 std::string* reason = nullptr);

  std::size_t dimension() const noexcept { return _basis_columns.size(); }
  // rho_B(g), exact, d x d.
  CyclotomicMatrix matrix(ElementIndex g) const;
  // LDL^H of the Gram matrix P[S,S] (for exact_unitarisation).
  const HermitianLdl& ldl() const noexcept { return _ldl; }
  const CyclotomicMatrix& gram() const noexcept { return _gram; }
  // True when every pivot ratio had a cyclotomic square root at selection time.
  bool unitarisable() const noexcept { return _unitarisable; }
  // "4 mutually orthogonal columns of 15; 1 rational pivot", for construction_detail.
  const std::string& basis_description() const noexcept { return _basis_description; }

 private:
  ExactIsotypicIrrep(const MonomialRepresentation& module) : _module(&module) {}
  const MonomialRepresentation* _module;
  std::vector<std::size_t> _basis_columns;
  CyclotomicMatrix _gram;
  CyclotomicMatrix _coordinates;  // d x N
  HermitianLdl _ldl;
  bool _unitarisable = true;
  std::vector<Cyclotomic> _roots;  // E(root_order)^k
  std::string _basis_description;
};

}  // namespace irrepkit
