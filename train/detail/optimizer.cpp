// Optimizer bookkeeping and the sphere projection (see optimizer.hpp).
#include "train/detail/optimizer.hpp"

#include <string>

#include "lib/error.hpp"

namespace irrepkit::detail {

template <typename Scalar>
ParameterOptimizer<Scalar>::ParameterOptimizer(OptimizerKind kind, double learning_rate, double weight_decay,
                                               double beta1, double beta2, double epsilon)
    : _kind(kind), _learning_rate(learning_rate), _weight_decay(weight_decay), _beta1(beta1),
      _beta2(beta2), _epsilon(epsilon) {}

template <typename Scalar>
void ParameterOptimizer<Scalar>::begin_step() {
  ++_step_count;
}

namespace {

template <typename Array>
MomentMatrix to_moment(const Array& array) {
  MomentMatrix moment;
  moment.rows = static_cast<std::size_t>(array.rows());
  moment.cols = static_cast<std::size_t>(array.cols());
  moment.values.assign(array.data(), array.data() + array.size());  // float -> double is exact
  return moment;
}

template <typename Array>
Array from_moment(const MomentMatrix& moment, std::pair<Eigen::Index, Eigen::Index> shape) {
  bool empty = moment.values.empty() && moment.rows * moment.cols == 0;
  if (empty) return {};
  if (static_cast<Eigen::Index>(moment.rows) != shape.first ||
      static_cast<Eigen::Index>(moment.cols) != shape.second || moment.values.size() != moment.rows * moment.cols) {
    throw_bad_input("optimizer state: a moment matrix is " + std::to_string(moment.rows) + " x " +
                    std::to_string(moment.cols) + " with " + std::to_string(moment.values.size()) +
                    " values, expected " + std::to_string(shape.first) + " x " + std::to_string(shape.second));
  }
  return Eigen::Map<const Eigen::ArrayXXd>(moment.values.data(), shape.first, shape.second)
      .template cast<typename Array::Scalar>();
}

}  // namespace

template <typename Scalar>
OptimizerState ParameterOptimizer<Scalar>::state() const {
  OptimizerState state;
  state.step_count = _step_count;
  for (const Array& array : _first_moment) state.first_moment.push_back(to_moment(array));
  for (const Array& array : _second_moment) state.second_moment.push_back(to_moment(array));
  return state;
}

template <typename Scalar>
void ParameterOptimizer<Scalar>::restore(const OptimizerState& state,
                                         const std::vector<std::pair<Eigen::Index, Eigen::Index>>& expected_shapes) {
  if (state.step_count < 0) throw_bad_input("optimizer state: negative step count");
  if (state.first_moment.size() != state.second_moment.size() || state.first_moment.size() > expected_shapes.size()) {
    throw_bad_input("optimizer state: " + std::to_string(state.first_moment.size()) + " first and " +
                    std::to_string(state.second_moment.size()) + " second moments for " +
                    std::to_string(expected_shapes.size()) + " parameters");
  }
  _step_count = state.step_count;
  _first_moment.clear();
  _second_moment.clear();
  for (std::size_t slot = 0; slot < state.first_moment.size(); ++slot) {
    _first_moment.push_back(from_moment<Array>(state.first_moment[slot], expected_shapes[slot]));
    _second_moment.push_back(from_moment<Array>(state.second_moment[slot], expected_shapes[slot]));
  }
}

template <typename Scalar>
void project_to_tangent(const std::vector<const WeightMatrix<Scalar>*>& weights,
                        const std::vector<WeightMatrix<Scalar>*>& gradients) {
  Eigen::Matrix<Scalar, Eigen::Dynamic, 1> inner = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>::Zero(weights.front()->rows());
  for (std::size_t i = 0; i < weights.size(); ++i) {
    inner += (weights[i]->array() * gradients[i]->array()).rowwise().sum().matrix();
  }
  for (std::size_t i = 0; i < weights.size(); ++i) {
    gradients[i]->noalias() -= inner.asDiagonal() * (*weights[i]);
  }
}

template <typename Scalar>
void normalise_rows(const std::vector<WeightMatrix<Scalar>*>& weights) {
  Eigen::Matrix<Scalar, Eigen::Dynamic, 1> squared = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>::Zero(weights.front()->rows());
  for (auto* w : weights) squared += w->rowwise().squaredNorm();
  Eigen::Matrix<Scalar, Eigen::Dynamic, 1> inverse = squared.cwiseSqrt().cwiseInverse();
  for (auto* w : weights) *w = inverse.asDiagonal() * (*w);
}

template class ParameterOptimizer<float>;
template class ParameterOptimizer<double>;
template void project_to_tangent<float>(const std::vector<const WeightMatrix<float>*>&,
                                        const std::vector<WeightMatrix<float>*>&);
template void project_to_tangent<double>(const std::vector<const WeightMatrix<double>*>&,
                                         const std::vector<WeightMatrix<double>*>&);
template void normalise_rows<float>(const std::vector<WeightMatrix<float>*>&);
template void normalise_rows<double>(const std::vector<WeightMatrix<double>*>&);

}  // namespace irrepkit::detail
