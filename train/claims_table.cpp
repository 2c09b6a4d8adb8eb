// Thresholds of the claims table (see claims_table.hpp).
#include "train/claims_table.hpp"

#include <fmt/format.h>

namespace irrepkit {

namespace {

ClaimStatus status_of(bool pass) { return pass ? ClaimStatus::pass : ClaimStatus::fail; }

ClaimResult decay_claim(const std::string& id, const std::string& what, const std::optional<ExponentialFit>& fit,
                        double decades) {
  ClaimResult claim{id, what + " converges exponentially", "fitted rate per step (R^2)", std::nullopt,
                    "rate > 0, R^2 >= 0.8, >= 2 decades", ClaimStatus::not_applicable};
  if (!fit) return claim;
  if (fit->points < 3) {
    claim.statistic_name = "fitted rate (too few points in the decay window)";
    return claim;
  }
  claim.statistic = fit->rate;
  claim.statistic_name = fmt::format("fitted rate per step (R^2 = {:.3f}, {:.1f} decades)", fit->r_squared, decades);
  claim.status = status_of(fit->rate > 0.0 && fit->r_squared >= 0.8 && decades >= 2.0);
  return claim;
}

}  // namespace

const char* to_string(ClaimStatus status) {
  switch (status) {
    case ClaimStatus::pass: return "pass";
    case ClaimStatus::fail: return "fail";
    case ClaimStatus::not_applicable: return "n/a";
  }
  return "?";
}

std::vector<ClaimResult> evaluate_claims(const SpectralSummary& summary, const ConvergenceFits& fits) {
  std::vector<ClaimResult> claims;
  claims.push_back({"a", "each neuron concentrates on a single irrep", "share of neurons with energy fraction >= 0.9",
                    summary.single_irrep_share, ">= 0.9", status_of(summary.single_irrep_share >= 0.9)});
  claims.push_back({"b", "cross-layer Fourier coefficients align (rotational rank one)",
                    "median smallest alignment cosine", summary.median_min_alignment_cosine, ">= 0.9",
                    status_of(summary.median_min_alignment_cosine >= 0.9)});
  ClaimResult rank{"b-rank", "coefficients are rank one at irreps of dimension > 1", "median largest s2/s1",
                   std::nullopt, "<= 0.1", ClaimStatus::not_applicable};
  if (summary.neurons_of_higher_dimension > 0) {
    rank.statistic = summary.median_max_singular_value_ratio;
    rank.status = status_of(summary.median_max_singular_value_ratio <= 0.1);
  }
  claims.push_back(rank);
  ClaimResult spread{"c-spread", "abelian: neurons spread uniformly over nontrivial irreps",
                     "chi-square p-value of counts", std::nullopt, ">= 0.01", ClaimStatus::not_applicable};
  ClaimResult phase{"c-phase", "abelian: phases are Haar-uniform", "Bonferroni min Rayleigh/Kuiper p",
                    std::nullopt, ">= 0.01", ClaimStatus::not_applicable};
  if (summary.abelian && summary.counts_chi_square && summary.counts_chi_square->degrees_of_freedom > 0) {
    spread.statistic = summary.counts_chi_square->p_value;
    spread.status = status_of(summary.counts_chi_square->p_value >= 0.01);
  }
  if (summary.abelian && summary.min_phase_p_value) {
    double adjusted = std::min(1.0, *summary.min_phase_p_value * static_cast<double>(summary.phase_tests));
    phase.statistic = adjusted;
    phase.statistic_name = fmt::format("Bonferroni min Rayleigh/Kuiper p ({} tests)", summary.phase_tests);
    phase.status = status_of(adjusted >= 0.01);
  }
  claims.push_back(spread);
  claims.push_back(phase);
  claims.push_back(decay_claim("d-phase", "abelian: phase misalignment", fits.phase_misalignment, fits.phase_decay));
  claims.push_back(decay_claim("d-energy", "median non-dominant energy", fits.non_dominant_energy, fits.energy_decay));
  claims.push_back(decay_claim("d-align", "cross-layer misalignment", fits.alignment, fits.alignment_decay));
  return claims;
}

}  // namespace irrepkit
