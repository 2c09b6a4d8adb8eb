// Per-neuron Fourier analysis of composition networks (see spectral_analysis.hpp).
#include "train/spectral_analysis.hpp"

// GCC 12 reports false "maybe uninitialized" warnings inside Eigen's complex
// matrix-vector kernels; they are Eigen's, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <Eigen/Dense>
#pragma GCC diagnostic pop
#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "lib/error.hpp"
#include "train/composition_dataset.hpp"

namespace irrepkit {

namespace {

using Complex = std::complex<double>;

double wrap_phase(double phi) {
  // To (-pi, pi].
  double wrapped = std::remainder(phi, 2.0 * std::numbers::pi);
  if (wrapped <= -std::numbers::pi) wrapped += 2.0 * std::numbers::pi;
  return wrapped;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
}

double singular_value_ratio(const Eigen::MatrixXcd& matrix) {
  if (matrix.rows() < 2) return 0.0;
  // Singular values are the square roots of the eigenvalues of M^H M (ascending).
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXcd> solver(matrix.adjoint() * matrix, Eigen::EigenvaluesOnly);
  const auto& values = solver.eigenvalues();
  double largest = values[values.size() - 1];
  double second = std::max(values[values.size() - 2], 0.0);
  return largest > 0.0 ? std::sqrt(second / largest) : 0.0;
}

double cosine(const Eigen::MatrixXcd& left, const Eigen::MatrixXcd& right) {
  double norms = left.norm() * right.norm();
  if (norms == 0.0) return 0.0;
  return std::abs((right.adjoint() * left).trace()) / norms;
}

}  // namespace

double omega_maximum(std::size_t group_order, std::size_t dimension, int indicator, bool shared) {
  double n = static_cast<double>(group_order);
  double base = (shared ? 1.0 : 0.5) / (std::pow(n, 1.5) * std::sqrt(static_cast<double>(dimension)));
  return indicator == 1 ? base : base / std::numbers::sqrt2;
}

struct SpectralAnalyser::Data {
  std::size_t order = 0;
  bool abelian = false;
  std::vector<std::size_t> dimensions;
  std::vector<std::size_t> offsets;   // column offset of irrep i in the transform matrices
  Eigen::MatrixXd transform_real;     // n x sum d^2: entry (g, off + r d + c) = Re rho(g^-1)[r][c] / n
  Eigen::MatrixXd transform_imag;
  std::vector<IrrepClass> classes;
  std::vector<std::size_t> class_of_irrep;
};

SpectralAnalyser::SpectralAnalyser(const std::vector<std::uint32_t>& cayley_table,
                                   const std::vector<UnitaryIrrep>& irreps)
    : _data(std::make_unique<Data>()) {
  Data& data = *_data;
  std::size_t n = validate_cayley_table(cayley_table);
  std::vector<std::uint32_t> inverse = inverses_from_cayley_table(cayley_table);
  data.order = n;
  data.abelian = true;
  for (std::size_t a = 0; a < n && data.abelian; ++a)
    for (std::size_t b = 0; b < a; ++b)
      if (cayley_table[a * n + b] != cayley_table[b * n + a]) {
        data.abelian = false;
        break;
      }

  std::size_t total = 0;
  for (std::size_t i = 0; i < irreps.size(); ++i) {
    std::size_t d = irreps[i].dimension;
    if (d == 0 || irreps[i].matrices.size() != n * d * d) {
      throw_bad_input("spectral analysis: irrep " + std::to_string(i) +
                      " does not carry the matrices of all " + std::to_string(n) + " elements");
    }
    data.dimensions.push_back(d);
    data.offsets.push_back(total);
    total += d * d;
  }
  if (total != n) {
    throw_bad_input("spectral analysis: the irreps' squared dimensions sum to " + std::to_string(total) +
                    ", not the group order " + std::to_string(n));
  }
  data.transform_real.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(total));
  data.transform_imag.resize(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(total));
  const double inverse_order = 1.0 / static_cast<double>(n);
  for (std::size_t i = 0; i < irreps.size(); ++i) {
    std::size_t d = data.dimensions[i];
    for (std::size_t g = 0; g < n; ++g) {
      const Complex* m = irreps[i].matrix(inverse[g]);
      for (std::size_t k = 0; k < d * d; ++k) {
        auto row = static_cast<Eigen::Index>(g);
        auto col = static_cast<Eigen::Index>(data.offsets[i] + k);
        data.transform_real(row, col) = m[k].real() * inverse_order;
        data.transform_imag(row, col) = m[k].imag() * inverse_order;
      }
    }
  }

  // Characters and indicators from the matrices; merge conjugate pairs.
  std::vector<std::vector<Complex>> characters(irreps.size(), std::vector<Complex>(n));
  std::vector<int> indicators(irreps.size());
  for (std::size_t i = 0; i < irreps.size(); ++i) {
    std::size_t d = data.dimensions[i];
    for (std::size_t g = 0; g < n; ++g) {
      Complex trace = 0.0;
      for (std::size_t r = 0; r < d; ++r) trace += irreps[i].matrix(static_cast<ElementIndex>(g))[r * d + r];
      characters[i][g] = trace;
    }
    Complex sum = 0.0;
    for (std::size_t g = 0; g < n; ++g) sum += characters[i][cayley_table[g * n + g]];
    indicators[i] = static_cast<int>(std::lround(sum.real() * inverse_order));
  }
  data.class_of_irrep.assign(irreps.size(), SIZE_MAX);
  for (std::size_t i = 0; i < irreps.size(); ++i) {
    if (data.class_of_irrep[i] != SIZE_MAX) continue;
    IrrepClass irrep_class;
    irrep_class.members.push_back(i);
    irrep_class.dimension = data.dimensions[i];
    irrep_class.indicator = indicators[i];
    bool trivial = irrep_class.dimension == 1;
    for (std::size_t g = 0; g < n && trivial; ++g) trivial = std::abs(characters[i][g] - 1.0) < 1e-6;
    irrep_class.trivial = trivial;
    if (indicators[i] == 0) {
      for (std::size_t j = i + 1; j < irreps.size(); ++j) {
        if (data.class_of_irrep[j] != SIZE_MAX || data.dimensions[j] != data.dimensions[i]) continue;
        bool conjugate = true;
        for (std::size_t g = 0; g < n && conjugate; ++g) {
          conjugate = std::abs(characters[j][g] - std::conj(characters[i][g])) < 1e-6;
        }
        if (conjugate) {
          irrep_class.members.push_back(j);
          data.class_of_irrep[j] = data.classes.size();
          break;
        }
      }
      if (irrep_class.members.size() != 2) {
        throw_bad_input("spectral analysis: complex irrep " + std::to_string(i) +
                        " has no complex conjugate among the irreps");
      }
    }
    data.class_of_irrep[i] = data.classes.size();
    data.classes.push_back(irrep_class);
  }
}

SpectralAnalyser::~SpectralAnalyser() = default;
SpectralAnalyser::SpectralAnalyser(SpectralAnalyser&&) noexcept = default;
SpectralAnalyser& SpectralAnalyser::operator=(SpectralAnalyser&&) noexcept = default;

std::size_t SpectralAnalyser::group_order() const noexcept { return _data->order; }
bool SpectralAnalyser::abelian() const noexcept { return _data->abelian; }
const std::vector<IrrepClass>& SpectralAnalyser::classes() const noexcept { return _data->classes; }

std::vector<std::complex<double>> SpectralAnalyser::fourier_coefficient(const std::vector<double>& nu,
                                                                       std::size_t irrep) const {
  const Data& data = *_data;
  if (nu.size() != data.order) throw_bad_input("fourier_coefficient: function has the wrong length");
  if (irrep >= data.dimensions.size()) throw_bad_input("fourier_coefficient: no such irrep");
  std::size_t d = data.dimensions[irrep];
  Eigen::Map<const Eigen::RowVectorXd> values(nu.data(), static_cast<Eigen::Index>(nu.size()));
  std::vector<std::complex<double>> out(d * d);
  for (std::size_t k = 0; k < d * d; ++k) {
    auto col = static_cast<Eigen::Index>(data.offsets[irrep] + k);
    out[k] = {values.dot(data.transform_real.col(col)), values.dot(data.transform_imag.col(col))};
  }
  return out;
}

SpectralSummary SpectralAnalyser::analyse(const NetworkWeights& weights) const {
  const Data& data = *_data;
  if (weights.group_order != data.order) {
    throw_bad_input("spectral analysis: network is for a group of order " + std::to_string(weights.group_order) +
                    ", the analyser for order " + std::to_string(data.order));
  }
  const auto m_count = static_cast<Eigen::Index>(weights.neurons);
  const auto n = static_cast<Eigen::Index>(data.order);
  using ConstMap = Eigen::Map<const Eigen::MatrixXd>;
  ConstMap theta1(weights.theta1.data(), m_count, n);
  ConstMap theta2(weights.shared ? weights.theta1.data() : weights.theta2.data(), m_count, n);
  ConstMap xi(weights.xi.data(), m_count, n);
  // Coefficients of every neuron at once: M x sum d^2, complex.
  auto transform = [&](const ConstMap& w) {
    Eigen::MatrixXcd out(m_count, data.transform_real.cols());
    out.real() = w * data.transform_real;
    out.imag() = w * data.transform_imag;
    return out;
  };
  Eigen::MatrixXcd coefficients1 = transform(theta1);
  Eigen::MatrixXcd coefficients2 = weights.shared ? coefficients1 : transform(theta2);
  Eigen::MatrixXcd coefficients_xi = transform(xi);
  Eigen::VectorXd input_norm =
      (theta1.rowwise().squaredNorm() + (weights.shared ? Eigen::VectorXd::Zero(m_count)
                                                        : Eigen::VectorXd(theta2.rowwise().squaredNorm())))
          .cwiseSqrt();
  Eigen::VectorXd output_norm = xi.rowwise().norm();

  auto block = [&](const Eigen::MatrixXcd& coefficients, Eigen::Index m, std::size_t irrep) {
    auto d = static_cast<Eigen::Index>(data.dimensions[irrep]);
    Eigen::MatrixXcd out(d, d);
    for (Eigen::Index r = 0; r < d; ++r)
      for (Eigen::Index c = 0; c < d; ++c)
        out(r, c) = coefficients(m, static_cast<Eigen::Index>(data.offsets[irrep]) + r * d + c);
    return out;
  };

  SpectralSummary summary;
  summary.abelian = data.abelian;
  summary.classes = data.classes;
  const std::size_t class_count = data.classes.size();
  std::vector<double> min_cosines, max_ratios, phase_misalignments, abs_phases, non_dominant;
  std::vector<std::vector<double>> class_phases1(class_count), class_phases2(class_count);
  summary.class_statistics.resize(class_count);
  for (std::size_t c = 0; c < class_count; ++c) summary.class_statistics[c].irrep_class = c;

  for (Eigen::Index m = 0; m < m_count; ++m) {
    NeuronSpectrum neuron;
    std::vector<double> input_energy(class_count, 0.0), output_energy(class_count, 0.0);
    for (std::size_t i = 0; i < data.dimensions.size(); ++i) {
      auto d = static_cast<Eigen::Index>(data.dimensions[i]);
      auto offset = static_cast<Eigen::Index>(data.offsets[i]);
      double e1 = coefficients1.row(m).segment(offset, d * d).squaredNorm();
      double e2 = weights.shared ? 0.0 : coefficients2.row(m).segment(offset, d * d).squaredNorm();
      double ex = coefficients_xi.row(m).segment(offset, d * d).squaredNorm();
      input_energy[data.class_of_irrep[i]] += static_cast<double>(d) * (e1 + e2);
      output_energy[data.class_of_irrep[i]] += static_cast<double>(d) * ex;
    }
    double input_total = 0, output_total = 0;
    for (std::size_t c = 0; c < class_count; ++c) {
      input_total += input_energy[c];
      output_total += output_energy[c];
    }
    neuron.energy_fraction.resize(class_count);
    for (std::size_t c = 0; c < class_count; ++c) {
      double in = input_total > 0 ? input_energy[c] / input_total : 0.0;
      double out = output_total > 0 ? output_energy[c] / output_total : 0.0;
      neuron.energy_fraction[c] = 0.5 * (in + out);
    }
    neuron.dominant_class = static_cast<std::size_t>(
        std::max_element(neuron.energy_fraction.begin(), neuron.energy_fraction.end()) -
        neuron.energy_fraction.begin());
    neuron.dominant_fraction = neuron.energy_fraction[neuron.dominant_class];
    {
      double in = input_total > 0 ? input_energy[neuron.dominant_class] / input_total : 0.0;
      double out = output_total > 0 ? output_energy[neuron.dominant_class] / output_total : 0.0;
      neuron.input_isotypic_distance = std::sqrt(std::max(0.0, 1.0 - in));
      neuron.output_isotypic_distance = std::sqrt(std::max(0.0, 1.0 - out));
      summary.mean_isotypic_distance += 0.5 * (neuron.input_isotypic_distance + neuron.output_isotypic_distance);
    }
    const IrrepClass& dominant = data.classes[neuron.dominant_class];
    std::size_t representative = dominant.members[0];
    Eigen::MatrixXcd a = block(coefficients1, m, representative);
    Eigen::MatrixXcd b = block(coefficients2, m, representative);
    Eigen::MatrixXcd x = block(coefficients_xi, m, representative);
    neuron.singular_value_ratio = {singular_value_ratio(a), singular_value_ratio(b), singular_value_ratio(x)};
    neuron.alignment_cosine = {cosine(b * a, x), cosine(a, b.adjoint() * x), cosine(b, x * a.adjoint())};
    // Omega over all irreps, on unit-norm weights.
    double omega = 0.0;
    for (std::size_t i = 0; i < data.dimensions.size(); ++i) {
      Eigen::MatrixXcd ai = block(coefficients1, m, i), bi = block(coefficients2, m, i),
                       xii = block(coefficients_xi, m, i);
      omega += static_cast<double>(data.dimensions[i]) * (xii.adjoint() * bi * ai).trace().real();
    }
    double norm_product = input_norm[m] * input_norm[m] * output_norm[m];
    neuron.omega = norm_product > 0 ? omega / norm_product : 0.0;
    neuron.omega_maximum = omega_maximum(data.order, dominant.dimension, dominant.indicator, weights.shared);
    neuron.omega_ratio = neuron.omega / neuron.omega_maximum;

    if (data.abelian && !dominant.trivial) {
      double p1 = std::arg(a(0, 0)), p2 = std::arg(b(0, 0)), px = std::arg(x(0, 0));
      neuron.phase_theta1 = p1;
      neuron.phase_theta2 = p2;
      neuron.phase_xi = px;
      neuron.phase_misalignment = wrap_phase(p1 + p2 - px);
      phase_misalignments.push_back(1.0 - std::cos(*neuron.phase_misalignment));
      abs_phases.push_back(std::abs(*neuron.phase_misalignment));
      class_phases1[neuron.dominant_class].push_back(p1);
      class_phases2[neuron.dominant_class].push_back(p2);
    }
    summary.class_statistics[neuron.dominant_class].neurons += 1;
    if (dominant.trivial) ++summary.trivial_dominant;
    summary.mean_dominant_fraction += neuron.dominant_fraction;
    if (neuron.dominant_fraction >= 0.9) summary.single_irrep_share += 1.0;
    summary.mean_omega_ratio += neuron.omega_ratio;
    non_dominant.push_back(1.0 - neuron.dominant_fraction);
    for (std::size_t k = 0; k < 3; ++k) summary.mean_alignment_cosine[k] += neuron.alignment_cosine[k];
    min_cosines.push_back(*std::min_element(neuron.alignment_cosine.begin(), neuron.alignment_cosine.end()));
    if (dominant.dimension > 1 && dominant.indicator != -1) {
      max_ratios.push_back(*std::max_element(neuron.singular_value_ratio.begin(), neuron.singular_value_ratio.end()));
    }
    summary.neurons.push_back(std::move(neuron));
  }
  double neuron_count = static_cast<double>(std::max<Eigen::Index>(m_count, 1));
  summary.mean_dominant_fraction /= neuron_count;
  summary.mean_non_dominant_energy = 1.0 - summary.mean_dominant_fraction;
  summary.single_irrep_share /= neuron_count;
  summary.mean_omega_ratio /= neuron_count;
  summary.mean_isotypic_distance /= neuron_count;
  summary.median_min_alignment_cosine = median(min_cosines);
  summary.median_non_dominant_energy = median(non_dominant);
  for (double& cosine_mean : summary.mean_alignment_cosine) cosine_mean /= neuron_count;
  summary.median_max_singular_value_ratio = median(max_ratios);
  summary.neurons_of_higher_dimension = max_ratios.size();

  if (data.abelian) {
    double mean_misalignment = 0, mean_abs = 0;
    for (double v : phase_misalignments) mean_misalignment += v;
    for (double v : abs_phases) mean_abs += v;
    if (!phase_misalignments.empty()) {
      summary.mean_phase_misalignment = mean_misalignment / static_cast<double>(phase_misalignments.size());
      summary.mean_abs_phase = mean_abs / static_cast<double>(abs_phases.size());
    }
    std::vector<std::size_t> counts;
    double min_p = 1.0;
    for (std::size_t c = 0; c < class_count; ++c) {
      if (data.classes[c].trivial) continue;
      counts.push_back(summary.class_statistics[c].neurons);
      ClassStatistics& statistics = summary.class_statistics[c];
      statistics.rayleigh_theta1 = rayleigh_test(class_phases1[c]);
      statistics.kuiper_theta1 = kuiper_test(class_phases1[c]);
      statistics.rayleigh_theta2 = rayleigh_test(class_phases2[c]);
      statistics.kuiper_theta2 = kuiper_test(class_phases2[c]);
      // Real irreps (indicator 1) have real coefficients: phases 0 or pi, not tested.
      if (class_phases1[c].size() >= 5 && data.classes[c].indicator == 0) {
        for (const TestResult* t : {&statistics.rayleigh_theta1, &statistics.kuiper_theta1,
                                    &statistics.rayleigh_theta2, &statistics.kuiper_theta2}) {
          min_p = std::min(min_p, t->p_value);
          ++summary.phase_tests;
        }
      }
    }
    summary.counts_chi_square = chi_square_uniform_test(counts);
    if (summary.phase_tests > 0) summary.min_phase_p_value = min_p;
  }
  return summary;
}

}  // namespace irrepkit
