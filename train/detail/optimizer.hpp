// Internal (train/ only): SGD, Adam and AdamW steps on Eigen matrices of
// float or double, and the projection that keeps each neuron on its unit sphere.
//
// Adam follows PyTorch's update: m <- b1 m + (1-b1) g,
// v <- b2 v + (1-b2) g^2, p <- p - (lr / (1-b1^t)) * m / (sqrt(v)/sqrt(1-b2^t) + eps),
// in the scalar type of the parameters (bias corrections computed in double).
// Weight decay: added to the gradient (sgd, adam), decoupled p <- p (1 - lr wd) (adamw).
// Spherical step: a group of matrices whose row m together forms neuron m's
// vector (theta1 and theta2 rows for the input sphere) has the gradient
// projected onto the tangent space, g <- g - <g, w> w per row group, then the
// optimizer step, then each row group renormalised to unit length.
// Checkpoints hold the moments as doubles; a float moment converts exactly.
#pragma once

#include <Eigen/Dense>
#include <cmath>
#include <vector>

#include "train/training_config.hpp"
#include "train/training_state.hpp"

namespace irrepkit::detail {

template <typename Scalar>
class ParameterOptimizer {
 public:
  using Array = Eigen::Array<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

  ParameterOptimizer(OptimizerKind kind, double learning_rate, double weight_decay, double beta1,
                     double beta2, double epsilon);

  // One step on `parameter` with `gradient` (the gradient may be modified);
  // `slot` names the parameter so moment estimates persist between calls.
  // Call begin_step() once before the slots of a step.
  void begin_step();
  // The step counter and moments, for checkpoints; restore() takes them back
  // (bad_input if the shapes do not fit `expected_shapes`, rows x cols per slot).
  OptimizerState state() const;
  void restore(const OptimizerState& state,
               const std::vector<std::pair<Eigen::Index, Eigen::Index>>& expected_shapes);
  template <typename Parameter, typename Gradient>
  void step(std::size_t slot, Parameter& parameter, Gradient& gradient);

 private:
  OptimizerKind _kind;
  double _learning_rate;
  double _weight_decay;
  double _beta1, _beta2, _epsilon;
  long _step_count = 0;
  std::vector<Array> _first_moment;
  std::vector<Array> _second_moment;
};

extern template class ParameterOptimizer<float>;
extern template class ParameterOptimizer<double>;

template <typename Scalar>
using WeightMatrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

// Project each row group of `gradients` onto the tangent space at `weights`
// (rows of all matrices of the group together are one unit vector).
template <typename Scalar>
void project_to_tangent(const std::vector<const WeightMatrix<Scalar>*>& weights,
                        const std::vector<WeightMatrix<Scalar>*>& gradients);
// Rescale each row group of `weights` to unit length.
template <typename Scalar>
void normalise_rows(const std::vector<WeightMatrix<Scalar>*>& weights);

template <typename Scalar>
template <typename Parameter, typename Gradient>
void ParameterOptimizer<Scalar>::step(std::size_t slot, Parameter& parameter, Gradient& gradient) {
  const auto learning_rate = static_cast<Scalar>(_learning_rate);
  if (_kind != OptimizerKind::adamw && _weight_decay != 0.0) {
    gradient += static_cast<Scalar>(_weight_decay) * parameter;
  }
  if (_kind == OptimizerKind::sgd) {
    parameter -= learning_rate * gradient;
    return;
  }
  if (slot >= _first_moment.size()) {
    _first_moment.resize(slot + 1);
    _second_moment.resize(slot + 1);
  }
  Array& first = _first_moment[slot];
  Array& second = _second_moment[slot];
  if (first.rows() != gradient.rows() || first.cols() != gradient.cols()) {
    first = Array::Zero(gradient.rows(), gradient.cols());
    second = Array::Zero(gradient.rows(), gradient.cols());
  }
  if (_kind == OptimizerKind::adamw && _weight_decay != 0.0) {
    parameter *= static_cast<Scalar>(1.0 - _learning_rate * _weight_decay);
  }
  const auto beta1 = static_cast<Scalar>(_beta1);
  const auto beta2 = static_cast<Scalar>(_beta2);
  first = beta1 * first + (Scalar(1) - beta1) * gradient.array();
  second = beta2 * second + (Scalar(1) - beta2) * gradient.array().square();
  double correction1 = 1.0 - std::pow(_beta1, static_cast<double>(_step_count));
  double correction2_sqrt = std::sqrt(1.0 - std::pow(_beta2, static_cast<double>(_step_count)));
  const auto step_size = static_cast<Scalar>(_learning_rate / correction1);
  const auto correction2 = static_cast<Scalar>(correction2_sqrt);
  const auto epsilon = static_cast<Scalar>(_epsilon);
  parameter.array() -= step_size * first / (second.sqrt() / correction2 + epsilon);
}

}  // namespace irrepkit::detail
