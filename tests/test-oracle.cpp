// Character tables against GAP's answers: for every group of the oracle file
// (see oracle_path.hpp: ../shared/oracle/public.jsonl or its copy in tests/data), our
// table must have GAP's class sizes, GAP's characters (as a set, exactly,
// after mapping GAP's classes to ours through their representatives) and
// GAP's Frobenius-Schur indicators.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "oracle_path.hpp"
#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/permutation_group.hpp"
#include "irreps/character_table.hpp"
#include "lib/cyclotomic.hpp"

using namespace irrepkit;

namespace {

Permutation permutation_of(const nlohmann::json& images) {
  return Permutation::from_images_1based(images.get<std::vector<long long>>());
}

void check_against_oracle(const nlohmann::json& entry) {
  const std::string name = entry.at("name").get<std::string>();
  INFO("group " << name);
  std::vector<Permutation> generators;
  for (const auto& g : entry.at("gens")) generators.push_back(permutation_of(g));
  EnumeratedGroup group{PermutationGroup(generators)};
  REQUIRE(group.size() == entry.at("order").get<std::uint64_t>());
  ConjugacyClasses classes(group);
  const auto& gap_classes = entry.at("classes");
  REQUIRE(classes.size() == gap_classes.size());
  CharacterTable table = compute_character_table(classes);
  REQUIRE(table.size() == classes.size());

  // GAP class i is our class ours[i].
  const std::size_t k = classes.size();
  std::vector<std::uint32_t> ours(k);
  std::vector<bool> hit(k, false);
  for (std::size_t i = 0; i < k; ++i) {
    ours[i] = classes.class_of(permutation_of(gap_classes[i].at("rep")));
    REQUIRE(!hit[ours[i]]);
    hit[ours[i]] = true;
    CHECK(classes.classes()[ours[i]].size == gap_classes[i].at("size").get<std::uint64_t>());
    CHECK(classes.classes()[ours[i]].element_order == gap_classes[i].at("order").get<std::uint64_t>());
  }

  // Each GAP character, permuted into our class order, matches one of ours.
  const auto& irr = entry.at("irr");
  const auto& indicators = entry.at("indicators");
  REQUIRE(irr.size() == k);
  std::vector<bool> used(k, false);
  for (std::size_t c = 0; c < k; ++c) {
    std::vector<Cyclotomic> values(k);
    for (std::size_t i = 0; i < k; ++i) values[ours[i]] = Cyclotomic::parse(irr[c][i].get<std::string>());
    bool matched = false;
    for (std::size_t x = 0; x < k && !matched; ++x) {
      if (used[x] || table.characters()[x].values != values) continue;
      used[x] = true;
      matched = true;
      CHECK(table.characters()[x].indicator == indicators[c].get<int>());
    }
    INFO("GAP character " << c + 1);
    CHECK(matched);
  }
}

}  // namespace

TEST_CASE("oracle/001: every oracle group's character table equals GAP's") {
  std::ifstream input(oracle_path());
  REQUIRE_MESSAGE(input.good(), "cannot read the oracle file " << oracle_path());
  std::string line;
  std::size_t groups = 0;
  while (std::getline(input, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    check_against_oracle(nlohmann::json::parse(line));
    ++groups;
  }
  MESSAGE("checked " << groups << " oracle groups");
  CHECK(groups > 0);
}
