// The options shared by `irrepkit train` and `irrepkit validate`: model,
// optimizer and run settings, parsed by CLI11 into a TrainingConfig.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "train/training_config.hpp"

namespace irrepkit::cli {

struct TrainingOptions {
  std::string group;
  long long neurons = 256;
  long long epochs = 1000;
  double learning_rate = 0.01;
  std::string optimizer = "adam";
  bool projected = true;
  std::string activation = "quadratic";
  std::string loss = "ce";
  std::string reduction = "sum";
  bool shared = false;
  double train_fraction = 1.0;
  double input_scale = 0.5;
  double output_scale = 0.5;
  double weight_decay = 0.0;
  long long seed = 0;
  std::string stage2 = "none";
  long long stage2_epochs = 0;
  double stage2_learning_rate = 0.01;
  long long record_every = 0;
  std::string precision = "float32";
  std::string out_directory;
  std::string table_out;  // train only: write the Cayley table as JSON
  bool json = false;
};

// Adds GROUP and the options to `command`.
void add_training_options(CLI::App* command, const std::shared_ptr<TrainingOptions>& options);

// Checks the options (bad_input naming the first one out of range) and builds the config.
TrainingConfig training_config_from(const TrainingOptions& options);

}  // namespace irrepkit::cli
