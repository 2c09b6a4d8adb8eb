// JSON and GAP forms of character tables; see character_table_export.hpp.
#include "irreps/character_table_export.hpp"

#include <flint/ulong_extras.h>

#include <algorithm>

namespace irrepkit {

namespace {

std::vector<std::uint64_t> prime_divisors(std::uint64_t n) {
  std::vector<std::uint64_t> primes;
  if (n <= 1) return primes;
  n_factor_t factors;
  n_factor_init(&factors);
  n_factor(&factors, n, 1);
  for (int i = 0; i < factors.num; ++i) primes.push_back(factors.p[i]);
  std::sort(primes.begin(), primes.end());
  return primes;
}

Permutation representative(const ConjugacyClasses& classes, std::size_t c) {
  const EnumeratedGroup& group = classes.group();
  return group.element(classes.classes()[c].representative).resized(group.group().degree());
}

}  // namespace

nlohmann::json character_table_json(const CharacterTable& table) {
  const ConjugacyClasses& classes = table.classes();
  const EnumeratedGroup& group = classes.group();
  nlohmann::json result;
  nlohmann::json generators = nlohmann::json::array();
  for (const auto& g : group.group().generators()) generators.push_back(g.resized(group.group().degree()).images_1based());
  result["group"] = {{"name", group.group().name()},
                     {"order", std::to_string(group.size())},
                     {"degree", group.group().degree()},
                     {"generators", generators}};
  nlohmann::json class_list = nlohmann::json::array();
  for (std::size_t c = 0; c < classes.size(); ++c) {
    const auto& cls = classes.classes()[c];
    class_list.push_back({{"name", cls.name},
                          {"representative", representative(classes, c).images_1based()},
                          {"size", cls.size},
                          {"element_order", cls.element_order},
                          {"centralizer_order", cls.centralizer_order}});
  }
  result["classes"] = class_list;
  nlohmann::json power_maps = nlohmann::json::object();
  for (std::uint64_t p : prime_divisors(group.size()))
    power_maps[std::to_string(p)] = classes.power_map(static_cast<long long>(p));
  result["power_maps"] = power_maps;
  nlohmann::json characters = nlohmann::json::array();
  for (const auto& chi : table.characters()) {
    nlohmann::json values = nlohmann::json::array();
    nlohmann::json floats = nlohmann::json::array();
    for (const auto& v : chi.values) {
      values.push_back(v.to_string());
      auto z = v.to_complex();
      floats.push_back({z.real(), z.imag()});
    }
    characters.push_back(
        {{"degree", chi.degree}, {"indicator", chi.indicator}, {"values", values}, {"values_float", floats}});
  }
  result["characters"] = characters;
  return result;
}

std::string character_table_gap(const CharacterTable& table) {
  const ConjugacyClasses& classes = table.classes();
  const EnumeratedGroup& group = classes.group();
  std::string text;
  text += "# Character table computed by irrepkit";
  if (!group.group().name().empty()) text += " for " + group.group().name();
  text += ".\n# Check in GAP: Read(\"this file\"); Set(Irr(irrepkit_table)) = Set(irrepkit_irr);\n";
  text += "G := Group(";
  const auto& generators = group.group().generators();
  if (generators.empty()) text += "()";
  for (std::size_t i = 0; i < generators.size(); ++i) text += (i ? ", " : "") + generators[i].to_cycle_string();
  text += ");\n";
  text += "irrepkit_representatives := [";
  for (std::size_t c = 0; c < classes.size(); ++c)
    text += std::string(c ? ",\n  " : "\n  ") + representative(classes, c).to_cycle_string();
  text += " ];\n";
  text += "irrepkit_values := [";
  for (std::size_t i = 0; i < table.size(); ++i) {
    text += std::string(i ? ",\n  [ " : "\n  [ ");
    const auto& values = table.characters()[i].values;
    for (std::size_t c = 0; c < values.size(); ++c) text += (c ? ", " : "") + values[c].to_string();
    text += " ]";
  }
  text += " ];\n";
  text += "irrepkit_indicators := [";
  for (std::size_t i = 0; i < table.size(); ++i)
    text += (i ? ", " : " ") + std::to_string(table.characters()[i].indicator);
  text += " ];\n";
  text +=
      "irrepkit_table := CharacterTable(G);\n"
      "# irrepkit_positions[i]: our class holding GAP's i-th class.\n"
      "irrepkit_positions := List(ConjugacyClasses(irrepkit_table),\n"
      "  c -> PositionProperty(irrepkit_representatives, r -> r in c));\n"
      "irrepkit_irr := List(irrepkit_values, v -> ClassFunction(irrepkit_table, v{irrepkit_positions}));\n";
  return text;
}

}  // namespace irrepkit
