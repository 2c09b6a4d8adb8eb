// Everything a training run needs to continue where it stopped: the settings,
// the steps done, the weights, the optimizer moments and the history so far.
//
// No random state is kept: the only randomness (initial weights and the
// held-out split) is drawn from config.seed before the first step, and the
// split is drawn again identically on resume. Plain vectors only (no Eigen
// types: train/ may compile Eigen under another name). Saved to and loaded
// from files by train/training_checkpoint.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "train/network_weights.hpp"
#include "train/training_config.hpp"

namespace irrepkit {

struct TrainingRecord {
  std::size_t step = 0;  // steps done before this record (stage 2 continues the count)
  int stage = 1;
  double loss = 0.0;
  double train_accuracy = 0.0;
  std::optional<double> test_accuracy;  // when pairs are held out
  bool operator==(const TrainingRecord&) const = default;
};

// One moment matrix of Adam, column-major, rows x cols.
struct MomentMatrix {
  std::size_t rows = 0, cols = 0;
  std::vector<double> values;
  bool operator==(const MomentMatrix&) const = default;
};

// The state of one optimizer: its step counter and, per parameter slot, the
// first and second moment estimates (empty for SGD and for unused slots).
struct OptimizerState {
  std::int64_t step_count = 0;
  std::vector<MomentMatrix> first_moment;
  std::vector<MomentMatrix> second_moment;
  bool operator==(const OptimizerState&) const = default;
};

struct TrainingState {
  TrainingConfig config;
  std::size_t group_order = 0;
  std::uint64_t cayley_table_hash = 0;  // cayley_table_hash() of the table trained on
  std::size_t step = 0;                 // optimizer steps done (both stages)
  NetworkWeights weights;               // neuron_scale holds the stage-2 scales reached
  OptimizerState optimizer;             // stage 1
  OptimizerState scale_optimizer;       // stage 2 (empty before it starts)
  std::vector<TrainingRecord> history;  // records made so far
  double seconds = 0.0;                 // wall and processor time spent so far
  double cpu_seconds = 0.0;
  bool operator==(const TrainingState&) const = default;
};

// FNV-1a (64 bits) over the table's entries: identifies the group (with its
// element numbering) a state belongs to.
std::uint64_t cayley_table_hash(const std::vector<std::uint32_t>& cayley_table);

}  // namespace irrepkit
