// Constructors of the named families of groups, as permutation groups.
//
// Sizes follow GAP: dihedral_group(8) and dicyclic_group(12) take the group
// order; polygon_group(n) is the symmetry group of the n-gon (order 2n).
// Arguments out of range throw bad_input naming the family and the argument.
//
// Conventions of the actions:
//  - symmetric/alternating/cyclic/dihedral: natural action on n points
//    (cyclic_group(1) is the trivial group on 1 point; dihedral_group(4) is
//    the Klein four group on 4 points);
//  - dicyclic_group(4n) = <a, x | a^(2n), x^2 = a^n, x^-1 a x = a^-1>:
//    its right regular action on 4n points; quaternion_group = dicyclic_group;
//  - abelian_group, direct_product: disjoint actions side by side;
//  - semidirect_product_cyclic(n, m) = C_n : C_m, the generator b of C_m acting
//    on the generator a of C_n as a -> a^r, r the smallest unit mod n of
//    the largest multiplicative order dividing m (so the action is faithful
//    whenever (Z/n)^* has an element of order m); a acts on Z/n as x -> x+1,
//    b as x -> r*x, and if ord(r) < m also as an m-cycle on m extra points;
//  - frobenius_group(p, q) = C_p : C_q (p prime, q | p-1) on p points;
//  - wreath_product(G, H): G wr H in its imprimitive action on
//    degree(G)*degree(H) points (block j = points j*degree(G) .. );
//  - linear groups: SL, GL on nonzero row vectors of GF(q)^n (v -> v*M),
//    PSL, PGL on the 1-spaces; generators are elementary transvections
//    (and diag(z,1,..,1) for GL, z = Z(q) as in GAP);
//  - matrix_group: row vectors, action on the orbit of the standard basis;
//  - mathieu_group: GAP's generators (MathieuGroup(n) in GAP 4.12);
//  - heisenberg_group(p): upper unitriangular 3x3 matrices over GF(p).
#pragma once

#include <cstdint>
#include <vector>

#include "groups/permutation_group.hpp"

namespace irrepkit {

PermutationGroup trivial_group();
PermutationGroup symmetric_group(long long n);
PermutationGroup alternating_group(long long n);
PermutationGroup cyclic_group(long long n);
PermutationGroup dihedral_group(long long order);
PermutationGroup polygon_group(long long n);  // symmetries of the n-gon, order 2n
PermutationGroup dicyclic_group(long long order);
PermutationGroup quaternion_group(long long order);
PermutationGroup abelian_group(const std::vector<long long>& invariants);
PermutationGroup elementary_abelian_group(long long order);

PermutationGroup direct_product(const std::vector<PermutationGroup>& factors);
PermutationGroup semidirect_product_cyclic(long long n, long long m);
PermutationGroup frobenius_group(long long p, long long q);
PermutationGroup wreath_product(const PermutationGroup& g, const PermutationGroup& h);

PermutationGroup special_linear_group(long long n, long long q);
PermutationGroup general_linear_group(long long n, long long q);
PermutationGroup projective_special_linear_group(long long n, long long q);
PermutationGroup projective_general_linear_group(long long n, long long q);
// Matrices over GF(q), entries as field elements (see finite_field.hpp);
// each matrix is a list of rows.
using FieldMatrix = std::vector<std::vector<std::uint32_t>>;
PermutationGroup matrix_group(long long q, const std::vector<FieldMatrix>& matrices,
                              std::size_t orbit_limit = 1'000'000);
// Integer matrices; refuses (bad_input) when the orbit of the standard basis
// exceeds orbit_limit vectors, i.e. the group is infinite or too large.
using IntegerMatrix = std::vector<std::vector<long long>>;
PermutationGroup integer_matrix_group(const std::vector<IntegerMatrix>& matrices,
                                      std::size_t orbit_limit = 100'000);
PermutationGroup mathieu_group(long long n);
PermutationGroup heisenberg_group(long long p);

// Number theory helpers shared by the families.
bool is_prime(long long n);
// q = p^k with p prime: returns true and sets p, k.
bool is_prime_power(long long q, long long& p, int& k);

}  // namespace irrepkit
