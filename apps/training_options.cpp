// Options of the training commands (see training_options.hpp).
#include "apps/training_options.hpp"

#include <algorithm>
#include <functional>
#include <utility>

#include "lib/error.hpp"

namespace irrepkit::cli {

namespace {

// Each training option by its first name, and how to copy its value from one
// TrainingOptions to another (for --resume, which overlays the options given
// on the saved settings).
using OptionCopy = std::function<void(TrainingOptions&, const TrainingOptions&)>;

template <typename Field>
OptionCopy copy_of(Field TrainingOptions::*field) {
  return [field](TrainingOptions& to, const TrainingOptions& from) { to.*field = from.*field; };
}

const std::vector<std::pair<std::string, OptionCopy>>& training_option_table() {
  static const std::vector<std::pair<std::string, OptionCopy>> table = {
      {"--width", copy_of(&TrainingOptions::neurons)},
      {"--neurons", copy_of(&TrainingOptions::neurons)},
      {"--epochs", copy_of(&TrainingOptions::epochs)},
      {"--lr", copy_of(&TrainingOptions::learning_rate)},
      {"--optimizer", copy_of(&TrainingOptions::optimizer)},
      {"--projected", copy_of(&TrainingOptions::projected)},
      {"--activation", copy_of(&TrainingOptions::activation)},
      {"--loss", copy_of(&TrainingOptions::loss)},
      {"--reduction", copy_of(&TrainingOptions::reduction)},
      {"--embedding", copy_of(&TrainingOptions::embedding)},
      {"--shared", copy_of(&TrainingOptions::shared)},
      {"--train-fraction", copy_of(&TrainingOptions::train_fraction)},
      {"--input-scale", copy_of(&TrainingOptions::input_scale)},
      {"--output-scale", copy_of(&TrainingOptions::output_scale)},
      {"--weight-decay", copy_of(&TrainingOptions::weight_decay)},
      {"--seed", copy_of(&TrainingOptions::seed)},
      {"--stage2", copy_of(&TrainingOptions::stage2)},
      {"--stage2-epochs", copy_of(&TrainingOptions::stage2_epochs)},
      {"--stage2-lr", copy_of(&TrainingOptions::stage2_learning_rate)},
      {"--precision", copy_of(&TrainingOptions::precision)},
      {"--log-every", copy_of(&TrainingOptions::record_every)},
      {"--record-every", copy_of(&TrainingOptions::record_every)},
  };
  return table;
}

// The options that reproduce `config` through training_config_from.
TrainingOptions training_options_for(const TrainingConfig& config) {
  TrainingOptions options;
  options.neurons = static_cast<long long>(config.neurons);
  options.epochs = static_cast<long long>(config.epochs);
  options.learning_rate = config.learning_rate;
  options.optimizer = to_string(config.optimizer);
  options.projected = config.projected;
  options.activation = to_string(config.activation);
  options.loss = to_string(config.loss);
  options.reduction = config.reduction == LossReduction::mean ? "mean" : "sum";
  options.shared = config.shared;
  options.train_fraction = config.train_fraction;
  options.input_scale = config.input_scale;
  options.output_scale = config.output_scale;
  options.weight_decay = config.weight_decay;
  options.seed = static_cast<long long>(config.seed);
  options.stage2 = to_string(config.stage2_scale);
  options.stage2_epochs = static_cast<long long>(config.stage2_epochs);
  options.stage2_learning_rate = config.stage2_learning_rate;
  options.record_every = static_cast<long long>(config.record_every);
  options.precision = to_string(config.precision);
  return options;
}

}  // namespace

void add_training_options(CLI::App* command, const std::shared_ptr<TrainingOptions>& options,
                          const std::string& positional_name, const std::string& positional_help) {
  command->add_option(positional_name, options->group, positional_help);
  // Aliases as separate options on one variable, so a message names the spelling used.
  command->add_option("--width", options->neurons, "hidden neurons M (default 256)");
  command->add_option("--neurons", options->neurons, "same as --width");
  command->add_option("--epochs", options->epochs, "full-batch steps of stage 1 (default 1000)");
  command->add_option("--lr", options->learning_rate, "learning rate (default 0.01)");
  command->add_option("--optimizer", options->optimizer, "sgd | adam | adamw (default adam)");
  command->add_flag("--projected,!--unconstrained", options->projected,
                    "spherical training (default) or unconstrained weights");
  command->add_option("--activation", options->activation, "quad | relu | abs | gelu (default quad, quadratic)");
  command->add_option("--loss", options->loss, "ce | mse (default ce)");
  command->add_option("--reduction", options->reduction, "sum | mean over pairs (default sum)");
  command->add_option("--embedding", options->embedding,
                      "unshared (default: theta1, theta2 per neuron) | shared (one theta fed e_g1 + e_g2)");
  command->add_flag("--shared", options->shared, "same as --embedding shared");
  command->add_option("--train-fraction", options->train_fraction,
                      "fraction of the |G|^2 pairs trained on; the rest are held out (default 1)");
  command->add_option("--input-scale", options->input_scale, "s_in (default 0.5)");
  command->add_option("--output-scale", options->output_scale, "s_out (default 0.5)");
  command->add_option("--weight-decay", options->weight_decay, "weight decay, unconstrained training only");
  command->add_option("--seed", options->seed, "random seed (default 0); equal seeds give identical runs");
  command->add_option("--stage2", options->stage2, "none | tied | neuron: train scales with directions frozen");
  command->add_option("--stage2-epochs", options->stage2_epochs, "steps of stage 2");
  command->add_option("--stage2-lr", options->stage2_learning_rate, "learning rate of stage 2 (default 0.01)");
  command->add_option("--precision", options->precision,
                      "float32 | float64: arithmetic of training (default float32)");
  command->add_option("--log-every", options->record_every,
                      "record loss and accuracy, and analyse the weights, every K steps (default epochs/200)");
  command->add_option("--record-every", options->record_every, "same as --log-every");
  command->add_option("--out", options->out_directory, "write the run directory here (see below)");
  command->add_option("--stop-after", options->stop_after,
                      "stop after this many steps in all and save a checkpoint into --out, as Ctrl-C does");
  command->add_flag("--json", options->json, "print the result as JSON");
  command->add_flag("--quiet", options->quiet, "no progress bar");
}

TrainingConfig training_config_from(const TrainingOptions& options) {
  if (options.neurons <= 0) {
    throw_bad_input("--width (--neurons) must be positive, got " + std::to_string(options.neurons));
  }
  if (options.epochs <= 0) throw_bad_input("--epochs must be positive, got " + std::to_string(options.epochs));
  if (options.seed < 0) throw_bad_input("--seed must be nonnegative");
  if (options.stage2_epochs < 0) throw_bad_input("--stage2-epochs must be nonnegative");
  if (options.record_every < 0) throw_bad_input("--log-every must be nonnegative");
  if (options.stop_after < 0) throw_bad_input("--stop-after must be nonnegative");
  if (options.reduction != "sum" && options.reduction != "mean") {
    throw_bad_input("unknown --reduction '" + options.reduction + "' (sum|mean)");
  }
  bool shared = options.shared;
  if (!options.embedding.empty()) {
    if (options.embedding != "shared" && options.embedding != "unshared") {
      throw_bad_input("unknown --embedding '" + options.embedding + "' (unshared|shared)");
    }
    if (options.shared && options.embedding == "unshared") {
      throw_bad_input("--shared contradicts --embedding unshared");
    }
    shared = options.embedding == "shared";
  }
  TrainingConfig config;
  config.neurons = static_cast<std::size_t>(options.neurons);
  config.epochs = static_cast<std::size_t>(options.epochs);
  config.learning_rate = options.learning_rate;
  config.optimizer = parse_optimizer(options.optimizer);
  config.projected = options.projected;
  config.activation = parse_activation(options.activation == "quad" ? std::string("quadratic") : options.activation);
  config.loss = parse_loss(options.loss);
  config.reduction = options.reduction == "mean" ? LossReduction::mean : LossReduction::sum;
  config.shared = shared;
  config.train_fraction = options.train_fraction;
  config.input_scale = options.input_scale;
  config.output_scale = options.output_scale;
  config.weight_decay = options.weight_decay;
  config.seed = static_cast<std::uint64_t>(options.seed);
  config.stage2_scale = parse_scale_mode(options.stage2);
  config.stage2_epochs = static_cast<std::size_t>(options.stage2_epochs);
  config.stage2_learning_rate = options.stage2_learning_rate;
  config.record_every = options.record_every > 0 ? static_cast<std::size_t>(options.record_every)
                                                 : std::max<std::size_t>(1, config.epochs / 200);
  config.precision = parse_precision(options.precision);
  validate_training_config(config);
  return config;
}

std::vector<std::string> given_training_options(const CLI::App& command) {
  std::vector<std::string> given;
  for (const auto& [name, copy] : training_option_table()) {
    const CLI::Option* option = command.get_option_no_throw(name);
    if (option && option->count() > 0) given.push_back(name);
  }
  return given;
}

TrainingConfig resumed_training_config(const CLI::App& command, const TrainingOptions& given,
                                       const TrainingConfig& saved) {
  TrainingOptions merged = training_options_for(saved);
  for (const auto& [name, copy] : training_option_table()) {
    const CLI::Option* option = command.get_option_no_throw(name);
    if (!option || option->count() == 0) continue;
    TrainingOptions one = merged;
    if (name == "--embedding") one.shared = false;  // the saved setting is in `shared`; --embedding replaces it
    copy(one, given);
    TrainingConfig config = training_config_from(one);
    config.beta1 = saved.beta1;
    config.beta2 = saved.beta2;
    config.epsilon = saved.epsilon;
    if (!(config == saved)) {
      throw_bad_input("--resume: " + name + " differs from the saved run's setting (a resumed run continues "
                      "the saved settings; leave " + name + " out)");
    }
  }
  return saved;
}

}  // namespace irrepkit::cli
