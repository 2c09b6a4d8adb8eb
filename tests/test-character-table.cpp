// Character tables by Dixon-Schneider: known tables of small groups,
// indicators, large conductors, and the verification catching corrupted tables.
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/permutation_group.hpp"
#include "irreps/character_table.hpp"
#include "irreps/character_table_display.hpp"
#include "irreps/character_table_export.hpp"
#include "irreps/prime_field.hpp"
#include "lib/error.hpp"

using namespace irrepkit;

namespace {

PermutationGroup group_of(const std::vector<std::string>& cycles) {
  std::vector<Permutation> generators;
  for (const auto& text : cycles) generators.push_back(Permutation::parse(text));
  return PermutationGroup(generators);
}

std::vector<std::uint64_t> sorted_degrees(const CharacterTable& table) {
  std::vector<std::uint64_t> degrees;
  for (const auto& chi : table.characters()) degrees.push_back(chi.degree);
  std::sort(degrees.begin(), degrees.end());
  return degrees;
}

std::vector<int> sorted_indicators(const CharacterTable& table) {
  std::vector<int> indicators;
  for (const auto& chi : table.characters()) indicators.push_back(chi.indicator);
  std::sort(indicators.begin(), indicators.end());
  return indicators;
}

bool has_value(const CharacterTable& table, const Cyclotomic& value) {
  for (const auto& chi : table.characters())
    for (const auto& v : chi.values)
      if (v == value) return true;
  return false;
}

void check_trivial_first(const CharacterTable& table) {
  REQUIRE(table.size() >= 1);
  for (const auto& v : table.characters()[0].values) CHECK(v == Cyclotomic(1));
  for (std::size_t i = 1; i < table.size(); ++i)
    CHECK(table.characters()[i - 1].degree <= table.characters()[i].degree);
}

}  // namespace

TEST_CASE("character-table/001: the trivial group") {
  EnumeratedGroup group(PermutationGroup(1));
  ConjugacyClasses classes(group);
  CharacterTable table = compute_character_table(classes);
  REQUIRE(table.size() == 1);
  CHECK(table.characters()[0].degree == 1);
  CHECK(table.characters()[0].indicator == 1);
  CHECK(table.characters()[0].values[0] == Cyclotomic(1));
}

TEST_CASE("character-table/002: an abelian group C4 x C6 has 24 linear characters") {
  EnumeratedGroup group(group_of({"(1,2,3,4)", "(5,6,7,8,9,10)"}));
  ConjugacyClasses classes(group);
  CharacterTable table = compute_character_table(classes);
  REQUIRE(table.size() == 24);
  check_trivial_first(table);
  for (const auto& chi : table.characters()) CHECK(chi.degree == 1);
  // real characters: those of C2 x C2 quotient... exactly 4 have indicator 1 (chi^2 = 1)
  auto indicators = sorted_indicators(table);
  CHECK(std::count(indicators.begin(), indicators.end(), 1) == 4);
  CHECK(std::count(indicators.begin(), indicators.end(), 0) == 20);
  CHECK(has_value(table, Cyclotomic::root_of_unity(12, 1)));
}

TEST_CASE("character-table/003: Q8 and D8 have the same degrees, only Q8 an indicator -1") {
  EnumeratedGroup q8(group_of({"(1,2,4,7)(3,6,8,5)", "(1,3,4,8)(2,5,7,6)"}));
  EnumeratedGroup d8(group_of({"(1,2,3,4)", "(1,3)"}));
  REQUIRE(q8.size() == 8);
  REQUIRE(d8.size() == 8);
  ConjugacyClasses q8_classes(q8), d8_classes(d8);
  CharacterTable q8_table = compute_character_table(q8_classes);
  CharacterTable d8_table = compute_character_table(d8_classes);
  CHECK(sorted_degrees(q8_table) == std::vector<std::uint64_t>{1, 1, 1, 1, 2});
  CHECK(sorted_degrees(d8_table) == std::vector<std::uint64_t>{1, 1, 1, 1, 2});
  CHECK(sorted_indicators(q8_table) == std::vector<int>{-1, 1, 1, 1, 1});
  CHECK(sorted_indicators(d8_table) == std::vector<int>{1, 1, 1, 1, 1});
  CHECK(q8_table.characters()[4].degree == 2);
  CHECK(q8_table.characters()[4].indicator == -1);
}

TEST_CASE("character-table/004: C11:C5 has values of conductor 11") {
  // x -> x+1 and x -> 3x on Z/11, points 1..11 for 0..10.
  EnumeratedGroup group(group_of({"(1,2,3,4,5,6,7,8,9,10,11)", "(2,4,10,6,5)(3,7,8,11,9)"}));
  REQUIRE(group.size() == 55);
  ConjugacyClasses classes(group);
  CharacterTable table = compute_character_table(classes);
  CHECK(sorted_degrees(table) == std::vector<std::uint64_t>{1, 1, 1, 1, 1, 5, 5});
  Cyclotomic b11 = Cyclotomic::parse("E(11)+E(11)^3+E(11)^4+E(11)^5+E(11)^9");
  CHECK(has_value(table, b11));
  CHECK(has_value(table, b11.conjugate()));
  CHECK(has_value(table, Cyclotomic::root_of_unity(5, 2)));
  auto indicators = sorted_indicators(table);
  CHECK(indicators == std::vector<int>{0, 0, 0, 0, 0, 0, 1});
}

TEST_CASE("character-table/005: F21 = C7:C3, the known table") {
  EnumeratedGroup group(group_of({"(1,2,3,4,5,6,7)", "(2,3,5)(4,7,6)"}));
  ConjugacyClasses classes(group);
  CharacterTable table = compute_character_table(classes);
  REQUIRE(table.size() == 5);
  check_trivial_first(table);
  CHECK(sorted_degrees(table) == std::vector<std::uint64_t>{1, 1, 1, 3, 3});
  const Cyclotomic b7 = Cyclotomic::parse("E(7)+E(7)^2+E(7)^4");
  // Every degree-3 character: 3 on 1a, 0 on elements of order 3, b7 or its conjugate on order 7.
  for (const auto& chi : table.characters()) {
    if (chi.degree != 3) continue;
    CHECK(chi.indicator == 0);
    for (std::size_t c = 0; c < classes.size(); ++c) {
      const auto& cls = classes.classes()[c];
      if (cls.element_order == 3) CHECK(chi.values[c].is_zero());
      if (cls.element_order == 7) CHECK((chi.values[c] == b7 || chi.values[c] == b7.conjugate()));
    }
  }
  // The linear characters are E(3)-valued on the order-3 classes.
  std::size_t complex_linear = 0;
  for (const auto& chi : table.characters())
    if (chi.degree == 1 && chi.indicator == 0) ++complex_linear;
  CHECK(complex_linear == 2);
  CHECK(has_value(table, Cyclotomic::root_of_unity(3, 1)));
}

TEST_CASE("character-table/006: verification rejects corrupted tables") {
  EnumeratedGroup group(group_of({"(1,2,3,4,5,6,7)", "(2,3,5)(4,7,6)"}));
  ConjugacyClasses classes(group);
  CharacterTable table = compute_character_table(classes);
  CHECK_NOTHROW(verify_character_table(classes, table.characters()));

  auto expect_check_failed = [&](const std::vector<Character>& characters, const std::string& what) {
    INFO(what);
    try {
      verify_character_table(classes, characters);
      FAIL("verification passed a corrupted table");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::check_failed);
      CHECK(std::string(e.what()).find("X.") != std::string::npos);
    }
  };
  {
    auto corrupted = table.characters();
    // swap two values of a degree-3 character (classes 3a/3b have 0; use 7a/7b)
    Character& chi = corrupted.back();
    std::size_t a = 0, b = 0;
    for (std::size_t c = 0; c < classes.size(); ++c)
      if (classes.classes()[c].element_order == 7) (a == 0 ? a : b) = c;
    REQUIRE(a != 0);
    REQUIRE(b != 0);
    std::swap(chi.values[a], chi.values[b]);
    expect_check_failed(corrupted, "two values swapped");
  }
  {
    auto corrupted = table.characters();
    for (auto& v : corrupted[1].values) v *= Cyclotomic(2);
    corrupted[1].degree *= 2;
    expect_check_failed(corrupted, "a character scaled by 2");
  }
  {
    auto corrupted = table.characters();
    corrupted[3].indicator = 1;
    expect_check_failed(corrupted, "a wrong indicator");
  }
}

TEST_CASE("character-table/007: the prime field") {
  PrimeField trivial = choose_prime_field(1, 1);
  CHECK(trivial.prime() == 3);
  PrimeField f21 = choose_prime_field(21, 21);
  CHECK(f21.prime() == 43);  // 43 = 1 + 2*21, 43^2 > 84
  CHECK(f21.pow(f21.root_of_unity, 21) == 1);
  CHECK(f21.pow(f21.root_of_unity, 7) != 1);
  CHECK(f21.pow(f21.root_of_unity, 3) != 1);
  PrimeField a5 = choose_prime_field(60, 30);
  CHECK(a5.prime() == 31);  // 31^2 = 961 > 240
  // The unit generators generate (Z/e)^*.
  for (std::uint64_t e : {8ull, 12ull, 30ull, 63ull, 100ull, 257550ull}) {
    PrimeField field = choose_prime_field(e, e);
    std::vector<bool> reached(e, false);
    std::vector<std::uint64_t> frontier{1};
    reached[1] = true;
    while (!frontier.empty()) {
      std::uint64_t u = frontier.back();
      frontier.pop_back();
      for (std::uint64_t g : field.unit_group_generators()) {
        std::uint64_t v = static_cast<std::uint64_t>((static_cast<unsigned __int128>(u) * g) % e);
        if (!reached[v]) {
          reached[v] = true;
          frontier.push_back(v);
        }
      }
    }
    std::uint64_t units = 0;
    for (std::uint64_t x = 1; x < e; ++x) units += std::gcd(x, e) == 1;
    std::uint64_t count = static_cast<std::uint64_t>(std::count(reached.begin(), reached.end(), true));
    INFO("e = " << e);
    CHECK(count == units);
  }
}

TEST_CASE("character-table/008: GAP-style display of F21") {
  EnumeratedGroup group(group_of({"(1,2,3,4,5,6,7)", "(2,3,5)(4,7,6)"}));
  ConjugacyClasses classes(group);
  CharacterTable table = compute_character_table(classes);
  const std::string expected =
      "        3  1  1  1  .  .\n"
      "        7  1  .  .  1  1\n"
      "\n"
      "          1a 3a 3b 7a 7b\n"
      "       2P 1a 3b 3a 7a 7b\n"
      "       3P 1a 1a 1a 7b 7a\n"
      "       5P 1a 3b 3a 7b 7a\n"
      "       7P 1a 3a 3b 1a 1a\n"
      "       2\n"
      "X.1    +   1  1  1  1  1\n"
      "X.2    o   1  A /A  1  1\n"
      "X.3    o   1 /A  A  1  1\n"
      "X.4    o   3  .  .  B /B\n"
      "X.5    o   3  .  . /B  B\n"
      "\n"
      "A = E(3)\n"
      "B = E(7)+E(7)^2+E(7)^4\n";
  // The class representatives decide which order-3 class is 3a, so compare
  // up to the A <-> /A and B <-> /B relabelling GAP would also make.
  std::string shown = display_character_table(table);
  CHECK(shown.substr(0, shown.find("X.1")) == expected.substr(0, expected.find("X.1")));
  CHECK(shown.find("X.4    o   3  .  . ") != std::string::npos);
  CHECK(shown.find("X.1    +   1  1  1  1  1\n") != std::string::npos);
  CHECK(shown.find("A = E(3)") != std::string::npos);
  CHECK((shown.find("B = E(7)+E(7)^2+E(7)^4\n") != std::string::npos ||
         shown.find("B = E(7)^3+E(7)^5+E(7)^6\n") != std::string::npos));
  // The trivial group.
  EnumeratedGroup trivial(PermutationGroup(1));
  ConjugacyClasses trivial_classes(trivial);
  CHECK(display_character_table(compute_character_table(trivial_classes)) ==
        "\n          1a\n       2\nX.1    +   1\n");
}

TEST_CASE("character-table/009: JSON and GAP forms") {
  EnumeratedGroup group(group_of({"(1,2,3,4,5,6,7)", "(2,3,5)(4,7,6)"}));
  ConjugacyClasses classes(group);
  CharacterTable table = compute_character_table(classes);
  nlohmann::json json = character_table_json(table);
  CHECK(json["group"]["order"] == "21");
  CHECK(json["group"]["degree"] == 7);
  REQUIRE(json["group"]["generators"].size() == 2);
  CHECK(json["group"]["generators"][0] == std::vector<int>{2, 3, 4, 5, 6, 7, 1});
  REQUIRE(json["classes"].size() == 5);
  CHECK(json["classes"][0]["name"] == "1a");
  CHECK(json["classes"][0]["representative"] == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
  std::uint64_t total = 0;
  for (const auto& c : json["classes"]) {
    total += c["size"].get<std::uint64_t>();
    CHECK(c["size"].get<std::uint64_t>() * c["centralizer_order"].get<std::uint64_t>() == 21);
  }
  CHECK(total == 21);
  CHECK(json["power_maps"].contains("3"));
  CHECK(json["power_maps"].contains("7"));
  CHECK(json["power_maps"]["7"] == std::vector<int>{0, 1, 2, 0, 0});
  REQUIRE(json["characters"].size() == 5);
  for (std::size_t i = 0; i < 5; ++i) {
    const auto& chi = json["characters"][i];
    CHECK(chi["degree"] == table.characters()[i].degree);
    CHECK(chi["indicator"] == table.characters()[i].indicator);
    for (std::size_t c = 0; c < 5; ++c) {
      Cyclotomic value = Cyclotomic::parse(chi["values"][c].get<std::string>());
      CHECK(value == table.characters()[i].values[c]);
      auto z = value.to_complex();
      CHECK(chi["values_float"][c][0].get<double>() == doctest::Approx(z.real()));
      CHECK(chi["values_float"][c][1].get<double>() == doctest::Approx(z.imag()));
    }
  }
  std::string gap = character_table_gap(table);
  CHECK(gap.find("G := Group((1,2,3,4,5,6,7), (2,3,5)(4,7,6));") != std::string::npos);
  CHECK(gap.find("irrepkit_irr := List(irrepkit_values") != std::string::npos);
  CHECK(gap.find("[ 3, 0, 0, E(7)") != std::string::npos);
  CHECK(gap.find("irrepkit_indicators := [ 1, 0, 0, 0, 0 ];") != std::string::npos);
}

TEST_CASE("character-table/010: random subgroups of S7 give verified tables") {
  const unsigned seed = 20240611;
  MESSAGE("seed " << seed);
  std::mt19937 random(seed);
  for (int round = 0; round < 12; ++round) {
    std::vector<Permutation> generators;
    for (int g = 0; g < 2; ++g) {
      std::vector<Point> images(7);
      std::iota(images.begin(), images.end(), 0u);
      // a random permutation fixing some points keeps the groups varied
      std::shuffle(images.begin(), images.begin() + 3 + static_cast<long>(random() % 5), random);
      generators.push_back(Permutation::from_images(images));
    }
    EnumeratedGroup group{PermutationGroup(generators)};
    ConjugacyClasses classes(group);
    INFO("round " << round << ", order " << group.size());
    CharacterTable table = compute_character_table(classes);
    CHECK(table.size() == classes.size());
    std::uint64_t squares = 0;
    for (const auto& chi : table.characters()) squares += chi.degree * chi.degree;
    CHECK(squares == group.size());
  }
}
