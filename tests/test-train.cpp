// Tests of the training layer: gradients against finite differences, the
// sphere projection, seed reproducibility, learning small cyclic groups, and
// stop / checkpoint / resume being bit-exact.
#include <doctest/doctest.h>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <vector>

#include "lib/error.hpp"
#include "train/composition_dataset.hpp"
#include "train/network_loss.hpp"
#include "train/network_weights.hpp"
#include "train/seeded_random.hpp"
#include "train/train_network.hpp"
#include "train/training_checkpoint.hpp"
#include "train/training_config.hpp"

using namespace irrepkit;

namespace {

std::vector<std::uint32_t> cyclic_table(std::uint32_t n) {
  std::vector<std::uint32_t> table(n * n);
  for (std::uint32_t a = 0; a < n; ++a)
    for (std::uint32_t b = 0; b < n; ++b) table[a * n + b] = (a + b) % n;
  return table;
}

// S3 as permutations of {0,1,2}, numbered so that 0 is the identity; g*h applies g first.
std::vector<std::uint32_t> s3_table() {
  const int perms[6][3] = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}, {1, 0, 2}, {0, 2, 1}, {2, 1, 0}};
  std::vector<std::uint32_t> table(36);
  for (int a = 0; a < 6; ++a) {
    for (int b = 0; b < 6; ++b) {
      int product[3];
      for (int x = 0; x < 3; ++x) product[x] = perms[b][perms[a][x]];
      for (int c = 0; c < 6; ++c) {
        if (perms[c][0] == product[0] && perms[c][1] == product[1] && perms[c][2] == product[2]) {
          table[a * 6 + b] = static_cast<std::uint32_t>(c);
        }
      }
    }
  }
  return table;
}

// Central finite difference of the loss in one coordinate of one weight vector.
double numeric_derivative(NetworkWeights weights, std::vector<double> NetworkWeights::*member,
                          std::size_t index, const CompositionPairs& pairs, const TrainingConfig& config) {
  const double step = 1e-6;
  double original = (weights.*member)[index];
  (weights.*member)[index] = original + step;
  double plus = compute_loss_and_gradient(weights, pairs, config).loss;
  (weights.*member)[index] = original - step;
  double minus = compute_loss_and_gradient(weights, pairs, config).loss;
  return (plus - minus) / (2 * step);
}

void check_gradient(const TrainingConfig& config, std::uint64_t seed) {
  INFO("seed " << seed << " activation " << to_string(config.activation) << " loss "
               << to_string(config.loss) << " shared " << config.shared);
  auto table = s3_table();
  auto dataset = make_composition_dataset(table, 1.0, 0);
  NetworkWeights weights = initial_network_weights(config.neurons, 6, config.shared, seed);
  SeededRandom random(seed + 17);
  // Make the logits large enough that every term matters, and scales not all 1.
  for (double& v : weights.theta1) v *= 3.0;
  for (double& v : weights.theta2) v *= 3.0;
  for (double& v : weights.xi) v *= 5.0;
  for (double& c : weights.neuron_scale) c = 0.5 + random.uniform();
  LossAndGradient analytic = compute_loss_and_gradient(weights, dataset.train, config);
  std::vector<std::vector<double> NetworkWeights::*> members = {&NetworkWeights::theta1, &NetworkWeights::xi,
                                                                &NetworkWeights::neuron_scale};
  if (!config.shared) members.push_back(&NetworkWeights::theta2);
  for (auto member : members) {
    const std::vector<double>& gradient = analytic.gradient.*member;
    REQUIRE(gradient.size() == (weights.*member).size());
    for (std::size_t i = 0; i < gradient.size(); ++i) {
      double numeric = numeric_derivative(weights, member, i, dataset.train, config);
      CHECK(gradient[i] == doctest::Approx(numeric).epsilon(1e-5).scale(1e-3));
    }
  }
}

}  // namespace

TEST_CASE("train/001: gradients match finite differences for every activation and loss") {
  for (Activation activation : {Activation::quadratic, Activation::relu, Activation::absolute, Activation::gelu}) {
    for (LossKind loss : {LossKind::cross_entropy, LossKind::squared_error}) {
      for (bool shared : {false, true}) {
        TrainingConfig config;
        config.neurons = 4;
        config.activation = activation;
        config.loss = loss;
        config.shared = shared;
        config.reduction = shared ? LossReduction::mean : LossReduction::sum;
        check_gradient(config, 11 + static_cast<std::uint64_t>(activation));
      }
    }
  }
}

TEST_CASE("train/002: initial weights lie on the unit spheres and are seeded") {
  NetworkWeights a = initial_network_weights(7, 5, false, 3);
  NetworkWeights b = initial_network_weights(7, 5, false, 3);
  NetworkWeights c = initial_network_weights(7, 5, false, 4);
  CHECK(a.theta1 == b.theta1);
  CHECK(a.xi == b.xi);
  CHECK(a.theta1 != c.theta1);
  for (std::size_t m = 0; m < 7; ++m) {
    double input = 0, output = 0;
    for (std::size_t g = 0; g < 5; ++g) {
      input += a.theta1_at(m, g) * a.theta1_at(m, g) + a.theta2_at(m, g) * a.theta2_at(m, g);
      output += a.xi_at(m, g) * a.xi_at(m, g);
    }
    CHECK(input == doctest::Approx(1.0).epsilon(1e-14));
    CHECK(output == doctest::Approx(1.0).epsilon(1e-14));
  }
}

TEST_CASE("train/003: projected training keeps every neuron on its spheres") {
  for (bool shared : {false, true}) {
    for (OptimizerKind optimizer : {OptimizerKind::sgd, OptimizerKind::adam}) {
     for (Precision precision : {Precision::float32, Precision::float64}) {
      TrainingConfig config;
      config.precision = precision;
      config.neurons = 16;
      config.epochs = 30;
      config.learning_rate = 0.05;
      config.shared = shared;
      config.optimizer = optimizer;
      config.seed = 5;
      INFO("shared " << shared << " optimizer " << to_string(optimizer) << " precision " << to_string(precision));
      // Renormalisation is exact to the unit roundoff of the training precision.
      const double tolerance = precision == Precision::float32 ? 1e-6 : 1e-12;
      TrainingResult result = train_composition_network(cyclic_table(7), config);
      const NetworkWeights& w = result.weights;
      for (std::size_t m = 0; m < w.neurons; ++m) {
        double input = 0, output = 0;
        for (std::size_t g = 0; g < 7; ++g) {
          input += w.theta1_at(m, g) * w.theta1_at(m, g);
          if (!shared) input += w.theta2_at(m, g) * w.theta2_at(m, g);
          output += w.xi_at(m, g) * w.xi_at(m, g);
        }
        CHECK(input == doctest::Approx(1.0).epsilon(tolerance));
        CHECK(output == doctest::Approx(1.0).epsilon(tolerance));
      }
      CHECK(result.history.front().loss > result.final_record.loss);
     }
    }
  }
}

TEST_CASE("train/004: a seed makes training bit-reproducible") {
  TrainingConfig config;
  config.neurons = 24;
  config.epochs = 40;
  config.seed = 123;
  config.train_fraction = 0.7;
  config.record_every = 10;
  TrainingResult first = train_composition_network(cyclic_table(9), config);
  TrainingResult second = train_composition_network(cyclic_table(9), config);
  CHECK(first.weights.theta1 == second.weights.theta1);
  CHECK(first.weights.theta2 == second.weights.theta2);
  CHECK(first.weights.xi == second.weights.xi);
  CHECK(first.final_record.loss == second.final_record.loss);
  REQUIRE(first.history.size() == 5);  // steps 0, 10, 20, 30 and the end (40)
  CHECK(first.history.back().step == 40);
  config.seed = 124;
  TrainingResult third = train_composition_network(cyclic_table(9), config);
  CHECK(first.weights.theta1 != third.weights.theta1);
}

TEST_CASE("train/005: projected Adam learns C5 and C7 to full accuracy") {
  for (std::uint32_t n : {5u, 7u}) {
    TrainingConfig config;  // defaults: quadratic, s_in = s_out = 0.5, projected Adam, CE sum
    config.neurons = 64;
    config.epochs = 500;
    config.learning_rate = 0.01;
    config.seed = 2026;
    MESSAGE("C" << n << " seed " << config.seed);
    TrainingResult result = train_composition_network(cyclic_table(n), config);
    CHECK(result.final_record.train_accuracy == 1.0);
    CHECK(result.final_record.loss < result.history.front().loss);
  }
}

TEST_CASE("train/006: held-out pairs, stage 2 scales and unconstrained optimizers") {
  TrainingConfig config;
  config.neurons = 32;
  config.epochs = 50;
  config.train_fraction = 0.8;
  config.seed = 9;
  config.stage2_scale = ScaleMode::tied;
  config.stage2_epochs = 20;
  config.stage2_learning_rate = 0.5;
  TrainingResult result = train_composition_network(cyclic_table(7), config);
  CHECK(result.train_pairs == 39);
  CHECK(result.test_pairs == 10);
  CHECK(result.final_record.test_accuracy.has_value());
  CHECK(result.steps == 70);
  CHECK(result.final_record.stage == 2);
  double scale = result.weights.neuron_scale[0];
  CHECK(scale > 1.0);  // a larger scale lowers cross-entropy on a classifier that is right
  for (double c : result.weights.neuron_scale) CHECK(c == scale);

  config.stage2_scale = ScaleMode::none;
  config.projected = false;
  config.optimizer = OptimizerKind::adamw;
  config.weight_decay = 0.01;
  TrainingResult unconstrained = train_composition_network(cyclic_table(7), config);
  CHECK(unconstrained.final_record.loss < unconstrained.history.front().loss);
}

TEST_CASE("train/007: the trivial group") {
  TrainingConfig config;
  config.neurons = 3;
  config.epochs = 5;
  TrainingResult result = train_composition_network({0u}, config);
  CHECK(result.final_record.loss == 0.0);  // one class: cross-entropy is zero
  CHECK(result.final_record.train_accuracy == 1.0);
  CHECK(inverses_from_cayley_table({0u}) == std::vector<std::uint32_t>{0u});
}

TEST_CASE("train/008: bad settings and tables are rejected as bad input") {
  TrainingConfig config;
  auto expect_bad = [](auto&& call) {
    try {
      call();
      CHECK_MESSAGE(false, "no error thrown");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_input);
    }
  };
  config.neurons = 0;
  expect_bad([&] { train_composition_network(cyclic_table(3), config); });
  config = TrainingConfig{};
  config.learning_rate = -1;
  expect_bad([&] { train_composition_network(cyclic_table(3), config); });
  config = TrainingConfig{};
  config.epochs = 0;
  expect_bad([&] { train_composition_network(cyclic_table(3), config); });
  config = TrainingConfig{};
  config.train_fraction = 0.0;
  expect_bad([&] { train_composition_network(cyclic_table(3), config); });
  config = TrainingConfig{};
  expect_bad([&] { train_composition_network({0u, 1u, 1u}, config); });
  expect_bad([&] { train_composition_network({1u, 0u, 0u, 1u}, config); });  // identity not 0
  expect_bad([&] { train_composition_network({0u, 1u, 1u, 1u}, config); });  // not a group table
  expect_bad([] { parse_activation("tanh"); });
}

TEST_CASE("train/009: inverses from a Cayley table") {
  auto table = s3_table();
  auto inverse = inverses_from_cayley_table(table);
  for (std::uint32_t a = 0; a < 6; ++a) CHECK(table[a * 6 + inverse[a]] == 0u);
  CHECK(inverses_from_cayley_table(cyclic_table(5)) == std::vector<std::uint32_t>{0, 4, 3, 2, 1});
}

TEST_CASE("train/010: stopped, saved as a checkpoint and resumed equals the uninterrupted run bit for bit") {
  // Adam (moments to carry over), stage 2 (a second optimizer), held-out pairs,
  // both precisions; the stop falls in stage 1, between two records, and in stage 2.
  for (Precision precision : {Precision::float32, Precision::float64}) {
    TrainingConfig config;
    config.neurons = 12;
    config.epochs = 60;
    config.seed = 5;
    config.train_fraction = 0.8;
    config.record_every = 7;
    config.stage2_scale = ScaleMode::per_neuron;
    config.stage2_epochs = 10;
    config.precision = precision;
    INFO("precision " << to_string(precision) << ", seed " << config.seed);
    auto table = s3_table();
    TrainingControl whole_control;
    whole_control.keep_final_state = true;
    TrainingResult whole = train_composition_network(table, config, {}, whole_control);
    REQUIRE(whole.state.has_value());  // kept for a finished run on request
    CHECK_FALSE(whole.interrupted);
    CHECK(whole.state->step == 70);
    CHECK(whole.state->weights == whole.weights);
    CHECK(whole.state->history == whole.history);
    for (std::size_t stop_at : {std::size_t{1}, std::size_t{30}, std::size_t{63}}) {
      INFO("stopped after " << stop_at << " steps");
      std::atomic<bool> stop{false};
      TrainingControl control;
      control.stop_requested = &stop;
      control.progress = [&](std::size_t done, std::size_t) {
        if (done >= stop_at) stop = true;
      };
      TrainingResult first = train_composition_network(table, config, {}, control);
      REQUIRE(first.interrupted);
      REQUIRE(first.state.has_value());
      CHECK(first.state->step == stop_at);
      // Through the checkpoint text, as `irrepkit train --resume` reads it.
      TrainingCheckpoint checkpoint;
      checkpoint.command = "train";
      checkpoint.state = *first.state;
      TrainingCheckpoint loaded = parse_training_checkpoint(training_checkpoint_text(checkpoint), "test");
      CHECK(loaded.state == checkpoint.state);
      TrainingControl resume;
      resume.resume_from = &loaded.state;
      resume.keep_final_state = true;
      TrainingResult second = train_composition_network(table, config, {}, resume);
      CHECK_FALSE(second.interrupted);
      CHECK(second.weights == whole.weights);
      CHECK(second.history == whole.history);
      CHECK(second.final_record == whole.final_record);
      REQUIRE(second.state.has_value());
      CHECK(second.state->optimizer == whole.state->optimizer);
      CHECK(second.state->scale_optimizer == whole.state->scale_optimizer);
    }
  }
}
