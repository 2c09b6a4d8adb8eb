// JSON and text forms of training and validation results, for
// `irrepkit train` and `irrepkit validate`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "train/train_network.hpp"
#include "train/validation_run.hpp"

namespace irrepkit::cli {

nlohmann::json config_json(const TrainingConfig& config);
nlohmann::json record_json(const TrainingRecord& record);
// Config, pairs, steps, time, final record, history (no weights).
nlohmann::json training_json(const TrainingConfig& config, const TrainingResult& result);
// theta1, theta2 (unless shared), xi as neuron-major nested arrays, and the scales.
nlohmann::json weights_json(const NetworkWeights& weights);
nlohmann::json summary_json(const SpectralSummary& summary);
nlohmann::json claims_json(const std::vector<ClaimResult>& claims);
nlohmann::json validation_json(const TrainingConfig& config, const ValidationReport& report);

// One line: loss, accuracies, steps, time and steps per second.
std::string training_line(const TrainingResult& result);
// The claims table as aligned text.
std::string claims_text(const std::vector<ClaimResult>& claims);
// history.csv: step,stage,loss,train_accuracy,test_accuracy
std::string history_csv(const TrainingResult& result);
// trajectory.csv of a validation run.
std::string trajectory_csv(const ValidationReport& report);

}  // namespace irrepkit::cli
