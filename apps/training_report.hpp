// JSON and text forms of training and validation results, for `irrepkit
// train`, `validate` and `demo` (the run directory's files are assembled from
// these in apps/run_directory.hpp).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "train/train_network.hpp"
#include "train/validation_run.hpp"

namespace irrepkit::cli {

// Every setting (as in config.json and checkpoints).
nlohmann::json config_json(const TrainingConfig& config);
nlohmann::json record_json(const TrainingRecord& record);
// Config, pairs, steps, time, final record, history (no weights).
nlohmann::json training_json(const TrainingConfig& config, const TrainingResult& result);
// theta1, theta2 (unless shared), xi as neuron-major nested arrays, and the scales.
nlohmann::json weights_json(const NetworkWeights& weights);
nlohmann::json summary_json(const SpectralSummary& summary);
// One object per claim: claim, measured (the statistic or null), threshold,
// holds (true pass, false fail, null n/a), status, conditions_met, description,
// statistic (its name) and value (= measured, the older key).
nlohmann::json claims_json(const std::vector<ClaimResult>& claims);
// [{id, description, met, detail}]
nlohmann::json conditions_json(const std::vector<TheoremCondition>& conditions);
// The neuron Gram summary; the class table keyed by `labels` (one per class).
nlohmann::json gram_json(const NeuronGramSummary& gram, const std::vector<std::string>& labels);
nlohmann::json validation_json(const TrainingConfig& config, const ValidationReport& report);

// One line: loss, accuracies, steps, time and steps per second.
std::string training_line(const TrainingResult& result);
// The claims table as aligned text.
std::string claims_text(const std::vector<ClaimResult>& claims);
// One line: "theorem conditions: all met" or the unmet ones with what the run did.
std::string conditions_line(const std::vector<TheoremCondition>& conditions);
// history.csv: step,stage,loss,train_accuracy,test_accuracy
std::string history_csv(const TrainingResult& result);
// trajectory.csv of a validation run.
std::string trajectory_csv(const ValidationReport& report);

}  // namespace irrepkit::cli
