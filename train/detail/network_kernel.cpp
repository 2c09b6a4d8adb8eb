// Forward and backward pass of the composition network (see network_kernel.hpp).
#include "train/detail/network_kernel.hpp"

#include <cmath>
#include <numbers>

namespace irrepkit::detail {

namespace {

// sigma and sigma' applied in place: values <- sigma(u), derivative <- sigma'(u).
void apply_activation(Activation activation, const Eigen::MatrixXd& u, Eigen::MatrixXd& values) {
  switch (activation) {
    case Activation::quadratic: values = u.array().square().matrix(); break;
    case Activation::relu: values = u.array().max(0.0).matrix(); break;
    case Activation::absolute: values = u.array().abs().matrix(); break;
    case Activation::gelu: {
      values.resize(u.rows(), u.cols());
      const double* in = u.data();
      double* out = values.data();
      for (Eigen::Index i = 0; i < u.size(); ++i) {
        out[i] = 0.5 * in[i] * (1.0 + std::erf(in[i] * std::numbers::sqrt2 / 2.0));
      }
      break;
    }
  }
}

// gradient <- gradient .* sigma'(u) * input_scale.
void multiply_by_derivative(Activation activation, const Eigen::MatrixXd& u, double input_scale,
                            Eigen::MatrixXd& gradient) {
  switch (activation) {
    case Activation::quadratic:
      gradient.array() *= (2.0 * input_scale) * u.array();
      break;
    case Activation::relu:
      gradient.array() = (u.array() > 0.0).select(input_scale * gradient.array(), 0.0);
      break;
    case Activation::absolute:
      gradient.array() *= input_scale * u.array().sign();
      break;
    case Activation::gelu: {
      const double* in = u.data();
      double* out = gradient.data();
      const double inverse_sqrt_2pi = 1.0 / std::sqrt(2.0 * std::numbers::pi);
      for (Eigen::Index i = 0; i < u.size(); ++i) {
        double x = in[i];
        double cdf = 0.5 * (1.0 + std::erf(x * std::numbers::sqrt2 / 2.0));
        double pdf = inverse_sqrt_2pi * std::exp(-0.5 * x * x);
        out[i] *= input_scale * (cdf + x * pdf);
      }
      break;
    }
  }
}

}  // namespace

NetworkKernel::NetworkKernel(const CompositionPairs& pairs, std::size_t neurons,
                             std::size_t group_order, const TrainingConfig& config)
    : _pairs(pairs), _neurons(neurons), _order(group_order), _config(config), _shared(config.shared) {}

double NetworkKernel::evaluate(const MatrixView& theta1, const MatrixView& theta2,
                               const MatrixView& xi, const Eigen::VectorXd& scale,
                               KernelGradients* gradients, bool want_scale_gradient) {
  const Eigen::Index m = static_cast<Eigen::Index>(_neurons);
  const Eigen::Index n = static_cast<Eigen::Index>(_order);
  const Eigen::Index pair_count = static_cast<Eigen::Index>(_pairs.size());
  const double input_scale = _config.input_scale;
  const double output_factor = _config.output_scale / static_cast<double>(_neurons);

  // Gather: U[:, p] = s_in * (theta1[:, a_p] + theta2[:, b_p]).
  _pre_activation.resize(m, pair_count);
  for (Eigen::Index p = 0; p < pair_count; ++p) {
    _pre_activation.col(p).noalias() =
        input_scale * (theta1.col(_pairs.first[p]) + theta2.col(_pairs.second[p]));
  }
  apply_activation(_config.activation, _pre_activation, _activation);

  _scaled_xi.noalias() = scale.asDiagonal() * xi;
  _logits.resize(n, pair_count);
  _logits.noalias() = output_factor * _scaled_xi.transpose() * _activation;

  // Loss and dZ (overwriting the logits).
  double loss = 0.0;
  double reduction = _config.reduction == LossReduction::mean ? 1.0 / static_cast<double>(pair_count) : 1.0;
  _correct = 0;
  for (Eigen::Index p = 0; p < pair_count; ++p) {
    auto column = _logits.col(p);
    Eigen::Index target = _pairs.target[p];
    Eigen::Index best;
    double largest = column.maxCoeff(&best);
    if (best == target) ++_correct;
    if (_config.loss == LossKind::cross_entropy) {
      double target_logit = column[target];
      column.array() = (column.array() - largest).exp();
      double total = column.sum();
      loss += std::log(total) - (target_logit - largest);
      column *= reduction / total;
      column[target] -= reduction;
    } else {
      column[target] -= 1.0;
      loss += 0.5 * column.squaredNorm();
      column *= reduction;
    }
  }
  loss *= reduction;
  if (gradients == nullptr) return loss;

  // dXc = (s/M) A dZ^T ; dXi = diag(c) dXc ; dc_m = sum_g dXc(m,g) Xi(m,g).
  _output_gradient.resize(m, n);
  _output_gradient.noalias() = output_factor * _activation * _logits.transpose();
  gradients->xi.noalias() = scale.asDiagonal() * _output_gradient;
  if (want_scale_gradient) {
    gradients->scale = (_output_gradient.array() * xi.array()).rowwise().sum().matrix();
  }
  // dA = (s/M) diag(c) Xi dZ, reusing the activation buffer; then dU.
  _activation.noalias() = output_factor * _scaled_xi * _logits;
  multiply_by_derivative(_config.activation, _pre_activation, input_scale, _activation);

  gradients->theta1.setZero(m, n);
  if (_shared) {
    for (Eigen::Index p = 0; p < pair_count; ++p) {
      gradients->theta1.col(_pairs.first[p]) += _activation.col(p);
      gradients->theta1.col(_pairs.second[p]) += _activation.col(p);
    }
  } else {
    gradients->theta2.setZero(m, n);
    for (Eigen::Index p = 0; p < pair_count; ++p) {
      gradients->theta1.col(_pairs.first[p]) += _activation.col(p);
      gradients->theta2.col(_pairs.second[p]) += _activation.col(p);
    }
  }
  return loss;
}

std::size_t NetworkKernel::correct_count() const { return _correct; }

}  // namespace irrepkit::detail
