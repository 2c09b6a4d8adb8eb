// The options shared by `irrepkit train`, `irrepkit validate GROUP` (and, for
// the run settings, `demo`): model, optimizer and run settings, parsed by
// CLI11 into a TrainingConfig. Aliases follow the spelling and the
// older one: --width/--neurons, --embedding shared/--shared, --activation
// quad/quadratic, --log-every/--record-every.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "train/training_config.hpp"

namespace irrepkit::cli {

struct TrainingOptions {
  std::string group;  // the positional argument (GROUP, or DIR for validate)
  long long neurons = 256;
  long long epochs = 1000;
  double learning_rate = 0.01;
  std::string optimizer = "adam";
  bool projected = true;
  std::string activation = "quadratic";
  std::string loss = "ce";
  std::string reduction = "sum";
  bool shared = false;        // --shared
  std::string embedding;      // --embedding unshared|shared (empty: not given)
  double train_fraction = 1.0;
  double input_scale = 0.5;
  double output_scale = 0.5;
  double weight_decay = 0.0;
  long long seed = 0;
  std::string stage2 = "none";
  long long stage2_epochs = 0;
  double stage2_learning_rate = 0.01;
  long long record_every = 0;  // --log-every; 0: max(1, epochs / 200)
  std::string precision = "float32";
  std::string out_directory;
  std::string resume_directory;  // train only: continue the run saved there
  long long stop_after = 0;      // stop after this many steps in all, as on Ctrl-C (0: never)
  std::string table_out;         // train only: write the Cayley table as JSON
  bool json = false;
  bool quiet = false;
};

// Adds the positional argument `positional_name` (not required: the command
// checks), the training options, --out, --stop-after, --json and --quiet.
void add_training_options(CLI::App* command, const std::shared_ptr<TrainingOptions>& options,
                          const std::string& positional_name, const std::string& positional_help);

// Checks the options (bad_input naming the first one out of range) and builds
// the config; record_every 0 becomes max(1, epochs / 200), the analysis interval.
TrainingConfig training_config_from(const TrainingOptions& options);

// The training options (of add_training_options, not --out/--json/...) given
// explicitly on `command`'s command line, by name.
std::vector<std::string> given_training_options(const CLI::App& command);

// With --resume: the saved run's settings, after checking that every training
// option given explicitly on `command` agrees with them (bad_input naming the
// first that does not: a resumed run continues the saved settings unchanged).
TrainingConfig resumed_training_config(const CLI::App& command, const TrainingOptions& given,
                                       const TrainingConfig& saved);

}  // namespace irrepkit::cli
