// Which conditions of the theory (He, Wang, Zhang, Chen, Yang 2026) a training
// run meets, so that the claims table says whether it tests the theorem.
//
// The theorem is about projected gradient flow on the unit spheres from a
// random initialisation, with quadratic activation, full-batch loss and (for
// nonabelian groups) unshared input embeddings. A run meets:
//   spherical   projected training with plain gradient steps (SGD), no weight decay;
//   quadratic   the quadratic activation;
//   unshared    unshared input weights, or an abelian group (shared is the paper's
//               abelian variant);
//   random-init Gaussian initialisation then normalisation (always here: the
//               weights are drawn from the seed), and no stage 2 rescaling;
//   full-batch  every step sees all training pairs (always here) and all |G|^2
//               pairs are trained on (train fraction 1);
//   monotone    the loss never increased between consecutive recorded steps of
//               stage 1 (relative slack 1e-12; a step size small enough to
//               follow the flow). Checked at the recorded steps only.
// A claim whose conditions are not all met is still measured, but marked.
#pragma once

#include <string>
#include <vector>

#include "train/claims_table.hpp"
#include "train/train_network.hpp"

namespace irrepkit {

struct TheoremCondition {
  std::string id;           // "spherical", "quadratic", "unshared", "random-init", "full-batch", "monotone"
  std::string description;  // what the theory assumes
  bool met = false;
  std::string detail;       // what the run did
};

std::vector<TheoremCondition> theorem_conditions(const TrainingConfig& config, bool abelian,
                                                 const std::vector<TrainingRecord>& history);

// Sets conditions_met on every claim (all claims rest on all conditions).
void mark_claims(std::vector<ClaimResult>& claims, const std::vector<TheoremCondition>& conditions);

}  // namespace irrepkit
