// The exact route for characters that are not monomial: the isotypic component
// of a multiplicity-one induced module (ExactIsotypicIrrep), unitarised exactly
// (exact_unitarisation) when the pivots allow, else kept exact and unitarised
// numerically (construction `exact`).
//
// Modules come from MonomialSearch::multiplicity_one_modules, smallest first;
// the first whose basis unitarises exactly wins, otherwise the first exact one.
// Work is bounded by UnitaryIrrepOptions (module dimension, |G| * [G:H],
// the exponent of G, number of modules tried); nullopt with `reason` set when
// no module qualifies. Verification (throws check_failed on failure):
// exactly, invariance of the component under the generators, trace = chi on
// every class, rho(s) rho(s)^H = I on the generators (exact_unitary), and
// rho(g*s) = rho(g) rho(s) on every (element, generator) pair while
// |G| * #generators * d^3 <= exact_verification_budget; numerically (1e-9),
// every element's matrix (homomorphism, unitarity, trace) for |G| up to
// the all-elements limit.
// For `exact`, exact_generator_matrices hold the exact (not unitary) matrices
// rho_B(s) and generator_matrices the numeric unitary C rho_B(s) C^{-1}
// (C = L^H from the Cholesky factor of the Gram matrix).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "irreps/monomial_search.hpp"
#include "irreps/unitary_irreps.hpp"

namespace irrepkit {

std::optional<UnitaryIrrep> exact_isotypic_irrep(const CharacterTable& table, std::size_t character_index,
                                                 const UnitaryIrrepOptions& options, MonomialSearch& search,
                                                 const std::vector<ElementIndex>& generators,
                                                 std::string* reason = nullptr);

}  // namespace irrepkit
