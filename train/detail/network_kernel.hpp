// Internal (train/ only): the vectorised forward and backward pass of the
// two-layer composition network, with Eigen.
//
// Weights are M x n column-major matrices (column g = all neurons at element
// g), i.e. exactly the element-major vectors of NetworkWeights mapped without
// copying. For a batch of P pairs the pass builds
//   U = input_scale * (Theta1[:, a_p] + Theta2[:, b_p])   (M x P, a gather)
//   A = sigma(U),   Z = (output_scale / M) * (diag(c) Xi)^T A   (n x P logits)
// and back-propagates by hand: dXi = diag(c) (s/M) A dZ^T, dA = (s/M) diag(c) Xi dZ,
// dU = dA .* sigma'(U) * input_scale, scattered back to the gathered columns.
// Single-threaded and in a fixed order, so results are bit-reproducible.
#pragma once

#include <Eigen/Dense>
#include <cstddef>

#include "train/composition_dataset.hpp"
#include "train/training_config.hpp"

namespace irrepkit::detail {

using ConstMatrixMap = Eigen::Map<const Eigen::MatrixXd>;
using MatrixMap = Eigen::Map<Eigen::MatrixXd>;
using MatrixView = Eigen::Ref<const Eigen::MatrixXd>;

struct KernelGradients {
  Eigen::MatrixXd theta1;  // M x n
  Eigen::MatrixXd theta2;  // M x n (unused when shared)
  Eigen::MatrixXd xi;      // M x n
  Eigen::VectorXd scale;   // M
};

class NetworkKernel {
 public:
  NetworkKernel(const CompositionPairs& pairs, std::size_t neurons, std::size_t group_order,
                const TrainingConfig& config);

  // Loss over the pairs (reduction as configured). With `gradients` non-null,
  // also fills the gradients (scale gradient only when want_scale_gradient).
  double evaluate(const MatrixView& theta1, const MatrixView& theta2, const MatrixView& xi,
                  const Eigen::VectorXd& scale, KernelGradients* gradients,
                  bool want_scale_gradient = false);

  // Number of pairs whose largest logit is the target, for the last evaluate().
  std::size_t correct_count() const;

 private:
  const CompositionPairs& _pairs;
  std::size_t _neurons;
  std::size_t _order;
  TrainingConfig _config;
  bool _shared;
  Eigen::MatrixXd _pre_activation;  // U, M x P
  Eigen::MatrixXd _activation;      // A, M x P
  Eigen::MatrixXd _logits;          // Z, n x P; then dZ
  Eigen::MatrixXd _scaled_xi;       // diag(c) Xi
  Eigen::MatrixXd _output_gradient; // A dZ^T
  std::size_t _correct = 0;
};

}  // namespace irrepkit::detail
