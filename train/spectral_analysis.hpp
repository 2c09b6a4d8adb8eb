// Spectral analysis of a trained composition network: which irreducible
// representation each neuron has learned, and how its layers align.
//
// Fourier convention (the neural-network literature, irreps/fourier.hpp
// "network"): nu^[rho] = (1/|G|) sum_g nu(g) rho(g^-1), a d x d matrix, so that
// nu(g) = sum_rho d tr(nu^[rho] rho(g)) and (1/|G|) ||nu||^2 = sum_rho d ||nu^[rho]||_F^2.
// Inverses come from the Cayley table (table[a*n+b] = a*b, 0 the identity).
// Weights are real, so nu^[conj rho] = conj(nu^[rho]): a complex irrep and its
// conjugate are merged into one IrrepClass and their energies added.
//
// Per neuron m (theta1 = theta2 = theta when shared):
//   energy fraction of a class = (E_in / sum E_in + E_out / sum E_out) / 2 with
//   E_in = E(theta1) + E(theta2), E_out = E(xi), E_rho(nu) = d ||nu^[rho]||_F^2;
//   dominant class = its largest fraction. At the dominant class's representative
//   rho, with A = theta1^, B = theta2^, X = xi^: s2/s1 of each (0 for d = 1),
//   cosines |<BA, X>|, |<A, B^H X>|, |<B, X A^H>| over the norms (the same inner
//   product tr(X^H B A) three ways), and Omega = sum_rho d Re tr(X^H B A) over all
//   irreps on the normalised weights (||[theta1; theta2]|| = ||xi|| = 1) against
//   its largest possible value for that irrep (omega_maximum below).
// Abelian groups: phases of theta1^, theta2^, xi^ at the representative of the
// dominant class; misalignment phi = arg A + arg B - arg X wrapped to (-pi, pi]
// (2 arg A - arg X when shared); Rayleigh and Kuiper tests of the theta1 and
// theta2 phases per class, chi-square of neuron counts over nontrivial classes.
#pragma once

#include <array>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "irreps/unitary_irrep.hpp"
#include "train/network_weights.hpp"
#include "train/uniformity_tests.hpp"

namespace irrepkit {

// An irrep, or a complex irrep together with its complex conjugate.
struct IrrepClass {
  std::vector<std::size_t> members;  // indices into the irreps; members[0] is the representative
  std::size_t dimension = 0;
  int indicator = 0;  // Frobenius-Schur, computed from the matrices
  bool trivial = false;
};

struct NeuronSpectrum {
  std::vector<double> energy_fraction;  // per IrrepClass, sums to 1
  std::size_t dominant_class = 0;
  double dominant_fraction = 0.0;
  std::array<double, 3> singular_value_ratio{};  // s2/s1 of theta1^, theta2^, xi^
  std::array<double, 3> alignment_cosine{};      // (theta2^ theta1^, xi^), (theta2^H xi^, theta1^), (xi^ theta1^H, theta2^)
  double omega = 0.0;
  double omega_maximum = 0.0;
  double omega_ratio = 0.0;
  // Relative distance of the unit-normalised [theta1; theta2] (theta when
  // shared) and xi to the isotypic subspace of the dominant class (the span of
  // the matrix entries of its irreps): sqrt(1 - its energy share), by Plancherel.
  double input_isotypic_distance = 0.0;
  double output_isotypic_distance = 0.0;
  // Abelian groups only.
  std::optional<double> phase_theta1, phase_theta2, phase_xi, phase_misalignment;
};

struct ClassStatistics {
  std::size_t irrep_class = 0;
  std::size_t neurons = 0;  // neurons whose dominant class this is
  TestResult rayleigh_theta1, kuiper_theta1, rayleigh_theta2, kuiper_theta2;  // abelian only
};

struct SpectralSummary {
  bool abelian = false;
  std::vector<IrrepClass> classes;
  std::vector<NeuronSpectrum> neurons;
  std::vector<ClassStatistics> class_statistics;  // one per class
  double mean_dominant_fraction = 0.0;
  double mean_non_dominant_energy = 0.0;        // 1 - mean_dominant_fraction
  double median_non_dominant_energy = 0.0;      // median over neurons of 1 - dominant fraction
  double single_irrep_share = 0.0;              // neurons with dominant fraction >= 0.9
  double median_min_alignment_cosine = 0.0;     // per neuron the smallest of its three cosines
  std::array<double, 3> mean_alignment_cosine{}; // mean over neurons of each of the three cosines
  double median_max_singular_value_ratio = 0.0; // over neurons whose dominant class has d > 1, not quaternionic
  std::size_t neurons_of_higher_dimension = 0;  // dominant class with d > 1, not quaternionic
  double mean_omega_ratio = 0.0;
  double mean_isotypic_distance = 0.0;          // mean over neurons of (input + output distance) / 2
  std::size_t trivial_dominant = 0;             // neurons whose dominant class is trivial
  // Abelian only:
  std::optional<double> mean_phase_misalignment;  // mean of 1 - cos(phi)
  std::optional<double> mean_abs_phase;           // mean |phi|
  std::optional<TestResult> counts_chi_square;    // over nontrivial classes
  std::optional<double> min_phase_p_value;        // smallest Rayleigh/Kuiper p over classes with >= 5 neurons
  std::size_t phase_tests = 0;                    // how many tests that minimum is over
};

// The largest Omega of unit-norm weights ([theta1; theta2] and xi, or theta and
// xi when shared) supported on one irrep class of dimension d in a group of
// order n. Derivation: ||nu||^2 = n sum_rho d ||nu^[rho]||^2, and
// |tr(X^H B A)| <= ||X||_F ||B A||_F <= ||X||_F ||B||_op ||A||_F <= ||X||_F ||B||_F ||A||_F.
// Real irrep (indicator 1): with a = sqrt(d)||A|| etc., a^2 + b^2 = 1/n and
// x^2 = 1/n, Omega <= d ||X|| ||A|| ||B|| = a b x / sqrt(d), largest at a = b:
// 1 / (2 n^{3/2} sqrt d); reached by rank-one A = u v^H, B = w u^H, X ∝ B A.
// Complex (indicator 0): rho and conj(rho) contribute equal terms, and the norm
// splits between them: 2 n d (||A||^2 + ||B||^2) = 1, 2 n d ||X||^2 = 1, so
// Omega <= 2 d ||X|| ||A|| ||B|| = 1 / (2 sqrt 2 n^{3/2} sqrt d).
// Quaternionic (indicator -1): coefficients of real functions are quaternionic
// matrices, whose singular values come in equal pairs, so ||B||_op <= ||B||_F / sqrt 2:
// again 1 / (2 sqrt 2 n^{3/2} sqrt d).
// Shared theta (A = B, n d ||A||^2 = 1): real 1 / (n^{3/2} sqrt d); complex and
// quaternionic 1 / (sqrt 2 n^{3/2} sqrt d), by the same steps.
double omega_maximum(std::size_t group_order, std::size_t dimension, int indicator, bool shared);

// Precomputed transform for one group (inverse table, the matrices rho(g^-1),
// the classes); reuse it across the snapshots of a training run.
class SpectralAnalyser {
 public:
  // Throws bad_input if the table is not a group table, or the irreps do not
  // carry all element matrices, or sum d^2 != n.
  SpectralAnalyser(const std::vector<std::uint32_t>& cayley_table, const std::vector<UnitaryIrrep>& irreps);
  ~SpectralAnalyser();
  SpectralAnalyser(SpectralAnalyser&&) noexcept;
  SpectralAnalyser& operator=(SpectralAnalyser&&) noexcept;

  std::size_t group_order() const noexcept;
  bool abelian() const noexcept;
  const std::vector<IrrepClass>& classes() const noexcept;

  // nu^[rho_i] of a real function, d x d row-major.
  std::vector<std::complex<double>> fourier_coefficient(const std::vector<double>& nu, std::size_t irrep) const;

  SpectralSummary analyse(const NetworkWeights& weights) const;

 private:
  struct Data;
  std::unique_ptr<Data> _data;
};

}  // namespace irrepkit
