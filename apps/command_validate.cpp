// `irrepkit validate DIR`: analyse again the run saved in DIR (by `irrepkit
// train --out DIR`, `validate GROUP --out DIR` or `demo`): rebuild the group
// from config.json, recompute its unitary irreps (deterministic), read the
// weights, history and trajectory from checkpoint.json, call
// analyse_finished_run and print the claims table of He, Wang, Zhang, Chen,
// Yang (2026). --out DIR2 writes a fresh run directory from the new analysis.
//
// `irrepkit validate GROUP [training options]` (the argument is not a
// directory): train on GROUP, analyse, print the claims table; --out DIR
// writes the run directory. Failing claims are results (exit 0).
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "apps/commands.hpp"
#include "apps/run_directory.hpp"
#include "apps/training_options.hpp"
#include "apps/training_report.hpp"
#include "apps/training_session.hpp"
#include "lib/error.hpp"
#include "lib/progress_bar.hpp"

namespace irrepkit::cli {

namespace fs = std::filesystem;

namespace {

void print_validation(const TrainingRun& run, const std::string& heading) {
  const SpectralSummary& summary = run.report.summary;
  std::size_t irreps = 0;
  for (const IrrepClass& irrep_class : summary.classes) irreps += irrep_class.members.size();
  std::cout << heading << ", " << (summary.abelian ? "abelian" : "nonabelian") << ", " << irreps << " irreps in "
            << summary.classes.size() << " real classes\n";
  std::cout << "training: " << training_line(run.report.training) << "\n";
  std::cout << fmt::format(
      "spectrum: mean dominant fraction {:.4f}, mean Omega / max {:.4f}, {} neurons on the trivial irrep\n",
      summary.mean_dominant_fraction, summary.mean_omega_ratio, summary.trivial_dominant);
  std::cout << fmt::format("alignment: mean cosines {:.4f} {:.4f} {:.4f} (conditions 1, 2, 3)\n",
                           summary.mean_alignment_cosine[0], summary.mean_alignment_cosine[1],
                           summary.mean_alignment_cosine[2]);
  std::string counts = "neurons per irrep:";
  for (std::size_t c = 0; c < summary.classes.size(); ++c) {
    counts += fmt::format(" {} {}", run.irrep_labels[c], summary.class_statistics[c].neurons);
  }
  std::cout << counts << "\n\n" << claims_text(run.report.claims) << "\n" << conditions_line(run.report.conditions)
            << "\n";
}

void validate_saved_run(const CLI::App& command, const TrainingOptions& options) {
  std::vector<std::string> given = given_training_options(command);
  if (!given.empty()) {
    throw_bad_input("validate DIR: " + given.front() +
                    " does not apply to a saved run (its settings are in config.json; train again with irrepkit "
                    "train)");
  }
  if (options.stop_after != 0) throw_bad_input("validate DIR: --stop-after does not apply to a saved run");
  SavedRun saved = load_run_directory(options.group);
  PreparedGroup group = prepare_saved_group(saved);
  AnalysisIrreps analysis = irreps_for_analysis(*group.enumerated);
  if (!analysis.unavailable.empty()) throw_unable("validate: " + analysis.unavailable);
  std::optional<OutputDirectory> directory;
  if (!options.out_directory.empty()) directory.emplace(options.out_directory);
  TrainingRun run = analyse_saved_run(group, saved, &analysis.irreps, {});
  if (run.interrupted) {
    std::size_t total = run.config.epochs + (run.config.stage2_scale != ScaleMode::none ? run.config.stage2_epochs : 0);
    std::cerr << "irrepkit: note: the run in " << saved.directory.string() << " stopped at step " << run.state.step
              << " of " << total << "; analysing the weights it reached (continue it with irrepkit "
              << "train --resume " << saved.directory.string() << ")\n";
  }
  if (directory) write_run_directory(directory->path(), run);
  if (options.json) {
    std::cout << run_summary_json(run).dump(2) << "\n";
    return;
  }
  print_validation(run, "run " + saved.directory.string() + ": group " + saved.group.expression + " of order " +
                            std::to_string(saved.group.order) + " (written by irrepkit " + saved.irrepkit_version + ")");
}

void validate_group(const TrainingOptions& options) {
  TrainingConfig config = training_config_from(options);
  PreparedGroup group;
  try {
    group = prepare_group(options.group);
  } catch (const Error& e) {
    // A path that is not a directory reads as a malformed group: say both.
    if (e.kind() == ErrorKind::bad_input && options.group.find('/') != std::string::npos) {
      throw_bad_input("validate: '" + options.group + "' is neither a run directory nor a group (" + e.what() + ")");
    }
    throw;
  }
  AnalysisIrreps analysis = irreps_for_analysis(*group.enumerated);
  if (!analysis.unavailable.empty()) throw_unable("validate: " + analysis.unavailable);
  if (options.stop_after > 0 && options.out_directory.empty()) {
    throw_bad_input("--stop-after needs --out DIR (the checkpoint goes there)");
  }
  std::optional<OutputDirectory> directory;
  if (!options.out_directory.empty()) directory.emplace(options.out_directory);
  RunControl control;
  if (directory) control.checkpoint_directory = directory->path();
  control.stop_after = static_cast<std::size_t>(options.stop_after);
  TrainingRun run = run_training(group, config, &analysis.irreps, {}, control);
  if (run.interrupted) {
    std::cerr << "irrepkit: " << stopped_message(run, directory->path()) << "\n";
    if (run.interrupted_by_signal) set_command_exit_code(130);
    return;
  }
  if (directory) write_run_directory(directory->path(), run);
  if (options.json) {
    nlohmann::json result = validation_json(config, run.report);
    result["group"] = options.group;
    result["summary_json"] = run_summary_json(run);
    std::cout << result.dump(2) << "\n";
    return;
  }
  print_validation(run, "group " + options.group + " of order " + std::to_string(group.enumerated->size()));
}

void run_validate_command(const CLI::App& command, const TrainingOptions& options) {
  ProgressBar::set_quiet(options.quiet);
  if (options.group.empty()) throw_bad_input("validate: DIR (a saved run) or GROUP is required");
  std::error_code error;
  if (fs::is_directory(options.group, error)) {
    validate_saved_run(command, options);
  } else {
    validate_group(options);
  }
}

}  // namespace

void register_validate_command(CLI::App& app) {
  auto options = std::make_shared<TrainingOptions>();
  CLI::App* command = app.add_subcommand(
      "validate",
      "Analyse the run saved in DIR (by irrepkit train --out DIR) again in its group's irreps and print the claims "
      "table of He et al. (2026): single irrep per neuron, rank-one alignment, uniform spread and phases (abelian), "
      "exponential convergence. Given a GROUP instead of DIR, train on it first (training options as for train).");
  add_training_options(command, options, "DIR|GROUP",
                       "DIR, a run directory written by irrepkit train --out (analysed again), or GROUP (trained "
                       "on, then analysed)");
  command->footer(
      "DIR must hold config.json and checkpoint.json (irrepkit train --out DIR, validate GROUP --out DIR and demo\n"
      "write them); the group is rebuilt from config.json and its irreps recomputed, so the claims equal the\n"
      "run's. Training options do not apply to DIR. --json prints summary.json's content.\n"
      "Examples:\n"
      "  irrepkit train 'FrobeniusGroup(7,3)' --width 512 --optimizer sgd --lr 0.5 --epochs 15000 --out f21\n"
      "  irrepkit validate f21\n"
      "  irrepkit validate f21 --json\n"
      "  irrepkit validate 'CyclicGroup(7)' --width 128 --epochs 2000 --seed 1 --out c7");
  command->callback([command, options]() { run_validate_command(*command, *options); });
}

}  // namespace irrepkit::cli
