// The GROUP syntax: every form documented in group_parser.hpp, files and
// standard input, and every kind of bad input with what and where.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "groups/group_parser.hpp"
#include "groups/named_groups.hpp"
#include "lib/error.hpp"

using namespace irrepkit;

namespace {

std::string order_of(const std::string& text) { return parse_group(text).order().to_string(); }

// The message of the bad_input error parse_group throws.
std::string error_of(const std::string& text) {
  try {
    parse_group(text);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    return e.what();
  }
  return "no error";
}

std::string write_temporary(const std::string& name, const std::string& content) {
  std::filesystem::path path = std::filesystem::temp_directory_path() / ("irrepkit-test-" + name);
  std::ofstream(path) << content;
  return path.string();
}

}  // namespace

TEST_CASE("group-parser/001: generators in cycle notation and as image lists") {
  CHECK(order_of("Group(())") == "1");
  CHECK(order_of("Group((1,2,3),(1,2))") == "6");
  CHECK(order_of("Group([2,3,1],[2,1,3])") == "6");
  CHECK(order_of("Group([(1,2,3),(1,2)])") == "6");
  CHECK(order_of("Group([[2,3,1],[2,1,3]])") == "6");
  CHECK(order_of("  Group( (1,2)(3,4) , (1,3) ) ;") == "8");
  CHECK(order_of("Group((1,2),[1,2,4,3])") == "4");
  PermutationGroup g = parse_group("Group((1,2,3),(4,5))");
  CHECK(g.degree() == 5);
  CHECK(g.generators().size() == 2);
  CHECK(g.generators()[0].degree() == 5);
  CHECK(g.name() == "Group((1,2,3),(4,5))");
}

TEST_CASE("group-parser/002: named families") {
  CHECK(order_of("SymmetricGroup(6)") == "720");
  CHECK(order_of("Sym(4)") == "24");
  CHECK(order_of("AlternatingGroup(5)") == "60");
  CHECK(order_of("CyclicGroup(12)") == "12");
  CHECK(order_of("CyclicGroup(1)") == "1");
  CHECK(order_of("DihedralGroup(10)") == "10");
  CHECK(order_of("QuaternionGroup(8)") == "8");
  CHECK(order_of("DicyclicGroup(12)") == "12");
  CHECK(order_of("AbelianGroup([4,6])") == "24");
  CHECK(order_of("AbelianGroup([])") == "1");
  CHECK(order_of("ElementaryAbelianGroup(8)") == "8");
  CHECK(parse_group("ElementaryAbelianGroup(8)").abelian_invariants() == std::vector<std::uint64_t>{2, 2, 2});
  CHECK(order_of("DirectProduct(S3,C4)") == "24");
  CHECK(order_of("DirectProduct(CyclicGroup(2),CyclicGroup(3),Group(()))") == "6");
  CHECK(order_of("SemidirectProduct(CyclicGroup(7), CyclicGroup(3))") == "21");
  CHECK_FALSE(parse_group("SemidirectProduct(CyclicGroup(7), CyclicGroup(3))").is_abelian());
  CHECK(order_of("SemidirectProduct(C8, C4)") == "32");
  CHECK(order_of("SemidirectProduct(C5, C3)") == "15");  // no unit of order 3 mod 5: direct
  CHECK(parse_group("SemidirectProduct(C5, C3)").is_abelian());
  CHECK(order_of("FrobeniusGroup(7,3)") == "21");
  CHECK(order_of("FrobeniusGroup(5,4)") == "20");
  CHECK(order_of("WreathProduct(S4, C2)") == "1152");
  CHECK(order_of("WreathProduct(CyclicGroup(5), CyclicGroup(3))") == "375");
  CHECK(order_of("WreathProduct(C2, Group((1,2),(3,4)))") == "64");
  CHECK(order_of("SL(2,3)") == "24");
  CHECK(order_of("GL(2,3)") == "48");
  CHECK(order_of("SL(2,4)") == "60");
  CHECK(order_of("SL(3,2)") == "168");
  CHECK(order_of("GL(1,5)") == "4");
  CHECK(order_of("PSL(2,7)") == "168");
  CHECK(order_of("PSL(2,9)") == "360");
  CHECK(order_of("PGL(2,9)") == "720");
  CHECK(order_of("PSL(2,8)") == "504");
  CHECK(order_of("PSL(2,49)") == "58800");
  CHECK(order_of("SpecialLinearGroup(2,5)") == "120");
  CHECK(order_of("MathieuGroup(11)") == "7920");
  CHECK(order_of("MathieuGroup(22)") == "443520");
  CHECK(order_of("HeisenbergGroup(3)") == "27");
  CHECK(order_of("HeisenbergGroup(5)") == "125");
  CHECK_FALSE(parse_group("HeisenbergGroup(5)").is_abelian());
}

TEST_CASE("group-parser/003: short names (dihedral: Dn is GAP's order n, D(n) the n-gon)") {
  CHECK(order_of("C12") == "12");
  CHECK(order_of("S5") == "120");
  CHECK(order_of("A5") == "60");
  CHECK(order_of("Q8") == "8");
  CHECK(order_of("Q16") == "16");
  CHECK(order_of("D8") == "8");
  CHECK(order_of("D(59)") == "118");
  CHECK(order_of("D(4)") == "8");
  CHECK(order_of("Dic12") == "12");
  CHECK(order_of("M11") == "7920");
  CHECK(order_of("M12") == "95040");
  CHECK(order_of("trivial") == "1");
}

TEST_CASE("group-parser/004: matrix groups and their permutation images agree") {
  // SL(2,3) from matrices over GF(3) and from the SL family.
  CHECK(order_of("MatrixGroup(GF(3), [[1,1],[0,1]], [[0,1],[2,0]])") == order_of("SL(2,3)"));
  CHECK(order_of("MatrixGroup(GF(3), [[1,1],[0,1]], [[0,1],[2,0]], [[2,0],[0,1]])") == order_of("GL(2,3)"));
  CHECK(order_of("MatrixGroup(GF(2), [[1,1,0],[0,1,0],[0,0,1]], [[0,0,1],[1,0,0],[0,1,0]])") == "168");
  CHECK(order_of("MatrixGroup(GF(4), [[Z(4),0],[0,1]], [[1,1],[0,1]])") == "12");
  // Z(q) is GAP's primitive element (Conway polynomial): the same orders as GAP.
  CHECK(order_of("MatrixGroup(GF(9), [[Z(9)^2,0*Z(9)],[0,Z(9)^-2]], [[1,1],[0,1]], [[0,1],[-1,0]])") == "48");
  CHECK(order_of("MatrixGroup(GF(9), [[Z(9),0*Z(9)],[0,Z(9)^-1]], [[1,1],[0,1]])") == "72");
  CHECK(order_of("MatrixGroup(GF(9), [[Z(9),0],[0,Z(9)^-1]], [[1,1],[0,1]], [[0,1],[-1,0]])") == "720");
  CHECK(order_of("MatrixGroup(GF(5), [[[1,1],[0,1]], [[0,1],[4,0]]])") == "120");
  // The Weyl group of B3 (signed permutation matrices) over the integers.
  CHECK(order_of("Group([[0,1,0],[1,0,0],[0,0,1]], [[1,0,0],[0,0,1],[0,1,0]], [[-1,0,0],[0,1,0],[0,0,1]])") == "48");
  // Weyl group of A2 acting on the root lattice: S3.
  CHECK(order_of("MatrixGroup([[-1,0],[1,1]], [[1,1],[0,-1]])") == "6");
}

TEST_CASE("group-parser/005: files (GAP text, JSON) and standard input") {
  std::string gap_file = write_temporary("s4.g", "# S4\nGroup((1,2,3,4), (1,2));\n");
  CHECK(order_of("@" + gap_file) == "24");
  std::string json_file = write_temporary("s3.json", R"({"generators": [[2,3,1],[2,1]]})");
  PermutationGroup s3 = parse_group("@" + json_file);
  CHECK(s3.order().to_string() == "6");
  CHECK(s3.degree() == 3);
  std::string empty_json = write_temporary("empty.json", R"({"generators": []})");
  CHECK(order_of("@" + empty_json) == "1");
  std::string bad_json = write_temporary("bad.json", R"({"generators": [[2,2,1]]})");
  CHECK(error_of("@" + bad_json).find("generator 1") != std::string::npos);
  CHECK(error_of("@" + bad_json).find("repeated image 2") != std::string::npos);
  std::string broken_json = write_temporary("broken.json", R"({"generators": [[2,1)");
  CHECK(error_of("@" + broken_json).find("invalid JSON") != std::string::npos);
  std::string bad_gap = write_temporary("bad.g", "Group((1,2),(3,3))");
  CHECK(error_of("@" + bad_gap).find("position 16") != std::string::npos);
  CHECK(error_of("@/nonexistent/file.g").find("cannot read file") != std::string::npos);

  std::istringstream input("SymmetricGroup(4);\n");
  std::streambuf* saved = std::cin.rdbuf(input.rdbuf());
  std::string from_stdin = order_of("-");
  std::cin.rdbuf(saved);
  CHECK(from_stdin == "24");
}

TEST_CASE("group-parser/006: bad input names what and where") {
  // Not a permutation: a repeated image, point 0, a point beyond the degree.
  std::string message = error_of("Group((1,2,2))");
  CHECK(message.find("repeated point 2") != std::string::npos);
  CHECK(message.find("position 12") != std::string::npos);
  message = error_of("Group([2,2,1])");
  CHECK(message.find("repeated image 2") != std::string::npos);
  CHECK(message.find("position 7") != std::string::npos);
  message = error_of("Group((0,1))");
  CHECK(message.find("point 0") != std::string::npos);
  CHECK(message.find("position 8") != std::string::npos);
  message = error_of("Group([1,2,4])");
  CHECK(message.find("image 4") != std::string::npos);
  CHECK(message.find("position 7") != std::string::npos);
  // Unbalanced parentheses and brackets.
  message = error_of("Group((1,2,3),(1,2)");
  CHECK(message.find("unbalanced parentheses") != std::string::npos);
  CHECK(message.find("position 6") != std::string::npos);
  message = error_of("Group((1,2)))");
  CHECK(message.find("unbalanced parentheses") != std::string::npos);
  CHECK(message.find("position 13") != std::string::npos);
  CHECK(error_of("Group([2,1)").find("unbalanced") != std::string::npos);
  // Unknown names, wrong arity, wrong argument kinds.
  message = error_of("Foo(3)");
  CHECK(message.find("unknown function name 'Foo'") != std::string::npos);
  CHECK(message.find("position 1") != std::string::npos);
  message = error_of("DirectProduct(S3, Bar(2))");
  CHECK(message.find("unknown function name 'Bar'") != std::string::npos);
  CHECK(message.find("position 19") != std::string::npos);
  CHECK(error_of("X7").find("unknown group name 'X7'") != std::string::npos);
  message = error_of("SymmetricGroup(3,4)");
  CHECK(message.find("wrong number of arguments") != std::string::npos);
  CHECK(message.find("takes 1 argument") != std::string::npos);
  CHECK(error_of("SL(2)").find("wrong number of arguments") != std::string::npos);
  CHECK(error_of("SymmetricGroup((1,2))").find("must be an integer") != std::string::npos);
  CHECK(error_of("DirectProduct(S3, 4)").find("must be a group") != std::string::npos);
  CHECK(error_of("(1,2)").find("expected a group") != std::string::npos);
  CHECK(error_of("").find("empty") != std::string::npos);
  // Family arguments.
  CHECK(error_of("SL(2,6)").find("prime power") != std::string::npos);
  CHECK(error_of("PSL(2,1)").find("prime power") != std::string::npos);
  CHECK(error_of("GF(12)").find("prime power") != std::string::npos);
  CHECK(error_of("DihedralGroup(7)").find("even") != std::string::npos);
  CHECK(error_of("QuaternionGroup(6)").find("divisible by 4") != std::string::npos);
  CHECK(error_of("FrobeniusGroup(7,4)").find("divide") != std::string::npos);
  CHECK(error_of("FrobeniusGroup(8,7)").find("prime") != std::string::npos);
  CHECK(error_of("MathieuGroup(13)").find("11, 12, 22, 23 or 24") != std::string::npos);
  CHECK(error_of("SemidirectProduct(S3, C2)").find("cyclic") != std::string::npos);
  CHECK(error_of("AbelianGroup([4,0])").find("infinite") != std::string::npos);
  // Matrices: singular, different sizes, infinite groups.
  message = error_of("MatrixGroup(GF(3), [[1,1],[1,1]])");
  CHECK(message.find("singular") != std::string::npos);
  CHECK(error_of("MatrixGroup(GF(3), [[1,1],[0,1]], [[1,0,0],[0,1,0],[0,0,1]])").find("different sizes") !=
        std::string::npos);
  CHECK(error_of("MatrixGroup([[1,2],[2,4]])").find("singular") != std::string::npos);
  CHECK(error_of("MatrixGroup([[2,0],[0,1]])").find("infinite") != std::string::npos);
  CHECK(error_of("MatrixGroup([[1,1],[0,1]])").find("infinite") != std::string::npos);
  CHECK(error_of("MatrixGroup(GF(4), [[Z(9),0],[0,1]])").find("mixed") != std::string::npos);
  // Hostile input: deep nesting, huge points, huge exponents end in errors.
  CHECK(error_of(std::string(5000, '[') + std::string(5000, ']')).find("nested") != std::string::npos);
  CHECK(error_of("Group((1,2000000000))").find("point too large") != std::string::npos);
  CHECK(error_of("MatrixGroup([[1^1000000000000000,0],[0,2^100]])").find("overflow") != std::string::npos);
  CHECK(error_of("CyclicGroup(99999999999999999999)").find("too large") != std::string::npos);
  // Too large to build (not to enumerate: that is the enumeration's error).
  CHECK(error_of("SymmetricGroup(1000000)").find("SymmetricGroup") != std::string::npos);
}

TEST_CASE("group-parser/007: regressions found by testing against GAP and hostile input") {
  // Primes near 2^63: trial division up to sqrt(q) hung for minutes.
  CHECK(is_prime(9223372036854775783LL));
  CHECK(!is_prime(9223372036854775807LL));
  long long p = 0;
  int k = 0;
  REQUIRE(is_prime_power(4611686014132420609LL, p, k));  // (2^31-1)^2
  CHECK(p == 2147483647LL);
  CHECK(k == 2);
  CHECK(!is_prime_power(4611686014132420610LL, p, k));
  REQUIRE(is_prime_power(65536, p, k));
  CHECK(p == 2);
  CHECK(k == 16);
  CHECK(error_of("GF(9223372036854775783)").find("exceeds the supported") != std::string::npos);
  CHECK(error_of("SL(2,9223372036854775783)").find("exceeds the supported") != std::string::npos);
  CHECK(error_of("FrobeniusGroup(9223372036854775783,2)").find("too large") != std::string::npos);
  CHECK(error_of("HeisenbergGroup(9223372036854775783)").find("exceeds the supported") != std::string::npos);
  // Linear groups with too many points are refused before the vectors are
  // listed (SL(2,3571) filled 800 MB, PSL(23,2) 1.2 GB, before refusing).
  CHECK(error_of("SL(2,3571)").find("SL(2,3571): 12752040 points is too many") != std::string::npos);
  CHECK(error_of("PSL(23,2)").find("PSL(23,2): 8388607 points is too many") != std::string::npos);
  CHECK(order_of("PSL(2,16)") == "4080");
  CHECK(order_of("PGL(2,7)") == "336");
  // Binary input: a NUL or control byte is shown as "byte 0xNN", never raw.
  std::string message = error_of(std::string("Group((1,2))\0x", 14));
  CHECK(message.find("byte 0x00") != std::string::npos);
  CHECK(message.find('\0') == std::string::npos);
  message = error_of("Group((1,\x01))");
  CHECK(message.find("byte 0x01") != std::string::npos);
  CHECK(message.find('\x01') == std::string::npos);
  CHECK(error_of("Group([1,\x7f])").find("byte 0x7F") != std::string::npos);
  // A bad permutation in a file names the file.
  std::string bad_cycle = write_temporary("bad-cycle.g", "Group((0,1))");
  message = error_of(std::string("@").append(bad_cycle));
  CHECK(message.find("GROUP file") != std::string::npos);
  CHECK(message.find("point 0") != std::string::npos);
  // A directory is bad input, not an internal error.
  CHECK(error_of(std::string("@").append(std::filesystem::temp_directory_path().string())).find("directory") != std::string::npos);
  // Image lists (text or JSON) obey the same 10^6 points as cycles.
  std::string long_list = "{\"generators\": [[";
  for (long long x = 1; x <= 1'000'001; ++x) {
    if (x > 1) long_list += ',';
    long_list += std::to_string(x);
  }
  long_list += "]]}";
  std::string long_json = write_temporary("long.json", long_list);
  CHECK(error_of(std::string("@").append(long_json)).find("at most 1000000 points") != std::string::npos);
  // Integer matrices with large entries: no overflow, and no claim that a
  // finite group ([[1,2^41],[0,-1]] has order 2) is infinite.
  message = error_of("MatrixGroup([[1,2199023255552],[0,-1]])");
  CHECK(message.find("infinite or its entries too large") != std::string::npos);
  CHECK(error_of("MatrixGroup([[1,4611686018427387904],[0,-1]])").find("2^40") != std::string::npos);
  CHECK(error_of("MatrixGroup([[4611686018427387904,0],[0,4611686018427387904]])")
            .find("determinant 21267647932558653966460912964485513216") != std::string::npos);
}

TEST_CASE("group-parser/008: '^' chains are bounded like nesting (regression: stack overflow under AddressSanitizer)") {
  // 2^2^...^2 recursed in parse_factor outside the nesting guard: 100000
  // of them overflowed the stack.
  auto chain = [](int length, const std::string& link) {
    std::string text = "Group(";
    for (int k = 0; k < length; ++k) text += link;
    return text + "1)";
  };
  for (const std::string link : {"1^", "1^-", "Z(5)^"}) {
    INFO(link);
    CHECK(error_of(chain(100000, link)).find("nested more than 200 levels deep") != std::string::npos);
  }
  CHECK(error_of(chain(150, "1^")).find("a generator must be") != std::string::npos);
  CHECK(order_of("MatrixGroup(GF(5), [[Z(5)^1^1^1^1^1,0],[0,1]])") == "4");
  // Brackets and '^' share the 200 levels.
  auto nested = [](int brackets, int carets) {
    std::string text = "Group(" + std::string(static_cast<std::size_t>(brackets), '[');
    for (int k = 0; k < carets; ++k) text += "1^";
    return text + "1" + std::string(static_cast<std::size_t>(brackets), ']') + ")";
  };
  CHECK(error_of(nested(90, 90)).find("nested more than") == std::string::npos);
  CHECK(error_of(nested(150, 150)).find("nested more than 200 levels deep") != std::string::npos);
}
