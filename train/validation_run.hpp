// Train a composition network and test the paper's claims on it: spectral
// analysis every record_every steps (the trajectory), exponential-rate fits
// over the decay phase of each curve, the final analysis and the claims table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "irreps/unitary_irrep.hpp"
#include "train/claims_table.hpp"
#include "train/neuron_gram.hpp"
#include "train/spectral_analysis.hpp"
#include "train/theorem_conditions.hpp"
#include "train/train_network.hpp"

namespace irrepkit {

struct SpectralTrajectoryPoint {
  std::size_t step = 0;
  double loss = 0.0;
  double train_accuracy = 0.0;
  double non_dominant_energy = 0.0;         // mean over neurons of 1 - dominant fraction
  double median_non_dominant_energy = 0.0;  // median over neurons (the d-energy fit's curve)
  double single_irrep_share = 0.0;
  double median_min_alignment_cosine = 0.0;
  double mean_omega_ratio = 0.0;
  std::optional<double> phase_misalignment;  // abelian only
};

struct ValidationReport {
  TrainingResult training;
  SpectralSummary summary;  // of the final weights
  std::vector<SpectralTrajectoryPoint> trajectory;
  ConvergenceFits fits;
  NeuronGramSummary gram;                   // of the final weights
  std::vector<TheoremCondition> conditions; // which conditions of the theorem the run met
  std::vector<ClaimResult> claims;          // marked by the conditions
};

// config.record_every == 0 is replaced by max(1, epochs / 200).
// `control` as for train_composition_network; when it resumes a state,
// `resume_trajectory` holds the points recorded before the interruption. An
// interrupted run returns report.training.interrupted with the trajectory so
// far and no summary, fits or claims.
ValidationReport run_validation(const std::vector<std::uint32_t>& cayley_table,
                                const std::vector<UnitaryIrrep>& irreps, TrainingConfig config,
                                const TrainingControl& control = {},
                                const std::vector<SpectralTrajectoryPoint>& resume_trajectory = {});

// The analysis after training, from report.training (weights, history) and
// report.trajectory alone: final summary, rate fits, Gram summary, theorem
// conditions and the marked claims. run_validation ends with it; `irrepkit
// validate DIR` calls it on a saved run.
void analyse_finished_run(ValidationReport& report, const SpectralAnalyser& analyser, const TrainingConfig& config);

}  // namespace irrepkit
