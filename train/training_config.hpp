// Settings of the two-layer network on group composition and of its training.
//
// Model (He, Wang, Zhang, Chen, Yang 2026): inputs g1, g2 one-hot; neuron m has
// input weights theta1_m, theta2_m in R^|G| (or one shared theta_m fed
// e_g1 + e_g2) and output weights xi_m in R^|G|; the logits are
//   f(g1,g2) = output_scale * (1/M) * sum_m c_m xi_m sigma(input_scale*(theta1_m[g1]+theta2_m[g2]))
// with c_m = 1 except in stage 2 (trained scales, directions frozen).
// Loss: cross-entropy against g1*g2 or 1/2 ||f - e_{g1*g2}||^2, summed over the
// training pairs (or averaged). Projected training keeps each neuron's
// [theta1_m; theta2_m] (theta_m when shared) and xi_m on the unit sphere.
// Precision: the arithmetic of training (float32 by default, as PyTorch);
// weights are handed out as doubles either way (a float converts exactly).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace irrepkit {

enum class Activation { quadratic, relu, absolute, gelu };
enum class LossKind { cross_entropy, squared_error };
enum class LossReduction { sum, mean };
enum class OptimizerKind { sgd, adam, adamw };
enum class ScaleMode { none, tied, per_neuron };
enum class Precision { float32, float64 };

struct TrainingConfig {
  std::size_t neurons = 256;
  std::size_t epochs = 1000;  // full-batch steps of stage 1
  double learning_rate = 0.01;
  OptimizerKind optimizer = OptimizerKind::adam;
  bool projected = true;  // spherical (projected) training; false: unconstrained
  Activation activation = Activation::quadratic;
  LossKind loss = LossKind::cross_entropy;
  LossReduction reduction = LossReduction::sum;
  bool shared = false;  // one theta_m fed e_g1 + e_g2
  double input_scale = 0.5;
  double output_scale = 0.5;
  double weight_decay = 0.0;  // L2 for sgd/adam, decoupled for adamw; unconstrained only
  double beta1 = 0.9;
  double beta2 = 0.999;
  double epsilon = 1e-8;
  double train_fraction = 1.0;  // fraction of the |G|^2 pairs trained on; rest held out
  std::uint64_t seed = 0;
  // Stage 2: directions frozen, only the scales c_m (one tied scalar or one per neuron) trained.
  ScaleMode stage2_scale = ScaleMode::none;
  std::size_t stage2_epochs = 0;
  double stage2_learning_rate = 0.01;
  // Observer calls every this many steps (0: only at the start and the end).
  std::size_t record_every = 0;
  Precision precision = Precision::float32;
  bool operator==(const TrainingConfig&) const = default;
};

// Throws bad_input naming the first setting out of range.
void validate_training_config(const TrainingConfig& config);

std::string to_string(Activation activation);
std::string to_string(LossKind loss);
std::string to_string(OptimizerKind optimizer);
std::string to_string(ScaleMode mode);
std::string to_string(Precision precision);
// Parse the CLI spellings (quadratic|relu|abs|gelu, ce|mse, sgd|adam|adamw,
// none|tied|neuron, float32|float64); throw bad_input on anything else.
Activation parse_activation(const std::string& text);
LossKind parse_loss(const std::string& text);
OptimizerKind parse_optimizer(const std::string& text);
ScaleMode parse_scale_mode(const std::string& text);
Precision parse_precision(const std::string& text);

}  // namespace irrepkit
