// Log-linear least squares (see exponential_fit.hpp).
#include "train/exponential_fit.hpp"

#include <cmath>

#include "lib/error.hpp"

namespace irrepkit {

ExponentialFit fit_exponential_decay(const std::vector<double>& t, const std::vector<double>& y,
                                     double t_from, double t_to) {
  if (t.size() != y.size()) throw_bad_input("exponential fit: t and y differ in length");
  std::vector<double> xs, ys;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (y[i] > 0.0 && std::isfinite(y[i]) && t[i] >= t_from && t[i] <= t_to) {
      xs.push_back(t[i]);
      ys.push_back(std::log(y[i]));
    }
  }
  ExponentialFit fit;
  fit.points = xs.size();
  if (xs.size() < 2) return fit;
  double n = static_cast<double>(xs.size());
  double mean_x = 0, mean_y = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    mean_x += xs[i];
    mean_y += ys[i];
  }
  mean_x /= n;
  mean_y /= n;
  double sxx = 0, sxy = 0, syy = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    sxx += (xs[i] - mean_x) * (xs[i] - mean_x);
    sxy += (xs[i] - mean_x) * (ys[i] - mean_y);
    syy += (ys[i] - mean_y) * (ys[i] - mean_y);
  }
  if (sxx == 0.0) return fit;
  double slope = sxy / sxx;
  fit.rate = -slope;
  fit.log_intercept = mean_y - slope * mean_x;
  fit.r_squared = syy == 0.0 ? 1.0 : (sxy * sxy) / (sxx * syy);
  return fit;
}

}  // namespace irrepkit
