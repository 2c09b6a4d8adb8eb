// `irrepkit train GROUP [options] [--out DIR] [--resume DIR]`: train the
// two-layer network to predict g1*g2 on GROUP's Cayley table (projected Adam
// by default) and report loss, accuracy and speed. With --out DIR it also
// analyses the neurons in GROUP's unitary irreps (every --log-every steps and
// at the end) and writes the run directory of apps/run_directory.hpp:
// config.json, checkpoint.json, metrics.csv, neurons.csv, summary.json,
// report.md with its SVG plots, weights.json. Ctrl-C (or --stop-after K)
// saves a checkpoint there; --resume DIR continues it bit-identically.
// --table-out FILE writes the Cayley table as JSON (bench/train.sh feeds it to PyTorch).
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
#include "lib/atomic_file.hpp"
#include "lib/error.hpp"
#include "lib/progress_bar.hpp"

namespace irrepkit::cli {

namespace fs = std::filesystem;

namespace {

std::string claims_count_line(const std::vector<ClaimResult>& claims) {
  std::size_t pass = 0, fail = 0, not_applicable = 0;
  for (const ClaimResult& claim : claims) {
    if (claim.status == ClaimStatus::pass) ++pass;
    else if (claim.status == ClaimStatus::fail) ++fail;
    else ++not_applicable;
  }
  return fmt::format("claims: {} pass, {} fail, {} n/a", pass, fail, not_applicable);
}

void run_train_command(const CLI::App& command, const TrainingOptions& options) {
  ProgressBar::set_quiet(options.quiet);
  // Settings and the group first: bad input is refused before --out is touched.
  std::optional<SavedRun> saved;
  TrainingConfig config;
  if (!options.resume_directory.empty()) {
    saved = load_run_directory(options.resume_directory);
    config = resumed_training_config(command, options, saved->config);
    if (options.stop_after < 0) throw_bad_input("--stop-after must be nonnegative");
  } else {
    if (options.group.empty()) throw_bad_input("train: GROUP is required (or --resume DIR)");
    config = training_config_from(options);
  }
  fs::path out = !options.out_directory.empty() ? fs::path(options.out_directory)
                 : saved                        ? saved->directory
                                                : fs::path();
  if (options.stop_after > 0 && out.empty()) throw_bad_input("--stop-after needs --out DIR (the checkpoint goes there)");
  if (saved && options.stop_after > 0 && static_cast<std::size_t>(options.stop_after) <= saved->checkpoint.state.step) {
    throw_bad_input("--stop-after " + std::to_string(options.stop_after) + ": the saved run is already at step " +
                    std::to_string(saved->checkpoint.state.step));
  }
  PreparedGroup group;
  if (saved && options.group.empty()) {
    group = prepare_saved_group(*saved);
  } else {
    group = prepare_group(options.group);
    if (saved) {
      check_training_checkpoint(saved->checkpoint, "train", group.cayley_table,
                                (saved->directory / run_checkpoint_file).string());
    }
  }
  std::optional<OutputDirectory> directory;
  if (!out.empty()) directory.emplace(out);
  if (!options.table_out.empty()) {
    nlohmann::json table_json = {
        {"group", group.description.expression}, {"order", group.enumerated->size()}, {"cayley_table", group.cayley_table}};
    write_file_atomically(options.table_out, table_json.dump() + "\n");
  }

  // The analysis comes with a run directory.
  AnalysisIrreps analysis;
  if (!out.empty()) {
    analysis = irreps_for_analysis(*group.enumerated);
    if (!analysis.unavailable.empty()) {
      std::cerr << "irrepkit: training without the spectral analysis: " << analysis.unavailable << "\n";
    }
  }
  bool analyse = !out.empty() && analysis.unavailable.empty();
  RunControl control;
  control.checkpoint_directory = out;
  control.resume = saved ? &saved->checkpoint : nullptr;
  control.stop_after = static_cast<std::size_t>(options.stop_after);
  if (saved && saved->checkpoint.state.step >= config.epochs + (config.stage2_scale != ScaleMode::none ? config.stage2_epochs : 0)) {
    std::cerr << "irrepkit: the run in " << saved->directory.string()
              << " had already finished; its files are written again from the saved state\n";
  }
  TrainingRun run = run_training(group, config, analyse ? &analysis.irreps : nullptr, analysis.unavailable, control);
  if (run.interrupted) {
    std::cerr << "irrepkit: " << stopped_message(run, out) << "\n";
    if (run.interrupted_by_signal) set_command_exit_code(130);
    if (options.json) {
      std::cout << nlohmann::json{{"stopped", true},
                                  {"step", run.state.step},
                                  {"checkpoint", (out / run_checkpoint_file).string()}}
                       .dump(2)
                << "\n";
    }
    return;
  }
  if (!out.empty()) write_run_directory(out, run);

  if (options.json) {
    if (!out.empty()) {
      std::cout << run_summary_json(run).dump(2) << "\n";
    } else {
      nlohmann::json summary = training_json(config, run.report.training);
      summary["group"] = group.description.expression;
      std::cout << summary.dump(2) << "\n";
    }
    return;
  }
  const TrainingResult& result = run.report.training;
  std::cout << "group " << group.description.expression << " of order " << group.enumerated->size() << ": "
            << result.train_pairs << " training pairs, " << result.test_pairs << " held out\n";
  std::cout << "model: " << config.neurons << " neurons, " << to_string(config.activation) << ", "
            << (config.shared ? "shared" : "unshared") << " input weights, loss " << to_string(config.loss)
            << ", " << (config.projected ? "projected " : "unconstrained ") << to_string(config.optimizer)
            << " lr " << config.learning_rate << ", seed " << config.seed << "\n";
  std::cout << training_line(result) << "\n";
  if (run.analysed) {
    const SpectralSummary& summary = run.report.summary;
    std::cout << fmt::format(
        "spectrum: mean max-energy fraction {:.4f}, mean alignment {:.4f} {:.4f} {:.4f}, {} neurons on the trivial "
        "irrep\n",
        summary.mean_dominant_fraction, summary.mean_alignment_cosine[0], summary.mean_alignment_cosine[1],
        summary.mean_alignment_cosine[2], summary.trivial_dominant);
    std::cout << claims_count_line(run.report.claims) << " (irrepkit validate " << out.string()
              << " prints the table)\n";
  }
  if (!out.empty()) std::cout << "run directory: " << out.string() << " (report.md, summary.json)\n";
}

}  // namespace

void register_train_command(CLI::App& app) {
  auto options = std::make_shared<TrainingOptions>();
  CLI::App* command = app.add_subcommand(
      "train",
      "Train a two-layer network to predict g1*g2 on GROUP (projected Adam on unit spheres by default); with "
      "--out DIR also analyse the neurons in GROUP's irreps and write a run directory.");
  add_training_options(command, options, "GROUP", "the group: C59, D(59), S4, Group((1,2,3),(1,2)), @file.g, ... "
                                         "(optional with --resume)");
  command->add_option("--resume", options->resume_directory,
                      "continue the run saved in this directory (stopped by Ctrl-C or --stop-after); the result "
                      "is bit-identical to an uninterrupted run. Writes into it unless --out says otherwise");
  command->add_option("--table-out", options->table_out,
                      "also write the Cayley table as JSON {order, cayley_table: row-major a*b} (for bench/)");
  command->footer(
      "The run directory (--out DIR): config.json (group, every setting, version), checkpoint.json (the final or\n"
      "stopped training state, bit-exact), metrics.csv (loss, accuracy and the analysis every --log-every steps),\n"
      "neurons.csv (each neuron's dominant irrep, energy fraction, alignment cosines, s2/s1, phases),\n"
      "summary.json, report.md with loss/accuracy, energy, neurons-per-irrep and (abelian) phase plots, and\n"
      "weights.json. Ctrl-C saves a checkpoint there (exit 130); `irrepkit train --resume DIR` continues it.\n"
      "Examples:\n"
      "  irrepkit train 'CyclicGroup(7)' --width 64 --epochs 500 --seed 1\n"
      "  irrepkit train 'FrobeniusGroup(7,3)' --width 512 --optimizer sgd --lr 0.5 --epochs 15000 --out f21\n"
      "  irrepkit train 'DirectProduct(CyclicGroup(3),CyclicGroup(5))' --width 1024 --lr 1e-3 --out c15 --json\n"
      "  irrepkit train C5 --embedding shared --activation quad --log-every 10 --out c5\n"
      "  irrepkit train --resume f21          # after Ctrl-C\n"
      "  irrepkit validate f21                # the claims table of the saved run");
  command->callback([command, options]() { run_train_command(*command, *options); });
}

}  // namespace irrepkit::cli
