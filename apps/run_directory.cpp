// The files of a run directory (see run_directory.hpp).
#include "apps/run_directory.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "apps/training_report.hpp"
#include "lib/atomic_file.hpp"
#include "lib/error.hpp"
#include "lib/svg_chart.hpp"
#include "lib/version.hpp"

namespace irrepkit::cli {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* run_format = "irrepkit-run";
constexpr int run_format_version = 1;

std::string number17(double value) { return fmt::format("{:.17g}", value); }

std::string optional_number(const std::optional<double>& value) {
  return value ? number17(*value) : std::string();
}

json optional_json(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

double max_sv_ratio(const NeuronSpectrum& neuron) {
  return std::max({neuron.singular_value_ratio[0], neuron.singular_value_ratio[1], neuron.singular_value_ratio[2]});
}

// "1": mean of the largest s2/s1 over the neurons whose dominant irrep has dimension 1, ...
json mean_sv_ratio_json(const SpectralSummary& summary) {
  std::map<std::size_t, std::pair<double, std::size_t>> by_dimension;
  for (const NeuronSpectrum& neuron : summary.neurons) {
    auto& [sum, count] = by_dimension[summary.classes[neuron.dominant_class].dimension];
    sum += max_sv_ratio(neuron);
    ++count;
  }
  json out = json::object();
  for (const auto& [dimension, entry] : by_dimension) {
    out[std::to_string(dimension)] = entry.first / static_cast<double>(entry.second);
  }
  return out;
}

std::string settings_sentence(const TrainingRun& run) {
  const TrainingConfig& c = run.config;
  std::string text = fmt::format(
      "Two-layer network, width {}, {} activation, {} embedding, input/output scale {}/{}, {} loss ({} over {} "
      "pairs{}), {} {} with learning rate {}{}, {} epochs{}, seed {}, {} arithmetic; recorded and analysed every {} "
      "steps.",
      c.neurons, to_string(c.activation), c.shared ? "shared" : "unshared", c.input_scale, c.output_scale,
      c.loss == LossKind::cross_entropy ? "cross-entropy" : "squared-error",
      c.reduction == LossReduction::sum ? "summed" : "averaged", run.report.training.train_pairs,
      run.report.training.test_pairs > 0 ? fmt::format(", {} held out", run.report.training.test_pairs) : "",
      c.projected ? "projected (spherical)" : "unconstrained", to_string(c.optimizer), c.learning_rate,
      c.weight_decay > 0 ? fmt::format(", weight decay {}", c.weight_decay) : "", c.epochs,
      c.stage2_scale != ScaleMode::none
          ? fmt::format(" then {} stage-2 steps ({} scales, lr {})", c.stage2_epochs, to_string(c.stage2_scale),
                        c.stage2_learning_rate)
          : "",
      c.seed, to_string(c.precision), c.record_every);
  return text;
}

std::string loss_chart(const TrainingRun& run) {
  ChartSeries loss{"loss", {}, {}};
  for (const TrainingRecord& record : run.report.training.history) {
    loss.x.push_back(static_cast<double>(record.step));
    loss.y.push_back(record.loss);
  }
  std::string y_label = run.config.loss == LossKind::cross_entropy ? "cross-entropy" : "squared error";
  y_label += run.config.reduction == LossReduction::sum ? " (sum over pairs)" : " (mean over pairs)";
  return line_chart_svg({"Training loss", "step", y_label}, {loss}, true);
}

std::string accuracy_chart(const TrainingRun& run) {
  ChartSeries train{"train accuracy", {}, {}}, test{"test accuracy", {}, {}};
  for (const TrainingRecord& record : run.report.training.history) {
    train.x.push_back(static_cast<double>(record.step));
    train.y.push_back(record.train_accuracy);
    if (record.test_accuracy) {
      test.x.push_back(static_cast<double>(record.step));
      test.y.push_back(*record.test_accuracy);
    }
  }
  std::vector<ChartSeries> series{train};
  if (!test.x.empty()) series.push_back(test);
  return line_chart_svg({"Accuracy", "step", "share of pairs predicted correctly"}, series, false);
}

std::string energy_chart(const TrainingRun& run) {
  ChartSeries mean{"mean max-energy fraction", {}, {}}, median{"median max-energy fraction", {}, {}},
      share{"share of neurons >= 0.9", {}, {}};
  for (const SpectralTrajectoryPoint& point : run.report.trajectory) {
    double step = static_cast<double>(point.step);
    mean.x.push_back(step);
    mean.y.push_back(1.0 - point.non_dominant_energy);
    median.x.push_back(step);
    median.y.push_back(1.0 - point.median_non_dominant_energy);
    share.x.push_back(step);
    share.y.push_back(point.single_irrep_share);
  }
  return line_chart_svg({"Energy on each neuron's dominant irrep", "step", "fraction"}, {mean, median, share},
                        false);
}

std::string spectrum_chart(const TrainingRun& run) {
  ChartSeries energy{"non-dominant energy", {}, {}}, alignment{"1 - median min cosine", {}, {}},
      omega{"1 - mean Omega/max", {}, {}}, phase{"phase misalignment", {}, {}};
  for (const SpectralTrajectoryPoint& point : run.report.trajectory) {
    double step = static_cast<double>(point.step);
    energy.x.push_back(step);
    energy.y.push_back(point.non_dominant_energy);
    alignment.x.push_back(step);
    alignment.y.push_back(1.0 - point.median_min_alignment_cosine);
    omega.x.push_back(step);
    omega.y.push_back(1.0 - point.mean_omega_ratio);
    if (point.phase_misalignment) {
      phase.x.push_back(step);
      phase.y.push_back(*point.phase_misalignment);
    }
  }
  std::vector<ChartSeries> series{energy, alignment, omega};
  if (!phase.x.empty()) series.push_back(phase);
  return line_chart_svg({"Convergence to single irreps and rank-one alignment", "step", "distance (log)"},
                        series, true);
}

std::string neurons_chart(const TrainingRun& run) {
  std::vector<double> counts;
  for (const ClassStatistics& statistics : run.report.summary.class_statistics) {
    counts.push_back(static_cast<double>(statistics.neurons));
  }
  return bar_chart_svg({"Neurons per irreducible representation (dominant irrep)",
                        "irrep (complex-conjugate pairs merged)", "neurons"},
                       run.irrep_labels, counts);
}

// Abelian groups: one circle per nontrivial class holding neurons, with the
// phases of theta1^ and theta2^ of its neurons (uniform, by claim c-phase), and
// one circle with every neuron's misalignment phi (concentrated at 0, claim d-phase).
std::string phases_chart(const TrainingRun& run) {
  const SpectralSummary& summary = run.report.summary;
  bool shared = run.config.shared;
  std::vector<std::string> series = {shared ? "arg theta^" : "arg theta1^"};
  if (!shared) series.push_back("arg theta2^");
  std::size_t phi_series = series.size();
  series.push_back(shared ? "phi = 2 arg theta^ - arg xi^" : "phi = arg theta1^ + arg theta2^ - arg xi^");
  std::vector<CirclePanel> panels;
  for (std::size_t c = 0; c < summary.classes.size(); ++c) {
    if (summary.classes[c].trivial || summary.class_statistics[c].neurons == 0) continue;
    CirclePanel panel{fmt::format("{}\n{} neurons", run.irrep_labels[c], summary.class_statistics[c].neurons),
                      std::vector<std::vector<double>>(series.size())};
    for (const NeuronSpectrum& neuron : summary.neurons) {
      if (neuron.dominant_class != c) continue;
      if (neuron.phase_theta1) panel.angles[0].push_back(*neuron.phase_theta1);
      if (neuron.phase_theta2 && !shared) panel.angles[1].push_back(*neuron.phase_theta2);
    }
    panels.push_back(std::move(panel));
  }
  CirclePanel misalignment{"phi\nall neurons", std::vector<std::vector<double>>(series.size())};
  for (const NeuronSpectrum& neuron : summary.neurons) {
    if (neuron.phase_misalignment && !summary.classes[neuron.dominant_class].trivial) {
      misalignment.angles[phi_series].push_back(*neuron.phase_misalignment);  // wrapped to (-pi, pi]
    }
  }
  panels.push_back(std::move(misalignment));
  return phase_circles_svg("Phases at each neuron's dominant frequency", series, panels);
}

std::string claims_markdown(const std::vector<ClaimResult>& claims) {
  std::string text =
      "| claim | what | statistic | measured | threshold | holds | theorem's conditions met |\n"
      "|---|---|---|---|---|---|---|\n";
  for (const ClaimResult& claim : claims) {
    text += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", claim.id, claim.description, claim.statistic_name,
                        claim.statistic ? fmt::format("{:.4g}", *claim.statistic) : "-", claim.threshold,
                        to_string(claim.status), claim.conditions_met ? "yes" : "**no**");
  }
  return text;
}

std::string conditions_markdown(const std::vector<TheoremCondition>& conditions) {
  std::string text = "| condition | met | what the theory assumes | this run |\n|---|---|---|---|\n";
  for (const TheoremCondition& condition : conditions) {
    text += fmt::format("| {} | {} | {} | {} |\n", condition.id, condition.met ? "yes" : "**no**",
                        condition.description, condition.detail);
  }
  return text;
}

// The per-irrep table: label, dimension, indicator, neurons, mean s2/s1.
std::string irreps_markdown(const TrainingRun& run) {
  const SpectralSummary& summary = run.report.summary;
  std::string text = "| irrep | dimension | indicator | neurons | share | mean largest s2/s1 |\n|---|---|---|---|---|---|\n";
  for (std::size_t c = 0; c < summary.classes.size(); ++c) {
    double sum = 0.0;
    std::size_t count = 0;
    for (const NeuronSpectrum& neuron : summary.neurons) {
      if (neuron.dominant_class != c) continue;
      sum += max_sv_ratio(neuron);
      ++count;
    }
    text += fmt::format("| {} | {} | {} | {} | {:.1f}% | {} |\n", run.irrep_labels[c], summary.classes[c].dimension,
                        summary.classes[c].indicator, count,
                        100.0 * static_cast<double>(count) / static_cast<double>(std::max<std::size_t>(1, summary.neurons.size())),
                        count > 0 ? fmt::format("{:.3g}", sum / static_cast<double>(count)) : "-");
  }
  return text;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

std::vector<std::string> group_generators_text(const RunGroup& group) {
  std::vector<std::string> out;
  for (const auto& images : group.generators) out.push_back(json(images).dump());
  return out;
}

}  // namespace

std::vector<std::string> irrep_class_labels(const std::vector<IrrepClass>& classes,
                                            const std::vector<UnitaryIrrep>& irreps) {
  std::vector<std::string> labels;
  for (const IrrepClass& irrep_class : classes) {
    std::string label;
    for (std::size_t member : irrep_class.members) {
      if (!label.empty()) label += "+";
      label += "X." + std::to_string(irreps.at(member).character_index + 1);
    }
    labels.push_back(label);
  }
  return labels;
}

json run_config_json(const RunGroup& group, const TrainingConfig& config) {
  return {{"format", run_format},
          {"version", run_format_version},
          {"irrepkit_version", version()},
          {"group",
           {{"expression", group.expression},
            {"order", std::to_string(group.order)},
            {"degree", group.degree},
            {"generators", group.generators}}},
          {"config", training_config_to_json(config)}};
}

std::string metrics_csv(const TrainingRun& run) {
  std::map<std::size_t, const SpectralTrajectoryPoint*> analysed;
  for (const SpectralTrajectoryPoint& point : run.report.trajectory) analysed[point.step] = &point;
  std::string out =
      "step,stage,loss,train_accuracy,test_accuracy,mean_max_energy_fraction,median_non_dominant_energy,"
      "single_irrep_share,median_min_alignment_cosine,mean_omega_ratio,phase_misalignment\n";
  for (const TrainingRecord& record : run.report.training.history) {
    out += fmt::format("{},{},{},{},{}", record.step, record.stage, number17(record.loss),
                       number17(record.train_accuracy), optional_number(record.test_accuracy));
    auto found = analysed.find(record.step);
    if (found == analysed.end()) {
      out += ",,,,,,\n";
      continue;
    }
    const SpectralTrajectoryPoint& point = *found->second;
    out += fmt::format(",{},{},{},{},{},{}\n", number17(1.0 - point.non_dominant_energy),
                       number17(point.median_non_dominant_energy), number17(point.single_irrep_share),
                       number17(point.median_min_alignment_cosine), number17(point.mean_omega_ratio),
                       optional_number(point.phase_misalignment));
  }
  return out;
}

std::string neurons_csv(const TrainingRun& run) {
  std::string out =
      "neuron,dominant_irrep,dimension,indicator,max_energy_fraction,alignment_cond1,alignment_cond2,"
      "alignment_cond3,max_sv_ratio,omega_ratio,input_isotypic_distance,output_isotypic_distance,phase_theta1,"
      "phase_theta2,phase_xi,phase_misalignment\n";
  if (!run.analysed) return out;
  const SpectralSummary& summary = run.report.summary;
  for (std::size_t m = 0; m < summary.neurons.size(); ++m) {
    const NeuronSpectrum& neuron = summary.neurons[m];
    const IrrepClass& irrep_class = summary.classes[neuron.dominant_class];
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", m, run.irrep_labels[neuron.dominant_class],
                       irrep_class.dimension, irrep_class.indicator, number17(neuron.dominant_fraction),
                       number17(neuron.alignment_cosine[0]), number17(neuron.alignment_cosine[1]),
                       number17(neuron.alignment_cosine[2]), number17(max_sv_ratio(neuron)),
                       number17(neuron.omega_ratio), number17(neuron.input_isotypic_distance),
                       number17(neuron.output_isotypic_distance), optional_number(neuron.phase_theta1),
                       optional_number(neuron.phase_theta2), optional_number(neuron.phase_xi),
                       optional_number(neuron.phase_misalignment));
  }
  return out;
}

json run_summary_json(const TrainingRun& run) {
  const TrainingResult& training = run.report.training;
  const SpectralSummary& summary = run.report.summary;
  json out;
  out["irrepkit_version"] = version();
  out["group"] = {{"expression", run.group.expression},
                  {"order", std::to_string(run.group.order)},
                  {"degree", run.group.degree}};
  out["accuracy"] = training.final_record.train_accuracy;
  out["test_accuracy"] = optional_json(training.final_record.test_accuracy);
  out["loss"] = training.final_record.loss;
  out["epochs"] = run.config.epochs;
  out["steps"] = training.steps;
  out["seconds"] = training.seconds;
  out["cpu_seconds"] = training.cpu_seconds;
  out["config"] = training_config_to_json(run.config);
  out["analysis"] = {{"performed", run.analysed}, {"note", run.analysis_note}};
  if (!run.analysed) {
    out["mean_max_energy_fraction"] = nullptr;
    out["mean_alignment"] = nullptr;
    out["mean_sv_ratio"] = json::object();
    out["neurons_per_irrep"] = json::object();
    out["claims"] = json::array();
    out["conditions"] = json::array();
    out["gram"] = nullptr;
    return out;
  }
  out["abelian"] = summary.abelian;
  out["mean_max_energy_fraction"] = summary.mean_dominant_fraction;
  out["mean_alignment"] = {{"cond1", summary.mean_alignment_cosine[0]},
                           {"cond2", summary.mean_alignment_cosine[1]},
                           {"cond3", summary.mean_alignment_cosine[2]}};
  out["mean_sv_ratio"] = mean_sv_ratio_json(summary);
  json per_irrep = json::object();
  json irreps = json::array();
  for (std::size_t c = 0; c < summary.classes.size(); ++c) {
    per_irrep[run.irrep_labels[c]] = summary.class_statistics[c].neurons;
    irreps.push_back({{"label", run.irrep_labels[c]},
                      {"dimension", summary.classes[c].dimension},
                      {"indicator", summary.classes[c].indicator},
                      {"trivial", summary.classes[c].trivial},
                      {"neurons", summary.class_statistics[c].neurons}});
  }
  out["neurons_per_irrep"] = per_irrep;
  out["irreps"] = irreps;
  out["claims"] = claims_json(run.report.claims);
  out["conditions"] = conditions_json(run.report.conditions);
  out["gram"] = gram_json(run.report.gram, run.irrep_labels);
  out["single_irrep_share"] = summary.single_irrep_share;
  out["median_min_alignment_cosine"] = summary.median_min_alignment_cosine;
  out["median_max_sv_ratio"] = summary.median_max_singular_value_ratio;
  out["mean_omega_ratio"] = summary.mean_omega_ratio;
  out["mean_isotypic_distance"] = summary.mean_isotypic_distance;
  out["trivial_neurons"] = summary.trivial_dominant;
  if (summary.abelian) {
    out["mean_phase_misalignment"] = optional_json(summary.mean_phase_misalignment);
    out["counts_chi_square"] = summary.counts_chi_square
                                   ? json{{"statistic", summary.counts_chi_square->statistic},
                                          {"p_value", summary.counts_chi_square->p_value},
                                          {"degrees_of_freedom", summary.counts_chi_square->degrees_of_freedom}}
                                   : json(nullptr);
    out["min_phase_p_value"] = optional_json(summary.min_phase_p_value);
  }
  return out;
}

std::string run_report_markdown(const TrainingRun& run, const ReportExtras& extras) {
  const TrainingResult& training = run.report.training;
  const SpectralSummary& summary = run.report.summary;
  std::ostringstream md;
  md << "# " << (extras.title.empty() ? "irrepkit run: " + run.group.expression : extras.title) << "\n\n"
     << fmt::format("Group `{}` of order {} (degree {}, generators {}). irrepkit {}.\n\n", run.group.expression,
                    run.group.order, run.group.degree, join(group_generators_text(run.group), ", "),
                    version())
     << extras.markdown_before_training << "## Training\n\n"
     << settings_sentence(run) << "\n\n"
     << training_line(training) << "\n\n"
     << "![loss](loss.svg)\n\n![accuracy](accuracy.svg)\n\n";
  if (!run.analysed) {
    md << "## Spectral analysis\n\nNot run: " << run.analysis_note << "\n\n" << extras.markdown_at_end;
    return md.str();
  }
  std::size_t irrep_count = 0;
  for (const IrrepClass& irrep_class : summary.classes) irrep_count += irrep_class.members.size();
  md << "## Spectral analysis\n\n"
     << fmt::format("{} group, {} irreducible representations in {} real classes (complex-conjugate pairs "
                    "merged). Mean max-energy fraction {:.4f} (share of neurons with >= 0.9: {:.4f}); mean "
                    "alignment cosines {:.4f}, {:.4f}, {:.4f} (conditions 1, 2, 3); mean Omega / max {:.4f}; mean "
                    "distance to the isotypic subspace {:.3g}; {} neurons on the trivial irrep.\n\n",
                    summary.abelian ? "Abelian" : "Nonabelian", irrep_count,
                    summary.classes.size(), summary.mean_dominant_fraction, summary.single_irrep_share,
                    summary.mean_alignment_cosine[0], summary.mean_alignment_cosine[1],
                    summary.mean_alignment_cosine[2], summary.mean_omega_ratio, summary.mean_isotypic_distance,
                    summary.trivial_dominant)
     << irreps_markdown(run) << "\n"
     << "![neurons per irrep](neurons.svg)\n\n![energy fractions](energy.svg)\n\n![convergence](spectrum.svg)\n\n";
  if (summary.abelian) {
    md << "![phases](phases.svg)\n\n";
    if (summary.counts_chi_square) {
      md << fmt::format("Neuron counts over the nontrivial classes: chi-square {:.4g} on {} degrees of freedom, "
                        "p = {:.4g}.\n\n",
                        summary.counts_chi_square->statistic, summary.counts_chi_square->degrees_of_freedom,
                        summary.counts_chi_square->p_value);
    }
  }
  const NeuronGramSummary& gram = run.report.gram;
  md << "## Orthogonality of neurons on different irreps\n\n"
     << fmt::format("Mean |cosine| of the normalised weight vectors: {:.4g} within a dominant irrep ({} pairs), "
                    "{:.4g} across irreps ({} pairs; Schur orthogonality predicts 0).\n\n",
                    gram.mean_abs_cosine_within, gram.pairs_within, gram.mean_abs_cosine_across, gram.pairs_across)
     << "## Conditions of the theorem\n\n"
     << conditions_markdown(run.report.conditions) << "\n"
     << "## Claims of He, Wang, Zhang, Chen, Yang (2026)\n\n"
     << claims_markdown(run.report.claims) << "\n"
     << "A claim whose theorem's conditions are not met is still measured, but the run does not test the "
        "theorem. Thresholds: `train/claims_table.hpp`. Re-run the analysis with `irrepkit validate DIR`.\n\n"
     << extras.markdown_at_end;
  return md.str();
}

void write_run_checkpoint(const fs::path& directory, const TrainingRun& run) {
  write_file_atomically(directory / run_config_file, run_config_json(run.group, run.config).dump(2) + "\n");
  TrainingCheckpoint checkpoint;
  checkpoint.command = "train";
  checkpoint.state = run.state;
  checkpoint.trajectory = run.report.trajectory;
  save_training_checkpoint(directory / run_checkpoint_file, checkpoint);
}

void write_run_directory(const fs::path& directory, const TrainingRun& run, const ReportExtras& extras) {
  write_run_checkpoint(directory, run);
  write_file_atomically(directory / "weights.json", weights_json(run.report.training.weights).dump() + "\n");
  write_file_atomically(directory / "metrics.csv", metrics_csv(run));
  write_file_atomically(directory / "neurons.csv", neurons_csv(run));
  write_file_atomically(directory / "loss.svg", loss_chart(run));
  write_file_atomically(directory / "accuracy.svg", accuracy_chart(run));
  if (run.analysed) {
    write_file_atomically(directory / "energy.svg", energy_chart(run));
    write_file_atomically(directory / "spectrum.svg", spectrum_chart(run));
    write_file_atomically(directory / "neurons.svg", neurons_chart(run));
    if (run.report.summary.abelian) write_file_atomically(directory / "phases.svg", phases_chart(run));
  }
  if (extras.trajectory_csv) write_file_atomically(directory / "trajectory.csv", trajectory_csv(run.report));
  json summary = run_summary_json(run);
  summary.merge_patch(extras.summary_keys);
  write_file_atomically(directory / "summary.json", summary.dump(2) + "\n");
  write_file_atomically(directory / "report.md", run_report_markdown(run, extras));
}

SavedRun load_run_directory(const fs::path& directory) {
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    throw_bad_input("'" + directory.string() + "' is not a directory");
  }
  if (!fs::exists(directory / run_config_file, error)) {
    throw_bad_input("'" + directory.string() + "' is not an irrepkit run directory (no " +
                    std::string(run_config_file) + "; `irrepkit train GROUP --out DIR` writes one)");
  }
  SavedRun saved;
  saved.directory = directory;
  std::string config_path = (directory / run_config_file).string();
  try {
    json config = json::parse(read_text_file(config_path));
    if (!config.is_object() || config.value("format", std::string()) != run_format) {
      throw_bad_input(config_path + ": not an irrepkit run configuration");
    }
    if (config.at("version").get<int>() != run_format_version) {
      throw_bad_input(config_path + ": run format version " + config.at("version").dump() +
                      " is not supported (expected " + std::to_string(run_format_version) + ")");
    }
    saved.irrepkit_version = config.value("irrepkit_version", std::string("unknown"));
    const json& group = config.at("group");
    saved.group.expression = group.at("expression").get<std::string>();
    saved.group.order = std::stoull(group.at("order").get<std::string>());
    saved.group.degree = group.at("degree").get<std::size_t>();
    saved.group.generators = group.at("generators").get<std::vector<std::vector<std::size_t>>>();
    saved.config = training_config_from_json(config.at("config"));
  } catch (const json::exception& e) {
    throw_bad_input(config_path + ": malformed (" + e.what() + ")");
  } catch (const std::logic_error& e) {  // std::stoull
    throw_bad_input(config_path + ": malformed group order");
  }
  fs::path checkpoint_path = directory / run_checkpoint_file;
  if (!fs::exists(checkpoint_path, error)) {
    throw_bad_input("'" + directory.string() + "' holds no " + std::string(run_checkpoint_file) +
                    " (the run never finished nor stopped cleanly)");
  }
  saved.checkpoint = load_training_checkpoint(checkpoint_path);
  if (!(saved.checkpoint.state.config == saved.config)) {
    throw_bad_input(checkpoint_path.string() + ": its settings differ from " + config_path);
  }
  if (saved.checkpoint.state.history.empty()) throw_bad_input(checkpoint_path.string() + ": no training records");
  return saved;
}

OutputDirectory::OutputDirectory(fs::path directory)
    : _directory(std::move(directory)), _exceptions_at_start(std::uncaught_exceptions()) {
  std::error_code error;
  _created = fs::create_directories(_directory, error);
  if (error || !fs::is_directory(_directory)) {
    throw_bad_input("--out: cannot create directory '" + _directory.string() + "'" +
                    (error ? ": " + error.message() : ""));
  }
}

OutputDirectory::~OutputDirectory() {
  std::error_code ignored;
  if (_created && std::uncaught_exceptions() > _exceptions_at_start && fs::is_empty(_directory, ignored)) {
    fs::remove(_directory, ignored);
  }
}

}  // namespace irrepkit::cli
