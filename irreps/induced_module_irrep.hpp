// The numeric route inside an induced module: an irreducible subspace of
// Ind_H^G lambda (lambda a linear character of a subgroup H), much smaller than
// the regular representation when [G:H] is small.
//
// The module has basis t_0 .. t_{N-1} (left transversal of H, t_j the smallest
// element index of its coset) and rho_ind(g) e_i = lambda(h) e_j for g*t_i = t_j*h,
// a unitary homomorphism for GAP's product. The chi-isotypic component is the
// image of the orthogonal projector P = (d/|G|) sum_g conj(chi(g)) rho_ind(g), of
// dimension m*d with m = <chi|_H, lambda>. If m = 1 it is irreducible; otherwise a
// generic positive G-endomorphism C = sum_j w_j sum_g rho(g) v_j v_j^H rho(g)^H
// (seeded random v_j) restricted to it has m eigenvalues of multiplicity d, and
// the eigenspace of the largest is irreducible. Then rho(g) = W^H rho_ind(g) W.
#pragma once

#include <complex>
#include <cstdint>
#include <vector>

#include <Eigen/Dense>

#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"

namespace irrepkit {

class InducedModule {
 public:
  // lambda_exponents[x] = k with lambda(x) = E(root_order)^k for x in H, -1 outside.
  InducedModule(const EnumeratedGroup& group, const std::vector<long long>& lambda_exponents,
                std::uint64_t root_order);

  std::size_t dimension() const noexcept { return _transversal.size(); }
  // rho_ind(g) * x for an N x k matrix x.
  Eigen::MatrixXcd apply(ElementIndex g, const Eigen::MatrixXcd& x) const;
  // rho_ind(g) e_i = value * e_row.
  std::complex<double> image(ElementIndex g, std::size_t i, std::uint32_t& row) const {
    ElementIndex y = _group.multiply(g, _transversal[i]);
    row = _coset_of[y];
    return _lambda_part[y];
  }

 private:
  const EnumeratedGroup& _group;
  std::vector<ElementIndex> _transversal;
  std::vector<std::uint32_t> _coset_of;
  std::vector<std::complex<double>> _lambda_part;  // lambda(h) for y = t_j * h
};

// An orthonormal basis W (N x d) of an irreducible submodule with character chi
// (values per class of `classes`), given the multiplicity m of chi in the module.
// Throws check_failed if the isotypic component does not have dimension m*d,
// unable if no generic endomorphism is found.
Eigen::MatrixXcd irreducible_in_induced_module(const InducedModule& module, const ConjugacyClasses& classes,
                                               const std::vector<std::complex<double>>& character_of_class,
                                               std::size_t dimension, std::size_t multiplicity,
                                               std::uint64_t seed);

}  // namespace irrepkit
