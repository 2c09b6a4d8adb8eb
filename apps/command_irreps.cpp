// `irrepkit irreps GROUP [--json] [--out FILE] [--numeric]`: one verified
// unitary irrep per irreducible character (in the character table's order):
// dimension, Frobenius-Schur indicator, construction (exact_unitary / exact /
// numeric) and the matrices of the generators: exact ones in GAP notation
// (E(n), rationals), numeric ones as floats (text: a+bi; JSON: [re, im]).
// Convention: rho(g*h) = rho(g) rho(h), g*h applying g first (GAP's product).
#include <complex>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "apps/commands.hpp"
#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/group_parser.hpp"
#include "irreps/character_table.hpp"
#include "irreps/unitary_irreps.hpp"
#include "lib/atomic_file.hpp"

namespace irrepkit::cli {

namespace {

struct IrrepsOptions {
  std::string group;
  bool json = false;
  std::string out_file;
  bool numeric = false;
};

std::string complex_text(std::complex<double> z) {
  double re = std::abs(z.real()) < 1e-14 ? 0.0 : z.real();
  double im = std::abs(z.imag()) < 1e-14 ? 0.0 : z.imag();
  if (im == 0.0) {
    return fmt::format("{:.12g}", re);
  }
  if (re == 0.0) {
    return fmt::format("{:.12g}i", im);
  }
  return fmt::format("{:.12g}{:+.12g}i", re, im);
}

// "[ [ a, b ], [ c, d ] ]" as GAP prints matrices.
template <typename Entry>
std::string matrix_text(const std::vector<Entry>& entries, std::size_t offset, std::size_t d,
                        std::string (*text)(const Entry&)) {
  std::string result = "[ ";
  for (std::size_t i = 0; i < d; ++i) {
    result += i == 0 ? "[ " : ", [ ";
    for (std::size_t j = 0; j < d; ++j) {
      result += (j == 0 ? "" : ", ") + text(entries[offset + i * d + j]);
    }
    result += " ]";
  }
  return result + " ]";
}

std::string cyclotomic_text(const Cyclotomic& value) { return value.to_string(); }
std::string numeric_text(const std::complex<double>& value) { return complex_text(value); }

std::string share_text(const ConstructionShare& share, std::size_t total) {
  auto percent = [&](std::size_t count) { return total == 0 ? 0.0 : 100.0 * count / total; };
  return fmt::format("{} exact_unitary ({:.0f}%), {} exact ({:.0f}%), {} numeric ({:.0f}%)", share.exact_unitary,
                     percent(share.exact_unitary), share.exact, percent(share.exact), share.numeric,
                     percent(share.numeric));
}

void run_irreps_command(const IrrepsOptions& options) {
  PermutationGroup group = parse_group(options.group);
  EnumeratedGroup enumerated(group);
  ConjugacyClasses classes(enumerated);
  CharacterTable table = compute_character_table(classes);
  UnitaryIrrepOptions irrep_options;
  irrep_options.exact = !options.numeric;
  irrep_options.all_elements_limit = 0;  // only the generators are printed
  std::vector<UnitaryIrrep> irreps = compute_unitary_irreps(table, irrep_options);
  const ConstructionShare share = construction_share(irreps);
  const auto& generators = group.generators();
  std::string output;
  if (options.json) {
    nlohmann::json document;
    document["group"] = options.group;
    document["order"] = enumerated.size();
    document["convention"] = "rho(g*h) = rho(g) rho(h), g*h applies g first (GAP)";
    nlohmann::json generator_list = nlohmann::json::array();
    for (const Permutation& g : generators) {
      generator_list.push_back(g.to_cycle_string());
    }
    document["generators"] = generator_list;
    nlohmann::json irrep_list = nlohmann::json::array();
    for (const UnitaryIrrep& irrep : irreps) {
      const std::size_t d = irrep.dimension;
      nlohmann::json entry;
      entry["character"] = irrep.character_index;
      entry["dimension"] = d;
      entry["indicator"] = irrep.indicator;
      entry["construction"] = construction_name(irrep.construction);
      entry["detail"] = irrep.construction_detail;
      nlohmann::json matrices = nlohmann::json::array();
      for (std::size_t s = 0; s < generators.size(); ++s) {
        nlohmann::json matrix = nlohmann::json::array();
        for (std::size_t i = 0; i < d; ++i) {
          nlohmann::json row = nlohmann::json::array();
          for (std::size_t j = 0; j < d; ++j) {
            if (!irrep.exact_generator_matrices.empty()) {
              row.push_back(irrep.exact_generator_matrices[s][i * d + j].to_string());
            } else {
              std::complex<double> z = irrep.generator_matrices[s * d * d + i * d + j];
              row.push_back({z.real(), z.imag()});
            }
          }
          matrix.push_back(row);
        }
        matrices.push_back(matrix);
      }
      entry["generator_matrices"] = matrices;
      irrep_list.push_back(entry);
    }
    document["irreps"] = irrep_list;
    document["share"] = {{"exact_unitary", share.exact_unitary}, {"exact", share.exact}, {"numeric", share.numeric}};
    output = document.dump() + "\n";
  } else {
    std::ostringstream text;
    text << fmt::format("{}: order {}, {} irreducible representations (rho(g*h) = rho(g) rho(h), GAP's product)\n",
                        options.group, enumerated.size(), irreps.size());
    for (const UnitaryIrrep& irrep : irreps) {
      const std::size_t d = irrep.dimension;
      text << fmt::format("\nirrep {}: dimension {}, indicator {}, {} ({})\n", irrep.character_index, d,
                          irrep.indicator, construction_name(irrep.construction), irrep.construction_detail);
      for (std::size_t s = 0; s < generators.size(); ++s) {
        std::string matrix = irrep.exact_generator_matrices.empty()
                                 ? matrix_text(irrep.generator_matrices, s * d * d, d, &numeric_text)
                                 : matrix_text(irrep.exact_generator_matrices[s], 0, d, &cyclotomic_text);
        text << "  " << generators[s].to_cycle_string() << " -> " << matrix << "\n";
      }
    }
    text << "\nconstructions: " << share_text(share, irreps.size()) << "\n";
    output = text.str();
  }
  if (options.out_file.empty()) {
    std::cout << output;
  } else {
    write_file_atomically(options.out_file, output);
  }
}

}  // namespace

void register_irreps_command(CLI::App& app) {
  auto options = std::make_shared<IrrepsOptions>();
  CLI::App* command = app.add_subcommand(
      "irreps", "Unitary irreducible representations of GROUP, one per character, verified "
                "(exact monomial constructions where found, numeric otherwise).");
  command->add_option("GROUP", options->group,
                      "the group: Group((1,2,3),(1,2)), S5, PSL(2,11), MathieuGroup(11), @file.g, ...")
      ->required();
  command->add_flag("--json", options->json, "print JSON (exact entries as GAP strings, numeric ones as [re, im])");
  command->add_option("--out", options->out_file, "write the output to FILE instead of stdout");
  command->add_flag("--numeric", options->numeric, "skip the exact constructions (numeric route only)");
  command->callback([options]() { run_irreps_command(*options); });
}

}  // namespace irrepkit::cli
