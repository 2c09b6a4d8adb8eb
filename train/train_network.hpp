// Training the two-layer composition network on a group's Cayley table.
//
// Stage 1: `epochs` full-batch steps on theta1, theta2 (or shared theta) and xi
// with the chosen optimizer, projected onto the unit spheres when
// config.projected (tangent-space gradient, step, renormalise). Stage 2
// (optional): directions frozen, the scales c_m trained with Adam.
// Deterministic: equal inputs give bit-identical weights.
//
// Interruption: when control.stop_requested becomes true, the run finishes the
// step under way and returns with `interrupted` set and `state` holding
// everything needed to continue; passing that state as control.resume_from
// continues the run, and an interrupted-then-resumed run ends bit-identical to
// an uninterrupted one (same history, weights and optimizer moments).
#pragma once

#include <cstddef>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "train/network_weights.hpp"
#include "train/training_config.hpp"
#include "train/training_state.hpp"

namespace irrepkit {

// What an observer sees at each record.
struct TrainingSnapshot {
  const TrainingRecord& record;
  const NetworkWeights& weights;
};
using TrainingObserver = std::function<void(const TrainingSnapshot&)>;

struct TrainingResult {
  NetworkWeights weights;
  std::vector<TrainingRecord> history;  // step 0, every record_every steps, and the end
  TrainingRecord final_record;
  std::size_t train_pairs = 0;
  std::size_t test_pairs = 0;
  double seconds = 0.0;      // wall time of the training loop
  double cpu_seconds = 0.0;  // processor time of the process during the loop (std::clock)
  std::size_t steps = 0; // optimizer steps taken (both stages)
  // Set when stopped by control.stop_requested before the last step; `state`
  // then holds what resuming needs (history, weights above are the partial ones).
  // `state` is also filled for a finished run when control.keep_final_state.
  bool interrupted = false;
  std::optional<TrainingState> state;
};

struct TrainingControl {
  // Checked after every step; the flag may be set from a signal handler.
  const std::atomic<bool>* stop_requested = nullptr;
  // Continue this state instead of starting afresh: its config must equal the
  // config passed and its table hash the table's (bad_input otherwise).
  const TrainingState* resume_from = nullptr;
  // Called after every step with the steps done and the total (both stages).
  std::function<void(std::size_t done, std::size_t total)> progress;
  // Fill TrainingResult::state for a finished run too (the checkpoint of a
  // finished run: `irrepkit train --out` saves it, `validate DIR` reads it).
  bool keep_final_state = false;
};

// Validates config (bad_input) and the table (bad_input). Throws unable if the
// loss becomes non-finite (diverged; lower the learning rate).
TrainingResult train_composition_network(const std::vector<std::uint32_t>& cayley_table,
                                         const TrainingConfig& config,
                                         const TrainingObserver& observer = {},
                                         const TrainingControl& control = {});

}  // namespace irrepkit
