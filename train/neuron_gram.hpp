// The Gram matrix of normalised neuron weights, grouped by dominant irrep.
//
// Fourier components on different irreps are orthogonal in R^|G| (Schur
// orthogonality), so two neurons settled on different irrep classes have
// orthogonal weight vectors; neurons on the same class need not be parallel
// (they differ in phase or basis), but share a subspace. Neuron m's vector is
// w_m = [theta1_m / ||theta1_m||, theta2_m / ||theta2_m||, xi_m / ||xi_m||] / sqrt 3
// (theta2 left out when shared, sqrt 2 then), a unit vector; the Gram matrix
// is G[m][m'] = <w_m, w_m'>. Reported: the mean |cosine| over pairs of
// distinct neurons within the same dominant class and across classes, and the
// class-by-class table of mean |cosine|.
#pragma once

#include <cstddef>
#include <vector>

#include "train/network_weights.hpp"
#include "train/spectral_analysis.hpp"

namespace irrepkit {

struct NeuronGramSummary {
  double mean_abs_cosine_within = 0.0;  // over pairs m != m' with the same dominant class
  double mean_abs_cosine_across = 0.0;  // over pairs with different dominant classes
  std::size_t pairs_within = 0;
  std::size_t pairs_across = 0;
  // classes x classes, row-major: mean |cosine| between neurons of class a and of class b
  // (distinct neurons on the diagonal); 0 where a class has too few neurons.
  std::vector<double> class_mean_abs_cosine;
  std::size_t classes = 0;
};

// `summary` is the spectral analysis of the same weights (dominant classes).
NeuronGramSummary neuron_gram_summary(const NetworkWeights& weights, const SpectralSummary& summary);

}  // namespace irrepkit
