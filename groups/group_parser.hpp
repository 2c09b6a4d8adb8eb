// The GROUP argument: GAP expressions, short names, files.
//
//   Group((1,2,3),(1,2))  SymmetricGroup(5)  CyclicGroup(12)  DihedralGroup(10)
//   S5 A5 C12 Q8 D8 (GAP: D8 has order 8)  D(59) (symmetries of the 59-gon, order 118)
//   MatrixGroup(GF(3), [[1,1],[0,1]], [[0,1],[2,0]])  SL(2,7)  PSL(2,11)  MathieuGroup(11)
//   @path (a .g GAP expression or JSON {"generators": [[2,3,1],[2,1,3]]}), - (stdin)
//
// Errors are bad_input naming what and the position in the text.
#pragma once

#include <string>
#include <string_view>

#include "groups/permutation_group.hpp"

namespace irrepkit {

PermutationGroup parse_group(std::string_view text);

// The GROUP syntax explained for --help texts (several lines, no trailing newline).
std::string group_syntax_help();

}  // namespace irrepkit
