// Training with spectral snapshots, rate fits and claims (see validation_run.hpp).
#include "train/validation_run.hpp"

#include <algorithm>
#include <cmath>

namespace irrepkit {

namespace {

// The decay window of a curve: from its largest value to the first point at or
// below 1e-3 times that value (or the end). Exponential convergence is a
// statement about this phase; afterwards the values sit at the optimizer's
// noise floor (constant-step Adam), which a fit must not see. `decay` receives
// log10(peak / final value).
ExponentialFit fit_decay_window(const std::vector<double>& t, const std::vector<double>& y, double* decay) {
  *decay = 0.0;
  if (y.empty()) return {};
  std::size_t peak = static_cast<std::size_t>(std::max_element(y.begin(), y.end()) - y.begin());
  std::size_t last = y.size() - 1;
  for (std::size_t i = peak; i < y.size(); ++i) {
    if (y[i] <= 1e-3 * y[peak]) {
      last = i;
      break;
    }
  }
  if (y[peak] > 0.0 && y.back() > 0.0) *decay = std::log10(y[peak] / y.back());
  if (y[peak] > 0.0 && y.back() <= 0.0) *decay = 16.0;
  return fit_exponential_decay(t, y, t[peak], t[last]);
}

}  // namespace

ValidationReport run_validation(const std::vector<std::uint32_t>& cayley_table,
                                const std::vector<UnitaryIrrep>& irreps, TrainingConfig config,
                                const TrainingControl& control,
                                const std::vector<SpectralTrajectoryPoint>& resume_trajectory) {
  validate_training_config(config);
  if (config.record_every == 0) config.record_every = std::max<std::size_t>(1, config.epochs / 200);
  SpectralAnalyser analyser(cayley_table, irreps);
  ValidationReport report;
  if (control.resume_from) report.trajectory = resume_trajectory;
  auto observer = [&](const TrainingSnapshot& snapshot) {
    SpectralSummary summary = analyser.analyse(snapshot.weights);
    SpectralTrajectoryPoint point;
    point.step = snapshot.record.step;
    point.loss = snapshot.record.loss;
    point.train_accuracy = snapshot.record.train_accuracy;
    point.non_dominant_energy = summary.mean_non_dominant_energy;
    point.median_non_dominant_energy = summary.median_non_dominant_energy;
    point.single_irrep_share = summary.single_irrep_share;
    point.median_min_alignment_cosine = summary.median_min_alignment_cosine;
    point.mean_omega_ratio = summary.mean_omega_ratio;
    point.phase_misalignment = summary.mean_phase_misalignment;
    report.trajectory.push_back(point);
  };
  report.training = train_composition_network(cayley_table, config, observer, control);
  if (report.training.interrupted) return report;
  analyse_finished_run(report, analyser, config);
  return report;
}

void analyse_finished_run(ValidationReport& report, const SpectralAnalyser& analyser, const TrainingConfig& config) {
  report.summary = analyser.analyse(report.training.weights);

  // Fits over the decay window of each curve (fit_decay_window above).
  std::vector<double> steps, energy, alignment, phase_steps, phase;
  for (const SpectralTrajectoryPoint& point : report.trajectory) {
    if (point.step > config.epochs) continue;  // stage 2 does not move directions
    steps.push_back(static_cast<double>(point.step));
    // The typical neuron: a few stragglers still switching irreps dominate the
    // mean and hide the exponential phase of everyone else.
    energy.push_back(point.median_non_dominant_energy);
    alignment.push_back(1.0 - point.median_min_alignment_cosine);
    if (point.phase_misalignment) {
      phase_steps.push_back(static_cast<double>(point.step));
      phase.push_back(*point.phase_misalignment);
    }
  }
  report.fits = ConvergenceFits{};
  report.fits.non_dominant_energy = fit_decay_window(steps, energy, &report.fits.energy_decay);
  report.fits.final_non_dominant_energy = report.summary.median_non_dominant_energy;
  if (!alignment.empty()) {
    double decay = 0.0;
    report.fits.alignment = fit_decay_window(steps, alignment, &decay);
    report.fits.alignment_decay = decay;
  }
  if (report.summary.abelian && report.summary.mean_phase_misalignment && phase.size() >= 2) {
    double decay = 0.0;
    report.fits.phase_misalignment = fit_decay_window(phase_steps, phase, &decay);
    report.fits.phase_decay = decay;
    report.fits.final_phase_misalignment = report.summary.mean_phase_misalignment;
  }
  report.gram = neuron_gram_summary(report.training.weights, report.summary);
  report.conditions = theorem_conditions(config, report.summary.abelian, report.training.history);
  report.claims = evaluate_claims(report.summary, report.fits);
  mark_claims(report.claims, report.conditions);
}

}  // namespace irrepkit
