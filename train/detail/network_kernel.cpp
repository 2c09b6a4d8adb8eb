// Forward and backward pass of the composition network (see network_kernel.hpp).
#include "train/detail/network_kernel.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace irrepkit::detail {

namespace {

template <typename Scalar>
using BlockMap = Eigen::Map<KernelMatrix<Scalar>>;

template <typename Scalar>
Scalar gelu(Scalar x) {
  return Scalar(0.5) * x * (Scalar(1) + std::erf(x * Scalar(std::numbers::sqrt2 / 2.0)));
}

template <typename Scalar>
Scalar gelu_derivative(Scalar x) {
  const Scalar inverse_sqrt_2pi = Scalar(1.0 / std::sqrt(2.0 * std::numbers::pi));
  Scalar cdf = Scalar(0.5) * (Scalar(1) + std::erf(x * Scalar(std::numbers::sqrt2 / 2.0)));
  Scalar pdf = inverse_sqrt_2pi * std::exp(Scalar(-0.5) * x * x);
  return cdf + x * pdf;
}

// values <- sigma(u) on `count` entries.
template <typename Scalar>
void apply_activation(Activation activation, const Scalar* u, Scalar* values, Eigen::Index count) {
  Eigen::Map<const Eigen::Array<Scalar, Eigen::Dynamic, 1>> in(u, count);
  Eigen::Map<Eigen::Array<Scalar, Eigen::Dynamic, 1>> out(values, count);
  switch (activation) {
    case Activation::quadratic: out = in.square(); break;
    case Activation::relu: out = in.max(Scalar(0)); break;
    case Activation::absolute: out = in.abs(); break;
    case Activation::gelu:
      for (Eigen::Index i = 0; i < count; ++i) values[i] = gelu(u[i]);
      break;
  }
}

// gradient <- gradient .* sigma'(u) * input_scale on `count` entries.
template <typename Scalar>
void multiply_by_derivative(Activation activation, const Scalar* u, Scalar input_scale, Scalar* gradient,
                            Eigen::Index count) {
  Eigen::Map<const Eigen::Array<Scalar, Eigen::Dynamic, 1>> in(u, count);
  Eigen::Map<Eigen::Array<Scalar, Eigen::Dynamic, 1>> out(gradient, count);
  switch (activation) {
    case Activation::quadratic: out *= (Scalar(2) * input_scale) * in; break;
    case Activation::relu: out = (in > Scalar(0)).select(input_scale * out, Scalar(0)); break;
    case Activation::absolute: out *= input_scale * in.sign(); break;
    case Activation::gelu:
      for (Eigen::Index i = 0; i < count; ++i) gradient[i] *= input_scale * gelu_derivative(u[i]);
      break;
  }
}

}  // namespace

template <typename Scalar>
Eigen::Index BasicNetworkKernel<Scalar>::block_size(std::size_t neurons) {
  // About 256 KiB per M x B block (U and A: half a megabyte of L2 together),
  // a multiple of 16 pairs, at least 16.
  constexpr std::size_t block_bytes = 256 * 1024;
  std::size_t pairs = block_bytes / (sizeof(Scalar) * std::max<std::size_t>(neurons, 1));
  pairs = std::max<std::size_t>(16, pairs / 16 * 16);
  return static_cast<Eigen::Index>(pairs);
}

template <typename Scalar>
BasicNetworkKernel<Scalar>::BasicNetworkKernel(const CompositionPairs& pairs, std::size_t neurons,
                                               std::size_t group_order, const TrainingConfig& config)
    : _pairs(pairs),
      _neurons(neurons),
      _order(group_order),
      _config(config),
      _shared(config.shared),
      _block(std::min<Eigen::Index>(block_size(neurons), std::max<Eigen::Index>(1, pairs.size()))) {
  const auto m = static_cast<Eigen::Index>(neurons);
  const auto n = static_cast<Eigen::Index>(group_order);
  _pre_activation.resize(m, _block);
  _activation.resize(m, _block);
  _logits.resize(n, _block);
  _scaled_xi.resize(m, n);
  _output_product.resize(m, n);
}

// Turns the block's logits (first `count` columns of _logits) into dZ in
// place; returns the block's loss before the reduction factor.
template <typename Scalar>
double BasicNetworkKernel<Scalar>::loss_and_output_gradient(Eigen::Index start, Eigen::Index count,
                                                            bool want_accuracy) {
  const Eigen::Index n = static_cast<Eigen::Index>(_order);
  const Scalar reduction = _config.reduction == LossReduction::mean
                               ? Scalar(1.0 / static_cast<double>(_pairs.size()))
                               : Scalar(1);
  double loss = 0.0;
  for (Eigen::Index j = 0; j < count; ++j) {
    Eigen::Map<Eigen::Array<Scalar, Eigen::Dynamic, 1>> column(_logits.data() + j * n, n);
    const Eigen::Index target = _pairs.target[static_cast<std::size_t>(start + j)];
    if (_config.loss == LossKind::cross_entropy) {
      Eigen::Index best = 0;
      Scalar largest = want_accuracy ? column.maxCoeff(&best) : column.maxCoeff();
      if (want_accuracy && best == target) ++_correct;
      Scalar target_logit = column[target];
      column = (column - largest).exp();
      Scalar total = column.sum();
      loss += std::log(static_cast<double>(total)) - static_cast<double>(target_logit - largest);
      column *= reduction / total;
      column[target] -= reduction;
    } else {
      if (want_accuracy) {
        Eigen::Index best = 0;
        column.maxCoeff(&best);
        if (best == target) ++_correct;
      }
      column[target] -= Scalar(1);
      loss += 0.5 * static_cast<double>(column.matrix().squaredNorm());
      column *= reduction;
    }
  }
  return loss;
}

template <typename Scalar>
double BasicNetworkKernel<Scalar>::evaluate(const MatrixView& theta1, const MatrixView& theta2,
                                            const MatrixView& xi, const Vector& scale,
                                            BasicKernelGradients<Scalar>* gradients, bool want_scale_gradient,
                                            bool want_accuracy) {
  const Eigen::Index m = static_cast<Eigen::Index>(_neurons);
  const Eigen::Index n = static_cast<Eigen::Index>(_order);
  const Eigen::Index pair_count = static_cast<Eigen::Index>(_pairs.size());
  const Scalar input_scale = static_cast<Scalar>(_config.input_scale);
  const Scalar output_factor = static_cast<Scalar>(_config.output_scale / static_cast<double>(_neurons));
  const Activation activation = _config.activation;

  _scaled_xi.noalias() = (output_factor * scale).asDiagonal() * xi;
  if (gradients != nullptr) {
    _output_product.setZero();
    gradients->theta1.setZero(m, n);
    if (!_shared) gradients->theta2.setZero(m, n);
  }
  _correct = 0;
  double loss = 0.0;
  for (Eigen::Index start = 0; start < pair_count; start += _block) {
    const Eigen::Index count = std::min(_block, pair_count - start);
    // Gather and activation: U[:, j] = s_in (theta1[:, a] + theta2[:, b]), A = sigma(U).
    for (Eigen::Index j = 0; j < count; ++j) {
      const auto p = static_cast<std::size_t>(start + j);
      auto u = _pre_activation.col(j);
      u.noalias() = input_scale * (theta1.col(_pairs.first[p]) + theta2.col(_pairs.second[p]));
    }
    apply_activation(activation, _pre_activation.data(), _activation.data(), m * count);
    BlockMap<Scalar> activation_block(_activation.data(), m, count);
    BlockMap<Scalar> logits_block(_logits.data(), n, count);
    logits_block.noalias() = _scaled_xi.transpose() * activation_block;
    loss += loss_and_output_gradient(start, count, want_accuracy);
    if (gradients == nullptr) continue;

    // G += A dZ^T; then dA = W dZ (over A), dU = dA .* sigma'(U) s_in, scattered.
    _output_product.noalias() += activation_block * logits_block.transpose();
    activation_block.noalias() = _scaled_xi * logits_block;
    multiply_by_derivative(activation, _pre_activation.data(), input_scale, _activation.data(), m * count);
    Matrix& first_gradient = gradients->theta1;
    Matrix& second_gradient = _shared ? gradients->theta1 : gradients->theta2;
    for (Eigen::Index j = 0; j < count; ++j) {
      const auto p = static_cast<std::size_t>(start + j);
      first_gradient.col(_pairs.first[p]) += _activation.col(j);
      second_gradient.col(_pairs.second[p]) += _activation.col(j);
    }
  }
  if (_config.reduction == LossReduction::mean && pair_count > 0) loss /= static_cast<double>(pair_count);
  if (gradients == nullptr) return loss;

  // dXi = (s/M) diag(c) G ; dc_m = (s/M) sum_g G(m,g) Xi(m,g).
  gradients->xi.noalias() = (output_factor * scale).asDiagonal() * _output_product;
  if (want_scale_gradient) {
    gradients->scale = output_factor * (_output_product.array() * xi.array()).rowwise().sum().matrix();
  }
  return loss;
}

template <typename Scalar>
std::size_t BasicNetworkKernel<Scalar>::correct_count() const {
  return _correct;
}

template class BasicNetworkKernel<float>;
template class BasicNetworkKernel<double>;

}  // namespace irrepkit::detail
