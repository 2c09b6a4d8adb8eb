// Permutation groups: Schreier-Sims orders (exact, S_50 = 50!), membership
// by sifting, derived series, abelianisation; enumeration by rank/unrank.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "groups/enumerated_group.hpp"
#include "groups/group_parser.hpp"
#include "groups/named_groups.hpp"
#include "groups/permutation_group.hpp"
#include "lib/error.hpp"

using namespace irrepkit;

namespace {

std::string order_of(const std::string& text) { return parse_group(text).order().to_string(); }

}  // namespace

TEST_CASE("permutation-group/001: the trivial group") {
  PermutationGroup trivial = parse_group("Group(())");
  CHECK(trivial.order().to_string() == "1");
  CHECK(trivial.is_trivial());
  CHECK(trivial.is_abelian());
  CHECK(trivial.is_solvable());
  CHECK(trivial.base().empty());
  CHECK(trivial.contains(Permutation()));
  CHECK_FALSE(trivial.contains(Permutation::parse("(1,2)")));
  CHECK(trivial.derived_subgroup().order().to_string() == "1");
  CHECK(trivial.abelian_invariants().empty());
  CHECK(PermutationGroup(5).order().to_string() == "1");
}

TEST_CASE("permutation-group/002: orders of known groups") {
  CHECK(order_of("SymmetricGroup(1)") == "1");
  CHECK(order_of("SymmetricGroup(5)") == "120");
  CHECK(order_of("AlternatingGroup(6)") == "360");
  CHECK(order_of("AlternatingGroup(2)") == "1");
  CHECK(order_of("DihedralGroup(10)") == "10");
  CHECK(order_of("DihedralGroup(4)") == "4");
  CHECK(order_of("QuaternionGroup(8)") == "8");
  CHECK(order_of("QuaternionGroup(16)") == "16");
  CHECK(order_of("SL(2,3)") == "24");
  CHECK(order_of("GL(2,3)") == "48");
  CHECK(order_of("PSL(2,7)") == "168");
  CHECK(order_of("PGL(2,9)") == "720");
  CHECK(order_of("PSL(3,4)") == "20160");
  CHECK(order_of("GL(2,4)") == "180");
  CHECK(order_of("M11") == "7920");
  CHECK(order_of("M12") == "95040");
  CHECK(order_of("M22") == "443520");
  CHECK(order_of("M23") == "10200960");
  CHECK(order_of("M24") == "244823040");
  CHECK(parse_group("SymmetricGroup(50)").order() == Integer::factorial(50));
  CHECK(order_of("SymmetricGroup(50)") == "30414093201713378043612608166064768844377641568960512000000000000");
  CHECK(order_of("AlternatingGroup(30)") == (Integer::factorial(30) / Integer(2)).to_string());
}

TEST_CASE("permutation-group/003: membership by sifting") {
  PermutationGroup a5 = alternating_group(5);
  CHECK(a5.contains(Permutation::parse("(1,2,3)")));
  CHECK(a5.contains(Permutation::parse("(1,2)(3,4)")));
  CHECK_FALSE(a5.contains(Permutation::parse("(1,2)")));
  CHECK_FALSE(a5.contains(Permutation::parse("(1,6,2)")));  // moves a point beyond the degree
  CHECK(a5.contains(Permutation::parse("(1,2,3)").resized(9)));
  PermutationGroup m11 = mathieu_group(11);
  CHECK(m11.contains(m11.generators()[0] * m11.generators()[1]));
  CHECK_FALSE(m11.contains(Permutation::parse("(1,2)")));
  // Random words in S_12 lie in S_12; a transposition is not in A_12.
  PermutationGroup a12 = alternating_group(12);
  std::mt19937 rng(20240612);
  MESSAGE("seed 20240612");
  Permutation word(12);
  for (int k = 0; k < 50; ++k) {
    word = word * a12.generators()[rng() % 2];
    CHECK(a12.contains(word));
    CHECK_FALSE(a12.contains(word * Permutation::parse("(1,2)")));
  }
}

TEST_CASE("permutation-group/004: derived series, solvability, abelianisation") {
  PermutationGroup s4 = symmetric_group(4);
  CHECK(s4.derived_subgroup().order().to_string() == "12");
  CHECK(s4.is_solvable());
  CHECK_FALSE(s4.is_abelian());
  CHECK(s4.derived_series().size() == 4);  // S4 > A4 > V4 > 1
  CHECK(s4.abelianisation_order().to_string() == "2");
  CHECK(s4.abelian_invariants() == std::vector<std::uint64_t>{2});
  PermutationGroup a5 = alternating_group(5);
  CHECK_FALSE(a5.is_solvable());
  CHECK(a5.derived_subgroup().order().to_string() == "60");
  CHECK(a5.abelian_invariants().empty());
  CHECK(abelian_group({4, 6}).abelian_invariants() == std::vector<std::uint64_t>{2, 3, 4});
  CHECK(abelian_group({4, 6}).is_abelian());
  CHECK(parse_group("Q8").abelian_invariants() == std::vector<std::uint64_t>{2, 2});
  CHECK(parse_group("Q8").derived_subgroup().order().to_string() == "2");
  CHECK(parse_group("SL(2,3)").abelian_invariants() == std::vector<std::uint64_t>{3});
  CHECK(parse_group("SL(2,5)").is_solvable() == false);
  CHECK(parse_group("SL(2,3)").is_solvable());
  CHECK(parse_group("M11").is_solvable() == false);
  CHECK(parse_group("FrobeniusGroup(7,3)").abelian_invariants() == std::vector<std::uint64_t>{3});
  CHECK(symmetric_group(50).derived_subgroup().order() == Integer::factorial(50) / Integer(2));
  PermutationGroup sub = s4.subgroup_generated_by({Permutation::parse("(1,2)(3,4)"), Permutation::parse("(1,3)(2,4)")});
  CHECK(sub.order().to_string() == "4");
  CHECK(sub.is_abelian());
  CHECK_THROWS_AS(alternating_group(4).subgroup_generated_by({Permutation::parse("(1,2)")}), Error);
}

TEST_CASE("permutation-group/005: enumeration is a bijection with index 0 the identity") {
  for (const char* text : {"Group(())", "S4", "Q8", "M11", "SL(2,3)", "D(7)"}) {
    INFO(text);
    EnumeratedGroup group(parse_group(text));
    const std::uint64_t n = group.size();
    CHECK(group.element(0).is_identity());
    if (n > 2000) {
      for (ElementIndex a = 0; a < n; a += 97) CHECK(group.index_of(group.element(a)) == a);
      continue;
    }
    for (ElementIndex a = 0; a < n; ++a) {
      Permutation g = group.element(a);
      CHECK(group.index_of(g) == a);
      CHECK(group.element(group.inverse(a)) == g.inverse());
      CHECK(group.element_order(a) == g.order());
      for (ElementIndex b = 0; b < n; b += 3) CHECK(group.element(group.multiply(a, b)) == g * group.element(b));
    }
  }
}

TEST_CASE("permutation-group/006: Cayley table, limits and errors") {
  EnumeratedGroup s3(symmetric_group(3));
  std::vector<ElementIndex> table = s3.cayley_table();
  REQUIRE(table.size() == 36);
  for (ElementIndex a = 0; a < 6; ++a) {
    CHECK(table[a * 6 + 0] == a);
    CHECK(table[0 * 6 + a] == a);
    for (ElementIndex b = 0; b < 6; ++b) CHECK(table[a * 6 + b] == s3.multiply(a, b));
  }
  CHECK_THROWS_WITH_AS(s3.cayley_table(10), doctest::Contains("exceeds"), Error);
  CHECK_THROWS_WITH_AS(EnumeratedGroup(mathieu_group(24)), doctest::Contains("244823040"), Error);
  CHECK_THROWS_WITH_AS(EnumeratedGroup(symmetric_group(5), 100), doctest::Contains("limit 100"), Error);
  CHECK_THROWS_AS(s3.index_of(Permutation::parse("(1,4)")), Error);
  CHECK_THROWS_AS(s3.element(6), Error);
  EnumeratedGroup trivial(parse_group("Group(())"));
  CHECK(trivial.size() == 1);
  CHECK(trivial.cayley_table() == std::vector<ElementIndex>{0});
  CHECK(trivial.multiply(0, 0) == 0);
}

TEST_CASE("permutation-group/007: index_of a permutation of larger degree (regression: read past the orbit tables)") {
  // S3 on 3 points: (1,4) sends base point 1 to 4, beyond the tables, which
  // index_of read (heap-buffer-overflow under AddressSanitizer) before it
  // refused the permutation.
  EnumeratedGroup s3(symmetric_group(3));
  for (const char* text : {"(1,4)", "(3,1000)", "(1,2,3,4)", "(4,5)", "(1,2)(4,5)"}) {
    INFO(text);
    CHECK_THROWS_WITH_AS(s3.index_of(Permutation::parse(text)), doctest::Contains("is not in the group"), Error);
  }
  // Trailing fixed points are no obstacle.
  CHECK(s3.element(s3.index_of(Permutation::parse("(1,2)").resized(10))) == Permutation::parse("(1,2)"));
  EnumeratedGroup trivial(parse_group("Group(())"));
  CHECK_THROWS_AS(trivial.index_of(Permutation::parse("(1,2)")), Error);
  CHECK(trivial.index_of(Permutation(7)) == 0);
}
