// Monomial representations with root-of-unity entries: Ind_H^G lambda for a
// subgroup H and a linear character lambda of H, held exactly.
//
// Each rho(g) has one nonzero entry per column: column i has E(root_order)^k
// (GAP's E(n)) in row rows[g*d+i], with k = exponents[g*d+i]. Such a matrix is
// exactly unitary. Induction: with a left transversal t_0..t_{d-1} of H (t_0 the
// identity's coset representative, each t_j the smallest element index of its
// coset), g*t_i = t_j*h with h in H gives rho(g) e_i = lambda(h) e_j, a
// homomorphism for GAP's product: rho(g*h) = rho(g) rho(h). A linear character of
// G is the case H = G (d = 1).
#pragma once

#include <complex>
#include <cstdint>
#include <string>
#include <vector>

#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "irreps/character_table.hpp"
#include "lib/cyclotomic.hpp"

namespace irrepkit {

struct MonomialRepresentation {
  std::size_t dimension = 0;
  std::uint64_t root_order = 1;
  std::vector<std::uint32_t> rows;       // |G| * d
  std::vector<std::uint32_t> exponents;  // |G| * d, in 0..root_order-1
};

// `lambda_exponents[x]` for every element x of G: the exponent k with
// lambda(x) = E(root_order)^k if x is in H, and -1 otherwise.
MonomialRepresentation induced_representation(const EnumeratedGroup& group,
                                              const std::vector<long long>& lambda_exponents,
                                              std::uint64_t root_order);

// Exact checks: rho(g*s) = rho(g) rho(s) for every element g and generator s
// (integer arithmetic), and trace rho(g) = chi(g) exactly (Cyclotomic) on a
// representative of every class. Throws check_failed naming the failure.
void verify_monomial_representation(const MonomialRepresentation& representation,
                                    const ConjugacyClasses& classes,
                                    const std::vector<ElementIndex>& generators,
                                    const Character& character);

// Numeric matrices of all elements, g at offset g*d*d, row-major.
std::vector<std::complex<double>> numeric_matrices(const MonomialRepresentation& representation);
// Numeric d*d row-major matrix of one element.
std::vector<std::complex<double>> numeric_matrix(const MonomialRepresentation& representation,
                                                 ElementIndex g);
// Exact d*d row-major matrix of one element.
std::vector<Cyclotomic> exact_matrix(const MonomialRepresentation& representation, ElementIndex g);

}  // namespace irrepkit
