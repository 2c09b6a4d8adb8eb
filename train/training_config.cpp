// Validation and string forms of TrainingConfig.
#include "train/training_config.hpp"

#include <cmath>

#include "lib/error.hpp"

namespace irrepkit {

namespace {

void require_positive(double value, const char* name) {
  if (!(value > 0.0) || !std::isfinite(value)) {
    throw_bad_input(std::string("training: ") + name + " must be a positive number, got " +
                    std::to_string(value));
  }
}

}  // namespace

void validate_training_config(const TrainingConfig& config) {
  if (config.neurons == 0) throw_bad_input("training: neurons must be positive");
  if (config.epochs == 0) throw_bad_input("training: epochs must be positive");
  require_positive(config.learning_rate, "learning rate");
  require_positive(config.input_scale, "input scale");
  require_positive(config.output_scale, "output scale");
  require_positive(config.epsilon, "epsilon");
  if (!(config.weight_decay >= 0.0) || !std::isfinite(config.weight_decay)) {
    throw_bad_input("training: weight decay must be >= 0");
  }
  if (!(config.beta1 >= 0.0 && config.beta1 < 1.0) || !(config.beta2 >= 0.0 && config.beta2 < 1.0)) {
    throw_bad_input("training: Adam betas must lie in [0, 1)");
  }
  if (!(config.train_fraction > 0.0 && config.train_fraction <= 1.0)) {
    throw_bad_input("training: train fraction must lie in (0, 1], got " +
                    std::to_string(config.train_fraction));
  }
  if (config.stage2_scale != ScaleMode::none) {
    if (config.stage2_epochs == 0) throw_bad_input("training: stage 2 needs a positive epoch count");
    require_positive(config.stage2_learning_rate, "stage 2 learning rate");
  }
}

std::string to_string(Activation activation) {
  switch (activation) {
    case Activation::quadratic: return "quadratic";
    case Activation::relu: return "relu";
    case Activation::absolute: return "abs";
    case Activation::gelu: return "gelu";
  }
  return "?";
}

std::string to_string(LossKind loss) {
  return loss == LossKind::cross_entropy ? "ce" : "mse";
}

std::string to_string(OptimizerKind optimizer) {
  switch (optimizer) {
    case OptimizerKind::sgd: return "sgd";
    case OptimizerKind::adam: return "adam";
    case OptimizerKind::adamw: return "adamw";
  }
  return "?";
}

std::string to_string(ScaleMode mode) {
  switch (mode) {
    case ScaleMode::none: return "none";
    case ScaleMode::tied: return "tied";
    case ScaleMode::per_neuron: return "neuron";
  }
  return "?";
}

std::string to_string(Precision precision) {
  return precision == Precision::float32 ? "float32" : "float64";
}

Activation parse_activation(const std::string& text) {
  if (text == "quadratic") return Activation::quadratic;
  if (text == "relu") return Activation::relu;
  if (text == "abs") return Activation::absolute;
  if (text == "gelu") return Activation::gelu;
  throw_bad_input("unknown activation '" + text + "' (quadratic|relu|abs|gelu)");
}

LossKind parse_loss(const std::string& text) {
  if (text == "ce") return LossKind::cross_entropy;
  if (text == "mse") return LossKind::squared_error;
  throw_bad_input("unknown loss '" + text + "' (ce|mse)");
}

OptimizerKind parse_optimizer(const std::string& text) {
  if (text == "sgd") return OptimizerKind::sgd;
  if (text == "adam") return OptimizerKind::adam;
  if (text == "adamw") return OptimizerKind::adamw;
  throw_bad_input("unknown optimizer '" + text + "' (sgd|adam|adamw)");
}

ScaleMode parse_scale_mode(const std::string& text) {
  if (text == "none") return ScaleMode::none;
  if (text == "tied") return ScaleMode::tied;
  if (text == "neuron") return ScaleMode::per_neuron;
  throw_bad_input("unknown stage-2 scale '" + text + "' (none|tied|neuron)");
}

Precision parse_precision(const std::string& text) {
  if (text == "float32") return Precision::float32;
  if (text == "float64") return Precision::float64;
  throw_bad_input("unknown precision '" + text + "' (float32|float64)");
}

}  // namespace irrepkit
