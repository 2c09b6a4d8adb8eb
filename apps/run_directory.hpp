// The run directory: what `irrepkit train --out DIR` (and `validate GROUP
// --out DIR`, `demo --out DIR`) writes, `train --resume DIR` continues and
// `validate DIR` analyses again. Every file is written atomically
// (lib/atomic_file.hpp), and only once training has finished or stopped.
//
//   config.json      {"format": "irrepkit-run", "version": 1, "irrepkit_version",
//                    "group": {"expression", "order" (decimal string), "degree",
//                    "generators" (1-based image lists)}, "config": the full
//                    TrainingConfig (train/training_checkpoint.hpp's spelling)}
//   checkpoint.json  train/training_checkpoint.hpp's format, command "train": the
//                    state where training stopped (Ctrl-C, --stop-after) or the
//                    final state (weights, optimizer moments, history) and the
//                    spectral trajectory; bit-exact
//   metrics.csv      step,stage,loss,train_accuracy,test_accuracy, then the
//                    analysis at that step (empty where none ran):
//                    mean_max_energy_fraction,median_non_dominant_energy,
//                    single_irrep_share,median_min_alignment_cosine,
//                    mean_omega_ratio,phase_misalignment
//   neurons.csv      one row per neuron of the final weights: neuron (0-based),
//                    dominant_irrep ("X.4", or "X.4+X.5" for a complex-conjugate
//                    pair), dimension, indicator, max_energy_fraction,
//                    alignment_cond1..3, max_sv_ratio (largest s2/s1 of the three
//                    layers), omega_ratio, input/output_isotypic_distance, and
//                    for abelian groups phase_theta1, phase_theta2, phase_xi,
//                    phase_misalignment (radians)
//   summary.json     accuracy, loss, epochs, seconds, mean_max_energy_fraction,
//                    mean_alignment {cond1, cond2, cond3}, mean_sv_ratio {"d": mean
//                    over neurons on irreps of dimension d of their largest s2/s1},
//                    neurons_per_irrep {"X.4+X.5": n}, claims [{claim, measured,
//                    threshold, holds (true, false, null for n/a), status,
//                    conditions_met, ...}], conditions, gram, analysis {performed,
//                    note}; the spectral keys are null (or empty) when the analysis
//                    did not run
//   report.md        the claims table, the conditions, the Gram summary and the plots
//                    loss.svg, accuracy.svg, energy.svg, spectrum.svg, neurons.svg
//                    and, for abelian groups, phases.svg
//   weights.json     the final weights as decimal numbers, neuron-major (for other tools)
// Element numbering is EnumeratedGroup's for the group rebuilt from
// config.json (the checkpoint's Cayley table hash checks it).
#pragma once

#include <cstdint>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "irreps/unitary_irrep.hpp"
#include "train/training_checkpoint.hpp"
#include "train/validation_run.hpp"

namespace irrepkit::cli {

// How the group of a run was given, and enough to rebuild it.
struct RunGroup {
  std::string expression;
  std::uint64_t order = 0;
  std::size_t degree = 0;
  std::vector<std::vector<std::size_t>> generators;  // 1-based image lists
};

// A training run, finished or stopped, with its analysis: what a run
// directory is written from.
struct TrainingRun {
  RunGroup group;
  TrainingConfig config;
  ValidationReport report;  // report.training always; summary, fits, gram, conditions, claims when analysed
  bool analysed = false;
  std::string analysis_note;              // why the analysis did not run (empty when it did)
  std::vector<std::string> irrep_labels;  // per class of report.summary: "X.1", "X.4+X.5"
  TrainingState state;                    // the checkpoint's state: final, or where training stopped
  bool interrupted = false;               // stopped before the last step (state is where)
  bool interrupted_by_signal = false;     // by Ctrl-C (SIGINT) rather than --stop-after
};

// What a command adds to the common files (the demo: its character table).
struct ReportExtras {
  std::string title;                                         // report.md's heading
  std::string markdown_before_training;                      // sections placed before "Training"
  std::string markdown_at_end;                               // appended
  nlohmann::json summary_keys = nlohmann::json::object();    // merged into summary.json (merge patch)
  bool trajectory_csv = false;                               // also write trajectory.csv (the demo's older file)
};

inline constexpr const char* run_config_file = "config.json";
inline constexpr const char* run_checkpoint_file = "checkpoint.json";

// "X.4+X.5" per class, from the character indices (1-based, as the table prints them).
std::vector<std::string> irrep_class_labels(const std::vector<IrrepClass>& classes,
                                            const std::vector<UnitaryIrrep>& irreps);

nlohmann::json run_config_json(const RunGroup& group, const TrainingConfig& config);
std::string metrics_csv(const TrainingRun& run);
std::string neurons_csv(const TrainingRun& run);  // header only when not analysed
nlohmann::json run_summary_json(const TrainingRun& run);
std::string run_report_markdown(const TrainingRun& run, const ReportExtras& extras);

// config.json and checkpoint.json: all a stopped run leaves.
void write_run_checkpoint(const std::filesystem::path& directory, const TrainingRun& run);
// Every file above (the checkpoint included), for a finished run.
void write_run_directory(const std::filesystem::path& directory, const TrainingRun& run,
                         const ReportExtras& extras = {});

// A saved run read back: config.json and checkpoint.json.
struct SavedRun {
  std::filesystem::path directory;
  RunGroup group;
  TrainingConfig config;
  TrainingCheckpoint checkpoint;
  std::string irrepkit_version;  // that wrote it
};

// Throws bad_input with a one-line message if `directory` is not a run
// directory (no config.json), or a file is missing, malformed or edited.
SavedRun load_run_directory(const std::filesystem::path& directory);

// Creates an --out directory before the long work (bad_input naming it if that
// is impossible). If the command then fails by an exception before anything
// was written into it, a directory created here is removed again.
class OutputDirectory {
 public:
  explicit OutputDirectory(std::filesystem::path directory);
  ~OutputDirectory();
  OutputDirectory(const OutputDirectory&) = delete;
  OutputDirectory& operator=(const OutputDirectory&) = delete;
  const std::filesystem::path& path() const noexcept { return _directory; }

 private:
  std::filesystem::path _directory;
  bool _created = false;
  int _exceptions_at_start = 0;
};

}  // namespace irrepkit::cli
