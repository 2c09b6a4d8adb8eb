// Training runs of the CLI (see training_session.hpp).
#include "apps/training_session.hpp"

#include <atomic>
#include <csignal>
#include <iostream>

#include <fmt/format.h>

#include "groups/conjugacy_classes.hpp"
#include "groups/group_parser.hpp"
#include "irreps/character_table.hpp"
#include "irreps/unitary_irreps.hpp"
#include "lib/error.hpp"
#include "lib/progress_bar.hpp"
#include "train/composition_dataset.hpp"
#include "train/spectral_analysis.hpp"

namespace irrepkit::cli {

namespace fs = std::filesystem;

namespace {

// Set by SIGINT while a run with a checkpoint directory trains.
std::atomic<bool> interrupt_requested{false};
std::atomic<bool> stop_flag{false};

extern "C" void on_interrupt(int) {
  interrupt_requested.store(true);
  stop_flag.store(true);
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the process at once
}

// Installs the handler for the lifetime of the object (when `active`).
class InterruptHandler {
 public:
  explicit InterruptHandler(bool active) : _active(active) {
    interrupt_requested = false;
    stop_flag = false;
    if (_active) _previous = std::signal(SIGINT, on_interrupt);
  }
  ~InterruptHandler() {
    if (_active) std::signal(SIGINT, _previous == SIG_ERR ? SIG_DFL : _previous);
  }
  InterruptHandler(const InterruptHandler&) = delete;
  InterruptHandler& operator=(const InterruptHandler&) = delete;

 private:
  bool _active;
  void (*_previous)(int) = SIG_DFL;
};

std::size_t total_steps(const TrainingConfig& config) {
  return config.epochs + (config.stage2_scale != ScaleMode::none ? config.stage2_epochs : 0);
}

RunGroup describe_group(const std::string& expression, const EnumeratedGroup& enumerated) {
  RunGroup description;
  description.expression = expression;
  description.order = enumerated.size();
  description.degree = enumerated.group().degree();
  for (const Permutation& generator : enumerated.group().generators()) {
    std::vector<std::size_t> images;
    for (auto image : generator.images_1based()) images.push_back(static_cast<std::size_t>(image));
    description.generators.push_back(std::move(images));
  }
  return description;
}

// The TrainingResult a saved state stands for (the pair counts redrawn from the seed).
TrainingResult result_from_state(const TrainingState& state, const std::vector<ElementIndex>& table) {
  TrainingResult result;
  CompositionDataset dataset = make_composition_dataset(table, state.config.train_fraction, state.config.seed);
  result.weights = state.weights;
  result.history = state.history;
  result.final_record = state.history.back();
  result.train_pairs = dataset.train.size();
  result.test_pairs = dataset.test.size();
  result.seconds = state.seconds;
  result.cpu_seconds = state.cpu_seconds;
  result.steps = state.step;
  result.interrupted = state.step < total_steps(state.config);
  result.state = state;
  return result;
}

void analyse(TrainingRun& run, const PreparedGroup& group, const std::vector<UnitaryIrrep>& irreps) {
  SpectralAnalyser analyser(group.cayley_table, irreps);
  analyse_finished_run(run.report, analyser, run.config);
  run.analysed = true;
  run.irrep_labels = irrep_class_labels(run.report.summary.classes, irreps);
}

}  // namespace

PreparedGroup prepare_group(const std::string& expression) {
  PermutationGroup parsed = parse_group(expression);
  PreparedGroup group;
  group.enumerated = std::make_unique<EnumeratedGroup>(parsed);
  group.cayley_table = group.enumerated->cayley_table();
  group.description = describe_group(expression, *group.enumerated);
  return group;
}

PreparedGroup prepare_saved_group(const SavedRun& saved) {
  const std::string& expression = saved.group.expression;
  bool from_file = expression == "-" || (!expression.empty() && expression.front() == '@');
  std::string source = expression;
  if (from_file) {
    // The file may be gone or changed: rebuild from the saved generators.
    // (Built by appends: gcc 12 warns falsely about `"," + string`.)
    source.assign("Group(");
    for (std::size_t i = 0; i < saved.group.generators.size(); ++i) {
      if (i > 0) source.append(",");
      source.append(nlohmann::json(saved.group.generators[i]).dump());
    }
    source.append(saved.group.generators.empty() ? "())" : ")");
  }
  PreparedGroup group = prepare_group(source);
  group.description = saved.group;
  check_training_checkpoint(saved.checkpoint, "train", group.cayley_table,
                            (saved.directory / run_checkpoint_file).string());
  return group;
}

AnalysisIrreps irreps_for_analysis(std::vector<UnitaryIrrep> irreps, std::uint64_t group_order) {
  AnalysisIrreps out;
  for (const UnitaryIrrep& irrep : irreps) {
    if (irrep.matrices.empty()) {
      out.unavailable = "the group of order " + std::to_string(group_order) +
                        " is too large to keep the matrices of all its elements (limit " +
                        std::to_string(UnitaryIrrepOptions{}.all_elements_limit) + ")";
      return out;
    }
  }
  out.irreps = std::move(irreps);
  return out;
}

AnalysisIrreps irreps_for_analysis(const EnumeratedGroup& group) {
  std::uint64_t limit = UnitaryIrrepOptions{}.all_elements_limit;
  if (group.size() > limit) {
    return {{}, "the group of order " + std::to_string(group.size()) +
                    " is too large to keep the matrices of all its elements (limit " + std::to_string(limit) + ")"};
  }
  try {
    ConjugacyClasses classes(group);
    CharacterTable table = compute_character_table(classes);
    return irreps_for_analysis(compute_unitary_irreps(table), group.size());
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::unable) throw;
    return {{}, std::string("the irreducible representations could not be built: ") + e.what()};
  }
}

TrainingRun run_training(const PreparedGroup& group, const TrainingConfig& config,
                         const std::vector<UnitaryIrrep>* irreps, const std::string& analysis_note,
                         const RunControl& control) {
  TrainingRun run;
  run.group = group.description;
  run.config = config;
  run.analysis_note = irreps ? std::string() : analysis_note;
  std::size_t total = total_steps(config);

  if (control.resume && control.resume->state.step >= total) {
    // A finished run: nothing to train; its saved weights are analysed again.
    run.report.training = result_from_state(control.resume->state, group.cayley_table);
    run.report.trajectory = control.resume->trajectory;
    run.state = control.resume->state;
    if (irreps) analyse(run, group, *irreps);
    return run;
  }

  bool checkpoints = !control.checkpoint_directory.empty();
  if (control.stop_after > 0 && !checkpoints) throw_bad_input("--stop-after needs --out DIR (the checkpoint goes there)");
  InterruptHandler handler(checkpoints);
  std::size_t start = control.resume ? control.resume->state.step : 0;
  ProgressBar bar(control.progress_label, total - start);
  TrainingControl training_control;
  training_control.stop_requested = &stop_flag;
  training_control.resume_from = control.resume ? &control.resume->state : nullptr;
  training_control.keep_final_state = true;
  training_control.progress = [&](std::size_t done, std::size_t) {
    bar.update(done - start);
    if (control.stop_after > 0 && done >= control.stop_after) stop_flag = true;
  };
  static const std::vector<SpectralTrajectoryPoint> no_trajectory;
  if (irreps) {
    run.report = run_validation(group.cayley_table, *irreps, config, training_control,
                                control.resume ? control.resume->trajectory : no_trajectory);
  } else {
    run.report.training = train_composition_network(group.cayley_table, config, {}, training_control);
  }
  bar.finish();
  run.state = *run.report.training.state;
  if (run.report.training.interrupted) {
    run.interrupted = true;
    run.interrupted_by_signal = interrupt_requested.load();
    write_run_checkpoint(control.checkpoint_directory, run);
    return run;
  }
  if (irreps) {
    run.analysed = true;
    run.irrep_labels = irrep_class_labels(run.report.summary.classes, *irreps);
  }
  return run;
}

TrainingRun analyse_saved_run(const PreparedGroup& group, const SavedRun& saved,
                              const std::vector<UnitaryIrrep>* irreps, const std::string& analysis_note) {
  TrainingRun run;
  run.group = saved.group;
  run.config = saved.config;
  run.state = saved.checkpoint.state;
  run.report.training = result_from_state(saved.checkpoint.state, group.cayley_table);
  run.report.trajectory = saved.checkpoint.trajectory;
  run.interrupted = run.report.training.interrupted;
  run.analysis_note = irreps ? std::string() : analysis_note;
  if (irreps) analyse(run, group, *irreps);
  return run;
}

std::string stopped_message(const TrainingRun& run, const fs::path& directory) {
  return fmt::format("{} at step {} of {}; checkpoint saved in {}; continue with: irrepkit train --resume {}",
                     run.interrupted_by_signal ? "interrupted" : "stopped", run.state.step,
                     total_steps(run.config), (directory / run_checkpoint_file).string(), directory.string());
}

}  // namespace irrepkit::cli
