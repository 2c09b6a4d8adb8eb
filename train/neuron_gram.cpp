// Gram matrix of normalised neuron weights by dominant class (see neuron_gram.hpp).
#include "train/neuron_gram.hpp"

#include <Eigen/Dense>
#include <cmath>

#include "lib/error.hpp"

namespace irrepkit {

NeuronGramSummary neuron_gram_summary(const NetworkWeights& weights, const SpectralSummary& summary) {
  const std::size_t m_count = weights.neurons, n = weights.group_order;
  if (summary.neurons.size() != m_count) {
    throw_bad_input("neuron_gram_summary: the analysis has " + std::to_string(summary.neurons.size()) +
                    " neurons, the weights " + std::to_string(m_count));
  }
  const std::size_t parts = weights.shared ? 2 : 3;
  // Rows: neurons; columns: the concatenated normalised vectors.
  Eigen::MatrixXd vectors(static_cast<Eigen::Index>(m_count), static_cast<Eigen::Index>(parts * n));
  const std::vector<const std::vector<double>*> layers =
      weights.shared ? std::vector<const std::vector<double>*>{&weights.theta1, &weights.xi}
                     : std::vector<const std::vector<double>*>{&weights.theta1, &weights.theta2, &weights.xi};
  const double part_scale = 1.0 / std::sqrt(static_cast<double>(parts));
  for (std::size_t m = 0; m < m_count; ++m) {
    for (std::size_t p = 0; p < parts; ++p) {
      double norm = 0.0;
      for (std::size_t g = 0; g < n; ++g) norm += (*layers[p])[g * m_count + m] * (*layers[p])[g * m_count + m];
      norm = std::sqrt(norm);
      for (std::size_t g = 0; g < n; ++g) {
        double value = norm > 0 ? (*layers[p])[g * m_count + m] / norm * part_scale : 0.0;
        vectors(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(p * n + g)) = value;
      }
    }
  }
  Eigen::MatrixXd gram = vectors * vectors.transpose();

  NeuronGramSummary out;
  out.classes = summary.classes.size();
  const std::size_t k = out.classes;
  std::vector<double> sums(k * k, 0.0);
  std::vector<std::size_t> counts(k * k, 0);
  double within = 0.0, across = 0.0;
  for (std::size_t a = 0; a < m_count; ++a) {
    std::size_t class_a = summary.neurons[a].dominant_class;
    for (std::size_t b = a + 1; b < m_count; ++b) {
      std::size_t class_b = summary.neurons[b].dominant_class;
      double value = std::abs(gram(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)));
      if (class_a == class_b) {
        within += value;
        ++out.pairs_within;
      } else {
        across += value;
        ++out.pairs_across;
      }
      sums[class_a * k + class_b] += value;
      counts[class_a * k + class_b] += 1;
      if (class_a != class_b) {
        sums[class_b * k + class_a] += value;
        counts[class_b * k + class_a] += 1;
      }
    }
  }
  if (out.pairs_within > 0) out.mean_abs_cosine_within = within / static_cast<double>(out.pairs_within);
  if (out.pairs_across > 0) out.mean_abs_cosine_across = across / static_cast<double>(out.pairs_across);
  out.class_mean_abs_cosine.assign(k * k, 0.0);
  for (std::size_t i = 0; i < k * k; ++i) {
    if (counts[i] > 0) out.class_mean_abs_cosine[i] = sums[i] / static_cast<double>(counts[i]);
  }
  return out;
}

}  // namespace irrepkit
