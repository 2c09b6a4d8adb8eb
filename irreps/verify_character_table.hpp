// Verification of a character table from plain class data (the public
// verify_character_table in character_table.hpp reads it from the classes).
//
// Checks, exactly: one character per class, values[0] = degree, degree | |G|,
// sum of squared degrees = |G|, row orthogonality
//   sum_s |C_s| chi(g_s) conj(psi(g_s)) = |G| delta(chi, psi),
// column orthogonality
//   sum_chi chi(g_s) conj(chi(g_t)) = |C_G(g_s)| delta(s, t),
// and the stored Frobenius-Schur indicators (in {-1, 0, 1}, equal to the
// computed ones). Characters are named X.1, X.2, ... (1-based, as GAP).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "irreps/character_table.hpp"

namespace irrepkit {

struct ClassSummary {
  std::uint64_t group_order = 1;
  std::vector<std::uint64_t> sizes;
  std::vector<std::uint32_t> square_classes;  // class of g_s^2
  std::vector<std::string> names;             // for messages
};

ClassSummary class_summary_of(const ConjugacyClasses& classes);

// Throws check_failed naming the identity and the characters or classes.
void verify_character_table(const ClassSummary& summary, const std::vector<Character>& characters);

}  // namespace irrepkit
