// Internal (train/ only): SGD, Adam and AdamW steps on Eigen matrices, and the
// projection that keeps each neuron on its unit sphere.
//
// Adam follows PyTorch's update exactly: m <- b1 m + (1-b1) g,
// v <- b2 v + (1-b2) g^2, p <- p - (lr / (1-b1^t)) * m / (sqrt(v)/sqrt(1-b2^t) + eps).
// Weight decay: added to the gradient (sgd, adam), decoupled p <- p (1 - lr wd) (adamw).
// Spherical step: a group of matrices whose row m together forms neuron m's
// vector (theta1 and theta2 rows for the input sphere) has the gradient
// projected onto the tangent space, g <- g - <g, w> w per row group, then the
// optimizer step, then each row group renormalised to unit length.
#pragma once

#include <Eigen/Dense>
#include <vector>

#include "train/training_config.hpp"
#include "train/training_state.hpp"

namespace irrepkit::detail {

class ParameterOptimizer {
 public:
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
  std::vector<Eigen::ArrayXXd> _first_moment;
  std::vector<Eigen::ArrayXXd> _second_moment;
};

// Project each row group of `gradients` onto the tangent space at `weights`
// (rows of all matrices of the group together are one unit vector).
void project_to_tangent(const std::vector<Eigen::Map<Eigen::MatrixXd>*>& weights,
                        const std::vector<Eigen::MatrixXd*>& gradients);
// Rescale each row group of `weights` to unit length.
void normalise_rows(const std::vector<Eigen::Map<Eigen::MatrixXd>*>& weights);

template <typename Parameter, typename Gradient>
void ParameterOptimizer::step(std::size_t slot, Parameter& parameter, Gradient& gradient) {
  if (_kind != OptimizerKind::adamw && _weight_decay != 0.0) gradient += _weight_decay * parameter;
  if (_kind == OptimizerKind::sgd) {
    parameter -= _learning_rate * gradient;
    return;
  }
  if (slot >= _first_moment.size()) {
    _first_moment.resize(slot + 1);
    _second_moment.resize(slot + 1);
  }
  Eigen::ArrayXXd& first = _first_moment[slot];
  Eigen::ArrayXXd& second = _second_moment[slot];
  if (first.rows() != gradient.rows() || first.cols() != gradient.cols()) {
    first = Eigen::ArrayXXd::Zero(gradient.rows(), gradient.cols());
    second = Eigen::ArrayXXd::Zero(gradient.rows(), gradient.cols());
  }
  if (_kind == OptimizerKind::adamw && _weight_decay != 0.0) {
    parameter *= 1.0 - _learning_rate * _weight_decay;
  }
  first = _beta1 * first + (1.0 - _beta1) * gradient.array();
  second = _beta2 * second + (1.0 - _beta2) * gradient.array().square();
  double correction1 = 1.0 - std::pow(_beta1, static_cast<double>(_step_count));
  double correction2_sqrt = std::sqrt(1.0 - std::pow(_beta2, static_cast<double>(_step_count)));
  double step_size = _learning_rate / correction1;
  parameter.array() -= step_size * first / (second.sqrt() / correction2_sqrt + _epsilon);
}

}  // namespace irrepkit::detail
