// Tests of the spectral analysis of composition networks: known-answer neurons
// built from one irrep, random neurons, the uniformity tests and the rate fit,
// and the analysis of a saved (or stopped and resumed) run matching the run's.
// Irreps are built by hand here: characters of cyclic groups and of C3 x C3,
// and S3's trivial, sign and 2-dimensional (standard) representations.
#include <doctest/doctest.h>

#include <atomic>
#include <cmath>
#include <complex>
#include <cstdint>
#include <numbers>
#include <vector>

#include "lib/error.hpp"
#include "train/exponential_fit.hpp"
#include "train/network_weights.hpp"
#include "train/spectral_analysis.hpp"
#include "train/training_checkpoint.hpp"
#include "train/uniformity_tests.hpp"
#include "train/validation_run.hpp"

using namespace irrepkit;
using Complex = std::complex<double>;

namespace {

struct TestGroup {
  std::vector<std::uint32_t> table;
  std::vector<UnitaryIrrep> irreps;
};

UnitaryIrrep one_dimensional(const std::vector<Complex>& values, std::size_t index, int indicator) {
  UnitaryIrrep irrep;
  irrep.character_index = index;
  irrep.dimension = 1;
  irrep.indicator = indicator;
  irrep.matrices = values;
  return irrep;
}

// C_n: rho_k(j) = exp(2 pi i j k / n).
TestGroup cyclic_group(std::uint32_t n) {
  TestGroup group;
  group.table.resize(n * n);
  for (std::uint32_t a = 0; a < n; ++a)
    for (std::uint32_t b = 0; b < n; ++b) group.table[a * n + b] = (a + b) % n;
  for (std::uint32_t k = 0; k < n; ++k) {
    std::vector<Complex> values(n);
    for (std::uint32_t j = 0; j < n; ++j) values[j] = std::polar(1.0, 2 * std::numbers::pi * j * k / n);
    group.irreps.push_back(one_dimensional(values, k, (2 * k) % n == 0 ? 1 : 0));
  }
  return group;
}

// C3 x C3, element (a, b) numbered 3a + b; rho_{k,l}(a, b) = w^{ka + lb}.
TestGroup c3_times_c3() {
  TestGroup group;
  group.table.resize(81);
  for (std::uint32_t x = 0; x < 9; ++x)
    for (std::uint32_t y = 0; y < 9; ++y) group.table[x * 9 + y] = ((x / 3 + y / 3) % 3) * 3 + (x % 3 + y % 3) % 3;
  for (std::uint32_t k = 0; k < 3; ++k) {
    for (std::uint32_t l = 0; l < 3; ++l) {
      std::vector<Complex> values(9);
      for (std::uint32_t x = 0; x < 9; ++x) {
        values[x] = std::polar(1.0, 2 * std::numbers::pi * (k * (x / 3) + l * (x % 3)) / 3.0);
      }
      group.irreps.push_back(one_dimensional(values, 3 * k + l, k == 0 && l == 0 ? 1 : 0));
    }
  }
  return group;
}

// S3 as permutations of {0,1,2} (g*h applies g first), identity first.
TestGroup symmetric_group_3() {
  const int perms[6][3] = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}, {1, 0, 2}, {0, 2, 1}, {2, 1, 0}};
  TestGroup group;
  group.table.resize(36);
  for (int a = 0; a < 6; ++a)
    for (int b = 0; b < 6; ++b)
      for (int c = 0; c < 6; ++c) {
        bool match = true;
        for (int x = 0; x < 3; ++x) match = match && perms[c][x] == perms[b][perms[a][x]];
        if (match) group.table[a * 6 + b] = static_cast<std::uint32_t>(c);
      }
  std::vector<Complex> trivial(6, 1.0), sign(6);
  for (int g = 0; g < 6; ++g) sign[g] = g < 3 ? 1.0 : -1.0;
  group.irreps.push_back(one_dimensional(trivial, 0, 1));
  group.irreps.push_back(one_dimensional(sign, 1, 1));
  // Q_p = transpose of the permutation matrix (Q_{ab} = Q_a Q_b for a applied first),
  // restricted to the orthonormal basis u1 = (1,-1,0)/sqrt2, u2 = (1,1,-2)/sqrt6.
  const double u[3][2] = {{1 / std::sqrt(2.0), 1 / std::sqrt(6.0)},
                          {-1 / std::sqrt(2.0), 1 / std::sqrt(6.0)},
                          {0.0, -2 / std::sqrt(6.0)}};
  UnitaryIrrep standard;
  standard.character_index = 2;
  standard.dimension = 2;
  standard.indicator = 1;
  for (int g = 0; g < 6; ++g) {
    double q[3][3] = {};
    for (int x = 0; x < 3; ++x) q[x][perms[g][x]] = 1.0;  // transpose of P with P e_x = e_{p(x)}
    for (int r = 0; r < 2; ++r)
      for (int c = 0; c < 2; ++c) {
        double value = 0;
        for (int x = 0; x < 3; ++x)
          for (int y = 0; y < 3; ++y) value += u[x][r] * q[x][y] * u[y][c];
        standard.matrices.push_back(value);
      }
  }
  group.irreps.push_back(standard);
  return group;
}

// nu(g) = Re sum_rc K[r][c] rho(g)[c][r] = Re tr(K rho(g)): for a real irrep and
// real K, or a complex irrep whose conjugate is in the list, nu^[rho] is
// proportional to K and nu has no other component (up to the conjugate).
std::vector<double> function_from_coefficient(const UnitaryIrrep& irrep, const std::vector<Complex>& k,
                                              std::size_t order) {
  std::size_t d = irrep.dimension;
  std::vector<double> nu(order);
  for (std::size_t g = 0; g < order; ++g) {
    Complex trace = 0;
    for (std::size_t r = 0; r < d; ++r)
      for (std::size_t c = 0; c < d; ++c) trace += k[r * d + c] * irrep.matrix(static_cast<ElementIndex>(g))[c * d + r];
    nu[g] = trace.real();
  }
  return nu;
}

std::vector<Complex> outer(const std::vector<Complex>& left, const std::vector<Complex>& right) {
  std::vector<Complex> out;
  for (Complex l : left)
    for (Complex r : right) out.push_back(l * std::conj(r));
  return out;
}

std::vector<Complex> product(const std::vector<Complex>& a, const std::vector<Complex>& b, std::size_t d) {
  std::vector<Complex> out(d * d);
  for (std::size_t r = 0; r < d; ++r)
    for (std::size_t c = 0; c < d; ++c)
      for (std::size_t k = 0; k < d; ++k) out[r * d + c] += a[r * d + k] * b[k * d + c];
  return out;
}

// A network of one neuron per listed irrep, each in the optimal rank-one
// alignment A = u v^H, B = w u^H, X = B A (shared: A = B = u u^H, X = A^2).
NetworkWeights aligned_network(const TestGroup& group, const std::vector<std::size_t>& irrep_indices, bool shared) {
  std::size_t n = group.table.size() == 1 ? 1 : static_cast<std::size_t>(std::lround(std::sqrt(group.table.size())));
  NetworkWeights weights;
  weights.neurons = irrep_indices.size();
  weights.group_order = n;
  weights.shared = shared;
  weights.theta1.resize(n * weights.neurons);
  if (!shared) weights.theta2.resize(n * weights.neurons);
  weights.xi.resize(n * weights.neurons);
  weights.neuron_scale.assign(weights.neurons, 1.0);
  for (std::size_t m = 0; m < irrep_indices.size(); ++m) {
    const UnitaryIrrep& irrep = group.irreps[irrep_indices[m]];
    std::size_t d = irrep.dimension;
    bool real = irrep.indicator == 1;
    // Unit vectors with phases (real for real irreps).
    std::vector<Complex> u(d), v(d), w(d);
    for (std::size_t i = 0; i < d; ++i) {
      u[i] = real ? Complex(i == 0 ? 0.6 : 0.8) : std::polar(i == 0 ? 0.6 : 0.8, 0.3 + i);
      v[i] = real ? Complex(i == 0 ? 0.8 : -0.6) : std::polar(i == 0 ? 0.8 : 0.6, -1.1 * i + 0.7);
      w[i] = real ? Complex(i == 0 ? 1.0 : 0.0) : std::polar(d == 1 ? 1.0 : (i == 0 ? 0.28 : 0.96), 2.0 - i);
    }
    if (d == 1) u[0] /= std::abs(u[0]), v[0] /= std::abs(v[0]);
    std::vector<Complex> a = shared ? outer(u, u) : outer(u, v);
    std::vector<Complex> b = shared ? a : outer(w, u);
    std::vector<Complex> x = product(b, a, d);
    std::vector<double> t1 = function_from_coefficient(irrep, a, n);
    std::vector<double> t2 = function_from_coefficient(irrep, b, n);
    std::vector<double> xv = function_from_coefficient(irrep, x, n);
    for (std::size_t g = 0; g < n; ++g) {
      weights.theta1[g * weights.neurons + m] = t1[g];
      if (!shared) weights.theta2[g * weights.neurons + m] = t2[g];
      weights.xi[g * weights.neurons + m] = xv[g];
    }
  }
  return weights;
}

void check_aligned(const SpectralSummary& summary) {
  for (const NeuronSpectrum& neuron : summary.neurons) {
    CHECK(neuron.dominant_fraction == doctest::Approx(1.0).epsilon(1e-12));
    for (double ratio : neuron.singular_value_ratio) CHECK(ratio == doctest::Approx(0.0).scale(1.0).epsilon(1e-6));
    for (double cosine : neuron.alignment_cosine) CHECK(cosine == doctest::Approx(1.0).epsilon(1e-12));
    CHECK(neuron.omega_ratio == doctest::Approx(1.0).epsilon(1e-12));
    if (neuron.phase_misalignment) CHECK(*neuron.phase_misalignment == doctest::Approx(0.0).scale(1.0).epsilon(1e-12));
  }
  CHECK(summary.single_irrep_share == 1.0);
  CHECK(summary.mean_non_dominant_energy == doctest::Approx(0.0).scale(1.0).epsilon(1e-12));
}

}  // namespace

TEST_CASE("spectral-analysis/001: complex conjugate irreps are merged into classes") {
  SpectralAnalyser c7(cyclic_group(7).table, cyclic_group(7).irreps);
  CHECK(c7.abelian());
  REQUIRE(c7.classes().size() == 4);
  CHECK(c7.classes()[0].trivial);
  CHECK(c7.classes()[1].members == std::vector<std::size_t>{1, 6});
  CHECK(c7.classes()[1].indicator == 0);
  SpectralAnalyser c6(cyclic_group(6).table, cyclic_group(6).irreps);
  REQUIRE(c6.classes().size() == 4);  // trivial, {1,5}, {2,4}, {3}
  CHECK(c6.classes()[3].members == std::vector<std::size_t>{3});
  CHECK(c6.classes()[3].indicator == 1);
  TestGroup s3 = symmetric_group_3();
  SpectralAnalyser analyser(s3.table, s3.irreps);
  CHECK_FALSE(analyser.abelian());
  REQUIRE(analyser.classes().size() == 3);
  CHECK(analyser.classes()[2].dimension == 2);
  CHECK(analyser.classes()[2].indicator == 1);
}

TEST_CASE("spectral-analysis/002: a neuron built from one irrep is fully concentrated and aligned") {
  TestGroup c7 = cyclic_group(7);
  SpectralAnalyser analyser7(c7.table, c7.irreps);
  check_aligned(analyser7.analyse(aligned_network(c7, {1, 2, 3}, false)));
  TestGroup c6 = cyclic_group(6);
  SpectralAnalyser analyser6(c6.table, c6.irreps);
  SpectralSummary summary6 = analyser6.analyse(aligned_network(c6, {1, 3}, false));
  check_aligned(summary6);
  CHECK(summary6.neurons[1].dominant_class == 3);  // the sign irrep, real
  TestGroup s3 = symmetric_group_3();
  SpectralAnalyser analyser3(s3.table, s3.irreps);
  SpectralSummary summary3 = analyser3.analyse(aligned_network(s3, {1, 2}, false));
  check_aligned(summary3);
  CHECK(summary3.neurons[1].dominant_class == 2);
  CHECK(summary3.neurons_of_higher_dimension == 1);
  TestGroup c3c3 = c3_times_c3();
  SpectralAnalyser analyser9(c3c3.table, c3c3.irreps);
  check_aligned(analyser9.analyse(aligned_network(c3c3, {1, 4, 5}, false)));
}

TEST_CASE("spectral-analysis/003: shared weights reach the shared maximum of Omega") {
  TestGroup s3 = symmetric_group_3();
  SpectralAnalyser analyser(s3.table, s3.irreps);
  check_aligned(analyser.analyse(aligned_network(s3, {2}, true)));
  TestGroup c5 = cyclic_group(5);
  SpectralAnalyser analyser5(c5.table, c5.irreps);
  check_aligned(analyser5.analyse(aligned_network(c5, {2}, true)));
  CHECK(omega_maximum(5, 1, 0, true) == doctest::Approx(2 * omega_maximum(5, 1, 0, false)));
  CHECK(omega_maximum(8, 2, 1, false) == doctest::Approx(1.0 / (2 * std::pow(8.0, 1.5) * std::sqrt(2.0))));
}

TEST_CASE("spectral-analysis/004: misaligned and mixed neurons score below the maxima") {
  TestGroup s3 = symmetric_group_3();
  SpectralAnalyser analyser(s3.table, s3.irreps);
  NetworkWeights weights = aligned_network(s3, {2}, false);
  // Replace xi by a function of rank two at the 2-dim irrep: s2/s1 = 1, cosine < 1.
  std::vector<double> xi = function_from_coefficient(s3.irreps[2], {1.0, 0.0, 0.0, 1.0}, 6);
  for (std::size_t g = 0; g < 6; ++g) weights.xi[g] = xi[g];
  SpectralSummary summary = analyser.analyse(weights);
  CHECK(summary.neurons[0].singular_value_ratio[2] == doctest::Approx(1.0));
  CHECK(summary.neurons[0].alignment_cosine[0] < 0.99);
  CHECK(summary.neurons[0].omega_ratio < 0.99);
  // Random neurons spread their energy; fractions sum to one.
  std::uint64_t seed = 77;
  MESSAGE("seed " << seed);
  TestGroup c7 = cyclic_group(7);
  SpectralAnalyser analyser7(c7.table, c7.irreps);
  SpectralSummary random = analyser7.analyse(initial_network_weights(200, 7, false, seed));
  double total = 0;
  for (double f : random.neurons[0].energy_fraction) total += f;
  CHECK(total == doctest::Approx(1.0));
  CHECK(random.mean_dominant_fraction < 0.7);
  CHECK(random.single_irrep_share < 0.1);
  CHECK(random.mean_omega_ratio < 0.5);
  REQUIRE(random.counts_chi_square.has_value());
  CHECK(random.counts_chi_square->degrees_of_freedom == 2.0);
}

TEST_CASE("spectral-analysis/005: Fourier coefficients follow the network convention") {
  TestGroup c5 = cyclic_group(5);
  SpectralAnalyser analyser(c5.table, c5.irreps);
  std::vector<double> delta = {0, 1, 0, 0, 0};  // nu = indicator of element 1
  // nu^[rho_k] = (1/5) rho_k(1^-1) = exp(-2 pi i k / 5) / 5.
  auto coefficient = analyser.fourier_coefficient(delta, 2);
  CHECK(coefficient[0].real() == doctest::Approx(std::cos(-4 * std::numbers::pi / 5) / 5));
  CHECK(coefficient[0].imag() == doctest::Approx(std::sin(-4 * std::numbers::pi / 5) / 5));
  TestGroup s3 = symmetric_group_3();
  SpectralAnalyser analyser3(s3.table, s3.irreps);
  // Element 1 is the 3-cycle; its inverse is element 2: nu^[rho] = rho(2) / 6.
  auto block = analyser3.fourier_coefficient({0, 1, 0, 0, 0, 0}, 2);
  for (std::size_t k = 0; k < 4; ++k) CHECK(std::abs(block[k] - s3.irreps[2].matrix(2)[k] / 6.0) < 1e-14);
}

TEST_CASE("spectral-analysis/006: the trivial group and inconsistent inputs") {
  TestGroup trivial = cyclic_group(1);
  SpectralAnalyser analyser(trivial.table, trivial.irreps);
  SpectralSummary summary = analyser.analyse(initial_network_weights(3, 1, false, 1));
  CHECK(summary.neurons[0].dominant_fraction == 1.0);
  CHECK(summary.trivial_dominant == 3);
  TestGroup c5 = cyclic_group(5);
  c5.irreps.pop_back();
  CHECK_THROWS_AS(SpectralAnalyser(c5.table, c5.irreps), Error);
  TestGroup c4 = cyclic_group(4);
  SpectralAnalyser analyser4(c4.table, c4.irreps);
  CHECK_THROWS_AS(analyser4.analyse(initial_network_weights(3, 5, false, 1)), Error);
}

TEST_CASE("spectral-analysis/007: Rayleigh, Kuiper and chi-square against hand-computed values") {
  TestResult rayleigh = rayleigh_test({0.0, 0.5, 1.0, 1.5, 2.0});
  CHECK(rayleigh.statistic == doctest::Approx(2.9426258927816695));
  CHECK(rayleigh.p_value == doctest::Approx(0.04430611554002441));
  CHECK(rayleigh_test({0.0, std::numbers::pi}).statistic == doctest::Approx(0.0).scale(1.0));
  CHECK(rayleigh_test({}).p_value == 1.0);
  // u = 0.1, 0.2, 0.3, 0.4, 0.9: D+ = 0.4, D- = 0.1, V = 0.5.
  std::vector<double> phases;
  for (double u : {0.1, 0.2, 0.3, 0.4, 0.9}) phases.push_back(2 * std::numbers::pi * u);
  TestResult kuiper = kuiper_test(phases);
  CHECK(kuiper.statistic == doctest::Approx(0.5));
  CHECK(kuiper.p_value == doctest::Approx(0.46266274061253676));
  std::vector<double> clustered;
  for (int i = 0; i < 10; ++i) clustered.push_back(0.1 * i);
  TestResult tight = kuiper_test(clustered);
  CHECK(tight.statistic == doctest::Approx(0.8567605512172942));
  CHECK(tight.p_value == doctest::Approx(2.9933114624765505e-06));
  // Chi-square: df 2 has survival exp(-x/2); df 1 has erfc(sqrt(x/2)).
  TestResult two = chi_square_uniform_test({10, 20, 30});
  CHECK(two.statistic == doctest::Approx(10.0));
  CHECK(two.degrees_of_freedom == 2.0);
  CHECK(two.p_value == doctest::Approx(std::exp(-5.0)));
  CHECK(chi_square_uniform_test({30, 10}).p_value == doctest::Approx(0.0015654022580025488));
  CHECK(chi_square_uniform_test({7, 7, 7}).p_value == 1.0);
  CHECK(regularized_gamma_q(3.0, 2.5) == doctest::Approx(0.5438131158833296));
  CHECK(regularized_gamma_q(2.0, 10.0) == doctest::Approx(0.0004993992273873334));
  CHECK(regularized_gamma_q(0.5, 0.0) == 1.0);
  CHECK_THROWS_AS(regularized_gamma_q(-1.0, 1.0), Error);
}

TEST_CASE("spectral-analysis/008: exponential decay rates") {
  std::vector<double> t, y;
  for (int i = 0; i < 20; ++i) {
    t.push_back(10.0 * i);
    y.push_back(3.0 * std::exp(-0.02 * 10.0 * i));
  }
  ExponentialFit fit = fit_exponential_decay(t, y);
  CHECK(fit.rate == doctest::Approx(0.02));
  CHECK(fit.log_intercept == doctest::Approx(std::log(3.0)));
  CHECK(fit.r_squared == doctest::Approx(1.0));
  CHECK(fit.points == 20);
  y[3] = 0.0;  // non-positive values are skipped
  CHECK(fit_exponential_decay(t, y).points == 19);
  CHECK(fit_exponential_decay(t, y, 50.0, 100.0).points == 6);
  CHECK(fit_exponential_decay({1.0}, {1.0}).points == 1);
}

TEST_CASE("spectral-analysis/009: a validation run on C7 and S3 passes claims a and b") {
  TrainingConfig config;
  config.neurons = 48;
  config.epochs = 400;
  config.seed = 3;
  MESSAGE("seed " << config.seed);
  TestGroup c7 = cyclic_group(7);
  ValidationReport report = run_validation(c7.table, c7.irreps, config);
  REQUIRE(report.claims.size() == 8);  // a, b, b-rank, c-spread, c-phase, d-phase, d-energy, d-align
  CHECK(report.claims[0].id == "a");
  CHECK(report.claims[0].status == ClaimStatus::pass);
  CHECK(report.claims[1].status == ClaimStatus::pass);
  CHECK(report.claims[2].status == ClaimStatus::not_applicable);  // no irrep of dimension > 1
  CHECK(report.claims[3].status != ClaimStatus::not_applicable);  // abelian: counts tested
  CHECK(report.trajectory.size() == 201);                         // every 2 steps, and the end
  CHECK(report.fits.phase_misalignment.has_value());
  TestGroup s3 = symmetric_group_3();
  ValidationReport nonabelian = run_validation(s3.table, s3.irreps, config);
  CHECK(nonabelian.claims[0].status == ClaimStatus::pass);
  CHECK(nonabelian.claims[1].status == ClaimStatus::pass);
  CHECK(nonabelian.claims[3].status == ClaimStatus::not_applicable);
  CHECK_FALSE(nonabelian.fits.phase_misalignment.has_value());
}

TEST_CASE("spectral-analysis/010: a saved finished run analysed again gives the run's claims exactly") {
  // What `irrepkit validate DIR` does: the final state and the trajectory go
  // through the checkpoint text; analyse_finished_run on them must reproduce
  // run_validation's summary, fits, conditions and claims bit for bit.
  TrainingConfig config;
  config.neurons = 32;
  config.epochs = 300;
  config.seed = 11;
  MESSAGE("seed " << config.seed);
  for (const TestGroup& group : {cyclic_group(7), symmetric_group_3()}) {
    TrainingControl control;
    control.keep_final_state = true;
    ValidationReport run = run_validation(group.table, group.irreps, config, control);
    REQUIRE(run.training.state.has_value());
    TrainingCheckpoint checkpoint;
    checkpoint.command = "train";
    checkpoint.state = *run.training.state;
    checkpoint.trajectory = run.trajectory;
    TrainingCheckpoint saved = parse_training_checkpoint(training_checkpoint_text(checkpoint), "test");

    ValidationReport again;
    again.training.weights = saved.state.weights;
    again.training.history = saved.state.history;
    again.training.final_record = saved.state.history.back();
    again.trajectory = saved.trajectory;
    SpectralAnalyser analyser(group.table, group.irreps);
    analyse_finished_run(again, analyser, saved.state.config);
    REQUIRE(again.claims.size() == run.claims.size());
    for (std::size_t i = 0; i < run.claims.size(); ++i) {
      INFO("claim " << run.claims[i].id);
      CHECK(again.claims[i].id == run.claims[i].id);
      CHECK(again.claims[i].status == run.claims[i].status);
      CHECK(again.claims[i].statistic == run.claims[i].statistic);
      CHECK(again.claims[i].conditions_met == run.claims[i].conditions_met);
    }
    CHECK(again.summary.mean_dominant_fraction == run.summary.mean_dominant_fraction);
    CHECK(again.summary.mean_alignment_cosine == run.summary.mean_alignment_cosine);
    CHECK(again.fits.non_dominant_energy.rate == run.fits.non_dominant_energy.rate);
    CHECK(again.gram.mean_abs_cosine_across == run.gram.mean_abs_cosine_across);
    REQUIRE(again.conditions.size() == run.conditions.size());
    for (std::size_t i = 0; i < run.conditions.size(); ++i) CHECK(again.conditions[i].met == run.conditions[i].met);
  }
}

TEST_CASE("spectral-analysis/011: a validation run stopped and resumed ends with the uninterrupted trajectory") {
  TrainingConfig config;
  config.neurons = 16;
  config.epochs = 120;
  config.seed = 2;
  config.record_every = 10;
  MESSAGE("seed " << config.seed);
  TestGroup group = symmetric_group_3();
  ValidationReport whole = run_validation(group.table, group.irreps, config);
  std::atomic<bool> stop{false};
  TrainingControl control;
  control.stop_requested = &stop;
  control.progress = [&](std::size_t done, std::size_t) {
    if (done >= 55) stop = true;
  };
  ValidationReport first = run_validation(group.table, group.irreps, config, control);
  REQUIRE(first.training.interrupted);
  CHECK(first.claims.empty());  // no analysis of a stopped run
  TrainingControl resume;
  resume.resume_from = &*first.training.state;
  ValidationReport second = run_validation(group.table, group.irreps, config, resume, first.trajectory);
  CHECK(second.training.weights == whole.training.weights);
  REQUIRE(second.trajectory.size() == whole.trajectory.size());
  for (std::size_t i = 0; i < whole.trajectory.size(); ++i) {
    CHECK(second.trajectory[i].step == whole.trajectory[i].step);
    CHECK(second.trajectory[i].non_dominant_energy == whole.trajectory[i].non_dominant_energy);
    CHECK(second.trajectory[i].median_min_alignment_cosine == whole.trajectory[i].median_min_alignment_cosine);
  }
  REQUIRE(second.claims.size() == whole.claims.size());
  for (std::size_t i = 0; i < whole.claims.size(); ++i) {
    CHECK(second.claims[i].statistic == whole.claims[i].statistic);
    CHECK(second.claims[i].status == whole.claims[i].status);
  }
}
