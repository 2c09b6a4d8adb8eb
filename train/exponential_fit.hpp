// Fitting an exponential decay y(t) ~ C exp(-rate t) by least squares on
// log y (log-linear regression), for the convergence-rate claims.
#pragma once

#include <cstddef>
#include <vector>

namespace irrepkit {

struct ExponentialFit {
  double rate = 0.0;           // decay rate per unit of t (positive: decaying)
  double log_intercept = 0.0;  // log C
  double r_squared = 0.0;      // of the log-linear fit
  std::size_t points = 0;      // points used (y > 0 and finite); fewer than 2: no fit
};

// Fits the points with y > 0 and finite y whose t lies in [t_from, t_to].
ExponentialFit fit_exponential_decay(const std::vector<double>& t, const std::vector<double>& y,
                                     double t_from = -1e300, double t_to = 1e300);

}  // namespace irrepkit
