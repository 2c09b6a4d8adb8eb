// Conjugacy classes: counts for known groups, GAP's oracle (class sizes and
// element orders for 58 groups), power maps, names, exponent, and the large
// cases M22 and A9.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "oracle_path.hpp"
#include "groups/conjugacy_classes.hpp"
#include "groups/group_parser.hpp"
#include "groups/named_groups.hpp"
#include "lib/error.hpp"

using namespace irrepkit;

namespace {

ConjugacyClasses classes_of(const std::string& text) { return ConjugacyClasses(EnumeratedGroup(parse_group(text))); }

std::uint32_t class_named(const ConjugacyClasses& classes, const std::string& name) {
  for (std::uint32_t c = 0; c < classes.size(); ++c) {
    if (classes.classes()[c].name == name) return c;
  }
  FAIL("no class " << name);
  return 0;
}


}  // namespace

TEST_CASE("conjugacy-classes/001: the trivial group") {
  ConjugacyClasses classes = classes_of("Group(())");
  REQUIRE(classes.size() == 1);
  CHECK(classes.classes()[0].name == "1a");
  CHECK(classes.classes()[0].size == 1);
  CHECK(classes.classes()[0].centralizer_order == 1);
  CHECK(classes.exponent() == 1);
  CHECK(classes.power_maps().empty());
  CHECK(classes.power_map(2) == std::vector<std::uint32_t>{0});
  CHECK(classes.class_of(0) == 0);
}

TEST_CASE("conjugacy-classes/002: class counts of known groups") {
  const std::pair<const char*, std::size_t> known[] = {
      {"C12", 12}, {"S3", 3},  {"S4", 5},   {"S5", 7},          {"S6", 11},   {"A4", 4},
      {"A5", 5},   {"A6", 7},  {"Q8", 5},   {"D8", 5},          {"D(5)", 4},  {"Dic12", 6},
      {"M11", 10}, {"M12", 15}, {"SL(2,3)", 7}, {"GL(2,3)", 8}, {"PSL(2,7)", 6}, {"HeisenbergGroup(3)", 11},
      {"FrobeniusGroup(7,3)", 5}, {"WreathProduct(C5,C3)", 55}, {"PSL(2,49)", 27}};
  for (const auto& [text, count] : known) {
    INFO(text);
    CHECK(classes_of(text).size() == count);
  }
}

TEST_CASE("conjugacy-classes/003: order, names, sizes and power maps of S4 and A5") {
  ConjugacyClasses s4 = classes_of("S4");
  std::vector<std::string> names;
  std::vector<std::uint64_t> sizes;
  for (const auto& c : s4.classes()) {
    names.push_back(c.name);
    sizes.push_back(c.size);
  }
  CHECK(names == std::vector<std::string>{"1a", "2a", "2b", "3a", "4a"});
  CHECK(sizes == std::vector<std::uint64_t>{1, 3, 6, 8, 6});
  CHECK(s4.class_of(Permutation::parse("(1,2)(3,4)")) == 1);
  CHECK(s4.class_of(Permutation::parse("(2,4)")) == 2);
  CHECK(s4.power_maps().size() == 2);
  CHECK(s4.power_maps().at(2) == std::vector<std::uint32_t>{0, 0, 0, 3, 1});
  CHECK(s4.power_maps().at(3) == std::vector<std::uint32_t>{0, 1, 2, 0, 4});
  CHECK(s4.power_map(5) == std::vector<std::uint32_t>{0, 1, 2, 3, 4});
  CHECK(s4.power_map(-1) == std::vector<std::uint32_t>{0, 1, 2, 3, 4});
  CHECK(s4.exponent() == 12);
  CHECK(s4.elements_of_class(2).size() == 6);

  ConjugacyClasses a5 = classes_of("A5");
  std::uint32_t c5a = class_named(a5, "5a"), c5b = class_named(a5, "5b");
  CHECK(a5.power_maps().at(2)[c5a] == c5b);
  CHECK(a5.power_maps().at(2)[c5b] == c5a);
  CHECK(a5.power_maps().at(3)[c5a] == c5b);
  CHECK(a5.power_maps().at(5)[c5a] == 0);
  CHECK(a5.power_maps().at(2)[class_named(a5, "3a")] == class_named(a5, "3a"));
  CHECK(a5.power_map(4)[c5a] == c5a);
  CHECK(a5.exponent() == 30);

  // In C_7 (one generator), g^k is its own class: the power map follows it.
  ConjugacyClasses c7 = classes_of("C7");
  const EnumeratedGroup& group = c7.group();
  Permutation g = Permutation::parse("(1,2,3,4,5,6,7)");
  std::uint32_t cg = c7.class_of(g);
  CHECK(c7.power_maps().at(7)[cg] == 0);
  CHECK(c7.power_map(3)[cg] == c7.class_of(g.power(3)));
  CHECK(group.size() == 7);
}

TEST_CASE("conjugacy-classes/004: class names past z follow GAP (aa, ab, ...)") {
  ConjugacyClasses classes = classes_of("ElementaryAbelianGroup(81)");
  REQUIRE(classes.size() == 81);
  CHECK(classes.classes()[1].name == "3a");
  CHECK(classes.classes()[26].name == "3z");
  CHECK(classes.classes()[27].name == "3aa");
  CHECK(classes.classes()[28].name == "3ab");
  CHECK(classes.classes()[53].name == "3ba");
}

TEST_CASE("conjugacy-classes/005: GAP's classes for every oracle group") {
  std::string path = oracle_path();
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot read the oracle file " << path);
  std::string line;
  int groups = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json record = nlohmann::json::parse(line);
    INFO(record["name"].get<std::string>());
    std::vector<Permutation> generators;
    for (const auto& g : record["gens"]) generators.push_back(Permutation::from_images_1based(g.get<std::vector<long long>>()));
    PermutationGroup group(generators);
    CHECK(group.order().to_string() == std::to_string(record["order"].get<std::uint64_t>()));
    ConjugacyClasses classes{EnumeratedGroup(group)};
    std::multiset<std::pair<std::uint64_t, std::uint64_t>> ours, theirs;
    for (const auto& c : classes.classes()) ours.emplace(c.size, c.element_order);
    for (const auto& c : record["classes"]) theirs.emplace(c["size"].get<std::uint64_t>(), c["order"].get<std::uint64_t>());
    CHECK(ours == theirs);
    for (const auto& c : record["classes"]) {
      Permutation rep = Permutation::from_images_1based(c["rep"].get<std::vector<long long>>());
      const ConjugacyClass& mine = classes.classes()[classes.class_of(rep)];
      CHECK(mine.size == c["size"].get<std::uint64_t>());
      CHECK(mine.element_order == c["order"].get<std::uint64_t>());
    }
    std::uint64_t total = 0;
    for (const auto& c : classes.classes()) {
      total += c.size;
      CHECK(c.size * c.centralizer_order == classes.group().size());
      CHECK(classes.class_of(c.representative) == classes.class_of(c.representative));
    }
    CHECK(total == classes.group().size());
    ++groups;
  }
  CHECK(groups == 58);
}

TEST_CASE("conjugacy-classes/006: M22 and A9") {
  ConjugacyClasses m22 = classes_of("M22");
  CHECK(m22.size() == 12);
  CHECK(m22.exponent() == 9240);
  std::vector<std::string> names;
  for (const auto& c : m22.classes()) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"1a", "2a", "3a", "4a", "4b", "5a", "6a", "7a", "7b", "8a", "11a", "11b"});
  CHECK(m22.classes()[1].centralizer_order == 384);
  ConjugacyClasses a9 = classes_of("A9");
  CHECK(a9.size() == 18);
  CHECK(a9.classes()[0].size == 1);
  std::uint64_t total = 0;
  for (const auto& c : a9.classes()) total += c.size;
  CHECK(total == 181440);
}

TEST_CASE("conjugacy-classes/007: class names past zz follow GAP (aaa, ...) and stay distinct") {
  // Regression: after "zz" the letters became "26a", unlike GAP's "aaa", and
  // "2" + "26a" could repeat the name "226a" of a class of order 226.
  ConjugacyClasses classes = classes_of("ElementaryAbelianGroup(1024)");
  REQUIRE(classes.size() == 1024);
  CHECK(classes.classes()[702].name == "2zz");   // GAP: ClassNames(...)[703]
  CHECK(classes.classes()[703].name == "2aaa");
  CHECK(classes.classes()[1023].name == "2ami");  // GAP: the last of 2^10
  std::set<std::string> names;
  for (const auto& c : classes.classes()) names.insert(c.name);
  CHECK(names.size() == classes.size());
}
