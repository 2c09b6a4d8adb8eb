// `irrepkit validate GROUP [options]`: train the network on GROUP, analyse the
// learned weights in GROUP's unitary irreps, and print the claims table of
// He, Wang, Zhang, Chen, Yang (2026); --out DIR writes validation.json,
// trajectory.csv and weights.json. Failing claims are results (exit 0).
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "apps/commands.hpp"
#include "apps/training_options.hpp"
#include "apps/training_report.hpp"
#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/group_parser.hpp"
#include "irreps/character_table.hpp"
#include "irreps/unitary_irreps.hpp"
#include "lib/atomic_file.hpp"
#include "lib/error.hpp"
#include "train/validation_run.hpp"

namespace irrepkit::cli {

namespace {

void run_validate_command(const TrainingOptions& options) {
  TrainingConfig config = training_config_from(options);
  PermutationGroup group = parse_group(options.group);
  EnumeratedGroup enumerated(group);
  std::vector<ElementIndex> table = enumerated.cayley_table();
  ConjugacyClasses classes(enumerated);
  CharacterTable characters = compute_character_table(classes);
  std::vector<UnitaryIrrep> irreps = compute_unitary_irreps(characters);
  for (const UnitaryIrrep& irrep : irreps) {
    if (irrep.matrices.empty()) {
      throw_unable("validate: the group of order " + std::to_string(enumerated.size()) +
                   " is too large to keep the matrices of all elements");
    }
  }
  // An unusable --out fails before the long work.
  if (!options.out_directory.empty()) {
    std::error_code error;
    std::filesystem::create_directories(options.out_directory, error);
    if (error || !std::filesystem::is_directory(options.out_directory)) {
      throw_bad_input("--out: cannot create directory '" + options.out_directory + "'" +
                      (error ? ": " + error.message() : ""));
    }
  }
  ValidationReport report = run_validation(table, irreps, config);
  if (config.record_every == 0) config.record_every = std::max<std::size_t>(1, config.epochs / 50);
  nlohmann::json result = validation_json(config, report);
  result["group"] = options.group;
  if (!options.out_directory.empty()) {
    std::filesystem::path directory(options.out_directory);
    write_file_atomically(directory / "validation.json", result.dump(2) + "\n");
    write_file_atomically(directory / "trajectory.csv", trajectory_csv(report));
    write_file_atomically(directory / "weights.json", weights_json(report.training.weights).dump() + "\n");
  }
  if (options.json) {
    std::cout << result.dump(2) << "\n";
    return;
  }
  const SpectralSummary& summary = report.summary;
  std::cout << "group " << options.group << " of order " << enumerated.size() << ", "
            << (summary.abelian ? "abelian" : "nonabelian") << ", " << irreps.size() << " irreps in "
            << summary.classes.size() << " real classes\n";
  std::cout << "training: " << training_line(report.training) << "\n";
  std::cout << fmt::format(
      "spectrum: mean dominant fraction {:.4f}, mean Omega / max {:.4f}, {} neurons on the trivial irrep\n",
      summary.mean_dominant_fraction, summary.mean_omega_ratio, summary.trivial_dominant);
  std::string counts = "neurons per class (dimension):";
  for (std::size_t c = 0; c < summary.classes.size(); ++c) {
    counts += fmt::format(" {}({})", summary.class_statistics[c].neurons, summary.classes[c].dimension);
  }
  std::cout << counts << "\n\n" << claims_text(report.claims);
}

}  // namespace

void register_validate_command(CLI::App& app) {
  auto options = std::make_shared<TrainingOptions>();
  CLI::App* command = app.add_subcommand(
      "validate",
      "Train on GROUP, analyse the neurons in its irreps, and test the claims of He et al. (2026): single "
      "irrep per neuron, rank-one alignment, uniform spread and phases (abelian), exponential convergence.");
  add_training_options(command, options);
  command->callback([options]() { run_validate_command(*options); });
}

}  // namespace irrepkit::cli
