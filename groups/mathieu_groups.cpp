// The Mathieu groups M11, M12, M22, M23, M24 with the generators GAP 4.12's
// MathieuGroup(n) returns (so classes and numberings match GAP's input).
#include <string>

#include "groups/named_groups.hpp"
#include "lib/error.hpp"

namespace irrepkit {

PermutationGroup mathieu_group(long long n) {
  std::vector<const char*> generators;
  switch (n) {
    case 11:
      generators = {"(1,2,3,4,5,6,7,8,9,10,11)", "(3,7,11,8)(4,10,5,6)"};
      break;
    case 12:
      generators = {"(1,2,3,4,5,6,7,8,9,10,11)", "(3,7,11,8)(4,10,5,6)", "(1,12)(2,11)(3,6)(4,8)(5,9)(7,10)"};
      break;
    case 22:
      generators = {"(1,2,3,4,5,6,7,8,9,10,11)(12,13,14,15,16,17,18,19,20,21,22)",
                    "(1,4,5,9,3)(2,8,10,7,6)(12,15,16,20,14)(13,19,21,18,17)",
                    "(1,21)(2,10,8,6)(3,13,4,17)(5,19,9,18)(11,22)(12,14,16,20)"};
      break;
    case 23:
      generators = {"(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23)",
                    "(3,17,10,7,9)(4,13,14,19,5)(8,18,11,12,23)(15,20,22,21,16)"};
      break;
    case 24:
      generators = {"(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23)",
                    "(3,17,10,7,9)(4,13,14,19,5)(8,18,11,12,23)(15,20,22,21,16)",
                    "(1,24)(2,23)(3,12)(4,16)(5,18)(6,10)(7,20)(8,14)(9,21)(11,17)(13,22)(15,19)"};
      break;
    default:
      throw_bad_input("MathieuGroup(n): n must be 11, 12, 22, 23 or 24, got " + std::to_string(n));
  }
  std::vector<Permutation> permutations;
  for (const char* text : generators) permutations.push_back(Permutation::parse(text));
  return PermutationGroup(std::move(permutations));
}

}  // namespace irrepkit
