// Loss, gradient and accuracy of the composition network on a set of pairs,
// in plain vectors (the trainer uses the same kernel without copies). Mainly
// for checks (finite differences) and for evaluating trained weights.
#pragma once

#include "train/composition_dataset.hpp"
#include "train/network_weights.hpp"
#include "train/training_config.hpp"

namespace irrepkit {

struct LossAndGradient {
  double loss = 0.0;
  // d loss / d weights in the layout of NetworkWeights; neuron_scale holds
  // d loss / d c_m.
  NetworkWeights gradient;
  double accuracy = 0.0;  // fraction of pairs whose largest logit is the product
};

// Uses config's activation, loss, reduction and the two scales. Throws
// bad_input if the weights and pairs do not fit together.
LossAndGradient compute_loss_and_gradient(const NetworkWeights& weights, const CompositionPairs& pairs,
                                          const TrainingConfig& config);

// Fraction of `pairs` classified correctly (0 for no pairs).
double composition_accuracy(const NetworkWeights& weights, const CompositionPairs& pairs,
                            const TrainingConfig& config);

}  // namespace irrepkit
