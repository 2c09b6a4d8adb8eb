// Fuzz target: group expressions (parse_group on GAP expressions, short names,
// GAP .g text with a final ';'). Inputs that would read a file ('@path') or
// standard input ('-') are skipped here: fuzz-group-json drives the file path.
// irrepkit::Error is the accepted failure; any other exception, a crash, or a
// parsed group whose generators do not parse back to the same group is a finding.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "groups/group_parser.hpp"
#include "lib/error.hpp"

// Declared first: a namespace-scope const has internal linkage otherwise.
extern const std::vector<std::string> fuzz_seed_corpus;
const std::vector<std::string> fuzz_seed_corpus = {
    "Group((1,2,3),(1,2))",
    "Group([2,3,1],[2,1,3])",
    "Group([(1,2,3),(1,2)])",
    "  Group( (1,2)(3,4) , (1,3) ) ;",
    "Group(())",
    "SymmetricGroup(5)",
    "AlternatingGroup(4)",
    "CyclicGroup(12)",
    "DihedralGroup(10)",
    "QuaternionGroup(8)",
    "DicyclicGroup(12)",
    "AbelianGroup([4,6])",
    "ElementaryAbelianGroup(8)",
    "HeisenbergGroup(3)",
    "DirectProduct(S3,C4)",
    "WreathProduct(S4,C2)",
    "FrobeniusGroup(7,3)",
    "SemidirectProduct(CyclicGroup(7),CyclicGroup(3))",
    "SL(2,3)",
    "GL(2,3)",
    "PSL(2,7)",
    "PGL(2,5)",
    "MathieuGroup(11)",
    "MatrixGroup(GF(3), [[1,1],[0,1]], [[0,1],[2,0]])",
    "MatrixGroup(GF(4), [[Z(4),0],[0,1]], [[0,1],[1,0]])",
    "MatrixGroup([[0,1],[1,0]], [[-1,0],[0,1]])",
    "MatrixGroup([[0,-1],[1,-1]])",
    "S5", "A5", "C12", "Q8", "Dic12", "D8", "D(59)", "M11", "trivial",
    "Group((1,2,3)^2,(1,2)*(2,3))",
    "Group((1,2,3)^-1)",
    "MatrixGroup(GF(5), [[Z(5)^2,2*Z(5)],[0,1]])",
    // regression inputs found by fuzzing go below
};

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '@') return 0;
  std::size_t last = text.find_last_not_of(" \t\r\n");
  if (first != std::string_view::npos && first == last && text[first] == '-') return 0;
  try {
    irrepkit::PermutationGroup group = irrepkit::parse_group(text);
    // The generators, printed in cycle notation, describe the same group.
    if (group.degree() <= 2000 && group.generators().size() <= 50) {
      std::string again = "Group(";
      for (std::size_t i = 0; i < group.generators().size(); ++i) {
        if (i > 0) again += ',';
        again += group.generators()[i].to_cycle_string();
      }
      again += ")";
      if (irrepkit::parse_group(again).order().to_string() != group.order().to_string()) std::abort();
    }
  } catch (const irrepkit::Error&) {
  }
  return 0;
}
