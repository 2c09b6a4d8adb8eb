// Rayleigh, Kuiper and chi-square tests (see uniformity_tests.hpp).
#include "train/uniformity_tests.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "lib/error.hpp"

namespace irrepkit {

TestResult rayleigh_test(const std::vector<double>& phases) {
  TestResult result;
  result.sample_size = phases.size();
  if (phases.empty()) return result;
  double c = 0.0, s = 0.0;
  for (double phi : phases) {
    c += std::cos(phi);
    s += std::sin(phi);
  }
  double n = static_cast<double>(phases.size());
  double resultant = std::hypot(c, s);  // R = N Rbar
  result.statistic = resultant * resultant / n;
  double p = std::exp(std::sqrt(1.0 + 4.0 * n + 4.0 * (n * n - resultant * resultant)) - (1.0 + 2.0 * n));
  result.p_value = std::clamp(p, 0.0, 1.0);
  return result;
}

TestResult kuiper_test(const std::vector<double>& phases) {
  TestResult result;
  result.sample_size = phases.size();
  if (phases.empty()) return result;
  std::vector<double> u;
  u.reserve(phases.size());
  for (double phi : phases) {
    double x = phi / (2.0 * std::numbers::pi);
    x -= std::floor(x);
    u.push_back(x);
  }
  std::sort(u.begin(), u.end());
  double n = static_cast<double>(u.size());
  double above = 0.0, below = 0.0;
  for (std::size_t i = 0; i < u.size(); ++i) {
    above = std::max(above, static_cast<double>(i + 1) / n - u[i]);
    below = std::max(below, u[i] - static_cast<double>(i) / n);
  }
  double v = above + below;
  result.statistic = v;
  double root = std::sqrt(n);
  double lambda = (root + 0.155 + 0.24 / root) * v;
  if (lambda < 0.4) {
    result.p_value = 1.0;
    return result;
  }
  double sum = 0.0;
  for (int j = 1; j <= 100; ++j) {
    double jj = static_cast<double>(j) * j;
    double term = (4.0 * jj * lambda * lambda - 1.0) * std::exp(-2.0 * jj * lambda * lambda);
    sum += term;
    if (std::abs(term) < 1e-16 * std::abs(sum)) break;
  }
  result.p_value = std::clamp(2.0 * sum, 0.0, 1.0);
  return result;
}

double regularized_gamma_q(double a, double x) {
  if (!(a > 0.0) || !(x >= 0.0)) {
    throw_bad_input("regularized_gamma_q: need a > 0 and x >= 0, got a = " + std::to_string(a) +
                    ", x = " + std::to_string(x));
  }
  if (x == 0.0) return 1.0;
  double log_prefactor = a * std::log(x) - x - std::lgamma(a);
  if (x < a + 1.0) {
    // P(a, x) = x^a e^-x / Gamma(a) * sum_n x^n / (a (a+1) ... (a+n)).
    double term = 1.0 / a, sum = term, denominator = a;
    for (int n = 1; n < 10000; ++n) {
      denominator += 1.0;
      term *= x / denominator;
      sum += term;
      if (term < sum * 1e-16) break;
    }
    return std::clamp(1.0 - std::exp(log_prefactor) * sum, 0.0, 1.0);
  }
  // Q(a, x) = x^a e^-x / Gamma(a) * 1/(x+1-a- 1(1-a)/(x+3-a- 2(2-a)/(x+5-a- ...))), modified Lentz.
  const double tiny = 1e-300;
  double b = x + 1.0 - a;
  double c = 1.0 / tiny;
  double d = 1.0 / b;
  double h = d;
  for (int i = 1; i < 10000; ++i) {
    double an = -static_cast<double>(i) * (static_cast<double>(i) - a);
    b += 2.0;
    d = an * d + b;
    if (std::abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (std::abs(c) < tiny) c = tiny;
    d = 1.0 / d;
    double delta = d * c;
    h *= delta;
    if (std::abs(delta - 1.0) < 1e-16) break;
  }
  return std::clamp(std::exp(log_prefactor) * h, 0.0, 1.0);
}

TestResult chi_square_uniform_test(const std::vector<std::size_t>& counts) {
  TestResult result;
  std::size_t total = 0;
  for (std::size_t c : counts) total += c;
  result.sample_size = total;
  if (counts.size() < 2 || total == 0) return result;
  double expected = static_cast<double>(total) / static_cast<double>(counts.size());
  double statistic = 0.0;
  for (std::size_t c : counts) {
    double difference = static_cast<double>(c) - expected;
    statistic += difference * difference / expected;
  }
  result.statistic = statistic;
  result.degrees_of_freedom = static_cast<double>(counts.size() - 1);
  result.p_value = regularized_gamma_q(result.degrees_of_freedom / 2.0, statistic / 2.0);
  return result;
}

}  // namespace irrepkit
