// Training the two-layer composition network on a group's Cayley table.
//
// Stage 1: `epochs` full-batch steps on theta1, theta2 (or shared theta) and xi
// with the chosen optimizer, projected onto the unit spheres when
// config.projected (tangent-space gradient, step, renormalise). Stage 2
// (optional): directions frozen, the scales c_m trained with Adam.
// Deterministic: equal inputs give bit-identical weights.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
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
};

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
};

// Validates config (bad_input) and the table (bad_input). Throws unable if the
// loss becomes non-finite (diverged; lower the learning rate).
TrainingResult train_composition_network(const std::vector<std::uint32_t>& cayley_table,
                                         const TrainingConfig& config,
                                         const TrainingObserver& observer = {});

}  // namespace irrepkit
