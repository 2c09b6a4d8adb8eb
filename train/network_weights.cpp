// Initialisation and per-neuron views of NetworkWeights.
#include "train/network_weights.hpp"

#include <cmath>

#include "train/seeded_random.hpp"

namespace irrepkit {

namespace {

std::vector<double> column_of(const std::vector<double>& values, std::size_t neurons,
                              std::size_t order, std::size_t neuron) {
  std::vector<double> out(order);
  for (std::size_t g = 0; g < order; ++g) out[g] = values[g * neurons + neuron];
  return out;
}

}  // namespace

std::vector<double> NetworkWeights::theta1_of(std::size_t neuron) const {
  return column_of(theta1, neurons, group_order, neuron);
}
std::vector<double> NetworkWeights::theta2_of(std::size_t neuron) const {
  return column_of(shared ? theta1 : theta2, neurons, group_order, neuron);
}
std::vector<double> NetworkWeights::xi_of(std::size_t neuron) const {
  return column_of(xi, neurons, group_order, neuron);
}

NetworkWeights initial_network_weights(std::size_t neurons, std::size_t group_order, bool shared,
                                       std::uint64_t seed) {
  NetworkWeights weights;
  weights.neurons = neurons;
  weights.group_order = group_order;
  weights.shared = shared;
  std::size_t count = neurons * group_order;
  weights.theta1.resize(count);
  if (!shared) weights.theta2.resize(count);
  weights.xi.resize(count);
  weights.neuron_scale.assign(neurons, 1.0);
  SeededRandom random(seed);
  // Draw neuron by neuron (theta1, theta2, xi) so the draws do not depend on layout.
  for (std::size_t m = 0; m < neurons; ++m) {
    for (std::size_t g = 0; g < group_order; ++g) weights.theta1[g * neurons + m] = random.normal();
    if (!shared) {
      for (std::size_t g = 0; g < group_order; ++g) weights.theta2[g * neurons + m] = random.normal();
    }
    for (std::size_t g = 0; g < group_order; ++g) weights.xi[g * neurons + m] = random.normal();
  }
  for (std::size_t m = 0; m < neurons; ++m) {
    double input_norm = 0.0, output_norm = 0.0;
    for (std::size_t g = 0; g < group_order; ++g) {
      double t1 = weights.theta1[g * neurons + m];
      input_norm += t1 * t1;
      if (!shared) {
        double t2 = weights.theta2[g * neurons + m];
        input_norm += t2 * t2;
      }
      double x = weights.xi[g * neurons + m];
      output_norm += x * x;
    }
    input_norm = std::sqrt(input_norm);
    output_norm = std::sqrt(output_norm);
    for (std::size_t g = 0; g < group_order; ++g) {
      weights.theta1[g * neurons + m] /= input_norm;
      if (!shared) weights.theta2[g * neurons + m] /= input_norm;
      weights.xi[g * neurons + m] /= output_norm;
    }
  }
  return weights;
}

}  // namespace irrepkit
