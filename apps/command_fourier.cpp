// `irrepkit fourier GROUP --function FILE [--json]`: the energy of a function
// f: G -> C in each irrep, E_rho = d_rho ||f^(rho)||_F^2 / |G| with the unitary
// convention f^(rho) = sum_g f(g) rho(g), so that sum_rho E_rho = sum_g |f(g)|^2.
// FILE (or - for stdin) holds |G| values in the element order of `irrepkit info`
// (the EnumeratedGroup numbering): a JSON list of numbers or [re, im] pairs, or
// one value ("re" or "re im") a line.
#include <cmath>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "apps/commands.hpp"
#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/group_parser.hpp"
#include "irreps/character_table.hpp"
#include "irreps/fourier.hpp"
#include "irreps/group_function_io.hpp"
#include "irreps/unitary_irreps.hpp"
#include "lib/atomic_file.hpp"

namespace irrepkit::cli {

namespace {

struct FourierOptions {
  std::string group;
  std::string function_file;
  bool json = false;
};

void run_fourier_command(const FourierOptions& options) {
  PermutationGroup group = parse_group(options.group);
  EnumeratedGroup enumerated(group);
  // Read and check the function before the (longer) representation work.
  GroupFunction f = parse_group_function(read_text_file(options.function_file), options.function_file,
                                         enumerated.size());
  ConjugacyClasses classes(enumerated);
  CharacterTable table = compute_character_table(classes);
  std::vector<UnitaryIrrep> irreps = compute_unitary_irreps(table);
  std::vector<double> energy = energy_per_irrep(irreps, f);
  double total = 0;
  for (const std::complex<double>& value : f) {
    total += std::norm(value);
  }
  if (options.json) {
    nlohmann::json document;
    document["group"] = options.group;
    document["order"] = enumerated.size();
    document["convention"] = "unitary: f^(rho) = sum_g f(g) rho(g), E_rho = d_rho ||f^(rho)||_F^2 / |G|";
    document["total_energy"] = total;
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t r = 0; r < irreps.size(); ++r) {
      list.push_back({{"character", irreps[r].character_index},
                      {"dimension", irreps[r].dimension},
                      {"energy", energy[r]},
                      {"fraction", total > 0 ? energy[r] / total : 0.0}});
    }
    document["irreps"] = list;
    std::cout << document.dump() << "\n";
    return;
  }
  std::cout << fmt::format("{}: order {}, sum |f(g)|^2 = {:.12g}\n", options.group, enumerated.size(), total);
  std::cout << fmt::format("{:>6} {:>9} {:>20} {:>10}\n", "irrep", "dimension", "energy", "fraction");
  for (std::size_t r = 0; r < irreps.size(); ++r) {
    std::cout << fmt::format("{:>6} {:>9} {:>20.12g} {:>9.4f}%\n", irreps[r].character_index, irreps[r].dimension,
                             energy[r], total > 0 ? 100.0 * energy[r] / total : 0.0);
  }
}

}  // namespace

void register_fourier_command(CLI::App& app) {
  auto options = std::make_shared<FourierOptions>();
  CLI::App* command = app.add_subcommand(
      "fourier", "Energy of a function on GROUP in each irrep (group Fourier transform, Plancherel).");
  command->add_option("GROUP", options->group,
                      "the group: Group((1,2,3),(1,2)), S5, PSL(2,11), MathieuGroup(11), @file.g, ...")
      ->required();
  command->add_option("--function", options->function_file,
                      "FILE with |G| values in element order: a JSON list of numbers or [re, im] pairs, or "
                      "one value (re or re im) a line; - for stdin")
      ->required();
  command->add_flag("--json", options->json, "print JSON");
  command->callback([options]() { run_fourier_command(*options); });
}

}  // namespace irrepkit::cli
