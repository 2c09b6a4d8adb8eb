// The weights of the two-layer composition network, in plain vectors.
//
// Layout: element-major. The value of neuron m at group element g is stored at
// [g * neurons + m] (so one group element's column over all neurons is
// contiguous, which is what the forward pass gathers). theta2 is empty when
// the input weights are shared. neuron_scale holds the stage-2 scales c_m
// (all 1 unless stage 2 trained them).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace irrepkit {

struct NetworkWeights {
  std::size_t neurons = 0;
  std::size_t group_order = 0;
  bool shared = false;
  std::vector<double> theta1;  // theta_m when shared
  std::vector<double> theta2;  // empty when shared
  std::vector<double> xi;
  std::vector<double> neuron_scale;
  bool operator==(const NetworkWeights&) const = default;

  double theta1_at(std::size_t neuron, std::size_t element) const {
    return theta1[element * neurons + neuron];
  }
  double theta2_at(std::size_t neuron, std::size_t element) const {
    return shared ? theta1[element * neurons + neuron] : theta2[element * neurons + neuron];
  }
  double xi_at(std::size_t neuron, std::size_t element) const {
    return xi[element * neurons + neuron];
  }
  // One neuron's vectors over the group, length group_order.
  std::vector<double> theta1_of(std::size_t neuron) const;
  std::vector<double> theta2_of(std::size_t neuron) const;
  std::vector<double> xi_of(std::size_t neuron) const;
};

// Gaussian initialisation (a deterministic generator seeded by `seed`), then
// each neuron's [theta1_m; theta2_m] (theta_m when shared) and xi_m scaled to
// unit norm. Bit-identical for equal arguments on every platform.
NetworkWeights initial_network_weights(std::size_t neurons, std::size_t group_order, bool shared,
                                       std::uint64_t seed);

}  // namespace irrepkit
