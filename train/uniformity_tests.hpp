// Statistical tests used by the spectral analysis: uniformity of phases on the
// circle (Rayleigh, Kuiper) and of counts over categories (chi-square).
// p-values come from the standard approximations named with each function;
// the chi-square survival function is our own regularized incomplete gamma.
#pragma once

#include <cstddef>
#include <vector>

namespace irrepkit {

struct TestResult {
  double statistic = 0.0;
  double p_value = 1.0;
  std::size_t sample_size = 0;
  double degrees_of_freedom = 0.0;  // chi-square only
};

// Rayleigh test against the uniform distribution on the circle. statistic:
// Z = N Rbar^2 with Rbar = |mean of e^{i phi}|. p-value: Zar's approximation
// (Biostatistical Analysis, eq. 27.4) p = exp(sqrt(1 + 4N + 4(N^2 - R^2)) - (1 + 2N)),
// R = N Rbar, accurate to about 1e-3 already for N >= 5. N = 0 gives p = 1.
TestResult rayleigh_test(const std::vector<double>& phases);

// Kuiper's test against the uniform distribution on the circle. statistic:
// V = D+ + D- of u = phi / 2pi (mod 1). p-value: Stephens' modified statistic
// lambda = (sqrt(N) + 0.155 + 0.24/sqrt(N)) V in the asymptotic series
// Q(lambda) = 2 sum_{j>=1} (4 j^2 lambda^2 - 1) exp(-2 j^2 lambda^2), taken as 1
// for lambda < 0.4 (the series' limit there) and clamped to [0, 1].
TestResult kuiper_test(const std::vector<double>& phases);

// Pearson's chi-square test of counts against equal expected counts;
// degrees of freedom = categories - 1; p = Q((k-1)/2, X^2/2). Fewer than two
// categories or no counts give p = 1.
TestResult chi_square_uniform_test(const std::vector<std::size_t>& counts);

// Regularized upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a), a > 0,
// x >= 0: the power series of P for x < a + 1, else a Lentz continued fraction
// for Q, both to relative accuracy 1e-15.
double regularized_gamma_q(double a, double x);

}  // namespace irrepkit
