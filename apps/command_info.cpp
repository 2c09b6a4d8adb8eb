// `irrepkit info GROUP [--json] [--limit N]`: order, degree, generators,
// exponent, abelian, solvable, abelian invariants and the conjugacy classes
// (representative, size, element order, centraliser order, GAP-style name).
// Representatives are printed in cycle notation, in JSON as 1-based image
// lists. Groups larger than --limit elements get no class list.
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "apps/commands.hpp"
#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/group_parser.hpp"
#include "lib/error.hpp"

namespace irrepkit::cli {

namespace {

struct InfoOptions {
  std::string group;
  bool json = false;
  std::uint64_t limit = 10'000'000;
};

void run_info_command(const InfoOptions& options) {
  PermutationGroup group = parse_group(options.group);
  const Integer order = group.order();
  const bool abelian = group.is_abelian();
  const bool solvable = group.is_solvable();
  std::optional<std::vector<std::uint64_t>> invariants;
  try {
    invariants = group.abelian_invariants(100'000);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::unable) throw;
  }
  std::optional<ConjugacyClasses> classes;
  const std::uint64_t small_order = group.order_if_small();
  if (small_order != 0 && small_order <= options.limit) {
    classes.emplace(EnumeratedGroup(group, options.limit));
  } else {
    std::cerr << "irrepkit: group of order " << order.to_string() << " exceeds --limit " << options.limit
              << ": no conjugacy classes\n";
  }

  if (options.json) {
    nlohmann::json out;
    out["order"] = order.to_string();
    out["degree"] = group.degree();
    nlohmann::json generators = nlohmann::json::array();
    for (const auto& g : group.generators()) generators.push_back(g.images_1based());
    out["generators"] = generators;
    out["abelian"] = abelian;
    out["solvable"] = solvable;
    out["abelian_invariants"] = invariants ? nlohmann::json(*invariants) : nlohmann::json(nullptr);
    if (classes) {
      out["exponent"] = classes->exponent();
      nlohmann::json list = nlohmann::json::array();
      for (const auto& c : classes->classes()) {
        list.push_back({{"representative", classes->group().element(c.representative).images_1based()},
                        {"size", c.size},
                        {"element_order", c.element_order},
                        {"centralizer_order", c.centralizer_order},
                        {"name", c.name}});
      }
      out["classes"] = list;
    } else {
      out["exponent"] = nullptr;
      out["classes"] = nullptr;
    }
    std::cout << out.dump() << "\n";
    return;
  }
  std::cout << "group: " << group.name() << "\n";
  std::cout << "order: " << order.to_string() << "\n";
  std::cout << "degree: " << group.degree() << "\n";
  std::cout << "generators: " << group.generators().size() << "\n";
  if (classes) std::cout << "exponent: " << classes->exponent() << "\n";
  std::cout << "abelian: " << (abelian ? "yes" : "no") << "\n";
  std::cout << "solvable: " << (solvable ? "yes" : "no") << "\n";
  if (invariants) {
    std::string text;
    for (std::uint64_t x : *invariants) text += (text.empty() ? "" : ", ") + std::to_string(x);
    std::cout << "abelian invariants: [ " << text << (text.empty() ? "]" : " ]") << "\n";
  }
  if (!classes) return;
  std::cout << "classes: " << classes->size() << "\n";
  std::cout << fmt::format("  {:<6} {:>10} {:>6} {:>12}  {}\n", "name", "size", "order", "centraliser",
                           "representative");
  for (const auto& c : classes->classes()) {
    std::cout << fmt::format("  {:<6} {:>10} {:>6} {:>12}  {}\n", c.name, c.size, c.element_order,
                             c.centralizer_order, classes->group().element(c.representative).to_cycle_string());
  }
}

}  // namespace

void register_info_command(CLI::App& app) {
  auto options = std::make_shared<InfoOptions>();
  CLI::App* command = app.add_subcommand(
      "info", "Order, degree, exponent, abelian, solvable and the conjugacy classes of GROUP.");
  command->footer(group_syntax_help());
  command->add_option("GROUP", options->group, "the group (see below)")->required();
  command->add_flag("--json", options->json,
                    "print JSON: order (decimal string), degree, generators (1-based image lists), exponent, "
                    "abelian, solvable, abelian_invariants, classes [{representative, size, element_order, "
                    "centralizer_order, name}]");
  command->add_option("--limit", options->limit,
                      "largest group order to enumerate for the classes (default 10000000)")
      ->check(CLI::NonNegativeNumber);  // "-1" would otherwise wrap around to 2^64 - 1
  command->callback([options]() { run_info_command(*options); });
}

}  // namespace irrepkit::cli
