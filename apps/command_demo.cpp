// `irrepkit demo [GROUP] [--out DIR]`: the whole pipeline on one group, by
// default the paper's running example FrobeniusGroup(7,3) (order 21):
// classes, the exact character table (verified), exact unitary irreps
// (verified), a training run with the paper's settings (projected SGD with
// step 0.5, quadratic activation, unshared embedding, width 512, 15000
// full-batch epochs), the spectral analysis and the claims
// table. Writes the run directory of apps/run_directory.hpp into DIR (default
// irrepkit-demo/): the same files as `irrepkit train --out` (so `irrepkit
// validate DIR` and `train --resume DIR` work on it), with the character table
// and the irreps in report.md and summary.json, and trajectory.csv; prints the
// table and the claims table.
#include <chrono>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "apps/commands.hpp"
#include "apps/run_directory.hpp"
#include "apps/training_options.hpp"
#include "apps/training_report.hpp"
#include "apps/training_session.hpp"
#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/group_parser.hpp"
#include "irreps/character_table.hpp"
#include "irreps/character_table_display.hpp"
#include "irreps/unitary_irreps.hpp"
#include "lib/atomic_file.hpp"
#include "lib/error.hpp"
#include "lib/progress_bar.hpp"
#include "train/validation_run.hpp"

namespace irrepkit::cli {

namespace {

constexpr const char* default_demo_group = "FrobeniusGroup(7,3)";

struct DemoOptions {
  std::string group = default_demo_group;
  std::string out_directory = "irrepkit-demo";
  // The paper's settings for its running example: width 512, projected SGD
  // with step 0.5, 15000 full-batch epochs.
  long long neurons = 512;
  long long epochs = 15000;
  double learning_rate = 0.5;
  std::string optimizer = "sgd";
  long long seed = 0;
  bool quiet = false;
  bool json = false;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void run_demo_command(const DemoOptions& options) {
  ProgressBar::set_quiet(options.quiet);
  auto start = std::chrono::steady_clock::now();
  std::filesystem::path directory(options.out_directory);
  // Refuse bad options and a bad GROUP before --out is touched.
  TrainingOptions training_options;
  training_options.group = options.group;
  training_options.neurons = options.neurons;
  training_options.epochs = options.epochs;
  training_options.learning_rate = options.learning_rate;
  training_options.optimizer = options.optimizer;
  training_options.seed = options.seed;
  TrainingConfig config = training_config_from(training_options);
  PreparedGroup group = prepare_group(options.group);
  const EnumeratedGroup& enumerated = *group.enumerated;

  // Fail on an unusable --out before any long work; a directory created here
  // is removed again if the run fails before writing into it.
  OutputDirectory output(directory);
  ConjugacyClasses classes(enumerated);
  CharacterTable table = compute_character_table(classes);  // verified before it returns
  double table_seconds = seconds_since(start);
  std::vector<UnitaryIrrep> all_irreps = compute_unitary_irreps(table);  // each verified
  ConstructionShare share = construction_share(all_irreps);
  double irreps_seconds = seconds_since(start) - table_seconds;
  AnalysisIrreps analysis = irreps_for_analysis(std::move(all_irreps), enumerated.size());
  if (!analysis.unavailable.empty()) throw_unable("demo: " + analysis.unavailable);
  const std::vector<UnitaryIrrep>& irreps = analysis.irreps;
  RunControl control;
  control.checkpoint_directory = directory;
  TrainingRun run = run_training(group, config, &irreps, {}, control);
  if (run.interrupted) {
    std::cerr << "irrepkit: " << stopped_message(run, directory) << "\n";
    if (run.interrupted_by_signal) set_command_exit_code(130);
    return;
  }
  const ValidationReport& report = run.report;
  double total_seconds = seconds_since(start);

  std::string table_text = display_character_table(table);
  std::string claims = claims_text(report.claims);

  // summary.json: the run directory's keys, and the demo's own.
  nlohmann::json extra;
  extra["group"] = {{"classes", classes.size()}};
  nlohmann::json characters = nlohmann::json::array();
  for (const Character& character : table.characters()) {
    nlohmann::json values = nlohmann::json::array();
    for (const Cyclotomic& value : character.values) values.push_back(value.to_string());
    characters.push_back({{"degree", character.degree}, {"indicator", character.indicator}, {"values", values}});
  }
  extra["character_table"] = {{"class_names", nlohmann::json::array()}, {"characters", characters}};
  for (const ConjugacyClass& c : classes.classes()) extra["character_table"]["class_names"].push_back(c.name);
  extra["irreps"] = {{"exact_unitary", share.exact_unitary}, {"exact", share.exact}, {"numeric", share.numeric}};
  extra["validation"] = validation_json(config, report);
  extra["timings"] = {{"table", table_seconds},
                      {"irreps", irreps_seconds},
                      {"training", report.training.seconds},
                      {"total", total_seconds}};

  ReportExtras extras;
  extras.title = "irrepkit demo: " + options.group;
  extras.markdown_before_training =
      fmt::format("{} conjugacy classes, {}.\n\n", classes.size(), report.summary.abelian ? "abelian" : "nonabelian") +
      "## Exact character table (verified: both orthogonality relations, degrees, indicators)\n\n```\n" +
      table_text + "```\n\n" +
      "## Unitary irreducible representations (each verified: homomorphism, unitarity, character)\n\n" +
      fmt::format("{} irreps: {} exact and unitary, {} exact, {} numeric.\n\n", irreps.size(), share.exact_unitary,
                  share.exact, share.numeric);
  extras.markdown_at_end = fmt::format("Total time {:.1f} s (table {:.2f} s, irreps {:.2f} s, training {:.2f} s).\n",
                                       total_seconds, table_seconds, irreps_seconds, report.training.seconds);
  extras.summary_keys = extra;
  extras.trajectory_csv = true;
  write_run_directory(directory, run, extras);

  if (options.json) {
    nlohmann::json json = run_summary_json(run);
    json.merge_patch(extra);
    json["report"] = (directory / "report.md").string();
    std::cout << json.dump(2) << "\n";
    return;
  }
  std::cout << "irrepkit demo: " << options.group << ", order " << enumerated.size() << ", "
            << classes.size() << " classes\n\n"
            << table_text << "\n"
            << fmt::format("irreps: {} exact unitary, {} exact, {} numeric (all verified)\n",
                           share.exact_unitary, share.exact, share.numeric)
            << "training: " << training_line(report.training) << "\n\n"
            << claims << "\n"
            << "report: " << (directory / "report.md").string() << "\n";
}

}  // namespace

void register_demo_command(CLI::App& app) {
  auto options = std::make_shared<DemoOptions>();
  CLI::App* command = app.add_subcommand(
      "demo",
      "Run the whole pipeline (classes, exact character table, unitary irreps, training, spectral analysis, "
      "claims table) and write a report. Default group: FrobeniusGroup(7,3), the paper's running example.");
  command->add_option("GROUP", options->group, "the group (default FrobeniusGroup(7,3))");
  command->add_option("--out", options->out_directory, "report directory (default irrepkit-demo)");
  command->add_option("--width,--neurons", options->neurons, "hidden neurons (default 512)");
  command->add_option("--epochs", options->epochs, "full-batch training steps (default 15000)");
  command->add_option("--lr", options->learning_rate, "learning rate (default 0.5)");
  command->add_option("--optimizer", options->optimizer, "sgd | adam | adamw (default sgd, projected)");
  command->add_option("--seed", options->seed, "random seed (default 0)");
  command->add_flag("--quiet", options->quiet, "no progress bar");
  command->add_flag("--json", options->json, "print summary.json (and the report's path) instead of the text");
  command->footer(
      "Defaults are the paper's settings for its running example (width 512, projected SGD, lr 0.5, 15000 "
      "epochs); on larger groups an epoch costs more (about |G|^3 * width operations), so lower --epochs.\n"
      "DIR gets the files of `irrepkit train --out DIR` (config.json, checkpoint.json, metrics.csv, neurons.csv,\n"
      "summary.json, report.md and its SVG plots, weights.json), with the character table in report.md and\n"
      "summary.json, and trajectory.csv. `irrepkit validate DIR` analyses the saved run again.\n"
      "Examples:\n  irrepkit demo\n  irrepkit demo 'DihedralGroup(14)' --epochs 3000 --out d14-report\n"
      "  irrepkit demo --json --quiet | jq '.claims[] | {claim, holds}'\n  irrepkit validate irrepkit-demo");
  command->callback([options]() { run_demo_command(*options); });
}

}  // namespace irrepkit::cli
