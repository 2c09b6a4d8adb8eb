// Optimizer bookkeeping and the sphere projection (see optimizer.hpp).
#include "train/detail/optimizer.hpp"

namespace irrepkit::detail {

ParameterOptimizer::ParameterOptimizer(OptimizerKind kind, double learning_rate, double weight_decay,
                                       double beta1, double beta2, double epsilon)
    : _kind(kind), _learning_rate(learning_rate), _weight_decay(weight_decay), _beta1(beta1),
      _beta2(beta2), _epsilon(epsilon) {}

void ParameterOptimizer::begin_step() { ++_step_count; }

void project_to_tangent(const std::vector<Eigen::Map<Eigen::MatrixXd>*>& weights,
                        const std::vector<Eigen::MatrixXd*>& gradients) {
  Eigen::VectorXd inner = Eigen::VectorXd::Zero(weights.front()->rows());
  for (std::size_t i = 0; i < weights.size(); ++i) {
    inner += (weights[i]->array() * gradients[i]->array()).rowwise().sum().matrix();
  }
  for (std::size_t i = 0; i < weights.size(); ++i) {
    gradients[i]->noalias() -= inner.asDiagonal() * (*weights[i]);
  }
}

void normalise_rows(const std::vector<Eigen::Map<Eigen::MatrixXd>*>& weights) {
  Eigen::VectorXd squared = Eigen::VectorXd::Zero(weights.front()->rows());
  for (auto* w : weights) squared += w->rowwise().squaredNorm();
  Eigen::VectorXd inverse = squared.cwiseSqrt().cwiseInverse();
  for (auto* w : weights) *w = inverse.asDiagonal() * (*w);
}

}  // namespace irrepkit::detail
