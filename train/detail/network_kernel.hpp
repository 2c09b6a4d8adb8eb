// Internal (train/ only): the vectorised forward and backward pass of the
// two-layer composition network, with Eigen, in float or double.
//
// Weights are M x n column-major matrices (column g = all neurons at element
// g), i.e. exactly the element-major vectors of NetworkWeights. The inputs are
// one-hot, so the first layer is a gather, not a matrix product. The pairs are
// processed in blocks of B (a fixed number depending only on M and the scalar
// type, so results are bit-reproducible), small enough that a block's M x B
// matrices stay in the L2 cache. Per block:
//   U = input_scale * (Theta1[:, a_p] + Theta2[:, b_p])     (M x B, gather)
//   A = sigma(U)                                            (fused with the gather)
//   Z = W^T A,  W = (output_scale / M) diag(c) Xi           (n x B logits, GEMM)
//   dZ = softmax(Z) - e_target (cross-entropy) in place, or Z - e_target (mse)
//   G += A dZ^T                                             (M x n, GEMM)
//   dA = W dZ;  dU = dA .* sigma'(U) * input_scale          (GEMM, then in place)
//   dTheta1[:, a_p] += dU[:, p], dTheta2[:, b_p] += dU[:, p] (scatter)
// and at the end dXi = (output_scale / M) diag(c) G, dc_m = (s/M) sum_g G(m,g) Xi(m,g).
// The loss is accumulated in double whatever the scalar type. Single-threaded
// and in a fixed order, so results are bit-reproducible on one build.
#pragma once

#include <Eigen/Dense>
#include <cstddef>

#include "train/composition_dataset.hpp"
#include "train/training_config.hpp"

namespace irrepkit::detail {

template <typename Scalar>
using KernelMatrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
template <typename Scalar>
using KernelVector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

using ConstMatrixMap = Eigen::Map<const Eigen::MatrixXd>;
using MatrixMap = Eigen::Map<Eigen::MatrixXd>;

template <typename Scalar>
struct BasicKernelGradients {
  KernelMatrix<Scalar> theta1;  // M x n
  KernelMatrix<Scalar> theta2;  // M x n (unused when shared)
  KernelMatrix<Scalar> xi;      // M x n
  KernelVector<Scalar> scale;   // M
};

template <typename Scalar>
class BasicNetworkKernel {
 public:
  using Matrix = KernelMatrix<Scalar>;
  using Vector = KernelVector<Scalar>;
  using MatrixView = Eigen::Ref<const Matrix>;

  BasicNetworkKernel(const CompositionPairs& pairs, std::size_t neurons, std::size_t group_order,
                     const TrainingConfig& config);

  // Loss over the pairs (reduction as configured). With `gradients` non-null,
  // also fills the gradients (scale gradient only when want_scale_gradient).
  // With want_accuracy, counts the pairs classified correctly (correct_count()).
  double evaluate(const MatrixView& theta1, const MatrixView& theta2, const MatrixView& xi,
                  const Vector& scale, BasicKernelGradients<Scalar>* gradients,
                  bool want_scale_gradient = false, bool want_accuracy = true);

  // Number of pairs whose largest logit is the target, for the last evaluate()
  // that asked for it.
  std::size_t correct_count() const;

  // Pairs per block for M neurons (a function of M and the scalar type only).
  static Eigen::Index block_size(std::size_t neurons);

 private:
  double loss_and_output_gradient(Eigen::Index start, Eigen::Index count, bool want_accuracy);

  const CompositionPairs& _pairs;
  std::size_t _neurons;
  std::size_t _order;
  TrainingConfig _config;
  bool _shared;
  Eigen::Index _block;
  Matrix _pre_activation;   // U of a block, M x B
  Matrix _activation;       // A of a block, then dA and dU, M x B
  Matrix _logits;           // Z of a block, then dZ, n x B
  Matrix _scaled_xi;        // W = (s/M) diag(c) Xi, M x n
  Matrix _output_product;   // G = sum over blocks of A dZ^T, M x n
  std::size_t _correct = 0;
};

extern template class BasicNetworkKernel<float>;
extern template class BasicNetworkKernel<double>;

using NetworkKernel = BasicNetworkKernel<double>;
using KernelGradients = BasicKernelGradients<double>;

}  // namespace irrepkit::detail
