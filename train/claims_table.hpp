// The claims of He, Wang, Zhang, Chen, Yang (2026) as checkable rows: for each,
// the measured statistic, the threshold applied, and pass / fail / not applicable.
//
//   a        each neuron converges to a single irrep: share of neurons whose
//            dominant class holds >= 0.9 of the energy; pass if >= 0.9.
//   b        rotational rank-one alignment: median over neurons of the smallest
//            of the three cross-layer cosines; pass if >= 0.9.
//   b-rank   rank one at irreps of dimension > 1: median over those neurons of the
//            largest s2/s1; pass if <= 0.1 (n/a when no neuron has d > 1).
//            Quaternionic irreps are left out: Fourier coefficients of real
//            functions there are quaternionic matrices, whose singular values
//            come in equal pairs (s2/s1 = 1 at best: rank one over H).
//   c-spread abelian: neuron counts uniform over nontrivial classes, chi-square
//            p-value; pass if >= 0.01 (n/a for nonabelian groups).
//   c-phase  abelian: Haar-uniform phases, smallest Rayleigh/Kuiper p-value times
//            the number of tests (Bonferroni); pass if >= 0.01 (n/a without a
//            complex class holding >= 5 neurons).
//   d-phase  abelian: mean phase misalignment 1 - cos(phi) decays exponentially:
//            log-linear fit over the decay window (from the curve's peak to the
//            first value <= 1e-3 of it; later values are the optimizer's noise
//            floor); pass if the rate is positive, R^2 >= 0.8 and the curve fell
//            by at least two decades from its peak.
//   d-energy median over neurons of the non-dominant energy decays exponentially, the same test.
//   d-align  1 - median smallest alignment cosine decays exponentially, the same test.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "train/exponential_fit.hpp"
#include "train/spectral_analysis.hpp"

namespace irrepkit {

enum class ClaimStatus { pass, fail, not_applicable };

struct ClaimResult {
  std::string id;           // "a", "b", "b-rank", "c-spread", "c-phase", "d-phase", "d-energy"
  std::string description;
  std::string statistic_name;
  std::optional<double> statistic;
  std::string threshold;
  ClaimStatus status = ClaimStatus::not_applicable;
  // False when the run did not meet the theorem's conditions
  // (train/theorem_conditions.hpp): the measurement then does not test the theorem.
  bool conditions_met = true;
};

struct ConvergenceFits {
  std::optional<ExponentialFit> phase_misalignment;  // abelian only
  ExponentialFit non_dominant_energy;
  std::optional<double> final_phase_misalignment;
  double final_non_dominant_energy = 0.0;
  double phase_decay = 0.0;   // log10(peak / final) of the phase curve
  double energy_decay = 0.0;  // log10(peak / final) of the energy curve
  std::optional<ExponentialFit> alignment;  // of 1 - median smallest alignment cosine
  double alignment_decay = 0.0;
};

std::vector<ClaimResult> evaluate_claims(const SpectralSummary& summary, const ConvergenceFits& fits);

const char* to_string(ClaimStatus status);  // "pass", "fail", "n/a"

}  // namespace irrepkit
