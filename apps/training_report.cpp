// JSON and text forms of training results (see training_report.hpp).
#include "apps/training_report.hpp"

#include <fmt/format.h>

#include "train/training_checkpoint.hpp"

namespace irrepkit::cli {

using nlohmann::json;

namespace {

json optional_json(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json test_json(const TestResult& test) {
  return {{"statistic", test.statistic}, {"p_value", test.p_value}, {"n", test.sample_size}};
}

json neuron_major(const std::vector<double>& values, std::size_t neurons, std::size_t order) {
  json rows = json::array();
  for (std::size_t m = 0; m < neurons; ++m) {
    std::vector<double> row(order);
    for (std::size_t g = 0; g < order; ++g) row[g] = values[g * neurons + m];
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

json config_json(const TrainingConfig& config) { return training_config_to_json(config); }

json record_json(const TrainingRecord& record) {
  return {{"step", record.step},
          {"stage", record.stage},
          {"loss", record.loss},
          {"train_accuracy", record.train_accuracy},
          {"test_accuracy", optional_json(record.test_accuracy)}};
}

json training_json(const TrainingConfig& config, const TrainingResult& result) {
  json history = json::array();
  for (const TrainingRecord& record : result.history) history.push_back(record_json(record));
  return {{"config", config_json(config)},
          {"group_order", result.weights.group_order},
          {"train_pairs", result.train_pairs},
          {"test_pairs", result.test_pairs},
          {"steps", result.steps},
          {"seconds", result.seconds},
          {"cpu_seconds", result.cpu_seconds},
          {"steps_per_cpu_second", result.cpu_seconds > 0 ? static_cast<double>(result.steps) / result.cpu_seconds : 0.0},
          {"steps_per_second", result.seconds > 0 ? static_cast<double>(result.steps) / result.seconds : 0.0},
          {"final", record_json(result.final_record)},
          {"history", history}};
}

json weights_json(const NetworkWeights& weights) {
  json out = {{"neurons", weights.neurons},
              {"group_order", weights.group_order},
              {"shared", weights.shared},
              {"layout", "theta1[m][g]: neuron m, element g (EnumeratedGroup numbering)"},
              {"theta1", neuron_major(weights.theta1, weights.neurons, weights.group_order)},
              {"xi", neuron_major(weights.xi, weights.neurons, weights.group_order)},
              {"neuron_scale", weights.neuron_scale}};
  if (!weights.shared) out["theta2"] = neuron_major(weights.theta2, weights.neurons, weights.group_order);
  return out;
}

json summary_json(const SpectralSummary& summary) {
  json classes = json::array();
  for (std::size_t c = 0; c < summary.classes.size(); ++c) {
    const IrrepClass& irrep_class = summary.classes[c];
    const ClassStatistics& statistics = summary.class_statistics[c];
    json entry = {{"irreps", irrep_class.members},
                  {"dimension", irrep_class.dimension},
                  {"indicator", irrep_class.indicator},
                  {"trivial", irrep_class.trivial},
                  {"neurons", statistics.neurons}};
    if (summary.abelian && !irrep_class.trivial) {
      entry["rayleigh_theta1"] = test_json(statistics.rayleigh_theta1);
      entry["kuiper_theta1"] = test_json(statistics.kuiper_theta1);
      entry["rayleigh_theta2"] = test_json(statistics.rayleigh_theta2);
      entry["kuiper_theta2"] = test_json(statistics.kuiper_theta2);
    }
    classes.push_back(entry);
  }
  json neurons = json::array();
  for (const NeuronSpectrum& neuron : summary.neurons) {
    json entry = {{"dominant_class", neuron.dominant_class},
                  {"dominant_fraction", neuron.dominant_fraction},
                  {"singular_value_ratio", neuron.singular_value_ratio},
                  {"alignment_cosine", neuron.alignment_cosine},
                  {"omega_ratio", neuron.omega_ratio}};
    if (neuron.phase_misalignment) entry["phase_misalignment"] = *neuron.phase_misalignment;
    neurons.push_back(entry);
  }
  json out = {{"abelian", summary.abelian},
              {"mean_dominant_fraction", summary.mean_dominant_fraction},
              {"mean_non_dominant_energy", summary.mean_non_dominant_energy},
              {"median_non_dominant_energy", summary.median_non_dominant_energy},
              {"mean_alignment_cosine", summary.mean_alignment_cosine},
              {"single_irrep_share", summary.single_irrep_share},
              {"median_min_alignment_cosine", summary.median_min_alignment_cosine},
              {"median_max_singular_value_ratio", summary.median_max_singular_value_ratio},
              {"neurons_of_higher_dimension", summary.neurons_of_higher_dimension},
              {"mean_omega_ratio", summary.mean_omega_ratio},
              {"trivial_dominant", summary.trivial_dominant},
              {"mean_phase_misalignment", optional_json(summary.mean_phase_misalignment)},
              {"classes", classes},
              {"neurons", neurons}};
  if (summary.counts_chi_square) out["counts_chi_square"] = test_json(*summary.counts_chi_square);
  return out;
}

json claims_json(const std::vector<ClaimResult>& claims) {
  json out = json::array();
  for (const ClaimResult& claim : claims) {
    json holds = claim.status == ClaimStatus::pass   ? json(true)
                 : claim.status == ClaimStatus::fail ? json(false)
                                                     : json(nullptr);
    out.push_back({{"claim", claim.id},
                   {"measured", optional_json(claim.statistic)},
                   {"threshold", claim.threshold},
                   {"holds", holds},
                   {"status", to_string(claim.status)},
                   {"conditions_met", claim.conditions_met},
                   {"description", claim.description},
                   {"statistic", claim.statistic_name},
                   {"value", optional_json(claim.statistic)}});
  }
  return out;
}

json conditions_json(const std::vector<TheoremCondition>& conditions) {
  json out = json::array();
  for (const TheoremCondition& condition : conditions) {
    out.push_back({{"id", condition.id},
                   {"description", condition.description},
                   {"met", condition.met},
                   {"detail", condition.detail}});
  }
  return out;
}

json gram_json(const NeuronGramSummary& gram, const std::vector<std::string>& labels) {
  json table = json::object();
  for (std::size_t a = 0; a < gram.classes && a < labels.size(); ++a) {
    json row = json::object();
    for (std::size_t b = 0; b < gram.classes && b < labels.size(); ++b) {
      row[labels[b]] = gram.class_mean_abs_cosine[a * gram.classes + b];
    }
    table[labels[a]] = row;
  }
  return {{"mean_abs_cosine_within", gram.mean_abs_cosine_within},
          {"mean_abs_cosine_across", gram.mean_abs_cosine_across},
          {"pairs_within", gram.pairs_within},
          {"pairs_across", gram.pairs_across},
          {"class_mean_abs_cosine", table}};
}

json validation_json(const TrainingConfig& config, const ValidationReport& report) {
  json trajectory = json::array();
  for (const SpectralTrajectoryPoint& point : report.trajectory) {
    trajectory.push_back({{"step", point.step},
                          {"loss", point.loss},
                          {"train_accuracy", point.train_accuracy},
                          {"non_dominant_energy", point.non_dominant_energy},
                          {"median_non_dominant_energy", point.median_non_dominant_energy},
                          {"single_irrep_share", point.single_irrep_share},
                          {"median_min_alignment_cosine", point.median_min_alignment_cosine},
                          {"mean_omega_ratio", point.mean_omega_ratio},
                          {"phase_misalignment", optional_json(point.phase_misalignment)}});
  }
  auto fit_json = [](const ExponentialFit& fit) {
    return json{{"rate", fit.rate}, {"log_intercept", fit.log_intercept}, {"r_squared", fit.r_squared},
                {"points", fit.points}};
  };
  json fits = {{"non_dominant_energy", fit_json(report.fits.non_dominant_energy)}};
  if (report.fits.phase_misalignment) fits["phase_misalignment"] = fit_json(*report.fits.phase_misalignment);
  json training = training_json(config, report.training);
  training.erase("history");
  return {{"training", training},
          {"summary", summary_json(report.summary)},
          {"fits", fits},
          {"claims", claims_json(report.claims)},
          {"conditions", conditions_json(report.conditions)},
          {"trajectory", trajectory}};
}

std::string training_line(const TrainingResult& result) {
  const TrainingRecord& last = result.final_record;
  std::string test = last.test_accuracy ? fmt::format("{:.4f}", *last.test_accuracy) : std::string("-");
  double rate = result.seconds > 0 ? static_cast<double>(result.steps) / result.seconds : 0.0;
  return fmt::format("loss {:.6g}, train accuracy {:.4f}, test accuracy {}, {} steps in {:.3f} s ({:.1f} steps/s)",
                     last.loss, last.train_accuracy, test, result.steps, result.seconds, rate);
}

std::string claims_text(const std::vector<ClaimResult>& claims) {
  std::string out = fmt::format("{:<9} {:<58} {:>12} {:<42} {}\n", "claim", "statistic", "value", "threshold",
                                "status");
  for (const ClaimResult& claim : claims) {
    std::string value = claim.statistic ? fmt::format("{:.4g}", *claim.statistic) : std::string("-");
    out += fmt::format("{:<9} {:<58} {:>12} {:<42} {}\n", claim.id, claim.statistic_name, value, claim.threshold,
                       to_string(claim.status));
  }
  return out;
}

std::string conditions_line(const std::vector<TheoremCondition>& conditions) {
  std::string unmet;
  for (const TheoremCondition& condition : conditions) {
    if (condition.met) continue;
    unmet += fmt::format("{}{} ({})", unmet.empty() ? "" : "; ", condition.id, condition.detail);
  }
  if (unmet.empty()) return "theorem conditions: all met";
  return "theorem conditions not met: " + unmet + "; the claims are measured but do not test the theorem";
}

std::string history_csv(const TrainingResult& result) {
  std::string out = "step,stage,loss,train_accuracy,test_accuracy\n";
  for (const TrainingRecord& record : result.history) {
    out += fmt::format("{},{},{:.17g},{:.17g},{}\n", record.step, record.stage, record.loss, record.train_accuracy,
                       record.test_accuracy ? fmt::format("{:.17g}", *record.test_accuracy) : std::string());
  }
  return out;
}

std::string trajectory_csv(const ValidationReport& report) {
  std::string out =
      "step,loss,train_accuracy,non_dominant_energy,median_non_dominant_energy,single_irrep_share,median_min_alignment_cosine,"
      "mean_omega_ratio,phase_misalignment\n";
  for (const SpectralTrajectoryPoint& point : report.trajectory) {
    out += fmt::format("{},{:.17g},{:.17g},{:.17g},{:.17g},{:.17g},{:.17g},{:.17g},{}\n", point.step, point.loss,
                       point.train_accuracy, point.non_dominant_energy, point.median_non_dominant_energy, point.single_irrep_share,
                       point.median_min_alignment_cosine, point.mean_omega_ratio,
                       point.phase_misalignment ? fmt::format("{:.17g}", *point.phase_misalignment)
                                                : std::string());
  }
  return out;
}

}  // namespace irrepkit::cli
