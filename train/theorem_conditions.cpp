// The theorem's conditions checked on a run's settings and loss (see theorem_conditions.hpp).
#include "train/theorem_conditions.hpp"

#include <fmt/format.h>

namespace irrepkit {

std::vector<TheoremCondition> theorem_conditions(const TrainingConfig& config, bool abelian,
                                                 const std::vector<TrainingRecord>& history) {
  std::vector<TheoremCondition> out;
  bool spherical = config.projected && config.optimizer == OptimizerKind::sgd && config.weight_decay == 0.0;
  out.push_back({"spherical", "projected (spherical) gradient descent", spherical,
                 fmt::format("{} {}{}", config.projected ? "projected" : "unconstrained", to_string(config.optimizer),
                             config.weight_decay != 0.0 ? fmt::format(", weight decay {}", config.weight_decay)
                                                        : std::string())});
  bool quadratic = config.activation == Activation::quadratic;
  out.push_back({"quadratic", "quadratic activation", quadratic, to_string(config.activation)});
  bool unshared = !config.shared || abelian;
  out.push_back({"unshared", "unshared embedding for nonabelian groups", unshared,
                 fmt::format("{} embedding, {} group", config.shared ? "shared" : "unshared",
                             abelian ? "abelian" : "nonabelian")});
  bool random = config.stage2_scale == ScaleMode::none;
  out.push_back({"random-init", "random initialisation, directions only", random,
                 fmt::format("Gaussian from seed {}{}", config.seed,
                             random ? std::string() : ", then stage-2 scales " + to_string(config.stage2_scale))});
  bool full = config.train_fraction >= 1.0;
  out.push_back({"full-batch", "full batch over all pairs", full,
                 fmt::format("train fraction {}", config.train_fraction)});
  std::size_t increases = 0, compared = 0;
  for (std::size_t i = 1; i < history.size(); ++i) {
    if (history[i].stage != 1 || history[i - 1].stage != 1) continue;
    ++compared;
    double previous = history[i - 1].loss;
    if (history[i].loss > previous + 1e-12 * std::abs(previous)) ++increases;
  }
  out.push_back({"monotone", "step small enough that the loss decreases monotonically", increases == 0,
                 fmt::format("{} increases in {} recorded intervals", increases, compared)});
  return out;
}

void mark_claims(std::vector<ClaimResult>& claims, const std::vector<TheoremCondition>& conditions) {
  bool all = true;
  for (const TheoremCondition& condition : conditions) all = all && condition.met;
  for (ClaimResult& claim : claims) claim.conditions_met = all;
}

}  // namespace irrepkit
