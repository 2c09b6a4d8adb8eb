// Plain-vector wrappers around the network kernel.
#include "train/network_loss.hpp"

#include <string>

#include "lib/error.hpp"
#include "train/detail/network_kernel.hpp"

namespace irrepkit {

namespace {

void check_fit(const NetworkWeights& weights, const CompositionPairs& pairs, const TrainingConfig& config) {
  std::size_t count = weights.neurons * weights.group_order;
  if (weights.neurons == 0 || weights.group_order == 0 || weights.theta1.size() != count ||
      weights.xi.size() != count || (!weights.shared && weights.theta2.size() != count) ||
      weights.neuron_scale.size() != weights.neurons) {
    throw_bad_input("network weights: inconsistent sizes");
  }
  if (weights.shared != config.shared) throw_bad_input("network weights: shared flag differs from config");
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    if (pairs.first[p] >= weights.group_order || pairs.second[p] >= weights.group_order ||
        pairs.target[p] >= weights.group_order) {
      throw_bad_input("composition pairs: element out of range at pair " + std::to_string(p));
    }
  }
}

}  // namespace

LossAndGradient compute_loss_and_gradient(const NetworkWeights& weights, const CompositionPairs& pairs,
                                          const TrainingConfig& config) {
  check_fit(weights, pairs, config);
  auto m = static_cast<Eigen::Index>(weights.neurons);
  auto n = static_cast<Eigen::Index>(weights.group_order);
  detail::ConstMatrixMap theta1(weights.theta1.data(), m, n);
  detail::ConstMatrixMap theta2(weights.shared ? weights.theta1.data() : weights.theta2.data(), m, n);
  detail::ConstMatrixMap xi(weights.xi.data(), m, n);
  Eigen::VectorXd scale = Eigen::Map<const Eigen::VectorXd>(weights.neuron_scale.data(), m);
  detail::NetworkKernel kernel(pairs, weights.neurons, weights.group_order, config);
  detail::KernelGradients gradients;
  LossAndGradient result;
  result.loss = kernel.evaluate(theta1, theta2, xi, scale, &gradients, true);
  result.accuracy = pairs.size() == 0 ? 0.0
                                      : static_cast<double>(kernel.correct_count()) /
                                            static_cast<double>(pairs.size());
  NetworkWeights& out = result.gradient;
  out.neurons = weights.neurons;
  out.group_order = weights.group_order;
  out.shared = weights.shared;
  out.theta1.assign(gradients.theta1.data(), gradients.theta1.data() + gradients.theta1.size());
  if (!weights.shared) {
    out.theta2.assign(gradients.theta2.data(), gradients.theta2.data() + gradients.theta2.size());
  }
  out.xi.assign(gradients.xi.data(), gradients.xi.data() + gradients.xi.size());
  out.neuron_scale.assign(gradients.scale.data(), gradients.scale.data() + gradients.scale.size());
  return result;
}

double composition_accuracy(const NetworkWeights& weights, const CompositionPairs& pairs,
                            const TrainingConfig& config) {
  if (pairs.size() == 0) return 0.0;
  check_fit(weights, pairs, config);
  auto m = static_cast<Eigen::Index>(weights.neurons);
  auto n = static_cast<Eigen::Index>(weights.group_order);
  detail::ConstMatrixMap theta1(weights.theta1.data(), m, n);
  detail::ConstMatrixMap theta2(weights.shared ? weights.theta1.data() : weights.theta2.data(), m, n);
  detail::ConstMatrixMap xi(weights.xi.data(), m, n);
  Eigen::VectorXd scale = Eigen::Map<const Eigen::VectorXd>(weights.neuron_scale.data(), m);
  detail::NetworkKernel kernel(pairs, weights.neurons, weights.group_order, config);
  kernel.evaluate(theta1, theta2, xi, scale, nullptr);
  return static_cast<double>(kernel.correct_count()) / static_cast<double>(pairs.size());
}

}  // namespace irrepkit
