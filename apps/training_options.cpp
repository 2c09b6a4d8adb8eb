// Options of the training commands (see training_options.hpp).
#include "apps/training_options.hpp"

#include "lib/error.hpp"

namespace irrepkit::cli {

void add_training_options(CLI::App* command, const std::shared_ptr<TrainingOptions>& options) {
  command->add_option("GROUP", options->group, "the group: C59, D(59), S4, Group((1,2,3),(1,2)), @file.g, ...")
      ->required();
  command->add_option("--neurons", options->neurons, "hidden neurons M (default 256)");
  command->add_option("--epochs", options->epochs, "full-batch steps of stage 1 (default 1000)");
  command->add_option("--lr", options->learning_rate, "learning rate (default 0.01)");
  command->add_option("--optimizer", options->optimizer, "sgd | adam | adamw (default adam)");
  command->add_flag("--projected,!--unconstrained", options->projected,
                    "spherical training (default) or unconstrained weights");
  command->add_option("--activation", options->activation, "quadratic | relu | abs | gelu (default quadratic)");
  command->add_option("--loss", options->loss, "ce | mse (default ce)");
  command->add_option("--reduction", options->reduction, "sum | mean over pairs (default sum)");
  command->add_flag("--shared", options->shared, "one input weight vector per neuron, fed e_g1 + e_g2");
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
  command->add_option("--record-every", options->record_every, "record (and analyse) every K steps");
  command->add_option("--out", options->out_directory, "write results into this directory");
  command->add_flag("--json", options->json, "print the result as JSON");
}

TrainingConfig training_config_from(const TrainingOptions& options) {
  if (options.neurons <= 0) throw_bad_input("--neurons must be positive, got " + std::to_string(options.neurons));
  if (options.epochs <= 0) throw_bad_input("--epochs must be positive, got " + std::to_string(options.epochs));
  if (options.seed < 0) throw_bad_input("--seed must be nonnegative");
  if (options.stage2_epochs < 0) throw_bad_input("--stage2-epochs must be nonnegative");
  if (options.record_every < 0) throw_bad_input("--record-every must be nonnegative");
  if (options.reduction != "sum" && options.reduction != "mean") {
    throw_bad_input("unknown --reduction '" + options.reduction + "' (sum|mean)");
  }
  TrainingConfig config;
  config.neurons = static_cast<std::size_t>(options.neurons);
  config.epochs = static_cast<std::size_t>(options.epochs);
  config.learning_rate = options.learning_rate;
  config.optimizer = parse_optimizer(options.optimizer);
  config.projected = options.projected;
  config.activation = parse_activation(options.activation);
  config.loss = parse_loss(options.loss);
  config.reduction = options.reduction == "mean" ? LossReduction::mean : LossReduction::sum;
  config.shared = options.shared;
  config.train_fraction = options.train_fraction;
  config.input_scale = options.input_scale;
  config.output_scale = options.output_scale;
  config.weight_decay = options.weight_decay;
  config.seed = static_cast<std::uint64_t>(options.seed);
  config.stage2_scale = parse_scale_mode(options.stage2);
  config.stage2_epochs = static_cast<std::size_t>(options.stage2_epochs);
  config.stage2_learning_rate = options.stage2_learning_rate;
  config.record_every = static_cast<std::size_t>(options.record_every);
  config.precision = parse_precision(options.precision);
  validate_training_config(config);
  return config;
}

}  // namespace irrepkit::cli
