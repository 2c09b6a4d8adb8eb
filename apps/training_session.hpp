// Running a training for the CLI, shared by `train`, `validate` and `demo`:
// the group and its Cayley table, the irreps the analysis needs (or why it
// cannot run), training with the spectral analysis every record_every steps,
// the progress bar on a terminal, Ctrl-C and --stop-after (a checkpoint into
// the run directory), --resume, and the analysis of a saved run.
//
// Ctrl-C: while a run with a checkpoint directory trains, SIGINT sets a flag;
// the step under way finishes, config.json and checkpoint.json are written,
// and the command exits 130 (a second Ctrl-C kills at once). Resuming is
// bit-exact: the interrupted-then-resumed run ends with the weights, history
// and trajectory of an uninterrupted one (train/train_network.hpp).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "apps/run_directory.hpp"
#include "groups/enumerated_group.hpp"
#include "irreps/unitary_irrep.hpp"
#include "train/training_checkpoint.hpp"

namespace irrepkit::cli {

struct PreparedGroup {
  RunGroup description;
  std::unique_ptr<EnumeratedGroup> enumerated;
  std::vector<ElementIndex> cayley_table;
};

// Parses and enumerates GROUP and builds its Cayley table.
PreparedGroup prepare_group(const std::string& expression);
// The group of a saved run: from its expression, or from its generators when
// the expression read a file or standard input; bad_input unless the Cayley
// table is the one the checkpoint was trained on.
PreparedGroup prepare_saved_group(const SavedRun& saved);

// The irreps of the analysis, or (empty) why it cannot run: the group is too
// large to keep every element's matrix, or an irrep could not be constructed.
struct AnalysisIrreps {
  std::vector<UnitaryIrrep> irreps;
  std::string unavailable;  // empty when the irreps are usable
};
AnalysisIrreps irreps_for_analysis(const EnumeratedGroup& group);
// For irreps computed by the caller (the demo): checks that every matrix is there.
AnalysisIrreps irreps_for_analysis(std::vector<UnitaryIrrep> irreps, std::uint64_t group_order);

struct RunControl {
  // Where a stopped run saves config.json and checkpoint.json; empty: Ctrl-C
  // is not caught (the default: the process ends) and --stop-after is refused.
  std::filesystem::path checkpoint_directory;
  const TrainingCheckpoint* resume = nullptr;  // continue this state (its config must be the run's)
  std::size_t stop_after = 0;                   // stop once this many steps are done in all (0: never)
  std::string progress_label = "training";
};

// Trains (with the analysis when `irreps` is given; otherwise `analysis_note`
// says why not) and returns the run; a stopped run has its checkpoint saved.
// Resuming a finished state trains no further and analyses the saved weights.
TrainingRun run_training(const PreparedGroup& group, const TrainingConfig& config,
                         const std::vector<UnitaryIrrep>* irreps, const std::string& analysis_note,
                         const RunControl& control);

// The run saved in `saved`, analysed again (irreps given) or not.
TrainingRun analyse_saved_run(const PreparedGroup& group, const SavedRun& saved,
                              const std::vector<UnitaryIrrep>* irreps, const std::string& analysis_note);

// The stderr line of a stopped run: where the checkpoint is and how to continue.
std::string stopped_message(const TrainingRun& run, const std::filesystem::path& directory);

}  // namespace irrepkit::cli
