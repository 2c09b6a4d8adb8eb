// The training loop (see train_network.hpp).
#include "train/train_network.hpp"

#include <chrono>
#include <cmath>
#include <ctime>
#include <string>

#include "lib/error.hpp"
#include "train/composition_dataset.hpp"
#include "train/detail/network_kernel.hpp"
#include "train/detail/optimizer.hpp"

namespace irrepkit {

namespace {

// One training run in the arithmetic of `Scalar` (float or double). The
// weights live in Scalar matrices during the run and are copied into the
// double vectors of NetworkWeights (exactly) for the observer and the result.
template <typename Scalar>
class Trainer {
 public:
  using Matrix = detail::KernelMatrix<Scalar>;
  using Vector = detail::KernelVector<Scalar>;

  Trainer(const std::vector<std::uint32_t>& table, const TrainingConfig& config,
          const TrainingObserver& observer)
      : _config(config),
        _observer(observer),
        _dataset(make_composition_dataset(table, config.train_fraction, config.seed)),
        _weights(initial_network_weights(config.neurons, _dataset.group_order, config.shared, config.seed)),
        _m(static_cast<Eigen::Index>(config.neurons)),
        _n(static_cast<Eigen::Index>(_dataset.group_order)),
        _train_kernel(_dataset.train, config.neurons, _dataset.group_order, config),
        _test_kernel(_dataset.test, config.neurons, _dataset.group_order, config) {}

  TrainingResult run(const TrainingControl& control, std::uint64_t table_hash) {
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    detail::ParameterOptimizer<Scalar> optimizer(_config.optimizer, _config.learning_rate,
                                                 _config.projected ? 0.0 : _config.weight_decay,
                                                 _config.beta1, _config.beta2, _config.epsilon);
    detail::ParameterOptimizer<Scalar> scale_optimizer(OptimizerKind::adam, _config.stage2_learning_rate, 0.0,
                                                       _config.beta1, _config.beta2, _config.epsilon);
    std::size_t step = 0;
    double prior_seconds = 0.0, prior_cpu_seconds = 0.0;
    if (control.resume_from) {
      const TrainingState& state = *control.resume_from;
      step = state.step;
      _weights = state.weights;
      _history = state.history;
      prior_seconds = state.seconds;
      prior_cpu_seconds = state.cpu_seconds;
      optimizer.restore(state.optimizer, {{_m, _n}, {_m, _n}, {_m, _n}});
      Eigen::Index scale_rows = _config.stage2_scale == ScaleMode::tied ? 1 : _m;
      scale_optimizer.restore(state.scale_optimizer, {{scale_rows, 1}});
    }
    load_weights();
    detail::BasicKernelGradients<Scalar> gradients;
    bool stage2 = _config.stage2_scale != ScaleMode::none;
    std::size_t total = _config.epochs + (stage2 ? _config.stage2_epochs : 0);

    // After each step: progress, then the stop request (never after the last step).
    auto stop_after = [&](std::size_t done) {
      if (control.progress) control.progress(done, total);
      return control.stop_requested && done < total && control.stop_requested->load();
    };
    auto finish = [&](bool interrupted) {
      store_weights();
      TrainingResult result;
      result.seconds =
          prior_seconds + std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      result.cpu_seconds = prior_cpu_seconds + static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
      result.train_pairs = _dataset.train.size();
      result.test_pairs = _dataset.test.size();
      result.steps = step;
      result.interrupted = interrupted;
      if (interrupted || control.keep_final_state) {
        TrainingState state;
        state.config = _config;
        state.group_order = _dataset.group_order;
        state.cayley_table_hash = table_hash;
        state.step = step;
        state.weights = _weights;
        state.optimizer = optimizer.state();
        state.scale_optimizer = scale_optimizer.state();
        state.history = _history;
        state.seconds = result.seconds;
        state.cpu_seconds = result.cpu_seconds;
        result.state = std::move(state);
      }
      result.history = std::move(_history);
      result.final_record = result.history.back();
      result.weights = std::move(_weights);
      return result;
    };

    Matrix& theta2 = _config.shared ? _theta1 : _theta2;
    while (step < _config.epochs) {
      bool recording = should_record(step);
      double loss = _train_kernel.evaluate(_theta1, theta2, _xi, _scale, &gradients, false, recording);
      check_finite(loss, step);
      if (recording) record(step, 1, loss);
      optimizer.begin_step();
      if (_config.projected) {
        if (_config.shared) {
          detail::project_to_tangent<Scalar>({&_theta1}, {&gradients.theta1});
        } else {
          detail::project_to_tangent<Scalar>({&_theta1, &_theta2}, {&gradients.theta1, &gradients.theta2});
        }
        detail::project_to_tangent<Scalar>({&_xi}, {&gradients.xi});
      }
      optimizer.step(0, _theta1, gradients.theta1);
      if (!_config.shared) optimizer.step(1, _theta2, gradients.theta2);
      optimizer.step(2, _xi, gradients.xi);
      if (_config.projected) {
        if (_config.shared) {
          detail::normalise_rows<Scalar>({&_theta1});
        } else {
          detail::normalise_rows<Scalar>({&_theta1, &_theta2});
        }
        detail::normalise_rows<Scalar>({&_xi});
      }
      ++step;
      if (stop_after(step)) return finish(true);
    }

    while (stage2 && step < total) {
      bool recording = should_record(step);
      double loss = _train_kernel.evaluate(_theta1, theta2, _xi, _scale, &gradients, true, recording);
      check_finite(loss, step);
      if (recording) record(step, 2, loss);
      scale_optimizer.begin_step();
      if (_config.stage2_scale == ScaleMode::tied) {
        Eigen::Matrix<Scalar, 1, 1> tied_value{_scale[0]};
        Eigen::Matrix<Scalar, 1, 1> tied_gradient{gradients.scale.sum()};
        scale_optimizer.step(0, tied_value, tied_gradient);
        _scale.setConstant(tied_value[0]);
      } else {
        scale_optimizer.step(0, _scale, gradients.scale);
      }
      ++step;
      if (stop_after(step)) return finish(true);
    }
    double loss = _train_kernel.evaluate(_theta1, theta2, _xi, _scale, nullptr);
    check_finite(loss, step);
    record(step, stage2 ? 2 : 1, loss);
    return finish(false);
  }

 private:
  bool should_record(std::size_t step) const {
    return step == 0 || (_config.record_every != 0 && step % _config.record_every == 0);
  }

  void check_finite(double loss, std::size_t step) const {
    if (!std::isfinite(loss)) {
      throw_unable("training diverged: loss is not finite at step " + std::to_string(step) +
                   " (lower the learning rate)");
    }
  }

  // NetworkWeights (double) -> the Scalar matrices (exact for values that
  // came from Scalar, as a checkpoint of this precision holds).
  void load_weights() {
    auto to_matrix = [&](const std::vector<double>& values) -> Matrix {
      return Eigen::Map<const Eigen::MatrixXd>(values.data(), _m, _n).template cast<Scalar>();
    };
    _theta1 = to_matrix(_weights.theta1);
    if (!_config.shared) _theta2 = to_matrix(_weights.theta2);
    _xi = to_matrix(_weights.xi);
    _scale = Eigen::Map<const Eigen::VectorXd>(_weights.neuron_scale.data(), _m).template cast<Scalar>();
  }

  // The Scalar matrices -> NetworkWeights (exact).
  void store_weights() {
    auto copy = [](const auto& matrix, std::vector<double>& values) {
      values.assign(matrix.data(), matrix.data() + matrix.size());
    };
    copy(_theta1, _weights.theta1);
    if (!_config.shared) copy(_theta2, _weights.theta2);
    copy(_xi, _weights.xi);
    copy(_scale, _weights.neuron_scale);
  }

  void record(std::size_t step, int stage, double loss) {
    TrainingRecord entry;
    entry.step = step;
    entry.stage = stage;
    entry.loss = loss;
    entry.train_accuracy = static_cast<double>(_train_kernel.correct_count()) /
                           static_cast<double>(_dataset.train.size());
    if (_dataset.test.size() > 0) {
      _test_kernel.evaluate(_theta1, _config.shared ? _theta1 : _theta2, _xi, _scale, nullptr);
      entry.test_accuracy = static_cast<double>(_test_kernel.correct_count()) /
                            static_cast<double>(_dataset.test.size());
    }
    _history.push_back(entry);
    if (_observer) {
      store_weights();
      _observer(TrainingSnapshot{_history.back(), _weights});
    }
  }

  TrainingConfig _config;
  const TrainingObserver& _observer;
  CompositionDataset _dataset;
  NetworkWeights _weights;
  Eigen::Index _m, _n;
  Matrix _theta1, _theta2, _xi;
  Vector _scale;
  detail::BasicNetworkKernel<Scalar> _train_kernel;
  detail::BasicNetworkKernel<Scalar> _test_kernel;
  std::vector<TrainingRecord> _history;
};

}  // namespace

TrainingResult train_composition_network(const std::vector<std::uint32_t>& cayley_table,
                                         const TrainingConfig& config, const TrainingObserver& observer,
                                         const TrainingControl& control) {
  validate_training_config(config);
  std::size_t order = validate_cayley_table(cayley_table);
  std::uint64_t table_hash = cayley_table_hash(cayley_table);
  if (const TrainingState* state = control.resume_from) {
    if (state->group_order != order || state->cayley_table_hash != table_hash) {
      throw_bad_input("resume: the saved run is on a group of order " + std::to_string(state->group_order) +
                      " with another multiplication table than this group (order " + std::to_string(order) + ")");
    }
    if (!(state->config == config)) throw_bad_input("resume: the settings differ from the saved run's");
    std::size_t total = config.epochs + (config.stage2_scale != ScaleMode::none ? config.stage2_epochs : 0);
    const NetworkWeights& w = state->weights;
    std::size_t values = config.neurons * order;
    if (state->step > total || state->history.empty() || w.neurons != config.neurons || w.group_order != order ||
        w.shared != config.shared || w.theta1.size() != values || w.theta2.size() != (config.shared ? 0 : values) ||
        w.xi.size() != values || w.neuron_scale.size() != config.neurons) {
      throw_bad_input("resume: the saved state is inconsistent (step " + std::to_string(state->step) + " of " +
                      std::to_string(total) + ", weights of the wrong size or no history)");
    }
  }
  // The weights, gradients and moments: about twelve M x n matrices of doubles
  // at most; the pass itself works in blocks of pairs (train/detail/network_kernel.hpp).
  double bytes = 12.0 * 8.0 * static_cast<double>(order) * static_cast<double>(config.neurons);
  if (bytes > 8e9) {
    throw_unable("training: a group of order " + std::to_string(order) + " with " + std::to_string(config.neurons) +
                 " neurons needs about " + std::to_string(static_cast<long long>(bytes / 1e9)) +
                 " GB of work space (limit 8 GB)");
  }
  if (config.precision == Precision::float32) {
    Trainer<float> trainer(cayley_table, config, observer);
    return trainer.run(control, table_hash);
  }
  Trainer<double> trainer(cayley_table, config, observer);
  return trainer.run(control, table_hash);
}

}  // namespace irrepkit
